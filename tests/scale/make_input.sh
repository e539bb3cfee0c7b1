#!/bin/sh
# tests/scale/make_input.sh OUT.jsonl [N [SEED]]
#
# Writes a JSONL input for the scale tests: N articles (default 600, about
# 3 MB) as {"id":"s<SEED>-<n>","date":…,"text":…} lines, drawn in a seeded
# shuffled order from the article files of $SHARED/corpus (default
# ../shared, the project's shared corpus), or from examples/articles/*.txt
# when that is absent. Texts repeat under new, unique ids. Same arguments,
# same bytes. Uses build/pluk's Lua (pluk lua) for JSON and the .txt header
# rule, so it needs nothing else; PLUK=path overrides build/pluk.
set -eu
cd "$(dirname "$0")/../.."
out=${1:?usage: make_input.sh OUT.jsonl [N [SEED]]}
n=${2:-600}
seed=${3:-20260406}
PLUK=${PLUK:-build/pluk}
SHARED=${SHARED:-../shared}
case $out in /*) ;; *) out=$OLDPWD/$out ;; esac

list=$(mktemp)
trap 'rm -f "$list"' EXIT
if [ -d "$SHARED/corpus" ]; then
  find "$SHARED/corpus/en" "$SHARED/corpus/nl" -name '*.txt' 2>/dev/null | LC_ALL=C sort > "$list"
fi
if [ ! -s "$list" ]; then
  find examples/articles -name '*.txt' | LC_ALL=C sort > "$list"
fi
# file names here have no spaces or newlines (shared corpus, examples/)
# shellcheck disable=SC2046
"$PLUK" lua tests/scale/make_input.lua "$out" "$n" "$seed" $(cat "$list")
