#!/bin/sh
# tests/fuzz/run.sh: builds the libFuzzer targets (clang, ASan + UBSan +
# libFuzzer) in build/fuzz and runs each for FUZZ_SECONDS (default 60).
# `make fuzz` calls it; see tests/fuzz/README.md.
#
#   sh tests/fuzz/run.sh [TARGET...]     default: every target
#   FUZZ_SECONDS=600 FUZZ_JOBS=2 sh tests/fuzz/run.sh extract
#   sh tests/fuzz/run.sh --build-only    just build
#
# Each target starts from its seed corpus tests/fuzz/corpus/TARGET plus
# the regression inputs tests/fuzz/regressions/TARGET, and keeps what it
# learns in build/fuzz/corpus/TARGET (not committed). A crash, a failed
# check, a leak or a unit slower than FUZZ_TIMEOUT seconds is written to
# build/fuzz/crashes/ and makes the script exit 1; copy the file into
# tests/fuzz/regressions/TARGET/ once it is fixed, and `make test` replays
# it from then on. At the end, with FUZZ_BAD_INPUT=1 (the default), the
# bad-input suite runs with PLUK_BAD_INPUT_BIG=1 (its long form: the
# 20,000-line open quote and the linear-time check).
cd "$(dirname "$0")/../.." || exit 2

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-60}
FUZZ_JOBS=${FUZZ_JOBS:-1}
FUZZ_CC=${FUZZ_CC:-clang}
FUZZ_BAD_INPUT=${FUZZ_BAD_INPUT:-1}
B=build/fuzz
ALL_TARGETS="segment text jsonl extract"

# clang and its libFuzzer/sanitizer runtimes (Debian 12: clang-14 and
# libclang-rt-14-dev), installed on demand as root, as `make bench` does
if ! command -v "$FUZZ_CC" >/dev/null 2>&1 ||
   [ ! -f "$($FUZZ_CC -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]; then
  if [ "$(id -u)" = 0 ] && [ "$FUZZ_CC" = clang ]; then
    pkgs="clang libclang-rt-$(clang --version 2>/dev/null | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)-dev"
    case $pkgs in *rt--dev) pkgs="clang libclang-rt-14-dev" ;; esac
    # shellcheck disable=SC2086
    apt-get install -y -qq $pkgs >/dev/null ||
      { apt-get update -qq && apt-get install -y -qq $pkgs >/dev/null; } || exit 2
  else
    echo "fuzz: $FUZZ_CC with libFuzzer missing; run: sudo apt-get install -y clang libclang-rt-14-dev" >&2
    exit 2
  fi
fi

build_only=0
targets=""
for a in "$@"; do
  case $a in
    --build-only) build_only=1 ;;
    *) targets="$targets $a" ;;
  esac
done
[ -n "$targets" ] || targets=$ALL_TARGETS

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
DEP_CFLAGS=$(pkg-config --cflags lua5.4 libutf8proc)
DEP_LIBS="$(pkg-config --libs lua5.4 libutf8proc) -lz -lm -lpthread -ldl"
LPEG_A=$($FUZZ_CC -print-file-name=liblua5.4-lpeg.a)
# PLUK_NO_POOL: every Lua block through malloc, as in make test SANITIZE=1
CFLAGS="-O1 -g $SAN $DEP_CFLAGS -Icore -DPLUK_NO_POOL"
mkdir -p "$B/obj" "$B/corpus" "$B/crashes" || exit 2

