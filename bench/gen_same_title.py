#!/usr/bin/env python3
"""The corpus of gen_corpus.py with every page given the same title (issue 21's bad input).

Usage: gen_same_title.py OUTDIR N [--seed S]      (for bench/search.sh: GEN_CORPUS=bench/gen_same_title.py)

Writes what gen_corpus.py writes, then replaces each page's `title:` line with TITLE (default
"Domestic abuse support"): N pages that a search for a word of the title all match equally.
"""
import os
import subprocess
import sys

TITLE = os.environ.get("TITLE", "Domestic abuse support")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "gen_corpus.py")] + sys.argv[1:], check=True)
    content = os.path.join(sys.argv[1], "content")
    for folder, _, files in os.walk(content):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            lines[1] = f'title: "{TITLE}"'
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines))


if __name__ == "__main__":
    main()
