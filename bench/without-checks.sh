#!/usr/bin/env bash
# What Waymark's checks and its safe replacement of the old site cost, against Hugo: builds the 10,000-page
# corpus in turns with
#   - Waymark as it is;
#   - Waymark with bench/without-checks.patch applied and WAYMARK_WITHOUT=checks: no page is checked (no
#     accessibility rule, no link), the search index is written as before;
#   - the same with WAYMARK_WITHOUT=checks,delete: nor is the old site deleted after the new one is put in
#     its place (the script removes it, untimed);
#   - Hugo with the bare layout of bench/run.sh.
# The patch is applied to a copy of the sources in a temporary folder, never to this checkout: Waymark
# has no switch to turn its checks off.
#
#   bench/without-checks.sh [SITE]        (default: the 10,000-page corpus of bench/run.sh; RUNS turns, default 7)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
site="${1:-/dev/shm/waymark-bench/site-10000}"
hugo_site="${HUGO_SITE:-$(dirname "$site")/hugo-$(basename "$site" | sed 's/^site-//')}"
runs="${RUNS:-7}"
[ -f "$site/site-config.yml" ] || { echo "no site at $site: run bench/run.sh 10000 first, or name a site" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$repo" && mvn -q package -DskipTests)
cp "$repo/target/waymark.jar" "$work/as-it-is.jar"
mkdir "$work/src"
cp -r "$repo/pom.xml" "$repo/src" "$work/src/"
(cd "$work/src" && git apply "$here/without-checks.patch")
(cd "$work/src" && mvn -q -o package -DskipTests)
cp "$work/src/target/waymark.jar" "$work/without.jar"
mapfile -t flags < <("$repo/waymark" --jvm-flags build)
flags+=(-Xmx"${HEAP:-1g}" -Xlog:cds=off -Xlog:cds+dynamic=off)
for jar in as-it-is without; do
  java "${flags[@]}" -XX:ArchiveClassesAtExit="$work/$jar.jsa" -jar "$work/$jar.jar" build -s "$site" >/dev/null 2>&1 || true
done
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# seconds of wall time of one build
waymark() {
  local jar="$1" without="$2" t
  t="$(WAYMARK_WITHOUT="$without" /usr/bin/time -f '%e' java "${flags[@]}" -XX:SharedArchiveFile="$work/$jar.jsa" \
    -jar "$work/$jar.jar" build -s "$site" 2>&1 >/dev/null | tail -1)"
  rm -rf "$site"/.public.old-*
  echo "$t"
}
have_hugo=false
command -v hugo >/dev/null 2>&1 && [ -d "$hugo_site" ] && have_hugo=true
all=(); nocheck=(); nodelete=(); hugo=()
for _ in $(seq "$runs"); do
  all+=("$(waymark as-it-is "")")
  nocheck+=("$(waymark without checks)")
  nodelete+=("$(waymark without checks,delete)")
  if $have_hugo; then
    hugo+=("$(/usr/bin/time -f '%e' hugo --quiet -s "$hugo_site" -d "$hugo_site/public" 2>&1 | tail -1)")
  fi
  echo "  turn: waymark ${all[-1]}  without checks ${nocheck[-1]}  without checks or delete ${nodelete[-1]}  hugo bare ${hugo[-1]:-—}" >&2
done
printf '\n| waymark s | without checks s | without checks or delete s | hugo bare s |\n| --- | --- | --- | --- |\n'
printf '| %s | %s | %s | %s |\n' "$(printf '%s\n' "${all[@]}" | median)" "$(printf '%s\n' "${nocheck[@]}" | median)" \
  "$(printf '%s\n' "${nodelete[@]}" | median)" "$($have_hugo && printf '%s\n' "${hugo[@]}" | median || echo —)"
if $have_hugo; then
  # each turn's ratio to Hugo's time in the same turn, then their median (steadier than the ratio of the medians)
  ratios() { paste -d' ' <(printf '%s\n' "$@") <(printf '%s\n' "${hugo[@]}") | awk '{ printf "%.3f\n", $1 / $2 }' | median; }
  echo "median of the turns' ratios to hugo bare: waymark $(ratios "${all[@]}"), without checks $(ratios "${nocheck[@]}"), without checks or delete $(ratios "${nodelete[@]}")"
fi
