-- tests/quotes/speech_words_test.lua: the small word sets of the analysis
-- (rules/<lang>/speech_words.txt, read into L.sets and the names
-- grammar's g.sets). Every set the code reads is named in the English
-- file, which names every set; the other languages name no set English
-- does not; a language reads its own words only, an article of unknown
-- language the union of each set; a set no file names is empty, not nil.

local T = require "harness"
local lexicon = require "pluk.lexicon"
local speech = require "pluk.speech"
local names = require "pluk.names"

T.suite "speech-words"

local DIRS = { "rules" }

local function set_names(lang)
  local out = {}
  for _, e in ipairs(lexicon.load(lang, "speech_words", DIRS).list) do out[e] = true end
  return out
end

local en = set_names("en")

-- the sets the code reads: `sets.NAME` (L.sets, A.L.sets, g.sets, a
-- hoisted `local sets = L.sets`, and the comments that name one)
local FILES = { "lua/pluk/speech/cues.lua", "lua/pluk/speech.lua", "lua/pluk/names.lua",
                "lua/pluk/speech/lists.lua", "lua/pluk/speech/interview.lua" }
local read = 0
for _, f in ipairs(FILES) do
  local h = assert(io.open(f, "rb"))
  local src = h:read("a")
  h:close()
  for name in src:gmatch("%f[%w_]sets%.([%a_]+)") do
    read = read + 1
    T.ok(en[name], f .. " reads set " .. name .. ", which rules/en/speech_words.txt names")
  end
end
T.ok(read > 100, "the code reads the sets (" .. read .. " reads found)")

for _, lang in ipairs({ "nl", "de", "fr" }) do
  for name in pairs(set_names(lang)) do
    T.ok(en[name], lang .. "'s set " .. name .. " is one English names")
  end
end

-- each file names a set once: a second line of it would silently replace
-- the first (the lexicon keeps an entry's last value), as a second
-- `time_noun` in the Dutch file once dropped `winter` and `zomer`
for _, lang in ipairs({ "en", "nl", "de", "fr" }) do
  local h = assert(io.open("rules/" .. lang .. "/speech_words.txt", "rb"))
  local seen, twice = {}, {}
  for line in h:lines() do
    local name = line:match("^([%a_]+)%s+=")
    if name then
      if seen[name] then twice[#twice + 1] = name end
      seen[name] = true
    end
  end
  h:close()
  T.eq(table.concat(twice, " "), "", lang .. "'s speech_words.txt names each set once")
end

-- `set =` is an empty set; words are kept as written
T.eq(lexicon.load("en", "speech_words", DIRS).values.passive_aux, "", "en passive_aux = (empty)")
local L_en, L_nl = speech.language("en"), speech.language("nl")
T.eq(next(L_en.sets.passive_aux), nil, "English has no passive auxiliaries")
T.ok(L_nl.sets.passive_aux.wordt, "Dutch wordt is one")
T.ok(L_nl.sets.demonstrative_subject.Die and not L_nl.sets.demonstrative_subject.die,
     "demonstrative_subject keeps its capital")

-- each language its own words
T.ok(L_en.sets.place_prep["in"] and L_en.sets.place_prep.at, "English in, at")
T.eq(L_en.sets.place_prep.uit, nil, "Dutch uit is no English preposition")
T.eq(L_nl.sets.place_prep.at, nil, "English at is no Dutch one")
T.ok(L_nl.sets.place_prep["in"] and L_nl.sets.place_prep.uit, "Dutch in, uit")

-- unknown language: each set the union of the known languages' sets
local L_any = speech.language(nil)
for _, w in ipairs({ "in", "at", "uit", "aus" }) do
  T.ok(L_any.sets.place_prep[w], "merged place_prep has " .. w)
end
T.ok(L_any.sets.relative.who and L_any.sets.relative.welke, "merged relative: who, welke")
T.ok(L_any.sets_as_frame_first[string.byte("Z")] and L_any.sets_as_frame_first[string.byte("a")],
     "the as_frame first bytes of every language, either case")

-- a set no file names is an empty table
T.eq(L_en.sets.no_such_set, {}, "an unnamed set is empty")
T.eq(names.grammar("de").sets.plural_owner, {}, "German has no plural owners")
T.ok(names.grammar("en").sets.plural_owner.Women, "English Women's")
T.ok(names.grammar("en").spell_join[" and "], "spell_join with its spaces")

T.done()
