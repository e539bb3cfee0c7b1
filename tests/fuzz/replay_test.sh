# The fuzz targets' checks over their seed corpus and every regression
# input (tests/fuzz/corpus/TARGET, tests/fuzz/regressions/TARGET), without
# libFuzzer: each target is linked with tests/fuzz/replay.c against the
# build's libpluk.a (the ASan/UBSan one under `make test SANITIZE=1`).
# A failed check aborts the replay program; the suite names the input.
#
# The extract target runs the default rules that exist, with language
# detection, as `make fuzz` does (PLUK_FUZZ_LANG=nl would fix the
# language). An input that runs longer than PLUK_REPLAY_TIMEOUT seconds
# (default 20) fails instead of hanging the suite.
SUITE=fuzz-replay
. tests/core/lib.sh
BUILD=${BUILD:-build}
CC=${CC:-cc}
out=$BUILD/fuzz-replay
mkdir -p "$out"
SAN=""
case $BUILD in
  *asan*) SAN="-fsanitize=address,undefined -fno-omit-frame-pointer" ;;
esac
LUA_CFLAGS=$(pkg-config --cflags lua5.4 2>/dev/null)
LIBS="$(pkg-config --libs lua5.4 libutf8proc 2>/dev/null) -lz -lm -lpthread -ldl"
LPEG_A=$($CC -print-file-name=liblua5.4-lpeg.a)

# build TARGET: $out/replay_TARGET, when missing or older than a source
build() {
  t=$1 bin=$out/replay_$1
  for dep in tests/fuzz/fuzz_$t.c tests/fuzz/fuzz.h tests/fuzz/replay.c \
             core/segment.c core/segment.h "$BUILD/libpluk.a"; do
    if [ ! -f "$bin" ] || [ "$dep" -nt "$bin" ]; then
      if [ "$t" = segment ]; then
        # shellcheck disable=SC2086
        $CC -O1 -g $SAN -Icore tests/fuzz/fuzz_segment.c tests/fuzz/replay.c \
          core/segment.c -o "$bin"
      else
        # shellcheck disable=SC2086
        $CC -O1 -g $SAN -Icore $LUA_CFLAGS -DPLUK_FUZZ_ROOT="\"$(pwd)\"" \
          "tests/fuzz/fuzz_$t.c" tests/fuzz/replay.c "$BUILD/libpluk.a" \
          "$LPEG_A" $LIBS -o "$bin"
      fi
      return
    fi
  done
}

for t in segment text jsonl extract; do
  if ! build "$t" 2>"$out/build_$t.err"; then
    _fail "$t: replay program builds" "$(head -n 5 "$out/build_$t.err")"
    continue
  fi
  ok "$t: replay program builds" test -x "$out/replay_$t"
  mkdir -p "tests/fuzz/regressions/$t"
  res=$("$out/replay_$t" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" 2>&1)
  code=$?
  if [ $code -eq 0 ]; then
    has "$t: seeds and regressions pass the checks" "replay: " "$res"
  else
    _fail "$t: seeds and regressions pass the checks (exit $code)" \
      "$(printf '%s\n' "$res" | grep -E "^replay: |CHECK FAILED|ERROR:|runtime error|TIMEOUT" | tail -n 3)" \
      "$(printf '%s\n' "$res" | grep -A1 'CHECK FAILED' | tail -n 1)"
  fi
done
finish
