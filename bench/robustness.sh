#!/usr/bin/env bash
# Waymark robustness run, outside `mvn verify`: N copies of the small fixture site
# (src/test/java/org/waymark/robustness/Fixture.java), each broken once in one of
# the ways of robustness/Mutator (every kind, those of issue 17 included: script
# and data links, markup in titles, a refuge's postcode written with odd spaces or
# markup, symbolic links, output folders, YAML aliases), built through the command
# line in one JVM (Main.run, no JVM per build), and checked by robustness/Harness.
#
#   bench/robustness.sh [N]       default: 10000
#
# Prints: builds; exit codes; stack traces; failed builds that changed public/;
# successful builds that published a script or data link, markup from a title, a
# file from outside the site, a refuge's postcode or an alias's name. Those last
# and the stack traces must be 0. SEED (default the suite's) picks other runs.
# The build uses one core at a time (-T1, one fork): nice it further if you like.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
runs="${1:-10000}"
seed="${SEED:-20261124}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
cd "$repo"
set +e
nice mvn -B -ntp -q test -Dtest='MutatedContentTest#longRun' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwaymark.robustness.runs="$runs" -Dwaymark.robustness.seed="$seed" -DtrimStackTrace=true >"$out" 2>&1
code=$?
set -e
sed -n '/^robustness long run/,/^FAILURE\|^\[/p' "$out" | grep -v '^FAILURE\|^\[' || true
echo "failures (the first 30, each with the seed and run that reproduce it):"
grep '^FAILURE ' "$out" | head -30 || echo "  none"
[ $code -eq 0 ] && echo "OK: nothing published that must not be" || echo "NOT OK (maven exit $code); full log: rerun with the same SEED"
exit $code
