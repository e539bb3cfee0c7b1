#!/bin/sh
# tests/scale/scale_test.sh: pluk as a record filter under engines that
# pipe records through an executable. Every run below must give output
# BYTE-IDENTICAL (cmp) to one plain `pluk -j 1 < input.jsonl`:
#   (a) GNU parallel --pipepart -a input.jsonl -k --block 1M
#   (b) GNU parallel --pipe -k over ssh (--sshlogin) to an sshd that this
#       test starts on 127.0.0.1, a free high port, with a generated key
#   (c) Dask distributed: LocalCluster with 2 worker processes, client.map
#       of "pipe this block of lines through pluk", gathered in order
#   (d) pluk --shard I/3 for I = 0,1,2, merged back by input order
#   (e) Slurm array tasks (SLURM_ARRAY_TASK_ID 1..2 of --array=1-2) running
#       shard_task.sh, merged back; the Kubernetes JOB_COMPLETION_INDEX
#       mapping of the same script is checked too
#
#   PLUK_SCALE=1 sh tests/scale/scale_test.sh     (or: make test-scale)
#
# Without PLUK_SCALE=1 it prints "scale: skipped (...)": tests/run.sh, and
# so `make test`, picks up every tests/*/*_test.sh, and this one is opt-in.
# As root it installs what it needs from Debian (parallel, openssh-server,
# python3-distributed; no recommends). Without root and without them it
# prints "scale: skipped (...)" and exits 0.
# Environment: BUILD (default build), SCALE_N articles in the input
# (default 400, about 2 MB), SCALE_RULES (e.g. quotes,attributions: -r for
# every run; default: the default rules), SCALE_KEEP=1 keeps the work
# directory, SCALE_LIMIT seconds per engine (default 600).
# Network: loopback only. The sshd and the Dask cluster listen on
# 127.0.0.1 and are stopped by this script (trap); waits are bounded.
#
# The runs use a snapshot of $BUILD/pluk, lua/ and rules/ copied at the
# start (pluk finds lua/ and rules/ beside its build directory), so edits
# to rules while the test runs cannot make two runs differ.

# $R (the -r option, or nothing) is a word list: used unquoted on purpose
# shellcheck disable=SC2086
SUITE=scale
cd "$(dirname "$0")/../.." || exit 2
. tests/core/lib.sh

BUILD=${BUILD:-build}
SCALE_N=${SCALE_N:-400}
LC_ALL=C
export LC_ALL

# Opt-in: tests/run.sh (make test) runs every tests/*/*_test.sh, and this
# suite costs minutes while one pluk process is slow to start.
if [ "${PLUK_SCALE:-0}" != 1 ]; then
  echo "scale: skipped (opt-in: make test-scale, or PLUK_SCALE=1)"; exit 0
fi
case $BUILD in
  *asan*) echo "scale: skipped (sanitizer build; the scale test runs with the normal build: make test-scale)"; exit 0 ;;
esac
if [ ! -x "$BUILD/pluk" ]; then
  echo "scale: skipped ($BUILD/pluk not built: make all)"; exit 0
fi

# ---------------------------------------------------------------------
# What the engines need, from Debian.
# ---------------------------------------------------------------------
PY=/usr/bin/python3
have_all() {
  command -v parallel >/dev/null 2>&1 && [ -x /usr/sbin/sshd ] &&
    command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 &&
    [ -x "$PY" ] && "$PY" -c 'import distributed' >/dev/null 2>&1
}
if ! have_all; then
  pkgs="parallel openssh-server openssh-client python3-distributed"
  if [ "$(id -u)" != 0 ]; then
    echo "scale: skipped (needs Debian packages; run: sudo apt-get install -y --no-install-recommends $pkgs)"
    exit 0
  fi
  # Installing openssh-server must not start a system sshd on port 22:
  # Debian's ssh service does not start while this file exists.
  if ! [ -x /usr/sbin/sshd ] && ! [ -e /etc/ssh/sshd_not_to_be_run ]; then
    mkdir -p /etc/ssh &&
      echo "created by pluk tests/scale/scale_test.sh: no system sshd" > /etc/ssh/sshd_not_to_be_run
  fi
  echo "scale: installing $pkgs"
  export DEBIAN_FRONTEND=noninteractive
  apt="apt-get -o DPkg::Lock::Timeout=120"
  # shellcheck disable=SC2086  # $apt and $pkgs are word lists
  $apt install -y -qq --no-install-recommends $pkgs >/dev/null 2>&1 ||
    { $apt update -qq >/dev/null 2>&1 &&
      $apt install -y -qq --no-install-recommends $pkgs >/dev/null 2>&1; }
  if ! have_all; then
    echo "scale: skipped (could not install: $pkgs)"; exit 0
  fi
