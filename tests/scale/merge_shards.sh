#!/bin/sh
# tests/scale/merge_shards.sh INPUT.jsonl SHARD_OUTPUT... > merged.jsonl
#
# Puts the JSONL outputs of `pluk --shard I/N` runs (any number, any order)
# back into the order of INPUT, giving the bytes one unsharded run writes.
# Streaming, constant memory: each shard output is already in input order,
# so for each input id in turn it takes the records with that `doc` from
# the head of whichever shard output has them.
#
# Assumes what a sharded run needs anyway: every input line has a unique
# string "id", written as pluk writes it back in "doc" (plain ids such as
# "s1-0001" or "2024/05/nrc-123"; no \u escapes), and records are pluk's
# jsonl output (each line starts with {"doc":"…"). Exits 1, naming the
# line, when a shard output holds a record whose doc is not next in input
# order (an unknown or duplicate id, or outputs from different inputs).
LC_ALL=C
export LC_ALL
[ $# -ge 2 ] || { echo "usage: merge_shards.sh INPUT.jsonl SHARD_OUTPUT..." >&2; exit 2; }
exec awk '
function docof(line) {
  # {"doc":"<json string>", ...}
  if (match(line, /^\{"doc":"([^"\\]|\\.)*"/)) return substr(line, 9, RLENGTH - 9)
  return "\001bad"
}
function advance(k) {
  if ((getline line < shard[k]) > 0) { head[k] = line; hdoc[k] = docof(line) }
  else { head[k] = ""; hdoc[k] = "\001eof" }
}
BEGIN {
  input = ARGV[1]
  for (k = 2; k < ARGC; k++) { shard[k - 1] = ARGV[k]; advance(k - 1) }
  n = ARGC - 2
  while ((getline rec < input) > 0) {
    if (!match(rec, /"id":"([^"\\]|\\.)*"/)) continue
    id = substr(rec, RSTART + 6, RLENGTH - 7)
    for (k = 1; k <= n; k++)
      while (hdoc[k] == id) { print head[k]; advance(k) }
  }
  bad = 0
  for (k = 1; k <= n; k++)
    if (hdoc[k] != "\001eof") {
      printf "merge_shards: %s: record not in input order or unknown doc: %s\n", shard[k], substr(head[k], 1, 200) > "/dev/stderr"
      bad = 1
    }
  exit bad
}' "$@"
