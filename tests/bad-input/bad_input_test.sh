# Bad input: no article can crash pluk or corrupt its output (issue 8).
#
# Every case puts a bad input between two good articles and checks that
#   - pluk ends with the stated exit status (0: all read; 1: something
#     could not be read and was reported), never a crash or a traceback;
#   - every output line is valid JSON and valid UTF-8, and every record's
#     text is the bytes [start,end) of its article with invalid UTF-8 shown
#     as U+FFFD (tests/bad-input/check.lua, which has its own strict JSON
#     reader and UTF-8 decoder);
#   - the good articles' records are exactly those of a run on their own.
# Fixtures are generated here with printf (octal escapes: dash's printf has
# no \x), so no odd bytes are committed.
#
# Rules: every case runs the test rule tests/bad-input/fixtures/spans.lua
# (records that cover the whole article: sentences, quoted spans, digit
# runs) and the fixture rule tests/core/fixtures/capitals.lua, which are
# fast and always there. The default rules (quotes, attributions, figures,
# each one that exists when the suite runs) then get one run over all the
# bad articles together, at the end. PLUK_BAD_INPUT_BIG=1 (set by
# tests/fuzz/run.sh) adds the 20,000-line open quote and its timing.
SUITE=bad-input
. tests/core/lib.sh
P=${PLUK:-build/pluk}
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

RULES=tests/bad-input/fixtures/spans.lua,tests/core/fixtures/capitals.lua
DEFAULTS=""
for r in quotes attributions figures; do
  if test -f "rules/$r.lua"; then DEFAULTS="$DEFAULTS${DEFAULTS:+,}rules/$r.lua"; fi
done
CHECK="$P lua tests/bad-input/check.lua"
# a guard so that a hang fails the suite instead of stopping `make test`
TO=""
if command -v timeout >/dev/null 2>&1; then TO="timeout 60"; fi

G1=$tmp/good1.txt
G2=$tmp/good2.txt
printf 'De NAVO-top begint. ,,Wij blijven hier,\342\200\235 zegt Jens Stoltenberg. Het kost 87 miljoen euro.\n' > "$G1"
printf 'The EU said "we will act" on Tuesday. About 15,000 people (40%%) came.\n' > "$G2"
# each good article on its own: what it must give in every batch
$P -j 1 -r "$RULES" "$G1" > "$tmp/solo1" 2>&1
$P -j 1 -r "$RULES" "$G2" > "$tmp/solo2" 2>&1
S1=$(cat "$tmp/solo1"); S2=$(cat "$tmp/solo2")
has "good article 1 has records" '"type":"quoted"' "$S1"
has "good article 2 has records" '"type":"sentence"' "$S2"

# docof FILE OUT: the records of FILE in OUT (doc ids are the paths)
docof() { grep -F "\"doc\":\"$1\"" "$2"; }