fi

# ---------------------------------------------------------------------
# Work directory, snapshot, cleanup.
# ---------------------------------------------------------------------
T=$(mktemp -d /tmp/pluk-scale.XXXXXX) || exit 2
SSHD_PID=
cleanup() {
  if [ -n "$SSHD_PID" ]; then
    kill "$SSHD_PID" 2>/dev/null; wait "$SSHD_PID" 2>/dev/null; SSHD_PID=
  fi
  if [ "${SCALE_KEEP:-0}" = 1 ]; then echo "scale: kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$T/tree/build" "$T/xdg" "$T/parallel" "$T/dask" "$T/dask-config"
cp "$BUILD/pluk" "$T/tree/build/pluk" && cp -R lua rules "$T/tree/" || exit 2
P=$T/tree/build/pluk
# SCALE_RULES=a,b runs every pluk with -r a,b instead of the default rules
R=${SCALE_RULES:+-r $SCALE_RULES}
# Only the built-in rules: no user rule directories, here or over ssh.
unset PLUK_RULES_PATH LUA_INIT LUA_INIT_5_4
XDG_DATA_HOME=$T/xdg/none
PARALLEL_HOME=$T/parallel
DASK_CONFIG=$T/dask-config
DASK_TEMPORARY_DIRECTORY=$T/dask
export XDG_DATA_HOME PARALLEL_HOME DASK_CONFIG DASK_TEMPORARY_DIRECTORY

# Each engine gets at most this long (timeout also stops its children).
LIMIT=${SCALE_LIMIT:-600}
t_all=$(date +%s)
t0=$t_all
took() { t1=$(date +%s); echo "scale: $1 took $((t1 - t0)) s"; t0=$t1; }
show() { [ -s "$1" ] && sed -n '1,15p' "$1" | sed 's/^/    | /'; return 0; }
# cmp_out NAME FILE: FILE is byte-identical to the reference
cmp_out() {
  if cmp -s "$2" "$T/ref.jsonl"; then passed=$((passed + 1)); else
    _fail "$1" "output differs from the single run: $(cmp "$2" "$T/ref.jsonl" 2>&1 | head -1)" \
      "lines: $(wc -l < "$2") vs $(wc -l < "$T/ref.jsonl")"
    diff "$T/ref.jsonl" "$2" 2>/dev/null | sed -n '1,6p' | cut -c1-300 | sed 's/^/    /'
  fi
}

# ---------------------------------------------------------------------
# Input and reference.
# ---------------------------------------------------------------------
if ! PLUK=$P sh tests/scale/make_input.sh "$T/in.jsonl" "$SCALE_N" > "$T/make_input.err" 2>&1; then
  _fail "make_input.sh" "failed"; show "$T/make_input.err"; finish; exit
fi
n_in=$(wc -l < "$T/in.jsonl")
# an input over 1 MB must come out of --block 1M as two blocks or more
min_blocks=1
[ "$(wc -c < "$T/in.jsonl")" -gt 1100000 ] && min_blocks=2
echo "scale: input $n_in articles, $(wc -c < "$T/in.jsonl") bytes; rules: ${SCALE_RULES:-default}"

"$P" $R -j 1 < "$T/in.jsonl" > "$T/ref.jsonl" 2> "$T/ref.err"
code=$?
same "reference run exit status (pluk -j 1 < input.jsonl)" "$code" 0
[ "$code" = 0 ] || show "$T/ref.err"
n_ref=$(wc -l < "$T/ref.jsonl")
if [ "$n_ref" -gt 0 ]; then passed=$((passed + 1)); else _fail "reference run has records" "no output lines"; fi
took "reference ($n_ref records)"
if [ "$code" != 0 ] || [ "$n_ref" = 0 ]; then finish; exit; fi

# ---------------------------------------------------------------------
# (a) GNU parallel --pipepart, local.
# ---------------------------------------------------------------------
timeout "$LIMIT" parallel --plain --will-cite --pipepart -a "$T/in.jsonl" -k --block 1M -j 2 \
  --joblog "$T/a.joblog" "$P" $R -j 1 > "$T/a.jsonl" 2> "$T/a.err"
code=$?
same "(a) parallel --pipepart exit status" "$code" 0
[ "$code" = 0 ] || show "$T/a.err"
cmp_out "(a) parallel --pipepart -k --block 1M" "$T/a.jsonl"
jobs_a=$(($(wc -l < "$T/a.joblog") - 1))
if [ "$jobs_a" -ge "$min_blocks" ]; then passed=$((passed + 1)); else
  _fail "(a) input cut into blocks" "jobs: $jobs_a, want at least $min_blocks"; fi
took "(a) parallel --pipepart ($jobs_a blocks)"

# ---------------------------------------------------------------------
# (b) GNU parallel over ssh to a private sshd on 127.0.0.1.
# ---------------------------------------------------------------------
ME=$(id -un)
tries=0
if ssh-keygen -q -t ed25519 -N '' -C pluk-scale-host -f "$T/host_key" &&
  ssh-keygen -q -t ed25519 -N '' -C pluk-scale-client -f "$T/id_key" &&
  cp "$T/id_key.pub" "$T/authorized_keys" && chmod 600 "$T/authorized_keys"
then :; else
  _fail "(b) ssh keys" "ssh-keygen failed"; tries=99
fi
write_configs() {
  cat > "$T/sshd_config" <<EOF
Port $1
ListenAddress 127.0.0.1
HostKey $T/host_key
PidFile none
AuthorizedKeysFile $T/authorized_keys
AuthenticationMethods publickey
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
AllowUsers $ME
AllowTcpForwarding no
X11Forwarding no
PermitTunnel no
MaxStartups 20:30:60
LogLevel INFO
EOF
  cat > "$T/ssh_config" <<EOF
Host plukscale
  HostName 127.0.0.1
  Port $1
  User $ME
  IdentityFile $T/id_key
  IdentitiesOnly yes
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
  GlobalKnownHostsFile /dev/null
  BatchMode yes
  ConnectTimeout 5
  LogLevel ERROR
EOF
}
port_free() {
  command -v ss >/dev/null 2>&1 || return 0
  [ -z "$(ss -Htln "sport = :$1" 2>/dev/null)" ]
}
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd && chmod 755 /run/sshd
SSH="ssh -F $T/ssh_config"
while [ -z "$SSHD_PID" ] && [ $tries -lt 8 ]; do
  tries=$((tries + 1))
  port=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
  port_free "$port" || continue
  write_configs "$port"
  /usr/sbin/sshd -D -f "$T/sshd_config" -E "$T/sshd.log" &
  SSHD_PID=$!
  up=0; k=0; w0=$(date +%s)
  while [ $k -lt 50 ] && [ $(($(date +%s) - w0)) -lt 20 ]; do   # ~10 s, 20 s at most
    k=$((k + 1))
    kill -0 "$SSHD_PID" 2>/dev/null || break
    if $SSH plukscale true 2>> "$T/ssh.err"; then up=1; break; fi
    sleep 0.2
  done
  if [ $up = 0 ]; then
    # sshd gone: the port was taken after all, try another; sshd up but
    # no login: not a port problem, stop trying
    kill -0 "$SSHD_PID" 2>/dev/null && tries=99
    kill "$SSHD_PID" 2>/dev/null; wait "$SSHD_PID" 2>/dev/null; SSHD_PID=
  fi
done
if [ -z "$SSHD_PID" ]; then
  if [ "$(id -u)" = 0 ]; then
    _fail "(b) sshd on 127.0.0.1" "could not start or reach it"; show "$T/sshd.log"; show "$T/ssh.err"
  else
    echo "scale: (b) not run: no sshd login to 127.0.0.1 as $ME without root"; show "$T/sshd.log"
  fi
else
  echo "scale: sshd on 127.0.0.1:$port (pid $SSHD_PID)"
  timeout "$LIMIT" parallel --plain --will-cite --pipe -k --block 1M -j 2 \
    --sshlogin "2/$SSH plukscale" --joblog "$T/b.joblog" \
    env -u PLUK_RULES_PATH XDG_DATA_HOME="$XDG_DATA_HOME" "$P" $R -j 1 \
    < "$T/in.jsonl" > "$T/b.jsonl" 2> "$T/b.err"
  code=$?
  same "(b) parallel --sshlogin exit status" "$code" 0
  [ "$code" = 0 ] || { show "$T/b.err"; show "$T/sshd.log"; }
  cmp_out "(b) parallel --pipe -k --sshlogin (sshd on 127.0.0.1)" "$T/b.jsonl"
  jobs_b=$(($(wc -l < "$T/b.joblog") - 1))
  hosts_b=$(awk -F'\t' 'NR > 1 {print $2}' "$T/b.joblog" | sort -u | tr '\n' ' ')
  same "(b) every job ran on the ssh login" "$hosts_b" "$SSH plukscale "
  logins=$(grep -c "Accepted publickey for $ME from 127.0.0.1" "$T/sshd.log")
  if [ "$logins" -ge "$jobs_b" ] && [ "$jobs_b" -ge "$min_blocks" ]; then passed=$((passed + 1)); else
    _fail "(b) jobs went through sshd" "jobs: $jobs_b, logins: $logins"; fi
  kill "$SSHD_PID" 2>/dev/null; wait "$SSHD_PID" 2>/dev/null; SSHD_PID=
  took "(b) parallel over ssh ($jobs_b blocks, $logins ssh logins)"
fi

# ---------------------------------------------------------------------
# (c) Dask distributed LocalCluster, 2 worker processes.
# ---------------------------------------------------------------------
timeout "$LIMIT" "$PY" tests/scale/dask_pipe.py "$P" "$T/in.jsonl" "$T/c.jsonl" 3 2 -- $R \
  > "$T/c.out" 2> "$T/c.err"
code=$?
same "(c) dask exit status" "$code" 0
[ "$code" = 0 ] || show "$T/c.err"
cmp_out "(c) dask LocalCluster client.map, gathered in order" "$T/c.jsonl"
has "(c) both dask worker processes did work" "2 worker processes used" "$(cat "$T/c.out")"
took "(c) dask ($(cat "$T/c.out"))"

# ---------------------------------------------------------------------
# (d) --shard I/3, each run alone, merged by input order.
# ---------------------------------------------------------------------
ok_d=1
for i in 0 1 2; do
  "$P" $R -j 1 --shard "$i/3" "$T/in.jsonl" > "$T/d.$i.jsonl" 2> "$T/d.$i.err"
  code=$?
  [ $code = 0 ] || { ok_d=0; _fail "(d) --shard $i/3 exit status" "exit $code"; show "$T/d.$i.err"; }
done
[ $ok_d = 1 ] && passed=$((passed + 1))
sh tests/scale/merge_shards.sh "$T/in.jsonl" "$T/d.2.jsonl" "$T/d.0.jsonl" "$T/d.1.jsonl" \
  > "$T/d.jsonl" 2> "$T/d.err" || { _fail "(d) merge_shards.sh" "failed"; show "$T/d.err"; }
cmp_out "(d) --shard 0/3,1/3,2/3 merged by input order" "$T/d.jsonl"
cat "$T"/d.[012].jsonl | sort > "$T/d.sorted"
sort "$T/ref.jsonl" > "$T/ref.sorted"
if cmp -s "$T/d.sorted" "$T/ref.sorted"; then passed=$((passed + 1)); else
  _fail "(d) shard lines = reference lines (sorted)" "$(cmp "$T/d.sorted" "$T/ref.sorted" 2>&1)"; fi
# every article in exactly one shard, every shard non-empty
docs() { sed -n 's/^{"doc":"\(\([^"\\]\|\\.\)*\)".*/\1/p' "$1" | uniq; }
for i in 0 1 2; do docs "$T/d.$i.jsonl" > "$T/d.$i.docs"; done
dup=$(cat "$T"/d.[012].docs | sort | uniq -d | head -3 | tr '\n' ' ')
same "(d) no article in two shards" "$dup" ""
empty=""
for i in 0 1 2; do [ -s "$T/d.$i.docs" ] || empty="$empty $i"; done
same "(d) no empty shard" "$empty" ""
took "(d) --shard I/3 ($(wc -l < "$T/d.0.docs")+$(wc -l < "$T/d.1.docs")+$(wc -l < "$T/d.2.docs") articles with records)"

# ---------------------------------------------------------------------
# (e) Slurm array tasks, and the Kubernetes indexed-job mapping.
# ---------------------------------------------------------------------
ok_e=1
for id in 1 2; do     # sbatch --array=1-2 shard_task.sh in.jsonl out
  SLURM_ARRAY_JOB_ID=4242 SLURM_ARRAY_TASK_ID=$id SLURM_ARRAY_TASK_MIN=1 \
    SLURM_ARRAY_TASK_MAX=2 SLURM_ARRAY_TASK_COUNT=2 PLUK=$P PLUK_ARGS="$R" \
    sh tests/scale/shard_task.sh "$T/in.jsonl" "$T/e" 2> "$T/e.$id.err"
  code=$?
  [ $code = 0 ] || { ok_e=0; _fail "(e) Slurm task $id exit status" "exit $code"; show "$T/e.$id.err"; }
done
[ $ok_e = 1 ] && passed=$((passed + 1))
# shellcheck disable=SC2012  # names made here: part-NNNNN.jsonl
same "(e) Slurm tasks wrote one part each" "$(cd "$T/e" 2>/dev/null && ls | tr '\n' ' ')" \
  "part-00000.jsonl part-00001.jsonl "
sh tests/scale/merge_shards.sh "$T/in.jsonl" "$T"/e/part-*.jsonl > "$T/e.jsonl" 2> "$T/e.err" ||
  { _fail "(e) merge_shards.sh" "failed"; show "$T/e.err"; }
cmp_out "(e) Slurm array 1-2 (--shard from SLURM_ARRAY_TASK_ID) merged" "$T/e.jsonl"
k8s=$(JOB_COMPLETION_INDEX=2 PLUK_SHARDS=5 PLUK=pluk PLUK_TASK_DRY_RUN=1 \
  sh tests/scale/shard_task.sh in.jsonl out 2>&1)
same "(e) Kubernetes JOB_COMPLETION_INDEX=2 of 5" "$k8s" "pluk -j 1 -q --shard 2/5 -o out/part-00002.jsonl in.jsonl"
fails "(e) task index outside the array" 2 env SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=3 \
  PLUK_TASK_DRY_RUN=1 sh tests/scale/shard_task.sh in.jsonl out
took "(e) Slurm array"

echo "scale: all engines took $(($(date +%s) - t_all)) s"
finish
