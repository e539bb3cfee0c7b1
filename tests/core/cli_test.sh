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

# a one-off script over articles: article() in the workers, collect() and
# finish() in the main state, fed the records in input order
cat > "$tmp/count.lua" <<'LUA'
local pluk = require "pluk"
local n, langs = 0, {}
return {
  article = function(a)
    local s, e = a.text:find("Zuckerberg")
    if s then pluk.emit { type = "mention", start = s - 1, ["end"] = e, lang = a.lang, date = a.date } end
    pluk.emit { type = "article", start = 0, ["end"] = 0, lang = a.lang or "?" }
  end,
  collect = function(rec)
    if rec.type == "article" then n = n + 1; langs[#langs + 1] = rec.lang
    else pluk.emit(rec) end
  end,
  finish = function() io.stderr:write(n, " articles: ", table.concat(langs, ","), "\n") end,
}
LUA
out=$($P run "$tmp/count.lua" examples/articles 2>"$tmp/err")
has "script emits a record with doc/type/start/end/text" '{"doc":"examples/articles/zuckerberg-2018-04.txt","type":"mention","start":' "$out"
lacks "no internal fields leak into records" '"_' "$out"
has "article has date from the header" '"date":"2018-04"' "$out"
has "article language detected" '"lang":"nl"' "$out"
has "collect() saw every article in input order; finish() ran last" "4 articles: en,en,nl,nl" "$(cat "$tmp/err")"
$P run "$tmp/count.lua" -j 1 examples/articles > "$tmp/s1" 2>"$tmp/e1"
$P run "$tmp/count.lua" -j 2 examples/articles > "$tmp/s2" 2>"$tmp/e2"
ok "script output identical at -j 1 and -j 2" cmp "$tmp/s1" "$tmp/s2"
ok "aggregation identical at -j 1 and -j 2" cmp "$tmp/e1" "$tmp/e2"
out=$($P run -j 1 -e 'return {article = function(a) print(a.id) end}' examples/articles)
has "-e takes the script inline" "examples/articles/en-wikinews-2019-01-07-trump-state-of-emergency.txt" "$out"
first=$(printf '%s\n' "$out" | head -n 1)
same "directories are walked in name order" "$first" "examples/articles/en-wikinews-2019-01-07-trump-state-of-emergency.txt"

printf 'return {\n  article = function(a)\n    local t = nil\n    return t.x\n  end }\n' > "$tmp/broken.lua"
err=$($P run "$tmp/broken.lua" examples/articles 2>&1)
has "script error names path:line" "$tmp/broken.lua:4:" "$err"
fails "script error exits 2" 2 $P run "$tmp/broken.lua" examples/articles
same "script error reported once per article, all articles tried" "$(printf '%s\n' "$err" | grep -c '^pluk: .*broken.lua:4:')" "4"
printf 'return {\n  article = function(a)\n' > "$tmp/syntax.lua"
err=$($P run "$tmp/syntax.lua" examples/articles 2>&1)
has "script syntax error names path:line" "$tmp/syntax.lua:" "$err"
fails "script syntax error exits 2" 2 $P run "$tmp/syntax.lua" examples/articles

# bad input is reported with file and offset, the rest goes on
printf '{"text": "Hij zegt: \\"ja\\"", "id": "a"}\n{"text": broken}\n{"id": "c"}\n{"text": "ok", "id": "d"}\n' > "$tmp/in.jsonl"
out=$($P run -j 1 -e 'return {article = function(a) print(a.id) end}' "$tmp/in.jsonl" 2>"$tmp/err")
code=$?
same "good lines before and after a bad one are read" "$(printf '%s\n' "$out" | tr '\n' ' ')" "a d "
has "bad JSON line: file, line and byte offset" "$tmp/in.jsonl: offset 49: line 2: invalid JSON: unexpected character" "$(cat "$tmp/err")"
has "line without text is reported" "line 3: no 'text' string field" "$(cat "$tmp/err")"
same "input errors exit 1" "$code" "1"
err=$($P run -e 'return {}' "$tmp/missing.txt" 2>&1)
has "missing file is reported" "$tmp/missing.txt: No such file or directory" "$err"

# stdin is JSON lines by default
out=$(printf '{"text":"x","id":"from-stdin"}\n' | $P run -j 1 -e 'return {article = function(a) print(a.id, a.text) end}')
same "stdin read as JSONL" "$out" "from-stdin	x"

# -o writes atomically; csv has one header
$P run -e 'local pluk = require "pluk"; return {article = function(a) pluk.emit{type="t", start=0, ["end"]=3} end}' -f csv -o "$tmp/out.csv" examples/articles
same "csv: header + one row per article" "$(wc -l < "$tmp/out.csv" | tr -d ' ')" "5"
has "csv header" "doc,type,start,end,text" "$(head -n 1 "$tmp/out.csv")"
same "no temporary file left" "$(ls "$tmp" | grep -c tmp)" "0"
# tsv/csv columns without --fields: the record type's own when the rules
# emit one type, the mixed set otherwise, a custom rule's declared fields
same "tsv header of figures alone" "$($P -j 1 -f tsv -r figures examples/articles | head -n 1)" \
  "$(printf 'doc\ttype\tstart\tend\ttext\tvalue\thigh\tkind\trange_kind\tunit\tof\tapprox\tlang')"
out=$($P -j 2 -f csv -r quotes examples/articles/zuckerberg-2018-04.txt)
same "csv header of quotes alone" "$(printf '%s\n' "$out" | head -n 1 | tr -d '\r')" "doc,type,start,end,text,speaker,speaker_text,cue,lang"
has "csv quote row has speaker and cue" ",Zuckerberg,Zuckerberg,zegt,nl" "$out"
same "csv header of the default rules" "$($P -j 1 -f csv examples/articles | head -n 1 | tr -d '\r')" \
  "doc,type,start,end,text,speaker,cue,value,high,kind,unit,of"
mkdir -p "$tmp/rules"
cat > "$tmp/rules/tags.lua" <<'LUA'
local lpeg = require "lpeg"
return { name = "tags", langs = "*", type = "tag", fields = { "tag" },
         pattern = lpeg.P"#" * lpeg.Cg(lpeg.C(lpeg.R("az")^1), "tag") }
LUA
out=$(printf '{"id":"t1","text":"zie #nieuws"}\n' | $P -j 1 -f tsv --rules-path "$tmp/rules" -r tags)
same "a custom rule's fields are its tsv columns" "$out" \
  "$(printf 'doc\ttype\tstart\tend\ttext\ttag\nt1\ttag\t4\t11\t#nieuws\tnieuws')"
out=$(printf '{"id":"t1","text":"zie #nieuws"}\n' | $P -j 1 -f tsv --rules-path "$tmp/rules" -r tags,figures | head -n 1)
has "mixed types: the custom fields after the mixed set" "$(printf 'unit\tof\ttag')" "$out"
# a JSONL file written by a Windows tool starts with a byte order mark
printf '\357\273\277{"text":"De NOS","id":"b1"}\n{"text": bad}\n' > "$tmp/bom.jsonl"
out=$($P -j 1 -r tests/core/fixtures/capitals.lua "$tmp/bom.jsonl" 2>"$tmp/err")
has "JSONL with a BOM: line 1 is read" '"doc":"b1","type":"acronym"' "$out"
has "JSONL with a BOM: offsets are file offsets" "bom.jsonl: offset 40: line 2: invalid JSON" "$(cat "$tmp/err")"

# gzip: concatenated members, gzip'd stdin, truncated file reported
printf '{"text":"a NOS b","id":"g1"}\n' | gzip > "$tmp/two.jsonl.gz"
printf '{"text":"c VVD d","id":"g2"}\n' | gzip >> "$tmp/two.jsonl.gz"
head -c 30 "$tmp/two.jsonl.gz" > "$tmp/trunc.jsonl.gz"
out=$($P -r tests/core/fixtures/capitals.lua "$tmp/two.jsonl.gz" "$tmp/trunc.jsonl.gz" 2>"$tmp/err")
same ".jsonl.gz with two members: both read" "$(printf '%s\n' "$out" | grep -o '"text":"[A-Z]*"' | tr '\n' ' ')" '"text":"NOS" "text":"VVD" '
has "truncated gzip reported with offset" "trunc.jsonl.gz: offset 30: truncated gzip file" "$(cat "$tmp/err")"
printf 'this is not gzip' > "$tmp/fake.jsonl.gz"
out=$($P -r tests/core/fixtures/capitals.lua "$tmp/fake.jsonl.gz" 2>&1); code=$?
has "a .gz that is not gzip is reported" "fake.jsonl.gz: not a gzip file" "$out"
same "a .gz that is not gzip: exit 1" "$code" "1"
out=$($P -r tests/core/fixtures/capitals.lua < "$tmp/two.jsonl.gz")
same "gzip'd stdin" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "2"

# --errors FILE, --max-article-bytes, --shard, -q, output errors
printf '{"text":"De NOS meldt.","id":"n1"}\n{"text": nope}\n{"text":"Een heel lang artikel over de VVD en het CDA.","id":"n2"}\n' > "$tmp/e.jsonl"
out=$($P -q -r tests/core/fixtures/capitals.lua --max-article-bytes 40 --errors "$tmp/errors.jsonl" "$tmp/e.jsonl" 2>"$tmp/err"); code=$?
same "small article kept, large one skipped" "$(printf '%s\n' "$out" | grep -o '"text":"[A-Z]*"' | tr '\n' ' ')" '"text":"NOS" '
has "skipped line reported with offset and line" "e.jsonl: offset 50: line 3 of 66 bytes is over --max-article-bytes 40" "$(cat "$tmp/err")"
printf '{"text":"VVD %s"}\n{"text":"de NOS"}\n' "$(head -c 3000000 /dev/zero | tr '\0' x)" > "$tmp/long.jsonl"
out=$($P -r tests/core/fixtures/capitals.lua --max-article-bytes 100000 "$tmp/long.jsonl" 2>"$tmp/err")
has "a line longer than a read chunk is skipped as it streams past" "line 1 of 3000015 bytes is over" "$(cat "$tmp/err")"
has "the line after it is read" '"text":"NOS"' "$out"
same "--errors has one JSON line per problem" "$(wc -l < "$tmp/errors.jsonl" | tr -d ' ')" "2"
has "--errors line shape" '{"type":"error","input":"'"$tmp"'/e.jsonl","offset":' "$(cat "$tmp/errors.jsonl")"
lacks "-q: no summary line" "problems (see above)" "$(cat "$tmp/err")"
same "problems exit 1" "$code" "1"
for i in 0 1 2; do
  $P -r tests/core/fixtures/capitals.lua --shard $i/3 examples/articles "$tmp/two.jsonl.gz" >> "$tmp/shards"
done
$P -r tests/core/fixtures/capitals.lua examples/articles "$tmp/two.jsonl.gz" > "$tmp/all"
same "shards 0..2 of 3 together give the whole output" "$(sort "$tmp/shards" | md5sum)" "$(sort "$tmp/all" | md5sum)"
fails "bad --shard is a usage error" 2 $P --shard 3/3 examples/articles
if [ -w /dev/full ]; then
  err=$($P -r tests/core/fixtures/capitals.lua examples/articles 2>&1 >/dev/full); code=$?
  has "full disk: a clear message" "cannot write output" "$err"
  same "full disk: exit 2" "$code" "2"
fi
out=$($P -r tests/core/fixtures/capitals.lua examples/articles examples/articles | head -n 1)
has "| head -1 gets one whole line" '{"doc":' "$out"

# SIGINT: stops between articles, exit 130, only whole lines, no temp file
# (the rule leaves a mark when it first runs: a signal sent before pluk
# has set its handlers would meet the SIG_IGN a background job inherits
# from a non-interactive shell, on a loaded machine)
cat > "$tmp/slow.lua" <<LUA
local started = "$tmp/started"
return { name = "slow", langs = "*", extract = function(a, emit)
  if started then
    local f = io.open(started, "w")
    if f then f:close() end
    started = nil
  end
  local x = 0
  for i = 1, 200000 do x = x + i end
  emit { type = "slow", start = 0, ["end"] = 1, n = x }
end }
LUA
i=0; while [ $i -lt 3000 ]; do echo '{"text":"abc def"}'; i=$((i + 1)); done > "$tmp/many.jsonl"
# wait_started: until the slow rule has run (at most about 20 s)
wait_started() {
  n=0
  while [ ! -e "$tmp/started" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
  rm -f "$tmp/started"
}
$P -r "$tmp/slow.lua" -j 2 -o "$tmp/int.out" "$tmp/many.jsonl" 2>"$tmp/int.err" &
pid=$!
wait_started; kill -INT $pid; wait $pid; code=$?
same "SIGINT exits 130" "$code" "130"
has "SIGINT says so" "interrupted" "$(cat "$tmp/int.err")"
same "no output file and no temporary left after SIGINT" "$(ls "$tmp" | grep -c '^int\.out')" "0"
$P -r "$tmp/slow.lua" -j 2 "$tmp/many.jsonl" > "$tmp/int.stdout" 2>/dev/null &
pid=$!
wait_started; kill -INT $pid; wait $pid
bad=$(grep -cv '^{.*}$' "$tmp/int.stdout")
same "only whole lines on stdout after SIGINT" "$bad" "0"

# a rule stuck on one article cannot make pluk unkillable: after SIGTERM
# it gets a short grace, then exits 130 (and leaves no temporary file)
cat > "$tmp/stuck.lua" <<'LUA'
return { name = "stuck", langs = "*", extract = function(a, emit)
  emit { type = "seen", start = 0, ["end"] = 0 }
  if a.text:find("STUCK", 1, true) then while true do end end
end }
LUA
printf '{"text":"fine"}\n{"text":"STUCK here"}\n' > "$tmp/stuck.jsonl"
start=$(date +%s)
timeout --preserve-status 1 $P -j 1 -r "$tmp/stuck.lua" -o "$tmp/stuck.out" "$tmp/stuck.jsonl" 2>/dev/null; code=$?
took=$(( $(date +%s) - start ))
same "stuck rule: SIGTERM ends the run with 130" "$code" "130"
ok "stuck rule: within the grace period" test "$took" -le 8
same "stuck rule: temporary output removed" "$(ls "$tmp" | grep -c '^stuck\.out')" "0"

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
  emit { type = "size", start = #a.text, ["end"] = #a.text }
end }
LUA
for j in 1 2; do
  out=$($P -r "$tmp/picky.lua" -j $j examples/articles 2>"$tmp/err"); code=$?
  same "-j $j: other articles still processed" "$(printf '%s\n' "$out" | grep -c '"type":"size"')" "3"
  has "-j $j: failing article named with the rule's message" "zuckerberg-2018-04.txt: $tmp/picky.lua:2: cannot handle this one" "$(cat "$tmp/err")"
  same "-j $j: exit 1 when an article failed" "$code" "1"
done
finish