# batch NAME WANT_RC [pluk args ...] -- FILE=ARTICLE ...
#   runs pluk -j 2 over G1, the args, G2; checks the exit status, that
#   there is no traceback, that the output passes check.lua (each
#   FILE=ARTICLE: records of doc FILE checked against the bytes of
#   ARTICLE) and that G1 and G2 gave exactly their solo records.
batch() {
  name=$1 want=$2
  shift 2
  args=""
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    args="$args $1"
    shift
  done
  [ $# -gt 0 ] && shift
  # shellcheck disable=SC2086  # args are paths without spaces
  $TO $P -j 2 -r "$RULES" "$G1" $args "$G2" > "$tmp/$name.out" 2> "$tmp/$name.err"
  got=$?
  err=$(cat "$tmp/$name.err")
  same "$name: exit status" "$got" "$want"
  lacks "$name: no traceback" "traceback" "$err"
  lacks "$name: no sanitizer report (SANITIZE=1 build)" "runtime error:" "$err"
  res=$($CHECK "$tmp/$name.out" "$G1=$G1" "$G2=$G2" "$@" 2>&1)
  has "$name: output is valid JSON/UTF-8, offsets and text right" "ok " "$res"
  same "$name: good article before it intact" "$(docof "$G1" "$tmp/$name.out")" "$S1"
  same "$name: good article after it intact" "$(docof "$G2" "$tmp/$name.out")" "$S2"
  if command -v iconv >/dev/null 2>&1; then
    ok "$name: iconv accepts the output as UTF-8" iconv -f UTF-8 -t UTF-8 "$tmp/$name.out"
  fi
}

# one .txt case: bad NAME WANT_RC 'printf format' -- the file is
# $tmp/NAME.txt and its records are checked against its own bytes
bad() {
  printf "$3" > "$tmp/$1.txt"
  batch "$1" "$2" "$tmp/$1.txt" -- "$tmp/$1.txt=$tmp/$1.txt"
}

# ---------------------------------------------------------------------
# Invalid UTF-8: never an error; each maximal invalid subpart is U+FFFD in
# the output strings, offsets count the input bytes (docs/records.md).
# ---------------------------------------------------------------------
bad overlong 0 'Overlong \300\257 slash, \340\200\257 drie, \360\200\200\257 vier. De NAVO zegt ,,ja\342\200\235.\n'
FFFD=$(printf '\357\277\275')
has "overlong: C0 AF is two U+FFFD" "Overlong $FFFD$FFFD slash" "$(cat "$tmp/overlong.out")"
bad surrogate 0 'Surrogaat \355\240\200 hoog en \355\277\277 laag; ,,\355\240\200\355\260\200\342\200\235 paar. NAVO 12.\n'
has "surrogate: ED A0 80 is three U+FFFD" "Surrogaat $FFFD$FFFD$FFFD hoog" "$(cat "$tmp/surrogate.out")"
bad truncated_end 0 'Afgebroken aan het eind. NAVO zegt ,,ja\342\200\235. Tot slot \360\237\230'
bad truncated_end2 0 'Een ander eind ,,open \342\200'
bad truncated_quote 0 'Voor een aanhalingsteken \342\200,,Wij \303\342\200\235 zegt de NAVO. En \342\200\342\200\235 hier, en \360\237\342\200\236dit\342\200\235.\n'
has "truncated_quote: the quoted span ends at the closing mark" "\"type\":\"quoted\",\"start\":" "$(cat "$tmp/truncated_quote.out")"
bad continuation 0 '\200\277 Losse vervolgbytes \200 in de \277\277\277 tekst van de NAVO. ,,\200\342\200\235\n'
bad high_bytes 0 'Bytes \365 \366 \367 \370 \371 \372 \373 \374 \375 \376 \377 en NAVO ,,\377\342\200\235 12\377 34.\n'
bad above_max 0 'Boven U+10FFFF: \364\220\200\200 en \367\277\277\277 en \370\210\200\200\200 en \374\204\200\200\200\200; NAVO.\n'
bad all_bytes 0 "$(i=1; while [ $i -lt 256 ]; do printf '\\%03o' $i; i=$((i + 1)); done)"
has "invalid bytes become U+FFFD in the JSON text" "$FFFD" "$(cat "$tmp/continuation.out")"

# NUL bytes are text like any other control character: \u0000 in JSON
bad nul 0 'NUL\000in het midden: de NAVO\000zegt ,,ja\000nee\342\200\235 en 12\0003.\000\n'
has "nul: written as \\u0000" '\u0000' "$(cat "$tmp/nul.out")"

# A UTF-8 byte order mark is dropped; offsets count from after it
# (docs/cli.md). The date header after it is still metadata.
printf '\357\273\277De NAVO zegt ,,ja\342\200\235.\n' > "$tmp/bom.txt"
printf 'De NAVO zegt ,,ja\342\200\235.\n' > "$tmp/bom.article"
batch bom 0 "$tmp/bom.txt" -- "$tmp/bom.txt=$tmp/bom.article"
has "bom: offsets count after the BOM" "{\"doc\":\"$tmp/bom.txt\",\"type\":\"acronym\",\"start\":3,\"end\":7,\"text\":\"NAVO\"" "$(cat "$tmp/bom.out")"
printf '\357\273\277date 2024-05-01\nDe NAVO zegt ,,ja\342\200\235.\n' > "$tmp/bomdate.txt"
printf 'date 2024-05-01\nDe NAVO zegt ,,ja\342\200\235.\n' > "$tmp/bomdate.article"
batch bomdate 0 "$tmp/bomdate.txt" -- "$tmp/bomdate.txt=$tmp/bomdate.article"
has "bom + date header: offsets after the BOM" "\"start\":19,\"end\":23,\"text\":\"NAVO\"" "$(cat "$tmp/bomdate.out")"
# only the first BOM is dropped; a second one is text (U+FEFF)
printf '\357\273\277\357\273\277NAVO \357\273\277 midden.\n' > "$tmp/bom_twice.txt"
printf '\357\273\277NAVO \357\273\277 midden.\n' > "$tmp/bom_twice.article"
batch bom_twice 0 "$tmp/bom_twice.txt" -- "$tmp/bom_twice.txt=$tmp/bom_twice.article"

# UTF-16 files are rejected with a message naming the file (exit 1)
printf '\377\376D\000e\000 \000N\000A\000V\000O\000\n\000' > "$tmp/utf16le.txt"
printf '\376\377\000D\000e\000 \000N\000A\000V\000O\000\n' > "$tmp/utf16be.txt"
batch utf16 1 "$tmp/utf16le.txt" "$tmp/utf16be.txt" -- "$tmp/utf16le.txt=$tmp/utf16le.txt"
has "utf16: LE rejected, file named" "$tmp/utf16le.txt: offset 0: looks like UTF-16" "$err"
has "utf16: BE rejected, file named" "$tmp/utf16be.txt: offset 0: looks like UTF-16" "$err"
lacks "utf16: no records from it" "utf16le.txt\",\"type\"" "$(cat "$tmp/utf16.out")"
# UTF-16 without a byte order mark cannot be told from text with NULs: it
# is read as bytes, and the output stays valid
bad utf16_nobom 0 'D\000e\000 \000N\000A\000V\000O\000 \000z\000e\000g\000t\000.\000\n\000'

# Line ends: CRLF, a lone CR, U+2028 and U+2029 (escaped in JSON, so a
# record line is also a JavaScript literal)
bad line_ends 0 'Regel een, NAVO.\r\nRegel twee.\rRegel drie\342\200\250vier\342\200\251vijf ,,a\r\nb\342\200\235.\r\n'
has "line ends: CR escaped" '\r' "$(cat "$tmp/line_ends.out")"
has "line ends: U+2028 escaped" '\u2028' "$(cat "$tmp/line_ends.out")"
has "line ends: U+2029 escaped" '\u2029' "$(cat "$tmp/line_ends.out")"

# Degenerate articles: no records needed, nothing may break
bad empty 0 ''
bad whitespace 0 ' \t\n\r\n   \n\t\342\200\250 \302\240 \n'
$P lua -e 'io.write(string.rep(",,\226\128\157\226\128\156\"\194\171\194\187\226\128\158\226\128\152\226\128\153 ", 1000))' > "$tmp/marks.txt"
batch only_marks 0 "$tmp/marks.txt" -- "$tmp/marks.txt=$tmp/marks.txt"
$P lua -e 'io.write(string.rep(",,", 1000))' > "$tmp/commas.txt"
batch commas 0 "$tmp/commas.txt" -- "$tmp/commas.txt=$tmp/commas.txt"

# An unclosed quote over 10,000 lines: linear time. Bounds are loose on
# purpose (a shared CI machine): 10,000 lines within 10 s; with
# PLUK_BAD_INPUT_BIG=1 also 20,000 lines within 3x that time plus a second.
$P lua -e 'io.write(",,Het begint hier en houdt niet op\n", string.rep("De NAVO zegt dat het 12 keer zo is, en meer.\n", 10000))' > "$tmp/open10k.txt"
now() { date +%s%N 2>/dev/null; }
t0=$(now)
batch open_quote_10k 0 "$tmp/open10k.txt" -- "$tmp/open10k.txt=$tmp/open10k.txt"
t1=$(now)
case "$t0$t1" in
  *N*|"") echo "bad-input: no nanosecond clock, timing of the open quote not checked" ;;
  *)
    d1=$(( (t1 - t0) / 1000000 ))
    ok "open quote: 10k lines under 10 s (${d1} ms)" test "$d1" -lt 10000
    if [ "${PLUK_BAD_INPUT_BIG:-0}" = 1 ]; then
      $P lua -e 'io.write(",,Het begint hier en houdt niet op\n", string.rep("De NAVO zegt dat het 12 keer zo is, en meer.\n", 20000))' > "$tmp/open20k.txt"
      t1=$(now)
      batch open_quote_20k 0 "$tmp/open20k.txt" -- "$tmp/open20k.txt=$tmp/open20k.txt"
      t2=$(now)
      d2=$(( (t2 - t1) / 1000000 ))
      ok "open quote: 20k lines <= 3x 10k + 1 s (${d1} ms, ${d2} ms)" test "$d2" -le $((3 * d1 + 1000))
    fi
    ;;
