#!/usr/bin/env bash
# Compares two Waymark jars on one site, built in turns (A, B, A, B …), with the
# launcher's JVM settings and a class data sharing archive for each jar. This
# machine's speed drifts by 10-20 % from one minute to the next: runs made in
# turns drift alike, runs made minutes apart do not compare.
#
#   bench/compare.sh OLD.jar NEW.jar [SITE]     (default site: the 10,000-page corpus)
#
# Environment: ROUNDS (default 6), HEAP (default 1g); A_OPTS and B_OPTS, extra JVM
# flags for one side (to compare JVM settings, name the same jar twice). Prints
# each pair and the medians of wall time and CPU time (user + system), in seconds.
set -euo pipefail
a="$1"; b="$2"
site="${3:-/dev/shm/waymark-bench/site-10000}"
rounds="${ROUNDS:-6}"
heap="${HEAP:-1g}"
[ -f "$site/site-config.yml" ] || { echo "no site at $site: run bench/run.sh 10000 first, or name a site" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the launcher's JVM settings for a build (it runs only its own jar)
mapfile -t flags < <("$(dirname "$0")/../waymark" --jvm-flags build)
flags+=(-Xmx"$heap" -Xlog:cds=off -Xlog:cds+dynamic=off)
opts=([1]="${A_OPTS:-}" [2]="${B_OPTS:-}")
i=0
for jar in "$a" "$b"; do
  i=$((i + 1))
  cp "$jar" "$work/$i.jar"
  java "${flags[@]}" ${opts[$i]} -XX:ArchiveClassesAtExit="$work/$i.jsa" -jar "$work/$i.jar" build -s "$site" >/dev/null 2>&1 || true
done
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
wall=([1]="" [2]=""); cpu=([1]="" [2]="")
for _ in $(seq "$rounds"); do
  line=""
  for i in 1 2; do
    read -r e u s < <(/usr/bin/time -f '%e %U %S' java "${flags[@]}" ${opts[$i]} -XX:SharedArchiveFile="$work/$i.jsa" \
      -jar "$work/$i.jar" build -s "$site" 2>&1 >/dev/null | tail -1)
    c="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"
    wall[$i]+="$e "; cpu[$i]+="$c "
    line+="$e/$c  "
  done
  echo "A $(echo "$line" | awk '{print $1}')   B $(echo "$line" | awk '{print $2}')   (wall/CPU s)"
done
for i in 1 2; do
  name=A; [ "$i" = 2 ] && name=B
  echo "$name median: wall $(tr ' ' '\n' <<<"${wall[$i]}" | grep . | median) s, CPU $(tr ' ' '\n' <<<"${cpu[$i]}" | grep . | median) s"
done
