#!/bin/sh
# tests/bench/run.sh SHARED -- `make bench`: speed figures, printed, never
# asserted. Builds the ≥50 MB benchmark texts from SHARED/corpus in
# $TMPDIR (never committed), then:
#   1. segmentation: pluk vs ICU 72 BreakIterator, counted in C, and the
#      Lua iterators (positions only)
#   2. rules: MB/s of quotes+attributions, figures, and all default rules
#   3. the runner: -j 1 and -j 2 over the same input
# libicu-dev is a benchmark-only dependency, installed here when missing.
set -u
cd "$(dirname "$0")/../.." || exit 2
shared=${1:-../shared}
tmp=${TMPDIR:-/tmp}
if [ ! -d "$shared/corpus" ]; then
  echo "bench: skipped (no $shared/corpus)"
  exit 0
fi
if ! pkg-config --exists icu-uc 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq libicu-dev >/dev/null || { apt-get update -qq && apt-get install -y -qq libicu-dev >/dev/null; }
  else
    echo "bench: libicu-dev missing; run: sudo apt-get install -y libicu-dev"; exit 1
  fi
fi
sh tests/bench/make_corpus.sh "$shared/corpus" "$tmp" || exit 1
cc -O2 -Icore tests/bench/segment_bench.c core/segment.c -o build/segment_bench \
   $(pkg-config --cflags --libs icu-uc icu-i18n) || exit 1

echo "== segmentation, counted in C (MB/s; pluk/ICU) =="
build/segment_bench "$tmp/pluk_bench_en.txt:en" "$tmp/pluk_bench_nl.txt:nl" | tee "$tmp/pluk_seg_bench.out"
# ICU's MB/s per file and kind, for the Lua figures' ratios
icu=$(awk '/MB, ICU locale/ {f++} $1 ~ /^(graphemes|words|sentences)$/ && NF == 6 {printf "%d:%s=%s ", f, $1, $5}' "$tmp/pluk_seg_bench.out")

echo "== segmentation, iterated from Lua (positions only) =="
ICU_MBS="$icu" LUA_PATH="tests/?.lua;lua/?.lua;lua/?/init.lua;;" build/pluk lua tests/bench/lua_iter_bench.lua \
  "$tmp/pluk_bench_en.txt" "$tmp/pluk_bench_nl.txt"

if [ -f tests/bench/rules_bench.lua ]; then
  echo "== rules, one core =="
  LUA_PATH="tests/?.lua;lua/?.lua;lua/?/init.lua;;" build/pluk lua tests/bench/rules_bench.lua "$shared"
fi

echo "== runner: reading, -j 1 and -j 2, memory =="
sh tests/bench/runner_bench.sh "$shared" "$tmp"