esac

# 100,000 nested brackets, then 100,000 nested quotes of every kind
$P lua -e 'io.write("NAVO ", string.rep("(", 100000), "midden", string.rep(")", 100000), "\n")' > "$tmp/brackets.txt"
batch brackets 0 "$tmp/brackets.txt" -- "$tmp/brackets.txt=$tmp/brackets.txt"
$P lua -e 'io.write("NAVO ", string.rep(",,\226\128\158\194\171\"\226\128\156(", 20000), "kern", string.rep(")\226\128\157\"\194\187\226\128\157\226\128\153", 20000), "\n")' > "$tmp/quotes.txt"
batch nested_quotes 0 "$tmp/quotes.txt" -- "$tmp/quotes.txt=$tmp/quotes.txt"

# Numbers at the edges: no overflow, no UB, and a value JSON can carry.
# Values that do not fit a double (1e400, 500 digits) are null; integers
# beyond 2^63 become floats (docs/reliability.md).
$P lua -e 'io.write("Het kost 999999999999999999999 miljard euro, of 1e400, of 1.234.567,89 euro. ",
  "Ook 9223372036854775807 en 9223372036854775808 en -9223372036854775808. ",
  string.rep("9", 500), " mensen. Nul: 0,000000000000000000000000001 en 0x1p9999 en 1e-400.\n")' > "$tmp/numbers.txt"
