# --sandbox: rules from others get a restricted environment and limits;
# each bad rule's error names its file and line, and the run goes on.
SUITE=sandbox
. tests/core/lib.sh
P=${PLUK:-build/pluk}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# three articles; the bad rules misbehave only on the one saying "BAD"
printf '{"id":"a1","text":"eerste stuk"}\n{"id":"a2","text":"BAD stuk"}\n{"id":"a3","text":"derde stuk"}\n' > "$tmp/in.jsonl"

rule() {  # rule NAME BODY: a rule that runs BODY on the BAD article
  cat > "$tmp/$1.lua" <<LUA
return { name = "$1", langs = "*", extract = function(a, emit)
  if a.text:find("BAD", 1, true) then
    $2
  end
  emit { type = "ok", start = 0, ["end"] = 1 }
end }
LUA
}
rule execute 'os.execute("touch '"$tmp"'/pwned")'
rule openfile 'io.open("'"$tmp"'/pwned", "w")'
rule ffi 'require "ffi"'
rule dump 'local f = function() end; load(string.dump(f))'
rule dump2 'local d = ("").dump; d(function() end)'
rule grow 'local t = {}; for i = 1, 1e9 do t[i] = ("x"):rep(1000000) .. i end'
rule spin 'while true do end'
rule debuglib 'debug.sethook()'
cat > "$tmp/backtrack.lua" <<'LUA'
local lpeg = require "lpeg"
-- ordered choice re-parsing the same input: 2^n steps, all inside C
local S = lpeg.P{ "S", S = lpeg.P"a" * lpeg.V"S" * "b" + lpeg.P"a" * lpeg.V"S" * "c" + lpeg.P"" }
return { name = "backtrack", langs = "*", extract = function(a, emit)
  if a.text:find("BAD", 1, true) then S:match(("a"):rep(60)) end
  emit { type = "ok", start = 0, ["end"] = 1 }
end }
LUA

check() {  # check NAME EXPECTED-MESSAGE [CPU-SECONDS, default 2]
  out=$($P --sandbox --sandbox-seconds "${3:-2}" --sandbox-memory 64 -j 1 -r "$tmp/$1.lua" "$tmp/in.jsonl" 2>"$tmp/err"); code=$?
  same "$1: the other articles finish" "$(printf '%s\n' "$out" | grep -c '"type":"ok"')" "2"
  has "$1: error names the article and the rule file" "(a2): $tmp/$1.lua" "$(cat "$tmp/err")"
  has "$1: error says why" "$2" "$(cat "$tmp/err")"
  same "$1: exit 1 (an article failed)" "$code" "1"
}
check execute "$tmp/execute.lua:3: attempt to index a nil value (global 'os')"
check openfile "$tmp/openfile.lua:3: attempt to index a nil value (global 'io')"
check ffi "$tmp/ffi.lua:3: sandbox: require 'ffi' is not allowed"
check dump "$tmp/dump.lua:3: attempt to call a nil value (field 'dump')"
check dump2 "$tmp/dump2.lua:3: attempt to call a nil value (local 'd')"
# (the line is named when the instruction hook saw one inside the rule;
# this loop reaches the limit in fewer instructions than the hook waits)
check grow "not enough memory (memory limit)"
ok "grow: no pluk file is blamed" sh -c "! grep -q 'lua/pluk/' '$tmp/err'"
# (a CPU limit well above the instruction limit's time: on a busy machine
# the two second one could come first)
check spin "$tmp/spin.lua:3: sandbox: instruction limit" 20
check debuglib "$tmp/debuglib.lua:3: attempt to index a nil value (global 'debug')"
check backtrack "(a2): $tmp/backtrack.lua: sandbox: CPU time limit (2 s) exceeded"
ok "nothing escaped the sandbox" test ! -e "$tmp/pwned"

# the same rules run unsandboxed are trusted code: os is there
out=$($P -j 1 -r "$tmp/execute.lua" "$tmp/in.jsonl" 2>&1)
ok "without --sandbox a rule is trusted code" test -e "$tmp/pwned"

# --sandbox with workers, and the default-style rule with lexicons works
# (not under AddressSanitizer: its allocator is not safe to fork() from a
# process with several threads, and the child can hang on its lock;
# glibc's malloc is, which the plain build checks here)
case "${BUILD:-build}" in
  *asan*) echo "sandbox: -j 2 check left to the plain build (ASan and fork)" ;;
  *)
    out=$(timeout 120 $P --sandbox -j 2 -r tests/core/fixtures/capitals.lua examples/articles 2>&1); code=$?
    has "sandboxed pattern rule runs at -j 2" '"type":"acronym"' "$out"
    same "sandboxed run exits 0" "$code" "0"
    ;;
esac
# the script checks run at -j 1: at the default -j (the number of cores)
# the sandbox forks from a threaded process, which hangs now and then
# under ASan (see above); -j 2 with the sandbox is checked above
out=$($P run --sandbox -j 1 -e 'local pluk = require "pluk"; return {article = function(a) pluk.emit{type="n", start=0, ["end"]=0, n=#a.text} end}' "$tmp/in.jsonl" 2>&1)
has "sandboxed script can emit" '"type":"n"' "$out"
out=$($P run --sandbox -j 1 -e 'return {article = function(a) io.write("x") end}' "$tmp/in.jsonl" 2>&1)
has "sandboxed script has no io" "attempt to index a nil value (global 'io')" "$out"
finish
