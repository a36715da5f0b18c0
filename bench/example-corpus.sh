#!/usr/bin/env bash
# Makes DIR: the example site (content/, themes/, site-config.yml of this repository) with N generated pages
# under /corpus/ (their links are relative, so they hold there too), each generated section with an index page.
# The site bench/search.sh, bench/memory.sh and bench/same-output.sh build.
#
#   bench/example-corpus.sh DIR N
#
# Environment: GEN_CORPUS, the generator (default bench/gen_corpus.py; bench/gen_same_title.py gives every page
# the same title).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
dir="$1"; n="$2"
rm -rf "$dir"; mkdir -p "$dir"
cp -r "$repo/content" "$repo/themes" "$repo/site-config.yml" "$dir/"
python3 "${GEN_CORPUS:-$here/gen_corpus.py}" "$dir/gen" "$n" >/dev/null
mv "$dir/gen/content" "$dir/content/corpus"; rm -rf "$dir/gen"
printf -- '---\ntitle: Generated pages\n---\nA generated corpus.\n' > "$dir/content/corpus/index.md"
for s in "$dir"/content/corpus/*/; do
  [ -f "$s/index.md" ] || printf -- '---\ntitle: %s\n---\n' "$(basename "$s")" > "$s/index.md"
done