batch numbers 0 "$tmp/numbers.txt" -- "$tmp/numbers.txt=$tmp/numbers.txt"
nums=$(cat "$tmp/numbers.out")
nines=$($P lua -e 'io.write(string.rep("9", 500))')
lacks "numbers: no inf in the JSON" "inf" "$nums"
lacks "numbers: no nan in the JSON" "nan" "$nums"
has "numbers: 500 digits: value null (beyond a double)" "\"text\":\"$nines\",\"value\":null" "$nums"
has "numbers: 2^63-1 stays an integer" '"value":9223372036854775807' "$nums"
has "numbers: 2^63 becomes a float" '"value":9.2233720368547758e+18' "$nums"

# ---------------------------------------------------------------------
# JSONL: a bad line is reported (file, byte offset, line) and skipped; the
# good lines around it are read. Offsets are into the decoded "text".
# ---------------------------------------------------------------------
J=$tmp/mixed.jsonl
{
  printf '{"id":"j1","text":"De NAVO zegt ,,ja\\u201d."}\n'            # 1 good
  printf '{bad json\n'                                                   # 2
  printf '{"text": 5}\n'                                                 # 3
  printf '[1, 2]\n'                                                      # 4
  printf '"just a string"\n'                                             # 5
  printf '{"text":"x"} trailing\n'                                       # 6
  printf '{"id":"j7","text":"raw \377\300\257 bytes NAVO"}\n'            # 7 good
  printf '{"id":"j8","text":"lone \\ud800 surrogate \\udc00 NAVO"}\n'    # 8 good
  printf '{"id":"j9","text":"A\\u0000B NAVO 12","x":1e400,"y":[[{}]]}\n' # 9 good
  printf '{"id":"j10","text":"ctrl \001 raw"}\n'                         # 10
  printf '\n   \n'                                                       # 11, 12 blank
  printf '{"id":"j13","text":"CRLF line NAVO"}\r\n'                      # 13 good
  printf '{"id":"j14","text":"dup","text":"tweede NAVO"}\n'             # 14 good: last wins
  printf '{"text":"unterminated\n'                                       # 15
  printf '{"id":"j16","text":"\\x41 bad escape"}\n'                     # 16
  printf '{"id":"j17","text":"\\u12 short"}\n'                          # 17
  printf '{"id":"j18","text":"ok NAVO","id":{"nested":[1,{"a":null}]}}\n' # 18 good: id is JSON
  $P lua -e 'io.write("{\"id\":\"j19\",\"text\":\"diep\",\"m\":", string.rep("[", 100000), string.rep("]", 100000), "}\n")'  # 19
  printf '{"id":"j20","text":"zonder newline NAVO"}'                     # 20 good
} > "$J"
printf 'De NAVO zegt ,,ja\342\200\235.' > "$tmp/j1"
printf 'raw \377\300\257 bytes NAVO' > "$tmp/j7"
printf 'lone \357\277\275 surrogate \357\277\275 NAVO' > "$tmp/j8"
printf 'A\000B NAVO 12' > "$tmp/j9"
printf 'CRLF line NAVO' > "$tmp/j13"
printf 'tweede NAVO' > "$tmp/j14"
printf 'ok NAVO' > "$tmp/j18"
printf 'zonder newline NAVO' > "$tmp/j20"
batch jsonl 1 "$J" -- j1="$tmp/j1" j7="$tmp/j7" j8="$tmp/j8" j9="$tmp/j9" \
  j13="$tmp/j13" j14="$tmp/j14" '{"nested":[1,{"a":null}]}'="$tmp/j18" j20="$tmp/j20"
