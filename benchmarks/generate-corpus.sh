#!/usr/bin/env bash
# Writes a content folder N times the size of content/ (default 100): N renamed copies of every article,
# FAQ entry and glossary term, with links, orders and titles rewritten so that the copy passes the same
# validation as the real content. The data files the articles draw from (warning signs, storage rules) and the
# synonym list are copied once. Usage: benchmarks/generate-corpus.sh OUT_DIR [N]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: generate-corpus.sh OUT_DIR [N]}
copies=${2:-100}

rm -rf "$out"
mkdir -p "$out/articles" "$out/faq" "$out/glossary"
cp content/search-synonyms.txt content/*.yaml "$out/"
# One perl process for every copy: starting one per file took minutes on a busy machine.
OUT=$out COPIES=$copies perl -e '
  use strict; use warnings;
  for my $k (1 .. $ENV{COPIES}) {
    for my $file (glob("content/articles/*.md"), glob("content/faq/*.md"), glob("content/glossary/*.md")) {
      my ($folder, $slug) = $file =~ m{content/([a-z]+)/([a-z0-9-]+)\.md$};
      open(my $in, "<", $file) or die "$file: $!";
      open(my $copy, ">", "$ENV{OUT}/$folder/$slug-$k.md") or die "$!";
      while (my $line = <$in>) {
        # Links to other content get the copy suffix; orders move into a range of their own; titles,
        # questions and terms say which copy they are, so that results can be told apart.
        $line =~ s/^order: (\d+)/"order: " . ($1 + 1000 * $k)/e;
        $line =~ s/^(title|question|term): "?(.*?)"?$/$1: "$2 (copy $k)"/ if $. < 4;
        $line =~ s{\]\((\.\./(?:articles|faq|glossary)/)?([a-z0-9-]+)\.md}{"](" . ($1 // "") . "$2-$k.md"}ge;
        print $copy $line;
      }
      close($in);
      close($copy);
    }
  }'
echo "$(find "$out" -name '*.md' | wc -l) files in $out"
