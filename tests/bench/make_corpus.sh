#!/bin/sh
# make_corpus.sh -- build the segmentation benchmark texts (never committed).
#
#   sh tests/bench/make_corpus.sh [CORPUS_DIR] [OUT_DIR] [MIN_BYTES]
#
# Concatenates CORPUS_DIR/en/*.txt and CORPUS_DIR/nl/*.txt (in name order)
# over and over until each reaches MIN_BYTES (default 50 MiB) and writes
# OUT_DIR/pluk_bench_en.txt and OUT_DIR/pluk_bench_nl.txt.  Existing files of
# the right size are kept.  Defaults: /work/shared/corpus, /tmp.
set -eu
corpus=${1:-/work/shared/corpus}
out=${2:-/tmp}
min=${3:-52428800}

for lang in en nl; do
  dst="$out/pluk_bench_$lang.txt"
  if [ -f "$dst" ] && [ "$(wc -c < "$dst")" -ge "$min" ]; then
    echo "$dst: kept ($(wc -c < "$dst") bytes)"
    continue
  fi
  set -- "$corpus/$lang"/*.txt
  [ -f "$1" ] || { echo "make_corpus: no $corpus/$lang/*.txt" >&2; exit 1; }
  one="$dst.one.$$"
  cat "$@" > "$one"
  : > "$dst.tmp.$$"
  while [ "$(wc -c < "$dst.tmp.$$")" -lt "$min" ]; do
    cat "$one" >> "$dst.tmp.$$"
  done
  rm -f "$one"
  mv "$dst.tmp.$$" "$dst"
  echo "$dst: $(wc -c < "$dst") bytes"
done
