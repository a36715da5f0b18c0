#!/usr/bin/env bash
# Waymark benchmark: full builds of a generated corpus of N Markdown pages, side by
# side with Hugo when it is installed, and a one-page edit in `waymark serve`.
#
#   bench/run.sh [N ...]          default: 1000 10000
#
# Environment: RUNS (default 3, the median is reported), BENCH_DIR (default a
# folder on /dev/shm, a tmpfs, for steadier figures), HEAP (default 1g: the
# memory target), JAVA_OPTS (extra JVM flags).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-3}"
heap="${HEAP:-1g}"
if [ -z "${BENCH_DIR:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_DIR=/dev/shm/waymark-bench; else BENCH_DIR="$(mktemp -d)"; fi
fi
jar="$repo/target/waymark.jar"
[ -f "$jar" ] || (cd "$repo" && mvn -q package -DskipTests)
# the libraries alone (bench/Floor.java), compiled against the jar, run with the launcher's JVM settings
floor_classes="$BENCH_DIR/floor-classes"
mkdir -p "$floor_classes"
javac -d "$floor_classes" -cp "$jar" "$here/Floor.java"
mapfile -t build_flags < <("$repo/waymark" --jvm-flags build)
floor_cmd=(java "${build_flags[@]}" -Xmx"$heap" -cp "$jar:$floor_classes" Floor)
# the launcher at the repository root: C1 compiler, parallel GC, class data sharing
export JAVA_OPTS="-Xmx$heap ${JAVA_OPTS:-}"
java_cmd=("$repo/waymark")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now_ms() { date +%s%3N; }

# Milliseconds from $1 (a now_ms) until $2 serves a page with $3 in it (at most 20 s).
served_after() {
  local start="$1" url="$2" text="$3"
  until curl -fs "$url" 2>/dev/null | grep -qF "$text"; do
    sleep 0.005
    [ $(( $(now_ms) - start )) -lt 20000 ] || { echo "\"$text\" was not served within 20 s" >&2; break; }
  done
  echo $(( $(now_ms) - start ))
}

# A Waymark site around the corpus: config, theme, home and the two safety pages.
make_site() {
  local dir="$1" n="$2"
  rm -rf "$dir"
  mkdir -p "$dir"
  python3 "$here/gen_corpus.py" "$dir" "$n" >/dev/null
  cp -r "$repo/themes" "$dir/themes"
  printf 'title: Benchmark\nbase_url: https://example.org/\n' > "$dir/site-config.yml"
  # a site needs its accessibility statement: the example site's, but for its drama phone number
  sed -n '/^accessibility:/,/^[^ ]/{/^accessibility:/p;/^ /p}' "$repo/site-config.yml" | grep -v contact_phone >> "$dir/site-config.yml"
  printf -- '---\ntitle: Benchmark home\n---\nA generated corpus.\n' > "$dir/content/index.md"
  mkdir -p "$dir/content/get-help"
  printf -- '---\ntitle: Get help\n---\nHelp.\n' > "$dir/content/get-help/index.md"
  printf -- '---\ntitle: In an emergency\n---\nCall 999.\n' > "$dir/content/get-help/emergency.md"
  printf -- '---\ntitle: Staying safe online\n---\nText.\n' > "$dir/content/get-help/staying-safe-online.md"
  for s in "$dir"/content/*/; do
    name="$(basename "$s")"
    [ "$name" = helplines ] || [ -f "$s/index.md" ] || printf -- '---\ntitle: %s\n---\n' "$name" > "$s/index.md"
  done
}

# The same corpus as a Hugo site: with a bare layout, or with "frame", with the frame of Waymark's theme.
make_hugo_site() {
  local dir="$1" corpus="$2"
  rm -rf "$dir"
  mkdir -p "$dir/layouts/_default"
  cp -r "$corpus/content" "$dir/content"
  # Waymark's section pages are index.md; Hugo's are _index.md. A content/index.md left as it
  # is makes the whole site one leaf bundle, and Hugo then writes the home page and nothing else.
  find "$dir/content" -name index.md | while read -r f; do mv "$f" "$(dirname "$f")/_index.md"; done
  printf 'baseURL = "https://example.org/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' > "$dir/hugo.toml"
  if [ "${3:-}" = frame ]; then
    # the frame of Waymark's default theme around each page (bench/hugo-frame): the same pages, written by Hugo
    cp "$here"/hugo-frame/_default/*.html "$dir/layouts/_default/"
  else
    printf '<!DOCTYPE html><html lang="en"><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n' > "$dir/layouts/_default/single.html"
    printf '<!DOCTYPE html><html lang="en"><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</main></body></html>\n' > "$dir/layouts/_default/list.html"
  fi
}

# Times one run of a command; prints "seconds peak_rss_kib".
time_once() {
  local tf out
  tf="$(mktemp)"
  /usr/bin/time -o "$tf" -f '%e %M' "$@" >/dev/null 2>&1 || true
  out="$(tail -1 "$tf")"
  rm -f "$tf"
  printf '%s\n' "$out"
}

echo "Waymark benchmark — $(nproc) cores, $(java -version 2>&1 | head -1), heap $heap, runs $runs, in $BENCH_DIR"
printf '\n| pages | waymark s | pages/s | peak RSS MiB | libraries alone s | hugo, bare s | waymark/hugo bare | hugo, same frame s | waymark/hugo same frame |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for n in "${sizes[@]}"; do
  site="$BENCH_DIR/site-$n"
  make_site "$site" "$n"
  # one build to check the corpus builds at all, and to show its report if it does not
  if ! "${java_cmd[@]}" build -s "$site" >/dev/null 2>"$BENCH_DIR/build-$n.log"; then
    echo "The $n-page corpus does not build; see $BENCH_DIR/build-$n.log" >&2
    tail -20 "$BENCH_DIR/build-$n.log" >&2
    exit 1
  fi
  hsite="$BENCH_DIR/hugo-$n"
  fsite="$BENCH_DIR/hugo-frame-$n"
  have_hugo=false
  if command -v hugo >/dev/null 2>&1; then
    have_hugo=true
    make_hugo_site "$hsite" "$site"
    make_hugo_site "$fsite" "$site" frame
  fi
  # Waymark and Hugo in turns, so that a machine whose speed drifts (these do, by 10-20 %) slows both alike
  wtimes=(); htimes=(); hftimes=(); ftimes=(); wrss=0
  for _ in $(seq "$runs"); do
    read -r t kb < <(time_once "${java_cmd[@]}" build -s "$site")
    wtimes+=("$t")
    [ "$kb" -gt "$wrss" ] && wrss="$kb"
    rm -rf "$BENCH_DIR/floor-out"
    read -r t _ < <(time_once "${floor_cmd[@]}" "$site/content" "$BENCH_DIR/floor-out")
    ftimes+=("$t")
    if $have_hugo; then
      read -r t _ < <(time_once hugo --quiet -s "$hsite" -d "$hsite/public")
      htimes+=("$t")
      read -r t _ < <(time_once hugo --quiet -s "$fsite" -d "$fsite/public")
      hftimes+=("$t")
    fi
  done
  wt="$(printf '%s\n' "${wtimes[@]}" | median)"
  ft="$(printf '%s\n' "${ftimes[@]}" | median)"
  wrss=$((wrss / 1024))
  pps="$(awk -v n="$n" -v t="$wt" 'BEGIN { printf "%.0f", (n + 5) / t }')"
  ht="—"; ratio="—"; hft="—"; fratio="—"
  if $have_hugo; then
    ht="$(printf '%s\n' "${htimes[@]}" | median)"
    hft="$(printf '%s\n' "${hftimes[@]}" | median)"
    # each must have written every page, or the comparison means nothing
    wpages="$(find "$site/public" -name index.html | wc -l)"
    for hs in "$hsite" "$fsite"; do
      hpages="$(find "$hs/public" -name index.html | wc -l)"
      if [ "$hpages" -lt "$n" ] || [ "$wpages" -lt "$n" ]; then
        echo "Hugo wrote $hpages pages in $hs and Waymark $wpages for a corpus of $n: not comparable" >&2
        exit 1
      fi
    done
    ratio="$(awk -v a="$wt" -v b="$ht" 'BEGIN { printf "%.2f", a / b }')"
    fratio="$(awk -v a="$wt" -v b="$hft" 'BEGIN { printf "%.2f", a / b }')"
    echo "  $n pages, each turn (waymark / hugo bare / hugo same frame, s): $(paste -d/ <(printf '%s\n' "${wtimes[@]}") <(printf '%s\n' "${htimes[@]}") <(printf '%s\n' "${hftimes[@]}") | tr '\n' ' ')" >&2
    # the ratio in each turn, and their median: steadier than the ratio of the medians when the machine's speed drifts
    turn_ratios() { paste <(printf '%s\n' "${wtimes[@]}") <(printf '%s\n' "$@") | awk '{ printf "%.2f\n", $1 / $2 }'; }
    echo "  $n pages, median of the turns' ratios: waymark/hugo bare $(turn_ratios "${htimes[@]}" | median), waymark/hugo same frame $(turn_ratios "${hftimes[@]}" | median); waymark faster than hugo bare in $(turn_ratios "${htimes[@]}" | awk '$1 < 1' | wc -l) of $runs turns" >&2
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$wt" "$pps" "$wrss" "$ft" "$ht" "$ratio" "$hft" "$fratio"
done

# A one-page edit in `waymark serve`: from the file's change until the new page is served.
n="${sizes[0]}"
site="$BENCH_DIR/site-$n"
port=$((20000 + RANDOM % 20000))
if "${java_cmd[@]}" serve --help >/dev/null 2>&1; then
  "${java_cmd[@]}" serve -s "$site" --port "$port" >"$BENCH_DIR/serve.log" 2>&1 &
  serve_pid=$!
  trap 'kill $serve_pid 2>/dev/null || true' EXIT
  for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
  page="$(cd "$site/content" && for f in */p*.md; do echo "$f"; break; done)"
  url="http://127.0.0.1:$port/${page%.md}/"
  edits=()
  for i in $(seq 5); do
    marker="edit-marker-$i-$RANDOM"
    start=$(now_ms)
    printf '\n%s\n' "$marker" >> "$site/content/$page"
    edits+=("$(served_after "$start" "$url" "$marker")")
    sleep 0.5
  done
  # a new title: the page, its section's index (which lists it) and the site map are rendered again
  section_url="http://127.0.0.1:$port/${page%%/*}/"
  titles=()
  for i in $(seq 5); do
    title="Retitled page $i $RANDOM"
    start=$(now_ms)
    sed -i "0,/^title: .*/s//title: $title/" "$site/content/$page"
    titles+=("$(served_after "$start" "$section_url" "$title")")
    sleep 0.5
  done
  kill "$serve_pid" 2>/dev/null || true
  printf '\nOne-page edit in serve (%d pages), change to new page served: median %s ms (runs: %s)\n' \
    "$n" "$(printf '%s\n' "${edits[@]}" | median)" "${edits[*]}"
  printf 'New title in serve, change to the section index listing it served: median %s ms (runs: %s)\n' \
    "$(printf '%s\n' "${titles[@]}" | median)" "${titles[*]}"
fi
