#!/bin/sh
# tests/bench/runner_bench.sh SHARED TMP -- the runner part of `make bench`:
# how fast `pluk` reads and dispatches articles, how the default rules
# scale from -j 1 to -j 2, and how much memory huge inputs take. Figures
# are printed, never asserted.
#
#   1. a benchmark JSONL of >= 100 MB (tests/bench/make_jsonl.lua: the
#      corpus articles repeated in a seeded shuffle, built in TMP, never
#      committed);
#   2. reading + dispatch alone (`pluk run -e 'return {}'`, which decodes
#      every line and hands it to a script that does nothing) at -j 1 and
#      -j 2: MB/s of JSONL input and articles/s, wall clock;
#   3. the default rules over the first PLUK_BENCH_RULES_MB MB (default 20)
#      of it at -j 1 and -j 2, and the -j 2 / -j 1 ratio;
#   4. memory (max RSS, /usr/bin/time): a 1 GB single-line JSONL and a
#      100 MB article with the default limits, and the host alone on a
#      100 MB article with the limit raised.
# Targets (issue 6): reading + dispatch >= 500 MB/s; -j 2 >= 1.8 x -j 1.
set -u
shared=$1
tmp=$2
pluk=${PLUK:-build/pluk}
rules_mb=${PLUK_BENCH_RULES_MB:-20}

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  fi
fi
if [ ! -x /usr/bin/time ]; then
  echo "runner bench: /usr/bin/time missing; run: sudo apt-get install -y time"
  exit 0
fi

jsonl=$tmp/pluk_bench_runner.jsonl
$pluk lua tests/bench/make_jsonl.lua "$shared/corpus" "$jsonl" 100000000 || exit 1
bytes=$(wc -c < "$jsonl")
articles=$(wc -l < "$jsonl")
small=$tmp/pluk_bench_runner_$rules_mb.jsonl
# the first lines up to rules_mb MB, whole lines only
head -c "$((rules_mb * 1000000))" "$jsonl" | sed '$d' > "$small"
small_bytes=$(wc -c < "$small")
small_articles=$(wc -l < "$small")

# run LABEL BYTES ARTICLES CMD... -> prints a line; sets $secs and $rss_kb
run() {
  label=$1 nbytes=$2 narts=$3
  shift 3
  /usr/bin/time -f "%e %M" -o "$tmp/pluk_bench_time" "$@" > /dev/null 2> "$tmp/pluk_bench_err"
  status=$?
  # (a non-zero status adds a line before the figures)
  set -- $(tail -n 1 "$tmp/pluk_bench_time" 2>/dev/null)
  secs=${1:-0} rss_kb=${2:-0}
  case $secs in [0-9]*) ;; *) secs=0 rss_kb=0 ;; esac
  if [ "$status" != 0 ] && [ "$status" != 1 ]; then
    echo "$label: exit $status: $(head -c 300 "$tmp/pluk_bench_err")"
  fi
  awk -v l="$label" -v b="$nbytes" -v n="$narts" -v s="$secs" -v m="$rss_kb" 'BEGIN {
    if (s <= 0) s = 0.005
    printf "%-34s %8.1f MB/s %9.0f articles/s  %6.2f s  max RSS %4.0f MB\n", l, b / 1e6 / s, n / s, s, m / 1024 }'
}

# best_of N LABEL BYTES ARTICLES CMD... -> the line of the fastest of N
# runs (sets $secs to its time): other tenants of a shared machine slow
# single runs down by up to a half, never speed them up
best_of() {
  times=$1
  shift
  best=
  k=0
  while [ "$k" -lt "$times" ]; do
    run "$@" > "$tmp/pluk_bench_line"
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a < b)}'; then
      best=$secs
      cp "$tmp/pluk_bench_line" "$tmp/pluk_bench_best"
    fi
    k=$((k + 1))
  done
  secs=$best
  cat "$tmp/pluk_bench_best"
}

echo "runner bench: $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB JSONL, $articles articles ($jsonl); $(nproc) cores; each figure the best of 3 runs"
for j in 1 2; do
  best_of 3 "reading + dispatch alone, -j $j" "$bytes" "$articles" \
    "$pluk" run -e 'return {}' -q -j "$j" "$jsonl"
