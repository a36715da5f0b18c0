#!/usr/bin/env bash
# Where a warm build's CPU goes: builds SITE BUILDS times in one JVM (the launcher's JVM settings) with Java
# Flight Recorder sampling every thread each millisecond, then prints the share of samples for each method
# on the stack. Shares of one recording are steady to a percent or two where wall times on this machine are
# not; compare a change by its shares before and after.
#
#   bench/profile.sh [SITE] [BUILDS]        (default: the 10,000-page corpus of bench/run.sh, 6 builds)
#
# Environment: TOP (default 60 methods), UNDER (a method, Class.method, to look inside), JFR (where the
# recording goes, default a temporary file; keep it to look again with bench/Samples.java).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
site="${1:-/dev/shm/waymark-bench/site-10000}"
builds="${2:-6}"
[ -f "$site/site-config.yml" ] || { echo "no site at $site: run bench/run.sh 10000 first, or name a site" >&2; exit 2; }
jar="$repo/target/waymark.jar"
[ -f "$jar" ] || (cd "$repo" && mvn -q package -DskipTests)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jfr="${JFR:-$work/warm.jfr}"
javac -d "$work" -cp "$jar" "$here/Warm.java"
# the profile settings, sampling every millisecond instead of every 10 or 20
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
sed -E 's#(<setting name="period"[^>]*>)(10|20) ms<#\11 ms<#' "$java_home/lib/jfr/profile.jfc" > "$work/fast.jfc"
mapfile -t build_flags < <("$repo/waymark" --jvm-flags build)
java "${build_flags[@]}" -Xmx"${HEAP:-1g}" \
  -XX:StartFlightRecording=filename="$jfr",settings="$work/fast.jfc" -cp "$jar:$work" Warm "$site" "$builds"
java "$here/Samples.java" "$jfr" "${TOP:-60}" ${UNDER:+"$UNDER"}
