# `pluk lua` behaves like the stock lua5.4 interpreter.
SUITE=interpreter
. tests/core/lib.sh
P=${PLUK:-build/pluk}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

out=$($P lua -e 'print(require"lpeg".version(), require"pluk".VERSION, require"re".compile("{%a+}"):match("abc1"))')
has "lpeg, pluk, re preloaded" "1.0.2	0.1.0	abc" "$out"

printf 'print(select("#", ...), ...)\nprint(arg[0], arg[1], arg[2], arg[-1])\nos.exit(7)\n' > "$tmp/s.lua"
out=$($P lua "$tmp/s.lua" a b)
has "script gets ... from args" "2	a	b" "$out"
has "arg table like lua5.4" "$tmp/s.lua	a	b	lua" "$out"
fails "os.exit status passes through" 7 $P lua "$tmp/s.lua"

printf 'local x = nil\nlocal function f() return x.y end\nf()\n' > "$tmp/bad.lua"
err=$($P lua "$tmp/bad.lua" 2>&1)
has "error names file:line" "$tmp/bad.lua:2: attempt to index a nil value" "$err"
has "error has a traceback" "stack traceback:" "$err"
fails "runtime error exits 1, as lua5.4" 1 $P lua "$tmp/bad.lua"
printf 'x = = 1\n' > "$tmp/syntax.lua"
err=$($P lua "$tmp/syntax.lua" 2>&1)
has "syntax error names file:line" "$tmp/syntax.lua:1:" "$err"

out=$(echo 'print(1 + 1)' | $P lua -)
same "'-' runs stdin" "$out" "2"
out=$(echo 'io.write(2 * 21)' | $P lua)
same "no tty: stdin is the script" "$out" "42"
out=$($P lua -l lpeg -e 'print(type(lpeg.P))')
same "-l sets a global" "$out" "function"
out=$($P lua -l L=lpeg -e 'print(type(L.P))')
same "-l g=mod" "$out" "function"
out=$($P lua -v)
has "-v prints the version" "Lua 5.4" "$out"
fails "unknown option exits 1" 1 $P lua -Z
err=$($P lua -e 2>&1)
has "-e without argument is a usage error" "'-e' needs argument" "$err"

# -i reads statements and expressions from stdin, printing results
out=$(printf 'x = 20\nx + 22\nfor i = 1, 2 do\nio.write(i)\nend\n' | $P lua -i 2>&1)
has "REPL evaluates expressions" "42" "$out"
has "REPL continues incomplete statements" "12" "$out"
finish
