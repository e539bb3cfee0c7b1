-- pluk.names: person and organisation mentions, for rules to share.
--
-- No parser and no name list: a name is a run of capitalised words, with
-- name particles between them (`Wout-Jan van der Schans`, `Osama bin
-- Laden`) or in front of them (`Van der Schans`, `De Vries`), initials
-- (`Heather C. Briccetti`) and titles before them (`dhr.`, `Mr.`, `Dr.`,
-- `minister`). Capitalised words that only start a sentence (`The`,
-- `Volgens`, days, months) are not names. The word lists are data files
-- along the rule path (docs/quotes.md):
--   rules/<lang>/titles.txt          title = gender (m/f) or plain
--   rules/<lang>/name_particles.txt  van, de, der, von, bin, ...
--   rules/<lang>/name_stopwords.txt  capitalised words that start no name
-- and, when present, pronouns.txt, determiners.txt, complementizers.txt,
-- cue_verbs.txt, cue_sources.txt and function_words.txt (their words are
-- not names either).
--
-- Positions are 1-based and inclusive at the start, exclusive at the end
-- (s:sub(i, j - 1)), as LPeg's Cp gives them.
--
--   names.grammar(lang)          -> word lists and LPeg patterns (cached)
--   names.tokens(s, i, j)        -> flat array {s1, e1, s2, e2, ...} of
--                                   the tokens (words, initials, single
--                                   punctuation marks) in s[i, j)
--   names.find(s, i, j, lang)    -> array of mentions {s, e, text} in s[i, j)
--   names.fold(str)              -> the comparison key (lower case, no
--                                   accents): "Erdoğan" and "erdogan" match
--   names.canonical(article, mention [, lang]) -> fullest form of the name
--                                   in the article ("Zuckerberg" ->
--                                   "Mark Zuckerberg"), cached per article
--   names.strip_titles(str, lang) -> the name without leading titles

local lpeg = require "lpeg"
local text = require "pluk.text"
local lexicon = require "pluk.lexicon"

local P, R, S, C, Cp, Ct, B = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct, lpeg.B
local byte, sub, find, lower, upper = string.byte, string.sub, string.find, string.lower, string.upper

local M = {}

local char_start_of, possessive_word, accented_runs

---------------------------------------------------------------------------
-- Characters and tokens
---------------------------------------------------------------------------

local TP = text.P
-- build the classes used below now, not in the middle of a run
local _ = TP.upper, TP.lower, TP.word_char
-- White space: ASCII, NBSP, the Unicode spaces U+2000-200A, U+202F, U+205F,
-- U+3000 (the word characters never include them).
local SPACE = S" \t\r\n\f\v" + P"\194\160" + P"\226\128" * (R"\128\138" + P"\175")
              + P"\226\129\159" + P"\227\128\128"
M.SPACE = SPACE
local WC = R("az", "AZ", "09") + TP.word_char
M.WC = WC
-- inner joiners of a word: hyphen, apostrophes (don't, Zuckerberg's,
-- Wout-Jan, O’Brien), U+2010/2011 hyphens, & or * between two ASCII
-- capitals (AT&T, S&P, H&M, NOC*NSF), and a number's period or comma
-- between two digits (2.5, 11.000, 4,5: no sentence's period, so that a
-- phrase with a number closes nothing, `The bank, which has 2.5 million
-- customers, said`)
local JOIN = S"-'" + P"\226\128\153" + P"\226\128\144" + P"\226\128\145"
             + B(R"AZ") * S"&*" * #R"AZ" + B(R"09") * S".," * #R"09"
