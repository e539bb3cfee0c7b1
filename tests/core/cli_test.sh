# The pluk command: help, version, usage errors, scripts, errors that name
# the file, and output shape.
SUITE=cli
. tests/core/lib.sh
P=${PLUK:-build/pluk}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

out=$($P --version)
has "version: pluk" "pluk 0.1.0" "$out"
has "version: Lua" "Lua 5.4" "$out"
has "version: LPeg" "LPeg 1.0.2" "$out"
has "version: utf8proc" "utf8proc 2.8" "$out"
has "version: Unicode" "Unicode 15.0.0" "$out"
help=$($P --help)
for flag in -r --rules-path -e --lang --format --fields --output --text-field --id-field --files-from --quiet --help --version; do
  has "help lists $flag" "$flag" "$help"
done
has "help has examples" "examples:" "$help"
fails "unknown option is a usage error (2)" 2 $P --bogus
fails "bad --lang is a usage error (2)" 2 $P --lang xx examples/articles
fails "run without script (2)" 2 $P run

# a one-off script over articles: begin, article, finish, pluk.emit
cat > "$tmp/count.lua" <<'LUA'
local pluk = require "pluk"
local n, bytes = 0, 0
return {
  begin = function() n = 0 end,
  article = function(a)
    n = n + 1; bytes = bytes + #a.text
    local s, e = a.text:find("Zuckerberg")
    if s then pluk.emit { type = "mention", start = s - 1, ["end"] = e, lang = a.lang, date = a.date } end
  end,
  finish = function() io.stderr:write(n, " articles\n") end,
}
LUA
out=$($P run "$tmp/count.lua" examples/articles 2>"$tmp/err")
has "script emits a record with doc/type/start/end/text" '{"doc":"examples/articles/zuckerberg-2018-04.txt","type":"mention","start":' "$out"
lacks "no internal fields leak into records" '"_' "$out"
has "article has date from the header" '"date":"2018-04"' "$out"
has "article language detected" '"lang":"nl"' "$out"
has "finish() ran after all articles" "4 articles" "$(cat "$tmp/err")"
out=$($P run -e 'return {article = function(a) print(a.id) end}' examples/articles)
has "-e takes the script inline" "examples/articles/en-wikinews-2019-01-07-trump-state-of-emergency.txt" "$out"
first=$(printf '%s\n' "$out" | head -n 1)
same "directories are walked in name order" "$first" "examples/articles/en-wikinews-2019-01-07-trump-state-of-emergency.txt"

printf 'return {\n  article = function(a)\n    local t = nil\n    return t.x\n  end }\n' > "$tmp/broken.lua"
err=$($P run "$tmp/broken.lua" examples/articles 2>&1)
has "script error names path:line" "$tmp/broken.lua:4:" "$err"
fails "script error exits 2" 2 $P run "$tmp/broken.lua" examples/articles
printf 'return {\n  article = function(a)\n' > "$tmp/syntax.lua"
err=$($P run "$tmp/syntax.lua" examples/articles 2>&1)
has "script syntax error names path:line" "$tmp/syntax.lua:" "$err"
fails "script syntax error exits 2" 2 $P run "$tmp/syntax.lua" examples/articles

# bad input is reported with file and offset, the rest goes on
printf '{"text": "Hij zegt: \\"ja\\"", "id": "a"}\n{"text": broken}\n{"id": "c"}\n{"text": "ok", "id": "d"}\n' > "$tmp/in.jsonl"
out=$($P run -e 'return {article = function(a) print(a.id) end}' "$tmp/in.jsonl" 2>"$tmp/err")
code=$?
same "good lines before and after a bad one are read" "$(printf '%s\n' "$out" | tr '\n' ' ')" "a d "
has "bad JSON line: file, line and byte offset" "$tmp/in.jsonl: offset 49: line 2: invalid JSON: unexpected character" "$(cat "$tmp/err")"
has "line without text is reported" "line 3: no 'text' string field" "$(cat "$tmp/err")"
same "input errors exit 1" "$code" "1"
err=$($P run -e 'return {}' "$tmp/missing.txt" 2>&1)
has "missing file is reported" "$tmp/missing.txt: No such file or directory" "$err"

# stdin is JSON lines by default
out=$(printf '{"text":"x","id":"from-stdin"}\n' | $P run -e 'return {article = function(a) print(a.id, a.text) end}')
same "stdin read as JSONL" "$out" "from-stdin	x"

# -o writes atomically; csv has one header
$P run -e 'local pluk = require "pluk"; return {article = function(a) pluk.emit{type="t", start=0, ["end"]=3} end}' -f csv -o "$tmp/out.csv" examples/articles
same "csv: header + one row per article" "$(wc -l < "$tmp/out.csv" | tr -d ' ')" "5"
has "csv header" "doc,type,start,end,text" "$(head -n 1 "$tmp/out.csv")"
same "no temporary file left" "$(ls "$tmp" | grep -c tmp)" "0"
# gzip: concatenated members, gzip'd stdin, truncated file reported
printf '{"text":"a NOS b","id":"g1"}\n' | gzip > "$tmp/two.jsonl.gz"
printf '{"text":"c VVD d","id":"g2"}\n' | gzip >> "$tmp/two.jsonl.gz"
head -c 30 "$tmp/two.jsonl.gz" > "$tmp/trunc.jsonl.gz"
out=$($P -r tests/core/fixtures/capitals.lua "$tmp/two.jsonl.gz" "$tmp/trunc.jsonl.gz" 2>"$tmp/err")
same ".jsonl.gz with two members: both read" "$(printf '%s\n' "$out" | grep -o '"text":"[A-Z]*"' | tr '\n' ' ')" '"text":"NOS" "text":"VVD" '
has "truncated gzip reported with offset" "trunc.jsonl.gz: offset 30: truncated gzip file" "$(cat "$tmp/err")"
out=$($P -r tests/core/fixtures/capitals.lua < "$tmp/two.jsonl.gz")
same "gzip'd stdin" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "2"

# workers: the same bytes at any -j; a rule error is one article's error
$P -r tests/core/fixtures/capitals.lua -j 1 examples/articles > "$tmp/j1"
$P -r tests/core/fixtures/capitals.lua -j 2 examples/articles > "$tmp/j2"
$P -r tests/core/fixtures/capitals.lua -j 3 examples/articles examples/articles > "$tmp/j3"
ok "-j 1 and -j 2 output byte-identical" cmp "$tmp/j1" "$tmp/j2"
same "-j 3 over the input twice gives it twice" "$(wc -l < "$tmp/j3")" "$(($(wc -l < "$tmp/j1") * 2))"
has "records found" '"type":"acronym"' "$(cat "$tmp/j1")"
fails "-j 0 is a usage error" 2 $P -j 0 examples/articles
cat > "$tmp/picky.lua" <<'LUA'
return { name = "picky", langs = "*", extract = function(a, emit)
  if a.text:find("Zuckerberg", 1, true) then error("cannot handle this one") end
  emit { type = "size", start = 0, ["end"] = 0 }
end }
LUA
for j in 1 2; do
  out=$($P -r "$tmp/picky.lua" -j $j examples/articles 2>"$tmp/err"); code=$?
  same "-j $j: other articles still processed" "$(printf '%s\n' "$out" | grep -c '"type":"size"')" "3"
  has "-j $j: failing article named with the rule's message" "zuckerberg-2018-04.txt: $tmp/picky.lua:2: cannot handle this one" "$(cat "$tmp/err")"
  same "-j $j: exit 1 when an article failed" "$code" "1"
done
finish