for n in 1 7 8 9 13 14 20; do
  has "jsonl: good line $n read" "\"doc\":\"j$n\"" "$(cat "$tmp/jsonl.out")"
done
has "jsonl: a non-string id is written as JSON" '"doc":"{\"nested\":[1,{\"a\":null}]}"' "$(cat "$tmp/jsonl.out")"
for n in 2 3 4 5 6 10 15 16 17 19; do
  has "jsonl: bad line $n reported with file and offset" "$J: offset " "$(grep "line $n:" "$tmp/jsonl.err")"
done
has "jsonl: deep nesting is an error, not a stack overflow" "line 19: invalid JSON: nested deeper than" "$err"
same "jsonl: ten bad lines, ten reports" "$(grep -c "^pluk: $J: offset" "$tmp/jsonl.err")" "10"
# the same file gzip'd reads the same
if command -v gzip >/dev/null 2>&1; then
  gzip -c "$J" > "$tmp/mixed.jsonl.gz"
  $P -j 2 -r "$RULES" "$J" > "$tmp/plain.out" 2>/dev/null
  $P -j 2 -r "$RULES" "$tmp/mixed.jsonl.gz" > "$tmp/gz.out" 2>/dev/null
  same "jsonl.gz reads the same records" "$(sed "s|$tmp/mixed.jsonl.gz|X|g" "$tmp/gz.out")" "$(sed "s|$J|X|g" "$tmp/plain.out")"
fi
# JSON lines on standard input, with a bad line among them
out=$(printf '{"text":"NAVO een"}\n{kapot\n{"text":"NAVO twee"}\n' | $TO $P -r "$RULES" 2>"$tmp/stdin.err")
same "stdin: exit 1 after a bad line" "$?" "1"
has "stdin: line 1 read" '"doc":"<stdin>:1"' "$out"
has "stdin: line 3 read" '"doc":"<stdin>:3"' "$out"
has "stdin: bad line reported" "<stdin>: offset 21: line 2: invalid JSON" "$(cat "$tmp/stdin.err")"