done | tee "$tmp/pluk_bench_reading"
awk '/reading/ && ($(NF-9) + 0) > (r + 0) {r = $(NF-9) + 0} END {printf "  reading + dispatch: best %.0f MB/s  target >= 500: %s\n", r, (r >= 500 ? "ok" : "BELOW")}' "$tmp/pluk_bench_reading"

echo "default rules over the first $(awk -v b="$small_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB ($small_articles articles; PLUK_BENCH_RULES_MB):"
best_of 3 "default rules, -j 1" "$small_bytes" "$small_articles" "$pluk" -q -j 1 "$small"
s1=$secs
best_of 3 "default rules, -j 2" "$small_bytes" "$small_articles" "$pluk" -q -j 2 "$small"
s2=$secs
awk -v a="$s1" -v b="$s2" 'BEGIN { if (b <= 0) b = 0.005
  printf "  -j 2 / -j 1: %.2f x  target >= 1.8: %s\n", a / b, (a / b >= 1.8 ? "ok" : "BELOW") }'
# What the machine itself gives two busy threads: two independent pluk
# -j 1 processes, one per half of the same input, at once (the slower one
# decides; best of 3). On a VM whose two vCPUs do not run equally fast (a
# neighbour on one of them) this ceiling is below 2, and -j 2 is held to
# it as well.
split -n l/2 -d "$small" "$tmp/pluk_bench_half_"
ceiling=
k=0
while [ "$k" -lt 3 ]; do
  /usr/bin/time -f "%e" -o "$tmp/pluk_bench_t0" "$pluk" -q -j 1 "$tmp/pluk_bench_half_00" > /dev/null 2>&1 &
  /usr/bin/time -f "%e" -o "$tmp/pluk_bench_t1" "$pluk" -q -j 1 "$tmp/pluk_bench_half_01" > /dev/null 2>&1
  wait
  pair=$(awk -v x="$(tail -n 1 "$tmp/pluk_bench_t0")" -v y="$(tail -n 1 "$tmp/pluk_bench_t1")" 'BEGIN { print (x > y ? x : y) }')
  if [ -z "$ceiling" ] || awk -v a="$pair" -v b="$ceiling" 'BEGIN{exit !(a < b)}'; then ceiling=$pair; fi
  k=$((k + 1))
done
awk -v a="$s1" -v m="$ceiling" 'BEGIN { if (m <= 0) m = 0.005
  printf "  the machine: two -j 1 processes on the halves at once: %.2f s, a ceiling of %.2f x\n", m, a / m }'
rm -f "$tmp/pluk_bench_half_00" "$tmp/pluk_bench_half_01" "$tmp/pluk_bench_t0" "$tmp/pluk_bench_t1"

echo "memory (max RSS; default --max-article-bytes 64 MiB unless said):"
big_line=$tmp/pluk_bench_1g.jsonl
big_txt=$tmp/pluk_bench_100m.txt
if [ ! -f "$big_line" ] || [ "$(wc -c < "$big_line")" -lt 1000000000 ]; then
  { printf '{"id":"huge","text":"'
    yes 'Hij zegt dat het 87 miljoen profielen waren. "Wij gaan door," aldus Smith.' |
      head -c 1000000000 | tr '\n"' '  '
    printf '"}\n'; } > "$big_line"
fi
if [ ! -f "$big_txt" ] || [ "$(wc -c < "$big_txt")" -lt 100000000 ]; then
  while [ "$(wc -c < "$big_txt" 2>/dev/null || echo 0)" -lt 100000000 ]; do
    cat "$shared"/corpus/nl/*.txt "$shared"/corpus/en/*.txt
  done > "$big_txt"
fi
run "1 GB single-line JSONL (skipped)" "$(wc -c < "$big_line")" 1 "$pluk" -q -j 1 "$big_line"
run "100 MB article .txt (skipped)" "$(wc -c < "$big_txt")" 1 "$pluk" -q -j 1 "$big_txt"
run "100 MB article, limit raised, host" "$(wc -c < "$big_txt")" 1 \
    "$pluk" run -e 'return {article = function(a) return #a.text end}' -q -j 1 \
    --max-article-bytes 2000000000 "$big_txt"
echo "  (the default rules on one 10 MB article: see docs/reliability.md, about 40x the article)"
rm -f "$tmp/pluk_bench_time" "$tmp/pluk_bench_err" "$tmp/pluk_bench_line" "$tmp/pluk_bench_best" "$tmp/pluk_bench_reading"
exit 0
