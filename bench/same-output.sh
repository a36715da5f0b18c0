#!/usr/bin/env bash
# Proof that a change leaves the output alone: builds the example site, and the example
# site with N generated pages (bench/gen_corpus.py, default 10,000), with two jars, and
# compares the two outputs file by file, byte for byte.
#
#   bench/same-output.sh OLD.jar [NEW.jar] [N]     NEW.jar defaults to target/waymark.jar
#
# Both builds use the same date (--as-of, default 2026-12-07: AS_OF) so that what depends on
# the day is the same. Prints "same" or the files that differ (diff -rq), and exits 1 if any do.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
old="$1"; new="${2:-$repo/target/waymark.jar}"; n="${3:-10000}"
as_of="${AS_OF:-2026-12-07}"
work="${BENCH_DIR:-/dev/shm/waymark-same-output}"
mkdir -p "$work"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC)

site_example() {
  rm -rf "$1"; mkdir -p "$1"
  cp -r "$repo/content" "$repo/themes" "$repo/site-config.yml" "$1/"
}
site_corpus() { "$here/example-corpus.sh" "$1" "$n"; }

status=0
for kind in example corpus; do
  site="$work/$kind"
  "site_$kind" "$site"
  for side in old new; do
    jar="$old"; [ "$side" = new ] && jar="$new"
    rm -rf "$work/$kind-$side"
    if ! java "${flags[@]}" -jar "$jar" build -s "$site" -o "$work/$kind-$side" --as-of "$as_of" >"$work/$kind-$side.log" 2>&1; then
      echo "$kind: the $side jar's build failed; see $work/$kind-$side.log" >&2; tail -5 "$work/$kind-$side.log" >&2; status=1; continue 2
    fi
  done
  files="$(find "$work/$kind-old" -type f | wc -l)"
  if diff -rq "$work/$kind-old" "$work/$kind-new"; then
    echo "$kind: same ($files files)"
  else
    echo "$kind: differs (above)"; status=1
  fi
  norm() { sed -E "s#$work/$kind-(old|new)#OUT#g; s/in [0-9]+ ms/in N ms/g" "$1"; }
  diff -q <(norm "$work/$kind-old.log") <(norm "$work/$kind-new.log") >/dev/null \
    || echo "$kind: the build's report differs: diff $work/$kind-old.log $work/$kind-new.log"
done
exit $status