# ---------------------------------------------------------------------
# gzip: a truncated file, a fake one, trailing garbage: reported with the
# compressed byte offset (exit 1); the batch goes on.
# ---------------------------------------------------------------------
if command -v gzip >/dev/null 2>&1; then
  gzip -c "$G1" > "$tmp/whole.txt.gz"
  head -c 40 "$tmp/whole.txt.gz" > "$tmp/truncated.txt.gz"
  batch gz_truncated 1 "$tmp/truncated.txt.gz" --
  has "gz_truncated: reported" "$tmp/truncated.txt.gz: offset 40: truncated gzip file" "$err"
  { cat "$tmp/whole.txt.gz"; printf 'garbage after'; } > "$tmp/trailing.txt.gz"
  batch gz_trailing 1 "$tmp/trailing.txt.gz" --
  has "gz_trailing: reported" "$tmp/trailing.txt.gz: offset " "$err"
  has "gz_trailing: says why" "trailing garbage" "$err"
fi
printf 'not gzip at all, NAVO\n' > "$tmp/fake.txt.gz"
printf '\037\213\010\000\000\000\000\000\000\003garbage garbage garbage' > "$tmp/fake2.jsonl.gz"
printf '\037\213' > "$tmp/fake3.txt.gz"
batch gz_fake 1 "$tmp/fake.txt.gz" "$tmp/fake2.jsonl.gz" "$tmp/fake3.txt.gz" --
has "gz_fake: not gzip reported" "pluk: $tmp/fake.txt.gz: " "$err"
has "gz_fake: bad deflate data reported" "pluk: $tmp/fake2.jsonl.gz: " "$err"
has "gz_fake: header only reported" "pluk: $tmp/fake3.txt.gz: " "$err"

# ---------------------------------------------------------------------
# Files that cannot be read. chmod 000 means nothing to root (CI runs as
# root), so the root-proof case is /proc/self/mem: it opens, and read()
# fails with EIO.
# ---------------------------------------------------------------------
if [ "$(id -u)" != 0 ]; then
  printf 'NAVO geheim\n' > "$tmp/secret.txt"
  chmod 000 "$tmp/secret.txt"
  batch unreadable 1 "$tmp/secret.txt" --
  has "unreadable: permission denied, file named" "$tmp/secret.txt: Permission denied" "$err"
else
  echo "bad-input: running as root, chmod 000 cannot make a file unreadable; /proc/self/mem stands in"
fi
if [ -r /proc/self/mem ]; then
  batch read_error 1 /proc/self/mem --
  has "read_error: read failure reported, file named" "/proc/self/mem: " "$err"
fi
ln -s "$tmp/does-not-exist.txt" "$tmp/dangling.txt"
batch dangling 1 "$tmp/dangling.txt" --
has "dangling: named path that does not exist is reported" "$tmp/dangling.txt: No such file or directory" "$err"

# ---------------------------------------------------------------------
# Directories: a symlink loop is reported once and not followed; a
# dangling or self-referencing symlink with a readable ending is reported
# ("broken symbolic link"); a FIFO inside a walked directory is skipped
# without being opened (no hang, no report), and a FIFO named on the
# command line is reported as not a regular file and skipped.
# ---------------------------------------------------------------------
D=$tmp/tree
mkdir -p "$D/a/b"
printf 'De NAVO in de boom.\n' > "$D/a/b/leaf.txt"
ln -s ../.. "$D/a/b/up"
ln -s self.txt "$D/a/self.txt"
ln -s "$tmp/nowhere" "$D/a/gone.txt"
mkfifo "$D/a/pipe.txt" 2>/dev/null
batch tree 1 "$D" -- "$D/a/b/leaf.txt=$D/a/b/leaf.txt"
has "tree: loop reported" "$D/a/b/up: directory loop (already visited), skipped" "$err"
has "tree: dangling symlink reported" "$D/a/gone.txt: broken symbolic link" "$err"
has "tree: self-referencing symlink reported" "$D/a/self.txt: broken symbolic link" "$err"
lacks "tree: FIFO skipped without a report" "pipe.txt" "$err"
same "tree: leaf read exactly once" "$(grep -c "\"doc\":\"$D/a/b/leaf.txt\",\"type\":\"acronym\"" "$tmp/tree.out")" "1"
same "tree: three reports" "$(grep -c "^pluk: $D/" "$tmp/tree.err")" "3"
if [ -p "$D/a/pipe.txt" ]; then
  mkfifo "$tmp/named.txt"
  batch fifo_named 1 "$tmp/named.txt" --
  has "fifo_named: not opened, reported" "$tmp/named.txt: not a regular file" "$err"