local WORD = WC^1 * (JOIN * WC^1)^0
M.WORD = WORD
local UPPER = R"AZ" + TP.upper
M.UPPER = UPPER
-- one UTF-8 character (or a stray byte)
local CHAR = R"\0\127" + R"\194\244" * R"\128\191"^-3 + 1
M.CHAR = CHAR
-- an initial: one capital and a period, before a capitalised word
local INITIAL = UPPER * P"." * #(SPACE^1 * UPPER)
-- a dotted acronym: U.S., E.U.
local ACRO = (UPPER * P".")^2
-- a site's name, a capitalised word and its domain's labels: Peil.nl,
-- News.com.au (pluk.text's tokens: no word byte after the last label)
local LABEL = P"." * R"az" * R"az" * R"az"^-2 * -(R("az", "AZ", "09") + P"_" + R"\128\255")
local SITE = #UPPER * WORD * LABEL * LABEL^-1
-- (a word that is a site's name, whole)
local SITE_WORD = SITE * -1
local TOKEN = Cp() * (ACRO + INITIAL + SITE + WORD + CHAR) * Cp()
local TOKENS = Ct((SPACE^1 + TOKEN)^0)

-- a possessive 's at the end of a word, the apostrophe straight or
-- curly (U+2019, three bytes: a class of one byte after \226 took only
-- one of its two)
local POSSESSIVE_END = "['\226]\128?\153?s$"
M.POSSESSIVE_END = POSSESSIVE_END

-- possessive_len(w) -> how many bytes at the end of w POSSESSIVE_END
-- matches, 0 for none: read by bytes (c1 c2 c3 s: one of ' and \226,
-- then \128 and \153 as the pattern lets them be left out), where a gsub
-- tried the pattern at every byte of w
function M.possessive_len(w)
  local n = #w
  if byte(w, n) ~= 115 then return 0 end
  local c1, c2, c3
  if n >= 4 then c1, c2, c3 = byte(w, n - 3, n - 1)
  elseif n == 3 then c2, c3 = byte(w, 1, 2)
  elseif n == 2 then c3 = byte(w, 1) end
  if (c1 == 39 or c1 == 226) and c2 == 128 and c3 == 153 then return 4 end
  if (c2 == 39 or c2 == 226) and (c3 == 128 or c3 == 153) then return 3 end
  if c3 == 39 or c3 == 226 then return 2 end
  return 0
end

-- char_start(s, i) -> start of the UTF-8 character that holds byte i
function M.char_start(s, i)
  -- at most 3 bytes back, and only to a lead byte whose sequence reaches
  -- i: from a stray continuation byte, i itself is the unit
  local b0 = byte(s, i)
  -- (ASCII or a lead byte: i starts its character)
  if not b0 or b0 < 128 or b0 >= 192 then return i end
  local j = i
  while j > 1 and j > i - 3 do
    local b = byte(s, j)
    if not b or b < 128 or b >= 192 then break end
    j = j - 1
  end
  if j < i then
    local e = CHAR:match(s, j)
    if not e or e <= i then return i end
  end
  return j
end

-- tokens(s [, i [, j [, max]]]) -> {s1, e1, s2, e2, ...}: tokens of s[i, j),
-- never starting or ending inside a UTF-8 character: i and j move back to
-- the start of their character as char_start moves them (text.tokens in C
-- does both, with whole = true, and cuts the tokens TOKENS describes,
-- several times faster; tests/lua/text_test.lua checks that they agree).
-- The field nonword marks the first 64 tokens that is_word_at says no to
-- at their start (text.tokens with marks; is_punct_tok in pluk.speech.cues).
-- With max, only the first max tokens (text.tokens's max): for a caller
-- that reads no further.
local ctokens = text.tokens
function M.tokens(s, i, j, max)
  -- (an end before the text: as j - 1 < 0, C would count from the end)
  if j and j < 1 then return {} end
  return ctokens(s, i or 1, j and j - 1 or -1, true, true, true, max)
end
M.TOKENS = TOKENS

local function is_upper_at(s, i)
  local b = byte(s, i)
  if not b then return false end
  if b >= 65 and b <= 90 then return true end
  if b < 128 then return false end
  return TP.upper:match(s, i) ~= nil
end
M.is_upper_at = is_upper_at

local function is_lower_at(s, i)
  local b = byte(s, i)
  if not b then return false end
  if b >= 97 and b <= 122 then return true end
  if b < 128 then return false end
  return TP.lower:match(s, i) ~= nil
end
M.is_lower_at = is_lower_at

local function is_word_at(s, i)
  local b = byte(s, i)
  if not b then return false end
  if (b >= 97 and b <= 122) or (b >= 65 and b <= 90) or (b >= 48 and b <= 57) then
    return true
  end
  if b < 128 then return false end
  return TP.word_char:match(s, i) ~= nil
end
M.is_word_at = is_word_at

-- rare_find(s, needle, init) -> find(s, needle, init, true), init 1 or
-- more, searched from a rarer byte of the needle on and the bytes before
-- it compared: a plain search stops at every place of the needle's first
-- byte, most places of the article for a word in lower case, `the
-- Times` or ` van Dijk`. (That byte: past the first, the first of the
-- rarest class of RARE the needle holds, capitals and digits, then the
-- rarer lower-case letters, then any but the blank (` and `), unless its
-- first byte is as rare; with four bytes or more from it on, as a
-- shorter tail, `ump` of `trump`, stands in other words, and each such
-- find costs more than the stops it saves. rare_tail keeps the needle from that byte on, or false, per
-- needle: a pattern test a class, where a loop over the needle's bytes
-- cost more than most searches.)
local RARE = { "[%u%d]", "[bfjkqvwxyz]", "[cgmpu]", "[^ ]" }
local RARE_HEAD = { "^[%u%d]", "^[bfjkqvwxyz]", "^[cgmpu]", "^[^ ]" }
local rare_tail, rare_n = {}, 0
local function rare_find(s, needle, init)
  local tail = rare_tail[needle]
  if tail == nil then
    tail = false
    for c = 1, #RARE do
      if find(needle, RARE_HEAD[c]) then break end
      local i = find(needle, RARE[c], 2)
      if i and i <= #needle - 3 then
        tail = sub(needle, i)
        break
      end
    end
    rare_n = rare_n + 1
    if rare_n > 20000 then rare_tail, rare_n = {}, 0 end
    rare_tail[needle] = tail
  end
  if not tail then return find(s, needle, init, true) end
  local k = #needle - #tail
  local q = find(s, tail, (init or 1) + k, true)
  while q do
    local e = q + #tail - 1
    if sub(s, q - k, e) == needle then return q - k, e end
    q = find(s, tail, q + 1, true)
  end
  return nil
end
M.rare_find = rare_find

-- whole_words(s, w) -> an iterator over the starts of word w written
-- whole in s (no word character right before or after it), in text
-- order: a plain search, then the bytes around each find
function M.whole_words(s, w)
  local at = 1
  return function()
    while true do
      local a, b = find(s, w, at, true)
      if not a then return nil end
      at = b + 1
      if not is_word_at(s, b + 1) and (a == 1 or not is_word_at(s, M.char_start(s, a - 1))) then return a end
    end
  end
end

-- lower-case key of a word (ASCII fast path), memoised: the analysers
-- ask for the same few thousand words again and again
-- (M.lc_memo: the memo, for callers that read it before they call,
-- `names.lc_memo[w] or lc(w)`, as lc_tok does: most words are in it, and
-- a call costs more than the look-up; a new table past 50,000 words)
local lc_memo, lc_n = {}, 0
local function lc(w)
  local r = lc_memo[w]
  if r then return r end
  if find(w, "[\128-\255]") and text.valid(w) then r = text.lower(w)
  else r = lower(w) end
  lc_n = lc_n + 1
  if lc_n > 50000 then
    lc_memo, lc_n = {}, 0
    M.lc_memo = lc_memo
  end
  lc_memo[w] = r
  return r
end
M.lc = lc
M.lc_memo = lc_memo

-- lc of token k of a flat token array t over s, and the token's text:
-- lc(sub(...)) with the memo read here, one call where there were three
-- (the analysers ask for a token's lower-case key most of all; a caller
-- that reads the word too need not cut it again)
function M.lc_tok(s, t, k)
  local w = sub(s, t[2 * k - 1], t[2 * k] - 1)
  return lc_memo[w] or lc(w), w
end

-- word_key(s, t, k) -> lc_tok's key and text of token k, or nil when the
-- token starts no word (is_word_at; the nonword marks of tokens for the
-- first 64): the loops over a cue's neighbours ask both of a token, and
-- one call is cheaper than two
function M.word_key(s, t, k)
  local marks = t.nonword
  if marks and k <= 64 then
    if (marks >> (k - 1)) & 1 == 1 then return nil end
  elseif not is_word_at(s, t[2 * k - 1]) then
    return nil
  end
  local w = sub(s, t[2 * k - 1], t[2 * k] - 1)
  return lc_memo[w] or lc(w), w
end

-- fold(str) -> lower case without combining marks (Erdoğan -> erdogan),
-- memoised as lc is
-- text_memo(fn) -> fn kept by its argument, a name's text: the same names
-- come back in article after article (the memo starts again past 20,000)
local function text_memo(fn)
  local memo, n = {}, 0
  return function(run)
    local v = memo[run]
    if v == nil then
      v = fn(run)
      n = n + 1
      if n > 20000 then memo, n = {}, 1 end
      memo[run] = v
    end
    return v
  end
end
M.text_memo = text_memo

local fold_memo, fold_n = {}, 0
local function fold(str)
  local f = fold_memo[str]
  if f then return f end
  if not find(str, "[\128-\255]") or not text.valid(str) then
    -- (invalid UTF-8 cannot be normalised: fold its ASCII part only)
    f = lower(str)
  else
    f = text.lower(text.nfkd(str))
    -- combining diacritical marks U+0300-036F
    f = f:gsub("\204[\128-\191]", ""):gsub("\205[\128-\175]", "")
  end
  fold_n = fold_n + 1
  if fold_n > 50000 then fold_memo, fold_n = {}, 0 end
  fold_memo[str] = f
  return f
end
M.fold = fold

---------------------------------------------------------------------------
-- Word lists
---------------------------------------------------------------------------

-- load(lang, name) -> lexicon or nil: along the path the runner set, else
-- the default rule path (a script or test calling outside a run).
local function load(lang, name)
  local ok, lex = pcall(lexicon.load, lang, name)
  if ok then return lex end
  ok, lex = pcall(lexicon.load, lang, name, require("pluk.rules").path())
  if ok then return lex end
  return nil
end
M.load = load

local EMPTY = { list = {}, values = {} }

-- set of lower-case keys (and the first word of multi-word entries when
-- first = true) -> value
local function keyset(lex, into, first)
  into = into or {}
  for _, e in ipairs((lex or EMPTY).list) do
    local v = lex.values[e]
    local k = lc(e)
    if into[k] == nil then into[k] = v end
    if first then
      local w = k:match("^(%S+)%s")
      if w and into[w] == nil then into[w] = v end
    end
  end
  return into
end
M.keyset = keyset

-- (a set no list names: empty, made on its first look-up, so code never
-- indexes nil)
local EMPTY_SETS = { __index = function(sets, name)
  local set = {}
  rawset(sets, name, set)
  return set
end }

-- word_sets(lex) -> set name -> {word -> true}: the sets of a
-- speech_words.txt, one a line, `name = word word ...`, the words as
-- written (a set the list does not name is empty)
local function word_sets(lex)
  local sets = {}
  for _, e in ipairs((lex or EMPTY).list) do
    local set = sets[e] or {}
    sets[e] = set
    local v = lex.values[e]
    if type(v) == "string" then
      for w in v:gmatch("%S+") do set[w] = true end
    end
  end
  return setmetatable(sets, EMPTY_SETS)
end
M.word_sets = word_sets

local grammars = {}

-- grammar(lang) -> {titles, particles, stop, ...}: sets keyed by lower-case
-- word. Rebuilt when a list file along the path changes (a new path).
M.epoch = 0

-- begin() -> call when the rule path may have changed (pluk.speech: when
-- a list it checks once an article is a new table): word lists are
-- checked against the rule path again at the next grammar call of each
-- language, not at every call
function M.begin()
  M.epoch = M.epoch + 1
end

function M.grammar(lang)
  lang = lang or "en"
  local c = grammars[lang]
  if c and c.epoch == M.epoch then return c end
  -- a new rule path gives new tables: one list tells
  if c and c.src[1] == load(lang, "titles") then
    c.epoch = M.epoch
    return c
  end
  local src = {
    load(lang, "titles"), load(lang, "name_particles"),
    load(lang, "name_stopwords"), load(lang, "function_words"),
    load(lang, "pronouns"), load(lang, "determiners"),
    load(lang, "complementizers"), load(lang, "cue_verbs"),
    load(lang, "cue_sources"),
  }
  local g = grammars[lang]
  if g then
    local same = true
    for k = 1, #src do if g.src[k] ~= src[k] then same = false break end end
    if same then g.epoch = M.epoch return g end
  end
  g = { lang = lang, src = src }
  g.titles = keyset(src[1])
  -- multi-word titles (`de heer`, `Prime Minister`): by first word
  g.title_multi = {}
  -- (the last words of titles of two words, for title_tail's first test:
  -- `designate`, `elect`)
  g.title_rest1 = {}
  -- (the titles written in capitals, initials: is_title)
  g.title_caps = {}
  -- (unless the list writes it in title case too: `Pc Vincent Lane`, as
  -- British papers write a constable's `PC`)
  local title_mixed = {}
  for _, e in ipairs((src[1] or EMPTY).list) do
    if find(e, "^%u%l+$") then title_mixed[lc(e)] = true end
  end
  for _, e in ipairs((src[1] or EMPTY).list) do
    if find(e, "^%u%u+$") and not title_mixed[lc(e)] then g.title_caps[lc(e)] = true end
    local first, rest = e:match("^(%S+)%s+(.+)$")
    if first then
      local k = lc(first)
      g.title_multi[k] = g.title_multi[k] or {}
      table.insert(g.title_multi[k], lc(rest))
      if not find(rest, "%s") then g.title_rest1[lc(rest)] = true end
    end
  end
  g.particles = keyset(src[2])
  -- person role nouns (`Actor Doris Day`, `Hezbollah-leider Nasrallah`):
  -- kept out of the canonical form like titles
  g.roles = {}
  local roles = load(lang, "role_nouns")
  src[#src + 1] = roles
  -- and the group nouns, apart: a company named by its trade before its
  -- name (`Zorgverzekeraar VGZ`, `Chipmaker Nvidia`) is the name
  g.groups = {}
  for _, e in ipairs((roles or EMPTY).list) do
    local v = roles.values[e]
    if v == "g" then g.groups[lc(e)] = true
    elseif v ~= "x" then g.roles[lc(e)] = true end
  end
  -- and, in Dutch, where someone is from (`de Argentijn Guillermo
  -- Canas`; English writes its adjectives so, and they open names:
  -- `Saudi Arabia`, `Syrian Democratic Forces`)
  g.demonym = {}
  -- (and, in every language, where someone is from as a word that can
  -- stand before a given name: adjective_lead_cut's `American Kendra
  -- Harrison`; only an adjective's shape, in -an, -ese, -i, -ch, -ss or
  -- -ine: the nouns `Dane`, `Scot`, `Finn` are given names as often,
  -- `Dane Coles`)
  g.lead_demonym = {}
  local demonyms = load(lang, "demonyms")
  if lang == "nl" then
    src[#src + 1] = demonyms
    for _, e in ipairs((demonyms or EMPTY).list) do
      g.roles[lc(e)] = true
      g.demonym[lc(e)] = true
    end
  end
  for _, e in ipairs((demonyms or EMPTY).list) do
    local w = lc(e)
    if find(w, "an$") or find(w, "ese$") or find(w, "i$") or find(w, "ch$") or find(w, "ss$") or find(w, "ine$") then
      g.lead_demonym[w] = true
    end
  end
  -- the definite articles (determiners.txt, value "def"): `van de`
  -- before a run, after_of_person
  -- (src[6], loaded with the grammar's other lists)
  g.definite = {}
  local determiners = src[6]
  for _, e in ipairs((determiners or EMPTY).list) do
    if determiners.values[e] == "def" then g.definite[lc(e)] = true end
  end
  -- the titles by their value, in one pass over the list:
  -- "keep", titles that stay in the canonical name (Pope Francis);
  -- "given", titles only before a given name (PC, Garda), no titles
  -- elsewhere (`PC World`, `the Garda said`); "after", titles that follow
  -- a name (QC, Jr.); "suffix", a generation's suffix (Jr.), part of the
  -- name, kept by its written form without the period (the run's last
  -- word)
  g.keep, g.given_title, g.after = {}, {}, {}
  g.suffix, g.suffix_forms = {}, {}
  for _, e in ipairs((src[1] or EMPTY).list) do
    local v = src[1].values[e]
    if v == "keep" then
      g.keep[lc(e)] = true
    elseif v == "given" then
      g.given_title[e] = true
      g.titles[lc(e)] = nil
    elseif v == "after" then
      g.after[lc(e)] = true
      g.titles[lc(e)] = nil
    elseif v == "suffix" then
      local form = e:gsub("%.$", "")
      g.suffix[lc(form)] = true
      g.suffix_forms[#g.suffix_forms + 1] = form
      g.titles[lc(e)] = nil
    end
  end
  -- last words of newspapers' names, whose capitalised article at a
  -- sentence's start is theirs (`The Baltimore Sun reported`)
  g.press = keyset(load(lang, "press_names"))
  -- organisation words (Council, Ministerie): a name after one is apart
  g.org = {}
  local org = load(lang, "organisation_words")
  for _, e in ipairs((org or EMPTY).list) do g.org[e] = true end
  -- (and in a language that glues nouns, their lower-case forms of four
  -- letters or more as the tails of compounds: see org_compound)
  g.org_suffixes = {}
  if lang ~= "en" then
    local sufs = g.org_suffixes
    for _, e in ipairs((org or EMPTY).list) do
      if #e >= 4 and not find(e, "%s") then sufs[#sufs + 1] = lc(e) end
    end
    -- (the answer kept by the word: the same words come back)
    g.org_compound_of = text_memo(function(w)
      local n = #w
      for i = 1, #sufs do
        local suf = sufs[i]
        if n > #suf + 2 and sub(w, n - #suf + 1) == suf then return true end
      end
      return false
    end)
  end
  -- an office's portfolio, written with a capital between the title and
  -- the name (`wethouder Financiën Sanne de Graaf`): no part of the name
  local portfolios = load(lang, "portfolios")
  src[#src + 1] = portfolios
  g.portfolio = keyset(portfolios)
  -- given names and their sex (given_names.txt): in Dutch an
  -- inhabitant's noun before one opens no name (trim_run); the speech
  -- rules read a person's sex from them (speech/cues.lua, given_first)
  local given = load(lang, "given_names")
  src[#src + 1] = given
  g.given = keyset(given)
  -- (a name with accents also without them, as news often writes it:
  -- `Rene` is René, `Jose` José)
  local bare = {}
  for k, v in next, g.given do
    if find(k, "[\128-\255]") then bare[fold(k)] = v end
  end
  for k, v in next, bare do
    if g.given[k] == nil then g.given[k] = v end
  end
  -- group nouns that name a body by its place, the noun part of the name
  -- (`de rechtbank Amsterdam`; see place_bodies.txt)
  local place_bodies = load(lang, "place_bodies")
  src[#src + 1] = place_bodies
  g.place_body = keyset(place_bodies)
  -- the small word sets of the language (speech_words.txt): the words a
  -- role's complement opens with (after_of_person), adjective_tail,
  -- plural_owner, and spell_join's words with the spaces around them, as
  -- spelled_name reads the gaps between a name's runs
  local words = load(lang, "speech_words")
  src[#src + 1] = words
  g.sets = word_sets(words)
  -- the prepositions (prepositions.txt): a capitalised word after one is
  -- a place or body as often as a person (alone_after_verb)
  local preps = load(lang, "prepositions")
  src[#src + 1] = preps
  g.prep = keyset(preps)
  g.spell_join = {}
  for w in pairs(g.sets.spell_join) do g.spell_join[" " .. w .. " "] = true end
  local stop = {}
  -- src[3..7]: never names; src[8..9] (cue words): may stand inside a name
  -- (United States, Read) but do not start one (Volgens, According)
  for k = 3, 7 do keyset(src[k], stop, true) end
  local stop_start = {}
  for k = 8, 9 do keyset(src[k], stop_start, true) end
  -- (the stop words a name's particle never makes a surname: openers,
  -- days, months and determiners, src[3] and src[6]; a function word
  -- may be one, src[4], `Carmen van der Wel`)
  local never_surname = {}
  keyset(src[3], never_surname, true)
  local fw = {}
  keyset(src[4], fw, true)
  for w in pairs(fw) do never_surname[w] = nil end
  -- (nor a preposition, which opens sentences but ends Flemish names:
  -- `Cieltje Van Achter`, `Jan Van Boven`)
  for w in pairs(g.prep) do never_surname[w] = nil end
  keyset(src[6], never_surname, true)
  -- (the determiners alone: an article in capitals, canonical)
  g.determiner = keyset(src[6])
  -- (and a number's word opens none: `Veertien trekkers vertrokken`; it
  -- may stand inside one, `Formule Een`)
  local numbers = load(lang, "numbers")
  src[#src + 1] = numbers
  for _, e in ipairs((numbers or EMPTY).list) do
    if find(e, "^[%a\128-\255]+$") then stop_start[lc(e)] = stop_start[lc(e)] or true end
  end
  -- (nor, but in English, a modal verb or a finite auxiliary, the
  -- `aux` words of closed_words.txt, that opens a question or an inverted
  -- sentence: `Kon Eric van der Burg niets schelen`, `Zal Van der Poel nu
  -- ...?`; English modals are given names, `Will Smith`, and so is any
  -- the given names list has)
  if lang ~= "en" then
    local modals, closed = load(lang, "modal_verbs"), load(lang, "closed_words")
    src[#src + 1] = modals
    src[#src + 1] = closed
    local function stop(e)
      local w = lc(e)
      if not g.given[w] then stop_start[w] = stop_start[w] or true end
    end
    for _, e in ipairs((modals or EMPTY).list) do stop(e) end
    -- (and an adverb of that list, `Even verderop staat een jonge boer`)
    for _, e in ipairs((closed or EMPTY).list) do
      local v = closed.values[e]
      if v == "aux" or v == "adv" then stop(e) end
    end
  end
  -- (nor a news site's label for a section or a reply, speech_words.txt's
  -- section_label, that stands before a name in a subheading or a byline:
  -- `Reactie KRO-NCRV`, `AD Showbizz Jan Smit (32) moet ...`; it stays a
  -- word elsewhere, `aldus een reactie`)
  for w in pairs(g.sets.section_label) do stop_start[w] = stop_start[w] or true end
  g.stop_start = stop_start
  g.never_surname = never_surname
  -- a weekday's full name (weekdays.txt), no part of a name it follows
  -- (clean_words: `Babar Azam Sunday said`)
  local weekdays = load(lang, "weekdays")
  src[#src + 1] = weekdays
  g.time_word = {}
  for _, e in ipairs((weekdays or EMPTY).list) do
    if #e >= 6 then g.time_word[lc(e)] = true end
  end
  -- a month's name (months.txt): no time word above, as a month may be a
  -- surname (`Theresa May said`); asked where a phrase of when opens the
  -- sentence (`In May Mo Farah said`)
  local months = load(lang, "months")
  src[#src + 1] = months
  g.month_word, g.month_cap = {}, {}
  for _, e in ipairs((months or EMPTY).list) do
    g.month_word[lc(e)] = true
    -- (as written, a stop word: a month the stop words lack, `May`, is a
    -- name's word already)
    if stop[lc(e)] and is_upper_at(e, 1) then g.month_cap[e] = true end
  end
  -- suffixes of capitalised words that are not names (Dutch adjectives of
  -- nationality: -aanse, -ische): entries starting with "-"
  g.stop_suffix = {}
  for _, e in ipairs((src[3] or EMPTY).list) do
    if e:sub(1, 1) == "-" then g.stop_suffix[#g.stop_suffix + 1] = lc(e:sub(2)) end
  end
  -- a particle may start a name (Van der Schans), a title stands before it
  for k in pairs(g.particles) do stop[k] = nil end
  g.stop = stop
  g.title_cache = {}
  g.kind_cache, g.kind_n = {}, 0
  g.epoch = M.epoch
  grammars[lang] = g
  return g
end

---------------------------------------------------------------------------
-- Name runs over tokens
---------------------------------------------------------------------------

-- a particle joined by a hyphen to a capitalised name (`al-Assad`,
-- `el-Sisi`, `bin-Talal`): a name part, though it opens in lower case
-- (key: w in lower case)
local function hyphen_particle_name(w, key, g)
  local _, e, p = find(key, "^(%l+)%-")
  return e ~= nil and g.particles[p] ~= nil and is_upper_at(w, e + 1)
end

-- kind_of(w, g) -> the class of a token whose text is w:
--   "N" name part (capitalised, not a stop word), "I" initial,
--   "A" particle, "T" title, "w" other word, "p" punctuation
-- kept per grammar by the text (a caller that holds the token's text asks
-- this, not kind, and spares a copy from s)
local kind_uncached
local function kind_of(w, g)
  local c = g.kind_cache[w]
  if c then return c end
  c = kind_uncached(w, g)
  local n = g.kind_n + 1
  if n > 50000 then g.kind_cache, n = {}, 0 end
  g.kind_n = n
  g.kind_cache[w] = c
  return c
end
M.kind_of = kind_of

-- kind(s, t, k, g) -> the class of token k of flat token array t over s
-- (kind_of), and the token's text: a caller that reads the word too need
-- not cut it from s again
local function kind(s, t, k, g)
  local w = sub(s, t[2 * k - 1], t[2 * k] - 1)
  -- (the memo read here: most words are in it, and a call costs)
  local kd = g.kind_cache[w] or kind_of(w, g)
  -- (a month's name that the article writes as a surname is one there:
  -- month_surname)
  if kd == "w" and g.month_cap[w] and M.month_surname(s, g, w) then return "N", w end
  return kd, w
end

-- names.month_surname(s, g, m): does article s write month's name m (as
-- written) right after a given name of the list, no number after it
-- (`Fire Chief Todd March said ... March said`; `Theresa May`'s month is
-- no stop word)? A month is no name's word elsewhere (`in March`). The
-- answers are kept in g for the last article asked.
function M.month_surname(s, g, m)
  local memo = g.month_memo
  if g.month_memo_s ~= s then
    memo = {}
    g.month_memo_s, g.month_memo = s, memo
  end
  local found = memo[m]
  if found ~= nil then return found end
  found = false
  for a in M.whole_words(s, m) do
    if not find(s, "^[ ,]*%d", a + #m) then
      local prev = string.match(sub(s, a > 31 and a - 31 or 1, a - 1), "(%u[%l\128-\255]+) $")
      if prev and g.given and g.given[lc(prev)] then found = true break end
    end
  end
  memo[m] = found
  return found
end

-- is word w (key: w in lower case) a title? A title's period may be the
-- next token (Mr. / dhr.); an acronym that spells a title without its
-- period is none (the bank ING, not ing.)
local function is_title(g, key, w)
  -- (a title the list writes in capitals, an office's initials, is one
  -- only so written: `DI Jo Hart`, but `Flavio Di Giacomo`)
  if g.title_caps[key] and find(w, "%l") then return false end
  return g.titles[key] or g.titles[key .. "."] and not find(w, "^%u%u+$")
end

-- does key (a word in lower case) end in one of name_stopwords.txt's
-- suffixes (g.stop_suffix: the endings of Dutch adjectives of place,
-- `Amerikaanse`, `Utrechtse`), with more than two bytes before it?
local function stop_suffixed(g, key)
  for _, suf in ipairs(g.stop_suffix) do
    if #key > #suf + 2 and key:sub(-#suf) == suf then return true end
  end
  return false
end

-- place_adjective(g, key): is the capitalised word whose lower case is
-- key an adjective of place by its ending (stop_suffixed), not a given
-- name of the list that ends so (`Wietse`, `Sietse`)? The word kinds ask
-- it: such a word is no name part.
function M.place_adjective(g, key)
  return stop_suffixed(g, key) and not (g.given and g.given[key])
end

-- the articles only names keep (`Susan van den Hof`, `Van der Bank`):
-- the word after one is a surname, though it is an organisation word
local NAME_ONLY_ARTICLE = { den = true, der = true }
M.NAME_ONLY_ARTICLE = NAME_ONLY_ARTICLE

-- names.past_titles(text, g) -> text after its last word that is a title
-- (`Railway Minister Dinesh ` -> `Dinesh `), text itself when none is
function M.past_titles(text, g)
  local from = 1
  for w, b in string.gmatch(text, "([%a\128-\255%.]+)()") do
    if g.titles[lc(w)] then from = b end
  end
  return from == 1 and text or string.match(text, "^%s*(.*)$", from)
end

-- particle_surname(g, w [, prev]): may capitalised word w, one a list knows in
-- lower case, be the surname after a name's particles (`Carmen van der
-- Wel`)? Not a determiner nor a name stop word that is no function word
-- (g.never_surname: `Björn van The Athlete's Foot`), nor an adjective of
-- place (`Zelenski de Oekraïense bevolking`). The callers ask where it
-- stands: right after a particle, and what opens the run.
function M.particle_surname(g, w, prev)
  if not is_upper_at(w, 1) then return false end
  local key = lc(w)
  -- (an old spelling's -sche after `den` is a surname's, as Flemish names
  -- keep it: `Kristof Van den Bossche`, `Van den Bussche`; prev: the
  -- particle before w, when the caller has it)
  -- (and any such word after an article only names keep, a determiner
  -- too: `Marjan van der Haar`, NAME_ONLY_ARTICLE)
  local lp = prev ~= nil and lc(prev)
  if lp and NAME_ONLY_ARTICLE[lp] and not stop_suffixed(g, key) then return true end
  return not g.never_surname[key]
         and (not stop_suffixed(g, key) or lp == "den" and sub(key, -4) == "sche")
end

kind_uncached = function(w, g)
  -- (a particle list may hold a sign that joins names: `Procter & Gamble`)
  if not is_word_at(w, 1) then return g.particles[w] and "A" or "p" end
  local a, b, s = 1, #w + 1, w
  local key = lc(w)
  if b - a <= 3 and byte(s, b - 1) == 46 then return "I" end
  if is_title(g, key, w) then return "T" end
  if g.particles[key] then return "A" end
  if hyphen_particle_name(w, key, g) then return "N" end
  -- (a surname that opens with an elided `d'` or `t'`, straight or
  -- curly, glued to its capital: `Jack d’Hooghe`, `d'Ancona`, `t'Kint`;
  -- and capitalised, whose ending no adjective's is: `burgemeester
  -- D'Haese`, not the -se of `Utrechtse`)
  if find(w, "^[dtDT]'%u") or find(w, "^[dtDT]\226\128\153%u") then return "N" end
  if is_upper_at(s, a) then
    -- (an acronym is a name even when its letters spell a stop word:
    -- `WHO said`)
    if g.stop[key] and not find(w, "^%u%u+$") then return "w" end
    if M.place_adjective(g, key) then return "w" end
    return "N"
  end
  return "w"
end
M.kind = kind

-- te_particle(g, w, prev [, after]): is w (as written) a particle that
-- joins a surname only right after a given name of the list, prev
-- (speech_words.txt's `given_particle`: Dutch `te`, `Hans te Kolsté`,
-- `Jan Willem te Riele`; `Peter Plasman te Amsterdam` is where he
-- works)? Not before a surname of more words than one, after the
-- capitalised word that follows it (`Marie te Den Haag`). (Two given
-- names before it are as often a double given name, `Jan Willem te
-- Riele`, as a given name used as a surname, `Thomas Simon te Nijmegen`:
-- review 4 of stop 77.)
local function te_particle(g, w, prev, after)
  if not (g.sets.given_particle[w] ~= nil and g.given ~= nil and is_upper_at(prev, 1)
          and g.given[lc(prev)] ~= nil) then
    return false
  end
  return not (after and is_upper_at(after, 1))
end
M.te_particle = te_particle

-- te_surname_written(g, s, w): does article s write surname w (as
-- written) after a particle of `given_particle` that follows a given name
-- (te_particle: `Dennis te Kloese`)? Then the particle with its capital
-- and w, where the article names him by surname (`aldus Te Kloese`, `Te
-- Kloese noemt`), are that surname; elsewhere `te` is a preposition.
function M.te_surname_written(g, s, w)
  for p in next, g.sets.given_particle do
    for a in M.whole_words(s, p .. " " .. w) do
      local prev = string.match(sub(s, a > 41 and a - 41 or 1, a - 1), "(%S+) $")
      if prev and te_particle(g, p, prev) then return true end
    end
  end
  return false
end

-- does capitalised word w read as an adjective only by its ending
-- (stop_suffix: `Amerikaanse`, `Utrechtse`), no stop word? Such a word
-- after a name part, before no word in lower case, is a surname (`Peter
-- Elbertse`, `Jan Adriaanse`): the callers look at its neighbours
local function suffix_word(w, g)
  if not is_upper_at(w, 1) then return false end
  local key = lc(w)
  return not (g.stop[key] or g.titles[key]) and stop_suffixed(g, key)
end
M.suffix_word = suffix_word

-- the last 5 to 14 bytes of key that set has, with min_stem bytes or more
-- before them (a closed compound's head: clubvoorzitter, supermarktketen),
-- or nil
local function closed_tail(set, key, min_stem)
  for l = 5, math.min(14, #key - min_stem) do
    local tail = sub(key, -l)
    if set[tail] then return tail end
  end
  return nil
end

-- is the word a title or a person role (also as the tail of a compound:
-- Secretary-General, Hezbollah-leider, PvdA-Kamerlid)?
local function title_like(g, w)
  -- by the word as written first: no key to make for a word seen before
  local by_word = g.title_word
  if not by_word or g.title_word_n >= 50000 then
    by_word = {}
    g.title_word, g.title_word_n = by_word, 0
  end
  local hit = by_word[w]
  if hit ~= nil then return hit end
  g.title_word_n = g.title_word_n + 1
  local key = lc(w):gsub("%.$", "")
  hit = g.title_cache[key]
  if hit ~= nil then
    by_word[w] = hit
    return hit
  end
  local r = false
  if is_title(g, key, w) or g.roles[key] then r = true
  else
    local tail = key:match("%-([^%-]+)$")
    if tail and (g.titles[tail] or g.roles[tail]) then r = true
    elseif #key > 7 then
      -- closed compounds: defensieminister, clubvoorzitter
      if closed_tail(g.roles, key, 3) then r = true end
    end
  end
  g.title_cache[key] = r
  by_word[w] = r
  return r
end
M.title_like = title_like

-- is the capitalised word w a group noun of the role list (also as a
-- compound's tail: Coalitiepartij, Supermarktketen), and no organisation
-- word? true, "org" or false (asked of a run's first word only)
local function group_word(g, w)
  if g.org[w] then return false end
  local key = lc(w)
  if g.groups[key] then return true end
  -- (and its plural in -s, as a headline or a lead writes it: `Developers
  -- DU Construction said`)
  if #key > 4 and byte(key, -1) == 115 and g.groups[sub(key, 1, -2)] then return true end
  -- (a compound of an organisation word may open a name of several words,
  -- `Ondernemersvereniging Binnenstad Zwolle`: "org", for the caller to
  -- weigh; `Coalitiepartij CDA`)
  -- (a stem of three letters in a language that glues nouns:
  -- `Busvervoerder`; English glues few, `Flyboard` is no board)
  local tail = key:match("%-([^%-]+)$") or closed_tail(g.groups, key, g.lang == "en" and 4 or 3)
  if not (tail and g.groups[tail]) then return false end
  return g.org[upper(sub(tail, 1, 1)) .. sub(tail, 2)] and "org" or true
end

-- start of the character holding byte i of string w
char_start_of = function(w, i)
  while i > 1 do
    local b = byte(w, i)
    if b < 128 or b >= 192 then break end
    i = i - 1
  end
  return i
end

-- does a word end in a possessive 's, or a plural's or an s-name's
-- apostrophe alone (`Sky News’ Kay Burley`, `Witnesses'`)?
possessive_word = function(w)
  local n = #w
  if byte(w, n) == 39 and byte(w, n - 1) == 115 or sub(w, -3) == "\226\128\153" and byte(w, n - 3) == 115 then
    return n > 3
  end
  if byte(w, n) ~= 115 then return false end
  return byte(w, n - 1) == 39 or sub(w, -4, -2) == "\226\128\153"
end

-- does token k end in a possessive 's (Taiwan's, Day’s)?
-- plurals whose possessive opens an organisation's name (`Women's
-- Institute`, `People's Party`; g.sets.plural_owner): a name's possessive
-- does not (`Trump's Office`)
-- (and the plurals in -men: `Fishermen's Association`, `Seamen's Union`)
local function plural_owner(owner, g)
  return g.sets.plural_owner[owner] or #owner > 5 and sub(owner, -3) == "men" and is_upper_at(owner, 1)
end
-- the owner of possessive word w (`Women's` -> `Women`), or nil
local function possessive_owner(w)
  local pe = find(w, POSSESSIVE_END)
  return pe and sub(w, 1, pe - 1) or nil
end

-- is w a compound that ends in an organisation word, in a language that
-- glues nouns (`Vissersbond`, `Rijksmuseum`: `de Nederlandse Vissersbond`)?
-- (g.org_compound_of, made with the grammar, holds the suffix test)
function M.org_compound(g, w)
  local of = g.org_compound_of
  return of ~= nil and of(w)
end

local function possessive(s, t, k)
  local b = t[2 * k]
  local c = byte(s, b - 1)
  if c ~= 115 then return false end
  if byte(s, b - 2) == 39 then return true end
  return sub(s, b - 4, b - 2) == "\226\128\153"
end
M.possessive = possessive

-- joined_len(s, t, j, g) -> how many tokens from token j on go on a name
-- run although the tokens cut them apart: 1 for the period of an initial
-- before a particle (`J. de Vries`: the tokens cut an initial only before
-- a capital), 2 for an elided particle the grammar lists (`van 't Hof`:
-- ' and t), 1 for a sign the particles list between capitalised words
-- (`Ouders & Onderwijs`); 0 for none. (Punctuation only: a word is never
-- asked.)
local function joined_len(s, t, j, g)
  local a, e = t[2 * j - 1], t[2 * j]
  local c = byte(s, a)
  local n = #t // 2
  if c == 38 then
    return (e == a + 1 and j > 1 and j < n and g.particles["&"] and is_upper_at(s, t[2 * j - 3])
            and is_upper_at(s, t[2 * j + 1])) and 1 or 0
  end
  if c == 46 then
    -- the period right after a one-letter capital, a particle after it
    return (j > 1 and j < n and t[2 * j - 2] == a and t[2 * j - 3] == a - 1
            and is_upper_at(s, a - 1) and kind(s, t, j + 1, g) == "A") and 1 or 0
  end
  if not ((c == 39 and e == a + 1) or (c == 226 and sub(s, a, e - 1) == "\226\128\153")) then
    return 0
  end
  if j > 1 and j < n and t[2 * j - 2] == a and byte(s, a - 1) == 115 and t[2 * j + 1] > e and g.org then
    -- a plural's possessive, glued to a capitalised word in -s, white
    -- space after it, goes on in an organisation's name that ends in an
    -- organisation word: `The Brookfield Traders' Association`, `the
    -- National Farmers’ Union` (not `the Smiths' house`)
    if not is_upper_at(s, t[2 * j - 3]) then return 0 end
    local l2 = M.run_starting(s, t, j + 1, g)
    return (l2 and g.org[sub(s, t[2 * l2 - 1], t[2 * l2] - 1)]) and 1 or 0
  end
  if j >= n or t[2 * j + 1] ~= e then return 0 end
  return g.particles["'" .. lc(sub(s, e, t[2 * j + 2] - 1))] and 2 or 0
end
M.joined_len = joined_len

-- initial_end(s, t, k) -> k + 1 when token k is one capital letter and
-- token k + 1 its period, written against it (a surname given by its
-- initial, as Dutch reports name suspects: `Ricardo V.`), else k
function M.initial_end(s, t, k)
  local a, e = t[2 * k - 1], t[2 * k]
  if not a or e - a ~= 1 then return k end
  local c = byte(s, a)
  if c >= 65 and c <= 90 and t[2 * k + 1] == e and byte(s, e) == 46 then return k + 1 end
  return k
end

-- M.suffix_period(s, p, g): is byte p of s the period of a generation's
-- suffix written against it (`Jr.`)?
function M.suffix_period(s, p, g)
  if byte(s, p) ~= 46 then return false end
  local w = string.match(sub(s, p - 3, p - 1), "%a+$")
  return w ~= nil and g.suffix[lc(w)] == true
end

-- is token k of t a period that belongs to the name before it: of a
-- surname given by its initial, after a name part and perhaps particles
-- (`Ricardo V.`, `Marco de G.`, `Peter van der M.`: the way Dutch news
-- names a suspect), or of a generation's suffix after a name part
-- (`Robert Downey Jr.`)?
function M.surname_initial(s, t, k, g)
  if k < 3 then return false end
  if M.initial_end(s, t, k - 1) ~= k then
    -- (the suffixes are two letters: `Jr`, `Sr`; the length asked first,
    -- as most periods follow a longer word)
    if t[2 * k - 1] ~= t[2 * k - 2] or t[2 * k - 2] - t[2 * k - 3] ~= 2
       or not M.suffix_period(s, t[2 * k - 1], g) then
      return false
    end
    -- (a surname that is a title's word too: `Martin Luther King Jr.`)
    return is_upper_at(s, t[2 * k - 5])
  end
  local j = k - 2
  while j > 1 and M.kind(s, t, j, g) == "A" do j = j - 1 end
  return M.kind(s, t, j, g) == "N"
end

-- is word w an acronym: two capitals or more and nothing else (`ANWB`),
-- or a short one with letters of its joining words in lower case, at
-- least half of it capitals (`PvdA`, `AOb`, `FvD`; not `McCain`, `TikTok`)
local function is_acronym(w)
  if find(w, "^%u%u+$") then return true end
  local n = #w
  if n > 6 or not find(w, "^%u%a+$") then return false end
  local _, caps = w:gsub("%u", "")
  return caps >= 2 and 2 * caps >= n
end
M.is_acronym = is_acronym

-- is word w an organisation word or an acronym, so that one capitalised
-- particle before it is the sentence's article, not a surname's (`De
-- ANWB`, `De Vereniging van Effectenbezitters`, a compound of one too,
-- `De Ondernemersvereniging van Zwolle`; run_ending, clean_run)?
local function organisation_head(g, w)
  return g.org ~= nil and (g.org[w] ~= nil or M.org_compound(g, w)) or is_acronym(w)
         -- (and an acronym's compound: `De GGD-Ghor`, `De FNV-bond`)
         or find(w, "^%u%u+%-") ~= nil and is_acronym(string.match(w, "^(%u+)%-"))
end

-- is a name of first word w and last word last an organisation's, so
-- that one capitalised particle before it is the sentence's article: its
-- first word as above, or its last an organisation word or a compound of
-- one (`De Algemene Onderwijsbond`, `De Consumentenbond`)
-- holds_org_word(g, text): is a word of text (split at white space) an
-- organisation word as written (organisation_words.txt)?
local function holds_org_word(g, text)
  if not g.org then return false end
  for x in text:gmatch("%S+") do
    if g.org[x] then return true end
  end
  return false
end

-- (run: the run's text, when an organisation word inside it counts too:
-- `De Algemene Vereniging Schoolleiders`)
local function organisation_run(g, w, last, run)
  if organisation_head(g, w) or g.org ~= nil and (g.org[last] ~= nil or M.org_compound(g, last)) then return true end
  return run ~= nil and holds_org_word(g, run)
end

-- title_tail(s, t, j, w, g): is token j (text w) the last word of a
-- title of two words whose first word, token j - 1, is a title of its
-- own (`Premier Designate`, `President Elect`)?
local function title_tail(s, t, j, w, g)
  local lw = lc_memo[w] or lc(w)
  if not g.title_rest1[lw] then return false end
  local pw = sub(s, t[2 * j - 3], t[2 * j - 2] - 1)
  local multi = g.title_multi[lc_memo[pw] or lc(pw)]
  if not multi or (g.kind_cache[pw] or kind_of(pw, g)) ~= "T" then return false end
  for _, m in ipairs(multi) do
    if m == lw then return true end
  end
  return false
end
M.title_tail = title_tail

-- given_before(s, t, k, g): is token k - 1 of t a given name of the list?
-- (a title's word right after one is that name's surname where no name
-- follows: `said Commissioner Gregg Bishop.`, as `Mary Bishop` reads in
-- a run's words)
local function given_before(s, t, k, g)
  return k > 1 and g.given ~= nil and g.given[lc(sub(s, t[2 * k - 3], t[2 * k - 2] - 1))] ~= nil
end
M.given_before = given_before

-- names.unknown_first(g, w, tw) -> may w, a name part the given-name list
-- lacks, be a given name before a surname that a title's word tw spells,
-- one of speech_words.txt's `surname_role` (`verklaart Ebeling Koning.`,
-- as `Jan Koning`; not `Rutte Premier`)? Not an organisation's word, an
-- acronym or a title's own word (a module field: this file is at Lua's
-- limit of locals)
function M.unknown_first(g, w, tw)
  local sr = g.sets.surname_role
  if not (sr and w and tw and sr[lc(tw)]) then return false end
  if not find(w, "^%u[%l\128-\255]+$") or not find(tw, "^%u[%l\128-\255]+$") then return false end
  return not (g.org[w] or g.titles[lc(w)] or title_like(g, w) or g.stop[lc(w)] or g.after[lc(tw)] or g.keep[lc(tw)])
end

-- names.para_break(s, t, j): does a paragraph's break (a blank line)
-- stand between token j of t and token j + 1? A name's run ends there,
-- both ways: a headline's last words are no part of the name that opens
-- the text (`Storm Hits Town // Angela Brooks, headteacher of ...`), nor
-- a paragraph's first word of the name that ends the one before. The
-- callers ask only where the gap is wider than one byte (a module
-- field: this file is at Lua's limit of locals)
function M.para_break(s, t, j)
  return find(sub(s, t[2 * j], t[2 * j + 1] - 1), "\n%s*\n") ~= nil
end

-- names.title_field_end(g, ws, first, last) -> where the person's name
-- starts in words ws[first .. last] that follow a capitalised title: at
-- the first given name of one sex (given_names.txt) before the last word,
-- after two words or more that are no given names nor roles (the title's
-- field in capitals: `Cathay Pacific Director Service Delivery James
-- Ginns` is James Ginns; `Chief Nurse Vicky Morris` is the title's, and
-- one word may be a given name the list lacks, `president Golam Mostafa
-- Chowdhury`); else first
function M.title_field_end(g, ws, first, last)
  if not g.given then return first end
  for p = first, last - 1 do
    local key = lc(ws[p])
    local sex = g.given[key]
    if sex == "m" or sex == "f" then return p >= first + 2 and p or first end
    if sex or g.roles[key] then break end
  end
  return first
end

-- run_ending(s, t, k, g) -> first token index of the name run that ends
-- with token k (a name part), or nil when token k is not a name part.
-- Particles inside the run are kept (Wout-Jan van der Schans), and so are
-- capitalised ones that open it (Van der Schans); lower-case ones before
-- the first name part are not (the caller decides: `zei van Boxtel`).
-- Titles before the run are not included (see title_before).
-- kw: token k's text, from a caller that knows it to be a name part
-- (kind "N"): its class is not asked again.
function M.run_ending(s, t, k, g, kw)
  if not kw then
    local kk
    kk, kw = kind(s, t, k, g)
    -- (a title's word right after a given name ends a run as its
    -- surname: `Gregg Bishop`, as run_starting reads it)
    -- (and a capitalised word a list knows in lower case after a name's
    -- particle, as run_starting reads it: `Van der Wel`)
    if kk ~= "N" and not (kk == "T" and given_before(s, t, k, g))
       and not (kk == "w" and k > 1 and kind(s, t, k - 1, g) == "A" and M.particle_surname(g, kw, sub(s, t[2 * k - 3], t[2 * k - 2] - 1))) then
      return nil
    end
  end
  if k > 1 and title_tail(s, t, k, kw, g) then return nil end
  -- first_w: the text of token first, when known (nil: cut it from s)
  local first, first_w = k, kw
  local j = k - 1
  -- (kind's answer read here, its memo without the call a token)
  local kinds = g.kind_cache
  while j >= 1 do
    if t[2 * j + 1] - t[2 * j] > 1 and M.para_break(s, t, j) then break end
    local w = sub(s, t[2 * j - 1], t[2 * j] - 1)
    local kd = kinds[w] or kind_of(w, g)
    if (kd == "N" or kd == "I") and possessive(s, t, j) then
      -- (an organisation's name goes on through a title's possessive
      -- before its organisation word: `Alachua County Sheriff's Office`,
      -- `the Attorney General's Office`; and through a plural's before
      -- any: `the Women's Institute`, `People's Liberation Army`,
      -- `Women's Ordination Worldwide`; `Trump's Office` is Trump's)
      local owner = possessive_owner(w)
      if not (plural_owner(owner, g) or g.org and g.org[kw] and first == k and g.titles[lc(owner)]) then
        -- (a saint's possessive opens an institution's name, the saint's
        -- word with it, and so does a king's or a queen's: `St John's
        -- Group Practice`, `St Mary's Hospital`, `King's College
        -- Hospital`; speech_words.txt's `saint_word`, `royal_owner`)
        local sw = j > 1 and sub(s, t[2 * j - 3], t[2 * j - 2] - 1)
        local lead = sw and g.sets.saint_word[sw] and j - 1
        if not lead and sw == "." and j > 2 and g.sets.saint_word[sub(s, t[2 * j - 5], t[2 * j - 4] - 1) .. "."] then
          lead = j - 2
        end
        if lead and first > j then
          first, first_w = lead, nil
        elseif g.sets.royal_owner[owner] and first > j then
          first, first_w = j, w
        end
        break
      end
      first, first_w = j, w
      j = j - 1
    elseif w == "'" or w == "\226\128\153" then
      -- a plural's possessive before an organisation word goes on in its
      -- name, the apostrophe a token of its own: `The Brookfield Traders'
      -- Association`, `the National Farmers’ Union` (glued to a
      -- capitalised word in -s, white space after it)
      local pa, pe = t[2 * j - 3], t[2 * j - 2]
      if not (j > 1 and g.org and g.org[kw] and pe == t[2 * j - 1] and t[2 * j] < t[2 * j + 1]
              and byte(s, pe - 1) == 115 and is_upper_at(s, pa)) then
        break
      end
      local pw = sub(s, pa, pe - 1)
      local pk = kinds[pw] or kind_of(pw, g)
      if pk ~= "N" then break end
      first, first_w = j - 1, pw
      j = j - 2
    elseif kd == "T" and g.keep[lc(w)] then
      -- a title that is part of the name: Pope Francis
      first, first_w = j, w
      break
    elseif kd == "T" and g.org and g.org[kw] then
      -- and in an organisation's name: `Justice Department`, `Attorney
      -- General's Office`
      first, first_w = j, w
      j = j - 1
    elseif (kd == "N" or kd == "I") and not (j > 1 and title_tail(s, t, j, w, g)) then
      first, first_w = j, w
      j = j - 1
    elseif kd == "N" or kd == "I" then
      -- (the rest of a title of two words that opens with a title of
      -- one: `Premier Designate Wab Kinew`)
      break
    elseif kd == "w" and j > 2 and first == j + 1 and g.org and M.place_adjective(g, lc(w))
           and kind(s, t, j - 1, g) == "A" and not is_upper_at(s, t[2 * j - 3])
           and g.org[sub(s, t[2 * j - 5], t[2 * j - 4] - 1)] then
      -- (an adjective of place after an organisation word's particle is
      -- the organisation's, as run_starting reads it: `de Orde van
      -- Vlaamse Balies`)
      first, first_w = j, w
      j = j - 1
    elseif kd == "w" and j > 1 and first == j + 1 and first == k and g.sets.given_particle[w]
           and te_particle(g, w, sub(s, t[2 * j - 3], t[2 * j - 2] - 1)) then
      -- (a given name and `te` before the surname: `Hans te Kolsté`)
      first, first_w = j - 1, nil
      break
    elseif kd == "A" or (j > 1 and joined_len(s, t, j - 1, g) == 2) then
      -- particles, an elided one (`'t`) among them, and the period of an
      -- initial before them (`J. de Vries`)
      local i = j
      while i >= 1 do
        if kind(s, t, i, g) == "A" then i = i - 1
        elseif i > 1 and joined_len(s, t, i - 1, g) == 2 then i = i - 2
        else break end
      end
      if i > 1 and joined_len(s, t, i, g) == 1 then i = i - 1 end
      local before, bw
      if i >= 1 then before, bw = kind(s, t, i, g) end
      if before == "N" or before == "I" then
        first, first_w = i, bw
        j = i - 1
      elseif before == "T" and g.lang == "en" and i + 1 < first then
        -- in English a title's name keeps its particles: `Mayor de
        -- Blasio` is de Blasio
        first, first_w = i + 1, nil
        break
      else
        -- capitalised particles open the name: Van der Schans, De Vries;
        -- not one alone, an article, before an organisation word or an
        -- acronym (`De Vereniging van Effectenbezitters`, `De ANWB meldt`;
        -- `Van 't Hof` keeps its two), or before a name that ends in one
        -- (`De Consumentenbond`)
        -- (and so the capitalised ones after a preposition's particle in
        -- lower case: `de advocaat van Van der Wal` is Van der Wal)
        local x = i + 1
        while x < first and not is_upper_at(s, t[2 * x - 1]) do x = x + 1 end
        local fw = first_w or sub(s, t[2 * first - 1], t[2 * first] - 1)
        if x < first and not (first == x + 1 and organisation_run(g, fw, kw, sub(s, t[2 * first - 1], t[2 * k] - 1))) then
          first, first_w = x, nil
        end
        break
      end
    else
      break
    end
  end
  -- an adjective of a country or place that the organisation list has
  -- (no name part by its ending, name_stopwords.txt) opens an
  -- organisation's name: `de Europese Commissie`, `de Nederlandse
  -- Vereniging van Makelaars` (not a person's: `de Belgische Tom Boonen`)
  if first > 1 and g.org then
    local aw = sub(s, t[2 * first - 3], t[2 * first - 2] - 1)
    if g.org[aw] and (kinds[aw] or kind_of(aw, g)) == "w" then
      for x = first, k do
        local xw = sub(s, t[2 * x - 1], t[2 * x] - 1)
        if g.org[xw] or M.org_compound(g, xw) then
          first, first_w = first - 1, aw
          break
        end
      end
    end
  end
  -- (a title's field in capitals between the title and a given name,
  -- M.title_field_end: `Director Service Delivery James Ginns said`)
  if first > 1 and k - first >= 3 and g.given and kind(s, t, first - 1, g) == "T" and is_upper_at(s, t[2 * first - 3]) then
    local ws = {}
    for x = first, k do ws[x - first + 1] = sub(s, t[2 * x - 1], t[2 * x] - 1) end
    first, first_w = first + M.title_field_end(g, ws, 1, #ws) - 1, nil
  end
  -- a cue word does not open a name: `Volgens Zuckerberg`
  -- (lc's memo read first, as in lc_tok)
  while first < k do
    local fw = first_w or sub(s, t[2 * first - 1], t[2 * first] - 1)
    if not g.stop_start[lc_memo[fw] or lc(fw)] then break end
    first, first_w = first + 1, nil
  end
  if first == k and g.stop_start[lc_memo[kw] or lc(kw)] then return nil end
  return first
end

-- affiliation(s, t, k, g) -> does the particle at token k, right after a
-- name, open where that person is from rather than the rest of the name?
-- Past the particles a word in lower case follows (`Petra de Wit van het
-- Antoni van Leeuwenhoek`, `Karin de Boer van branchevereniging Jeugdzorg
-- Nederland`), an acronym or an organisation word (`Jan Jansen van de
-- KNVB`, `van de Universiteit Utrecht`): no surname is any of these.
-- A particle after a surname that has a particle of its own does too
-- (`Fernand de Boer van Degroof Petercam`).
-- (`Jan van den Berg`, `Jan Peter van der Ploeg` go on.)
function M.affiliation(s, t, k, g)
  local n = #t // 2
  -- (a second particle after a surname with one of its own opens where
  -- the person is from: `Fernand de Boer van Degroof Petercam`; double
  -- surnames so written are rare)
  -- (the surname a word a list knows, which its particle makes one:
  -- `Caroline Van den Bossche van Sea Life`)
  if k >= 3 and kind(s, t, k - 2, g) == "A" then
    local kd1, w1 = kind(s, t, k - 1, g)
    if kd1 == "N" or kd1 == "w" and M.particle_surname(g, w1, sub(s, t[2 * k - 5], t[2 * k - 4] - 1)) then return true end
  end
  local j = k + 1
  while j <= n do
    local kd, w = kind(s, t, j, g)
    if kd ~= "A" then
      -- (a capitalised word a list knows in lower case, that a name's
      -- particle makes a surname, is no place: `Cieltje Van Achter`)
      if kd == "w" then return not M.particle_surname(g, w, sub(s, t[2 * j - 3], t[2 * j - 2] - 1)) end
      -- (or a Dutch adjective of place before a noun in lower case: `van
      -- de Antwerpse politie`)
      if kd == "N" and g.lang == "nl" and j < n and (find(w, "se$") or find(w, "sche$"))
         and is_lower_at(s, t[2 * j + 1]) then
        return true
      end
      if kd ~= "N" then return false end
      -- (an organisation word or a compound of one: `van de
      -- Patiëntenfederatie`; or a word with a capital inside after four
      -- letters in lower case, as parties and brands write their names,
      -- `van de ChristenUnie`, `van GroenLinks`: not `McDonald`, `DiCaprio`;
      -- or a word with a digit, which no surname has: `van D66`)
      -- (not after `den`/`der`, NAME_ONLY_ARTICLE: no court or bank)
      local archaic = j > k + 1 and NAME_ONLY_ARTICLE[sub(s, t[2 * j - 3], t[2 * j - 2] - 1)]
      if is_acronym(w) or not archaic and (g.org[w] ~= nil or M.org_compound(g, w)) or find(w, "%l%l%l%l%u") or find(w, "%d") then
        return true
      end
      -- (or an organisation word among the capitalised words after it:
      -- `van Treant Zorggroep`)
      for y = j + 1, (n < j + 4 and n or j + 4) do
        local ky, wy = kind(s, t, y, g)
        if ky ~= "N" then break end
        if g.org[wy] or M.org_compound(g, wy) then return true end
      end
      return false
    end
    j = j + 1
  end
  return false
end

-- names.org_word_in(s, t, a, b, g): is one of tokens a to b of t an
-- organisation word as written (organisation_words.txt)?
function M.org_word_in(s, t, a, b, g)
  for y = a, b do
    if g.org[sub(s, t[2 * y - 1], t[2 * y] - 1)] then return true end
  end
  return false
end

-- run_starting(s, t, k, g) -> last token index of the name run that starts
-- at token k, or nil.
function M.run_starting(s, t, k, g)
  local n = #t // 2
  local kd, kw = kind(s, t, k, g)
  local last
  local j = k
  if kd == "A" then
    if not is_upper_at(s, t[2 * k - 1]) then return nil end
  elseif kd ~= "N" and kd ~= "I" then
    return nil
  elseif g.stop_start[lc(kw)] then
    return nil
  end
  while j <= n do
    if j > k and t[2 * j - 1] - t[2 * j - 2] > 1 and M.para_break(s, t, j - 1) then break end
    local wj
    kd, wj = kind(s, t, j, g)
    if kd == "N" then
      last = j
      j = j + 1
      -- a possessive ends the name: Taiwan's Constitutional Court (not
      -- a generic plural's, which opens one: `Women's Ordination
      -- Worldwide`, as run_ending reads it)
      if possessive(s, t, last) then
        local owner = possessive_owner(sub(s, t[2 * last - 1], t[2 * last] - 1))
        if not (owner and plural_owner(owner, g) and j <= n and kind(s, t, j, g) == "N") then break end
      end
    elseif kd == "I" or kd == "A" then
      j = j + 1
    elseif kd == "w" and j > k and kind(s, t, j - 1, g) == "A" and M.particle_surname(g, wj, sub(s, t[2 * j - 3], t[2 * j - 2] - 1))
           and (last or j >= k + 2 and is_upper_at(s, t[2 * k - 1])) then
      -- (a capitalised word that a list knows in lower case, after a
      -- name's particles, is the surname: `Carmen van der Wel`, `vertelt
      -- Van der Wel`; two particles when they open the run, not `De
      -- Italiaanse renner`; no adjective's ending, `Zelenski de Oekraïense
      -- bevolking`)
      last = j
      break
    elseif kd == "T" and last == j - 1 and (given_before(s, t, j, g) or j == k + 1 and M.unknown_first(g, kw, wj))
           and (j == n or kind(s, t, j + 1, g) ~= "N" and not g.particles[lc(sub(s, t[2 * j + 1], t[2 * j + 2] - 1))]) then
      -- (a title's word right after a given name, no name after it, is
      -- the surname: `said Commissioner Gregg Bishop.`, as the name
      -- index reads it)
      last = j
      break
    elseif kd == "w" and last and j < n and g.org and kind(s, t, j - 1, g) == "A" and not is_upper_at(s, t[2 * j - 3])
           and M.place_adjective(g, lc(wj)) and kind(s, t, j + 1, g) == "N" and M.org_word_in(s, t, k, j - 2, g) then
      -- (an adjective of place after an organisation word's particle,
      -- before the name's next word, is the organisation's: `de Orde van
      -- Vlaamse Balies`)
      j = j + 1
    elseif j == k + 1 and j < n and kd == "w" and g.sets.given_particle[wj]
           and te_particle(g, wj, kw, j + 2 <= n and sub(s, t[2 * j + 3], t[2 * j + 4] - 1) or nil)
           and kind(s, t, j + 1, g) == "N" then
      -- (a given name and `te` before the surname: `Hans te Kolsté`)
      j = j + 1
    else
      local jl = kd == "p" and j > k and joined_len(s, t, j, g) or 0
      if jl == 0 then break end
      j = j + jl
    end
  end
  return last
end

-- title_before(s, t, k, g) -> index of the first title token of the titles
-- right before token k (`Prime Minister`, `dhr.`), or k when none.
function M.title_before(s, t, k, g)
  local first = k
  local j = k - 1
  -- (kind's answer read here, its memo without the call a token)
  local kinds = g.kind_cache
  while j >= 1 do
    local w = sub(s, t[2 * j - 1], t[2 * j] - 1)
    local kd = kinds[w] or kind_of(w, g)
    if kd == "T" then
      first = j
      j = j - 1
    elseif kd == "p" and w == "." and j > 1 and kind(s, t, j - 1, g) == "T" then
      first = j - 1
      j = j - 2
    else
      -- multi-word titles: `de heer`, `Prime Minister`
      local key = lc_memo[w] or lc(w)
      local multi = g.title_multi[key]
      if multi and first <= k then
        local rest = lc(sub(s, t[2 * (j + 1) - 1], t[2 * first] - 1))
        local ok = false
        for _, m in ipairs(multi) do
          if rest:sub(1, #m) == m then ok = true end
        end
        if ok then first = j j = j - 1 else break end
      else
        break
      end
    end
  end
  return first
end

-- title_portfolios_before(s, t, k, g) -> the first token of the titles
-- and a minister's portfolios that stand before token k, after of/for
-- (`Minister of Health`, `Commissioner of Police`, `Minister for Justice
-- and Equality`); k when none do
function M.title_portfolios_before(s, t, k, g)
  local portfolio = g.portfolio
  if not portfolio then return k end
  local j = k - 1
  while j >= 1 do
    local lw = lc(sub(s, t[2 * j - 1], t[2 * j] - 1))
    if not (portfolio[lw] or (lw == "and" or lw == "en" or lw == "&" or lw == ",") and j < k - 1) then break end
    j = j - 1
  end
  if j == k - 1 or j < 2 or not M.PORTFOLIO_PREP[lc(sub(s, t[2 * j - 1], t[2 * j] - 1))] then return k end
  local first = M.title_before(s, t, j, g)
  if first == j then return k end
  -- (a hyphen joins two titles: `Inspector-General of Police`)
  if first > 2 and sub(s, t[2 * first - 3], t[2 * first - 2] - 1) == "-" and t[2 * first - 2] == t[2 * first - 1]
     and t[2 * first - 4] == t[2 * first - 3] then
    local f2 = M.title_before(s, t, first - 1, g)
    if f2 < first - 1 then first = f2 end
  end
  return first
end

-- find(s, i, j, lang) -> mentions {s = , e = , text = } of names in s[i, j)
function M.find(s, i, j, lang)
  local g = M.grammar(lang)
  local t = M.tokens(s, i, j)
  local n = #t // 2
  local out = {}
  local k = 1
  while k <= n do
    local last = M.run_starting(s, t, k, g)
    if last then
      local a, b = t[2 * k - 1], t[2 * last]
      out[#out + 1] = { s = a, e = b, text = sub(s, a, b - 1) }
      k = last + 1
    else
      k = k + 1
    end
  end
  return out
end

-- title_rest_words(str, t, k, n, g, w) -> how many words after token k
-- (of n) make a title of two words or more with its word w, key of
-- g.title_multi (`Prime Minister`, `Premier Designate`); 0 when none
local function title_rest_words(str, t, k, n, g, w)
  local multi = k < n and g.title_multi[w]
  if not multi then return 0 end
  local rest = lc(sub(str, t[2 * k + 1]))
  for _, m in ipairs(multi) do
    if rest:sub(1, #m) == m and (#rest == #m or rest:sub(#m + 1, #m + 1) == " ") then
      local _, words = m:gsub("%S+", "")
      return words
    end
  end
  return 0
end

-- strip_titles(str, lang) -> str without leading titles ("President
-- Donald Trump" -> "Donald Trump"); unchanged when nothing is left.
local strip_titles_uncached
local strip_cache = {}
local strip_count = 0
function M.strip_titles(str, lang, g)
  local key = (lang or "") .. "\0" .. str
  local hit = strip_cache[key]
  if hit then return hit end
  hit = strip_titles_uncached(str, lang, g)
  strip_count = strip_count + 1
  if strip_count > 20000 then strip_cache, strip_count = {}, 0 end
  strip_cache[key] = hit
  return hit
end

-- body_lead(str, t, g): is the first word of name str (tokens t) a
-- capitalised word, no given name, title or particle, before a given
-- name of one sex of given_names.txt and a third word: the body or place
-- of a role before it, no part of the person's name (`woordvoerder
-- Rijkswaterstaat Jan de Vries`)? Not in English, whose news names a
-- body before the role (`Rijkswaterstaat spokesman`) and many of whose
-- given names the list lacks (`Dawn Marie Marchand`, `Rei Josiah
-- Echano`); nor an initial (`J. Kirk Thompson`).
function M.body_lead(str, t, g)
  if #t < 6 or g.lang == "en" or not g.given or not is_upper_at(str, t[1]) or not is_upper_at(str, t[3])
     or byte(str, t[2] - 1) == 46 then
    return false
  end
  -- (a word of five letters or more, or an acronym: not the short words
  -- that open Arabic and West African names, `Abu Mohammed al-Jolani`,
  -- `Umm Ahmed`, `Bola Ahmed Tinubu`)
  local raw = sub(str, t[1], t[2] - 1)
  if #raw < 5 and not find(raw, "^%u%u") then return false end
  local first = lc(raw)
  local sex = g.given[lc(sub(str, t[3], t[4] - 1))]
  return (sex == "m" or sex == "f") and g.given[first] == nil and not g.particles[first] and not g.titles[first]
end

-- the prepositions between a title and its portfolio (`Minister for
-- Agriculture`, `minister van Financiën`)
local PORTFOLIO_PREP = { ["of"] = true, ["for"] = true, ["van"] = true, ["voor"] = true }
M.PORTFOLIO_PREP = PORTFOLIO_PREP

strip_titles_uncached = function(str, lang, g)
  g = g or M.grammar(lang)
  local t = M.tokens(str)
  local n = #t // 2
  -- (a title of `given` before a given name and more: `PC Emma Alston`)
  if n >= 3 and g.given_title[sub(str, t[1], t[2] - 1)] and g.given and g.given[lc(sub(str, t[3], t[4] - 1))] then
    return strip_titles_uncached(sub(str, t[3]), lang, g)
  end
  -- a capitalised word, no given name, title or particle, before a given
  -- name of one sex and more is the body or place of the role before it,
  -- no part of the person's name (`woordvoerder Rijkswaterstaat Jan de
  -- Vries`, `directeur Veiligheidsregio Arjen Littooij`)
  if n >= 3 and M.body_lead(str, t, g) then return strip_titles_uncached(sub(str, t[3]), lang, g) end
  -- a given name and a surname before a title or role with its of/van
  -- phrase, or ending the run, are the person, the appositive's commas
  -- left out: `Charles Gichira Chairman of Nairobi County Association`
  -- (not a title before the name: `Federal Reserve Chairman Jerome Powell`)
  if n >= 3 and g.given and g.given[lc(sub(str, t[1], t[2] - 1))] and is_upper_at(str, t[3])
     and kind(str, t, 2, g) == "N" then
    local x = 3
    while x < n and is_upper_at(str, t[2 * x - 1]) and not title_like(g, sub(str, t[2 * x - 1], t[2 * x] - 1)) do
      x = x + 1
    end
    if x <= n and x <= 4 and is_upper_at(str, t[2 * x - 1]) and title_like(g, sub(str, t[2 * x - 1], t[2 * x] - 1))
       and (x == n or PORTFOLIO_PREP[lc(sub(str, t[2 * x + 1], t[2 * x + 2] - 1))]) then
      return sub(str, t[1], t[2 * x - 2] - 1)
    end
  end
  -- an organisation's name keeps its titles: `Justice Department`,
  -- `Attorney General's Office`
  -- (not past a group's noun that opens it: `Ontwikkelaar Nordwind
  -- Energie` is Nordwind Energie, below)
  -- (not a person's honorific of one sex before a surname that is also
  -- an organisation word: `Mr Hall`, `Mrs Church`)
  -- (nor a person's post-nominal that the list has as an organisation's
  -- word too, after a given name of three letters or more and a surname:
  -- `David Campbell SC`, a Senior Counsel, beside `SC Freiburg`; not
  -- `Al Ahly SC`, a club)
  -- (nor an office's title, one of no sex, before a given name and a
  -- surname that is an organisation word too: `Mayor John F. Street`,
  -- `Senator Ann Hall`; a royal's title names bodies, `Prince Alfred
  -- Hospital`)
  local last_word = n >= 2 and sub(str, t[2 * n - 1], t[2 * n] - 1)
  if n >= 2 and g.org and g.org[last_word]
     and not (n >= 3 and g.after[lc(last_word)] and g.given and t[2 * n - 4] - t[2 * n - 5] >= 3
              and g.given[lc(sub(str, t[2 * n - 5], t[2 * n - 4] - 1))])
     and not (n >= 3 and g.titles[lc(sub(str, t[1], t[2] - 1))] == true and g.given
              and g.given[lc(sub(str, t[3], t[4] - 1))] and not g.org[sub(str, t[3], t[4] - 1)])
     and (n == 2 or group_word(g, sub(str, t[1], t[2] - 1)) ~= true) then
    local tg = g.titles[lc(sub(str, t[1], t[2] - 1))]
    if not (n == 2 and (tg == "m" or tg == "f")) then return str end
  end
  -- and a body named by its place keeps its noun (`rechtbank Amsterdam`),
  -- also a place that opens with its capitalised article (`rechtbank Den
  -- Haag`, `gemeente Den Bosch`: no `burgemeester Van Zanen`)
  if n >= 2 and g.place_body[lc(sub(str, t[1], t[2] - 1))]
     and (kind(str, t, 2, g) == "N"
          or n >= 3 and is_upper_at(str, t[3]) and kind(str, t, 2, g) == "A" and kind(str, t, 3, g) == "N") then
    return str
  end
  local k = 1
  while k <= n do
    local kd, kw = kind(str, t, k, g)
    -- (a title of one word that opens a title of more is that one:
    -- `Premier Designate`)
    if kd == "T" then k = k + title_rest_words(str, t, k, n, g, lc(kw)) end
    if kd == "T" and g.keep[lc(kw)] then
      break
    elseif kd == "T" then
      k = k + 1
      if k <= n and byte(str, t[2 * k - 1]) == 46 then k = k + 1 end
    else
      local words = title_rest_words(str, t, k, n, g, lc(kw))
      if words == 0 then break end
      k = k + 1 + words
    end
  end
  -- (a peer's title before a surname alone stays: `Lord Bethell`,
  -- `Baroness Hale`; speech_words.txt's `peer_title`; not before a given
  -- name, `Lord David Frost` is David Frost)
  if n == 2 and g.sets.peer_title and g.sets.peer_title[lc(sub(str, t[1], t[2] - 1))]
     and kind(str, t, 2, g) == "N" and not (g.given and g.given[lc(sub(str, t[3], t[4] - 1))]) then
    return str
  end
  if k > n then
    -- (all titles: after a person's honorific, a title with a sex in
    -- titles.txt, one more title's word that makes no title with it is
    -- the surname, `Dr Constable`, `Mrs Bishop`; not `Lord Mayor`)
    -- (first_end: the honorific's last token, its period when it has one)
    local first_end = (n == 3 and byte(str, t[3]) == 46) and 2 or 1
    local v = g.titles[lc(sub(str, t[1], t[2] - 1))]
    if n == first_end + 1 and (v == "m" or v == "f" or v == "p")
       and not g.titles[lc(sub(str, t[1], t[2 * n] - 1))] and not g.after[lc(sub(str, t[2 * n - 1], t[2 * n] - 1))] then
      return sub(str, t[2 * n - 1], t[2 * n] - 1)
    end
    return str
  end
  -- a group noun that opens the run is no part of the name after it
  -- (`Vakbond FNV`, `Coalitiepartij CDA`, also as a compound's tail), but
  -- an organisation word is (`Partij van de Arbeid`, `Universiteit Utrecht`)
  -- (a compound of an organisation word only before a name of one word)
  if k < n then
    local gw = group_word(g, sub(str, t[2 * k - 1], t[2 * k] - 1))
    if gw == true or gw == "org" and k + 1 == n then k = k + 1 end
  end
  -- a title or role inside the run: keep what follows the last one
  -- (NATO Secretary-General Jens Stoltenberg, Actor Doris Day; a title
  -- that may follow a name, before one: Labour MP Ed Miliband)
  local last_title
  -- (a title's word right before a generation's suffix is a surname:
  -- `Martin Luther King Jr`)
  local title_to = n - 1
  if n >= 2 and g.suffix[lc(sub(str, t[2 * n - 1], t[2 * n] - 1))] then title_to = n - 2 end
  -- (nor a place's word in -er before one word that is no given name: an
  -- adjective of a body's name, `woningstichting Groninger Huis`, where
  -- `de Groninger Jan` is a man of the place)
  local adjective_at = n >= 2 and g.demonym[lc(sub(str, t[2 * n - 3], t[2 * n - 2] - 1))]
                       and not (g.given and g.given[lc(sub(str, t[2 * n - 1], t[2 * n] - 1))]) and n - 1
  for x = k, title_to do
    local w = sub(str, t[2 * x - 1], t[2 * x] - 1)
    -- (not a Dutch title's word after a particle, a surname's part: `R.
    -- de Koning Gans`)
    -- (nor a role's word with its capital right after a given name of
    -- the list, a surname, as at the run's end: `Trainer Dick Advocaat
    -- van Feyenoord` is Dick Advocaat, `Anja Bisschop van de SGP`)
    -- (nor a post-nominal that is an organisation's word too, a club's
    -- name's first word: `SC Freiburg`)
    if x ~= adjective_at and is_word_at(str, t[2 * x - 1])
       and (title_like(g, w) or g.after[lc(w)] and not (g.org and g.org[w])) and not g.keep[lc(w)]
       and not (lang == "nl" and x > k and g.particles[lc(sub(str, t[2 * x - 3], t[2 * x - 2] - 1))])
       and not (x > k and g.given and g.given[lc(sub(str, t[2 * x - 3], t[2 * x - 2] - 1))] and not g.after[lc(w)]
                and not g.titles[lc(w)] and is_upper_at(w, 1)) then
      last_title = x
    end
  end
  if last_title then k = last_title + 1 end
  -- a portfolio after the title, before a name of two words or more
  -- (`wethouder Financiën Sanne de Graaf`, the title cut off before:
  -- `Financiën Sanne de Graaf`)
  -- (not before an organisation's name, where the word is the name's
  -- own: `Algemene Vereniging Schoolleiders`)
  -- (and the portfolio's preposition after the title, and more
  -- portfolios joined by `and`: `Minister for Agriculture Barry Cowen`,
  -- `Minister of Health and Social Care Jane Doe`)
  local function word(x) return lc(sub(str, t[2 * x - 1], t[2 * x] - 1)) end
  local after_prep = false
  if k > 1 and k < n - 1 and PORTFOLIO_PREP[word(k)] and g.portfolio[word(k + 1)]
     and title_like(g, sub(str, t[2 * k - 3], t[2 * k - 2] - 1)) then
    k = k + 1
    after_prep = true
  end
  while k < n - 1 and g.portfolio[word(k)] and is_upper_at(str, t[2 * k + 1])
        and not holds_org_word(g, sub(str, t[2 * k + 1])) do
    k = k + 1
    if k < n - 2 and (word(k) == "and" or word(k) == "en" or word(k) == "&") and g.portfolio[word(k + 1)] then k = k + 1 end
  end
  -- (and a portfolio's own preposition and portfolio after it: `State
  -- for Health Matt Hancock`, the title before the run)
  while k < n - 2 and g.portfolio[word(k)] and PORTFOLIO_PREP[word(k + 1)] and g.portfolio[word(k + 2)]
        and is_upper_at(str, t[2 * k + 3]) do
    k = k + 2
    while k < n - 1 and g.portfolio[word(k)] and is_upper_at(str, t[2 * k + 1])
          and not holds_org_word(g, sub(str, t[2 * k + 1])) do
      k = k + 1
    end
  end
  -- (after a title and its preposition, the portfolios go before a
  -- surname alone too: `minister van Buitenlandse Zaken Katz`, `minister
  -- van Justitie en Veiligheid Yeşilgöz`; not when the run's last word is
  -- a portfolio's, the office with no name)
  if after_prep and not g.portfolio[word(n)] then
    while k < n and (g.portfolio[word(k)] or (word(k) == "and" or word(k) == "en" or word(k) == "&")
                     and g.portfolio[word(k + 1)]) do
      k = k + 1
    end
  end
  local stop = n
  while stop > k and g.after[lc(sub(str, t[2 * stop - 1], t[2 * stop] - 1))] do stop = stop - 1 end
  -- (and the body or place of the role cut off, as after a role in
  -- lower case: `Woordvoerder Rijkswaterstaat Jan Jansen`, a sentence's
  -- first words, is Jan Jansen)
  if k > 1 and stop - k >= 2 and M.body_lead(str, { table.unpack(t, 2 * k - 1, 2 * stop) }, g) then k = k + 1 end
  return sub(str, t[2 * k - 1], t[2 * stop] - 1)
end

---------------------------------------------------------------------------
-- Canonical form: the fullest form of a name in the article
---------------------------------------------------------------------------

local canon_cache = setmetatable({}, { __mode = "k" })

-- class of one word (a string) for name runs: "N" name part, "I" initial,
-- "A" particle, "T" title, "w" other, "p" punctuation; with the word's
-- trailing punctuation (`Khosla,`) cut off first: kind, word, cut
local WORD_END = "[%.,;:!?%)%]\"'\226\194]+$"
local function word_kind_uncached(w, g)
  local core, cut = w, false
  local b = byte(w, #w)
  if b == 44 or b == 59 or b == 58 or b == 33 or b == 63 or b == 41 or b == 93
     or b == 34 or b == 39 or b >= 128 and not is_word_at(w, char_start_of(w, #w)) then
    core = w:gsub(WORD_END, "")
    cut = true
    if core == "" then return "p", w, true end
  end
  -- (an elided particle opens with its apostrophe: `'t` of `van 't Hof`)
  if not is_word_at(core, 1) then
    if g.particles[core] then return "A", core, cut end
    return "p", core, cut
  end
  local key = lc(core)
  if #core <= 2 and byte(core, #core) == 46 and is_upper_at(core, 1) then return "I", core, cut end
  if byte(core, #core) == 46 and not (g.titles[key]) then
    -- a sentence's full stop after the word
    core = core:sub(1, -2)
    key = key:sub(1, -2)
    cut = true
  end
  if is_title(g, key, core) then return "T", core, cut end
  if g.particles[key] then return "A", core, cut end
  if hyphen_particle_name(core, key, g) then return "N", core, cut end
  if is_upper_at(core, 1) then
    if g.stop[key] or M.place_adjective(g, key) then return "w", core, cut end
    return "N", core, cut
  end
  -- (a surname glued to its elided particle, as the index's runs take it:
  -- `Jack d’Hooghe`, see kind_of)
  if find(core, "^[dt]'%u") or find(core, "^[dt]\226\128\153%u") then return "N", core, cut end
  return "w", core, cut
end
-- memoised per grammar (a pure function of the word and the lists)
local function word_kind(w, g)
  local wk = g.wk_kind
  if not wk then
    wk = {}
    g.wk_kind, g.wk_core, g.wk_cut, g.wk_n = wk, {}, {}, 0
  end
  local k = wk[w]
  if k then return k, g.wk_core[w], g.wk_cut[w] end
  local core, cut
  k, core, cut = word_kind_uncached(w, g)
  local n = g.wk_n + 1
  if n > 50000 then
    wk = {}
    g.wk_kind, g.wk_core, g.wk_cut, n = wk, {}, {}, 1
  end
  g.wk_n = n
  wk[w], g.wk_core[w], g.wk_cut[w] = k, core, cut
  return k, core, cut
end
M.word_kind = word_kind

-- the name run that ends (dir "end") or starts (dir "start") with the
-- word at [a, b) of s: text, or nil. Walks words with string functions
-- (no tokens): this runs for every occurrence of a name.
local function run_around(s, a, b, g, dir)
  local core = sub(s, a, b - 1):gsub(POSSESSIVE_END, "")
  local k0 = word_kind(core, g)
  if k0 ~= "N" then return nil end
  if dir == "start" then
    local words = { core }
    local seg = sub(s, b, b + 100)
    local pend = {}
    for sp, w in seg:gmatch("(%s*)(%S+)") do
      if sp == "" or sp:find("\n%s*\n") then break end
      local kd, c, cut = word_kind(w, g)
      if kd == "N" then
        for _, x in ipairs(pend) do words[#words + 1] = x end
        pend = {}
        words[#words + 1] = c
        if cut then break end
      elseif kd == "A" or kd == "I" then
        pend[#pend + 1] = c
        if cut and kd ~= "I" then break end
      else
        break
      end
    end
    return table.concat(words, " ")
  end
  -- backwards: the words before a, nearest first, one at a time
  local lo = a - 80
  if lo < 1 then lo = 1 end
  local seg = sub(s, lo, a - 1)
  local words = { core }
  local pend = {}
  while true do
    local ws = find(seg, "%S+%s+$")
    if not ws then break end
    local we = find(seg, "%s", ws) - 1
    local w = sub(seg, ws, we)
    -- (a paragraph's break between the word and the name ends the run,
    -- as going forward: a headline's last words are no part of the name
    -- that opens the text, `Storm Hits Town // Angela Brooks, ...`)
    if find(seg, "\n%s*\n", we + 1) then break end
    seg = sub(seg, 1, ws - 1)
    local kd, c, cut = word_kind(w, g)
    if cut and kd ~= "I" then break end
    if kd == "N" or kd == "I" then
      if possessive_word(c) then break end
      for i = #pend, 1, -1 do table.insert(words, 1, pend[i]) end
      pend = {}
      table.insert(words, 1, c)
    elseif kd == "A" then
      table.insert(pend, 1, c)
    elseif kd == "T" and g.keep[lc(c)] then
      for i = #pend, 1, -1 do table.insert(words, 1, pend[i]) end
      pend = {}
      table.insert(words, 1, c)
      break
    else
      break
    end
  end
  -- capitalised particles open the name (Van der Schans)
  if #pend > 0 and is_upper_at(pend[1], 1) then
    for i = #pend, 1, -1 do table.insert(words, 1, pend[i]) end
  end
  -- a cue word does not open a name: `Volgens Zuckerberg`
  while #words > 1 and g.stop_start[lc(words[1])] do table.remove(words, 1) end
  return table.concat(words, " ")
end
M.run_around = run_around

-- occurrences of word w (folded compare) at word starts in s: calls
-- each(a, b) with the word's span
local function each_word(s, w, each, folded)
  local key = fold(w)
  local probe = w
  -- folded: the name may be written with other accents elsewhere
  -- (Erdogan, Erdoğan): search by its first letters
  if folded and not find(w, "[\128-\255]") then
    probe = w:match("^[%w]+") or w
    if #probe > 3 then probe = probe:sub(1, 3) end
  elseif folded then
    probe = w:match("^[%w]+") or ""
    if #probe > 3 then probe = probe:sub(1, 3) end
    if probe == "" then probe = w end
  end
  if probe == "" then return end
  local alt
  if not find(probe, "[\128-\255]") then
    alt = probe:sub(1, 1):upper() .. probe:sub(2)
    if alt == probe then alt = nil end
  end
  for _, pr in ipairs({ probe, alt }) do
    local init = 1
    while true do
      local a = find(s, pr, init, true)
      if not a then break end
      init = a + 1
      if a == 1 or not is_word_at(s, M.char_start(s, a - 1)) then
        local e = a + #pr
        if pr == w and not is_word_at(s, e) and byte(s, e) ~= 45 and byte(s, e) ~= 39 then
          each(a, e)          -- the word itself
        else
          e = WORD:match(s, a)
          if e then
            local word = sub(s, a, e - 1)
            -- possessive 's / ’s does not belong to the name, nor does a
            -- lower-case tail (Van den Goorbergh-tribune)
            local base = word:gsub(POSSESSIVE_END, ""):gsub("%-%l[%w\128-\255]*$", "")
            if word == w or base == w or fold(word) == key or fold(base) == key then each(a, e) end
          end
        end
      end
    end
  end
end

-- the white-space separated words of str (by find: a gmatch allocates its
-- match state, some 600 bytes, at every call)
local function words_of(str)
  if not find(str, "%s") then
    if str == "" then return {} end
    return { str }
  end
  local out, n = {}, 0
  local a, b = find(str, "%S+")
  while a do
    n = n + 1
    out[n] = sub(str, a, b)
    a, b = find(str, "%S+", b + 1)
  end
  return out
end

-- the words of a cleaned run (read only), split once
local run_words = text_memo(words_of)
M.run_words = run_words

-- the words of a cleaned run folded (read only)
local run_folds = text_memo(function(run)
  local w, f = run_words(run), {}
  for x = 1, #w do f[x] = fold(w[x]) end
  return f
end)

-- does `w` stand in s as a word of its own, other than right before
-- `nextw` (nil: anywhere) or right after a particle?
local stands_alone_uncached
local alone_cache = setmetatable({}, { __mode = "k" })
local alone_after_verb
local function stands_alone(s, w, nextw, g)
  local key = w .. "\0" .. (nextw or "")
  local c = alone_cache[g]
  if not c or c.s ~= s then c = { s = s } alone_cache[g] = c end
  local hit = c[key]
  if hit ~= nil then return hit end
  hit = stands_alone_uncached(s, w, nextw, g)
  c[key] = hit
  return hit
end

stands_alone_uncached = function(s, w, nextw, g)
  for a in M.whole_words(s, w) do
    local after = s:match("^%s+(%S+)", a + #w)
    -- before another capitalised word it is part of another name (the
    -- `Robert` of `Robert Mugabe` does not stand alone beside `Robert
    -- Gabriel Mugabe`), nor does it before nextw
    local ok = not (nextw and after and (is_upper_at(after, 1)
                    or fold(after:gsub("[%p]+$", "")) == fold(nextw)))
    if ok then
      -- (the word before is read only now: its pattern tries every byte)
      -- (nor after a title, which stands before a person's name, not a
      -- place's: `Prime Minister Tuilaepa` beside `Samoan Prime Minister
      -- Tuilaepa Sailele Malielegaoi`)
      -- (a title of two words too: `Tan Sri Khalid` beside `Khalid Abu
      -- Bakar`)
      -- (and so a particle or title a quote mark or a period is glued
      -- to, where a quote closes with no space after it: `... denken."Van
      -- Leeuwen wil` beside `Harold van Leeuwen`)
      local lead = sub(s, math.max(1, a - 24), a - 1)
      local before = lead:match("(%S+)%s+$")
      local two = before and lead:match("(%S+%s+%S+)%s+$")
      local glued = before and before:match("[^%a](%a+)$")
      if not (before and (g.particles[lc(before)] or g.titles[lc(before)]
                          or glued and (g.particles[lc(glued)] or g.titles[lc(glued)])
                          or two and g.titles[lc((two:gsub("%s+", " ")))])) then
        return true
      end
    end
  end
  return false
end

-- alone_after_verb(s, w, g): does the article write w alone after a word
-- in lower case that is no preposition, particle, determiner, conjunction
-- or as_frame's `as` (speech_words.txt), right before a comma or a
-- sentence's end (`"...," said Irfan.`)? A place or a
-- body's first word stands after a preposition (`in Syria.`) or before a
-- noun (`Saudi officials`); a person's name stands so after a verb.
alone_after_verb = function(s, w, g)
  local init = 1
  while true do
    local a, b = find(s, w, init, true)
    if not a then return false end
    init = b + 1
    local c = byte(s, b + 1)
    if byte(s, a - 1) == 32 and (c == 46 or c == 44 or c == 59 or c == 33 or c == 63) then
      local before = sub(s, (a > 24 and a - 24 or 1), a - 2):match("(%l+)$")
      if before and sub(s, a - #before - 2, a - #before - 2) == " "
         and not (g.particles[before] or g.prep[before] or g.definite[before]
                  or g.sets.conjunction[before] or g.sets.as_frame[before]) then
        return true
      end
    end
  end
end

-- last_word_alone(s, prev, w): does the article write w as a word of its
-- own somewhere other than right after prev (`Mugabe said` beside `Robert
-- Mugabe`)?
local function last_word_alone(s, prev, w)
  for a in M.whole_words(s, w) do
    if sub(s, a - #prev - 1, a - 2) ~= prev then return true end
  end
  return false
end

-- after_lower_word(s, w, nextw): does the article write w somewhere
-- right after a word in lower case, as places are written (`voor
-- Syrië`, `in Zimbabwe`), other than right before nextw?
local function after_lower_word(s, w, nextw)
  for a in M.whole_words(s, w) do
    if sub(s, a + #w + 1, a + #w + #nextw) ~= nextw and find(sub(s, (a > 24 and a - 24 or 1), a - 1), "%f[%a]%l+%s+$") then
      return true
    end
  end
  return false
end

-- is w an initial: one capital (of one UTF-8 character) and a period?
local function is_initial_word(w)
  local n = #w
  return n >= 2 and n <= 3 and byte(w, n) == 46 and is_upper_at(w, 1)
         and (n == 2 or byte(w, 1) >= 192)
end

-- inhabitant_ending(w) -> the ending by which Dutch word w (in lower
-- case) reads as an inhabitant's noun or adjective, `er`, `ër`, `naar`
-- or `se` (`Katwijker`, `Ruurloër`, `Mortselnaar`, `Tieltse`), else nil
local function inhabitant_ending(w)
  if find(w, "[^aeiou]er$") then return "er" end
  if find(w, "ër$") then return "ër" end
  if find(w, "naar$") then return "naar" end
  if find(w, "[^aeiou]se$") then return "se" end
  return nil
end

-- trim_run(s, run, g) -> run without a place glued to it: `Opstelten van
-- Rotterdam` -> `Opstelten` when Rotterdam stands alone elsewhere,
-- `Zimbabwe Robert Mugabe` -> `Robert Mugabe` likewise
local function trim_run(s, run, g)
  -- fewer than three words: nothing to trim (the memo answers most runs;
  -- a pattern search for three words costs several times more)
  local w = run_words(run)
  local n = #w
  if n < 3 then return run end
  -- (w is the memo's: read only; what is dropped from the front is
  -- counted in f, the first word kept)
  local f = 1
  -- Dutch: an inhabitant's noun or adjective (`-er`, `-ër`, `-naar`,
  -- `-se`) right before the run's first given name, which opens the rest
  -- with its capital, is where the person is from: `Mortselnaar Koen
  -- Grandry`, `Ruurloër Pepijn Reinderink` (the words before the first
  -- given name are none)
  if g.lang == "nl" and g.given then
    local found = false
    for i = 1, n - 1 do
      if g.given[lc(w[i])] then
        found = true
        if i >= 2 and is_upper_at(w[i], 1) then
          local pw = lc(w[i - 1])
          if inhabitant_ending(pw) and #pw > 5 then
            return table.concat(w, " ", i, n)
          end
        end
        break
      end
    end
    -- (and so before two capitalised words, a given name the list lacks
    -- and a surname: `Katwijker Rommert Blankert`; an inhabitant's noun in
    -- -er only, no given name itself)
    if not found and n == 3 then
      local pw = lc(w[1])
      local ending = inhabitant_ending(pw)
      if (ending == "er" or ending == "naar") and #pw > 6 and is_upper_at(w[2], 1) and is_upper_at(w[3], 1)
         and not g.particles[lc(w[2])] then
        return table.concat(w, " ", 2, n)
      end
    end
  end
  -- a brand's word with a capital inside (not `Mc`/`Mac`'s) right before
  -- a given name of the list: the body the person works for, no part of
  -- the name (`festivaldeskundige bij KunstLoc Teun van Irsel`)
  if g.given and g.given[lc(w[2])] and find(w[1], "^%u[%l\128-\255]+%u") and not find(w[1], "^Ma?c%u") then
    return table.concat(w, " ", 2, n)
  end
  -- an organisation word and one word after it, no given name, the
  -- body's place, before a given name of one sex: where the person works,
  -- no part of the name (`Vrije Universiteit Brussel Maurice de Greef`)
  if g.org and g.given then
    for i2 = 1, n - 3 do
      local sex = g.org[w[i2]] and not g.given[lc(w[i2 + 1])] and g.given[lc(w[i2 + 2])]
      if sex == "m" or sex == "f" then return table.concat(w, " ", i2 + 2, n) end
    end
  end
  -- a site's name and a lower-case van/of after it: whose site it is, no
  -- part of its name (`Peil.nl van Maurice de Hond`)
  if g.particles[w[2]] and SITE_WORD:match(w[1]) then return w[1] end
  -- an organisation word before van/of holds the rest of the run in its
  -- name: `Nederlandse Vereniging van Makelaars`,
  -- `Raad van State`
  if g.org then
    for i2 = 1, n - 2 do
      if g.org[w[i2]] and g.particles[lc(w[i2 + 1])] and not is_upper_at(w[i2 + 1], 1) then return run end
    end
  end
  -- X particle(s) Y: Y a place of its own?
  local i = n - 1
  while i > 1 and g.particles[lc(w[i])] and not is_upper_at(w[i], 1) do i = i - 1 end
  -- (not when all before them is a particle: `Van den Brink` is a
  -- surname, whatever the article writes `Brink` alone for, a typo's
  -- `Van denk Brink`)
  -- (nor after a given name of the list that a word opens before it:
  -- the surname's particles, `Partijleider van NSC Nicolien van
  -- Vroonhoven`, whatever the article writes `Vroonhoven` alone for)
  -- (nor after a given name of the list alone, where the article writes
  -- the word alone after a verb too, as a person's surname is, its
  -- particle left out: `zegt Jan van Donkersgoed ... zegt Donkersgoed.`)
  if i < n - 1 and i >= 1 and not (i == 1 and g.particles[lc(w[1])])
     and not (i >= 2 and g.given and g.given[lc(w[i])] and is_upper_at(w[i], 1))
     and stands_alone(s, w[n], nil, g)
     and not (i == 1 and n == 3 and g.given and g.given[lc(w[1])] and alone_after_verb(s, w[n], g)) then
    return table.concat(w, " ", 1, i)
  end
  -- (a surname and an article in lower case before an acronym: the
  -- acronym is a body's, the article the clause's, no surname's particle,
  -- `stond Roest de NOS te woord`; a surname's particle goes before a
  -- name in mixed case)
  if n == 3 and (w[2] == "de" or w[2] == "het") and is_upper_at(w[1], 1) and find(w[1], "%l")
     and find(w[3], "^%u%u+$") then
    return w[1]
  end
  -- (a surname alone, `van`/`of` and an acronym: whom the person is with,
  -- `Kooijman van LU`; no surname is written in capitals)
  if n == 3 and i == 1 and (w[2] == "van" or w[2] == "of") and is_upper_at(w[1], 1) and find(w[1], "%l")
     and find(w[3], "^%u%u+$") then
    return w[1]
  end
  -- particles followed by two or more capitalised words: an
  -- organisation (`Patrizia Pasini van de Zusters Missionarissen
  -- Consolata`); a surname after its particles is one word
  -- (the capitalised words after the particles hold no particle: `A. van
  -- den Berg van FNV-Bondgenoten` is a name and its organisation, below)
  -- (a surname's own particles and one word, then another group: that
  -- group is read the same way, `Tom van der Linden van de Universiteit
  -- Leiden`)
  -- (not a run that opens with a lower-case particle itself: a role's
  -- van/of phrase left when the title was stripped, `Voorzitter van de
  -- KNVB Kees Lichtendahl`, whose person after_of_person finds; read so,
  -- the name would be `van`)
  local p1 = (g.particles[w[1]] and not is_upper_at(w[1], 1)) and n or 2
  while p1 <= n - 2 do
    if g.particles[lc(w[p1])] and not is_upper_at(w[p1], 1) then
      local p2 = p1
      while p2 < n and g.particles[lc(w[p2 + 1])] do p2 = p2 + 1 end
      -- (one word after them, after a first and last name, is one when it
      -- is an acronym: `Jan Smit van de KNVB`; an organisation word may
      -- be a surname: `J. van 't Hof`)
      local org = n - p2 >= 2 or n - p2 == 1 and p1 >= 3 and find(w[n], "^%u%u+$") ~= nil
      -- (two words after them that follow one word, an initial or a first
      -- name, and hold no organisation word, are a double surname: `R. de
      -- Koning Gans`, `Jan de Graaf Gans`)
      if org and p1 == 2 and n - p2 == 2 and not holds_org_word(g, table.concat(w, " ", p2 + 1, n)) then
        org = false
      end
      local next_group
      -- (an `&` joins an organisation's words: `van Wageningen University
      -- & Research`)
      for y = p2 + 1, n do
        if g.particles[lc(w[y])] and w[y] ~= "&" then
          org = false
          if y == p2 + 2 and not is_upper_at(w[y], 1) then next_group = y end
          break
        end
      end
      if org then return table.concat(w, " ", 1, p1 - 1) end
      if not next_group then break end
      p1 = next_group
    else
      p1 = p1 + 1
    end
  end
  -- `Ann Lee van Acme`: a first and last name, then van + one word: an
  -- organisation or a place, not the rest of the name (unless the two
  -- words hold an organisation word: `Nederlandse Vereniging van
  -- Makelaars` is one name)
  -- (not after two given names, a double first name, the second not
  -- written alone as a surname elsewhere: `Bas Jan van Bochove`; `Wim
  -- Dries van Genk ... zegt Dries` is Wim Dries)
  if i == n - 2 and i >= 2 and (lc(w[n - 1]) == "van" or lc(w[n - 1]) == "of")
     and (is_upper_at(w[i - 1], 1) or g.particles[lc(w[i - 1])])
     and not (g.org and (g.org[w[i]] or g.org[w[i - 1]] or M.org_compound(g, w[i])))
     and not (i == 2 and g.given and g.given[lc(w[1])] and g.given[lc(w[2])] and not alone_after_verb(s, w[2], g))
     -- (nor a given name after a word that is none, an acronym or a
     -- place: the particle opens her surname, `van NSC Nicolien van
     -- Vroonhoven`)
     and not (g.given and g.given[lc(w[i])] and not g.given[lc(w[i - 1])]) then
    return table.concat(w, " ", 1, i)
  end
  -- and so after `van de`/`of the` when the one word is an organisation's,
  -- as names.affiliation reads it: an acronym, an organisation word or a
  -- compound of one, a party's or brand's capital inside (`Marcel Benard
  -- van de ChristenUnie`; not `Jan Willem van de Berg`)
  -- (the surname may have a particle of its own: `Ger de Neve van de
  -- Volkspartij`)
  if i < n - 2 and i >= 2 and (lc(w[i + 1]) == "van" or lc(w[i + 1]) == "of")
     and (is_upper_at(w[i - 1], 1) or i >= 3 and g.particles[lc(w[i - 1])] and is_upper_at(w[i - 2], 1))
     and (is_acronym(w[n]) or not NAME_ONLY_ARTICLE[w[n - 1]] and (g.org[w[n]] or M.org_compound(g, w[n]))
          or find(w[n], "%l%l%l%l%u")) then
    -- (not after `den`/`der`, which only names keep, as affiliation
    -- reads it: `Epidemioloog Susan van den Hof`)
    return table.concat(w, " ", 1, i)
  end
  -- an organisation glued before a name: `House Intelligence Committee
  -- Adam Schiff` -> the words after its last organisation word (not in
  -- an organisation's own name: `Alachua County Sheriff's Office`; nor
  -- after one that opens the run, the name's own: `Stichting Open Water`,
  -- `Vereniging Eigen Huis`, also after a particle that opens the
  -- sentence, an article as often: `De Autoriteit Consument & Markt`; nor
  -- before its of: `Royal College of Midwives`)
  -- (not before a body's own words, a portfolio's: `Douglas County Public
  -- Health said`)
  if g.org and not g.org[w[n]] then
    for i2 = n - 2, 2, -1 do
      if g.org[w[i2]] and not (i2 == 2 and g.particles[lc(w[1])]) and is_upper_at(w[i2 + 1], 1) then
        if not (g.portfolio and g.portfolio[lc(w[i2 + 1])]) then f = i2 + 1 end
        break
      end
    end
  end
  -- a leading word that stands alone elsewhere (not in an
  -- organisation's name: `Saudi Press Agency` beside `Saudi officials`;
  -- nor a first name before a middle initial: `John R. Bolton` beside a
  -- quote's `I asked John`)
  local org_name = g.org and g.org[w[n]]
  -- (nor before a joining word in lower case, whose name it opens: `Court
  -- of Session` beside `the Court`)
  -- (nor a given name, which a later mention writes alone for the
  -- person: `Khalid Abu Bakar ... Khalid said`)
  -- (nor a word the article writes alone as a person's name elsewhere,
  -- after a verb and before the clause's punctuation: `Irfan Bakti Abu
  -- Salim ... said Irfan.`, a given name no list holds)
  -- (nor a family name written first, which the article writes alone
  -- for the person while the run's last word never stands without the
  -- word before it: `Kim Jong Un ... Kim said`, `Lim Keng Yaik ... Lim
  -- did not say`; a place's word before a given name of the list is
  -- still dropped, `Zimbabwe Robert Mugabe`; such a family name is one
  -- syllable as romanised, six letters at most, where a body's first word
  -- is longer as a rule: `Facebook Ireland Limited` beside `to Facebook.`)
  -- (asked last, only of the first word about to be dropped: it reads the
  -- article)
  while n - f >= 2 and not org_name and not g.particles[lc(w[f])] and not g.particles[lc(w[f + 1])]
        and is_upper_at(w[f + 1], 1) and not (g.given and g.given[lc(w[f])])
        and not is_initial_word(w[f + 1]) and stands_alone(s, w[f], w[f + 1], g)
        and not alone_after_verb(s, w[f], g)
        -- (nor one whose next word the article never writes without it,
        -- no given name of the list, when it stands nowhere after a word
        -- in lower case as a place does, `voor Syrië`: two given names,
        -- `Cellou Dalein Diallo` beside a chant's `Cellou, president`)
        and (g.given and g.given[lc(w[f + 1])] or last_word_alone(s, w[f], w[f + 1])
             or after_lower_word(s, w[f], w[f + 1]))
        and not (f == 1 and n == 3 and #w[1] <= 6 and not (g.given and g.given[lc(w[2])])
                 and not (g.org and (g.org[w[2]] or g.org[w[3]])) and not last_word_alone(s, w[2], w[3])) do
    f = f + 1
  end
  return table.concat(w, " ", f, n)
end
M.trim_run = trim_run

-- canonical(article, mention [, lang]) -> the fullest form of the name in
-- the article: the longest title-free name run whose last words are the
-- mention's (Zuckerberg -> Mark Zuckerberg, Van der Schans -> Wout-Jan van
-- der Schans, Erdogan -> Recep Tayyip Erdoğan), else one that starts with
-- it (Chris -> Chris Anderson), else the expansion of an acronym defined
-- as `Long Name (ACR)`, else the mention itself.
-- Per-article index of capitalised word runs (text.nameruns, one pass in
-- C): the runs by their last word and by their first word, as lists of
-- start, end. The particles may stand between two capitalised words, in
-- lower case or with a capital (Van der Schans).
local function run_particles(g)
  local parts = {}
  for k in pairs(g.particles) do
    if k ~= "" then
      parts[#parts + 1] = k
      parts[#parts + 1] = k:sub(1, 1):upper() .. k:sub(2)
    end
  end
  return text.wordset(parts)
end

local index_cache = setmetatable({}, { __mode = "k" })

-- spells_in_order(s, t, first, n, acr, g) -> may the capitalised words
-- of tokens first..n of flat token array t over s be what acronym acr
-- spells: most of them open with its letters in its order, or none of
-- them is a given name of the list (a count of capitals alone took a
-- person and the sentence's cue word for a party, `Volgens Kees de Boer
-- (VVD)`; an acronym of another language's words or of compounds' inner
-- parts is still the name's, `Party for Freedom (PVV)`, `Internationaal
-- Strafhof (ICC)`). A capital beyond ASCII counts as a letter of it.
local function spells_in_order(s, t, first, n, acr, g)
  local at, words, spelt, given = 1, 0, 0, false
  for k = first, n do
    local c = byte(s, t[2 * k - 1])
    if c >= 128 then
      words, spelt = words + 1, spelt + 1
    elseif c >= 65 and c <= 90 then
      words = words + 1
      local j = find(acr, string.char(c), at, true)
      if j then spelt, at = spelt + 1, j + 1 end
      if g.given and g.given[lower(sub(s, t[2 * k - 1], t[2 * k] - 1))] then given = true end
    end
  end
  return spelt >= 2 and 2 * spelt >= words or not given
end

local function strip_poss(w)
  local b = byte(w, #w)
  if b == 115 and (byte(w, #w - 1) == 39 or sub(w, -4, -2) == "\226\128\153") then
    return w:gsub(POSSESSIVE_END, "")
  end
  return w
end

-- the last word of run k (the run at runs[4k - 3 .. 4k]) without a
-- possessive 's (a run of one word starts its last word too)
local function run_last(s, runs, k)
  local q = 4 * k - 3
  return strip_poss(sub(s, runs[q + 2], runs[q + 3] - 1))
end

-- the first word of run k (asked apart from the last: a caller needs one
-- of them, and each costs string calls)
local function run_first(s, runs, k)
  local q = 4 * k - 3
  local a, fe, e = runs[q], runs[q + 1], runs[q + 3]
  -- the first word ends at the first white space from a: where the
  -- first word ends, unless a no-break space follows it (one word, most
  -- runs: the run)
  if fe ~= e and byte(s, fe) ~= 32 and byte(s, fe) ~= 9 then
    fe = find(s, "[%s]", a) or e
    if fe > e then fe = e end
  end
  return sub(s, a, fe - 1)
end

-- Van den Goorbergh-tribune also ends in Goorbergh: the other key of a
-- last word, or nil
local function last_base(last)
  if find(last, "-", 2, true) then
    local base = last:match("^(.-)%-%l")
    if base and base ~= "" then return base end
  end
  return nil
end

-- the run (index) whose position `off` (0: start, 2: start of the last
-- word) is p, or nil; runs are in text order and never overlap (a binary
-- search in C: text.floor)
local floor = text.floor
local function run_at(runs, off, p)
  local m = floor(runs, p, 4, off)
  if m > 0 and runs[4 * m - 3 + off] == p then return m end
  return nil
end

-- is the last (last: true) or first word of run k, which starts at p
-- where a search of s found w (of lw0 bytes; w_s: w ends in s), w itself
-- (the last word less 's or a -tail)? (lw0 and w_s: asked once a search)
local function run_word_is(s, runs, k, p, w, lw0, last, w_s)
  -- a letter or digit right after it: inside a longer word, whose first
  -- or last word (less 's or a -tail) is not w
  local c = byte(s, p + lw0)
  if c and ((c >= 97 and c <= 122) or (c >= 65 and c <= 90) or (c >= 48 and c <= 57)) then
    return false
  end
  -- the run's word at p starts with w: when it is exactly w (by its
  -- length; a last word ending in s may lose a possessive) no strings
  -- need making
  local q = 4 * k - 3
  local e = runs[q + 3]
  if last then
    if e - p == lw0 and not w_s then return true end
  else
    local fe = runs[q + 1]
    if fe == e then return e - p == lw0 end
    if fe - p == lw0 and (byte(s, fe) == 32 or byte(s, fe) == 9) then return true end
  end
  if last then
    local lw = run_last(s, runs, k)
    return lw == w or last_base(lw) == w
  end
  return run_first(s, runs, k) == w
end

-- The lists of by_last and by_first, made for a word when it is first
-- asked for: the runs whose last (first) word starts where the word
-- occurs in the text. Most runs' words are never asked for, and a plain
-- search of the text costs less than a map entry for every run.
local function lazy_list(ix, w, last)
  local s, runs = ix.s, ix.runs
  local out = false
  if w ~= "" then
    local lw0, w_s = #w, byte(w, -1) == 115
    local p = find(s, w, 1, true)
    while p do
      local k = run_at(runs, last and 2 or 0, p)
      if k and run_word_is(s, runs, k, p, w, lw0, last, w_s) then
        local q = 4 * k - 3
        if out then
          out[#out + 1] = runs[q]
          out[#out + 1] = runs[q + 3]
        else
          out = { runs[q], runs[q + 3] }
        end
      end
      p = find(s, w, p + 1, true)
    end
  end
  return out
end

-- a table that asks lazy_list for a word it lacks, once
local function lazy_map(ix, last)
  local none = {}
  return setmetatable({}, { __index = function(t, w)
    if none[w] then return nil end
    local l = lazy_list(ix, w, last)
    if l then rawset(t, w, l) else none[w] = true end
    return l or nil
  end })
end

-- (the places of a word in the runs of two or more words: text.runhits)
local runhits = text.runhits

-- does s[a, b) hold only titles that follow a name (titles.txt `= after`:
-- ` KC`, ` MP Jr.`), each after white space?
local function titles_after_only(s, a, b, g)
  if a >= b then return false end
  local x = a
  while x < b do
    local _, we = find(s, "^%s+", x)
    if not we then return false end
    -- (the title without a comma or a colon after it: `Catherine Odame
    -- KC, the barrister`)
    local _, e, w = find(s, "^([^%s,;:]+)", we + 1)
    if not e or e > b - 1 or not g.after[lc(w)] then return false end
    if find(s, "^[,;:]", e + 1) then e = e + 1 end
    x = e + 1
  end
  return true
end

-- are the words of s[a, b) titles or stop words only (`Princess ` before
-- a name, `On Friday ` before `Ford Motor Company`: what cleaning drops),
-- each with the white space after it?
local function titles_before_only(s, a, b, g)
  local x = a
  -- (one word of where or whose may open them, before a title: `Samoan
  -- Prime Minister Tuilaepa Sailele Malielegaoi`, `Brazilian President
  -- Jair Bolsonaro`; opener: that word was read, titled: a title was)
  local opener, titled = false, false
  while x < b do
    local _, e, w = find(s, "^([^%s,;:]+)%s+", x)
    -- (a title of two words: `Prime Minister`, and one whose first word
    -- is a title alone too, `Datuk Seri`)
    local two = false
    if e and e < b and not g.stop[lc(w)] then
      local _, e2, w2 = find(s, "^([^%s,;:]+)%s+", e + 1)
      if e2 and e2 < b and g.titles[lc(w .. " " .. w2)] then e, two = e2, true end
    end
    if not e or e >= b then return false end
    -- (a compound whose tail is a role is one too: `Rijnmond-weerman Ed
    -- Aldus` holds a fuller form of `Ed`)
    -- (and so is a person's role noun that opens them: `Eigenaar John
    -- Schouten` holds a fuller form of `John`)
    if two or g.titles[lc(w)] or find(w, "%-%l") and title_like(g, w)
       or x == a and is_upper_at(w, 1) and title_like(g, w) then
      titled = true
    elseif not (g.stop[lc(w)] or e > x + #w) then
      if not is_upper_at(w, 1) then return false end
      if x ~= a then
        -- (a capitalised word between titles modifies the next one:
        -- `Deputy Majority Whip Waithera Chege`)
        local _, _, nw = find(s, "^([^%s,;:]+)%s+", e + 1)
        if not (titled and nw and g.titles[lc(nw)]) then return false end
      end
      opener = true
      -- (an owner in the possessive is no part of the name either:
      -- `Malaysia's Anwar Ibrahim` holds a fuller form of `Anwar`)
      if x == a and possessive_owner(w) then titled = true end
    end
    x = e + 1
  end
  return x == b and (titled or not opener)
end

-- M.role_compound(g, w): is word w a compound whose tail in lower case is
-- a role or a title (`BBB-voorvrouw`, `PVV-leider`)? After a name and a
-- particle it opens the role's phrase, no surname (`Jesse Klaver de
-- BBB-voorvrouw`)
function M.role_compound(g, w)
  return find(w, "%-%l[%l\128-\255]*$") ~= nil and title_like(g, w)
end

-- M.role_compound_after(s, a, l, e, g): are the words of s[a, l) particles
-- in lower case and s[l, e) a role's compound (M.role_compound: ` de
-- BBB-voorvrouw` after a name, which clean_words cuts off)?
function M.role_compound_after(s, a, l, e, g)
  if l <= a then return false end
  for w in string.gmatch(sub(s, a, l - 1), "%S+") do
    if not g.particles[w] then return false end
  end
  return M.role_compound(g, sub(s, l, e - 1))
end

-- canonical's lists for word w: the runs of two or more words whose last
-- word is w and those whose first word is w, as arrays of run numbers (or
-- false), both from one search of the text (a one-word mention asks for
-- both), kept per index. A run of one word is never a fuller form of a
-- name, and most of a name's occurrences are such runs.
local function multi_lists(ix, w)
  local by_last, by_first = ix.multi_by_last, ix.multi_by_first
  if not by_last then
    by_last, by_first = {}, {}
    ix.multi_by_last, ix.multi_by_first = by_last, by_first
  end
  local lo = by_last[w]
  if lo ~= nil then return lo, by_first[w] end
  local s, runs = ix.s, ix.runs
  local fo = false
  lo = false
  if w ~= "" then
    local lw0, w_s = #w, byte(w, -1) == 115
    -- the places of w in a run of two or more words, and that run (runs
    -- are in text order and never overlap): every place the branches
    -- below take is in its run
    local hits = runhits(s, w, runs)
    for i = 1, #hits, 2 do
      local p, k = hits[i], hits[i + 1]
      local q = 4 * k - 3
      if runs[q + 2] == p then
        if run_word_is(s, runs, k, p, w, lw0, true, w_s) then
          if lo then lo[#lo + 1] = k else lo = { k } end
        end
      elseif p > runs[q + 2] and p <= runs[q + 2] + 4 and byte(s, p - 1) == 45
             and ix.g.particles[lc(sub(s, runs[q + 2], p - 2))] and run_word_is(s, runs, k, p, w, lw0, true, w_s)
             and runs[q + 2] > runs[q] then
        -- (the surname after a particle joined by a hyphen, written
        -- without it: `Naimi` of `Ali al-Naimi`, `Assad` of `Bashar
        -- al-Assad`; the particle with its capital too, `Ansari` of
        -- `Majed Al-Ansari`)
        if lo then lo[#lo + 1] = k else lo = { k } end
      elseif p > runs[q] and p < runs[q + 2] and (sub(s, p + lw0, p + lw0 + 4) == " van "
                                                 or sub(s, p + lw0, p + lw0 + 3) == " of ") then
        -- (a name inside a run before `van`/`of` and its organisation,
        -- which cleaning cuts off: `A. van den Berg van FNV-Bondgenoten`)
        if lo then lo[#lo + 1] = k else lo = { k } end
      elseif lw0 == 1 and p > runs[q] and p < runs[q + 2] and byte(s, p + 1) == 46
             and ix.g.stop[lc(sub(s, runs[q + 2], runs[q + 3] - 1))] and p + 3 == runs[q + 2] then
        -- (a surname's initial whose period ends the sentence, the run
        -- going on into the next one's first word: `Robert M. Een
        -- daarvan`, which cleaning cuts off)
        if lo then lo[#lo + 1] = k else lo = { k } end
      elseif p > runs[q] and p < runs[q + 2] and byte(s, p + lw0) == 32 and p + lw0 + 1 == runs[q + 2]
             and ix.g.time_word[lc(sub(s, runs[q + 2], runs[q + 3] - 1))]
             and not find(M.past_titles(sub(s, runs[q], p - 1), ix.g), "[^%s]+%s+[^%s]+%s+[^%s]+%s")
             and not find(sub(s, runs[q], p - 1), "[,&]") then
        -- (a name of three words at most before a weekday's name, which
        -- cleaning cuts off: `Marilynne Robinson Wednesday won`; the
        -- titles before it aside, `Railway Minister Dinesh Trivedi
        -- Wednesday said`)
        if lo then lo[#lo + 1] = k else lo = { k } end
      elseif p > runs[q] and p < runs[q + 2] and byte(s, p + lw0) == 32
             and M.role_compound_after(s, p + lw0 + 1, runs[q + 2], runs[q + 3], ix.g) then
        -- (a name before particles and a compound whose tail is a role,
        -- which cleaning cuts off: `Jesse Klaver de BBB-voorvrouw`)
        if lo then lo[#lo + 1] = k else lo = { k } end
      elseif p > runs[q] and p < runs[q + 2] and titles_after_only(s, p + lw0, runs[q + 3], ix.g) then
        -- (a name before titles that follow one, which cleaning cuts off:
        -- `Daniel Marsh KC`, `Jess Phillips MP`)
        if lo then lo[#lo + 1] = k else lo = { k } end
      elseif runs[q] == p and run_word_is(s, runs, k, p, w, lw0, false, w_s)
             or p > runs[q] and p < runs[q + 2] and byte(s, p + lw0) == 32
                and titles_before_only(s, runs[q], p, ix.g) then
        -- (also after titles or stop words only, which cleaning drops:
        -- `Princess Ubolratana Mahidol` is a fuller form of `Ubolratana`,
        -- `On Friday Ford Motor Company` holds one of `Ford`)
        if fo then fo[#fo + 1] = k else fo = { k } end
      end
    end
  end
  by_last[w], by_first[w] = lo, fo
  return lo, fo
end

-- every key of by_last with its list, for a walk over all of them
function M.all_last(ix)
  local all = ix.all_last
  if all then return all end
  all = {}
  local s, runs = ix.s, ix.runs
  local function add(w, a, e)
    local l = all[w]
    if not l then l = {} all[w] = l end
    l[#l + 1] = a
    l[#l + 1] = e
  end
  for k = 1, ix.n do
    local q = 4 * k - 3
    local a, e = runs[q], runs[q + 3]
    local last = run_last(s, runs, k)
    add(last, a, e)
    local base = last_base(last)
    if base then add(base, a, e) end
  end
  rawset(ix, "all_last", all)
  return all
end

-- other_spellings' lists: w (a last word or its base) kept, when it is not
-- last and folds to fl, with a run's start and end
local function add_spelling(words, by_word, w, last, fl, a, e)
  if w == last or fold(w) ~= fl then return end
  local l = by_word[w]
  if not l then
    l = {}
    by_word[w] = l
    words[#words + 1] = w
  end
  l[#l + 1] = a
  l[#l + 1] = e
end

-- canonical's other spellings of a last word: the words other than
-- `last` that fold to fl and end runs of two or more words (by_last's
-- keys: a run's last word and its last_base), sorted (the choice must
-- not depend on the order of pairs), and for each the start and end of
-- its runs in text order. Only a run whose last word opens with the
-- letter fl opens with, in either case, or with a byte >= 128 can
-- fold to fl: the others are passed over by their first byte, and the
-- runs of two or more words are listed by that byte once an index
-- (lead_runs: by the lower-cased ASCII byte, 128 for any byte >= 128),
-- so a long text of many names does not walk all its runs for each.
local function lead_runs(ix)
  local by_lead = rawget(ix, "lead_runs")
  if by_lead then return by_lead end
  by_lead = {}
  local s, runs = ix.s, ix.runs
  for k = 1, ix.n do
    local q = 4 * k - 3
    local b = runs[q + 1] ~= runs[q + 3] and byte(s, runs[q + 2])
    if b then
      if b >= 128 then b = 128 elseif b >= 65 and b <= 90 then b = b + 32 end
      local l = by_lead[b]
      if not l then l = {} by_lead[b] = l end
      l[#l + 1] = k
    end
  end
  rawset(ix, "lead_runs", by_lead)
  return by_lead
end

local NO_RUNS = {}
local function other_spellings(ix, last, fl)
  local s, runs = ix.s, ix.runs
  local by_lead = lead_runs(ix)
  local words, by_word = {}, {}
  -- (the runs that open with fl's letter, then those that open with a
  -- byte >= 128: a word's runs all open alike, so each word's list stays
  -- in text order)
  for _, list in ipairs({ by_lead[byte(fl, 1)] or NO_RUNS, byte(fl, 1) ~= 128 and by_lead[128] or NO_RUNS }) do
    for i = 1, #list do
      local q = 4 * list[i] - 3
      local lw = run_last(s, runs, list[i])
      add_spelling(words, by_word, lw, last, fl, runs[q], runs[q + 3])
      local base = last_base(lw)
      if base then add_spelling(words, by_word, base, last, fl, runs[q], runs[q + 3]) end
    end
  end
  table.sort(words)
  return words, by_word
end

-- the word lists of an index (lazy_map's last for each), made when
-- first read
local INDEX_MAPS = { by_last = true, by_first = false }

-- rs and re of an index (the starts and ends of its runs as arrays of
-- their own), made when first read: the analysers read runs (4 numbers a
-- run) instead, and copying hundreds of runs an article costs more than
-- the analysis reads of them; and the word lists
local INDEX_LAZY = { __index = function(ix, key)
  local last = INDEX_MAPS[key]
  if last ~= nil then
    local m = lazy_map(ix, last)
    rawset(ix, key, m)
    return m
  end
  if key ~= "rs" and key ~= "re" then return nil end
  local runs, rs, re = ix.runs, {}, {}
  for i = 1, ix.n do rs[i], re[i] = runs[4 * i - 3], runs[4 * i] end
  rawset(ix, "rs", rs)
  rawset(ix, "re", re)
  return key == "rs" and rs or re
end }

-- written_after_place(s, w, g): does s write word w right after a
-- preposition of place of speech_words.txt's `place_word` (`in
-- Groningen`, `uit Almelo`)? (A plain search for each.)
local function written_after_place(s, w, g)
  for p in next, g.sets.place_word do
    -- (not after the particle itself, which is a preposition of place
    -- too: `te`)
    local at = not g.sets.given_particle[p] and find(s, " " .. p .. " " .. w, 1, true)
    if at and not is_word_at(s, at + #p + 2 + #w) then return true end
  end
  return false
end

-- given_particle_runs(s, runs, g) -> runs with a run that ends in a given
-- name joined to the next run across a particle of `given_particle`
-- (`Hans te Kolsté`, `Melkveehouder Herman te Paske`; text.nameruns keeps
-- `te` out, as `Peter Plasman te Amsterdam` says where)
local function given_particle_runs(s, runs, g)
  -- (the gap between two runs that a particle fills, one space either
  -- side, read first: integer compares per run, most gaps are longer or
  -- shorter)
  -- (and the particles' first bytes: `Jan en Piet` leaves the same gap)
  local lo, hi, first = g.given_particle_lo, g.given_particle_hi, g.given_particle_first
  if not lo then
    lo, hi, first = math.huge, 0, {}
    for w in next, g.sets.given_particle do
      if #w + 2 < lo then lo = #w + 2 end
      if #w + 2 > hi then hi = #w + 2 end
      first[byte(w)] = true
    end
    g.given_particle_lo, g.given_particle_hi, g.given_particle_first = lo, hi, first
  end
  local out
  for q = 5, #runs, 4 do
    local gap = runs[q] - runs[q - 1]
    if gap >= lo and gap <= hi and first[byte(s, runs[q - 1] + 1)] and byte(s, runs[q - 1]) == 32
       and byte(s, runs[q] - 1) == 32 then
      local e0, a = runs[q - 1], runs[q]
      local w = sub(s, e0 + 1, a - 2)
      -- (the surname one word, no place the article writes after a
      -- preposition of place: `Marie te Groningen ... in Groningen`)
      if g.sets.given_particle[w] and runs[q + 1] == runs[q + 3]
         and te_particle(g, w, sub(s, runs[q - 2], e0 - 1))
         and not written_after_place(s, sub(s, a, runs[q + 3] - 1), g) then
        out = out or table.move(runs, 1, #runs, 1, {})
        -- (the run before takes this one's last word and end; this one
        -- is marked for removal)
        local p = q - 4
        while not out[p] do p = p - 4 end
        out[p + 2], out[p + 3] = runs[q + 2], runs[q + 3]
        out[q] = false
      end
    end
  end
  if not out then return runs end
  local keep, n = {}, 0
  for q = 1, #out, 4 do
    if out[q] then
      keep[n + 1], keep[n + 2], keep[n + 3], keep[n + 4] = out[q], out[q + 1], out[q + 2], out[q + 3]
      n = n + 4
    end
  end
  return keep
end

-- M.possessive_runs(s, runs, g) -> runs with a run that opens with a given
-- name of the list (g.given) and has a possessive 's on its second or
-- third word cut after that word: the owner is a person's full name, the
-- words after it what is theirs (`Virat Kohli’s India`, `Jurgen Klopp's
-- Liverpool`: text.nameruns reads one run over the mark, and `Kohli`
-- then had no fuller form). Read from the marks (a plain search for
-- each), a few an article, not from the runs, hundreds.
function M.possessive_runs(s, runs, g)
  local cuts
  for i = 1, 2 do
    local mark = i == 1 and "'s " or "\226\128\153s "
    local at = find(s, mark, 1, true)
    while at do
      -- (the run the mark stands in, not at its end: a capitalised word
      -- follows in it; most marks stand before a word in lower case, and
      -- one byte tells)
      local after = at + #mark
      local k = is_upper_at(s, after) and floor(runs, at, 4, 0) or 0
      local q = 4 * k - 3
      if k > 0 and after < runs[q + 3] and runs[q + 1] < at then
        -- (its word the second or third, the first a given name)
        local ws = at
        while ws > runs[q] and byte(s, ws - 1) ~= 32 do ws = ws - 1 end
        local gap = sub(s, runs[q + 1], ws - 1)
        if ws > runs[q + 1] and byte(s, ws) ~= 39 and is_upper_at(s, ws) and not find(gap, "%S%s+%S%s")
           and g.given[lc(sub(s, runs[q], runs[q + 1] - 1))] then
          cuts = cuts or {}
          if not cuts[q] or cuts[q][1] > ws then cuts[q] = { ws, at + #mark - 1 } end
        end
      end
      at = find(s, mark, at + 1, true)
    end
  end
  if not cuts then return runs end
  local out, n = {}, 0
  for q = 1, #runs, 4 do
    local a, fe, ls, e = runs[q], runs[q + 1], runs[q + 2], runs[q + 3]
    local cut = cuts[q]
    if cut then
      -- (the owner's run ends after its mark; the rest opens where the
      -- next capitalised word does)
      local b = find(s, "%S", cut[2])
      local bfe = find(s, "%s", b)
      if not bfe or bfe > e then bfe = e end
      out[n + 1], out[n + 2], out[n + 3], out[n + 4] = a, fe, cut[1], cut[2]
      out[n + 5], out[n + 6], out[n + 7], out[n + 8] = b, bfe, (ls >= b and ls or b), e
      n = n + 8
    else
      out[n + 1], out[n + 2], out[n + 3], out[n + 4] = a, fe, ls, e
      n = n + 4
    end
  end
  return out
end

-- index(article, g) -> {by_last = {word -> {s, e, ...}}, by_first = ...,
-- runs = the flat array of text.nameruns (start, end of the first word,
-- start of the last word, end: 4 numbers a run), n = the number of runs,
-- rs, re = the starts and ends of the runs, multi_by_last, multi_by_first
-- = canonical's lists (see multi_lists)}; by_last, by_first, rs and re
-- are made when first read, and the lists fill in as they are read (see
-- lazy_list)
function M.index(article, g)
  local ix = index_cache[article]
  if ix and ix.g == g then return ix end
  local s = article.text or article
  g.run_ws = g.run_ws or run_particles(g)
  local runs = text.nameruns(s, g.run_ws)
  if next(g.sets.given_particle) and g.given then runs = given_particle_runs(s, runs, g) end
  if g.given then runs = M.possessive_runs(s, runs, g) end
  ix = setmetatable({ g = g, clean = {}, s = s, runs = runs, n = #runs // 4 },
                    INDEX_LAZY)
  index_cache[article] = ix
  return ix
end

-- clean_words(run, g, lang) -> text, done: the run (text of a run of the
-- index) cut to the part that ends with its last word, leading stop words
-- and titles removed. done: nothing more to do; else the text still goes
-- through trim_run (which reads the article) and loses a lower-case tail.
local clean_words
clean_words = function(run, g, lang)
  if not find(run, "%s") then
    -- one word (most runs): a name part or nothing
    local w = strip_poss(run)
    if word_kind(w, g) ~= "N" or g.stop_start[lc(w)] then return "", true end
    return (w:gsub("%-%l[%w\128-\255]*$", "")), true
  end
  local ws = words_of(run)
  -- from the last word back: name parts, initials, particles between
  -- them; a stop word or an adjective (De Israëlische) ends the run
  local n = #ws
  if n == 0 then return "" end
  -- (a place's or a body's name after a person's name and `van`, its
  -- article perhaps, that opens with a capitalised adjective: the person
  -- is the name before `van`, `Erik de Jonge van de Brabantse Wal`; the
  -- walk back would keep `Wal` alone)
  if n >= 5 then
    for v = 3, n - 2 do
      if ws[v] == "van" and word_kind(ws[v - 1], g) == "N" then
        local j = v + 1
        if g.particles[ws[j]] and ws[j] ~= "van" then j = j + 1 end
        if j < n and is_upper_at(ws[j], 1) and word_kind(ws[j], g) == "w" and word_kind(ws[j + 1], g) == "N" then
          return clean_words(table.concat(ws, " ", 1, v - 1), g, lang)
        end
      end
    end
  end
  -- (a compound whose tail in lower case is a role, after a particle, is
  -- a role's phrase after the name, as run_starting reads it: `Jesse
  -- Klaver de BBB-voorvrouw` is Jesse Klaver)
  if n >= 3 and word_kind(ws[n - 1], g) == "A" and M.role_compound(g, ws[n]) then
    local p = n - 1
    while p > 1 and word_kind(ws[p], g) == "A" do p = p - 1 end
    return clean_words(table.concat(ws, " ", 1, p), g, lang)
  end
  -- (a weekday's name after the name, as American news writes the time
  -- before the verb, is no part of it: `captain Babar Azam Sunday said`,
  -- `Trump Monday said`; not a month's, `Theresa May`)
  while n > 1 and g.stop[lc(ws[n])] and word_kind(ws[n - 1], g) == "N" and g.time_word[lc(ws[n])] do n = n - 1 end
  -- (a surname's initial whose period ends the sentence, the next one's
  -- first word after it: `van Robert M. Een daarvan ...` is Robert M, as
  -- `Tarik Z.` at a sentence's end)
  if n >= 3 and g.stop[lc(ws[n])] and find(ws[n - 1], "^%u%.$") and word_kind(ws[n - 2], g) == "N" then
    return clean_words(table.concat(ws, " ", 1, n - 2) .. " " .. sub(ws[n - 1], 1, 1), g, lang)
  end
  -- (a minister's portfolios after the name and its `van` are no part of
  -- it: `Henk Kamp van Economische Zaken`)
  if n >= 4 then
    local v = n
    while v > 3 and g.portfolio[lc(ws[v])] and is_upper_at(ws[v], 1) do v = v - 1 end
    if v < n and ws[v] == "van" then n = v - 1 end
  end
  local kd = word_kind(strip_poss(ws[n]), g)
  -- (an adjective's ending after a name part is a surname's: `Peter
  -- Elbertse`; suffix_word)
  -- (a month's name right after a given name of the list is a surname:
  -- `Fire Chief Todd March`, month_surname)
  if kd == "w" and n >= 2 and g.month_cap[strip_poss(ws[n])] and g.given and g.given[lc(ws[n - 1])]
     and word_kind(ws[n - 1], g) == "N" then
    kd = "N"
  end
  -- (and after a `te` that follows a given name: `Dennis te Kloese`)
  if kd == "w" and n >= 2 and suffix_word(strip_poss(ws[n]), g)
     and (word_kind(ws[n - 1], g) == "N" or n >= 3 and te_particle(g, ws[n - 1], ws[n - 2])) then
    kd = "N"
  end
  -- (a title's word that ends a name a title opens is the surname, after a
  -- name part: `Dr Simon Constable`, not `Dr Constable` or `Prime
  -- Minister`)
  if kd == "T" and n >= 3 and word_kind(ws[n - 1], g) == "N" and not g.after[lc(strip_poss(ws[n]))]
     and not g.titles[lc(ws[n - 1] .. " " .. strip_poss(ws[n]))] then
    for i = n - 2, 1, -1 do
      local ki = word_kind(ws[i], g)
      if ki == "T" then kd = "N" break end
      if ki ~= "N" then break end
    end
  end
  -- (and so is one with its capital right after a given name of the
  -- list: `Anja Bisschop`, `John Bishop`)
  if kd == "T" and n >= 2 and g.given and (g.given[lc(ws[n - 1])] or n == 2 and M.unknown_first(g, ws[1], ws[2]))
     and is_upper_at(ws[n], 1) and not g.after[lc(strip_poss(ws[n]))] and word_kind(ws[n - 1], g) == "N" then
    kd = "N"
  end
  -- (and after a given name and a surname's particles in lower case:
  -- `Jacco de Koning`, `Jan de Bisschop`)
  -- (capitalised too, as Flemish writes them: `Tom De Meester`)
  if kd == "T" and n >= 3 and g.given and is_upper_at(ws[n], 1) and not g.after[lc(strip_poss(ws[n]))]
     and word_kind(ws[n - 1], g) == "A" then
    local p = n - 1
    while p > 1 and word_kind(ws[p], g) == "A" do p = p - 1 end
    if g.given[lc(ws[p])] and word_kind(ws[p], g) == "N" then kd = "N" end
  end
  -- (and so a capitalised word that a list knows in lower case, after a
  -- surname's particles that a name part opens, or two particles or more
  -- that open the run: `Carmen van der Wel`, `vertelt Van der Wel`; not
  -- `De Italiaanse renner`, nor an adjective's ending after a name,
  -- `Zelenski de Oekraïense bevolking`)
  if kd == "w" and n >= 2 and word_kind(ws[n - 1], g) == "A" and is_word_at(ws[n - 1], 1)
     and M.particle_surname(g, ws[n], ws[n - 1]) then
    local p = n - 1
    while p > 1 and word_kind(ws[p], g) == "A" do p = p - 1 end
    local kp = word_kind(ws[p], g)
    if kp == "N" or p == 1 and n >= 3 and kp == "A" and is_upper_at(ws[1], 1) then kd = "N" end
  end
  -- (and one after a given name and a surname that is none, the
  -- appositive's commas left out: `Charles Gichira Chairman` is Charles
  -- Gichira)
  if kd == "T" and n >= 3 and g.given and g.given[lc(ws[1])] and word_kind(ws[n - 1], g) == "N"
     and word_kind(ws[1], g) == "N" and not g.after[lc(strip_poss(ws[n]))] then
    n = n - 1
    kd = "N"
  end
  if kd ~= "N" then return "" end
  local first = n
  local pend = n
  local i = n - 1
  local adjective_at
  while i >= 1 do
    local k2 = word_kind(ws[i], g)
    -- (the last word of a title of two words ends the name there too:
    -- `Iranian International Master Dorsa Derakhshani`)
    if k2 == "N" and i >= 2 and g.titles[lc(ws[i - 1] .. " " .. ws[i])] then break end
    if k2 == "N" or k2 == "I" then
      if possessive_word(ws[i]) then break end
      first = i
      pend = i
    elseif k2 == "A" then
      -- kept when a name part stands before it, or it opens the name
      if is_upper_at(ws[i], 1) then first = i end
    elseif k2 == "w" and i >= 2 and i + 1 == first and g.time_word[lc(ws[i])] and word_kind(ws[i - 1], g) == "T" then
      -- (a weekday's name between a title and a name is a given name, as
      -- West African names have them: `Pastor Friday Thomas`, `Coach
      -- Sunday Oliseh`; not at the run's start, `Friday Thomas said`)
      first = i
    elseif k2 == "T" and lang == "nl" and i >= 2 and word_kind(ws[i - 1], g) == "A" and i < n then
      -- (in Dutch a title's word after a particle is a surname's part: `R.
      -- de Koning Gans`, `Jan de Graaf`; not German `Der Minister Hans
      -- Müller`)
      first = i
    elseif k2 == "T" and i + 1 == n and g.suffix[lc(ws[n])] then
      -- (a title's word before a generation's suffix is the surname:
      -- `Martin Luther King Jr`)
      first = i
    elseif k2 == "T" and g.keep[lc(ws[i])] then
      first = i
      break
    elseif k2 == "T" and i + 1 == n and first == n and g.sets.peer_title and g.sets.peer_title[lc(ws[i])]
           and not (g.given and g.given[lc(ws[n])]) then
      -- (a peer's title before a surname alone: `Lord Bethell`)
      first = i
      break
    elseif k2 == "T" and i + 1 == first and first < n and g.org and g.org[strip_poss(ws[n])] then
      -- a title inside an organisation's name is the name's:
      -- `General Medical Council`, `Surgeon General's Office`
      first = i
    elseif i >= 2 and i + 1 == first and first == n and te_particle(g, ws[i], ws[i - 1]) then
      -- a Dutch `te` between a given name and a surname: `Hans te
      -- Kolsté`, and on to the given names before: `Jan Willem te
      -- Riele` (te_particle)
      first = i - 1
      i = i - 1
    elseif k2 == "w" and i + 1 == first and g.org and g.org[ws[first]] and is_upper_at(ws[i], 1)
           and not g.stop[lc(ws[i])] then
      -- an adjective that opens an organisation's name goes with it:
      -- `Technische Universiteit Eindhoven`, `Koninklijke Marechaussee`
      -- (only before its organisation word: `De Israëlische regering`)
      first = i
      adjective_at = i
    else
      break
    end
    i = i - 1
  end
  -- (the article before such an adjective is the sentence's: `De
  -- Technische Universiteit`)
  if adjective_at then
    local p = first
    while p < adjective_at and word_kind(ws[p], g) == "A" do p = p + 1 end
    if p == adjective_at then first = p end
  end
  -- lower-case particles left at the front: not part of the name
  while first < n and word_kind(ws[first], g) == "A" and not is_upper_at(ws[first], 1) do
    first = first + 1
  end
  while first < n and g.stop_start[lc(ws[first])] do first = first + 1 end
  -- (and an article in capitals before a name in title case, a
  -- paragraph's first word so written: `THE Philippine National Police`)
  while first < n and find(ws[first], "^%u%u+$") and g.determiner[lc(ws[first])] and find(ws[first + 1], "^%u%l") do
    first = first + 1
  end
  -- (and so the particles in lower case after such a word: `Reactie van
  -- André`, a subheading's, is André)
  while first < n and word_kind(ws[first], g) == "A" and not is_upper_at(ws[first], 1) do
    first = first + 1
  end
  -- (a portfolio before a name of two words or more: `Financiën Sanne de
  -- Graaf`; `Wonen Limburg` stays)
  -- (not before an organisation's name: `Algemene Vereniging
  -- Schoolleiders`)
  if first < n - 1 and g.portfolio[lc(ws[first])] and not holds_org_word(g, table.concat(ws, " ", first + 1, n)) then
    while first < n - 1 and g.portfolio[lc(ws[first])] do first = first + 1 end
  end
  if lang == "nl" then
    -- a Dutch name opens with its initials: what stands before them is
    -- no part of it (`De Noord-Ierse Nobelprijswinnaar M.C. Maguire`;
    -- initials apart are one name's, `L. N. Rottier`)
    local function initials(w) return find(w, "^%u%.$") or find(w, "^%u%.%u[%.%u]*%.$") end
    -- (not a given name right before a middle initial: `Peter R. de
    -- Vries`)
    for p = first + 1, n - 1 do
      if initials(ws[p]) then
        if not initials(ws[p - 1]) and not (p - 1 == first and g.given[lc(ws[p - 1])] and not find(ws[p], "%u%.%u")) then
          first = p
        end
        break
      end
    end
  end
  -- (a title's field in capitals between the title and a given name:
  -- M.title_field_end)
  if first >= 2 and first < n - 2 and word_kind(ws[first - 1], g) == "T" and is_upper_at(ws[first - 1], 1) then
    first = M.title_field_end(g, ws, first, n)
  end
  -- (a name in the possessive is the name: `Oleksiy Honcharuk's offer`)
  ws[n] = strip_poss(ws[n])
  run = table.concat(ws, " ", first, n)
  return M.strip_titles(run, lang, g), false
end

-- is tail, after the last hyphen of name c, a given name's syllable: c
-- of two words or more, the tail short and no adjective's (`Kim
-- Jong-un`, `Moon Jae-in`, `Tong Yung-soo`; not a lower-case tail that
-- makes an adjective or a participle of a name, g.sets.adjective_tail:
-- `Trump-style`, `Hong Kong-led`, `US-backed`)?
local function name_syllable(c, tail, g)
  return #tail <= 4 and find(c, " ", 1, true) ~= nil and not g.sets.adjective_tail[tail]
         and not find(tail, "ed$") and not find(tail, "ly$")
end

-- `Kurdish-led Syrian Democratic Forces`, `US-backed rebels`,
-- `President-elect Joe Biden`: an adjective before the name, dropped (a
-- name's own hyphen parts are capitalised: Jean-Luc, Aix-en-Provence;
-- a particle of `particles`, else g's, after the hyphen opens a married
-- name's second surname)
local function drop_hyphen_adjective(c, g, particles)
  if not find(c, "-", 1, true) then return c end
  -- (a compound of more hyphens too, its inner words of
  -- speech_words.txt's `title_compound_word`: `Man-of-the-Match
  -- Shenwari`; not `Tehreek-e-Taliban Pakistan`)
  -- (g absent: that cut is left out, clean_run's runs keep the title
  -- so that the mention still reads as a titled person's)
  local inner, rest = string.match(c, "^%u[%l\128-\255]*%-(%l[%w\128-\255%-]*)%-[%w\128-\255]+ +(%u.*)$")
  if inner and g then
    local words = g.sets.title_compound_word
    for p in string.gmatch(inner, "[^%-]+") do
      if not words[p] then return (c:gsub("^[^%s%-]+%-%l[%w\128-\255]* +(%u)", "%1")) end
    end
    return rest
  end
  -- (a particle after the hyphen opens a married name's second surname,
  -- no adjective's ending: `Rijpma-de Jong`, `Bijsterveld-van Dijk`)
  local after = string.match(c, "^[^%s%-]+%-(%l+) +%u")
  particles = particles or g and g.particles
  if after and particles and particles[after] then return c end
  return (c:gsub("^[^%s%-]+%-%l[%w\128-\255]* +(%u)", "%1"))
end

-- caps_given(c, g) -> c with a given name of the list that opens it in
-- capitals written as a name, before a surname that is not: `JOHN
-- Swinney told MSPs` (a site's first word in capitals) is John Swinney
local function caps_given(c, g)
  -- (four letters at least: `EVA Air`, `LEO Pharma`, `MAX Meldpunt` are
  -- acronyms, review 4)
  local w, rest = string.match(c, "^(%u%u%u%u+)( %u%l.*)$")
  if not (w and g.given and g.given[lc(w)]) then return c end
  return sub(w, 1, 1) .. lc(sub(w, 2)) .. rest
end

-- business_after_van(g, rest): does rest, the words from a `van` after a
-- given name and a surname on, name something of two words or more that
-- opens with no particle: a business's, `van Boerderijcamping De
-- Rodenburghoeve` (a surname after a given name and a surname is written
-- with a hyphen, `Rodenburg-van Dijk`)?
local function business_after_van(g, rest)
  local w3 = string.match(rest, "^van (%u[^%s]*) %S")
  return w3 ~= nil and not g.particles[lc(w3)]
end

-- affiliation_cut(c, g) -> c less a `van`/`of` phrase after a given name
-- and a surname when the phrase names an organisation, by one of its
-- words (`Jeroen Zoeteman van de Nederlandse Vereniging van
-- Strafrechtadvocaten`: the person is Jeroen Zoeteman); a given name
-- right before `van` keeps it, a surname's particle (`Jan van de Velde`)
local function affiliation_cut(c, g)
  if not (g.given and g.org) then return c end
  local at = find(c, " van ", 1, true) or find(c, " of ", 1, true)
  if not at then return c end
  local second = M.second_particle_at(c, at, g)
  if second then return sub(c, 1, second - 1) end
  local w1, w2 = string.match(sub(c, 1, at - 1), "^(%u[%l\128-\255%-]+) (%u[%l\128-\255%-]+)$")
  if not w1 or not g.given[lc(w1)] or g.given[lc(w2)] then
    -- (a surname alone before a party's or body's name that no surname
    -- spells, an acronym or a word with a capital inside, its article
    -- perhaps: `Karremans van de VVD`, `Roest van GroenLinks`)
    local one = string.match(sub(c, 1, at - 1), "^(%u[%l\128-\255%-]+)$")
    local body = one and not g.given[lc(one)] and string.match(c, "^ van %l*%s?(%S+)$", at)
    if body and (find(body, "^%u%u+$") or find(body, "^%u%l+%u") or find(body, "^%u[%a]*%d")) then
      return one
    end
    return c
  end
  -- (or a place's name whose article keeps its capital after the
  -- particle, which a surname's would not: `Jack Mikkers van Den Bosch`,
  -- `van De Bilt`, `van Het Hogeland`)
  local rest = sub(c, at + 1)
  if not (holds_org_word(g, rest) or find(rest, "^van [DH]e[nt]? %u") or find(rest, "^van 's%-%u")
          or business_after_van(g, rest)) then
    return c
  end
  return sub(c, 1, at - 1)
end

M.affiliation_cut = affiliation_cut

-- body_after_van(g, rest): does `van`/`of` phrase rest (the particle
-- first) name a body, by an organisation word, a compound of one last,
-- or a business's name?
local function body_after_van(g, rest)
  local last = string.match(rest, "(%S+)$")
  return holds_org_word(g, rest) or last ~= nil and is_upper_at(last, 1) and M.org_compound(g, last)
         or business_after_van(g, rest)
end

-- M.second_particle_at(c, at, g) -> where ` van ` opens a second van
-- phrase in c, after a given name and a surname with a particle of its own
-- that opens at at, else nil: the second phrase says where the person is
-- from, as M.affiliation reads it over tokens (`Joost van de Klok van de
-- Veiligheidsregio`, `Fernand de Boer van Degroof Petercam`; double
-- surnames so written are rare)
function M.second_particle_at(c, at, g)
  local first = string.match(sub(c, 1, at - 1), "^(%u[%l\128-\255%-]+)$")
  if not (first and g.given[lc(first)]) then return nil end
  local x = at + 1
  local n = 0
  while true do
    local w, nx = string.match(c, "^(%l+) ()", x)
    if not (w and g.particles[w]) then break end
    x, n = nx, n + 1
  end
  if n == 0 then return nil end
  local nx = string.match(c, "^%u[%l\128-\255%-]+()", x)
  if not nx or sub(c, nx, nx + 4) ~= " van " then return nil end
  if not string.match(c, "^ van [%l ]-%u", nx) then return nil end
  -- (a body's name there, by an organisation word, a compound of one or
  -- a business's: not a noble's double name, `jonkheer Willem van der
  -- Does van de Willebois`, review 27)
  if not body_after_van(g, sub(c, nx + 1)) then return nil end
  return nx
end

-- person_before_affiliation(run, g) -> the run up to a given name and a
-- surname that a `van`/`of` phrase naming an organisation follows, by an
-- organisation word or a compound of one last (`Piet Jansen van de
-- Koninklijke Nederlandse Voetbalbond`: read from its end, the run stops
-- at the body's adjective and leaves `Voetbalbond`, no one); else run.
-- A surname's particle after a given name is no surname (`Jan van de
-- Velde`).
local function person_before_affiliation(run, g)
  if not (g.given and g.org) then return run end
  local at = find(run, " van ", 1, true) or find(run, " of ", 1, true)
  if not at then return run end
  local second = M.second_particle_at(run, at, g)
  if second then return sub(run, 1, second - 1) end
  local w1, w2 = string.match(sub(run, 1, at - 1), "(%S+) (%S+)$")
  if not w1 then w2 = nil end
  if not (w2 and is_upper_at(w1, 1) and is_upper_at(w2, 1) and g.given[lc(w1)]
          and not g.given[lc(w2)] and not g.particles[lc(w2)]) then
    return run
  end
  if not body_after_van(g, sub(run, at + 1)) then return run end
  return sub(run, 1, at - 1)
end

-- common_lead_cut(s, a, c, g) -> c less its first word when that word
-- opens the sentence at a before a given name and the article writes it
-- in lower case too: a common noun, no part of the name (`Veel bakkers
-- zijn ... Bakkers Peter en Evelien vallen tussen wal en schip`; a trade
-- that is a common surname too, so no role noun of the lists)
-- (the article the answers below are for, and whether each word in
-- lower case stands alone in it: one search a word an article)
-- (and so, in Dutch, a present participle or an adjective in -end of
-- seven letters or more that opens the sentence, no given name: an
-- adverb of how, `Glunderend stond Roest de NOS te woord`, `Opvallend`,
-- `Vanochtend`; the sentence's first word only, as places so spelt,
-- `Purmerend`, stand inside sentences as often)
local lower_in_s, lower_in = nil, {}
local function common_lead_cut(s, a, c, g)
  if not g.given or byte(c, 1) == nil or byte(c, 1) > 90 or byte(c, 1) < 65 then return c end
  -- (a sentence's first word only: most runs stand inside one)
  if a > 1 and not find(sub(s, (a > 4 and a - 4 or 1), a - 1), "[.!?\n]%s*$") then return c end
  if g.lang == "nl" then
    local p1, rest = string.match(c, "^(%u%l%l%l%l+end)%f[^%w\128-\255] ?(.*)$")
    if p1 and not g.given[lc(p1)] and sub(s, a, a + #p1 - 1) == p1 then return rest end
  end
  local w1, w2 = string.match(c, "^(%u[%l\128-\255]+) (%u[%l\128-\255]+)")
  if not w2 or not g.given[lc(w2)] or g.given[lc(w1)] or sub(s, a, a + #w1 - 1) ~= w1 then return c end
  if lower_in_s ~= s then lower_in_s, lower_in = s, {} end
  local lw = lc(w1)
  local alone = lower_in[lw]
  if alone == nil then
    alone = M.whole_words(s, lw)() ~= nil
    lower_in[lw] = alone
  end
  -- (or a word the article writes only here, before a given name and a
  -- surname: a trade's noun the lists lack, `Shepherd Tom Barclay, who
  -- keeps sheep`; a given name the list lacks would come back, alone or
  -- in full; memoised under the word as written)
  if not alone and find(c, "^%S+ %S+ %S") then
    alone = lower_in[w1]
    if alone == nil then
      local it = M.whole_words(s, w1)
      it()
      alone = it() == nil
      lower_in[w1] = alone
    end
  end
  return alone and sub(c, #w1 + 2) or c
end

-- names.portfolio_lead_cut(s, a, c, g) -> c less the minister's
-- portfolios that open it when they follow a title and its van/of in
-- the article and one word is left, the surname (`minister van
-- Financiën Dijsselbloem`, `minister van Justitie en Veiligheid
-- Yeşilgöz`): a run of two words or more otherwise loses them only
-- before a name of two words (clean_words), as `Wonen Limburg` is a
-- body's name; c itself otherwise (a module field: this file is at
-- Lua's limit of locals)
function M.portfolio_lead_cut(s, a, c, g)
  local portfolio = g.portfolio
  if not portfolio or not find(c, " ", 1, true) then return c end
  local w = run_words(c)
  local n = #w
  if not portfolio[lc(w[1])] or portfolio[lc(w[n])] or g.org and g.org[w[n]] or not is_upper_at(w[n], 1) then return c end
  for i = 2, n - 1 do
    local lw = lc(w[i])
    if not (portfolio[lw] or (lw == "en" or lw == "and" or lw == "&") and portfolio[lc(w[i + 1])]) then return c end
  end
  -- (the run's first word in the article from a on: a run may hold the
  -- title, when it opens a sentence)
  local p = find(s, w[1], a, true)
  if not p then return c end
  -- (the words before it, read back past more portfolios to the van/of
  -- and the title: `minister van Buitenlandse Zaken Katz`, a run
  -- clean_words left as `Zaken Katz`)
  local before = sub(s, (p > 120 and p - 120 or 1), p - 1)
  local pw, tw
  for _ = 1, 6 do
    local rest, x = string.match(before, "^(.-)%s*(%S+)%s*$")
    if not x then return c end
    local lx = lc(x)
    if PORTFOLIO_PREP[lx] then
      pw = lx
      tw = string.match(rest, "(%S+)%s*$")
      break
    end
    if not (portfolio[lx] or lx == "en" or lx == "and" or lx == "&" or lx == ",") then return c end
    before = rest
  end
  if not (pw and tw and g.titles[lc(tw)]) then return c end
  return w[n]
end

-- the title-free run s[a, e) cut to the part that ends with the word
-- ending at e: leading stop words, titles and places removed. What does
-- not read the article (clean_words) is kept per grammar, by the run's
-- text: the same runs come back in article after article.
local function clean_run_uncached(s, a, e, g, lang)
  local run = sub(s, a, e - 1)
  local memo = g.clean_memo
  if not memo or g.clean_n >= 20000 then
    memo = {}
    g.clean_memo, g.clean_done, g.clean_n = memo, {}, 0
  end
  local c = memo[run]
  local done
  if c then
    done = g.clean_done[run]
  else
    c, done = clean_words(person_before_affiliation(run, g), g, lang)
    memo[run], g.clean_done[run] = c, done
    g.clean_n = g.clean_n + 1
  end
  if done then return M.portfolio_lead_cut(s, a, affiliation_cut(common_lead_cut(s, a, c, g), g), g) end
  c = trim_run(s, c, g)
  -- a capitalised particle before an organisation word or an acronym is
  -- the sentence's article (as run_ending reads it)
  -- (not before `den`/`der`, which only names keep: `Van den Hof`)
  local p1, rest = c:match("^(%u%l*) (%S+)")
  if p1 and g.particles[lc(p1)] and not NAME_ONLY_ARTICLE[rest]
     and organisation_run(g, rest, c:match("(%S+)$"), sub(c, #p1 + 2)) then
    c = sub(c, #p1 + 2)
  end
  -- (a plain search first: the pattern tries every position of the name)
  if find(c, "-", 1, true) then
    -- `Trump-style`: the name before the tail (not a given name's
    -- syllable after a name part: `Kim Jong-un`, `Tong Yung-soo`)
    local tail = c:match("%-(%l[%w\128-\255]*)$")
    if tail and not name_syllable(c, tail, g) then c = sub(c, 1, #c - #tail - 1) end
    c = drop_hyphen_adjective(c, nil, g.particles)
  end
  return M.portfolio_lead_cut(s, a, caps_given(affiliation_cut(common_lead_cut(s, a, c, g), g), g), g)
end

local rspan = text.rspan
-- the ASCII white space and letters (%s, %a)
local ASCII_SPACE = " \t\n\v\f\r"
local ASCII_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

-- letters_before_space(s, lo, e [, any]) -> the ASCII letters that the
-- white space ending s[lo, e] follows (those from lo on), or nil when
-- s[lo, e] ends in no white space after a letter: sub(s, lo, e):match(
-- "(%a+)%s+$") read back with two rspan calls, where the pattern search
-- tried every start of the copy; with any, the whole word back to white
-- space, accented letters too (`sœur`, `épouse`)
function M.letters_before_space(s, lo, e, any)
  if e > #s then e = #s end
  local k = rspan(s, e, ASCII_SPACE)
  if k > e or k <= lo then return nil end
  local l
  if any then l = rspan(s, k - 1, ASCII_SPACE, true) else l = rspan(s, k - 1, ASCII_ALPHA) end
  if l >= k then return nil end
  return sub(s, (l < lo and lo or l), k - 1)
end

-- a run right after a role's `of`/`van` of three words or more holds the
-- place the role is of, then the person: `Minister of Scotland Nicola
-- Sturgeon`, `burgemeester van Amsterdam Femke Halsema` -- the person is
-- the last name part, the particles before it and one more part; and one
-- more before that where the article writes those two words together
-- elsewhere (`Secretary of Justice Wanda Vázquez Garced` beside `Wanda
-- Vázquez`: a double surname)
local person_after_place
local function after_of_person(s, a, c, g)
  -- (the words first: most runs have fewer than three, and the memo
  -- answers without a search of the article)
  local w = run_words(c)
  if #w < 3 then return c end
  -- (a run that ends in an organisation word is the body the role is of,
  -- no person after it: `Chairman of Nairobi County Association`)
  if g.org and g.org[w[#w]] then return c end
  -- the six bytes before the run end in of/van/from and white space (as
  -- three searches of "%f[%a]of%s+$" and the like found: the word's
  -- letters, those in the six bytes, are the whole word there)
  local pw = M.letters_before_space(s, (a > 6 and a - 6 or 1), a - 1)
  -- (or in the words before a determiner there: `voorzitter van de
  -- Nederlandse Melkveehouders Vakbond Harm Wiegersma`; not a run that
  -- ends in an organisation word, the body's own name)
  if pw and g.definite[pw] and not organisation_run(g, w[#w], w[#w]) then
    local d = rspan(s, a - 1, ASCII_SPACE) - #pw
    pw = M.letters_before_space(s, (d > 6 and d - 6 or 1), d - 1)
  end
  -- (or the run's own words before the cleaned run end so: a title that
  -- opens a sentence is in the run, `Burgemeester van Antwerpen Bart De
  -- Wever (N-VA) heeft ...`)
  -- (and an office's place, speech_words.txt's `office_prep`: `de
  -- ambassadeur bij de Verenigde Naties Sergei Kislitsia`)
  local of = g.sets.complement_of
  local by = g.sets.office_prep or of
  if not (of[pw] or by[pw]) then
    local p = find(s, w[1], a, true)
    if p and p > a + 2 then pw = M.letters_before_space(s, (p > 6 and p - 6 or 1), p - 1) end
  end
  -- (or `for` with a given name before the run's last word: a seat's or
  -- portfolio's place, then the person, `Federal member for O’Connor Rick
  -- Wilson`)
  if pw == "for" and g.given and g.given[lc(w[#w - 1])] and not g.given[lc(w[1])] then
    return person_after_place(s, a, c, w, g)
  end
  if not (of[pw] or by[pw]) then
    -- (or the run, its role cleaned off, opens with that word itself:
    -- `Politiechef van Midden-Nederland Martin Sitalsing`, whose run is
    -- `van Midden-Nederland Martin Sitalsing` then)
    if not (g.sets.complement_of[w[1]] and #w >= 4) then return c end
    -- (a copy: w is run_words' memo, read only)
    w = { table.unpack(w, 2) }
  end
  return person_after_place(s, a, c, w, g)
end

-- the person at the end of w, the words of run c at a (c itself when a
-- is nil) after a role's place: the last name part, the particles before
-- it and one more part, and one more where the article writes those two
-- together elsewhere, and a given name before them (after_of_person)
person_after_place = function(s, a, c, w, g)
  local i = #w - 1
  while i > 1 and g.particles[lc(w[i])] do i = i - 1 end
  if i <= 1 then return c end
  if not g.particles[lc(w[i - 1])] then
    local pair = w[i - 1] .. " " .. w[i]
    local p = find(s, pair, 1, true)
    -- (with no place of the run given, its own is one of the finds: a
    -- second one is elsewhere)
    local others = a and 1 or 2
    while p do
      -- (elsewhere: not inside this run, and as whole words)
      if (not a or p < a or p > a + #c) and not is_word_at(s, p - 1) and not is_word_at(s, p + #pair) then
        others = others - 1
        if others == 0 then
          i = i - 1
          break
        end
      end
      p = find(s, pair, p + #pair, true)
    end
  end
  -- (and from a given name right before those parts: `Inspector-General
  -- of Police Tan Sri Khalid Abu Bakar` is Khalid Abu Bakar)
  if i >= 2 and g.given and g.given[lc(w[i - 1])] then i = i - 1 end
  return table.concat(w, " ", i)
end

-- names.participle_word(w, g): is capitalised word w an English
-- participle in -ing of six letters or more, no given name (`Addressing`;
-- not `Irving`)? An English participle that opens a sentence before a
-- name and the comma that closes its clause is no part of the name:
-- `Addressing Liddle, the judge said` (participle_cut; not before an
-- organisation's word, `Ealing Council,`)
function M.participle_word(w, g)
  -- (not a word that says when or how a role is held, `Acting Manpower
  -- Minister Tan Chuan-Jin, an MP ..., said`: speech_words.txt's
  -- role_time)
  return #w >= 6 and find(w, "^%u%l+ing$") ~= nil and not g.given[lower(w)]
         and not (g.sets.role_time and g.sets.role_time[lower(w)])
end

local function participle_cut(s, a, e, g, c)
  local w1, rest = c:match("^(%a+) (.+)$")
  if not w1 or not M.participle_word(w1, g) or sub(s, a, a + #w1 - 1) ~= w1 or byte(s, e) ~= 44 then return c end
  if holds_org_word(g, rest) then return c end
  local p = a - 1
  while p >= 1 and (byte(s, p) == 32 or byte(s, p) == 10) do p = p - 1 end
  local b = byte(s, p)
  if p >= 1 and not (b == 46 or b == 33 or b == 63 or b == 10 or b == 34 or b == 157) then return c end
  return rest
end

-- a paragraph's opening words set in capitals, two or more, before a
-- name in mixed case are the house style's lead-in, no part of the name:
-- `NEW ZEALAND STAR Ruby Tui gave ...` is Ruby Tui (an acronym alone
-- stays: `FBI Director James Comey`)
local function caps_lead_cut(s, a, c)
  local lead, rest = c:match("^(%u%u+ %u%u+[%u ]*) (%u%l.*)$")
  if not lead or find(lead, "%u%l") or sub(s, a, a + #lead - 1) ~= lead then return c end
  local p = a - 1
  while p >= 1 and byte(s, p) == 32 do p = p - 1 end
  if p >= 1 and byte(s, p) ~= 10 then return c end
  return rest
end

-- a word of a former office (speech_words.txt's `former_role`) that opens
-- a run, and the capitalised words of the office after it, are no part
-- of the name of a given name and a surname that ends it: `Former Tainui
-- Waka Murray Sturt says` is Murray Sturt
local function former_lead_cut(g, c)
  local w1 = string.match(c, "^(%u%l+) ")
  if not (w1 and g.sets.former_role[lc(w1)]) then return c end
  local words = run_words(c)
  for i = 2, #words - 1 do
    if g.given[lower(words[i])] then return table.concat(words, " ", i) end
  end
  return c
end

-- opens_no_name(g, lw): is the word lw (in lower case) no given name,
-- title or particle, a word that describes a name before it rather than
-- opening one (adjective_lead_cut, headline_noun_dropped)?
local function opens_no_name(g, lw)
  return not (g.given[lw] or g.titles[lw] or g.particles[lw])
end

-- a Dutch adjective in -e with its capital before a given name of the
-- list, itself no given name, title or particle, describes the person,
-- as a headline or a sentence opens with it: `Winnende Wout van Aert:
-- "..."` is Wout van Aert
-- (and so, in any language, a word of where someone is from, demonyms.txt,
-- before a given name of one sex: `said American Kendra Harrison`; an
-- organisation's name opens with no given name, `American Airlines`)
local function adjective_lead_cut(g, c, s)
  -- (the run's words, kept per text: the given name looked up first, as
  -- most runs open with none after their first word)
  local ws = run_words(c)
  local w1, w2 = ws[1], ws[2]
  if not w2 then return c end
  -- (a definite article and a demonym that open a sentence before a given
  -- name and more: `De Belg Wout Peeters werd tweede`, `The Dutchman
  -- Max Verstappen`)
  -- (or before two capitalised words whose last the article writes
  -- alone: `De Sloveen Jure Novak ... zei Novak`)
  if ws[4] and g.definite[lc(w1)] and (g.demonym[lc(w2)] or g.lead_demonym[lc(w2)]) and is_upper_at(ws[4], 1)
     and (g.given[lc(ws[3])] or not ws[5] and s and is_upper_at(ws[3], 1) and M.written_alone(s, ws[4], ws[3])) then
    return sub(c, (find(c, ws[3], #w1 + #w2 + 2, true)))
  end
  local sex = g.given[lc(w2)]
  local l1 = lc(w1)
  -- (or before two capitalised words no list knows, none an
  -- organisation's, where the demonym is an adjective's and the article
  -- s writes the last word alone too, as a surname: `Earlier,
  -- Senegalese Cherif Ndiaye got ... Ndiaye said`; not `American Red
  -- Cross`, `Palestinian Red Crescent`)
  local unknown_pair = not sex and s and g.lead_demonym[l1] and ws[3] and not ws[4] and is_upper_at(ws[3], 1)
                       and opens_no_name(g, lc(w2)) and not (g.org[w2] or g.org[ws[3]])
                       and not find(c, "[^%a\128-\255 ]") and M.written_alone(s, ws[3], w2)
  if not (sex == "m" or sex == "f" or unknown_pair) or not is_upper_at(w1, 1) or not is_upper_at(w2, 1) then return c end
  if not opens_no_name(g, l1) or find(w1, "[^%a\128-\255]") or find(w1, "%u", 2) then return c end
  if g.lead_demonym[l1] or g.lang == "nl" and #w1 >= 5 and byte(w1, -1) == 101 and not find(w1, "[\128-\255]") then
    return sub(c, (find(c, w2, #w1 + 1, true)))
  end
  return c
end

M.adjective_lead_cut = adjective_lead_cut

-- acronym_lead_cut(g, c, s) -> c less an acronym that opens it before a
-- person's name of two words, a body's or an office's initials (`Local
-- Tory group leader MKCC Shazna Muzammil`: Shazna Muzammil), where the
-- name's first word is a given name of the list or the article s writes
-- its last word alone too (`Cllr Muzammil said`); not a body's name, an
-- organisation word in it (`BBC Radio Scotland`)
local function acronym_lead_cut(g, c, s)
  local ws = run_words(c)
  local w1, w2, w3 = ws[1], ws[2], ws[3]
  if not w3 or ws[4] or not s then return c end
  if not (find(w1, "^%u%u+$") and #w1 <= 6) or g.given[lc(w1)] then return c end
  for i = 2, 3 do
    local w = ws[i]
    if not (is_upper_at(w, 1) and find(w, "%l")) or g.org[w] or g.particles[lc(w)] or g.titles[lc(w)] then return c end
  end
  -- (a given name of two the list has, joined by a hyphen, is one too:
  -- `VIER TV Otto-Jan Ham`)
  local h1, h2 = string.match(w2, "^(%u[%l\128-\255]+)%-(%u[%l\128-\255]+)$")
  if not (g.given[lc(w2)] or h1 and g.given[lc(h1)] and g.given[lc(h2)] or M.written_alone(s, w3, w2)) then
    return c
  end
  return sub(c, (find(c, w2, #w1 + 1, true)))
end
M.acronym_lead_cut = acronym_lead_cut

-- written_alone(s, w, before) -> does s write the capitalised word w as
-- a whole word somewhere with no `before` word right before it (a surname
-- alone: `Ndiaye said` beside `Cherif Ndiaye`)?
function M.written_alone(s, w, before)
  for a in M.whole_words(s, w) do
    if sub(s, (a - #before - 1 > 0 and a - #before - 1 or 1), a - 1) ~= before .. " " then return true end
  end
  return false
end

-- credit_cut(s, a, e, c) -> c, the run s[a, e), less the words of a
-- photo's credit that open it: a run right after a slash glued to a word,
-- where the page ran the credit into the text (`Kevin Mazur/Getty Images
-- Foo Fighters have promised ...`), is cut to its longest tail of two
-- words or more that the article writes elsewhere too (`Foo Fighters`; a
-- surname alone would lose the given name before it)
local function credit_cut(s, a, e, c)
  if not (a > 2 and byte(s, a - 1) == 47 and find(s, "^[%w\128-\255]", a - 2)) then return c end
  local at = find(c, " ", 1, true)
  while at do
    local tail = sub(c, at + 1)
    if not find(tail, " ", 1, true) then break end
    for p in M.whole_words(s, tail) do
      if p < a or p >= e then return tail end
    end
    at = find(c, " ", at + 1, true)
  end
  return c
end

-- party_member_cut(c, lang) -> c less a Dutch party member's noun that
-- opens it, the party's name and `'er`, `’er` or `-er` (`SGP'er Jansen`
-- is Jansen, whom `SGP-raadslid Frits Jansen` names in full: written
-- twice, the noun's run would outnumber the full name)
local function party_member_cut(c, lang)
  if lang ~= "nl" then return c end
  local rest = string.match(c, "^%u[%w]*'s?t?er (%u.*)$") or string.match(c, "^%u[%w]*\226\128\153s?t?er (%u.*)$")
               or string.match(c, "^%u[%w]*%u[%w]*%-er (%u.*)$")
  return rest or c
end
M.party_member_cut = party_member_cut

-- org_lead_cut(g, c) -> c less an organisation's name that runs into
-- the name after it: the words up to an organisation word
-- (organisation_words.txt) that a given name of one sex and capitalised
-- words only, one at least, follow (`President of the International
-- Longshoremen's Association Harold Daggett told ...` is Harold Daggett;
-- a particle in lower case keeps the run whole);
-- (a plain test for the words first: most runs have no organisation word)
local function org_lead_cut(g, c)
  if not (g.org and g.given) or not find(c, " %S+ %S") then return c end
  local ws = run_words(c)
  local n = #ws
  for i = n - 2, 1, -1 do
    local sex = g.org[ws[i]] and g.given[lower(ws[i + 1])]
    if sex == "m" or sex == "f" then
      for k = i + 1, n do
        if not is_upper_at(ws[k], 1) then return c end
      end
      return table.concat(ws, " ", i + 1, n)
    end
  end
  return c
end

-- fronted_phrase_cut(s, a, e, c, g) -> run c (cleaned, s[a, e))
-- less the noun of an English phrase that opens its sentence with a
-- preposition and no comma after it, whose run the subject's name goes
-- on: `In Kyiv Volodymyr Zelensky said`, `In May Mo Farah said` -- the
-- name starts at a given name after the first word, or after a month's
-- name; else c
local function fronted_phrase_cut(s, a, e, c, g)
  -- (three words or more, or two after a month's name: most runs are
  -- shorter, and leave at two plain searches)
  local sp1 = find(c, " ", 1, true)
  if not sp1 then return c end
  if not find(c, " ", sp1 + 1, true) and not g.month_word[lc(sub(c, 1, sp1 - 1))] then return c end
  -- (the preposition opens the run, which cleaning dropped, or stands
  -- right before it)
  local b
  local rw = s:match("^(%a+)%s", a)
  if rw and g.prep[lc(rw)] and is_upper_at(rw, 1) and sub(c, 1, #rw) ~= rw then
    b = a - 1
  else
    -- (the word and the spaces or tabs before a, no line break:
    -- letters_before_space, as a role's of-phrase is read)
    local pw = M.letters_before_space(s, (a > 14 and a - 14 or 1), a - 1)
    if not pw or not is_upper_at(pw, 1) or not g.prep[lc(pw)] then return c end
    local k = rspan(s, a - 1, ASCII_SPACE)
    if not find(sub(s, k, a - 1), "^[ \t]+$") then return c end
    b = k - #pw - 1
  end
  local gap = b
  while b >= 1 and find(sub(s, b, b), "^%s") do b = b - 1 end
  if not (b < 1 or find(sub(s, b + 1, gap), "\n", 1, true) or find(sub(s, b, b), "^[.!?]")) then return c end
  -- (no comma after the run: `Like Mary Kate Olsen, the designer`)
  if find(s, "^%s*,", e) then return c end
  local ws = {}
  for w in c:gmatch("%S+") do ws[#ws + 1] = w end
  if #ws < 3 and not (#ws == 2 and g.month_word[lc(ws[1])]) then return c end
  local j
  if g.month_word[lc(ws[1])] then
    j = 2
  elseif g.given[lc(ws[1])] then
    -- (a first given name opens the name itself: `For Juan Carlos
    -- Ferrero the win was special`)
    return c
  else
    for i = 2, #ws - 1 do
      if g.given[lc(ws[i])] then
        j = i
        break
      end
    end
  end
  if not j then return c end
  return table.concat(ws, " ", j)
end

-- given_lead_cut(g, c) -> run c less the capitalised words before a
-- person's given name that are no name of their own: a portfolio or a
-- photo credit the page runs into the name (`Openbaar Domein Erica
-- Caluwaerts`, `Pro Shots Bram van Polen`); the words before, two or
-- more, are no given name, particle or organisation word (one is too
-- often a given name the list lacks: `Hunter Thomas Jones`), and the
-- name from the given name on has a surname after it and no
-- organisation word (`Royal Albert Hall` stays); else c
local function given_lead_cut(g, c)
  if not (g.given and g.org) or not find(c, " %S+ %S") then return c end
  local ws = run_words(c)
  local n = #ws
  local l1 = lower(ws[1])
  if g.given[l1] or g.particles[l1] or g.org[ws[1]] or not is_upper_at(ws[1], 1) then return c end
  for i = 2, n - 1 do
    local w = ws[i]
    local lw = lower(w)
    if not is_upper_at(w, 1) or g.particles[lw] or g.org[w] then return c end
    local sex = g.given[lw]
    if (sex == "m" or sex == "f") and i == 2 then return c end
    if sex == "m" or sex == "f" then
      for k = i + 1, n do
        if g.org[ws[k]] or g.given[lower(ws[k])] and k == n then return c end
      end
      return table.concat(ws, " ", i, n)
    end
  end
  return c
end

local function clean_run(s, a, e, g, lang, ix)
  local c = ix.clean[a]
  if c then return c end
  c = clean_run_uncached(s, a, e, g, lang)
  if lang == "en" then c = fronted_phrase_cut(s, a, e, c, g) end
  if byte(s, a - 1) == 47 then c = credit_cut(s, a, e, c) end
  c = party_member_cut(given_lead_cut(g, org_lead_cut(g, c)), lang)
  if lang == "en" and find(c, "^%u%l+ing ") then c = participle_cut(s, a, e, g, c) end
  if find(c, "^%u%u+ %u%u+ ") then c = caps_lead_cut(s, a, c) end
  c = acronym_lead_cut(g, adjective_lead_cut(g, former_lead_cut(g, c), s), s)
  c = after_of_person(s, a, c, g)
  ix.clean[a] = c
  return c
end

-- mention(article, g, lang, i) -> text, start, end of run i of the
-- index, cleaned (leading stop words and titles out); nil when nothing
-- is left
function M.mention(article, g, lang, i)
  local ix = M.index(article, g)
  local s = article.text or article
  local a, e = ix.runs[4 * i - 3], ix.runs[4 * i]
  local text = clean_run(s, a, e, g, lang, ix)
  if text == "" then return nil end
  -- its first and last words found in the run s[a, e): searched in s
  -- itself (no copy of the run), a find past e being none in the run
  local ws = run_words(text)
  local first, lastw = ws[1], ws[#ws]
  local ms = find(s, first, a, true)
  -- (a given name the text writes in capitals, which caps_given wrote in
  -- title case: `JESSICA Judd`)
  if (not ms or ms + #first > e) and #ws > 1 then
    first = string.upper(first)
    ms = find(s, first, a, true)
  end
  if not ms or ms + #first > e then return nil end
  -- (one word: the last is the first)
  local lo = ms
  if #ws > 1 then lo = find(s, lastw, ms, true) end
  local me = (lo and lo + #lastw <= e) and lo + #lastw or e
  return text, ms, me
end

-- The ASCII letter and digit runs of s that a byte \195-\197 (the lead
-- of a Latin letter with an accent) follows, joined by "\0", once per
-- index: `find(runs, pre, 1, true)` answers `find(s, pre ..
-- "[%w]*[\195-\197]")` (pre: ASCII letters and digits) without a pattern
-- search over the whole text for every name. And second, in the same
-- way, the words that open with such a letter, folded (Çavuşoğlu:
-- cavusoglu), so that a mention written without the accent on its first
-- letter (Cavusoglu) finds them by its own first letters in lower case.
-- (The lead bytes are found by three plain searches, each a memchr over
-- the text: accents are rare, and a scan that tests every byte costs more.
-- Their order in the result does not matter: pre holds no "\0".)
local ACCENT_LEADS = { "\195", "\196", "\197" }
-- (the ASCII letters and digits: %w)
local ASCII_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
accented_runs = function(ix, s)
  local r = ix.accented
  if r then return r, ix.accented_initial end
  local out, initial = {}, {}
  for _, lead in ipairs(ACCENT_LEADS) do
    local p = find(s, lead, 1, true)
    while p do
      -- (the run backwards in one call: text.rspan)
      local q = p > 1 and rspan(s, p - 1, ASCII_ALNUM) or p
      -- (and back past a compound name's hyphen: `Saint-André`, whose
      -- last word opens `Sa`)
      while q > 2 and q < p and byte(s, q - 1) == 45 do
        local q2 = rspan(s, q - 2, ASCII_ALNUM)
        if q2 >= q - 1 then break end
        q = q2
      end
      if q < p then
        out[#out + 1] = sub(s, q, p - 1)
      elseif p == 1 or byte(s, p - 1) < 128 then
        -- the letter opens a word: the word folded, to its first byte
        -- that is neither an ASCII letter or digit nor another letter's
        local w = s:match("^[%w\128-\255]+", p)
        if w then initial[#initial + 1] = fold(w) end
      end
      p = find(s, lead, p + 1, true)
    end
  end
  r = table.concat(out, "\0")
  ix.accented, ix.accented_initial = r, table.concat(initial, "\0")
  return r, ix.accented_initial
end

-- kin_before(s, p, g): do the two words before byte p name someone's
-- relative, a relative's noun (speech_words.txt's `kin_noun`: `wife`,
-- `zoon`, `lady`) after a word that makes the relative someone else's
-- (`kin_owner`: `his`, `zijn`, `first`)? (`his son Hunter Biden`, `first
-- lady Melania Trump`)
-- (a field of the module: the main chunk is at Lua's 200 locals)
function M.kin_before(s, p, g)
  local sets = g.sets
  -- (the word before the run read first, by the C spans: most runs
  -- follow no relative's noun, and a pattern over the bytes before costs
  -- en +4% a byte, asked of every run a one-word mention considers)
  -- (words to white space, not ASCII letters: French `sa sœur`)
  local k = p > 2 and M.letters_before_space(s, (p > 20 and p - 20 or 1), p - 1, true)
  if not (k and sets.kin_noun[k]) then return false end
  local o = M.letters_before_space(s, (p > 40 and p - 40 or 1), p - #k - 2, true)
  return o ~= nil and sets.kin_owner[lc(o)] ~= nil
end

-- canonical's fuller forms of a mention whose words fold to fm[1..nm]:
-- consider(seen, order, fm, nm, run [, g]) keeps run (in order, by its text in
-- seen) when it is one, with how often the article writes it; `first`
-- groups them by first name
local function consider(seen, order, fm, nm, run, g)
  local c = seen[run]
  if c then c.n = c.n + 1 return end
  local rw = run_words(run)
  local nr = #rw
  if nr <= nm then return end
  -- first and last name with middle names between: Robert Mugabe ->
  -- Robert Gabriel Mugabe
  local ok = nm >= 2 and fold(rw[1]) == fm[1] and fold(strip_poss(rw[nr])) == fm[nm]
  if not ok then
    -- the mention's words are the run's last words
    local o = nr - nm
    ok = true
    for x = 1, nm do
      local f = fold(strip_poss(rw[o + x]))
      -- (the run's last word less a particle joined by a hyphen, as the
      -- name index finds it: `Naimi` of `Ali al-Naimi`)
      if f ~= fm[x] and not (g and x == nm and sub(f, -#fm[x] - 1) == "-" .. fm[x]
                             and g.particles[lc(sub(f, 1, #f - #fm[x] - 1))]) then
        ok = false
        break
      end
    end
  end
  if ok then
    c = { run = run, words = nr, n = 1, first = fold(rw[1]) }
    seen[run] = c
    order[#order + 1] = c
  end
end

-- The fullest form wins among forms of one person (Robert Gabriel Mugabe
-- over Robert Mugabe); between people who share the last name (Kamala
-- Harris, her father Donald J. Harris) the one the article names most
-- often; but one that opens with a given name of the list over one as
-- long that opens with a particle, the particle not counted, or with a
-- noun of where someone is from (`André Greipel` over `De Duitser
-- Greipel` and `Duitser Greipel`, a noun of nationality that a
-- sentence's `De` or a run took in). choose(order, best, best_n [, g]) ->
-- that form and its number of words, else (nothing in order) best,
-- best_n; g, the grammar, gives the given names and particles.
local function choose(order, best, best_n, g)
  local n = #order
  if n == 0 then return best, best_n end
  if n == 1 then return order[1].run, order[1].words end
  -- (a form that ends another, fuller one is that person's: `Van den
  -- Brom` at a sentence's start and `John van den Brom`, whatever the
  -- case of the particle)
  local group_of = {}
  for _, c in ipairs(order) do
    local lc_run, longest = lower(c.run), nil
    for _, d in ipairs(order) do
      if d.words > c.words and (not longest or d.words > longest.words) then
        local ld = lower(d.run)
        if sub(ld, -#lc_run - 1) == " " .. lc_run then longest = d end
      end
    end
    group_of[c] = longest and longest.first or c.first
  end
  local per_first, groups = {}, {}
  for _, c in ipairs(order) do
    local gr = per_first[group_of[c]]
    if not gr then
      gr = { n = 0, best = c }
      per_first[group_of[c]] = gr
      groups[#groups + 1] = gr
    end
    gr.n = gr.n + c.n
    if c.words > gr.best.words then gr.best = c end
  end
  -- (weak: the form opens with a particle or a demonym, which a form
  -- as long that a given name opens beats; core: its words, such a
  -- particle not counted)
  local top, top_given, top_core, top_weak
  for _, gr in ipairs(groups) do
    local first = lower(string.match(gr.best.run, "^%S+"))
    local core, weak = gr.best.words, false
    if g and core >= 2 and g.particles[first] then core, weak = core - 1, true end
    if g and core >= 2 and g.demonym[first] then weak = true end
    local gv = g ~= nil and core >= 2 and g.given[first] ~= nil
    local by_given = top and core == top_core and (gv and top_weak or top_given and weak)
    if not top or by_given and gv
       or not by_given and (gr.n > top.n or (gr.n == top.n and gr.best.words > top.best.words)) then
      top, top_given, top_core, top_weak = gr, gv, core, weak
    end
  end
  if top then return top.best.run, top.best.words end
  return best, best_n
end

-- what canonical reads of a cleaned mention's own text, kept by the text
-- (the same names come back in article after article): its words (n of
-- them) and their folds, the last word without a possessive, whether it
-- holds a byte of a non-ASCII letter (high), the two ASCII letters or
-- digits it opens with (pre; nil when fewer: an accent may come third,
-- `Pena`, `Peña`), and whether it is one word of two or more capitals
-- (acronym, is_acronym)
local name_form = text_memo(function(clean)
  local words = run_words(clean)
  local n = #words
  local form = { words = words, n = n }
  if n == 0 then return form end
  local last = strip_poss(words[n])
  local pre = (last:match("^[%w]+") or ""):sub(1, 2)
  form.folds, form.last = run_folds(clean), last
  form.high = find(last, "[\128-\255]") ~= nil
  form.pre = #pre >= 2 and pre or nil
  form.acronym = n == 1 and #clean >= 2 and (not find(clean, "%l") or is_acronym(clean))
  return form
end)

-- the first name of the article, of two words or more, whose capitals
-- spell acronym acr (`ESA` -> `European Space Agency`; an article's `The`
-- and the joining words in lower case are no letters of it), or nil.
-- The names are kept in the index by their first capital (a list of
-- start, end pairs, made when an acronym first asks): an acronym spells
-- out only the few that open with its letter.
local function spelled_name(ix, s, g, acr)
  local by_initial = rawget(ix, "by_initial")
  if not by_initial then
    by_initial = {}
    -- (a name from byte at to byte to, its text from byte from, listed
    -- under its first letter)
    local function keep(at, to, from)
      local list = by_initial[byte(s, at)]
      if not list then
        list = {}
        by_initial[byte(s, at)] = list
      end
      list[#list + 1] = at
      list[#list + 1] = to
      list[#list + 1] = from
    end
    local runs = ix.runs
    for i = 1, ix.n do
      local q = 4 * i - 3
      local a, first_end = runs[q], runs[q + 1]
      -- (and the runs joined to it by a lower-case joining word: `Food
      -- and Drug Administration`, `Bureau of Labor Statistics`)
      local e, j = runs[q + 3], i
      -- (the joining words with their spaces are 4 to 6 bytes: most gaps
      -- are longer, and no string is cut for them)
      while j < ix.n and j < i + 3 and runs[4 * j + 1] - e <= 6 and runs[4 * j + 1] - e >= 4
            and g.spell_join[sub(s, e, runs[4 * j + 1] - 1)] do
        e = runs[4 * j + 4]
        j = j + 1
      end
      if first_end < runs[q + 2] or j > i then
        if g.stop[lc(sub(s, a, first_end - 1))] then
          -- (kept whole too: a stop word may be the name's own first
          -- word, `All Elite Wrestling` of `AEW`)
          keep(a, e, a)
          a = first_end + 1
        end
        -- (a country's dotted acronym before the name spells no letter
        -- of it: `FDA` is the U.S. Food and Drug Administration; kept as
        -- a name of its own from the next word, the whole run its text)
        local from = a
        if byte(s, a + 1) == 46 then
          local _, de = find(s, "^%u%.%u%.%s+", a)
          if de and de < e then a = de + 1 end
        end
        keep(a, e, from)
        -- (and the run alone, without the runs a joining word brought:
        -- `The International Monetary Fund on Thursday said` spells IMF
        -- before its `on Thursday`)
        if j > i and runs[q + 3] > a then keep(a, runs[q + 3], from) end
      end
    end
    rawset(ix, "by_initial", by_initial)
  end
  local list = by_initial[byte(acr, 1)]
  if not list then return nil end
  -- (an ampersand spells no letter: `M&S` is Marks & Spencer)
  if find(acr, "&", 1, true) then acr = string.gsub(acr, "&", "") end
  for i = 1, #list, 3 do
    local a, e = list[i], list[i + 1]
    -- (the words start at a and after each space)
    local n, x, ok = 0, a, true
    while x and x < e do
      local cx = byte(s, x)
      if cx >= 65 and cx <= 90 then
        n = n + 1
        if byte(acr, n) ~= cx then ok = false break end
      end
      local sp = find(s, " ", x, true)
      x = sp and sp < e and sp + 1 or nil
    end
    -- (without a possessive: `the Federal Emergency Management Agency’s
    -- teams`)
    if ok and n == #acr then return strip_poss(sub(s, list[i + 2], e - 1)) end
  end
  return nil
end

-- M.has_suffix(ix, g): may the article of name index ix write a
-- generation's suffix (`Jr`) anywhere? (asked once an article: most write
-- none, and canonical then skips their look-ups; searched without the
-- blank before it, as a plain search stops at every byte equal to the
-- first one sought, and blanks are everywhere)
function M.has_suffix(ix, g)
  local h = rawget(ix, "has_suffix")
  if h == nil then
    h = false
    for _, sw in ipairs(g.suffix_forms) do
      if find(ix.s, sw, 1, true) then h = true break end
    end
    rawset(ix, "has_suffix", h)
  end
  return h
end

-- does name str end in a generation's suffix (`Robert Downey Jr`)?
local function suffixed(g, str)
  local w = str:match("(%a+)$")
  return w ~= nil and w ~= str and g.suffix[lc(w)] == true
end

-- does name str end in a generation's suffix with its period (`Trump
-- Jr.`)?
local function suffix_dot(g, str)
  return byte(str, -1) == 46 and suffixed(g, sub(str, 1, -2))
end

-- index_table(ix, key) -> the table index ix keeps under key, and true
-- when it was made now, empty: the lazy memos of an article's index
-- (rawget: the index's own fields, not its metatable's)
local function index_table(ix, key)
  local t = rawget(ix, key)
  if t then return t, false end
  t = {}
  rawset(ix, key, t)
  return t, true
end

-- the fullest run of the article that ends in a generation's suffix
-- after the words of form (a mention's name_form: `Downey` ->
-- `Robert Downey Jr`), or nil
local function suffixed_form(article, g, lang, form)
  local ix = M.index(article, g)
  if not M.has_suffix(ix, g) then return nil end
  -- (the runs that end in a suffix, without it, by the fold of their
  -- word before it: read once an article; most mentions find none)
  local bases, fresh = index_table(ix, "suffix_bases")
  if fresh then
    local s, runs = ix.s, ix.runs
    for _, sw in ipairs(g.suffix_forms) do
      local list = multi_lists(ix, sw)
      for i = 1, list and #list or 0 do
        local q = 4 * list[i] - 3
        local base = clean_run(s, runs[q], runs[q + 3], g, lang, ix):match("^(.-)%s+%a+$")
        local lastw = base and base:match("(%S+)$")
        if lastw then
          local key = fold(lastw)
          local l = bases[key]
          if not l then l = {} bases[key] = l end
          l[#l + 1] = { base = base, full = base .. " " .. sw }
        end
      end
    end
  end
  local l = bases[form.folds[form.n]]
  if not l then return nil end
  local seen, order, full_of = {}, {}, {}
  for _, b in ipairs(l) do
    consider(seen, order, form.folds, form.n, b.base)
    full_of[b.base] = b.full
  end
  if #order == 0 then return nil end
  return full_of[(choose(order, nil, 0))]
end

-- common_first(ix, s, a, run, g) -> does run, cleaned from the run at a,
-- open with a word that opens a line or a sentence there and that the
-- article writes in lower case too, as a word of its own (`Tranen
-- Evenepoel bij rentree` beside `met tranen in mijn ogen`)? So does one
-- inside a sentence before a given name (given_names.txt): a shop or a
-- firm named by its trade and its owner, `in Juwelierszaak Piet
-- Schilder` beside `in zijn juwelierszaak`. The answer per word kept in
-- the index.
-- written_in_lower(ix, s, w) -> does the article write word w in lower
-- case too, as a word of its own before a blank or a comma (kept in the
-- index per word)
local function written_in_lower(ix, s, w)
  local memo = index_table(ix, "common_first")
  local low = memo[w]
  if low == nil then
    -- (the word searched without the blank before it, which a plain
    -- search would stop at everywhere; the bytes around it tested)
    local lw = lower(w)
    low = false
    local at = find(s, lw, 1, true)
    while at do
      local b0, b1 = byte(s, at - 1), byte(s, at + #lw)
      if (b0 == 32 or b0 == 10) and (b1 == 32 or b1 == 44) then
        low = true
        break
      end
      at = find(s, lw, at + 1, true)
    end
    memo[w] = low
  end
  return low
end

local function common_first(ix, s, a, run, g)
  local w, w2 = string.match(run, "^(%u[%l\128-\255]+) (%u[%l\128-\255]+)")
  w = w or string.match(run, "^(%u[%l\128-\255]+) ")
  if not w or sub(s, a, a + #w - 1) ~= w then return false end
  -- (where the run stands first, by bytes: most stand inside a sentence)
  local p = a - 1
  while p >= 1 and byte(s, p) == 32 do p = p - 1 end
  local c = p >= 1 and byte(s, p)
  local before_given = w2 and g.given and g.given[lower(w2)] and not g.given[lower(w)]
  local at_start = not (c and c ~= 10 and c ~= 46 and c ~= 33 and c ~= 63 and c ~= 58 and c ~= 34)
  if not at_start and not before_given then return false end
  -- (a word that opens a sentence before a given name is one, whether
  -- or not the article writes it in lower case: `Kon Eric van der Burg
  -- niets schelen` beside `Staatssecretaris Eric van der Burg`)
  if before_given and at_start then return true end
  return written_in_lower(ix, s, w)
end

-- written_apart(s, tail, before) -> does the article write the words
-- tail as a whole elsewhere than right after the word before (`Ignace De
-- Wulf` alone beside `Foto Wouter Spillebeen Ignace De Wulf`): the sign
-- that tail is someone's name of its own, not the end of a longer one
local function written_apart(s, tail, before)
  for p in M.whole_words(s, tail) do
    local q = p - 1
    while q >= 1 and (byte(s, q) == 32 or byte(s, q) == 10) do q = q - 1 end
    if q < #before or sub(s, q - #before + 1, q) ~= before then return true end
  end
  return false
end
M.written_apart = written_apart

-- person_lead_cut(ix, s, run, g) -> run less its first word, where that
-- word stands before a given name of one sex and a surname and is no part
-- of the person's name: no given name, title or particle, and a word the
-- article writes in lower case too or one of where someone is from (a
-- site's section run into the text, `0 Muziek Boudewijn de Groot brengt
-- ...`; `Born Robert Burns`, `Belgian Dylan Teuns`); else run. The words
-- after it are a person's only, no organisation word among them (`North
-- Carolina State Board` stays whole).
local function person_lead_cut(ix, s, run, g)
  local ws = run_words(run)
  local w1, w2 = ws[1], ws[2]
  if not ws[3] or ws[6] or not g.given then return run end
  local sex = g.given[lower(w2)]
  if not (sex == "m" or sex == "f") or not is_upper_at(w1, 1) then return run end
  local l1 = lower(w1)
  if not opens_no_name(g, l1) or find(w1, "[^%a\128-\255]") then return run end
  for i = 3, #ws do
    if g.org[ws[i]] then return run end
  end
  local rest = sub(run, (find(run, w2, #w1 + 1, true)))
  if g.lead_demonym[l1] then return rest end
  -- (a word in lower case too where the rest is written apart as well: a
  -- first name may be a word, `Hunter Thomas Jones`, `Hope Mary Hicks`)
  if not written_in_lower(ix, s, w1) then return run end
  return written_apart(s, rest, w1) and rest or run
end

-- (the particles a Dutch or Flemish surname opens with, capitalised:
-- not an Arabic name's `Al`, `Omar Sultan Al Olama`)
local DUTCH_PARTICLE = { van = true, de = true, den = true, der = true, ter = true, ten = true, vande = true,
                         vanden = true, vander = true, ["in"] = true, op = true }

-- second_person_cut(s, run, g) -> the second of two persons' names that a
-- run holds with no comma between, each a given name of one sex and a
-- surname (a photo's credit run into its caption: `Foto Wouter
-- Spillebeen Ignace De Wulf aan de ruit`), else run: a given name after a
-- word that is no given name, title, particle or initial, where a given
-- name stands before that word and a word follows it (middle names are
-- given names, `Robert Gabriel Mugabe`; a first name the list lacks opens
-- no second name, `Valmai Jane Birch`)
local function second_person_cut(s, run, g)
  local ws = run_words(run)
  local n = #ws
  -- (a surname that opens with its capitalised particles, then a second
  -- surname, each written apart elsewhere, the first also before some
  -- other word: two persons, the verb's subject and its object,
  -- `verwelkomde Van Dongen Cillessen` beside `Milan van Dongen` and
  -- `Cillessen`)
  if n >= 3 and n <= 4 and g.particles[lower(ws[1])] and is_upper_at(ws[1], 1) then
    local p = 1
    while p < n and g.particles[lower(ws[p])] do p = p + 1 end
    if p == n - 1 and is_upper_at(ws[n], 1) and not g.particles[lower(ws[n])] and not (g.given and g.given[lower(ws[n])]) then
      local head = sub(run, 1, #run - #ws[n] - 1)
      local lone = false
      for q in M.whole_words(s, ws[p]) do
        if not find(s, "^ " .. ws[n], q + #ws[p]) then lone = true break end
      end
      if lone and written_apart(s, ws[n], ws[p]) and find(s, head, 1, true) then return ws[n] end
    end
  end
  if n < 4 or not g.given then return run end
  local first
  for j = 1, n - 1 do
    local sex = g.given[lower(ws[j])]
    if (sex == "m" or sex == "f") and is_upper_at(ws[j], 1) then
      local prev = ws[j - 1]
      -- (a given name of three letters or more: `Al` is an Arabic name's
      -- article as often, `Omar Sultan Al Olama ... Al Olama said`)
      if first and first <= j - 2 and #ws[j] >= 3 and is_upper_at(prev, 1) and opens_no_name(g, lower(prev))
         and byte(prev, -1) ~= 46 and not g.org[ws[j + 1]] then
        -- (the second name as the article writes it apart too: middle
        -- names the list lacks, `Christine Madeleine Odette Lagarde`, and
        -- a father's name before `Al`, `Omar Sultan Al Olama`, are none)
        local at = 1
        for _ = 1, j - 1 do at = find(run, "%s", at) + 1 end
        local tail = sub(run, at)
        if written_apart(s, tail, prev) then return tail end
        return run
      end
      first = first or j
    elseif first and first == j - 2 and j < n and g.lang ~= "en" and DUTCH_PARTICLE[lower(ws[j])] and is_upper_at(ws[j], 1)
           and is_upper_at(ws[j - 1], 1) and byte(ws[j - 1], -1) ~= 46 and opens_no_name(g, lower(ws[j - 1]))
           and not g.given[lower(ws[j - 1])] then
      -- (or a surname that opens with its capitalised Dutch particle,
      -- right after a given name and a surname, no initial, that the
      -- article writes apart too: `moedigde ploegleider Marc Reef Van
      -- Aert aan` beside `Van Aert`; not `Mark A. De Santis`)
      local at = 1
      for _ = 1, j - 1 do at = find(run, "%s", at) + 1 end
      local tail = sub(run, at)
      if written_apart(s, tail, ws[j - 1]) then return tail end
      return run
    end
  end
  return run
end

-- headline_run(s, a) -> does the run at a open the text's first line, a
-- headline of at most 150 bytes that ends with no full stop? A headline
-- may open with a capitalised word before a name that the body does not
-- write (`Balende Bosz: 'Met kop omhoog ...'` beside `trainer Peter
-- Bosz`; not `Radio host Don Imus dies`)
-- headline_noun_dropped(run, g) -> run without its first word when that
-- word is no given name, title or particle and a given name of one sex
-- follows it with a surname after (three words or more); else run
local function headline_noun_dropped(run, g)
  local w1, w2, rest = string.match(run, "^(%S+) (%S+) (%S.*)$")
  if not w1 or not g.given then return run end
  if not is_upper_at(rest, 1) or not opens_no_name(g, lc(w1)) then return run end
  local sex = g.given[lc(w2)]
  -- (before a given name, and before a surname that opens with its
  -- capitalised particle: `Tevreden Van Bronckhorst wil niet klagen`)
  if sex == "m" or sex == "f" or g.particles[lc(w2)] and is_upper_at(w2, 1) then
    return w2 .. " " .. rest
  end
  return run
end

M.headline_noun_dropped = headline_noun_dropped

local function headline_run(s, a)
  local nl = find(s, "\n", 1, true)
  if not (nl ~= nil and nl <= 151 and a == (find(s, "%S") or 1)) then return false end
  -- (a first line that ends with a full stop is a lead, no headline:
  -- `Mayor Sara Z. Duterte filed her certificate ... afternoon.`)
  local e = nl - 1
  while e > a and (byte(s, e) == 32 or byte(s, e) == 13 or byte(s, e) == 9) do e = e - 1 end
  return byte(s, e) ~= 46
end

-- title_case_line(s, a) -> does the run at a stand on a line of four
-- words or more, 150 bytes at most, no full stop at its end, whose words
-- of four letters or more all open with a capital: a headline in title
-- case, wherever the page put it (`EU Antitrust Chief Keeps Open Mind on
-- Next Steps in Google Case`), whose capitals tell no name's end
local function title_case_line(s, a)
  local le = find(s, "\n", a, true) or #s + 1
  if le - a > 150 then return false end
  -- (prose has a word of four letters in lower case soon after the run:
  -- looked for first, in the rest of the line only, as a search of the
  -- article would go on to its end where no such word follows, a list of
  -- results)
  local rest = sub(s, a, le - 1)
  if find(rest, "%f[%a]%l%l%l%l") then return false end
  local ls = rspan(s, a - 1, "\n", true)
  if le - ls > 150 then return false end
  local line = sub(s, ls, le - 1)
  if find(line, "%f[%a]%l%l%l%l") or find(line, "%.%s*$") then return false end
  local _, words = string.gsub(line, "%S+", "")
  return words >= 4
end

-- nicknamed(s, g, w) -> `Given w` when the text writes a nickname in
-- quotes between a given name (given_names.txt) and the surname w:
-- `Anthony 'Modo' Kimani`, `Dwayne "The Rock" Johnson` (the index's runs
-- break at the marks); else nil
local NICK_CLOSE = { "' ", "\226\128\153 ", "\" ", "\226\128\157 " }
local nicknamed_as_written
local function nicknamed(s, g, w)
  local r = nicknamed_as_written(s, g, w)
  if r then return r end
  -- (a surname that opens with its particle, capitalised where it opens
  -- the name alone, written in lower case after the nickname: `Ronald
  -- “Bato” dela Rosa ... Dela Rosa said`)
  local p, rest = string.match(w, "^(%u%l*) (%u.*)$")
  if p and g.particles[lower(p)] then return nicknamed_as_written(s, g, lower(p) .. " " .. rest) end
  return nil
end
nicknamed_as_written = function(s, g, w)
  -- (w's own finds first, the two bytes before each tested, the blank
  -- and a mark's last byte: most texts write no mark before w, and a
  -- search for each mark and w stops at every quote mark of the article)
  local p = find(s, w, 3, true)
  while p do
    local c = byte(s, p - 2)
    if byte(s, p - 1) == 32 and (c == 39 or c == 34 or c == 153 or c == 157) then break end
    p = find(s, w, p + 1, true)
  end
  if not p then return nil end
  for _, close in ipairs(NICK_CLOSE) do
    local init = 1
    while true do
      local a = find(s, close .. w, init, true)
      if not a then break end
      init = a + 1
      local after = sub(s, a + #close + #w, a + #close + #w)
      if after == "" or not find(after, "[%w\128-\255]") then
        -- the nickname and the word before its opening mark, on its line
        local head = sub(s, (a - 40 > 1 and a - 40 or 1), a - 1)
        local given, nick = head:match("(%u[%a\128-\255%-]*)%s+['\"]([^'\"\n]+)$")
        if not given then
          given, nick = head:match("(%u[%a\128-\255%-]*)%s+\226\128[\152\156]([^\n]-)$")
        end
        -- (or a given name no list holds, after a title: `Police Chief
        -- Cerelyn "CJ" Davis`, the nickname a capitalised word or two)
        local listed = given and g.given[lower(given)]
        if given and not listed and #nick <= 20 and is_upper_at(nick, 1) and not find(nick, "%s%S+%s")
           and word_kind(given, g) == "N" and not g.stop_start[lc(given)] then
          local before = head:match("(%S+)%s+" .. given:gsub("%p", "%%%0") .. "%s+%S+$")
          listed = before and g.titles[lc(before)]
          -- (or a nickname that is a given name of the list itself:
          -- `Basileios “Bill” Foutris`)
          if not listed and g.given[lower(nick)] then listed = true end
        end
        if listed then
          -- (with a generation's suffix after the surname: `Vicente "Tito"
          -- Sotto III`)
          local suf = string.match(s, "^ (%u[%a]*)%f[^%a]", a + #close + #w)
          if suf and g.suffix[lower(suf)] then return given .. " " .. w .. " " .. suf end
          return given .. " " .. w
        end
      end
    end
  end
  return nil
end

-- given_nicknamed(s, g, w) -> `w Surname` when given name w
-- (given_names.txt) stands before a nickname in marks and a capitalised
-- surname (`MEP Luke “Ming” Flanagan`: the mention reads `Luke`, the
-- index's runs break at the marks), else nil
local NICK_OPEN = { "\"", "'", "\226\128\156", "\226\128\152" }
-- (nick_any[s]: does text s write any capitalised word, a nickname in
-- marks and a capital after it, read once a text: most articles write
-- none, and a given name no list holds is looked for only where one
-- does; canonical is asked of sentences too, so by text, the memo new
-- past 200 texts)
local nick_any, nick_n = {}, 0
local NICK_SHAPE = "%u[%l\128-\255]+ [\"'\226]\128?[\152\156]?%u%l+[\"'\226]\128?[\153\157]? %u"
local function given_nicknamed(s, g, w)
  -- (a given name no list holds passes where its nickname is one:
  -- `Basileios “Bill” Foutris`, below)
  local unlisted = not g.given[lower(w)]
  if unlisted then
    local any = nick_any[s]
    if any == nil then
      any = find(s, NICK_SHAPE) ~= nil
      nick_n = nick_n + 1
      if nick_n > 200 then nick_any, nick_n = {}, 1 end
      nick_any[s] = any
    end
    if not any or not is_upper_at(w, 1) or find(w, "[%s%d]") or word_kind(w, g) ~= "N" then return nil end
  end
  local init = 1
  while true do
    local a, b = find(s, w .. " ", init, true)
    if not a then return nil end
    init = b
    for _, open in ipairs(NICK_OPEN) do
      if sub(s, b + 1, b + #open) == open then
        local nick_end = string.match(s, "^[^\n\"'\226]+()", b + 1 + #open)
        local sur = nick_end and (string.match(s, "^[\"']%s+(%u[%l\128-\255%-]+)%f[^%w\128-\255%-]", nick_end)
                                  or string.match(s, "^\226\128[\153\157]%s+(%u[%l\128-\255%-]+)%f[^%w\128-\255%-]", nick_end))
        if sur and unlisted then
          local nick = string.match(sub(s, b + 1 + #open, nick_end - 1), "^(%u%l+)$")
          if not (nick and g.given[lower(nick)]) then sur = nil end
        end
        if sur and (a == 1 or not find(sub(s, a - 1, a - 1), "[%w]")) then return w .. " " .. sur end
      end
    end
  end
end

-- bracket_nickname(s, g, w) -> the given name and the surname of the
-- name whose nickname in brackets w is, or in marks after a given name
-- of the list, or whose surname w is after such a nickname in brackets
-- (`Teresa (Tess) Walker` for `Tess` and `Walker`, `Robert 'Bob' Smith`
-- for `Bob`; the surname after marks is nicknamed's, which asks more);
-- nil when the article writes none
local NICK_OPEN = { "(", "'", "\"", "\226\128\152", "\226\128\156" }
local NICK_SHUT = { ")", "'", "\"", "\226\128\153", "\226\128\157" }
local function bracket_nickname(s, g, w)
  local NAME = "%u[%a\128-\255%-]+"
  -- (no acronym's: a party's or a body's in brackets, `(VVD)`)
  local lowered = find(w, "%l") ~= nil
  for i = 1, #NICK_OPEN do
    local o, c = NICK_OPEN[i], NICK_SHUT[i]
    -- (the nickname itself: `Teresa (Tess) Walker`)
    local at = lowered and find(s, o .. w .. c .. " ", 1, true)
    if at then
      local given = string.match(sub(s, (at - 30 > 1 and at - 30 or 1), at - 1), "(" .. NAME .. ") $")
      local surname = string.match(s, "^ (" .. NAME .. ")", at + #o + #w + #c)
      if given and surname and (i == 1 or g.given and g.given[lower(given)]) then return given .. " " .. surname end
    end
    -- (the surname after it: `Walker` of `Teresa (Tess) Walker`)
    at = i == 1 and find(s, c .. " " .. w, 1, true)
    while at do
      local e = at + #c + 1 + #w
      if not is_word_at(s, e) then
        local head = sub(s, (at - 50 > 1 and at - 50 or 1), at - 1)
        local given = string.match(head, "(" .. NAME .. ") " .. o:gsub("%p", "%%%0") .. "%u[%l\128-\255][%a\128-\255%-]*$")
        if given then return given .. " " .. w end
      end
      at = find(s, c .. " " .. w, at + 1, true)
    end
  end
  return nil
end

-- double_surname(ix, s, g, lang, w) -> the cleaned run of two words or
-- more of index ix whose last word is w, a hyphen and a capitalised part
-- (`Jeanine Hennis-Plasschaert` for `Hennis`), or nil
local function double_surname(ix, s, g, lang, w)
  local runs, n = ix.runs, ix.n
  local at = find(s, w .. "-", 1, true)
  while at do
    local c = byte(s, at + #w + 1)
    -- (or a married name's second surname after its particle:
    -- `Strik` of `mevrouw Strik-de Luijk`)
    local particle = not (c and c >= 65 and c <= 90) and string.match(s, "^(%l+) %u", at + #w + 1)
    if particle and not g.particles[particle] then particle = nil end
    if c and c >= 65 and c <= 90 or particle then
      for k = 1, n do
        local q = 4 * k - 3
        if runs[q] <= at and at < runs[q + 3] then
          -- (the run cleaned ends in that word: `van Defensie` after it
          -- is cut)
          local run = clean_run(s, runs[q], runs[q + 3], g, lang, ix)
          local last = string.match(run, " (%S+)$")
          if particle then
            if find(" " .. run, " " .. w .. "-" .. particle .. " ", 1, true) and #run > #w + #particle + 2 then return run end
          elseif last and sub(last, 1, #w + 1) == w .. "-" and byte(last, #w + 2) ~= nil then
            return run
          end
        end
        if runs[q] > at then break end
      end
    end
    at = find(s, w .. "-", at + 1, true)
  end
  return nil
end

-- names.fuller_form(full, w): is full a fuller form of name w, ending in
-- it (`Jan Verbeek`, `Verbeek`)?
function M.fuller_form(full, w)
  return #full > #w + 1 and sub(full, -#w - 1) == " " .. w
end

-- one_edit(a, b): do words a and b differ by one letter put in, left
-- out or changed, or by two letters side by side swapped in a word of six
-- or more (ASCII letters; `Rijlaardsdam`, `Rijlaarsdam`; `Loobucyk`)? The
-- answer is the letter's place in the longer word (either, when their
-- lengths are the same), or false.
local function one_edit(a, b)
  local la, lb = #a, #b
  if la < lb then a, b, la, lb = b, a, lb, la end
  if la - lb > 1 or a == b or find(a, "[\128-\255]") or find(b, "[\128-\255]") then return false end
  local i = 1
  while i <= lb and byte(a, i) == byte(b, i) do i = i + 1 end
  if la == lb then
    if sub(a, i + 1) == sub(b, i + 1) then return i end
    -- (or two letters side by side swapped, in a word of six letters or
    -- more: `Loobucyk`, `Loobuyck`)
    return la >= 6 and i < la and byte(a, i) == byte(b, i + 1) and byte(a, i + 1) == byte(b, i)
           and sub(a, i + 2) == sub(b, i + 2) and i
  end
  return sub(a, i + 1) == sub(b, i) and i
end

-- distinct_lengths_ok(a, b, i): may surnames a and b, one letter apart in
-- length, the longer's letter i the one put in (one_edit's answer), be
-- one name misspelt? Not when the shorter has fewer than seven letters
-- (six, the letter inside), or the letter put in
-- doubles its neighbour or ends the word in e or s: those are other names
-- (`Clark`/`Clarke`, `Davis`/`Davies`, `Jansen`/`Janssen`)
local function distinct_lengths_ok(a, b, i)
  if #a < #b then a, b = b, a end
  -- (six letters will do for a letter put in inside the word, past its
  -- first two and before its last: `Whealan` of `Mick Whelan`)
  if #b < 6 or #b == 6 and (i <= 2 or i >= #a) then return false end
  if byte(a, i) == byte(a, i - 1) or byte(a, i) == byte(a, i + 1) then return false end
  if i == #a and (byte(a, i) == 101 or byte(a, i) == 115) then return false end
  return true
end

-- misspelt_surname(ix, s, g, lang, w) -> the one cleaned run of two
-- words or more of index ix whose last word has w's first byte and
-- differs from w by one letter changed, put in or left out (ASCII, as
-- one_edit reads it: `Wiersma` of `Martien Wierdsma`), or nil (none, or
-- more than one person)
local function misspelt_surname(ix, s, g, lang, w)
  local runs, n = ix.runs, ix.n
  -- (the runs of two words or more by their last word's length and first
  -- byte, made once an article: most words asked have none of that shape)
  local shapes = ix.last_shapes
  if not shapes then
    shapes = {}
    for k = 1, n do
      local q = 4 * k - 3
      if runs[q + 2] > runs[q] then
        local key = (runs[q + 3] - runs[q + 2]) * 256 + byte(s, runs[q + 2])
        local l = shapes[key]
        if l then l[#l + 1] = k else shapes[key] = { k } end
      end
    end
    ix.last_shapes = shapes
  end
  local found
  local b1 = byte(w, 1)
  for len = #w - 1, #w + 1 do
    local list = shapes[len * 256 + b1]
    for _, k in ipairs(list or EMPTY) do
      local q = 4 * k - 3
      local e2 = runs[q + 3]
      local last = sub(s, runs[q + 2], e2 - 1)
      local at = one_edit(last, w)
      if at and (len == #w or distinct_lengths_ok(last, w, at)) then
        local run = clean_run(s, runs[q], e2, g, lang, ix)
        if #run_words(run) >= 2 and sub(run, -#last) == last then
          if found and found ~= run then return nil end
          found = run
        end
      end
    end
  end
  return found
end

-- particle_variant(full, mw, nm, g): does full name full end in the
-- particles of mention words mw (nm of them, the last the surname)
-- before the same surname, the particles spelt alike but for `de`, `der`
-- and `den`, which news copy mixes up (`Van de Post`, `Wilbert van der
-- Post`), one of them spelt otherwise?
local DE_FORMS = { de = true, der = true, den = true }
local function particle_variant(full, mw, nm, g)
  local fw = run_words(full)
  local n = #fw
  if n < nm + 1 or fw[n] ~= mw[nm] then return false end
  local other = false
  for i = 1, nm - 1 do
    local a, b = lower(fw[n - nm + i]), lower(mw[i])
    if not g.particles[a] then return false end
    if a ~= b then
      if not (DE_FORMS[a] and DE_FORMS[b]) then return false end
      other = true
    end
  end
  return other
end

-- times(s, w): how often s holds word w whole
local function times(s, w)
  local n, init = 0, 1
  while true do
    local a, b = find(s, w, init, true)
    if not a then return n end
    init = b + 1
    if not find(sub(s, a - 1, a - 1), "[%w\128-\255]") and not find(sub(s, b + 1, b + 1), "[%w\128-\255]") then
      n = n + 1
    end
  end
end

-- the words a couple's two given names are joined by before their one
-- surname (`Mariane en Jos Zwijgers`, `John and Mary Smith`)
local COUPLE_JOIN = { " en ", " and ", " & ", " und ", " et " }
-- (the same joining words alone, as a pattern reads them)
local COUPLE_WORD = {}
for _, j in ipairs(COUPLE_JOIN) do COUPLE_WORD[string.match(j, "%S+")] = true end

-- names.bare_surname(rest, g) -> the capitalised word that opens rest
-- when it reads as a name's part and no given name of the list, a
-- couple's surname written with no particle (`Camiel (31) en Denise (33)
-- America`); else nil
-- (a field of the module: the main chunk is at Lua's 200 locals)
function M.bare_surname(rest, g)
  local sur = string.match(rest, "^(%u[%l\128-\255][%w\128-\255%-]*)")
  if sur and not g.given[lower(sur)] and word_kind(sur, g) == "N" then return sur end
  return nil
end

-- shared_surname(ix, s, g, lang, w) -> w and the surname of the full name
-- of index ix that w is joined to by en/and, a given name opening it
-- (`Mariane` of `Mariane en Jos Zwijgers` is Mariane Zwijgers), or nil;
-- w stands alone there, no name part before it (`Jan Smit en Piet Bos`)
-- (ages in brackets after given names, the surname after the last and
-- its particles: `De zussen Sofie (30) en Karlijn (34) van den Enden`, for
-- Sofie and for Karlijn)
local function aged_surname(s, g, w)
  local at = find(s, w .. " (", 1, true)
  while at do
    if not is_word_at(s, at - 1) then
      local rest = string.match(s, "^ %(%d%d?%) (.-)%f[\n.,;:!?]", at + #w)
      -- (the second of a couple, the first's given name and age before
      -- it: `Camiel (31) en Denise (33) America`, Denise America)
      local jb = rest and string.match(sub(s, (at > 12 and at - 12 or 1), at - 1), "%(%d%d?%) (%l+) $")
      local sur1 = jb and COUPLE_WORD[jb] and M.bare_surname(rest, g)
      if sur1 then return w .. " " .. sur1 end
      if rest then
        -- (another given name and its age joined first, or none)
        local j, r2 = string.match(rest, "^(%l+) %u[%l\128-\255]+ %(%d%d?%) (.*)$")
        if j and COUPLE_WORD[j] then
          rest = r2
          -- (the couple's surname right after the second's age, no
          -- particle: `Camiel (31) en Denise (33) America`)
          local sur0 = M.bare_surname(rest, g)
          if sur0 then return w .. " " .. sur0 end
        end
        local parts, sur = string.match(rest, "^(%l[%l ]-) (%u[%w\128-\255%-]*)")
        if parts then
          for p in parts:gmatch("%S+") do
            if not g.particles[p] then parts = nil break end
          end
        end
        if parts then return w .. " " .. parts .. " " .. sur end
      end
    end
    at = find(s, w .. " (", at + 1, true)
  end
  return nil
end

-- given_form(ix, s, g, lang, mw) -> the one other run of two words the
-- article gives for the surname mw[2], opening with a given name of the
-- list (no shortening of mw[1]), when mw[1] stands only where a sentence or
-- line opens: a headline's or lead's adjective before the surname, no
-- first name (`Honest McMahon felt ...` beside `Ebbsfleet boss Daryl
-- McMahon`); else nil
local function given_form(ix, s, g, lang, mw)
  local w1 = mw[1]
  local at = find(s, w1, 1, true)
  while at do
    local x = at - 1
    while x > 0 and (byte(s, x) == 32 or byte(s, x) == 9) do x = x - 1 end
    local c = x > 0 and byte(s, x)
    if c and c ~= 10 and c ~= 46 and c ~= 33 and c ~= 63 and c ~= 34 and not find(sub(s, x - 2, x), "\226\128[\157\153]") then
      return nil
    end
    at = find(s, w1, at + 1, true)
  end
  local list = multi_lists(ix, mw[2])
  if not list then return nil end
  local runs, found = ix.runs, nil
  for i = 1, #list do
    local q = 4 * list[i] - 3
    local rw = run_words(clean_run(s, runs[q], runs[q + 3], g, lang, ix))
    if #rw >= 2 and rw[#rw] == mw[2] and rw[1] ~= w1 then
      -- (one other person of the surname only: `Lee Peterson` beside
      -- `Scott Peterson` and `Jackie Peterson` is none)
      local full = table.concat(rw, " ")
      if found and found ~= full then return nil end
      found = full
    end
  end
  if not found then return nil end
  local f1 = string.match(found, "^%S+")
  if string.match(found, "^%S+ (%S+)$") ~= mw[2] or not g.given[lower(f1)]
     or sub(f1, 1, #w1) == w1 or sub(w1, 1, #f1) == f1 then
    return nil
  end
  return found
end

local function shared_surname(ix, s, g, lang, w)
  if g.given[lower(w)] then
    local full = aged_surname(s, g, w)
    if full then return full end
  end
  -- (w's own finds first, the word after each read: a search for w and
  -- each joining word read the whole article once a word, where most
  -- texts write none after w)
  local joined
  local p = find(s, w, 1, true)
  while p do
    local j = string.match(s, "^ (%S+) ", p + #w)
    if j and COUPLE_WORD[j] then
      joined = joined or {}
      joined[" " .. j .. " "] = true
    end
    p = find(s, w, p + 1, true)
  end
  if not joined then return nil end
  local runs = ix.runs
  for _, join in ipairs(COUPLE_JOIN) do
    local at = joined[join] and find(s, w .. join, 1, true)
    while at do
      -- (the word before on the same line: a headline's last word, `Nieuwe
      -- bakkerij in Zwolle // Marieke en Joost Bakker openden`, is none)
      local prev = sub(s, (at - 30 > 1 and at - 30 or 1), at - 1):match("(%S+)[ \t]+$")
      -- (w a given name, or a word that is no place's or body's and
      -- stands alone: `Presidents Muhammadu Buhari of Nigeria and Patrice
      -- Talon` gives Nigeria no surname)
      if not is_word_at(s, at - 1) and not (prev and word_kind(prev, g) == "N" and not g.stop[lc(prev)])
         and (g.given[lower(w)] or not (prev and g.sets.complement_of[lc(prev)])) then
        local k = run_at(runs, 0, at + #w + #join)
        if k then
          local q = 4 * k - 3
          local rw = run_words(clean_run(s, runs[q], runs[q + 3], g, lang, ix))
          -- (the second's first name in no list, when the first's is and
          -- the second is a first name and a surname: `Ali and Saki
          -- Bandali`)
          if #rw >= 2 and (g.given[lower(rw[1])]
                           or #rw == 2 and g.given[lower(w)] and not g.titles[lower(rw[1])] and not (g.org and g.org[rw[1]])) then
            return w .. " " .. table.concat(rw, " ", 2)
          end
        end
      end
      at = find(s, w .. join, at + 1, true)
    end
  end
  return nil
end

-- unique_phrase(s, pat, read, p1, p2, p3) -> the one text that s
-- writes from a find of pat (plain, no word's letter right before it) to
-- where read(s, x, p1, p2, p3) ends it (x: the byte after pat; nil: no
-- such text there), or nil when none or two different ones
-- (fields of the module, these three: the main chunk is at Lua's 200
-- locals)
function M.unique_phrase(s, pat, read, p1, p2, p3)
  local found
  local init = 1
  while true do
    local a, b = find(s, pat, init, true)
    if not a then break end
    init = b
    if a == 1 or not is_word_at(s, a - 1) then
      local e = read(s, b + 1, p1, p2, p3)
      if e then
        local full = sub(s, a, e - 1)
        if found and found ~= full then return nil end
        found = full
      end
    end
  end
  return found
end

-- the end of the capitalised words of an of-phrase from x (`the` before
-- them, and on through a second of and an and: `Office of the
-- Comptroller of the Currency`, `Office of the Director of Public
-- Prosecutions`), or nil
function M.of_phrase_end(s, x, ofw, andw)
  local e
  while true do
    local y = string.match(s, "^the ()", x) or x
    local we = string.match(s, "^%u[%a%-']*()", y)
    if not we then break end
    e = we
    local nx = string.match(s, "^ " .. andw .. " ()%u", we) or string.match(s, "^ ()%u", we)
               or string.match(s, "^ " .. ofw .. " ()%u", we) or ofw == "of" and string.match(s, "^ of ()the %u", we)
    if not nx then break end
    x = nx
  end
  return e
end

-- org_of_phrase(s, word [, ofw, andw]) -> the one name `word of Cap Cap
-- ...` (`of the`, `and` and a further `of` between capitalised words
-- too; ofw and andw another language's words for them) that text s
-- holds, or nil when none or two different ones
local function org_of_phrase(s, word, ofw, andw)
  ofw, andw = ofw or "of", andw or "and"
  return M.unique_phrase(s, word .. " " .. ofw .. " ", M.of_phrase_end, ofw, andw)
end

-- the end of one to three capitalised words from x, when name's first
-- word (org_first) or the last of them is an organisation's word, and
-- no Dutch plural verb follows them (`De Autoriteit Persoonsgegevens en
-- Google praten` are two subjects); else nil
function M.and_name_end(s, x, g, andw, org_first)
  local e, last
  for _ = 1, 3 do
    local w, we = string.match(s, "^(%u[%a\128-\255%-']*)()", x)
    if not w then break end
    e, last = we, w
    local nx = string.match(s, "^ ()%u", we)
    if not nx then break end
    x = nx
  end
  local nw = e and string.match(s, "^ (%l+)", e)
  if nw and andw == "en" and sub(nw, -2) == "en" and #nw > 3 then return nil end
  if e and (org_first or g.org[last]) then return e end
  return nil
end

-- names.org_and_name(s, name, g, andw) -> the one body's name that s
-- writes as name, the joining word andw and one to three capitalised
-- words, when name's first word or the last of those is an
-- organisation's word (organisation_words.txt) and no given name opens
-- name; else nil
function M.org_and_name(s, name, g, andw)
  local first = string.match(name, "^(%S+)")
  -- (no person's name: a given name of the list opens none, `Donna
  -- Kinnair and RCN chair Dee Sissons`)
  if g.given and g.given[lower(first)] then return nil end
  return M.unique_phrase(s, name .. " " .. andw .. " ", M.and_name_end, g, andw, g.org[first] ~= nil)
end

function M.canonical(article, mention, lang)
  local s = article.text or article
  local cache = canon_cache[article]
  if not cache then
    cache = {}
    canon_cache[article] = cache
  end
  lang = lang or article.lang
  -- by language, then by mention (no key string to build per call)
  local by_lang = cache[lang or ""]
  if not by_lang then
    by_lang = {}
    cache[lang or ""] = by_lang
  end
  local hit = by_lang[mention]
  if hit then return hit end
  -- (an article in capitals before a name in title case, a paragraph's
  -- first word so written, is the sentence's: `THE Philippine National
  -- Police` is Philippine National Police)
  local caps_det, rest = string.match(mention, "^(%u%u+) (%u%l.*)$")
  if caps_det and M.grammar(lang).determiner[lc(caps_det)] then
    local c = M.canonical(article, rest, lang)
    by_lang[mention] = c
    return c
  end
  -- (a name the article writes with the other apostrophe too, curly or
  -- straight, takes that spelling's full form: `Supt O’Neill` after
  -- `Eamon O'Neill`)
  local other = find(mention, "\226\128\153", 1, true) and (string.gsub(mention, "\226\128\153", "'"))
                or find(mention, "'", 1, true) and (string.gsub(mention, "'", "\226\128\153"))
  if other and find(s, other, 1, true) then
    by_lang[mention] = mention
    local c = M.canonical(article, other, lang)
    if c ~= other and #c > #other then
      by_lang[mention] = c
      return c
    end
    by_lang[mention] = nil
  end
  local g = M.grammar(lang)
  -- the mention without titles and a leading adjective, kept per grammar
  -- by the mention's text (it comes back in article after article)
  local untitled = g.untitled
  if not untitled then
    untitled = text_memo(function(m)
      return caps_given(drop_hyphen_adjective(M.strip_titles(m, g.lang, g), g), g)
    end)
    g.untitled = untitled
  end
  -- (and less the body after a name's van, as the index's runs are cut:
  -- `Karremans van de VVD` is Karremans, affiliation_cut)
  local clean = affiliation_cut(acronym_lead_cut(g, adjective_lead_cut(g, former_lead_cut(g, untitled(mention)), s), s), g)
  -- (a title only before a given name, before a surname the article
  -- gives in full: `Garda Cooke` after `Garda Gavin Cooke`; and so where
  -- someone is from, as adjective_lead_cut reads it before a given name,
  -- when that full form opens with a given name: `American Harrison`
  -- after `Kendra Harrison`; and so a noun of it, demonyms.txt's, `de
  -- Duitser Greipel` after `André Greipel`)
  -- (an organisation's word alone is the one body the article names with
  -- it and an of-phrase in capitals: `the Board said` after `the state's
  -- Board of Public Utilities`; two such bodies, or none, keep the word)
  -- (and so in Dutch with `voor` or `van` and `en`: `de Raad waarschuwde`
  -- after `de Raad voor Volksgezondheid en Samenleving`)
  if g.org and g.org[clean] and not find(clean, " ", 1, true) and (lang == "en" or lang == "nl") then
    local full
    if lang == "en" then full = org_of_phrase(s, clean)
    else full = org_of_phrase(s, clean, "voor", "en") or org_of_phrase(s, clean, "van", "en") end
    if full then
      by_lang[mention] = full
      return full
    end
  end
  -- (a body's name cut at its `en`/`and`, an organisation's word opening
  -- it or ending the words after: `Stichting Lezen` of `Stichting Lezen
  -- en Schrijven`, `Federal Mediation` of `Federal Mediation and
  -- Conciliation Service`)
  if g.org and find(clean, " ", 1, true) and (lang == "en" or lang == "nl") then
    local full = M.org_and_name(s, clean, g, lang == "nl" and "en" or "and")
    if full then
      by_lang[mention] = full
      return full
    end
  end
  local gt, rest = string.match(clean, "^(%S+) (%u[^%s]*)$")
  local titled = gt and g.given_title[gt]
  if titled or gt and (g.lead_demonym[lower(gt)] or g.demonym[lower(gt)]) and is_upper_at(gt, 1) then
    local full = M.canonical(article, rest, lang)
    if M.fuller_form(full, rest) and (titled or g.given[lower(string.match(full, "^%S+"))]) then
      by_lang[mention] = full
      return full
    end
  end
  -- (a run a photo's credit opens, as clean_run reads it: `Getty Images
  -- Foo Fighters` is Foo Fighters; a plain search for the slash and the
  -- name, which stops only at the text's slashes: a pattern that asked
  -- first whether the text glues any cost more, as canonical is asked of
  -- many texts, sentences too)
  if find(clean, " ", 1, true) and find(s, "/", 1, true) then
    local at = find(s, "/" .. clean, 1, true)
    while at do
      local cut = credit_cut(s, at + 1, at + 1 + #clean, clean)
      if cut ~= clean then
        local full = M.canonical(article, cut, lang)
        by_lang[mention] = full
        return full
      end
      at = find(s, "/" .. clean, at + 1, true)
    end
  end
  -- (a title's van/of phrase left at the front, the title stripped: the
  -- person after the place, `Voorzitter van de KNVB Kees Lichtendahl`)
  local lead = string.match(clean, "^(%l+) ")
  if lead and g.sets.complement_of[lead] then
    local w = run_words(clean)
    if #w >= 4 then clean = person_after_place(s, nil, clean, { table.unpack(w, 2) }, g) end
  end
  -- (a generation's suffix is looked up without its period: the index's
  -- runs end before it)
  if #g.suffix_forms > 0 and suffix_dot(g, clean) then clean = sub(clean, 1, -2) end
  -- (and a surname's initial without its period, `Z.` of `Tarik Z.`: the
  -- runs end before it, and it comes back below)
  local initial = #clean == 2 and byte(clean, 2) == 46 and is_upper_at(clean, 1)
  if initial then clean = sub(clean, 1, 1) end
  -- (and so after a surname's particles, `Van den D.` of `Arie van den
  -- D.`: looked up without it, the period back below)
  if not initial and #clean > 3 and byte(clean, -1) == 46 and byte(clean, -3) == 32 and is_upper_at(clean, #clean - 1) then
    clean = sub(clean, 1, -2)
  end
  local form = name_form(clean)
  -- (trim_run reads the article for three words or more)
  if form.n >= 3 then
    clean = trim_run(s, clean, g)
    form = name_form(clean)
  end
  local mw, nm = form.words, form.n
  local best, best_n = clean, nm
  if nm > 0 then
    local fm, last = form.folds, form.last
    local ix = M.index(article, g)
    local runs = ix.runs
    -- (runs of one word are never longer than the mention: consider
    -- drops them, and they are left out of the lists it reads. Nor is a
    -- run of two words longer than a mention of two or more, as cleaning
    -- never adds a word: such a run, with only a gap of one or two bytes
    -- between its first word's end and its last word's start, is not
    -- cleaned at all then)
    local list = multi_lists(ix, last)
    if list then
      local seen, order, weak
      -- (the person cuts of the runs, kept in the index per run:
      -- canonical reads the same runs for many mentions)
      local cuts = index_table(ix, "person_cut")
      for i = 1, #list do
        local q = 4 * list[i] - 3
        if nm == 1 or runs[q + 2] - runs[q + 1] > 2 then
          if not seen then seen, order = {}, {} end
          -- (a run the mention's last word stands inside, before `van`/`of`
          -- and an organisation, is read up to that word: `Harald de
          -- Graaff van Het Drentse Landschap`, whose tail cleaning would
          -- keep alone)
          -- (not kept in the index's cache, which holds whole runs)
          local run
          local e = runs[q + 3]
          if runs[q + 2] > runs[q] and sub(s, runs[q + 2], e - 1) ~= last then
            local at = find(s, last .. " van ", runs[q], true) or find(s, last .. " of ", runs[q], true)
            if at and at < e then run = after_of_person(s, runs[q], clean_run_uncached(s, runs[q], at + #last, g, lang), g) end
          end
          run = run or clean_run(s, runs[q], e, g, lang, ix)
          -- (less a title's compound of more hyphens, which clean_run
          -- keeps for the mention: `Man-of-the-match Stephen Jones` is
          -- no fuller form of Stephen Jones)
          if find(run, "^%u[%l\128-\255]*%-%l[%w\128-\255%-]*%-") then run = drop_hyphen_adjective(run, g) end
          -- (a person's full name after a van/of that the cleaning cut as
          -- whose the first is: `Coach Jillert Anema van Merel Conijn` is
          -- Merel Conijn's fuller form of `Conijn` too)
          -- (and so where the words before the van/of open with no given
          -- name and hold no particle's surname, a body's: `de PVV van
          -- Geert Wilders` is Geert Wilders)
          -- (asked of a longer name only where one word that is no given
          -- name stands before the van: most runs hold none)
          -- (vp: where that van stands, after one word that is no given
          -- name)
          local vp = g.given and find(run, " van ", 1, true)
          if vp and (find(sub(run, 1, vp - 1), " ", 1, true) or g.given[lower(sub(run, 1, vp - 1))]) then vp = nil end
          if g.given and (nm == 1 or vp) then
            local raw = sub(s, runs[q], e - 1)
            -- (plain searches first: most runs hold neither)
            local tail = find(raw, " van ", 1, true) and string.match(raw, ".* van (%u.-)$")
                         or find(raw, " of ", 1, true) and string.match(raw, ".* of (%u.-)$")
            local tw = tail and string.match(tail, "^(%S+) ")
            if tw and g.given[lower(tw)] and sub(tail, -#last) == last
               and (nm == 1 and sub(run, -#last) ~= last or vp == #run - #tail - 4) then
              run = tail
            end
          end
          -- (a headline's first word before a given name and a surname
          -- is a noun the name is the genitive of: `Donderpreek Kees
          -- Hanse op het Malieveld`, `Kritiek Mark Rutte`)
          if headline_run(s, runs[q]) then run = headline_noun_dropped(run, g) end
          -- (a word before a given name that is no part of the name, and
          -- a second person's name run into the first: the person's own)
          local cut = cuts[run]
          if not cut then
            cut = second_person_cut(s, person_lead_cut(ix, s, run, g), g)
            cuts[run] = cut
          end
          run = cut
          if #list > 1 then
            -- (common: a common word that opens the run, which gives way
            -- even alone below; a headline's run gives way to others only)
            -- (and so a run that where someone is from opens, before
            -- its surname: `American Harrison` beside `Kendra Harrison`)
            local common = common_first(ix, s, runs[q], run, g)
                           or is_upper_at(run, 1) and g.lead_demonym[lc(run_words(run)[1] or "")] and run_words(run)[2] ~= nil
            -- (and so a peer's title before the surname, which strip_titles
            -- keeps, beside a form with a given name: `Lady Morgan` beside
            -- `Baroness Eluned Morgan`)
            if not common and g.sets.peer_title and g.sets.peer_title[lc(string.match(run, "^(%S+) %S+$") or "")] then
              common = "peer"
            end
            -- (and so a form on the text's first line, a headline in
            -- title case, past its opening words: `Australian Open: Champ
            -- Osaka, Barty, Kvitova Enter Third Round` beside `Naomi Osaka`)
            if common or headline_run(s, runs[q])
               or runs[q] < 152 and (find(s, "\n", 1, true) or math.huge) > runs[q] and title_case_line(s, runs[q]) then
              weak = weak or {}
              weak[run] = common == "peer" and "peer" or common and "common" or true
            end
          end
          -- (a relative's full name is no fuller form of a surname alone:
          -- `Trump` is no `first lady Melania Trump`)
          if not (nm == 1 and M.kin_before(s, runs[q], g)) then consider(seen, order, fm, nm, run, g) end
        end
      end
      -- (a form whose first word may be a common word that opens a line
      -- or sentence gives way to the others: `Tranen Evenepoel bij
      -- rentree` beside `Remco Evenepoel`; alone it stands, `Bill
      -- Hammons` beside `the bill`; and so does a form in the headline,
      -- headline_run)
      -- (a peer's title gives way only to a form that opens with a given
      -- name of the list, where none opens with one of the other sex:
      -- `Lady Morgan` is no `Piers Morgan`)
      if weak and #order > 1 then
        for _, c in ipairs(order) do
          if weak[c.run] == "peer" then
            local ts, given_form, other_sex = g.titles[lc(string.match(c.run, "^%S+"))], false, false
            for _, o in ipairs(order) do
              local gs = not weak[o.run] and g.given[lower(string.match(o.run, "^%S+"))]
              if gs then given_form = true end
              if (gs == "m" or gs == "f") and (ts == "m" or ts == "f") and gs ~= ts then other_sex = true end
            end
            if other_sex or not given_form then weak[c.run] = nil end
          end
        end
      end
      if weak and #order > 1 then
        local strong = {}
        for _, c in ipairs(order) do
          if not weak[c.run] then strong[#strong + 1] = c end
        end
        if #strong > 0 then order = strong end
      end
      -- (nor does a weak form alone where the mention is a full name that
      -- opens with a given name: `Piet Schilder` is no fuller
      -- `Juwelierszaak Piet Schilder`)
      if weak and #order == 1 and weak[order[1].run] == "common" and nm >= 2 and g.given and g.given[lower(mw[1] or "")]
         and not g.titles[lower(string.match(order[1].run, "^(%S+)") or "")] then
        order = {}
      end
      if order then best, best_n = choose(order, best, best_n, g) end
      -- (an acronym is the body's name: a phrase that holds it after
      -- van/of names a part of the body or its people, `Personeel van
      -- de FNV`, `Members of the NHS`)
      if form.acronym and best_n > nm and (find(best, " van ", 1, true) or find(best, " of ", 1, true))
         and sub(best, -#clean) == clean then
        best, best_n = clean, nm
      end
    end
    if best_n == nm then
      -- other accents (Erdogan, Erdoğan): compare folded last words
      local fl = fm[nm]
      local pre = form.pre
      local runs_after, initials
      if pre and not form.high then runs_after, initials = accented_runs(ix, s) end
      -- (a last word with an accent asks whatever its first letters:
      -- `Tóibín`, `Müller` open with one ASCII letter only)
      if form.high or pre and (find(runs_after, pre, 1, true)
                               or find(initials, lower(pre), 1, true)) then
        -- (kept in the index by fold and last word, all the lists depend
        -- on: each is a walk over all the article's runs, which a long
        -- text of many names asked for again and again)
        local spellings = index_table(ix, "spellings")
        local by_last = spellings[fl]
        if not by_last then
          by_last = {}
          spellings[fl] = by_last
        end
        local kept = by_last[last]
        if not kept then
          kept = { other_spellings(ix, last, fl) }
          by_last[last] = kept
        end
        local other, by_word = kept[1], kept[2]
        -- (nothing was kept above: a kept form would be the best)
        local seen, order = {}, {}
        for _, w in ipairs(other) do
          local l2 = by_word[w]
          for i = 1, #l2, 2 do
            consider(seen, order, fm, nm, clean_run(s, l2[i], l2[i + 1], g, lang, ix))
          end
        end
        best, best_n = choose(order, best, best_n, g)
      end
    end
    if best_n == nm and nm == 1 then
      -- the first part of a double surname: the fullest run that ends in
      -- it joined to another by a hyphen (`Hennis` of `Jeanine
      -- Hennis-Plasschaert`)
      local full = double_surname(ix, s, g, lang, clean)
      if full then best, best_n = full, #run_words(full) end
    end
    -- (the places of a one-word mention inside the runs of two words or
    -- more, read once for the three searches below: each is a scan of
    -- the text)
    local one_hits = best_n == nm and nm == 1 and runhits(s, clean, runs) or nil
    if best_n == nm and nm == 1 and lang == "en" and not form.acronym then
      -- a Chinese surname between an English name and a given name of
      -- hyphened syllables: `Tse said` after `lawmaker Paul Tse Wai-chun`
      local hits = one_hits
      for i = 1, #hits, 2 do
        local q = 4 * hits[i + 1] - 3
        local run = clean_run(s, runs[q], runs[q + 3], g, lang, ix)
        local rw = run_words(run)
        if #rw == 3 and rw[2] == clean and find(rw[3], "^%u%l+%-%l+$") then
          best, best_n = run, 3
          break
        end
      end
    end
    if best_n == nm and nm == 1 and g.given then
      -- a surname that a run holds between a given name and a second
      -- person's surname opening with its capitalised particle, which
      -- second_person_cut tells apart: the given name and the surname
      -- (`Reef` of `ploegleider Marc Reef Van Aert`)
      local hits = one_hits
      for i = 1, #hits, 2 do
        local q = 4 * hits[i + 1] - 3
        local run = clean_run(s, runs[q], runs[q + 3], g, lang, ix)
        local tail = second_person_cut(s, run, g)
        local head = tail ~= run and sub(run, 1, #run - #tail - 1)
        if head and sub(head, -#clean - 1) == " " .. clean and g.given[lower(string.match(head, "(%S+) %S+$") or "")] then
          best, best_n = string.match(head, "(%S+ %S+)$"), 2
          break
        end
      end
    end
    if best_n == nm and nm == 1 and g.given and not g.given[lower(clean)] then
      -- a first surname of two, as Spanish names write them, between a
      -- given name of the list and the second: the whole name, when one
      -- run only holds it so (`Herrera said` after `Durango Gov. Jorge
      -- Herrera Caldera`; not a given name of the list in the middle,
      -- `Paul` of `John Paul Jones`, nor before an organisation's word)
      local hits = one_hits
      local found
      for i = 1, #hits, 2 do
        local q = 4 * hits[i + 1] - 3
        -- (the word inside its run, a word on either side, read from the
        -- places before the run is cleaned: most hits open or end one)
        local p = hits[i]
        if p > runs[q] and p + #clean < runs[q + 3] and byte(s, p + #clean) == 32 then
          local run = clean_run(s, runs[q], runs[q + 3], g, lang, ix)
          local rw = run_words(run)
          if #rw == 3 and rw[2] == clean and g.given[lower(rw[1])] and is_upper_at(rw[3], 1)
             and not g.org[rw[3]] and not g.titles[lower(rw[3])] then
            if found and found ~= run then found = nil break end
            found = run
          end
        end
      end
      if found then best, best_n = found, 3 end
    end
    -- (a surname alone, its particle too: `Dela Rosa` of `Ronald “Bato”
    -- dela Rosa`)
    if best_n == nm and (nm == 1 or nm == 2 and g.particles[lower(mw[1])] and is_upper_at(mw[1], 1)) then
      local full = nicknamed(s, g, clean) or nm == 1 and (bracket_nickname(s, g, clean) or given_nicknamed(s, g, clean))
      if full then best, best_n = full, 2 end
    end
    if best_n == nm and nm == 1 and not form.acronym then
      -- a first name: the fullest run that starts with it (no acronym,
      -- which is a body's name: `het FNV-personeel` is no fuller FNV)
      local _, l3 = multi_lists(ix, mw[1])
      if l3 then
        for i = 1, #l3 do
          local q = 4 * l3[i] - 3
          local run = clean_run(s, runs[q], runs[q + 3], g, lang, ix)
          local rw = run_words(run)
          -- (not a product's model after a maker's name: `BlackBerry
          -- Z10s`; nor a surname and the body after its van/of, where the
          -- person is from: `Teutelink van Burgerbelangen`)
          local body = #rw >= 3 and (rw[2] == "van" or rw[2] == "of")
                       and (g.org[rw[#rw]] or M.org_compound(g, rw[#rw]))
          -- (nor a run of a headline in title case: `Google Case` in `...
          -- Next Steps in Google Case`)
          if #rw > best_n and fold(rw[1]) == fm[1] and not find(run, "%d") and not body
             and not title_case_line(s, runs[q]) then
            best, best_n = run, #rw
          end
        end
      end
      -- (or a given name inside a longer run, a place or a dateline's
      -- word before it, and a surname after it, its particles too, one
      -- such surname in the article: `Aalter Maarten Lanckzweirt van ...`
      -- for `Maarten`)
      if best_n == nm and g.given[lower(clean)] then
        local found
        -- (a plain search for the name and its blank, then the pattern
        -- where it stands: a pattern tried at every byte of the article
        -- costs more than the rest of canonical)
        local init, needle = 1, clean .. " "
        local pattern = "^" .. clean:gsub("%p", "%%%0") .. " [%a%s']-%u[%a\128-\255%-]+"
        while true do
          local a, b = find(s, needle, init, true)
          if not a then break end
          init = b
          local full = string.match(s, pattern, a)
          -- (the class takes a curly apostrophe's bytes: no possessive,
          -- `Zoe Ball’s BBC Radio 2 show`)
          if full and find(full, "\226\128\153", 1, true) then full = full:gsub(POSSESSIVE_END, "") end
          local words = full and run_words(full) or {}
          local ok = #words >= 2 and (a == 1 or not is_word_at(s, a - 1))
          for x = 2, #words - 1 do
            if not g.particles[lower(words[x])] or is_upper_at(words[x], 1) then ok = false end
          end
          local last = words[#words]
          if ok and word_kind(last, g) == "N" and not g.given[lower(last)] then
            if found and found ~= full then found = false break end
            found = full
          end
        end
        if found then best, best_n = found, #run_words(found) end
      end
    end
    if best_n == nm and nm == 1 and #clean >= 6 and not form.acronym then
      -- a surname one letter off the last word of one full name the
      -- article gives, its first letter the same: the same person,
      -- misspelt (`Ariona` after `Mary Aliona`, `Macherure` after `Robert
      -- Mucherure`, `Wiersma` after `Martien Wierdsma`)
      local full = misspelt_surname(ix, s, g, lang, clean)
      if full then best, best_n = full, #run_words(full) end
    end
    if best_n == nm and nm >= 3 and g.particles[lower(mw[1])] then
      -- a surname with its particles spelt another way than in the one
      -- full name that ends in the same word (`Van de Post` after
      -- `Wilbert van der Post`): that person
      local full = M.canonical(article, mw[nm], lang)
      if full ~= mw[nm] and particle_variant(full, mw, nm, g) then best, best_n = full, #run_words(full) end
    end
    if best_n == nm and nm == 2 and g.suffix[lower(mw[2])] then
      -- a surname and a generation's suffix: the fuller form of the
      -- surname where it ends in both (`Sotto III` of `Vicente "Tito"
      -- Sotto III`)
      local full = M.canonical(article, mw[1], lang)
      if M.fuller_form(full, clean) then best, best_n = full, #run_words(full) end
    end
    if best_n == nm and nm == 1 and not form.acronym and g.given then
      local full = shared_surname(ix, s, g, lang, clean)
      if full then best, best_n = full, #run_words(full) end
    end
    if best == clean and nm == 2 and g.given and g.given[lower(mw[1])] then
      -- a given name and a surname one letter off the surname of a
      -- fuller run with that given name that the article writes more
      -- often: the same person, misspelt once (`Jack Rijlaardsdam` beside
      -- `Jack Rijlaarsdam ... Rijlaarsdam`)
      local _, l3 = multi_lists(ix, mw[1])
      if l3 then
        for i = 1, #l3 do
          -- (the run's first two words as written: a run may go on to
          -- the person's body, `Jack Rijlaarsdam van Boeren Actie`)
          local q = 4 * l3[i] - 3
          local w1, w2 = string.match(sub(s, runs[q], runs[q + 3] - 1), "^(%S+)%s+(%u[%a]+)")
          if w1 == mw[1] and w2 and one_edit(w2, mw[2]) and times(s, w2) > times(s, mw[2]) then
            best = w1 .. " " .. w2
            break
          end
        end
      end
    end
    if best == clean and nm == 2 and g.given and not g.given[lower(mw[1])] then
      local full = given_form(ix, s, g, lang, mw)
      if full then best = full end
    end
    if best_n == nm and form.acronym then
      -- an acronym: Long Name (ACR)
      local a = find(s, "(" .. clean .. ")", 1, true)
      if a then
        local t = M.tokens(s, a - 200 > 1 and a - 200 or 1, a)
        local n = #t // 2
        local caps, first = 0, nil
        -- (in mixed case a capital a word: the letters in lower case are
        -- inside the words, `Algemene Onderwijsbond (AOb)`)
        local mixed = find(clean, "%l") ~= nil
        local want = #clean
        if mixed then want = select(2, clean:gsub("%u", "")) end
        local k = n
        while k >= 1 and caps < want do
          local ta, tb = t[2 * k - 1], t[2 * k]
          local w = sub(s, ta, tb - 1)
          if is_upper_at(s, ta) then
            caps = caps + 1
            first = k
          elseif w == "," or w == "of" or w == "and" or w == "for" or w == "on"
              or w == "van" or w == "voor" or w == "en" or w == "de" or w == "the" or w == "&"
              or w == "-" and k > 1 and t[2 * k - 2] == ta
              or (w == "'" or w == "\226\128\153") and k > 1 and t[2 * k - 2] == ta and byte(s, ta - 1) == 115
              or caps > 0 and k > 1 and not mixed and is_lower_at(s, ta) and is_upper_at(s, t[2 * k - 3]) then
            -- connector inside an organisation's name (and the hyphen of
            -- a compound whose head is left out: `Voedsel- en
            -- Warenautoriteit`; and a word in lower case between two
            -- that spell letters: `Medicines and Healthcare products
            -- Regulatory Agency (MHRA)`)
          else
            break
          end
          k = k - 1
        end
        -- not `The` before the name, nor `De` before an organisation's
        -- (`De Nederlandse Voedsel- en Warenautoriteit (NVWA)`)
        -- (but one that spells the acronym's first letter where the word
        -- after it does not is the name's: `All Elite Wrestling (AEW)`)
        while first and first < n and not (byte(s, t[2 * first - 1]) == byte(clean, 1)
                                           and byte(s, t[2 * first + 1]) ~= byte(clean, 1)) do
          local fw = lc(sub(s, t[2 * first - 1], t[2 * first] - 1))
          if not (g.stop[fw] or g.particles[fw] and first + 1 < n
                  and organisation_run(g, sub(s, t[2 * first + 1], t[2 * first + 2] - 1),
                                       sub(s, t[2 * n - 1], t[2 * n] - 1))) then
            break
          end
          first = first + 1
          caps = caps - 1
        end
        -- (a capital a word for a short acronym in mixed case: `Mass
        -- Spectrometry (ZooMS)` spells no ZooMS)
        -- (its first capital the acronym's: `DEN HAAG (ANP)` is a
        -- dateline, no name of ANP)
        if first and caps >= 2 and (caps == want or not mixed)
           and byte(s, t[2 * first - 1]) == byte(clean, 1) and spells_in_order(s, t, first, n, clean, g) then
          -- (and with the acronym of the body it is part of right before
          -- it, which the acronym leaves out: `the UN Office for the
          -- Coordination of Humanitarian Affairs (OCHA)`)
          if first > 1 and find(sub(s, t[2 * first - 3], t[2 * first - 2] - 1), "^%u%u+$")
             and t[2 * first - 1] - t[2 * first - 2] == 1
             and (first == 2 or not is_upper_at(s, t[2 * first - 5])) then
            first = first - 1
          end
          -- (its possessive off: `the Union Solidarity and Development
          -- Party’s (USDP) call`)
          best = strip_poss(sub(s, t[2 * first - 1], t[2 * n] - 1))
        end
      end
      if best == clean and #clean >= 3 then
        -- or a name of the article whose capitals spell it (`ESA` after
        -- `the European Space Agency`)
        best = spelled_name(ix, s, g, clean) or best
      elseif best == clean and #clean == 2 and not (g.roles[lower(clean)] or g.titles[lower(clean)] or g.after[lower(clean)]) then
        -- (of two letters only an organisation's name, whose words hold an
        -- organisation word: `FA` after `The Football Association`, not a
        -- person's initials, nor a role's or a title's, `MP`)
        local full = spelled_name(ix, s, g, clean)
        if full and g.org then
          for w in full:gmatch("%S+") do
            if g.org[w] then best = full break end
          end
        end
      end
    end
  end
  -- a surname whose only fuller form ends in a generation's suffix
  -- (`Downey` of `Robert Downey Jr.`); a name that ends in one gets its
  -- period back as the article writes it
  if #g.suffix_forms > 0 and nm > 0 and M.has_suffix(M.index(article, g), g) then
    if best == clean and not suffixed(g, clean) then
      best = suffixed_form(article, g, lang, form) or best
    end
    if suffixed(g, best) and find(s, best .. ".", 1, true) then best = best .. "." end
  end
  -- a name that ends in a surname's initial gets its period back, which
  -- a sentence's end took for its own (`van NOS-indringer Tarik Z. Dat
  -- heeft ...`: Tarik Z.; Dutch news names suspects so)
  if nm > 0 and byte(best, -2) == 32 and is_upper_at(best, #best) and find(s, best .. ".", 1, true) then
    best = best .. "."
  elseif initial and best == clean then
    best = best .. "."
  end
  -- a name of two words or more whose acronym the article gives right
  -- after it, in brackets, is what the acronym spells out when that ends
  -- in it: `Regulatory Agency` of `Medicines and Healthcare products
  -- Regulatory Agency (MHRA)`
  if best == clean and nm >= 2 then
    local at = find(s, clean .. " (", 1, true)
    local acr = at and string.match(s, "^ %((%u%u+)%)", at + #clean)
    if acr then
      local full = M.canonical(article, acr, lang)
      if #full > #clean and sub(full, -#clean - 1) == " " .. clean then best = full end
    end
  end
  -- a name of three words or more whose last word the text writes twice,
  -- a slip of the pen, is the name once: `Christian Coleman Coleman told
  -- reporters`
  -- (plain searches: most names have no word twice)
  local ls = find(best, " [^ ]*$")
  if ls and ls > 1 then
    local last_w = sub(best, ls + 1)
    -- (three words at least: `Ali Ali` is a name)
    if sub(best, ls - #last_w, ls - 1) == last_w and ls - #last_w > 2 and byte(best, ls - #last_w - 1) == 32 then
      best = sub(best, 1, ls - 1)
    end
  end
  by_lang[mention] = best
  return best
end

-- names.kin_full_form(s, g, tsex, sur, full) -> `Given Surname` for
-- surname sur after a title of sex tsex (`Mr Fox`), whose full form full
-- opens with a given name that s writes alone elsewhere too, when s
-- names one given name of that sex alone after a kin noun and its owner
-- (speech_words.txt's `kin_owner`, `kin_noun`: `his father Ian`); else
-- nil. A son or a victim the report calls by his given name; the father
-- is Mr Fox.
function M.kin_full_form(s, g, tsex, sur, full)
  if not (g.sets.kin_noun and next(g.sets.kin_noun)) then return nil end
  local given0, sur0 = string.match(full, "^(%S+) (.+)$")
  if sur0 ~= sur then return nil end
  -- (the full form's given name alone, no surname after it)
  local alone = false
  for a in M.whole_words(s, given0) do
    if sub(s, a + #given0, a + #given0 + #sur) ~= " " .. sur then alone = true break end
  end
  if not alone then return nil end
  local found
  for noun in pairs(g.sets.kin_noun) do
    local init = 1
    while true do
      local a, b, given = find(s, " " .. noun .. " (%u[%l\128-\255]+)", init)
      if not a then break end
      init = b + 1
      local owner = string.match(sub(s, (a - 8 > 1 and a - 8 or 1), a - 1), "(%a+)$")
      if owner and g.sets.kin_owner[lc(owner)] and given ~= given0 and g.given[lc(given)] == tsex
         and not find(s, "^ %u", b + 1) then
        if found and found ~= given then return nil end
        found = given
      end
    end
  end
  return found and found .. " " .. sur or nil
end

return M