# the library objects, instrumented for coverage (everything in core/ but
# the command's main.c); rebuilt when a source or header is newer
objs=""
for src in core/*.c; do
  case $src in core/main.c) continue ;; esac
  obj=$B/obj/$(basename "$src" .c).o
  objs="$objs $obj"
  stale=0
  [ -f "$obj" ] || stale=1
  for dep in "$src" core/*.h tests/fuzz/run.sh; do
    [ "$dep" -nt "$obj" ] && stale=1
  done
  if [ $stale = 1 ]; then
    echo "fuzz: cc $src"
    $FUZZ_CC $CFLAGS -fsanitize=fuzzer-no-link -fPIC -c "$src" -o "$obj" || exit 2
  fi
done

build() {
  t=$1
  out=$B/fuzz_$t
  for dep in tests/fuzz/fuzz_$t.c tests/fuzz/fuzz.h $objs; do
    if [ ! -f "$out" ] || [ "$dep" -nt "$out" ]; then
      echo "fuzz: link $out"
      if [ "$t" = segment ]; then
        $FUZZ_CC $CFLAGS -fsanitize=fuzzer tests/fuzz/fuzz_segment.c \
          "$B/obj/segment.o" -o "$out" || exit 2
      else
        # shellcheck disable=SC2086
        $FUZZ_CC $CFLAGS -fsanitize=fuzzer -DPLUK_FUZZ_LUA_COVERAGE \
          -DPLUK_FUZZ_ROOT="\"$(pwd)\"" "tests/fuzz/fuzz_$t.c" $objs \
          "$LPEG_A" $DEP_LIBS -o "$out" || exit 2
      fi
      return
    fi
  done
}

for t in $targets; do build "$t"; done
[ $build_only = 1 ] && exit 0

status=0
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=1"
for t in $targets; do
  mkdir -p "$B/corpus/$t" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t"
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  # per-input leak checks only where no Lua state lives: Lua's garbage
  # collector frees across inputs, so libFuzzer would scan the heap after
  # every input (70 times slower) and report nothing; the states' memory
  # is checked by valgrind and `make test SANITIZE=1` instead
  leaks="-detect_leaks=0"
  # the default rules compile every language's grammars for an input in
  # no known language: gigabytes under ASan
  rss=4096
  [ "$t" = extract ] && rss=8192
  [ "$t" = segment ] && leaks="-detect_leaks=1"
  # parallel runs (-jobs) log to ./fuzz-N.log, removed below
  jobs=""
  [ "$FUZZ_JOBS" -gt 1 ] && jobs="-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS"
  before=$(ls "$B/crashes" | wc -l)
  echo "fuzz: $t for ${FUZZ_SECONDS}s"
  # shellcheck disable=SC2086
  "$B/fuzz_$t" -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" \
    -rss_limit_mb="$rss" -max_len=65536 -print_final_stats=1 $leaks \
    $jobs \
    -artifact_prefix="$B/crashes/$t-" $dict \
    "$B/corpus/$t" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" \
    > "$B/$t.log" 2>&1
  rc=$?
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|slowest_unit_time_sec|peak_rss_mb)' "$B/$t.log" | sed "s/^/fuzz: $t: /"
  [ "$FUZZ_JOBS" -gt 1 ] && tail -q -n 1 fuzz-*.log 2>/dev/null | sed "s/^/fuzz: $t: /"
  after=$(ls "$B/crashes" | wc -l)
  if [ "$rc" -ne 0 ] || [ "$after" -ne "$before" ]; then
    echo "fuzz: $t FOUND A PROBLEM (exit $rc); see $B/$t.log and $B/crashes/"
    grep -E 'CHECK FAILED|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY' "$B/$t.log" | head -n 5
    status=1
  fi
  rm -f fuzz-*.log
done

if [ "$FUZZ_BAD_INPUT" = 1 ] && [ -x build/pluk ]; then
  echo "fuzz: bad-input suite, long form (PLUK_BAD_INPUT_BIG=1)"
  out=$(PLUK_BAD_INPUT_BIG=1 sh tests/bad-input/bad_input_test.sh 2>&1)
  rc=$?
  printf '%s\n' "$out" | grep -E '^(FAIL|bad-input:)' | sed 's/^/fuzz: /'
  [ "$rc" -eq 0 ] || status=1
fi
exit $status
