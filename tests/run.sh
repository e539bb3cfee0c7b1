#!/bin/sh
# tests/run.sh: runs every suite and sums their closing lines
# ("<suite>: N passed, M failed") into one final "N passed, M failed".
# A suite that needs ../shared and does not find it prints
# "<suite>: skipped (...)" and counts nothing.
#
# Suites: each tests/*/…_test.lua (run with build/pluk lua), each shell
# suite tests/*/…_test.sh, and the C conformance program.

cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
PLUK=$BUILD/pluk
export PLUK BUILD
SHARED=${SHARED:-../shared}
export SHARED
export LUA_PATH="tests/?.lua;lua/?.lua;lua/?/init.lua;;"
# the user's own rule directories must not change test results
unset PLUK_RULES_PATH
export XDG_DATA_HOME=/nonexistent-pluk-test

log=$(mktemp)
trap 'rm -f "$log"' EXIT

run_suite() {
  out=$("$@" 2>&1)
  code=$?
  printf '%s\n' "$out"
  last=$(printf '%s\n' "$out" | grep -E '^[A-Za-z0-9_./-]+: ([0-9]+ passed, [0-9]+ failed|skipped)' | tail -n 1)
  if [ -z "$last" ]; then
    echo "$*: suite ended without a summary line (exit $code)"
    echo "0 1" >> "$log"
    return
  fi
  p=$(printf '%s' "$last" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
  f=$(printf '%s' "$last" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
  if [ -n "$p" ]; then
    # a suite that exits non-zero with no failure counted still failed
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "$*: exit status $code"; fi
    echo "$p $f" >> "$log"
  fi
}

if [ -x "$BUILD/unicode_conformance" ]; then
  run_suite "$BUILD/unicode_conformance" /usr/share/unicode
fi
for t in tests/*/*_test.lua; do
  # T.done() exits: a case written after it would never run
  if awk '/^T\.done\(\)/ { d = 1 } d && /T\.case\(/ { bad = 1 } END { exit !bad }' "$t"; then
    echo "$t: a T.case after T.done(), which never runs"
    echo "0 1" >> "$log"
  fi
  run_suite "$PLUK" lua "$t"
done
for t in tests/*/*_test.sh; do
  [ -f "$t" ] && run_suite sh "$t"
done

awk '{p += $1; f += $2} END {printf "%d passed, %d failed\n", p, f; exit (f > 0)}' "$log"