fi

# ---------------------------------------------------------------------
# The whole bad batch: same bytes at -j 1 and -j 3, and TSV/CSV output
# stays valid UTF-8 too.
# ---------------------------------------------------------------------
ALL="$tmp/overlong.txt $tmp/surrogate.txt $tmp/truncated_quote.txt $tmp/all_bytes.txt $tmp/nul.txt $tmp/bom.txt $tmp/utf16le.txt $tmp/line_ends.txt $tmp/empty.txt $J $tmp/numbers.txt"
# shellcheck disable=SC2086
$P -j 1 -r "$RULES" $ALL > "$tmp/j1.out" 2>"$tmp/j1.err"
# shellcheck disable=SC2086
$P -j 3 -r "$RULES" $ALL > "$tmp/j3.out" 2>"$tmp/j3.err"
ok "bad batch: same records at -j 1 and -j 3" cmp "$tmp/j1.out" "$tmp/j3.out"
ok "bad batch: same reports at -j 1 and -j 3" cmp "$tmp/j1.err" "$tmp/j3.err"
for f in tsv csv; do
  # shellcheck disable=SC2086
  $P -j 2 -f $f -r "$RULES" $ALL > "$tmp/all.$f" 2>/dev/null
  ok "bad batch: $f output is valid UTF-8" $P lua -e "local f = io.open('$tmp/all.$f', 'rb'); local s = f:read('a'); os.exit(utf8.len(s) and #s > 0 and 0 or 1)"
done

# ---------------------------------------------------------------------
# The default rules over the bad articles: one run (the rules compile
# their grammars once), no rule error, valid output, right offsets.
# ---------------------------------------------------------------------
if [ -z "$DEFAULTS" ]; then
  echo "bad-input: no default rules yet (rules/quotes.lua, attributions.lua, figures.lua); fixture rules only"
else
  SMALL="overlong surrogate truncated_end truncated_end2 truncated_quote continuation high_bytes above_max all_bytes nul bom_twice utf16_nobom line_ends empty whitespace"
  files="" pairs=""
  for c in $SMALL; do
    files="$files $tmp/$c.txt"; pairs="$pairs $tmp/$c.txt=$tmp/$c.txt"
  done
  for f in marks commas numbers open10k brackets quotes; do
    files="$files $tmp/$f.txt"; pairs="$pairs $tmp/$f.txt=$tmp/$f.txt"
  done
  t0=$(date +%s)
  # shellcheck disable=SC2086
  ${TO:+timeout 300} $P -j 2 -r "$DEFAULTS" "$G1" $files "$J" "$G2" > "$tmp/defaults.out" 2> "$tmp/defaults.err"
  got=$?
  t1=$(date +%s)
  echo "bad-input: default rules ($DEFAULTS) over the bad articles: $((t1 - t0)) s"
  err=$(grep -v -e "^pluk: $J: offset [0-9]*: line [0-9]*: " -e '^pluk: [0-9]* problems* (see above)$' "$tmp/defaults.err")
  same "default rules: exit 1 (only the bad JSON lines)" "$got" "1"
  same "default rules: no rule error, nothing reported but the bad JSON lines" "$err" ""
  # shellcheck disable=SC2086
  res=$($CHECK "$tmp/defaults.out" "$G1=$G1" "$G2=$G2" $pairs j1="$tmp/j1" j7="$tmp/j7" j8="$tmp/j8" j9="$tmp/j9" 2>&1)
  has "default rules: output valid, offsets and text right" "ok " "$res"
  lacks "default rules: records for the good article" "records $G1 0" "$res"
fi

finish
