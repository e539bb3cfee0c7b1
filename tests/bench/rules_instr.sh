#!/bin/sh
# tests/bench/rules_instr.sh LANG RULES [REPS [SHARED]] -- machine
# instructions per byte of article text for RULES over SHARED/corpus/LANG,
# counted by valgrind (callgrind): REPS passes minus a run of none, so
# start-up and rule loading drop out. Unlike MB/s on a shared virtual
# machine, the count hardly moves between runs (Lua's string hash seed
# moves it by well under 1%), so it shows what a change to a rule costs or
# saves. Lua's string hash seed comes from time(): tests/bench/fixed_time.c,
# built here into build/fixed_time.so and preloaded, fixes it, so that two
# runs of one tree give the same count. Between two trees the count also
# moves with the code's shape, not only its work: new functions and
# tables change the heap and when the collector runs (a build with a new
# function in place but never called counted 0.3% more in English), so a
# difference under about 0.3% is noise. Needs valgrind and cc; slow
# (about 50 times native).
#   sh tests/bench/rules_instr.sh nl figures 2
set -u
cd "$(dirname "$0")/../.." || exit 2
lang=$1 rules=$2 reps=${3:-2} shared=${4:-../shared}
shim=build/fixed_time.so
if [ ! -f "$shim" ] || [ tests/bench/fixed_time.c -nt "$shim" ]; then
  cc -shared -fPIC -O2 -o "$shim" tests/bench/fixed_time.c || { echo "rules_instr: cannot build $shim" >&2; exit 1; }
fi
count() {
  LD_PRELOAD=$shim valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    build/pluk lua tests/bench/rules_repeat.lua "$shared" "$lang" "$rules" "$1" 2>&1 |
    sed -n 's/.*Collected : *//p'
}
bytes=$(cat "$shared"/corpus/"$lang"/*.txt | wc -c)
base=$(count 0) run=$(count "$reps")
if [ -z "$base" ] || [ -z "$run" ]; then echo "rules_instr: valgrind run failed" >&2; exit 1; fi
# (read.txt drops a few header bytes per article: the ratio uses file sizes)
echo "$lang $rules: $(echo "$run $base $reps $bytes" | awk '{printf "%.1f", ($1 - $2) / ($3 * $4)}') instructions/byte ($reps passes of $bytes bytes)"
