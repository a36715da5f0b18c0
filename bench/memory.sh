#!/usr/bin/env bash
# Peak memory and time per page of a full build through the launcher, at several sizes: the example
# site plus N generated pages (bench/gen_corpus.py under /corpus/, as bench/same-output.sh makes it).
#
#   bench/memory.sh [N ...]          default: 10000 100000
#
# Environment: RUNS (default 3; the builds of the sizes and variants are made in turns, so that the
# machine's drift slows all alike, and the median is reported), BENCH_DIR (default /dev/shm/waymark-memory),
# JAVA_OPTS (extra JVM flags, passed to the launcher), VARIANTS (JVM flags to compare, added to JAVA_OPTS:
# "name=flags" separated by ";", such as "as is=;ratio 4=-XX:GCTimeRatio=4"; default one variant, as is), HISTOGRAM=S (a class histogram of the first build of each
# size, S seconds after its start, into BENCH_DIR/histogram-N.txt), REUSE=1 (the sites of the last run).
# Prints, per size: the median time, time per page in ms, its ratio to the first size's, the largest peak
# RSS (MiB) of the runs, and each run's "seconds/MiB".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
runs="${RUNS:-3}"
work="${BENCH_DIR:-/dev/shm/waymark-memory}"
mkdir -p "$work"
[ -f "$repo/target/waymark.jar" ] || { echo "target/waymark.jar is missing: run  mvn -q package -DskipTests  first" >&2; exit 2; }

make_site() { "$here/example-corpus.sh" "$1" "$2"; }

# One build: prints "seconds peak_rss_kib"; with $2 > 0, a class histogram $2 seconds in, into $3; $4: JVM flags.
build_once() {
  local site="$1" after="${2:-0}" histogram="${3:-}" flags="${4:-}" tf pid
  tf="$(mktemp)"
  JAVA_OPTS="${JAVA_OPTS:-} $flags" /usr/bin/time -o "$tf" -f '%e %M' "$repo/waymark" build -s "$site" -o "$site/public" \
    >"$work/build.log" 2>&1 &
  pid=$!
  if [ "$after" != 0 ]; then
    sleep "$after"
    local jpid
    jpid="$(pgrep -n -P "$pid" java || true)"
    if [ -n "$jpid" ]; then jcmd "$jpid" GC.class_histogram > "$histogram" 2>&1 || true; fi
  fi
  wait "$pid" || { echo "the build of $site failed; see $work/build.log" >&2; tail -3 "$work/build.log" >&2; }
  tail -1 "$tf"; rm -f "$tf"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for n in "${sizes[@]}"; do
  [ "${REUSE:-}" = 1 ] && [ -d "$work/site-$n/content" ] || make_site "$work/site-$n" "$n"
done
# the first build of a jar makes the launcher's class data sharing archive: not one of the timed runs
"$repo/waymark" build -s "$work/site-${sizes[0]}" -o "$work/site-${sizes[0]}/public" >/dev/null 2>&1 || true
IFS=';' read -r -a variants <<< "${VARIANTS:-as is=}"
declare -A times rss turns
for r in $(seq "$runs"); do
  for n in "${sizes[@]}"; do
    for v in "${!variants[@]}"; do
      after=0; [ "$r" = 1 ] && [ "$v" = 0 ] && after="${HISTOGRAM:-0}"
      read -r t kb < <(build_once "$work/site-$n" "$after" "$work/histogram-$n.txt" "${variants[$v]#*=}")
      times[$n.$v]="${times[$n.$v]:-} $t"
      turns[$n.$v]="${turns[$n.$v]:-} $t/$((kb / 1024))"
      [ "$kb" -gt "${rss[$n.$v]:-0}" ] && rss[$n.$v]="$kb"
    done
  done
done
echo "Waymark build memory — $(nproc) cores, JAVA_OPTS='${JAVA_OPTS:-}', runs $runs, in $work"
printf '\n| variant | pages | s (median) | ms per page | per page vs %s | peak RSS MiB | runs s/MiB |\n| --- | --- | --- | --- | --- | --- | --- |\n' "${sizes[0]}"
for v in "${!variants[@]}"; do
  first=""
  for n in "${sizes[@]}"; do
    t="$(printf '%s\n' ${times[$n.$v]} | median)"
    per="$(awk -v n="$n" -v t="$t" 'BEGIN { printf "%.3f", t * 1000 / n }')"
    [ -n "$first" ] || first="$per"
    ratio="$(awk -v a="$per" -v b="$first" 'BEGIN { printf "%.2f", a / b }')"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "${variants[$v]%%=*}" "$n" "$t" "$per" "$ratio" "$((rss[$n.$v] / 1024))" "${turns[$n.$v]# }"
  done
done
