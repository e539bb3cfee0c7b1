# tests/core/lib.sh: assertions for the shell suites.
#   ok "name" CMD...           CMD exits 0
#   fails "name" CODE CMD...   CMD exits with CODE
#   has "name" "TEXT" "$out"   TEXT occurs in $out
#   same "name" A B            strings A and B are equal
#   finish                     prints "<suite>: N passed, M failed"
passed=0; failed=0
_fail() { failed=$((failed + 1)); printf 'FAIL %s: %s\n' "$SUITE" "$1"; shift; [ $# -gt 0 ] && printf '    %s\n' "$@"; return 0; }
ok() { n=$1; shift; if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else _fail "$n" "command failed: $*"; fi; }
fails() { n=$1; want=$2; shift 2; "$@" >/dev/null 2>&1; got=$?; if [ "$got" = "$want" ]; then passed=$((passed + 1)); else _fail "$n" "exit $got, want $want: $*"; fi; }
has() { case "$3" in *"$2"*) passed=$((passed + 1)) ;; *) _fail "$1" "missing: $2" "in: $(printf '%s' "$3" | head -c 400)" ;; esac; }
lacks() { case "$3" in *"$2"*) _fail "$1" "unexpected: $2" ;; *) passed=$((passed + 1)) ;; esac; }
same() { if [ "$2" = "$3" ]; then passed=$((passed + 1)); else _fail "$1" "want: $3" "got:  $2"; fi; }
finish() { printf '%s: %d passed, %d failed\n' "$SUITE" "$passed" "$failed"; [ "$failed" -eq 0 ]; }
