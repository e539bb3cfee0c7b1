# The example scripts and rules in examples/ work as their comments say.
SUITE=examples
. tests/core/lib.sh
P=${PLUK:-build/pluk}
B=${BUILD:-build}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# quotes per speaker: sorted by count, the same at any -j
out=$($P run examples/scripts/quotes_per_speaker.lua -j 1 examples/articles)
has "quotes per speaker: Zuckerberg's six quotes" '"quotes":6,"speaker":"Zuckerberg"' "$out"
first=$(printf '%s\n' "$out" | head -n 1 | sed 's/.*"quotes":\([0-9]*\).*/\1/')
last=$(printf '%s\n' "$out" | tail -n 1 | sed 's/.*"quotes":\([0-9]*\).*/\1/')
ok "quotes per speaker: sorted by count" test "$first" -ge "$last"
out2=$($P run examples/scripts/quotes_per_speaker.lua -j 2 examples/articles)
same "quotes per speaker: same table at -j 2" "$out2" "$out"

# every figure with its sentence, as CSV
csv=$($P run examples/scripts/figures_with_sentence.lua -f csv \
      --fields doc,text,value,kind,of,sentence examples/articles/zuckerberg-2018-04.txt)
same "figures CSV: header" "$(printf '%s\n' "$csv" | head -n 1 | tr -d '\r')" "doc,text,value,kind,of,sentence"
has "figures CSV: figure with its sentence" "87 miljoen,87000000,cardinal,profielen," "$csv"
has "figures CSV: the sentence is quoted (it has commas)" '15.000,15000,cardinal,medewerkers,",,' "$csv"
has "figures CSV: the whole sentence" 'Nu al hebben we 15.000 medewerkers die dag in, dag uit aan de veiligheid werken.' "$csv"
lacks "figures CSV: the date header is not part of a sentence" 'date 2018-04' "$csv"

# a rule written from scratch
printf '{"text":"Mail józef@voorbeeld.nl of pers@nos.nl, niet @twitter of a@b."}\n' > "$tmp/mail.jsonl"
out=$($P -r examples/rules/emails.lua "$tmp/mail.jsonl")
same "emails: two addresses, nothing else" "$(printf '%s\n' "$out" | grep -o '"text":"[^"]*"' | tr '\n' ' ')" '"text":"józef@voorbeeld.nl" "text":"pers@nos.nl" '
has "emails: domain field" '"domain":"voorbeeld.nl"' "$out"

# pluk from a stock lua5.4 (a sanitizer build's module needs the
# sanitizer runtimes loaded first into the uninstrumented interpreter)
preload=
case "$B" in *asan*) preload="$(cc -print-file-name=libasan.so) $(cc -print-file-name=libubsan.so)" ;; esac
out=$(LD_PRELOAD="$preload" LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH="$B/lua/?.so;;" \
      lua5.4 examples/stock_lua.lua examples/articles/zuckerberg-2018-04.txt 2>&1)
has "stock lua5.4: extracts the seed article" "zuckerberg-2018-04.txt: nl, " "$out"
has "stock lua5.4: six quotes" "6 quotes" "$out"
finish
