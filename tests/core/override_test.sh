# Issue 2's promise: copy a built-in rule and its word list to a user rules
# directory, change them (a new word), and the next run uses the changed
# copy -- nothing rebuilt. Both ways of pointing at the directory are
# tried: XDG_DATA_HOME and --rules-path.
SUITE=override
. tests/core/lib.sh
P=${PLUK:-build/pluk}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
user=$tmp/xdg/pluk/rules
mkdir -p "$user/nl"

# "blaatte" (bleated) is no speech verb in the built-in list
printf '{"id":"t","lang":"nl","text":"Jansen blaatte dat het plan van de minister niet deugt."}\n' > "$tmp/a.jsonl"

before=$($P -j 1 -r attributions "$tmp/a.jsonl")
lacks "built-in rule does not know the invented verb" '"cue":"blaatte"' "$before"

cp rules/attributions.lua "$user/attributions.lua"
cp rules/nl/cue_verbs.txt "$user/nl/cue_verbs.txt"
printf 'blaatte\n' >> "$user/nl/cue_verbs.txt"
# the copy says it is one, so `pluk rules` shows which file won
sed -i 's/^\(\s*description\s*=\s*"\)/\1(user copy) /' "$user/attributions.lua"

after=$(XDG_DATA_HOME=$tmp/xdg $P -j 1 -r attributions "$tmp/a.jsonl")
has "the user's copy is used on the next run (cue)" '"cue":"blaatte"' "$after"
has "the user's copy is used on the next run (speaker)" '"speaker":"Jansen"' "$after"
has "the user's copy is used on the next run (text)" '"text":"het plan van de minister niet deugt"' "$after"
listed=$(XDG_DATA_HOME=$tmp/xdg $P rules)
has "pluk rules names the user file" "$user/attributions.lua" "$listed"
has "pluk rules shows the copy's description" "(user copy)" "$listed"
has "pluk rules shows the built-in one as shadowed" "(shadows $(pwd)/rules/attributions.lua)" "$listed"
same "built-in files untouched" "$(grep -c '^blaatte$' rules/nl/cue_verbs.txt)" "0"

via_path=$($P -j 1 --rules-path "$user" -r attributions "$tmp/a.jsonl")
has "--rules-path finds the same copy" '"cue":"blaatte"' "$via_path"

# a '+' list adds words without copying anything
rm -rf "$user"; mkdir -p "$user/nl"
printf 'blaatte\n' > "$user/nl/+cue_verbs.txt"
plus=$(XDG_DATA_HOME=$tmp/xdg $P -j 1 -r attributions "$tmp/a.jsonl")
has "a +cue_verbs.txt adds the word to the built-in list" '"cue":"blaatte"' "$plus"
finish
