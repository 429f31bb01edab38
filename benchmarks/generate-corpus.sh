#!/usr/bin/env bash
# Writes a content folder N times the size of content/ (default 100): N renamed copies of every article,
# FAQ entry and glossary term, with links, orders and titles rewritten so that the copy passes the same
# validation as the real content. Usage: benchmarks/generate-corpus.sh OUT_DIR [N]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: generate-corpus.sh OUT_DIR [N]}
copies=${2:-100}

rm -rf "$out"
mkdir -p "$out/articles" "$out/faq" "$out/glossary"
cp content/search-synonyms.txt "$out/"
for k in $(seq 1 "$copies"); do
  for folder in articles faq glossary; do
    for file in content/$folder/*.md; do
      slug=$(basename "$file" .md)
      # Links to other content get the copy's suffix; orders move into a range of their own; titles,
      # questions and terms say which copy they are, so that results can be told apart.
      K=$k perl -pe '
        s/^order: (\d+)/"order: " . ($1 + 1000 * $ENV{K})/e;
        s/^(title|question|term): "?(.*?)"?$/$1: "$2 (copy $ENV{K})"/ if $. < 4;
        s/\]\((\.\.\/(?:articles|faq|glossary)\/)?([a-z0-9-]+)\.md/]($1$2-$ENV{K}.md/g;
      ' "$file" > "$out/$folder/$slug-$k.md"
    done
  done
done
echo "$(find "$out" -name '*.md' | wc -l) files in $out"
