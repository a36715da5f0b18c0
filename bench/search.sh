#!/usr/bin/env bash
# Waymark search benchmark: the example site plus N generated pages, built with the
# launcher, served by a plain static server (no compression), and searched in headless
# Chromium with an empty cache: what a one-word query downloads besides the search
# page's HTML (its scripts and styles too), the largest file, and the time to the first
# result. Budgets (issue 21): <= 200 KB at 10,000 pages, <= 300 KB at 100,000, no file
# over 500 KB, first results <= 500 ms after the page loads.
#
#   bench/search.sh [N ...]          default: 10000
#
# Environment: BENCH_DIR (default a folder on /dev/shm), HEAP (default none: the launcher's settings),
# QUERIES (default "refuge helpline abus refuge": the first run of a browser is slower), REUSE=1 to search the sites the last run
# built without building them again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
heap="${HEAP:-}"
read -r -a queries <<< "${QUERIES:-refuge helpline abus refuge}"
if [ -z "${BENCH_DIR:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_DIR=/dev/shm/waymark-search-bench; else BENCH_DIR="$(mktemp -d)"; fi
fi
mkdir -p "$BENCH_DIR"
jar="$repo/target/waymark.jar"
[ -f "$jar" ] || (cd "$repo" && mvn -q package -DskipTests)
# SearchBudget drives Chromium with Selenium, which is on the test class path only
cp_file="$BENCH_DIR/test-classpath.txt"
[ -s "$cp_file" ] || (cd "$repo" && mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
classes="$BENCH_DIR/classes"
mkdir -p "$classes"
javac -d "$classes" -cp "$(cat "$cp_file")" "$here/SearchBudget.java"
corpus="${GEN_CORPUS:-$here/gen_corpus.py}"

# The example site with N generated pages under /corpus/ (bench/example-corpus.sh, with GEN_CORPUS).
make_site() { GEN_CORPUS="$corpus" "$here/example-corpus.sh" "$1" "$2"; }

echo "Waymark search benchmark — $(nproc) cores, $(chromium --version 2>/dev/null | head -1), heap ${heap:-as the launcher sets it}, in $BENCH_DIR"
for n in "${sizes[@]}"; do
  site="$BENCH_DIR/site-$n"
  tf="$(mktemp)"
  echo "0 0" > "$tf"
  [ "${REUSE:-}" = 1 ] && [ -d "$site/public" ] || make_site "$site" "$n"
  if [ "${REUSE:-}" = 1 ] && [ -d "$site/public" ]; then
    echo "(the site the last run built: build time and memory not measured)"
  elif ! JAVA_OPTS="${heap:+-Xmx$heap} ${JAVA_OPTS:-}" /usr/bin/time -o "$tf" -f '%e %M' "$repo/waymark" build -s "$site" -o "$site/public" >"$BENCH_DIR/build-$n.log" 2>&1; then
    echo "The site with $n generated pages does not build; see $BENCH_DIR/build-$n.log" >&2
    tail -20 "$BENCH_DIR/build-$n.log" >&2
    exit 1
  fi
  read -r secs kib < <(tail -1 "$tf")
  rm -f "$tf"
  pages="$(find "$site/public" -name index.html | wc -l)"
  files="$(find "$site/public/search" -name '*.json' | wc -l)"
  index_kb="$(du -sk "$site/public/search" | cut -f1)"
  largest="$(find "$site/public/search" -name '*.json' -printf '%s %f\n' | sort -n | tail -1)"
  measured="build $secs s, peak RSS $((kib / 1024)) MiB"
  [ "$secs" != 0 ] || measured="build not measured (REUSE=1)"
  printf '\n## example site + %s generated pages (%s pages written)\n\n%s; search files: %s (%s KB on disk), the largest: %s bytes\n\n' \
    "$n" "$pages" "$measured" "$files" "$index_kb" "$largest"
  # a free port, and a server that is this one (another program may serve another site on a port once free)
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  python3 -m http.server "$port" --bind 127.0.0.1 -d "$site/public" >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  until curl -fs "http://127.0.0.1:$port/search/" 2>/dev/null | grep -q data-wm-search-meta; do
    kill -0 "$server" 2>/dev/null || { echo "the static server did not start" >&2; exit 1; }
    sleep 0.1
  done
  java -cp "$classes:$(cat "$cp_file")" SearchBudget "http://127.0.0.1:$port/search/" "${queries[@]}"
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  trap - EXIT
done
