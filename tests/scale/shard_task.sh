#!/bin/sh
#SBATCH --job-name=pluk
#SBATCH --cpus-per-task=1
#SBATCH --output=pluk-%A_%a.log
# tests/scale/shard_task.sh INPUT OUTDIR
#
# One task of an array job: runs pluk over the share of INPUT (a .jsonl
# file, .jsonl.gz, a directory, ...) that belongs to this task, and writes
# OUTDIR/part-IIIII.jsonl. The task index and count come from the
# scheduler's environment:
#
#   Slurm array (sbatch --array=0-9 or 1-10 shard_task.sh in.jsonl out):
#     I = SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN, N = SLURM_ARRAY_TASK_COUNT
#     (give --array as one plain range, no step or %limit, or set PLUK_SHARDS)
#   Kubernetes indexed Job (completionMode: Indexed):
#     I = JOB_COMPLETION_INDEX, N = PLUK_SHARDS (set it to .spec.completions)
#
# PLUK_SHARDS, when set, always gives N. PLUK (default: pluk on PATH) is
# the command; PLUK_ARGS (e.g. "-r quotes --lang nl") is added to it; the
# worker count is SLURM_CPUS_PER_TASK (default 1): -j never changes the
# bytes. Union of all N parts = the output of one plain run; put them back
# in input order with merge_shards.sh, or just concatenate them if order
# does not matter. PLUK_TASK_DRY_RUN=1 prints the command instead.
set -eu
input=${1:?usage: shard_task.sh INPUT OUTDIR}
outdir=${2:?usage: shard_task.sh INPUT OUTDIR}
if [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then
  i=$((SLURM_ARRAY_TASK_ID - ${SLURM_ARRAY_TASK_MIN:-0}))
  n=${PLUK_SHARDS:-${SLURM_ARRAY_TASK_COUNT:-}}
elif [ -n "${JOB_COMPLETION_INDEX:-}" ]; then
  i=$JOB_COMPLETION_INDEX
  n=${PLUK_SHARDS:-}
else
  echo "shard_task.sh: neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set" >&2
  exit 2
fi
if [ -z "$n" ]; then
  echo "shard_task.sh: the number of tasks is unknown: set PLUK_SHARDS" >&2
  exit 2
fi
if [ "$i" -lt 0 ] || [ "$i" -ge "$n" ]; then
  echo "shard_task.sh: task index $i is outside 0..$((n - 1))" >&2
  exit 2
fi
out=$outdir/part-$(printf '%05d' "$i").jsonl
# shellcheck disable=SC2086  # PLUK_ARGS is a list of words
set -- "${PLUK:-pluk}" ${PLUK_ARGS:-} -j "${SLURM_CPUS_PER_TASK:-1}" -q --shard "$i/$n" -o "$out" "$input"
if [ "${PLUK_TASK_DRY_RUN:-0}" = 1 ]; then
  echo "$@"
  exit 0
fi
mkdir -p "$outdir"
exec "$@"
