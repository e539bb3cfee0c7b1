-- pluk.speech.cues: passes 4 and 5 of pluk.speech (see the passes in
-- speech.lua's opening comment): each speech cue's speaker and what it
-- reports, and mentions resolved to speakers. A module of its own because
-- the two passes call each other throughout while the analysis
-- (speech.lua) calls a few of their functions only, and so that
-- speech.lua's main chunk keeps clear of Lua's limit of 200 local
-- variables. The methods defined here go on the shared Analyser table
-- (pluk.speech.analyser).

local text = require "pluk.text"
local names = require "pluk.names"
local bytes = require "pluk.speech.bytes"
local structure = require "pluk.speech.structure"
local Analyser = require "pluk.speech.analyser"

local byte, sub, find, lower = string.byte, string.sub, string.find, string.lower
local lc, char_start, tokens = names.lc, names.char_start, names.tokens
-- names.tokens's call itself, for the windows every cue reads (their end
-- is a position in the text: the wrapper's guard for one before it is not
-- needed there, and the call through it costs)
local text_tokens = text.tokens
local is_upper_at, is_lower_at, is_word_at = names.is_upper_at, names.is_lower_at, names.is_word_at
local CHAR, run_words = names.CHAR, names.run_words
local ASCII_CLS, NOT_WS, char_byte = bytes.ASCII_CLS, bytes.NOT_WS, bytes.char_byte
local count_words, floor_index = bytes.count_words, bytes.floor_index
local is_word_byte = bytes.is_word_byte
local last_token, last_words, run_start = bytes.last_token, bytes.last_words, bytes.run_start
local skip_spaces, space_back, space_end = bytes.skip_spaces, bytes.space_back, bytes.space_end
local strip_punct_end, tail_run, trim = bytes.strip_punct_end, bytes.tail_run, bytes.trim
local null = require("pluk.json").null
local rtrim, tail_letters = bytes.rtrim, bytes.tail_letters
local SENTENCE_END = bytes.SENTENCE_END
local next_plain, quote_at = structure.next_plain, structure.quote_at

-- spaced_find(s, word, init) -> a, b: the place of the space before the
-- first `word` from init that a space precedes, and the word's end; nil
-- when there is none. The same as find(s, " " .. word, init, true), but
-- a search for the word itself: one for " word" stops at every space of
-- the article.
local rare_find = names.rare_find
local function spaced_find(s, word, init)
  local p = rare_find(s, word, init + 1)
  while p and byte(s, p - 1) ~= 32 do p = rare_find(s, word, p + 1) end
  if not p then return nil end
  return p - 1, p + #word - 1
end

local quotes_closed_by, sentence_of = structure.quotes_closed_by, structure.sentence_of

---------------------------------------------------------------------------
-- Pass 4: cues, their speakers and what they report
---------------------------------------------------------------------------

-- defined with the speaker pass below
local person_mentions, person_mentions_uncached, is_org_name, looks_personal, written_inside
local possessive_subject, mention_person
-- (defined with the cue analysis below; subject_before reads an earlier
-- cue's subject)
local hit_range, analyse_cue

-- token helpers over a flat token array t of s
local function tok(s, t, k) return sub(s, t[2 * k - 1], t[2 * k] - 1) end

-- source_before(A, b, spaced): is the word of letters that ends right
-- before b (past white space too, with spaced) a one-word source cue of
-- cue_sources.txt (`volgens`)? subject_after asks it of the cue it reads
-- after.
local function source_before(A, b, spaced)
  local w = string.match(sub(A.s, (b - 16 > 1 and b - 16 or 1), b - 1),
                         spaced and "([%a\128-\255]+)%s*$" or "([%a\128-\255]+)$")
  return w ~= nil and A.L.source[lc(w)] ~= nil
end

-- borrowed(m): a copy of subject mention m's fields, for a cue that takes
-- another cue's subject (the caller adds how it came by it)
local function borrowed(m)
  return { s = m.s, e = m.e, kind = m.kind, text = m.text, gender = m.gender, head = m.head,
           def = m.def, title = m.title, coord = m.coord, seps = m.seps }
end
local ltok = names.lc_tok
local word_key = names.word_key
local function is_punct_tok(s, t, k)
  -- the token marks of names.tokens first (no call); else ASCII answered
  -- by a look-up (is_word_at's answer there): most tokens are
  local marks = t.nonword
  if marks and k <= 64 then return (marks >> (k - 1)) & 1 == 1 end
  local p = t[2 * k - 1]
  local c = ASCII_CLS[byte(s, p)]
  if c then return c ~= 1 end
  return not is_word_at(s, p)
end

-- is token j the period of an abbreviated title, a `.` right after a
-- title token (`Dr.`, `dhr.`)? It goes on to the name after it.
local function title_period(s, t, j, g)
  local p = t[2 * j - 1]
  return j > 1 and t[2 * j] == p + 1 and byte(s, p) == 46 and t[2 * j - 2] == p
         and names.kind(s, t, j - 1, g) == "T"
end

-- the determiner kinds (determiners.txt) that point back to someone
-- named before: definite articles and demonstratives
local REFERS_BACK = { def = true, dem = true }
-- how many sentences back a noun of an organisation's kind looks for the
-- organisation it stands for (Analyser:recent_org)
local ORG_KIND_REACH = 8
-- how far back (bytes) a he or she that no nearer person fits looks for
-- the last speaker of that sex
local SEX_SPEAKER_REACH = 1000

-- words that may name a group in an appositive or after a comma
local function role_of_uncached(L, w)
  local key = lc(w)
  local r = L.role[key]
  if r then return r, key end
  -- plural: victims, researchers, onderzoekers (the word less its -s,
  -- else less its -en)
  local sg
  if byte(key, -1) == 115 then
    sg = sub(key, 1, -2)
    -- (-ies for -y: deputies, secretaries; -es after s, sh, ch, x:
    -- bosses, coaches, witnesses)
    if sub(key, -3) == "ies" and not L.role[sg] then sg = sub(key, 1, -4) .. "y"
    elseif sub(key, -2) == "es" and not L.role[sg] and L.role[sub(key, 1, -3)] then sg = sub(key, 1, -3) end
  elseif sub(key, -3) == "men" and (#key > 3 or L.lang == "en") and L.role[sub(key, 1, -4) .. "man"] then
    -- (-men for -man: spokesmen, congresswomen; Dutch `men` alone is a
    -- generic pronoun, `dat men kan zeggen`)
    sg = sub(key, 1, -4) .. "man"
  elseif sub(key, -6) == "mannen" and L.role[sub(key, 1, -4)] then
    -- (Dutch -mannen for -man: buurmannen, brandweermannen)
    sg = sub(key, 1, -4)
  elseif sub(key, -2) == "en" then
    sg = sub(key, 1, -3)
    -- (a noun in -e takes -n alone: deskundigen, ingewijden)
    if not L.role[sg] and L.role[sub(key, 1, -2)] then sg = sub(key, 1, -2) end
    if not L.role[sg] and L.lang ~= "en" then
      -- (Dutch spelling of the stem: bedrijven -> bedrijf, handelaren ->
      -- handelaar, the vowel of an open syllable written once)
      local last = sub(sg, -1)
      local alt = last == "v" and sub(sg, 1, -2) .. "f" or last == "z" and sub(sg, 1, -2) .. "s" or nil
      if alt and L.role[alt] then
        sg = alt
      else
        local v, c = sg:match("([aeou])([^aeiou])$")
        if v and not sg:match("[aeiou][aeou][^aeiou]$") then
          local long = sub(sg, 1, -2) .. v .. c
          if L.role[long] then sg = long end
        end
      end
    end
  end
  -- (people make a group; things stay things: `letters`, `reports`)
  if sg and L.role[sg] then return L.role[sg] == "x" and "x" or "g", sg end
  -- (a Dutch diminutive is its noun's: `klasgenootje`, `vrouwtje`,
  -- `mannetje`; its plural in -jes a group's, `klasgenootjes`)
  if L.lang == "nl" and #key > 5 then
    local plural = sub(key, -3) == "jes"
    local d = plural and sub(key, 1, -2) or key
    if sub(d, -2) == "je" then
      local stem = sub(d, 1, -3)
      local base = L.role[stem] and stem
      if not base and sub(stem, -1) == "t" then
        stem = sub(stem, 1, -2)
        base = L.role[stem] and stem
        -- (-etje after a doubled consonant: `mannetje`)
        if not base and sub(stem, -1) == "e" and #stem > 3 and byte(stem, -2) == byte(stem, -3) then
          local short = sub(stem, 1, -3)
          base = L.role[short] and short
        end
      end
      if base then
        local r = L.role[base]
        if plural then return r == "x" and "x" or "g", base end
        return r, base
      end
    end
  end
  -- compounds: PvdA-Kamerlid, oud-minister, clubwoordvoerder (the part
  -- after the last hyphen)
  local h = find(key, "-", 1, true)
  if h then
    local h1 = h
    local nh = find(key, "-", h + 1, true)
    while nh do h = nh nh = find(key, "-", h + 1, true) end
    if h < #key then
      local tail = sub(key, h + 1)
      if L.role[tail] then return L.role[tail], tail end
      -- (and a closed compound after it: `COOP-supermarkteigenaar`)
      if L.lang ~= "en" and #tail > 7 then
        local r3, k3 = role_of_uncached(L, tail)
        if r3 then return r3, k3 end
      end
    end
    -- (or the part after the first hyphen: `45-year-old`, `ex-vice-president`)
    if h1 < h then
      local tail = sub(key, h1 + 1)
      if L.role[tail] then return L.role[tail], tail end
    end
  end
  -- closed compounds (Dutch, German): politiewoordvoerder,
  -- clubvoorzitter -- the longest known tail of five letters or more;
  -- and in the plural, as above (buschauffeurs, onderzoeksjournalisten)
  if L.lang ~= "en" and #key > 7 and not find(key, "[^%l\128-\255]") then
    for l = #key - 3, 5, -1 do
      local t2 = sub(key, -l)
      local r2 = L.role[t2]
      if r2 then return r2, t2 end
    end
    -- (a person's noun of four letters too, not a body's or a thing's:
    -- districtschef, huisarts; gemeenteraad and voorraad are not so read,
    -- nor a source's compounds, which are things: inspiratiebron)
    local t4 = sub(key, -4)
    local r4 = L.role[t4]
    if (r4 == "p" or r4 == "m" or r4 == "f") and not L.sets.thing_compound_tail[t4] then return r4, t4 end
    if sg and #sg > 7 then
      for l = #sg - 3, 5, -1 do
        local t2 = sub(sg, -l)
        local r2 = L.role[t2]
        if r2 then return r2 == "x" and "x" or "g", t2 end
      end
    end
  end
  return nil
end

-- role_of, memoised per language data (a pure function of the word and
-- L.role): the same words are asked about again and again, in every
-- article; the memo starts again past 50,000 words
local role_memo = setmetatable({}, { __mode = "k" })
local function role_of(L, w)
  local m = role_memo[L]
  if not m then
    m = { r = {}, key = {}, n = 0 }
    role_memo[L] = m
  end
  local r = m.r[w]
  if r == nil then
    local key
    r, key = role_of_uncached(L, w)
    if m.n >= 50000 then
      m.r, m.key, m.n = {}, {}, 0
    end
    m.n = m.n + 1
    m.r[w], m.key[w] = r or false, key
  end
  if r then return r, m.key[w] end
  return nil
end

-- A mention: {s, e, text, kind = "name"|"pron"|"role"|"np", def, gender,
-- head (role key)}
local function mention_name(s, t, first, last, k_end)
  -- (how, appos, left_tok: the fields a subject's search sets, named
  -- here: room made at once, not a regrowth of the table)
  return { s = t[2 * first - 1], e = t[2 * last], kind = "name",
           text = sub(s, t[2 * first - 1], t[2 * last] - 1),
           how = nil, appos = nil, left_tok = nil }
end

-- the index of the token that starts at position p, among tokens 1 .. k of
-- t, or nil: searched from k down (the starts ascend), as a mention's
-- first token stands near the end of the window before a cue
local function token_at(t, k, p)
  for x = k, 1, -1 do
    local v = t[2 * x - 1]
    if v == p then return x end
    if v < p then return nil end
  end
  return nil
end

-- the index of the token from k on that ends at or after position e (the
-- last token of a mention that starts at token k and ends at e)
local function token_ending(t, k, e)
  local n = #t // 2
  while k < n and t[2 * k] < e do k = k + 1 end
  return k
end

-- the person's name at the end of a name run of three or more name parts
-- that follows a role's of-phrase (tokens f .. the one ending at e):
-- `Amnesty International Man-kei Tam`, `State Mike Pompeo`, `Health Hugo
-- de Jonge` -- the last name part, the particles before it and one more
-- name part, none an organisation word; nil for a shorter run, unless it
-- is two name parts after a common noun, none an organisation word (`de
-- oud-chef van de Peruaanse geheime dienst Vladimiro Montesinos`)
local function person_tail(A, t, f, e)
  local s, g, org, L = A.s, A.g, A.L.org, A.L
  local l = token_ending(t, f, e)
  local parts = 0
  for x = f, l do if names.kind(s, t, x, g) == "N" then parts = parts + 1 end end
  if parts == 2 and l == f + 1 and f > 1 and not org[tok(s, t, f)] and not org[tok(s, t, l)]
     and is_lower_at(s, t[2 * f - 3]) then
    local pw = ltok(s, t, f - 1)
    -- (a group's noun there is what the role is of, no title of the
    -- name's: `the school's chairman of governors Andrew Churchill-Stone`)
    local r = role_of(L, tok(s, t, f - 1))
    if not (L.det[pw] or L.prep[pw] or g.particles[pw] or r and r ~= "g"
            or is_punct_tok(s, t, f - 1)) then
      return mention_name(s, t, f, l)
    end
  end
  if parts < 3 or names.kind(s, t, l, g) ~= "N" or org[tok(s, t, l)] then return nil end
  -- (a run its acronym in brackets spells is one name: `van Farmers
  -- Defence Force (FDF)`)
  local acr = string.match(s, "^ %((%u%u+)%)", t[2 * l])
  if acr and byte(acr, 1) == byte(s, t[2 * f - 1]) and #acr >= parts then return nil end
  local first = l
  local x = l - 1
  while x > f and names.kind(s, t, x, g) == "A" do x = x - 1 end
  if x > f and names.kind(s, t, x, g) == "N" and not org[tok(s, t, x)] then first = x end
  -- (one word after an organisation word and no given name is the
  -- body's name's end, no person: `de renner van UAE Team Emirates`)
  if first == l and org[tok(s, t, l - 1)] and not (g.given and g.given[ltok(s, t, l)]) then return nil end
  -- (and a given name right before them, as names' after_of_person
  -- reads a run: `Inspector-General of Police Tan Sri Khalid Abu Bakar`
  -- is Khalid Abu Bakar; the run's first word too, when it is no
  -- portfolio or organisation word: `minister van Financiën Jan Kees de
  -- Jager`, the portfolio passed before)
  if g.given and g.given[ltok(s, t, first - 1)]
     and (first - 1 > f or first - 1 == f and not org[tok(s, t, f)]
                           and not (g.portfolio and g.portfolio[ltok(s, t, f)])) then
    first = first - 1
  end
  return mention_name(s, t, first, l)
end

-- past_portfolios(A, t, first, k) -> where a name starts in tokens
-- first .. k when token first opens a minister's portfolios after
-- van/of (or after one of them, past `en`, `and` or a comma): the token
-- after them (`minister van Justitie en Veiligheid Dilan Yeşilgöz`,
-- `minister van Financiën Heinen`); first itself otherwise
function Analyser.past_portfolios(A, t, first, k)
  local s, portfolio = A.s, A.g.portfolio
  if not portfolio or first >= k or first < 2 or not portfolio[ltok(s, t, first)] then return first end
  local lv = tok(s, t, first - 1)
  if not (names.PORTFOLIO_PREP[lv] or lv == "en" or lv == "and" or lv == "&" or lv == ",") then return first end
  local x = first + 1
  while x < k do
    local w = tok(s, t, x)
    local lw = lc(w)
    if not (portfolio[lw] or w == "," or lw == "en" or lw == "and" or w == "&") then break end
    x = x + 1
  end
  if portfolio[ltok(s, t, x)] or not is_upper_at(s, t[2 * x - 1]) then return first end
  return x
end

-- Analyser.portfolios_back(A, t, y, lo) -> the first token from y back,
-- above lo, that is no minister's portfolio, comma or joining word (the
-- `van`/`of` or name before a list of portfolios: `minister van Justitie
-- en Veiligheid`, `ministerie van Onderwijs, Cultuur en Wetenschap`)
function Analyser.portfolios_back(A, t, y, lo)
  local s, portfolio, conj = A.s, A.g.portfolio, A.L.sets.conjunction
  while y > lo and (portfolio[ltok(s, t, y)] or tok(s, t, y) == "," or conj[ltok(s, t, y)]) do y = y - 1 end
  return y
end

-- Analyser.role_word_alone(A, w): is name part w, one word, a role's or
-- title's word with its capital (names.title_like), no given name of the
-- list nor a surname the article writes after a given name, so no name of
-- a person of its own (`Oud-vakbondsman en FNV-prominent Jan Berghuis`;
-- not `Visser en Smit` after `Jan Visser`)?
function Analyser.role_word_alone(A, w)
  return names.title_like(A.g, w) and not A.g.given[lc(w)] and not Analyser.given_in_full(A, w)
end

-- Analyser.listed_verb_in(A, a, b): does s[a, b) hold a word that
-- Analyser.listed_verb knows as a verb?
function Analyser.listed_verb_in(A, a, b)
  local L = A.L
  for w in string.gmatch(sub(A.s, a, b - 1), "[%a\128-\255]+") do
    if Analyser.listed_verb(L, names.lc_memo[w] or lc(w)) then return true end
  end
  return false
end

-- is w an organisation word (organisation_words.txt), or, in a language
-- that glues nouns, a compound of one (`Onderzoeksraad`, `Vissersbond`)?
function Analyser.org_word(A, w)
  return A.L.org[w] ~= nil or names.org_compound(A.g, w)
end

-- name mention m, when token x right before it is a group noun that
-- names a body by its place (place_bodies.txt), becomes one name with it
-- (`rechtbank Amsterdam`), in place
function Analyser.join_place_body(A, m, t, x)
  local s = A.s
  if A.g.place_body[lc(tok(s, t, x))] then
    m.s = t[2 * x - 1]
    m.text = sub(s, m.s, m.e - 1)
  end
end

-- is token j (above lo) the apostrophe of a plural's possessive, a token
-- of its own right after the word's s (`patients'`, `Farmers’`)?
function Analyser.plural_possessive_at(A, t, j, lo)
  local s = A.s
  local ap = tok(s, t, j)
  return (ap == "'" or ap == "\226\128\153") and j > lo and t[2 * j - 2] == t[2 * j - 1]
         and byte(s, t[2 * j - 1] - 1) == 115 and word_key(s, t, j - 1) ~= nil
end

-- noun phrase ending at token k (its head): det? adj* head, with an
-- `X van/of Y` extension handled by the caller (w: token k's text, when
-- the caller has it). Returns mention or nil.
-- Analyser.compound_person_role(L, w) -> the kind and key of a person's
-- role noun that ends a capitalised compound after its hyphen, in lower
-- case (`Heerenveen-coach`, `PSV-trainer`), or nil: such a word is a
-- role, not a name, after a determiner (`de Heerenveen-coach zei`)
function Analyser.compound_person_role(L, w)
  if not find(w, "-", 1, true) or not find(w, "%-%l[%l\128-\255]*$") then return nil end
  local r, key = role_of(L, w)
  if r == nil or r == "x" or r == "g" then return nil end
  return r, key
end

-- Analyser.honorific_before(A, t, k): is token k, a title's word, right
-- after a person's honorific (a title with a sex in titles.txt, its
-- period passed) with which it makes no title of two words (`Dr
-- Constable`, `Mrs Bishop`; not `Lord Mayor`)?
function Analyser.honorific_before(A, t, k)
  local s, g = A.s, A.g
  local j = k - 1
  local pk = ltok(s, t, j)
  if pk == "." and j > 1 then
    j = j - 1
    pk = ltok(s, t, j)
  end
  -- (titles.txt lists the short forms with and without their period)
  local v = pk and g.titles[pk]
  if not v then return false end
  local lw = ltok(s, t, k)
  if g.titles[pk .. " " .. lw] or g.after[lw] then return false end
  -- (after a title of no sex, a word that ends a full name the article
  -- gives: `said Judge Prince` after `Judge Christopher Prince`)
  return v == "m" or v == "f" or v == "p" or Analyser.given_in_full(A, tok(s, t, k))
end

-- Analyser.capital_office(A, t, k, lo): does the run of capitalised
-- words that ends at token k open right after `the` (token lo or later),
-- no given name of the list (given_names.txt) among its words? (the
-- office's words, joined by of, for, and before a capital: `the UN
-- Under-Secretary-General for Humanitarian Affairs and Emergency Relief
-- Coordinator`)
-- (a field of Analyser: the main chunk is at Lua's 200 locals)
Analyser.office_joiner = { ["of"] = true, ["for"] = true, ["and"] = true }
function Analyser.capital_office(A, t, k, lo)
  local s, g = A.s, A.g
  local j = k - 1
  while j >= lo and not is_punct_tok(s, t, j) and ltok(s, t, j) ~= "the"
        and (is_upper_at(s, t[2 * j - 1]) or Analyser.office_joiner[ltok(s, t, j)] and j < k - 1 and is_upper_at(s, t[2 * j + 1])) do
    if g.given[ltok(s, t, j)] then return false end
    j = j - 1
  end
  return j >= lo and j < k - 1 and ltok(s, t, j) == "the"
end

-- Analyser.capital_role_after_det(A, t, k, lo, w): is word w at token k
-- a Dutch role noun written with its capital (`Kamerlid`, `Statenlid`,
-- or a compound of one, `CDA-Kamerlid`) after `het` or `een`, or after a
-- determiner and an adjective in lower case, at tokens lo and after?
-- Then it is a role (`reageerde het linkse Kamerlid`), not a name; not
-- after `de` alone, a surname's particle as often (`zei de Boer`)
function Analyser.capital_role_after_det(A, t, k, lo, w)
  local s, L = A.s, A.L
  if L.lang ~= "nl" or k <= lo then return false end
  if not (L.role[names.lc_memo[w] or lc(w)] or find(w, "%-%u") and role_of(L, w)) then return false end
  local pd = ltok(s, t, k - 1)
  if L.det[pd] then return pd ~= "de" end
  return k - 1 > lo and is_lower_at(s, t[2 * k - 3]) and L.det[ltok(s, t, k - 2)] ~= nil
end

-- the role a title of two words names at its last word, token k (text
-- w), when no name follows it (`According to the Premier Designate,
-- ...`), after tokens from lo on; or nil
local function title_tail_role(A, t, k, lo, w)
  local s, L = A.s, A.L
  if not names.title_tail(s, t, k, w, A.g) then return nil end
  local gender, head = role_of(L, tok(s, t, k - 1))
  if not gender then return nil end
  return { s = t[2 * k - 3], e = t[2 * k], kind = "role", head = head, gender = gender,
           text = sub(s, t[2 * k - 3], t[2 * k] - 1), def = k - 1 > lo and L.det[ltok(s, t, k - 2)] or nil }
end

-- the role genders of one person (not a group's, a thing's, unknown):
-- SETS.one_person, needed before SETS is made
local ONE_PERSON = { m = true, f = true, p = true }

-- Analyser.capital_adjective_before_role(A, t, k, n, w): is word w at
-- token k (of n) a Dutch adjective of where or what, written with its
-- capital (in -s, -se, -sch, -sche: `Europees`, `Nederlandse`,
-- `Olympisch`), after a determiner or an adjective in lower case, before
-- a person's role noun in lower case? Then it is no name but the role's
-- adjective (`aldus de regerend Europees kampioen allround`).
function Analyser.capital_adjective_before_role(A, t, k, n, w)
  local s, L = A.s, A.L
  if k < 2 or k >= n or not (find(w, "^%u[%l\128-\255]+s$") or find(w, "^%u[%l\128-\255]+se$")
                             or find(w, "^%u[%l\128-\255]+sche?$")) then
    return false
  end
  local pk = ltok(s, t, k - 1)
  if not (L.det[pk] or is_lower_at(s, t[2 * k - 3]) and not is_punct_tok(s, t, k - 1)) then return false end
  return is_lower_at(s, t[2 * k + 1]) and ONE_PERSON[role_of(L, tok(s, t, k + 1))] ~= nil
end
-- a token that is a year (`the 2012 Olympic champion`) and one that is a
-- distance or weight, digits and a unit's letters (`200m`, `10km`): both
-- may stand inside a role's phrase
local YEAR_TOKEN = "^[12][09]%d%d$"
local MEASURE_TOKEN = "^%d+%l%l?$"

-- is key, a word in lower case, a count: a number word of the lists or
-- digits? (the table's answer or the first byte first: np_ending asks it
-- for every subject searched)
local function count_word(L, key)
  if L.number[key] then return true end
  local b1 = byte(key, 1)
  return b1 ~= nil and b1 >= 48 and b1 <= 57 and find(key, "^%d+$") ~= nil
end

-- is key (a word in lower case) an adverb of the lists: speech_adverbs.txt
-- or closed_words.txt's `adv`?
local function adverb(L, key)
  return L.adv[key] ~= nil or L.closed_adv[key] ~= nil
end

-- Analyser.listed_verb(L, key): is key (a word in lower case) a verb the
-- lists know: an auxiliary, modal or `verb` of closed_words.txt, a cue's
-- form or a quote tag's verb (quote_tags.txt)?
function Analyser.listed_verb(L, key)
  return L.verb_word[key] ~= nil or L.closed_verb[key] ~= nil or L.cue[key] ~= nil or L.tag[key] ~= nil
end

-- Analyser.subordinator_before(A, x, lo): does a subordinator
-- (speech_words.txt's `fronted_subordinator`, `subordinator`) stand as
-- the word right before position x, not before lo (`said when a deputy
-- warned`, `said ... after Nigeria confirmed`)?
function Analyser.subordinator_before(A, x, lo)
  local sw = names.letters_before_space(A.s, (x - 12 > lo and x - 12 or lo), x - 1)
  if not sw then return false end
  sw = lc(sw)
  local sets = A.L.sets
  return (sets.fronted_subordinator and sets.fronted_subordinator[sw]
          or sets.subordinator and sets.subordinator[sw]) and true or false
end

-- Analyser.fronted_opener_end(A, ss) -> where the first word of the
-- sentence at ss ends, when that word is a fronted subordinator
-- (speech_words.txt's `fronted_subordinator`: `Although`, `When`); else nil
function Analyser.fronted_opener_end(A, ss)
  local set = A.L.sets.fronted_subordinator
  if not set or next(set) == nil then return nil end
  local w1, w1e = string.match(A.s, "^%s*(%a+)()", ss)
  return w1 and set[lc(w1)] and w1e or nil
end

-- demonym_of_two(L, s, t, k, key) -> the key of a demonym of two words
-- (demonyms.txt: `south african`, `new zealander`) that token k - 1 of t
-- and key, token k's word in lower case, spell, else nil
-- (L.demonym_last answers first: most words end none)
local function demonym_of_two(L, s, t, k, key)
  if not L.demonym_last[key] then return nil end
  local key2 = ltok(s, t, k - 1) .. " " .. key
  return L.demonym[key2] and key2 or nil
end

-- Analyser.place_before_demonym(A, t, k, lo): do one or two capitalised
-- words, no given name's, stand between a determiner and the demonym
-- that token k of t is: where a party's member or someone is from
-- (`the Massachusetts Democrat said`, `the New York Republican`)?
function Analyser.place_before_demonym(A, t, k, lo)
  local s = A.s
  for n = 1, 2 do
    local d = k - n - 1
    if d < lo then return false end
    local w = tok(s, t, k - n)
    if not (is_upper_at(w, 1) and not is_punct_tok(s, t, k - n)) or A.g.given[lc(w)] then return false end
    if A.L.det[ltok(s, t, d)] then return true end
  end
  return false
end

-- Analyser.adjectives_after_det(A, t, k) -> the index of the determiner
-- that token k of t is, or that stands before it past up to two
-- adjectives, each in lower case or, outside English, a capitalised
-- one in -e (`de club`, `de Friese club`, `de kleine Spaanse formatie`),
-- else nil
function Analyser.adjectives_after_det(A, t, k)
  local s, L = A.s, A.L
  for d = k, k - 2, -1 do
    if d < 1 then return nil end
    local w = ltok(s, t, d)
    if L.det[w] then return d end
    if is_punct_tok(s, t, d) or L.fw[w] or L.prep[w] then return nil end
    if not (is_lower_at(s, t[2 * d - 1]) and Analyser.adjective_ending(L, w)
            or A.lang ~= "en" and find(w, "e$")) then
      return nil
    end
  end
  return nil
end

local function np_ending(A, t, k, lo, w)
  local s, L, g = A.s, A.L, A.g
  w = w or tok(s, t, k)
  local key = names.lc_memo[w] or lc(w)
  if L.pron[key] then
    return { s = t[2 * k - 1], e = t[2 * k], kind = "pron", text = w, gender = L.pron[key] }
  end
  -- a person's role and how many children they have is that role, a
  -- parent the article spoke of: `the father of three told the BBC`,
  -- `the mother-of-two said` (no of-phrase that makes someone new)
  if count_word(L, key) and k - 2 >= lo and (ltok(s, t, k - 1) == "of" or ltok(s, t, k - 1) == "van") then
    local m = np_ending(A, t, k - 2, lo)
    if m and m.kind == "role" and ONE_PERSON[m.gender] then
      m.e = t[2 * k]
      m.text = sub(s, m.s, m.e - 1)
      return m
    end
  end
  if (find(key, "-of-", 1, true) or find(key, "-van-", 1, true)) and (find(key, "^%a+%-of%-%a+$") or find(key, "^%a+%-van%-%a+$")) then
    local head, count = string.match(key, "^(%a+)%-%a+%-(%a+)$")
    if count_word(L, count) and ONE_PERSON[L.role[head]] then
      local m = np_ending(A, t, k, lo, head)
      if m and m.kind == "role" then
        m.text = sub(s, m.s, t[2 * k] - 1)
        return m
      end
    end
  end
  -- (kind_of's memo read here: most words are in it, and a call costs)
  local kd = g.kind_cache[w] or names.kind_of(w, g)
  -- (a month's name the article writes as a surname: `March said` after
  -- `Todd March`, names.month_surname)
  if kd == "w" and g.month_cap[w] and names.month_surname(s, g, w) then kd = "N" end
  if kd == "N" and k > lo and g.title_rest1[key] then
    local r = title_tail_role(A, t, k, lo, w)
    if r then return r end
  end
  -- (a title's word after a person's honorific is a surname: `Dr
  -- Constable said`, see names.strip_titles)
  if kd == "T" and k > lo and Analyser.honorific_before(A, t, k) then kd = "N" end
  -- (and so after a given name with its capital: `CDA'er Roelof Bisschop
  -- zei`, not the bishop)
  if kd == "T" and k > lo and is_upper_at(s, t[2 * k - 3]) and g.given[ltok(s, t, k - 1)]
     and is_upper_at(w, 1) then
    kd = "N"
  end
  -- an acronym the role list has is a role (`the CEO said`), and so is
  -- where someone is from after a determiner (`De Argentijn zei`: not
  -- before other words, where it is an adjective as often: `Greek Foreign
  -- Minister`)
  -- (demonym: the gender, or false)
  -- (the demonym list asked first: most names are none, and the word
  -- before costs a cut)
  local demonym = kd == "N" and k > lo and L.demonym[key]
  -- (and one of two words, by its last, after a determiner: `The South
  -- African insisted`, no name)
  local demonym2
  if kd == "N" and not demonym and k - 1 > lo then
    local key2 = demonym_of_two(L, s, t, k, key)
    -- (a noun, not an adjective before one: `The South African
    -- government said`)
    local nx = t[2 * k + 1]
    if key2 and L.det[ltok(s, t, k - 2)]
       and not (nx and (is_upper_at(s, nx) or role_of(L, tok(s, t, k + 1)))) then
      demonym, demonym2 = L.demonym[key2], key2
    end
  end
  -- (a Dutch woman of a place, the adjective's form in -se as her noun,
  -- right after a determiner and before the cue: `Een Groningse vertelt
  -- dat`, as `zei de Canadese` after the cue)
  if (kd == "N" or kd == "w" and is_upper_at(w, 1)) and not demonym and L.lang == "nl" and k > lo
     and byte(key, -1) == 101 and L.det[ltok(s, t, k - 1)] and Analyser.female_demonym(L, key)
     and Analyser.woman_of_place(A, t, k) then
    demonym = "f"
  end
  -- and so is a compound whose last part is a person's role noun in
  -- lower case (`de Heerenveen-coach`, `de PSV-trainer`; not `the
  -- Redmond-based company`)
  -- (compound: the role's kind)
  local compound = kd == "N" and not demonym and k > lo and Analyser.compound_person_role(L, w)
  -- (an age or an adjective may stand between: `De 26-jarige Fries`,
  -- `de jonge Amerikaan`)
  if (demonym or compound) and not demonym2 and not L.det[ltok(s, t, k - 1)]
     and not (k - 1 > lo and (find(tok(s, t, k - 1), "^%d+%-%l") or is_lower_at(s, t[2 * k - 3]))
              and L.det[ltok(s, t, k - 2)])
     and not (demonym and Analyser.place_before_demonym(A, t, k, lo)) then
    demonym, compound = false, nil
  end
  if kd == "N" and (demonym or compound or L.role[key] and not L.abbreviated_title[key] and find(w, "^%u%u+$")) then kd = "w" end
  -- German writes every noun with a capital: a role noun after a
  -- determiner is a role, its determiner kept (`ein Sprecher`, `die
  -- Polizei`)
  if kd == "N" and L.lang == "de" and k > lo and L.role[key] and L.det[ltok(s, t, k - 1)] then kd = "w" end
  -- (the language asked first: a call a name costs, and only Dutch has these)
  if kd == "N" and L.lang == "nl" and Analyser.capital_role_after_det(A, t, k, lo, w) then kd = "w" end
  -- (an English office written with capitals after `the`, a person's
  -- role noun its last word and no given name in it, is that role, no
  -- name: `The Emergency Relief Coordinator added`, as `The Police
  -- Commissioner` by its title)
  if kd == "N" and L.lang == "en" and k > lo and ONE_PERSON[L.role[key]] and Analyser.capital_office(A, t, k, lo) then
    kd = "w"
  end
  if kd == "N" then
    local first = names.run_ending(s, t, k, g, w) or k
    -- (a place after a name and the particle that joins a surname only
    -- after a given name, `te`, is where that person is: the name before
    -- it, `Advocaat Peter Plasman te Amsterdam zegt`)
    if first - 2 >= lo and first == k and g.sets.given_particle[ltok(s, t, first - 1)]
       and names.kind(s, t, first - 2, g) == "N" then
      return np_ending(A, t, first - 2, lo)
    end
    -- (a minister's portfolios after van/of open no name: `minister van
    -- Onderwijs Karin Vermeulen`, `minister van Financiën Heinen`)
    local f0 = first
    first = Analyser.past_portfolios(A, t, first, k)
    local m = mention_name(s, t, first, k)
    -- (the whole name after them, however many its parts: person_tail
    -- need not find where it starts)
    if first > f0 then m.past_portfolios = true end
    local tf = names.title_before(s, t, first, g)
    if tf < first then
      m.title = sub(s, t[2 * tf - 1], t[2 * first - 1] - 1)
      m.ts = t[2 * tf - 1]
    end
    -- a role noun right before the name: `topman Mark Zuckerberg`,
    -- `student protester Joshua Wong`
    local rk = tf - 1
    if rk >= lo and not is_punct_tok(s, t, rk) then
      local r = role_of(L, tok(s, t, rk))
      if r then m.role_gender = r end
      -- a body named by its place: the noun is part of the name
      -- (`De rechtbank Amsterdam oordeelde`, not Amsterdam)
      if r == "g" and tf == first and k - first < 3 then Analyser.join_place_body(A, m, t, rk) end
    end
    return m
  end
  local r, head = role_of(L, w)
  if demonym then r, head = demonym, demonym2 or key end
  -- the last word of a role of three words the list has: the phrase is
  -- the role, its head the first word's (`De officier van justitie zei`,
  -- not a body's `justitie`; `the chief of staff said`)
  if k - 2 >= lo then
    local r2, h2 = Analyser.role_phrase(A, t, k)
    if r2 then r, head = r2, h2 end
  end
  -- a share of people is a group (`Bijna een kwart zegt`, `Two-thirds
  -- of respondents said`)
  local share = not r and (L.quantity[key] or L.quantity[key:match("%-(%a+)$") or ""])
  if share then r, head = "g", key end
  -- (is_lower_at of the token's first byte, by its text: an ASCII one
  -- answered here)
  local c1 = byte(w, 1)
  if not r and (c1 >= 97 and c1 <= 122 or c1 >= 128 and is_lower_at(w, 1))
     and not g.stop[key] and not L.adv[key] and not L.prep[key] then
    -- an unknown noun after a determiner: the driver, het bedrijf
    local j = k - 1
    local steps = 0
    while j >= lo and steps < 3 do
      local dk = word_key(s, t, j)
      if not dk then
        -- a plural's possessive owns it as a determiner does: `The
        -- victims' families said` (the apostrophe a token of its own)
        if Analyser.plural_possessive_at(A, t, j, lo) then
          r = (byte(key, -1) == 115 and #key > 3) and "g" or "?"
          head = key
        end
        break
      end
      if (dk == "door" or dk == "by") and steps >= 1 then
        -- a passive's agent: `Door boze tongen wordt beweerd`
        r = (byte(key, -1) == 115 or key:find("en$")) and "g" or "?"
        head = key
        break
      end
      if L.det[dk] or names.possessive(s, t, j) then
        r = (byte(key, -1) == 115 and #key > 3) and "g" or "?"
        head = key
        break
      end
      if L.cue[dk] or L.comp[dk] or L.adv[dk] then break end
      -- (a role noun before it is the phrase's head, and the word its
      -- verb: `that the government cease referring to`)
      if j == k - 1 and role_of(L, tok(s, t, j)) then break end
      -- an English plural right before it makes it a verb: `the stores
      -- fill`, `these problems get` (not `the various officials`)
      if j == k - 1 and A.lang == "en" and #dk > 3 and find(dk, "[^su]s$") then break end
      j = j - 1
      steps = steps + 1
    end
  end
  if not r then return nil end
  -- determiner and adjectives before the head
  local j = k - 1
  local first = k
  local det
  local steps = 0
  while j >= lo and steps < 4 do
    local dk = word_key(s, t, j)
    if not dk then
      -- a plural's possessive, its apostrophe a token of its own, owns
      -- the phrase: `The patients' group said`, `Farmers’ leaders say`
      if Analyser.plural_possessive_at(A, t, j, lo) then
        first = j - 1
        det = "poss"
        if j - 2 >= lo and L.det[ltok(s, t, j - 2)] then first = j - 2 end
        -- (a name's, its run whole: `Tom Jones' lawyer said`, `Anna de
        -- Vries' advocaat zegt`)
        if first == j - 1 and names.kind(s, t, j - 1, g) == "N" then
          local rf = names.run_ending(s, t, j - 1, g)
          if rf and rf >= lo then first = rf end
        end
      end
      break
    end
    if names.possessive(s, t, j) and names.kind(s, t, j, g) == "N" then
      -- `Judge Miller's statement said`, `Trump's lawyers said`; one
      -- adjective may stand between for a thing (`PC World's recent
      -- analysis concluded`)
      if j == k - 1 or (j == k - 2 and r == "x" and is_lower_at(s, t[2 * k - 3])
                        and not role_of(L, tok(s, t, k - 1))) then
        local pm = possessive_subject(A, t, j, k)
        if pm then return pm end
      end
      -- Day's animal foundation
      -- (the owner's whole name, its titles and the article before an
      -- office's: `Boris Johnson’s official spokesman`, `Mr Odinga’s party
      -- agent`, `the Prime Minister’s official spokesman`)
      first = Analyser.possessive_owner_start(A, t, j, lo)
      det = "poss"
      break
    end
    if L.det[dk] then
      first = j
      det = L.det[dk]
      -- (a quantifier after an article: `de andere fracties`, `een
      -- andere buurman`)
      if det == "indef" and j > lo and L.det[ltok(s, t, j - 1)] then
        first = j - 1
        det = L.det[ltok(s, t, j - 1)]
      end
      -- (a share's hedge before it: `Nearly a quarter said`)
      if share and j > lo and L.hedge[ltok(s, t, j - 1)] then first = j - 1 end
      -- `one of the victims`, `one of his family members`, `een van
      -- die slachtoffers`
      -- (`one of the other neighbours`, `een van de andere buurmannen`:
      -- from the article before the quantifier)
      if det ~= "indef" then
        local o = first - 1
        if o >= lo + 1 and (ltok(s, t, o) == "of" or ltok(s, t, o) == "van") then
          local one = ltok(s, t, o - 1)
          if L.sets.one_word[one] then
            first = o - 1
            det = "indef"
            -- (one person of the group)
            if r == "g" then r = "p" end
          end
        end
      end
      break
    end
    -- (but past adverbs that stand between a determiner and an
    -- adjective or age: `De nog net 21-jarige renner`)
    local adv_in = j < k - 1 and adverb(L, dk) and not is_upper_at(s, t[2 * j + 1])
    if adv_in then
      local d = j - 1
      while d >= lo and d > j - 3 and adverb(L, ltok(s, t, d)) do d = d - 1 end
      adv_in = d >= lo and L.det[ltok(s, t, d)] ~= nil
    end
    -- (nor past a subordinating conjunction: `although police said`;
    -- and/or are coordination's, below; a cue's form with a capital inside
    -- a name is the name's: `The United States government claims`)
    if not adv_in and (L.cue[dk] or L.comp[dk] or L.adv[dk] or L.pron[dk] or L.source[dk]
        or L.conj[dk] and dk ~= "and" and dk ~= "or" and dk ~= "en" and dk ~= "of")
       and not (L.cue[dk] and j == k - 1 and j > lo and is_upper_at(s, t[2 * j - 1])
                and names.kind(s, t, j, g) == "N") then
      break
    end
    -- (nor past a preposition of time that opens a clause, before a noun
    -- with no determiner: `stripped of his title after race officials
    -- ruled`; `the statement after the meeting said` keeps its phrase)
    if L.sets.clause_time_prep[dk] and j < k and not L.det[ltok(s, t, j + 1)] then
      first = j + 1
      break
    end
    if names.kind(s, t, j, g) == "N" and j == k - 1 then
      -- Richmond police, Taiwan's Constitutional Court, a Turkish official
      first = j
      local f2 = names.run_ending(s, t, j, g)
      if f2 then first = f2 end
      -- (back through an organisation's own of/for: `A Department of
      -- Health spokesman said`, `A Ministry for Transport official`)
      while first - 2 >= lo and L.org[tok(s, t, first - 2)] and L.sets.org_of[ltok(s, t, first - 1)] do
        first = names.run_ending(s, t, first - 2, g) or first - 2
      end
      -- (and back through `and` to the name before it, the two one
      -- modifier: `Avon and Somerset police said`, `French and German
      -- officials`)
      -- (where the phrase opens: not after a verb's object, `met Jones
      -- and Lagos police said`)
      if first - 2 >= lo and L.sets.clause_and[ltok(s, t, first - 1)] and names.kind(s, t, first - 2, g) == "N"
         and not names.possessive(s, t, first - 2) then
        local f2 = names.run_ending(s, t, first - 2, g) or first - 2
        if f2 <= lo or f2 <= 1 or is_punct_tok(s, t, f2 - 1) or L.det[ltok(s, t, f2 - 1)] or L.prep[ltok(s, t, f2 - 1)] then
          first = f2
        end
      end
      local d = first - 1
      -- (past up to two adjectives before the name: `A senior U.S.
      -- official said`; and a year: `the 2010 British Open champion
      -- said`)
      while d >= lo and d >= first - 2
            and (is_lower_at(s, t[2 * d - 1]) and not L.det[ltok(s, t, d)] and Analyser.plain_modifiers(A, t, d, d)
                 or find(tok(s, t, d), YEAR_TOKEN) and d > lo and L.det[ltok(s, t, d - 1)]) do
        d = d - 1
      end
      if d >= lo and not is_punct_tok(s, t, d) and L.det[ltok(s, t, d)] then
        first = d
        det = L.det[ltok(s, t, d)]
      end
      break
    end
    first = j
    j = j - 1
    steps = steps + 1
  end
  if first < k and not det and names.kind(s, t, first, g) ~= "N" then
    -- adjectives without a determiner: keep only the head, or the words
    -- the role list has with it (`state media`); a share keeps its
    -- number (`zegt zestig procent`, `said 40 percent`)
    -- (all of them after a comma, where the phrase opens a tag: `...,
    -- emergency officials said`, `..., local residents said`)
    if L.role[lc(sub(s, t[2 * k - 3], t[2 * k] - 1))] then
      first = k - 1
    elseif first > 1 and first > lo and tok(s, t, first - 1) == "," and r ~= "x"
           and Analyser.plain_modifiers(A, t, first, k - 1) then
      -- (first kept)
    elseif share and not (L.fw[ltok(s, t, k - 1)] or L.prep[ltok(s, t, k - 1)]) then
      first = k - 1
      if first > lo and L.hedge[ltok(s, t, first - 1)] then first = first - 1 end
    else
      first = k
    end
  end
  -- a document speaks for the role that owns it, as for a name that does
  -- (`The court's summary concluded`: the court)
  if r == "x" and k - 1 >= first and k - 1 <= first + 1 and names.possessive(s, t, k - 1) then
    local ow = tok(s, t, k - 1)
    local cut = names.possessive_len(ow)
    local ro = cut > 0 and role_of(L, sub(ow, 1, -cut - 1))
    if ro and ro ~= "x" and (first == k - 1 or det) then
      local oe = t[2 * k - 2] - cut
      return { s = t[2 * first - 1], e = oe, kind = "role", def = det, head = lc(sub(ow, 1, -cut - 1)),
               gender = ro, text = sub(s, t[2 * first - 1], oe - 1) }
    end
  end
  return { s = t[2 * first - 1], e = t[2 * k], kind = "role", def = det, head = head,
           gender = r, text = sub(s, t[2 * first - 1], t[2 * k] - 1) }
end


-- the name run starting at token k; past a title that follows it, the
-- name after the title (`Greek Foreign Minister George Katrougalos`)
local function name_from(s, t, k, g)
  local n = #t // 2
  local last = names.run_starting(s, t, k, g)
  if not last then return nil end
  -- an owner's titled person is the person: `Labour's Shadow Home
  -- Secretary Yvette Cooper` (not `Google's Android team`)
  if last < n and names.possessive(s, t, last) then
    local e2 = last
    while e2 < n and not is_punct_tok(s, t, e2 + 1) and is_upper_at(s, t[2 * e2 + 1]) do e2 = e2 + 1 end
    local f = e2 > last + 1 and names.run_ending(s, t, e2, g)
    if f and f > last + 1 then return mention_name(s, t, f, e2) end
  end
  local x = last + 1
  local titled = false
  while x <= n and not is_punct_tok(s, t, x) and names.title_like(g, tok(s, t, x)) do
    x = x + 1
    titled = true
    -- (past an abbreviated title's period: `Democratic Gov. Jay
    -- Pritzker put out a video saying`)
    if x < n and t[2 * x - 1] == t[2 * x - 2] and tok(s, t, x) == "." then x = x + 1 end
  end
  if titled and x <= n and names.kind(s, t, x, g) == "N" then
    local l2 = names.run_starting(s, t, x, g)
    if l2 then return mention_name(s, t, x, l2) end
  end
  -- (a capitalised particle that opens it may be the sentence's article,
  -- as the run read back from its end tells: `De Consumentenbond`, `De
  -- ANWB`; not `De Vries`)
  if k < last and names.kind(s, t, k, g) == "A" then
    local f = names.run_ending(s, t, last, g)
    if f and f > k and f <= last then k = f end
  end
  return mention_name(s, t, k, last)
end

-- the name given to a role noun phrase that ends before token k:
-- `The mayor of London, Sadiq Khan,` / `mayor Sadiq Khan` -> its mention
-- (not the region after the place: `the mayor of Bagdad, Florida`;
-- region_words, defined below)
local region_words
local function role_name(A, t, k)
  local s, g = A.s, A.g
  local n = #t // 2
  local x = k
  local lx = x <= n and ltok(s, t, x) or ""
  local place = false
  if lx == "of" or lx == "van" then
    x = x + 1
    while x <= n and not is_punct_tok(s, t, x) and (names.kind(s, t, x, g) ~= "w"
          or ltok(s, t, x) == "the" or ltok(s, t, x) == "de") and x <= k + 5 do
      x = x + 1
    end
    place = x > k + 1 and names.kind(s, t, x - 1, g) == "N"
  end
  -- (past the office's further portfolios, commas and `and` between
  -- them: `the Minister of Finance, Budget, and National Planning, Zainab
  -- Ahmed,`; portfolios.txt)
  if place and x <= n and tok(s, t, x) == "," then
    local y = x + 1
    local seen = false
    while y < n do
      local lw = ltok(s, t, y)
      if g.portfolio[lw] then seen = true
      elseif g.given[lw] or not (tok(s, t, y) == "," or lw == "and" or lw == "en" or is_upper_at(s, t[2 * y - 1]) and seen) then
        break
      end
      y = y + 1
    end
    if seen and y > x + 1 and tok(s, t, y - 1) == "," then x = y - 1 end
  end
  if x <= n and tok(s, t, x) == "," then
    x = x + 1
    local nf = x
    -- (past the name's titles: `zijn advocaat, meester Moons,`, `the
    -- harbour master, Captain Ruth Okafor,`)
    while x < n and names.kind(s, t, x, g) == "T" do
      x = x + 1
      if tok(s, t, x) == "." and x < n then x = x + 1 end
    end
    if x <= n and names.kind(s, t, x, g) == "N" then
      local l2 = names.run_starting(s, t, x, g)
      -- (with the period of a surname's initial: `De verdachte, Ricardo V.,`)
      if l2 then l2 = names.initial_end(s, t, l2) end
      if l2 and (l2 == n or tok(s, t, l2 + 1) == ",") then
        if place and x == nf and region_words(A, t, x, l2) then return nil end
        return mention_name(s, t, x, l2)
      end
    end
  end
  return nil
end

-- does w (a key) open a fronted English participle phrase (`Speaking to
-- reporters,`, `Asked about the plan,`, `Writing on Twitter,`)?
local function fronted_participle(L, w)
  return L.lang == "en" and #w > 4 and (find(w, "ing$") or find(w, "ed$")) ~= nil
end

-- Analyser.acronym_spelled(A, m, p [, lo]): name mention m widened to the
-- name that the acronym in the brackets opening at byte p spells, when
-- that name is written right before them and holds m, starting at m or
-- before it but not before lo (`The charity Action on Smoking and Health
-- (ASH) said`: Action, or Health, is Action on Smoking and Health); else
-- m as it is
function Analyser.acronym_spelled(A, m, p, lo)
  local s = A.s
  local acr = string.match(s, "^%((%u[%u%d]+)%)", p)
  if not acr then return m end
  local full = names.canonical(A.article, acr, A.lang)
  if #full <= #m.text then return m end
  local fe = p
  while fe > m.s and byte(s, fe - 1) == 32 do fe = fe - 1 end
  local fs = fe - #full
  if fs <= m.s and fs >= (lo or m.s) and m.e <= fe and sub(s, fs, fe - 1) == full then
    m.s, m.e, m.text = fs, fe, full
  end
  return m
end

-- Analyser.acronym_after(A, m, b): acronym_spelled with the brackets
-- that open after name mention m, within 80 bytes and before b
function Analyser.acronym_after(A, m, b)
  local p = find(A.s, "(", m.e, true)
  if p and p < m.e + 80 and p < b then return Analyser.acronym_spelled(A, m, p) end
  return m
end

-- Analyser.named_after_role(A, t, x, n) -> the name that a role noun in
-- lower case precedes among tokens t after byte x, right before a finite
-- verb or a cue (`head of operations ... Bob Toomey has`), with no
-- punctuation on the way; nil when none (sixteen tokens at most)
function Analyser.named_after_role(A, t, x, n)
  local s, L, g = A.s, A.L, A.g
  local y = 1
  while y <= n and t[2 * y - 1] < x do y = y + 1 end
  -- (the name right before a verb or a cue is the subject itself: most
  -- are)
  if y > n or not is_lower_at(s, t[2 * y - 1]) then return nil end
  local w1 = ltok(s, t, y)
  if L.verb_word[w1] == true or L.cue[w1] then return nil end
  local role_seen = false
  local last = y + 15 < n and y + 15 or n
  while y <= last do
    if is_punct_tok(s, t, y) then return nil end
    if is_lower_at(s, t[2 * y - 1]) then
      if role_of(L, tok(s, t, y)) then role_seen = true end
      y = y + 1
    elseif role_seen and names.kind(s, t, y, g) == "N" then
      local m = name_from(s, t, y, g)
      if not m then return nil end
      while y <= n and t[2 * y - 1] < m.e do y = y + 1 end
      if y > n then return nil end
      local nw = ltok(s, t, y)
      if L.verb_word[nw] == true or L.cue[nw] then return m end
    else
      y = y + 1
    end
  end
  return nil
end

-- the first noun phrase of s[a, b) (a clause's subject), or nil
-- Analyser.titled_appositive_at(A, t, r, n) -> the person's name between
-- commas after capitalised titles or person's roles that start at token r
-- of t (`Coroner, Dr Brian Farrell,`), else nil
function Analyser.titled_appositive_at(A, t, r, n)
  local s, L, g = A.s, A.L, A.g
  local r0 = r
  while r <= n and is_upper_at(s, t[2 * r - 1])
        and (names.kind(s, t, r, g) == "T" or ONE_PERSON[role_of(L, tok(s, t, r))]) do
    r = r + 1
  end
  if r == r0 or r + 1 > n or tok(s, t, r) ~= "," then return nil end
  local y = r + 1
  while y < n and (names.kind(s, t, y, g) == "T" or title_period(s, t, y, g)) do y = y + 1 end
  if names.kind(s, t, y, g) ~= "N" then return nil end
  local m = name_from(s, t, y, g)
  if m and m.kind == "name" and find(s, "^%s*,", m.e) then return m end
  return nil
end

local function first_np(A, a, b)
  local s, L, g = A.s, A.L, A.g
  -- (past a keyword or place in capitals that opens the paragraph:
  -- `VEENENDAAL De ondernemers ...`)
  a = Analyser.past_kicker(A, a, b)
  -- (and past a dateline's place and its colon: `SINGAPORE: Law Minister
  -- Edwin Tong on Saturday slammed ..., calling it "..."`)
  local dx, de = string.match(s, "^%s*()%u[%a\128-\255]*()", a)
  if de and byte(s, de) == 58 and de < b and Analyser.dateline_at(A, dx, de) then a = de + 1 end
  local t = tokens(s, a, (b < a + 160 and b or a + 160))
  local n = #t // 2
  -- past a fronted phrase that opens with a preposition, or in English
  -- a participle, and ends at a comma (`In a livestream, Sanders shared
  -- ...`, `Writing on social media, he called ...`)
  local k0 = 1
  local w1 = n >= 3 and ltok(s, t, 1)
  -- (any participle before a passive's agent too: `Led by Ms Juliet
  -- Muthumbi, they expressed ...`)
  -- (the phrase may run to sixteen words: `Despite her 6-3, 6-3 loss to
  -- Angelique Kerber in the Wimbledon final, Williams appeared ...,
  -- saying` is Williams's)
  if w1 and (L.prep[w1] or fronted_participle(L, w1) or L.sets.passive_agent[ltok(s, t, 2)] and not L.det[w1]) then
    -- (a comma between two scores or counts is inside it: `6-3, 6-3`;
    -- an auxiliary makes it a clause, no phrase: `Goal-scoring hero Shane
    -- McGeeney was typically modest about his own contribution, ...`)
    -- (a relative clause inside it has its own verb, and a verb's form
    -- right after a determiner or a capitalised word is a noun: `In the
    -- now-deleted Facebook post which was put up on Sunday, Dr Yaacob
    -- attached ..., noting` is Yaacob's)
    local relative_in = false
    for k = 2, (n < 16 and n or 16) do
      local punct = is_punct_tok(s, t, k)
      local lw = not punct and ltok(s, t, k)
      if not relative_in and k > 2 and lw and L.sets.relative[lw] then relative_in = true end
      local vw = not relative_in and lw and L.verb_word[lw]
      if vw and not (L.lang == "en" and (L.det[ltok(s, t, k - 1)] or is_upper_at(s, t[2 * k - 3])) and is_lower_at(s, t[2 * k - 1])
                     and vw ~= true) then
        break
      end
      if punct then
        local score = k < n and tok(s, t, k) == "," and find(tok(s, t, k - 1), "%d$") and find(tok(s, t, k + 1), "^%d")
        if not score then
          if tok(s, t, k) == "," then k0 = k + 1 end
          break
        end
      end
    end
    -- (in Dutch and German, with no comma, the finite verb closes the
    -- fronted phrase and the subject follows it: `Over de verdachten zelf
    -- kon hij nog niets zeggen` is hij's, the phrase's noun no subject)
    if k0 == 1 and L.prep[w1] and A.lang ~= "en" and A.lang ~= nil then
      for k = 2, (n < 9 and n or 9) do
        if is_punct_tok(s, t, k) then return nil end
        if L.verb_word[ltok(s, t, k)] == true then k0 = k + 1 break end
      end
      if k0 == 1 then return nil end
    end
  end
  local last = k0 + 5
  for k = k0, (n < last and n or last) do
    if is_punct_tok(s, t, k) then
      if tok(s, t, k) ~= "," then return nil end
    else
      local w, raw = ltok(s, t, k)
      if L.pron[w] then
        return { s = t[2 * k - 1], e = t[2 * k], kind = "pron", text = raw, gender = L.pron[w] }
      end
      -- (past an auxiliary or modal an English subject's place is passed:
      -- `I will definitely review the plan and called it` has none; in
      -- Dutch and German the subject may follow it, `Dat heeft Wessels
      -- laten weten`)
      if k > k0 and L.lang == "en" and L.verb_word[w] then return nil end
      local kd = not L.number[w] and names.kind_of(raw, g)
      -- (a capitalised adjective before a role noun opens no name:
      -- `Former prime minister John Major`)
      local adjective = false
      -- (an adjective of a capitalised word, a hyphen and a word in lower
      -- case, before words in lower case, opens no name: `Goal-scoring
      -- hero Shane McGeeney was modest`)
      if kd == "N" and k < n and find(raw, "^%u[%l\128-\255]+%-%l[%l\128-\255]+$") and is_lower_at(s, t[2 * k + 1])
         and not is_punct_tok(s, t, k + 1) then
        kd, adjective = "w", true
      end
      -- (not a capitalised article before a demonym, the role below: `De
      -- Spanjaard gaf ... en benadrukte`)
      if (kd == "N" or (kd == "A" and is_upper_at(s, t[2 * k - 1])))
         and not (L.det[w] and k < n and L.demonym[ltok(s, t, k + 1)]) then
        local m = name_from(s, t, k, g)
        -- (lower-case words that are no function words, then the role
        -- and a name after it)
        if m and m.e == t[2 * k] then
          for x = k + 1, (n - 1 < k + 4 and n - 1 or k + 4) do
            -- (fields joined by and/en: `Information and broadcasting
            -- ministry advisor Kanchan Gupta shared ... and said`)
            local joined = x == k + 1 and A.lang == "en" and L.sets.conjunction[ltok(s, t, x)] and is_lower_at(s, t[2 * x + 1])
                           and not L.fw[ltok(s, t, x + 1)]
            if not joined and (is_punct_tok(s, t, x) or not is_lower_at(s, t[2 * x - 1]) or L.fw[ltok(s, t, x)]) then break end
            -- (a compound role's last noun: `Pakistan cricket team captain
            -- Babar Azam`)
            if role_of(L, tok(s, t, x)) and not (is_lower_at(s, t[2 * x + 1]) and role_of(L, tok(s, t, x + 1))) then
              adjective = names.kind(s, t, x + 1, g) == "N"
                -- (or a capitalised word that opens the sentence right
                -- before a role noun: its modifier, `Privacy campaigners
                -- welcomed ... but said`, `Health officials`)
                or x == k + 1 and k == 1 and t[1] == skip_spaces(s, a) and not L.verb_word[ltok(s, t, x)]
              break
            end
          end
        end
        -- (a name in the possessive before words in lower case owns the
        -- phrase, and is no subject: `Britain's third-largest pharmacy
        -- chain, Wellcroft Pharmacy, has ... and says`)
        -- (and so before a person's role written with its capital, a
        -- word in lower case after it: `WA’s Premier has defended ...
        -- saying he is`)
        if m and m.e == t[2 * k] and k < n and names.possessive(s, t, k)
           and (is_lower_at(s, t[2 * k + 1])
                or ONE_PERSON[role_of(L, ltok(s, t, k + 1))] and k + 1 < n and is_lower_at(s, t[2 * k + 3])) then
          adjective = true
          m = nil
        end
        -- (a name the acronym after it spells whole: `Action on Smoking
        -- and Health (ASH) welcomed ... but said`)
        if m and not adjective and m.kind == "name" then m = Analyser.acronym_after(A, m, b) end
        -- (a long role phrase the name opens, then the person's name
        -- right before the verb: `Welsh ambulance Service head of
        -- operations at Cardiff and Vale Health Board Bob Toomey has
        -- apologised ... saying`)
        if m and not adjective then return Analyser.named_after_role(A, t, m.e, n) or m end
      end
      -- (a count opens a group's phrase as a determiner does: `Fifty
      -- former intelligence officials, including ..., signed a letter`)
      if L.det[w] or role_of(L, raw) or adjective or L.number[w] then
        -- det adj* role
        for x = (adjective and k + 1 or k), (n < k + 4 and n or k + 4) do
          if is_punct_tok(s, t, x) then break end
          -- (a demonym right after the determiner is a role too, np_ending's:
          -- `The Spaniard delivered a message ... and stressed`)
          if role_of(L, tok(s, t, x)) or x == k + 1 and L.det[w] and L.demonym[ltok(s, t, x)] then
            -- (the last of role nouns in a row heads them: `A league
            -- spokesman said ..., but warned`)
            while x < n and not is_punct_tok(s, t, x + 1) and is_lower_at(s, t[2 * x + 1])
                  and role_of(L, tok(s, t, x + 1)) do
              x = x + 1
            end
            local nm = role_name(A, t, x + 1)
            if nm then return nm end
            -- (past a title's period: `Mr. Ford made it clear ..., saying`)
            if x + 2 <= n and title_period(s, t, x + 1, g) and names.kind(s, t, x + 2, g) == "N" then
              nm = name_from(s, t, x + 2, g)
              if nm then return nm end
            end
            -- a person's role and their name between commas after it:
            -- `The NBS's director-general, Tom Ashworth, said ... but
            -- warned` (the name)
            -- (and a group's, past the name's article and its acronym:
            -- `One of these groups, the Syrian Democratic Forces (SDF),
            -- opposed ... and said`)
            local rx = role_of(L, tok(s, t, x))
            local nx = x + 2
            if rx == "g" and nx < n and L.det[ltok(s, t, nx)] == "def" then nx = nx + 1 end
            if nx <= n and tok(s, t, x + 1) == "," and (rx == "p" or rx == "m" or rx == "f" or rx == "g")
               and names.kind(s, t, nx, g) == "N" then
              local m = name_from(s, t, nx, g)
              if m and rx == "g" then m = Analyser.acronym_after(A, m, b) end
              if m and (find(s, "^%s*,", m.e) or rx == "g" and find(s, "^%s*%(%u+%)%s*,", m.e)) then return m end
            end
            -- (and so past the person's role's of-phrase, the name opening
            -- with a given name of the list or a title: `The chairman of
            -- water delivery corporation Murray Irrigation, Bruce Simpson,
            -- is also disappointed ..., saying`; not `The mayor of
            -- Mamaroneck, New York, said`)
            if ONE_PERSON[rx] and x + 3 <= n and (ltok(s, t, x + 1) == "of" or ltok(s, t, x + 1) == "at") then
              local y = x + 2
              while y <= n and y <= x + 9 and not is_punct_tok(s, t, y) do y = y + 1 end
              if y < n and tok(s, t, y) == "," then
                local kd1, w1n = names.kind(s, t, y + 1, g)
                if kd1 == "T" or kd1 == "N" and g.given[lc(w1n)] then
                  local m = name_from(s, t, y + 1, g)
                  if m and m.kind == "name" and find(s, "^%s*,", m.e) then return m end
                end
              end
            end
            -- a role noun right before a name is its title: `minister
            -- Hoekstra` (the name)
            if x < n and names.kind(s, t, x + 1, g) == "N" then
              local m = name_from(s, t, x + 1, g)
              -- (a name the acronym after it spells whole: `The charity
              -- Action on Smoking and Health (ASH) welcomed ... but said`)
              if m and m.kind == "name" then m = Analyser.acronym_after(A, m, b) end
              if m then return m end
            end
            return np_ending(A, t, x, k)
          end
          -- (a name in the possessive before a word in lower case owns
          -- the phrase: `The NBS's director`)
          -- (nor a name before words in lower case that end in a role
          -- noun, which it modifies: `The PCS general secretary, Lindsay
          -- Crewe, said ... and warned`)
          local name_heads = names.kind(s, t, x, g) == "N"
          if name_heads then
            -- (past the name's own words: `A UK Government minister has
            -- attacked ..., saying`)
            local last = names.run_starting(s, t, x, g) or x
            for y = last + 1, (n < last + 3 and n or last + 3) do
              if is_punct_tok(s, t, y) or not is_lower_at(s, t[2 * y - 1]) then break end
              if role_of(L, tok(s, t, y)) then name_heads = false break end
            end
          end
          -- (a capitalised title after the name's words, then a person's
          -- name between commas: that person, `The City Coroner, Dr Brian
          -- Farrell, recorded ... but said`)
          if name_heads then
            local nm = Analyser.titled_appositive_at(A, t, (names.run_starting(s, t, x, g) or x) + 1, n)
            if nm then return nm end
          end
          if name_heads
             and not (x < n and names.possessive(s, t, x) and is_lower_at(s, t[2 * x + 1])) then
            local m = name_from(s, t, x, g)
            -- (and the whole name its acronym spells: `The University
            -- and College Union (UCU) called ... and said`)
            if m and m.kind == "name" then m = Analyser.acronym_after(A, m, b) end
            if m then return m end
          end
        end
        return nil
      end
    end
  end
  return nil
end
Analyser.first_np = first_np

-- does token x open an appositive or an adverbial between commas (`, a
-- doctor,`, `, who ...,`, `, of CNN,`, `, one of her sons,`, `, also
-- CIA,`, `, in remarks to UOL,`, `, speaking to reporters,`)?
local function appos_opener(A, t, x)
  local s, L = A.s, A.L
  local first, w = ltok(s, t, x)
  -- (an age alone: `Smith, 54, said`)
  if find(first, "^%d%d?%d?$") then return true end
  -- (an auxiliary the adverbs' list holds, for the subject's search
  -- past it, opens a clause, no appositive: `De regering, met de N-VA op
  -- kop, heeft het karwei onderschat, bekent De Wever`)
  if L.det[first] or L.sets.relative[first] or L.sets.appos[first] or role_of(L, w) or L.prep[first]
     or L.adv[first] and L.verb_word[first] ~= true
     or (L.lang == "en" and (first == "one" or #first > 5 and sub(first, -3) == "ing")) then
    return true
  end
  -- a past participle and its agent: `, chaired by the Danish actor
  -- Henrik Vestergaard,`, `, led by ...,`; and so before any preposition,
  -- whose name is no subject either: `Eavis, pictured with father and
  -- festival founder Michael Eavis, said`
  if L.lang == "en" and #first > 4 and sub(first, -2) == "ed" and x < #t // 2
     and (ltok(s, t, x + 1) == "by" or L.prep[ltok(s, t, x + 1)]) then
    return true
  end
  -- and a Dutch or German one before a preposition: `, verenigd in een
  -- comité,`, `, gevestigd in Delft,` (in -d or -t, with ge- among its
  -- first letters or a prefix that takes none)
  if L.lang ~= "en" and #first > 5 and x < #t // 2 and L.prep[ltok(s, t, x + 1)] and find(first, "[dt]$")
     and (find(sub(first, 1, 5), "ge", 1, true) or find(first, "^ver") or find(first, "^be")
          or find(first, "^ont") or find(first, "^her")) then
    return true
  end
  local n = #t // 2
  -- a name in the possessive before a word in lower case: `, Britain's
  -- chief medical officer,`, `, New York's largest union,`
  local last = names.kind(s, t, x, A.g) == "N" and names.run_starting(s, t, x, A.g)
  if last and last < n and names.possessive(s, t, last) and is_lower_at(s, t[2 * last + 1]) then
    return true
  end
  -- a role noun with up to three words before it that are no function
  -- words or determiners, in lower case after an organisation's name or
  -- acronym, and no name after it: `, retail expert from ...,`, `,
  -- senior economist at ING,`, `, NHS national medical director,`,
  -- `, Labour leader,` (not `, doctoral candidate Maninder Thind,`, which
  -- names the speaker, nor `, and Chairman of ...`)
  local y = x
  if last and last < n and not names.possessive(s, t, last) then y = last + 1 end
  for r = y, (n < y + 3 and n or y + 3) do
    if is_punct_tok(s, t, r) or not is_lower_at(s, t[2 * r - 1]) then return false end
    if r > x and role_of(L, tok(s, t, r)) ~= nil then
      return r == n or names.kind(s, t, r + 1, A.g) ~= "N"
    end
    local lr = ltok(s, t, r)
    if L.fw[lr] or L.det[lr] then return false end
  end
  return false
end

-- Small constant sets of the rules below that are no words of a language,
-- in one table (the main chunk is near Lua's limit of 200 locals); the
-- word sets are per language in rules/<lang>/speech_words.txt, read into
-- L.sets (pluk.speech.lists):
--   sentence_end        the bytes that end a sentence (. ! ?)
--   open_bracket        ( [ {: an editor's bracket before a name
--   one_person          the role genders of one person
--   cue_joiners         the words, by language, that join a second cue
--   aspect_to           English verbs of going on before `to`
--   role_name_lead      the first bytes of a name after a role (set below)
local SETS = {
  -- the dashes that open and close an aside (` - `, ` – `, ` — `)
  dash = { ["-"] = true, ["\226\128\147"] = true, ["\226\128\148"] = true },
  sentence_end = bytes.SENTENCE_END,
  -- the role genders of one person (not a group's, a thing's, unknown)
  one_person = ONE_PERSON,
  open_bracket = { [40] = true, [91] = true, [123] = true },
  -- the words that join a second cue of the same subject (`said ... and
  -- warned that`, `begrijpt naar eigen zeggen ..., maar stelt dat`), by
  -- language (`*`: any), with the spaces around them
  cue_joiners = { en = { " and ", " but " }, nl = { " en ", " maar " }, de = { " und ", " aber " },
                  fr = { " et ", " mais " },
                  ["*"] = { " and ", " but ", " en ", " maar ", " und ", " aber ", " et ", " mais " } },
  -- English verbs of going on before `to` and a cue (`continued to
  -- say`; "on": with `on`, `went on to say`)
  aspect_to = { continued = true, continues = true, continue = true, proceeded = true, proceeds = true,
                went = "on", goes = "on", go = "on" },
}

-- role_phrase(A, t, k [, head]) -> the kind and the head of a role of
-- three words that role_nouns.txt lists so, a role noun, `van`/`of` and a
-- noun (`officier van justitie`, `chief of staff`), whose last word is
-- token k; the head is the key of the first word's role noun as role_of
-- gives it (a compound's tail: `Hoofdofficier van justitie` ->
-- `officier`), given when the caller knows it; nil when no such role ends
-- at k
function Analyser.role_phrase(A, t, k, head)
  local s, L = A.s, A.L
  local w2 = k >= 2 and ltok(s, t, k - 1)
  if not L.sets.complement_openers[w2] then return nil end
  if not head then
    if k < 3 then return nil end
    local _
    _, head = role_of(L, tok(s, t, k - 2))
    if not head then return nil end
  end
  local r = L.role[head .. " " .. w2 .. " " .. ltok(s, t, k)]
  if r then return r, head end
  return nil
end

-- past_inversion_word(A, x, ss) -> where the text before the cue ends
-- (x, space_back's answer before it) once a Dutch or German `zo`/`so`
-- right after a comma or a colon is skipped: `..., zo zegt minister
-- Hoekstra.` reads as `..., zegt minister Hoekstra.`, and `"...": zo vat
-- ploegleider Klaas Lodewyck zijn gevoelens samen` so; else x
local function past_inversion_word(A, x, ss)
  local s = A.s
  if A.lang == "en" or x - 2 <= ss then return x end
  if not A.L.sets.inversion[lc(sub(s, x - 2, x - 1))] then
    -- (and a Dutch `dat` right after a quote's comma, the quote the
    -- verb's object: `"... verschrikkelijk", dat vertelt Saskia
    -- Vandereyken`; speech_words.txt's `inversion_after_quote`)
    local after_quote = A.L.sets.inversion_after_quote
    local w = x - 4 > ss and after_quote and lc(sub(s, x - 3, x - 1))
    if not (w and after_quote[w] and not is_word_at(s, x - 4)) then return x end
    local x2 = space_back(s, x - 3, ss)
    if x2 < x - 3 and x2 > ss and x2 > 2 and char_byte(s, x2 - 1) == 44 and quote_at(A, x2 - 2) then return x2 end
    return x
  end
  local x2 = space_back(s, x - 2, ss)
  local c = x2 < x - 2 and x2 > ss and char_byte(s, x2 - 1)
  if c == 44 or c == 58 then return x2 end
  return x
end


-- the role kinds that speak as people or groups (not `x`, a thing)
local PERSON_ROLE = { m = true, f = true, p = true, g = true }

-- Analyser.body_noun(L, w): is w (lower case) a body's or a place's noun
-- that a name before it modifies (organisation_kinds.txt, or
-- speech_words.txt's `place_noun` or `court_noun`: `Nairobi court`,
-- `Stanley Government hospital`)?
function Analyser.body_noun(L, w)
  return (L.org_kind[w] or L.sets.place_noun[w] or L.sets.court_noun[w]) ~= nil
end

-- Analyser.role_with_place(A, m, t, x): extend person's role mention m,
-- right before the place preposition at token x of t, over that
-- preposition, a determiner and the capitalised name after them (`een
-- man in Schiedam`, `a man in Leeds`, `de ondernemers in de
-- Passage/Corridor`); m unchanged when no name follows
function Analyser.role_with_place(A, m, t, x)
  local s, n = A.s, #t // 2
  if not (SETS.one_person[m.gender] or m.gender == "g") then return end
  local y = x + 1
  if y <= n and A.L.det[ltok(s, t, y)] then y = y + 1 end
  if y > n or names.kind(s, t, y, A.g) ~= "N" then return end
  -- (a news outlet is where the role spoke: `zegt een werknemer in het
  -- NOS Radio 1 Journaal`)
  if A.L.sets.news_outlet[ltok(s, t, y)] then return end
  local last = names.run_starting(s, t, y, A.g) or y
  -- (and a body's or a place's noun in lower case after the name, as
  -- role_complement reads it: `a doctor from Stanley Government hospital
  -- told TNM`)
  local L = A.L
  local nw = last < n and ltok(s, t, last + 1)
  if nw and is_lower_at(s, t[2 * last + 1]) and Analyser.body_noun(L, nw) then
    last = last + 1
  end
  m.e = t[2 * last]
  m.text = sub(s, m.s, m.e - 1)
end

-- the subject that a place preposition at token x of t follows (`Protesters
-- in Hong Kong`, `Researchers from the Georgia Institute of Technology`):
-- the noun phrase ending right before it when that ends in a name or a
-- role noun, or nil
local function subject_before_place(A, t, x)
  local s = A.s
  if not A.L.sets.place_prep[ltok(s, t, x)] or x < 2 or is_punct_tok(s, t, x - 1) then return nil end
  -- (a document's phrase is no body's: `The family's statement on the
  -- death read`)
  local r = role_of(A.L, tok(s, t, x - 1))
  if names.kind(s, t, x - 1, A.g) ~= "N" and (not r or r == "x") then return nil end
  local m = np_ending(A, t, x - 1, 1)
  -- (a passive's agent is no subject: `a review by a research group at
  -- four universities called FurScience`)
  local f = m and token_at(t, x - 1, m.s)
  if f and f > 1 and A.L.sets.passive_agent[ltok(s, t, f - 1)] then return nil end
  -- someone new that an indefinite role brings in is known by the place
  -- too (`Een man in Schiedam zegt`: een man in Schiedam)
  if m and m.kind == "role" and m.def == "indef" then Analyser.role_with_place(A, m, t, x) end
  return m
end

-- Analyser.works_with_name(A, t, x) -> the mention of a person's name
-- of two words or more right before token x of t, a word of
-- speech_words.txt's `name_works_with` before the body the person works
-- for (`Angela Burton with The Stenftenhagel Group said`), or nil
function Analyser.works_with_name(A, t, x)
  local s, g = A.s, A.g
  if not A.L.sets.name_works_with[ltok(s, t, x)] or x < 3 or names.kind(s, t, x - 1, g) ~= "N" then return nil end
  local f = names.run_ending(s, t, x - 1, g)
  local pm = f and f < x - 1 and mention_name(s, t, f, x - 1)
  if pm and looks_personal(A, pm.text, pm.text) then return pm end
  return nil
end

-- subject before the cue at [a, b) within sentence start ss
-- names joined by `and`/`en` (and commas before) that end at the name
-- mention m, token first_k of t its first: one mention of them all,
-- m.coord the names and m.seps what stands between them as written
-- (`Smith and Jones said`, `Mildred Clark, Verginia en Alliston van Dans
-- zeggen`); an organisation whose name holds `and` is one name (`the
-- Centers for Disease Control and Prevention said`); none after a
-- preposition (`talks between Israel and Hamas`); else m
local function coordinated_names(A, t, first_k, m)
  local s, L, g = A.s, A.L, A.g
  local sets = L.sets
  -- (firsts: where each name starts, its titles included; the text kept
  -- is the name's without them: `President Trump and Vice President Mike
  -- Pence`)
  local f = names.title_before(s, t, first_k, g)
  -- (and past a person's role before the name, its fields in lower case,
  -- an of and a body's acronym: `RCN general secretary Dame Donna Kinnair
  -- and RCN chair of council Dee Sissons called`)
  if f >= 3 and not sets.conjunction[ltok(s, t, f - 1)] and is_lower_at(s, t[2 * f - 3]) then
    local y, role = f - 1, false
    while y >= 2 and y > f - 7 and not is_punct_tok(s, t, y) and not sets.conjunction[ltok(s, t, y)] do
      local wy = ltok(s, t, y)
      if not (wy == "of" or is_lower_at(s, t[2 * y - 1]) and not (L.fw[wy] or L.verb_word[wy] or L.det[wy] or L.prep[wy])
              or names.is_acronym(tok(s, t, y))) then
        break
      end
      if SETS.one_person[role_of(L, tok(s, t, y))] then role = true end
      y = y - 1
    end
    -- (not a second role of one person, a role's word or a title before
    -- the and: `North Belfast SDLP MLA and lawyer Alban Maginness said`)
    if role and y >= 3 and sets.conjunction[ltok(s, t, y)] and not role_of(L, tok(s, t, y - 1))
       and names.kind(s, t, y - 1, g) ~= "T" then
      f = y + 1
    end
  end
  -- (a conjunction that opens the tokens has no name before it)
  if f < 3 or not sets.conjunction[ltok(s, t, f - 1)] then return m end
  local parts, firsts = { m.text }, { f }
  local k = f - 2
  while #parts < 5 do
    f = names.run_ending(s, t, k, g)
    if not f then break end
    -- (a minister's portfolios are no names: `Minister Wouter van Dijk van
    -- Landbouw, Visserij en Natuur`)
    if f == k and g.portfolio and g.portfolio[ltok(s, t, k)] then
      -- (the person is the name before their `van`)
      local j = Analyser.portfolios_back(A, t, k, 0)
      local pf = j >= 2 and (ltok(s, t, j) == "van" or ltok(s, t, j) == "voor") and names.run_ending(s, t, j - 1, g)
      if pf then
        local c = mention_name(s, t, pf, j - 1)
        c.how = m.how
        return c
      end
      -- (a ministry's name with its portfolios is one role: `het
      -- ministerie van Volksgezondheid, Welzijn en Sport zegt`; and so a
      -- person's role before the body its portfolios name: `The acting
      -- director of Immigration and Customs Enforcement told`, as `The
      -- acting director of Immigration told`)
      local ministry = j >= 2 and ltok(s, t, j) == "van" and sets.ministry[ltok(s, t, j - 1)]
      if ministry or j >= 2 and sets.complement_of[ltok(s, t, j)] then
        local r = np_ending(A, t, j - 1, 1)
        if r and r.kind == "role" and (ministry or SETS.one_person[r.gender]) then
          r.e, r.text, r.how = m.e, sub(s, r.s, m.e - 1), m.how
          return r
        end
      end
      return m
    end
    -- (a role's word alone with its capital is no name: `Kandidaat-
    -- burgemeester en vicepremier Kris Peeters noemde` is one person with
    -- two roles)
    -- (not a surname a role spells that the article writes after a
    -- given name: `King and Smith said` after `Stephen King`)
    if f == k and Analyser.role_word_alone(A, tok(s, t, k)) then return m end
    -- an organisation's name goes on through its `for`/`on`
    if f >= 3 and sets.org_join[ltok(s, t, f - 1)] and L.org[tok(s, t, f - 2)] then
      f = names.run_ending(s, t, f - 2, g) or f - 2
    end
    table.insert(parts, 1, mention_name(s, t, f, k).text)
    f = names.title_before(s, t, f, g)
    table.insert(firsts, 1, f)
    if f >= 3 and tok(s, t, f - 1) == "," then k = f - 2 else break end
  end
  if #parts < 2 then return m end
  f = firsts[1]
  if f > 1 and L.prep[ltok(s, t, f - 1)] then return m end
  -- (one place's name before the words of a seat or a region and its
  -- member's title is no second person: `Bridgwater and West Somerset MP
  -- Ian Liddell-Grainger said`; the first part one word, no given name
  -- nor the surname of a name the article gives in full, the second a
  -- title after its first word, then a name)
  if #parts == 2 and not find(parts[1], " ", 1, true) and not Analyser.lone_given(A, parts[1])
     and not Analyser.given_in_full(A, parts[1]) then
    local words = names.run_words(parts[2])
    for i = 2, #words - 1 do
      if names.title_like(g, words[i]) and is_upper_at(words[i + 1], 1) then return m end
    end
  end
  local seps = {}
  for i = 2, #firsts do
    -- (the text between part i - 1's last token and part i's first,
    -- titles included: ` and `, `, `)
    seps[i - 1] = sub(s, t[2 * (firsts[i] - 2)], t[2 * firsts[i] - 1] - 1)
  end
  local c = mention_name(s, t, f, first_k)
  c.e, c.text = m.e, sub(s, t[2 * f - 1], m.e - 1)
  c.coord, c.seps = parts, seps
  return c
end

-- Analyser.body_compound(L, w): is lower-case word w a compound that ends
-- in a body's kind noun (speech_words.txt's `body_tail`:
-- `hulpverleningszone`, `brandweerkorps`)?
function Analyser.body_compound(L, w)
  local tails = L.sets.body_tail
  for i = 1, #w - 3 do
    if tails[sub(w, i)] then return true end
  end
  return false
end

-- Analyser.verb_token_between(A, t, a, b): is one of tokens a .. b of t a verb
-- in lower case, an auxiliary, a verb of the closed words or an English
-- word in -ed?
function Analyser.verb_token_between(A, t, a, b)
  local s, L = A.s, A.L
  for k = a, b do
    if is_lower_at(s, t[2 * k - 1]) then
      local w = ltok(s, t, k)
      if L.verb_word[w] or L.closed_verb[w] or A.lang == "en" and sub(w, -2) == "ed" then return true end
    end
  end
  return false
end

-- Analyser.of_phrase_before_verb(A, e, b) -> where the of-phrase that
-- opens at e (a word of complement_of, then words in lower case, its
-- noun's) ends, when s[e, b) is that phrase, perhaps a time phrase a
-- preposition opens, and one verb in lower case last, no verb before it
-- (` of senators on Wednesday afternoon issued `); else nil
Analyser.OF_PHRASE_WORDS = 6
function Analyser.of_phrase_before_verb(A, e, b)
  local s, L = A.s, A.L
  local gap = sub(s, e, b - 1)
  if #gap > 80 or find(gap, "[,;:.\"]") then return nil end
  local of, rest = string.match(gap, "^ (%l+) (.-) %l+ $")
  if not (of and L.sets.complement_of[of]) then return nil end
  local ce, inside, n = nil, true, 0
  local x = e + #of + 2
  for w, we in string.gmatch(rest, "(%S+)()") do
    local lw = lc(w)
    n = n + 1
    if n > Analyser.OF_PHRASE_WORDS or L.verb_word[lw] or L.closed_verb[lw] or L.cue[lw]
       or A.lang == "en" and find(lw, "%led$") then
      return nil
    end
    if inside and L.prep[lw] and ce then inside = false end
    if inside then ce = x + we - 1 end
  end
  return ce
end

-- role_for(s, role, body) -> the role mention grown to the end of body,
-- the phrase of whom it speaks for or is of: an unnamed speaker is known
-- by the fullest description the text gives (`a spokesman for the
-- ministry`, `een woordvoerster van het ministerie van justitie`)
local function role_for(s, role, body)
  role.e = body.e
  role.text = sub(s, role.s, body.e - 1)
  return role
end

-- capital_role(L, m) -> the role mention of a name mention m that is a
-- role noun written with a capital at a sentence start (`Residents of the
-- town said`, `Sources close to ...`), or nil when no role noun is it
local function capital_role(L, m)
  local gender, head = role_of(L, m.text)
  if not gender then return nil end
  return { s = m.s, e = m.e, kind = "role", head = head, gender = gender, text = m.text }
end

-- the speaker of a person role at token xr of t that speaks for mention m
-- after it (for/to/with/voor/namens, L.sets.speaks_for; m's first token
-- first_k): the role with m's phrase (`A spokesman for the ministry said`,
-- `An adviser to the president said`); the person whose name ends m's
-- name run (`Special Representative for Iran Brian Hook said`,
-- `Ambassador to the United Nations Nikki Haley wrote`); nil when the
-- phrase at xr is no person's role (a role that opens the sentence is
-- read as a name: `Officials with the agency said`)
function Analyser.speaks_for_role(A, t, xr, first_k, m)
  local m3 = np_ending(A, t, xr, 1)
  -- (a role with a determiner is a person of its own, whoever's name
  -- follows: `a spokesman for Secretary of State Leon Marsh said`)
  local tail = m.kind == "name" and not (m3 and m3.kind == "role" and m3.def) and person_tail(A, t, first_k, m.e)
  if tail then
    tail.cut = true
    return tail
  end
  if m3 and m3.kind == "name" then m3 = capital_role(A.L, m3) end
  if m3 and m3.kind == "role" and m3.gender ~= "x" then return role_for(A.s, m3, m) end
  return nil
end

-- a source noun, a qualifier (source_qualifiers.txt) and its phrase, the
-- preposition at token x of t and m the mention after it (`People
-- familiar with the matter said`, `sources close to Trump`): the role
-- mention of the whole phrase, or nil
local function qualified_source(A, t, x, m)
  local s, L = A.s, A.L
  if x < 3 then return nil end
  local q = L.qualifier[ltok(s, t, x - 1)]
  -- (the source noun's token: before the adjective; before `with` and a
  -- noun marked `with`, perhaps after an adjective: `people with
  -- knowledge of the talks`, `sources with direct knowledge of ...`)
  local head = x - 2
  if q == "with" then
    if x >= 5 and not L.prep[ltok(s, t, head)] then head = head - 1 end
    if head < 2 or not L.prep[ltok(s, t, head)] then return nil end
    head = head - 1
  elseif q ~= true then
    return nil
  end
  local lw, w = ltok(s, t, head)
  local role
  if PERSON_ROLE[role_of(L, w)] then
    role = np_ending(A, t, head, 1)
  elseif L.qualifier[lw] == "noun" then
    -- (a noun that names a source only so, after one determiner at most:
    -- `the people familiar with ...`)
    local f = head
    if f > 1 and L.det[ltok(s, t, f - 1)] then f = f - 1 end
    role = { s = t[2 * f - 1], e = t[2 * head], kind = "role", head = lw, gender = "g" }
  else
    return nil
  end
  if role and role.kind == "name" then role = capital_role(L, role) end
  return role and role.kind == "role" and role_for(s, role, m) or nil
end

-- is token x of t a source_agents.txt word (`from`, `by`, `van`) after a
-- document (a role noun of kind `x`: a statement, een verklaring)? Then
-- the phrase after x names who made it, and speaks through it. (np: the
-- noun phrase ending at x - 1, when the caller has read it)
local function made_document(A, t, x, np)
  if x < 2 or not A.L.agent[ltok(A.s, t, x)] then return false end
  np = np or np_ending(A, t, x - 1, 1)
  return np ~= nil and np.kind == "role" and np.gender == "x"
end

-- party_label(s, t, k) -> the comma token before a party and state label
-- that ends at token k of t (`, R-Texas`, `, D-N.Y.`: a capital, a hyphen
-- and capitals, periods between), or nil
local function party_label(s, t, k)
  for y = k, (k > 6 and k - 5 or 2), -1 do
    local ty = tok(s, t, y)
    if find(ty, "^%u%-%u") then
      return tok(s, t, y - 1) == "," and y - 1 or nil
    elseif ty ~= "." and not find(ty, "^%u%u?$") then
      return nil
    end
  end
  return nil
end

-- region_words(A, t, f, l) -> do tokens f .. l of t, a name right after
-- a place's name and its comma, read as that place's state, county or
-- country (`of Mamaroneck, New York,`, `from Bagdad, Florida`) rather
-- than a person's name? One word of speech_words.txt's `region_word`
-- that no fuller name in the article holds, or two whose first opens a
-- region's name (`region_lead`: `New York`, `South Carolina`); a
-- person's name there stays one (`the head of Hamas, Haniyeh,`, `the
-- finance minister of Indonesia, Sri Mulyani,`); with any_word, any
-- one word (a subject's appositive that names a person before the
-- place: `Jane Roe of Dayton, Ohio, said`, `Ben Jones, 32, of Joeys
-- Lane, Bilbrook, said`)
region_words = function(A, t, f, l, any_word)
  local s, sets = A.s, A.L.sets
  if l == f then
    if any_word then return true end
    local w = tok(s, t, f)
    return sets.region_word[lc(w)] ~= nil and names.canonical(A.article, w, A.lang) == w
  end
  return l == f + 1 and sets.region_lead[ltok(s, t, f)] ~= nil
end

-- Analyser.region_before_cue(A, t, k) -> the last token of a place's
-- name when tokens up to k of t end in that place, its comma and a
-- region's name (region_words) after `of` or a place preposition (`The
-- mayor of Jackson, Mississippi said`, `A resident of Portland, Oregon
-- said`): the region is the place's state, no speaker; else nil
function Analyser.region_before_cue(A, t, k)
  local s, g = A.s, A.g
  -- (a comma one or two tokens before k, by its byte, asked first: most
  -- subjects have none there)
  local c1 = k >= 2 and t[2 * k - 3]
  local c2 = k >= 3 and t[2 * k - 5]
  if not (c1 and byte(s, c1) == 44 or c2 and byte(s, c2) == 44) then return nil end
  if names.kind(s, t, k, g) ~= "N" then return nil end
  local f = names.run_ending(s, t, k, g) or k
  if f < 4 or tok(s, t, f - 1) ~= "," or not region_words(A, t, f, k) or names.kind(s, t, f - 2, g) ~= "N" then
    return nil
  end
  local p = names.run_ending(s, t, f - 2, g) or f - 2
  local pp = p >= 3 and ltok(s, t, p - 1)
  if pp ~= "of" and not A.L.sets.place_prep[pp] then return nil end
  -- (the place's phrase ends a subject: a role or a name before the
  -- preposition, no comma and no opening preposition or participle
  -- before it in the sentence; not a fronted phrase, `At the summit in
  -- Brussels, France said`, `Speaking in Tbilisi, Georgia said`)
  local r = role_of(A.L, tok(s, t, p - 2))
  if not (r and r ~= "x" or names.kind(s, t, p - 2, g) == "N") then return nil end
  -- (the sentence read from its start, or from the end of a quote
  -- before the subject: `"...," the mayor of Jackson, Mississippi said`)
  local at = t[2 * p - 3]
  local from = sentence_of(A, at)
  local qk = quotes_closed_by(A, at)
  if qk > 0 and A.qb[qk] > from and A.qb[qk] <= at then from = A.qb[qk] end
  local head = sub(s, from, at - 1)
  if find(head, ",", 1, true) then return nil end
  local w1 = string.match(head, "^%s*([%a]+)")
  if w1 and (A.L.prep[lc(w1)] or find(w1, "ing$")) then return nil end
  return f - 2
end

-- Analyser.comma_split_subject(A, t, k, ss, a): the name that opens
-- sentence ss and fills its tokens before the comma k, right before the
-- cue at a, as the cue's subject, or nil (`Chief executive Alwen
-- Williams, said: "..."`: a comma that local copy puts between a
-- subject and its verb; the titles and role nouns before the name
-- passed; not when a capitalised word follows the cue, which is then its
-- subject: `..., said Smith`)
function Analyser.comma_split_subject(A, t, k, ss, a)
  local s, g = A.s, A.g
  if k < 2 or t[1] ~= skip_spaces(s, ss) or find(s, "^%S+%s+%u", a) then return nil end
  local f = 1
  while f < k - 1 and (names.kind(s, t, f, g) == "T" or role_of(A.L, tok(s, t, f))) do f = f + 1 end
  if names.kind(s, t, f, g) ~= "N" or names.run_starting(s, t, f, g) ~= k - 1 then return nil end
  local m = mention_name(s, t, f, k - 1)
  m.how = "before"
  return m
end

-- Analyser.participle_clause(A, t, j, ss): do tokens 1 to j - 1 of t,
-- before the comma j, open sentence ss with an English participle and a
-- name (`Addressing Liddle, the judge said`; names.participle_word), a
-- clause whose subject follows the comma, not a name in apposition?
function Analyser.participle_clause(A, t, j, ss)
  local s = A.s
  if A.lang ~= "en" or j < 3 or t[1] ~= skip_spaces(s, ss) then return false end
  if not names.participle_word(tok(s, t, 1), A.g) then return false end
  for y = 2, j - 1 do
    if not is_upper_at(s, t[2 * y - 1]) then return false end
  end
  return true
end

-- Analyser.appositive(m) -> name mention m marked as the speaker an
-- appositive before the cue gives (`Hugh Hill, a doctor, said`)
function Analyser.appositive(m)
  m.how = "before"
  m.appos = true
  return m
end

-- Analyser.lone_opener(A, m, ss) -> is mention m one word that opens the
-- sentence at ss and stands nowhere else in the article (a capitalised
-- adverb or participle, not a name the article has: `Desgevraagd zei
-- Kamp`)?
function Analyser.lone_opener(A, m, ss)
  if m.kind ~= "name" or m.s ~= ss or find(m.text, "[%s%-]") then return false end
  local s = A.s
  local at = find(s, m.text, A.first, true)
  while at do
    if at ~= m.s then return false end
    at = find(s, m.text, at + 1, true)
  end
  return true
end

-- Analyser.as_clause(A, a): does the cue at a stand in a clause of
-- comparison (speech_words.txt's `comparison_clause`: `As I said
-- earlier, ...`, `Like I mentioned before,`, `zoals hij eerder zei,`),
-- which reports nothing after its comma?
function Analyser.as_clause(A, a)
  local ss = sentence_of(A, a)
  local lo = a - 40 > ss and a - 40 or ss
  local t = tokens(A.s, lo, a)
  local set = A.L.sets.comparison_clause
  for k = #t // 2, 1, -1 do
    local w = ltok(A.s, t, k)
    if set[w] then return true end
    if is_punct_tok(A.s, t, k) then return false end
  end
  return false
end

-- Analyser.finite_clause(A, a, b): do the words from a on hold a finite
-- verb (an auxiliary, a modal or a verb form of closed_words.txt) within
-- seven words, before any punctuation, no gerund first (`the fatalities
-- were all unvaccinated`, `the high energy of the storm is ...`; not
-- `calling it ...`, `a choice leaving her helpless`)?
function Analyser.finite_clause(A, a, b)
  local s, L = A.s, A.L
  local t = tokens(s, a, b)
  local n = #t // 2
  for k = 1, (n < 7 and n or 7) do
    if is_punct_tok(s, t, k) then return false end
    local w = ltok(s, t, k)
    if k == 1 and A.lang == "en" and #w > 5 and sub(w, -3) == "ing" then return false end
    if L.verb_word[w] or L.sets.clause_verb[w] then return true end
  end
  return false
end

-- Analyser.listed_subject_clause(A, t, j, k): do tokens j + 1 .. k - 1
-- of t, after a comma, open with a determiner and hold `and` and then a
-- verb of the lists, no relative word or punctuation between: the last
-- items of a list that is its clause's subject, no appositive (`A hiker,
-- a law enforcement officer and a biology graduate student all saw the
-- bear ..., said Chris Morgan`), which finite_clause's first seven
-- tokens miss
function Analyser.listed_subject_clause(A, t, j, k)
  local s, L = A.s, A.L
  if not L.det[ltok(s, t, j + 1)] then return false end
  local coord = false
  for y = j + 2, k - 1 do
    if is_punct_tok(s, t, y) then return false end
    local w = ltok(s, t, y)
    if L.sets.relative[w] then return false end
    if L.sets.coord[w] then
      coord = true
    elseif coord and L.verb_word[w] == true then
      return true
    end
  end
  return false
end

-- Analyser.spelled_org(A, m) -> a name mention for role phrase m when it
-- is an organisation's name with words in lower case, after its
-- determiner, that the acronym in brackets after it spells (`Het Centraal
-- Orgaan opvang asielzoekers (COA)`: C, O, a; the name's particles
-- passed, `Raad voor de rechtspraak (Rvdr)`); nil otherwise
function Analyser.spelled_org(A, m)
  local s = A.s
  local acr = string.match(s, "^ %((%u%a+)%)", m.e)
  if not acr then return nil end
  local t = tokens(s, m.s, m.e)
  local n = #t // 2
  if n < 3 or not A.L.det[ltok(s, t, 1)] or not is_upper_at(s, t[3]) then return nil end
  local initials = {}
  for k = 2, n do
    if is_punct_tok(s, t, k) then return nil end
    if not A.g.particles[ltok(s, t, k)] then initials[#initials + 1] = sub(s, t[2 * k - 1], t[2 * k - 1]) end
  end
  -- (its letters the initials in order, from the first word's, some
  -- words passed: `opvang` of COA)
  local ini, la = lc(table.concat(initials)), lc(acr)
  if byte(ini, 1) ~= byte(la, 1) then return nil end
  local j = 1
  for k = 1, #ini do
    if byte(ini, k) == byte(la, j) then j = j + 1 end
  end
  if j <= #la then return nil end
  local nm = mention_name(s, t, 2, n)
  nm.how = m.how
  return nm
end

-- Analyser.unclosed_appositive(A, m, ss) -> the name that opens the
-- sentence at ss when role phrase m, the cue's subject, is its appositive
-- whose closing comma is missing (`John Smith, a spokesman for the
-- company said`: the name speaks, the phrase only says who he is); nil
-- otherwise. Only a name of at most six tokens that the sentence opens
-- with, then `, ` and the phrase: `In Washington, officials said` and
-- `After meeting Smith, a spokesman said` keep their phrase.
function Analyser.unclosed_appositive(A, m, ss, a)
  local s = A.s
  local ms = m.s
  -- (or opens the tag after a quote that opens the sentence: `"...,"
  -- Angie Hume, a teacher said.`)
  -- (the first quote that opens at or after ss: a binary search)
  local qa, qb = A.qa, A.qb
  local i = floor_index(qa, ss - 1) + 1
  if qa[i] and qb[i] < ms and qa[i] <= skip_spaces(s, ss) + 3 then
    local y = skip_spaces(s, qb[i])
    if y < ms then ss = y end
  end
  -- (a capitalised role noun or title alone reads as a name: as a role
  -- here, `Fr Seamus Enright, Rector of the religious order in Limerick
  -- said`)
  local lone_title = m.kind == "name" and not find(m.text, " ", 1, true) and role_of(A.L, m.text)
  -- (and so a capitalised office whose last word is a title or a
  -- person's role, right after the comma: `António Guterres, United
  -- Nations Secretary-General said`)
  -- (its definite article between: `Jan Smit, the UN Secretary-General
  -- said`)
  local office = false
  if m.kind == "name" and not lone_title then
    local oms = ms
    local dw = string.match(sub(s, (ms - 5 > ss and ms - 5 or ss), ms - 1), "(%l+) $")
    if dw and A.L.det[dw] == "def" then oms = ms - #dw - 1 end
    if byte(s, oms - 2) == 44 and byte(s, oms - 1) == 32 then
      local lw = lc(string.match(m.text, "([^%s]+)$"))
      office = A.g.titles[lw] ~= nil or SETS.one_person[role_of(A.L, lw)] ~= nil
      if office then ms = oms end
    end
  end
  if m.kind == "name" and ms - 2 > ss and not lone_title and not office then
    -- (a name that opens with its role's van/of, the role noun right
    -- before it: `Hans-Peter Baars, voorzitter van de Westfriese
    -- Bedrijven Groep zegt`)
    local pw = string.match(m.text, "^(%l+)%s")
    local head = sub(s, (ms - 60 > ss and ms - 60 or ss), ms - 1)
    if pw and A.L.sets.complement_openers[pw] then
      local _, _, rw = find(head, "([%a\128-\255%-]+)%s+$")
      if not (rw and is_lower_at(rw, 1) and SETS.one_person[role_of(A.L, rw)]) then return nil end
      ms = ms - 1
      while ms > ss and byte(s, ms - 1) == 32 do ms = ms - 1 end
      ms = ms - #rw
    else
      -- (or a title in either case, of/van and a body's capitalised name
      -- up to the cue at a, which the subject search cut at a word of
      -- it: `Erwin Chemerinsky, Dean of UC Berkeley School of Law said`
      -- gave `Dean` or `Law`)
      local c = a and find(s, ", ", ss, true)
      if not c or c + 2 > ms or m.e > a then return nil end
      local _, _, rw, ow, body = find(sub(s, c + 2, a - 1), "^([%a\128-\255%-]+) (%l+) (.-)%s*$")
      if not (rw and A.L.sets.complement_openers[ow] and body ~= "") then return nil end
      if not (is_upper_at(rw, 1) or SETS.one_person[role_of(A.L, rw)]) then return nil end
      for w in string.gmatch(body, "%S+") do
        if not (is_upper_at(w, 1) or A.L.sets.title_joiner[w]) then return nil end
      end
      ms = c + 2
    end
  elseif m.kind ~= "role" and not lone_title and not office then
    return nil
  elseif m.kind == "role" and ms - 2 > ss and byte(s, ms - 2) ~= 44 then
    -- (past the role's modifiers and its owner's possessive back to the
    -- comma: `Karine Jean-Pierre, outgoing Biden administration’s press
    -- secretary stated`; words of a phrase only, no verb or function
    -- word)
    local lo = ms - 60 > ss and ms - 60 or ss
    local head = sub(s, lo, ms - 1)
    local c = string.match(head, "^.*(), ")
    if c then
      local between = sub(head, c + 2)
      local ok = between ~= "" and not find(between, "[,;:%.\"]")
      for w in string.gmatch(between, "[%a\128-\255'%-]+") do
        local lw = lc((w:gsub("['\226\128\153]s$", "")))
        -- (an article may open it: `Nkosazana Dlamini-Zuma, the African
        -- Union Commission outgoing chairperson said`)
        if is_lower_at(w, 1) and (A.L.fw[lw] or A.L.verb_word[lw] or A.L.prep[lw] or A.L.comp[lw] or A.L.pron[lw])
           and not (A.L.det[lw] == "def" and c + 2 + #w <= #head and sub(head, c + 2, c + 1 + #w) == w) then
          ok = false
          break
        end
      end
      if ok then ms = lo + c + 1 end
    end
  end
  if ms - 2 <= ss then return nil end
  local c1, c2 = byte(s, ms - 2, ms - 1)
  if c1 ~= 44 or c2 ~= 32 then return nil end
  local t = tokens(s, ss, ms - 2)
  local n = #t // 2
  if n == 0 or n > 6 or t[1] ~= ss or names.kind(s, t, n, A.g) ~= "N" then return nil end
  -- (not a participle's clause: `Addressing Liddle, the judge said`)
  if Analyser.participle_clause(A, t, n + 1, ss) then return nil end
  -- (its titles before it: `Fr Seamus Enright, Rector of ...`)
  local f = names.run_ending(s, t, n, A.g)
  if not f or f > 1 and names.title_before(s, t, f, A.g) ~= 1 then return nil end
  return Analyser.appositive(mention_name(s, t, f, n))
end

-- Analyser.time_phrase_back(A, t, k, lw) -> the token before a time
-- phrase of English news that ends at token k of t (lw its key), or nil:
-- `on` and a weekday (`on Monday`), an opener and a time noun (`last
-- week`, `this month`, `earlier this year`: the adverb before is one of
-- its own)
function Analyser.time_phrase_back(A, t, k, lw)
  if A.lang ~= "en" or k < 2 then return nil end
  local s = A.s
  if lw == "on" then
    -- (the weekday after it, which the loop passed as an adverb)
    local nx = t[2 * k + 1] and lc(sub(s, t[2 * k + 1], t[2 * k + 2] - 1))
    if nx and A.L.sets.weekday[nx] then return k - 1 end
    return nil
  end
  -- (and a part of the day: `this afternoon described`, `yesterday
  -- morning said`)
  if (A.L.sets.time_noun[lw] or A.L.sets.day_part[lw]) and A.L.sets.time_opener[ltok(s, t, k - 1)] then return k - 2 end
  -- (a length of service after a role, `of` or `for` and a count of a
  -- time noun's plural: `a Kindergarten teacher of 14 years said`)
  if k >= 4 and byte(lw, -1) == 115 and A.L.sets.time_noun[sub(lw, 1, -2)] then
    local nw, pw = ltok(s, t, k - 1), ltok(s, t, k - 2)
    if (find(nw, "^%d+$") or A.L.number[nw]) and (pw == "of" or pw == "for") then return k - 3 end
  end
  return nil
end

-- Analyser.participle_phrase_start(A, t, n) -> the token of a present
-- participle of speaking somewhere (speech_words `aside_participle`) in
-- lower case after a capitalised name's last word
-- or a person's role and before a preposition or determiner, whose phrase
-- of up to six more words in lower case or capitals (no punctuation, no
-- verb, cue or complementizer) runs to token n of t: `Kyriakos Mitsotakis
-- speaking to the Atlantic Council think tank`; else nil
-- (the main chunk is at Lua's 200 locals: the reach is a field)
Analyser.PARTICIPLE_REACH = 7
function Analyser.participle_phrase_start(A, t, n)
  local s, L = A.s, A.L
  local reach = Analyser.PARTICIPLE_REACH
  -- (asked before every English cue: a word is read only where its last
  -- bytes spell `ing`; the words after it are read once one is found)
  for j = n - 1, (n - reach > 2 and n - reach or 2), -1 do
    local ta, tb = t[2 * j - 1], t[2 * j]
    if tb - ta <= 3 and is_punct_tok(s, t, j) then return nil end
    local lw, w
    if tb - ta >= 6 and byte(s, tb - 1) == 103 and byte(s, tb - 2) == 110 and byte(s, tb - 3) == 105 then
      lw, w = ltok(s, t, j)
    end
    if lw and L.sets.aside_participle[lw] and is_lower_at(w, 1) then
      local nx = ltok(s, t, j + 1)
      if not (L.prep[nx] or L.det[nx]) or role_of(L, w) then return nil end
      local pk = names.kind(s, t, j - 1, A.g)
      local pw = tok(s, t, j - 1)
      if pk == "N" and is_upper_at(pw, 1) or SETS.one_person[role_of(L, pw)] then
        for y = j + 1, n do
          if is_punct_tok(s, t, y) then return nil end
          local ly = ltok(s, t, y)
          if L.verb_word[ly] or L.cue[ly] or L.comp[ly] then return nil end
        end
        return j
      end
      return nil
    end
  end
  return nil
end

-- Analyser.aspect_to_back(A, t, k, lw) -> the token before an English
-- verb of going on and its `to` that end at token k of t (lw its key),
-- or nil: `Schwartz went on to say`, `continued to insist` (not `declined
-- to say`, which reports nothing)
function Analyser.aspect_to_back(A, t, k, lw)
  if lw ~= "to" or A.lang ~= "en" or k < 2 then return nil end
  local s = A.s
  local w1 = ltok(s, t, k - 1)
  if SETS.aspect_to[w1] == true then return k - 2 end
  if w1 == "on" and k >= 3 and SETS.aspect_to[ltok(s, t, k - 2)] == "on" then return k - 3 end
  return nil
end

-- role_speaks_for(A, t, x, w): does word key w, token x of t, say whom
-- the person's role at token x - 1 speaks for (speech_words.txt's
-- `speaks_for`: `A spokesman for the ministry`), or, after one person's
-- role, where that person works (`works_at`: `An analyst at Redburn`;
-- not `Police at the scene`)?
local function role_speaks_for(A, t, x, w)
  local sets = A.L.sets
  if x < 2 or not (sets.speaks_for[w] or sets.works_at[w]) then return false end
  local r = role_of(A.L, tok(A.s, t, x - 1))
  return r ~= nil and (sets.speaks_for[w] ~= nil or SETS.one_person[r] ~= nil)
end

-- Analyser.clause_subject_before_coord(A, t, k) -> the name that opens
-- the clause after a comma before the coordinating word at token k of t,
-- when a verb in lower case and up to three more such words follow it
-- there (`, Richardson stood up and`); else nil
function Analyser.clause_subject_before_coord(A, t, k)
  local s, g = A.s, A.g
  local j = k - 1
  local words = 0
  while j >= 2 and words < 4 and not is_punct_tok(s, t, j) and is_lower_at(s, t[2 * j - 1]) do
    words = words + 1
    j = j - 1
  end
  if words == 0 or j < 2 or is_punct_tok(s, t, j) or names.kind(s, t, j, g) ~= "N" then return nil end
  local f = names.run_ending(s, t, j, g) or j
  if f < 2 or tok(s, t, f - 1) ~= "," then return nil end
  -- (the verb: no word of a closed class, `and`, `of`, `the`)
  local v = ltok(s, t, j + 1)
  local L = A.L
  if L.det[v] or L.prep[v] or L.sets.coord[v] or L.comp[v] or L.pron[v] or L.fw[v] and not L.verb_word[v] then
    return nil
  end
  return mention_name(s, t, f, j)
end

-- Analyser.fronted_phrase_name(A, t, x0, first_k, ss): does the
-- preposition at token x0 of t open a phrase of a determiner and words in
-- lower case up to the name at first_k, the phrase opening the sentence
-- from ss, or following an English participle that opens it (`Speaking
-- outside the court John Teggart`)? No punctuation in it.
function Analyser.fronted_phrase_name(A, t, x0, first_k, ss)
  local s, L = A.s, A.L
  if first_k - x0 < 2 or first_k - x0 > 4 then return false end
  for y = x0 + 1, first_k - 1 do
    if is_punct_tok(s, t, y) or not is_lower_at(s, t[2 * y - 1]) then return false end
  end
  local open = skip_spaces(s, ss)
  if t[2 * x0 - 1] == open then return true end
  -- (or after a participle that opens the sentence, and at most three
  -- words of its own)
  if A.lang ~= "en" or x0 < 2 or x0 > 5 then return false end
  local w1 = ltok(s, t, 1)
  if t[1] ~= open or not fronted_participle(L, w1) then return false end
  for y = 2, x0 - 1 do
    if is_punct_tok(s, t, y) then return false end
  end
  return true
end

-- Analyser.after_fronted_phrase(A, t, first_k, m) -> the subject after a
-- preposition that opens the sentence, its phrase with no determiner and
-- no comma (`In 2019 Mo Farah said`, `In May Mo Farah said`, `In London
-- Mo Farah said`), name mention m starting at token first_k, the
-- preposition token 1; or nil. A year or words in lower case between the
-- preposition and the name close the phrase (the name is the subject, a
-- role before it its own); a name run right after the preposition holds
-- the phrase's noun first: it ends at a month's name or before a given
-- name or title (`May | Mo Farah`, `London | Mo Farah`), else nothing
-- tells where, and nil.
function Analyser.after_fronted_phrase(A, t, first_k, m)
  local s, g = A.s, A.g
  if first_k > 5 then return nil end
  -- (a person's role before the name may have capitals of its own after
  -- the year: `In 2019 Olympic champion Mo Farah said`)
  -- (and so a place before a title: `In New York Mayor Eric Adams
  -- said`; a month before the year, `In June 2016 David Cameron said`)
  local role = first_k > 3 and (SETS.one_person[role_of(A.L, tok(s, t, first_k - 1))] or m.title)
  for y = 2, first_k - 1 do
    if is_punct_tok(s, t, y)
       or not (find(tok(s, t, y), "^%d%d%d%d$") or is_lower_at(s, t[2 * y - 1]) or role
               or y == 2 and y < first_k - 1 and g.month_word[ltok(s, t, y)]) then
      return nil
    end
  end
  -- (the name's own clause: no punctuation between it and the cue, `In
  -- late June, the Supreme Court ruled ..., saying`)
  local last = token_ending(t, first_k, m.e)
  for y = last + 1, #t // 2 do
    if is_punct_tok(s, t, y) then return nil end
  end
  if first_k > 2 then return m end
  local j
  if g.month_word[ltok(s, t, first_k)] or g.time_word[ltok(s, t, first_k)] then
    j = first_k + 1
  else
    for y = first_k + 1, last do
      local w = ltok(s, t, y)
      if g.given[w] or names.kind_of(tok(s, t, y), g) == "T" then
        j = y
        break
      end
    end
  end
  if not j or j > last then return nil end
  local m2 = mention_name(s, t, j, last)
  m2.title, m2.ts = m.title, m.ts
  return m2
end

-- Analyser.other_one_opener(A, t, k, ss) -> a role mention of token k
-- of flat token array t when it is a word of speech_words.txt's
-- `other_one` (after an indefinite article, or one itself: `Another`,
-- `Een ander`) or of `one_word` (`One`) that opens the sentence from ss,
-- its noun left out: someone new, known by the words as written; else nil
function Analyser.other_one_opener(A, t, k, ss)
  local m = Analyser.other_one_mention(A, t, k, true)
  if m and m.s == skip_spaces(A.s, ss) then return m end
  return nil
end

-- Analyser.other_one_mention(A, t, k, one_ok) -> the role mention, how
-- "before", of token k of flat token array t as one more of those just
-- named (`other_one` after an indefinite article, or one itself:
-- `another`, `een ander`) or, where one_ok, as one of them (`one_word`
-- alone: `one`), its noun left out; else nil
function Analyser.other_one_mention(A, t, k, one_ok)
  local s, L = A.s, A.L
  local lw = ltok(s, t, k)
  local f = k
  if k > 1 and L.det[ltok(s, t, k - 1)] == "indef" then f = k - 1 end
  if not (L.sets.other_one[lw] and (L.det[lw] == "indef" or f < k) or one_ok and L.sets.one_word[lw] and f == k) then
    return nil
  end
  -- (nor a preposition's object, an adverb's phrase: `wordt onder andere
  -- gezegd`, `among others`)
  if f > 1 and L.prep[ltok(s, t, f - 1)] then return nil end
  return { s = t[2 * f - 1], e = t[2 * k], kind = "role", text = sub(s, t[2 * f - 1], t[2 * k] - 1), head = lw,
           gender = "p", def = "indef", how = "before" }
end

-- Analyser.but_clause_subject(A, a, b) -> the noun phrase, a role or a
-- name, that opens the last clause of s[a, b) a joining word of
-- speech_words.txt's `clause_but` and `the` open, when a verb's form in
-- lower case follows it (the clause's own verb); else nil
function Analyser.but_clause_subject(A, a, b)
  local s, sets = A.s, A.L.sets
  local seg = sub(s, a, b - 1)
  local at
  for p, cw in string.gmatch(seg, "%s(%l+)%s+()the%s+%u") do
    if sets.clause_but[p] then at = a + cw - 1 end
  end
  if not at then return nil end
  -- (the clause's verb right after the capitalised words)
  local y = at + 3
  while find(s, "^%s+%u", y) do y = string.match(s, "^%s+%S+()", y) end
  local v = string.match(s, "^%s+(%l+)", y)
  if not (v and y < b and (A.L.verb_word[v] or A.L.cue[v] or find(v, "..ed$"))) then return nil end
  local t = tokens(s, at, y)
  local n = #t // 2
  local m = n >= 2 and np_ending(A, t, n, 1)
  if not (m and m.s == at and (m.kind == "role" or m.kind == "name")) then return nil end
  return m
end

local function subject_before(A, a, ss, wide)
  local s, L, g = A.s, A.L, A.g
  local sets = L.sets
  local lo = a - A.config.back_window * (wide and 3 or 1)
  if lo < ss then lo = ss end
  -- do not look back past a quote: `"…," he said` starts after it
  local qk = quotes_closed_by(A, a)
  if qk > 0 and A.qb[qk] > lo and A.qb[qk] <= a then lo = A.qb[qk] end
  -- back to white space (ASCII answered here, as in space_end)
  while lo > ss and lo > 1 do
    local c = byte(s, lo - 1)
    if c < 128 then
      if c == 32 or (c >= 9 and c <= 13) then break end
    elseif space_end(s, lo - 1) then
      break
    end
    lo = lo - 1
  end
  local t = text_tokens(s, lo, a - 1, true, true, true)
  local n = #t // 2
  if n == 0 then return nil end
  -- (a name in -s with a possessive's apostrophe right before the cue,
  -- no noun it owns, is the subject, the apostrophe a slip: `but Moyes'
  -- insisted that ...`)
  if A.lang == "en" and n >= 2 and t[2 * n] == a - 1 and byte(s, a - 2) == 39 and byte(s, a - 3) == 115 then
    local w = tok(s, t, n - 1)
    if t[2 * n - 2] == a - 2 and is_upper_at(w, 1) and names.kind(s, t, n - 1, g) == "N" then
      local f = names.run_ending(s, t, n - 1, g) or n - 1
      local m = mention_name(s, t, f, n - 1)
      m.how = "before"
      return m
    end
  end
  -- (the adverb loop below reads word_key's answer without a call a
  -- token where the token marks cover it, the first 64: a set bit is no
  -- word, else lc's memo holds the key of most words; the one loop every
  -- cue runs, where the call cost what the look-up does)
  local marks, lc_memo = t.nonword, names.lc_memo
  -- French inverts a pronoun onto the auxiliary: `« … », a-t-il dit`,
  -- `ont-elles affirmé`
  if A.lang == "fr" then
    local w = tok(s, t, n)
    local _, pe, pron = find(w, "^%a+%-t?%-?(%a+)$")
    if pron and L.pron[lc(pron)] and find(w, "-", 1, true) then
      -- (aux_at: where the auxiliary starts, for the tag's gap after a
      -- quote)
      local ps = t[2 * n] - #pron
      return { s = ps, e = t[2 * n], kind = "pron", text = pron, gender = L.pron[lc(pron)], how = "before",
               aux_at = t[2 * n - 1] }
    end
  end
  -- (an English present participle's phrase, no commas around it,
  -- between the subject and its cue: the subject before it, `Greek prime
  -- minister Kyriakos Mitsotakis speaking to the Atlantic Council think
  -- tank called`)
  if A.lang == "en" and n >= 4 then
    local j = Analyser.participle_phrase_start(A, t, n)
    if j then return subject_before(A, t[2 * j - 1], ss, wide) end
  end
  -- past up to three adverbs (the word and its key kept)
  local k = n
  local skipped = 0
  local w, lw
  -- (word_k: the token the loop found a word, when it kept it: no
  -- punctuation to ask about below while k stays there)
  local word_k
  while k >= 1 do
    if k > 64 then
      lw, w = word_key(s, t, k)
    elseif (marks >> (k - 1)) & 1 == 0 then
      w = sub(s, t[2 * k - 1], t[2 * k] - 1)
      lw = lc_memo[w] or lc(w)
    else
      lw, w = nil, nil
    end
    if not lw or skipped >= 3 then break end
    -- (an adverb with its capital right after a capitalised word is a
    -- name's last word: `Anthony May said`, `Theresa May said`)
    if L.adv[lw] and k > 1 and is_upper_at(w, 1) and is_upper_at(s, t[2 * k - 3])
       and t[2 * k - 1] > skip_spaces(s, ss) and names.kind(s, t, k, g) == "N" then
      break
    end
    -- (an English word in -ly that no role list has, no determiner or
    -- possessive before it, is an adverb too: `someone, seemingly
    -- Honcharuk, audibly says`; not `his family`)
    if not L.adv[lw] and not (A.lang == "en" and #lw > 4 and byte(lw, -1) == 121 and byte(lw, -2) == 108
                              and is_lower_at(w, 1) and not role_of(L, w)
                              and not (k > 1 and L.det[ltok(s, t, k - 1)])) then
      -- a time phrase between the subject and its cue, as American news
      -- writes it: `Trump on Monday said`, `Smith last week said`,
      -- `The ministry earlier this month announced`; or a verb of going
      -- on and its `to`: `Schwartz went on to say`
      -- (asked only for the words that can end one: a hit's word before
      -- it is most often none of them)
      local back = (lw == "on" or lw == "to" or sets.time_noun[lw] or sets.day_part[lw]
                    or byte(lw, -1) == 115 and sets.time_noun[sub(lw, 1, -2)])
                   and (Analyser.time_phrase_back(A, t, k, lw) or Analyser.aspect_to_back(A, t, k, lw))
      if not back then break end
      k = back + 1
    end
    w = nil
    k = k - 1
    skipped = skipped + 1
  end
  if lw and w then word_k = k end
  if k < 1 then return nil end
  -- `the World Health Organization (WHO) said`, `minister van Boxtel
  -- (integratiezaken) er bekend maakte`: the subject stands before a
  -- short parenthesis (words only) right before the cue or its adverbs
  -- (w, when the loop kept it, is a word: no `)`)
  -- (an abbreviation's periods may stand in it: `Sen. Rand Paul
  -- (R-Ky.) said`, `Chuck Schumer (D-N.Y.) called`; and a list's commas:
  -- `Een woordvoerster van Travel Unie (Arke, Holland International) zei`)
  if k >= 3 and not w and tok(s, t, k) == ")" then
    for j = k - 1, (k > 7 and k - 6 or 2), -1 do
      if is_punct_tok(s, t, j) and tok(s, t, j) ~= "." and tok(s, t, j) ~= "," then
        if j < k - 1 and tok(s, t, j) == "(" then
          local m = subject_before(A, t[2 * j - 1], ss, wide)
          -- an acronym in it spells the name, whose first words the
          -- subject may have lost at a lower-case joining word: `The
          -- charity Action on Smoking and Health (ASH) said`
          if m and m.kind == "name" and j == k - 2 then m = Analyser.acronym_spelled(A, m, t[2 * j - 1], ss) end
          return m
        end
        break
      end
    end
  end
  if not w then lw, w = ltok(s, t, k) end
  -- a surname's initial alone that opens the sentence, as Dutch reports
  -- name a suspect, the surname of a full name the article gives: `M.
  -- vertelde woensdag dat ...` after `Robert M.`
  if w == "." and k == 2 and t[1] == skip_spaces(s, ss) and t[2] - t[1] == 1 and is_upper_at(s, t[1])
     and t[3] == t[2] then
    local init = sub(s, t[1], t[4] - 1)
    if Analyser.given_in_full(A, init) then
      return { s = t[1], e = t[4], kind = "name", text = init, how = "before" }
    end
  end
  local appos = false
  -- a Dutch demonstrative that opens the sentence is its subject, and
  -- means what the sentence before named last: `De sluiting raakt de
  -- cliëntenraad. Die zegt dat ...`
  -- one more of those just named, its noun left out, is someone new:
  -- `one resident wrote ... while another said:`, `zegt een ander`
  -- (speech_words.txt's `other_one`; Dutch puts its article before it)
  -- (a verb's form after it, no noun's: not `yet another warning sign`,
  -- `another report`; in English a past or a third person's form)
  local verb_form = (sets.other_one[lw] or sets.one_word[lw]) and string.match(s, "^%a+", a)
  if verb_form then
    verb_form = lc(verb_form)
    if find(verb_form, "ing$") or A.lang == "en" and not (find(verb_form, "[ds]$") or sets.cue_participle[verb_form]
                                                          or L.closed_verb[verb_form]) then
      verb_form = nil
    end
  end
  if verb_form and (not is_upper_at(w, 1) or t[2 * k - 1] == skip_spaces(s, ss)) then
    -- (`one` alone where its clause opens, after the sentence's start or
    -- a quote's closing mark or comma: `"...," one told the BBC`)
    local m1 = Analyser.other_one_mention(A, t, k, k == 1 or is_punct_tok(s, t, k - 1))
    if m1 then return m1 end
  end
  if sets.demonstrative_subject[w] and A.lang == "nl" and t[2 * k - 1] == skip_spaces(s, ss) then
    return { s = t[2 * k - 1], e = t[2 * k], kind = "pron", text = w, gender = "d", how = "before" }
  end
  -- `X cited Article 5 and said`: the subject of the first verb
  -- (not an acronym written as one: `De OR zegt`)
  if sets.coord[lw] and w ~= string.upper(w) then
    -- (the first verb's subject may open the clause after a comma, its
    -- verb and up to three words in lower case after it: `Louise Pryke
    -- said as his nephew was taken down, Richardson stood up and
    -- shouted:`)
    local m = Analyser.clause_subject_before_coord(A, t, k)
    if m then
      m.how, m.after_coord = "before", true
      return m
    end
    -- (the subject of a cue of the first clause, read before its verb:
    -- `DUP Policing Board member Jonathan Craig said he found it ... and
    -- warned`, not the clause's first name)
    -- (a finite verb's: not a gerund's, `It cited the Air Force as
    -- stating ..., and claimed`)
    local k1, k2 = hit_range(A, ss, t[2 * k - 1])
    for kh = k2, k1, -1 do
      local hb = A.hits[kh]
      if not (A.lang == "en" and sub(hb.key or "", -3) == "ing") then
        local sb = analyse_cue(A, hb).subj
        if sb and sb.how == "before" and (sb.kind == "name" or sb.kind == "role") and sb.s >= ss then
          local m2 = borrowed(sb)
          m2.how, m2.after_coord = "before", true
          return m2
        end
        if sb then break end
      end
    end
    -- (in English past a participle's clause that opens the sentence:
    -- `Speaking to a large group of parents ..., Kathy McNicholas was
    -- challenged ..., and added:`)
    -- (and past a subordinate clause that opens it, to its comma: `As
    -- Mr Lyons persisted, Judge Windle thumped the table and told him`)
    local from = ss
    local w1e = A.lang == "en" and string.match(s, "^%s*%u%l+ing()%s", ss)
    local subordinate = false
    if not w1e then
      -- (the subordinator a word of its own: a blank after it)
      w1e = Analyser.fronted_opener_end(A, ss)
      if w1e and not find(s, "^%s", w1e) then w1e = nil end
      subordinate = w1e ~= nil
    end
    if w1e then
      local comma = find(s, ",", w1e, true)
      if comma and comma < t[2 * k - 1] then from = skip_spaces(s, comma + 1) end
    end
    -- (and past a clause of its own before the verbs joined, which `and`
    -- or `but` and a capitalised subject open: `he had offered to make a
    -- statement and Chief Supt Fitzpatrick threw him a sheet of paper,
    -- told him to write and said:` is Fitzpatrick)
    if A.lang == "en" then
      local seg = sub(s, from, t[2 * k - 1] - 1)
      local last
      -- (a word in lower case before `and`: not names joined, `Iain
      -- Stewart and Ben Everitt was`)
      for _, p, cw in string.gmatch(seg, "%f[%w](%l+)()%s(%l+)%s+%u") do
        if sets.clause_and[cw] or sets.clause_but[cw] then last = from + p + #cw + 1 end
      end
      -- (a clause: its verb among the three words in lower case after the
      -- capitalised ones, before a preposition or a comma, a past in -ed or
      -- a verb of the lists, `Clarke threw`, `Jones ran`, `Arsenal scouts
      -- watched`; not `and` inside an object, `played for his school and
      -- Wigan youth teams for ten years, scored ... and said`, review 27)
      if last then
        local y = string.match(s, "^%s*()", last)
        while find(s, "^%u", y) do y = string.match(s, "^%S+%s*()", y) end
        local verb = false
        for _ = 1, 3 do
          local w, ny = string.match(s, "^([%l']+)%s*()", y)
          if not w or L.prep[w] then break end
          if L.closed_verb[w] or L.verb_word[w] or L.cue[w] or find(w, "..ed$") then verb = true break end
          y = ny
        end
        if not verb then last = nil end
      end
      if last then
        local m1 = first_np(A, skip_spaces(s, last), t[2 * k - 1])
        -- (its verb in lower case after it, past the capitalised words of
        -- a name after a title: `Chief Supt Fitzpatrick threw`)
        local y = m1 and m1.e
        while y and find(s, "^%s+%u", y) do y = string.match(s, "^%s+%S+()", y) end
        if m1 and m1.s == skip_spaces(s, last) and (m1.kind == "name" or m1.kind == "role")
           and y and find(s, "^%s+%l", y) and not find(s, "^%s+and%s", y) then
          from = m1.s
        end
      end
    end
    m = first_np(A, from, t[2 * k - 1])
    -- (a capitalised title read as a role before its name is the name's:
    -- `Chief Supt Denis Fitzpatrick threw ... and said:` is named by
    -- `Denis Fitzpatrick`, as a cue right after the name reads it)
    if m and m.kind == "role" and is_upper_at(s, m.s) and not find(m.text, " ", 1, true) and names.title_like(g, m.text) then
      local c = person_mentions(A, m.s, t[2 * k - 1])[1]
      if c and not c.role and c.s > m.s and c.s - m.e <= 12 and is_upper_at(s, c.s) then
        m = { s = c.s, e = c.e, kind = "name", text = c.text }
      end
    end
    -- (a pronoun there means the subordinate clause's subject, as often:
    -- `As Colin Reid left court, he stopped and told reporters` is Reid)
    if m and m.kind == "pron" and subordinate and from > ss then
      m = first_np(A, ss, t[2 * k - 1])
    end
    -- (a name that a conjunction joins to a second name right before
    -- the first verb is one name where that verb's subject reads both:
    -- `Marks and Spencer called ... and said`)
    if m and m.kind == "name" then
      local t2 = tokens(s, m.e, t[2 * k - 1])
      if #t2 >= 6 and sets.coord[ltok(s, t2, 1)] and names.kind(s, t2, 2, g) == "N" then
        local m2 = name_from(s, t2, 2, g)
        -- (not a name that owns what follows: `Baloch and Waseem's
        -- mother, Anwar, wept ... and said`)
        if m2 and names.possessive_len(m2.text) > 0 then m2 = nil end
        local j = 2
        while m2 and t2[2 * j] and t2[2 * j] < m2.e do j = j + 1 end
        -- (the verb: the token after the second name)
        if m2 and t2[2 * j] == m2.e and t2[2 * j + 1] then
          local m3 = subject_before(A, t2[2 * j + 1], ss)
          if m3 and m3.s == m.s and m3.e == m2.e then m = m3 end
        end
      end
    end
    if m then m.how, m.after_coord = "before", true end
    return m
  end
  -- relative clause: `Mark Hay, a marine ecologist, who said`
  local relative = false
  if sets.relative[lw] and not L.pron[lw] and not find(w, "^%u%u") then
    -- (not an acronym: `WHO said`)
    relative = true
    k = k - 1
    if k < 1 then return nil end
    w = tok(s, t, k)
    -- a name right before its comma is what the relative word means, no
    -- appositive, when it opens its phrase or follows a passive's `by`
    -- (`Mark Hay, who said`, `funded by Diabetes UK, which said`; not
    -- `a marine ecologist and professor at GT, who said`)
    -- (and so after a copula whose subject names no one but the person
    -- it is: `The fourth member of the team was Sir Bradley Wiggins, who
    -- said ...: "..."`)
    -- (and so before a dash that opens an aside: `Mr Ó Cuív - who
    -- described himself ... as "..." - said`)
    if SETS.dash[w] and k >= 2 and names.kind(s, t, k - 1, g) == "N" then
      k = k - 1
      w = tok(s, t, k)
    elseif w == "," and k >= 2 and names.kind(s, t, k - 1, g) == "N" then
      local nf = names.run_ending(s, t, k - 1, g) or k - 1
      local f = names.title_before(s, t, nf, g)
      -- (past a person's role in lower case before the name: `She was
      -- supported by dad John Dundas, who added:`)
      if f > 1 and is_lower_at(s, t[2 * f - 3]) and SETS.one_person[role_of(L, tok(s, t, f - 1))] then f = f - 1 end
      -- (an adverb or two between: `was of course Sir Bradley Wiggins`)
      local v = f - 1
      while v > 1 and v >= f - 2 and not sets.copula[ltok(s, t, v)] and is_lower_at(s, t[2 * v - 1])
            and not is_punct_tok(s, t, v) and not L.det[ltok(s, t, v)] do
        v = v - 1
      end
      -- (and so after an English verb in -ed or one the lists know,
      -- whose object the name is: `The latter dismissal frustrated
      -- Ferguson, who added on MUTV: "..."`, not the clause's subject)
      local pv = f >= 2 and A.lang == "en" and is_lower_at(s, t[2 * f - 3]) and ltok(s, t, f - 1)
      local object_of_verb = pv and not (L.prep[pv] or L.det[pv] or sets.coord[pv])
                             and (L.verb_word[pv] or #pv > 4 and sub(pv, -2) == "ed")
      -- (and after a preposition, for a relative word only a person
      -- takes: `a wake-up call for Cheryl Kasper, who said "..."`)
      -- (a person's name, by a given name of the list, past its titles:
      -- not `a professor at Kelso, who said`; `from Chief Constable Gary
      -- Roberts, who tweeted`)
      -- (past a possessive's phrase before the titles: `from the
      -- island’s Chief Constable Gary Roberts, who tweeted`)
      local pf = f - 1
      if pf >= 2 and names.possessive(s, t, pf) then
        pf = pf - 1
        if pf >= 2 and L.det[ltok(s, t, pf)] then pf = pf - 1 end
      end
      local prep_person = pf >= 1 and f >= 2 and is_lower_at(s, t[2 * pf - 1]) and L.prep[ltok(s, t, pf)]
                          and sets.person_relative[lw]
                          and Analyser.given_first(A, sub(s, t[2 * nf - 1], t[2 * (k - 1)] - 1)) ~= nil
      if f == 1 or is_punct_tok(s, t, f - 1) or sets.passive_agent[ltok(s, t, f - 1)] or v >= 1 and sets.copula[ltok(s, t, v)]
         or object_of_verb or prep_person then
        k = k - 1
        w = tok(s, t, k)
      end
    end
  end
  -- a Dutch or German subject that opens the sentence with its relative
  -- clause, closed by the comma before the cue: `Een gedetineerde die al
  -- vier maanden vastzit, vertelt ...` (its first comma)
  if w == "," and not relative and A.lang ~= "en" and A.lang ~= nil then
    local m0 = Analyser.relative_subject(A, ss, t[2 * k - 1])
    if m0 then return m0 end
  end
  -- (an English sentence that opens with a participle's phrase and its
  -- comma, its subject after that comma and a stray comma before the cue:
  -- read past the stray one, `Announcing the problems via Facebook, a
  -- spokesman for the Greenfield Lane surgery, said:` as without it)
  if w == "," and A.lang == "en" and k >= 4 and t[1] == skip_spaces(s, ss)
     and names.participle_word(tok(s, t, 1), g) then
    local j, commas = k - 1, 0
    for y = 2, k - 1 do
      if tok(s, t, y) == "," then commas, j = commas + 1, y end
    end
    -- (the phrase after that comma no relative clause, whose commas
    -- these are: `Speaking outside the court John Teggart, whose father
    -- was one of the victims, welcomed`)
    if commas == 1 and j < k - 2 and not is_punct_tok(s, t, k - 1) and not sets.relative[ltok(s, t, j + 1)]
       and not sets.conjunction[ltok(s, t, j + 1)] then
      k = k - 1
      w = tok(s, t, k)
    end
  end
  -- appositive: `Hugh Hill, a doctor, said`, `Zuckerberg, die ..., zegt`;
  -- two in a row: `Anderson Cooper, of CNN, one of her sons, stated`
  local rounds = 0
  while w == "," and rounds < 2 do
    rounds = rounds + 1
    local j = k - 1
    local lim = k - 40
    while j >= 1 and j > lim do
      -- (`,` `.` `;` `:` are tokens of one byte)
      local ta = t[2 * j - 1]
      if t[2 * j] - ta == 1 then
        local c = byte(s, ta)
        -- (not a decimal comma, `dat 9,8 procent ... bezit,`, nor the
        -- colon of a time, `Bekele, who finished in 2:08:45, said`)
        if c == 44 or c == 58 then
          local d1, d2 = byte(s, ta - 1), byte(s, ta + 1)
          if d1 and d2 and d1 >= 48 and d1 <= 57 and d2 >= 48 and d2 <= 57 then
            c = 0
          elseif c == 44 then
            break
          end
        end
        -- (the period of an abbreviated title is none: `, Dr. Anthony
        -- Fauci,`)
        if (c == 46 and not title_period(s, t, j, g) and not party_label(s, t, j)
            and not names.surname_initial(s, t, j, g)) or c == 59 or c == 58 then
          j = 0 break
        end
      end
      j = j - 1
    end
    -- a list's last items after the comma found (`Treant, met ziekenhuizen
    -- in Emmen, Hoogeveen en Stadskanaal, laat weten`): the appositive
    -- opens at the comma before the list, past items of names
    if j >= 2 and k - j <= 7 then
      local coord = false
      for y = j + 1, k - 1 do
        if sets.coord[ltok(s, t, y)] then coord = true break end
      end
      while coord do
        local z = j - 1
        while z >= 1 and z > lim and not is_punct_tok(s, t, z) do z = z - 1 end
        if z < 1 or z <= lim or tok(s, t, z) ~= "," then break end
        local item = j - z <= 4
        for y = z + 1, j - 1 do
          if names.kind(s, t, y, g) ~= "N" then item = false break end
        end
        j = z
        coord = item
      end
    end
    if j < 1 and not wide and lo > ss then
      -- a long appositive: look further back
      return subject_before(A, a, ss, true)
    end
    if j < 1 and rounds == 1 then
      local m0 = Analyser.comma_split_subject(A, t, k, ss, a)
      if m0 then return m0 end
    end
    -- (a relative clause of who, its opening comma left out and its
    -- closing one written: the subject with its clause, as when neither
    -- comma is written, `One of the traders who identified himself as Bayo
    -- Owosanmi, said`)
    if j < 1 and rounds == 1 and A.lang == "en" then
      local r
      for y = k - 2, (k > 25 and k - 24 or 2), -1 do
        if is_punct_tok(s, t, y) then break end
        if sets.tag_relative[ltok(s, t, y)] and is_lower_at(s, t[2 * y - 1]) then r = y break end
      end
      local mr = r and np_ending(A, t, r - 1, 1)
      if mr and (mr.kind == "role" and SETS.one_person[mr.gender] or mr.kind == "name") then
        return subject_before(A, t[2 * k - 1], ss, wide)
      end
    end
    -- (past the titles that open it: `, Dr. Anthony Fauci,`)
    local nj = j + 1
    if j >= 1 and nj <= k - 1 and names.kind(s, t, nj, g) ~= "N" then
      while nj < k - 1 and (names.kind(s, t, nj, g) == "T" or title_period(s, t, nj, g)) do
        nj = nj + 1
      end
    end
    -- an aside a subordinator opens between the commas, a clause of
    -- when or while, no speaker: the subject stands before it (`Linton
    -- Gordon, while welcoming the judge to the parish, said`)
    if j >= 2 and tok(s, t, j) == "," and j + 1 < k - 1 and sets.fronted_subordinator[ltok(s, t, j + 1)]
       and not sets.relative[ltok(s, t, j + 1)] then
      k = j - 1
      w = tok(s, t, k)
      goto next_round
    end
    -- `Rep. Chip Roy, R-Texas, said`: a party and state label between
    -- the commas, no speaker: the name before it is
    if j >= 2 and party_label(s, t, k - 1) == j then
      k = j - 1
      w = tok(s, t, k)
      goto next_round
    end
    -- an organisation's name between the commas, after a description of
    -- its kind, perhaps with its acronym in brackets and its article
    -- (`Het schoolbestuur, Stichting Openbaar Onderwijs Zwolle (SOOZ),
    -- liet weten`, `The regulator, the Financial Conduct Authority,
    -- said`): the name is the speaker
    if j >= 2 and tok(s, t, j) == "," and not is_punct_tok(s, t, j - 1) then
      local last = k - 1
      if last - 3 > j and tok(s, t, last) == ")" and tok(s, t, last - 2) == "("
         and names.is_acronym(tok(s, t, last - 1)) then
        last = last - 3
      end
      local f = j + 1
      if L.det[ltok(s, t, f)] and f < last then f = f + 1 end
      if (last < k - 1 or f > j + 1) and names.kind(s, t, f, g) == "N"
         and names.run_starting(s, t, f, g) == last and names.kind(s, t, j - 1, g) ~= "N" then
        local m = mention_name(s, t, f, last)
        if is_org_name(A, m.text) then return Analyser.appositive(m) end
      end
    end
    -- (the name may end in its initial's period: `, Marco de G.,`)
    local one_name = j >= 1 and tok(s, t, j) == "," and nj <= k - 1 and names.kind(s, t, nj, g) == "N"
                     and (names.run_starting(s, t, nj, g) == k - 1
                          or names.run_starting(s, t, nj, g) == k - 2 and names.surname_initial(s, t, k - 1, g))
    -- (past its owner in the possessive: `The minister, Labour's Rachel
    -- Reeves, said`)
    if not one_name and j >= 1 and tok(s, t, j) == "," and nj < k - 1 and names.kind(s, t, nj, g) == "N" then
      local pl = names.run_starting(s, t, nj, g)
      if pl and pl < k - 1 and names.possessive(s, t, pl) and names.kind(s, t, pl + 1, g) == "N"
         and names.run_starting(s, t, pl + 1, g) == k - 1 then
        nj = pl + 1
        one_name = true
      end
    end
    -- `Jane Roe of Dayton, Ohio, said`, `Bob Ray, a teacher from Leeds,
    -- England, said`, `The mayor of Mamaroneck, New York, said`: a
    -- region's name between the commas after a place's preposition and
    -- name (region_words) is that place's state or country, no speaker:
    -- read on as if it were not there
    -- (within the appositive that holds the place, when a comma opens one)
    local place = one_name and nj == j + 1 and region_words(A, t, nj, k - 1, true) and j >= 3
                  and names.kind(s, t, j - 1, g) == "N" and names.run_ending(s, t, j - 1, g)
    if place and place >= 3 and (sets.appos[ltok(s, t, place - 1)] or sets.place_prep[ltok(s, t, place - 1)]) then
      local c = place - 2
      while c > 1 and c > place - 40 and not is_punct_tok(s, t, c) do c = c - 1 end
      -- (the appositive's comma may stand before the window)
      if c == 1 and not wide and lo > ss then return subject_before(A, a, ss, true) end
      local f = tok(s, t, c) == "," and names.kind(s, t, place - 2, g) == "N"
                and names.run_ending(s, t, place - 2, g)
      -- (a few words before that name, none a function word: an age, a
      -- role; not `curator at the University of Arkansas, Fayetteville,`)
      local y = f and f > c and f - 1
      while y and y > c and y >= f - 3 and not L.fw[ltok(s, t, y)] do y = y - 1 end
      if y == c then
        -- the appositive is the name with its place: `One of them,
        -- 71-year-old Margaret Hale of Scranton, Pennsylvania, said`
        return Analyser.appositive(mention_name(s, t, f, place - 2))
      elseif rounds < 2 and tok(s, t, c) == "," then
        k = j
      else
        k = j - 1
        w = tok(s, t, k)
      end
      goto next_round
    elseif one_name then
      -- (a person's full name before the first comma, a given name of
      -- the list opening it, and between the commas a name with none, a
      -- party's or a place's: the person, `Cllr Ben Brennan,
      -- Independent, said`, `Mary Lou McDonald, Sinn Féin, said`)
      -- (and so where the name between them ends in a person's role, its
      -- capital and all, a title written after the name: `Stuart
      -- Atkinson, Clyde Coastguard Watch Manager, added`)
      local pf = j >= 3 and names.kind(s, t, j - 1, g) == "N" and (names.run_ending(s, t, j - 1, g) or j - 1)
      if pf and pf < j - 1 and g.given[ltok(s, t, pf)]
         and (not g.given[ltok(s, t, nj)] or k - 2 > nj and SETS.one_person[role_of(L, ltok(s, t, k - 1))]) then
        local f0 = names.title_before(s, t, pf, g)
        if f0 == 1 or is_punct_tok(s, t, f0 - 1) or L.det[ltok(s, t, f0 - 1)] or is_lower_at(s, t[2 * f0 - 3]) then
          return mention_name(s, t, pf, j - 1)
        end
      end
      -- `..., former security official, Avinoam Idan, said`: the name
      -- between the commas
      return Analyser.appositive(mention_name(s, t, nj, k - 1))
    end
    -- `Shapiro's widow, former tennis player Pam Shriver, said`: a role
    -- phrase in lower case that ends in the name between the commas
    -- (or an age: `Een van de slachtoffers, de 86-jarige Gerda Wouters
    -- uit Roosendaal, vertelde`; where the person is from may end it)
    if j >= 1 and tok(s, t, j) == "," and k - 1 > j + 1 then
      local last = k - 1
      -- (and a place's noun in lower case after the place's name, no
      -- function word, verb or role: `, MJ Skhosana from Vezinyawo
      -- settlement,`)
      local pl = last
      local lw = ltok(s, t, last)
      if last - 3 > j and is_lower_at(s, t[2 * last - 1]) and names.kind(s, t, last - 1, g) == "N"
         and not (L.fw[lw] or L.prep[lw] or L.det[lw] or L.verb_word[lw] or L.cue[lw] or role_of(L, lw)) then
        pl = last - 1
      end
      local p0 = names.kind(s, t, pl, g) == "N" and (names.run_ending(s, t, pl, g) or pl)
      -- (`of` too, as news writes where a person is from: `, Dev Patel of
      -- Leeds,`)
      local pp = p0 and ltok(s, t, p0 - 1)
      -- (and an age in brackets after the name, before its place or
      -- the comma: `Zijn kameraad, boerenzoon Gijs Steentjes (17) uit
      -- Westerlee, noemde`)
      local before_place = p0 and p0 - 2 > j and (sets.place_prep[pp] or pp == "of")
                           and Analyser.past_age_bracket(s, t, p0 - 2, j)
      if before_place and names.kind(s, t, before_place, g) == "N" then
        last = before_place
      else
        last = Analyser.past_age_bracket(s, t, last, j)
      end
      local f = names.run_ending(s, t, last, g)
      if f and f == j + 1 and last < k - 1 then
        -- (the name alone, then where it is from: `, Gerda Wouters uit
        -- Roosendaal,`)
        return Analyser.appositive(mention_name(s, t, f, last))
      end
      -- (a person's role: a group's noun before the name makes it the
      -- group's, `a policy analyst at the advocacy group SafeHome,`)
      -- (or up to three plain words in lower case that no list knows as a
      -- group's or a thing's, no function word: `Her neighbour, retired
      -- welder Tom Briggs, said`)
      local pr = f and f > j + 1 and role_of(L, tok(s, t, f - 1))
      if f and f > j + 1 and (SETS.one_person[pr] or find(tok(s, t, f - 1), "^%d+%-%l")
                              or not pr and f - 1 - j <= 3) then
        local plain = true
        for y = j + 1, f - 1 do
          local c0 = byte(s, t[2 * y - 1])
          local ly = ltok(s, t, y)
          -- (not a passive's agent: `The jury, chaired by actor Henrik
          -- Vestergaard, said`)
          -- (nor a relative clause: `One mother, whose daughter attends
          -- Cheswardine Primary School, said` is the mother)
          if not is_lower_at(s, t[2 * y - 1]) and not (c0 >= 48 and c0 <= 57)
             or sets.passive_agent[ly] or sets.relative[ly]
             or not SETS.one_person[pr] and (L.fw[ly] or L.prep[ly] or L.det[ly]) then
            plain = false
            break
          end
        end
        if plain then
          -- (not where a person's full name, a given name of the list
          -- opening it, stands before the first comma and the name after
          -- the role opens with none, a body's or a place's: `Jan Jansen,
          -- woordvoerder Rijkswaterstaat, zegt`, `Ingrid Schäfer-Poels,
          -- politiechef Eenheid Limburg, verduidelijkt` are the person)
          local pf = j >= 3 and names.kind(s, t, j - 1, g) == "N" and (names.run_ending(s, t, j - 1, g) or j - 1)
          if pf and pf < j - 1 and g.given[ltok(s, t, pf)] and not g.given[ltok(s, t, f)] then
            local f0 = names.title_before(s, t, pf, g)
            if f0 == 1 or is_punct_tok(s, t, f0 - 1) or L.det[ltok(s, t, f0 - 1)] or is_lower_at(s, t[2 * f0 - 3]) then
              return mention_name(s, t, pf, j - 1)
            end
          end
          return Analyser.appositive(mention_name(s, t, f, last))
        end
      end
    end
    if j >= 2 and tok(s, t, j) == "," then
      -- (no clause of its own: `A baby, three women and two boys were
      -- among the deceased, said Hobindra Bogati` lists the subject)
      if appos_opener(A, t, j + 1) and not Analyser.participle_clause(A, t, j, ss)
         and (sets.relative[ltok(s, t, j + 1)] or sets.appos[ltok(s, t, j + 1)]
              or not Analyser.finite_clause(A, t[2 * j + 1], t[2 * k - 2])
                 and not Analyser.listed_subject_clause(A, t, j, k)) then
        k = j - 1
        -- (past a party label before it: `Rep. Ann Lee, D-Calif., who
        -- voted no, said`)
        local pl = party_label(s, t, k)
        if pl then k = pl - 1 end
        w = tok(s, t, k)
        appos = true
        -- the phrase before may close an appositive of its own
        -- (past a body's name that lists places before it, commas, joining
        -- words and an acronym in brackets: `Matthew Trainer, chief
        -- executive of Barking, Havering and Redbridge University Hospitals
        -- NHS Trust (BHRUT), which runs the hospital, commented`)
        local k2, listed = k, false
        while k2 > 1 and (names.kind(s, t, k2, g) == "N" or sets.coord[ltok(s, t, k2)] or names.is_acronym(tok(s, t, k2))
                          or tok(s, t, k2) == "(" or tok(s, t, k2) == ")"
                          or tok(s, t, k2) == "," and k2 < k and k2 > 1 and is_upper_at(s, t[2 * k2 - 3])
                             and names.kind(s, t, k2 + 1, g) == "N") do
          if tok(s, t, k2) == "," then listed = true end
          k2 = k2 - 1
        end
        -- (a name that runs to the window's start may be such a list:
        -- the wider window below reads it)
        if not listed and k2 > 1 then k2 = k - 1 end
        local j2 = k2
        while j2 > 1 and j2 > k2 - 8 and not is_punct_tok(s, t, j2) do j2 = j2 - 1 end
        -- (an appositive before it that opens before the window: look
        -- further back)
        if j2 <= 1 and not wide and lo > ss then return subject_before(A, a, ss, true) end
        local o2 = j2 > 1 and ltok(s, t, j2 + 1)
        -- (or a role's phrase after a name: `Dr Rachel Imbert,
        -- editor-in-chief of the journal Cellular Oncology, which published
        -- four of the papers, said`: the relative clause is the journal's)
        -- (or an age alone: `Margaret Ellison, 71, from Leeds, said`)
        if rounds < 2 and j2 > 1 and tok(s, t, j2) == "," and not is_punct_tok(s, t, j2 - 1)
           and (sets.appos[o2] or L.prep[o2] or j2 == k - 1 and find(o2, "^%d%d?%d?$")
                or is_lower_at(s, t[2 * j2 + 1]) and role_of(L, tok(s, t, j2 + 1))
                   and names.kind(s, t, j2 - 1, g) == "N") then
          -- (only a phrase that cannot be the subject itself: `, of CNN,`
          -- -- not `, the United States President Donald Trump,`)
          -- (then the comma that closes it is where the loop looks back
          -- from)
          k = j
          w = ","
        end
      else
        return nil
      end
    else
      return nil
    end
    ::next_round::
  end
  -- a parenthesis before the appositive: as before the cue
  if appos and w == ")" then return subject_before(A, t[2 * k], ss, wide) end
  -- a surname given by its initial ends the subject: `Ricardo V. zei`,
  -- `Marco de G. zei`
  local initial_dot = w == "." and names.surname_initial(s, t, k, g)
  if initial_dot then
    k = k - 1
    w = tok(s, t, k)
  end
  if k ~= word_k and is_punct_tok(s, t, k) then return nil end
  -- (w is token k's text here)
  local m
  -- (a region's name right before the cue is its place's state: the
  -- subject ends at the place, `The mayor of Jackson, Mississippi said`)
  local region_k = A.lang == "en" and Analyser.region_before_cue(A, t, k)
  if region_k then
    k = region_k
    w = tok(s, t, k)
  end
  -- a title that follows a name, a role noun too, ends the name's
  -- mention: `Angus Morrow MP said` (the name; `the local MP` a role)
  -- (one word after a determiner is the seat's place: `the Rockingham
  -- MP claimed` is a role)
  local f = k >= 2 and g.after[lc(w)] and role_of(L, w) and names.kind(s, t, k - 1, g) == "N"
            and (names.run_ending(s, t, k - 1, g) or k - 1)
  -- (a body's number ends its name: `IAM District 751 said`, `UAW
  -- Local 600 said`; two capitalised words before it at least)
  local numbered = not f and k >= 3 and find(w, "^%d+$") and names.kind(s, t, k - 1, g) == "N"
                   and (names.run_ending(s, t, k - 1, g) or k - 1) < k - 1
  if f and not (f == k - 1 and f >= 2 and L.det[ltok(s, t, f - 1)]) then
    m = mention_name(s, t, f, k)
  elseif numbered then
    m = mention_name(s, t, names.run_ending(s, t, k - 1, g), k)
  else
    m = np_ending(A, t, k, 1, w)
    -- (one more of those just named, or one of them, its noun left out,
    -- opening the sentence before an appositive or a relative clause:
    -- `Another, who asked not to be named, said:`)
    if not m and appos then m = Analyser.other_one_opener(A, t, k, ss) end
    -- (a bare role after a person's name and its comma, the appositive's
    -- closing comma left out: the name, `Jens Laerke, UN humanitarian
    -- agency spokesman told reporters`)
    if m and m.kind == "role" and not m.def and SETS.one_person[m.gender] then
      local f = token_at(t, k, m.s)
      local nk = f and f >= 3 and tok(s, t, f - 1) == "," and names.kind(s, t, f - 2, g) == "N"
                 and (names.run_ending(s, t, f - 2, g) or f - 2)
      if nk and nk < f - 2 and g.given[ltok(s, t, nk)] and (nk == 1 or is_punct_tok(s, t, nk - 1)) then
        m = mention_name(s, t, nk, f - 2)
      end
    end
    -- (and so a definite role's phrase after a comma, `also` perhaps
    -- before it, a person's role noun in it and no verb or punctuation up
    -- to the cue, after a person's name that a title or a given name of
    -- the list opens: `Madam Alhassan, also the New Patriotic Party Member
    -- of Parliament for Ayawaso West Wugon said:`)
    -- (asked only of a name that a word in lower case stands right
    -- before, inside a longer phrase: most subjects open theirs)
    local mf = m and m.kind == "name" and A.lang == "en" and token_at(t, k, m.s)
    if mf and mf >= 2 and not is_punct_tok(s, t, mf - 1) and is_lower_at(s, t[2 * mf - 3]) then
      local c, open = nil, false
      for x = k, (k > 16 and k - 15 or 1), -1 do
        if is_punct_tok(s, t, x) then
          if tok(s, t, x) == "," then c = x end
          break
        end
        local wx = ltok(s, t, x)
        if L.verb_word[wx] or L.closed_verb[wx] or L.comp[wx] or sets.relative[wx] then break end
        if x == 1 then open = true end
      end
      local d = c and c + 1
      if d and d < k and ltok(s, t, d) == "also" then d = d + 1 end
      local after_name = d and d < k and L.det[ltok(s, t, d)] == "def" and c >= 3 and names.kind(s, t, c - 1, g) == "N"
      open = open and not wide and lo > ss
      local person_noun = false
      if after_name or open then
        for x = (c and c + 1 or 1), k do
          if SETS.one_person[role_of(L, tok(s, t, x))] then person_noun = true break end
        end
      end
      -- (the phrase may open before the window: look further back)
      if open and person_noun then return subject_before(A, a, ss, true) end
      if after_name and person_noun then
        local nf = names.run_ending(s, t, c - 1, g) or c - 1
        local tf = names.title_before(s, t, nf, g)
        if (tf < nf or g.given[ltok(s, t, nf)]) and (tf == 1 or is_punct_tok(s, t, tf - 1)) then
          m = mention_name(s, t, nf, c - 1)
        end
      end
    end
  end
  if initial_dot and m and m.kind == "name" then
    m.e = m.e + 1
    m.text = sub(s, m.s, m.e - 1)
  end
  -- a compound's head left out before the name: one name with the words
  -- before it (`Dat heeft de Nederlandse Voedsel- en Warenautoriteit
  -- bekendgemaakt`)
  if m and m.kind == "name" then Analyser.join_elided_head(A, m) end
  -- where a person is from after their parenthesis: the person before it
  -- (`Wethouder Joris Hendriks (Zorg) van Arnhem liet weten`)
  if m and m.kind == "name" then
    local f = token_at(t, k, m.s)
    if f and f >= 4 and tok(s, t, f - 2) == ")" and is_lower_at(s, t[2 * f - 3])
       and (ltok(s, t, f - 1) == "van" or ltok(s, t, f - 1) == "of") then
      for j = f - 3, (f > 8 and f - 6 or 2), -1 do
        if tok(s, t, j) == "(" then
          if names.kind(s, t, j - 1, g) == "N" then return subject_before(A, t[2 * j - 1], ss, wide) end
          break
        end
        if is_punct_tok(s, t, j) then break end
      end
    end
  end
  if not m and k >= 4 and role_of(L, w) then
    -- a name, then `of` and a long phrase of the body it is of, in no
    -- shape a noun phrase has here: `Crystal Smith of the Northern
    -- Arapaho tribal historic preservation office told` (the body's
    -- noun right before the cue)
    local of_word = A.lang == "en" and "of" or "van"
    for x = k - 1, (k > 12 and k - 11 or 2), -1 do
      if is_punct_tok(s, t, x) then break end
      local wx = ltok(s, t, x)
      if L.cue[wx] or L.comp[wx] or L.pron[wx] or L.verb_word[wx] then break end
      if wx == of_word and names.kind(s, t, x - 1, g) == "N" then
        m = mention_name(s, t, names.run_ending(s, t, x - 1, g) or x - 1, x - 1)
        break
      end
    end
  end
  if not m and k >= 3 then
    -- a qualified source whose phrase ends in a noun np_ending does not
    -- read (`People familiar with the matter said`)
    for x = k - 1, (k > 6 and k - 5 or 2), -1 do
      local lx = word_key(s, t, x)
      if not lx then break end
      -- (a separable verb's particle before its `te` is no preposition:
      -- `om toch een prins uit te roepen`, the prince no speaker)
      if L.sets.separable_particle[lx] and x < n and ltok(s, t, x + 1) == "te" then break end
      if L.prep[lx] then
        m = qualified_source(A, t, x, { e = t[2 * k] })
        if m then break end
        -- or a place or body after a role, its phrase no noun phrase
        -- np_ending reads (`officials from both sides said`; not a
        -- determiner before the cue, a noun then: `voters in those states`)
        m = not L.det[ltok(s, t, k)] and subject_before_place(A, t, x)
        if m and m.kind == "name" then m = capital_role(L, m) end
        if m and m.kind == "role" and PERSON_ROLE[m.gender] then break end
        m = nil
      elseif L.cue[lx] or L.comp[lx] or L.verb_word[lx] then
        break
      end
    end
  end
  if not m then return nil end
  local first_k = token_at(t, n, m.s)
  if first_k and not wide and lo > ss then
    -- the phrase may go on before the window: look further back (also
    -- when only capitals, determiners and of/van stand before it there: `Tomás
    -- Reyes | of the University of Granada, who has worked ...,
    -- described`)
    local open = first_k <= 2
    if not open then
      open = true
      for x = 1, first_k - 1 do
        local wx = word_key(s, t, x)
        if not (wx and (L.det[wx] or wx == "of" or wx == "van" or is_upper_at(s, t[2 * x - 1]))) then
          open = false
          break
        end
      end
    end
    if open then return subject_before(A, a, ss, true) end
  end
  -- `X of/van Y said`: the speaker is X when X is a name or pronoun
  -- (Michael Siegel of Boston University); a role keeps its phrase
  -- (een woordvoerster van het ministerie van justitie)
  local x = first_k and first_k - 1 or 0
  -- (a subject pronoun is no of-phrase's noun: `About the pitch of the
  -- stadium he stated:` is he; `ze` and `it` are objects as often)
  if m.kind == "pron" and m.text ~= "ze" and lc(m.text) ~= "it" then x = 0 end
  -- a role of three words the list has right before the name (`Officier
  -- van justitie Marieke Smeets zei`, opening the sentence with a capital
  -- too; `De officier van justitie Marieke Smeets zei`): the name is the
  -- person, the role its own, no of-phrase (its noun may be a group's:
  -- `justitie`)
  if x >= 3 and m.kind == "name" then
    local r = Analyser.role_phrase(A, t, x)
    if SETS.one_person[r] then
      m.role_gender = r
      x = 0
    end
  end
  local hops = 0
  local of_end
  -- (the first token read here and its key and text: the prepositional
  -- phrase's search below starts from the same token most often)
  local read_x, read_key, read_w
  while x >= 2 and hops < 8 do
    local pw, pww = word_key(s, t, x)
    if not read_x then read_x, read_key, read_w = x, pw, pww end
    if not pw then break end
    if L.cue[pw] or L.comp[pw] then break end
    -- (nor past a finite verb in lower case: an of-phrase holds none, `De
    -- schade van deze aardbeving gaat Reinders wel melden` is Reinders)
    if L.verb_word[pw] == true and is_lower_at(s, t[2 * x - 1]) then break end
    -- (an English word in -ed before a determiner is such a verb, past
    -- which an unknown noun climbs to no of-phrase: `The president of the
    -- hospital issued a similar warning Monday, saying` has no `the
    -- hospital issued a similar` in the president's phrase; `the head of
    -- the armed forces` goes on, and a thing's noun climbs to the name
    -- that put it out, `Kevin Donohoe of the Garda Press Office issued a
    -- statement ... claiming`)
    if A.lang == "en" and m.kind == "role" and m.gender == "?" and sub(pw, -2) == "ed"
       and is_lower_at(s, t[2 * x - 1]) and x < n and L.det[ltok(s, t, x + 1)] then
      break
    end
    -- (a person's role right before the name: the name is the person,
    -- whatever the role is of: `Florida Department of Transportation
    -- official Troy Roberts said`)
    -- (not an organisation's name after the noun: `Head coach Clifford
    -- Miranda of the Super Cup winner Odisha FC has said` is Miranda)
    if x == first_k - 1 and m.kind == "name" and is_lower_at(s, t[2 * x - 1])
       and PERSON_ROLE[role_of(L, tok(s, t, x))] and role_of(L, tok(s, t, x)) ~= "g"
       and not is_org_name(A, m.text) then
      break
    end
    if pw == "van" and m.kind == "name" and g.particles[pw] and x >= 2
       and role_of(L, tok(s, t, x - 1)) and is_lower_at(s, t[2 * x - 3]) and not g.portfolio[ltok(s, t, x + 1)]
       and not (x >= 3 and (L.det[ltok(s, t, x - 2)] or find(tok(s, t, x - 2), "%le$"))) then
      -- a bare title before a name with its particle: `minister van
      -- Boxtel` is Van Boxtel (`de minister van Justitie`, `de voormalige
      -- coach van HCKZ` are roles: a determiner or an adjective in -e)
      local mm = mention_name(s, t, x, token_ending(t, first_k, m.e))
      mm.role_gender = role_of(L, tok(s, t, x - 1))
      m, first_k = mm, x
      break
    end
    -- (a name after a minister's portfolios is the minister: `minister van
    -- Financiën Eelco Heinen`)
    -- (the title right before the van: a name before it is the person,
    -- its portfolios after it, `Karin Mulder van Infrastructuur en
    -- Waterstaat`, read below)
    -- (a person's title with its capital too: `US Secretary of State Mike
    -- Pompeo said`)
    -- (a name that may be a person's: not `the Office of the Director of
    -- Public Prosecutions said`, Analyser.names_person)
    if (pw == "van" or pw == "of") and m.kind == "name" and x + 1 < first_k and g.portfolio[ltok(s, t, x + 1)]
       and x >= 2 and (is_lower_at(s, t[2 * x - 3]) and role_of(L, tok(s, t, x - 1))
                       or SETS.one_person[role_of(L, tok(s, t, x - 1))])
       and Analyser.names_person(A, m.text) then
      break
    end
    -- (a title right before the name makes the name the person, whatever
    -- body the of-phrase before the title names: `House of Commons
    -- Speaker John Bercow said`, `Bank of England Governor Andrew Bailey`)
    if (pw == "van" or pw == "of") and m.kind == "name" and x + 1 < first_k
       and names.title_before(s, t, first_k, g) < first_k then
      break
    end
    -- (a group's count before its of-phrase opens the group's phrase:
    -- `Dozens of community members shouted`; speech_words.txt's
    -- `quantity_of`)
    -- (the group's own words after the of, no determiner: not `Dozens of
    -- times the observers said`)
    if (pw == "of" or pw == "van") and m.kind == "role" and not m.def and x >= first_k - 3 and x >= 2
       and L.sets.quantity_of[ltok(s, t, x - 1)] and not Analyser.verb_token_between(A, t, x + 1, first_k - 1) then
      m = role_for(s, { s = t[2 * x - 3], kind = "role", head = m.head, gender = m.gender, def = "indef" }, m)
      first_k = x - 1
      break
    end
    if pw == "van" or pw == "of" then
      local m2 = np_ending(A, t, x - 1, 1)
      if not m2 or m2.kind == "pron" then break end
      -- a document speaks for its maker: `Een verklaring van de familie
      -- meldt` (the family)
      if made_document(A, t, x, m2) then
        m.maker = true
        break
      end
      -- (a title or a person's role alone with a capital before the
      -- of-phrase is a role's too: `Chair of judges Jane Smith said`, `Head
      -- of science Jane Smith`: the name is the person)
      -- (a qualifier's capitalised word before it too: `Acting Comptroller
      -- of the Currency John Walsh said`)
      -- (not a name that holds no given name of the list, nor takes a
      -- fuller form that opens with one: the role's own of-phrase inside
      -- a body's name, `The Office of the Comptroller of the Currency
      -- said`, `the Office of the Director of Public Prosecutions`)
      local r2 = m.kind == "name" and m2.kind == "name" and not find(m2.text, " .* ")
                 and role_of(L, string.match(m2.text, "(%S+)$"))
      if r2 and is_lower_at(s, t[2 * x - 1]) and not Analyser.names_person(A, m.text) then r2 = nil end
      if r2 and (r2 == "m" or r2 == "f" or r2 == "p") then
        -- (the of-phrase's capitalised words run into the name: the name
        -- from its given name on, `the Currency John Walsh`)
        local tail = find(m.text, " .* ") and person_tail(A, t, first_k, m.e)
        if tail and tail.s > m.s and Analyser.given_first(A, tail.text) then
          tail.cut = true
          m = tail
        end
        m.role_gender = r2
        break
      end
      local tail = m.kind == "name" and m2.kind == "role" and not m.past_portfolios and person_tail(A, t, first_k, m.e)
      -- (and a surname alone after a noun in lower case, one the article
      -- gives in full with a given name: `the Edinburgh director of rugby
      -- Robinson said` after `Andy Robinson`)
      if not tail and m.kind == "name" and m2.kind == "role" and not find(m.text, " ", 1, true) and first_k > x + 1
         and is_lower_at(s, t[2 * first_k - 3]) and not (L.det[ltok(s, t, first_k - 1)] or L.prep[ltok(s, t, first_k - 1)]) then
        local full = names.canonical(A.article, m.text, A.lang)
        if full ~= m.text and Analyser.given_first(A, full) then tail = m end
      end
      -- (and an organisation's of-phrase that runs into a given name and
      -- a surname the article writes elsewhere too: `Bureau of Meteorology
      -- Angus Hines said ... Hines said`; not a place's name, `University
      -- of California San Diego`, `University of South Carolina Beaufort`)
      if not tail and m.kind == "name" and m2.kind == "name" and Analyser.org_word(A, tok(s, t, x - 1)) then
        tail = person_tail(A, t, first_k, m.e)
        local given, surname
        if tail then given, surname = tail.text:match("^(%S+) (%S+)$") end
        -- (elsewhere: after the tail, or before it, as the first find tells)
        if not (given and g.given[lc(given)] and (find(s, surname, tail.e, true) or find(s, surname, 1, true) < tail.s)) then
          tail = nil
        end
      end
      if tail then
        -- `director of Amnesty International Man-kei Tam said`: the
        -- role's of-phrase runs into the person's name
        tail.role_gender = m2.gender
        tail.cut = true
        m = tail
        break
      elseif m2.kind == "name" and not (m2.s == trim(s, ss, m2.s) and role_of(L, m2.text) == "g") then
        -- (an organisation's name goes on through its of: `The Asthma
        -- and Allergy Foundation of America said`)
        -- (and so does one whose name before the of holds an organisation
        -- word: `The Royal College of Surgeons of England said`)
        -- (through each of: `The Royal College of Surgeons of England
        -- said`, the name read back from England, the last name it met
        -- being kept: of_end)
        local adjacent = m.kind == "name" and x == first_k - 1
        local f2 = adjacent and Analyser.org_word(A, tok(s, t, x - 1)) and token_at(t, n, m2.s)
        if f2 then
          m2 = mention_name(s, t, f2, token_ending(t, first_k, of_end or m.e))
          of_end = nil
        elseif adjacent then
          of_end = of_end or m.e
        else
          of_end = nil
        end
        m = m2
      else
        -- (not past a verb between the of-phrase and a thing's noun: the
        -- thing is the verb's object, the document its subject put out,
        -- `A group of senators issued a statement declaring`)
        if m.kind == "role" and m.gender == "x" and Analyser.verb_token_between(A, t, x + 1, first_k - 1) then break end
        -- (a group's role noun that opens the sentence is written with a
        -- capital, and is no name: `Residents of the town said`; the test
        -- above found it a group's)
        if m2.kind == "name" then m2 = capital_role(L, m2) end
        m = role_for(s, m2, m)
      end
      first_k = token_at(t, n, m.s) or first_k
      x = first_k - 1
      hops = 0
    elseif L.prep[pw] and A.lang ~= "en" and x >= 2 and m.kind == "role" and not PERSON_ROLE[m.gender]
           and not sets.speaks_for[pw] then
      -- a verb-final clause: a preposition before a thing's phrase opens
      -- an adverbial after the subject (`Dat heeft de president van de
      -- kamer aan het einde van de zitting bekendgemaakt`, `... van de
      -- politie op een persconferentie gezegd`): the subject ends before
      -- it, its own of-phrase read on from there
      local m2 = np_ending(A, t, x - 1, 1)
      if m2 and m2.kind == "name" then m2 = capital_role(L, m2) or m2 end
      if not (m2 and (m2.kind == "name" or m2.kind == "role" and m2.gender ~= "x")) then break end
      m = m2
      first_k = token_at(t, n, m.s) or first_k
      x = first_k - 1
      hops = 0
    else
      -- a role's participle phrase holds the mention: `A union
      -- representing Nexora workers said`, `Lawyers representing the
      -- families said` (the role speaks; not a title's word with its
      -- capital, `Chief Operating Officer Tim Cook said`)
      local m2 = A.lang == "en" and x >= 2 and #pw > 5 and sub(pw, -3) == "ing" and not L.prep[pw]
                 and is_lower_at(s, t[2 * x - 1]) and np_ending(A, t, x - 1, 1)
      if m2 and m2.kind == "name" then m2 = capital_role(L, m2) end
      if m2 and m2.kind == "role" and PERSON_ROLE[m2.gender] then
        m = role_for(s, m2, m)
        first_k = token_at(t, n, m.s) or first_k
        break
      end
      x = x - 1
      hops = hops + 1
    end
  end
  -- `They released a statement which said`: a statement says nothing
  -- by itself; the clause's subject does
  if relative and m.kind == "role" and m.gender == "x" then
    local m0 = first_np(A, (lo > ss and lo or ss), m.s)
    if m0 and m0.s < m.s then m = m0 end
  end
  -- (the relative clause after a comma closes at its own comma: see
  -- Analyser.relative_end)
  if relative and tok(s, t, k + 1) == "," then m.relative = true end
  -- the second of two places or bodies after a subject: `researchers
  -- from the Georgia Institute of Technology (GT) and University of South
  -- Carolina Beaufort reported` -- the subject before the first
  if first_k and m.kind == "name" and first_k >= 2 then
    local xa = first_k - 1
    if L.det[ltok(s, t, xa)] then xa = xa - 1 end
    if xa >= 1 and sets.coord[ltok(s, t, xa)] then
      local settled = false
      for xp = xa - 1, (xa > 14 and xa - 13 or 2), -1 do
        local wp = tok(s, t, xp)
        if is_punct_tok(s, t, xp) and wp ~= "(" and wp ~= ")" then settled = true break end
        if sets.place_prep[lc(wp)] then
          settled = true
          local m2 = subject_before_place(A, t, xp)
          if m2 and m2.kind ~= "pron" then
            m = m2
            first_k = token_at(t, n, m.s) or first_k
          end
          break
        end
      end
      -- (the first place may stand before the window)
      if not settled and xa <= 14 and not wide and lo > ss then return subject_before(A, a, ss, true) end
    end
  end
  -- inside a prepositional phrase it is no subject: `Tegen de Spaanse
  -- krant El Pais zei hij`
  -- (fronted: a phrase that opens the sentence closes right before the
  -- subject, as `closed` below finds)
  local fronted = false
  -- (a name that a relative word only a person takes means is that
  -- person, wherever it stands: `a wake-up call for Cheryl Kasper, who
  -- said`, no place after a subject)
  -- (a place's name with its infix after a place preposition, `Het
  -- Ikazia Ziekenhuis in Capelle aan den IJssel meldt`, `in Bergen op
  -- Zoom`, `Newcastle upon Tyne`: the name goes back to the place's first
  -- part, and the preposition before it reads as below; speech_words.txt's
  -- `place_infix`, one or two words in lower case between capitals)
  if first_k and first_k >= 4 and m.kind == "name" then
    local j = first_k - 1
    while j >= 2 and j >= first_k - 2 and sets.place_infix[ltok(s, t, j)] and is_lower_at(s, t[2 * j - 1]) do
      j = j - 1
    end
    if j < first_k - 1 and names.kind(s, t, j, g) == "N" then
      local f = names.run_ending(s, t, j, g) or j
      if f >= 2 and sets.place_prep[ltok(s, t, f - 1)] then
        m = mention_name(s, t, f, token_ending(t, first_k, m.e))
        first_k = f
      end
    end
  end
  -- (an organisation's name that goes on through its for/on right
  -- before the name, capitals on both sides, is read whole first, so that
  -- a role before it speaks for it: `A spokeswoman for the Department for
  -- Education said`, not the Department)
  if first_k and m.kind == "name" and first_k >= 3 and sets.org_join[ltok(s, t, first_k - 1)]
     and is_upper_at(s, t[2 * first_k - 5]) and Analyser.org_word(A, tok(s, t, first_k - 2)) then
    local f = names.run_ending(s, t, first_k - 2, g) or first_k - 2
    m = mention_name(s, t, f, token_ending(t, first_k, m.e))
    first_k = f
  end
  if first_k and m.kind ~= "pron"
     and not (relative and m.kind == "name" and sets.person_relative[lw] and Analyser.given_first(A, m.text)) then
    local x0 = first_k - 1
    local steps = 0
    while x0 >= 1 and steps < 4 do
      local l0, w0
      if x0 == read_x then l0, w0 = read_key, read_w else l0, w0 = word_key(s, t, x0) end
      if not l0 then break end
      -- (English: a noun in lower case after its own determiner right
      -- before the subject's determiner ends another phrase, a reduced
      -- clause's object with no comma after it, in a sentence that such a
      -- clause opens, speech_words.txt's `reduced_clause_opener`: `When
      -- asked about the plan the Labour leader told`)
      if A.lang == "en" and x0 == first_k - 1 and x0 >= 2 and m.kind == "role" and L.det[ltok(s, t, first_k)]
         and sets.reduced_clause_opener[lc(string.match(s, "^%s*(%a+)", ss) or "")]
         and is_lower_at(s, t[2 * x0 - 1]) and (L.det[ltok(s, t, x0 - 1)] or names.possessive(s, t, x0 - 1))
         and not (L.prep[l0] or L.det[l0] or L.fw[l0] or sets.coord[l0] or L.verb_word[l0] or L.adv[l0]
                  or SETS.one_person[role_of(L, w0)]) then
        fronted = true
        break
      end
      if role_speaks_for(A, t, x0, l0)
         or (l0 == "van" or l0 == "of") and x0 >= 3 and x0 + 1 < first_k and m.kind == "name"
            and L.det[ltok(s, t, x0 - 2)] and SETS.one_person[role_of(L, tok(s, t, x0 - 1))]
            and role_of(L, tok(s, t, first_k - 1)) then
        -- whom a person role speaks for: `A spokesman for the ministry
        -- said`, `een woordvoerder voor de club`; and a definite person's
        -- role of someone named with a role: `De woordvoerder van
        -- minister-president Jan Jambon noemt` is the spokesman
        local m2 = Analyser.speaks_for_role(A, t, x0 - 1, first_k, m)
        if m2 then
          m = m2
          break
        end
      elseif sets.speaks_for[l0] and x0 >= 3 and is_lower_at(s, t[2 * x0 - 3]) then
        -- and so does a noun the role list lacks, after its determiner: `A
        -- former personal assistant to property developer Gregory Harwood
        -- told`
        local m3 = np_ending(A, t, x0 - 1, 1)
        if m3 and m3.kind == "role" and m3.gender == "?" and m3.def then
          m = role_for(s, m3, m)
          first_k = token_at(t, n, m.s) or first_k
          break
        end
      end
      -- a document speaks for its maker: `A statement from the family
      -- said`
      if made_document(A, t, x0) then
        m.maker = true
        break
      end
      local q = L.prep[l0] and qualified_source(A, t, x0, m)
      if q then m = q break end
      if L.prep[l0] and l0 ~= "of" and l0 ~= "van" and l0 ~= "by" and l0 ~= "door"
         and not (A.lang == "en" and m.e == t[2 * k] and Analyser.opens_clause(A, l0, a)) then
        -- `the ruling Democratic Rally in Cyprus hailed`, `Protesters in
        -- Hong Kong said`: a place after the subject; `Tegen de krant El
        -- Pais zei hij`: no subject here
        local m2 = subject_before_place(A, t, x0) or Analyser.works_with_name(A, t, x0)
        if m.kind == "name" and sets.org_join[l0] and x0 >= 2 and Analyser.org_word(A, tok(s, t, x0 - 1)) then
          -- an organisation's name goes on: `the United States Commission
          -- on International Religious Freedom`
          local f = names.run_ending(s, t, x0 - 1, g) or x0 - 1
          m2 = mention_name(s, t, f, token_ending(t, first_k, m.e))
        end
        -- (a phrase of when or where that opens the sentence, no comma
        -- after it: `In 2019 Mo Farah said`)
        if not m2 and x0 == 1 and m.kind == "name" and t[1] == skip_spaces(s, ss) then
          m2 = Analyser.after_fronted_phrase(A, t, first_k, m)
          if m2 then
            m = m2
            fronted = true
            break
          end
        end
        if not m2 or m2.kind == "pron" then return nil end
        -- (a person's role, what it is on and the name: `Fianna Fáil
        -- spokesman on jobs Willie O'Dea said` is O'Dea; the words
        -- between plain ones in lower case)
        if m.kind == "name" and m2.kind == "role" and (m2.gender == "m" or m2.gender == "f" or m2.gender == "p")
           and x0 + 1 < first_k and find(m.text, " ", 1, true) and Analyser.plain_modifiers(A, t, x0 + 1, first_k - 1) then
          m.role_gender = m2.gender
          break
        end
        m = m2
        break
      end
      local k0 = g.kind_cache[w0] or names.kind_of(w0, g)
      -- (an `of` inside a title's name goes on: `a spokesman for Secretary
      -- of State Leon Marsh said`)
      -- (and so an `and` between an organisation's capitalised words: `A
      -- spokesperson for the Scottish Courts and Tribunals Service said`)
      local inner_of = (l0 == "of" or l0 == "van" or sets.conjunction[l0]) and x0 >= 2 and is_upper_at(s, t[2 * x0 - 3])
                       and is_upper_at(s, t[2 * x0 + 1])
      if not (L.det[l0] or role_of(L, w0) or k0 == "w" and not g.stop[l0] or k0 == "N" or inner_of) then
        break
      end
      if L.det[l0] then
        local x1 = x0 - 1
        local p1 = x1 >= 1 and ltok(s, t, x1) or ""
        -- (English: in a phrase that opens the sentence, one common noun
        -- after the determiner closes it, and the name after it is the
        -- subject: `During the speech Trump said`; a document's noun too,
        -- `In a statement the chairman said`)
        local closed = false
        -- (titles may stand before the name: `In a statement Chief Nurse
        -- Vicky Morris said`)
        if A.lang == "en" and (first_k - x0 == 2 or first_k - x0 > 2 and names.title_before(s, t, first_k, g) == x0 + 2)
           and x1 >= 1 and is_lower_at(s, t[2 * x0 + 1])
           and t[2 * x0 + 2] - t[2 * x0 + 1] >= 4 and (role_of(L, tok(s, t, x0 + 1)) or "x") == "x"
           and space_back(s, t[2 * x1 - 1], ss) <= ss then
          closed = true
        end
        -- (and a person's full name after such a phrase whose noun is a
        -- group's, or after a participle that opens the sentence, the
        -- comma left out: `At the court John Teggart said`, `Speaking
        -- outside the court John Teggart welcomed`)
        if not closed and L.prep[p1] and m.kind == "name" and find(m.text, " ", 1, true)
           and Analyser.given_first(A, m.text) and Analyser.fronted_phrase_name(A, t, x1, first_k, ss) then
          closed = true
        end
        if role_speaks_for(A, t, x1, p1) then
          -- whom a person role speaks for, as above: `A spokesman for the
          -- Justice Department said`
          m = Analyser.speaks_for_role(A, t, x1 - 1, first_k, m) or m
          break
        end
        -- (and with its article: `A statement from the Kremlin said`)
        if x1 >= 2 and made_document(A, t, x1) then
          m.maker = true
          break
        end
        local q = L.prep[p1] and qualified_source(A, t, x1, m)
        if q then m = q break end
        if m.kind == "name" and sets.org_join[p1] and x1 >= 2 and Analyser.org_word(A, tok(s, t, x1 - 1)) then
          -- an organisation's name goes on through its `for the`/`voor
          -- de`, as without the determiner above: `Het Centraal Bureau
          -- voor de Statistiek meldt`
          local f = names.run_ending(s, t, x1 - 1, g) or x1 - 1
          m = mention_name(s, t, f, token_ending(t, first_k, m.e))
          break
        end
        if closed then fronted = true end
        if L.prep[p1] and p1 ~= "of" and p1 ~= "van" and p1 ~= "by" and p1 ~= "door" and not closed
           and not (A.lang == "en" and m.e == t[2 * k] and Analyser.opens_clause(A, p1, a)) then
          -- `Researchers from the Georgia Institute of Technology said`:
          -- the place or body after a subject, as without the determiner
          -- above
          local m2 = subject_before_place(A, t, x1) or Analyser.works_with_name(A, t, x1)
          if not m2 or m2.kind == "pron" then return nil end
          m = m2
        end
        break
      end
      x0 = x0 - 1
      steps = steps + 1
    end
  end
  if m.kind == "name" and first_k and first_k >= 3 then m = coordinated_names(A, t, first_k, m) end
  -- an unknown noun right before the verb is a subject only at the start
  -- of its clause (`De fans reageerden`), not after an adverb (`... nog een
  -- ziekte noemde`: an object), unless it made the document that speaks
  -- (nor how often, a count's noun: `Verschillende keren beloofde
  -- minister Mona Keijzer`, `Multiple times the driver said`;
  -- speech_words.txt's `frequency_noun`)
  -- (nor when, a time's noun: `Deze week maakte het ministerie bekend`,
  -- speech_words.txt's `time_noun` and `day_part`)
  -- (not a share's: `Nearly a quarter said`)
  if m.kind == "role" and m.head and (sets.frequency_noun[m.head]
                                      or (sets.time_noun[m.head] or sets.day_part[m.head]) and m.def ~= "indef") then
    return nil
  end
  if m.kind == "role" and m.gender == "?" and first_k and first_k > 1 and not m.maker and not fronted then
    local pw = tok(s, t, first_k - 1)
    local lp = lc(pw)
    if not (is_punct_tok(s, t, first_k - 1) or sets.coord[lp] or sets.relative[lp]) then return nil end
  end
  -- (a person's role, the body's name in capitals before it perhaps,
  -- after a person's name and its comma, the appositive's second comma
  -- left out: the name, `Jerald G. Fishman, Analog Devices president and
  -- chief executive said`)
  -- (from the role's first token: its of/for phrase may hold the name
  -- first_k is at, `Edmund King, Executive Director for the RAC
  -- Foundation said`)
  local rk = m.kind == "role" and first_k and (token_at(t, first_k, m.s) or first_k)
  if m.kind == "role" and SETS.one_person[m.gender] and rk and rk >= 3 then
    local y = rk - 1
    while y > 1 and y >= rk - 4 and not is_punct_tok(s, t, y) and is_upper_at(s, t[2 * y - 1]) do y = y - 1 end
    -- (the surname may be a role's word that is a surname too, after a
    -- name part: `Edmund King`, speech_words.txt's `surname_role`)
    local kl = y >= 2 and tok(s, t, y) == "," and names.kind(s, t, y - 1, g)
    local sr = kl == "T" and y >= 3 and g.sets.surname_role and g.sets.surname_role[ltok(s, t, y - 1)]
               and names.kind(s, t, y - 2, g) == "N"
    if kl == "N" or sr then
      local f = sr and (names.run_ending(s, t, y - 2, g) or y - 2) or names.run_ending(s, t, y - 1, g) or y - 1
      local name = sub(s, t[2 * f - 1], t[2 * (y - 1)] - 1)
      local opens = f == 1 or is_punct_tok(s, t, f - 1)
      -- (a person's name: a given name of the list first, an initial
      -- inside, `Jerald G. Fishman`, or two or three words no
      -- organisation's, `Edmund King, Executive Director for the RAC
      -- Foundation said`)
      if opens and find(name, " ", 1, true) and (Analyser.given_first(A, name) or find(name, " %u%. ")
                                                 or not find(name, " .* .* ") and not is_org_name(A, name)) then
        local mm = mention_name(s, t, f, y - 1)
        mm.how, mm.appos, mm.role_gender = "before", true, m.gender
        mm.left_tok = f > 1 and tok(s, t, f - 1) or nil
        return mm
      end
    end
  end
  -- (an English name inside a relative clause or a role's of-phrase
  -- that a person's name opens, the clause's closing comma missing or
  -- the appositive's: that person, `Coun Ros Kayes who represents
  -- Bridport, said`, `Godwin Ukwu, a spokesman of the Cocoa Association
  -- of Nigeria told Reuters`)
  if m.kind == "name" and A.lang == "en" then
    local am = Analyser.antecedent_before(A, ss, m)
    if am then m = am end
  end
  m.how = "before"
  m.appos = appos
  m.left_tok = first_k and first_k > 1 and tok(s, t, first_k - 1) or nil
  return m
end

-- Analyser.antecedent_before(A, ss, m) -> the person's name mention that
-- opens the relative clause (`who`) or the role's appositive (`, a
-- spokesman of`) in which name mention m stands, from sentence start ss;
-- else nil
function Analyser.antecedent_before(A, ss, m)
  local s, L = A.s, A.L
  -- (two hundred bytes back at most, and plain searches first: most
  -- subjects stand in neither)
  local from = m.s - 200 > ss and m.s - 200 or ss
  local seg = sub(s, from, m.s - 1)
  local who = find(seg, " who ", 1, true)
  local of = not who and find(seg, " of ", 1, true) and (find(seg, ", a ", 1, true) or find(seg, ", an ", 1, true))
  if not (who or of) then return nil end
  ss = from
  local cut = who and string.match(seg, "()%s+who%s[^,;:]*$")
  if not cut and of then
    local c2, role = string.match(seg, "(),%s+[Aa]n?%s+([%l%s%-]-)%s+of%s[^,;:]*$")
    if c2 then
      local head = string.match(role, "(%S+)$")
      if head and SETS.one_person[role_of(L, head)] then cut = c2 end
    end
  end
  if not cut then return nil end
  local ms = person_mentions(A, ss, ss + cut - 1)
  local c = ms[#ms]
  if not c or c.role or c.e ~= ss + cut - 1 or not mention_person(A, c) or not find(c.text, " ", 1, true) then return nil end
  return { s = c.s, e = c.e, kind = "name", text = c.text }
end

-- subject after the cue ending at b (inverted order, or after
-- `volgens`/`according to`), within sentence end se
-- A name in the possessive before a noun, tokens k_name and k_noun of t:
-- the owner of a document speaks through it (`reads Judge Miller's
-- statement`, `Erdoğan's letter said`): the name, without its 's; anyone
-- else is the owner's (`according to Johnson's critics`, `Trump's lawyers
-- said`): the whole noun phrase, a role. nil when the noun is no role noun
-- and no plural (`Miller's house`).
possessive_subject = function(A, t, k_name, k_noun)
  local s, L, g = A.s, A.L, A.g
  local head = tok(s, t, k_noun)
  local r = role_of(L, head)
  local first = names.run_ending(s, t, k_name, g) or k_name
  local tf = names.title_before(s, t, first, g)
  if r == "x" then
    local m = mention_name(s, t, first, k_name)
    -- (a bare apostrophe after the s is a token of its own: nothing to
    -- cut, `Jones' statement`)
    local cut = not names.possessive(s, t, k_name) and 0 or byte(s, m.e - 2) == 39 and 2 or 4
    m.e = m.e - cut
    m.text = sub(s, m.s, m.e - 1)
    if tf < first then m.title = sub(s, t[2 * tf - 1], t[2 * first - 1] - 1) end
    return m
  end
  if not r and byte(lc(head), -1) ~= 115 then return nil end
  local from = Analyser.possessive_owner_start(A, t, k_name, 1)
  local gender, def = r or "g", "poss"
  -- (one of the owner's people is one person, known by the whole phrase,
  -- as `one of the victims` is: `One of Bennell's victims ... said`)
  if from >= 3 and (ltok(s, t, from - 1) == "of" or ltok(s, t, from - 1) == "van")
     and L.sets.one_word[ltok(s, t, from - 2)] then
    from, def = from - 2, "indef"
    if gender == "g" then gender = "p" end
  end
  return { s = t[2 * from - 1], e = t[2 * k_noun], kind = "role",
           text = sub(s, t[2 * from - 1], t[2 * k_noun] - 1), head = lc(head),
           gender = gender, def = def }
end

-- Analyser.possessive_owner_start(A, t, j, lo) -> the first token of the
-- owner whose possessive is token j of t, no lower than lo: its whole
-- name, the titles before it, and a determiner before an owner that is
-- titles alone, an office (`Boris Johnson’s`, `Mr Odinga’s`, `the Prime
-- Minister’s`, `a Lord Chief Justice’s`)
function Analyser.possessive_owner_start(A, t, j, lo)
  local s, g = A.s, A.g
  local first = names.run_ending(s, t, j, g) or j
  if first < lo then first = lo end
  local tf = names.title_before(s, t, first, g)
  if tf < first and tf >= lo then first = tf end
  -- (an office's: the owner's own word a title too)
  local own = ltok(s, t, j)
  own = sub(own, 1, #own - names.possessive_len(own))
  local det = first - 1 >= lo and A.L.det[ltok(s, t, first - 1)]
  if det and det ~= "poss" and g.titles[own] then first = first - 1 end
  return first
end

-- is token k of t a name of one word that the article gave before as
-- the last word of a longer one (`Volgens Verbeek` after `Jan Verbeek`)?
-- does a clause's subject start at x, after a joining word: a
-- determiner, a pronoun, a capital or a digit, an English gerund, or a
-- plural noun in -s
-- before a word in lower case (`and families face ...`; not a verb that
-- goes on with the clause before, `and would now have to ...`, `and shot
-- most of it`)
function Analyser.subject_at(A, x)
  local s, L = A.s, A.L
  local c = byte(s, x)
  if not c then return false end
  if (c >= 65 and c <= 90) or (c >= 48 and c <= 57) then return true end
  local _, we = find(s, "^%a+", x)
  if not we then return false end
  local w = lc(sub(s, x, we))
  if L.det[w] or L.pron[w] then return true end
  -- (an English gerund as a subject: `and paying back this loan seems
  -- realistic`)
  if A.lang == "en" and we - x >= 4 and sub(w, -3) == "ing" then return true end
  return byte(s, we) == 115 and not L.verb_word[w] and find(s, "^%s+%l", we + 1) ~= nil
end

-- does English preposition key open a clause whose subject is the noun
-- phrase right before the cue at a: `Shares fell after the company said`,
-- and before a gerund `despite Smith claiming` (L.sets.clause_prep,
-- L.sets.gerund_prep)
function Analyser.opens_clause(A, key, a)
  if A.L.sets.clause_prep[key] then return true end
  if not A.L.sets.gerund_prep[key] then return false end
  local _, e = find(A.s, "^%a+", a)
  return e ~= nil and e - a >= 4 and sub(A.s, e - 2, e) == "ing"
end

-- the noun phrase that opens the sentence at ss when a relative pronoun
-- follows it and the sentence's first comma is at c (`De man die het zag,
-- zegt ...`), as a subject before the cue, else nil
function Analyser.relative_subject(A, ss, c)
  local s = A.s
  local a = skip_spaces(s, ss)
  if find(s, ",", a, true) ~= c then return nil end
  local m = first_np(A, a, c)
  if not m or m.s ~= a or m.kind == "pron" then return nil end
  local _, _, rw = find(s, "^%s+(%a+)%s", m.e)
  if not (rw and A.L.sets.relative[lc(rw)]) then return nil end
  -- (a person's indefinite role is known by the whole phrase, its clause
  -- too: `Een buurvrouw die ernaast woont, zegt de bewoner te kennen`)
  if m.kind == "role" then m = Analyser.restricted_role(A, m, true) or m end
  -- (its comma closes the clause, no appositive's: the name or role
  -- after the cue is its object, not an inverted subject)
  m.how, m.appos = "before", true
  return m
end

-- is [cs, ce) a noun phrase and its relative clause after a comma, the
-- subject of the verb after it and no content of its own (`Het bedrijf,
-- dat 300 mensen in dienst heeft, heeft de klanten gewaarschuwd`): a
-- determiner and up to four words that are no verbs, pronouns or
-- complementizers, a comma and a relative pronoun, and no comma, colon
-- or semicolon more
function Analyser.np_relative(A, cs, ce)
  local s, L = A.s, A.L
  local c = find(s, ",", cs, true)
  if not c or c >= ce then return false end
  local _, _, rw = find(s, "^,%s+(%a+)%s", c)
  if not (rw and L.sets.relative[lc(rw)]) or find(sub(s, c + 1, ce - 1), "[,;:]") then return false end
  local n = 0
  for w in sub(s, cs, c - 1):gmatch("[^%s]+") do
    local lw = lc(w)
    n = n + 1
    if n == 1 and not L.det[lw] or n > 5 or n > 1 and (L.verb_word[lw] or L.pron[lw] or L.comp[lw]) then
      return false
    end
  end
  return n >= 2
end

-- Analyser.verb_last_predicate(A, h, a) -> cs, ce: what a naming cue at
-- a, last in its clause, names and what it calls it, between the
-- auxiliary right after the subject and the cue, past the infinitives
-- before the cue (`De trainer heeft het plan ‘een ramp’ genoemd`, `zou
-- speelsters ‘lui’ hebben genoemd`); nil where no auxiliary follows the
-- subject or fewer than two words stand between
function Analyser.verb_last_predicate(A, h, a)
  local s, L = A.s, A.L
  local m = h.subj
  if not m or m.e > a then return nil end
  local from = m.e
  -- (past the subject's relative clause between commas: `De trainer, die
  -- al vijf seizoenen actief is, zou ...`)
  local _, _, rw = find(s, "^,%s+(%a+)", from)
  if rw and L.sets.relative[lc(rw)] then
    local c = find(s, ",", from + 1, true)
    if not c or c >= a then return nil end
    from = c + 1
  end
  local _, ae, aux = find(s, "^%s+(%a+)", from)
  if not aux or not L.verb_word[lc(aux)] or L.sets.passive_aux[lc(aux)] then return nil end
  local cs = skip_spaces(s, ae + 1)
  local ce = space_back(s, a, cs)
  -- (past `hebben`: the auxiliaries' infinitives; not a passive's
  -- `worden`)
  local passive_aux = L.sets.passive_aux
  while true do
    local w = tail_letters(s, cs, ce - 1)
    if not w or not L.verb_word[lc(w)] then break end
    if passive_aux[lc(w)] then return nil end
    ce = space_back(s, ce - #w, cs)
  end
  if ce <= cs or count_words(s, cs, ce, 2) < 2 then return nil end
  return cs, ce
end

-- Analyser.brought_in_unnamed(A, head, x): does role noun head stand
-- before x after an indefinite determiner, perhaps with one word between
-- (`een trainer van de meisjes`, `a new coach`) or an organisation's
-- name of up to four words (`a Greater Manchester Police spokesperson`),
-- and no name right after it (`een trainer, Jan de Vries,`)? The
-- phrase from the determiner to the noun when it does, else nil.
function Analyser.brought_in_unnamed(A, head, x)
  local s, L = A.s, A.L
  local at = find(s, head, A.first, true)
  while at and at < x do
    local e = at + #head
    local c0, c1 = byte(s, at - 1), byte(s, e)
    -- (not inside the quote that x's own sentence tags: its speaker's
    -- words bring no one in, `"He was a fine manager," said the Trump
    -- campaign manager`; a quote before may, `"A neighbour saw the smoke
    -- ...," said fire officer Tom Price. ... the neighbour said`)
    local inq = quote_at(A, at)
    if c0 == 32 and not (c1 and (c1 >= 97 and c1 <= 122 or c1 >= 128)) and not find(s, "^,?%s+%u", e)
       and not (inq and inq.oa >= sentence_of(A, x)) then
      local lo = at - 50 > 1 and at - 50 or 1
      local before = sub(s, lo, at - 1)
      -- (a word between may hold digits and a hyphen: `een 56-jarige
      -- man`)
      local d1, d2 = string.match(before, "(%a+)%s+([%w%-\128-\255]+)%s+$")
      if not d2 then d2 = string.match(before, "(%a+)%s+$") end
      -- (with the words that tell the role apart: role_complement)
      if d2 and L.det[lc(d2)] == "indef" then
        return lc(d2) .. " " .. head .. Analyser.role_complement(A, e, head, true)
      elseif d1 and L.det[lc(d1)] == "indef" and not L.det[lc(d2)] then
        return lc(d1) .. " " .. d2 .. " " .. head .. Analyser.role_complement(A, e, head, true)
      end
      -- (the capitalised words of a name between: up to four; and one
      -- adjective in lower case before them, `an alert East Dallas
      -- neighbor`)
      local p, caps, adj = at - 1, 0, false
      while caps < 4 do
        local w0, _, w = find(sub(s, lo, p), "(%S+)%s+$")
        if not w0 then break end
        if L.det[lc(w)] == "indef" and caps > 0 then
          return lc(w) .. sub(s, lo + w0 - 1 + #w, at - 1) .. head
        end
        if not is_upper_at(w, 1) then
          if adj or caps == 0 or not find(w, "^%l+$") or L.fw[w] or L.prep[w] or L.det[w] then break end
          adj = true
        else
          caps = caps + 1
        end
        p = lo + w0 - 2
      end
    end
    at = find(s, head, at + 1, true)
  end
  return nil
end

-- Analyser.prep_phrases(A, a, b, max_words): is [a, b) (a at a word)
-- prepositional phrases alone, up to max_words words: a preposition
-- first, no comma, colon, semicolon or quote mark, and no verb, pronoun,
-- relative pronoun, complementizer or cue among its words (`in a
-- statement on Wednesday`, `in een e-mail`; not `over lekkages die niet
-- werden verholpen`, `bij hem komen`)
function Analyser.prep_phrases(A, a, b, max_words)
  local s, L = A.s, A.L
  local _, _, w1 = find(s, "^(%a+)", a)
  -- (or a time phrase: `said last week`, `zei gisteren`)
  if not (w1 and (L.prep[lc(w1)] or L.sets.time_opener[lc(w1)])) or count_words(s, a, b, max_words + 1) > max_words then
    return false
  end
  local str = sub(s, a, b - 1)
  if find(str, "[,;:\"\226]") then return false end
  for w in string.gmatch(str, "%a+") do
    local lw = lc(w)
    if L.verb_word[lw] or L.pron[lw] or L.sets.relative[lw] or L.comp[lw] or L.cue[lw] then return false end
  end
  return true
end

-- Analyser.agent_phrase(A, m): does a passive's agent word
-- (speech_words.txt's `passive_agent`) open mention m's phrase, up to
-- three words before it (`Door boze tongen wordt beweerd`)?
function Analyser.agent_phrase(A, m)
  local words = {}
  for w in string.gmatch(sub(A.s, (m.s > 40 and m.s - 40 or 1), m.s - 1), "[%a\128-\255]+") do
    words[#words + 1] = w
  end
  for i = #words, (#words > 3 and #words - 2 or 1), -1 do
    if A.L.sets.passive_agent[lc(words[i])] then return true end
  end
  return false
end

-- Analyser.clause_opened_at(A, ss, a [, also]) -> the position right
-- after the last complementizer (complementizers.txt) or word of set
-- also before position a in the sentence from ss (`Hij zegt dat | de
-- minister heeft gezegd`, `Nadat | de vrouw ...`), or nil when none
function Analyser.clause_opened_at(A, ss, a, also)
  local comp, at = A.L.comp, nil
  for w, e in string.gmatch(sub(A.s, ss, a - 1), "%f[%a](%a+)()") do
    local lw = lc(w)
    if comp[lw] or also and also[lw] then at = ss + e - 1 end
  end
  return at
end

-- Analyser.participle_form(w): does cue form w (lower case) read as a
-- Dutch or German past participle: `ge-` (`gezegd`, `gesagt`), or an
-- unstressed prefix and a final d or t (`verteld`, `benadrukt`,
-- `erkannt`)?
local PARTICIPLE_PREFIX = { "ver", "be", "her", "ont", "er", "zer" }
function Analyser.participle_form(w)
  if sub(w, 1, 2) == "ge" and #w >= 5 then return true end
  local last = byte(w, -1)
  if not (last == 100 or last == 116) or #w < 6 then return false end
  for _, p in ipairs(PARTICIPLE_PREFIX) do
    if sub(w, 1, #p) == p then return true end
  end
  return false
end

-- Analyser.participle_phrase_end(A, t, k, n) -> the token of a Dutch or
-- German participle in lower case (its adjective's -e too: `geboren`,
-- `gevluchte`, `opgegroeide`) that ends the preposition's phrase opening
-- at token k of t within four words, with no punctuation, before a
-- capitalised word, a name; nil when none (`de in Haarlem geboren
-- Griekspoor`, `de uit Syrië gevluchte Ahmad`; before a role noun the
-- phrase would lose its determiner, `de in Nederland bekende zanger`)
function Analyser.participle_phrase_end(A, t, k, n)
  local s = A.s
  for j = k + 1, (k + 4 < n and k + 4 or n - 1) do
    if is_punct_tok(s, t, j) then return nil end
    local w = ltok(s, t, j)
    -- (a strong participle's -en or a weak one's -de or -te, as before a
    -- noun: not a noun in ge-, `geheel`, `gebied`, nor a role's,
    -- `gemeente`)
    local ends = sub(w, -2)
    if is_lower_at(s, t[2 * j - 1]) and #w >= 5 and (ends == "en" or ends == "de" or ends == "te")
       and not role_of(A.L, w) then
      local stem = (ends == "de" or ends == "te") and sub(w, 1, -2) or w
      if Analyser.participle_form(stem) or Analyser.separable_participle(A, stem) then
        if is_upper_at(s, t[2 * j + 1]) then return j end
        return nil
      end
    end
  end
  return nil
end

-- Analyser.feeling_epithet(A, m): is role mention m an indefinite
-- article, one word in lower case that is a participle (Dutch, with its
-- -e: `een gefrustreerde doelman`, `een teleurgestelde trainer`; English
-- in -ed: `a relieved goalkeeper`) or an adjective of a mood
-- (speech_words.txt's `mood_adjective`: `een sombere directeur`, `a
-- jubilant coach`) and the role's noun?
function Analyser.feeling_epithet(A, m)
  local d, adj = string.match(m.text, "^(%a+) (%l[%l\128-\255]+) [%a\128-\255%-]+$")
  if not (d and A.L.det[lc(d)] == "indef") then return false end
  local moods = A.L.sets.mood_adjective
  if moods and moods[adj] then return true end
  if A.lang == "en" then return #adj >= 6 and sub(adj, -2) == "ed" end
  if sub(adj, -1) ~= "e" then return false end
  local stem = sub(adj, 1, -2)
  return (Analyser.participle_form(stem) or Analyser.separable_participle(A, stem))
         and (byte(stem, -1) == 100 or byte(stem, -1) == 116)
end

-- Analyser.separable_participle(A, w): is word w (lower case) the
-- participle of a separable verb, its particle (speech_words.txt's
-- `separable_particle`) before `ge` (`uitgelegd`, `meegedeeld`)?
function Analyser.separable_participle(A, w)
  local parts = A.L.sets.separable_particle
  if not parts or #w < 7 then return false end
  for p in next, parts do
    if sub(w, #p + 1, #p + 2) == "ge" and sub(w, 1, #p) == p and #w >= #p + 5 then return true end
  end
  return false
end

-- Analyser.ge_adverb_phrase(A, w, e): is word w (lower case), ending at
-- byte e, in ge- with a participle's shape, a colon, a comma or a verb
-- the lists know right after it? Then the one capitalised word before it
-- that opens a Dutch sentence is an adverb's phrase with it, no name
-- (`Normaal gesproken is`, `Eerlijk gezegd:`, `Gek genoeg was`)
function Analyser.ge_adverb_phrase(A, w, e)
  if sub(w, 1, 2) ~= "ge" or not Analyser.participle_form(w) then return false end
  if find(A.s, "^%s*[:,]", e) then return true end
  local nx = string.match(A.s, "^%s*([%a\128-\255]+)", e)
  return (nx and A.L.verb_word[lc(nx)]) and true or false
end

-- Analyser.passive_aux(A, w): is word w (lower case) a passive's auxiliary?
function Analyser.passive_aux(A, w)
  return A.L.sets.passive_aux[w] == true
end

function Analyser.known_surname(A, t, k)
  local s, g = A.s, A.g
  if (names.run_ending(s, t, k, g) or k) ~= k then return false end
  return Analyser.given_in_full(A, tok(s, t, k))
end

-- is name w (one word) the last word of a fuller form of it that the
-- article gives (`Verbeek` after `Jan Verbeek`)?
function Analyser.given_in_full(A, w)
  return Analyser.fuller_form(names.canonical(A.article, w, A.lang), w)
end

-- Analyser.surname_of(full, w): is w the last part of full name full,
-- its capitalised particle too (`Van der Heijden` of `Erik van der
-- Heijden`)?
function Analyser.surname_of(full, w)
  return Analyser.fuller_form(full, w) or Analyser.fuller_form(full, lc(sub(w, 1, 1)) .. sub(w, 2))
end

-- is full a fuller form of name w, ending in it (`Jan Verbeek`, `Verbeek`)?
Analyser.fuller_form = names.fuller_form

-- Analyser.names_person(A, text): may name text be a person's: is it
-- two words or more, or one that is a given name of the list or takes a
-- fuller form that opens with one? One word with neither after a role's
-- of-phrase is that phrase's body or field (`the Office of the
-- Comptroller of the Currency`); with no given names list, any name may.
function Analyser.names_person(A, text)
  local g = A.g
  if not g.given or find(text, " ", 1, true) or g.given[lc(text)] then return true end
  return Analyser.given_first(A, names.canonical(A.article, text, A.lang)) ~= nil
end

-- the last token of the name run that starts at token k of t, on through
-- an organisation's `for`/`on` (`the Office for National Statistics`),
-- or nil when no name starts there
local function org_run_starting(A, t, k)
  local s, L, g = A.s, A.L, A.g
  local last, n = names.run_starting(s, t, k, g), #t // 2
  while last and last + 2 <= n and L.sets.org_join[ltok(s, t, last + 1)] and L.org[tok(s, t, last)]
        and names.kind(s, t, last + 2, g) == "N" do
    last = names.run_starting(s, t, last + 2, g) or last + 2
  end
  return last
end

-- is token k of t (an `and`) inside an organisation's name: an
-- organisation word among the capitalised words and `for`/`of`/`on`
-- joints before it, or in the name run after it?
function Analyser.org_name_around(A, t, k)
  local s, L, g = A.s, A.L, A.g
  local x = k - 1
  while x >= 1 and (is_upper_at(s, t[2 * x - 1]) or L.sets.org_join[ltok(s, t, x)] or ltok(s, t, x) == "of") do
    if L.org[tok(s, t, x)] then return true end
    x = x - 1
  end
  local last = names.run_starting(s, t, k + 1, g) or k + 1
  for y = k + 1, last do
    if L.org[tok(s, t, y)] then return true end
  end
  return false
end

-- Analyser.role_name_ahead(A, t, k, n): do tokens k .. k + 3 of t hold
-- words in lower case up to a person's role noun with a name right after
-- it (`voyage co-leader Sadie Mills`)?
function Analyser.role_name_ahead(A, t, k, n)
  local s, L = A.s, A.L
  for j = k, (n - 1 < k + 3 and n - 1 or k + 3) do
    if is_punct_tok(s, t, j) then return false end
    -- (or a party's or club's name glued to the role by a hyphen, its
    -- capitalised words before: `inwoner van Breskens en Lijst
    -- Babijn-raadslid Sebastiaan Keijmel`)
    local w = tok(s, t, j)
    if not is_lower_at(s, t[2 * j - 1]) then
      local tail = string.match(w, "^%u[^%-]*%-(%l[%l\128-\255]+)$")
      if not tail then
        if j == n - 1 or not is_upper_at(s, t[2 * j + 1]) then return false end
      elseif SETS.one_person[role_of(L, tail)] then
        local kd = names.kind(s, t, j + 1, A.g)
        return kd == "N" or kd == "I"
      else
        return false
      end
    elseif SETS.one_person[role_of(L, w)] then
      -- (a name or its initials: `diaken en scriba D.J. Verkuil`)
      local kd = names.kind(s, t, j + 1, A.g)
      if kd == "N" or kd == "I" then return true end
      -- (or one word in lower case between that says what the role is
      -- of, no function word: `staker en voorman elektrotechniek Arjan
      -- Haasnoot`)
      if j + 2 <= n and is_lower_at(s, t[2 * j + 1]) and not is_punct_tok(s, t, j + 1) then
        local w2 = ltok(s, t, j + 1)
        if not (L.fw[w2] or L.prep[w2] or L.det[w2] or L.cue[w2] or L.verb_word[w2] or L.adv[w2]) then
          kd = names.kind(s, t, j + 2, A.g)
          return kd == "N" or kd == "I"
        end
      end
      return false
    end
  end
  return false
end

-- Analyser.given_name_ahead(A, t, k, n): do tokens k .. k + 3 of t hold
-- modifiers of a role (no determiner, pronoun, preposition or clause
-- word) up to a name of two words or more that opens with a given name
-- of the list (`head coach and former Belmont star Adam Sonn`)?
function Analyser.given_name_ahead(A, t, k, n)
  local s, L, g = A.s, A.L, A.g
  for j = k, (n - 1 < k + 3 and n - 1 or k + 3) do
    if is_punct_tok(s, t, j) then return false end
    local lw = ltok(s, t, j)
    if is_upper_at(s, t[2 * j - 1]) and g.given[lw] and j > k then
      local r = names.run_starting(s, t, j, g)
      return r ~= nil and r > j
    end
    if L.det[lw] or L.pron[lw] or L.prep[lw] or L.fw[lw] or L.verb_word[lw] or L.cue[lw] or L.comp[lw] then
      return false
    end
  end
  return false
end

-- the words of a name after its title that subject_after reads past its
-- window (config.np_words): a given name and a surname of three
local TITLE_NAME_WORDS = 4

-- Analyser.past_age_bracket(s, t, b, j) -> the token before an age in
-- brackets that token b closes (`(17)`), when that token lies after token
-- j; else b
function Analyser.past_age_bracket(s, t, b, j)
  if b - 3 > j and tok(s, t, b) == ")" and tok(s, t, b - 2) == "(" and find(tok(s, t, b - 1), "^%d%d?%d?$") then
    return b - 3
  end
  return b
end

-- Analyser.past_age(s, t, k, n) -> the token after token k when k is an
-- age written as one word before a name (`60-year-old`, `45-jarige`) and
-- not the last of the n tokens, else k
function Analyser.past_age(s, t, k, n)
  if k >= n then return k end
  local w = tok(s, t, k)
  if find(w, "^%d+%-year%-old$") or find(w, "^%d+%-jarige$") then return k + 1 end
  return k
end

-- Analyser.role_of_after_name(A, t, last): in English, is the word after
-- the name ending at token last of t a word in lower case before of/for/at
-- and a capital or a determiner, the name opening with a given name of
-- the list: an appositive whose comma is missing, the name the person (`said
-- Derek Walsh owner of Judge Roy Bean Public House`), no modifier?
function Analyser.role_of_after_name(A, t, last)
  local s, g = A.s, A.g
  local n = #t // 2
  if last + 3 > n or not is_lower_at(s, t[2 * last + 1])
     or not (is_upper_at(s, t[2 * last + 5]) or A.L.det[ltok(s, t, last + 3)]) then
    return false
  end
  local p = ltok(s, t, last + 2)
  if p ~= "of" and p ~= "for" and p ~= "at" then return false end
  local f = names.run_ending(s, t, last, g)
  return f ~= nil and f < last and g.given[ltok(s, t, f)] ~= nil
end

-- Analyser.elided_fields_name(A, t, k, n): do tokens k .. k + 4 of t (n
-- in all) hold two fields in lower case whose compound's head the first
-- leaves out with a hyphen, joined by a conjunction, and a name after
-- them (`lees- en taalonderwijs Kees Vernooy`)?
function Analyser.elided_fields_name(A, t, k, n)
  local s = A.s
  return k + 4 <= n and is_lower_at(s, t[2 * k - 1]) and t[2 * k] == t[2 * k + 1] and tok(s, t, k + 1) == "-"
         and A.L.sets.conjunction[ltok(s, t, k + 2)] ~= nil and is_lower_at(s, t[2 * k + 5])
         and names.kind(s, t, k + 4, A.g) == "N"
end

-- Analyser.fields_name_ahead(A, t, k, n): do tokens k .. k + j - 1 (two
-- or three words) say a role's field in lower case, an adjective and its
-- noun, with a given name of one sex (given_names.txt) right after them
-- that opens a name (`stelt de Gentse prof lokale politiek Kristof
-- Steyvers`, `zegt hoogleraar internationale betrekkingen Jan Smit`)?
-- (no verb, cue, adverb, preposition, determiner, pronoun, conjunction
-- or role among them: `zegt de trainer nu Peter` has no field)
function Analyser.fields_name_ahead(A, t, k, n)
  local s, L, g = A.s, A.L, A.g
  if not g.given then return false end
  for j = k, (k + 2 < n and k + 2 or n - 1) do
    if is_punct_tok(s, t, j) or not is_lower_at(s, t[2 * j - 1]) then return false end
    local w = ltok(s, t, j)
    if L.verb_word[w] or L.closed_verb[w] or L.cue[w] or L.adv[w] or L.prep[w] or L.det[w] or L.pron[w]
       or L.sets.conjunction[w] or role_of(L, tok(s, t, j)) then
      return false
    end
    local sex = g.given[ltok(s, t, j + 1)]
    if j > k and (sex == "m" or sex == "f") and names.kind(s, t, j + 1, g) == "N" then return true end
  end
  return false
end

-- Analyser.name_after_workplace(A, t, n, last) -> the name that ends the
-- clause after token last, a person's role, and a preposition of where
-- one works (speech_words.txt's `workplace_prep`: `aan`, `bij`, `at`) with the
-- capitalised name of where the person works, perhaps after a
-- determiner, when a given name of one sex (given_names.txt) opens it
-- inside that run, as a mention; else nil (`gastprofessor aan de Vrije
-- Universiteit Brussel Maurice de Greef`)
function Analyser.name_after_workplace(A, t, n, last)
  local s, L, g = A.s, A.L, A.g
  if last + 4 > n or not g.given or not L.sets.workplace_prep[ltok(s, t, last + 1)] then return nil end
  local f = last + 2
  if L.det[ltok(s, t, f)] then f = f + 1 end
  if f >= n or names.kind(s, t, f, g) ~= "N" then return nil end
  local l = names.run_starting(s, t, f, g)
  if not l or l - f < 2 or not (l == n or is_punct_tok(s, t, l + 1)) then return nil end
  for y = f + 1, l - 1 do
    local sex = g.given[ltok(s, t, y)]
    if sex == "m" or sex == "f" then return mention_name(s, t, y, l) end
  end
  return nil
end

-- Analyser.name_after_of_phrase(A, t, n, last) -> the name that ends the
-- clause after token last's of-phrase in lower case (of/van and up to three
-- words, no determiner or preposition), as a mention; nil when none: `says
-- CFIB’s chief economist and vice-president of research Simon Gaudreault`
function Analyser.name_after_of_phrase(A, t, n, last)
  local s, L = A.s, A.L
  if last + 3 > n or not L.sets.complement_of[ltok(s, t, last + 1)] then return nil end
  local y = last + 2
  while y < n and y <= last + 4 and is_lower_at(s, t[2 * y - 1]) and not is_punct_tok(s, t, y)
        and not (L.det[ltok(s, t, y)] or L.prep[ltok(s, t, y)]) do
    y = y + 1
  end
  if y > last + 2 and names.kind(s, t, y, A.g) == "N" then
    local l2 = names.run_starting(s, t, y, A.g)
    if l2 and l2 > y and (l2 == n or is_punct_tok(s, t, l2 + 1)) then return mention_name(s, t, y, l2) end
  end
  return nil
end

-- Analyser.without_bracketed_codes(s, t, n) -> t, n: the tokens t of a
-- window without each abbreviation in brackets that stands between a
-- capitalised word and a capitalised word or a comma: an office's short
-- form, which the title's words and the name read past (`said Deputy
-- Commissioner of Police (DCP) Rajesh Kumar`, `said the Police Public
-- Relations Officer (PPRO), Rajesh Kumar`); t itself when there is none.
-- A party or an age after a name that ends the clause (`Piet de Vries
-- (CDA).`, `Jan Smit (45).`) stays; so does a word (`Police (South)
-- Syed Asad Raza`: the article's name index reads `Police (South)
-- Syed` as one run, and the name read here would split on it). After a
-- word in lower case the abbreviation spells the initials of the words
-- before it (`said chief executive officer (CEO) Michael Sharp`).
function Analyser.without_bracketed_codes(s, t, n)
  local out
  local k = 2
  while k + 2 <= n do
    if tok(s, t, k) == "(" and tok(s, t, k + 2) == ")" and k + 3 <= n
       and find(tok(s, t, k + 1), "^%u[%u%d]+$")
       and (is_upper_at(s, t[2 * k - 3]) or Analyser.spells_initials(s, t, k - 1, tok(s, t, k + 1)))
       and (is_upper_at(s, t[2 * k + 5]) or tok(s, t, k + 3) == ",") then
      if not out then
        out = {}
        for i = 1, 2 * k - 2 do out[i] = t[i] end
      end
      k = k + 3
    else
      if out then
        out[#out + 1] = t[2 * k - 1]
        out[#out + 1] = t[2 * k]
      end
      k = k + 1
    end
  end
  if not out then return t, n end
  for i = 2 * k - 1, 2 * n do out[#out + 1] = t[i] end
  return out, #out // 2
end

-- Analyser.spells_initials(s, t, last, abbr): do the words of tokens t
-- that end at token last start, in order, with the letters of abbr,
-- case aside (`chief executive officer` and `CEO`)?
function Analyser.spells_initials(s, t, last, abbr)
  local m = #abbr
  if last < m then return false end
  for i = 1, m do
    local a = t[2 * (last - m + i) - 1]
    local c = byte(s, a)
    if not c or (c | 32) ~= (byte(abbr, i) | 32) or t[2 * (last - m + i)] - a < 2 then return false end
  end
  return true
end

local function subject_after(A, b, se)
  local s, L, g = A.s, A.L, A.g
  local sets = L.sets
  local hi = b + A.config.ahead_window
  if hi > se then hi = se end
  local q = floor_index(A.qa, b)
  local nq = A.qa[q + 1]
  if nq and nq < hi then hi = nq end
  local t = tokens(s, b, hi)
  local n = #t // 2
  if n == 0 then return nil end
  -- (a bracket in the window only: a search from b on would read to the
  -- article's end at every cue of an article with none)
  if find(sub(s, b, hi - 1), "(", 1, true) then t, n = Analyser.without_bracketed_codes(s, t, n) end
  local k = 1
  local w1 = ltok(s, t, 1)
  -- French inversion: `dit-il`, `a-t-elle dit`
  if w1 == "-" and n >= 2 then
    local k2 = 2
    if ltok(s, t, 2) == "t" and n >= 4 and tok(s, t, 3) == "-" then k2 = 4 end
    local wp = ltok(s, t, k2)
    if L.pron[wp] then
      return { s = t[2 * k2 - 1], e = t[2 * k2], kind = "pron", text = tok(s, t, k2),
               gender = L.pron[wp], how = "after" }
    end
  end
  if is_punct_tok(s, t, 1) then return nil end
  -- (a preposition of whom is spoken to right after the cue opens no
  -- inverted subject: the addressee, `Een man die tegenover de plek
  -- woont, zei tegen Omroep Brabant: "..."`; speech_words.txt's
  -- `addressee_prep`)
  if sets.addressee_prep[w1] and is_lower_at(s, t[1]) then return nil end
  -- a demonstrative alone after the cue, the sentence's punctuation next,
  -- is its subject, the one the sentence before names last (`'Bent u
  -- gevolmachtigd?', vraagt ze aan een advocaat. 'Ja hoor', antwoordt
  -- die, '...'`: the lawyer)
  if (n == 1 or is_punct_tok(s, t, 2)) and sets.demonstrative_subject[tok(s, t, 1):gsub("^%l", string.upper)]
     and is_lower_at(s, t[1]) then
    return { s = t[1], e = t[2], kind = "pron", text = tok(s, t, 1), gender = "d", how = "after" }
  end
  -- one more of those just named, its noun left out, alone after the cue
  -- (`"...," said another.`): someone new, as before a cue
  -- (subject_before; speech_words.txt's `other_one`)
  if (n == 1 or is_punct_tok(s, t, 2)) and sets.other_one[w1] and L.det[w1] == "indef" then
    return { s = t[1], e = t[2], kind = "role", text = tok(s, t, 1), head = w1, gender = "p", def = "indef", how = "after" }
  end
  -- (and so the other of two, `said the other.`, `zei de andere`)
  local w2 = n >= 2 and ltok(s, t, 2)
  if w2 and (n == 2 or is_punct_tok(s, t, 3)) and L.det[w1] == "def" and (w2 == "other" or sets.other_one[w2]) then
    return { s = t[1], e = t[4], kind = "role", text = sub(s, t[1], t[4] - 1), head = w2, gender = "p", def = "indef",
             how = "after" }
  end
  -- (a body's possessive, a capitalised title whose last word is a
  -- person's role or title, a comma and a name that ends the clause: the
  -- name, `said NASA's Chief Scientist, Jane Doe`, `explains National
  -- Weather Service’s Warning Coordination Meteorologist, Jeffry Evans`)
  if n >= 5 and (is_upper_at(s, t[1]) or L.det[w1] == "def") then
    local m = Analyser.titled_appositive_after(A, t, n)
    if m then return m end
  end
  -- (titles joined by `and` before the name: `said Representative and
  -- Senate Candidate Elissa Slotkin`)
  if n >= 5 and is_upper_at(s, t[1]) then
    local m = Analyser.joined_titles_name(A, t, n)
    if m then return m end
  end
  -- (after a Dutch or German source, a name and then a word in -t that a
  -- determiner or pronoun follows: that word is the finite verb, and the
  -- name ends before it, `volgens Baecke druist het voorstel van Schouten
  -- ... in`)
  -- (the source read first, by the letters that end at b: most cues are
  -- verbs, and the name's run costs more)
  if A.lang ~= "en" and A.lang ~= nil and n >= 3 and is_upper_at(s, t[1]) then
    local l = source_before(A, b) and names.kind(s, t, 1, g) == "N" and names.run_starting(s, t, 1, g)
    if l and l + 2 <= n and is_lower_at(s, t[2 * l + 1]) then
      local w2, w3 = ltok(s, t, l + 1), ltok(s, t, l + 2)
      if #w2 >= 4 and find(w2, "[^e]t$") and (L.det[w3] or L.pron[w3]) and not (L.prep[w2] or L.det[w2] or g.particles[w2] or L.adv[w2]) then
        local m = mention_name(s, t, 1, l)
        m.how = "after"
        return m
      end
    end
  end
  -- (a source's phrase of one or two words in lower case between the cue
  -- and its subject is passed: `riep volgens overlevering een priester de
  -- paus toe`)
  if L.source[w1] and n >= 4 then
    local j = 2
    while j <= 3 and j < n and is_lower_at(s, t[2 * j - 1]) and not L.det[ltok(s, t, j)]
          and not is_punct_tok(s, t, j) do
      j = j + 1
    end
    if j > 2 and L.det[ltok(s, t, j)] then return subject_after(A, t[2 * j - 1], se) end
  end
  -- (a definite article, capitalised adjectives of place and a demonym
  -- after them: that demonym's role, which points back, no name `Belg`:
  -- `vertelt de Marokkaanse Belg`)
  if n >= 3 and L.det[w1] == "def" and A.lang ~= "en" and is_upper_at(s, t[3]) then
    local y = 2
    while y < n and y <= 3 and is_upper_at(s, t[2 * y - 1]) and names.kind(s, t, y, g) == "w"
          and not L.demonym[ltok(s, t, y)] do
      y = y + 1
    end
    local d = y > 2 and L.demonym[ltok(s, t, y)]
    if d and (y == n or is_punct_tok(s, t, y + 1) or not is_upper_at(s, t[2 * y + 1])) then
      return { s = t[1], e = t[2 * y], kind = "role", text = sub(s, t[1], t[2 * y] - 1), head = ltok(s, t, y),
               gender = d, def = "def", how = "after" }
    end
  end
  -- (a determiner, where the person lives or comes from and its
  -- adjective in -e before the name: `zegt de in Lieveren woonachtige
  -- Manon van der Heide`, `de uit Gent afkomstige Jan Peeters`; the name)
  if L.det[w1] and n >= 5 and A.lang == "nl" and sets.place_prep[ltok(s, t, 2)] and is_upper_at(s, t[5]) then
    local y = 3
    while y < n - 1 and is_upper_at(s, t[2 * y - 1]) and not is_punct_tok(s, t, y) do y = y + 1 end
    local adj = ltok(s, t, y)
    if y > 3 and y < 7 and is_lower_at(s, t[2 * y - 1]) and #adj >= 6 and byte(adj, -1) == 101
       and not (L.det[adj] or L.prep[adj] or L.fw[adj]) and names.kind(s, t, y + 1, g) == "N" then
      return subject_after(A, t[2 * y + 1], se)
    end
  end
  -- (two modifiers in lower case that and/en joins before the name, its
  -- determiner too: `verzucht geboren en getogen Katwijker Rommert
  -- Blankert`, `said born and bred Glaswegian John Smith`)
  do
    local j = L.det[w1] and 2 or 1
    if n >= j + 3 and is_lower_at(s, t[2 * j - 1]) and sets.coord[ltok(s, t, j + 1)]
       and is_lower_at(s, t[2 * j + 3]) and not is_punct_tok(s, t, j) and not is_punct_tok(s, t, j + 2)
       and not (L.det[ltok(s, t, j)] or L.prep[ltok(s, t, j)] or L.det[ltok(s, t, j + 2)] or L.prep[ltok(s, t, j + 2)])
       and names.kind(s, t, j + 3, g) == "N" then
      return subject_after(A, t[2 * j + 5], se)
    end
  end
  if sets.one_word[w1] and n >= 3 and (ltok(s, t, 2) == "of" or ltok(s, t, 2) == "van") then
    return Analyser.one_of_after(A, t, n, se)
  end
  -- a person's role in lower case, where the person works and the
  -- body's capitalised name, then a given name of the list that opens the
  -- person's name: that name (`zegt festivaldeskundige bij KunstLoc Teun
  -- van Irsel`, `said analyst at Redburn John Smith`)
  if n >= 5 and is_lower_at(s, t[1]) and sets.works_at[ltok(s, t, 2)] and is_upper_at(s, t[5])
     and SETS.one_person[role_of(L, tok(s, t, 1))] and names.kind(s, t, 3, g) == "N" then
    for y = 4, (n < 8 and n or 8) do
      if not is_upper_at(s, t[2 * y - 1]) then break end
      if g.given[ltok(s, t, y)] then
        local l = names.run_starting(s, t, y, g)
        if l and l > y then
          local m = mention_name(s, t, y, l)
          m.how = "after"
          return m
        end
        break
      end
    end
  end
  -- a person's role in lower case and where the person is, then a comma
  -- and a full name that closes the sentence: the appositive's name
  -- (`zegt café-eigenaar op de Amsterdamse Nieuwmarkt, Barry van den
  -- Berg.`, `said a resident of the street, John Smith.`)
  if n >= 6 and (is_lower_at(s, t[1]) and SETS.one_person[role_of(L, tok(s, t, 1))]
                 or L.det[w1] and SETS.one_person[role_of(L, tok(s, t, 2))]) then
    local j = L.det[w1] and 3 or 2
    if L.prep[ltok(s, t, j)] then
      while j < n and j <= 8 and not is_punct_tok(s, t, j) and not L.verb_word[ltok(s, t, j)] do j = j + 1 end
      if tok(s, t, j) == "," and j + 2 <= n and names.kind(s, t, j + 1, g) == "N" then
        local l = names.run_starting(s, t, j + 1, g)
        -- (not the region after a place that ends the phrase: `said the
        -- mayor of Mamaroneck, New York.`; region_words)
        if l and l > j + 1 and (l == n or find(tok(s, t, l + 1), "^[%.!?]"))
           and not (is_upper_at(s, t[2 * j - 3]) and region_words(A, t, j + 1, l)) then
          local m = mention_name(s, t, j + 1, l)
          m.how = "after"
          return m
        end
      end
    end
  end
  -- (an indefinite article and adjectives joined by and/en before a
  -- name describe the person named: `reageerde een verbaasde en
  -- dolgelukkige Joep Wennemars`, `said a relieved and delighted Jan
  -- Smit`)
  if L.det[w1] == "indef" and n >= 5 then
    local j, joined = 2, false
    while j <= 5 and j < n and is_lower_at(s, t[2 * j - 1]) and not is_punct_tok(s, t, j) do
      local wj = ltok(s, t, j)
      if sets.conjunction[wj] then joined = true
      elseif L.det[wj] or L.prep[wj] or role_of(L, tok(s, t, j)) then break end
      j = j + 1
    end
    if joined and j > 3 and names.kind(s, t, j, g) == "N" and not sets.conjunction[ltok(s, t, j - 1)] then
      local m = subject_after(A, t[2 * j - 1], se)
      if m and m.kind == "name" then return m end
    end
  end
  -- (in Dutch and German an adverb may stand between an inverted cue and
  -- its subject, two too: `aldus nog De Clercq`, `zei ook Jansen`, `zegt
  -- nu ook de minister`)
  -- (a particle that joins a surname after a given name opens that
  -- surname where the article wrote it so: `aldus Te Kloese`,
  -- names.te_surname_written; else `te` is a preposition or an adverb)
  local te_name = g.sets.given_particle[w1] and n >= 2 and is_upper_at(s, t[3])
                  and names.te_surname_written(g, s, tok(s, t, 2))
  if A.lang ~= "en" and n >= 2 and L.adv[w1] and not te_name and L.verb_word[w1] ~= true and not is_punct_tok(s, t, 2)
     and (is_upper_at(s, t[3]) or L.det[ltok(s, t, 2)] or L.pron[ltok(s, t, 2)]
          or n >= 3 and L.adv[ltok(s, t, 2)] and L.verb_word[ltok(s, t, 2)] ~= true
             and (is_upper_at(s, t[5]) or L.det[ltok(s, t, 3)] or L.pron[ltok(s, t, 3)])) then
    return subject_after(A, t[3], se)
  end
  if g.stop[w1] and not L.pron[w1] and not L.det[w1] and not g.particles[w1] and not te_name
     and names.kind(s, t, 1, g) ~= "N" and not (n >= 2 and PERSON_ROLE[role_of(L, tok(s, t, 2))]) then
    -- (an adjective before a role noun may be a stop word: `riepen
    -- andere fracties`)
    return nil
  end
  if L.pron[w1] then
    return { s = t[1], e = t[2], kind = "pron", text = tok(s, t, 1),
             gender = L.pron[w1], how = "after" }
  end
  -- a full name and `one of` right after it, an appositive whose comma is
  -- missing: the name (`vertelt Patrick Eekhof één van de uitbaters van De
  -- Nozems`)
  if n >= 5 and names.kind(s, t, 1, g) == "N" then
    local r = names.run_starting(s, t, 1, g)
    if r and r >= 2 and r + 2 <= n and sets.one_word[ltok(s, t, r + 1)] and sets.complement_of[ltok(s, t, r + 2)] then
      local m = mention_name(s, t, 1, r)
      m.how = "after"
      return m
    end
  end
  -- the noun phrase: words up to punctuation, a complementizer or a
  -- preposition-like function word
  local last = 0
  local lastname, has_head
  local maxw = A.config.np_words
  -- (is_punct_tok's, lc_tok's and kind_of's answers read here where the
  -- token marks cover the token, the first 64: the marks and the memos,
  -- without three calls a word)
  local marks, lc_memo, kinds = t.nonword, names.lc_memo, g.kind_cache
  -- (a title near the window's end may take its name's words past it:
  -- `zegt minister van Asiel en Migratie en vicepremier Van den Brink`)
  local title_at
  -- (and so does a name that the window's last word opens: `said the
  -- chief executive of York and Scarborough hospitals Simon Morritt`)
  while k <= n and (k <= maxw or title_at and k <= title_at + TITLE_NAME_WORDS
                    or k <= maxw + 3 and lastname == k - 1 and is_upper_at(s, t[2 * k - 1])) do
    local marked = marks and k <= 64
    if marked and (marks >> (k - 1)) & 1 == 1 or not marked and is_punct_tok(s, t, k) then
      -- (not the period of `J. de Vries`, the ' of `van 't Hof`)
      local jl = k > 1 and names.joined_len(s, t, k, g) or 0
      -- the period of an abbreviated title goes on to the name after it:
      -- `said Dr. Livermore`, `zei dr. Jansen`
      -- (and so to a second title in lower case: `zegt prof. dr. Jan de
      -- Vries`, `mr. dr.`, `dr. ir.`)
      if jl == 0 and k < n and title_period(s, t, k, g)
         and (is_upper_at(s, t[2 * k + 1]) or names.kind(s, t, k + 1, g) == "T") then
        jl = 1
      end
      -- (nor the hyphen of a compound whose head is left out, with the
      -- conjunction after it: `volgens de Nederlandse Voedsel- en
      -- Warenautoriteit`)
      -- (and so a role's field in lower case, a name after it: `zegt
      -- oud-lector lees- en taalonderwijs Kees Vernooy`)
      if jl == 0 and k > 1 and k + 2 <= n and t[2 * k - 1] == t[2 * k - 2] and tok(s, t, k) == "-"
         and sets.conjunction[ltok(s, t, k + 1)]
         and (is_upper_at(s, t[2 * k + 3]) or has_head and Analyser.elided_fields_name(A, t, k - 1, n)) then
        jl = 2
      end
      -- (nor the comma between a minister's portfolios: `minister van
      -- Onderwijs, Cultuur en Wetenschap Eppo Bruins`)
      if jl == 0 and k > 1 and k < n and g.portfolio and g.portfolio[ltok(s, t, k - 1)]
         and g.portfolio[ltok(s, t, k + 1)] and tok(s, t, k) == "," then
        jl = 1
      end
      -- (nor an en dash that joins a compound role, written for its
      -- hyphen: `aldus FNV–bestuurder C. Peijster`, the name before it no
      -- subject)
      if jl == 0 and k > 1 and k < n and tok(s, t, k) == "\226\128\147" and t[2 * k - 1] == t[2 * k - 2]
         and t[2 * k] == t[2 * k + 1] and is_lower_at(s, t[2 * k + 1]) and role_of(L, tok(s, t, k + 1)) then
        jl, lastname = 2, nil
      end
      -- (nor the period of an organisation's word glued to it before a
      -- person's role in lower case: `said Smith Barney Inc. analyst
      -- Allison Deans`, `Goldman Sachs & Co. analyst`)
      if jl == 0 and lastname == k - 1 and k + 1 < n and tok(s, t, k) == "." and t[2 * k - 1] == t[2 * k - 2]
         and (L.org[tok(s, t, k - 1)] or tok(s, t, k - 1) == "Co") and is_lower_at(s, t[2 * k + 1])
         and SETS.one_person[role_of(L, tok(s, t, k + 1))] then
        jl = 1
      end
      -- (nor the slash between two roles: `zegt directeur/bestuurder
      -- Marcel Timmerman`)
      if jl == 0 and k > 1 and k < n and tok(s, t, k) == "/" and role_of(L, tok(s, t, k - 1))
         and role_of(L, tok(s, t, k + 1)) then
        jl = 1
      end
      -- (nor the slash of a rank so written: `said S/Sgt MacLean`, the
      -- letter before it no name)
      if jl == 0 and k > 1 and k < n and lastname == k - 1 and tok(s, t, k) == "/" and t[2 * k - 1] == t[2 * k - 2]
         and t[2 * k - 2] - t[2 * k - 3] <= 2 and names.kind(s, t, k + 1, g) == "T" then
        jl, lastname = 1, nil
      end
      -- (nor the apostrophe of a plural's possessive before its noun:
      -- `according to the athletes' commission`)
      if jl == 0 and k < n and Analyser.plural_possessive_at(A, t, k, 1) and is_lower_at(s, t[2 * k + 1]) then
        jl = 1
      end
      if jl == 0 then break end
      k = k + jl
      goto next_word
    end
    do
    local raw = sub(s, t[2 * k - 1], t[2 * k] - 1)
    local w = lc_memo[raw] or lc(raw)
    -- (an acronym that spells a function word is a name: `said the WHO`,
    -- `according to the US`)
    local acronym = byte(raw, 2) and byte(raw, 1) <= 90 and byte(raw, 2) <= 90 and names.is_acronym(raw)
    -- a relative pronoun right after the head opens its clause, also
    -- where it spells a determiner (`zei de renner die de Ronde van
    -- Italië als derde afsloot`: not `de Ronde`)
    if has_head and k > 1 and sets.relative[w] and is_lower_at(raw, 1)
       and (lastname == k - 1 or role_of(L, tok(s, t, k - 1))) then
      break
    end
    if not acronym then
      -- (a cue word with its capital right after a name part is the
      -- name's: `zegt weerman Ed Aldus`)
      if (L.comp[w] or L.cue[w] or L.source[w])
         and not (lastname == k - 1 and k > 1 and is_upper_at(raw, 1) and not L.comp[w]) then
        break
      end
      if k > 1 and L.pron[w] then break end
    end
    local kd = kinds[raw] or names.kind_of(raw, g)
    -- (a particle that joins a surname right after a given name: `zegt
    -- Hans te Kolsté`, names.te_particle)
    if kd == "w" and lastname == k - 1 and k < n and g.sets.given_particle[raw]
       and names.te_particle(g, raw, tok(s, t, k - 1), k + 2 <= n and tok(s, t, k + 2) or nil)
       and names.kind(s, t, k + 1, g) == "N" then
      kd = "A"
    end
    -- (and opening the phrase, where the article wrote that surname after
    -- a given name and the particle: `aldus Te Kloese`,
    -- names.te_surname_written)
    if kd == "w" and k == 1 and te_name then kd = "A" end
    -- (outside English a present participle in lower case after the
    -- head, said of how it was said, ends the phrase: `zei de geboren
    -- Argentijn lachend`)
    if A.lang ~= "en" and A.lang ~= nil and k > 1 and kd == "w" and #raw >= 6 and sub(raw, -3) == "end"
       and is_lower_at(raw, 1) and not role_of(L, raw) and (lastname == k - 1 or has_head) then
      break
    end
    -- (a person's name of a given name and a surname, then a role in
    -- lower case and another name: the first is the subject, the second
    -- the one spoken to or of, `gooit Eva Bollen burgemeester Halsema
    -- voor de voeten`)
    -- (and so a body's kind noun and its name after it: where the person
    -- works, `vertelt Bert Thys hulpverleningszone Zuid-West Limburg`)
    if lastname == k - 1 and k >= 3 and k < n and is_lower_at(raw, 1) and is_upper_at(s, t[2 * k + 1])
       and (SETS.one_person[role_of(L, raw)]
            or A.lang ~= "en" and A.lang ~= nil and #raw >= 8 and Analyser.body_compound(L, lc(raw))) then
      local f = names.run_ending(s, t, lastname, g)
      if f and f < lastname and g.given and g.given[ltok(s, t, f)] then break end
    end
    -- (a role noun in capitals after a determiner is a role: `said the
    -- CEO of Maersk`)
    if acronym and kd == "N" and k > 1 and L.det[ltok(s, t, k - 1)] and L.role[w] and not L.abbreviated_title[w] then kd = "w" end
    if kd == "N" and L.lang == "nl" and not acronym and Analyser.capital_role_after_det(A, t, k, 1, raw) then kd = "w" end
    if kd == "N" and L.lang == "nl" and not acronym and Analyser.capital_adjective_before_role(A, t, k, n, raw) then kd = "w" end
    -- (a German role noun after a determiner is a role: `sagte ein
    -- Sprecher`, as in np_ending; with a genitive after it, `ein Sprecher
    -- der Staatsanwaltschaft`, the role is the phrase, below)
    if kd == "N" and L.lang == "de" and k > 1 and L.role[w] and L.det[ltok(s, t, k - 1)] then
      kd = "w"
      if k == 2 and n >= 4 and (ltok(s, t, 3) == "der" or ltok(s, t, 3) == "des")
         and is_upper_at(s, t[7]) then
        local e4 = 4
        while e4 < n and not is_punct_tok(s, t, e4 + 1) and is_upper_at(s, t[2 * e4 + 1]) do e4 = e4 + 1 end
        return { s = t[1], e = t[2 * e4], kind = "role", text = sub(s, t[1], t[2 * e4] - 1),
                 head = w, gender = role_of(L, raw) or "g", def = L.det[ltok(s, t, 1)], how = "after" }
      end
    end
    -- a count after the name opens the next phrase: `stonden volgens
    -- Rabobank drie banken onder toezicht`, `volgens de Aw 12 corporaties`
    -- (a number inside a name goes on, and one before a role and a name:
    -- `BBC Radio 4`, `Formula 1 boss Stefano Domenicali`)
    -- (a distance before a person's role is the role's: `the 2015 World
    -- Championships 200m silver medalist`)
    if lastname == k - 1 and k > 1 and k < n and (L.number[w] or find(raw, "^%d"))
       and is_lower_at(s, t[2 * k + 1]) and not (k + 1 < n and is_upper_at(s, t[2 * k + 3]))
       and not (find(raw, MEASURE_TOKEN) and (SETS.one_person[role_of(L, tok(s, t, k + 1))]
                or k + 2 <= n and SETS.one_person[role_of(L, tok(s, t, k + 2))])) then
      break
    end
    -- (not a capitalised particle after a minister's portfolio, the
    -- name's own: `zegt minister van Justitie Van den Brink`)
    if kd == "A" and lastname == k - 1 and names.affiliation(s, t, k, g)
       and not L.org[tok(s, t, k - 1)]
       and not (g.portfolio and g.portfolio[ltok(s, t, k - 1)] and is_upper_at(raw, 1)) then
      -- where the person is from: `zegt Jan Jansen van de KNVB` (an
      -- organisation's own van goes on: `zegt de Raad van State`)
      break
    end
    -- (an adjective's ending right after a name part, before no word in
    -- lower case, is a surname's: `aldus fractievoorzitter Peter
    -- Elbertse`, names.suffix_word)
    -- (or alone right after the cue before punctuation: `zegt Elbertse.`)
    if kd == "w" and (lastname == k - 1 or k == 1 and (k == n or is_punct_tok(s, t, k + 1)) or k == 2 and te_name)
       and names.suffix_word(raw, g)
       and not (k < n and is_lower_at(s, t[2 * k + 1]) and not is_punct_tok(s, t, k + 1)) then
      kd = "N"
    end
    -- (a capitalised word a list knows in lower case after a name's
    -- particles, two or more that open the subject or one after a name
    -- part, is the surname, as names.run_starting reads it: `vertelt Van
    -- der Wel`)
    if kd == "w" and k > 1 and names.kind(s, t, k - 1, g) == "A" and names.particle_surname(g, raw, tok(s, t, k - 1))
       and (lastname or k >= 3 and names.kind(s, t, 1, g) == "A" and is_upper_at(s, t[1])) then
      kd = "N"
    end
    -- (and an adjective of place after an organisation word's particle,
    -- before the name's next word: `zegt de Orde van Vlaamse Balies`, as
    -- names.run_starting reads it)
    if kd == "w" and lastname and k > 2 and k < n and g.org and names.kind(s, t, k - 1, g) == "A"
       and is_lower_at(s, t[2 * k - 3]) and names.place_adjective(g, w) and names.kind(s, t, k + 1, g) == "N"
       and names.org_word_in(s, t, 1, k - 2, g) then
      kd = "N"
    end
    -- (a determiner in lower case that is no name's particle, right after
    -- a name, opens the object: `noemt Birnie het Meisje van Yde`)
    if lastname == k - 1 and k > 1 and L.det[w] and not g.particles[w] and is_lower_at(raw, 1) then break end
    -- (and so does a particle before a compound whose tail in lower case
    -- is a role, no surname: `verwijt Jesse Klaver de BBB-voorvrouw`, as
    -- names.run_starting reads it)
    if lastname == k - 1 and k > 1 and k < n and g.particles[w] and is_lower_at(raw, 1)
       and names.role_compound(g, tok(s, t, k + 1)) then
      break
    end
    -- (a title's word right after a given name, no name after it, is the
    -- surname: `said Commissioner Gregg Bishop.`, as names.run_starting
    -- reads it)
    if kd == "T" and lastname == k - 1 and names.given_before(s, t, k, g)
       and (k == n or names.kind(s, t, k + 1, g) ~= "N") then
      kd = "N"
    end
    -- (in English a name that opens with a given name of the list, then
    -- a person's role in lower case and of/for/at before a capital: the
    -- appositive's comma is missing, and the name is the subject, `said
    -- Derek Walsh owner of Judge Roy Bean Public House`)
    if A.lang == "en" and kd ~= "N" and lastname == k - 1 and k > 2 and is_lower_at(raw, 1)
       and SETS.one_person[role_of(L, raw)] and Analyser.role_of_after_name(A, t, k - 1) then
      break
    end
    if kd == "N" then
      lastname = k
    elseif w == "of" and k > 1 and k < n and is_upper_at(s, t[2 * k + 1])
           and (names.kind(s, t, k - 1, g) == "T"
                or is_lower_at(s, t[2 * k - 3]) and role_of(L, tok(s, t, k - 1))) then
      -- a role's of-phrase: `said US Secretary of State Mike Pompeo`
      has_head = true
    elseif sets.org_join[w] and k > 1 and k < n and is_upper_at(s, t[2 * k + 1]) and L.org[tok(s, t, k - 1)] then
      -- an organisation's name goes on: `National Institute for Space
      -- Research`
    elseif sets.conjunction[w] and lastname == k - 1 and k < n and g.portfolio
           and g.portfolio[ltok(s, t, k - 1)]
           and (g.portfolio[ltok(s, t, k + 1)] or names.kind(s, t, k + 1, g) == "T") then
      -- and through the `en` between a minister's portfolios: `aldus
      -- minister van Justitie en Veiligheid Dilan Yeşilgöz` (and to a
      -- second title after them: `zegt minister van Asiel en Migratie en
      -- vicepremier Van den Brink`)
    elseif sets.conjunction[w] and lastname == k - 1 and k < n and names.kind(s, t, k + 1, g) == "N"
           and Analyser.org_name_around(A, t, k) then
      -- and through its `and`: `the Centers for Disease Control and
      -- Prevention`, `Search and Rescue Agency`
    elseif kd == "w" and k > 1 and not L.det[w] then
      -- (a preposition's phrase and a participle between the determiner
      -- and its noun or name is an adjective's: `aldus de in Haarlem
      -- geboren Griekspoor`, `zegt de uit Syrië gevluchte man`; the
      -- participle's token, asked once, as no branch before it below
      -- takes a word after a determiner that is no adverb)
      local participle = not has_head and L.prep[w] and not L.adv[w] and L.det[ltok(s, t, k - 1)]
                         and A.lang ~= "en" and A.lang ~= nil and Analyser.participle_phrase_end(A, t, k, n)
      -- (after a person's role, where the person works and the name that
      -- ends the clause: the branch below, asked once)
      local workplace = L.sets.workplace_prep[w] and SETS.one_person[role_of(L, tok(s, t, k - 1))]
                        and Analyser.name_after_workplace(A, t, n, k - 1)
      -- an adverb or auxiliary may stand before the subject (`zei
      -- gisteren De Jonge`), not after its head noun (`Volgens de
      -- woordvoerder is het kabinet ...`)
      if L.verb_word[w] and k > 2 and not (L.det[ltok(s, t, k - 1)] or L.adv[ltok(s, t, k - 1)]) then
        -- an auxiliary or modal verb after a noun ends the phrase:
        -- `Volgens het onderzoeksbureau zou de VVD ...`
        break
      elseif L.adv[w] then
        if has_head then break end
      elseif participle then
        last = participle
        k = last + 1
        goto next_word
      elseif workplace then
        -- after a person's role, where the person works and the name that
        -- ends the clause are the person: `zegt gastprofessor aan de
        -- Vrije Universiteit Brussel Maurice de Greef`
        workplace.how = "after"
        return workplace
      elseif g.stop[w] and not (k < n and PERSON_ROLE[role_of(L, tok(s, t, k + 1))])
             -- (a stop word that is a role noun right after its
             -- determiner is that noun: `vertelt het stel`, no `stellen`)
             and not (k == 2 and L.det[ltok(s, t, 1)] and role_of(L, raw))
             and not (has_head and Analyser.elided_fields_name(A, t, k, n))
             and not ((has_head or k > 1 and last == k - 1 and is_lower_at(s, t[2 * k - 3]))
                      and sets.conjunction[w] and (Analyser.role_name_ahead(A, t, k + 1, n)
                                                   or Analyser.given_name_ahead(A, t, k + 1, n))) then
        -- (a second role joined by `and` goes on to the name after it:
        -- `said NIWA marine biologist and voyage co-leader Sadie Mills`;
        -- and so do a role's fields in lower case so joined before it:
        -- `said milk and dairy committee chairman Eifion Huws`)
        break
      elseif L.prep[w] and (has_head or role_of(L, tok(s, t, k - 1))) then
        -- a preposition after the head (a title's word too) opens whom it
        -- was said to (`zeggen ingewijden tegenover de NOS`, `bevestigt de
        -- minister tegenover de NOS`)
        break
      elseif A.lang ~= "en" and A.lang ~= nil and lastname == k - 1 and k > 1 and is_lower_at(raw, 1)
             and not (role_of(L, raw) or L.prep[w] or g.particles[w] or sets.conjunction[w] or L.adv[w]
                      or names.kind_of(raw, g) == "T")
             and not (k < n and (g.given[ltok(s, t, k + 1)] or #w <= 3 and is_upper_at(s, t[2 * k + 1])))
             and not names.possessive(s, t, k - 1)
             and source_before(A, b) then
        -- in Dutch and German the finite verb follows `volgens` and its
        -- phrase right after a name too: `Volgens het Centraal Bureau
        -- Levensmiddelenhandel gebruiken Nederlanders ...` (not
        -- Nederlanders); not before a given name, where the word is a
        -- role's field (`Volgens hoogleraar Europees recht Jan Smit`), or
        -- a short one before a capital, a foreign name's function word
        -- (`Volgens Save the Children`), nor after a possessive
        -- (`Volgens Netanyahu's kantoor`)
        break
      elseif has_head and A.lang ~= "en" and A.lang ~= nil and is_lower_at(raw, 1) and not role_of(L, raw)
             and (role_of(L, tok(s, t, k - 1))
                  or k > 2 and L.det[ltok(s, t, k - 2)] and L.demonym[ltok(s, t, k - 1)])
             and not Analyser.title_rest(g, ltok(s, t, k - 1), w)
             and not (sets.conjunction[w] and Analyser.role_name_ahead(A, t, k + 1, n))
             -- (nor the first of two fields whose compound's head the
             -- hyphen leaves out, a name after them: `zegt oud-lector lees-
             -- en taalonderwijs Kees Vernooy`)
             and not Analyser.elided_fields_name(A, t, k, n)
             and not Analyser.fields_name_ahead(A, t, k, n)
             and not (k < n and not L.verb_word[w] and names.kind(s, t, k + 1, g) == "N"
                      and (not source_before(A, b)
                           or g.given[ltok(s, t, k + 1)]
                              and not (k > 2 and L.det[ltok(s, t, k - 2)] and role_of(L, tok(s, t, k - 1)) == "g")
                           or not (k > 2 and L.det[ltok(s, t, k - 2)]) and not L.closed_verb[w] and not L.adv[w])) then
        -- in Dutch and German the verb follows `volgens` and its phrase:
        -- a word in lower case after the role noun is no part of it
        -- (`Volgens de officier belde V. ...`, `Volgens de rechtbank
        -- handelde Kevin B. uit woede`: after its determiner a body's
        -- noun takes no field's word, a person's does, `Volgens de
        -- specialist longziekten Anne de Vries`), nor after a people's noun
        -- (`Volgens de Engelsman speelde Ajax juist goed`); after a verb a name after
        -- it says what the role is of (`zegt hoogleraar sterrenkunde Koen
        -- Kuijken`)
        break
      end
    end
    -- (a title in lower case after a determiner is a role noun too: `de
    -- coach`, `de minister`)
    if kd == "N" or ((kd == "w" or kd == "T") and role_of(L, tok(s, t, k))) then has_head = true end
    if kd == "T" then title_at = k end
    last = k
    k = k + 1
    end
    ::next_word::
  end
  if last == 0 then return nil end
  -- a source noun and its qualifier's phrase: `according to people
  -- familiar with the negotiations`, `said sources close to the club`
  if last >= 2 and last + 2 <= n and L.qualifier[ltok(s, t, last)] == true and L.prep[ltok(s, t, last + 1)] then
    local e
    for z = last + 2, (n < last + 7 and n or last + 7) do
      local wz = word_key(s, t, z)
      if not wz or L.comp[wz] or L.cue[wz] then break end
      e = t[2 * z]
    end
    local q = e and qualified_source(A, t, last + 1, { e = e })
    if q then
      q.how = "after"
      return q
    end
  end
  -- a demonym after a determiner and adjectives in lower case is a role:
  -- `roept een enthousiaste Amerikaan`, `zei de Italiaan` (not a name)
  -- (a female form in -se is no name by its ending: `zei de Canadese`)
  -- (and so a woman of a town the article names, whose -se word reads as
  -- no name: `lacht de Tieltse` in an article that names Tielt)
  local dem = lastname
  if not lastname and last >= 2 and is_upper_at(s, t[2 * last - 1])
     and (Analyser.female_demonym(L, ltok(s, t, last)) or Analyser.townswoman(A, tok(s, t, last))
          or Analyser.unlisted_townswoman(A, t, last)) then
    dem = last
  end
  local compound, compound_key = nil, nil
  if dem and dem == last and dem == lastname and not L.demonym[ltok(s, t, dem)] then
    compound, compound_key = Analyser.compound_person_role(L, tok(s, t, dem))
  end
  -- (a town's woman, also before the finite verb that follows `volgens`
  -- and its phrase: `Volgens de Tilburgse zat er ...`)
  -- (adjectives in lower case and an age may stand between, as the
  -- phrase is read below: `de geboren en getogen Tieltse`)
  local townswoman = dem and dem >= 2 and (dem == lastname or not lastname) and not compound and L.det[ltok(s, t, 1)]
                     and (dem == last or last == dem + 1 and is_lower_at(s, t[2 * last - 1])
                          and source_before(A, b, true))
                     and (Analyser.townswoman(A, tok(s, t, dem)) or Analyser.unlisted_townswoman(A, t, dem))
  if townswoman then last = dem end
  -- (and a town's man, after `de` in lower case: `zegt de Barnevelder`)
  local townsman = dem and dem >= 2 and dem == lastname and dem == last and not compound
                   and tok(s, t, 1) == "de" and Analyser.townsman(A, tok(s, t, dem))
  -- (and one of two words, `said the South African`)
  local dem_two = dem and dem == last and dem >= 3 and demonym_of_two(L, s, t, dem, ltok(s, t, dem))
  -- (and a woman of a place whose noun the list lacks, by its -se:
  -- `vertelde een Groningse`)
  -- (and so, after an adjective in lower case, one in -se that the
  -- article writes nowhere else and no list knows: a place the lists
  -- lack, `vertelde de teleurgestelde Wateringse`, Analyser.unlisted_townswoman)
  local female = dem and dem == last and dem == lastname and not compound
                 and (Analyser.female_demonym(L, ltok(s, t, dem)) or Analyser.unlisted_townswoman(A, t, dem))
                 and Analyser.woman_of_place(A, t, dem)
  if dem and dem == last and dem >= 2
     and (dem ~= lastname or L.demonym[ltok(s, t, dem)] or dem_two or compound or townswoman or townsman or female)
     and L.det[ltok(s, t, 1)] then
    local plain = true
    -- (an age is such an adjective: `schreef de 24-jarige Fransman`,
    -- `said the 24-year-old Frenchman`)
    for y = 2, dem - (dem_two and 2 or 1) do
      if not (is_lower_at(s, t[2 * y - 1]) or find(tok(s, t, y), "^%d+%-%l")) or is_punct_tok(s, t, y) then
        plain = false
        break
      end
    end
    if plain then
      return { s = t[1], e = t[2 * last], kind = "role", text = sub(s, t[1], t[2 * last] - 1),
               head = compound_key or dem_two or ltok(s, t, last),
               gender = compound or L.demonym[dem_two or ltok(s, t, last)] or townsman and "m" or "f",
               def = L.det[ltok(s, t, 1)], how = "after" }
    end
  end
  -- `Syrian state media`, `Dutch police`: a capitalised modifier of a
  -- noun phrase, not a name (a possessive one: below). Not a name the
  -- article gave in full before, nor before a verb: in Dutch the finite
  -- verb follows `volgens X` (`Volgens Verbeek gaan werknemers er ...`)
  -- Nor, outside English, a name of two words or more before a person's
  -- role noun, an appositive whose comma is missing (`zegt Ignas Snellen
  -- hoogleraar astronomie`): Dutch makes a place's modifier an adjective
  -- or a compound (`de Leidse hoogleraar`)
  -- (a name's bare apostrophe after its s, a token of its own, is its
  -- possessive too: `said Tom Jones' lawyer`, `zegt Anna de Vries'
  -- advocaat`)
  local bare_poss = lastname and lastname + 2 <= last and Analyser.plural_possessive_at(A, t, lastname + 1, 1)
                    and is_lower_at(s, t[2 * lastname + 3])
  if lastname and last > lastname and not names.possessive(s, t, lastname) and not bare_poss
     and not L.verb_word[ltok(s, t, lastname + 1)] and not Analyser.known_surname(A, t, lastname)
     and not (A.lang ~= "en" and A.lang ~= nil and SETS.one_person[role_of(L, tok(s, t, lastname + 1))]
              and (names.run_ending(s, t, lastname, g) or lastname) < lastname) then
    local nouns = 0
    for x = lastname + 1, last do
      local wx = ltok(s, t, x)
      -- (a distance or weight before the noun is one of its words: `the
      -- 2015 World Championships 200m silver medalist`)
      if is_lower_at(s, t[2 * x - 1]) and not L.adv[wx] and not g.stop[wx] and not L.det[wx]
         or x < last and find(wx, MEASURE_TOKEN) then
        nouns = nouns + 1
      else
        break
      end
    end
    local rs = names.run_ending(s, t, lastname, g) or lastname
    -- (the phrase ends at its nouns, or a determiner after them opens the
    -- next one: `het kabinet wil volgens Haagse bronnen de belasting ...`)
    local ends = lastname + nouns
    if not (ends < last and L.det[ltok(s, t, ends + 1)]) then ends = last end
    -- (or an owner's name before it: `said Velora's UK managing
    -- director, Simon Okoro`)
    -- (a word of when after the determiner too: `reflected the former
    -- Australian Test leg spinner`)
    if nouns >= 1 and nouns == ends - lastname and role_of(L, tok(s, t, ends)) and
       (rs == 1 or (rs == 2 and (L.det[ltok(s, t, 1)] or names.possessive(s, t, 1)))
        or rs == 3 and L.det[ltok(s, t, 1)]
           and (L.sets.role_time[ltok(s, t, 2)] or find(tok(s, t, 2), YEAR_TOKEN))
        or rs == 4 and L.det[ltok(s, t, 1)] and L.sets.role_time[ltok(s, t, 2)]
           and find(tok(s, t, 3), YEAR_TOKEN)) then
      -- (or a year: `said the 2012 Olympic champion`, `the 2010 British
      -- Open champion said`, `said the former 2012 Olympic champion`: the
      -- event's name no person's)
      -- `the El Paso mayor, Dee Margo,`: the name after the comma
      -- (past an age: `said another Shangla resident, 60-year-old Hakim
      -- Khan`)
      local nf = ends + 2 <= n and Analyser.past_age(s, t, ends + 2, n)
      if nf and tok(s, t, ends + 1) == "," and names.kind(s, t, nf, g) == "N" then
        local l2 = names.run_starting(s, t, nf, g)
        if l2 and (l2 == n or is_punct_tok(s, t, l2 + 1)) then
          local mm = mention_name(s, t, nf, l2)
          mm.how = "after"
          return mm
        end
      end
      local r = role_of(L, tok(s, t, ends))
      -- (and a name after the role's of-phrase, as after a possessive's:
      -- `said Exeter director of rugby Rob Baxter`)
      local mm = SETS.one_person[r] and Analyser.name_after_of_phrase(A, t, n, ends)
      if mm then
        mm.how = "after"
        return mm
      end
      return { s = t[1], e = t[2 * ends], kind = "role", text = sub(s, t[1], t[2 * ends] - 1),
               head = ltok(s, t, ends), gender = r or "g", def = L.det[ltok(s, t, 1)],
               how = "after" }
    end
  end
  if lastname and lastname < last and (names.possessive(s, t, lastname) or bare_poss)
     and is_lower_at(s, t[2 * last - 1]) then
    local pm = possessive_subject(A, t, lastname, last)
    if pm then
      -- (a person's role, then a comma and a name: the name, `said
      -- Velora's managing director, Simon Okoro`, `said Lint’s
      -- grandfather, Al Wines.`)
      if pm.kind == "role" and SETS.one_person[pm.gender] then
        pm = Analyser.appositive_name_after(A, t, n, t[2 * last]) or pm
      end
      -- (and so after the role's of-phrase in lower case, a name that
      -- ends the clause: `says CFIB’s chief economist and vice-president
      -- of research Simon Gaudreault`)
      if pm.kind == "role" and SETS.one_person[pm.gender] then
        pm = Analyser.name_after_of_phrase(A, t, n, last) or pm
      end
      pm.how = "after"
      return pm
    end
    -- `called Trump's action "..."`: an object, not an inverted subject
    return nil
  end
  local first = lastname and (names.run_ending(s, t, lastname, g) or lastname)
  if first and first == lastname and first > 1 then
    local r = title_tail_role(A, t, first, 1, tok(s, t, first))
    if r then
      r.how = "after"
      return r
    end
  end
  -- (a surname alone after a person's role's portfolios is the person:
  -- `zei de minister van Financiën Heinen`, `van Justitie en Veiligheid
  -- Yeşilgöz`; the role read back past the portfolios to its van/of)
  -- (and a run that ends in a portfolio is the office's, no name:
  -- `zei de minister van Sociale Zaken en Werkgelegenheid`, the role's
  -- phrase read below)
  if first and first >= 4 and lastname and g.portfolio then
    local pf = Analyser.past_portfolios(A, t, first, lastname)
    local office = g.portfolio[ltok(s, t, lastname)]
    if pf > first or office then
      local y = Analyser.portfolios_back(A, t, first - 1, 2)
      local r = (ltok(s, t, y) == "van" or ltok(s, t, y) == "of") and is_lower_at(s, t[2 * y - 3]) and role_of(L, tok(s, t, y - 1))
      if r and r ~= "g" and r ~= "x" and office then
        -- (the whole office from its determiner, adjectives between:
        -- `de minister van Infrastructuur en Waterstaat`)
        local d = y - 2
        while d > 1 and is_lower_at(s, t[2 * d - 1]) and not L.det[ltok(s, t, d)] do d = d - 1 end
        -- (or from the title with no determiner: `zei minister van
        -- Infrastructuur en Waterstaat.`)
        if not (d >= 1 and L.det[ltok(s, t, d)]) then d = y - 1 end
        return { s = t[2 * d - 1], e = t[2 * lastname], kind = "role", text = sub(s, t[2 * d - 1], t[2 * lastname] - 1),
                 head = ltok(s, t, y - 1), gender = r, def = L.det[ltok(s, t, d)], how = "after" }
      elseif r and r ~= "g" and r ~= "x" then
        local mm = mention_name(s, t, pf, lastname)
        mm.how, mm.cut, mm.role_gender = "after", true, r
        return mm
      end
    end
  end
  if first and first >= 4 and (lastname - first <= 1 or names.kind(s, t, first - 1, g) == "T") then
    -- a lower-case role noun before van/of and a short name: the role is
    -- the speaker, the name says whose (`volgens de politie van
    -- Karlsruhe`, `said the mayor of London`)
    -- (after a determiner, perhaps with an adjective in -e: a bare title
    -- before `van` is a name's, as in `minister van Boxtel`)
    -- (a person's name of any length after a title: `van minister Jan de
    -- Boer`)
    -- (the name may be a group's, after its lower-case role noun: `zegt
    -- een woordvoerder van de politie Oost-Nederland`, `van het bedrijf
    -- Philips`: the person role still speaks)
    local f = first
    -- (not a person's name of a given name and more: `zei de directeur
    -- van het noordelijke museum Andreas Blühm`)
    local ga = f >= 6 and is_lower_at(s, t[2 * f - 3]) and role_of(L, tok(s, t, f - 1)) == "g"
               and not (lastname > f and g.given and g.given[ltok(s, t, f)])
               and Analyser.adjectives_after_det(A, t, f - 2)
    if ga then
      -- (past one or two adjectives between, a place's with its capital:
      -- `de renner van de kleine Spaanse formatie Burgos-BH`)
      f = ga
    elseif f >= 5 and L.det[ltok(s, t, f - 1)] and (ltok(s, t, f - 2) == "van" or ltok(s, t, f - 2) == "of") then
      -- (and past the name's own determiner: `een woordvoerder van het OM`)
      f = f - 1
    elseif f >= 5 and (names.kind(s, t, f - 1, g) == "T" or is_lower_at(s, t[2 * f - 3]) and role_of(L, tok(s, t, f - 1)))
           and (ltok(s, t, f - 2) == "van" or ltok(s, t, f - 2) == "of") then
      -- (and past the name's title: `liet een woordvoerder van
      -- eurocommissaris Sandra Kalniete weten`)
      f = f - 1
    elseif f >= 5 and A.lang ~= "en" and is_upper_at(s, t[2 * f - 3]) and find(tok(s, t, f - 1), "%le$")
           and (ltok(s, t, f - 2) == "van" or ltok(s, t, f - 2) == "of") then
      -- (and past its adjective, a capital in Dutch and German: `een
      -- woordvoerder van Buitenlandse Zaken`)
      f = f - 1
    end
    local wof = ltok(s, t, f - 1)
    if (wof == "van" or wof == "of") and is_lower_at(s, t[2 * f - 5])
       and role_of(L, tok(s, t, f - 2))
       and (L.det[ltok(s, t, f - 3)]
            or f >= 5 and find(tok(s, t, f - 3), "%le$") and L.det[ltok(s, t, f - 4)]) then
      lastname = nil
    end
  end
  if lastname then
    -- back through an organisation's `for`/`on` and `and` (see the loop
    -- above)
    while first >= 3 do
      if sets.org_join[tok(s, t, first - 1)] and L.org[tok(s, t, first - 2)] then
        first = names.run_ending(s, t, first - 2, g) or first - 2
      elseif sets.conjunction[ltok(s, t, first - 1)] and names.kind(s, t, first - 2, g) == "N"
             and Analyser.org_name_around(A, t, first - 1) then
        first = names.run_ending(s, t, first - 2, g) or first - 2
      else
        break
      end
    end
    -- (a minister's portfolios open no name: `aldus minister van Justitie
    -- en Veiligheid Dilan Yeşilgöz`)
    local before_portfolios = first
    first = Analyser.past_portfolios(A, t, first, lastname)
    -- a role's of-phrase that runs into the name: `said US Secretary of
    -- State Mike Pompeo`, `zei minister van Buitenlandse Zaken Ben Bot`
    local x = first - 1
    -- (back over the portfolios a ministry's name lists before its last:
    -- `volgens het ministerie van Onderwijs, Cultuur en Wetenschap`)
    if g.portfolio then
      local y = Analyser.portfolios_back(A, t, x, 1)
      if y < x and y >= 2 and ltok(s, t, y) == "van" and sets.ministry[ltok(s, t, y - 1)] then
        x, first = y, y + 1
      end
    end
    while x >= 2 and x >= first - 3 do
      local wx = word_key(s, t, x)
      if not wx then break end
      if wx == "of" or wx == "van" then
        local rw = tok(s, t, x - 1)
        local r = role_of(L, rw)
        if r == "g" and is_lower_at(rw, 1) and (x == 2 or x == 3 and L.det[ltok(s, t, 1)]) then
          -- a group's noun: the phrase is its name, `volgens het
          -- ministerie van Buitenlandse Zaken` (no person after it)
          return { s = t[1], e = t[2 * lastname], kind = "role", text = sub(s, t[1], t[2 * lastname] - 1),
                   head = lc(rw), gender = "g", def = L.det[ltok(s, t, 1)], how = "after" }
        end
        if r or names.kind(s, t, x - 1, g) == "T" then
          local tail = person_tail(A, t, first, t[2 * lastname])
          -- (a surname alone after a person's title's portfolios is the
          -- person: `zei de minister van Financiën Heinen`)
          if not tail and first > before_portfolios and x < before_portfolios and r ~= "g" and r ~= "x" then
            tail = mention_name(s, t, first, lastname)
          end
          if tail then
            tail.how, tail.cut = "after", true
            tail.role_gender = r or "p"
            return tail
          end
          -- (no person's name: a person's role with its determiner is
          -- known by its whole phrase, as one before a name of fewer
          -- parts, `zegt een woordvoerster van Farmers Defence Force
          -- (FDF)`)
          -- (its words in lower case or roles between the determiner
          -- and the role: `said the chief executive of Maersk`, `the CEO
          -- and president of Maersk`)
          local d = x - 2
          while d > 1 and (is_lower_at(s, t[2 * d - 1]) or role_of(L, tok(s, t, d))) and not L.det[ltok(s, t, d)] do
            d = d - 1
          end
          local det = d == 1 and x >= 3 and L.det[ltok(s, t, 1)]
          if r ~= "g" and r ~= "x" then
            -- (and the person's name between commas after it: `said the
            -- chief executive of Maersk, John Reinhart.`, a title's too,
            -- `zegt minister van Economische Zaken, Stef Blok.`)
            local ap = Analyser.appositive_name_after(A, t, n, t[2 * lastname])
            if ap then return ap end
            if det then
              return { s = t[1], e = t[2 * lastname], kind = "role", text = sub(s, t[1], t[2 * lastname] - 1),
                       head = lc(rw), gender = r, def = det, how = "after" }
            end
          end
        end
        break
      end
      x = x - 1
    end
    -- a lower-case particle straight after the cue: `zei van Boxtel`
    -- (not the article of an organisation: `zegt de Europese Commissie`,
    -- `zegt de ANWB`)
    if first > 1 and names.kind(s, t, first - 1, g) == "A" and first - 1 == 1 then
      first = 1
      for y = 2, lastname do
        local wy = tok(s, t, y)
        if L.org[wy] or names.org_compound(g, wy) or y == lastname and y == 2 and names.is_acronym(wy) then
          first = 2
          break
        end
      end
    end
    local m = mention_name(s, t, first, lastname)
    -- (and after it: `zegt de Nederlandse Voedsel- en Warenautoriteit`)
    Analyser.join_elided_head(A, m)
    local tf = names.title_before(s, t, first, g)
    if tf < first then m.title = sub(s, t[2 * tf - 1], t[2 * first - 1] - 1) end
    -- a role word in front: `leider Rossi`, `PvdA-Kamerlid Kuiken`
    for x = 1, first - 1 do
      local r = role_of(L, tok(s, t, x))
      if r then m.role_gender = r end
      -- a body named by its place (`volgens de provincie Utrecht`): the
      -- noun is part of the name, as before a cue (see np_ending)
      if r == "g" and x == first - 1 and tf == first and lastname - first < 3 then
        Analyser.join_place_body(A, m, t, x)
      end
    end
    m.how = "after"
    -- an organisation first: `said University of California, San
    -- Diego's chancellor, Pradeep Khosla` -- the person named after a
    -- role noun further on
    local nxt = lastname < n and ltok(s, t, lastname + 1) or ""
    -- (or, in English, any name a person's role noun in lower case
    -- follows, the body or place the person speaks for: `said Cal Fire
    -- spokesman Rick Carhart`; Dutch puts a person's name there, the one
    -- spoken to after it, `gooit Eva Bollen burgemeester Halsema voor de
    -- voeten`)
    local role_next = A.lang == "en" and lastname < n and is_lower_at(s, t[2 * lastname + 1])
                      and SETS.one_person[role_of(L, tok(s, t, lastname + 1))]
    if is_org_name(A, m.text) or nxt == "of" or nxt == "van" or role_next then
      for x = lastname + 1, (n - 1 < lastname + 16 and n - 1 or lastname + 16) do
        local lw, w = ltok(s, t, x)
        if w == "." or w == ";" or L.cue[lw] or L.comp[lw] then break end
        -- (a preposition other than of/van opens whom it was said to:
        -- `zegt Jan Smit van EHBZ tegen verslaggever Ed Jansen`)
        if L.prep[lw] and lw ~= "of" and lw ~= "van" then break end
        -- (and an of/van with a possessive after it says whom the person
        -- spoke of: `says Martinez of her daughter, Isabella`)
        if (lw == "of" or lw == "van") and x < n and L.det[ltok(s, t, x + 1)] == "poss" then break end
        local r = not is_punct_tok(s, t, x) and (role_of(L, w) or names.title_like(g, w) and "p")
        if r and r ~= "g" and r ~= "x" then
          local y = x + 1
          if y <= n and tok(s, t, y) == "," then y = y + 1 end
          if y <= n and names.kind(s, t, y, g) == "N" then
            local l2 = names.run_starting(s, t, y, g)
            -- (not an organisation's name whose first word a role noun
            -- spells, after a person's name: `said Martin Xuereb of the
            -- Migrant Offshore Aid Station`)
            local m2 = l2 and mention_name(s, t, y, l2)
            if m2 and not (is_upper_at(s, t[2 * x - 1]) and is_org_name(A, m2.text)) then
              m2.how = "after"
              m2.role_gender = r
              return m2
            end
          end
        end
      end
    end
    -- names joined by `and`/`en` after a plural cue: they said it together
    -- (`zuchten Frans Nees en Jeanne Roggemans`; a person's name of two
    -- words or more after the joining word, or one the article gives so)
    -- (after any cue, a given name alone joined to a given name and the
    -- surname they share: `volgens Willy en Rene van de Kerkhof`, `said
    -- John and Mary Smith`)
    if lastname + 2 <= n and sets.conjunction[ltok(s, t, lastname + 1)]
       and (Analyser.plural_cue_before(A, b)
            or first == lastname and g.given[ltok(s, t, first)] and lastname + 3 <= n
               and g.given[ltok(s, t, lastname + 2)])
       and names.kind(s, t, lastname + 2, g) == "N" then
      local l2 = names.run_starting(s, t, lastname + 2, g)
      -- (or a surname alone that the article gives in full: `vervolgen De
      -- Coninck en Baestaens` after `Marc De Coninck ... en Jan Baestaens`)
      if l2 and (l2 > lastname + 2 or Analyser.given_in_full(A, tok(s, t, l2))) then
        local m2 = mention_name(s, t, lastname + 2, l2)
        local c = mention_name(s, t, first, l2)
        c.coord, c.seps, c.how = { m.text, m2.text }, { sub(s, t[2 * lastname], t[2 * lastname + 3] - 1) }, "after"
        return c
      end
    end
    return m
  end
  -- det role (van/of NP)
  -- the head: the last role noun of the phrase (`the official WHO report`)
  local head
  for x = 1, last do
    if role_of(L, tok(s, t, x)) then
      -- (outside English a second noun in lower case right after the
      -- first opens no compound with it, as Dutch and German write theirs
      -- closed: `volgens de politie uitspraken die ...` is the police's)
      -- (but an age's word is an adjective before its noun: `zegt een
      -- zestienjarige jongen`)
      if head and x == head + 1 and L.lang ~= "en" and is_lower_at(s, t[2 * x - 1])
         and not find(ltok(s, t, head), "jarige$") then
        break
      end
      head = x
    elseif x > 1 and L.det[ltok(s, t, x)] and not L.det[ltok(s, t, x - 1)] then
      -- a determiner after a noun opens the next phrase: `volgens de jury
      -- de beste acteur`
      break
    end
  end
  if head then
    -- stop at `van`/`of`: the phrase after it belongs to the head before
    for x = 1, head do
      local wx = ltok(s, t, x)
      if (wx == "van" or wx == "of") then
        for y = x - 1, 1, -1 do
          if role_of(L, tok(s, t, y)) then head = y break end
        end
        break
      end
    end
  end
  if not head then
    -- an unknown noun after a determiner: `zegt de moeder`, `said the
    -- driver`
    if L.det[w1] and last >= 2 then head = 2 else return nil end
    -- (a word of degree before the adjective is no noun and no verb:
    -- `volgens de meest recente telling`; words: the others read)
    local words = 0
    for x = 2, last do
      local wx = tok(s, t, x)
      local degree = L.degree[ltok(s, t, x)] and x < last
      -- (a Dutch or German adjective before its noun ends in -e: `de
      -- jonge moeder`, not `de priester mocht`)
      -- (and one without it after `een`, before a neuter noun that ends
      -- a source's phrase before the finite verb: `Volgens een strak
      -- draaiboek worden ...`; not a role noun and a verb, `een man
      -- liep`, nor a cue's subject and a word of time, `zei een
      -- dorpsgenoot gisteren`)
      if x > 2 and L.lang ~= "en" and not find(tok(s, t, x - 1), "e$")
         and not L.degree[ltok(s, t, x - 1)]
         and not (x == 3 and x == last and L.det[w1] == "indef" and not role_of(L, tok(s, t, 2))
                  and not L.verb_word[ltok(s, t, 3)] and not L.closed_verb[ltok(s, t, 3)]
                  and source_before(A, b) and last < n
                  and (L.verb_word[ltok(s, t, last + 1)] or L.closed_verb[ltok(s, t, last + 1)])) then
        break
      end
      if is_lower_at(s, t[2 * x - 1]) then head = x else break end
      if not degree then
        words = words + 1
        if words >= 2 then break end
      end
    end
  end
  -- (a player by ranking, the number after its noun, after an inverted
  -- cue: `said the world number two`; a person who refers back, as a
  -- role the lists know; before its cue, `the world number three said`,
  -- and with a capital, `said the world No 1`, it is not read so)
  -- (speech_words.txt's `rank_noun` and `rank_number`)
  if head + 1 <= n and L.det[w1] == "def" and sets.rank_noun[ltok(s, t, head)]
     and (find(tok(s, t, head + 1), "^%d%d?%d?$") or sets.rank_number[ltok(s, t, head + 1)]) then
    return { s = t[1], e = t[2 * head + 2], kind = "role", text = sub(s, t[1], t[2 * head + 2] - 1),
             head = "number", gender = "p", def = "def", how = "after" }
  end
  local m = np_ending(A, t, head, 1)
  if not m then return nil end
  -- how often or when, after the cue, is no subject: the subject, if
  -- any, follows it (`pleitte al meerdere keren voor ...`, `zei de
  -- volgende dag de burgemeester`; speech_words.txt's `frequency_noun`,
  -- `time_noun`, `day_part`, as subject_before reads them)
  if m.kind == "role" and m.head and (sets.frequency_noun[m.head] or sets.time_noun[m.head] or sets.day_part[m.head]) then
    local z = head + 1
    if z <= n and not is_punct_tok(s, t, z) then return subject_after(A, t[2 * z - 1], se) end
    return nil
  end
  if m.gender == "x" then
    -- a document speaks for whoever made it: `the official WHO report`,
    -- `a recent report by The Atlantic`, `the decree signed by the Pope`
    -- (its name may end with the noun: `the Mueller Report`)
    local mm = Analyser.document_maker(A, m, true)
    if mm ~= m then
      mm.how = "after"
      return mm
    end
    local x = head + 1
    -- (the word before its maker: source_agents.txt, `by`, `from`, `van`)
    local maker = L.agent
    if x <= n and not is_punct_tok(s, t, x) and is_lower_at(s, t[2 * x - 1])
       and not maker[ltok(s, t, x)] then
      x = x + 1   -- signed, issued, published
    end
    if x <= n and maker[ltok(s, t, x)] then
      local y = x + 1
      while y <= n and L.det[ltok(s, t, y)] do y = y + 1 end
      if y <= n and names.kind(s, t, y, g) == "N" then
        local l2 = org_run_starting(A, t, y)
        if l2 then
          local mm = mention_name(s, t, y, l2)
          mm.how = "after"
          return mm
        end
      end
      -- `by the leader of ...`: a role
      for z = y, (n < y + 3 and n or y + 3) do
        if is_punct_tok(s, t, z) then break end
        if role_of(L, tok(s, t, z)) then
          local mm = np_ending(A, t, z, x + 1)
          if mm then mm.how = "after" return mm end
          break
        end
      end
    end
  end
  -- `van het ministerie van justitie`; whom a person role speaks for,
  -- before a determiner or a name (`a spokesperson for the Ministry of
  -- Defence`, `een woordvoerder voor de club`; not `the minister for
  -- years`)
  local e = m.e
  local x = head + 1
  while x + 1 <= n do
    local lx = ltok(s, t, x)
    -- (and where one person works: `said a spokesperson at the
    -- ministry`, `zegt een bron binnen de politie`)
    if not (lx == "van" or lx == "of"
            or (sets.speaks_for[lx] and m.gender ~= "x" and m.gender ~= "g"
                or sets.works_at[lx] and SETS.one_person[m.gender])
               and (L.det[ltok(s, t, x + 1)] or names.kind(s, t, x + 1, g) == "N")) then
      break
    end
    local y = x + 1
    -- (a person's role's van/of, a minister's portfolios and a surname:
    -- the person, `volgens de Israëlische minister van Buitenlandse
    -- Zaken Katz`)
    if (lx == "van" or lx == "of") and SETS.one_person[m.gender] then
      local pf = Analyser.past_portfolios(A, t, y, n)
      if pf > y and names.kind(s, t, pf, g) == "N" then
        local l2 = names.run_starting(s, t, pf, g)
        if l2 then
          local mm = mention_name(s, t, pf, l2)
          mm.how, mm.cut, mm.role_gender = "after", true, m.gender
          return mm
        end
      end
    end
    local z = y
    -- (whom one speaks for is a body, by its name or a role noun's: `voor
    -- de camera van FOX Sports`, `voor de camera's van deze krant` says
    -- where it was said)
    local for_body = not (lx == "van" or lx == "of")
    -- (up to four words, and a name's or a person's role noun up to six:
    -- `voor Prime Minister Anna Lee Berg`, `the biological mother of the
    -- slain 7-year-old Granby girl`)
    while z <= n and (z - y < 4 or z - y < 6 and (names.kind(s, t, z, g) == "N"
                                                   or is_lower_at(s, t[2 * z - 1]) and SETS.one_person[role_of(L, tok(s, t, z))])) do
      local wz = word_key(s, t, z)
      if not wz then break end
      if L.comp[wz] or L.cue[wz] or L.adv[wz] then break end
      -- (a lower-case word only as the PP's noun, right after `van`/`of`
      -- or a determiner: not the verb after it, `van de politie raakte`)
      -- (and, in Dutch and German, after an adjective in -e in such a
      -- slot: `van het afgebrande appartement`)
      local noun_slot = z == y or L.det[ltok(s, t, z - 1)]
                        or L.lang ~= "en" and z >= y + 2 and e == t[2 * z - 2] and find(tok(s, t, z - 1), "%le$")
                           and L.det[ltok(s, t, z - 2)] ~= nil and is_lower_at(s, t[2 * z - 1])
                           -- (a role's noun in -e is no adjective: `laat een
                           -- woordvoerder van het ministerie weten`)
                           and not role_of(L, tok(s, t, z - 1))
                           and not (z < n and is_lower_at(s, t[2 * z + 1]) and not is_punct_tok(s, t, z + 1)
                                    and not L.prep[ltok(s, t, z + 1)])
                        -- (and the noun after an adjective that follows
                        -- van/of with no determiner: `de minister van
                        -- buitenlandse zaken`, `the minister of foreign
                        -- affairs.`; in English only where the phrase ends)
                        or z == y + 1 and e == t[2 * z - 2] and is_lower_at(s, t[2 * z - 3])
                           and (L.lang ~= "en" and find(tok(s, t, z - 1), "%le$")
                                or z == n or is_punct_tok(s, t, z + 1))
      if z == y and not for_body and z + 2 <= n and sets.one_word[wz] and sets.complement_of[ltok(s, t, z + 1)] then
        -- (`one of` and its phrase: `de zoon van een van de slachtoffers`,
        -- `the son of one of the victims`)
        z = z + 2
        y = z
      elseif role_of(L, tok(s, t, z)) or names.kind(s, t, z, g) == "N" or
         (noun_slot and not for_body and is_lower_at(s, t[2 * z - 1]) and not g.stop[wz]) then
        e = t[2 * z]
        z = z + 1
      elseif for_body and z - y <= 3 and sets.spokesperson[m.head] and is_lower_at(s, t[2 * z - 1])
             and (L.det[ltok(s, t, z - 1)] or e ~= m.e) and not (g.stop[wz] or L.verb_word[wz] or L.closed_verb[wz] or L.adv[wz]) then
        -- (a spokesperson's body by its nouns in lower case: `said a
        -- spokesman for the fire service`, up to three words after the
        -- determiner)
        e = t[2 * z]
        z = z + 1
      elseif L.det[wz] and e == m.e then
        -- (a determiner only before the phrase's noun: one after it opens
        -- the next phrase, `police of the city the man died`)
        z = z + 1
      elseif z < n and is_upper_at(s, t[2 * z - 1]) and find(wz, "%le$") and names.kind(s, t, z + 1, g) == "N" then
        -- (a name's adjective, capitalised: `van Buitenlandse Zaken`)
        z = z + 1
      elseif z < n and L.lang ~= "en"
             and (L.det[ltok(s, t, z - 1)] or z > 2 and L.det[ltok(s, t, z - 2)] and find(ltok(s, t, z - 1), "%le$"))
             and is_upper_at(s, t[2 * z - 1]) and find(wz, "%le$")
             and is_lower_at(s, t[2 * z + 1]) and not g.stop[ltok(s, t, z + 1)] then
        -- (and a place's, before the noun in lower case: `van de
        -- Amsterdamse politie`, the noun's slot after it; after another
        -- adjective too, `van de kleine Spaanse formatie`)
        e = t[2 * z]
        z = z + 1
      elseif e ~= m.e and z < n and g.particles[wz] and names.kind(s, t, z + 1, g) == "N" then
        -- (a particle inside the name: `van minister Jan de Boer`)
        z = z + 1
      else
        break
      end
    end
    if e == m.e then break end
    m.e = e
    x = z
  end
  m.text = sub(s, m.s, m.e - 1)
  -- (someone new by an indefinite role, known by the place after it too:
  -- `zegt een man in Schiedam`, `zegt een woordvoerder van de club uit
  -- Kerkrade`)
  if m.def == "indef" and x <= n and sets.place_prep[ltok(s, t, x)] and t[2 * x - 1] - m.e <= 1 then
    Analyser.role_with_place(A, m, t, x)
  end
  -- an appositive name after a comma: `volgens zijn politieke tak, Sinn
  -- Fein,` (closed by punctuation: in `according to his agent, Hunter had
  -- ...` the name opens the next clause)
  -- (past the name's titles: `said the hospital's chief executive, Dr
  -- Helen Marsh.`, `according to the harbour master, Captain Ruth
  -- Okafor.`)
  local mm = Analyser.appositive_name_after(A, t, n, m.e)
  -- (and past the office's place: `zei de districtschef van de politie
  -- in Zeeland, Ronald Weydema, in ...`)
  if not mm then
    local pk
    for y = 1, n do if t[2 * y - 1] >= m.e then pk = y break end end
    -- (or an office's, `said the UN envoy to Syria, Geir Pedersen.`;
    -- speech_words.txt's `office_prep`)
    if pk and pk < n and (sets.place_prep[ltok(s, t, pk)] or sets.office_prep[ltok(s, t, pk)])
       and names.kind(s, t, pk + 1, A.g) == "N" then
      local pl = names.run_starting(s, t, pk + 1, A.g)
      if pl and pl < n and tok(s, t, pl + 1) == "," then mm = Analyser.appositive_name_after(A, t, n, t[2 * pl]) end
    end
  end
  -- (a person's role with no determiner, then its field in lower case,
  -- up to three words, and a name that ends the clause: the name,
  -- `zegt hoogleraar internationale betrekkingen Rob de Wijk.`)
  if not mm and not m.def and SETS.one_person[m.gender] then
    local pk
    for y = 1, n do if t[2 * y - 1] >= m.e then pk = y break end end
    local y = pk
    while y and y <= n and y < pk + 3 and is_lower_at(s, t[2 * y - 1]) do
      local w = word_key(s, t, y)
      if not w or L.prep[w] or L.det[w] or L.fw[w] or L.verb_word[w] or L.cue[w] or L.comp[w] or L.pron[w] then break end
      y = y + 1
    end
    if y and y > pk and y <= n and names.kind(s, t, y, g) == "N" then
      local l2 = names.run_starting(s, t, y, g)
      if l2 and (l2 == n or is_punct_tok(s, t, l2 + 1)) then
        mm = mention_name(s, t, y, l2)
        mm.how, mm.role_gender = "after", m.gender
      end
    end
  end
  if mm then return mm end
  m.how = "after"
  return m
end

-- Analyser.appositive_name_after(A, t, n, e) -> the name between a comma
-- right after position e and punctuation, a preposition or the end of tokens
-- t (n of them), past its titles, as a mention after the cue; nil otherwise
function Analyser.appositive_name_after(A, t, n, e)
  local s, g = A.s, A.g
  local nk
  for y = 1, n do if t[2 * y - 1] >= e then nk = y break end end
  if not nk or tok(s, t, nk) ~= "," then return nil end
  local nf = nk + 1
  -- (and past an age: `said a neighbour, 60-year-old Hakim Khan`)
  nf = Analyser.past_age(s, t, nf, n)
  while nf < n and (names.kind(s, t, nf, g) == "T" or title_period(s, t, nf, g)) do nf = nf + 1 end
  -- (a capitalised particle may open the name, a given name too: `said
  -- his grandfather, Al Wines.`, `, Van der Poel,`)
  local kf = nf <= n and names.kind(s, t, nf, g)
  if not (kf == "N" or kf == "A" and is_upper_at(s, t[2 * nf - 1])) then return nil end
  local last2 = names.run_starting(s, t, nf, g)
  -- (or by a preposition, where the phrase goes on with where it was
  -- said: `aldus de woordvoerder van Brussels Airlines, Kim Daenen in De
  -- Ochtend op Radio 1`)
  if not last2 or last2 < n and not is_punct_tok(s, t, last2 + 1) and not A.L.prep[ltok(s, t, last2 + 1)] then
    return nil
  end
  -- (not the region after a place that ends the role's phrase: `said
  -- the mayor of Bagdad, Florida`; region_words)
  if nf == nk + 1 and nk > 2 and names.kind(s, t, nk - 1, g) == "N" and region_words(A, t, nf, last2) then
    local pf = names.run_ending(s, t, nk - 1, g)
    local pw = pf and pf > 1 and ltok(s, t, pf - 1)
    if pw and (pw == "of" or pw == "van" or A.L.sets.place_prep[pw]) then return nil end
  end
  local mm = mention_name(s, t, nf, last2)
  mm.how = "after"
  return mm
end

-- is w (lower case) the Dutch female form of a demonym, its adjective in
-- -se or -sche standing as a noun (`zei de Canadese`: Canadees,
-- `Amerikaanse`: Amerikaan, `Belgische`: Belg)? Read only where the
-- phrase ends in it: before a noun it is the adjective.
function Analyser.female_demonym(L, w)
  if L.lang ~= "nl" then return false end
  local stem = w:match("^(.-)sche$") or w:match("^(.-)se$")
  if not stem or #stem < 3 then return false end
  -- (the noun may be the shorter: `Belgische` is a Belg's, `Russische`
  -- a Rus's)
  for d in pairs(L.demonym) do
    if sub(d, 1, #stem) == stem or #d >= 3 and sub(stem, 1, #d) == d then return true end
  end
  return false
end

-- Analyser.unlisted_townswoman(A, t, k): is token k of t a Dutch woman of
-- a place that no list knows: a capitalised word in -se of six letters
-- or more, no given name, after an adjective in lower case (an age too)
-- that follows a determiner, and wherever the article writes it after a
-- word in lower case or an age (a surname stands after a given name
-- somewhere: `de teleurgestelde Elbertse` after `Peter Elbertse`)?
-- `vertelde de teleurgestelde Wateringse`, `De 28-jarige Wateringse`
function Analyser.unlisted_townswoman(A, t, k)
  local s, L = A.s, A.L
  if L.lang ~= "nl" or k < 3 then return false end
  local w = tok(s, t, k)
  if #w < 6 or sub(w, -2) ~= "se" or not is_upper_at(w, 1) or A.g.given[lc(w)] then return false end
  local y = k - 1
  while y > 1 and (is_lower_at(s, t[2 * y - 1]) and not L.det[ltok(s, t, y)] and not is_punct_tok(s, t, y)
                   or find(tok(s, t, y), "^%d+%-%l")) do
    y = y - 1
  end
  if y == k - 1 or not L.det[ltok(s, t, y)] then return false end
  for a in Analyser.whole_words(s, w) do
    local before = string.match(sub(s, (a > 30 and a - 30 or 1), a - 1), "(%S+)%s+$")
    if not before or is_upper_at(before, 1) then return false end
  end
  return true
end

-- Analyser.woman_of_place(A, t, k): may token k of t, a Dutch place's
-- adjective in -se after a determiner (female_demonym), be a woman of
-- that place rather than an adjective whose noun is left out? Not after
-- `het` (a woman's noun takes `de`), nor where such an adjective with
-- its noun stands in the 200 bytes before (`het Nederlandse ministerie
-- ..., ook het Duitse meldt`, `de Belgische regering ... de Duitse zegt`)
function Analyser.woman_of_place(A, t, k)
  local s = A.s
  if ltok(s, t, k - 1) == "het" then return false end
  local a = t[2 * k - 3]
  local before = sub(s, (a - 200 > 1 and a - 200 or 1), a - 1)
  return not (find(before, "%u[%l\128-\255]+[^aeiou%s]se%s+%l") or find(before, "%u[%l\128-\255]+sche%s+%l"))
end

-- Analyser.whole_words(s, w) -> an iterator over the starts of word w
-- written whole in s (names.whole_words: the names need it too)
Analyser.whole_words = names.whole_words

-- Analyser.place_alone(A, w): does the article write word w whole after
-- a preposition (prepositions.txt) with no capitalised word after it, as
-- a place is written (`van Rusland`, `in Oekraïne`)?
function Analyser.place_alone(A, w)
  local s, prep = A.s, A.L.prep
  for a in Analyser.whole_words(s, w) do
    local before = string.match(sub(s, (a > 24 and a - 24 or 1), a - 1), "(%a+)%s+$")
    if before and prep[before] and not find(s, "^%s+%u", a + #w) then return true end
  end
  return false
end

-- Analyser.initialled_person(A, x) -> the last name before byte x of
-- a given name of given_names.txt (or more name parts) and a surname's
-- initial (`Robert M.`, `Tarik Z.`), or nil
function Analyser.initialled_person(A, x)
  local g = A.g
  local ix = names.index(A.article, g)
  local runs, found = ix.runs, nil
  for i = 1, ix.n do
    if runs[4 * i - 3] >= x then break end
    local text = names.mention(A.article, g, A.lang, i)
    local first = text and string.match(text, "^(%S+) .-%u$")
    if first and g.given and g.given[lc(first)] then found = text end
  end
  return found
end

-- Analyser.first_of_two_surnames(A, m) -> the first word of name mention
-- m as a mention of its own, when m is two words of no fuller name and
-- each ends another full name the article gives (`Wilders Schoof` after
-- `Geert Wilders` and `Dick Schoof`); or, three words or more whose
-- last ends another full name, the words before it (`valt doelvrouw
-- Aisling D'Hooghe Thijssen bij` after `Niels Thijssen`); else nil
function Analyser.first_of_two_surnames(A, m)
  local w1, w2 = string.match(m.text, "^(%u[%a\128-\255%-]+) (%u[%a\128-\255%-]+)$")
  -- (or a surname that opens with its capitalised particles, of a fuller
  -- name the article gives, and a second surname the article writes
  -- alone: `verwelkomde Van Dongen Cillessen` after `Milan van Dongen`)
  local pw = not w1 and string.match(m.text, "^(%u%l*) ")
  if pw and A.g.particles[lc(pw)] then
    local h1, h2 = string.match(m.text, "^(.* %u[%a\128-\255%-]+) (%u[%a\128-\255%-]+)$")
    if h1 and not A.g.particles[lc(string.match(h1, "(%S+)$"))] then
      local c1, c2 = names.canonical(A.article, h1, A.lang), names.canonical(A.article, h2, A.lang)
      -- (the particle in lower case inside the full name: `Milan van
      -- Dongen` for `Van Dongen`; the second written apart from the first)
      if c1 ~= c2 and Analyser.fuller_form(lc(c1), lc(h1)) and (not find(c2, " ", 1, true) or Analyser.fuller_form(c2, h2))
         and names.written_apart(A.s, h2, h1) then
        w1, w2 = h1, h2
      end
    end
    if not w1 then return nil end
  elseif w1 then
    if names.canonical(A.article, m.text, A.lang) ~= m.text then return nil end
    local c1, c2 = names.canonical(A.article, w1, A.lang), names.canonical(A.article, w2, A.lang)
    if c1 == c2 or not Analyser.fuller_form(c1, w1) or not Analyser.fuller_form(c2, w2) then return nil end
  else
    -- (three words or more: the words before the last end in no given
    -- name, a surname of their own, not `Mary Anne Frank`; and the
    -- article writes the last after another given name, `Niels Thijssen`)
    w1, w2 = string.match(m.text, "^(%u[^ ]* %u[^ ]*.-) (%u[%a\128-\255%-']+)$")
    if not w1 then return nil end
    -- (none where white space ends the words before: `Menschen  Het`,
    -- two spaces inside the run)
    local before = string.match(w1, "(%S+)$")
    if not before or not A.g.given or A.g.given[lc(before)] then return nil end
    local other = false
    for g1 in string.gmatch(A.s, "(%u[%l\128-\255]+) " .. w2:gsub("%p", "%%%0") .. "%f[^%w\128-\255]") do
      if g1 ~= before and A.g.given[lc(g1)] then other = true break end
    end
    if not other then return nil end
  end
  local r = {}
  for k, v in pairs(m) do r[k] = v end
  r.e, r.text = m.s + #w1, w1
  return r
end

-- Analyser.townsman(A, w): is capitalised word w, in Dutch, a man of a
-- place by its noun in -er or -naar, seven letters or more (`zegt de
-- Barnevelder`, `de Zwollenaar`; a town's name is in no list), no given
-- name, no surname the article gives with a given name (`Jan de Visser
-- ... zegt de Visser`) and no word it writes in lower case?
-- (opens: the word follows a sentence's `De`, a name's run of its own
-- that given_in_full would find, so a name before `de` and the word is
-- asked for instead: `De Emmenaar kijkt ...`, not `Jan de Emmenaar`)
function Analyser.townsman(A, w, opens)
  if A.lang ~= "nl" or #w < 7 or not (find(w, "^%u[%l\128-\255]+er$") or find(w, "naar$")) then return false end
  if A.g.given[lc(w)] or A.L.role[lc(w)] then return false end
  if opens then
    if find(A.s, "%u[%l\128-\255]+ [Dd]e " .. w) then return false end
  elseif Analyser.given_in_full(A, w) then
    return false
  end
  return not Analyser.written_again(A, lc(w), 1)
end

-- Analyser.town_person(A, w, x) -> the name mention of the person the
-- article placed before x in the town that townsman word w is a man of,
-- by `uit` and the town after the name (`vertelt Freek uit Harderwijk.
-- Had de Harderwijker ...`), or nil. The town is the word less `-er` or
-- `-naar`, one of a doubled last letter too (`Amsterdammer`), or with
-- `-en` (`Groninger`)
function Analyser.town_person(A, w, x)
  local st = string.match(w, "^(.-)naar$") or string.match(w, "^(.-)er$")
  if not st or #st < 3 then return nil end
  local towns = { st, st .. "en" }
  if string.match(st, "([^aeiou])%1$") then towns[3] = sub(st, 1, -2) end
  local s, g = A.s, A.g
  for _, town in ipairs(towns) do
    local needle = "uit " .. town
    local init = 1
    while true do
      local a, b = spaced_find(s, needle, init)
      if not a or a >= x then break end
      init = b + 1
      if not is_word_at(s, b + 1) then
        local t = tokens(s, (a - 80 > 1 and a - 80 or 1), a)
        local k = #t // 2
        -- (past an age in brackets: `Freek (34) uit`)
        if k >= 4 and tok(s, t, k) == ")" and find(tok(s, t, k - 1), "^%d%d?$") and tok(s, t, k - 2) == "(" then
          k = k - 3
        end
        if k >= 1 and names.kind(s, t, k, g) == "N" then
          return mention_name(s, t, names.run_ending(s, t, k, g) or k, k)
        end
      end
    end
  end
  return nil
end

-- Analyser.townswoman(A, w): is capitalised word w, in Dutch, a woman of
-- a place the article names, its adjective's form in -se (`Volgens de
-- Tilburgse zat er niets anders op` where the article writes `Tilburg`;
-- a town's name is in no list, the article gives it)
function Analyser.townswoman(A, w)
  if A.lang ~= "nl" then return false end
  local stem = w:match("^(%u.-)se$")
  if not stem or #stem < 3 then return false end
  return Analyser.whole_words(A.s, stem)() ~= nil
end

-- the subject `one of them`, `een van de bewoners` after a cue, tokens
-- 1 and 2 of t being `one of`: one person of the group named after `of`
-- (a plural object pronoun, or a noun phrase read as a subject after the
-- cue), as `One of the victims said` before it; nil for anything else
function Analyser.one_of_after(A, t, n, se)
  local s = A.s
  local w3 = ltok(s, t, 3)
  local e
  if A.L.sets.group_object[w3] then
    -- (`ons` before a noun is a possessive: `een van ons team`)
    if n >= 4 and not is_punct_tok(s, t, 4) and is_lower_at(s, t[7]) and not A.L.prep[ltok(s, t, 4)]
       and not A.L.adv[ltok(s, t, 4)] then
      return nil
    end
    e = t[6]
    -- (and its appositive name: `said one of them, John Smith.`)
    local mm = Analyser.appositive_name_after(A, t, n, e)
    if mm then return mm end
  else
    local m = subject_after(A, t[4], se)
    -- (the group's phrase read past its comma to the person's name:
    -- that name, `said one of the residents, John Smith.`)
    if m and m.kind == "name" and m.s > t[7] and find(sub(s, t[7], m.s - 1), ",%s*$") then return m end
    if not (m and m.kind == "role") then return nil end
    e = m.e
  end
  return { s = t[1], e = e, kind = "role", text = sub(s, t[1], e - 1), head = ltok(s, t, 1),
           gender = "p", def = "indef", how = "after" }
end

-- does s[a, b) hold only white space and punctuation (no words)?
local function no_words(s, a, b)
  local i = a
  while i < b do
    local x = find(s, "[%w\128-\255]", i)
    if not x or x >= b then return true end
    if byte(s, x) < 128 then return false end
    local c = char_start(s, x)
    if is_word_at(s, c) then return false end
    -- always past x: on invalid bytes CHAR may end where it began
    i = math.max(CHAR:match(s, c) or 0, x + 1)
  end
  return true
end

-- position after the object of a cue: skips `reporters`, `AFP`, `in a
-- statement`, `on Friday`, `tegen de krant` up to a complementizer,
-- returning the position after it, or nil
-- (naming: the cue names what its object is, `noemt dat plan
-- ,,onbetaalbaar''`: its `dat`/`that` is a determiner or a pronoun, no
-- complementizer)
local function after_comp(A, b, se, max_tokens, naming)
  local s, L = A.s, A.L
  local sets = L.sets
  local hi = b + 70
  if hi > se then hi = se end
  -- (the tokens read, and one more: whether token k + 1 exists)
  local t = text_tokens(s, b, hi - 1, true, true, true, max_tokens + 1)
  local n = #t // 2
  local comma = false
  -- (the lists asked of every word, looked up once)
  local en, comps, cues = L.lang == "en", L.comp, L.cue
  local elided = L.comp_elided
  local n_elided = #elided
  -- (word_key's answer read here, without a call a token: the token
  -- marks tell a word, lc's memo its key; max_tokens is well under the
  -- 64 tokens marked)
  local marks, lc_memo = t.nonword, names.lc_memo
  for k = 1, (n < max_tokens and n or max_tokens) do
    local ta, te = t[2 * k - 1], t[2 * k]
    local key
    if (marks >> (k - 1)) & 1 == 0 then
      local w = sub(s, ta, te - 1)
      key = lc_memo[w] or lc(w)
    end
    if not key then
      -- (one byte: `:` or `,`; others end the search)
      if te - ta ~= 1 then return nil end
      local c = byte(s, ta)
      if c == 58 then return te, "colon" end
      if c ~= 44 then return nil end
      -- German reports a clause after a comma without `dass`: `Ein
      -- Sprecher sagte, die Lage sei ernst` (not a relative clause, nor a
      -- complementizer, read below)
      if k == 1 and L.lang == "de" and n >= 3 then
        local k2 = word_key(s, t, 2)
        -- (der/die/das before a capitalised noun are its article: a
        -- relative pronoun has a lower-case word after it)
        local article = sets.relative_article[k2] and n >= 4 and is_upper_at(s, t[5])
        if k2 and (article or not (sets.relative[k2] or sets.relative_article[k2] or L.comp[k2])) then
          return t[3], "comma"
        end
      end
      comma = true
    else
      -- `said the gas, which leaks often, was ...`: after a comma a
      -- relative pronoun opens a clause about a noun, not the content
      if comma and sets.relative[key] and key ~= "dat" and key ~= "that" then return nil end
      -- nor after a comma and a joining word, a clause of its own: `...,
      -- the union said, and families face payments that are higher` (not
      -- the same subject's next verb: `..., X said, and would now have to
      -- decide whether ...`)
      if comma and sets.coord[key] and Analyser.subject_at(A, skip_spaces(s, te)) then return nil end
      -- and a joining word before a verb of the same subject: the clause
      -- after it is that verb's (`Hij reageert opgelucht, maar vindt dat
      -- ...`)
      -- (not an adverb or a phrase: `said on Monday and again on Tuesday
      -- that`)
      if sets.coord[key] and k < n and not Analyser.subject_at(A, skip_spaces(s, te)) then
        local nk = word_key(s, t, k + 1)
        if nk and not (L.adv[nk] or L.prep[nk] or comps[nk]) then return nil end
      end
      comma = false
      local comp = comps[key]
      if comp == "drop" and naming then comp = nil end
      -- (right after a noun's preposition it is a determiner: `said roofs
      -- of that age were`; not after a verb's particle, `pointing out
      -- that`, `wijst er ook op dat`, `kondigde zonder dralen aan dat`:
      -- a word in lower case before the preposition that is no adverb, no
      -- function word, and no preposition's object)
      if comp == "drop" and k > 2 and (marks >> (k - 3)) & 3 == 0 and L.prep[word_key(s, t, k - 1)] then
        local nk = word_key(s, t, k - 2)
        if is_lower_at(s, t[2 * k - 5]) and not (L.adv[nk] or L.fw[nk] or L.pron[nk] or L.det[nk] or L.prep[nk]
                                                 or L.cue[nk] or L.verb_word[nk] or sub(nk, -3) == "ing")
           and not (k > 3 and L.prep[word_key(s, t, k - 3) or ""]) then
          comp = nil
        end
      end
      if comp then
        -- an English relative pronoun after a noun opens no content:
        -- `noted rocky planets which have ...` (the clause starts at the
        -- noun); `that`/`dat` (`= drop`) is no part of the content, a
        -- question word is (`asked whether it works`, `maakte bekend welke
        -- kunstenaar ...`)
        if en and sets.relative[key] and comp ~= "drop" and k > 1 and not is_punct_tok(s, t, k - 1) then
          return nil
        end
        if comp == "drop" then
          -- (Dutch `dat` before no more than a negation or an adverb or
          -- two and the sentence's end is the verb's object, no
          -- complementizer: `Burgemeester X ontkent dat niet.`)
          if not en then
            local _, _, w1, w2 = find(s, "^%s+(%a+)%s*(%a*)%s*[%.!?;]", te)
            if w1 and (L.neg[lc(w1)] or L.adv[lc(w1)]) and (w2 == "" or L.neg[lc(w2)] or L.adv[lc(w2)]) then
              return nil
            end
          end
          -- (a comma right after `that` opens an inserted phrase: the
          -- content starts after the comma, `reported that, before she
          -- ended her campaign, ...`)
          if k < n and t[2 * k + 1] == te and byte(s, te) == 44 then return te + 1, "comp" end
          return te, "comp"
        end
        return ta, "comp"
      end
      -- an elided complementizer glued to the next word: `a dit qu'il
      -- viendrait` (the content starts after the apostrophe)
      for i = 1, n_elided do
        local e = elided[i]
        if #key > #e and sub(key, 1, #e) == e then return ta + #e, "comp" end
      end
      if cues[key] then return nil end
      -- an English verb of a subject of its own right before `that`: the
      -- `that` is that clause's, and the content starts at the subject
      -- (`said the report showed that prices ...`, `said the data shows
      -- that ...`; a verb in -s after a determiner's noun only)
      if en and k >= 3 and k < n and word_key(s, t, k + 1) == "that" and #key > 4 then
        local pk = word_key(s, t, k - 1)
        if pk and not (L.prep[pk] or L.fw[pk] or L.det[pk])
           and (sub(key, -2) == "ed" or sub(key, -1) == "s" and sub(key, -2) ~= "ss"
                and L.det[word_key(s, t, k - 2) or ""]) then
          return nil
        end
      end
      -- an English subject pronoun opens the content itself: `said they
      -- are uncertain whether ...` (Dutch puts the speaker there: `zei hij
      -- dat`)
      if en and L.pron[key] then return nil end
    end
  end
  return nil
end

-- the cue at [a, b): speaker side and reported content
-- Is a one-word name mention a common word with a capital only because it
-- opens its sentence (`Search and rescue was suspended`, `Findings also
-- suggested`, `Strong winds ...`)? Without a parser, the article itself
-- tells: the word is written in lower case elsewhere in it, and never with
-- a capital inside a sentence. (`May said` stays a name when the article
-- writes `Theresa May` or `Mrs May`; role nouns such as `Police` are left to
-- the caller.) Memoised per article.
local function sentence_initial_common(A, m)
  local w = m.text
  -- (the memo first: the same names are asked about again and again, a
  -- pattern test costs more than the look-up; a word not of that shape
  -- is remembered as no such word)
  local memo = A.common_memo
  if not memo then memo = {} A.common_memo = memo end
  local hit = memo[w]
  if hit ~= nil then return hit end
  hit = false
  if not find(w, "^%u%l+$") then
    memo[w] = hit
    return hit
  end
  local s = A.s
  -- (plain searches and byte tests: a pattern search would test every
  -- byte of the article for each word)
  local lw = lower(w)
  local n = #w
  -- (a word of a closed class is a common word with no search: an
  -- adverb, a preposition, a determiner, `Even was er stress`)
  local L = A.L
  -- (and so is an English participle in -ing, `Citing alleged
  -- violation ...`, names.participle_word)
  local closed = L.adv[lw] or L.closed_adv[lw] or L.prep[lw] or L.det[lw] or L.fw[lw]
                 or A.lang == "en" and names.participle_word(w, A.g)
  local p = not closed and rare_find(s, lw, 1)
  if closed then hit = true end
  while p do
    local before, after = byte(s, p - 1), byte(s, p + n)
    if not (before and is_word_byte(before)) and not (after and (is_word_byte(after) or after >= 128)) then
      hit = true
      break
    end
    p = rare_find(s, lw, p + 1)
  end
  if hit then
    -- a capital inside a sentence: after a letter, a digit, a comma or a
    -- semicolon and spaces (`said Strong`, `Theresa May`)
    p = find(s, w, 1, true)
    while p do
      local after = byte(s, p + n)
      if not (after and (is_word_byte(after) or after >= 128)) then
        local q = p - 1
        while byte(s, q) == 32 do q = q - 1 end
        local c = byte(s, q)
        if q < p - 1 and c and (is_word_byte(c) or c == 44 or c == 59) then hit = false break end
      end
      p = find(s, w, p + 1, true)
    end
  end
  memo[w] = hit
  return hit
end

-- Analyser.name_extension(A, name) -> name and the one capitalised word
-- the article writes right after it, first, when it writes one such word
-- only (no title, suffix or given name of the lists after a name of one
-- word that is no given name); else nil
function Analyser.name_extension(A, name)
  local memo = A.extension_memo
  if not memo then memo = {} A.extension_memo = memo end
  local hit = memo[name]
  if hit ~= nil then return hit or nil end
  hit = false
  local g, s = A.g, A.s
  -- (one word only: a longer name's word after two is as often a
  -- compound's or a second surname, `Dorpsbelang Wijk Facebookpagina`,
  -- `Aisling D'Hooghe Thijssen`; nor a place's name, a person's name
  -- after it being another's, `Israel` beside `Israel Katz`)
  -- (the text read first, the lists after: most names stand alone where
  -- the article first writes them, which ends the search)
  if not find(name, " ", 1, true) then
    local found
    for at in names.whole_words(s, name) do
      local w, we = string.match(s, "^ (%u[%w\128-\255%-]*)()", at + #name)
      -- (the word itself no longer capitalised after it: a run ends)
      if w and not is_word_at(s, we) and not string.match(s, "^ %u", we) then
        local lw = lc(w)
        -- (nor a generation's suffix or a title after a name, `Baker
        -- III`, `Smith QC`)
        if g.titles[lw] or g.given[lw] or g.stop[lw] or g.after[lw] or A.L.det[lw] or A.L.pron[lw] or A.L.cue[lw]
           or find(w, "^[IVX]+$") then
          found = false
          break
        end
        if found and found ~= w then found = false break end
        found = w
      elseif found == nil then
        -- (the name alone before the longer one: the longer names a body
        -- of its own, `Leicestershire Police ... the Leicestershire
        -- Police Federation`; the article writes the fullest form first)
        found = false
        break
      end
    end
    if found and not g.given[lc(name)] and not Analyser.written_as(A, "place", name) then
      hit = name .. " " .. found
    end
  end
  memo[name] = hit
  return hit or nil
end

-- Analyser.full_forms_of(A, surname) -> the places and full names (a
-- given name of the list, or a capitalised word no list knows inside its
-- sentence, then surname) the article writes, in text order: list[2i - 1]
-- the place, list[2i] the name; list.forms the number of different
-- persons among them. Kept per surname: a surname comes back.
function Analyser.full_forms_of(A, surname)
  local memo = A.full_forms
  if not memo then memo = {} A.full_forms = memo end
  local list = memo[surname]
  if not list then
    local s, g = A.s, A.g
    local name_like = A.name_like
    if not name_like then name_like = {} A.name_like = name_like end
    list = { forms = 0 }
    local seen = {}
    local at = spaced_find(s, surname, 1)
    while at do
      local e = at + 1 + #surname
      if not is_word_at(s, e) then
        local w = string.match(sub(s, (at - 24 > 1 and at - 24 or 1), at - 1), "(%u[%l\128-\255]+)$")
        -- (not an owner's possessive with its curly apostrophe, whose bytes
        -- the pattern reads as a word's: `Brazil’s Bolsonaro`)
        if w and sub(w, -4) == "\226\128\153s" then w = nil end
        -- (nor the surname itself, written twice by a slip: `Christian
        -- Coleman Coleman`)
        if w == surname then w = nil end
        local lw = w and lc(w)
        local sex = w and g.given[lw]
        -- (or a capitalised word no list knows, inside its sentence, a
        -- given name the lists lack: `Cindi Robinson`, `Tamine Robinson`)
        -- (the place first, then the lists, the role nouns last: they
        -- cost most, and each word is asked once an article)
        if w and not sex and find(sub(s, (at - #w - 3 > 1 and at - #w - 3 or 1), at - #w - 1), "[%l,;]%s*$") then
          local plain = name_like[w]
          if plain == nil then
            -- (nor where someone is from: `said American Harrison`, `de
            -- Duitser Greipel`)
            plain = not (g.titles[lw] or g.stop[lw] or g.particles[lw] or A.L.det[lw] or A.L.prep[lw]
                         or A.L.pron[lw] or g.lead_demonym[lw] or g.demonym[lw] or role_of(A.L, w))
            name_like[w] = plain
          end
          if plain then sex = "p" end
        end
        -- (nor a relative named as someone's: `his mother Anne Macron` is
        -- no second Macron whom `Macron said` could mean, as
        -- names.canonical reads it)
        if sex and names.kin_before(s, at - #w, g) then sex = nil end
        if sex == "m" or sex == "f" or sex == "p" then
          local full = w .. " " .. surname
          if not seen[full] then
            seen[full] = true
            -- (a short form of a given name already seen is the same
            -- person's: `Mitch Stoltz` and `Mitchell Stoltz`)
            local same = false
            for other in next, seen do
              if other ~= full then
                local ow = string.match(other, "^%S+")
                if sub(ow, 1, #w) == w or sub(w, 1, #ow) == ow then same = true break end
              end
            end
            if not same then list.forms = list.forms + 1 end
          end
          list[#list + 1] = at
          list[#list + 1] = full
        end
      end
      at = spaced_find(s, surname, e)
    end
    memo[surname] = list
  end
  return list
end

-- Analyser.nearest_full_form(A, surname, x) -> the full name of a given
-- name of the list and surname written last before x, when the article
-- writes more than one such name (a surname two people share), else nil
function Analyser.nearest_full_form(A, surname, x)
  local list = Analyser.full_forms_of(A, surname)
  if list.forms < 2 then return nil end
  -- (the last place before x, by halves: the places rise, and a name
  -- the article writes often is asked about as often)
  local lo, hi = 1, #list // 2
  local k = 0
  while lo <= hi do
    local mid = (lo + hi) // 2
    if list[2 * mid - 1] < x then k, lo = mid, mid + 1 else hi = mid - 1 end
  end
  if k == 0 then return nil end
  return list[2 * k], list[2 * k - 1]
end

-- Analyser.titled_full_form(A, surname, title) -> the one full name
-- (given name and surname) the article writes after title (its period
-- aside), when the surname has more than one full form and one only has
-- that title before it; else nil
function Analyser.titled_full_form(A, surname, title)
  local t = lc(string.match(title, "^%s*(.-)%.?%s*$"))
  local list = Analyser.full_forms_of(A, surname)
  if list.forms < 2 or t == "" then return nil end
  local s, found = A.s, nil
  for i = 1, #list, 2 do
    local full = list[i + 1]
    -- (list[i]: the space before the surname; the given name's before it)
    local at = list[i] - (#full - #surname) + 1
    local w = string.match(sub(s, (at - 24 > 1 and at - 24 or 1), at - 1), "(%a+)%.?%s+$")
    if w and lc(w) == t then
      if found and found ~= full then return nil end
      found = full
    end
  end
  return found
end

-- Analyser.article_table(A, field) -> A[field], a table made when first
-- asked for: a memo kept for one article
function Analyser.article_table(A, field)
  local t = A[field] or {}
  A[field] = t
  return t
end

-- Analyser.sexed_full_form(A, surname, sex) -> the one full name (a
-- capitalised word, no title, and the surname) the article writes whose
-- first word is no given name of the other sex, where another such name
-- has a given name of the other sex: the one a title of that sex means
-- (`Jay Kensett ... Kim Kensett ... Mrs Kensett` is Kim Kensett, `Kim`
-- being no name of one sex in the list); first, two given names joined
-- before the surname they share, the one of that sex or of neither where
-- the other is of the other sex (`Patty and Ned Byrnes ... Mrs Byrnes`);
-- else nil (sexed_full_form_uncached reads the article)
function Analyser.sexed_full_form(A, surname, sex)
  -- (kept per article: an article writes `Mr Smith` again and again)
  local memo = Analyser.article_table(A, "sexed_memo")
  local key = sex .. " " .. surname
  local v = memo[key]
  if v == nil then
    v = Analyser.sexed_full_form_uncached(A, surname, sex) or false
    memo[key] = v
  end
  return v or nil
end

function Analyser.sexed_full_form_uncached(A, surname, sex)
  local s, g = A.s, A.g
  local conj = A.L.sets.conjunction
  local found, other, couple = nil, false, nil
  -- (the surname's places in the article, by a plain search, and the
  -- words right before each)
  local at = find(s, " " .. surname, 1, true)
  while at do
    local e = at + 1 + #surname
    if not is_word_at(s, e) then
      local before = sub(s, (at - 40 > 1 and at - 40 or 1), at - 1)
      -- (two given names joined before the surname they share, one of
      -- each sex: the one of the title's, `Patty and Ned Byrnes ... Mrs
      -- Byrnes`; one of neither sex in the list, the other of the other
      -- sex: that one, `Patty` beside `Ned`)
      local g1, c, g2 = string.match(before, "(%u[%l\128-\255]+) (%l+) (%u[%l\128-\255]+)$")
      if g1 and not couple and conj[c] then
        local s1, s2 = g.given[lc(g1)], g.given[lc(g2)]
        if s1 ~= "m" and s1 ~= "f" then s1 = nil end
        if s2 ~= "m" and s2 ~= "f" then s2 = nil end
        if (s1 or s2) and s1 ~= s2 then
          if s1 == sex or s2 and s2 ~= sex and not s1 then couple = g1
          elseif s2 == sex or s1 and s1 ~= sex and not s2 then couple = g2 end
        end
      end
      local w = string.match(before, "(%u[%l\128-\255]+)$")
      if w and not g.titles[lc(w)] and not A.L.det[lc(w)] and not g.stop[lc(w)] then
        local ws = g.given[lc(w)]
        if ws and ws ~= sex and (ws == "m" or ws == "f") then
          other = true
        elseif found ~= false and found and found ~= w then
          found = false
        elseif found ~= false then
          found = w
        end
      end
    end
    at = find(s, " " .. surname, at + 1, true)
  end
  if couple then return couple .. " " .. surname end
  return other and found and found .. " " .. surname or nil
end

-- a name mention that is such a word, where it opens its sentence
local function common_word_mention(A, m)
  -- (the memo of such words first: most names are none, and need not be
  -- looked up as role nouns)
  if m.kind ~= "name" or m.title or not sentence_initial_common(A, m)
     or role_of(A.L, m.text) then
    return false
  end
  if names.canonical(A.article, m.text, A.lang) ~= m.text then return false end
  local ss = sentence_of(A, m.s)
  return trim(A.s, ss, m.s) == m.s
end

-- agent_by_after(A, b, se) -> where the word before a passive's agent
-- (`by`, speech_words `passive_agent`) stands after a participle ending at
-- b: right after it, or past a short phrase that a preposition opens
-- (`he was told on that occasion by Judge Mangan`); or nil
local function agent_by_after(A, b, se)
  local s, L = A.s, A.L
  local x = skip_spaces(s, b)
  local w, y = string.match(s, "^(%a+)%s+()", x)
  if not w then return nil end
  if L.agent[lc(w)] then return x end
  if not L.prep[lc(w)] then return nil end
  for _ = 1, 4 do
    if y >= se then return nil end
    local w2, nx = string.match(s, "^(%a+)%s+()", y)
    if not w2 then return nil end
    if L.agent[lc(w2)] then return y end
    y = nx
  end
  return nil
end

-- `according to figures released by the ministry`, `volgens cijfers van
-- het CBS`: a source cue whose phrase names no speaker itself takes the
-- agent its phrase names (source_agents.txt: `by`, `van`), looked for
-- before the phrase ends at a punctuation mark
-- things_only: only after a thing that speaks for its agent (`a Twitter
-- post by Amy Cook`, `een verklaring van de politie`), not after a person
-- or a name (`een woordvoerder van de politie`, `Michael Siegel of ...`)
local function source_agent(A, b, se, things_only)
  local s, L = A.s, A.L
  local hi = b + A.config.ahead_window
  if hi > se then hi = se end
  local t = tokens(s, b, hi)
  for k = 2, #t // 2 do
    if is_punct_tok(s, t, k) then return nil end
    -- (in lower case: a capitalised `Van` opens a name, `volgens de PVV
    -- belemmerde Van Hout de controle`)
    if L.agent[ltok(s, t, k)] and is_lower_at(s, t[2 * k - 1]) then
      if things_only then
        -- (a determiner, capitalised words, and one common noun that names
        -- no person right before it)
        local w = tok(s, t, k - 1)
        local r = role_of(L, w)
        if k == 2 or not L.det[ltok(s, t, 1)] or not is_lower_at(s, t[2 * k - 3])
           or (r and PERSON_ROLE[r]) then
          return nil
        end
        for j = 2, k - 2 do
          if not is_upper_at(s, t[2 * j - 1]) then return nil end
        end
      end
      local m = subject_after(A, t[2 * k], se)
      if m then m.agent = true end
      return m
    end
  end
  return nil
end

-- the pronoun that names the source of a source cue, as a mention:
-- the word right after the cue at b (`according to him`, `volgens hem`),
-- or, for a cue that follows its source, the word before a (`ihm
-- zufolge`); nil when that word is no source pronoun. A form that is
-- also a possessive determiner (`her`, `haar`) is the pronoun only
-- before punctuation, an auxiliary or -- outside English, where the
-- finite verb follows the source -- a lower-case word that is no role
-- noun (`volgens haar is`, not `volgens haar advocaat`)
local function source_pronoun(A, a, b, se)
  local s, L = A.s, A.L
  local t, k
  if b then
    t = tokens(s, b, (se < b + 60 and se or b + 60), 2)
    k = 1
  else
    t = tokens(s, (a - 12 > A.first and a - 12 or A.first), a)
    k = #t // 2
  end
  if k == 0 or #t < 2 * k then return nil end
  local w = ltok(s, t, k)
  local gender = L.source_pron[w]
  if not gender then return nil end
  if b and L.det[w] and #t >= 4 and not is_punct_tok(s, t, 2) then
    local w2 = ltok(s, t, 2)
    if not (L.verb_word[w2] or (A.lang ~= "en" and is_lower_at(s, t[3]) and not role_of(L, tok(s, t, 2)))) then
      return nil
    end
  end
  return { s = t[2 * k - 1], e = t[2 * k], kind = "pron", text = tok(s, t, k), gender = gender,
           how = b and "after" or "source" }
end

-- does the phrase after a source cue (from b) name a standard
-- (source_standards.txt: `Per the doctrines`, `volgens de wet`, `volgens
-- de zogenaamde VOV-methode`)? One of its first six words before any
-- punctuation or function word other than a determiner (the clause
-- starts there: `Volgens de minister is het plan te duur`), a hyphenated
-- word by its last part; in English the phrase must end there (not
-- `according to law enforcement officials`: English writes its compounds
-- apart)
-- (a Dutch or German compound written as one word whose tail is a
-- standard of six letters or more: `coalitieakkoord`, `klimaatakkoord`;
-- shorter ones end too many other words, `gerecht`; not before a name,
-- whose role it is: `Volgens modebijbel Vogue`)
local function standard_tail(L, w)
  local tails = L.standard_tails
  if not tails then
    tails = {}
    for k in pairs(L.standard) do
      if #k >= 6 then tails[#tails + 1] = k end
    end
    L.standard_tails = tails
  end
  if #w < 9 then return false end
  for i = 1, #tails do
    local k = tails[i]
    if #w > #k + 2 and find(w, k, #w - #k + 1, true) then return true end
  end
  return false
end

local function standard_phrase(A, b, se)
  local s, L = A.s, A.L
  local std = L.standard
  if not next(std) then return false end
  -- (seven tokens at most: six words and the one after the last)
  local t = tokens(s, b, (se < b + 80 and se or b + 80), 7)
  local n = #t // 2
  for k = 1, (n < 6 and n or 6) do
    if is_punct_tok(s, t, k) then return false end
    local w = ltok(s, t, k)
    if L.fw[w] and not L.det[w] then return false end
    -- (a role noun first is the source: `Volgens de toezichthouder zijn
    -- de regels te streng`)
    if not std[w] and role_of(L, w) then return false end
    -- (a standard's noun, also as a compound's tail: `akkoord`,
    -- `Vrijdag-akkoord`)
    local is_std = std[w] or find(w, "-", 1, true) and std[w:match("%-([^%-]+)$") or ""]
                   or L.lang ~= "en" and standard_tail(L, w) and not (k < n and is_upper_at(s, t[2 * k + 1]))
    -- (nor a name the finite verb follows: `Volgens Jansen zijn de
    -- regels streng`, the verb a possessive's form too)
    if not is_std and k < n and is_upper_at(s, t[2 * k - 1]) and L.verb_word[ltok(s, t, k + 1)] then
      return false
    end
    if is_std then
      return L.lang ~= "en" or k == n or is_punct_tok(s, t, k + 1) or L.fw[ltok(s, t, k + 1)] ~= nil
    end
  end
  return false
end

-- ASCII letters and the apostrophe
local LETTER_APOS = { [39] = true }
for c = 65, 90 do LETTER_APOS[c], LETTER_APOS[c + 32] = true, true end
-- ends_ing[key]: does a cue's key end in -ing? (kept per key, as
-- first_byte)
local ends_ing = setmetatable({}, { __index = function(memo, key)
  local v = sub(key, -3) == "ing"
  memo[key] = v
  return v
end })

-- ends_ed[key]: does a cue's key end in -ed? (kept per key, as ends_ing)

local ends_ed = setmetatable({}, { __index = function(memo, key)
  local v = sub(key, -2) == "ed"
  memo[key] = v
  return v
end })

-- Analyser.object_cue_subject(A, ss, m) -> the subject before its verb of
-- the last finite cue that stands between sentence start ss and mention m
-- (no gerund), when m comes after that cue, as a borrowed mention marked
-- before; else nil
function Analyser.object_cue_subject(A, ss, m)
  local k1, k2 = hit_range(A, ss, m.s)
  for kh = k2, k1, -1 do
    local hb = A.hits[kh]
    if not ends_ing[hb.key or ""] and hb.e <= m.s then
      -- (only a verb of telling, whose object is whom it was told: `told
      -- the agency, Xinhua, adding`; not `spoke to a shopkeeper, Reza
      -- Ahmadi, saying`)
      if not A.L.sets.tell[hb.lemma] then return nil end
      local sb = analyse_cue(A, hb).subj
      if sb and sb.how == "before" and (sb.kind == "name" or sb.kind == "role") and sb.s >= ss and sb.e <= hb.s then
        local m2 = borrowed(sb)
        m2.how = "before"
        return m2
      end
      return nil
    end
  end
  return nil
end

-- may lower-case word w stand in a noun compound before a head (no role,
-- function word, pronoun, determiner or preposition)?
local function plain_noun_word(L, w)
  return not (role_of(L, w) or L.fw[w] or L.pron[w] or L.det[w] or L.prep[w])
end

-- the cue hits in [a, b): A.hits[k1 .. k2] (none when k2 < k1); the end
-- walked to from the start (a sentence holds a cue or two, and a step
-- costs less than a second search)
hit_range = function(A, a, b)
  local hs = A.hs
  local k1 = floor_index(hs, a - 1) + 1
  local k2 = k1 - 1
  while hs[k2 + 1] and hs[k2 + 1] < b do k2 = k2 + 1 end
  return k1, k2
end

-- is the Dutch verb form w (its lemma lemma, or nil) a plural in -en
-- that is no participle (`zeggen`, `zeiden`, not `geschreven`)?
local function nl_plural_form(w, lemma)
  return sub(w, -2) == "en" and (w == lemma or sub(w, 1, 2) ~= "ge")
end

-- is cue h a present or past plural, right after its subject? Then that
-- subject is many (`Omwonenden zeggen`, `Critics warn`): a Dutch form in
-- -en that is no participle (`zeggen`, `zeiden`, not `geschreven`), an
-- English one that is its lemma (`say`, not `says` or `said`). Other
-- languages: no answer.
local function plural_cue(A, h)
  local m = h.subj
  if m.how ~= "before" or not no_words(A.s, m.e, h.s) then return false end
  local w = h.key:match("^%S+")
  -- (a user's form may have no lemma: true)
  local lw = type(h.lemma) == "string" and h.lemma:match("^%S+")
  if A.lang == "nl" then
    return nl_plural_form(w, lw)
  elseif A.lang == "en" then
    return w == lw and byte(w, -1) ~= 115
  end
  return false
end

-- Analyser.plural_cue_before(A, b): is the word that ends right before b
-- (a cue's form, its inverted subject after it) a Dutch plural in -en
-- that is no participle (`zuchten`, `zeiden`; not `geschreven`)? Other
-- languages: no answer, their forms after the subject tell no number.
local LOWER_ASCII = "abcdefghijklmnopqrstuvwxyz"
function Analyser.plural_cue_before(A, b)
  if A.lang ~= "nl" then return false end
  -- (the letters in lower case ending at b - 1, 20 at most)
  local a = text.rspan(A.s, b - 1, LOWER_ASCII)
  if a < b - 20 then a = b - 20 end
  local w = sub(A.s, a, b - 1)
  return #w > 3 and nl_plural_form(w)
end

-- name mention m, less the period of a surname given by its initial
-- (`volgens Jan V. is`, `zei Peter van der M. tegen`) or of a
-- generation's suffix (`according to Robert Downey Jr.`), with it; m as
-- it is otherwise (nil too)
function Analyser.with_initial_period(A, m)
  if not m or m.kind ~= "name" then return m end
  local s = A.s
  local e = m.e
  local c = byte(s, e - 1)
  if byte(s, e) == 46 and (c and c >= 65 and c <= 90 and byte(s, e - 2) == 32
                           or names.suffix_period(s, e, A.g)) then
    m.e = e + 1
    m.text = sub(s, m.s, e)
  end
  return m
end

-- name mention m of a body whose name lists its fields with commas and
-- `and` (`the Department for Culture, Media and Sport`, `the Ministry of
-- Housing, Communities and Local Government`), which the commas cut: the
-- whole name, up to the comma, stop or sentence end after it; m as it is
-- otherwise. Only a name with of/for/van/voor in it, a body's: people
-- listed are not one speaker (`according to Smith, Jones and Brown`), and
-- a list that goes on without a comma is the content (`According to the
-- Bank of England, Germany and France face ...`).
function Analyser.listed_name(A, m, se)
  if not m or m.kind ~= "name" then return m end
  local text = m.text
  if not (find(text, " [Oo]f ") or find(text, " [Ff]or ") or find(text, " voor ", 1, true)
          or find(text, " van ", 1, true)) then
    return m
  end
  local s = A.s
  local p, sep = m.e, "^, "
  while true do
    local _, we = find(s, sep .. "%u[%w\128-\255%-]*", p)
    if not we or we >= se then return m end
    -- (the field's further capitalised words)
    while true do
      local _, e2 = find(s, "^ %u[%w\128-\255%-]*", we + 1)
      if not e2 or e2 >= se then break end
      we = e2
    end
    p = we + 1
    if sep ~= "^, " then break end
    if find(s, "^ and %u", p) then sep = "^ and "
    elseif not find(s, "^, %u", p) then return m end
  end
  local c = byte(s, p)
  if p < se and c ~= 44 and c ~= 46 and c ~= 41 and c ~= 59 then return m end
  m.e, m.text = p, sub(s, m.s, p - 1)
  return m
end

-- is token k of t a plain word in lower case, no word of the closed
-- lists (an adverb, preposition, complementizer, determiner, function
-- word, cue or pronoun)? `said further walkouts`: `further` is then an adjective
-- of what was said
function Analyser.plain_word_at(A, t, k)
  local s, L = A.s, A.L
  if is_punct_tok(s, t, k) or not is_lower_at(s, t[2 * k - 1]) then return false end
  local w = ltok(s, t, k)
  return not (L.adv[w] or L.prep[w] or L.comp[w] or L.det[w] or L.fw[w] or L.cue[w] or L.pron[w])
end

-- Analyser.quoted_as(A, ss, x) -> the one
-- quoted, in a sentence from ss whose ` as` before a gerund cue opens at
-- x: the object of quote/cite (`Politico quoted Tim Manning, a former
-- official, as saying`, `The paper quoted him as saying`) or the subject
-- of its passive (`police were quoted as saying`, past its agent: `Fain
-- was quoted by The Detroit News as saying`); nil otherwise. When a
-- quote closed before the verb, aux_at is where the tag opens after it
-- (`"...," the BBC quoted a spokesman as saying`: the tag's words before
-- the one quoted are no gap).
local QUOTE_VERB = { ".*()%f[%a][Qq]uot[ei][dn]g?()", ".*()%f[%a][Cc]it[ei][dn]g?()" }
function Analyser.quoted_as(A, ss, x)
  local s, sets = A.s, A.L.sets
  local head = sub(s, ss, x - 1)
  local vs, ve
  for _, verb in ipairs(QUOTE_VERB) do
    local _, _, p1, p2 = find(head, verb)
    if p1 then
      vs, ve = p1, p2
      break
    end
  end
  if not vs then return nil end
  vs, ve = ss + vs - 1, ss + ve - 1
  local m
  -- (a passive's agent after `by` between the verb and `as` is the
  -- source that quotes, no one quoted: `Fain was quoted by The Detroit
  -- News as saying` is Fain)
  local by_agent = ve < x and find(s, "^%s+by%s", ve) ~= nil
  if ve >= x or by_agent then
    -- the passive: the subject before its `be`
    local aux = tail_letters(s, (vs - 8 > ss and vs - 8 or ss), vs - 2)
    if not (aux and sets.be_form[lc(aux)]) then return nil end
    m = subject_before(A, vs - 1 - #aux, ss)
    if not m or m.how == "after" then return nil end
  else
    local ws = skip_spaces(s, ve)
    local w = sub(s, ws, x - 1)
    local gender = sets.object_pronoun_m[w] and "m" or sets.object_pronoun_f[w] and "f"
                   or sets.object_pronoun_pn[w] and "pn"
    if gender then
      m = { s = ws, e = x, kind = "pron", text = w, gender = gender }
    else
      m = first_np(A, ve + 1, x)
      if not m or m.kind == "pron" then return nil end
    end
  end
  m.how = "before"
  local qk = quotes_closed_by(A, vs)
  local cb = qk > 0 and A.qb[qk]
  if cb and cb > ss then
    local x0 = cb
    while x0 < vs and not is_word_at(s, x0) do x0 = x0 + 1 end
    m.aux_at = x0
  end
  return m
end

-- Analyser.relative_before(A, a, b): does a comma and a relative word
-- (speech_words.txt's `relative`) stand in s[a, b)? (each comma read,
-- no search past b)
function Analyser.relative_before(A, a, b)
  local s, rel = A.s, A.L.sets.relative
  local c = find(s, ",", a, true)
  while c and c < b do
    -- (the relative word's first byte read first: `who`, `which`, `die`)
    local w = byte(s, c + 2) ~= nil and byte(s, c + 2) >= 97 and string.match(s, "^,%s+(%a+)", c)
    if w and rel[w] then return true end
    c = find(s, ",", c + 1, true)
  end
  return false
end

-- Analyser.relative_clause_subject(A, a, ss) -> the subject of a Dutch or
-- German cue at a that ends a relative clause: the noun phrase right
-- before the comma that opens it with `die`/`welke` (speech_words.txt's
-- `relative`, not `dat`, a complementizer as often), the clause at most
-- ten words with no punctuation and no other verb of its kind; or nil
function Analyser.relative_clause_subject(A, a, ss)
  local s, L = A.s, A.L
  local lo = a - 100 > ss and a - 100 or ss
  local seg = sub(s, lo, a - 1)
  local p, pe, rw = nil, nil, nil
  local init = 1
  while true do
    local x, xe, w = find(seg, ",%s+([%a]+)%s", init)
    if not x then break end
    p, pe, rw = x, xe, w
    init = xe
  end
  if not p or rw == "dat" or rw == "that" or not L.sets.relative[lc(rw)] then return nil end
  local clause = sub(seg, pe + 1)
  if find(clause, "[,.;:!?\"]") or count_words(s, lo + pe, a, 11) > 10 then return nil end
  local t = tokens(s, ss, lo + p - 1)
  local n = #t // 2
  if n == 0 then return nil end
  -- (past the age between commas after the name: `Roger Palfrey, 71, who
  -- lives opposite Mr Alvand said`)
  if n >= 3 and find(tok(s, t, n), "^%d%d?%d?$") and tok(s, t, n - 1) == "," then n = n - 2 end
  local m = np_ending(A, t, n, 1)
  if not m or m.kind == "pron" then return nil end
  m.how, m.relative = "before", true
  return m
end

-- Analyser.subject_before_aside(A, a, ss) -> the subject before an aside
-- between dashes (` - `, ` – `, ` — `) that ends right before the cue at
-- a, in its sentence from ss, or nil
function Analyser.subject_before_aside(A, a, ss)
  local s = A.s
  local x = space_back(s, a, ss)
  local d
  for form in pairs(SETS.dash) do
    if x - #form >= ss and sub(s, x - #form, x - 1) == form and byte(s, x - #form - 1) == 32 then d = x - #form end
  end
  if not d then return nil end
  -- (the dash that opens it, white space on both sides)
  local seg = sub(s, ss, d - 2)
  local open, open_len
  for form in pairs(SETS.dash) do
    local init = 1
    while true do
      local p = find(seg, " " .. form .. " ", init, true)
      if not p then break end
      if not open or p > open then open, open_len = p, #form end
      init = p + 1
    end
  end
  if not open then return nil end
  -- (an aside that is a name of two words or more, after a role or a
  -- group's one, is that person: `One of those named - Pat McFadden -
  -- called on`)
  local m = subject_before(A, d, ss)
  local r = subject_before(A, ss + open, ss)
  if m and m.kind == "name" and m.s == skip_spaces(s, ss + open + open_len) and find(m.text, " ", 1, true)
     and m.e == space_back(s, d, ss) then
    -- (the phrase before the aside opening the sentence, the name opens
    -- it as its subject: a pronoun after means this person)
    m.opens = r ~= nil and r.s == skip_spaces(s, ss)
    return m
  end
  return r
end

analyse_cue = function(A, h)
  if h.done then return h end
  h.done = true
  local s, L = A.s, A.L
  local sets = L.sets
  local a, b = h.s, h.e
  -- a cue in scare quotes (he 'said'): look around the quote
  local sq = h.scare_quote
  if sq then a, b = sq.oa, sq.cb end
  local ss, se, pi = sentence_of(A, a)
  h.ss, h.se, h.pi = ss, se, pi
  local key = h.key
  -- (a cue inside the question a fronted participle of asking opens,
  -- before its comma, is the question's word, no one's speech: `Asked if
  -- candidates should tell the public ..., Ardern said`)
  if A.lang == "en" and Analyser.in_fronted_question(A, ss, a) then return h end
  h.where = L.source[key]
  if h.where then
    -- volgens X / according to X
    if h.where == "self" then
      -- `voor Van den Goorbergh naar eigen zeggen`: the name before it
      -- (not a party's label in brackets after the name: `Ben Weyts
      -- (N-VA) realiseert ... naar eigen zeggen`)
      local ms = person_mentions(A, ss, a)
      local i = #ms
      while i > 1 and byte(s, ms[i].s - 1) == 40 and byte(s, ms[i].e) == 41 do i = i - 1 end
      -- (past a name after a preposition to one before it after no
      -- preposition or determiner, the clause's subject: `dan vreest
      -- Demir in haar interview bij Le Soir naar eigen zeggen een
      -- revolutie`)
      if i > 1 and L.prep[ms[i].prevw] then
        for j = i - 1, 1, -1 do
          local c = ms[j]
          if c.subj or not (L.prep[c.prevw] or L.det[c.prevw]) then
            i = j
            break
          end
        end
      end
      local c = ms[i]
      -- (a pronoun that opens the clause is its subject before a name
      -- after a determiner or a preposition, no subject: `Hij vindt
      -- optredens in de Kamer naar eigen zeggen spannend`)
      if (not c or not c.subj and (L.det[c.prevw] or L.prep[c.prevw])) then
        local x = skip_spaces(s, ss)
        local w = string.match(s, "^(%a+)%s", x)
        local lw = w and lc(w)
        if lw and L.pron[lw] and (not c or x < c.s) and SETS.one_person[L.pron[lw]] then
          h.subj = { s = x, e = x + #w, kind = "pron", text = w, gender = L.pron[lw], how = "before" }
          c = nil
        end
      end
      -- (a name inside a role's compound that holds it is the role's
      -- owner, the role the subject: `De ChristenUnie-voorman kijkt naar
      -- eigen zeggen terug op ...`)
      if c and not c.role then
        for j = 1, i - 1 do
          local r = ms[j]
          if r.role and r.s <= c.s and r.e >= c.e then c = r break end
        end
      end
      if c and c.role then
        local r = {}
        for k, v in pairs(c.role) do r[k] = v end
        r.how = "before"
        h.subj = r
      elseif c then
        h.subj = { s = c.s, e = c.e, kind = "name", text = c.text, how = "before" }
      end
    elseif h.where == "front" and trim(s, ss, a) ~= a then
      return h
    elseif h.where == "owner" then
      -- `"...", was zijn verklaring`: the one the possessive means speaks;
      -- only as a tag right after a quote's closing mark and a comma
      -- (review 2: `Opvallend was haar antwoord op de vraag` tags
      -- nothing)
      local qk = quotes_closed_by(A, a)
      local tagged = qk > 0 and find(sub(s, A.qb[qk], a - 1), "^[%s,]*$") ~= nil
      -- (the possessive and the words after it, a thing a possessive of
      -- one sex owns, which speaks for its owner, resolve_mention; none
      -- when no one is found, owner_only)
      if tagged then
        for x, w in string.gmatch(sub(s, a, b - 1), "()(%S+)") do
          local sex = L.det_owner[lc(w)]
          if sex == "m" or sex == "f" then
            h.subj = { s = a + x - 1, e = b, kind = "role", gender = "x", def = "poss", owner_only = true,
                       text = sub(s, a + x - 1, b - 1), head = string.match(sub(s, a, b - 1), "(%S+)$"), how = "after" }
            break
          end
        end
      end
    elseif h.where == "after" then
      -- `Dem Minister zufolge ist ...`: the speaker stands before the cue
      local m = source_pronoun(A, a, nil, se) or subject_before(A, a, ss)
      if m and (m.kind ~= "pron" or m.how == "source") then h.subj = m end
    elseif not standard_phrase(A, b, se) then
      h.subj = source_pronoun(A, a, b, se) or source_agent(A, b, se, true)
               or Analyser.listed_name(A, Analyser.with_initial_period(A, subject_after(A, b, se)), se)
               or source_agent(A, b, se)
      h.subj = Analyser.document_maker(A, h.subj)
      -- (a person's role with the relative clause that tells it apart,
      -- up to its comma: `Volgens een buurtbewoner die toevallig uit zijn
      -- raam keek, werd ...` is that whole phrase, as a subject's is)
      if h.subj and h.subj.kind == "role" then h.subj = Analyser.restricted_role(A, h.subj, true) or h.subj end
      -- (a name right before a noun of data or a document in lower case,
      -- a role noun of no person's, is a body's: `according to Refinitiv
      -- data`, no he or she later)
      if h.subj and h.subj.kind == "name" then
        local nw = string.match(s, "^ (%l+)%f[^%l]", h.subj.e)
        if nw and role_of(L, nw) == "x" then h.subj.body_noun = true end
      end
      -- (a news outlet after a source's preposition of place that tags a
      -- quote right after its closing mark and comma is where the words
      -- were said, no speaker: `"De dokter denkt aan een virale
      -- infectie", klinkt het bij Sporza.` after `De bondscoach meldt dat
      -- ...`; speech_words.txt's `news_outlet`, `workplace_prep`; not
      -- `"...," according to CNN`, CNN's report)
      if h.subj and h.subj.kind == "name" and sets.workplace_prep[string.match(key, "(%S+)$")]
         and sets.news_outlet[lc(string.match(h.subj.text, "^%S+"))] then
        local qk = quotes_closed_by(A, a)
        if qk > 0 and find(sub(s, A.qb[qk], a - 1), "^[%s,]*$") then h.subj = nil end
      end
      -- (a source that ends a sentence whose speech verb has an inverted
      -- subject of its own, a quote's tag, is where that speech was told,
      -- no speaker: `"...", vertelde voorzitter Bart Verhaeghe na de
      -- wedstrijd volgens Sporza.`; not `Pelosi called it a "breach ...,"
      -- according to NBC.`, what NBC reports)
      if h.subj then
        local x = skip_spaces(s, h.subj.e)
        if x >= se or find(sub(s, x, se - 1), "^[%.!?]+%s*$") then
          local k1, k2 = hit_range(A, ss, a)
          for k = k1, k2 do
            local h2 = A.hits[k]
            if h2.lemma and h2 ~= h then
              analyse_cue(A, h2)
              if h2.subj and h2.subj.how == "after" then h.subj = nil break end
              -- (and so a tag whose subject stands before its verb right
              -- after the quote's closing mark: `"...," Elon Musk told
              -- reporters, according to NBC News.`)
              local before = h2.subj and h2.subj.how == "before" and h2.subj.s > ss
                             and sub(s, (h2.subj.s - 6 > ss and h2.subj.s - 6 or ss), h2.subj.s - 1)
              if before and (find(before, "[\"']%s+$") or find(before, "\226\128[\157\153]%s+$")) then
                h.subj = nil
                break
              end
            end
          end
        end
      end
    end
    return h
  end
  -- a verb: inverted subject after it, or subject before it
  -- (the agent right after the English passive of an object-taking cue
  -- speaks: `a pattern described by Marine Bulletin as "rather hectic"`;
  -- not after `as`, `as reported by X`, nor of a request, `I'm asked by`)
  -- (and so after a form of `be` for any cue's participle: `he was told
  -- by Emergencies Minister Yevgeny Zinichev of "..."`)
  local npv = A.lang == "en" and L.np_verb[h.lemma]
  -- (the form of `be` asked first: most participles have none before them)
  local by_at = A.lang == "en" and npv ~= "request" and (ends_ed[key] or sets.cue_participle[key])
                and sets.be_form[names.letters_before_space(s, (a - 6 > ss and a - 6 or ss), a - 1) or ""]
                and agent_by_after(A, b, se)
  if npv and npv ~= "request" and ends_ed[key] or by_at then
    -- (`as` in the four bytes before the cue, then white space: what
    -- find(sub(...), "%f[%a][Aa]s%s+$") found, read back by bytes)
    local pw = names.letters_before_space(s, (a - 4 > ss and a - 4 or ss), a - 1)
    if pw ~= "as" and pw ~= "As" then
      local nb = by_at or skip_spaces(s, b)
      local _, we, w = find(s, "^(%a+)%s", nb)
      -- (and after what it was called, up to 100 bytes on in the clause:
      -- `Amman, who was described as "knife-obsessed" by the police, ...`,
      -- `The plan was branded a "disgrace" by critics`)
      -- (the latter only after a form of `be`, a passive: not `Critics
      -- branded it a "disgrace" by any measure`)
      if npv and (w == "as" or not by_at and not (w and L.agent[lc(w)])
                                and sets.be_form[names.letters_before_space(s, (a - 6 > ss and a - 6 or ss), a - 1) or ""]) then
        we = we or nb
        local by = find(s, " by ", we, true)
        if by and by - we < 100 and not find(sub(s, we, by), "[.;:!?]") then
          _, we, w = find(s, "^ (%a+)%s", by)
        end
      end
      if w and L.agent[lc(w)] then
        local m = subject_after(A, skip_spaces(s, we), se)
        -- (a thing is no agent who speaks, and its passive says nothing of
        -- a speaker before it either: `the storm is highlighted by the
        -- golf ball-sized hail`)
        if m and m.kind == "role" and m.gender == "?" then return h end
        if m and m.kind ~= "pron" then
          m.how = "agent"
          h.subj = m
          return h
        end
      end
    end
  end
  -- what stands right before the cue (skipping spaces)
  -- (one space after an ASCII byte that is none, the common case, read
  -- by one call where space_back and char_byte made two)
  local x, prev_c
  local c0, c1
  if a - 2 >= ss and a > 2 then c0, c1 = byte(s, a - 2, a - 1) end
  if c1 == 32 and c0 < 128 and c0 ~= 32 and (c0 < 9 or c0 > 13) then
    x, prev_c = a - 1, c0
  else
    x = space_back(s, a, ss)
    prev_c = x > ss and char_byte(s, x - 1) or nil
  end
  if prev_c == 111 then
    x = past_inversion_word(A, x, ss)
    prev_c = char_byte(s, x - 1)
  end
  -- a Dutch cue's plural form in -en after `de`, `een` or an adjective's
  -- ending -e is a plural noun, no verb: `de vragen van Tweede
  -- Kamerleden`, `schriftelijke vragen` (not after a pronoun, `ze
  -- vragen`, nor a relative `die`)
  -- (a cue of one word: `wil weten` agrees with its singular subject; and
  -- no noun in -ie, `politie`, `fractie`)
  if A.lang == "nl" and sub(key, -2) == "en" and prev_c and prev_c >= 97 and prev_c <= 122
     and not find(key, " ", 1, true) then
    local pw = tail_letters(s, (x - 20 > ss and x - 20 or ss), x - 1)
    if pw and (pw == "de" or pw == "een"
               or #pw >= 5 and byte(pw, -1) == 101 and byte(pw, -2) ~= 105
                  and not (L.pron[pw] or L.det[pw] or sets.relative[pw] or L.verb_word[pw] or L.adv[pw]
                           or L.comp[pw])) then
      return h
    end
  end
  -- right after a comma an English naming verb in -ed is a participle:
  -- `The invention, called a liquid-entrenched smooth surface, ...` (only
  -- before an indefinite article and after a common noun: `..., calling it
  -- "null and void"` and `David Clay, called it "..."` speak)
  if A.lang == "en" and prev_c == 44 and L.np_verb[h.lemma] == "predicate" and ends_ed[key] then
    local _, _, nw = find(s, "^%s*([^%s%p]+)", b)
    local _, _, pw = find(sub(s, (x - 30 > ss and x - 30 or ss), x - 2), "([^%s%p]+)$")
    if nw and L.det[lc(nw)] == "indef" and pw and not is_upper_at(pw, 1) then return h end
  end
  -- and so right after an indefinite noun phrase and before a name that
  -- no second noun phrase follows: `another company called Zorin
  -- Industries which ...`, `A man called John Smith said` (not `A
  -- spokesman called Trump a liar`, `a spokesman called the plan ...`)
  if A.lang == "en" and prev_c and prev_c >= 97 and prev_c <= 122
     and L.np_verb[h.lemma] == "predicate" and ends_ed[key] and is_upper_at(s, skip_spaces(s, b)) then
    local before = sub(s, (x - 40 > ss and x - 40 or ss), x - 1)
    local _, _, d = find(before, "(%a+)%s+%l+$")
    if not (d and L.det[lc(d)] == "indef") then _, _, d = find(before, "(%a+)%s+%l+%s+%l+$") end
    if d and L.det[lc(d)] == "indef" then
      -- past the capitalised words of the name
      local p = b
      while true do
        local _, e2 = find(s, "^%s+%u[%w%-%.'\128-\255]*", p)
        if not e2 then break end
        p = e2 + 1
      end
      local _, _, nx = find(s, "^%s*([%a']+)", p)
      if not (nx and L.det[lc(nx)]) then return h end
    end
  end
  -- an English cue in -ed right after a determiner's plural noun and
  -- before `in`/`by` is a participle of that noun, no verb: `most of the
  -- settings criticised in the decision had been changed` (not a group
  -- that speaks: `the officials criticised in a statement`)
  if A.lang == "en" and prev_c == 115 and ends_ed[key] and (find(s, "^%s+in%s", b) or find(s, "^%s+by%s", b)) then
    local d, nw = sub(s, (x - 40 > ss and x - 40 or ss), x - 1):match("(%a+)%s+(%l+s)$")
    if d and L.det[lc(d)] and not role_of(L, nw) then return h end
  end
  -- an English cue in -s that ends its line, no punctuation after it and
  -- no quote before it in the line, is a caption's noun: `Six Nations:
  -- Scotland 25-13 England highlights` (not `'...,' judge says`)
  if A.lang == "en" and byte(s, b - 1) == 115 and (b > #s or find(s, "^[ \t]*\n", b)) then
    local ls = x
    while ls > 1 and byte(s, ls - 1) ~= 10 do ls = ls - 1 end
    if not find(sub(s, ls, x - 1), "[\"'\226]") then return h end
  end
  -- an English cue in -s right after a verb is its object, a noun:
  -- `examines claims that ...`, `dismissed reports that ...` (a verb by
  -- its -es or -ed, or a cue's form; not -ing: `the writing says`)
  if A.lang == "en" and prev_c and prev_c >= 97 and prev_c <= 122 and byte(s, b - 1) == 115 then
    local pw = names.letters_before_space(s, (a - 15 > ss and a - 15 or ss), a - 1)
    if pw and #pw >= 4 and is_lower_at(pw, 1)
       and (find(pw, "[^s]es$") or find(pw, "ed$") or L.cue[pw] and not find(pw, "ing$")) then
      return h
    end
  end
  -- and so one that is a plural noun too (speech_words.txt's
  -- `plural_noun_cue`) right after a role noun in lower case that no
  -- determiner opens, a compound: `African Union member states met`,
  -- `police reports say` (not `the spokesman states that`)
  -- (a person's role noun: `the United States government claims` is
  -- the government's)
  if A.lang == "en" and prev_c and prev_c >= 97 and prev_c <= 122 and sets.plural_noun_cue[key] then
    local w2 = tail_letters(s, (x - 20 > ss and x - 20 or ss), x - 1)
    if w2 and is_lower_at(w2, 1) and SETS.one_person[role_of(L, w2)] then
      local w1 = tail_letters(s, (x - 40 > ss and x - 40 or ss), space_back(s, x - #w2, ss) - 1)
      if not (w1 and (L.det[lc(w1)] or sets.possessive[lc(w1)])) or sets.plural_compound[lc(w2) .. "_" .. key] then return h end
    end
  end
  -- and so one joined by `and`/`or` to a noun phrase that a possessive or
  -- determiner opens, where its clause ends: `vague in her diary entry
  -- and comments.` (lower-case words between, no function word)
  if A.lang == "en" and prev_c and prev_c >= 97 and byte(s, b - 1) == 115 and find(s, "^%s*[%.,;:!?]", b) then
    local w1, w2, w3 = last_words(s, (x - 50 > ss and x - 50 or ss), x - 1, true)
    if w3 and sets.coord[lc(w3)] and w2 and is_lower_at(w2, 1) and plain_noun_word(L, lc(w2)) then
      local d = w1 and lc(w1)
      local lo = x - #w3 - #w2 - 2
      if d and not (L.det[d] or sets.possessive[d]) and is_lower_at(w1, 1) and plain_noun_word(L, d) then
        -- (one more lower-case word before it: `her diary entry`)
        local _, _, w0 = find(sub(s, (lo - 30 > ss and lo - 30 or ss), lo - 1), "([%a']+)%s+[%a']+%s*$")
        d = w0 and lc(w0)
      end
      if d and (L.det[d] or sets.possessive[d]) then return h end
    end
  end
  -- after a possessive the cue is an adjective: `Johnson's stated
  -- intent`, `his reported remarks`
  -- (the word: the ASCII letters and apostrophes before x, at most 12
  -- bytes back; read by bytes, as a pattern search tried every start;
  -- none when the byte before x is none of them, prev_c then)
  if A.lang == "en" and x > ss and LETTER_APOS[prev_c] then
    local wa = run_start(s, x, (x - 12 > ss and x - 12 or ss), LETTER_APOS)
    local n = x - wa
    if n > 0 and n <= L.sets_possessive_max and L.sets_possessive_first[byte(s, wa)]
       and sets.possessive[lc(sub(s, wa, x - 1))] then
      return h
    end
    if n >= 3 and prev_c == 115 then
      -- `X's`: a letter, an apostrophe and an s (prev_c)
      local c3, c2 = byte(s, x - 3, x - 2)
      if c2 == 39 and LETTER_APOS[c3] and c3 ~= 39 then return h end
    end
  end
  local at_start = x <= ss
  local q = quotes_closed_by(A, a)
  -- (a letter or digit right before the cue, after the quote, is a word
  -- between them, found without a search)
  local after_quote = q > 0 and A.qb[q] <= a
                      and not (x - 1 >= A.qb[q] and ASCII_CLS[prev_c] == 1) and no_words(s, A.qb[q], a)
  local inverted_ok = at_start or prev_c == 44 or after_quote or prev_c == 58
                      or A.lang ~= "en"
  -- `..., saying that`, `calling it`: the subject of the clause
  local gerund = A.lang == "en" and ends_ing[key]
  if gerund then
    inverted_ok = false
    -- after a determiner it is a noun: `placed a warning over the tweet`
    local pw = tail_letters(s, (x - 6 > ss and x - 6 or ss), x - 1)
    if pw and L.det[lc(pw)] then return h end
    -- and so after a determiner and one or two lower-case words that are
    -- no role or function word (a compound or adjectives): `a severe
    -- thunderstorm warning put a damper on ...` (not `the minister
    -- saying`, `a video of them saying`)
    local w1, w2, w3 = last_words(s, (x - 40 > ss and x - 40 or ss), x - 1, true)
    if not w3 then
      w2, w3 = last_words(s, (x - 30 > ss and x - 30 or ss), x - 1, false)
    end
    local first = w1 or w2
    if first and L.det[lc(first)] and plain_noun_word(L, w3) and (not w1 or plain_noun_word(L, w2)) then
      return h
    end
  end
  -- (a Dutch relative pronoun right before the cue is its subject, no
  -- complementizer too: the noun phrase after the cue is an infinitive's
  -- object, `de supermarkten, die zeggen de drukte te willen spreiden`)
  if inverted_ok and A.lang == "nl" and x > ss then
    local pw = tail_letters(s, (x - 7 > ss and x - 7 or ss), x - 1)
    local lpw = pw and lc(pw)
    if lpw and sets.relative[lpw] and not L.comp[lpw] then inverted_ok = false end
    -- (and so a joining word right before it, `en`, `maar`: the verb
    -- shares the subject of the clause before, as Dutch puts none after
    -- it there, and the noun phrase after it is its object, `..., zei
    -- Trump, en benadrukte ook de macht van zijn leger`)
    if lpw and (sets.clause_and[lpw] or sets.clause_but[lpw]) then inverted_ok = false end
  end
  local after
  if inverted_ok then
    after = Analyser.listed_name(A, Analyser.with_initial_period(A, subject_after(A, b, se)), se)
    -- English puts no pronoun after the verb (`said he` is archaic):
    -- `calling it "null and void"` has an object there
    if after and after.kind == "pron" and A.lang == "en" and not after_quote then after = nil end
    -- (nor, away from a quote, a thing after an indefinite determiner or
    -- a quantifier and a participle in -en, which has no inverted
    -- subject: `written many letters for help`, `written a letter` have
    -- an object there; `..., said a letter sent to residents` speaks)
    if after and A.lang == "en" and not after_quote and after.kind == "role" and after.gender == "x"
       and after.def == "indef" and find(h.form or "", "en$") then
      after = nil
    end
    -- nor the speaker after `told`: that is the one told (`..., an abuse
    -- charity, told Reuters "..."`)
    if after and A.lang == "en" and sets.tell[h.lemma] then after = nil end
    -- nor one that `to` and a verb follow, whom the cue asks or urges
    -- (`so, ask the participants to go do certain tasks`; not `said a
    -- spokesman to the BBC`)
    if after and A.lang == "en" and after.kind ~= "pron" then
      local nw = string.match(s, "^%s+to%s+(%l+)", after.e)
      if nw and not (L.det[nw] or sets.possessive[nw] or L.pron[nw]) then after = nil end
    end
    -- nor a noun phrase that a verb follows: the object of a clause
    -- (`..., urged the immunity be waived`), after a quote too (`"..." -
    -- said Mr Ahern would make his explanations`: a name's aside, the
    -- name before it the subject)
    if after and A.lang == "en" then
      local _, _, nw = find(s, "^%s*(%a+)", after.e)
      if nw and L.verb_word[lc(nw)] then after = nil end
    end
    -- nor a noun the role list lacks, away from a quote: the cue is the
    -- sentence's verb and that its object (`The rarity, CBS noted,
    -- highlighted the tension`)
    if after and A.lang == "en" and not after_quote and after.kind == "role"
       and not (after.head and role_of(L, after.head)) then
      after = nil
    end
    -- nor, in Dutch, a noun the role list lacks after a neuter article
    -- (the people and bodies `het` names are all there: `het bestuur`,
    -- `het slachtoffer`): a thing, the object (`De supportersvereniging,
    -- met 4.000 leden, eist het vertrek van de directeur`)
    if after and A.lang == "nl" and not after_quote and after.kind == "role"
       and not (after.head and role_of(L, after.head))
       and sets.neuter_article[lc(after.text:match("^%S+") or "")] then
      after = nil
    end
  end
  -- (two surnames in a row after the cue, each of another person the
  -- article names in full, are its subject and the one spoken to: `riep
  -- Wilders Schoof toe` is Wilders)
  if after and after.kind == "name" then after = Analyser.first_of_two_surnames(A, after) or after end
  -- (a verb of quoting whose subject is a paper or a broadcaster speaks
  -- for the person it quotes, its object after it: `"...", citeert Het
  -- Nieuwsblad de bondscoach`; speech_words.txt's `quoting`)
  -- (not a person's name quoting a thing, a role's word that names no
  -- person after it: `zo citeert Alberti een van haar eigen liedjes` is
  -- Alberti's)
  if after and after.kind == "name" and sets.quoting and sets.quoting[h.lemma] then
    local obj = subject_after(A, skip_spaces(s, after.e), se)
    if obj and obj.kind == "role" and not PERSON_ROLE[role_of(L, obj.head or "")] and mention_person(A, after) then
      obj = nil
    end
    if obj and obj.s >= after.e and (obj.kind == "role" or obj.kind == "name" or obj.kind == "pron") then
      obj.how = after.how
      after = obj
    end
  end
  if after and (after_quote or at_start) then
    -- a cue right after a quote, or opening its sentence, is inverted
    -- (`"...," zegt Nel`): no subject before it is sought; a document
    -- there speaks for the name inside its phrase (`"...", reads an AEW
    -- press release`: AEW)
    h.subj = Analyser.document_maker(A, after)
  else
    local before = subject_before(A, a, ss)
    -- (a cue's form that is a noun of what was said too, in English,
    -- after a determiner, or after a word in lower case that is no
    -- subject's nor an adverb with a verb of the lists before it, is
    -- that noun: `The premier made similar comments about the "..."`;
    -- not `The petition claims`; speech_words.txt's `speech_noun`)
    if before and A.lang == "en" and sets.speech_noun[key] then
      local pw = names.letters_before_space(s, (a - 30 > ss and a - 30 or ss), a - 1)
      local lpw = pw and lc(pw)
      if pw and is_lower_at(pw, 1) and not (L.pron[lpw] or L.adv[lpw] or L.closed_adv[lpw] or role_of(L, lpw)) then
        local x2 = a - 1 - #pw - 1
        local ppw = x2 > ss and names.letters_before_space(s, (x2 - 30 > ss and x2 - 30 or ss), x2)
        if L.det[lpw] or ppw and (L.closed_verb[lc(ppw)] or L.verb_word[lc(ppw)] == true) then before = nil end
      end
    end
    -- past an aside between dashes right before the cue: `Mr Ó Cuív - who
    -- described himself ... - said`
    if not before then before = Analyser.subject_before_aside(A, a, ss) end
    -- (an English gerund after a comma, whose name before it an earlier
    -- finite cue of the sentence has after it, its object: that cue's
    -- subject says it, `Ma Hao ... told the official news agency,
    -- Xinhua, adding that ...`)
    if gerund and before and before.kind == "name" and find(sub(s, before.e, a - 1), "^%s*,%s*$") then
      before = Analyser.object_cue_subject(A, ss, before) or before
    end
    -- (and a gerund after a comma that closes a clause, or right after a
    -- preposition: the clause's subject, not the noun phrase its verb's
    -- object ends in, `Wynne opened her news conference with reporters
    -- ... by emphasizing ..., noting she has met ...`)
    if gerund and before and before.kind == "role" and before.s > skip_spaces(s, ss)
       and (prev_c == 44 or L.prep[lc(tail_letters(s, (x - 8 > ss and x - 8 or ss), x - 1) or "")]) then
      local m0 = first_np(A, ss, before.s)
      if m0 and m0.e <= before.s and (m0.kind == "name" or m0.kind == "pron" or m0.kind == "role") then
        m0.how = "before"
        before = m0
      end
    end
    -- (an English gerund right after a preposition's noun phrase is no
    -- cue of that phrase: `issued a statement at his golf club outside
    -- Washington, D.C. saying`; the clause's subject says it)
    if gerund and before and before.kind ~= "pron" and before.e <= a
       and not find(sub(s, before.e, a - 1), "[,;:]") and Analyser.after_prep(A, ss, before.s) then
      before = nil
    end
    -- (nor of a person's noun phrase with an infinitive after it, the
    -- object a verb before it asks something of: `Vaughn said she didn't
    -- want the family to see the aftermath claiming, "..."` is Vaughn's)
    if gerund and before and before.kind == "role" and before.gender ~= "x" and A.lang == "en" and before.head then
      local hx = find(before.text, before.head, 1, true)
      local tx = find(before.text, " to %l")
      if hx and tx and tx > hx then before = nil end
    end
    -- (nor a role's phrase that runs past a source's word after its
    -- noun: `in the company of his wife and family according to a
    -- statement posted to his account` names no one who posted it)
    local hx = before and before.kind == "role" and before.head and find(before.text, before.head, 1, true)
    -- (only a phrase that goes on past its noun: most end there)
    if hx and hx + #before.head <= #before.text then
      -- (cue_sources' entries are whole phrases: a word and the word
      -- after it asked too)
      local prev
      for w in string.gmatch(sub(before.text, hx + #before.head), "%a+") do
        local lw = lc(w)
        if L.source[lw] or prev and L.source[prev .. " " .. lw] then
          before = nil
          break
        end
        prev = lw
      end
    end
    if A.lang ~= "en" and A.lang ~= nil then
      -- Dutch verb-final clause: `Rui Costa heeft zijn transfer naar Parma
      -- tegengesproken.` -- the subject opens the clause
      local nb = skip_spaces(s, b)
      local c = byte(s, nb)
      -- (or a prepositional phrase of a few words after it, to the
      -- sentence's end: `Dat heeft de club aan alle leden laten weten in
      -- een e-mail.`)
      local pp_last = false
      if not (c == 46 or c == 44 or c == 59 or nb >= se) then
        -- (no pronoun, verb, relative or complementizer in it, nor `te`
        -- before the cue: `klagen over lekkages die niet werden
        -- verholpen`, `met vragen bij hem komen`, `is minder te spreken
        -- over de ozb`)
        pp_last = Analyser.prep_phrases(A, nb, se, 5)
                  and find(sub(s, nb, se - 1), "^[^.!?]*[.!?]?%s*$") ~= nil
                  and not find(sub(s, a > 4 and a - 4 or 1, a - 1), "%f[%a]te%s+$")
      end
      -- (or a complementizer after a participle, its auxiliary before the
      -- object: `Kramer heeft de gemeente gevraagd of ...`)
      -- (the clause opens after the last complementizer before the cue:
      -- `Hij zegt dat de minister heeft gezegd dat ...`)
      local participle_comp, comp_end = false, nil
      if not (c == 46 or c == 44 or c == 59 or nb >= se or pp_last) and find(key, "ge") then
        local nw = string.match(s, "^(%a+)", nb)
        if nw and L.comp[lc(nw)] and (find(key, "^ge") or find(key, "^%l%l%l?ge%l")) then
          comp_end = Analyser.clause_opened_at(A, ss, a)
          for w in string.gmatch(sub(s, comp_end or ss, a - 1), "%f[%a]%l+") do
            if L.verb_word[w] == true then participle_comp = true break end
          end
        end
      end
      -- (or any non-finite cue, a participle or an infinitive after
      -- `laten`, with a finite auxiliary of the perfect before it in its
      -- clause (speech_words.txt `perfect_aux`; a modal before `laten`
      -- too): the auxiliary holds the verb's second place, so a phrase
      -- between it and the cue is the cue's object, whatever follows the
      -- cue: `De ambassadeur heeft de VN gevraagd "..."`, `Jansen heeft
      -- de Kamer beloofd dat ...`, `De burgemeester heeft de raad laten
      -- weten dat ...`)
      -- (asked only where one of the auxiliaries is written before the
      -- cue, by plain searches: most cues have none)
      local laten = sub(key, 1, 6) == "laten "
      local pre, aux_before = nil, false
      if not (c == 46 or c == 44 or c == 59 or nb >= se or pp_last or participle_comp) and sets.perfect_aux then
        pre = sub(s, ss, a - 1)
        for w in next, sets.perfect_aux do
          if find(pre, w, 1, true) then aux_before = true break end
        end
        if not aux_before and laten then
          for w in next, L.modal do
            if find(pre, w, 1, true) then aux_before = true break end
          end
        end
      end
      if aux_before and (Analyser.participle_form(key) or laten or Analyser.separable_participle(A, key)) then
        -- (the clause opens after the last complementizer or
        -- subordinator before the cue: `Nadat de vrouw haar vriend had
        -- gewaarschuwd`)
        local from = Analyser.clause_opened_at(A, ss, a, sets.subordinator) or ss
        for w, e in string.gmatch(sub(pre, from - ss + 1), "%f[%a](%l+)()") do
          if sets.perfect_aux[w] or laten and L.modal[w] then
            local ae = from + e - 1
            -- (a verb-final clause puts its auxiliary right before the
            -- cue, `dat minister Smit de boeren heeft verteld`: the
            -- clause's first phrase is the subject; one further back
            -- holds a main clause's second place, also after a phrase
            -- that `als` opens, `Als voorzitter heeft Jansen de leden
            -- gevraagd`)
            if from > ss and skip_spaces(s, ae) == a then
              participle_comp, comp_end = true, from
            elseif before and before.s >= ae then
              -- (a main clause's subject, where the phrase found before
              -- the cue stands after the auxiliary (one before it is the
              -- subject already, `De burgemeester Philippe Close (PS)
              -- heeft maandag gereageerd`): the phrase right before the
              -- auxiliary, unless the sentence opens with a preposition,
              -- a source's word or a subordinator, `Volgens de politie
              -- had de man de vrouw gewaarschuwd`, `Tegenover RTL Nieuws
              -- heeft de minister ...`; else the first phrase after the
              -- auxiliary, `Gisteren heeft de burgemeester de raad laten
              -- weten`; an adverb before the phrase is its own, `Ook de
              -- burgemeester heeft de raad laten weten`, review 2)
              local m = subject_before(A, ae - #w, ss)
              local w0 = string.match(s, "^%s*([%a\128-\255]+)", ss)
              local lw0 = w0 and lc(w0)
              if m and lw0 and m.s > skip_spaces(s, ss)
                 and (L.prep[lw0] or L.source[lw0] or sets.subordinator[lw0]) then
                m = nil
              end
              if not m then
                m = first_np(A, ae, before.s)
                if m and m.s >= before.s then m = nil end
              end
              if m then
                m.how = "before"
                before = m
              end
            end
            break
          end
        end
      end
      if (c == 46 or c == 44 or c == 59 or nb >= se or pp_last or participle_comp) then
        local cs0 = participle_comp and comp_end or ss
        -- a clause after a comma that opens with an auxiliary is inverted:
        -- its subject follows it (`..., heeft minister Hoekstra dinsdag
        -- gezegd.`)
        -- (the last comma before the cue, by plain searches: a pattern
        -- search from every start of the clause cost ten times more)
        local lc_at
        local p = find(s, ",", ss, true)
        while p and p < a do
          lc_at = p
          p = find(s, ",", p + 1, true)
        end
        if lc_at then
          local _, ae, aux = find(s, "^,%s*(%a+)%s", lc_at)
          -- (not after a noun phrase and its relative clause, the
          -- subject: `De trainer, die al vijf seizoenen actief is, zou
          -- speelsters ‘lui’ hebben genoemd`)
          if aux and L.verb_word[lc(aux)] and not Analyser.np_relative(A, skip_spaces(s, ss), lc_at) then
            cs0 = ae + 1
          end
        end
        -- clause start: after the last comma before the cue that is
        -- outside an appositive
        local m0 = first_np(A, cs0, before and before.s or a)
        -- a passive's agent: `... wordt door Hans ... ontkent`
        -- (the pattern only where `door` is: it is tried at every start)
        local clause = sub(s, cs0, a - 1)
        local at = (find(clause, "door", 1, true) or find(clause, "Door", 1, true))
                   and find(clause, "%f[%w][Dd]oor%s+%u")
        if at then
          local t = tokens(s, cs0 + at - 1, a)
          if #t >= 4 and names.kind(s, t, 2, A.g) == "N" then
            local l2 = names.run_starting(s, t, 2, A.g)
            if l2 then m0 = mention_name(s, t, 2, l2) end
          end
        end
        -- (not a role noun that is the name's title: `minister Hoekstra`)
        if m0 and before and m0.kind == "role" and before.kind == "name"
           and (skip_spaces(s, m0.e) == before.s or Analyser.portfolio_gap(A, m0.e, before.s)) then
          m0 = nil
        end
        if m0 and (not before or m0.s < before.s or at) then
          m0.how = "before"
          before = m0
        end
      end
    end
    -- `Politico quoted Tim Manning, a former official, as saying`: the
    -- one quoted speaks
    if gerund and A.lang == "en" then
      local y = space_back(s, a, ss)
      if sub(s, y - 3, y - 1) == " as" then
        local m = Analyser.quoted_as(A, ss, y - 3)
        if m then before = m end
      end
    end
    -- (and so the perfect infinitive after the one quoted: `"...," he
    -- quoted Buhari to have said`)
    if not gerund and A.lang == "en" and sub(s, a - 9, a - 1) == " to have " then
      local m = Analyser.quoted_as(A, ss, a - 9)
      if m then before = m end
    end
    if gerund and not before then
      -- `..., Zapata said, adding ...`, `experts called this dubious,
      -- while noting ...`: after a comma, the speaker of the cue before
      -- it in the sentence (not after `was`: `the media was falsely
      -- claiming`), else the sentence's first noun phrase
      local y = space_back(s, a, ss)
      -- (a comma right before the gerund itself, asked below too)
      local comma_before = byte(s, y - 1) == 44
      local pw = tail_letters(s, (y - 8 > ss and y - 8 or ss), y - 1)
      if pw and (pw == "while" or pw == "and") then y = space_back(s, y - #pw, ss) end
      local k1, k2 = 1, 0
      if byte(s, y - 1) == 44 then k1, k2 = hit_range(A, ss, a) end
      for k = k2, k1, -1 do
        local hb = analyse_cue(A, A.hits[k])
        local m = hb.subj
        -- (not a cue in a clause a subordinator opens after the main
        -- one's, when a cue comes before it: `the World Health
        -- Organization said on Friday after Nigeria confirmed ...,
        -- reiterating its warning` is the WHO)
        if hb ~= h and m and k > k1 and m.how == "before" and Analyser.subordinator_before(A, m.s, ss) then
          m = nil
        end
        -- (nor the agent of a participle that no form of `be` or passive
        -- auxiliary stands before, a reduced clause after a noun: `Anna
        -- Smith has defended the crisis revealed by The Courier-Mail,
        -- saying` is hers; `was criticised by Smith, saying` his)
        if hb ~= h and m and m.how == "agent" then
          local aw = tail_letters(s, (hb.s - 24 > ss and hb.s - 24 or ss), space_back(s, hb.s, ss) - 1)
          if not (aw and (sets.be_form[lc(aw)] or sets.passive_aux[lc(aw)])) then m = nil end
        end
        if hb ~= h and m then
          before = borrowed(m)
          before.borrowed = true
          break
        end
      end
      if not before then
        -- a progressive (`the media was falsely claiming`): the subject
        -- before its `be`, past one adverb
        local y2 = space_back(s, a, ss)
        local w1 = tail_letters(s, (y2 - 24 > ss and y2 - 24 or ss), y2 - 1)
        if w1 and (L.adv[lc(w1)] or find(w1, "%lly$")) then
          y2 = space_back(s, y2 - #w1, ss)
          w1 = tail_letters(s, (y2 - 24 > ss and y2 - 24 or ss), y2 - 1)
        end
        local progressive = w1 and sets.be_form[lc(w1)]
        if progressive then
          -- (one that can speak: not an unknown noun, `your question is
          -- asking`)
          local m = subject_before(A, space_back(s, y2 - #w1, ss), ss)
          if m and not (m.kind == "role" and m.gender == "?") then before = m end
        end
        -- (a progressive whose subject cannot speak, in what a cue before
        -- it in the sentence reports, has no speaker, not the sentence's
        -- first noun phrase: `Richard Owens said services would be
        -- continuing` is about the buses)
        local reported = false
        if progressive and not before then
          local k1, k2 = hit_range(A, ss, a)
          reported = k2 >= k1 and A.hits[k1] ~= h
        end
        -- (a gerund after a comma: past a fronted subordinate clause and
        -- its comma, the main clause's subject, `When asked if he would
        -- consider Tory's request, Ford refused, saying` is Ford)
        if not before and not reported then
          local from = ss
          if comma_before and Analyser.fronted_opener_end(A, ss) then
            local cm = find(s, ",", ss, true)
            if cm and cm < a then from = skip_spaces(s, cm + 1) end
          end
          before = first_np(A, from, a)
          -- (in English the subject of a clause that `but` and a definite
          -- article open before it, its verb in lower case right after,
          -- is the gerund's: `The governor last week said that ... but the
          -- Finance Minister debunked the claim saying it is "..."`)
          local bx = A.lang == "en" and Analyser.but_clause_subject(A, from, a)
          if bx then before = bx end
        end
      end
      if before then before.how = "before" end
    end
    -- a document that the clause's subject put out speaks for it: `Trump
    -- issued a statement saying`, `The ministry released a report
    -- stating` (the word before the document's noun phrase a verb: no
    -- preposition, determiner or punctuation)
    if gerund and before and before.kind == "role" and before.gender == "x" and before.s > ss then
      local _, _, pw = find(sub(s, (before.s - 30 > ss and before.s - 30 or ss), before.s - 1), "(%l+)%s+$")
      if pw and not (L.prep[pw] or L.det[pw] or L.fw[pw] or L.cue[pw]) then
        -- (or the clause's own subject, after a comma and a coordinating
        -- word that opens the clause: `Authorities initially said ...,
        -- but the Los Angeles Police Department later issued a statement
        -- saying`)
        local from = ss
        local p = find(s, ",%s+%l+%s", ss)
        while p and p < before.s do
          local w = string.match(s, "^,%s+(%l+)%s", p)
          if w and L.sets.coord[w] then from = p + 1 end
          p = find(s, ",%s+%l+%s", p + 1)
        end
        -- (the subject right before the verb, an adverb or auxiliary
        -- between at most, `Trump has issued a statement`, or an
        -- appositive between commas that `including` or a determiner
        -- opens, `Fifty former officials, including John Brennan and
        -- Leon Panetta, signed a letter`)
        local function subject_from(x)
          local m = first_np(A, x, before.s)
          local gap = m and m.e <= before.s and sub(s, m.e, before.s - 1)
          -- (with the role's of-phrase, no verb in it, up to the verb: `A
          -- bipartisan group of senators on Wednesday issued a statement
          -- declaring`)
          local ce = gap and m.kind == "role" and Analyser.of_phrase_before_verb(A, m.e, before.s)
          if ce then
            m = role_for(s, m, { e = ce })
            gap = " " .. string.match(sub(s, ce, before.s - 1), "(%l+)%s*$") .. " "
          end
          local w1 = gap and gap:match("^, (%a+)")
          if gap and (m.kind == "name" or m.kind == "pron" or m.kind == "role" and m.gender ~= "x")
             and (find(gap, "^%s+%l+%s+$") or find(gap, "^%s+%l+%s+%l+%s+$")
                  or #gap < 160 and find(gap, "^, [^.;:]*, %l+%s+$")
                  and (L.det[lc(w1 or "")] or w1 == "including")) then
            return m
          end
          return nil
        end
        local m = subject_from(ss) or from > ss and subject_from(from)
        -- (and the sentence's subject where the clause after the
        -- coordinating word has none, only words in lower case before the
        -- document: `The company initially declined to comment ..., but
        -- later issued a statement saying`)
        if not m and from > ss and find(sub(s, from, before.s - 1), "^%s*%l+%s+%l+%s+%l*%s*$") then
          local m0 = first_np(A, ss, before.s)
          if m0 and m0.s == skip_spaces(s, ss) and m0.e < from
             and (m0.kind == "name" or m0.kind == "pron" or m0.kind == "role" and m0.gender ~= "x") then
            m = m0
          end
        end
        if m then
          m.how = "before"
          before = m
        end
      end
    end
    -- Dutch: a subject pronoun right after the verb is the subject
    -- (`Tegen de krant El Pais zei hij dat`)
    if after and before and after.kind == "pron" and A.lang ~= "en" then before = nil end
    -- and so a name right after it, when the word that opens the sentence
    -- before the verb is one the article writes nowhere else: an adverb no
    -- list has (`Desgevraagd zei Kamp dat`, `Achteraf zei Jansen`; not
    -- `Pastrana noemde het doorgaan van de Copa ...`)
    if after and before and after.kind == "name" and A.lang ~= "en" and no_words(s, h.particle_end or b, after.s)
       and Analyser.lone_opener(A, before, ss) then
      before = nil
    end
    -- and so a name right after the modal verb that follows such an
    -- opener, the cue an infinitive further on (`Namen kan Schoof nog
    -- niet noemen, "..."` is Schoof)
    if before and not after and before.kind == "name" and A.lang ~= "en" and A.lang ~= nil
       and Analyser.lone_opener(A, before, ss) then
      local v, np = string.match(s, "^%s+(%l+)%s+()%u", before.e)
      if v and L.modal[v] and np < a and not A.g.given[lc(before.text)] then
        local m2 = first_np(A, np, a)
        if m2 and m2.kind == "name" and m2.s == np then
          m2.how = "before"
          before = m2
        end
      end
    end
    -- and so a name right after it when what opens the sentence before
    -- the verb is a noun no list knows, a thing, the fronted object of
    -- Dutch and German word order (`De misdagingen van de leerlingen
    -- omschrijft Buiter als vandalisme`, `De plannen noemt Jan Buiter "een
    -- ramp"`; not a document's noun, `Het rapport noemt Jansen`)
    -- (a plural noun before a singular verb: the two do not agree, so
    -- the noun is no subject; a singular noun may be one the lists lack,
    -- `De dorpsraad noemt Jansen "..."`)
    if after and before and after.kind == "name" and A.lang ~= "en" and A.lang ~= nil
       and before.kind == "role" and before.gender == "?" and before.s == skip_spaces(s, ss)
       and no_words(s, h.particle_end or b, after.s)
       and before.head and (find(before.head, "en$") or find(before.head, "[^s]s$"))
       and not nl_plural_form(string.match(key, "^%S+") or key, type(h.lemma) == "string" and h.lemma or nil) then
      before = nil
    end
    -- an English gerund has no subject after it: `..., adding Iran will
    -- pursue the case` (Iran is the clause's)
    if gerund and A.lang == "en" and before then after = nil end
    -- (a Dutch or German sentence that opens with a preposition's phrase,
    -- no comma and no verb the lists know in it, puts the subject after
    -- the finite cue: `Bij zijn bezoek aan de rechtbank in Den Bosch zei
    -- de minister voor Rechtsbescherming dat ...`)
    if before and after and A.lang ~= "en" and A.lang ~= nil and (after.kind == "role" or after.kind == "name")
       and after.s >= b then
      local x0 = skip_spaces(s, ss)
      local w1 = string.match(s, "^(%a+)%s", x0)
      if w1 and L.prep[lc(w1)] and before.s > x0 and not find(sub(s, x0, a - 1), "[,;:]") then
        local verb = false
        for w in string.gmatch(sub(s, x0, a - 1), "%a+") do
          local lw = lc(w)
          -- (`zijn` a possessive there as often: a determiner's word is none)
          if not L.det[lw] and Analyser.listed_verb(L, lw) then verb = true break end
        end
        if not verb then before = nil end
      end
    end
    if before and after then
      -- a cue after a comma that closes no appositive is inverted (`...,
      -- said Smith`); otherwise the subject stands before it (`John said
      -- Mary ...`)
      -- (in Dutch and German also after what reads as one, when a name or
      -- role and a colon follow the cue: `De waarheid horen, dat wil ook
      -- de vader, zegt zijn advocaat Jef Vermassen: "..."`)
      if prev_c == 44 and (not before.appos
                           or A.lang ~= "en" and A.lang ~= nil and (after.kind == "name" or after.kind == "role")
                              and find(s, "^%s*:", after.e)) then
        h.subj = after
      else
        h.subj = before
      end
    else
      h.subj = before or after
    end
    -- (a stray comma between the subject and a cue that a colon follows:
    -- `... Chief Superintendent Chris Noble, said : "..."`)
    -- (no comma before it in the sentence: `Ben Jones, 32, of Joeys Lane,
    -- Bilbrook, said:` is an appositive's list, whose name opens it)
    if not h.subj and prev_c == 44 and find(s, "^%s*:", b) and not find(sub(s, ss, x - 2), ",", 1, true) then
      local m = subject_before(A, x - 1, ss)
      if m and m.kind == "name" then
        m.how = "before"
        h.subj = m
      end
    end
    -- (and so a full name alone between a quote's closing comma and the
    -- cue, its titles before it: `"...," Fincen Director James Freis,
    -- said in a press release.`)
    if not h.subj and prev_c == 44
       and find(sub(s, (x - 120 > ss and x - 120 or ss), x - 2), "[,!?][\"\226][\128]?[\157\153]?%s+[^,\"\226\n]+$") then
      local m = subject_before(A, x - 1, ss)
      if m and m.kind == "name" and find(m.text, " ", 1, true) then
        m.how = "before"
        h.subj = m
      end
    end
    -- a Dutch or German cue that ends a relative clause: its pronoun, and
    -- so the phrase before its comma (`minister De Jonge, die als minister
    -- in coronatijd over vaccineren zei: ...`)
    if not h.subj and A.lang ~= "en" and A.lang ~= nil then
      h.subj = Analyser.relative_clause_subject(A, a, ss)
    end
    -- a person's role before the cue with a relative clause that runs to
    -- the cue, no punctuation in it: the whole phrase names that one, as
    -- after an inverted cue (`A police officer who had also observed the
    -- incident describes the event`, `A woman who lives nearby said`)
    -- (also where nothing was read before the cue: the sentence's
    -- opening phrase then)
    local sb = h.subj
    -- (and where what was read is a thing's phrase right after a relative
    -- word, the relative clause's object: `Een vrouw die het incident zag
    -- gebeuren zei`)
    local object = sb and sb.how == "before" and sb.kind == "role" and sb.gender == "?" and sb.left_tok
                   and L.sets.relative[lc(sb.left_tok)]
    -- (and so any phrase read past a relative word near the sentence's
    -- start, the clause running to the cue with no punctuation: `A woman
    -- who lost her son said`, `A victim who read a statement said`)
    if not object and sb and sb.how == "before" and a - ss <= 100 then
      local os_, rel_at = Analyser.relative_in_opening(A, ss, a)
      -- (a word of the clause before the phrase, its verb: right after
      -- the relative word the phrase is the clause's subject, and the cue
      -- the clause's, `proclamations which analysts say could ...`)
      if os_ and sb.s > rel_at and find(sub(s, rel_at, sb.s - 1), "^[%a\128-\255]+%s+[%a\128-\255]")
         and not find(sub(s, rel_at, a - 1), "[%.%?!,;:\n\"]") then
        object = true
      end
    end
    if object then sb = nil end
    -- (a relative word near the sentence's start, after a short phrase)
    if not sb and a - ss <= 100 then
      local os_ = Analyser.relative_in_opening(A, ss, a)
      if os_ then
        sb = first_np(A, os_, a)
        if sb and sb.s ~= os_ then sb = nil end
        if sb then sb.how = "before" end
        -- (after a fronted phrase: hit_content takes no content from it)
        if sb and os_ > skip_spaces(s, ss) then sb.fronted = true end
      end
    end
    if sb and sb.how == "before" and sb.kind == "role" and not sb.restricted and sb.e < a and a - sb.e <= 70 then
      local r = Analyser.restricted_role_to(A, sb, a)
      if r then
        r.fronted = sb.fronted
        h.subj = r
      elseif object or not h.subj and A.lang ~= "en" and A.lang ~= nil then
        -- (the phrase the relative clause is about, where the clause does
        -- not tell it apart as the rule above wants: `De buurman die alles
        -- zag zegt:`; in Dutch and German, whose clause puts its verb
        -- last: an English one runs to a passive as often, `A police
        -- inspector who died ... has been described`)
        h.subj = sb
      end
    end
    -- an English relative clause after the name that opens the sentence,
    -- its closing comma missing: the subject read inside the clause is
    -- the clause's, the name the cue's (`McGeeney, who has now won an
    -- All-Ireland as a player and manager says`)
    -- (a comma and a relative word before the subject first: most have
    -- none)
    if h.subj and h.subj.how == "before" and A.lang == "en" and h.subj.kind ~= "pron" and h.subj.s > ss + 12
       and Analyser.relative_before(A, ss, h.subj.s) then
      local m = Analyser.relative_clause_subject(A, a, ss)
      if m and m.kind == "name" and m.s == skip_spaces(s, ss) and h.subj.s > m.e then h.subj = m end
    end
  end
  -- `a process called "exfiltration"`, `a species called the rhea`: a
  -- thing no word list names, indefinite and right before an English
  -- naming verb in -ed, is named, not speaking (a known role or thing
  -- speaks: `A spokesman called the plan a disaster`, `A report called
  -- it flawed`)
  local m = h.subj
  if m and m.kind == "role" then
    local nm = Analyser.spelled_org(A, m)
    if nm then
      h.subj = nm
      m = nm
    end
  end
  if m and (m.kind == "role" or m.kind == "name") and m.s < a then
    local nm = Analyser.unclosed_appositive(A, m, ss, a)
    if nm then
      h.subj = nm
      m = nm
    end
  end
  if m and m.kind == "role" and m.def == "indef" and A.lang == "en" and L.np_verb[h.lemma] == "predicate"
     and ends_ed[key] and no_words(s, m.e, a) then
    local ha, hb = last_token(s, m.s, m.e)
    if ha and not role_of(L, sub(s, ha, hb - 1)) then h.subj = nil end
  end
  -- a Dutch `ze`/`zij` of a plural verb is plural (`zeggen ze`, `zeiden
  -- zij`; `zegt ze` is she), the finite verb the first word of a cue of
  -- two (`Zij laat weten` is she, `laten ze weten` they)
  local sm = h.subj
  if sm and sm.kind == "pron" and A.lang == "nl" and sm.gender == "fp" then
    if find(string.match(key, "^%S+"), "en$") then
      sm.plural = true
    elseif sm.how == "after" and no_words(s, h.e, sm.s) or sm.how == "before" and no_words(s, sm.e, h.s) then
      -- (and one right beside a finite verb of another form is one
      -- woman, never a group: `,,Nee,'' zegt ze`)
      sm.singular = true
    end
  end
  -- and a one-word name right before a plural cue is many, a group to
  -- resolve (`Omwonenden zeggen`, `Commuters say`)
  if sm and sm.kind == "name" and not find(sm.text, " ", 1, true) and plural_cue(A, h) then
    sm.plural = true
  end
  -- a cue of quoting names the one quoted by its object pronoun after its
  -- inverted subject, the medium (`"...", citeerde Het Laatste Nieuws hem`)
  if h.subj and h.subj.how == "after" and L.sets.quoting_cue[h.lemma] then
    local ps, pw, pe = string.match(s, "^%s+()([%a\128-\255]+)()", h.subj.e)
    local pg = pw and L.source_pron[lc(pw)]
    if pg then
      h.subj = { s = ps, e = pe, kind = "pron", text = pw, gender = pg, how = "after" }
    end
  end
  -- a person's name, its comma and an of-phrase of where the person
  -- works right before the cue, the phrase's closing comma lost: the
  -- person (`Sean Moody, of South Wales Fire and Rescue told BBC Radio
  -- Wales`)
  local sb = h.subj
  local lo = sb and (sb.s - 100 > ss and sb.s - 100 or ss)
  if sb and sb.how == "before" and sb.kind == "name" and sb.s > ss and Analyser.comma_of_before(A, lo, sb.s) then
    -- (back over the organisation's capitalised words and the words that
    -- join them, `Fire and Rescue`, to the of-phrase's preposition)
    local t = tokens(s, lo, sb.s)
    local k = #t // 2
    while k >= 1 and not (sets.complement_of[ltok(s, t, k)] and k > 1 and tok(s, t, k - 1) == ",")
          and (is_upper_at(s, t[2 * k - 1]) or sets.title_joiner[ltok(s, t, k)]) do
      k = k - 1
    end
    if k >= 3 and sets.complement_of[ltok(s, t, k)] and tok(s, t, k - 1) == ","
       and names.kind(s, t, k - 2, A.g) == "N" then
      local f = names.run_ending(s, t, k - 2, A.g)
      local pm = f and f < k - 2 and mention_name(s, t, f, k - 2)
      if pm and looks_personal(A, pm.text, pm.text) then
        pm.how = "before"
        h.subj = pm
      end
    end
  end
  -- names joined by and/en right after a plural inverted cue, ending the
  -- clause: they said it together (`"...", vertellen Rolf en Tessa.`)
  local sv = h.subj
  if sv and sv.how == "after" and sv.kind == "name" and A.lang == "nl"
     and nl_plural_form(h.key:match("^%S+"), type(h.lemma) == "string" and h.lemma:match("^%S+")) then
    local c = Analyser.coordinated_subject(A, sv.s, se, true)
    if c then
      c.how, c.kind = "after", "name"
      h.subj = c
    end
  end
  -- a definite noun that names no office (any_person), or a person's
  -- indefinite role, after an inverted cue, then a relative clause with
  -- no comma before it that runs to the sentence's end or a colon, is
  -- someone the clause tells apart: the whole phrase names that one
  -- (`"...", vertelt de man die het filmpje maakte.`, `vertelt een
  -- buurman die in hetzelfde flatgebouw als het slachtoffer woont:`; not
  -- an office's, which describes whom it names: `zei de renner van
  -- Sunweb die de Ronde als derde afsloot`)
  local sj = h.subj
  if sj and sj.how == "after" and sj.kind == "role" then
    -- (or to a comma: `said a woman who lives on Cleveland's west side,
    -- who did not want to give her name`)
    local r = Analyser.restricted_role(A, sj, false) or Analyser.restricted_role(A, sj, true)
    if r and r.e <= se then h.subj = r end
  end
  if h.subj and common_word_mention(A, h.subj) then h.subj = nil end
  -- a Dutch or German participle after a passive's auxiliary of its
  -- clause has no subject before it: what stands there was told, or
  -- names another clause's (`Als concurrenten, leveranciers en klanten
  -- vooruitgaan, ..., zo werd ook op een personeelsbijeenkomst verteld`)
  local sj = h.subj
  if sj and sj.how == "before" and sj.e <= h.s and A.lang ~= "en" and A.lang ~= nil
     and (Analyser.participle_form(h.key) or Analyser.separable_participle(A, h.key))
     and not Analyser.agent_phrase(A, sj) then
    for w in string.gmatch(sub(A.s, sj.e, h.s - 1), "%a+") do
      if A.L.sets.passive_aux[lc(w)] then h.subj = nil break end
    end
  end
  -- (a participle right after one capitalised word that opens the
  -- sentence, a verb or a colon after it, is an adverb's phrase, no
  -- subject and its cue: `Normaal gesproken is de winkel dicht`, `Eerlijk
  -- gezegd`, `Kort gezegd:`; not a name the article writes inside a
  -- sentence too)
  sj = h.subj
  if sj and sj.how == "before" and sj.kind == "name" and A.lang ~= "en" and A.lang ~= nil
     and Analyser.ge_adverb_phrase(A, h.key, h.e) and not find(sj.text, " ", 1, true)
     and sj.s == skip_spaces(A.s, (sentence_of(A, sj.s))) and not written_inside(A.s, sj.text) then
    h.subj = nil
  end
  -- (a thing's noun, or one no list knows, before an English
  -- participle's cue, a person named between them: that person speaks,
  -- `The result yesterday left Dawson proud of his players, saying:`)
  sj = h.subj
  if sj and sj.how == "before" and sj.kind == "role" and (sj.gender == "?" or sj.gender == "x") and sj.e < h.s
     and A.lang == "en" and find(h.form, "ing$") then
    local ms = person_mentions(A, sj.e, h.s)
    for i = 1, #ms do
      local c = ms[i]
      if not c.role and mention_person(A, c) then
        h.subj = { s = c.s, e = c.e, kind = "name", text = c.text, how = "before" }
        break
      end
    end
  end
  -- (an English participle's cue after a comma whose subject found
  -- stands inside what an earlier cue of the sentence reports is that
  -- cue's subject: `Brian Stanley, told Newstalk he will compel Mr
  -- Tubridy ... to attend, adding that` is Brian Stanley)
  sj = h.subj
  if sj and sj.how == "before" and A.lang == "en" and find(h.form, "ing$")
     and find(sub(A.s, (h.s - 3 > ss and h.s - 3 or ss), h.s - 1), ",%s*$") then
    local k1, k2 = hit_range(A, ss, sj.s)
    for kh = k2, k1, -1 do
      local hb = A.hits[kh]
      if hb ~= h and hb.e <= sj.s and sub(hb.key or "", -3) ~= "ing" then
        local sb = analyse_cue(A, hb).subj
        -- (a clause it reports between them, its own subject or `that`
        -- opening it: not the one spoken to, `Reuters spoke to a
        -- shopkeeper, Reza Ahmadi, saying` is Ahmadi's)
        -- (or the clause's subject right after the cue: `said the
        -- suspects have confessed ..., adding`)
        local reported = find(sub(A.s, hb.e, sj.s - 1), "^%s*$") ~= nil and A.L.cue[lc(hb.key or "")] ~= nil
        for w in string.gmatch(sub(A.s, hb.e, sj.s - 1), "%a+") do
          local lw = lc(w)
          if L.comp[lw] or L.pron[lw] then reported = true break end
        end
        if reported and sb and sb.how == "before" and (sb.kind == "name" or sb.kind == "role") and sb.s >= ss then
          local m2 = borrowed(sb)
          m2.how = "before"
          h.subj = m2
        end
        break
      end
    end
  end
  -- (`with` and a person right before an English participle's cue: the
  -- participle's own subject, not the clause's, `Conditions are set to
  -- worsen with Ms Symes revealing there was "grave concern"`)
  if A.lang == "en" and find(h.form, "ing$") then
    local wm = Analyser.with_subject_before(A, h.s, ss)
    if wm then h.subj = wm end
  end
  -- in an interview's turns, `I said` is whoever answers and `You
  -- mentioned` whoever is asked (pluk.speech.interview)
  if not h.subj and A.turns ~= false then h.subj = Analyser.interview_subject(A, h) end
  return h
end

-- Analyser.with_subject_before(A, a, ss) -> the person named right
-- before byte a (a participle's cue) after `with`, from sentence start
-- ss on, as a subject mention; else nil
function Analyser.with_subject_before(A, a, ss)
  local s = A.s
  local lo = a - 80 > ss and a - 80 or ss
  -- (a plain search first: most such cues have no `with` before them)
  if not find(sub(s, lo, a - 1), "ith ", 1, true) then return nil end
  local ms = person_mentions(A, lo, a)
  local c = ms[#ms]
  if not c or c.role or not find(sub(s, c.e, a - 1), "^%s+$") or not mention_person(A, c) then return nil end
  local before = sub(s, lo, c.s - 1)
  if not find(before, "%f[%a][Ww]ith%s+$") then
    -- (past the name's title: `with Ms Symes revealing`)
    local tw = string.match(before, "%f[%a][Ww]ith%s+(%u[%a]*)%.?%s+$")
    if not (tw and A.g.titles[lc(tw)]) then return nil end
  end
  return { s = c.s, e = c.e, kind = "name", text = c.text, how = "before" }
end

-- does the sentence that starts at ss hold only a demonstrative
-- (L.sets.demonstrative, or the word set given) before y?
local function demonstrative_before(A, ss, y, set)
  if ss <= A.first then return false end
  local w0s, w0e = find(A.s, "^[%a]+", ss)
  return w0s ~= nil and y == w0e + 1 and (set or A.L.sets.demonstrative)[lc(sub(A.s, w0s, w0e))] == true
end

-- the sentence before the one that starts at ss, in the same paragraph,
-- less its final punctuation, as content (start, end), or nil (another
-- paragraph, or a direct quote: then it is the quote's)
local function sentence_before(A, ss)
  local s = A.s
  local ps, pe, ppi = sentence_of(A, ss - 1)
  local _, _, pi, k = sentence_of(A, ss)
  if ppi ~= pi or ps >= ss then
    -- a paragraph that it opens: the paragraph before, when that is one
    -- sentence that ends as one and holds no cue of its own (a news lead,
    -- then `Dat meldt Het Financieele Dagblad.`; not `X erkent dat ...`,
    -- reported there already)
    ppi = pi - 1
    if k ~= 1 or ppi < 1 then return nil end
    ps, pe = A.pstart[ppi], A.pend[ppi]
    if not ps or ps < A.first or #structure.sentences(A, ppi) ~= 1 then return nil end
    local k1, k2 = hit_range(A, ps, pe)
    if k2 >= k1 then return nil end
    local _, b = trim(s, ps, pe)
    if not SETS.sentence_end[byte(s, b - 1)] then return nil end
  end
  local cs, ce = trim(s, ps, pe < ss and pe or ss)
  while ce > cs and SETS.sentence_end[byte(s, ce - 1)] do ce = ce - 1 end
  if ce <= cs or quote_at(A, cs) or quote_at(A, ce - 1) then return nil end
  return cs, ce
end

-- content reported by a cue (attributions): start, end or nil
-- the clause ends at `, en` / `, and` / `, maar` / `, but` before a new
-- verb phrase (`waarschuwt dat het Ira ..., en raadde de ...`): the end of
-- content that starts at cs and may run to ce
-- `, maar` / `, but` always (clause_but of speech_words.txt); `, en` /
-- `, and` before a verb the lists know (clause_and)
local CLAUSE_COMMAS_MAX = 1000
local function clause_end(A, cs, ce, fronted)
  local s, L = A.s, A.L
  local sets = L.sets
  local i = cs
  -- a semicolon ends the clause
  local semi = next_plain(A, ";", cs)
  if semi and semi < ce and not quote_at(A, semi) then ce = semi end
  -- and in English `but` before what the speaker did next, with no comma:
  -- `confirmed that the inquiry had opened in March but declined to give
  -- a timetable` (`but wages fell` goes on)
  -- (searched in the clause's own bytes: a search from cs runs on to the
  -- next ` but ` anywhere in the article)
  if L.lang == "en" and ce - cs >= 10 then
    local seg = sub(s, cs, ce - 1)
    local j = rare_find(seg, " but ", 1)
    while j do
      local bp = cs + j - 1
      local nw = s:match("^(%l+)", bp + 5)
      if nw and (sets.speaker_next[nw] or L.cue[nw] and find(nw, "ed$")) and not quote_at(A, bp) then
        ce = bp
        break
      end
      j = rare_find(seg, " but ", j + 5)
    end
  end
  -- (a cue inside a fronted subordinate clause reports up to the comma
  -- that closes the clause, where the main clause's subject follows:
  -- `Although skipper Vijay said the ball stopped a bit, Kotak was not
  -- blaming the pitch`)
  -- (asked at the clause's first comma: most clauses have none)
  local fronted_clause
  while true do
    local x = find(s, ",", i, true)
    if not x or x >= ce then return ce end
    if fronted_clause == nil then
      local w1e = Analyser.fronted_opener_end(A, (sentence_of(A, cs)))
      fronted_clause = w1e ~= nil and not find(sub(s, w1e, cs - 1), ",", 1, true)
    end
    -- (not a list of names, `Britain, France and Germany`: the word after
    -- the capitalised one no `and` or comma)
    if fronted_clause and not quote_at(A, x) then
      local nw2 = string.match(s, "^%s+%u[%w\128-\255'%-]*%s+(%l+)", x + 1)
      -- (or a subject pronoun: `Although he said ..., she disagreed`)
      local pw = not nw2 and string.match(s, "^%s+(%l+)%s+%l", x + 1)
      if nw2 and not sets.coord[nw2] or pw and L.pron[pw] and pw ~= "it" then return x end
    end
    -- (a sentence of no end is not walked comma by comma for every cue in
    -- it: past CLAUSE_COMMAS_MAX bytes the clause runs to its end)
    if x - cs > CLAUSE_COMMAS_MAX then return ce end
    i = x + 1
    -- a comma that is a quote's last byte (`said it was "good for us
    -- all," also noting ...`): what follows the quote's closing mark is
    -- read as after a comma outside it, and content cut there ends with
    -- the mark
    local cut, from = x, x + 1
    local qx = quote_at(A, x)
    if qx and x + 1 == qx.ca and qx.cb < ce then cut, from, qx = qx.cb, qx.cb, nil end
    local w, w2 = s:match("^%s*([^%s%p]+)%s+([^%s%p]+)", from)
    -- an inverted cue of its own and its speaker to the end: `..., meldt
    -- de NOS.`, `..., aldus de politie.` (the report of the whole
    -- sentence, not of this clause)
    local lw = w and (names.lc_memo[w] or lc(w))
    if w and w2 and (L.cue[lw] or L.source[lw]) and is_lower_at(w, 1) and not qx
       and (L.det[lc(w2)] or L.pron[lc(w2)] or is_upper_at(w2, 1))
       and count_words(s, from, ce, 7) <= 6 then
      return cut
    end
    -- and so a source cue of two words that runs to the end (`...,
    -- according to NBC.`, `called it a "breach," according to NBC.`;
    -- not `..., according to NBC, a betrayal`)
    if w2 and L.source[lw .. " " .. lc(w2)] and not qx
       and count_words(s, from, ce, 7) <= 6 and not find(sub(s, from, ce - 1), ",", 1, true) then
      return cut
    end
    if w and sets.contrast[lw] and not qx then
      -- (the cue among the five words after the contrasting word, before
      -- any punctuation, past its subject)
      local _, p = find(s, "^%s*[^%s%p]+", from)
      local k
      p, k = p + 1, 0
      while k < 5 do
        local _, we, wk = find(s, "^%s+([^%s%p]+)", p)
        if not wk or we >= ce then break end
        local lk = names.lc_memo[wk] or lc(wk)
        -- (a subject first: `, while noting ...` goes on with the same)
        if k >= 1 and L.cue[lk] and is_lower_at(wk, 1) then return cut end
        p, k = we + 1, k + 1
      end
    end
    -- an English participle's clause after the comma that tells what the
    -- speaker did next is no part of what was said: after `before`,
    -- `after` or `while` (`announced he would drop his bid, before
    -- reversing course`), or a cue's own or a defiance's participle
    -- (`..., citing the refusal`, `..., disregarding the court's ruling`;
    -- not `, resulting in 4,600 deaths`, `, including his home state`),
    -- also past an adverb of speech (`, also noting`)
    if L.lang == "en" and w and not qx then
      local timed = lw == "before" or lw == "after" or lw == "while"
      -- (the participle is the second word after a word of time or an
      -- adverb of speech)
      local part = (timed or L.adv[lw]) and w2 or w
      local lpart = part and (part == w and lw or lc(part))
      if lpart and #lpart > 5 and sub(lpart, -3) == "ing" and is_lower_at(part, 1) and not sets.not_gerund[lpart]
         and (timed or L.cue[lpart] or sets.speaker_act_ing[lpart]) then
        return cut
      end
    end
    local c = w and (sets.clause_and[lw] and "verb" or sets.clause_but[lw])
    -- (after a source that opens a verb-second sentence, a finite verb
    -- right after the joining word goes on under it: `Volgens de politie
    -- is de man gevlucht, maar is hij later aangehouden`)
    if c and fronted and w2 and L.verb_word[lc(w2)] then c = nil end
    if c and w2 and is_lower_at(w2, 1) and not qx then
      local l2 = lc(w2)
      if c == "verb" then
        -- (or the first word of a separable one: `, en raadde ... aan`)
        if L.cue[l2] or L.tag[l2] or L.split[l2] then return cut end
      elseif not L.det[l2] and not L.pron[l2] and not L.comp[l2] then
        return cut
      end
    end
  end
end

-- does s[cs, ce) open with a question frame (`Op de vraag of ...`,
-- `Asked whether ...`)? Then it is the question, not what was said.
local function is_question_frame(A, cs, ce)
  local frames = A.L.question_frames
  if #frames == 0 then return false end
  local head = lc(sub(A.s, cs, (ce < cs + 40 and ce or cs + 40) - 1))
  for i = 1, #frames do
    local f = frames[i]
    if sub(head, 1, #f) == f then
      local nx = byte(head, #f + 1)
      if not nx or nx == 32 or nx == 44 or (nx >= 9 and nx <= 13) then return true end
    end
  end
  return false
end

-- the end of the sentence that ends at x less its final punctuation and
-- white space, never before a (one C call: space_back is text.backblank,
-- here with the bytes . ! ? ;)
local function clip_end(s, a, x)
  return space_back(s, x, a, ".!?;")
end

-- English object pronouns, the one told after `told` (`told him the
-- plan`); the subject's are L.pron
local OBJECT_PRONOUN = { him = true, her = true, them = true, me = true, us = true, you = true, it = true }

-- words that open a quantity, not an adverbial, with the word after
-- them: `said at least 12 people were killed`, `up to 300`, `said more
-- than 200`; or, where the entry is true, before a number written in
-- digits: `said about 195,000 passengers` (not `said about the plan`),
-- `over 40`, `between 5 and 10`
local QUANTITY_OPENER = { at = { least = true, most = true }, up = { to = true },
                          more = { than = true }, less = { than = true }, fewer = { than = true },
                          about = true, around = true, over = true, under = true,
                          nearly = true, almost = true, roughly = true, some = true,
                          between = true }
-- does token k of t (of n), key w, open a quantity (QUANTITY_OPENER)?
-- (callers ask QUANTITY_OPENER[w] first: few words open one, and the call
-- costs more than the look-up)
local function opens_quantity(s, t, k, n, w)
  local after = QUANTITY_OPENER[w]
  if after == nil or k >= n then return false end
  if after == true then
    local c = byte(s, t[2 * k + 1])
    return c >= 48 and c <= 57
  end
  return after[ltok(s, t, k + 1)] == true
end

-- where a fronted source's phrase ends when it goes on after its speaker
-- (English, where the phrase is closed by a comma): with `of` or a
-- possessive, up to the comma when the words before it hold no verb or
-- pronoun (`According to Superintendent X of the police of the Region in
-- Y, the deaths ...`, `According to the United Nations' Food and
-- Agriculture Organization's chief veterinary officer, it was ...`), else
-- after `of` and the capitalised words that follow it (`According to
-- Smith of Boston it was ...`); nil when it does not go on. after_name:
-- the source is a person's name, which `van` ends only where the phrase
-- after it says where the person is from (names.affiliation: `Volgens
-- Jan Jansen van de KNVB zijn ...`)
local function fronted_phrase_end(A, x, se, after_name)
  local s, L = A.s, A.L
  if L.lang ~= "en" then
    -- a prepositional phrase after the source before the finite verb:
    -- `Volgens bronnen rond het kabinet wil ...`, `Volgens de politie in
    -- Amsterdam is ...` (the preposition, a determiner, adjectives in -e,
    -- the noun)
    local t = tokens(s, x, (se < x + 80 and se or x + 80))
    local n = #t // 2
    if n < 4 or is_punct_tok(s, t, 1) or not L.prep[ltok(s, t, 1)]
       or ltok(s, t, 1) == "van" and not after_name then
      return nil
    end
    local k = 2
    if L.det[ltok(s, t, k)] then k = k + 1 end
    if k >= n or is_punct_tok(s, t, k) then return nil end
    if is_upper_at(s, t[2 * k - 1]) and not (find(ltok(s, t, k), "e$") and is_lower_at(s, t[2 * k + 1])) then
      -- a name: its capitalised words (`het Witte Huis`, `de Universiteit Utrecht`)
      while k < n - 1 and not is_punct_tok(s, t, k + 1) and is_upper_at(s, t[2 * k + 1]) do k = k + 1 end
    else
      -- adjectives in -e, a demonym's too (`het Nederlandse kabinet`)
      while k < n - 1 and find(ltok(s, t, k), "e$") and not is_punct_tok(s, t, k + 1)
            and is_lower_at(s, t[2 * k + 1]) do
        k = k + 1
      end
    end
    if k >= n or is_punct_tok(s, t, k) or is_punct_tok(s, t, k + 1) then return nil end
    return t[2 * k]
  end
  local t = tokens(s, x, (se < x + 160 and se or x + 160))
  local n = #t // 2
  if n < 2 then return nil end
  local w1 = tok(s, t, 1)
  if find(w1, "^%l+ed$") and not L.sets.phrase_stop[w1] then
    -- a participle's phrase belongs to the source, up to its comma (`a
    -- survey published in 2017 by the Royal Pharmaceutical Society, 84%
    -- ...`), when no verb or pronoun comes first
    for k = 2, (n < 16 and n or 16) do
      if is_punct_tok(s, t, k) then
        return byte(s, t[2 * k - 1]) == 44 and t[2 * k - 1] or nil
      end
      local lw = ltok(s, t, k)
      if is_lower_at(s, t[2 * k - 1]) and (L.sets.phrase_stop[lw] or L.pron[lw] or L.comp[lw] or L.cue[lw]) then
        return nil
      end
    end
    return nil
  end
  if not (w1 == "of" or w1 == "'" or w1 == "\226\128\153") then
    -- other words up to a near comma (`According to the official WHO
    -- report yesterday, there had been ...`)
    for k = 1, (n < 6 and n or 6) do
      if is_punct_tok(s, t, k) then
        return byte(s, t[2 * k - 1]) == 44 and k > 1 and t[2 * k - 1] or nil
      end
      -- (lower-case words only, `WHO` is a name; and not a cue's form:
      -- `report` is a noun here)
      local lw = ltok(s, t, k)
      if is_lower_at(s, t[2 * k - 1])
         and (L.sets.phrase_stop[lw] or L.pron[lw] or L.comp[lw] or find(lw, "ed$")) then
        return nil
      end
    end
    return nil
  end
  for k = 2, (n < 16 and n or 16) do
    if is_punct_tok(s, t, k) then
      if byte(s, t[2 * k - 1]) == 44 then return t[2 * k - 1] end
    elseif not is_upper_at(s, t[2 * k - 1]) then
      local lw = ltok(s, t, k)
      if L.sets.phrase_stop[lw] or L.pron[lw] or L.comp[lw] or L.cue[lw] or find(lw, "ed$") then break end
    end
  end
  if w1 ~= "of" then return nil end
  local k = 2
  while k <= n and L.det[ltok(s, t, k)] do k = k + 1 end
  local last
  while k <= n and not is_punct_tok(s, t, k) and is_upper_at(s, t[2 * k - 1]) do
    last = k
    k = k + 1
  end
  return last and t[2 * last] or nil
end

-- where the clause holding position y starts: after the last `;` in
-- [ss, y), else ss (`Kurdi ... in 2015; they had, his father says, paid
-- ...`)
local function clause_start(s, ss, y)
  local from = ss
  local p = find(s, ";", ss, true)
  while p and p < y do from = p + 1 p = find(s, ";", p + 1, true) end
  return from
end

-- is s[cs, ce) a short English phrase that frames the cue rather than a
-- clause it reports: a preposition or a source cue first, then no verb
-- (`In a statement, Ford said on Monday.`, `According to the filing,
-- Ford told the agency in February.`)?
local function frame_phrase(A, cs, ce)
  local s, L = A.s, A.L
  if L.lang ~= "en" then return false end
  local t = tokens(s, cs, ce)
  local n = #t // 2
  if n == 0 then return false end
  local w1 = ltok(s, t, 1)
  -- one connecting word (`However, Smith said ...`, `Separately, ...`;
  -- or a sentence opener of name_stopwords.txt, `Meanwhile`,
  -- `Afterward`, not an answer, `Yes, he said`)
  if n == 1 then
    return (L.adv[w1] or L.fw[w1] or find(w1, "%l%lly$")
            or A.g.stop[w1] and not L.sets.answer_word[w1]) and true or false
  end
  -- a participle phrase
  if n <= 8 and fronted_participle(L, w1) and is_upper_at(s, t[1]) then
    return true
  end
  if n > 6 then return false end
  if not (L.prep[w1] or L.source[w1 .. " " .. ltok(s, t, 2)]) then return false end
  -- (more than four words only with a second preposition: `In an
  -- interview with CNN`, not `On Monday the company grows`)
  local preps = 0
  for k = 2, n do
    local w = ltok(s, t, k)
    -- (a cue's form after a determiner is a noun: `In a tweet,`, `In his
    -- report,`)
    if L.sets.phrase_stop[w] or L.cue[w] and not L.det[ltok(s, t, k - 1)] or L.pron[w]
       or find(w, "ed$") then
      return false
    end
    if L.prep[w] then preps = preps + 1 end
  end
  return n <= 4 or preps > 0
end

-- does str end as find(str, "%ste%s+%l+[%s%.!?]*$") requires: white
-- space, `te`, white space, a word in lower case, then only white space
-- and . ! ? (read back from the end with rspan: the pattern is tried at
-- every start)? A second word in lower case may end it after an
-- infinitive in -n: `te willen stoppen`, `te hebben gedaan`. With the
-- language's lists L, a prepositional phrase may follow an infinitive in
-- -n: `blij te zijn met het besluit` (no comma in str: the caller's test).
local te_infinitive_end
do
  local rspan = text.rspan
  local LOWER, SPACE, END_TAIL = "abcdefghijklmnopqrstuvwxyz", " \t\n\v\f\r", " \t\n\v\f\r.!?"
  local plain_end
  local TE_PP = { "%ste%s+%l+n%s+(%l+)%f[%A]", "%ste%s+%l+n%s+%l+n%s+(%l+)%f[%A]" }
  te_infinitive_end = function(str, L)
    if plain_end(str) then return true end
    if not L then return false end
    -- the last `te`, one or two infinitives and a preposition after them
    for _, form in ipairs(TE_PP) do
      local at, stop, prep
      local from = 1
      while true do
        local a, b, w = find(str, form, from)
        if not a then break end
        at, stop, prep, from = a, b, w, a + 1
      end
      if at and L.prep[prep] and plain_end(sub(str, 1, stop - #prep - 1)) then return true end
    end
    return false
  end
  plain_end = function(str)
    -- (e: where the white space and . ! ? at the end start; w: the word
    -- before them; g: the white space before that word)
    local e = rspan(str, -1, END_TAIL)
    local w = rspan(str, e - 1, LOWER)
    if w >= e then return false end
    local g = rspan(str, w - 1, SPACE)
    if g >= w or g < 4 then return false end
    if sub(str, g - 2, g - 1) ~= "te" then
      -- (the word before ends in -n: read the same test at its end)
      if byte(str, g - 1) ~= 110 then return false end
      w = rspan(str, g - 1, LOWER)
      g = rspan(str, w - 1, SPACE)
      if g >= w or g < 4 or sub(str, g - 2, g - 1) ~= "te" then return false end
    end
    return ASCII_CLS[byte(str, g - 3)] == 0
  end
end

local NO_TOKENS = {}
-- Analyser.no_subject(A, t, k, n): does token k, a `no` after a cue,
-- open the clause's subject: one or two words in lower case (no
-- preposition, function word or punctuation) and then a verb of
-- speech_words' `verb_word` (`no one had been injured`, `no arrests
-- had been made`)?
function Analyser.no_subject(A, t, k, n)
  local s, L = A.s, A.L
  for j = k + 1, (k + 2 < n and k + 2 or n - 1) do
    local w = ltok(s, t, j)
    if is_punct_tok(s, t, j) or not is_lower_at(s, t[2 * j - 1]) or L.prep[w] or L.fw[w] or L.verb_word[w] then
      return false
    end
    if j < n and L.verb_word[ltok(s, t, j + 1)] == true then return true end
  end
  return false
end

-- the strings negated looks for before a cue: the negations, and in
-- English the n't of a contraction, as a key set where any byte may start
-- one (made when first asked, per negation set)
local neg_needles = setmetatable({}, { __mode = "k" })
local function negation_needles(L)
  local set = neg_needles[L.neg]
  if not set then
    local list = {}
    for w in pairs(L.neg) do list[#list + 1] = w end
    if L.lang == "en" then
      list[#list + 1] = "n't"
      list[#list + 1] = "n\226\128\153t"
    end
    set = text.keyset({}, list, "")
    neg_needles[L.neg] = set
  end
  return set
end

-- is the cue at [a, b) negated (negations.txt)? One of the two words
-- before it in its clause (`did not say whether`, `wilde niet zeggen of`,
-- `didn't say`), or outside English the word right after it before a
-- complementizer (`bevestigde niet dat`): then it reports nothing
local function negated(A, a, b, ss)
  local s, L = A.s, A.L
  local neg = L.neg
  local lo = ss > a - 40 and ss or a - 40
  -- (most cues have no negation near: one scan for where one could
  -- start first, tokens only when one may be there; a key that runs past
  -- the cue is a false alarm the tokens settle)
  -- (the set made is read from its cache here: a call a cue costs more)
  local near = (neg_needles[L.neg] or negation_needles(L)):scan(s, lo, a - 1)[1]
  local t = near and tokens(s, lo, a) or NO_TOKENS
  local n = #t // 2
  for k = n, (n > 2 and n - 1 or 1), -1 do
    if is_punct_tok(s, t, k) then break end
    local w = ltok(s, t, k)
    if neg[w] or (L.lang == "en" and (sub(w, -3) == "n't" or sub(w, -5) == "n\226\128\153t")) then
      return true
    end
  end
  if L.lang == "en" then return false end
  -- (only before a complementizer: `zei niet te weten hoe` reports)
  local _, _, w, w2 = find(s, "^%s+([^%s%p]+)%s*,?%s+([^%s%p]+)", b)
  return w ~= nil and neg[lc(w)] ~= nil and L.comp[lc(w2)] ~= nil
end

-- is the cue at a an infinitive after a modal verb in its clause
-- (modal_verbs.txt: `Hij kan dat bij de stemming melden`, `he could say
-- that`)? Then it tells what may be said, not what was.
local function after_modal(A, h, ss)
  local L = A.L
  if not h.lemma or h.key ~= h.lemma then return false end
  local s, a = A.s, h.s
  local t = tokens(s, (ss > a - 80 and ss or a - 80), a)
  local n = #t // 2
  for k = n, (n > 8 and n - 7 or 1), -1 do
    if is_punct_tok(s, t, k) then return false end
    if L.modal[ltok(s, t, k)] then return true end
  end
  return false
end

-- t: the tokens after a source, from the comma after it. When the words
-- up to the next comma read as an appositive of the source -- a role noun
-- among their first four words, after determiners, adverbs and other
-- lower-case words, and right before the comma or a preposition; no
-- finite verb word, pronoun or complementizer among them -- the position
-- after that comma, else nil (`According to the police, the suspect
-- fled, and ...` reports both clauses)
local MAX_APPOSITIVE_WORDS = 12
local function source_appositive_end(A, t)
  local s, L = A.s, A.L
  local n = #t // 2
  local role_at, relative
  for k = 2, (n < MAX_APPOSITIVE_WORDS + 2 and n or MAX_APPOSITIVE_WORDS + 2) do
    local w = tok(s, t, k)
    if w == "," then
      -- (words after the second comma: the content)
      if role_at and k < n then return t[2 * k] end
      return nil
    end
    if is_punct_tok(s, t, k) and w ~= "-" then return nil end
    local lw = lc(w)
    -- (a relative clause of the role's own holds its verb: `Uit
    -- onderzoek van BIJ12, de organisatie die schade afhandelt, blijkt`)
    if not relative and (L.verb_word[lw] or L.pron[lw] or L.comp[lw]) or L.cue[lw] then return nil end
    if not role_at then
      local r = role_of(L, w)
      if r and PERSON_ROLE[r] and k <= 5 then
        role_at = k
        local nx = k < n and tok(s, t, k + 1)
        relative = nx and L.sets.relative[lc(nx)] and lc(nx) ~= "dat" and lc(nx) ~= "that"
        if not nx or not (nx == "," or L.prep[lc(nx)] or relative) then return nil end
      elseif k >= 5 or not is_lower_at(s, t[2 * k - 1]) then
        return nil
      end
    end
  end
  return nil
end

-- where content that opens with a verb-second language's finite verb
-- starts after it: past the first word of s[c1, c2) when it is in lower
-- case and more follows (`Dem Minister zufolge ist die Lage ernst`), else c1
local function past_finite_verb(s, c1, c2)
  if c2 > c1 and is_lower_at(s, c1) then
    local _, ve = find(s, "^%S+%s+", c1)
    if ve and ve < c2 then return ve + 1 end
  end
  return c1
end

-- whether the subject subj (nil: none) follows a relative word, `which
-- he said would` (asked only at an auxiliary right after the cue)
local function subject_after_relative(A, subj, ss)
  local at = subj and subj.s
  local w = at and names.letters_before_space(A.s, (at - 8 > ss and at - 8 or ss), at - 1)
  return w ~= nil and A.L.sets.relative[lc(w)] == true
end

-- the Dutch content of cue h as an infinitive with `te` that ends the
-- clause, read from b (after the cue, or after its subject when that
-- follows it): cs, ce, or nil
function Analyser.te_content(A, h, b)
  local s, L, a, se = A.s, A.L, h.s, h.se
  local cs, ce
  -- an infinitive with `te` that ends the clause: `Jansen zegt het plan
  -- slecht te vinden.`, `De minister zegt de zorgen te begrijpen.`
  -- (one clause: no comma, no `om ... te` of a purpose, no `dat`; and
  -- not a separable verb's first word, `roept ... op ... te doen`)
  local rest = clip_end(s, a, se)
  -- (a separable verb's words past its particle: `laat in een reactie
  -- weten het besluit te begrijpen`)
  if h.particle_end and h.particle_end > b then b = h.particle_end end
  -- (the clause ends at a comma before a joining word: `zegt de zorgen te
  -- begrijpen, maar houdt vast aan de plannen`)
  local c = find(s, ",", b, true)
  if c and c < rest then
    local _, _, jw = find(s, "^,%s*(%a+)", c)
    if jw and L.sets.coord[lc(jw)] then rest = c end
  end
  local tail = sub(s, b, rest - 1)
  -- (a quote inside holds the commas of its marks, no clause's: `laat
  -- weten de bezuiniging ,,met grote zorg'' te hebben ontvangen`)
  local plain = tail
  if find(tail, ",,", 1, true) then plain = tail:gsub(",,.-''", "Q"):gsub(",,.-\226\128\157", "Q") end
  if not find(plain, ",", 1, true) and te_infinitive_end(tail, L) and count_words(s, b, rest, 4) >= 3
     and not find(tail, "%f[%a]om%f[%A]") and not find(tail, "%f[%a]dat%f[%A]")
     and (not L.split[h.key] or h.particle_end) and not L.directive[h.lemma or ""] then
    cs, ce = trim(s, skip_spaces(s, b), rest)
    -- past when it was said: `zei maandag het bod te zullen steunen`
    -- (a listed adverb of a day or part of one)
    local _, te1, w1 = find(s, "^(%l+)%s+", cs)
    if w1 and L.adv[w1] and (w1 == "gisteren" or find(w1, "dag$") or find(w1, "avond$")
                             or find(w1, "ochtend$") or find(w1, "morgen$"))
       and count_words(s, te1 + 1, ce, 3) >= 3 then
      cs = te1 + 1
    end
    -- past a phrase of where it was said: `zei in een reactie blij te
    -- zijn`; not past the particle of a separable verb (`zegt met het
    -- plan in te stemmen`) nor into `te` (`zegt in de problemen te
    -- zitten`)
    local _, pe, p, d, w2 = find(s, "^(%l+)%s+(%l+)%s+(%l+)%s+", cs)
    if pe and L.prep[p] and L.det[d] and not L.prep[w2] and pe < ce then
      local _, _, before_te = find(sub(s, pe + 1, ce - 1), "^(.-)%s*%f[%a]te%s")
      if before_te and #before_te > 0 and not L.prep[before_te:match("(%l+)$") or ""] then
        cs = pe + 1
      end
    end
    while ce > cs and SETS.sentence_end[byte(s, ce - 1)] do ce = ce - 1 end
    if not quote_at(A, cs) then return cs, ce end
  end
  return nil
end

-- the last token of the one a cue of telling addresses by a role noun
-- and a name, right before a quote, a comma or a colon (`told MSNBC host
-- Mika Brzezinski "..."`, `told radio host Charlamagne tha God "..."`):
-- the capitalised words of a body, one or two words in lower case that
-- end in a role noun, and the name (a short word in lower case may stand
-- between its capitalised ones); nil for any other phrase at token k
function Analyser.told_role_name(A, t, k, n)
  local s, L = A.s, A.L
  local j = k
  while j <= n and not is_punct_tok(s, t, j) and is_upper_at(s, t[2 * j - 1]) do j = j + 1 end
  local j0, r = j, nil
  while j <= n and j < j0 + 2 and not is_punct_tok(s, t, j) and is_lower_at(s, t[2 * j - 1]) do
    r = role_of(L, tok(s, t, j))
    j = j + 1
  end
  if not r or j == j0 then return nil end
  local first = j
  while j <= n and not is_punct_tok(s, t, j)
        and (is_upper_at(s, t[2 * j - 1])
             or j > first and j < n and t[2 * j] - t[2 * j - 1] <= 3 and is_upper_at(s, t[2 * j + 1])) do
    j = j + 1
  end
  if j == first then return nil end
  -- (what follows the name: the tokens may leave a quote mark out)
  local p = skip_spaces(s, t[2 * j - 2])
  local c = byte(s, p)
  if c == 44 or c == 58 then return j - 1 end
  local q = quote_at(A, p)
  return q and q.oa == p and j - 1 or nil
end

-- does a determiner or an owner's possessive stand right before token j
-- of t, making the word there a noun (a cue's form as one: `the legal
-- team's claims`, `the president's tweets`)?
function Analyser.noun_after_det(A, t, j)
  local pw = word_key(A.s, t, j - 1)
  return pw ~= nil and (A.L.det[pw] ~= nil or find(pw, "'s$") ~= nil)
end

-- Analyser.role_lead_start(A, t, first, k) -> the first token of the
-- words that modify a name's role or title before the name's token k
-- (first: the first of its titles, k when none): capitals, role nouns
-- and titles, a role's time (`former`), lower-case words before a role
-- noun (`Caloundra coach`, `former Health Minister`, `council member`,
-- `AfriForum spokesperson`); first when no role stands there. Up to five
-- tokens; a comma, a clause's word or an article stops the walk (the
-- article is kept: `the Labour leader`)
function Analyser.role_lead_start(A, t, first, k)
  local s, L = A.s, A.L
  local j = first - 1
  local role_after = first < k or role_of(L, tok(s, t, first))
  if not role_after then
    if j < 1 or is_punct_tok(s, t, j) or not role_of(L, tok(s, t, j)) then return first end
    first, j, role_after = j, j - 1, true
  end
  local time = L.sets.role_time
  while j >= 1 and first - j <= 5 and not is_punct_tok(s, t, j) do
    local lw, w = ltok(s, t, j)
    if L.det[lw] then return j end
    if role_of(L, w) or names.title_like(A.g, w) then
      role_after = true
    elseif is_upper_at(s, t[2 * j - 1]) then
      role_after = false
    elseif not (time and time[lw]) and not (role_after and not (L.fw[lw] or L.pron[lw] or L.comp[lw]
                                                                  or L.cue[lw] or L.verb_word[lw] or L.conj[lw])) then
      break
    end
    first = j
    j = j - 1
  end
  return first
end

-- Analyser.name_phrase_start(A, ss, a, b) -> where the noun phrase of the
-- name s[a, b) starts in its sentence (from ss), before the white space
-- before it: a name's titles belong to it (`The plan will work, Prime
-- Minister Jacinda Ardern said.`, `..., Mr Biden said.`), and so do a
-- minister's portfolios after of/for (`..., Minister of Health Jane Doe
-- said`) and the words that modify a role (`..., Caloundra coach Geoff
-- Ingram said`, `..., former Health Minister Jane Doe said`); only where
-- a letter ends the word before the name
function Analyser.name_phrase_start(A, ss, a, b)
  local s = A.s
  local y = space_back(s, a, ss)
  if y > ss and y == a - 1 and ASCII_CLS[byte(s, y - 1)] == 1 then
    local t = tokens(s, (y - 60 > ss and y - 60 or ss), b)
    local k = token_at(t, #t // 2, a)
    if k then
      local first = names.title_before(s, t, k, A.g)
      first = names.title_portfolios_before(s, t, first, A.g)
      first = Analyser.role_lead_start(A, t, first, k)
      if first < k then y = space_back(s, t[2 * first - 1], ss) end
    end
  end
  return y
end

local function cue_content(A, h)
  local s, L = A.s, A.L
  local sets = L.sets
  local a, b, ss, se = h.s, h.e, h.ss, h.se
  local cs, ce
  local lang = A.lang
  if not h.where and (negated(A, a, b, ss) or after_modal(A, h, ss)) then return nil end
  -- an object noun that makes the verb no speech (`cue_objects.txt`:
  -- `claimed responsibility for the attack`, `claimed their lives`)
  if not h.where and h.lemma and L.cue_object_lemma[h.lemma] then
    local _, _, w1, w2 = find(s, "^%s+(%w[%w'.,]-)[.,]?%s+([%a']*)", b)
    if not w1 then _, _, w1 = find(s, "^%s+([%a']+)", b) end
    if w1 then
      local l1 = lc(w1)
      -- (past a determiner or a number: `claimed 6,606 lives`)
      if (L.det[l1] or find(l1, "^%d")) and w2 ~= "" then l1 = lc(w2) end
      if L.cue_object[h.lemma .. " " .. l1] then return nil end
    end
  end
  -- (a passive's agent after the cue is no content, nor the `of` that
  -- follows it: `was told by Emergencies Minister Yevgeny Zinichev of
  -- "..."`)
  -- (and what follows must open with `that`, a colon or a quote mark:
  -- not `was claimed by the Houthi movement in Yemen, but ...`)
  if not h.where and h.subj and h.subj.how == "agent" and h.subj.e > b then
    b = h.subj.e
    local _, oe = find(s, "^%s+of%s", b)
    if oe then b = oe end
    local x = skip_spaces(s, b)
    if not (find(s, "^that%s", x) or find(s, "^[:\"\226]", x)) then return nil end
  end
  if h.where then
    if h.where == "self" then
      return trim(s, ss, clip_end(s, a, se))
    end
    if not h.subj then return nil end
    if h.where == "after" then
      -- what follows the cue, past the finite verb of a verb-second
      -- language (`Dem Minister zufolge ist die Lage ernst`)
      local c1, c2 = trim(s, skip_spaces(s, b), clip_end(s, b, se))
      if byte(s, c1) == 44 then c1 = skip_spaces(s, c1 + 1) end
      if lang ~= "en" and lang ~= "fr" then c1 = past_finite_verb(s, c1, c2) end
      if c2 <= c1 then return nil end
      return c1, clause_end(A, c1, c2)
    end
    local lead = trim(s, ss, a) == a
    if not lead then
      -- `... and according to the ministry he died ...`, `but, according
      -- to his agent, Hunter had ...`: after a coordinating word the
      -- phrase opens the second clause, and that clause is what it reports
      local z = space_back(s, a, ss)
      if byte(s, z - 1) == 44 then z = space_back(s, z - 1, ss) end
      local _, _, pw = find(sub(s, (z - 6 > ss and z - 6 or ss), z - 1), "%f[%a](%a+)$")
      lead = pw ~= nil and sets.coord[lc(pw)] == true
    end
    if lead then
      -- Volgens de topman zijn daarbij fouten gemaakt. / According to X, ...
      local x = h.subj.e
      if h.subj.agent then
        -- the phrase of an agent runs on to its comma (`the reports by
        -- Johns Hopkins Center for Systems Science, there are ...`)
        local c = find(s, ",", x, true)
        if c and c < se then x = c end
      else
        x = fronted_phrase_end(A, x, se, h.subj.kind == "name") or x
      end
      local t = tokens(s, x, (se < x + 60 and se or x + 60))
      if #t >= 4 and tok(s, t, 1) == "(" then
        -- the name's short form: `According to the World Health
        -- Organization (WHO), ...`
        for k = 2, (#t // 2 < 6 and #t // 2 or 6) do
          if tok(s, t, k) == ")" then
            x = t[2 * k]
            t = tokens(s, x, (se < x + 60 and se or x + 60))
            break
          end
        end
      end
      if #t >= 2 then
        local w = tok(s, t, 1)
        if w == "," and h.subj.restricted then
          -- (the source's own relative clause ended at this comma: the
          -- content follows, past a verb-second language's finite verb)
          x = t[2]
          if A.L.lang ~= "en" then x = past_finite_verb(s, skip_spaces(s, x), se) end
        elseif w == "," then
          x = t[2]
          -- a relative clause about the source runs to its comma:
          -- `According to Professor X, who is ..., in Europe it is ...`
          -- (Dutch `dat` too, after a neuter noun: `Volgens het bedrijf,
          -- dat 11.000 woningen beheert, gaat het om ...`; and in Dutch
          -- the finite verb after the clause, as below)
          local w2 = #t >= 4 and ltok(s, t, 2)
          if w2 and sets.relative[w2] and w2 ~= "that"
             and (w2 ~= "dat" or A.L.lang == "nl" and sets.neuter_article[lc(h.subj.text:match("^%S+") or "")]) then
            local c = find(s, ",", t[3], true)
            if c and c < se then
              x = c + 1
              if A.L.lang ~= "en" then x = past_finite_verb(s, skip_spaces(s, x), se) end
            end
          else
            -- an appositive of the source runs to its comma too: `According
            -- to Dr. Tom Frieden, formerly the director of the CDC, the
            -- pandemic is ...`
            -- (a person's only, and not the content's subject with its
            -- own appositive: `According to police, the driver, John
            -- Smith, was not injured`)
            local c = (h.subj.kind ~= "role" or SETS.one_person[h.subj.gender]) and source_appositive_end(A, t)
            if c and find(s, "^%s*%u[%w%.'\128-\255]*%s+%u[%w'\128-\255]*,", c) then c = nil end
            if c and c < se then
              x = c
              -- (Dutch V2: the finite verb after it, as below)
              if A.L.lang ~= "en" then
                local t2 = tokens(s, x, (se < x + 40 and se or x + 40))
                if #t2 >= 4 and is_lower_at(s, t2[1]) then
                  x = t2[2]
                  -- (and its complementizer: `..., blijkt dat ...`)
                  if #t2 >= 6 and L.comp[ltok(s, t2, 2)] == "drop" then x = t2[4] end
                end
              end
            end
          end
        elseif sets.relative[lc(w)] and lc(w) ~= "that" and lc(w) ~= "dat" and is_lower_at(s, t[1]) then
          -- a relative clause right after the source, no comma before it,
          -- runs to its comma too: `According to a witness who saw the
          -- crash, the car was ...`, `Volgens een buurtbewoner die uit
          -- zijn raam keek, werd het meisje ...`
          local c = find(s, ",", t[2], true)
          if c and c < se then
            x = c + 1
            if A.L.lang ~= "en" then x = past_finite_verb(s, skip_spaces(s, x), se) end
          end
        elseif A.L.lang ~= "en" then
          -- Dutch V2: the finite verb right after the fronted phrase, and
          -- a complementizer after it (`Uit cijfers van het CBS blijkt
          -- dat ...`); a phrase of its own may stand before the verb (`Uit
          -- een peiling van de Woonbond onder 3.400 huurders blijkt dat`)
          local past
          for k = 1, (#t // 2 < 10 and #t // 2 - 1 or 9) do
            if tok(s, t, k) == "," then break end
            if sets.shows_that[ltok(s, t, k)] then
              -- (adverbs may stand between: `bleek vorig jaar dat`)
              local j = k + 1
              while j < k + 4 and j <= #t // 2 and L.comp[ltok(s, t, j)] ~= "drop"
                    and (L.adv[ltok(s, t, j)] or is_lower_at(s, t[2 * j - 1]) and not L.cue[ltok(s, t, j)]
                         and not L.prep[ltok(s, t, j)]) do
                j = j + 1
              end
              if j <= #t // 2 and L.comp[ltok(s, t, j)] == "drop" then
                past = t[2 * j]
                break
              end
            end
          end
          if past then x = past elseif is_lower_at(s, t[1]) then x = t[2] end
        end
      end
      cs, ce = trim(s, x, clip_end(s, a, se))
      ce = clause_end(A, cs, ce, A.L.lang == "nl" or A.L.lang == "de")
    else
      -- `..., according to X.` (X may go on: `on Twitter`) against
      -- `X, volgens Y, ...` (a clause after it: the whole sentence)
      local y = space_back(s, a, ss)
      -- a demonstrative and one verb before the phrase mean the sentence
      -- before: `Dat blijkt uit cijfers van het CBS.`
      -- (not before an auxiliary or modal: `Dat moet volgens Kuipers voor
      -- de start gebeuren` reports its own sentence)
      if A.lang ~= "en" and ss > A.first and y - ss < 30 then
        local d, v = sub(s, ss, y - 1):match("^(%a+)%s+(%l+)%s*$")
        if d and sets.demonstrative[lc(d)] and not L.verb_word[v] then return sentence_before(A, ss) end
      end
      local rest = sub(s, h.subj.e, clip_end(s, a, se) - 1)
      local from = clause_start(s, ss, y)
      local _, c1, w1 = find(rest, "^%s*,%s*([^%s%p]+)")
      if byte(s, y - 1) == 44 and (not rest:find("^[^,]*,%s*%S")
                                   or w1 and not find(rest, ",", c1, true)
                                      and (L.det[lc(w1)] or sets.relative[lc(w1)] or role_of(L, w1))) then
        -- (an appositive of the source may follow: `..., according to
        -- prosecutor Josh Bash, the U.S. Attorney for ...`)
        cs, ce = trim(s, from, y - 1)
      elseif not find(rest, ",", 1, true) and count_words(s, h.subj.e, clip_end(s, a, se), 4) <= 3
             and (A.L.lang == "en" or count_words(s, h.subj.e, clip_end(s, a, se), 1) == 0) then
        -- (in Dutch a word after the phrase is the rest of the clause:
        -- `Het plan is volgens Jansen slecht.` reports the whole sentence)
        -- the phrase ends the sentence without a comma: `... since the
        -- 1970s according to USA Today`
        cs, ce = trim(s, from, y)
      else
        cs, ce = trim(s, from, clip_end(s, a, se))
      end
    end
    return cs, ce
  end
  if not h.subj then return nil end
  if h.subj.how == "after" then
    -- `..., zegt Zuckerberg.` / `..., aldus X` / `..., said Smith.`
    local y = past_inversion_word(A, space_back(s, a, ss), ss)
    if byte(s, y - 1) == 44 then
      -- between commas inside the sentence it reports the whole sentence:
      -- `Het is, schrijft de premier, in overleg met haar ...`
      local nb = skip_spaces(s, h.subj.e)
      local rest = clip_end(s, a, se)
      local _, _, nw = find(s, "^,%s*([^%s%p]+)", nb)
      local lnw = nw and lc(nw)
      if nw and count_words(s, nb, rest, 3) >= 2 and not quote_at(A, y - 2)
         and not (sets.relative[lnw] or L.det[lnw] or sets.appos[lnw] or sets.coord[lnw] or role_of(L, nw)) then
        -- (not an appositive or relative clause of the speaker, `aldus
        -- de Wereldbank, die ...`, nor a clause of its own, `..., en ze
        -- gaan ...`)
        local after = skip_spaces(s, nb + 1)
        local q = quote_at(A, after)
        if not (q and q.oa == after) then return trim(s, clause_start(s, ss, y), rest) end
      end
      cs, ce = trim(s, ss, y - 1)
      -- the clause before may end a quote: then it is the quote's, unless
      -- the quote runs on from a longer clause, a word right before its
      -- mark (`Zolang ... is, is de vraag 'niet aan de orde', aldus Kok`;
      -- not after a colon or a semicolon, which open what the quote says)
      local q = quote_at(A, y - 2)
      if q and (q.oa <= cs or bytes.cls_before(s, space_back(s, q.oa, cs)) ~= 1) then return nil end
      if is_question_frame(A, cs, ce) then return nil end
      -- a Dutch complementizer that opens it is no part of it: `Dat het
      -- plan slecht is, zei Jansen.` (not the pronoun of `Dat is onzin`:
      -- a determiner, a pronoun or a name follows the complementizer)
      local c1, c1e, w1, w2 = find(s, "^(%a+)%s+(%S+)", cs)
      if A.lang ~= "en" and c1 and c1e < ce and L.comp[lc(w1)] == "drop"
         and (L.det[lc(w2)] or L.pron[lc(w2)] or is_upper_at(w2, 1)) then
        cs = skip_spaces(s, cs + #w1)
      end
      return cs, ce
    end
    -- a demonstrative alone before the cue means the sentence before, in
    -- the same paragraph: `Het kabinet trekt 2 miljard uit. Dat meldt de
    -- NOS.` (not when that sentence is a quote: it is the quote's)
    if A.lang ~= "en" and demonstrative_before(A, ss, y) then return sentence_before(A, ss) end
    -- inverted with a complementizer: `Vooruitblikkend ... stelde Rutte dat`
    -- (past the subject's age or party in brackets: `zei Henk Martens
    -- (61) dat`)
    local from = h.subj.e
    local _, pe = find(s, "^%s*%([^()]-%)", from)
    if pe and pe - from < 16 then from = pe + 1 end
    local x = after_comp(A, from, se, 6)
    if x then
      cs, ce = trim(s, x, clip_end(s, a, se))
      return cs, clause_end(A, cs, ce)
    end
    -- or with an infinitive after the subject: `In een verklaring zegt de
    -- bank de zorgen te begrijpen`
    if A.lang == "nl" and h.subj.s >= b then return Analyser.te_content(A, h, h.subj.e) end
    return nil
  end
  -- subject before: `X zegt dat ...`, `X said (that) ...`, `..., X said.`
  -- `As the minister said, the plan is dead`, `Zoals de minister zei,
  -- ...`, `Wie ein Sprecher mitteilte, ...`: the frame's subject said
  -- what follows its comma
  local fa = skip_spaces(s, ss)
  if L.sets_as_frame_first[byte(s, fa)] then
    local _, fe, fw = find(s, "^(%a+)", fa)
    -- (the comma right after the cue, or after its subject when that
    -- follows the cue)
    local nc = skip_spaces(s, h.subj.s > a and h.subj.e or b)
    if fw and sets.as_frame[lc(fw)] and h.subj.s > fe and byte(s, nc) == 44 then
      local c1, c2 = trim(s, skip_spaces(s, nc + 1), clip_end(s, nc + 1, se))
      -- (Dutch and German V2: past the finite verb, as after `volgens`)
      if lang == "nl" or lang == "de" then c1 = past_finite_verb(s, c1, c2) end
      if c2 > c1 and not quote_at(A, c1) then return c1, clause_end(A, c1, c2) end
    end
  end
  if A.lang == "nl" then
    -- a demonstrative object after the cue, then up to two adverbs and
    -- the separable verb's particle or the sentence's end: what it means
    -- is the sentence before (`Gedeputeerde Peter Kerris maakte dat
    -- donderdag bekend.`)
    if h.subj.s < a then
      local _, de, d = find(s, "^%s+(%a+)", b)
      if d and (d == "dat" or d == "dit") then
        local rest = clip_end(s, a, se)
        local stop = h.particle_end and h.particle_end > b and h.particle_end or rest
        local ws = {}
        for w in string.gmatch(sub(s, de + 1, stop - 1), "%S+") do ws[#ws + 1] = lc(w) end
        -- (the particle is the last word read when it stands there)
        if h.particle_end and h.particle_end > b or #ws > 0 and L.cue[h.key .. " " .. ws[#ws]] then
          ws[#ws] = nil
        end
        local plain = #ws <= 2 and skip_spaces(s, stop) >= rest
        -- (not past a negation: `ontkent dat niet` reports nothing)
        for _, lw in ipairs(ws) do
          if L.neg[lw] or not (L.adv[lw] or find(lw, "dag$") or find(lw, "avond$") or find(lw, "ochtend$")) then
            plain = false
            break
          end
        end
        if plain then
          return sentence_before(A, ss)
        end
      end
    end
  end
  -- (Dutch and German put a longer adverbial phrase before `dat`: `zei
  -- woensdag tijdens een campagnebijeenkomst in Zwolle dat`, when an
  -- adverb or preposition opens it, no object (`roept de paus ... op dat
  -- ook te doen`: a pronoun); English content often needs no `that`, and
  -- a later one is a relative pronoun's)
  local reach = 6
  if A.lang == "nl" or A.lang == "de" then
    local w1 = s:match("^%s*(%a+)", b)
    w1 = w1 and lc(w1)
    if w1 and (L.adv[w1] or L.prep[w1]) then reach = 10 end
  end
  local x, how = after_comp(A, b, se, reach, L.np_verb[h.lemma or ""] == "predicate")
  -- (a request's infinitive holds the complementizer, not the cue: `urged
  -- residents to check that their votes arrived` asks, it reports nothing)
  if x and A.lang == "en" and (L.np_verb[h.lemma] == "request" or L.directive[h.lemma or ""])
     and find(sub(s, b, x - 1), "%f[%a]to%s+%l") then
    x = nil
  end
  if x then
    cs, ce = trim(s, x, clip_end(s, a, se))
    -- after a colon, a cue whose speaker opens the clause makes it that
    -- speaker's (`noted implications: Gownaris remarked, "..."`)
    if how == "colon" then
      local k1, k2 = hit_range(A, cs, ce)
      if k2 >= k1 then
        local hc = analyse_cue(A, A.hits[k1])
        if hc.subj and hc.subj.s == cs and count_words(s, cs, hc.s, 5) <= 4 then return nil end
      end
    end
    return cs, clause_end(A, cs, ce)
  end
  -- (a gerund's speaker borrowed from the cue before it stands in another
  -- clause: what it reports follows it, as after the sentence's subject)
  local sb = h.subj.borrowed and ss or h.subj.s
  if A.lang == "nl" then
    local c1, c2 = Analyser.te_content(A, h, b)
    if c1 then return c1, c2 end
  end
  -- (or a prepositional phrase after it, without a comma: `Dat heeft
  -- X bekendgemaakt na overleg met gemeenten.`)
  local verb_last = A.lang ~= "en" and A.lang ~= nil
  if verb_last then
    local rest = clip_end(s, a, se)
    if count_words(s, b, rest, 1) > 0 then
      local _, _, nw = find(s, "^%s+(%l+)%s", b)
      local c = find(s, ",", b, true)
      verb_last = nw ~= nil and L.prep[nw] ~= nil and not (c and c < rest)
    end
  end
  if verb_last then
    -- Dutch verb second with an auxiliary before the subject and the cue
    -- last: `..., heeft minister Hoekstra dinsdag gezegd.` reads as
    -- `..., zegt minister Hoekstra.`, `Dat heeft X gezegd.` as `Dat zegt X.`
    local ya = space_back(s, sb, ss)
    local aux = tail_letters(s, ss, ya - 1)
    if aux and L.det[lc(aux)] then
      -- (past the name's article: `Dat heeft de Europese Commissie
      -- bekendgemaakt`)
      ya = space_back(s, ya - #aux, ss)
      aux = tail_letters(s, ss, ya - 1)
    end
    -- (past a minister's portfolios: `heeft minister van Financiën
    -- Eelco Heinen`; the last ` van ` before the name opens them)
    -- (searched in the sentence's bytes before the name: a search from ss
    -- runs on to the next ` van ` anywhere in the article)
    local v
    if aux and A.g.portfolio then
      local seg = sub(s, ss, ya + 4)
      local p = find(seg, " van ", 1, true)
      while p and ss + p - 1 < ya do
        v = ss + p - 1
        p = find(seg, " van ", p + 1, true)
      end
    end
    if v then
      if Analyser.portfolio_gap(A, v, ya) then
        ya = space_back(s, v + 1, ss)
        aux = tail_letters(s, ss, ya - 1)
      end
    end
    if aux and (role_of(L, aux) or names.title_like(A.g, aux)) then
      -- (past the name's title: `heeft minister Hoekstra`)
      ya = space_back(s, ya - #aux, ss)
      aux = tail_letters(s, ss, ya - 1)
    end
    if aux and L.verb_word[lc(aux)] then
      local y2 = space_back(s, ya - #aux, ss)
      if byte(s, y2 - 1) == 44 then
        cs, ce = trim(s, ss, y2 - 1)
        if quote_at(A, y2 - 2) or is_question_frame(A, cs, ce) or Analyser.np_relative(A, cs, ce) then
          return nil
        end
        return cs, ce
      end
      if demonstrative_before(A, ss, y2) then return sentence_before(A, ss) end
    end
  end
  local y = h.subj.kind == "name" and Analyser.name_phrase_start(A, ss, sb, h.subj.e)
          or space_back(s, sb, ss)
  -- and so does its article: `Prices will rise, the Kremlin said.`, `...,
  -- the U.S. Food and Drug Administration said`
  -- (a comma 3 to 6 bytes back first, read in one call: most names have
  -- none there)
  -- (and a role's name with a capital: `..., the Office for National
  -- Statistics said`)
  local c6, c5, c4, c3 = byte(s, y - 6, y - 3)
  if (h.subj.kind == "name" or h.subj.kind == "role" and is_upper_at(s, h.subj.s)) and y > ss + 6
     and (c6 == 44 or c5 == 44 or c4 == 44 or c3 == 44) then
    local dw = tail_letters(s, (y - 8 > ss and y - 8 or ss), y - 1)
    if dw and L.det[lc(dw)] then
      local y2 = space_back(s, y - #dw, ss)
      if byte(s, y2 - 1) == 44 then y = y2 end
    end
  end
  -- (only where a comma stands in the 40 bytes before)
  local comma_at = h.subj.kind == "name" and byte(s, y - 1) ~= 44 and y > ss
                   and find(s, ",", (y - 40 > ss and y - 40 or ss), true)
  if comma_at and comma_at < y then
    -- a role in lower case before the name opens its noun phrase: `The
    -- plan, union president Domingo Garcia said, was bad` (up to three
    -- words after the comma, the last a role noun)
    local t = tokens(s, (y - 40 > ss and y - 40 or ss), y)
    local n = #t // 2
    local j = n
    while j >= 1 and n - j < 3 and not is_punct_tok(s, t, j) and is_lower_at(s, t[2 * j - 1]) do
      j = j - 1
    end
    if j >= 1 and j < n and tok(s, t, j) == "," and role_of(L, tok(s, t, n)) then
      y = space_back(s, t[2 * j + 1], ss)
      if y < t[2 * j + 1] or byte(s, y - 1) ~= 44 then y = t[2 * j] end
    end
  end
  local rest = clip_end(s, a, se)
  -- `The data were, the study says, more closely ...`: a cue between
  -- commas inside the sentence reports the whole sentence
  local nb = skip_spaces(s, b)
  -- (not when a gerund cue follows the comma: `..., Zapata said, adding
  -- it ...` reports the clause before, the gerund the rest)
  local nb1 = byte(s, nb) == 44 and skip_spaces(s, nb + 1)
  local k1, k2 = hit_range(A, nb1 or nb, rest)
  local cue_next = nb1 and k2 >= k1 and A.hits[k1].s == nb1 and lang == "en" and ends_ing[A.hits[k1].key]
  -- (the subject right before the cue: not one a coordinated verb far
  -- after it borrowed, `North Korea stated ... and would respond,
  -- militarily, ...`)
  if byte(s, y - 1) == 44 and nb1 and count_words(s, nb, rest, 3) >= 2
     and not quote_at(A, y - 2) and not cue_next and count_words(s, h.subj.e, a, 3) <= 2 then
    -- not `Day said, "I've been ..."`: a quote after the comma is direct
    local after = skip_spaces(s, nb + 1)
    local q = quote_at(A, after)
    if not (q and q.oa == after) then
      -- a new clause after the second comma, or an English participle's
      -- phrase, is no part of it: `Prices will rise, the minister said,
      -- and families face bills that ...`, `..., the Kremlin said, citing
      -- data` report the clause before
      local _, we = find(s, "^%a+", nb1)
      local w2 = we and lc(sub(s, nb1, we))
      if w2 and (sets.coord[w2] and Analyser.subject_at(A, skip_spaces(s, we + 1))
                 or lang == "en" and ends_ing[w2] and we - nb1 >= 4) then
        cs, ce = trim(s, ss, y - 1)
        if not (is_question_frame(A, cs, ce) or frame_phrase(A, cs, ce)) then return cs, ce end
        return nil
      end
      return trim(s, clause_start(s, ss, y), rest)
    end
  end
  -- `..., X said.` : the clause before the subject (right before the cue:
  -- not the subject of a first verb, `In a message, Warren commended
  -- Biden and said she was proud`; nor what stands before the subject of
  -- a verb before a conjunction, `Whitcombe's solicitor, Priya
  -- Nandakumar, told ... but denied any intention`)
  local few = count_words(s, b, cue_next and nb1 or rest, 6) <= 4
  -- (or up to seven words of prepositional phrases after it: `..., the
  -- company said in a statement on Wednesday.`; no verb, pronoun,
  -- complementizer or cue among them)
  if not few and not cue_next then few = Analyser.prep_phrases(A, skip_spaces(s, b), rest, 7) end
  -- (a short clause after the cue is its content, not an adverbial:
  -- `On Linden Road, where bags were stacked, residents said patience
  -- was running out`; an auxiliary or a verb form there tells)
  if few and not cue_next and rest - b < 80 then
    for w in string.gmatch(sub(s, b, rest - 1), "%a+") do
      if L.verb_word[lc(w)] then few = false break end
    end
  end
  if not few and not nb1 then
    -- (or an adverbial or the one told, then a comma, after the cue, and
    -- no verb after that: `..., Ardern announced on Thursday, six days
    -- after ...`, `..., officials told state media, adding ...`; not `The
    -- plan, Smith said on Friday, will fail`, nor a comma in a quote)
    local c = find(s, ",", b, true)
    if c and c < rest and count_words(s, b, c, 4) <= 3 and not quote_at(A, c) then
      local _, _, w1 = find(s, "^%s*(%a+)", b)
      local l1 = w1 and lc(w1)
      if l1 and (L.prep[l1] or sets.tell[h.lemma] or find(l1, "day$")) then
        local _, _, nw = find(s, "^,%s*([%a']+)", c)
        local lw = nw and lc(nw)
        few = lw ~= nil and not (L.verb_word[lw] or sets.clause_verb[lw])
      end
    end
  end
  -- (a name between commas is an appositive of the noun phrase before
  -- it, not the subject after a clause: `The opposition leader, Geert
  -- Wilders, called the move "cowardly"`)
  -- (up to two words between the subject and the cue, or a short
  -- phrase that opens with a preposition: `..., officials from both sides
  -- said.`)
  local between = few and byte(s, y - 1) == 44 and count_words(s, h.subj.e, a, 6)
  if between and between > 2 and between <= 5 then
    local _, _, pw = find(s, "^%s*(%a+)", h.subj.e)
    if not (pw and L.prep[lc(pw)]) then between = false end
  end
  -- (nor what stands before the subject of a verb before a conjunction:
  -- `Whitcombe's solicitor, Priya Nandakumar, told ... but denied any
  -- intention to deceive`)
  if between and not h.subj.appos and not h.subj.after_coord then
    local q = quote_at(A, y - 2)
    if q then return nil end
    cs, ce = trim(s, ss, y - 1)
    -- (a phrase that frames the cue, or the question it answers, is no
    -- content; what follows the cue may be: `On Monday, Smith said the
    -- plan was bad.`, `Asked about the plan, Smith said it was bad.`)
    if not (is_question_frame(A, cs, ce) or frame_phrase(A, cs, ce)) then return cs, ce end
    cs, ce = nil, nil
  end
  if L.np_verb[h.lemma] == "predicate" and lang ~= "en" and count_words(s, b, rest, 1) == 0 then
    -- a Dutch naming verb last, in the participle, after its object and
    -- what it is called: `De trainer zou speelsters ‘lui’ hebben
    -- genoemd` (from the word after the subject's auxiliary to the
    -- cue, past the infinitives before it)
    local c1, c2 = Analyser.verb_last_predicate(A, h, a)
    if c1 then return c1, c2 end
    return nil
  end
  if L.np_verb[h.lemma] == "predicate" then
    -- `Pastrana noemde het doorgaan van de Copa essentieel voor ...`,
    -- `called the move a betrayal`: the object and its predicate
    local t = tokens(s, b, (rest < b + 200 and rest or b + 200))
    local k = 1
    while k <= #t // 2 and L.adv[ltok(s, t, k)] do k = k + 1 end
    -- (not `called for ...`, `called on X to ...`: a demand; nor
    -- `calling itself BlackHarbor`, `noemt zichzelf ...`: a name taken)
    if k <= #t // 2 and not is_punct_tok(s, t, k) and not L.prep[ltok(s, t, k)]
       and not sets.reflexive[ltok(s, t, k)]
       and count_words(s, t[2 * k - 1], rest, 3) >= 3 then
      -- (an English object of an article and a noun, or a name, and a
      -- prepositional phrase after it, with no quote mark before the
      -- clause's next stop, is no naming: `called the strike on Monday`,
      -- `called Nevada for Biden`; `called the decision of the council
      -- "illegal"` is one, and so are an adjective after the object,
      -- `called its actions defensive in nature`, `called this dubious to
      -- Népszava`)
      if lang == "en" then
        local n, j = #t // 2, k
        if sets.object_article[ltok(s, t, k)] then
          j = k + 2
        else
          while j <= n and not is_punct_tok(s, t, j) and is_upper_at(s, t[2 * j - 1]) do j = j + 1 end
        end
        local pw = j > k and j <= n and ltok(s, t, j)
        if pw and L.prep[pw] and pw ~= "as" then
          local quoted = false
          for i = j + 1, n do
            if is_punct_tok(s, t, i) then
              if quote_at(A, t[2 * i - 1]) then quoted = true end
              break
            end
          end
          if not quoted then return nil end
        end
      end
      cs = t[2 * k - 1]
      return cs, clause_end(A, cs, rest)
    end
    return nil
  end
  if lang == "en" or lang == nil then
    -- English reported speech without `that`: a cue + a clause
    local lemma = h.lemma
    if not lemma then return nil end
    local np_verb = L.np_verb[lemma]
    local t = text_tokens(s, b, (rest < b + 80 and rest or b + 80) - 1, true, true, true)
    local n = #t // 2
    local k = 1
    -- (the token the loop read last and its key: where the loop breaks
    -- off, the word read after it is that token again)
    local read_k, read_w
    -- (word_key's answer read without a call a token: the token marks
    -- cover the first five; lc's memo holds most keys)
    local marks, lc_memo = t.nonword, names.lc_memo
    -- an object (told reporters, told AFP) and adverbials (on Friday, in a
    -- statement), starting at the first five tokens; up to the seventh
    -- only for a `that` after them (k_five: where the first five ended)
    local k_five
    -- (the one a cue of telling addresses by a role noun and a name,
    -- read once: see the loop's first token)
    local told_end = sets.tell[lemma] and Analyser.told_role_name(A, t, 1, n)
    while k <= n and k <= 7 do
      if k > 5 and not k_five then k_five = k end
      local w
      if (marks >> (k - 1)) & 1 == 0 then
        local tw = sub(s, t[2 * k - 1], t[2 * k] - 1)
        w = lc_memo[tw] or lc(tw)
      end
      read_k, read_w = k, w
      if not w then break end
      if L.adv[w] and w ~= "last" and w ~= "this" and not (L.neg[w] and k < n and ltok(s, t, k + 1) ~= "to")
         and not (w == "further" and k < n and Analyser.plain_word_at(A, t, k + 1))
         and not (k == 1 and sets.clause_verb[w] and not subject_after_relative(A, h.subj, ss)) then
        -- (a negation after the cue is what was said, `said not allowing
        -- it was unfair`, unless an instruction follows: `told me not to
        -- worry`; an auxiliary right after the cue is passed over only in
        -- a relative clause, `which NASA said might take place`:
        -- elsewhere the cue is a noun, `the member states have signed`)
        k = k + 1
      elseif sets.day_part[w] and k > 1 then
        k = k + 1
      elseif #w > 4 and byte(w, -1) == 121 and byte(w, -2) == 108
             and (k == n or is_punct_tok(s, t, k + 1) or L.prep[ltok(s, t, k + 1)]) then
        -- an adverb in -ly before the sentence's end or a preposition is
        -- how it was said, not what: `apologised unreservedly.`,
        -- `apologised profusely on Monday` (not `said elderly patients`)
        k = k + 1
      elseif QUANTITY_OPENER[w] and opens_quantity(s, t, k, n, w) then
        break
      elseif (w == "on" or w == "in" or w == "at" or w == "during" or w == "to" or w == "late"
              or w == "last" or w == "this") and k + 1 <= n then
        -- on Friday, in a statement, to reporters, last week
        local j = k + 1
        while j <= n and L.det[ltok(s, t, j)] do j = j + 1 end
        -- (one modifier before a document's noun: `in a 62-page
        -- judgment`, `in a joint statement`)
        if j > k + 1 and j < n and not is_punct_tok(s, t, j) and role_of(L, tok(s, t, j + 1)) == "x" then
          local mw = ltok(s, t, j)
          if find(mw, "^%d[%d.,]*%-%l+$") or is_lower_at(s, t[2 * j - 1])
             and not (L.fw[mw] or L.prep[mw] or L.comp[mw] or L.cue[mw] or role_of(L, mw)) then
            j = j + 1
          end
        end
        local head = j <= n and tok(s, t, j)
        local r = head and role_of(L, head)
        if head and (is_upper_at(s, t[2 * j - 1]) or r == "x" or r == "g"
                     or head:find("^%l+day$") or sets.time_noun[lc(head)]
                     or lc(head) == "interview" or lc(head) == "statement") then
          k = j + 1
          -- (a day's number after its month: `ruled on September 11 the
          -- prorogation was unlawful`)
          if k <= n and is_upper_at(s, t[2 * j - 1]) and find(tok(s, t, k), "^%d%d?$") then k = k + 1 end
          -- (and how a document came out: `in a judgment handed down on
          -- Thursday`)
          if r == "x" and k <= n and sets.document_participle[ltok(s, t, k)] then
            k = k + 1
            if k <= n and sets.document_particle[ltok(s, t, k)] then k = k + 1 end
          end
          if j == read_k + 1 and is_upper_at(s, t[2 * j - 1]) and not A.g.stop[lc(head)] then
            -- a place's name of more words right after the preposition:
            -- `in Santa Rosa,` (not a weekday's: `on Tuesday Smith was`)
            -- (or before a preposition or `that`: `at City Hall on
            -- Tuesday`, `in San Jose that`; an owner's possessive inside
            -- it, `at Eastfield Coroner’s Court on Tuesday`)
            local last = names.run_starting(s, t, j, A.g)
            while last and last < n and names.possessive(s, t, last) and is_upper_at(s, t[2 * last + 1]) do
              last = names.run_starting(s, t, last + 1, A.g) or last + 1
            end
            if last and last > j and (last == n or is_punct_tok(s, t, last + 1)
                                      or L.prep[ltok(s, t, last + 1)] or L.comp[ltok(s, t, last + 1)]) then
              k = last + 1
            end
          end
          if j > read_k + 1 and is_upper_at(s, t[2 * j - 1]) then
            -- after a determiner, a name of more words and a noun it
            -- modifies belong to the phrase: `on the Senate floor.`, `at
            -- the White House meeting that ...` (`on Monday the road` and
            -- `on Tuesday Smith was` have none)
            while k <= n and not is_punct_tok(s, t, k) and is_upper_at(s, t[2 * k - 1]) do k = k + 1 end
            local wk = k <= n and word_key(s, t, k)
            local after = wk and ((k == n or is_punct_tok(s, t, k + 1)) and "" or ltok(s, t, k + 1))
            if after and is_lower_at(s, t[2 * k - 1])
               and not (L.pron[wk] or L.det[wk] or L.comp[wk] or L.prep[wk] or L.adv[wk] or L.verb_word[wk])
               and (after == "" or L.comp[after] or L.prep[after]) then
              k = k + 1
            end
          end
          -- (`on Monday morning`)
          if k <= n and sets.day_part[ltok(s, t, k)] then k = k + 1 end
          -- a noun the head modifies, before punctuation or a preposition:
          -- `at a union hall in Dayton`, `on the campaign bus.`
          if k <= n and j == k - 1 and is_lower_at(s, t[2 * j - 1]) and is_lower_at(s, t[2 * k - 1]) then
            local wk, after = word_key(s, t, k), k < n and word_key(s, t, k + 1)
            if wk and not (L.fw[wk] or L.pron[wk] or L.det[wk] or L.comp[wk] or L.prep[wk] or L.adv[wk]
                           or L.verb_word[wk] or L.cue[wk])
               and (not after or L.prep[after]) then
              k = k + 1
            end
          end
        else
          break
        end
      elseif k == 1 and told_end then
        k = told_end + 1
      elseif sets.tell[lemma] and k == 1 then
        -- the one told: `told reporters`, `told AFP`, `told the press`,
        -- `told the Associated Press` (a name after an article is the
        -- object whole; without one it may be the clause's subject:
        -- `told her Trump had not met him`)
        local dv = L.det[w]
        local article = (REFERS_BACK[dv] or dv == "indef") and k + 1 <= n
        if article then k = k + 1 end
        if article and is_upper_at(s, t[2 * k - 1]) then
          while k + 1 <= n and not is_punct_tok(s, t, k + 1) and is_upper_at(s, t[2 * k + 1]) do
            k = k + 1
          end
          -- (a noun in lower case and the name it gives, at the
          -- sentence's end or before a comma, a preposition or `that`:
          -- `told the Riga newspaper Diena.`)
          local j = k + 1
          if j < n and not is_punct_tok(s, t, j) and is_lower_at(s, t[2 * j - 1])
             and role_of(L, tok(s, t, j)) and is_upper_at(s, t[2 * j + 1]) then
            j = j + 1
            while j + 1 <= n and not is_punct_tok(s, t, j + 1) and is_upper_at(s, t[2 * j + 1]) do j = j + 1 end
            if j == n or SETS.sentence_end[byte(s, t[2 * j + 1])] or tok(s, t, j + 1) == ","
               or L.prep[ltok(s, t, j + 1)] or L.comp[ltok(s, t, j + 1)] then
              k = j
            end
          end
        elseif article then
          -- the noun phrase's lower-case words up to a pronoun or a name
          -- (`informed the chess federation she did not ...`)
          local j = k
          while j + 1 <= n and j < k + 2 and not is_punct_tok(s, t, j + 1) and is_lower_at(s, t[2 * j + 1]) do
            local wj = ltok(s, t, j + 1)
            if L.pron[wj] or L.comp[wj] or L.det[wj] or L.prep[wj] or L.adv[wj] or sets.coord[wj] then break end
            j = j + 1
          end
          if j + 1 <= n and (L.pron[ltok(s, t, j + 1)] or is_upper_at(s, t[2 * j + 1])) then
            k = j
          elseif j > k and j + 1 <= n and (tok(s, t, j + 1) == "," or L.prep[ltok(s, t, j + 1)]
                                           or L.det[ltok(s, t, j + 1)] or L.comp[ltok(s, t, j + 1)]) then
            -- (a noun of two words before a comma, a preposition, a
            -- determiner or a complementizer is the one told whole: `told
            -- a news conference in Santa Rosa,`, `told a press conference
            -- the plan was bad`)
            k = j
          elseif j > k and (j == n or SETS.sentence_end[byte(s, t[2 * j + 1])]) then
            -- (and so before the sentence's end: `told a full council
            -- meeting.` reports nothing)
            k = j
          end
        elseif is_upper_at(s, t[2 * k - 1]) then
          -- a name closed by a comma or colon is the one told too: `told
          -- ABC News, "..."`
          -- (a number inside it too: `told BBC Radio 4.`, `told Channel 4
          -- News the plan ...`)
          local j = k
          while j + 1 <= n and not is_punct_tok(s, t, j + 1)
                and (is_upper_at(s, t[2 * j + 1]) or find(tok(s, t, j + 1), "^%d%d?$")) do
            j = j + 1
          end
          -- (and one the clause follows in lower case: `tell BBC News every
          -- claim will be ...`)
          if j + 1 <= n and (tok(s, t, j + 1) == "," or tok(s, t, j + 1) == ":"
                             or j > k and is_lower_at(s, t[2 * j + 1])) then
            k = j
          elseif j > k and (j == n or SETS.sentence_end[byte(s, t[2 * j + 1])]) then
            -- the sentence ends with the one told: `told National
            -- Geographic.` reports nothing after it
            k = j
          end
        elseif not (L.pron[w] or OBJECT_PRONOUN[w] or role_of(L, tok(s, t, k)))
               and not (k < n and Analyser.finite_clause(A, t[2 * k + 1], rest)) then
          -- (a word in lower case that is no pronoun and no person's or
          -- group's noun is no one told but what was told, a thing, with
          -- no clause after it: `Patients told similar stories`, `told
          -- jokes` report nothing)
          return nil
        end
        k = k + 1
      else
        break
      end
    end
    local w = k <= n and (read_k == k and read_w or word_key(s, t, k))
    -- `that` past the one told and phrases of where and when, which the
    -- loop above read (`told reporters at City Hall on Monday that ...`;
    -- not past a common noun's phrase, `told workers at a plant in Ohio
    -- that makes cars`, where the loop stops)
    if w and k > 1 and L.comp[w] == "drop" then
      local c1 = skip_spaces(s, t[2 * k])
      if c1 < rest and not quote_at(A, c1) then return c1, clause_end(A, c1, rest) end
      return nil
    end
    if k_five and k > k_five then
      -- (no `that`: what follows is read from where the first five ended,
      -- `told supporters at a union hall in Dayton shortly after ...`)
      k = k_five
      w = k <= n and word_key(s, t, k)
    end
    -- a comma after the phrases read, then a clause with its subject:
    -- the clause (`said in a statement, the wind will be strong`); and a
    -- phrase the loop does not read, a preposition's, up to its comma
    -- and such a clause: the phrase with the clause (`says in addition
    -- to the tornadoes, the high energy of the storm is ...`)
    -- (not past the one told as a pronoun: `I told them, they asked me
    -- ...` tells what happened next; a name or a noun's phrase is whom
    -- the report was made to, `told BBC Radio Lincolnshire, 30 hours was
    -- in "extreme" cases`)
    local told_pronoun = n >= 1 and sets.tell[h.lemma] and (L.pron[ltok(s, t, 1)] or OBJECT_PRONOUN[ltok(s, t, 1)])
    if k <= n and (not w and k > 1 and tok(s, t, k) == "," and not told_pronoun
                   or w and k == 1 and sets.content_prep[w])
       and not Analyser.as_clause(A, h.s) then
      local j = k
      if w then
        j = k + 1
        while j <= n and j <= k + 7 and not is_punct_tok(s, t, j) do
          local wj = ltok(s, t, j)
          if L.verb_word[wj] or L.cue[wj] or L.comp[wj] or L.pron[wj] or sets.relative[wj] then j = n + 1 break end
          j = j + 1
        end
      end
      if j <= n and tok(s, t, j) == "," then
        local c1 = skip_spaces(s, t[2 * j])
        if c1 < rest and not quote_at(A, c1) and Analyser.subject_at(A, c1) and Analyser.finite_clause(A, c1, rest) then
          local cs0 = w and t[2 * k - 1] or c1
          return cs0, clause_end(A, cs0, rest)
        end
      end
    end
    if w then
      local pron = L.pron[w] or w == "there" or w == "we" or w == "i" or w == "you"
      local start_ok
      -- (after a verb that takes an object, a quantity is that object,
      -- `is recalling about 1.2 million chargers`, `confirmed about 200
      -- cases`; a clause only with the auxiliary below, `announced about
      -- 200 jobs would go`)
      local quantity = QUANTITY_OPENER[w] and opens_quantity(s, t, k, n, w)
      if quantity and not np_verb then
        -- (a verb after it, an auxiliary or a past form, makes it a
        -- clause's subject: `said more than 200 people died`; none is a
        -- claim's object, `Doe claimed more than $40,000 in expenses`)
        start_ok = false
        for j = k + 1, (n < k + 8 and n or k + 8) do
          if is_punct_tok(s, t, j) and tok(s, t, j) ~= "$" and tok(s, t, j) ~= "%" then break end
          local wj = ltok(s, t, j)
          if L.verb_word[wj] or sets.clause_verb[wj] or #wj >= 4 and (find(wj, "[^e]ed$") or find(wj, "ied$"))
             or L.cue[wj] then
            start_ok = true
            break
          end
        end
      elseif sets.phrase_stop[w] and w ~= "there" and w ~= "it" or sets.coord[w] then
        -- (nor after `and`: `shouted at Lam and projected slogans`)
        -- a verb first: the cue stands in a relative clause (`an
        -- interview that Trump claimed was unfair`), no content follows
        start_ok = false
      elseif np_verb then
        -- a clause with a pronoun subject (`announced it had ...`), a
        -- gerund (`proposed converting ...`), or an object and `as`
        -- (`described him as "a guiding force"`, `described the pipeline
        -- as an advancement`)
        -- (right after the cue: after an object or adverbials a
        -- participle adds to the cue's clause, `wrote to the US Embassy in
        -- London asking to waive ...`)
        start_ok = pron or (k == 1 and #w > 5 and sub(w, -3) == "ing" and not sets.not_gerund[w]
                            and not L.prep[w] and not L.fw[w] and count_words(s, t[2 * k - 1], rest, 3) >= 3)
        if not start_ok and not L.prep[w] then
          for j = k + 1, (n - 1 < k + 6 and n - 1 or k + 6) do
            local wj = word_key(s, t, j)
            if not wj then break end
            if wj == "as" then
              start_ok = not sets.as_not_role[ltok(s, t, j + 1)]
              break
            end
            -- (a cue's form after a determiner or an owner is a noun of
            -- the object: `denounced the legal team's claims as ...`)
            if L.cue[wj] and not Analyser.noun_after_det(A, t, j) or L.comp[wj]
               or (L.fw[wj] and not L.det[wj] and wj ~= "of" and wj ~= "and") then
              break
            end
          end
        end
        if not start_ok and (quantity or not L.prep[w] and w ~= "as") then
          -- or a clause: a noun phrase of up to four words, then an
          -- auxiliary, a modal or a raising verb (`confirmed the man had
          -- died`, `reported warming seas appear to decrease`; not
          -- `reported a loss of ...`, `announced a deal it would broker`)
          -- (a quantity's second word is its own: `more than`)
          local j0 = quantity and QUANTITY_OPENER[w] ~= true and k + 1 or k
          for j = j0 + 1, (n < j0 + 4 and n or j0 + 4) do
            if is_punct_tok(s, t, j) then
              -- (a quote that goes on from the noun phrase with a verb:
              -- `added authorities "are still waiting ..."`, not `a
              -- "terrorist-related" attack`)
              local q = quote_at(A, t[2 * j - 1])
              local qw = q and q.oa == t[2 * j - 1] and lc(s:match("^[%a']+", q.cs) or "")
              start_ok = qw and (sets.clause_verb[qw] or find(qw, "[^e]ed$")) and true or false
              break
            end
            local wj = ltok(s, t, j)
            -- (a cue's form after a determiner or an owner is a noun of
            -- the phrase: `commented the president's tweets are ...`)
            if L.comp[wj] or sets.relative[wj] or L.prep[wj] or sets.coord[wj] or L.pron[wj]
               or L.cue[wj] and not (j > j0 and Analyser.noun_after_det(A, t, j)) then
              break
            end
            if sets.clause_verb[wj] then
              start_ok = true
              break
            end
          end
        end
        if not start_ok and not L.prep[w] and np_verb ~= "request" then
          -- or an object and `to be` (`declared household gun ownership
          -- rates within the United States to be "the strongest ..."`; not
          -- after a request: `recommended Baker to be his replacement`)
          for j = k + 1, (n - 1 < k + 11 and n - 1 or k + 11) do
            local wj = word_key(s, t, j)
            if not wj then break end
            if wj == "to" then
              start_ok = ltok(s, t, j + 1) == "be"
              break
            end
            -- (a capital is a name's: `the United States`)
            if is_lower_at(s, t[2 * j - 1]) and (L.cue[wj] or L.comp[wj] or L.pron[wj]) then break end
          end
        end
      else
        -- (`said nothing` is what was not said; `said nothing would
        -- change` reports a clause: an auxiliary or modal after it)
        -- (after `say`, a cue's form in -s that a preposition or a verb
        -- follows is a plural noun, the clause's subject: `said calls to
        -- its helpline rose`, `said claims of fraud were false`; not after
        -- a verb that takes a noun, `countered claims about his acuity`)
        local cue_noun = L.cue[w] and h.lemma == "say" and byte(w, -1) == 115 and k < n
                         and (L.prep[ltok(s, t, k + 1)] or L.verb_word[ltok(s, t, k + 1)] == true)
        start_ok = pron or not (L.prep[w] or L.comp[w] or L.cue[w] and not cue_noun or w == "nothing"
                   or w == "something" or w == "goodbye" or w == "hello" or w == "yes"
                   or w == "no" or w == "so" or w == "more" or w == "much" or w == "little")
                   or (w == "nothing" or w == "something") and k < n and L.verb_word[ltok(s, t, k + 1)] == true
                   -- (and `more`, `much`, `little` before a verb, past
                   -- one noun: `said more rain was expected`, `said little
                   -- could be done`, `said more needed to be done`; not
                   -- `said more about the plan`)
                   or (w == "more" or w == "much" or w == "little") and k < n
                      and (L.verb_word[ltok(s, t, k + 1)] == true
                           -- (a verb in -ed or -s before `to`: `said more
                           -- needed to be done`, `much remains to be done`)
                           or k + 1 < n and ltok(s, t, k + 2) == "to"
                              and (find(ltok(s, t, k + 1), "..ed$") or ltok(s, t, k + 1) == "needs"
                                   or ltok(s, t, k + 1) == "remains")
                           or k + 1 < n and is_lower_at(s, t[2 * k + 1]) and not is_punct_tok(s, t, k + 1)
                              and not (L.prep[ltok(s, t, k + 1)] or L.fw[ltok(s, t, k + 1)])
                              and L.verb_word[ltok(s, t, k + 2)] == true)
                   -- (and `no` before a noun or two and a verb: the
                   -- clause's subject, `said no one had been injured`,
                   -- `said no arrests had been made`, `said no final
                   -- decision had been taken`; not `said no to the plan`)
                   or w == "no" and Analyser.no_subject(A, t, k, n)
      end
      if start_ok then
        cs = t[2 * k - 1]
        return cs, clause_end(A, cs, rest)
      end
    end
  end
  return nil
end

---------------------------------------------------------------------------
-- Pass 5: speakers
---------------------------------------------------------------------------

-- (g: the names grammar, whose org_compound tells a Dutch or German
-- compound of an organisation word: `Dopingautoriteit`, `Vissersbond`)
local function is_org_name_uncached(L, str, g)
  -- (an ampersand between two names joins a firm's, no person's: `Marks
  -- & Spencer`, `Procter & Gamble`)
  if find(str, "%S %& %u") then return true end
  local a, b = find(str, "[^%s,]+")
  local prev
  while a do
    local w = sub(str, a, b):gsub(names.POSSESSIVE_END, "")
    -- (a word after `den`/`der`, which only names keep, is a surname:
    -- `Susan van den Hof`)
    if not names.NAME_ONLY_ARTICLE[prev]
       and (L.org[w] or g and is_upper_at(w, 1) and names.org_compound(g, w)) then
      return true
    end
    prev = w
    a, b = find(str, "[^%s,]+", b + 1)
  end
  return false
end

-- (memoised per language data by names.text_memo: names are asked about
-- again and again; plain: by the words of organisation_words.txt alone,
-- no compound of one)
is_org_name = function(A, str, plain)
  local L = A.L
  local field = plain and "plain_org_name_of" or "org_name_of"
  local memo = L[field]
  if not memo then
    local g = not plain and A.g or nil
    memo = names.text_memo(function(w) return is_org_name_uncached(L, w, g) end)
    L[field] = memo
  end
  return memo(str)
end

-- could this name be a person's? Not an organisation or an acronym, not a
-- compound with a lower-case tail (Cambridge Analytica-schandaal), and not
-- a determiner with one noun (De Italianen) unless written so elsewhere
-- after a lower-case word (zei De Vries)
looks_personal = function(A, canon, text)
  if is_org_name(A, canon) then return false end
  -- (nor a name that ends in an office's portfolio, portfolios.txt:
  -- `Federal Infrastructure and Communities Minister Amarjeet Sohi`,
  -- `Economische Zaken`)
  local lastw = canon:match("(%S+)$")
  if lastw and A.g.portfolio[names.lc_memo[lastw] or lc(lastw)] then return false end
  -- (nor a place's name by its first or last word, speech_words.txt's
  -- `place_first`, `place_last`: `Mount Kelud`, `the Kilbeggan Area
  -- meeting`; a place, not a body, so no `the company` means it)
  local pf, pl = A.L.sets.place_first, A.L.sets.place_last
  -- (a place's last word after no given name of the list: `Ramona
  -- Africa` is a person)
  if pf and find(canon, " ", 1, true)
     and (pf[lc(canon:match("^(%S+)"))] or pl and pl[names.lc_memo[lastw] or lc(lastw)] and not Analyser.given_first(A, canon)) then
    return false
  end
  -- (nor one that ends in an acronym, a competition's or body's: `Offaly
  -- SHC`, `Cork SFC`; a generation's suffix is none, `Sotto III`)
  if lastw and #lastw >= 2 and find(canon, " ", 1, true) and find(lastw, "^%u%u+$") and not A.g.suffix[lc(lastw)]
     and not A.g.after[lc(lastw)] then
    return false
  end
  -- (a plain search first: most names have no hyphen, and the pattern is
  -- tried at every byte)
  if find(text, "-", 1, true) and find(text, "%-%l+$") then return false end
  -- a lower-case word that is no particle: `Day's animal foundation`
  -- (the words split once a name, names.run_words; the first byte tells
  -- a lower-case letter)
  local words = run_words(canon)
  local particles = A.g.particles
  for i = 1, #words do
    local w = words[i]
    local c = byte(w, 1)
    -- (a surname glued to its elided particle or joined to one by a
    -- hyphen is a name's: `d’Hooghe`, `al-Abyad`)
    -- (and `te` after a given name: `Max te Velde`, names.te_particle)
    if c >= 97 and c <= 122 and not particles[w] and names.kind_of(w, A.g) ~= "N"
       and not (i > 1 and A.g.sets.given_particle[w] and names.te_particle(A.g, w, words[i - 1])) then
      return false
    end
  end
  -- a Dutch report names a suspect or a defendant by their initials
  -- alone (`H.D. moest eerder al ...`, `K.V. (45)`): two or three, no
  -- abbreviation's (`n.v.`, `e.a.`); English writes places so (`U.S.`)
  if A.lang == "nl" and byte(canon, 2) == 46 and (find(canon, "^%u%.%u%.$") or find(canon, "^%u%.%u%.%u%.$"))
     and not A.sd.abbr[lc(sub(canon, 1, -2))] then
    return true
  end
  if not canon:find("[%l\128-\255]") then return false end
  -- (white space in canon: more than one word, or one that is not all of
  -- canon)
  if #words < 2 and (words[1] or "") == canon then
    -- one word (Pastrana, Greece, Washington): a person only when a title
    -- or role says so, or when it speaks (see resolve), or a given name
    -- of given_names.txt alone, as local news names ordinary people
    -- (`Jean-Louis reed van Utrecht naar Rotterdam ... zegt de
    -- Rotterdammer`)
    return Analyser.lone_given(A, canon) ~= nil
  end
  -- (two words with only white space around the one between them:
  -- canon:match("^(%S+)%s+(%S+)$"))
  local w1 = #words == 2 and ASCII_CLS[byte(canon, 1)] ~= 0 and ASCII_CLS[byte(canon, -1)] ~= 0
             and words[1]
  -- (two words, the first no given name, each written elsewhere alone
  -- after a preposition, as places are: two names side by side, as a
  -- Dutch clause puts subject and object before its verb, `als Rusland
  -- Oekraïne binnenvalt` beside `van Rusland`, `in Oekraïne`)
  -- (verb-final clauses are Dutch and German: English is not asked)
  if w1 and A.lang ~= "en" and A.g.given and not A.g.given[lc(w1)] and not particles[lc(w1)]
     and Analyser.place_alone(A, w1) and Analyser.place_alone(A, words[2]) then
    return false
  end
  if w1 and particles[lc(w1)] and is_upper_at(w1, 1) then
    local s = A.s
    local init = 1
    while true do
      local a, b = find(s, canon, init, true)
      if not a then return false end
      init = b + 1
      local before = sub(s, math.max(1, a - 20), a - 1):match("(%S+)%s+$")
      if before and before:find("^%l") and not A.L.det[lc(before)] then return true end
    end
  end
  return true
end

-- does the role noun that ends at byte e (a sentence's opening role noun
-- phrase) have a person's name in apposition: the rest of a compound
-- role and a complement (`of the bank`, `van de geheime dienst`), then
-- `, First Last,`? Then the name, not the role, is the sentence's person
-- (`The chief executive of the bank, John Smith, was arrested. He said
-- ...`: he is John Smith). Sentence-opening roles are few: this tokenises
-- its own window, wider than person_mentions' opening one.
local function appositive_name_after(A, e, b)
  local s, L, g = A.s, A.L, A.g
  local sets = L.sets
  local t = tokens(s, e, (b < e + 100 and b or e + 100))
  local n = #t // 2
  local x = 1
  -- `chief executive`, `oud-chef`: more role words of the same noun (and
  -- a second role joined by and: `founder and chief executive`)
  while x <= 4 and x <= n and not is_punct_tok(s, t, x) and is_lower_at(s, t[2 * x - 1])
        and (role_of(L, tok(s, t, x))
             or x < n and sets.conjunction[ltok(s, t, x)] and role_of(L, tok(s, t, x + 1))) do
    x = x + 1
  end
  if x <= n and sets.complement_openers[ltok(s, t, x)] then
    local last = x + 6
    x = x + 1
    while x <= n and x <= last do
      local w = word_key(s, t, x)
      if not w then break end
      if L.cue[w] or L.comp[w] or L.pron[w] then return false end
      if names.kind(s, t, x, g) == "N" then
        -- the name right after the complement's common noun, no comma
        -- between: `De oud-chef van de Peruaanse geheime dienst Vladimiro
        -- Montesinos is ...` (person_tail's test: two parts, no
        -- organisation word)
        local l2 = names.run_starting(s, t, x, g)
        if l2 and l2 < n and not is_punct_tok(s, t, l2 + 1) and is_lower_at(s, t[2 * l2 + 1])
           and person_tail(A, t, x, t[2 * l2]) then
          return true
        end
        x = l2 or x
      end
      x = x + 1
    end
  end
  if x < n and L.lang == "en" and is_lower_at(s, t[2 * x - 1]) and find(tok(s, t, x), "%ling$") then
    -- an English participle's phrase after the role, up to its comma: `A
    -- lawyer representing 57 of the victims, Andrea Castellanos, said`
    local last = x + 7
    x = x + 1
    while x <= n and x <= last and not is_punct_tok(s, t, x) do
      local w = ltok(s, t, x)
      if L.cue[w] or L.comp[w] or L.pron[w] then return false end
      x = x + 1
    end
  end
  -- (or between dashes: `One of those named - Pat McFadden - called on`)
  local open = x < n and tok(s, t, x)
  if not (open == "," or open == "-" or open == "\226\128\147" or open == "\226\128\148") then return false end
  x = x + 1
  -- (past the person's own role before the name, in lower case: `Another
  -- passenger, retired teacher Graham Little, was ...`; and past the
  -- name's titles: `A spokeswoman for the coast guard, Lieutenant Dana
  -- Hewitt, said`)
  -- (an age among them: `One of the patients, 71-year-old retired postman
  -- Keith Armitage, said`)
  local y = x
  while y <= n and y < x + 3 and not is_punct_tok(s, t, y)
        and (is_lower_at(s, t[2 * y - 1]) or find(tok(s, t, y), "^%d+%-%l")) do
    y = y + 1
  end
  -- (an age alone before the name too: `One supporter, 62-year-old Bill
  -- Turner from Bolton, said`)
  if y > x and y <= n and (role_of(L, tok(s, t, y - 1)) or find(tok(s, t, y - 1), "^%d+%-%l")) then x = y end
  while x < n and (names.kind(s, t, x, g) == "T" or title_period(s, t, x, g)) do x = x + 1 end
  if names.kind(s, t, x, g) ~= "N" then return false end
  local l2 = names.run_starting(s, t, x, g)
  -- (two words at least, and the apposition closed by a comma, or the
  -- dash that opened it; past where the person is from, a preposition of
  -- place and a capitalised name: `Bill Turner from Bolton,`)
  if l2 ~= nil and l2 + 2 < n and sets.place_prep[ltok(s, t, l2 + 1)] and names.kind(s, t, l2 + 2, g) == "N" then
    local l3 = names.run_starting(s, t, l2 + 2, g)
    if l3 and l3 < n and tok(s, t, l3 + 1) == open then return l2 > x end
  end
  -- (or a comma that opened it and the name's verb right after it, the
  -- closing comma left out: `The Ivorian, Marie-Josee Ta Lou was second`)
  return l2 ~= nil and l2 > x and l2 < n
         and (tok(s, t, l2 + 1) == open
              or open == "," and is_lower_at(s, t[2 * l2 + 1]) and L.verb_word[ltok(s, t, l2 + 1)] ~= nil)
end


-- Name mentions in s[a, b) outside quotes, in order, each with `subj`:
-- whether it stands where a subject stands (at the start of the clause,
-- after a speech cue, or before a verb-like word); mention_person(A, c)
-- tells whether it reads as a person (a known speaker, a title or role
-- before it, or two or more words that are not an organisation or a
-- place), mention_canon(A, c) its canonical name.
person_mentions = function(A, a, b)
  local ck = a * 1000003 + b
  local hit = A.pm_cache[ck]
  if hit then return hit end
  local out = person_mentions_uncached(A, a, b)
  A.pm_cache[ck] = out
  return out
end

-- the word in lower case after `of` and the capitalised name it opens,
-- past its article, right after a name that ends at e (`Mohammad bin
-- Salman of Saudi Arabia accepted`: accepted), or nil. (Dutch `van` needs
-- none: `Jan Smit van Feyenoord erkende` is read as a subject already.)
function Analyser.word_past_of(A, e)
  local s = A.s
  local _, x = find(s, "^%s+%a+%s+", e)
  if not x then return nil end
  local _, y = find(s, "^[%l]+%s+", x + 1)
  if y and A.L.det[sub(s, x + 1, y):match("%S+")] then x = y end
  local caps = 0
  while true do
    local _, z = find(s, "^%u[%w'%-]*%s+", x + 1)
    if not z then break end
    caps, x = caps + 1, z
  end
  if caps == 0 then return nil end
  return s:match("^(%l+)", x + 1)
end

-- Analyser.demonym_at(A, t, j, n): the gender of the demonym that token
-- j of t is, as a noun, or nil: not an adjective before a noun (`the
-- Hungarian Government commissioner`, `the Hungarian government`), and
-- not in English, which writes its adjectives so (`the Hungarian bid
-- won`): Dutch has the noun only (`De 33-jarige Brit was dolgelukkig`)
function Analyser.demonym_at(A, t, j, n)
  local s, L = A.s, A.L
  if A.lang == "en" then
    -- (English: a noun where a comma, a stop, an auxiliary, a closed
    -- verb, a relative word or a cue follows it, which no noun an
    -- adjective modifies does: `The Scot, who was cheered on ...`, `The
    -- Dubliner added`; `the Hungarian bid won` stays an adjective)
    if j >= n then return nil end
    local d = L.demonym[ltok(s, t, j)]
    if not d then return nil end
    if is_punct_tok(s, t, j + 1) then
      local p = tok(s, t, j + 1)
      return (p == "," or p == "." or p == ";" or p == ":") and d or nil
    end
    local nw = ltok(s, t, j + 1)
    if is_lower_at(s, t[2 * j + 1]) and (L.verb_word[nw] or L.closed_verb[nw] or L.conj[nw] or L.cue[nw]) then return d end
    return nil
  end
  local d = L.demonym[ltok(s, t, j)]
  if d and j < n and (not is_lower_at(s, t[2 * j + 1]) or role_of(L, tok(s, t, j + 1))) then return nil end
  return d
end

-- Analyser.title_qualifier(A, w, me): is the one word w, ending at me, a
-- capitalised qualifier of the title in lower case right after it, which
-- a name follows (`Vlaams minister Zuhal Demir`, `Greek minister Nikos
-- Dendias`)? Not an acronym (`CDA minister`) nor a given name (`Jan
-- minister`, a list's names run on).
function Analyser.title_qualifier(A, w, me)
  local s = A.s
  if byte(s, me) ~= 32 or not find(w, "^%u[%l\128-\255]+$") then return false end
  local title, e = string.match(s, "^ (%l+)()", me)
  if not (title and A.g.titles[title] and byte(s, e) == 32 and is_upper_at(s, e + 1)) then return false end
  return not A.g.given[lc(w)]
end

-- Analyser.spokesperson_body(A, m, b) -> role mention m, a
-- spokesperson's (speech_words.txt's `spokesperson`), with the body it
-- speaks for after it, before b: `role_for`'s word, a determiner perhaps,
-- then up to four words, capitalised or nouns in lower case, to the
-- first word in lower case that a determiner or pronoun follows (a verb:
-- `A spokesman for the council rubbished the report`) or any word the
-- lists know as a verb, function word or preposition (`A spokesman for the
-- fire service said`); m itself when no such phrase follows
function Analyser.spokesperson_body(A, m, b)
  local s, L = A.s, A.L
  local t = tokens(s, m.e, (b < m.e + 80 and b or m.e + 80))
  local n = #t // 2
  if n < 2 or not L.sets.role_for[ltok(s, t, 1)] then return m end
  local k = 2
  if L.det[ltok(s, t, k)] then k = k + 1 end
  local last
  while k <= n and k <= 6 do
    local w = word_key(s, t, k)
    if not w then break end
    -- (an of/for between capitals is a name's own: `the Department for
    -- Health`)
    local inner = last and k < n and (L.sets.org_join[w] or L.sets.complement_of[w]) and is_upper_at(s, t[2 * last - 1])
                  and is_upper_at(s, t[2 * k + 1])
    if inner then
      k = k + 1
    elseif is_lower_at(s, t[2 * k - 1]) then
      if L.verb_word[w] or L.closed_verb[w] or L.cue[w] or L.fw[w] or L.prep[w] or L.det[w] or L.adv[w] then break end
      if k < n and (L.det[ltok(s, t, k + 1)] or L.pron[ltok(s, t, k + 1)]) then break end
    elseif names.kind(s, t, k, A.g) ~= "N" then
      break
    end
    if inner and names.kind(s, t, k, A.g) ~= "N" then break end
    last = k
    k = k + 1
  end
  if not last then return m end
  local m2 = {}
  for key, v in pairs(m) do m2[key] = v end
  m2.e = t[2 * last]
  m2.text = sub(s, m2.s, m2.e - 1)
  return m2
end

-- Analyser.kicker_at(A, w, ms, me): is the name w at s[ms, me) one word
-- in capitals of six letters or more that opens a paragraph before a
-- capitalised word, a place or a keyword set before the text with no
-- dash (`VEENENDAAL De ondernemers ...`, `LEVENDIGHEID Het komt ...`)?
function Analyser.kicker_at(A, w, ms, me)
  if #w < 6 or find(w, "[^%u\128-\255]") or byte(A.s, me) ~= 32 or not is_upper_at(A.s, me + 1) then return false end
  return ms == A.first or byte(A.s, ms - 1) == 10
end

-- Analyser.past_kicker(A, a [, b]) -> where the text after a kicker
-- (kicker_at) that opens s at a starts, one that ends before b when b is
-- given; a when none opens there
function Analyser.past_kicker(A, a, b)
  local kw, kwe = string.match(A.s, "^%s*(%u[%u\128-\255]+)()", a)
  if kw and (not b or kwe < b) and Analyser.kicker_at(A, kw, kwe - #kw, kwe) then return kwe + 1 end
  return a
end

-- Analyser.dateline_at(A, ms, me): is the name at s[ms, me) a dateline,
-- the place a report was filed from: it opens one of the article's first
-- three paragraphs, a colon follows it (past a region in brackets), and
-- no quote mark opens what follows (`Sriharikota: Right after the
-- launch, ...`, `Indore (Madhya Pradesh): Union minister ...`; not
-- `Pröpper: „We zijn ...”`, a speaker's words)
function Analyser.dateline_at(A, ms, me)
  local s = A.s
  local c = byte(s, me)
  if c ~= 58 and c ~= 32 then return false end
  local _, colon = find(s, "^ %([^()\n]-%):", me)
  if c == 58 then colon = me elseif not colon then return false end
  if not (ms == A.first or byte(s, ms - 1) == 10) then return false end
  local pi = select(3, sentence_of(A, ms))
  if not pi or pi > 3 then return false end
  local x = skip_spaces(s, colon + 1)
  local n = byte(s, x)
  if n == nil or n == 10 then return false end
  for _, m in ipairs(A.L.mark_starts) do
    if sub(s, x, x + #m - 1) == m then return false end
  end
  return true
end

person_mentions_uncached = function(A, a, b)
  local s, L, g = A.s, A.L, A.g
  local out = {}
  if b <= a then return out end
  -- (the sentence's own start: a run may open with the coordinating word
  -- passed below, `Maar Rashid ratelt gewoon door`, whose name is Rashid)
  local a0 = a
  -- a role noun opening the sentence: `De rijder ... hield` (fw: the
  -- sentence's first word in lower case, which the rules below read too)
  local fw = s:match("^%s*([^%s%p]+)", a) or ""
  fw = names.lc_memo[fw] or lc(fw)
  -- (past a coordinating word that opens it: `Maar de renner die
  -- volgend jaar voor Bora rijdt, hield ...`, `But the minister said`)
  -- (and past a keyword or place in capitals that opens the paragraph:
  -- `VEENENDAAL De ondernemers ...`)
  local ka = Analyser.past_kicker(A, a)
  if ka ~= a then
    a = ka
    fw = s:match("^([^%s%p]+)", a) or ""
    fw = names.lc_memo[fw] or lc(fw)
  end
  if L.sets.coord[fw] then
    local _, after = find(s, "^%s*[^%s%p]+%s+", a)
    if after and after < b then
      a = after + 1
      fw = s:match("^([^%s%p]+)", a) or ""
      fw = names.lc_memo[fw] or lc(fw)
    end
  end
  -- (in Dutch and German past a phrase of a preposition that opens the
  -- sentence and the finite verb, to the subject's determiner: `In Genk
  -- was de 19-jarige zoon des huizes het slachtoffer`; ra: where the role
  -- is read from)
  -- (and so past an adverb that opens it: `Even verderop staat een jonge
  -- boer uit Best`)
  local ra = a
  if A.lang ~= "en" and A.lang ~= nil and (L.prep[fw] or L.closed_adv[fw] or L.adv[fw]) then
    local t0 = tokens(s, a, (b < a + 60 and b or a + 60), 6)
    for k = 2, #t0 // 2 - 1 do
      local lw = word_key(s, t0, k)
      if not lw then break end
      -- (an adverb that opens it before a name, no verb between, is the
      -- name's focus word, the name the subject before its verb: `Ook Jan
      -- Hendriks had haar cliënte voorbereid`, not `haar cliënte`)
      if not L.prep[fw] and is_upper_at(s, t0[2 * k - 1]) then break end
      if L.verb_word[lw] then
        local dw = word_key(s, t0, k + 1)
        if dw and L.det[dw] then ra, fw = t0[2 * k + 1], dw end
        break
      end
    end
  end
  -- (`One of the victims decided ...`: one person of a group)
  local one_of = L.sets.one_word[fw] and s:match("^%s*%S+%s+(%S+)", a)
  one_of = one_of == "of" or one_of == "van"
  -- (or a name's role: `Pettifer's lawyer said`)
  local owner = not one_of and names.possessive_len(s:match("^%s*(%S+)", a) or "") > 0
  if L.det[fw] or L.adv[fw] or role_of(L, fw) or one_of or owner then
    -- (seven tokens at most: the words read below are the first six and
    -- the one after the last)
    local t = tokens(s, ra, (b < ra + 60 and b or ra + 60), 7)
    local n = #t // 2
    local kmax = one_of and 6 or 4
    -- (and past adverbs before an age or adjective: `De nog net
    -- 21-jarige renner van UAE Team Emirates had ...`)
    if not one_of and n >= 3 and L.det[fw] and adverb(L, ltok(s, t, 2)) then
      kmax = adverb(L, ltok(s, t, 3)) and 6 or 5
    end
    for k = 1, (n < kmax and n or kmax) do
      -- (word_key: nil for punctuation, where the loop ends; else the key
      -- and the word, in one call)
      local lw, w = word_key(s, t, k)
      if not lw then break end
      -- (one of a group a plural pronoun names, as one_of_after reads it
      -- after a cue: `Eén van hen zit koffie te drinken`)
      if one_of and k == 3 and L.sets.group_object[lw] then
        -- (not a possessive before its noun: `een van hun kinderen`; nor
        -- one a copula and a name say who it is: `Een van hen is Guido
        -- Bakker`, the name the person)
        if L.det[lw] and k < n and not is_punct_tok(s, t, k + 1) and is_lower_at(s, t[2 * k + 1])
           and not (L.prep[ltok(s, t, k + 1)] or L.verb_word[ltok(s, t, k + 1)]) then
          break
        end
        if k + 1 < n and L.sets.copula[ltok(s, t, k + 1)] and is_upper_at(s, t[2 * k + 3]) then break end
        local m = { s = t[1], e = t[2 * k], kind = "role", text = sub(s, t[1], t[2 * k] - 1), head = ltok(s, t, 1),
                    gender = "p", def = "indef" }
        out[#out + 1] = { s = m.s, e = m.e, text = m.text, role = m, subj = true, person = true }
        break
      end
      local r = role_of(L, w)
      -- (where someone is from after the determiner is a role too, after
      -- an age as well: `De 33-jarige Brit was dolgelukkig`, as np_ending
      -- reads it)
      if not r and k > 1 then r = Analyser.demonym_at(A, t, k, n) end
      if r and k < n and Analyser.demonym_at(A, t, k + 1, n) then
        k = k + 1
        r = L.demonym[ltok(s, t, k)]
      end
      if r == "g" and one_of then r = "p" end
      if one_of and k <= 2 or owner and k == 1 then
        -- (`one`, `of`: on to the group's noun; past the owner)
      elseif r then
        -- a compound role ends at its last role word: `The chief
        -- executive`, `The police spokesman` (its head and gender)
        while k < n and k < 6 and not is_punct_tok(s, t, k + 1) and is_lower_at(s, t[2 * k + 1]) do
          local r2 = role_of(L, tok(s, t, k + 1))
          if not r2 then break end
          k, r = k + 1, r2
        end
        -- (and a role of three words the list has ends at its last: `De
        -- officier van justitie rekende ...`)
        if k + 2 <= n then
          local r3 = Analyser.role_phrase(A, t, k + 2)
          if r3 then k, r = k + 2, r3 end
        end
        -- (nor a role whose name follows past a word that says of what:
        -- `Docent geschiedenis Mark Jansen`)
        local named_after = k + 2 <= n and names.kind(s, t, k + 2, g) == "N" and is_lower_at(s, t[2 * k + 1])
                            and Analyser.plain_modifiers(A, t, k + 1, k + 1)
        -- (nor a title before its period and the name: `Mr. Johnson`)
        local nk = k + 1
        if nk < n and t[2 * nk - 1] == t[2 * k] and byte(s, t[2 * k]) == 46 and t[2 * nk] == t[2 * k] + 1 then
          nk = nk + 1
        end
        -- (nor a title before more titles and the name: `Lord Mayor
        -- Adrian Schrinner`)
        -- (and a title's word alone after it is the surname: `Prof King
        -- told`, as the names read it, no role `Prof` of its own)
        while nk < n and names.kind(s, t, nk, g) == "T" do
          local nk2 = names.kind(s, t, nk + 1, g)
          if nk2 ~= "N" and nk2 ~= "T" and is_upper_at(s, t[2 * nk - 1]) and not is_punct_tok(s, t, nk + 1)
             and not (nk == k + 1 and t[2 * k] == t[2 * nk - 1]) then
            break
          end
          nk = nk + 1
        end
        if nk < n and nk > k and names.kind(s, t, nk, g) == "T" and is_upper_at(s, t[2 * nk - 1])
           and not is_punct_tok(s, t, nk + 1) and names.kind(s, t, nk + 1, g) == "w" and is_lower_at(s, t[2 * nk + 1]) then
          break
        end
        -- (nor, in English, a role's word before a plain noun in lower
        -- case, no verb's form, that the role word modifies: `The pilot
        -- scheme was launched`)
        local modifier = A.lang == "en" and k < n and Analyser.plain_modifiers(A, t, k + 1, k + 1)
                         and not find(ltok(s, t, k + 1), "[sd]$") and not L.closed_verb[ltok(s, t, k + 1)]
                         and not L.conj[ltok(s, t, k + 1)] and not L.adv[ltok(s, t, k + 1)]
                         and not L.pron[ltok(s, t, k + 1)]
        if r ~= "g" and r ~= "x" and (k == n or names.kind(s, t, nk, g) ~= "N") and not named_after and not modifier
           and not appositive_name_after(A, t[2 * k], b) then
          local m = np_ending(A, t, k, 1)
          if m and m.kind == "role" and L.sets.spokesperson and L.sets.spokesperson[m.head] then m = Analyser.spokesperson_body(A, m, b) end
          if m and m.kind == "role" then
            -- (one of the group, the whole phrase: `Een van de bewoners`)
            if one_of then
              m.gender, m.def = "p", "indef"
              if t[1] < m.s then
                m.s = t[1]
                m.text = sub(s, m.s, m.e - 1)
              end
            end
            out[#out + 1] = { s = m.s, e = m.e, text = m.text, role = m, subj = true,
                              person = true }
          end
        end
        break
      end
      -- (`van` of `Een van de bewoners` is a name's particle too: passed)
      if not (L.det[lw] or L.adv[lw] or owner and k == 1 or one_of and k <= 2)
         and (g.kind_cache[w] or names.kind_of(w, g)) ~= "w" then
        break
      end
    end
  end
  -- names: the runs of the article's name index inside [a, b)
  local ix = names.index(A.article, g)
  -- (runs: 4 numbers a run, its start first and its end last)
  local runs = ix.runs
  local i = floor_index(runs, a0 - 1, 4) + 1
  -- the quotes that end by a: a quote ending after a and by a name's start
  -- puts the name after the sentence's opening words
  local qk_a = quotes_closed_by(A, a)
  -- (whether a run stands in a quote: quote_at's answer, the last quote
  -- that opens by the run walked on with the runs from those closed by a,
  -- as sentences walks them with the stops, without a call a run)
  local qa, qb, qk = A.qa, A.qb, qk_a
  -- (the opening words read so far: see `initial` below)
  local words_from, words_bad = a, false
  -- (a subject that opens the window before a verb in lower case: the
  -- clause has its subject, and a name before a comma after it is an
  -- object in a list, `Gardai interviewed journalist Liz Allen, RTE's
  -- David Hanly and Paul Reynolds, ...`)
  local clause_subject = false
  -- (a dateline's place names no one: `MEGEN - Ze zaten er ...`, `'s-HEER
  -- HENDRIKSKINDEREN - ...`)
  local dateline
  do
    local x = skip_spaces(s, a0)
    if x == A.first or x > 1 and byte(s, x - 1) == 10 then dateline = structure.dateline_end(s, x, #s + 1, A.g) end
  end
  -- (where the name after a role that an opening name owns starts: that
  -- name is the subject, `Santa Gertrudis breeder Rick Greenup has`)
  local owned_at
  while runs[4 * i - 3] and runs[4 * i - 3] < b do
    local ri = i
    i = i + 1
    local rs = runs[4 * ri - 3]
    while qa[qk + 1] and qa[qk + 1] <= rs do qk = qk + 1 end
    if runs[4 * ri] <= b and not (qk > 0 and rs < qb[qk]) and not (dateline and rs < dateline) then
      local text, ms, me = names.mention(A.article, g, A.lang, ri)
      -- (not a role noun alone, with a capital at the sentence's start:
      -- `Docent geschiedenis Mark Jansen ...`; the name after it is the
      -- person)
      if text and not g.titles[names.lc_memo[text] or lc(text)]
         and not (ms == skip_spaces(s, a) and not find(text, " ", 1, true) and role_of(L, text)
                  and find(s, "^%s+%l+%s+%u", me))
         -- (nor a finite verb that opens the sentence, a question's or a
         -- condition's: `Komt er geen staatshervorming, dan ...`; not in
         -- English, whose verbs are names as often, `Said`, `Will`)
         and not (A.lang ~= "en" and ms == skip_spaces(s, a) and not find(text, " ", 1, true)
                  and L.verb_word[names.lc_memo[text] or lc(text)] == true and not written_inside(s, text))
         -- (nor a word with a capital that qualifies a title in lower case
         -- before a name: `Vlaams minister Zuhal Demir`, `Greek minister
         -- Nikos Dendias`; the name after the title is the person)
         and not (not find(text, " ", 1, true) and Analyser.title_qualifier(A, text, me))
         -- (nor a role's of-phrase that its particle made a name:
         -- `Oud-schepen van Openbare Werken en nu gemeenteraadslid ...`)
         and not (byte(text, 1) >= 97 and byte(text, 1) <= 122 and Analyser.role_van_run(A, text, ms))
         -- (nor, outside English, an adjective of a place in -se or -sche
         -- before a person's role noun: `Zeeuwse boeren`, `zijn Algerijnse
         -- aanvoerder`)
         and not (A.lang ~= "en" and byte(text, -1) == 101 and Analyser.place_adjective_at(A, text, me))
         -- (nor a party's or club's name in brackets after a name: `Ann
         -- Van de Steen (Lijst A)`)
         and not (byte(s, me) == 41 and byte(s, ms - 1) == 40 and Analyser.name_before_bracket(A, ms - 1))
         and not Analyser.dateline_at(A, ms, me) and not Analyser.kicker_at(A, text, ms, me) then
        -- the word before, the word after
        local t0, t1 = last_token(s, (ms - 40 > a and ms - 40 or a), ms)
        if t0 and t1 == ms and SETS.open_bracket[byte(s, ms - 1)] and t0 == ms - 1 then
          -- an editor's bracket glued to the name (`I was from [North
          -- Karnataka]`): the word before it
          t0, t1 = last_token(s, (ms - 41 > a and ms - 41 or a), ms - 1)
        end
        -- (its last byte ASCII, the common case, answers is_word_at by a
        -- look-up, and a letter or digit there leaves no punctuation to
        -- strip: the key is lc's memo's)
        local pw, prev_punct, prevw = "", false, ""
        if t0 then
          pw = sub(s, t0, t1 - 1)
          local lb = byte(s, t1 - 1)
          if lb < 128 then prev_punct = ASCII_CLS[lb] ~= 1
          else prev_punct = not is_word_at(pw, char_start(pw, #pw)) end
          if prev_punct then prevw = lc(strip_punct_end(pw)) else prevw = names.lc_memo[pw] or lc(pw) end
          -- (outside English, a capitalised adjective the name's cleaning
          -- cut off its run, a determiner before it, leaves the name the
          -- determiner's, no person's, unless a given name opens it: `Bij
          -- de Algemene Politieke Beschouwingen was iedereen ...`, not `de
          -- Nederlandse Sifan Hassan`)
          if not prev_punct and A.lang ~= "en" and t0 >= rs and is_upper_at(s, t0)
             and Analyser.adjective_ending(L, prevw) and not Analyser.given_first(A, text) then
            local d0, d1 = last_token(s, (t0 - 20 > a and t0 - 20 or a), t0)
            local dw = d0 and d1 == t0 - 1 and lc(sub(s, d0, d1 - 1))
            if dw and L.det[dw] then prevw = dw end
          end
        end
        local prep = not prev_punct and L.prep[prevw]
        -- only adverbs, determiners, titles and role nouns before it in
        -- the sentence
        local initial = true
        if ms > a then
          local nq = A.qb[qk_a + 1]
          if (nq and nq <= ms) or words_bad then
            initial = false
          else
            -- the words of s[a, ms), read on from where the names before
            -- left off: a word wholly before one name is the same word
            -- before the next (the names come in text order), and one
            -- that is not such a word ends the opening for every name
            -- after it; the word cut at ms is read for this name only
            local wa, wb = find(s, "%S+", words_from)
            -- (one word in lower case may say what a role is of, no
            -- function word: `Docent geschiedenis Mark Jansen`)
            local after_role, after_rank = false, false
            while wa and wa < ms do
              local whole = wb < ms
              if not whole then wb = ms - 1 end
              local core = strip_punct_end(sub(s, wa, wb))
              local lw = lc(core)
              local role = role_of(L, core) ~= nil
              local modifier = after_role and core == lw and core ~= "" and not (L.fw[lw] or L.prep[lw] or L.cue[lw]
                                                                              or L.verb_word[lw] or L.comp[lw])
              -- (nor the sentence's first word before a role noun in lower
              -- case: `Comic artist Jenn St-Onge`, `Senior analyst X`)
              if not (role or modifier) and whole and wa - a < 4 and wa == skip_spaces(s, a) then
                local nw, nw2 = s:match("^%s+(%l[%l%-]*)%s+(%l[%l%-]*)", wb + 1)
                if not nw then nw = s:match("^%s+(%l[%l%-]*)", wb + 1) end
                modifier = nw ~= nil and role_of(L, nw) ~= nil
                -- (or an owner's name before a role of two words: `Gull
                -- general manager Dave Bodger agreed`)
                if not modifier and nw2 and is_upper_at(core, 1) and not (L.fw[nw] or L.prep[nw] or L.det[nw])
                   and SETS.one_person[role_of(L, nw2)] then
                  modifier = true
                end
                -- (or the first word of a title of two: `Prime Minister
                -- Johnson was questioned`)
                if not modifier then
                  local cw = s:match("^%s+(%u[%a%-]*)", wb + 1)
                  modifier = cw ~= nil and g.titles[lw .. " " .. lc(cw)] ~= nil
                end
                -- (or a noun no list knows right before a full name that
                -- opens with a given name of the list: a role's, `Raads-nestor
                -- Koos Voogt in Amersfoort moet ...`, `Bakker Piet Smit`; six
                -- letters or a hyphen, and no word that starts no name,
                -- name_stopwords.txt's `Zowel`)
                if not modifier and wb + 2 == ms and core ~= lw and (#core >= 6 or find(core, "%a%-%a"))
                   and not (L.fw[lw] or L.prep[lw] or L.det[lw] or L.cue[lw] or L.adv[lw] or L.verb_word[lw]
                            or L.comp[lw] or L.source[lw] or L.pron[lw] or L.sets.coord[lw]
                            or g.given[lw] or g.stop_start[lw] or g.stop[lw] or g.particles[lw])
                   and find(text, " ", 1, true) and Analyser.given_first(A, text) then
                  modifier = true
                end
              end
              -- (nor an adjective with a capital, a place's, right before a
              -- role noun in lower case after the determiner: `De
              -- Maastrichtse huisarts Katrien Boots heeft dat ervaren`)
              if not (role or modifier) and whole and core ~= lw and wa > skip_spaces(s, a) then
                local nw = s:match("^%s+(%l[%l%-]*)%s+%u", wb + 1)
                local nr = nw and role_of(L, nw)
                modifier = nr ~= nil and nr ~= "g"
                           and (L.demonym[lw] ~= nil or Analyser.adjective_ending(L, lw))
                           and L.det[fw] ~= nil
              end
              -- (a rank before the name, its word of rank and its number,
              -- and what the rank is of with its capital: `World No. 1
              -- Luke Donald saw ...`, `Dutch number one Botic van de
              -- Zandschulp`; speech_words.txt's `rank_word`)
              if not (role or modifier) and whole then
                local rank = L.sets.rank_word
                if rank[lw] then
                  modifier, after_rank = true, true
                elseif after_rank and (find(core, "^%d+$") or L.number[lw]) then
                  modifier = true
                elseif core ~= lw then
                  local nx = s:match("^%s+([%a]+)", wb + 1)
                  modifier = nx ~= nil and rank[lc(nx)] ~= nil
                end
              end
              if not modifier then after_rank = false end
              after_role = role
              if core ~= "" and not (L.adv[lw] or L.det[lw] or names.title_like(g, core) or role or modifier) then
                initial = false
                words_bad = whole
                break
              end
              if whole then words_from = wb + 1 end
              wa, wb = find(s, "%S+", wb + 1)
            end
          end
        end
        local post = s:match("^%s*(%S+)", me) or ""
        -- (past a party's or club's name in brackets: `Ann Van de Steen
        -- (Lijst A) vindt`)
        if byte(post, 1) == 40 then
          local br, after = s:match("^%s*(%([^()\n]-%))%s*(%S+)", me)
          if br and #br <= 40 then post = after end
        end
        -- (past a title that follows a name: `counsel Sarah Whitlock KC
        -- told`, `Smith QC, who ...`)
        if post ~= "" and byte(post, 1) <= 90 and byte(post, 1) >= 65 then
          local core = strip_punct_end(post)
          if g.after[lc(core)] then
            post = #core < #post and sub(post, #core + 1)
                   or s:match("^%s*%S+%s*(%S+)", me) or ""
          end
        end
        -- (an ASCII first byte, the common case, answers is_word_at and
        -- is_lower_at by look-ups)
        local fb = byte(post, 1)
        local nxt_punct, nlow
        if fb and fb < 128 then
          nxt_punct = ASCII_CLS[fb] ~= 1
          nlow = not nxt_punct and fb >= 97 and fb <= 122
        else
          nxt_punct = post ~= "" and not is_word_at(post, 1)
          nlow = not nxt_punct and is_lower_at(post, 1)
        end
        -- (the word after, its trailing punctuation cut once)
        local post_core = not nxt_punct and strip_punct_end(post) or nil
        local nxt = nxt_punct and sub(post, 1, 1) or names.lc_memo[post_core] or lc(post_core)
        -- (whether a role noun follows: mention_person asks role_of of
        -- post_core, for the few mentions it reads; a relative clause
        -- after a comma is answered here)
        local rnext, owns_role
        if nxt == "," then
          local r2 = lc(s:match("^%s*,%s*([^%s%p]+)", me) or "")
          if r2 == "dat" or r2 == "which" or r2 == "welke" then rnext = true end
        elseif initial and nlow and not L.cue[nxt] then
          -- (and words in lower case after a name that opens the sentence,
          -- up to four ending in a role noun, then a name: the name says
          -- whose role it is, `Liberal Democrat front bench spokesman
          -- Norman Baker added`)
          -- (a person's role in the singular, and no function word,
          -- verb or conjunction before it: not `Mary Jones and her husband
          -- Tom Smith`, `Emily Spanton met officers Antoine Quirin`)
          local ph, at = s:match("^%s+(%l[%l%s%-]-)%s+()%u", me)
          if ph and #ph < 50 then
            local last, count = ph:match("(%S+)$"), select(2, ph:gsub("%S+", ""))
            local r = count <= 4 and role_of(L, last)
            if r and r ~= "g" and r ~= "x" then
              rnext = true
              for w in ph:gmatch("%S+") do
                if L.fw[w] or L.det[w] or L.prep[w] or L.pron[w] or L.cue[w] or L.verb_word[w]
                   or L.closed_verb[w] or find(w, "ed$") or L.sets.conjunction[w] or L.adv[w] then
                  rnext = nil
                  break
                end
              end
              owns_role = rnext
              if owns_role then owned_at = at end
            end
          end
        end
        -- (a person the article named in full, in a phrase that opens the
        -- sentence, is what it is about: `Voor Brink zit het toernooi
        -- erop. ,,...'', zei ze`)
        -- (and so a person's name that opens with a given name, a role
        -- before it or not: `Voor FNV-bestuurder Ali Gunduz zijn deze
        -- geluiden niet nieuw. "..."`)
        local topic = prep and t0 and skip_spaces(s, a) == t0
                      and (not find(text, " ", 1, true) and Analyser.given_in_full(A, text)
                           or Analyser.given_first(A, text) ~= nil)
        -- (not where a comma closes the phrase right after and a name
        -- follows, the sentence's own subject: `In Dean Christopher
        -- Maxwell v R, Lord Justice Treacy said`)
        if topic then
          local cm = find(s, "^[^,.;:!?\n]-,%s+%u", me)
          if cm then
            local comma = find(s, ",", me, true)
            -- (a title or a given name of the list opening it: not
            -- `Under Gareth Southgate, England reached two finals`)
            local nw = string.match(s, "^,%s+(%u[%a\128-\255]*)", comma)
            local lnw = nw and lc(nw)
            if comma - me <= 12 and lnw and (g.titles[lnw] or g.given[lnw] == "m" or g.given[lnw] == "f") then
              topic = false
            end
          end
        end
        if not topic and t0 and not prev_punct and SETS.one_person[role_of(L, pw)] and Analyser.given_first(A, text) then
          local u0, u1 = last_token(s, a, t0)
          topic = u0 ~= nil and u0 == skip_spaces(s, a) and L.prep[lc(sub(s, u0, u1 - 1))] ~= nil
                  and not L.source[lc(sub(s, u0, u1 - 1))]
        end
        -- (past where the person is from, the word after: `Crown Prince
        -- Mohammad bin Salman of Saudi Arabia accepted`)
        local after_of = nxt == "of" and Analyser.word_past_of(A, me)
        -- (Dutch and German put the subject after the finite verb when
        -- one word opens the sentence: `Zo is Hans (34) uit Rotterdam
        -- blij`, `Gisteren was Hans ...`; an auxiliary or modal there)
        -- (and so after a fronted clause closed by its comma: `Tot aan zijn
        -- val ..., had Evenepoel alle vier de koersen gewonnen`)
        -- (or after a fronted phrase that a preposition opens: `In haar
        -- overwinningsinterview ... had Irene Schouten zelfs geen vraag
        -- nodig`)
        -- (and after a demonstrative that opens it as the object and its
        -- verb: `Dat dacht Wout van Aert ook, maar ...`)
        -- (a role noun before the name as well: `Dat merkt huisarts
        -- Henkjan Gebben uit Assen ook`)
        -- (an adverb may stand after the verb: `Dat zag ook trainer Dirk
        -- Kuyt`)
        local v2 = false
        if A.lang ~= "en" and not prev_punct and t0 and L.sets.fronted_demonstrative[fw]
           and not (L.prep[prevw] or L.det[prevw] or L.comp[prevw]) then
          local head = sub(s, skip_spaces(s, a), ms - 1)
          local person_role = (role_of(L, prevw) or "g") ~= "g"
          -- (the role as a party's compound too: `Dat vindt ook
          -- D66-leider Rob Jetten`)
          local w3 = string.match(head, "^[^%s%p]+%s+%l+%s+(%S+)%s+$")
          local w3r = string.match(head, "^[^%s%p]+%s+%l+%s+(%l+)%s+%S+%s+$")
          v2 = find(head, "^[^%s%p]+%s+%l+%s+$") ~= nil
               or w3 ~= nil and (person_role or L.adv[w3] and L.verb_word[w3] ~= true)
               or w3r ~= nil and person_role and L.adv[w3r] and L.verb_word[w3r] ~= true
        end
        -- (a quote tag's verb of quote_tags.txt is a finite verb there
        -- too: `Zelf vindt Keijzer dat ...`, and so a verb of stance,
        -- speech_words.txt's `stance_verb`: `Toch verwacht Joly dat ...`)
        v2 = v2 or A.lang ~= "en" and (L.verb_word[prevw] == true or L.tag[prevw] or L.sets.stance_verb[prevw]
                                       or L.closed_verb[prevw] and L.prep[fw])
                   and not prev_punct
                   and (find(sub(s, skip_spaces(s, a), ms - 1), "^[^%s%p]+%s+[^%s%p]+%s+$") ~= nil
                        or find(sub(s, (ms - #prevw - 8 > a and ms - #prevw - 8 or a), ms - 1), ",%s+[^%s%p]+%s+$") ~= nil
                        or L.prep[fw]
                           and not find(sub(s, a, ms - 1), "[,;:]"))
        -- (and so a verb in -t the lists do not know, right before the
        -- name, after the sentence's opening noun phrase with no verb of
        -- its own: `Pleidooien voor excuses legt Huisjes naast zich neer`)
        if not v2 and A.lang == "nl" and not prev_punct and t0 and prevw and #prevw >= 4 and find(prevw, "^%l+t$")
           and not (L.prep[prevw] or L.det[prevw] or L.adv[prevw] or L.fw[prevw] or L.comp[prevw] or role_of(L, prevw)) then
          -- (the opening phrase's words before the verb: none a verb the
          -- lists know or one that reads as a verb, in -t, -d, -te, -de)
          local head = sub(s, skip_spaces(s, a), ms - 1)
          local words, verbish = {}, false
          for w in string.gmatch(head, "[^%s]+") do words[#words + 1] = lc(w) end
          for i = 2, #words - 1 do
            local lw = words[i]
            if Analyser.listed_verb(L, lw) or find(lw, "^%l+[td]e?n?$") and not (L.prep[lw] or L.det[lw]) then
              verbish = true
              break
            end
          end
          v2 = not verbish and #words >= 3 and #words <= 6 and not find(head, "[,;:]")
        end
        -- (and the name after a quote's closing mark, its comma and a verb
        -- in lower case, a person's role between: the quote's inverted
        -- tag, whatever the verb, `,,...”, gaf Sociaal
        -- Terneuzen-fractievoorzitter Jack d’Hooghe de aftrap`)
        -- (only near a quote's end: the last quote closed by the name)
        local kq = not v2 and A.lang ~= "en" and not prev_punct and floor_index(A.qb, ms) or 0
        local qcb = kq > 0 and A.qb[kq]
        if qcb and ms - qcb <= 90 and qcb >= a then
          -- (read from the quote's end: its comma and the verb, anchored)
          local vw, mp = string.match(s, "^%s*,%s+(%l+)%s+()", qcb)
          local mid = vw and mp <= ms and sub(s, mp, ms - 1) or nil
          if mid and not L.prep[vw] and not L.det[vw] and not L.comp[vw] and not L.sets.relative[vw] then
            local nw = select(2, mid:gsub("%S+", ""))
            v2 = mid == "" or nw <= 3 and SETS.one_person[role_of(L, prevw)] ~= nil
          end
        end
        -- (and after a person's role noun right after that verb, one or
        -- two words before the verb: `Elke vrijdag gaat burgemeester
        -- Dijsselbloem op de fiets langs`, `Gisteren zei minister X`)
        if not v2 and A.lang ~= "en" and not prev_punct and SETS.one_person[role_of(L, prevw)] then
          local head = sub(s, skip_spaces(s, a), ms - 1)
          local vw = string.match(head, "^[^%s%p]+%s+([%l\128-\255]+)%s+%S+%s+$")
                     or string.match(head, "^[^%s%p]+%s+[^%s%p]+%s+([%l\128-\255]+)%s+%S+%s+$")
          v2 = vw ~= nil and (L.verb_word[vw] == true or L.closed_verb[vw] or L.cue[vw] or L.tag[vw]
                              or #vw >= 4 and find(vw, "[^e]t$") ~= nil and not L.adv[vw])
        end
        -- (and after a word in lower case no list knows, a finite verb
        -- none has, where an adverb or a preposition opens the sentence and
        -- a determiner or adverb follows the name: `Ook vorige maand nam
        -- Weiler zijn Algerijnse aanvoerder op de korrel`)
        if not v2 and A.lang ~= "en" and A.lang ~= nil and not prev_punct and nlow and (L.closed_adv[fw] or L.prep[fw])
           and (L.det[nxt] or L.closed_adv[nxt]) and prevw ~= "" and is_lower_at(pw, 1)
           and not (L.prep[prevw] or L.det[prevw] or L.fw[prevw] or L.sets.coord[prevw] or L.comp[prevw]
                    or L.closed_adv[prevw] or L.adv[prevw] or L.pron[prevw] or role_of(L, prevw))
           and not find(sub(s, a, ms - 1), "[,;:]") then
          v2 = true
        end
        -- (and after a phrase of time that opens the sentence, a noun of
        -- time its last word, and a finite verb: `De afgelopen dagen kwam
        -- Omtzigt niet opdagen`; speech_words.txt's `time_noun`)
        if not v2 and A.lang ~= "en" and A.lang ~= nil and not prev_punct and t0 and L.verb_word[prevw] == true
           and L.sets.time_noun and next(L.sets.time_noun) ~= nil then
          -- (sixty bytes at most: four words and the verb)
          local from = skip_spaces(s, a)
          local phrase = ms - from <= 60 and string.match(sub(s, from, ms - 1), "^([%a\128-\255 ]-)%s+[%l\128-\255]+%s+$")
          local tw = phrase and string.match(phrase, "([%a\128-\255]+)$")
          v2 = tw and L.sets.time_noun[lc(tw)] ~= nil and select(2, phrase:gsub("%S+", "")) <= 4 or false
        end
        -- (an English cue's inverted subject only after punctuation or at
        -- the sentence's start, `..., said Smith`: after a subject of its
        -- own the cue's name is its object, `the chamber welcomed
        -- Occasionally Yours`)
        local cue_before = L.cue[prevw]
        if cue_before and A.lang == "en" and t0 then
          local x = space_back(s, t0, a)
          local c = byte(s, x - 1)
          cue_before = x <= skip_spaces(s, a) or c >= 128 or ASCII_CLS[c] == 2
        end
        -- (an English subject after a fronted phrase that its comma
        -- closes, one a preposition, a participle in -ing or a
        -- subordinating conjunction opens: `Speaking after the game on
        -- radio station Radio Gold, Ibrahim Tanko is confident`, `After
        -- the game, Tanko was confident`)
        -- (and a name that ends such a phrase is none: `Speaking on radio
        -- station Radio Gold, Tanko said`)
        -- (in Dutch and German too a name that ends such a phrase is none:
        -- `Tijdens de race van haar concurrente Miho Takagi, die tweede
        -- werd, ging Wüst ...`; the subject follows the verb there)
        local fronted, in_fronted = false, false
        if (A.lang == "en" or nxt == ",") and not initial and t0
           and (nxt == "," or prev_punct and nlow and byte(pw, -1) == 44) then
          local fw, fw2 = s:match("^%s*([%a]+)%s+([%a]+)", a)
          fw, fw2 = lc(fw or ""), lc(fw2 or "")
          -- (not a source's phrase: `According to Senator Mutinda, ...`)
          -- (nor a role's word of when, `Acting Manpower Minister Tan
          -- Chuan-Jin, an MP ..., said`)
          -- (or a subordinator's clause: `Once the race started,
          -- Asher-Smith struggled`; speech_words.txt's
          -- `fronted_subordinator`)
          local opens = (L.prep[fw] or L.comp[fw] or find(fw, "..ing$") and not L.sets.role_time[fw]
                         or A.lang == "en" and L.sets.fronted_subordinator[fw])
                        and not find(sub(s, a, t0 - 1), "[,;:]")
                        and not (L.cue[fw] or L.source[fw] or L.source[fw .. " " .. fw2])
          -- (in Dutch and German a finite verb before the name closed the
          -- phrase, and the name after it is the subject: `Met die
          -- laatste opmerking is docente Mildred, ..., het eens`)
          if opens and A.lang ~= "en" then
            for w in string.gmatch(sub(s, a, t0 - 1), "[%a\128-\255]+") do
              if L.verb_word[names.lc_memo[w] or lc(w)] == true then opens = false break end
            end
          end
          if opens and nxt == "," and not prev_punct and not topic then
            in_fronted = true
          elseif opens and A.lang == "en" and not (L.det[nxt] or L.prep[nxt] or L.sets.conjunction[nxt]) then
            fronted = true
          end
        end
        -- (a clause after a colon opens with its subject as a sentence
        -- does: `Illegale feesten, vernielingen en parkeeroverlast: De
        -- Graaff heeft het allemaal voorbij zien komen`)
        local after_colon = not initial and nlow and ms > a + 1 and byte(s, ms - 2) == 58 and byte(s, ms - 1) == 32
                            and not L.det[nxt] and not L.prep[nxt]
        local subj = initial or topic or v2 or cue_before or L.source[prevw] or fronted or after_colon or ms == owned_at
                     -- (as before a comma: past a nickname in marks to a
                     -- person's relative pronoun, `Chandran ‘maash’, who`)
                     or nxt_punct and not prep and next(L.sets.person_relative) ~= nil
                        and Analyser.person_relative_after(A, me)
                     or (not prep and (nxt == "," or L.cue[nxt] or (nlow
                         and not g.stop[nxt] and not L.det[nxt] and not g.particles[nxt])
                         or after_of and (L.cue[after_of] or not (g.stop[after_of] or L.det[after_of]
                                                                 or g.particles[after_of] or L.prep[after_of]))))
        -- (an English name between a determiner and a word in lower case
        -- that reads as no verb is that noun's modifier, no subject: `the
        -- U.S. dollar`, `the NHS trust`; not `The Pentagon declined`,
        -- `The WHO warns`)
        if in_fronted then subj = false end
        -- (nor a name in -s with a bare apostrophe, the possessive, before a
        -- noun in lower case: its owner, `Hans’ overbuur Christ Normon wist
        -- ...` is Christ Normon's sentence)
        if subj and byte(s, me - 1) == 115 then
          local ax = (byte(s, me) == 39 and me + 1) or (sub(s, me, me + 2) == "\226\128\153" and me + 3)
          if ax and find(s, "^ %l", ax) then subj = false end
        end
        -- (a name right after a copula that follows the sentence's short
        -- opening phrase says who that phrase's person is, as its subject:
        -- `Een van hen is Guido Bakker van De Vrije Student.`)
        -- (a longer phrase when a preposition opens it, no verb of the
        -- lists in it: `Among the queue for fuel was Smanga Xaba who ...`)
        if not subj and not prev_punct and L.sets.copula[prevw] and t0
           and not find(sub(s, a, t0 - 1), "[,;:]") then
          local nw = count_words(s, a, t0, 9)
          if nw <= 4 then
            subj = true
          elseif nw <= 8 and L.prep[fw] then
            -- (the words before the copula, its own last token)
            subj = not Analyser.listed_verb_in(A, a, last_token(s, a, t0) or t0)
          end
        end
        -- (and so past a person's role noun between the copula and the
        -- name: `Among them was defenseman Michael Boucher.`)
        -- (the sentence opening with a preposition's phrase or `one of`,
        -- no subject of its own: not `Zijn opvolger wordt
        -- assistent-trainer Piet Smit`)
        if not subj and not prev_punct and t0 and t0 > a and SETS.one_person[role_of(L, prevw)]
           and (L.prep[fw] or L.det[fw] == "indef" or fw == "one" or fw == "één") then
          local u0, u1 = last_token(s, a, t0)
          if u0 and L.sets.copula[lc(sub(s, u0, u1 - 1))] and count_words(s, a, u0, 5) <= 4
             and not find(sub(s, a, u0 - 1), "[,;:]") then
            subj = true
          end
        end
        -- (and so a name of two words or more right before an auxiliary
        -- or a copula, after the sentence's short opening phrase that
        -- holds no verb: a title before the name, `Man van de wedstrijd
        -- Lucas Woudenberg is blij met de overwinning`)
        if not subj and not prev_punct and nlow and t0 and L.verb_word[nxt] == true and find(text, " ", 1, true)
           and not prep and count_words(s, a, t0, 7) <= 6 and not find(sub(s, a, t0 - 1), "[,;:]") then
          if not Analyser.listed_verb_in(A, a, t0) then subj = true end
        end
        -- (a name after a conjunction that joins clauses, right before an
        -- auxiliary or a copula, is its clause's subject: `Arsenal continue
        -- to impress and Arsene Wenger was delighted with ... He said:`;
        -- a person's, a given name of the list opening its full form, not
        -- `and Aston Villa were lucky`, `en Den Helder werd getroffen`,
        -- review 13)
        if not subj and not prep and nlow and L.verb_word[nxt] == true
           and (L.sets.clause_and[prevw] or L.sets.clause_but[prevw])
           and Analyser.given_first(A, names.canonical(A.article, text, A.lang)) then
          subj = true
        end
        -- (a name that opens a list of names after a noun in the middle of
        -- the sentence is no subject: `de inbreng van de titularissen Andy
        -- Najar, Lukasz Teodorczyk en Sofiane Hanni`)
        if subj and nxt == "," and not initial and not prev_punct and not cue_before and Analyser.names_list_after(A, me) then
          subj = false
        end
        -- (a name right after a verb of being called is the name of the
        -- subject before it, no subject itself: `De winkel heet Opoes
        -- Erfenis, maar ...`; speech_words.txt's `naming_verb`)
        if subj and L.sets.naming_verb[prevw] and not prev_punct then subj = false end
        -- (a name after a comma right before an auxiliary is the clause's
        -- subject, an appositive's role before it or a fronted phrase: `one
        -- of her parting ministers, Rochelle Squires is going on the
        -- record`)
        if not subj and prev_punct and byte(pw, -1) == 44 and L.verb_word[nxt] == true then subj = true end
        -- (and so a name between commas right before one: the appositive of
        -- the role that opens the sentence, `The Member of Parliament (MP)
        -- for Tamale Central, Ibrahim Murtala Muhammed, has called ...`)
        local appos_aux = false
        if A.lang == "en" and prev_punct and byte(pw, -1) == 44 then
          local aux = string.match(s, "^%s*,%s*(%l+)", me)
          appos_aux = aux ~= nil and L.verb_word[aux] == true
          if appos_aux then subj = true end
        end
        -- (an English name inside a fronted subordinate clause, before the
        -- comma that closes it, is that clause's subject: `While Stefanson
        -- is not talking about it, one of her parting ministers, Rochelle
        -- Squires is going on the record`)
        -- (the clause may close with a dash: `While other cancelled First
        -- routes have been taken on ... – Mr Norris denied ...`)
        if subj and A.lang == "en" and L.sets.fronted_subordinator[fw] and not find(sub(s, a, ms - 1), ",", 1, true) then
          local cm = find(s, ",", me, true)
          for form in pairs(SETS.dash) do
            local d = find(s, " " .. form .. " ", me, true)
            if d and (not cm or d < cm) then cm = d + #form + 1 end
          end
          if cm and cm < b and find(s, "^%s*[%a]", cm + 1) then subj = false end
        end
        -- (an English name right after a verb in -ed that is no cue is its
        -- object, no subject: `the NPP MPs who wanted Ofori-Atta removed`)
        if subj and A.lang == "en" and not initial and not prev_punct and find(prevw, "^%l+ed$")
           and not (L.cue[prevw] or L.tag[prevw] or L.fw[prevw] or L.verb_word[prevw]) then
          subj = false
        end
        -- (nor the owner of the role and the name after it: `MetService
        -- meteorologist Surprise Mhlongo told ... He said` is Mhlongo)
        if owns_role then subj = false end
        if subj and nxt == "," and clause_subject and A.lang == "en" and not appos_aux
           and not (initial or topic or v2 or cue_before or fronted or L.source[prevw]) then
          subj = false
        end
        if subj and (initial or ms == owned_at) and nlow and not L.cue[nxt] then clause_subject = true end
        -- (a Dutch or German sentence's first word before its finite verb
        -- and a personal pronoun is a fronted object, the pronoun the
        -- subject: `Voorbeelden wil hij niet noemen`, `Details kan ze niet
        -- geven`)
        -- (and so a name that ends a fronted phrase: `Samen met zijn vrouw
        -- Suzanne nam hij het filiaal over`)
        -- (a verb no list knows too, where a preposition opens the
        -- sentence or follows its first word: `Samen met zijn vrouw
        -- Nathalie runt hij een melkveebedrijf`)
        local v2_lang = (initial or subj) and nlow and A.lang ~= "en" and A.lang ~= nil
        local verb_next = v2_lang and (L.verb_word[nxt] or L.closed_verb[nxt])
        if v2_lang and not verb_next then
          local w0, w1 = string.match(s, "^%s*([%a\128-\255]+)%s+([%a\128-\255]+)", a)
          verb_next = w0 ~= nil and (L.prep[lc(w0)] or L.prep[lc(w1)]) and ms > skip_spaces(s, a)
        end
        if verb_next then
          -- (past verbs joined by a conjunction: `Voorbeelden wil of kan
          -- hij niet noemen`)
          local p = s:match("^%s*%S+()", me)
          for _ = 1, 3 do
            local w3, p3 = s:match("^%s+([%a\128-\255]+)()", p)
            if not w3 then break end
            local l3 = lc(w3)
            local pg = L.pron[l3]
            if pg then
              if find(pg, "[mf]") then subj, initial = false, false end
              break
            end
            if not (L.sets.conjunction[l3] or L.comp[l3] or L.verb_word[l3] or L.closed_verb[l3]) then break end
            p = p3
          end
        end
        -- (nor after a count, a word in lower case after it: the count's
        -- noun's modifier, `losing four Test matches in a row, he added`)
        -- (not a rank's number, `World No. 1 Luke Donald saw`; rank_word)
        if subj and nlow and not prev_punct and prevw and (L.number[prevw] or find(prevw, "^%d+$")) then
          local rw = t0 and string.match(sub(s, (t0 - 12 > a and t0 - 12 or a), t0 - 1), "(%a+)%.?%s+$")
          if not (rw and L.sets.rank_word[lc(rw)]) then subj = false end
        end
        if subj and nlow and A.lang == "en" and not prev_punct and L.det[prevw] == "def"
           and not (L.cue[nxt] or L.verb_word[nxt] or L.closed_verb[nxt] or L.adv[nxt]
                    or find(nxt, "[ds]$")) then
          subj = false
        end
        -- (and so after an indefinite article before a person's role noun:
        -- `according to a Western Telegraph reader`, the reader speaks)
        if subj and nlow and A.lang == "en" and not prev_punct and L.det[prevw] == "indef"
           and SETS.one_person[role_of(L, post_core)] then
          subj = false
        end
        if not subj and t0 and not prev_punct and role_of(L, pw) then
          -- a role noun between a cue and the name: `stelt bestuurder Joost
          -- van Doesburg`
          local u0, u1 = last_token(s, (t0 - 40 > a and t0 - 40 or a), t0)
          local w2 = u0 and sub(s, u0, u1 - 1)
          subj = w2 and L.cue[names.lc_memo[w2] or lc(w2)] and true or false
        end
        -- a name in the possessive owns the subject, and is none:
        -- `Pettifer's barrister, Helen Achterberg, said` (mention cut
        -- before its 's)
        if subj and nxt_punct and names.possessive_len(post) == #post then subj = false end
        -- (nor the name that opens the sentence where the name of the
        -- role it owns follows between commas: `Rovers' chief executive,
        -- Paul Linford, said ... He said` is Linford; but `Thomas' sister
        -- pleaded with him, but he replied` is Thomas)
        if initial and nxt_punct and (names.possessive_len(post) == #post
                                      or byte(s, me - 1) == 115 and (post == "'" or post == "\226\128\153"))
           and find(s, "^%S*%s+[%l%s%-]+,%s+%u", me) then
          subj, initial = false, false
        end
        -- (nor a name that ends in a person's role or title, the
        -- appositive of the name after its comma: `Llandudno Lifeboat
        -- Operations Manager, Captain Marcus Elliott said ... he said` is
        -- Marcus Elliott)
        local role_run = false
        if nxt == "," and find(text, " ", 1, true) then
          local lw = string.match(text, "(%S+)$")
          local r = role_of(L, lw)
          if (SETS.one_person[r] or g.titles[names.lc_memo[lw] or lc(lw)]) and find(s, "^%s*,%s*%u", me) then
            subj, role_run = false, true
          end
        end
        local verbnext = nlow and not g.stop[nxt] and not L.det[nxt] and not g.particles[nxt]
                         and not L.prep[nxt]
        -- (found, pw, prevw, rnext, post_core: for mention_person)
        out[#out + 1] = { s = ms, e = me, text = text,
                          subj = subj and true or false,
                          initial = initial, verbnext = verbnext and true or false,
                          found = A.tick, pw = not prev_punct and pw, prevw = prevw,
                          rnext = rnext, post_core = post_core, person = nil }
        if role_run then out[#out].person = false end
      end
    end
  end
  return out
end

-- A name mention's canonical name and whether it reads as a person are
-- worked out when first asked (mention_canon, mention_person), not when
-- person_mentions finds it: most mentions found are never asked about,
-- and a canonical name costs much.
-- Analyser.other_sex(e, tg): is entity e known as a person of the other
-- sex than title gender tg (`m`, `f`; any other tg: no)?
function Analyser.other_sex(e, tg)
  return (tg == "m" or tg == "f") and e ~= nil and e.gender ~= nil and e.gender ~= tg and e.gender ~= "p"
end

-- Analyser.town_phrase(A, ms, text) -> the phrase that knows a town's man
-- (townsman) whose one word is text at ms, from the determiner and the
-- age or adjective before it, its determiner in lower case (`De
-- 34-jarige Utrechter werd aangehouden`: de 34-jarige Utrechter), or nil
function Analyser.town_phrase(A, ms, text)
  if A.lang ~= "nl" or find(text, " ", 1, true) or not Analyser.townsman(A, text) then return nil end
  local s = A.s
  local d, mid = string.match(sub(s, (ms > 40 and ms - 40 or 1), ms - 1), "(%a+) ([%d%l][%w%-\128-\255]*) $")
  if not (d and A.L.det[lc(d)]) then return nil end
  local phrase = sub(s, ms - #mid - #d - 2, ms + #text - 1)
  return lc(sub(phrase, 1, 1)) .. sub(phrase, 2)
end

-- Analyser.kin_titled_canon(A, a, sur, canon) -> the canonical name of
-- surname sur at byte a after a title of one sex (`Mr Fox`): a relative
-- named by a kin noun and a given name alone of that sex, where canon's
-- given name is written alone too (`Adam Fox, 17, ... his father Ian ...
-- Mr Fox said Adam had been` is Ian Fox; names.kin_full_form), else
-- canon
function Analyser.kin_titled_canon(A, a, sur, canon)
  local pw = string.match(sub(A.s, (a - 8 > 1 and a - 8 or 1), a - 1), "(%a+)%.?%s+$")
  local tg = pw and (A.g.titles[lc(pw)] or A.g.titles[lc(pw) .. "."])
  if tg ~= "m" and tg ~= "f" then return canon end
  -- (once per article, sex and full form: a titled surname comes back
  -- in most sentences of a report)
  local memo = A.kin_memo
  if not memo then memo = {} A.kin_memo = memo end
  local key = tg .. " " .. canon
  local hit = memo[key]
  if hit == nil then
    hit = names.kin_full_form(A.s, A.g, tg, sur, canon) or false
    memo[key] = hit
  end
  return hit or canon
end

local function mention_canon(A, c)
  local canon = c.canon
  if not canon then
    -- (a town's man the article placed there by name is that person:
    -- `Freek uit Harderwijk ... de Harderwijker`)
    local tw = A.lang == "nl" and string.match(c.text, "^[Dd]e (%u[%l\128-\255]+)$")
    local tp = tw and #tw >= 7 and Analyser.town_person(A, tw, c.s)
    if tp then
      canon = names.canonical(A.article, tp.text, A.lang)
      c.canon = canon
      return canon
    end
    local town = Analyser.town_phrase(A, c.s, c.text)
    if town then
      c.canon = town
      return town
    end
    -- (the role cut from the mention too: the rest of the name then reads
    -- as a name, `Schapenhouder Gert van Ommeren` as `Gert van Ommeren`,
    -- not a name of two words and a place after its van)
    canon = Analyser.lead_role_cut(A, names.canonical(A.article, Analyser.lead_role_cut(A, c.text), A.lang))
    -- (after a title of one sex, not a fuller form a title of the other
    -- already took: `Mrs Hall` after `Mr Hall`, Tony Hall; see resolve)
    local tg = c.pw and A.g.titles[names.lc_memo[c.pw] or lc(c.pw)]
    if canon ~= c.text and Analyser.other_sex(A.entities[canon], tg) then canon = c.text end
    if canon ~= c.text and not find(c.text, " ", 1, true) then canon = Analyser.kin_titled_canon(A, c.s, c.text, canon) end
    -- (an office's initials after `the`: Analyser.initials_title_holder)
    if canon == c.text and c.s and find(c.text, "^%u%u%u?%u?$")
       and find(sub(A.s, (c.s - 4 > 1 and c.s - 4 or 1), c.s - 1), "[Tt]he%s$") then
      canon = Analyser.initials_title_holder(A, c.text, c.s) or canon
    end
    c.canon = canon
  end
  return canon
end

-- written_inside(s, w): does s hold word w whole, with its capital, after
-- a word of its sentence (a letter, digit or comma, then white space,
-- before it)?
written_inside = function(s, w)
  for a in Analyser.whole_words(s, w) do
    if a > 2 and byte(s, a - 1) == 32 then
      local c = byte(s, a - 2)
      if c == 44 or (c >= 48 and c <= 57) or (c >= 97 and c <= 122) or c >= 128 then return true end
    end
  end
  return false
end

-- the canonical name of name mention c when it is one word that opens its
-- sentence right before a verb (`Wilders wist daar wel raad mee.`) and
-- reads as no organisation or gerund, else nil; with also_aux an
-- auxiliary after it counts as that verb too (`Smith was upbeat.`)
local function one_word_opener(A, c, also_aux)
  if not (c and c.initial) then return nil end
  -- (not after a determiner: an adjective with its capital, `Een
  -- Nederlands bedrijf is dan al gauw te duur`)
  if c.pw and A.L.det[c.prevw] then return nil end
  if not (c.verbnext or also_aux and A.L.verb_word[lc(A.s:match("^%s*(%a+)", c.e) or "")]) then
    return nil
  end
  -- (nor a common word by the word after it, Analyser.common_opener:
  -- `Meerdere bewoners van de buurt`)
  if Analyser.common_opener(A, c) then return nil end
  local canon = mention_canon(A, c)
  -- (an English word in -ing is a gerund, unless the article writes it
  -- with its capital inside a sentence too: a name, `Wieling had niet
  -- verwacht ... Volgens Wieling is het niveau goed`)
  if canon and not find(canon, "%s") and find(canon, "%l") and not is_org_name(A, canon)
     and not (find(canon, "ing$") and not written_inside(A.s, canon)) then
    -- (in Dutch and German, not before a verb that the subject follows,
    -- `er` or a subject pronoun: a fronted word, `Online waren er geen
    -- kaarten meer`, `Toen zei hij`)
    if A.lang ~= "en" and A.lang ~= nil then
      local nx = string.match(A.s, "^%s*[%a\128-\255]+%s+([%a\128-\255]+)", c.e)
      if nx and (A.L.sets.subject_after_verb[lc(nx)] or A.L.det[lc(nx)]) then return nil end
    end
    -- (nor a common noun by its ending, no surname's: `Degradatie ligt
    -- op de loer`, `Mannetjes naderen ...`; speech_words.txt's
    -- `common_noun_endings`)
    local lw = lc(canon)
    for ending in next, A.L.sets.common_noun_endings do
      if #lw >= #ending + 3 and sub(lw, -#ending) == ending then return nil end
    end
    -- (nor, in Dutch, before a word in -en that is no auxiliary, no
    -- singular's verb but an infinitive or a plural, a word the article
    -- capitalises only where a sentence opens with it: `Gezellig
    -- winkelen is er voorlopig niet bij`)
    if A.lang == "nl" then
      local nx = string.match(A.s, "^%s*([%l\128-\255]+)", c.e)
      if nx and sub(nx, -2) == "en" and not A.L.verb_word[nx] and not written_inside(A.s, canon) then
        return nil
      end
      -- (nor before a word in ge- and then a verb or a colon, an adverb's
      -- phrase: `Normaal gesproken is de winkel dicht`, `Gek genoeg was`)
      if nx and Analyser.ge_adverb_phrase(A, nx, c.e + #(string.match(A.s, "^%s*", c.e)) + #nx)
         and not written_inside(A.s, canon) then
        return nil
      end
    end
    return canon
  end
  return nil
end

-- An entity's person as it stood at tick t (A.tick when a mention was
-- found; nil: now): set_person, which every change of e.person goes through, keeps
-- the tick of each change and the value it replaced (UNSET for nil).
local UNSET = {}
local function person_at(e, t)
  local was = e.was
  -- (a mention no search found, one a caller built, np_ending's: t is
  -- nil, and the answer is the one that stands now)
  if was and t then
    for i = 1, #was, 2 do
      if was[i] > t then
        local v = was[i + 1]
        if v == UNSET then return nil end
        return v
      end
    end
  end
  return e.person
end

local function set_person(A, e, v)
  local old = e.person
  if old == v then return end
  A.tick = A.tick + 1
  local was = e.was
  local prev = old == nil and UNSET or old
  if was then
    was[#was + 1] = A.tick
    was[#was + 1] = prev
  else
    e.was = { A.tick, prev }
  end
  e.person = v
end

-- word_before_of(A, a) -> the word before the of/van (speech_words.txt's
-- `complement_of`) that stands right before position a, as written, or
-- nil: the two words before a, read back from it (`topman van Ahold`:
-- topman)
local function word_before_of(A, a)
  local s = A.s
  local lo = a - 40 > 1 and a - 40 or 1
  local oa, ob = last_token(s, lo, a)
  if not (oa and A.L.sets.complement_of[sub(s, oa, ob - 1)]) then return nil end
  local ra, rb = last_token(s, lo, oa)
  return ra and sub(s, ra, rb - 1)
end

-- Analyser.names_list_after(A, e): does a list of names go on after the
-- name that ends at e: its comma, one to four capitalised words, then a
-- comma or a conjunction of speech_words.txt's `coord` and a capital
-- (`Andy Najar, Lukasz Teodorczyk en Sofiane Hanni`)?
function Analyser.names_list_after(A, e)
  local s = A.s
  local x = string.match(s, "^, %u[^%s,]*()", e)
  if not x then return false end
  for _ = 1, 3 do
    local y = string.match(s, "^ %u[^%s,]*()", x)
    if not y then break end
    x = y
  end
  if string.match(s, "^, %u", x) then return true end
  local w = string.match(s, "^ (%l+) %u", x)
  return w ~= nil and A.L.sets.coord[w] ~= nil
end

-- Analyser.place_adjective_at(A, text, me): is the one word text, ending
-- at me, a place's adjective in -se or -sche (`Zeeuwse`, `Algerijnse`)
-- right before a person's role noun in lower case (`boeren`,
-- `aanvoerder`)?
function Analyser.place_adjective_at(A, text, me)
  if find(text, " ", 1, true) or not (find(text, "[^aeiou]se$") or find(text, "sche$")) then return false end
  local nw = string.match(A.s, "^ ([%l\128-\255]+)", me)
  local r = nw and role_of(A.L, nw)
  return r ~= nil and r ~= "x"
end

-- Analyser.name_before_bracket(A, x): does a name's capitalised word end
-- right before the blank before the bracket at x (`Ann Van de Steen
-- (Lijst A)`)?
function Analyser.name_before_bracket(A, x)
  local s = A.s
  if byte(s, x - 1) ~= 32 then return false end
  local ra = last_token(s, x - 40 > 1 and x - 40 or 1, x - 1)
  return ra ~= nil and is_upper_at(s, ra)
end

-- Analyser.role_van_run(A, text, ms): does the name text at ms open with
-- an of/van in lower case (speech_words.txt's `complement_of`) right
-- after a person's role noun? Then it is the role's of-phrase, no name
-- (`Oud-schepen van Openbare Werken`; `zei van Boxtel` is one)
function Analyser.role_van_run(A, text, ms)
  local w = string.match(text, "^(%l+) ")
  if not (w and A.L.sets.complement_of[w]) then return false end
  local s = A.s
  local ra, rb = last_token(s, ms - 40 > 1 and ms - 40 or 1, ms)
  return ra ~= nil and SETS.one_person[role_of(A.L, sub(s, ra, rb - 1))] ~= nil
end

-- Analyser.role_body_at(A, a): does a person's role noun and its of/van
-- stand right before the name at a? Then the name is the body the role
-- is of, no person (`Remmert Keizer, fractievoorzitter van
-- GemeenteBelang Westland`)
function Analyser.role_body_at(A, a)
  local rw = word_before_of(A, a)
  return rw ~= nil and SETS.one_person[role_of(A.L, rw)] ~= nil
end

-- Analyser.office_complement(A, canon): does the article write name canon
-- right after a role of an office and its of (`the chairman and former
-- chief executive of Panera Bread`, `topman van Ahold`), or glued to a
-- person's role by a hyphen (`Willem II-trainer`)? Then it names a body,
-- not a person (not an owner's, `head of Zelensky's office`)
function Analyser.office_complement(A, canon)
  local memo = A.office_memo
  if not memo then
    memo = {}
    A.office_memo = memo
  end
  local v = memo[canon]
  if v ~= nil then return v end
  v = false
  local s, sets = A.s, A.L.sets
  for a in Analyser.whole_words(s, canon) do
    local c = byte(s, a + #canon)
    -- (or glued to a person's role by a hyphen: `Willem II-trainer John
    -- Stegeman`, `PSV-voorzitter`)
    local glued = c == 45 and string.match(s, "^%-(%l[%l\128-\255]+)", a + #canon)
    if glued and SETS.one_person[role_of(A.L, glued)] then
      v = true
      break
    end
    if c ~= 39 and c ~= 226 then
      local rw = word_before_of(A, a)
      if rw and sets.office_of[lc(rw)] then
        v = true
        break
      end
    end
  end
  memo[canon] = v
  return v
end

-- Analyser.person_relative_after(A, e): does a relative pronoun of
-- speech_words.txt's `person_relative` follow position e, after a comma or
-- none, past a nickname of up to 24 bytes in quote marks (`Chandran
-- ‘maash’, who`)?
function Analyser.person_relative_after(A, e)
  local s = A.s
  -- (most names are followed by neither a comma nor a space and a mark:
  -- answered by two bytes)
  local c, p = byte(s, e), nil
  if c == 32 then
    local c2 = byte(s, e + 1)
    if not (c2 == 34 or c2 == 39 or c2 == 226) then return false end
    p = string.match(s, "^ [\"'\226][\128]?[\152\156]?[^\"'\226]-[\"'\226][\128]?[\153\157]?()", e)
    if not p or p - e > 30 then return false end
  elseif c ~= 44 then
    return false
  end
  local w = string.match(s, "^%s*,?%s*(%a+)", p or e)
  return w ~= nil and A.L.sets.person_relative[w] ~= nil
end

-- Analyser.venue_noun(L, w): is lower-case word w a noun of a building or
-- business (speech_words `venue_noun`), outside English also as a
-- compound's tail of three letters or more before it (`woonzorglocatie`)?
function Analyser.venue_noun(L, w)
  local set = L.sets.venue_noun
  if set[w] then return true end
  if L.lang == "en" then return false end
  for i = 4, #w - 3 do
    if set[sub(w, i)] then return true end
  end
  return false
end

-- Analyser.common_opener(A, c): is one-word name mention c, which opens
-- its sentence and is written nowhere else in the article, a common word
-- with its capital only there, by the word in lower case after it: a role
-- noun (`Meerdere bewoners van de buurt`, `Gedupeerde ouders`), an adverb
-- (`Iets minder goed`), or a noun by its ending (speech_words
-- `noun_ending`: `Financiële onderbouwing?`, `Enige tevredenheid was er
-- wel`)?
-- A name that stands alone so is a person's the article names once
-- (`Wormuth was tevreden`), and none of these follows it.
-- Analyser.heading_word(A, c): does one-word name mention c stand in a
-- subheading, a line of its own of six words at most with no stop at its
-- end, written nowhere else in the article, and no given name of the
-- list (`Schuwe wolf` above `"Dan sta je toch wel even te juichen."`)?
function Analyser.heading_word(A, c)
  local s = A.s
  if not c.s or A.g.given[names.lc_memo[c.text] or lc(c.text)] then return false end
  -- (sixty bytes back at most: a subheading is short)
  local ls = c.s
  while ls > 1 and byte(s, ls - 1) ~= 10 do
    ls = ls - 1
    if c.s - ls > 60 then return false end
  end
  if ls > 1 and byte(s, ls - 2) ~= 10 and not find(sub(s, (ls - 3 > 1 and ls - 3 or 1), ls - 1), "\n%s*\n") then
    return false
  end
  -- (the line's end within those sixty bytes, or the text's)
  local le = find(sub(s, c.e, ls + 61), "\n", 1, true)
  if le then
    le = c.e + le - 1
  elseif ls + 61 >= #s then
    le = #s + 1
  else
    return false
  end
  if le - ls > 60 then return false end
  local line = sub(s, ls, le - 1)
  if find(line, "[%.!?:;\"\226]%s*$") or select(2, string.gsub(line, "%S+", "")) > 6 then return false end
  if le <= #s and not find(s, "^\n%s*\n", le) then return false end
  local next_at = names.whole_words(s, c.text)
  next_at()
  return next_at() == nil
end

function Analyser.common_opener(A, c)
  local w, nx = c.text, c.post_core
  -- (a number after it too, written out or in digits: `Nummer drie is de
  -- regeldruk`, `Fase 2 begint`; speech_words.txt's `rank_number`)
  local digits = nx and find(nx, "^%d+$")
  if not (nx and (digits or is_lower_at(nx, 1))) then return false end
  local L, g = A.L, A.g
  local lw = lc(w)
  if g.given[lw] or g.titles[lw] then return false end
  local ln = lc(nx)
  -- (a role noun's plural too, `bewoners`, `residents`; not before a
  -- capitalised word, the role's person's name, whose modifier the word
  -- is: `Vlaams minister van Binnenlands Bestuur Liesbeth Homans`)
  -- (review 26: a surname before its own role, the appositive's comma
  -- missing, `Verhoeven eigenaar van een schoenenwinkel, ziet`, is read
  -- so too; kept, as a group's noun alone lost a never-read quote)
  -- (and a complementizer: an adjective's clause, `Bang dat een telefoon
  -- gestolen wordt, is Van Mourik niet`)
  local fits = L.closed_adv[ln] or digits or L.sets.rank_number[ln] and not L.det[ln] or L.comp[ln] and not g.given[lw]
  if not fits and (role_of(L, nx) ~= nil or find(ln, "s$") and role_of(L, sub(ln, 1, -2)) ~= nil
                   or find(ln, "en$") and role_of(L, sub(ln, 1, -3)) ~= nil) then
    fits = not find(A.s, "^%s*%S+%s+[%a\128-\255]*%s*%u", c.e)
  end
  if not fits then
    local ends = L.sets.noun_ending
    for n = 3, 5 do
      if #ln > n + 2 and ends[sub(ln, -n)] then fits = true break end
    end
  end
  if not fits or skip_spaces(A.s, (sentence_of(A, c.s))) ~= c.s then return false end
  local next_at = names.whole_words(A.s, w)
  next_at()
  return next_at() == nil
end

-- the person answer of a name mention c as it stood when c was found: the
-- entity's, else a title or role before it, or a name that looks personal
-- with no determiner, preposition or role noun around it
mention_person = function(A, c)
  local person = c.person
  if person ~= nil then return person end
  local L = A.L
  local canon = mention_canon(A, c)
  local ent = A.entities[canon]
  if ent then person = person_at(ent, c.found) end
  -- (a street, a road, a bridge or a tunnel is no one: `aan de Cornelis
  -- Trooststraat`, `De Westerscheldetunnel erkende hij`)
  if person == nil and Analyser.street_name(A, canon) then person = false end
  -- (nor a participle that opens its sentence before a passive's agent:
  -- `Led by Ms Juliet Muthumbi, they expressed ...`)
  if person == nil and c.initial and c.post_core and L.sets.passive_agent[lc(c.post_core)] and not find(c.text, " ", 1, true)
     and A.entities[canon] == nil then
    person = false
  end
  -- (nor the first part of a body's name that `and` joins to capitalised
  -- words with an organisation's word: `Irish Nurses and Midwives
  -- Organisation general secretary Phil Smith`)
  -- (not a name that opens with a given name of the list, `Solicitor
  -- Gareth Noble and Dublin City Council reached ...`)
  if person == nil and c.e and (sub(A.s, c.e, c.e + 4) == " and " or sub(A.s, c.e, c.e + 3) == " & ")
     and not Analyser.given_first(A, c.text) then
    local x = string.match(A.s, "^ a?n?d? ?&? ?()", c.e)
    for _ = 1, 4 do
      local w, nx = string.match(A.s, "^(%u[%a\128-\255]*)%s*()", x)
      if not w then break end
      if L.org[w] then person = false break end
      x = nx
    end
  end
  -- (nor the second part of a body's name that `and` joins after an
  -- of-phrase's capitalised word: `the acting director of Immigration and
  -- Customs Enforcement`, no he)
  if person == nil and c.s and c.prevw == "and" and not Analyser.given_first(A, c.text) then
    local before = sub(A.s, (c.s - 40 > 1 and c.s - 40 or 1), c.s - 1)
    if find(before, "%f[%a]of %u[%a\128-\255]+ and $") or find(before, "%f[%a]for %u[%a\128-\255]+ and $") then
      person = false
    end
  end
  -- (nor a given name alone that is a common word so, `Anders dit jaar
  -- is ...`; speech_words.txt's `word_given`)
  if person == nil and L.sets.word_given[lc(c.text)] then person = false end
  -- (nor a common word that opens its sentence, Analyser.common_opener)
  if person == nil and c.initial and not find(c.text, " ", 1, true) and Analyser.common_opener(A, c) then
    person = false
  end
  -- (nor a word in a subheading that the article writes nowhere else,
  -- no given name of the list: `Schuwe wolf`, `Spelregels onbekend`;
  -- Analyser.heading_word)
  if person == nil and not find(c.text, " ", 1, true) and Analyser.heading_word(A, c) then person = false end
  -- (nor a person's role noun alone with its capital after a title or a
  -- determiner: an office written with capitals, `The Chief Registrar of
  -- the Lagos State Judiciary, Mrs Taiwo Olatokun`, whose person is the
  -- name after it)
  if person == nil and c.pw and not find(c.text, " ", 1, true) and SETS.one_person[role_of(L, c.text)]
     and (L.det[c.prevw] or names.title_like(A.g, c.pw)) and not A.g.given[lc(c.text)] then
    person = false
  end
  -- (nor a capital letter alone, a plan's, a group's or a type's: `een
  -- plan B`, `groep A`, whose fuller form a heading may give, `Plan B`)
  if person == nil and find(c.text, "^%u$") then person = false end
  -- (nor a demonym of two words in the plural, a people: `New Zealanders
  -- needed more ..., he said`, as `Americans` is a group's role)
  if person == nil and byte(c.text, -1) == 115 and find(c.text, " ", 1, true) then
    local two = string.match(lc(c.text), "(%S+ %S+)s$")
    if two and L.demonym[two] then person = false end
  end
  -- (nor the writer a byline names: `By Daisy Stephens`)
  if person == nil and c.prevw and L.sets.byline_word[c.prevw] and Analyser.byline_at(A, c.s) then person = false end
  -- (nor a work's title after its noun: `her first novel Love
  -- Marriage`, speech_words.txt's `work_noun`)
  if person == nil and c.prevw and L.sets.work_noun[c.prevw] then person = false end
  -- (nor a building's or business's name that opens with an article
  -- after its noun: `woonzorglocatie De Parallel`, `basisschool De
  -- Regenboog`)
  if person == nil and c.prevw and find(c.text, "^%a%a%a? %u") and L.det[lc(string.match(c.text, "^%a+"))]
     and Analyser.venue_noun(L, c.prevw) then
    person = false
  end
  -- (nor a demonym's plural in -s after a determiner that opens the
  -- sentence with its capital: `De Limburgers waren slechts een schim`,
  -- a team)
  if person == nil then
    local d, w = string.match(c.text, "^(%a+) (%u[%l\128-\255]+s)$")
    if d and L.det[lc(d)] and L.demonym[lc(sub(w, 1, -2))] then person = false end
  end
  if person == nil then
    local pw, prevw = c.pw, c.prevw
    local titled = pw and names.title_like(A.g, pw)
    local r = pw and role_of(L, pw)
    local orgrole = r == "g" or r == "x"
    -- (not a group's noun that is a person's role's of-phrase, the name
    -- after it that person's: `Voorzitter van de ondernemingsraad Jacco
    -- de Koning weigert ...`, its determiner left out too, `door officier
    -- van justitie Joost Hendrikx`)
    -- (the words read back from the noun by the C spans, three words:
    -- a pattern over the bytes before cost nl +3 a byte, asked of every
    -- name after a group's noun)
    if orgrole and c.s > 4 then
      local lb = names.letters_before_space
      local x = c.s - 1
      local n0 = lb(A.s, (x > 30 and x - 30 or 1), x)
      x = n0 and x - #n0 - 1
      local det = x and lb(A.s, (x > 30 and x - 30 or 1), x)
      if det and L.det[lc(det)] then x = x - #det - 1 end
      local ofw = x and lb(A.s, (x > 30 and x - 30 or 1), x)
      x = ofw and L.sets.complement_of[lc(ofw)] and x - #ofw - 1
      local rw = x and lb(A.s, (x > 30 and x - 30 or 1), x)
      if rw and SETS.one_person[role_of(L, rw)] then orgrole = false end
    end
    -- (after a determiner a name is no one's, unless the determiner is a
    -- relative pronoun and a given name opens the name: `een angst die
    -- Janneke Lof ook deelt`)
    -- (after a preposition a name is a place's, unless an age follows
    -- it: `For Maria Delgado, 67, the storm was ...`)
    -- (nor when the article gave it in full, a person's: `voor Brink`
    -- after `Lotte Brink`, `van Van de Voort` after `Irene van de Voort`)
    -- (nor after `with` or `by`, which take people as often: `spoke with
    -- Anne Sacoolas`)
    -- (nor a name of two words or more that opens with a given name:
    -- `bij Remco Evenepoel`)
    local prep = pw and L.prep[prevw] and not L.sets.person_prep[prevw]
                 and not find(A.s, "^,%s*%d%d?%d?,", c.e)
                 and not Analyser.surname_of(canon, c.text)
                 and not Analyser.given_first(A, c.text)
    -- (an age after it makes a name of one word a person's: `Hans (34)
    -- uit Rotterdam`, `Maria, 67,`)
    local aged = not orgrole and (find(A.s, "^%s*%(%d%d?%)", c.e) or find(A.s, "^,%s*%d%d?,", c.e))
                 and not is_org_name(A, canon)
    -- (and so does a relative pronoun only a person takes, past its comma
    -- and a nickname in marks: `we meet Chandran ‘maash’, who is busy`)
    local who = not orgrole and next(L.sets.person_relative) ~= nil and Analyser.person_relative_after(A, c.e)
    -- (one word, then a noun in lower case and a capitalised name: a
    -- modifier of that person's role, `Seattle star Robinson Cano`)
    -- (of more words, when a given name opens the name after the noun:
    -- `Star Trek star George Takei`)
    local modifier = false
    if c.post_core and is_lower_at(c.post_core, 1) and #c.post_core >= 3
       and (not find(c.text, " ", 1, true)
            or A.g.given and A.g.given[lc(string.match(A.s, "^%s+%l+%s+(%u[%l\128-\255]+)", c.e) or "")]) then
      local pc = lc(c.post_core)
      modifier = find(A.s, "^%s+%l+%s+%u", c.e) ~= nil
                 and not (L.fw[pc] or L.prep[pc] or L.det[pc] or L.verb_word[pc] or L.adv[pc] or L.cue[pc]
                          or L.closed_verb[pc] or find(pc, "ed$") or find(pc, "s$"))
    end
    -- (and so does a copula and `one of` the plural of a person's role
    -- noun, where it is from between: `Mans Boneschansker uit Oude Pekela
    -- is een van de stakers`, `Planken is een van de oprichters`)
    local one_of = not orgrole and not aged and not who and Analyser.one_of_people_after(A, c.e)
    -- (and so, in English, does `his` in the clause a subject's name of
    -- one word opens: `Hamilton was pleased with his performance`)
    -- (the name opening its sentence, or its main clause after a comma:
    -- not `with Moscow defending Assad and Washington pressing for his
    -- ouster`)
    local his = not (titled or aged or who or one_of) and c.subj and L.lang == "en" and not orgrole
                and (c.initial or find(sub(A.s, (c.s > 3 and c.s - 3 or 1), c.s - 1), ",%s*$") ~= nil)
                and not find(c.text, " ", 1, true) and Analyser.his_after(A, c.e)
    -- (and so, in Dutch, a he or she in the main clause after a relative
    -- clause the name that opens the sentence has between commas:
    -- `Kramer, die morgen ... moet maken op Roest, wist wel waar hij het
    -- had laten liggen`)
    local hij = not (titled or aged or who or one_of or his) and c.initial and L.lang == "nl" and not orgrole
                and not find(c.text, " ", 1, true) and Analyser.relative_then_pronoun(A, c.e)
    -- (and so, in Dutch and German, a cue's verb or a verb of stance
    -- (speech_words.txt's `stance_verb`) right before a name of one word
    -- and a complementizer right after it, the name the verb's inverted
    -- subject: `Toch verwacht Joly dat we de piek ...`; not a
    -- body's name, nor one the article writes after a determiner, `de
    -- Rabobank`)
    local thinker = not (titled or aged or who or one_of or his or hij) and L.lang ~= "en" and not orgrole
                    and c.pw and (L.cue[c.prevw] or L.sets.stance_verb[c.prevw]) and not find(c.text, " ", 1, true)
                    and L.comp[lc(string.match(A.s, "^%s+([%l\128-\255]+)", c.e) or "")] and not is_org_name(A, canon)
                    and not Analyser.written_after_determiner(A, c.text)
    person = titled or aged or who or one_of or his or hij or thinker or (looks_personal(A, canon, c.text) and not orgrole and not modifier
             and not (L.det[prevw] and not (L.sets.relative[prevw] and Analyser.given_first(A, c.text)))
             and not prep
             and not (c.rnext or c.post_core and role_of(L, c.post_core))
             and not Analyser.office_complement(A, canon)) or false
  end
  c.person = person
  return person
end

-- Analyser.in_fronted_question(A, ss, x): does the sentence at ss open
-- with a participle of asking (speech_words.txt's `fronted_subordinator`,
-- in -ed) and a word of `question_after` (`Asked if`, `Questioned
-- about`), no comma between it and x?
function Analyser.in_fronted_question(A, ss, x)
  local s, L = A.s, A.L
  local sets = L.sets
  -- (the capitals those participles open with, lists.lua's: one byte's
  -- look-up answers most sentences, asked for every cue)
  if not L.sets_asking_first[byte(s, skip_spaces(s, ss)) or 0] then return false end
  local w1, w2, rest = string.match(s, "^%s*(%a+)%s+(%a+)()", ss)
  if not (w1 and rest <= x and is_upper_at(w1, 1)) then return false end
  local l1 = lc(w1)
  if not (sets.fronted_subordinator[l1] and find(l1, "ed$") and sets.question_after[lc(w2)]) then return false end
  return not find(sub(s, rest, x - 1), ",", 1, true)
end

-- Analyser.written_after_determiner(A, w): does the article write the
-- capitalised word w right after a determiner somewhere (`de Rabobank`)?
function Analyser.written_after_determiner(A, w)
  local s, L = A.s, A.L
  for p in names.whole_words(s, w) do
    local d = p > 2 and string.match(sub(s, (p - 12 > 1 and p - 12 or 1), p - 1), "(%a+)%s+$")
    if d and L.det[lc(d)] then return true end
  end
  return false
end

-- Analyser.titled_elsewhere(A, w, at): does the article write the one
-- capitalised word w (no organisation's, role's or title's) alone right
-- after a person's role or title (`PVV-leider Wilders`, `minister
-- Wilders`) somewhere other than at? One search of the text a word and
-- article (A.titled_memo), asked only in the walk back for a pronoun.
function Analyser.titled_elsewhere(A, w, at)
  local memo = Analyser.article_table(A, "titled_memo")
  local hit = memo[w]
  if hit == nil then
    hit = false
    -- (no organisation's word, and no role's or title's word itself:
    -- `The Chief Registrar`)
    if #w >= 3 and is_upper_at(w, 1) and find(w, "^[%a\128-\255]+$") and not A.L.org[w]
       and not role_of(A.L, w) and not names.title_like(A.g, w) then
      local s, lb = A.s, names.letters_before_space
      for p in names.whole_words(s, w) do
        -- (the word alone after the role, no capitalised word after it:
        -- not `the Super Cup winner Odisha FC`)
        if p ~= at and p > 2 and byte(s, p - 1) == 32 and not find(s, "^%s+%u", p + #w) then
          local pw = lb(s, (p - 40 > 1 and p - 40 or 1), p - 1)
          -- (a compound's role after its hyphen too: `PVV-leider`)
          local tail = pw and string.match(sub(s, (p - 40 > 1 and p - 40 or 1), p - 2), "%-([%l\128-\255]+)$")
          if pw and (names.title_like(A.g, pw) or SETS.one_person[role_of(A.L, pw)])
             or tail and SETS.one_person[role_of(A.L, tail)] then
            hit = true
            break
          end
        end
      end
    end
    memo[w] = hit
  end
  return hit
end

-- Analyser.titled_appositive_after(A, t, n) -> the name mention after
-- a cue's tokens t (n of them) that open with a body's name in the
-- possessive (a determiner before it at most), then a capitalised
-- title whose last word is a person's role noun or a title, then a
-- comma and a name that ends the clause (`NASA's Chief Scientist, Jane
-- Doe.`); else nil
function Analyser.titled_appositive_after(A, t, n)
  local s, L, g = A.s, A.L, A.g
  for k = 1, (n < 6 and n or 6) do
    if is_punct_tok(s, t, k) then return nil end
    if names.possessive(s, t, k) then
      local y = k + 1
      while y <= n and y <= k + 5 and is_upper_at(s, t[2 * y - 1]) and not is_punct_tok(s, t, y) do y = y + 1 end
      if y == k + 1 or y + 1 > n or tok(s, t, y) ~= "," then return nil end
      local last = tok(s, t, y - 1)
      if not (SETS.one_person[role_of(L, last)] or names.title_like(g, last)) then return nil end
      local l2 = names.kind(s, t, y + 1, g) == "N" and names.run_starting(s, t, y + 1, g)
      -- (past the office's portfolio between commas, capitalised words
      -- and `and`: `ITV's Managing Director, Media and Entertainment,
      -- Kevin Lygo`)
      if not (l2 and (l2 == n or is_punct_tok(s, t, l2 + 1))) then
        local z = y + 1
        while z <= n and z <= y + 6 and not is_punct_tok(s, t, z)
              and (is_upper_at(s, t[2 * z - 1]) or L.sets.coord[ltok(s, t, z)]) do
          z = z + 1
        end
        if z == y + 1 or z + 1 > n or tok(s, t, z) ~= "," then return nil end
        y = z
        l2 = names.kind(s, t, y + 1, g) == "N" and names.run_starting(s, t, y + 1, g)
      end
      if not (l2 and (l2 == n or is_punct_tok(s, t, l2 + 1))) then return nil end
      local mm = mention_name(s, t, y + 1, l2)
      mm.how = "after"
      return mm
    end
  end
  return nil
end

-- Analyser.joined_titles_name(A, t, n) -> the name after an inverted
-- cue's titles joined by `and`/`en`: before the joining word capitalised
-- words only, no given name, the last a person's title or role; after it
-- up to five more such words, one a title or role, then a given name of
-- the list and a surname (`said Representative and Senate Candidate
-- Elissa Slotkin` is Elissa Slotkin, no one called Representative); or
-- nil. Not `said Mayor Adams and Council Speaker Adrienne Adams`, two
-- people.
function Analyser.joined_titles_name(A, t, n)
  local s, L, g = A.s, A.L, A.g
  local c
  for k = 1, (n < 5 and n or 5) do
    local w = tok(s, t, k)
    if L.sets.coord[w] then
      c = k
      break
    end
    if is_punct_tok(s, t, k) and w ~= "." then return nil end
    if w ~= "." and (not is_upper_at(s, t[2 * k - 1]) or g.given[lc(w)]) then return nil end
  end
  if not (c and c >= 2) then return nil end
  local lw = tok(s, t, c - 1)
  if not (SETS.one_person[role_of(L, lw)] or names.title_like(g, lw)) then return nil end
  -- (after the joining word: the last title or role, then the name of
  -- two words or more that ends the clause, or one that opens with a
  -- given name of the list)
  local r
  for k = c + 1, (n < c + 6 and n or c + 6) do
    if is_punct_tok(s, t, k) then break end
    local w = tok(s, t, k)
    if SETS.one_person[role_of(L, w)] or names.title_like(g, w) then
      r = k
    elseif not is_upper_at(s, t[2 * k - 1]) or r and g.given[lc(w)] then
      break
    end
  end
  if not r or r >= n or names.kind(s, t, r + 1, g) ~= "N" then return nil end
  local last = names.run_starting(s, t, r + 1, g)
  if not (last and last > r + 1 and (last == n or is_punct_tok(s, t, last + 1) or g.given[ltok(s, t, r + 1)])) then
    return nil
  end
  local mm = mention_name(s, t, r + 1, last)
  mm.how = "after"
  return mm
end

-- Analyser.byline_at(A, p): is the sentence of name position p a
-- byline, a line of its own that opens with a word of speech_words.txt's
-- `byline_word` and holds no more than eight words and no sentence's
-- punctuation (`By Daisy Stephens`, `Door Jan de Vries en Piet Smit`)?
function Analyser.byline_at(A, p)
  local ss, se = sentence_of(A, p)
  local line = sub(A.s, ss, se - 1)
  local w1, rest = string.match(line, "^%s*([%a]+)%s+(%u[^\n]*)$")
  if not (w1 and A.L.sets.byline_word[lc(w1)]) then return false end
  -- (no sentence's end, but a name's initial: `By John F.`)
  if find(rest, "[.!?;:\"]%s*$") and not find(rest, "%u%.%s*$") then return false end
  -- (a line of its own: a newline in the two bytes before it, and one
  -- after it or the text's end)
  if ss > 1 and not find(sub(A.s, (ss > 3 and ss - 2 or 1), ss - 1), "\n", 1, true) then return false end
  if se <= #A.s and not find(A.s, "^%s*\n", se) then return false end
  return select(2, string.gsub(rest, "%S+", "")) <= 8
end

-- Analyser.relative_then_pronoun(A, e): does a Dutch relative clause
-- of `die` between commas follow position e, and the main clause after
-- it hold `hij` or `zij` within ten words (`Kramer, die ... op Roest,
-- wist wel waar hij ...`)?
Analyser.HIJ_ZIJ = { hij = true, zij = true }
function Analyser.relative_then_pronoun(A, e)
  local after = string.match(A.s, "^,%s+die%s[^,.;:!?\n]-,()", e)
  return after ~= nil and Analyser.word_within(A.s, after, 10, Analyser.HIJ_ZIJ)
end

-- Analyser.word_within(s, x, limit, words): is one of the words of set
-- words among the first limit words after position x, read while a word
-- follows white space (punctuation ends the search)?
function Analyser.word_within(s, x, limit, words)
  for _ = 1, limit do
    local w, nx = string.match(s, "^%s+([%a']+)()", x)
    if not w then return false end
    if words[w] then return true end
    x = nx
  end
  return false
end

Analyser.HIS = { his = true }
-- Analyser.his_after(A, e): does `his` stand in the clause after
-- position e within eight words, `was` or `is` first (`Hamilton was
-- pleased with his qualifying performance`)?
function Analyser.his_after(A, e)
  local s = A.s
  local v = string.match(s, "^%s+(%l+)", e)
  -- (a copula of one: a club's or a company's clause takes `his` of
  -- someone else, `Arsenal confirmed his departure`, and a British club
  -- is `were`)
  if v ~= "was" and v ~= "is" then return false end
  return Analyser.word_within(s, e, 8, Analyser.HIS)
end

-- Analyser.one_of_people_after(A, e): does the clause after a name
-- ending at e say, within 60 bytes, that it is one of the holders of a
-- person's role (`is een van de stakers`, `is one of the founders`: a
-- copula, one, of, the plural of a role noun of one person)?
local ONE_OF = { nl = " is een van de ", en = " is one of the " }
function Analyser.one_of_people_after(A, e)
  local key = ONE_OF[A.lang]
  if not key then return false end
  -- (the 60 bytes after the name, searched plainly: a pattern tried at
  -- each byte of the clause cost more, asked of every name)
  local seg = sub(A.s, e, e + 60)
  local p = find(seg, key, 1, true)
  local stop = p and find(seg, "[.,;:!?\n]")
  if not p or stop and stop < p then return false end
  local w = string.match(seg, "^(%l+)", p + #key)
  if not w then return false end
  local L = A.L
  for _, cut in ipairs({ 1, 2 }) do
    local one = #w > cut + 2 and sub(w, 1, -cut - 1)
    if one and SETS.one_person[role_of(L, one)] and Analyser.plural_of(w, one) then return true end
  end
  return false
end

-- is quote q a question: its last mark before the closing one `?`
local function asks(A, q)
  local s = A.s
  local y = q.ca - 1
  while y > q.ob and (byte(s, y) == 32 or byte(s, y) == 10) do y = y - 1 end
  return byte(s, y) == 63
end

-- Analyser.asker_before(A, m) -> the speaker of the question that the
-- quote pronoun mention m tags answers, or nil: the quote right before
-- that quote is a question whose tag asks it with a name or a role
-- (`"What word would you use to describe today?" asked reporter Briana
-- Whitney. // "Defeated," she said.`), one's own question with a he or
-- she or a verb that only says is rhetorical, the same voice answering
-- (`"Why would I resign now?" he said. "I have a job to finish," he
-- said.`); or it is a remark of one who asked, right after the answer
-- (`"I imagine that's pretty traumatizing," said Whitney. //
-- "Absolutely. ...," she said.`: the quote before the remark the one
-- who answered, Analyser:resolve sets answered_by). The tagged quote is
-- no question itself.
function Analyser.asker_before(A, m)
  local quotes = A.quotes
  local k = quotes_closed_by(A, m.s)
  local ms = sentence_of(A, m.s)
  -- (the quote the mention tags, closed before it in its sentence: an
  -- answer's tag follows it; `He added that it was "..."` after one's
  -- own question goes on)
  if k < 2 or A.qb[k] < ms then return nil end
  local q, prev = quotes[k], quotes[k - 1]
  if not (q and prev and prev.speaker_e) or asks(A, q) then return nil end
  -- (the question right before: no sentence of its own between)
  local ps = sentence_of(A, q.oa)
  if ps > A.first and sentence_of(A, ps - 1) > prev.cb then return nil end
  local e = prev.speaker_e
  if asks(A, prev) then
    local h = prev.right or prev.left
    local hm = h and h.subj
    if h and h.lemma and A.L.sets.ask_cue[h.lemma] and hm and (hm.kind == "name" or hm.kind == "role") then
      return e
    end
    return nil
  end
  local before = quotes[k - 2]
  if e.answered_by and before and before.speaker_e == e.answered_by then return e end
  return nil
end

-- Analyser.addressee_after(A, x) -> the definite role or name right
-- after the cue that follows x (`he told the Mullingar man`, `she told
-- Smith`), a cue of speech_words.txt's `addressee_cue`, or nil
function Analyser.addressee_after(A, x)
  local s, L = A.s, A.L
  local v, y = string.match(s, "^ (%l+) ()", x)
  if not (v and L.sets.addressee_cue[v]) then return nil end
  local _, se = sentence_of(A, y)
  local o = first_np(A, y, se)
  if not o or o.s ~= y then return nil end
  if o.kind == "role" and o.def == "def" and SETS.one_person[o.gender] or o.kind == "name" then return o end
  return nil
end

-- Analyser.joined_pair(A, ms, i): is name mention i of ms joined to the
-- one before or after it by a conjunction of speech_words.txt's `coord`,
-- only capitalised words (titles) between (`Thierry Henry and French
-- President Nicolas Sarkozy`)?
local function joined_gap(A, a, b)
  if b - a > 40 then return false end
  local gap = sub(A.s, a, b - 1)
  local cw, rest = string.match(gap, "^%s+(%l+)%s+(.*)$")
  return cw ~= nil and A.L.sets.coord[cw] ~= nil and not find(rest, "%f[%a]%l") and not find(rest, "[,.;:]")
end
function Analyser.joined_pair(A, ms, i)
  local c = ms[i]
  local n, p = ms[i + 1], ms[i - 1]
  -- (the other a person's name too: not `Federal Infrastructure and
  -- Communities Minister Amarjeet Sohi`)
  return n ~= nil and not n.role and joined_gap(A, c.e, n.s) and mention_person(A, n)
         or p ~= nil and not p.role and joined_gap(A, p.e, c.s) and mention_person(A, p)
end

-- a role noun with a capital at the front of a name, as a sentence that
-- opens with the role writes it, is no part of the name: a person's
-- before a name of a person (`Econoom Hanneke Vos zegt`, the canonical
-- form of a later `Vos`; in English two words of the name after it, so
-- that a first name that is a role noun stays, `Hunter Biden`), a
-- group's before an acronym (`Vakbond FNV`, `Sportkoepel NOC*NSF`,
-- `Werkgeversclub VNO-NCW`; not
-- before other names, `Gemeente Amsterdam`, nor an organisation word,
-- `Universiteit Utrecht`; nor a person's before a name that ends in one,
-- `General Medical Council`)
function Analyser.lead_role_cut_uncached(L, canon)
  -- (past the sentence's article before a compound role that opens a
  -- person's name of two words or more: `De Graafschap-trainer Henk de
  -- Jong` is Henk de Jong)
  local d, w2, rest2 = canon:match("^(%u%l*) (%u[%w\128-\255]*%-%l[%l\128-\255]+) (%u%S* .+)$")
  if d and L.det[lc(d)] then
    local r = role_of(L, w2)
    if r and SETS.one_person[r] then return rest2 end
  end
  -- (and a compound role, its head a name of more words, before a
  -- person's name of two words or more: `Ronde van Vlaanderen-winnaar
  -- Niki Terpstra` is Niki Terpstra)
  local _, he, tail = find(canon, "^%u[^%-]-%-(%l[%l\128-\255]+) ")
  if tail and SETS.one_person[role_of(L, tail)] and find(canon, "^%u%S* %u", he + 1) then
    return sub(canon, he + 1)
  end
  -- (outside English a closed compound whose tail is a short person's
  -- role noun, `man`, `boer`, before a given name and a surname: a trade
  -- the lists cannot all hold, `Groenteman Rob Lafeber` is Rob Lafeber;
  -- role_of reads tails of five letters and more only, as `Hoffman` is
  -- no man's role)
  -- (and so a tail of speech_words.txt's `trade_tail`, a trade the role
  -- list leaves out as a common surname: `Schaapherder Jantinus de
  -- Groote`)
  if L.lang ~= "en" then
    -- (the trade's name after it may open its surname with a particle,
    -- and its given name may be one the list lacks: the trade is known)
    local w1, w2, w3 = canon:match("^(%u[%l\128-\255]+) (%u[%l\128-\255]+) (%a)")
    if w1 and #w1 >= 7 then
      local k1 = lc(w1)
      local trade = L.sets.trade_tail
      for l = 8, 3, -1 do
        local tail = #k1 > l + 2 and sub(k1, -l)
        local by_trade = tail and trade and trade[tail]
        if tail and (l <= 4 and SETS.one_person[L.role[tail]] or by_trade) then
          local given = names.grammar(L.lang).given
          if given and (given[lc(w2)] and is_upper_at(w3, 1) or by_trade) and not given[k1] then
            return sub(canon, #w1 + 2)
          end
          break
        end
      end
    end
  end
  -- (a party's member before a name of two words or more: `CDA'er
  -- Pieter Omtzigt`, `SGP’er Roelof Bisschop`, `SGP-er Gert-Jan van den
  -- Brink`, the party's name in capitals before a hyphen)
  -- (before a surname alone too: `VVD'er Houben, burgemeester van
  -- Voerendaal, ...`)
  local cut = names.party_member_cut(canon, L.lang)
  if cut ~= canon then return cut end
  -- (a noun of what was said and its van/of before a name that opens
  -- with a given name: whose words they are, `Woorden van Jan de Vries,
  -- die al jaren actievoert`, `Words of Jane Smith`)
  local sn, sof, srest = canon:match("^(%u[%l\128-\255]+) (%l+) (%u%S* .+)$")
  if sn and (sof == "van" or sof == "of") and L.sets.speech_noun[lc(sn)] then
    local given = names.grammar(L.lang).given
    if given and given[lc(string.match(srest, "^%S+"))] then return srest end
  end
  -- (a person's role, what it is of and a given name that opens a name
  -- of two words or more: `Politiechef van Midden-Nederland Martin
  -- Sitalsing` is Martin Sitalsing)
  local rw, ow, orest = canon:match("^(%u[%l\128-\255%-]+) (%l+) (%u.+)$")
  if rw and (ow == "van" or ow == "of") and SETS.one_person[role_of(L, rw)] then
    local given = names.grammar(L.lang).given
    local at = 1
    -- (the surname may open with its particle: `Partijleider van NSC
    -- Nicolien van Vroonhoven`)
    while true do
      local ws, we = find(orest, "%s%u[%l\128-\255]+%s%a", at)
      if not ws then break end
      local gw = sub(orest, ws + 1, we - 2)
      if given and given[lc(gw)] and (is_upper_at(orest, we) or names.grammar(L.lang).particles[string.match(orest, "^%l+", we) or ""]) then
        return sub(orest, ws + 1)
      end
      at = ws + 1
    end
  end
  -- (the plural of a person's role, its adjective with a capital before
  -- it too, before a given name and a surname: the names that follow
  -- share it, `Senators Maria Cantwell and ...`, `Tweede Kamerleden
  -- Sandra Beckerman en ...`; an irregular plural by speech_words.txt's
  -- `person_plural`)
  do
    local _, p1, prest = canon:match("^(%u[%l\128-\255]* ?)(%u[%l\128-\255]+) (%u[%l\128-\255]+ %u.*)$")
    if not p1 then p1, prest = canon:match("^(%u[%l\128-\255]+) (%u[%l\128-\255]+ %u.*)$") end
    local pr, pkey = nil, nil
    if p1 then pr, pkey = role_of(L, p1) end
    local given = pr == "g" and names.grammar(L.lang).given
    if given and pkey and (SETS.one_person[L.role[pkey]] and lc(p1) ~= pkey or L.sets.person_plural[pkey])
       and given[lc(prest:match("^%S+"))] then
      return prest
    end
  end
  local w, rest = canon:match("^(%u[%l\128-\255%-]+) (%u.*)$")
  if not w then return canon end
  local r, key = role_of(L, w)
  if not r or r == "x" or L.org[w] then return canon end
  -- (the plural of a person's role, in Dutch, as a headline writes it:
  -- `Buschauffeurs Arriva leggen het werk neer`; not a word of five
  -- letters or fewer, a given name as often, `Mans Boneschansker`)
  if r == "g" and L.lang == "nl" and key and SETS.one_person[L.role[key]] and #w >= 6 then return rest end
  if SETS.one_person[r] then
    if L.lang ~= "nl" and not find(rest, " ", 1, true) then return canon end
    -- (an organisation's name that opens with a title is whole: `General
    -- Medical Council`)
    if L.org[rest:match("(%S+)$")] then return canon end
    -- (nor a group's noun in lower case that ends it: `Premier League
    -- club`, no name of a person)
    if find(rest, "%s%l[%l\128-\255]*$") then return canon end
    return rest
  end
  -- (two acronyms joined by a hyphen are one: `Werkgeversclub VNO-NCW`)
  if r == "g" and not find(rest, " ", 1, true) and (names.is_acronym(rest) or find(rest, "^%u%u+%-%u%u+$")) then
    return rest
  end
  -- (outside English a closed compound whose tail is a kind of
  -- organisation, organisation_kinds.txt, says what the named body is
  -- before a name of more words that opens with an acronym or holds an
  -- organisation word: `Landbouworganisatie LTO Noord` is LTO Noord,
  -- `Belangenorganisatie Vereniging Eigen Huis` Vereniging Eigen Huis;
  -- not before other names, whose first word it is, `Ondernemersvereniging
  -- Binnenstad Hoorn`)
  if r == "g" and L.lang ~= "en" and key and #key < #w and L.org_kind[key] then
    local first = rest:match("^(%S+)")
    if names.is_acronym(first) then return rest end
    for x in rest:gmatch("%S+") do
      if L.org[x] then return rest end
    end
  end
  return canon
end

-- lead_role_cut_uncached's answer, kept with the language data by the
-- name (names.text_memo: the same names come back in article after
-- article)
function Analyser.lead_role_cut(A, canon)
  local L = A.L
  local memo = L.lead_role_cut_of
  if not memo then
    memo = names.text_memo(function(c) return Analyser.lead_role_cut_uncached(L, c) end)
    L.lead_role_cut_of = memo
  end
  return memo(canon)
end

-- Analyser.document_owner(an, A, m) -> the speaker of the last cue
-- before role mention m (a document's noun, `the statement`) whose
-- sentence brings that noun in with an indefinite article (`X, in a
-- statement on Thursday, said`, `zei X in een verklaring`), within the
-- twelve cues before it; nil when none does, or its speaker is no one
-- named
local INDEF_LEADS = { " a ", " an ", " een ", " ein ", " eine ", " un ", " une " }
local DOCUMENT_PREPS = { ["in"] = true, ["to"] = true, volgens = true, laut = true, dans = true, selon = true }
local INDEF_LEAD_WORDS = {}
for _, lead in ipairs(INDEF_LEADS) do INDEF_LEAD_WORDS[string.match(lead, "%a+")] = true end
function Analyser.document_owner(an, A, m)
  local s, hits = A.s, A.hits
  local k = floor_index(A.hs, m.s - 1)
  local stop = k - 12
  local last_ss
  while k >= 1 and k > stop do
    local h = hits[k]
    local ss, se = sentence_of(A, h.s)
    if ss ~= last_ss and se <= m.s then
      last_ss = ss
      local seg = lower(sub(s, ss, se - 1))
      local brought = false
      -- (the noun itself first: most sentences hold none, and a search
      -- for each lead and the noun stops at every blank)
      local held = find(seg, m.head, 1, true)
      if held then
        for _, lead in ipairs(INDEF_LEADS) do
          if find(seg, lead .. m.head, 1, true) then brought = true break end
        end
      end
      -- (past one adjective too where the cue is said in it or according
      -- to it: `according to a prepared statement from the Department of
      -- Health`, `zei hij in een schriftelijke verklaring`; not `co-author
      -- of a new study`, which is no medium of the cue)
      -- (each place of the noun read back: most sentences hold none)
      if held and not brought then
        local p = find(seg, " " .. m.head, 1, true)
        while p do
          local prep, det = string.match(sub(seg, (p - 40 > 1 and p - 40 or 1), p - 1),
                                         "(%a+) (%a+) [%a\128-\255%-]+$")
          if prep and DOCUMENT_PREPS[prep] and INDEF_LEAD_WORDS[det]
             and not is_word_at(seg, p + 1 + #m.head) then
            brought = true
            break
          end
          p = find(seg, " " .. m.head, p + 1, true)
        end
      end
      if brought then
        local k1, k2 = hit_range(A, ss, se)
        for j = k1, k2 do
          local hj = analyse_cue(A, hits[j])
          local sj = hj.subj
          if sj and (sj.kind == "name" or sj.kind == "role" and sj.gender ~= "x") then
            local e = an:resolve_hit(A, hj)
            if e then return e end
          end
        end
        return nil
      end
    end
    k = k - 1
  end
  return nil
end

-- Analyser.given_first(A, name): the sex ("m", "f") of the given name
-- (given_names.txt, read by the names grammar) that opens name, a name of
-- two words or more; nil
function Analyser.given_first(A, name)
  local w = string.match(name, "^([%u\192-\223][%l\128-\255]+) %S")
  if not w then return nil end
  local sex = A.g.given[names.lc_memo[w] or lc(w)]
  if sex == "m" or sex == "f" then return sex end
  return nil
end

-- Analyser.lone_given(A, w) -> "m" or "f" when word w is a given name of
-- one sex (given_names.txt), both parts of a hyphenated one too
-- (`Jean-Louis`), else nil
function Analyser.lone_given(A, w)
  local given = A.g.given
  local sex = given[names.lc_memo[w] or lc(w)]
  if sex == "m" or sex == "f" then return sex end
  -- (a plain search first: most names have no hyphen)
  if not find(w, "-", 1, true) then return nil end
  local a, b = string.match(w, "^(%u[%l\128-\255]+)%-(%u[%l\128-\255]+)$")
  if a then
    local sa, sb = given[lc(a)], given[lc(b)]
    if (sa == "m" or sa == "f") and sa == sb then return sa end
  end
  return nil
end

-- (title_sex's walk over the article: see there)
local function title_sex_scan(A, surname)
  local s, titles = A.s, A.g.titles
  local at = find(s, surname, 1, true)
  local found
  while at do
    local before = string.match(sub(s, (at - 12 > 1 and at - 12 or 1), at - 1), "(%S+)%s$")
    local sex = before and titles[lc(before)]
    if (sex == "m" or sex == "f") and not is_word_at(s, at + #surname) then
      -- (titles of both sexes: a couple shares the surname, `Mr Kiss`
      -- and `Mrs Kiss`, and say nothing of one of them)
      if found and found ~= sex then return nil end
      found = sex
    end
    at = find(s, surname, at + #surname, true)
  end
  return found
end

-- Analyser.title_sex(A, surname) -> "m" or "f": the sex of the titles
-- of one sex (titles.txt: `Ms = f`, `dhr. = m`) the article writes right
-- before surname, or nil when it writes none or titles of both sexes
function Analyser.title_sex(A, surname)
  -- (kept per surname: each of the article's names asks once)
  local memo = A.title_sexes
  if not memo then memo = {} A.title_sexes = memo end
  local known = memo[surname]
  if known ~= nil then return known or nil end
  local found = title_sex_scan(A, surname)
  memo[surname] = found or false
  return found
end

-- Analyser.surname_title_sex(A, canon) -> title_sex of the words after
-- the first of canon, a name of three words or more (the surname with
-- its particles: `Ní Sheaghdha` of `Phil Ní Sheaghdha`), or nil
function Analyser.surname_title_sex(A, canon)
  local rest = string.match(canon, "^%S+ (%S+ %S.*)$")
  return rest and Analyser.title_sex(A, rest) or nil
end

local function entity(A, canon)
  local e = A.entities[canon]
  if not e then
    -- (the nil fields are set_person's and the resolver's: named here,
    -- they are room made at once, not three regrowths of the table)
    e = { canon = canon, person = nil, was = nil, gender = nil, group = nil, role_head = nil, answered_by = nil }
    A.entities[canon] = e
    -- (a news outlet's name of one word is no person, whom no he or she
    -- means: `waar hij volgens een recente peiling van Reuters ... aan de
    -- leiding gaat, was Biden gematigd optimistisch. "...", zei hij`;
    -- speech_words.txt's `news_outlet`)
    if A.L.sets.news_outlet[canon] or not find(canon, " ", 1, true) and A.L.sets.news_outlet[lc(canon)] then
      e.person = false
    end
    -- (a name of two words or more whose first is a given name of one
    -- sex, given_names.txt: `Renee Perkins` is no `he`)
    local sex = Analyser.given_first(A, canon)
    if sex then
      -- (a title of a sex before the surname anywhere in the article says
      -- more: `festival director Alec Wheeler ... Ms Wheeler`)
      -- (the surname with its particles first, past the given name:
      -- `Phil Ní Sheaghdha ... Ms Ní Sheaghdha`)
      e.gender = Analyser.surname_title_sex(A, canon) or Analyser.title_sex(A, string.match(canon, "(%S+)$")) or sex
    elseif byte(canon, 1) >= 97 then
      -- (a description whose word of one sex stands before its noun,
      -- speech_words.txt's `any_person`: `a woman journalist` is no he)
      local w = string.match(canon, "^%l+ (%l+) %l")
      local r = w and A.L.sets.any_person[w] and role_of(A.L, w)
      if r == "m" or r == "f" then e.gender = r end
    end
  end
  return e
end

-- Analyser.role_owner(A, m) -> the canonical name of the person whose
-- role mention m is, named right after it with of or van (`De moeder van
-- Yen`: Yen), or nil
function Analyser.role_owner(A, m)
  -- (after the mention, or ending it: `The mother of Smith`)
  local w, nm = string.match(A.s, "^%s+(%l+)%s+(%u[%w\128-\255%-]*)", m.e)
  if not w then w, nm = string.match(m.text, "%s(%l+)%s+(%u[%w\128-\255%-]*)$") end
  if w ~= "van" and w ~= "of" then return nil end
  return names.canonical(A.article, nm, A.lang)
end

-- is entity e one the article named only by a role noun other than role
-- mention m's? (e.role_head: that noun, set where such an entity is made)
-- A demonstrative points back whatever the noun: `One of the children
-- said ... this person also said`. (A named speaker is not tested so:
-- news varies the nouns of one person, `Foreign Secretary Marcelo Ebrard
-- ... The foreign minister said`, `bondscoach Joost Bellaart ... de
-- voormalige coach van HCKZ`; a test of the role nouns the article gives
-- a name lost seven corpus speakers and won two.) With other_mod, the
-- canonical name of someone a place of the noun with another modifier
-- names, e is that person too (see role_modifier).
-- Analyser.office_brought_in(A, head, x) -> the definite phrase before x
-- that first named role noun head's office, when head is an office of
-- speech_words.txt's `unnamed_office` (or a compound that ends in one, or
-- a noun of the same office, role_alike) and no name follows that phrase:
-- `de politierechter` for `De politierechter in Den Haag veroordeelde ...
-- De rechter gaf aan`; else nil
function Analyser.office_brought_in(A, head, x)
  local s, L = A.s, A.L
  local alike, alike_list = Analyser.alike_roles(L, head)
  local office = false
  for _, h in ipairs(alike_list) do
    if L.sets.unnamed_office[h] then office = true break end
  end
  if not office then return nil end
  local t = tokens(s, A.first, x)
  for k = 2, #t // 2 do
    local w = tok(s, t, k)
    local r, key = role_of(L, w)
    if r and alike[key] and L.det[ltok(s, t, k - 1)] == "def" then
      -- (the rest of a role of three words the list has, `de officier
      -- van justitie`, and a place's phrase, `De politierechter in Den
      -- Haag`)
      local e = t[2 * k]
      if k + 2 <= #t // 2 and Analyser.role_phrase(A, t, k + 2) then e = t[2 * k + 4] end
      local _, pe = find(s, "^%s+%l+%s+%u[%w\128-\255%-]*", e)
      local pw = string.match(s, "^%s+(%l+)", e)
      if pe and L.sets.place_prep[pw] then
        local _, pe2 = find(s, "^%s+%u[%w\128-\255%-]*", pe + 1)
        e = (pe2 or pe) + 1
      elseif pw and L.sets.complement_openers[pw] then
        -- (or whom it serves: `de advocaat van de voormalige
        -- judotrainer`, its words up to a verb or punctuation)
        -- (a determiner, adjectives in -e, then the noun)
        local t2 = tokens(s, e, (e + 80 < #s + 1 and e + 80 or #s + 1), 6)
        local last = nil
        if L.det[word_key(s, t2, 2) or ""] then
          for y = 3, #t2 // 2 do
            local wy = word_key(s, t2, y)
            if not wy or L.verb_word[wy] or L.cue[wy] or L.comp[wy] or L.closed_verb[wy] then break end
            last = y
            if byte(wy, -1) ~= 101 then break end
          end
        end
        if last then e = t2[2 * last] end
      end
      -- (no name after it, nor a comma and a name)
      if not find(s, "^,?%s+%u", e) then
        return lc(tok(s, t, k - 1)) .. sub(s, t[2 * k - 2], e - 1)
      end
    end
  end
  return nil
end

-- Analyser.group_brought_in(A, head, form, x) -> the first definite
-- phrase whose noun, written form (in lower case) before x, is role noun
-- head and a place's phrase follows it, a place preposition, perhaps a
-- determiner, and a capitalised name (`de ondernemers in de
-- Passage/Corridor`; its own mention too, the first), its determiner in
-- lower case; else nil. The answer per noun is kept per article.
function Analyser.group_brought_in(A, head, form, x)
  local memo = A.group_phrases
  if not memo then memo = {} A.group_phrases = memo end
  local found = memo[form]
  if found == nil then
    found = false
    local s, L = A.s, A.L
    -- (the noun's form searched in the text, the words around each find
    -- read: no walk over the article's tokens; a form that is no form of
    -- head's is not searched)
    local needle = form .. " "
    local a, b = nil, nil
    if select(2, role_of(L, form)) == head then a, b = spaced_find(s, needle, A.first) end
    -- (or, first, an adjective of a place with its capital right before
    -- the noun where the article first writes it, in Dutch, no
    -- determiner or a definite one before it, the title's words too:
    -- `Noord-Veluwse boeren in gesprek over stikstof // ... De boeren
    -- benadrukken`; not where the noun came first with its capital,
    -- another phrase: `Onderzoekers van het Radboudumc ... Amerikaanse
    -- onderzoekers ... zeggen de onderzoekers` is neither)
    if L.lang == "nl" and a then
      -- (spaced_find's answer: the blank before the word, the blank
      -- after it)
      local a2, b2 = spaced_find(s, needle, 1)
      local c1 = find(s, form:gsub("^%l", string.upper) .. " ", 1, true)
      local adj = a2 and a2 < x and not (c1 and c1 < a2)
                  and string.match(sub(s, (a2 - 40 > 1 and a2 - 40 or 1), a2), "(%u[%a\128-\255%-]*s[c]?h?e) $")
      if adj and Analyser.place_adjective_at(A, adj, a2) then
        local before = string.match(sub(s, (a2 - #adj - 12 > 1 and a2 - #adj - 12 or 1), a2 - #adj - 1), "(%a+)%s*$")
        local dk = before and L.det[lc(before)]
        if dk == "def" then
          found = { a2 - #adj - 1 - #before, lc(before) .. " " .. adj .. " " .. sub(s, a2 + 1, b2 - 1) }
        elseif not dk then
          found = { a2 - #adj, adj .. " " .. sub(s, a2 + 1, b2 - 1) }
        end
      end
    end
    while a and not found do
      local dw = string.match(sub(s, (a - 12 > A.first and a - 12 or A.first), a - 1), "(%a+)$")
      local pw, e1 = string.match(s, "^(%l+)%s+()", b + 1)
      -- (or whose people it is, its of/van and a person's name, past up
      -- to two words in lower case: `The family of murdered MP Sir David
      -- Amess have paid a moving tribute ... the family said`)
      local of = pw and L.sets.complement_of[pw] and not L.sets.place_prep[pw]
      -- (or the rest of a role of three words the list has, whose plural
      -- the form is: `de officieren van justitie` for `de officieren`)
      local w3 = of and string.match(s, "^(%l+)%f[^%w\128-\255]", e1)
      if w3 and dw and L.det[lc(dw)] == "def" and L.role[head .. " " .. pw .. " " .. w3] then
        found = { a - #dw, lc(dw) .. sub(s, a, b) .. pw .. " " .. w3 }
        break
      end
      if of then
        local w1, x1 = string.match(s, "^(%l+)%s+()", e1)
        if w1 and not L.det[w1] then
          e1 = x1
          local w2, x2 = string.match(s, "^(%l+)%s+()", e1)
          if w2 then e1 = x2 end
        end
      end
      if dw and L.det[lc(dw)] == "def" and pw and (L.sets.place_prep[pw] or of) then
        local dw2, e2 = string.match(s, "^(%l+)%s+()", e1)
        if dw2 and L.det[dw2] then e1 = e2 end
        local _, pe = find(s, "^%u[%w\128-\255%-/]*", e1)
        -- (and the name's further capitalised words: `in Den Haag`)
        while pe do
          local _, pe2 = find(s, "^ %u[%w\128-\255%-/]*", pe + 1)
          if not pe2 then break end
          pe = pe2
        end
        if pe then found = { a - #dw, lc(dw) .. sub(s, a, pe) } end
      end
      a, b = spaced_find(s, needle, b)
    end
    memo[form] = found
  end
  if found and found[1] < x then return found[2] end
  return nil
end

-- Analyser.office_entity(A, head) -> the one entity of the article made
-- for an unnamed role speaker (e.role_head) whose noun names head's office
-- (role_alike, head itself too), or nil when none or more than one
function Analyser.office_entity(A, head)
  local alike = Analyser.alike_roles(A.L, head)
  local found
  for _, e in next, A.entities do
    if e.role_head and alike[e.role_head] and e.person ~= false then
      if found and found ~= e then return nil end
      found = e
    end
  end
  return found
end

-- Analyser.former_holder(A, m): does role mention m say its holder was
-- one once, a word of speech_words.txt's `former_role` before its noun or
-- glued to it by a hyphen, an inflected `-e` too (`de ex-trainer`, `the
-- former coach`, `de voormalige burgemeester`)?
function Analyser.former_holder(A, m)
  local set = A.L.sets.former_role
  if not next(set) then return false end
  for w in string.gmatch(m.text, "[^%s%-]+") do
    local lw = lc(w)
    if set[lw] or sub(lw, -1) == "e" and set[sub(lw, 1, -2)] then return true end
  end
  return false
end

-- other_office_holder(A, e, m): has the article given person e an office
-- of unnamed_office other than role mention m's, m's noun an office's
-- (not a person's, an age's or a demonym's: those name no office)?
local function other_office_holder(A, e, m)
  local head = m.head
  return head ~= nil and not (A.L.sets.any_person[head] or A.L.sets.generic_office[head] or Analyser.age_noun(head)
                             or A.L.demonym[head])
         and Analyser.holds_other_office(A, e, head)
end

local function other_role(A, e, m, other_mod)
  -- (a person's noun that the role list lacks is no office: `de
  -- Vierpoldenaar`, a town's man, is `de eigenaar` too)
  return e.role_head ~= nil and e.role_head ~= m.head and m.def ~= "dem"
         and not (e.person ~= false and (e.gender == "m" or e.gender == "f") and not role_of(A.L, e.role_head))
         and Analyser.alike_roles(A.L, m.head)[e.role_head] == nil
         and not (A.L.sets.any_person[m.head] or A.L.sets.generic_office[m.head] or Analyser.age_noun(m.head))
         -- (where someone is from is no office: `de Engelsman Scott
         -- Williams ... De 33-jarige Brit`)
         and not (A.L.demonym[m.head] and A.L.demonym[e.role_head])
         or other_mod ~= nil and e.canon == other_mod
         -- (nor one the article named with another elected office)
         or m.head ~= nil and A.L.sets.elected_office[m.head] ~= nil and not Analyser.former_holder(A, m)
            and Analyser.holds_other_elected(A, e, m.head)
end

local function gender_fits(want, have)
  if not want or not have or want == "p" or have == "p" or have == "?" then return true end
  for i = 1, #want do
    if find(have, sub(want, i, i), 1, true) then return true end
  end
  return false
end

-- Analyser.reply_to(an, A, h, m) -> the person a reply's cue h (its
-- lemma of speech_words.txt's `reply_cue`) answers, for its he or she m:
-- the one the cue before it, in the sentence before or the same one, spoke
-- to, its object right after the verb or after `to`/`tegen` (`"Is it
-- over?" the judge asked the defendant. "No," he replied.`, `..." she
-- said to an employee. "We all are," he replied.`), when a person of m's
-- sex and no one who spoke last; and so for a definite role m of one
-- person; else nil
-- Analyser.other_office_word(L, head, w): is word w a person's role
-- noun of an office other than role noun head's, no noun alike
-- (`Labour leader` for `the minister`, `businessman` for `the
-- prosecutor`)?
function Analyser.other_office_word(L, head, w)
  local g, key = role_of(L, names.lc_memo[w] or lc(w))
  return key ~= nil and SETS.one_person[g] ~= nil and not Analyser.alike_roles(L, head)[key]
end

local REPLY_REACH = 300
-- Analyser.spoken_to(A, h) -> the mention of the one cue h speaks to:
-- its object right after the verb, or after `to`/`tegen`/`aan`, past an
-- inverted subject too (`the judge asked the defendant`, `vraagt de
-- rechter aan de verdachte`), a name or a person's role; else nil
function Analyser.spoken_to(A, h)
  local s = A.s
  local y = skip_spaces(s, h.subj and h.subj.how == "after" and h.subj.e > h.e and h.subj.e or h.e)
  local w = string.match(s, "^(%a+)%s", y)
  if w == "to" or w == "tegen" or w == "aan" then
    y = skip_spaces(s, y + #w)
  elseif h.subj and h.subj.how == "after" then
    return nil
  end
  local _, se = sentence_of(A, y)
  local o = first_np(A, y, se)
  if not o or o.s ~= y or o.kind == "pron" then return nil end
  if not (o.kind == "name" or o.kind == "role" and SETS.one_person[o.gender]) then return nil end
  return o
end

function Analyser.reply_to(an, A, h, m)
  local hits, s = A.hits, A.s
  local prev
  for i = 2, #hits do
    if hits[i] == h then prev = hits[i - 1] break end
  end
  if not prev or h.s - prev.e > REPLY_REACH then return nil end
  local ps = sentence_of(A, prev.s)
  local hs = sentence_of(A, h.s)
  if ps ~= hs and (hs <= A.first or sentence_of(A, hs - 1) ~= ps) then return nil end
  local o = Analyser.spoken_to(A, prev)
  if not o then return nil end
  -- (for a definite role m, a named one spoken to, the one who spoke no
  -- holder of m's office: `Starmer ... said to Johnson during PMQs: "..."
  -- // The prime minister replied, "..."` is Johnson; `the judge asked
  -- the defendant. "...," the judge replied` is the judge again)
  if m.kind == "role" then
    local ps0 = prev.subj
    if o.kind ~= "name" or ps0 and ps0.kind == "role" and ps0.head and Analyser.alike_roles(A.L, m.head)[ps0.head] then
      return nil
    end
    -- (nor where the article names a holder of the office other than the
    -- one spoken to, or gives that one another role: `Chancellor Jeremy
    -- Hunt ... said to Laura Kuenssberg: ... the chancellor replied`,
    -- `Judge Whitfield told defendant Mark Jones: ... The prosecutor
    -- replied`)
    local holder = Analyser.role_holder(A, m.head)
    local oc = names.canonical(A.article, o.text, A.lang)
    if holder and holder ~= oc then return nil end
    for p in Analyser.whole_words(s, oc) do
      local pw = names.letters_before_space(s, (p - 30 > 1 and p - 30 or 1), p - 1)
      if pw and Analyser.other_office_word(A.L, m.head, pw) then return nil end
    end
  end
  local e = an:resolve(A, o, o.s)
  if e and e.person ~= false and e ~= A.last and gender_fits(m.gender, e.gender) then return e end
  return nil
end

-- the first bytes of a name (an ASCII capital), of `, Name` and of `of`
-- / `van` (either case)
SETS.role_name_lead = { [44] = true, [111] = true, [79] = true, [118] = true, [86] = true }
for c = 65, 90 do SETS.role_name_lead[c] = true end

-- Analyser.role_for_phrase(A, x, closers): where the phrase at x that says
-- whom a role speaks for ends: it opens with a word of L.sets.role_for and runs
-- up to 60 bytes to its first punctuation, which must be one of the bytes
-- of closers (`,`, or `,.;`); the phrase's end (that byte) and first
-- word's end, or nil
local ROLE_FOR_STOP = "[,.;:!?\"()\226]"
function Analyser.role_for_phrase(A, x, closers)
  local s = A.s
  local _, pe, pw = find(s, "^(%a+)", x)
  if not (pw and A.L.sets.role_for[pw]) then return nil end
  local stop = find(s, ROLE_FOR_STOP, pe)
  -- (past a curly apostrophe after a word's letter, a possessive's: `of
  -- the NAHT heads’ union, Paul Whiteman,`)
  while stop and stop - pe <= 60 and sub(s, stop, stop + 2) == "\226\128\153" and find(s, "^%a", stop - 1) do
    stop = find(s, ROLE_FOR_STOP, stop + 3)
  end
  if not stop or stop - pe > 60 or not find(closers, sub(s, stop, stop), 1, true) then return nil end
  return stop, pe
end

-- Analyser.role_for_cue(A, x): does the phrase at x that says whom a
-- role speaks for run, with no punctuation, up to a cue's verb within
-- ROLE_FOR_CUE_REACH bytes (`..., the leader of the SNP and Greens on the
-- cross-party budget working group said`: the appositive's closing comma
-- left out)?
local ROLE_FOR_CUE_REACH = 100
function Analyser.role_for_cue(A, x)
  local s, L = A.s, A.L
  local _, pe, pw = find(s, "^(%a+)", x)
  if not (pw and L.sets.role_for[pw]) then return false end
  local hi = x + ROLE_FOR_CUE_REACH
  local p = pe + 1
  while p < hi do
    local a, b, w = find(s, "^%s+([%a%-]+)", p)
    if not a then return false end
    if L.cue[lc(w)] and is_lower_at(w, 1) then return true end
    p = b + 1
  end
  return false
end

-- Analyser.role_for_name(A, x): the name between commas after the
-- phrase at x that says whom a role speaks for (`A spokeswoman for the
-- airline, Karen Doyle, said`, `een woordvoerder van de gemeente, Anna
-- de Boer,`), or nil: the phrase opens with for/of/at/van/voor/bij/
-- namens, has no other punctuation and at most six words, and the name
-- closes with a comma
function Analyser.role_for_name(A, x)
  local s, g = A.s, A.g
  local comma, pe = Analyser.role_for_phrase(A, x, ",")
  if not comma or count_words(s, pe + 1, comma, 7) > 6 then return nil end
  local t = tokens(s, comma + 1, (#s + 1 < comma + 70 and #s + 1 or comma + 70))
  if #t < 4 or names.kind(s, t, 1, g) ~= "N" then return nil end
  local last = names.run_starting(s, t, 1, g)
  if not last or tok(s, t, last + 1) ~= "," then return nil end
  -- (nor a place's region after the place that ends the phrase: `The
  -- mayor of Mamaroneck, New York, said`; region_words)
  if find(sub(s, pe + 1, comma - 1), "%f[%w]%u[%w\128-\255%-]*$") and region_words(A, t, 1, last) then
    return nil
  end
  -- (a minister's portfolios listed with commas are no name: `The
  -- Minister for Agriculture, Natural Resources, Livestock and Fisheries,
  -- Mr Mmanga Mjengo Mjawir`)
  if g.portfolio then
    local all = true
    for x = 1, last do
      if not g.portfolio[ltok(s, t, x)] then all = false break end
    end
    if all then return nil end
  end
  return sub(s, t[1], t[2 * last] - 1)
end

-- Analyser.name_comma_before(A, a) -> the name of two words or more
-- that a comma right before position a ends, opening with a given name
-- of the list (`Petra Huitink, directrice ...`); else nil
function Analyser.name_comma_before(A, a)
  local s, g = A.s, A.g
  local y = space_back(s, a, 1)
  if byte(s, y - 1) ~= 44 then return nil end
  local t = tokens(s, (y - 60 > 1 and y - 60 or 1), y - 1)
  local k = #t // 2
  if k < 2 or names.kind(s, t, k, g) ~= "N" then return nil end
  local f = names.run_ending(s, t, k, g) or k
  if f == k or not g.given[ltok(s, t, f)] then return nil end
  return sub(s, t[2 * f - 1], t[2 * k] - 1)
end

-- Analyser.role_equated_name(A, c, n) -> mention n when it is a name that
-- a copula (speech_words.txt `copula`) right before it parts from role
-- mention c before it, a place's phrase at most between (no punctuation,
-- sixty bytes), the two one person (`Een van de vele melkveehouders in
-- onze provincie is Ad de Brouwer`), or one between commas right after
-- the role's phrase (`Een andere leerling uit de leerlingenraad, Luca,`);
-- else nil
function Analyser.role_equated_name(A, c, n)
  if not (n and not n.role and n.kind ~= "pron" and c.role and c.role.e and n.s > c.role.e) then return nil end
  if n.s - c.role.e > 60 then return nil end
  local gap = sub(A.s, c.role.e, n.s - 1)
  -- (and so a name between commas right after the role's phrase, words
  -- in lower case at most between: `Een andere leerling uit de
  -- leerlingenraad, Luca, houdt een toespraak`)
  -- (and so where the name's own comma is missing before its cue, or
  -- where it is from stands between: `One of the traders whose shop was
  -- affected, Titilayo Oreoluwa told`, `Another resident, MJ Skhosana from
  -- Vezinyawo settlement, said`)
  if find(gap, "^[%l%s]*,%s*$") then
    if byte(A.s, n.e) == 44 then return n end
    local w2, rest = string.match(A.s, "^ (%l+)()", n.e)
    if w2 and A.L.cue[w2] then return n end
    if w2 and (A.L.sets.place_prep[w2] or w2 == "of") then
      local upto = string.match(A.s, "^[^,.;:!?\n]-(),", rest)
      if upto and upto - rest <= 40 then return n end
    end
  end
  if find(gap, "[,;:.!?()\n]") then return nil end
  local w = string.match(gap, "(%a+)%s+$")
  -- (a person's role noun may stand between: `Een van hen is trainer
  -- Piet Smit`; not after a possessive's role, someone else's, `Zijn
  -- opvolger wordt assistent-trainer Piet Smit`)
  if w and not A.L.sets.copula[lc(w)] and SETS.one_person[role_of(A.L, w)] and c.role.def ~= "poss" then
    w = string.match(gap, "(%a+)%s+%a+%s+$")
  end
  if not (w and A.L.sets.copula[lc(w)]) then return nil end
  -- (the name ends the predicate: a sentence's or a clause's end, an
  -- age's bracket, a preposition's phrase, a coordinating word or a
  -- relative after it (review 2: `is Ad de Brouwer en hij heeft het
  -- zwaar`, `is John Davies who has farmed ...`); not a possessive
  -- or an adjective, `The driver was John Smith's son`, `De trainer is
  -- Jan Smit dankbaar`)
  local nx = string.match(A.s, "^[ \t]*()", n.e)
  local c = byte(A.s, nx)
  if c == 39 or c == 226 or c and ((c >= 65 and c <= 90) or (c >= 97 and c <= 122)) then
    local w2 = string.match(A.s, "^(%a+)", nx)
    local lw2 = w2 and lc(w2)
    if not (lw2 and nx > n.e and (A.L.prep[lw2] or A.L.sets.coord[lw2] or A.L.sets.relative[lw2])) then return nil end
  end
  return n
end

-- Analyser.role_place_name(A, x): the person's name that ends a role's
-- place phrase with no comma, x at the word after the role's noun (`de
-- burgemeester van Amsterdam Femke Halsema`, `de ambassadeur bij de
-- Verenigde Naties Sergei Kislitsia`, `the mayor of London Sadiq Khan`):
-- a word of speech_words.txt's `complement_of` or `office_prep`, a
-- determiner at most, then one run of capitalised words whose last two
-- or more open with a given name of the list, no given name before it
-- (`De woordvoerder van Jan Peter Balkenende`, `A spokesman for Sarah
-- Jessica Parker` name whose the role is); nil when none
function Analyser.role_place_name(A, x)
  local s, g, L = A.s, A.g, A.L
  if not g.given then return nil end
  local w, wx = string.match(s, "^(%l+)%s+()", x)
  if not (w and (L.sets.complement_of[w] or L.sets.office_prep[w])) then return nil end
  local d, dx = string.match(s, "^(%l+)%s+()", wx)
  if d then
    if not L.det[d] then return nil end
    wx = dx
  end
  local t = tokens(s, wx, (#s + 1 < wx + 80 and #s + 1 or wx + 80))
  if #t < 6 or names.kind(s, t, 1, g) ~= "N" then return nil end
  -- (past an office's portfolios that en/and joins, to a given name of
  -- the list: `schepen van Verkeer en Mobiliteit Ine Callens`)
  if g.portfolio and g.portfolio[ltok(s, t, 1)] then
    local p, n = 1, #t // 2
    while p < n and (g.portfolio[ltok(s, t, p)] or L.sets.conjunction[ltok(s, t, p)]) do p = p + 1 end
    if p > 2 and g.given[ltok(s, t, p)] and is_upper_at(s, t[2 * p - 1]) then
      local l2 = names.run_starting(s, t, p, g)
      if l2 and l2 > p then return sub(s, t[2 * p - 1], t[2 * l2] - 1) end
    end
  end
  local last = names.run_starting(s, t, 1, g)
  if not last or last < 3 then return nil end
  for k = 2, last - 1 do
    if g.given[ltok(s, t, k)] and is_upper_at(s, t[2 * k - 1]) then
      for j = 1, k - 1 do
        if g.given[ltok(s, t, j)] then return nil end
      end
      -- (nor a name right after a role or title of its own, whose holder
      -- it is, the phrase's object: `the lawyer for Labour MP Diane
      -- Abbott`, `de invaller voor PSV-spits Luuk de Jong`)
      if role_of(L, tok(s, t, k - 1)) or names.title_like(g, tok(s, t, k - 1)) then return nil end
      return sub(s, t[2 * k - 1], t[2 * last] - 1)
    end
  end
  return nil
end

-- Analyser.appositive_name_before(A, a): the name whose appositive the
-- role noun at a opens (`Tom Reddy, a spokesman`, `Smith, the senior
-- minister`, `Anna de Boer, de woordvoerder`): a name, a comma, a
-- determiner and up to three words in lower case before the noun, and
-- after it (at e) a comma or a stop, perhaps past a phrase of whom it
-- speaks for (`, a spokesman for the SFO.`; not the subject of a verb
-- after a clause's comma: `..., his daughter said`); or nil
function Analyser.appositive_name_before(A, a, e)
  local s, L, g = A.s, A.L, A.g
  local c = byte(s, e)
  -- (a copula and the definite article before the role make the name
  -- before them its holder whatever follows the noun: `Dyfed Edwards is
  -- the Chair of Betsi Cadwaladr University Health Board (BCUHB) and
  -- was speaking`)
  local copula = false
  local cw, dw = string.match(sub(s, (a - 12 > 1 and a - 12 or 1), a - 1), "(%l+) (%l+) $")
  -- (a singular copula: `Involved were the manager of Leeds and ...`,
  -- `Betrokken waren de trainer ...` give no one the role)
  if cw and L.sets.copula[cw] and not L.sets.plural_copula[cw] and L.det[dw] == "def" then copula = true end
  if not copula and c ~= 44 and c ~= 46 and not (c == 32 and (Analyser.role_for_phrase(A, e + 1, ",.;")
                                                               or Analyser.role_for_cue(A, e + 1))) then
    return nil
  end
  local t = tokens(s, (a - 90 > 1 and a - 90 or 1), a)
  local k = #t // 2
  local mods = 0
  while k >= 1 and mods < 3 and not is_punct_tok(s, t, k) and is_lower_at(s, t[2 * k - 1])
        and not L.det[ltok(s, t, k)] do
    k, mods = k - 1, mods + 1
  end
  -- (and past a body's name in capitals before them, with a determiner
  -- and a comma before it: `Pallozzi, a National Weather Service
  -- meteorologist, said`)
  if not copula and not (k >= 3 and L.det[ltok(s, t, k)]) then
    local k2 = k
    while k2 >= 1 and k - k2 < 4 and not is_punct_tok(s, t, k2) and is_upper_at(s, t[2 * k2 - 1])
          and not L.det[ltok(s, t, k2)] do
      k2 = k2 - 1
    end
    if k2 < k and k2 >= 3 and L.det[ltok(s, t, k2)] and tok(s, t, k2 - 1) == "," then k = k2 end
  end
  local last
  if copula then
    if not (k >= 3 and L.det[ltok(s, t, k)] == "def" and L.sets.copula[ltok(s, t, k - 1)]) then return nil end
    last = k - 2
  elseif k >= 3 and L.det[ltok(s, t, k)] and tok(s, t, k - 1) == "," then
    last = k - 2
  elseif k >= 2 and tok(s, t, k) == "," then
    -- (or with no determiner: `Remmert Keizer, fractievoorzitter van
    -- GemeenteBelang Westland,`)
    last = k - 1
  else
    return nil
  end
  -- (past a word in brackets after the name: `Elaine Thornton Nicol
  -- (pictured), the leader of ...`)
  if last >= 4 and tok(s, t, last) == ")" and tok(s, t, last - 2) == "(" and is_lower_at(s, t[2 * last - 3]) then
    last = last - 3
  end
  if names.kind(s, t, last, g) ~= "N" then return nil end
  local first = names.run_ending(s, t, last, g)
  if not first then return nil end
  -- (not the second of two names a comma joins, a place's county or
  -- country: `Speaking from Eastwood Park Prison, Wiltshire, the woman,
  -- who cannot be named, said`)
  if first >= 3 and tok(s, t, first - 1) == "," and names.kind(s, t, first - 2, g) == "N" then return nil end
  return sub(s, t[2 * first - 1], t[2 * last] - 1)
end

-- role_person(A, head [, x]) -> the canonical name the article gives role
-- noun head (`topman Mark Zuckerberg`, `minister Stefano Patuanelli`):
-- of the last such place before position x, else of the first; nil when
-- the article names nobody so. (Every place of a head is found once per
-- article: a list of {position, name as written}.)
-- Analyser.alike_roles(L, head) -> the role nouns that name head's office
-- (speech_words.txt's `role_alike`, groups joined by `/`), as a set with
-- head in it, and as a list in its order (`trainer/coach`: a person the
-- article calls trainer is the coach it speaks of later)
local alike_memo = setmetatable({}, { __mode = "k" })
function Analyser.alike_roles(L, head)
  local by_head = alike_memo[L]
  if not by_head then
    by_head = {}
    for group in pairs(L.sets.role_alike) do
      local set, list = {}, {}
      for w in group:gmatch("[^/]+") do
        if not set[w] then set[w] = true list[#list + 1] = w end
      end
      local office = { set = set, list = list }
      for i = 1, #list do by_head[list[i]] = office end
    end
    alike_memo[L] = by_head
  end
  local office = by_head[head or ""]
  if not office then
    office = { set = { [head or ""] = true }, list = { head } }
    by_head[head or ""] = office
  end
  return office.set, office.list
end

-- Analyser.title_case_end(A) -> where the article's first line ends when
-- it is a headline written in title case (four words or more, each of
-- four letters or more capitalised, no full stop at its end: `Nosy
-- Neighbor Nabs Bad Guys`), whose capitals name no one by themselves;
-- else 0 (once an article)
function Analyser.title_case_end(A)
  local v = A.title_case_end
  if v then return v end
  v = 0
  local s = A.s
  local first = skip_spaces(s, 1)
  local nl = find(s, "\n", first, true)
  if nl and nl - first <= 150 and byte(s, nl - 1) ~= 46 then
    local words, long = 0, true
    for w in string.gmatch(sub(s, first, nl - 1), "[%a\128-\255']+") do
      words = words + 1
      if #w >= 4 and not is_upper_at(w, 1) then long = false break end
    end
    if long and words >= 4 then v = nl end
  end
  A.title_case_end = v
  return v
end

-- Analyser.place_word_in_body(A, w): does the article's body write the
-- capitalised word w right after a preposition of place or of/van
-- (`place_prep`, `complement_of`): a place's or body's name?
function Analyser.place_word_in_body(A, w)
  local s, sets = A.s, A.L.sets
  local at = find(s, w, A.first, true)
  while at do
    local pw = names.letters_before_space(s, (at - 8 > 1 and at - 8 or 1), at - 1)
    if pw and (sets.place_prep[pw] or sets.complement_of[pw]) and not is_word_at(s, at + #w) then return true end
    at = find(s, w, at + #w, true)
  end
  return false
end

-- Analyser.office_place(A, noun, name): does the article write name
-- after role noun noun (lower case) and van/of (complement_of), as the
-- office's place (`de burgemeester van Den Haag`)? The name searched, a
-- capital's rare byte, and the words before it tested.
function Analyser.office_place(A, noun, name)
  local s, sets = A.s, A.L.sets
  -- (a name that opens with a given name is a person's: most are)
  local first = string.match(name, "^%S+")
  if A.g.given[lc(first)] then return false end
  for p in names.whole_words(s, name) do
    -- (`noun van ` right before it, by bytes: the complement word, then
    -- the noun, each with one blank)
    local w = string.match(sub(s, (p - 5 > 1 and p - 5 or 1), p - 1), "(%a+) $")
    if w and sets.complement_of[w] and lc(sub(s, p - #w - 2 - #noun, p - #w - 3)) == noun then return true end
  end
  return false
end

local function role_places(A, head)
  local cache = A.role_cache
  if not cache then
    cache = {}
    A.role_cache = cache
  end
  local list = cache[head]
  if list then return list end
  list = {}
  local s, g = A.s, A.g
  -- (a closed compound the role list reads as a person's role is known
  -- too: `de districtschef van de politie in Zeeland, Ronald Weydema,`)
  local known = A.L.role[head] ~= nil or A.lang ~= "en" and SETS.one_person[role_of(A.L, head)] ~= nil
  -- (each noun of the office, in lower case and with its capital)
  local forms = {}
  local _, alike_list = Analyser.alike_roles(A.L, head)
  for _, h in ipairs(alike_list) do
    local H = h:sub(1, 1):upper() .. h:sub(2)
    forms[#forms + 1] = h
    if H ~= h then forms[#forms + 1] = H end
    -- (and an acronym's capitals: `CEO Jeffrey Immelt`; nouns of three
    -- letters or fewer, as the list writes acronyms)
    if #h <= 3 and h:upper() ~= H then forms[#forms + 1] = h:upper() end
  end
  for _, form in ipairs(forms) do
    local init = 1
    while true do
      local a, b = rare_find(s, form, init)
      if not a then break end
      init = b + 1
      local e = b + 1
      -- (only a capital, a comma or of/van after the word can start
      -- either form: the byte after the spaces tells, without tokens)
      local nx = skip_spaces(s, e)
      local c = byte(s, nx)
      local whole = (a == 1 or not is_word_at(s, char_start(s, a - 1))) and not is_word_at(s, e)
      -- (front: the capitalised front of a hyphen's compound, whose
      -- office it is, kept as the place's modifier: `SP-leider Lilian
      -- Marijnissen` is no `de DENK-leider`)
      local front
      -- (outside English, also as a capitalised compound's tail, a
      -- hyphen's too: `Anderlechtcoach Hein Vanhaezebrouck`, `PSV-trainer
      -- Peter Bosz`; not a former one's, `Oud-trainer`, `Ex-coach`)
      if whole and a > 2 and byte(s, a - 1) == 45 then
        local ws = a - 1
        while ws > 1 and ws > a - 24 and is_word_at(s, char_start(s, ws - 1)) do ws = char_start(s, ws - 1) end
        if A.L.sets.former_role[lc(sub(s, ws, a - 2))] then whole = false end
        if ws < a - 1 and is_upper_at(s, ws) then front = lc(sub(s, ws, a - 1)) end
      elseif not whole and A.lang ~= "en" and a > 1 and not is_word_at(s, e) then
        local ws = a - 1
        while ws > 1 and ws > a - 24 and (is_word_at(s, char_start(s, ws - 1)) or byte(s, ws - 1) == 45) do
          ws = char_start(s, ws - 1)
        end
        -- (or in lower case, a compound the role list reads as this
        -- role: `wijkagent Bart Postma ... de wijkagent`)
        if (ws == 1 or not is_word_at(s, char_start(s, ws - 1)))
           and (is_upper_at(s, ws) or SETS.one_person[role_of(A.L, sub(s, ws, e - 1))])
           and not A.L.sets.former_role[lc(string.match(sub(s, ws, a - 1), "^[^%-]*"))] then
          whole = true
        end
      end
      local found
      -- (not in a title-case headline: `Nosy Neighbor Nabs Bad Guys`)
      if whole and a < Analyser.title_case_end(A) then whole = false end
      if whole and c and (SETS.role_name_lead[c] or c >= 128) then
        -- `topman Mark Zuckerberg`
        -- (the name as written: its canonical form is asked only of the
        -- place role_person picks)
        -- (within its line: a headline's last name runs on into the
        -- dateline after it otherwise)
        local hi = #s + 1 < e + 70 and #s + 1 or e + 70
        local nl = find(s, "\n", e, true)
        if nl and nl < hi then hi = nl end
        local t = tokens(s, e, hi)
        -- (a noun of the office alike that is a title's or an office's
        -- first word names another office: `Justice Secretary Shabana
        -- Mahmood`, `Justice Minister Yariv Levin` hold no judge's)
        -- (an honorific of one sex is no office: `Justice Dame Susan
        -- Glazebrook`, `Justice Dr Smokin Wanjala`)
        local tv = #t >= 2 and g.titles[ltok(s, t, 1)]
        local honorific = tv == "m" or tv == "f" or tv == "p"
        if lc(form) ~= head and #t >= 2 and not honorific and (tv or role_of(A.L, tok(s, t, 1))) then
          t = {}
        end
        -- (past the rest of a title of two words: `Premier Designate Wab
        -- Kinew`)
        local f1 = 1
        if #t >= 4 and Analyser.title_rest(g, lc(form), ltok(s, t, 1)) then f1 = 2 end
        -- (past a person's honorific, its period too: `magistrate Mr
        -- Joshua Nembaware`, `judge Mrs. Jane Doe`)
        -- (and past a rank, a title of no sex, before a name: `Police
        -- spokesperson Colonel Moatshe Ngoepe`)
        local hv = #t >= 4 and g.titles[ltok(s, t, f1)]
        if (hv == "m" or hv == "f" or hv == "p" or hv and #t >= 2 * (f1 + 1) and names.kind(s, t, f1 + 1, g) == "N")
           and is_upper_at(s, t[2 * f1 - 1]) then
          f1 = f1 + 1
          if tok(s, t, f1) == "." and #t >= 2 * (f1 + 1) then f1 = f1 + 1 end
        end
        -- (past the office's portfolios and the comma after them:
        -- `Wethouder Economie en Werk, Ellie Eggengoor zat ook aan tafel`)
        if g.portfolio and #t >= f1 + 3 and g.portfolio[ltok(s, t, f1)] then
          local p = f1
          while p < #t // 2 and (g.portfolio[ltok(s, t, p)] or A.L.sets.conjunction[ltok(s, t, p)]) do p = p + 1 end
          if tok(s, t, p) == "," and p < #t // 2 then p = p + 1 end
          if p > f1 + 1 and names.kind(s, t, p, g) == "N" and (names.run_starting(s, t, p, g) or p) > p then f1 = p end
        end
        -- (a surname may open with its capitalised particle: `Wethouder
        -- Van Liere`)
        -- (#t counts two numbers a token)
        local k1 = #t >= 2 * f1 and names.kind(s, t, f1, g)
        if k1 == "N" or k1 == "A" and is_upper_at(s, t[2 * f1 - 1]) and #t >= 2 * (f1 + 1)
                        and names.kind(s, t, f1 + 1, g) == "N" then
          local last = names.run_starting(s, t, f1, g)
          if last then found = sub(s, t[2 * f1 - 1], t[2 * last] - 1) end
        end
        if not found and #t >= 2 then
          local nm = role_name(A, t, 1)
          if nm then found = nm.text end
        end
        -- `officier van justitie Marieke Smeets`: the rest of a role of
        -- three words the list has, then the name
        if not found and #t >= 6 and names.kind(s, t, 3, g) == "N" and Analyser.role_phrase(A, t, 2, head) then
          local last = names.run_starting(s, t, 3, g)
          if last then found = sub(s, t[5], t[2 * last] - 1) end
        end
        -- (after a word the role list does not have, which may be no
        -- noun at all, an acronym is no name it gives: `get AIDS`)
        if found and not (known or find(found, "%l")) then found = nil end
        -- (nor one word: a work's title cut short, `the tell-all book Too
        -- Much and Never Enough`)
        if found and not known and not find(found, " ", 1, true) then found = nil end
        -- (nor, in the headline, one word the body writes after a
        -- preposition of place or whose: the office's place, `Bondscoach
        -- België wil ...` beside `bondscoach van België`)
        if found and a < A.first and not find(found, " ", 1, true) and Analyser.place_word_in_body(A, found) then
          found = nil
        end
        -- (nor a place the article writes after the noun and van/of
        -- elsewhere: the office's place, which a heading's short form puts
        -- right after the noun, `'Burgemeester Den Haag is ook burgemeester
        -- Duindorp'` beside `de burgemeester van Den Haag`)
        if found and Analyser.office_place(A, lc(form), found) then found = nil end
        -- (a person's role before a body's name that opens with its
        -- acronym says whose the role is, no person: `Patrick van der
        -- Hoeff (lijsttrekker PVV Terneuzen)`; the name the role is an
        -- appositive of is read below)
        if found and SETS.one_person[A.L.role[head]] and names.is_acronym(string.match(found, "^%S+")) then
          found = nil
        end
        -- (nor a body's name, a headline's label: `Voorzitter Hengelose
        -- IJsclub: '...'` gives no one the role)
        -- (nor, anywhere, a body's name of one word after the noun, its
        -- organisation word or a compound of one: the body's name the
        -- noun opens, `Gedeputeerde Staten vergaderden` gives no
        -- gedeputeerde, or whose the role is, `Directeur Rijksmuseum
        -- oneens met klachten`)
        if found and SETS.one_person[A.L.role[head]] and is_org_name(A, found)
           and (byte(s, skip_spaces(s, e + #found + 1)) == 58 or not find(found, " ", 1, true)) then
          found = nil
        end
        -- (nor a run after the noun, no given name opening it, that ends
        -- its line or a clause where a person's name and a comma stand
        -- right before the noun: the run is whose the role is, the name
        -- before it the person's, as a caption writes it, `Petra Huitink,
        -- directrice De Telgenkamp`, `Jan Smit, trainer Ajax, en ...`;
        -- not a list's next person, `burgemeester Jan de Vries, wethouder
        -- Van Dam en ...`, review 2)
        if found and g.given and not g.given[lc(string.match(found, "^%S+"))] then
          local fa = find(s, found, e, true)
          local after = fa and string.match(s, "^[ \t]*()", fa + #found)
          local c2 = after and byte(s, after)
          if after and (after > #s or c2 == 10 or c2 == 13 or c2 == 44 or c2 == 46 or c2 == 59) then
            local before = Analyser.name_comma_before(A, a)
            if before then found = before end
          end
        end
      end
      if whole and known then
        -- `A spokeswoman for the airline, Karen Doyle,`, `een
        -- woordvoerder van de gemeente, Anna de Boer,`
        -- (not where the role is an appositive of the name before it,
        -- the name after its phrase a place's: `Helen Hannah, headteacher
        -- at Ferney Lee Primary School, Todmorden, has welcomed`)
        if not found and c and c >= 97 and c <= 122 then
          found = Analyser.role_for_name(A, nx)
          if found and Analyser.appositive_name_before(A, a, e) then found = nil end
        end
        -- `de burgemeester van Amsterdam Femke Halsema`, no commas
        if not found and c and c >= 97 and c <= 122 then found = Analyser.role_place_name(A, nx) end
        -- `Tom Reddy, a spokesman for the SFO`: the name the role is an
        -- appositive of
        if not found then
          local before = Analyser.appositive_name_before(A, a, e)
          if before then list[#list + 1] = { a, before, nil } end
        end
      end
      -- (with the word in lower case right before the noun, a modifier
      -- that may make it another role: `general secretary`)
      if found then
        -- (the name in the possessive is the name: `Judge Miller's
        -- statement`)
        local pl = names.possessive_len(found)
        if pl > 0 then found = sub(found, 1, #found - pl) end
        list[#list + 1] = { a, found, Analyser.role_modifier(A, sub(s, (a - 24 > 1 and a - 24 or 1), a - 1)),
                            Analyser.deputy_before(A, a), lc(form) == head, front,
                            Analyser.other_one_before(A, a) }
      end
    end
  end
  -- (more forms searched than one: their places in text order)
  if #forms > 1 then table.sort(list, function(p, q) return p[1] < q[1] end) end
  cache[head] = list
  return list
end

-- Analyser.other_one_before(A, a): is the word right before the role
-- noun at a one of speech_words.txt's `other_one` (`Another witness`,
-- `een andere getuige`), the role's holder someone besides those before?
function Analyser.other_one_before(A, a)
  local w = names.letters_before_space(A.s, (a - 24 > 1 and a - 24 or 1), a - 1)
  return w ~= nil and A.L.sets.other_one[lc(w)] ~= nil
end

-- (mod: the modifier of the mention's noun, see role_modifier: a place
-- whose noun has another is another role, `the education secretary` is
-- not the union's `general secretary, Paul Whitmore`; front: the
-- capitalised front of the mention's hyphen compound, as role_places
-- keeps a place's, `de SP-leider` is no `DENK-leider Farid Azarkan`)
local function role_person(A, head, x, mod, deputy, front)
  local list = role_places(A, head)
  if #list == 0 then return nil end
  local pick, before, exact, other_seen
  for i = 1, #list do
    local p = list[i]
    -- (a deputy's office is another: `the Labour leader` is not `Deputy
    -- Labour leader Tom Watson`; deputy_before)
    -- (nor is one the article brings in after x as another holder: `A
    -- garda witness ... the witness replied ... Another witness, Sgt
    -- Seamus Nolan, said`; other_one_before)
    local other = x and p[7] and p[1] >= x
    if other then other_seen = true end
    if not (mod and p[3] and p[3] ~= mod) and not (front and p[6] and p[6] ~= front)
       and (p[4] or false) == (deputy or false) and not other then
      if not pick or x and p[1] < x then pick, before = p[2], x and p[1] < x end
      if x and p[1] >= x then break end
      -- (the noun itself before a noun alike: `Defence solicitor Tom
      -- Brown ... Prosecuting barrister Jane Smith ... The solicitor
      -- told` is Tom Brown)
      if p[5] then exact = p[2] end
    end
  end
  if exact then pick = exact end
  -- (less a role that opens the name: `De Graafschap-trainer Henk de
  -- Jong`; and whether the article gave it before x)
  -- (and less where the person's office is, after a given name and a
  -- surname: `Burgemeester Jack Mikkers van Den Bosch`)
  return pick and Analyser.lead_role_cut(A, names.affiliation_cut(names.canonical(A.article, pick, A.lang), A.g)), before,
         other_seen
end

-- Analyser.role_tied_to_body(A, rw, body, after) -> does the article,
-- after position after, write role noun rw (either case) with body's
-- name within the next 60 bytes of its clause, or glued before it by a
-- hyphen (`Voorzitter Just Spee van de KNVB`, `KNVB-voorzitter`)?
function Analyser.role_tied_to_body(A, rw, body, after)
  local s, lw = A.s, lc(rw)
  if find(s, body .. "-" .. lw, after, true) then return true end
  for _, form in ipairs({ rw, lw }) do
    local init = after
    while true do
      local a, b = find(s, form, init, true)
      if not a then break end
      local seg = sub(s, b + 1, b + 60)
      local stop = find(seg, "[.;:!?\n]")
      local at = find(seg, body, 1, true)
      if at and (not stop or at < stop) then return true end
      init = b + 1
    end
  end
  return false
end

-- Analyser.role_holder(A, head) -> the person the article names with
-- role noun head (or one alike), role_person's answer, or nil
function Analyser.role_holder(A, head)
  return head and role_person(A, head) or nil
end

-- holds_office(A, e, head, same): did the article give person e an office
-- of speech_words.txt's `unnamed_office` that is head's or one alike
-- (same: `officier van justitie Marieke Smeets` for `de aanklager`), or
-- one that is neither (not same: `zijn advocaat, meester Moons` is no
-- aanklager)?
local function holds_office(A, e, head, same)
  local alike = Analyser.alike_roles(A.L, head)
  for office in next, Analyser.offices_present(A) do
    -- (a compound of the other's noun is the same office: `politierechter`
    -- and `rechter`)
    local its = (alike[office] or sub(office, -#head) == head or sub(head, -#office) == office) and true or false
    if its == same and role_person(A, office) == e.canon then return true end
  end
  return false
end

function Analyser.holds_other_office(A, e, head) return holds_office(A, e, head, false) end
function Analyser.holds_office_alike(A, e, head) return holds_office(A, e, head, true) end

-- Analyser.holds_other_elected(A, e, head): is head a noun of
-- speech_words.txt's `elected_office` and person e one the article names
-- with another such office, no noun alike (`Wethouder Kees de Boer` is
-- no `de burgemeester`, `Councillor Kees Boer` no `the mayor`)? One
-- search per office of the list, kept by role_places.
function Analyser.holds_other_elected(A, e, head)
  local set = A.L.sets.elected_office
  if not (head and set[head] and e and e.canon and e.person ~= false) then return false end
  local alike = Analyser.alike_roles(A.L, head)
  local former = A.L.sets.former_role
  for w in next, set do
    if not alike[w] then
      local list = role_places(A, w)
      for i = 1, #list do
        -- (not a deputy's place nor a former holder's: `Loco-burgemeester
        -- Kees de Boer` is a wethouder, `Former mayor Andy Burnham` a
        -- minister now)
        local a = list[i][1]
        local pw = names.letters_before_space(A.s, (a - 20 > 1 and a - 20 or 1), a - 1)
        if not list[i][4] and not (pw and former[lc(pw)])
           and Analyser.lead_role_cut(A, names.canonical(A.article, list[i][2], A.lang)) == e.canon then
          return true
        end
      end
    end
  end
  return false
end

-- Analyser.titled_other_office(A, e, head): does the article write
-- person e's name, as its canonical form, right after a person's role
-- noun of an office other than head's, no noun alike (`Buurtbewoner
-- Hendrik` for `de wethouder`, `Resident Tom Hill` for `the
-- councillor`)? Not for a noun that says only who someone is, an age's
-- or where someone is from (`de man`, `de 45-jarige`, `de Brit`).
function Analyser.titled_other_office(A, e, head)
  local L = A.L
  if not (head and e and e.canon and e.person ~= false) or L.sets.any_person[head] or Analyser.age_noun(head)
     or L.demonym[head] then
    return false
  end
  for a in names.whole_words(A.s, e.canon) do
    local pw = names.letters_before_space(A.s, (a - 30 > 1 and a - 30 or 1), a - 1)
    -- (an age or where someone is from says no office: `de 36-jarige
    -- Crispijn Ariëns ... De routinier`)
    -- (nor a title's capital inside a sentence, an office one may hold
    -- beside others: `the Majority Chief Frank Annoh Dompreh ... the
    -- Nsawam-Adoagyiri MP`; the noun in lower case, or opening its
    -- sentence)
    local lpw = pw and lc(pw)
    local at = pw and a - #pw - 1
    if pw and not (Analyser.age_noun(lpw) or L.demonym[lpw] or L.sets.any_person[lpw] or find(A.s, "^%-", at - 1))
       and (is_lower_at(pw, 1) or skip_spaces(A.s, (sentence_of(A, at))) == at)
       and Analyser.other_office_word(L, head, pw) then
      return true
    end
  end
  return false
end

-- Analyser.other_team_side(A, e, head): is head a role of one side of a
-- team (speech_words.txt's `team_staff`, `team_player`) and person e one
-- the article names with a role of the other side (`Trainer Francesco
-- Farioli` for `zegt de middenvelder`, `Coach Erik ten Hag` for `the
-- striker said`)? Searched only for such a head: a few plain searches
-- an article, kept by role_places.
function Analyser.other_team_side(A, e, head)
  local sets = A.L.sets
  local staff, player = sets.team_staff, sets.team_player
  if not (head and e and e.canon and e.person ~= false and staff and player) then return false end
  local other = staff[head] and player or player[head] and staff
  if not other then return false end
  for w in next, other do
    local list = role_places(A, w)
    for i = 1, #list do
      if Analyser.lead_role_cut(A, names.canonical(A.article, list[i][2], A.lang)) == e.canon then return true end
    end
  end
  return false
end

-- Analyser.offices_present(A) -> set of the nouns of unnamed_office whose
-- office the article names (the noun or one alike, as a word, in lower
-- case, with its capital or in capitals): the others give no one an
-- office, and role_places need not search the article for them. Found
-- in one pass of a word set kept with the language data, once an article.
function Analyser.offices_present(A)
  local present = A.offices_present
  if present then return present end
  local L = A.L
  local set = L.office_words
  if not set then
    local list, seen = {}, {}
    for office in next, L.sets.unnamed_office do
      local _, alike_list = Analyser.alike_roles(L, office)
      for _, w in ipairs(alike_list) do
        for _, f in ipairs({ w, w:sub(1, 1):upper() .. w:sub(2), w:upper() }) do
          if not seen[f] then seen[f] = true list[#list + 1] = f end
        end
      end
    end
    set = #list > 0 and text.wordset(list) or false
    L.office_words = set
  end
  local found = {}
  if set then
    local r = set:find(A.s)
    for i = 1, #r, 2 do found[lc(sub(A.s, r[i], r[i + 1]))] = true end
  end
  present = {}
  for office in next, L.sets.unnamed_office do
    local _, alike_list = Analyser.alike_roles(L, office)
    for _, w in ipairs(alike_list) do
      if found[w] then present[office] = true break end
    end
  end
  A.offices_present = present
  return present
end

-- Analyser.owner_fits(A, m, p): may role mention m, whose noun the
-- article gave person p (canonical), mean p? Not when m names a person as
-- its owner after van/of/for (`de advocaat van R.B.`, `the lawyer for
-- Smith`) who stands nowhere near a place the article gave p the role
-- (`de Enschedese advocaat Schol` is no lawyer of R.B.)
function Analyser.owner_fits(A, m, p)
  local prep, owner = string.match(m.text, "^%S+%s+[%a\128-\255%-]+%s+(%a+)%s+(%u%S*)")
  if not (prep == "van" or prep == "of" or prep == "for") then return true end
  -- (a person's: initials, or a name the article knows as a person's; a
  -- place's office has one holder, `The Mayor of Mackay` is `Mayor Julie
  -- Boyd`)
  local oe = A.entities[names.canonical(A.article, owner, A.lang)]
  if not (find(owner, "^%u%.%u?%.?$") or oe and oe.person) then return true end
  local s = A.s
  for _, it in ipairs(role_places(A, m.head)) do
    if names.canonical(A.article, it[2], A.lang) == p then
      -- (the owner in the role's own phrase: `R.B.'s advocaat`,
      -- `advocaat van R.B., Jan Smit`)
      -- (not as far as the mention itself)
      local lo = it[1] - 12 > 1 and it[1] - 12 or 1
      local hi = it[1] + 50 < m.s and it[1] + 50 or m.s - 1
      if find(sub(s, lo, hi), owner, 1, true) then return true end
    end
  end
  return false
end

-- Analyser.deputy_before(A, a): do the three words before the role noun
-- at a (in one phrase: no punctuation but a hyphen) hold one of
-- speech_words.txt's `deputy_role` (`Deputy Labour leader`, `vice-
-- president`, `plaatsvervangend voorzitter`)? A deputy holds another
-- office than the one the noun names alone.
function Analyser.deputy_before(A, a)
  local set = A.L.sets.deputy_role
  if next(set) == nil then return false end
  local before = sub(A.s, (a - 40 > 1 and a - 40 or 1), a - 1)
  -- (a plain search for each word first, in lower case: most windows
  -- hold none)
  -- (a whole word: `lt` stands inside `result`, `health`)
  local low = lower(before)
  local any = false
  for w in next, set do
    local p = find(low, w, 1, true)
    while p do
      local b0, b1 = byte(low, p - 1), byte(low, p + #w)
      if not (b0 and b0 >= 97 and b0 <= 122) and not (b1 and b1 >= 97 and b1 <= 122) then any = true break end
      p = find(low, w, p + 1, true)
    end
    if any then break end
  end
  if not any then return false end
  -- (the window's last words, past an abbreviation's period: `Lt. Gov.
  -- Billy Nungesser`; walked back by bytes, letters, blanks, hyphens and
  -- periods, where a pattern anchored at the end would try every start)
  local i = #before
  while i >= 1 do
    local c = byte(before, i)
    if c >= 128 or c >= 65 and c <= 90 or c >= 97 and c <= 122 or c == 32 or c == 9 or c == 10 or c == 45 or c == 46 then
      i = i - 1
    else
      break
    end
  end
  local words = {}
  for w in string.gmatch(sub(before, i + 1), "[%a\128-\255]+") do
    words[#words + 1] = w
  end
  for i = (#words > 3 and #words - 2 or 1), #words do
    if set[lc(words[i])] then return true end
  end
  return false
end

-- the word in lower case that ends text (the words before a role noun)
-- when it may make the noun another role (`education`, `general`), or
-- nil: none, a determiner, a possessive, a pronoun, or a word that says
-- when or how, not which role (`former`, `new`, `acting`)
-- (nor a verb or a relative word before a bare title, which is no part of
-- its phrase: `begint conservator Lisette Zijp te vertellen`, `Judge
-- Miller`'s `asked judge`; a Dutch or German word in -t there is a
-- verb's form, an adjective before its noun ends in -e)
function Analyser.role_modifier(A, text)
  local w = string.match(text, "([%a%-]+)%s+$")
  if not w or not is_lower_at(w, 1) then return nil end
  local L, lw = A.L, lc(w)
  if L.det[lw] or L.sets.possessive[lw] or L.pron[lw] or L.fw[lw] or L.prep[lw] or L.adv[lw]
     or L.sets.role_time[lw] or L.verb_word[lw] or L.closed_verb[lw] or L.conj[lw] or L.cue[lw]
     or A.lang ~= "en" and byte(lw, -1) == 116 then
    return nil
  end
  return lw
end

-- the one person the article gives role noun head, or nil when it names
-- nobody so or more than one (`his father, Abdullah Kurdi`: `his
-- surviving father says` is he; with two lawyers named, `his lawyer`
-- needs its owner, which is not read here)
local function sole_role_person(A, head)
  local list = role_places(A, head)
  if #list == 0 then return nil end
  local one = names.canonical(A.article, list[1][2], A.lang)
  for i = 2, #list do
    if names.canonical(A.article, list[i][2], A.lang) ~= one then return nil end
  end
  return one
end

-- The person mentions of the sentence holding x (up to x), then of each
-- sentence before it, nearest first, at most max_sents sentences and
-- never before the article's first: back_start gives the first sentence
-- [a, hi), back_next the one before a (nil: no more). A loop, not an
-- iterator: a closure a call is garbage at once.
local function back_start(A, x)
  return sentence_of(A, x), x
end

local function back_next(A, a)
  if a <= A.first then return nil end
  local before = sentence_of(A, a - 1)
  if before >= a then return nil end
  return before, a
end

-- Analyser.mentions_back(A, x, max_sents): an iterator over the name
-- mentions (person_mentions) of x's sentence up to x, then of each
-- sentence before it, max_sents sentences at most
function Analyser.mentions_back(A, x, max_sents)
  local a, hi = back_start(A, x)
  local left = max_sents
  return function()
    if not a or left <= 0 then return nil end
    left = left - 1
    local ms = person_mentions(A, a, hi)
    a, hi = back_next(A, a)
    return ms
  end
end

-- the first bytes, in either case, of L's pronouns of gender want, kept
-- per language data: a word that opens with another ASCII byte is none of
-- them, and is not cut out and looked up (a byte >= 128 may open a
-- capital that lower-cases to ASCII). want "mf": every he/she pronoun (a
-- gender with m or f). nil for no gender: every word that is no pronoun
-- has none
local pron_leads = setmetatable({}, { __mode = "k" })
local function pronoun_leads(L, want)
  if want == nil then return nil end
  local by_gender = pron_leads[L]
  if not by_gender then by_gender = {} pron_leads[L] = by_gender end
  local leads = by_gender[want]
  if not leads then
    leads = {}
    for w, g in pairs(L.pron) do
      if g == want or (want == "mf" and find(g, "[mf]")) then
        local b = byte(w, 1)
        leads[b] = true
        if b >= 97 and b <= 122 then leads[b - 32] = true end
      end
    end
    by_gender[want] = leads
  end
  return leads
end

-- does the sentence [a, hi) open with a he/she pronoun of gender want?
local NO_MENTIONS = {}
local function opens_with_pronoun(A, a, hi, want)
  local s = A.s
  local x0 = skip_spaces(s, a)
  -- (a word that opens with no such pronoun's first byte is none)
  local L = A.L
  local b, leads = byte(s, x0), pronoun_leads(L, want)
  local x, e = find(s, "^[%a\128-\255]+", x0)
  if not x or e >= hi then return false end
  local lw = lc(sub(s, x, e))
  -- (past a coordinator and sentence adverbs, their comma too: `But
  -- apparently, he wasn't too sorry`; most sentences open with neither,
  -- and with a word no such pronoun starts with)
  local skipped = 0
  while skipped < 3 and (L.sets.coord[lw] or L.adv[lw]) and not L.pron[lw] do
    local x2 = skip_spaces(s, e + 1)
    if byte(s, x2) == 44 then x2 = skip_spaces(s, x2 + 1) end
    x, e = find(s, "^[%a\128-\255]+", x2)
    if not x or e >= hi then return false end
    lw, skipped, b = lc(sub(s, x, e)), skipped + 1, byte(s, x)
  end
  if b and b < 128 and leads and not leads[b] then return false end
  return L.pron[lw] == want and x
end

-- the start of the first pronoun of gender `want` outside quotes in the
-- sentence [ss, se), or false. Memoised per article by sentence and
-- gender: a sentence is tokenised once, not once for each pronoun in it
-- (a scan from its start for each made a long sentence of many quotes
-- cost its length squared)
local function first_pronoun(A, ss, se, want)
  local memo = A.first_pron
  if not memo then memo = {} A.first_pron = memo end
  local by_gender = memo[ss]
  if not by_gender then by_gender = {} memo[ss] = by_gender end
  local p = by_gender[want]
  if p ~= nil then return p end
  p = false
  local s, pron = A.s, A.L.pron
  local leads = pronoun_leads(A.L, want)
  local t = tokens(s, ss, se)
  for k = 1, #t // 2 do
    local a = t[2 * k - 1]
    local b = byte(s, a)
    if not leads or b >= 128 or leads[b] then
      local lw = word_key(s, t, k)
      if lw and pron[lw] == want and not quote_at(A, a) then
        p = a
        break
      end
    end
  end
  by_gender[want] = p
  return p
end

-- Analyser.lower_in_body(A, w): does the article's body (from A.first)
-- write word w in lower case, a whole word, right after a determiner, a
-- common noun (`a vigil` for `Vigil`; not a surname the body writes as
-- another word, `she may` for `May`)?
-- (anywhere: or in lower case anywhere in the body, not after a
-- pronoun, where the body never writes it with its capital inside a
-- sentence, after a word or a comma, as a name stands: `een schaap dood
-- in het weiland` for a headline's `Dood`)
function Analyser.lower_in_body(A, w, anywhere)
  local s, l = A.s, lc(w)
  if l == w then return false end
  if anywhere then
    -- (not right after a pronoun, a verb's place: `she may resign` is
    -- no common noun for a headline's `May`)
    local lower = false
    for at in names.whole_words(s, l) do
      local pw = at >= A.first and tail_letters(s, (at - 12 > 1 and at - 12 or 1), at - 2)
      if at >= A.first and not (pw and A.L.pron[lc(pw)]) then lower = true break end
    end
    if lower then
      for at in names.whole_words(s, w) do
        if at >= A.first and at > 2 and byte(s, at - 1) == 32 and find(s, "^[%w\128-\255,]", at - 2) then
          lower = false
          break
        end
      end
      if lower then return true end
    end
  end
  for at in names.whole_words(s, l) do
    if at >= A.first and byte(s, at - 1) == 32 then
      local d = tail_letters(s, (at - 8 > A.first and at - 8 or A.first), at - 2)
      if d and A.L.det[lc(d)] then return true end
    end
  end
  return false
end

-- the person an article's title opens with, as its subject (`Schmidt uit
-- frustratie richting vierde official: ...`): a name that starts the
-- title, with a lower-case word after it, that is no organisation's; a
-- name of one word is enough there, as headlines write surnames alone.
-- The entity, or false; memoised per article. (The title is metadata:
-- read.title_end put it before A.first.)
local function title_subject(A)
  local e = A.title_subject
  if e ~= nil then return e end
  e = false
  -- (the title is the last line before the body: the runner's workers
  -- get the body's start, not the title)
  local te = A.first - 1
  while te > 0 and not NOT_WS[byte(A.s, te)] do te = te - 1 end
  local ts = te
  while ts > 1 and byte(A.s, ts - 1) ~= 10 do ts = ts - 1 end
  if te > 0 then
    local c = person_mentions(A, ts, te + 1)[1]
    -- (not one side of a match: `Pak vs NZ: Babar to meet Afridi`; nor a
    -- name before a role noun in lower case that it modifies: `Fokker
    -- werknemers niet blij met sluiting`)
    local nw = c and string.match(A.s, "^%s+(%l+)", c.e)
    if c and c.s == ts and c.subj and not c.role and nw and not A.L.sets.versus[nw] and not role_of(A.L, nw) then
      local canon = mention_canon(A, c)
      -- (less a word before the name that no name opens with: `Tevreden
      -- Van Bronckhorst wil niet klagen`)
      local cut = names.headline_noun_dropped(canon, A.g)
      if cut ~= canon then canon = names.canonical(A.article, cut, A.lang) end
      -- (a role noun of one word with its capital is no one's name:
      -- `Patiënten willen het snappen`, `Neighbours fear ...`)
      local one = find(canon, " ", 1, true) == nil
      -- (nor an abstract noun, by its ending, speech_words.txt's
      -- `abstract_ending`: `Transparantie belangrijk`)
      -- (nor a word the body writes in lower case after a determiner, a
      -- common noun: `Vigil planned // ... would hold a vigil`)
      -- (nor, no given name, one the body writes in lower case anywhere,
      -- an adjective's: `Dood door stress // een schaap dood in het
      -- weiland`)
      if not is_org_name(A, canon) and (one and not role_of(A.L, canon) and not Analyser.abstract_noun(A, canon)
                                            and not Analyser.lower_in_body(A, canon, not A.g.given[lc(canon)])
                                        or not one and looks_personal(A, canon, c.text)) then
        e = entity(A, canon)
        if e.person == false then e = false elseif e.person == nil then set_person(A, e, true) end
      end
    end
  end
  A.title_subject = e
  return e
end

-- Analyser.abstract_noun(A, w): does word w end as abstract nouns do
-- (speech_words.txt's `abstract_ending`: `-heid`, `-teit`, `-tion`,
-- `-ism`), with three letters or more before the ending? Few names end
-- so (`-ness` and `-ity` do: `Holness`, `Verity`, so the lists leave
-- them out).
function Analyser.abstract_noun(A, w)
  local lw = lc(w)
  for suffix in pairs(A.L.sets.abstract_ending) do
    if #lw >= #suffix + 3 and sub(lw, -#suffix) == suffix then return true end
  end
  return false
end

-- member_noun_party(text) -> the party or body of a Dutch member's noun
-- after `de` (`de VVD'er`, `De CNV’er`: VVD, CNV), else nil (a plain
-- test of the first byte first: most mentions open otherwise)
local function member_noun_party(text)
  local b = byte(text, 1)
  if b ~= 68 and b ~= 100 then return nil end
  -- (a woman's noun in -ster too: `De CDA’ster`)
  return string.match(text, "^[Dd]e (%u[%w&%-]*)'s?t?er$") or string.match(text, "^[Dd]e (%u[%w&%-]*)\226\128\153s?t?er$")
end

-- Analyser.given_first_mention(A, c): does mention c, no role's, open
-- with a given name of the list (recent_person's first walk over a
-- sentence)?
function Analyser.given_first_mention(A, c)
  if c.role then return false end
  -- (a hyphenated given name whose parts are: `Jan-Willem Stoop`)
  -- (and a given name alone, a person's for sure, before a name no
  -- list knows: `Marie werkte bij Serving You ... vertelt de vrouw` is
  -- Marie)
  local w = string.match(c.text, "^(%S+) %S") or string.match(c.text, "^%u[%a\128-\255%-]+$")
  return w ~= nil and Analyser.lone_given(A, w) ~= nil
end

-- Analyser.owner_subject(A, ms, i, a): is mention i of ms, sentence a's
-- mentions, a name in the possessive that owns the sentence's subject, a
-- thing, when no mention there is a subject: its first mention, no
-- verb, cue or comma's clause before it, a noun in lower case after its
-- `'s` that is no person's role (`Governor Chris Christie's speech looked
-- mostly backward, ... // "...," he said` is Christie; not `Smith's
-- lawyer said`, the lawyer's)
function Analyser.owner_subject(A, ms, i, a)
  local c = ms[i]
  if c.role or c.subj then return false end
  local s, L = A.s, A.L
  local ap = (sub(s, c.e, c.e + 1) == "'s" and c.e + 2) or (sub(s, c.e, c.e + 3) == "\226\128\153s" and c.e + 4)
  local noun = ap and string.match(s, "^ (%l[%l%-]*)", ap)
  if not noun or role_of(L, noun) or L.det[noun] then return false end
  -- (a fronted phrase before it ends at its comma, a place's name in
  -- it no other mention: `In New Jersey, Governor Chris Christie's
  -- speech`)
  local before = sub(s, a, c.s - 1)
  local cm = string.match(before, ".*(),")
  if cm then before = sub(before, cm + 1) end
  local from = a + (cm or 0)
  for j = 1, #ms do
    if ms[j].subj or j < i and ms[j].e > from then return false end
  end
  for w in string.gmatch(before, "[%a\128-\255]+") do
    local lw = lc(w)
    if L.verb_word[lw] or L.cue[lw] or L.closed_verb[lw] or L.det[lw] or L.prep[lw] then return false end
  end
  return mention_person(A, c) == true
end

-- Analyser.lone_person_mention(A, ms, same_ok, refuse) -> the one name
-- mention of person mentions ms (a sentence's) that reads as a person's,
-- when none of ms is a subject nor a person's role and refuse(A, c) is
-- false for it; with same_ok, more mentions of that one's canonical name
-- may stand there too; else nil
function Analyser.lone_person_mention(A, ms, same_ok, refuse)
  local one
  for i = 1, #ms do
    local c = ms[i]
    if c.subj then return nil end
    if c.role then
      if SETS.one_person[c.role.gender] then return nil end
    elseif mention_person(A, c) then
      if refuse(A, c) then return nil end
      if one and not (same_ok and mention_canon(A, one) == mention_canon(A, c)) then return nil end
      one = one or c
    end
  end
  return one
end

-- Analyser.credit_mention(A, c): is name mention c a photo's credit, no
-- one the sentence is about (`... ’ Beeld Wouter Van Vooren`;
-- speech_words.txt's `credit_label`)?
function Analyser.credit_mention(A, c)
  return c.prevw ~= nil and A.L.sets.credit_label[c.prevw] ~= nil
end

-- Analyser.adjunct_mention(A, c): does name mention c follow a
-- preposition, an adjunct's, no subject (`Na wat speurwerk, samen met
-- Cindy de Jonge, vond ze ook knaagsporen`)?
function Analyser.adjunct_mention(A, c)
  return c.pw ~= nil and c.pw ~= false and A.L.prep[c.pw] ~= nil
end

-- Analyser.sexed_pronoun_in(A, a, b, owners): does s[a, b) hold a
-- pronoun of a sex, he or she (pronouns.txt's `m`, `f`, `fp`), or with
-- owners a possessive of one (`zijn`, `her`)?
function Analyser.sexed_pronoun_in(A, a, b, owners)
  local L = A.L
  for w in string.gmatch(sub(A.s, a, b - 1), "[%a\128-\255]+") do
    local lw = names.lc_memo[w] or lc(w)
    local g = L.pron[lw] or owners and L.det_owner[lw]
    if g and find(g, "[mf]") then return true end
  end
  return false
end

-- Analyser.sole_unsubjected(A, ms, want, a, hi) -> the entity of the one
-- person mentions ms (of s[a, hi), a sentence's) name, when none is its
-- subject, no role there is a person's and no he or she (nor his, her)
-- stands in it, and that one's given name (given_names.txt) is of sex
-- want; else nil (nil too when a photo's credit names someone there)
function Analyser.sole_unsubjected(A, ms, want, a, hi)
  local one = Analyser.lone_person_mention(A, ms, true, Analyser.credit_mention)
  if not one then return nil end
  if Analyser.sexed_pronoun_in(A, a, hi, true) then return nil end
  local canon = mention_canon(A, one)
  if Analyser.given_first(A, canon) ~= want then return nil end
  local e = entity(A, canon)
  if e.person == nil then set_person(A, e, true) end
  if not gender_fits(want, e.gender) then return nil end
  return e
end

-- Analyser.in_fronted_pp(A, a, p): does the sentence that starts at a
-- open with a preposition whose phrase runs to p, four words at most, no
-- verb or comma between (`Tegen de Hongaar Márton Fucsovics`)?
function Analyser.in_fronted_pp(A, a, p)
  local seg = sub(A.s, a, p - 1)
  local w1 = string.match(seg, "^%s*([%a\128-\255]+)")
  -- (not `for`/`voor`, whose person is the sentence's topic:
  -- speech_words.txt's `for_frame`, `Voor Kris Peeters komen die woorden
  -- als een verrassing`)
  if not (w1 and A.L.prep[lc(w1)]) or A.L.sets.for_frame[lc(w1)] or find(seg, "[,;:]") then return false end
  local n = 0
  for w in string.gmatch(seg, "[%a\128-\255%-]+") do
    n = n + 1
    local lw = lc(w)
    if n > 4 or n > 1 and (A.L.verb_word[lw] or A.L.closed_verb[lw] or A.L.cue[lw]) then return false end
  end
  return true
end

-- the most recent person in subject position before x, looking back over
-- at most `max_sents` sentences: the first fitting subject of the nearest
-- sentence that has one
-- (loose: a name of two words or more that looks like a person's is one
-- after a preposition too, `Voor Remco Evenepoel was het ...`, for a
-- caller whose mention can be no place: `de jonge Belg`)
-- Analyser.sole_person_between(A, a, b) -> the entity of the one person
-- named in s[a, b) (one or more mentions of one canonical name, no role),
-- else nil
function Analyser.sole_person_between(A, a, b)
  local ms = person_mentions(A, a, b)
  local only, canon
  for i = 1, #ms do
    local c = ms[i]
    if not c.role and mention_person(A, c) then
      local cc = c.canon or mention_canon(A, c)
      if canon and cc ~= canon then return nil end
      only, canon = c, cc
    end
  end
  if not only then return nil end
  local e = entity(A, canon)
  if e.person == nil then set_person(A, e, true) end
  return e.person and e or nil
end

function Analyser:recent_person(A, x, want, max_sents, subj_only, loose)
  -- the same pronoun earlier in x's sentence, outside quotes, is the same
  -- person (`While he believes Harris does not qualify ..., he says ...`):
  -- the names after it are not that person
  local ss, se = sentence_of(A, x)
  local known = A.pron_entity
  if x > ss then
    local p = first_pronoun(A, ss, se, want)
    if p and p < x then
      if known and known[p] and known[p] ~= A.exclude then return known[p] end
      x = p
    end
  end
  -- a pronoun that opens an English main clause after a fronted
  -- subordinate clause that names one person only is that person (`When
  -- it was suggested to Mick Whelan, the Aslef general secretary, that
  -- ..., he argued` is Mick Whelan, not the last sentence's subject)
  if want and A.lang == "en" and x > ss and find(sub(A.s, (x - 4 > ss and x - 4 or ss), x - 1), ",%s*$")
     and Analyser.fronted_opener_end(A, ss) then
    local e = Analyser.sole_person_between(A, ss, x)
    if e and gender_fits(want, e.gender) and e ~= A.exclude then return e end
  end
  -- (back_start's answer: x, moved or not, lies in the sentence ss)
  local a, hi = ss, x
  -- (a person named after a preposition of someone beside the subject,
  -- a pronoun of the sex wanted the subject right after, is not that
  -- pronoun's person, nor the one it goes on with later: `Samen met
  -- Saskia van Eijk runt ze een praktijk`; speech_words.txt's
  -- `clausemate_prep`)
  local beside = want and A.L.sets.clausemate_prep
  local left = max_sents
  -- (names passed on the way back: a pronoun resolved before them is no
  -- longer the nearest person)
  local passed_names = false
  -- (the earliest sentence passed that opens with the pronoun: see the
  -- end)
  local last_opener, last_opener_hi
  while a and left > 0 do
    left = left - 1
    -- a sentence before that opens with the same pronoun (`She was
    -- married to A, B and C. She said ...`) means the same person: the
    -- names in it are not that person, the one before it is -- or the
    -- one that pronoun was resolved to, when it was and no name came
    -- between (`..., she testified, she was raped by Quirin, Redouane
    -- ... She told the court ... She told a guard`)
    local opener = left ~= max_sents - 1 and opens_with_pronoun(A, a, hi, want)
    if opener and known and known[opener] and not passed_names and known[opener] ~= A.exclude then
      return known[opener]
    end
    if opener then last_opener, last_opener_hi = a, hi end
    local ms = not opener and person_mentions(A, a, hi) or NO_MENTIONS
    -- a sentence whose only person is a quote tag's inverted subject,
    -- which names no mention here, already resolved: that speaker
    -- (`„...", zegt de eigenaar van de zaak, die anoniem wenst te
    -- blijven. “...” Hoeveel geld er in de kassa zit weet hij niet`)
    if #ms == 0 and not opener and A.resolved_hits then
      local k1, k2 = hit_range(A, a, hi)
      for k = k2, k1, -1 do
        local h = A.hits[k]
        local e = A.resolved_hits[h]
        -- (and so a pronoun tag's, resolved, of the sex wanted, no name
        -- passed on the way back: `"...," he said. He felt ... "...," he
        -- said` goes on with the same person)
        -- (and a subject before its cue the mentions miss, a name spelt
        -- as a title's word: `Justice told reporters. He ...`, Jim
        -- Justice)
        if e and h.subj and (h.subj.how == "after" or h.subj.kind == "pron" and not passed_names and want
                                                      and h.subj.gender and find(want, h.subj.gender, 1, true)
                             or h.subj.how == "before" and e.person
                                and (h.subj.kind == "name" or h.subj.kind == "role" and SETS.one_person[h.subj.gender]))
           and e.person ~= false and gender_fits(want, e.gender) and e ~= A.exclude then
          return e
        end
      end
    end
    -- a sentence whose names are none its subject, with a cue whose
    -- person's role before it resolved to someone of the sex wanted: that
    -- person (`When asked about Mr Watson's comments the Labour leader told
    -- ITV News ... He said:` is the Labour leader)
    if #ms > 0 and not opener and subj_only and A.resolved_hits then
      local any_subj = false
      for ix = 1, #ms do
        if ms[ix].subj then any_subj = true break end
      end
      if not any_subj then
        local k1, k2 = hit_range(A, a, hi)
        for k = k2, k1, -1 do
          local h = A.hits[k]
          local e = A.resolved_hits[h]
          -- (or after a source's word: `Maar volgens de advocate van E.E.
          -- verliep het anders. "...", pleitte ze`)
          -- (a role the source named is a person unless known as none;
          -- h.where: analyse_cue's source kind of the cue)
          local source = e and h.subj and h.subj.how == "after" and h.where
          -- (and a name's cue whose mention is none of the subjects, a
          -- possessive that opens the sentence: `Holly Bradshaw’s evening
          -- ended in tears, ... and admitted she had been struggling`)
          -- (and a passive's agent that the cue names, who speaks: `But
          -- his remarks were dismissed as "spin" by councillor Charles
          -- Johnson. // "...," he said` is Charles Johnson)
          local agent = e and h.subj and h.subj.how == "agent" and h.subj.kind == "name"
          if e and h.subj and (h.subj.kind == "role" and SETS.one_person[h.subj.gender] or agent
                               or h.subj.kind == "name" and h.subj.how == "before" and h.subj.s == skip_spaces(A.s, a)
                                  and (find(A.s, "^'s%s", h.subj.e) or find(A.s, "^\226\128\153s%s", h.subj.e)))
             and ((h.subj.how == "before" or agent) and e.person or source and e.person ~= false)
             and gender_fits(want, e.gender) and e ~= A.exclude then
            return e
          end
        end
      end
    end
    -- the sentence right before x's, with no subject among its mentions
    -- nor a he or she, that names one person only, of the sex wanted by a
    -- given name of the list: that person, whom the sentence is about
    -- (`Van teleurstelling was bij Leenstra geen sprake. "...", zegt ze`
    -- after `... net voor Marrit Leenstra`)
    -- (a Dutch `ze` wants a woman or many: the woman here)
    local sex = want and string.match(want, "[mf]")
    -- (not for a cue that goes on from the last speaker, `He added:`;
    -- speech_words.txt's `adding_cue`)
    local ph = A.pron_hit
    if subj_only and sex and #want <= 2 and left == max_sents - 2 and #ms > 0 and not opener
       and not (ph and ph.lemma and A.L.sets.adding_cue[ph.lemma]) then
      local e = Analyser.sole_unsubjected(A, ms, sex, a, hi)
      if e and e ~= A.exclude then return e end
    end
    -- a Dutch or German sentence before x's that opens with an adverb or
    -- a phrase and whose verb comes before its subject, no mention there
    -- its subject, that names one person only: that person, the subject
    -- the inversion put after the verb (`Daarna kreeg ook Open
    -- VLD-fractieleider Willem-Frederik Schiltz het woord. Hij wees ...`
    -- was the last speaker)
    -- (no name passed in the sentences after it: `"...," vindt Planken.
    -- // Hij hoopt ...` is no `Dan ... moet Spaans ...` before them)
    if #ms > 0 and not opener and subj_only and A.lang ~= "en" and a < ss and not passed_names then
      local one = Analyser.only_person_inverted(A, ms, want)
      if one then return one end
    end
    -- a sentence before whose same pronoun was resolved, before any name
    -- in it: that pronoun's person goes on, the names after it are the
    -- ones it spoke of (`In between, she testified, she was raped by
    -- Quirin, Redouane ... She told the court`)
    if known and left ~= max_sents - 1 and #ms > 0 and not passed_names then
      -- (only a resolved pronoun before the first name can be that one:
      -- an article resolves few, and most sentences hold none, whose
      -- first pronoun need not be looked for)
      local first, any, later = ms[1].s, false, false
      for q in next, known do
        if q >= a and q < hi then
          if q < first then any = true break end
          later = true
        end
      end
      -- (a word that opens the sentence and is known as no one is no
      -- name before it: `Passing sentence, he said ...`; asked only when
      -- a resolved pronoun stands after the first)
      if later and not any then
        local fi = 1
        while ms[fi] and not ms[fi].role and mention_person(A, ms[fi]) == false do fi = fi + 1 end
        first = ms[fi] and ms[fi].s or hi
        for q in next, known do
          if q >= a and q < first then any = true break end
        end
      end
      local p = any and first_pronoun(A, a, hi, want)
      if p and known[p] and first > p and known[p] ~= A.exclude then return known[p] end
      -- (and one that opens the main clause after a fronted subordinate
      -- clause, the sentence's subject past the names in that clause:
      -- `While Levein felt Willie Collum had denied his side a penalty
      -- for the challenge on John Souttar, he stressed ... // "...," he
      -- said` is Levein)
      if later and Analyser.fronted_opener_end(A, a) then
        for q, e in next, known do
          if q >= a and q < hi and e ~= A.exclude and gender_fits(want, e.gender)
             and find(sub(A.s, (q - 3 > a and q - 3 or a), q - 1), ",%s*$") then
            return e
          end
        end
      end
    end
    if #ms > 0 then passed_names = true end
    -- (the owner's sex of a possessive that opens the sentence, asked of
    -- its names below: most sentences open with none)
    local sent_owner = false
    if want and #ms > 0 then
      local w1 = string.match(A.s, "^%s*([%a\128-\255]+)", a)
      sent_owner = w1 and A.L.det_owner[names.lc_memo[w1] or lc(w1)] or false
      if sent_owner and not find(want, sent_owner, 1, true) then sent_owner = false end
    end
    local sa = a
    a, hi = back_next(A, a)
    local from, to, step = 1, #ms, 1
    if not subj_only then from, to, step = #ms, 1, -1 end
    -- (any mention walked back: a name that opens with a given name of
    -- the list first, then the others, `Vrolijk loopt Jan-Willem Stoop
    -- door Lage Zwaluwe. ... glundert hij` is Stoop)
    for pass = 1, subj_only and 1 or 2 do
      -- (the second walk reads only the names the first passed over)
      local given_walk = not subj_only and pass == 1
      for i = from, to, step do
        if not subj_only and (given_walk ~= Analyser.given_first_mention(A, ms[i])) then goto next_mention end
        local c = ms[i]
        if beside and c.prevw and beside[c.prevw] and Analyser.pronoun_after(A, c.e, want) then goto next_mention end
        -- (names joined by and/en are a pair, no he or she: `Not even
        -- Thierry Henry and French President Nicolas Sarkozy were spared. //
        -- He criticised ...` is the judge named before them)
        if want and not c.role and not find(want, "p", 1, true) and Analyser.joined_pair(A, ms, i) then
          goto next_mention
        end
        -- (a role owned by a pronoun of the gender wanted is not the one
        -- that pronoun means later, its owner is: `Haar beste vriendin ...
        -- werd ziek. ... kreeg ze een telefoontje`)
        local owner = c.role and c.role.def == "poss" and want
                      and A.L.det_owner[lc(c.role.text:match("^%S+") or "")]
        -- (and so is the name between commas after such a role that opens
        -- the sentence: `Haar beste vriendin, Corina Morariu, werd ziek`;
        -- not for a cue's he or she in that sentence or the next, who
        -- speaks as the named subject does: `His coach, Flip Saunders, was
        -- upset: "...," he said` is Flip Saunders)
        if sent_owner and not c.role and c.s > sa and not (A.pron_hit and left >= max_sents - 2) then
          local tail = string.match(sub(A.s, sa, c.s - 1), "^%s*%S+([^,]*),%s*$")
          owner = tail and not find(tail, "[.;:]") and sent_owner
        end
        if owner and find(want, owner, 1, true) then
          -- (passed)
        elseif c.role and (c.subj or not subj_only) then
          -- (a role that a copula makes the name after it is that person:
          -- `Een van de vele melkveehouders in onze provincie is Ad de
          -- Brouwer in Helmond. ... Hij` is Ad de Brouwer)
          local named = Analyser.role_equated_name(A, c, ms[i + 1])
          if named and mention_person(A, named) then
            local e = entity(A, named.canon)
            if e.person == nil then set_person(A, e, true) end
            if gender_fits(want, e.gender) and e ~= A.exclude then return e end
          end
          local e = self:resolve(A, c.role, c.s)
          -- (the role's own noun of one sex too: `The man is due in court.
          -- "...," she said` is no man the entity knows no sex of)
          -- (but a man's noun a woman is called by too is hers, unnamed:
          -- `A spokesman from SWT said ... She said:`; male_only)
          local rg = c.role.gender
          local either = want == "f" and rg == "m" and not Analyser.male_only(A.L, c.role.head) and e
                         and (e.gender == nil or e.gender == "m") and not find(e.canon, "^%u")
          if e and e.person ~= false and (gender_fits(want, e.gender) or either) and e ~= A.exclude
             and not (want and (rg == "m" or rg == "f") and not gender_fits(want, rg) and not either) then
            return e
          end
        elseif (c.subj or not subj_only or want and Analyser.owner_subject(A, ms, i, sa))
               and (mention_person(A, c)
                    or loose and find(c.text, " ", 1, true) and looks_personal(A, mention_canon(A, c), c.text)
                       and not Analyser.role_body_at(A, c.s)
                    -- (a subject's surname alone that the article writes
                    -- alone right after a person's role elsewhere:
                    -- `PVV-leider Wilders ... // Wilders heeft de partij
                    -- verlaten. Hij ...`)
                    or c.subj and not find(c.text, " ", 1, true) and Analyser.titled_elsewhere(A, c.text, c.s)) then
          -- (a party's member after `De` is the one the article calls so,
          -- as resolve_mention reads it: `CNV-onderhandelaar Arjan Huizinga
          -- ... De CNV'er stelt ... volgens hem`)
          local e = A.lang == "nl" and member_noun_party(c.text)
                    and self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
          e = e or entity(A, c.canon)
          if e.person == nil then set_person(A, e, true) end
          -- (a role of one sex right before the name gives the person's:
          -- `Her son Daniel` is no `she`; over the sex its given name has
          -- in the list, `grandmother Lamar Rodriguez`)
          -- (only a woman's noun or one only men are called by: Dutch
          -- `topman`, `woordvoerder`, `leraar` are said of women too)
          if c.pw then
            local r, key = role_of(A.L, c.pw)
            if r == "f" or r == "m" and (not e.gender or Analyser.male_only(A.L, key)) then e.gender = r end
          end
          -- (a given name of one sex alone is that sex: `Anders is het
          -- kabinet genoodzaakt ... verzucht ze` is no Anders)
          if not e.gender and not find(e.canon, " ", 1, true) then e.gender = Analyser.lone_given(A, e.canon) end
          -- (a name inside a phrase of a preposition that opens its
          -- sentence, so no subject, gives way to the last speaker of the
          -- pronoun's sex, who spoke in the sentences walked: `’...’,
          -- zegt hij. Tegen de Hongaar Márton Fucsovics werd het 6-4. //
          -- Nu zit hij ...` goes on with the one who spoke)
          if (want == "m" or want == "f") and e ~= A.last and Analyser.in_fronted_pp(A, sa, c.s) then
            local l = A.last
            if l and l.person and l ~= A.exclude and gender_fits(want, l.gender) and A.last_pos and A.last_pos >= sa - 600
               and A.last_pos < x then
              return l
            end
          end
          if gender_fits(want, e.gender) and e ~= A.exclude then return e end
        end
        ::next_mention::
      end
    end
  end
  -- a pronoun that opens the article's first sentence with no one
  -- before it points ahead, to the person that sentence names
  -- (`Hij riep al de hele week dat hij ging winnen, en Ruurloër Pepijn
  -- Reinderink (21) maakte die woorden waar. ... ,,...'', zei hij`)
  -- (the first sentence of the article's first or second paragraph, the
  -- headline's after it)
  -- (so does one that opens the body's first sentence itself, whose
  -- names come after it, before the title is asked)
  if not a and not passed_names and not last_opener and opens_with_pronoun(A, ss, se, want) == x then
    last_opener, last_opener_hi = ss, se
  end
  local opi = last_opener and select(3, sentence_of(A, last_opener))
  if opi and opi <= 2 and skip_spaces(A.s, A.pstart[opi]) == skip_spaces(A.s, last_opener) then
    local ms = person_mentions(A, last_opener, last_opener_hi)
    -- (and, when it names no one, the named subject of the first cue of
    -- the sentence after it: `He stated, "...". // Karachi: Pakistan
    -- cricket team captain Babar Azam Sunday said`)
    if #ms == 0 and last_opener_hi <= #A.s then
      local ns, ne = sentence_of(A, skip_spaces(A.s, last_opener_hi))
      local k1, k2 = hit_range(A, ns, ne)
      if ns >= last_opener_hi and k1 <= k2 then
        local h = analyse_cue(A, A.hits[k1])
        local e = h.subj and h.subj.kind == "name" and self:resolve_hit(A, h)
        if e and e.person and gender_fits(want, e.gender) and e ~= A.exclude then return e end
      end
    end
    for i = 1, #ms do
      local c = ms[i]
      if not c.role and mention_person(A, c) then
        local e = entity(A, c.canon or mention_canon(A, c))
        if e.person == nil then set_person(A, e, true) end
        if gender_fits(want, e.gender) and e ~= A.exclude then return e end
      end
    end
  end
  -- a pronoun with no name before it in the body (the walk reached the
  -- body's start and passed none) means the person the title opens with
  -- (`Schmidt uit frustratie ...` over `,,Geef de cup maar meteen aan
  -- Ajax", foeterde hij`)
  -- (not past someone who spoke in the body already, whom the pronoun
  -- goes on about: `'...', dacht een van de bewoners toen hij naar
  -- buiten keek. ... '...', vertelt hij` under `Onrust na brand`)
  if not a and not passed_names then
    local e = title_subject(A)
    if e and gender_fits(want, e.gender) and e ~= A.exclude and (not A.last or A.last == e or A.last.person == false) then
      return e
    end
  end
  -- a he or she with no one of that sex in reach means the one person
  -- of that sex the article named before, by a given name of the list,
  -- when it named one only (`Cllr Deirdre Cullen made her remarks ...`,
  -- five sentences on Mr Leahy and the policy, `"...," she said`)
  if want == "f" or want == "m" then
    local e = Analyser.only_of_sex(A, x, want)
    if e and e ~= A.exclude then return e end
  end
  return nil
end

-- Analyser.pronoun_after(A, e, want): is one of the first three words
-- after position e, no punctuation before it, a pronoun of a sex in want
-- (`met Saskia van Eijk runt ze`)?
function Analyser.pronoun_after(A, e, want)
  local s, pron = A.s, A.L.pron
  local x = e
  for _ = 1, 3 do
    local w, nx = string.match(s, "^%s+([%a\128-\255]+)()", x)
    if not w then return false end
    local g = pron[names.lc_memo[w] or lc(w)]
    if g then return find(want, g, 1, true) ~= nil or find(g, want, 1, true) ~= nil end
    x = nx
  end
  return false
end

-- Analyser.only_person_inverted(A, ms, want) -> the entity of the one
-- person mentions ms (a sentence's) name when none is its subject and
-- the sentence opens with an adverb or a preposition (`Daarna`, `Op het
-- einde`), of the sex wanted, and that mention; else nil
function Analyser.only_person_inverted(A, ms, want)
  -- (a person after a preposition is an adjunct's, no subject)
  local one = Analyser.lone_person_mention(A, ms, false, Analyser.adjunct_mention)
  if not one then return nil end
  local ss = sentence_of(A, one.s)
  local w0 = string.match(A.s, "^%s*([%a\128-\255]+)", ss)
  local lw0 = w0 and lc(w0)
  if not (lw0 and (A.L.adv[lw0] or A.L.prep[lw0])) then return nil end
  -- (nor when a he or she before the name is the inverted subject: `In
  -- een reflex sloeg hij de bal ... voor de voeten van de aanstormende
  -- Chinedu Ede. Hij werd bestraft` goes on with hij)
  if Analyser.sexed_pronoun_in(A, ss, one.s, false) then return nil end
  local e = entity(A, one.canon or mention_canon(A, one))
  if e.person == false or e == A.exclude then return nil end
  if not gender_fits(want, e.gender) then return nil end
  if e.person == nil then set_person(A, e, true) end
  return e, one
end

-- Analyser.only_of_sex(A, x, sex) -> the entity of the one person the
-- article names before x with a full name whose given name (given
-- names list) is of sex ("m" or "f"), when all such names before x are
-- one person's, the last of them within ONLY_OF_SEX_BYTES before x and
-- no one else who may be of that sex speaking between (a cue's speaker
-- resolved: `een woordvoerder van Jumbo` after the one man named);
-- else nil
local ONLY_OF_SEX_BYTES = 2000
-- (the article's full names of each sex, read once: {pos, canon} in text
-- order, where a second person's first stands, and where the runs
-- holding the first person's surname start)
function Analyser.sex_names(A, sex)
  local cache = A.sex_names
  if not cache then cache = {} A.sex_names = cache end
  local c = cache[sex]
  if c then return c end
  c = { pos = {}, canon = {}, conflict = nil, surname_at = {} }
  cache[sex] = c
  local g = A.g
  local ix = names.index(A.article, g)
  local runs = ix.runs
  local given, S = g.given, A.s
  for ri = 1, ix.n do
    -- (runs of two words or more: a given name alone is no full name;
    -- one of its first three words a given name of that sex, asked of
    -- the words as written before the run is cleaned, most runs holding
    -- none: `Cllr Deirdre Cullen`, `Mr Justice Alexander Owens`)
    local q = 4 * ri - 3
    local hit = false
    if runs[q + 2] > runs[q + 1] then
      -- (the first word's end is the index's; past up to two titles)
      local w, x = sub(S, runs[q], runs[q + 1] - 1), runs[q + 1]
      for _ = 1, 3 do
        local lw = lc(w)
        if given[lw] == sex then hit = true break end
        if not g.titles[lw] then break end
        w, x = string.match(S, "^%s+(%S+)()", x)
        if not w or x > runs[q + 3] then break end
      end
    end
    if hit then
      local text = names.mention(A.article, g, A.lang, ri)
      local first = text and string.match(text, "^(%S+) %S")
      if first and g.given[lc(first)] == sex then
        local canon = names.canonical(A.article, text, A.lang)
        local n = #c.pos + 1
        c.pos[n], c.canon[n] = runs[q], canon
        -- (a second person of that sex: no he or she after it is asked
        -- of this, and the runs after it are not read)
        if canon ~= c.canon[1] then
          c.conflict = runs[q]
          break
        end
      end
    end
  end
  -- (a name, not a place's or a thing's, where a sentence that gives it
  -- in full says he or she, his or her after it: `Cllr Deirdre Cullen
  -- made her remarks`; not `in de Johan Cruijff ArenA`, `the Elizabeth
  -- Line`, review 2)
  local L = A.L
  for i = 1, #c.pos do
    if c.owned or c.canon[i] ~= c.canon[1] then break end
    local _, se = sentence_of(A, c.pos[i])
    for w in string.gmatch(sub(A.s, c.pos[i], se - 1), "%a+") do
      local lw = lc(w)
      if L.pron[lw] == sex or L.det_owner[lw] == sex then c.owned = true break end
    end
  end
  local surname = c.canon[1] and string.match(c.canon[1], "(%S+)$")
  if surname then
    for p in names.whole_words(S, surname) do c.surname_at[#c.surname_at + 1] = p end
  end
  return c
end
function Analyser.only_of_sex(A, x, sex)
  local g = A.g
  if not g.given then return nil end
  local c = Analyser.sex_names(A, sex)
  if not c.pos[1] or c.pos[1] >= x or c.conflict and c.conflict < x then return nil end
  local only, at = c.canon[1], nil
  for i = 1, #c.surname_at do
    if c.surname_at[i] >= x then break end
    at = c.surname_at[i]
  end
  if not at or x - at > ONLY_OF_SEX_BYTES then return nil end
  local e = entity(A, only)
  if e.person == false or e.person == nil and not c.owned then return nil end
  -- (no one else who may be of that sex between: a cue's speaker resolved
  -- to another, named or not, `A woman who lives nearby said`; nor a
  -- person's name or a role of one person of that sex or either, `Ms
  -- Thornton, who runs the corner shop,`, `Buurman Henk`, review 2)
  if A.resolved_hits then
    local k1, k2 = hit_range(A, at, x)
    for k = k1, k2 do
      local o = A.resolved_hits[A.hits[k]]
      if o and o ~= e and o.person ~= false and gender_fits(sex, o.gender) then return nil end
    end
  end
  local surname = string.match(only, "(%S+)$")
  for _, m in ipairs(person_mentions(A, at, x)) do
    if m.role then
      if SETS.one_person[m.role.gender] and gender_fits(sex, m.role.gender) then return nil end
    elseif not find(m.text, surname, 1, true) and mention_person(A, m) then
      -- (of the other sex by a given name or a title: passed, `Mr
      -- Leahy said`)
      local o = A.entities[mention_canon(A, m)]
      local og = o and o.gender or Analyser.given_first(A, m.text)
      if not og then
        local w1 = string.match(m.text, "^(%S+) %S")
        og = w1 and g.titles[lc(w1)]
        if og ~= "m" and og ~= "f" then og = nil end
      end
      if not og or gender_fits(sex, og) then return nil end
    end
  end
  if e.person == nil then set_person(A, e, true) end
  if not e.gender then e.gender = sex end
  return e
end

-- Analyser.street_name(A, name): does name end in a word that names a
-- street, a road, a bridge or a tunnel, a compound in one of
-- speech_words.txt's `street_suffix` with five letters or more before it
-- (`Cornelis Trooststraat`, `Westerscheldetunnel`; not the surname
-- `Verlaan`), or one of `street_word` (`Baker Street`)?
function Analyser.street_name(A, name)
  local last = string.match(name, "([%a\128-\255]+)$")
  if not last then return false end
  last = lc(last)
  local sets = A.L.sets
  if sets.street_word[last] then return find(name, " ", 1, true) ~= nil end
  for suffix in next, sets.street_suffix do
    if #last >= #suffix + 5 and sub(last, -#suffix) == suffix then return true end
  end
  return false
end

-- the most recent organisation or group in subject position before x
-- (for they / ze / it)
function Analyser:recent_group(A, x, max_sents)
  for ms in Analyser.mentions_back(A, x, max_sents) do
    for _, c in ipairs(ms) do
      -- (not an interview's speaker label, `((WN))`: an editor's mark)
      if c.subj and not c.role and not (c.s > 2 and byte(A.s, c.s - 1) == 40 and byte(A.s, c.s - 2) == 40)
         and mention_person(A, c) == false and not Analyser.street_name(A, c.canon)
         and (is_org_name(A, c.canon) or not c.canon:find("%l") or c.canon:find("%s")) then
        local e = entity(A, c.canon)
        set_person(A, e, false)
        return e
      end
    end
  end
  return nil
end

-- Analyser.plural_people_before(A, x) -> the last role mention before x,
-- in its sentence or the one before, that names people by a person's
-- role noun in the plural (`beide bedreigde advocaten`), or nil
function Analyser.plural_people_before(A, x)
  local s, L = A.s, A.L
  local ss = sentence_of(A, x)
  local ps, pe = ss, x
  if ss > A.first then ps, pe = sentence_of(A, ss - 1) end
  -- (the sentence's subject first, a name or a group's noun too: `Racoon
  -- geeft een concert met enkele gastmuzikanten. Ze hebben er zin in`,
  -- `De familie Yilmaz heeft met twee advocaten ... Ze willen`, `De
  -- agenten hielden de verdachten aan. Ze zeggen`)
  -- (not a medium, which spoke with them: `De Telegraaf heeft met beide
  -- bedreigde advocaten gesproken. Ze willen anoniem blijven`; nor a
  -- dateline's place in capitals, `MEGEN - Ze zaten ...`)
  local f = first_np(A, ps, pe)
  if f and f.s == skip_spaces(s, ps) and (f.kind == "name" and not A.g.press[lc(string.match(f.text, "(%S+)$"))] and find(f.text, "%l")
                                          or f.kind == "role" and f.gender == "g") then
    return f
  end
  local t = tokens(s, ps, x)
  for k = #t // 2, 2, -1 do
    local w = tok(s, t, k)
    if is_lower_at(w, 1) then
      local r, head = role_of(L, w)
      if r == "g" and head and SETS.one_person[L.role[head]] then
        -- (with its own determiner, no passive's agent: not `door
        -- rechercheurs`)
        local m = np_ending(A, t, k, 1, w)
        local fk = m and m.kind == "role" and m.def and token_at(t, k, m.s)
        if fk and not (fk > 1 and L.sets.passive_agent[ltok(s, t, fk - 1)]) then return m end
      end
    end
  end
  return nil
end

-- Analyser.written_as(A, how, w): does the article write w so, at one
-- place at least (as a whole word), memoised per article:
--   place   after a preposition of place, also past an article (`in
--           Kessingen`, `uit Apeldoorn`, `in the UK`): a place's name
--   inside  as a name inside a sentence, after a word in lower case, a
--           digit or a comma, with no capitalised word after it (`tegen
--           Shell`; not `the European Union`): a word that only opens
--           sentences may be any word (`Talks are ...`)
--   lower   in lower case (`talks` for `Talks`): a common word
Analyser.written_tests = {
  place = function(A, s, p, n, after)
    -- (the word before, or the one before its article)
    local w1, w2 = s:sub(p - 12 > 1 and p - 12 or 1, p - 1):match("(%a*)%s+(%a+)%s+$")
    w2 = lc(w2 or s:sub(p - 7 > 1 and p - 7 or 1, p - 1):match("(%a+)%s+$") or "")
    if A.L.sets.place_word[w2] or A.L.det[w2] and A.L.sets.place_word[lc(w1 or "")] then return true end
    -- (or a list of capitalised names that such a word opens, commas and
    -- a joining word between: `in Pennsylvania, Maryland, and Florida`;
    -- read back word by word, twelve words at most; the name a comma
    -- follows, or the joining word precedes: not `In London, Shell said`)
    local x, commas = p, 0
    local coord = A.L.sets.coord
    for k = 1, 12 do
      local pre = s:sub(x - 30 > 1 and x - 30 or 1, x - 1)
      local w, sp = pre:match("([%a%-']+)(,?%s+)$")
      if not w then return false end
      if find(sp, ",", 1, true) then commas = commas + 1 end
      local lw = lc(w)
      if k == 1 and after ~= 44 and not coord[lw] then return false end
      if A.L.sets.place_word[lw] then return commas > 0 and sp ~= ", " or commas > 1 end
      if not (is_upper_at(w, 1) or coord[lw]) then return false end
      x = x - #sp - #w
    end
    return false
  end,
  inside = function(A, s, p, n, after)
    if after == 32 and is_upper_at(s, p + n + 1) then return false end
    local q = p - 1
    while byte(s, q) == 32 do q = q - 1 end
    local c = byte(s, q)
    return q < p - 1 and c and (is_word_byte(c) and not is_upper_at(s, q) or c == 44) or false
  end,
  lower = function(A, s, p)
    local before = byte(s, p - 1)
    return not (before and is_word_byte(before))
  end,
}
function Analyser.written_as(A, how, w)
  local memos = A.written_memo
  if not memos then memos = { place = {}, inside = {}, lower = {} } A.written_memo = memos end
  local memo = memos[how]
  local hit = memo[w]
  if hit ~= nil then return hit end
  hit = false
  local s, test = A.s, Analyser.written_tests[how]
  local needle = how == "lower" and lc(w) or w
  local n = #needle
  local p = find(s, needle, 1, true)
  while p and not hit do
    local after = byte(s, p + n)
    if not (after and (is_word_byte(after) or after >= 128)) then hit = test(A, s, p, n, after) end
    p = find(s, needle, p + 1, true)
  end
  memo[w] = hit
  return hit
end

-- does a finite verb in the singular follow name mention c: a cue, an
-- auxiliary or a modal, or a word in lower case in -ed (English) or
-- -t/-te/-de (Dutch, German) (`Hasbro hosted`, `Shell maakte`; not
-- `Average house prices`)
function Analyser.finite_after(A, c)
  local w = c.post_core
  -- (past an appositive between commas: `StayLocal, the holiday rental
  -- platform with the most listings, said`)
  if byte(A.s, c.e) == 44 then
    local _, e2, w2 = find(A.s, "^,[^,.;:!?\n]-, (%l[%a'\128-\255]*)", c.e)
    if w2 and e2 < c.e + 160 then w = w2 end
  end
  if not w or not is_lower_at(w, 1) then return false end
  local L = A.L
  local lw = lc(w)
  if L.cue[lw] then return true end
  -- (an auxiliary or a modal only in the singular: an organisation's
  -- name takes one, `Shell heeft`, `Siemens hat`, `Hasbro has`; not
  -- `Talks are`, `Criminelen hebben`)
  if A.lang == "en" then
    return find(lw, "ed$") ~= nil or L.verb_word[lw] and find(lw, "s$") ~= nil
  end
  if L.verb_word[lw] or L.modal[lw] then return not find(lw, "en$") end
  return find(lw, "[dt]e?$") ~= nil
end

-- is noun w an age used as a noun (`the 34-year-old`, `de 34-jarige`)?
-- Like `the man`, it names whoever the article spoke of, whatever role
-- it gave them
function Analyser.age_noun(w)
  return w ~= nil and (find(w, "year%-old$") or find(w, "^%d*%-?jarige$")) ~= nil
end

-- Analyser.first_age_mention(A, m) -> where the article first writes
-- age mention m's age noun with a determiner before and no capitalised
-- name after (`The 22-year-old capped ...`), when that is before m; else
-- nil
function Analyser.first_age_mention(A, m)
  local age = string.match(m.text, "(%d+%-%S+)$")
  if not age then return nil end
  local s, L = A.s, A.L
  local at = A.first
  while true do
    local a, b = find(s, age, at, true)
    if not a or a >= m.s then return nil end
    local w = string.match(sub(s, (a > 12 and a - 12 or 1), a - 1), "(%a+)%s+$")
    local kind = w and L.det[lc(w)]
    -- (the age alone after a definite article or a demonstrative: not
    -- before a role noun or a name, `The 22-year-old striker Jack
    -- Wilson`, nor after a possessive, `His 21-year-old son`)
    local nx = string.match(s, "^%s+([%a\128-\255]+)", b + 1)
    if (kind == "def" or kind == "dem") and not (nx and (is_upper_at(nx, 1) or role_of(L, nx))) then return a end
    at = b + 1
  end
end

-- Analyser.age_given(A, m, p): does the article give person p (a
-- canonical name) the age that age mention m writes (`the 58-year-old`,
-- `de 24-jarige`) where it names p with that noun (role_places)? True
-- when m writes no number.
function Analyser.age_given(A, m, p)
  local age = string.match(m.text, "(%d+)%-")
  if not age then return true end
  local s = A.s
  for _, place in ipairs(role_places(A, m.head)) do
    local a = place[1]
    if string.match(sub(s, (a > 8 and a - 8 or 1), a - 1), "(%d+)%-?$") == age
       and names.canonical(A.article, place[2], A.lang) == p then
      return true
    end
  end
  return false
end

-- Analyser.epithet_modifier(m, lang): does role mention m describe its
-- person by an age or by where they are from, a word between its
-- determiner and its noun (`the 27-year-old striker`, `the Spanish
-- forward`, `de Belgische kampioen`)? Such a phrase names no office, but
-- someone the article spoke of. (A country's adjective is read by its
-- shape: a capital and -ish, -ian, -ese, or outside English -se, -sche,
-- which English nouns end in too, `the White House spokesman`; and the
-- few of another shape, below.)
local EPITHET_ADJECTIVES = { Dutch = true, French = true, Swiss = true, Greek = true, Thai = true, Irish = true,
                             Welsh = true, Scottish = true }
function Analyser.epithet_modifier(m, lang)
  local text = m.text
  if not text then return false end
  local en = lang == "en"
  local first = true
  for w in string.gmatch(text, "%S+") do
    if not first then
      if Analyser.age_noun(lc(w)) then return true end
      if EPITHET_ADJECTIVES[w] or find(w, "^%u[%l\128-\255]+ish$") or find(w, "^%u[%l\128-\255]+ian$")
         or find(w, "^%u[%l\128-\255]+ese$")
         or not en and (find(w, "^%u[%l\128-\255]+sche?$") or find(w, "^%u[%l\128-\255]+[^s]se$")) then
        return true
      end
    end
    first = false
  end
  return false
end

-- join_elided_head(A, m): name mention m, right after a compound whose
-- head is left out (`Voedsel- en Warenautoriteit`), becomes one name with
-- the words before it (Analyser.org_joined's), in place
function Analyser.join_elided_head(A, m)
  local s = A.s
  if m.s > 6 and find(sub(s, m.s - 6, m.s - 1), "%-%s+[ae]nd?%s+$") then
    local joined = Analyser.org_joined(A, m)
    if joined then
      m.s = m.e - #joined
      m.text = joined
    end
  end
end

-- the organisation's name that name mention c ends after its `and`
-- (`The Competition and Markets Authority`: the whole, without its
-- article), or nil
function Analyser.org_joined(A, c)
  local s = A.s
  if not find(sub(s, (c.s - 5 > 1 and c.s - 5 or 1), c.s - 1), "%s[ae]nd?%s+$") then return nil end
  local t = tokens(s, (c.s - 80 > A.first and c.s - 80 or A.first), c.e)
  -- (k: the `and`, the token before the mention's first)
  local k = #t // 2
  while k >= 1 and t[2 * k - 1] >= c.s do k = k - 1 end
  if k < 2 or not A.L.sets.conjunction[ltok(s, t, k)] then return nil end
  -- (a compound's head left out before it is one name too: `Voedsel- en
  -- Warenautoriteit`)
  local elided = tok(s, t, k - 1) == "-" and t[2 * k - 3] == t[2 * k - 4]
  if not (elided or Analyser.org_name_around(A, t, k)) then return nil end
  local x = k - 1
  local first
  -- (never back over a line break: `Officer // Avon and Somerset
  -- Police`, a headline's word, is no part of the name)
  while x >= 1 and (is_upper_at(s, t[2 * x - 1]) and not is_punct_tok(s, t, x)
                    or A.L.sets.org_join[ltok(s, t, x)] or ltok(s, t, x) == "of" or x == k - 1 and elided)
        and not find(sub(s, t[2 * x], t[2 * x + 1] - 1), "\n", 1, true) do
    if is_upper_at(s, t[2 * x - 1]) and not A.L.det[ltok(s, t, x)] then first = x end
    x = x - 1
  end
  return first and sub(s, t[2 * first - 1], c.e - 1) or nil
end

-- does canonical name canon hold a word of class c of organisations
-- (`= body` in organisation_words.txt, a public body's: `Environment
-- Agency`, `Autoriteit Persoonsgegevens`, `Nederlandse Voedsel- en
-- Warenautoriteit`; `= union`: `FNV Zorg`, `Rugby Football Union`)?
function Analyser.class_name(A, canon, c)
  local L = A.L
  if c == "*" then
    -- (any class)
    for c2 in pairs(L.org_class) do
      if Analyser.class_name(A, canon, c2) then return true end
    end
    return false
  end
  local words = L.org_class[c]
  if not words then return false end
  -- (a police word inside a public body's or an association's name is no
  -- force's: `the Independent Office for Police Conduct`, `the Police
  -- Federation`)
  if c == "police" and (Analyser.class_name(A, canon, "body") or Analyser.class_name(A, canon, "association")) then
    return false
  end
  local tails = L.org_class_tails[c]
  for w in canon:gmatch("[^%s]+") do
    if words[w] then return true end
    if #tails > 0 then
      local lw = lc(w)
      for i = 1, #tails do
        local tl = tails[i]
        if #lw > #tl and sub(lw, -#tl) == tl then return true end
      end
    end
  end
  return false
end

-- Analyser.addressed(A, c): does name mention c stand right after a cue
-- of telling, perhaps past a determiner (`told the BBC`, `vertelde de
-- NOS`): the one told, who says nothing?
function Analyser.addressed(A, c)
  local L = A.L
  -- (the word before, which the mention keeps; past a determiner the one
  -- before that)
  local verb = c.pw and c.prevw
  if verb and L.det[verb] then
    verb = string.match(sub(A.s, c.s > 30 and c.s - 30 or 1, c.s - 1), "(%a+)%s+%a+%s+$")
  end
  local lemma = verb and L.cue[lc(verb)]
  return lemma ~= nil and L.sets.telling[lemma] == true
end

-- does name mention c follow a noun of place and its of/van (`near the
-- village of Pradella`)?
function Analyser.named_place(A, c)
  local pv = c.prevw
  if pv ~= "of" and pv ~= "van" then return false end
  local w = string.match(sub(A.s, c.s - 28 > 1 and c.s - 28 or 1, c.s - 1), "(%a+)%s+%a+%s+$")
  return w ~= nil and A.L.sets.place_noun[lc(w)] ~= nil
end

-- classes whose kind stands for a name of the class only, else stays as
-- written: `the force` is no body or company named before when the
-- article names its police by a nickname only (`The Met said ... The
-- Department for Transport said ... The force said`)
local CLASS_ONLY = { police = true }

-- Analyser.kind_namesake(A, m, core) -> the organisation named before
-- kind mention m, within the reach of a kind, whose name holds one of
-- the words in lower case before m's noun, or its plural (`the North
-- Carolina-based truck maker` is Mack Trucks, not Twitter named since);
-- nil when none or more than one (core: m's text less its determiner)
function Analyser.kind_namesake(A, m, core)
  local words = {}
  for w in string.gmatch(core or "", "(%l[%l%-]+) ") do
    if #w >= 4 and not (A.L.fw[w] or A.L.det[w] or A.L.prep[w]) then words[#words + 1] = w end
  end
  if #words == 0 then return nil end
  local found
  for ms in Analyser.mentions_back(A, m.s, ORG_KIND_REACH) do
    for i = #ms, 1, -1 do
      local c = ms[i]
      if not c.role and find(c.text, " ", 1, true) and not mention_person(A, c) then
        for cw in string.gmatch(lc(c.text), "%a+") do
          for _, w in ipairs(words) do
            if cw == w or cw == w .. "s" or cw == w .. "es" then
              local canon = mention_canon(A, c)
              if found and found ~= canon then return nil end
              found = canon
            end
          end
        end
      end
    end
  end
  if not found then return nil end
  local e = entity(A, found)
  set_person(A, e, false)
  return e
end

-- the organisation the article named last before position x, within
-- max_sents sentences, or nil: what a definite noun of an organisation's
-- kind (`organisation_kinds.txt`: `het bedrijf`, `the regulator`) stands
-- for when the article gives it no name of its own. A name that reads as
-- no person counts when it is an organisation's (an organisation word in
-- it), an acronym, or another name (the tests below); no place's (`in
-- Kessingen`, `in the UK`). With bodies (a public body's kind) only an
-- organisation's name or an acronym. In the last sentence that has one,
-- the subject that opens it goes first, then the last other subject,
-- then the last name: `De NS schrapt alle ritten, omdat de vakbonden
-- FNV Spoor en VVMC staken. Dat maakte de spoorvervoerder bekend` is NS.
function Analyser:recent_org(A, x, max_sents, bodies, strict)
  -- a kind of a class of organisations (bodies: the class, `body` or
  -- `union`) takes a name with a word of the class first (an acronym the
  -- article spelt out so too), within four times the reach; then any
  -- organisation's name or acronym (`The regulator` is the Environment
  -- Agency, though the article named the Lode Valley Angling Association
  -- and the BBC since; `de vakbond` is FNV Zorg, not the UWV named since)
  if bodies and strict == nil then
    return self:recent_org(A, x, 4 * max_sents, bodies, true)
           or not CLASS_ONLY[bodies] and self:recent_org(A, x, max_sents, bodies, false)
  end
  -- a kind of no class stands for no name of a class first: `The
  -- carmaker said` after `Velora Motors ... the National Franchised
  -- Dealers Association said` is Velora Motors
  if not bodies and strict == nil then
    return self:recent_org(A, x, max_sents, nil, "other") or self:recent_org(A, x, max_sents, nil, false)
  end
  local s = A.s
  local place_prep = A.L.sets.place_prep
  for ms in Analyser.mentions_back(A, x, max_sents) do
    local found, found_subj, found_initial
    for i = #ms, 1, -1 do
      local c = ms[i]
      -- (in brackets only an acronym the article spelt out before it:
      -- `De Autoriteit Consument & Markt (ACM)`; not `(ANP)`)
      local bracketed = byte(s, c.s - 1) == 40 and byte(s, c.e) == 41
      if bracketed and mention_canon(A, c) ~= c.text then bracketed = false end
      -- (nor a letter or a compound's first part: `X-wing`)
      if not c.role and not bracketed and not found_initial
         and c.e - c.s >= 2 and byte(s, c.e) ~= 45
         and not (found_subj and not c.initial or found and not c.subj) then
        -- (the tests that need no canonical name first: most mentions
        -- fail one)
        local joined = Analyser.org_joined(A, c)
        -- (and the name the next mention makes whole through its
        -- `en`/`and`, which starts inside this one, when a verb in the
        -- singular follows or its acronym does: `De Autoriteit Consument
        -- en Markt deed`, `... en Markt (ACM) deed`, whose first part is
        -- the subject; not `De Autoriteit Persoonsgegevens en Google
        -- praten`)
        local nc = ms[i + 1]
        if not joined and nc then
          local j2 = Analyser.org_joined(A, nc)
          if j2 and nc.e - #j2 >= c.s and nc.e - #j2 < c.e then
            local ac = ms[i + 2]
            if Analyser.finite_after(A, nc)
               or ac and byte(s, ac.s - 1) == 40 and ac.s - nc.e <= 2 and mention_canon(A, ac) == j2 then
              joined = j2
            end
          end
        end
        -- (an acronym is one word: `DEN HAAG (ANP) -` is a dateline's place;
        -- and of letters: `H5N1`, `A380` name a virus, a plane)
        -- (a compound of an organisation word only as the subject: `De
        -- Dopingautoriteit heeft`, not `dat de Belastingdienst eerder`)
        -- (not the one a cue of telling addresses: `told the BBC that`)
        if Analyser.addressed(A, c) then goto next_mention end
        local org_text = joined or is_org_name(A, c.text, not c.subj) or not find(c.text, "[%l%s%d]")
        if not org_text and (bodies or A.L.det[c.prevw] or not c.subj and place_prep[c.prevw]
                             or Analyser.named_place(A, c)) then
          goto next_mention
        end
        local canon = joined or mention_canon(A, c)
        -- (an organisation word alone goes on through its of-phrase:
        -- `De Inspectie van het Onderwijs`, a name)
        -- (so does a compound of one, in a language that glues nouns:
        -- `De Onderzoeksraad voor Veiligheid`)
        if canon and (A.L.org[canon] or not find(canon, " ") and Analyser.org_word(A, canon)) then
          canon = Analyser.with_of(A, c, canon)
          -- (and through a word in lower case that its short form in
          -- brackets spells: `De Autoriteit woningcorporaties (Aw)`)
          local w, short = string.match(s, "^ (%l[%l\128-\255]+) %((%a%a+)%)", c.e)
          if w and lc(short) == lc(sub(canon, 1, 1)) .. sub(w, 1, 1) then canon = canon .. " " .. w end
        end
        local person = mention_person(A, c)
        if person then
          -- (a one-word name that spoke was taken for a person, `Shell
          -- said`, unless a title or a pronoun's gender said so: the
          -- article gives a person's name in full first)
          local e = A.entities[canon]
          person = find(canon, "%s") or not e or e.gender or c.pw and names.title_like(A.g, c.pw)
        end
        -- (nor an organisation word alone, a country's as often:
        -- `leverancier van Nederland`)
        -- (an acronym that is one is a name: `De FNV`)
        -- (and no words all in capitals, a dateline's: `DEN HAAG (ANP) -`)
        -- (nor a place's name, one the article writes after a preposition
        -- of place, unless a firm's by its ampersand: `in Marks & Spencer
        -- cyberattack` is no place; `in the United States` is one)
        if canon and not person and not A.L.demonym[lc(canon)] and not (A.L.org[canon] and find(canon, "%l"))
           and (find(canon, "%l") or not find(canon, "%s"))
           and not (Analyser.written_as(A, "place", canon) and not find(canon, " & ", 1, true)) then
          local acronym = not find(canon, "[%l%s%d]") and #canon >= 2
          -- (a time zone is no body: `at 7 a.m. EDT`, speech_words.txt's
          -- `time_zone`)
          if acronym and A.L.sets.time_zone[canon] then goto next_mention end
          local org = is_org_name(A, canon) or acronym
          if strict == true and not Analyser.class_name(A, canon, bodies) then org = false end
          -- (a force's name after for/of is the tail of a longer name:
          -- `the Independent Office for Police Conduct`)
          if strict == true and bodies == "police" and (c.prevw == "for" or c.prevw == "of") then goto next_mention end
          -- (nor, after the names of the class, a sports club's name for
          -- a kind of another class: `de bond` is no `FC Zwolsterveen`; a
          -- union's and an association's are near enough: `the union`
          -- may be the Prison Officers' Association)
          if strict == false and bodies and bodies ~= "club" and Analyser.class_name(A, canon, "club") then
            goto next_mention
          end
          if strict == "other" and Analyser.class_name(A, canon, "*") then goto next_mention end
          -- (not after a determiner, `the European places`, `their Star
          -- Wars products`; a name of one word that opens the sentence:
          -- one written inside a sentence too, or before a finite verb
          -- and never in lower case: `Hasbro hosted`, not `Talks are`)
          -- (German writes every noun with a capital: there a name that
          -- spoke before, `Siemens hat mitgeteilt`, not `am Dienstag`)
          -- (nor, where it is no subject, one after a preposition of
          -- place: `an analyst at Redburn`)
          if org or not bodies and not A.L.det[c.prevw] and (c.subj or not place_prep[c.prevw])
                    and not (A.lang == "de" and not A.entities[canon])
                    and not (c.initial and not find(canon, "%s") and not Analyser.written_as(A, "inside", canon)
                             and not (Analyser.finite_after(A, c) and not role_of(A.L, canon)
                                      and not Analyser.written_as(A, "lower", canon))) then
            if c.initial and c.subj then found_initial = canon
            elseif c.subj then found_subj = found_subj or canon
            else found = found or canon end
          end
        end
      end
      ::next_mention::
    end
    local canon = found_initial or found_subj or found
    if canon then
      local e = entity(A, canon)
      set_person(A, e, false)
      return e
    end
  end
  return nil
end

-- resolve a mention at position x to an entity {canon, gender, person}
-- `Ministry of Foreign Affairs`, `Progressive Party of Working People`,
-- `Partij van de Arbeid`, `Centraal Bureau voor de Statistiek`, `Institute
-- for Fiscal Studies`: a name that ends in an organisation word goes on
-- through `of`/`van`/`for`/`voor` and the capitalised words after it (a
-- person's does not: `Michael Siegel of Boston University`). Extends the
-- mention too.
-- (a mention's last word when it is an organisation word, else false,
-- kept per language data by the mention's text, as role_of's memo is:
-- most names end in none, and the same names come back)
local org_tail_memo = setmetatable({}, { __mode = "k" })
function Analyser.with_of(A, m, canon)
  local s, L = A.s, A.L
  local memo = org_tail_memo[L]
  if not memo or memo.n >= 50000 then
    memo = { words = {}, n = 0 }
    org_tail_memo[L] = memo
  end
  local text = m.text
  local lastw = memo.words[text]
  if lastw == nil then
    lastw = tail_run(text, NOT_WS)
    lastw = lastw and Analyser.org_word(A, lastw) and lastw or false
    memo.words[text] = lastw
    memo.n = memo.n + 1
  end
  if not lastw or sub(canon, -#lastw) ~= lastw then return canon end
  -- (two tokens first: most such names have no of/van after them, and
  -- the rest of the window is cut only when one has)
  local hi = (#s + 1 < m.e + 120 and #s + 1 or m.e + 120)
  local t = tokens(s, m.e, hi, 2)
  if #t // 2 < 2 or not L.sets.org_of[tok(s, t, 1)] then return canon end
  t = tokens(s, m.e, hi)
  local n = #t // 2
  -- capitalised words, and connectors between them; a possessive ends
  -- the name without its 's (`The Centre for Aviation's database`)
  local k, last, e = 2, nil, nil
  while k <= n do
    local w = tok(s, t, k)
    if is_upper_at(s, t[2 * k - 1]) and not is_punct_tok(s, t, k) then
      last, e = k, t[2 * k]
      local pl = names.possessive_len(w)
      if pl > 0 then
        e = e - pl
        break
      end
    elseif not (L.sets.org_of_join[w] and k < n and (is_upper_at(s, t[2 * k + 1]) or L.sets.org_of_join[tok(s, t, k + 1)])) then
      break
    end
    k = k + 1
  end
  if not last then return canon end
  local tail = sub(s, t[1], e - 1)
  local short = m.text
  m.e = e
  m.text = sub(s, m.s, m.e - 1)
  -- (a compound role whose front is the long name, before a person's
  -- name, is that person: `sprak Partij voor de Dieren-leider Esther
  -- Ouwehand`, the mention narrowed to the name)
  local person = Analyser.lead_role_cut(A, m.text)
  if person ~= m.text and sub(m.text, -#person) == person and find(person, " ", 1, true) then
    m.s = m.e - #person
    m.text = person
    return names.canonical(A.article, person, A.lang)
  end
  -- (a fuller form of the short name is no form of the long one: `the
  -- Court of Session` beside `The Supreme Court`; the long name's own
  -- fullest form then)
  if canon ~= short then return names.canonical(A.article, m.text, A.lang) end
  return canon .. " " .. tail
end

-- the capitalised articles a name may hold (with_the), by language, and
-- all of them
Analyser.NAME_ARTICLES = { en = { "The " }, nl = { "De ", "Het " } }
Analyser.NAME_ARTICLE = { ["The "] = true, ["De "] = true, ["Het "] = true }

-- Analyser.press_before(A, x) -> the name mention of the newspaper named
-- last before position x, its capitalised words up to a last word of
-- press_names.txt (`the Belfast Telegraph`: Belfast Telegraph), or nil
function Analyser.press_before(A, x)
  local s = A.s
  local best, best_e
  for w in pairs(A.g.press) do
    local form = string.upper(sub(w, 1, 1)) .. sub(w, 2)
    local at = find(s, form, A.first, true)
    while at and at < x do
      local e = at + #form
      if (not best_e or e > best_e) and not is_word_at(s, e) and at > 1 and byte(s, at - 1) == 32 then
        -- (back over the capitalised words before it, not its `The`)
        -- (or the word alone after its article with a capital: `in De
        -- Limburger`)
        local a, art = at, false
        while true do
          local w0 = string.match(sub(s, (a - 30 > 1 and a - 30 or 1), a - 1), "(%u[%a\128-\255%-]*) $")
          if not w0 or w0 == "The" or w0 == "De" or w0 == "Het" then
            art = w0 ~= nil
            break
          end
          a = a - #w0 - 1
        end
        if a < at or art then best, best_e = a, e end
      end
      at = find(s, form, at + 1, true)
    end
  end
  if not best then return nil end
  return { s = best, e = best_e, kind = "name", text = sub(s, best, best_e - 1) }
end

-- is canon a newspaper's name, its last word in press_names.txt?
function Analyser.press_name(A, canon)
  return A.g.press[lc(canon:match("(%S+)$"))] ~= nil
end

-- `The Guardian`, `The Atlantic`: a name whose article is part of it,
-- which the article shows by writing `The` with a capital inside a
-- sentence (`according to The Guardian`), or anywhere before a
-- newspaper's name (press_names.txt: `The Baltimore Sun reported`,
-- `Dat meldt Het Financieele Dagblad`). English and Dutch; memoised per
-- article.
local function with_the(A, canon)
  local articles = Analyser.NAME_ARTICLES[A.lang or "en"]
  if not articles then return canon end
  -- (the memo first, as in sentence_initial_common; a name that cannot
  -- take an article is remembered as one that does not)
  local memo = A.the_memo
  if not memo then memo = {} A.the_memo = memo end
  local hit = memo[canon]
  if hit == nil then
    -- (an article first, or no ASCII capital)
    local c1 = byte(canon, 1)
    if not (c1 and c1 >= 65 and c1 <= 90) or Analyser.NAME_ARTICLE[canon:match("^%S+ ")] then
      hit = false
      memo[canon] = hit
    end
  end
  if hit == nil then
    local s = A.s
    hit = false
    -- (a newspaper's name keeps its article at a sentence's start too:
    -- asked once an article stands before the name there; in Dutch only
    -- a newspaper's name has one, `De` inside a sentence being as often
    -- a surname's particle, asked first)
    local press
    if #articles > 1 then
      press = Analyser.press_name(A, canon)
      if not press then
        memo[canon] = false
        return canon
      end
    end
    for k = 1, #articles do
      -- (and the name ends there: not `the Doris Day Animal Foundation`;
      -- plain searches: a pattern would test every byte of the article)
      local needle = articles[k] .. canon
      local n = #needle
      local p = rare_find(s, needle, 1)
      while p do
        local after = byte(s, p + n)
        if not (after and (is_word_byte(after) or after >= 128))
           and not (after == 32 and is_upper_at(s, p + n + 1)) then
          -- (not after a colon, which may open a sentence: `Q: The
          -- Liberal Democrats are ...`; a newspaper's name keeps it, below)
          local q = p - 1
          while byte(s, q) == 32 do q = q - 1 end
          local c = byte(s, q)
          if q < p - 1 and c and ((c >= 97 and c <= 122) or (c >= 48 and c <= 57)
                                  or c == 44 or c == 59 or c == 41) then
            hit = articles[k]
            break
          end
          if press == nil then press = Analyser.press_name(A, canon) end
          if press then
            hit = articles[k]
            break
          end
        end
        p = rare_find(s, needle, p + 1)
      end
      if hit then break end
    end
    memo[canon] = hit
  end
  return hit and (hit .. canon) or canon
end

-- the canonical text of a role mention: a determiner's capital at a
-- sentence start is dropped (`De woordvoerder` -> `de woordvoerder`,
-- `Their statement`), a name's is kept (`White House doctors`, `Trump's
-- lawyers`, `FSB sources`)

local function role_text(A, m)
  local text = m.text
  -- (a phrase that ends in a surname's initial keeps its period, as the
  -- name alone does: `De advocaten van A. vinden`, suspects so named)
  if m.e and byte(A.s, m.e) == 46 and find(text, " %u$") then text = text .. "." end
  -- (white space inside as one space: `The  travelers` is the travelers)
  -- (two spaces, or a white space byte but the space, before the
  -- patterns: most texts have neither)
  if find(text, "  ", 1, true) or find(text, "[\t-\r]") and (find(text, "%s%s") or find(text, "[\t\n]")) then
    text = text:gsub("%s+", " ")
  end
  local w = text:match("^[^%s]+")
  -- an English group noun after `the` and a person's surname that the
  -- article gives in full is that person's group: `The Trump campaign`
  -- is Trump campaign (not `the British government`, `the Smith family`
  -- where no Smith is named in full)
  if A.lang == "en" and m.gender == "g" and (w == "The" or w == "the") then
    local name, noun = text:match("^%a+ (%u%l+) (%l+)$")
    -- (not a family's noun, speech_words.txt's `kin_group`: `the Dalton
    -- family` beside Jason Dalton keeps its article)
    local kin = A.L.sets.kin_group
    if name and role_of(A.L, noun) == "g" and not (kin and kin[noun]) and Analyser.given_in_full(A, name) then
      return name .. " " .. noun
    end
  end
  if w and A.L.det[lc(w)] then
    -- (a phrase in capitals, a kicker's, in lower case whole: `THE
    -- DETECTIVE in charge of the case` is the detective ...)
    if #w > 1 and not find(w, "%l") then
      local caps = string.match(text, "^[%u%s%p]+%f[%s%z]")
      if caps then return lc(caps) .. sub(text, #caps + 1) end
    end
    return (text:gsub("^%u", string.lower))
  end
  -- (Dutch `één` opening a sentence loses its first accent, `Eén van
  -- hen zit ...`: the phrase as written, its capital lowered, eén van
  -- hen, which any case-insensitive reading takes for the text's)
  if w == "Eén" then return "e" .. sub(text, 2) end
  -- an English group noun in the plural alone is the group, as the
  -- article names it: `the researchers` where it writes that too
  -- (`researchers from ... reported`), else the noun alone (`Officials
  -- said`: officials); not `German officials`, whose capital may be a
  -- name's. (Memoised per article.)
  if A.lang == "en" and m.gender == "g" and m.kind == "role" and find(text, "^%a%l+s$") then
    local noun = lc(text)
    local memo = A.plural_the_memo
    if not memo then memo = {} A.plural_the_memo = memo end
    local hit = memo[noun]
    if hit == nil then
      hit = (rare_find(A.s, "the " .. noun, 1) or rare_find(A.s, "The " .. noun, 1)) ~= nil
      memo[noun] = hit
    end
    return hit and "the " .. noun or noun
  end
  -- (and elsewhere the noun alone, its sentence's capital lowered, as
  -- the article writes it inside a sentence: `Getuigen zeggen ...` and
  -- `volgens getuigen` are one group; German writes every noun with its
  -- capital)
  if A.lang ~= "en" and A.lang ~= "de" and m.gender == "g" and m.kind == "role" and m.def == nil
     and find(text, "^%u[%l\128-\255]+$") then
    return (text:gsub("^%u", string.lower))
  end
  return text
end

-- Analyser.role_complement(A, e, text, place_ok) -> the words after a role
-- noun that ends at e which tell the role apart, with the blank before
-- them, or "": its van/of and a determiner and one noun (`Een goede
-- vriendin van de man neemt het woord over. ... zegt ze` is een goede
-- vriendin van de man), or whom it serves, a capitalised name after
-- for/voor, not van/of (`In response to a Stomp query, a spokesperson for
-- Aljunied-Hougang Town Council shared ... said the spokesperson`), or,
-- with place_ok, where the person is (speech_words.txt's `role_place`:
-- `another principal in the area`, `een derde werknemer uit
-- Hoogerheide`); text, the role's words, must not hold that opener
-- already
-- (a plural's endings: `officieren`, `aanklagers`; none for the
-- singular)
local PLURAL_CUTS = { 0, 1, 2 }
function Analyser.role_complement(A, e, text, place_ok)
  local L = A.L
  local of, det, noun, after = string.match(A.s, "^ (%l+) (%l+) (%l+)()", e)
  -- (the rest of a role of three words the list has, after the noun or
  -- its plural: `de officieren van justitie`)
  do
    local of3, w3, after3 = string.match(A.s, "^ (%l+) (%l+)()", e)
    local hw = of3 and L.sets.complement_of[of3] and not is_word_at(A.s, after3) and string.match(text, "(%a+)$")
    if hw then
      hw = lc(hw)
      for _, cut in ipairs(PLURAL_CUTS) do
        if #hw > cut and L.role[sub(hw, 1, #hw - cut) .. " " .. of3 .. " " .. w3] then
          return " " .. of3 .. " " .. w3
        end
      end
    end
  end
  -- (an adjective of place with its capital before the noun: `een
  -- 33-jarige agent van de Haagse politie`)
  if not of then
    local of2, det2, adj, noun2, after2 = string.match(A.s, "^ (%l+) (%l+) (%u%l+s%l?e) (%l+)()", e)
    if of2 and L.sets.complement_of[of2] and L.det[det2] and not is_word_at(A.s, after2) then
      return " " .. of2 .. " " .. det2 .. " " .. adj .. " " .. noun2
    end
  end
  -- (an adjective before a person's role noun, and the name after it:
  -- `de 74-jarige vader van de doodgeschoten advocaat Derk Wiersum`)
  if of and L.sets.complement_of[of] and L.det[det] and not is_word_at(A.s, after) then
    local role2, after3 = string.match(A.s, "^ (%l+)()", after)
    if role2 and not is_word_at(A.s, after3) and SETS.one_person[role_of(L, role2)] and not role_of(L, noun) then
      local tail = " " .. of .. " " .. det .. " " .. noun .. " " .. role2
      local nm = string.match(A.s, "^ (%u[%l\128-\255]+ %u[%l\128-\255]+)%f[^%w\128-\255]", after3)
      return nm and tail .. " " .. nm or tail
    end
  end
  -- (or where the person is, a place preposition and a determiner's noun,
  -- no document's: `some men in the court began to shout`; role_place;
  -- not after an inverted cue, where the phrase is the verb's, `roept een
  -- enthousiaste Amerikaan in een spotje`, `said a spokesman in a
  -- statement`: place_ok false)
  local is_of = of and L.sets.complement_of[of]
  local place = place_ok and L.sets.role_place
  if (is_of or of and place and place[of]) and L.det[det] and not (L.fw[noun] or L.prep[noun] or L.det[noun])
     and not is_word_at(A.s, after) and (is_of or role_of(L, noun) ~= "x") then
    -- (and the organisation's word in lower case that heads a compound
    -- after the noun: `the chairman of the health board`)
    local ow, oe = string.match(A.s, "^ (%l+)()", after)
    if ow and A.g.org[ow:gsub("^%l", string.upper)] and not is_word_at(A.s, oe) then
      return " " .. of .. " " .. det .. " " .. noun .. " " .. ow
    end
    return " " .. of .. " " .. det .. " " .. noun
  end
  if is_of then return "" end
  local opener, p = string.match(A.s, "^ (%l+) ()%u", e)
  -- (not after van/of: `De moeder van Yen` stays de moeder; a place's
  -- `from` is where the person is from, `a woman from Leeds`)
  if not (opener and (L.sets.complement_openers[opener] or place and place[opener]))
     or L.sets.complement_of[opener] and not (place and place[opener])
     or find(text, " " .. opener .. " ", 1, true) then
    return ""
  end
  local words, q = {}, p
  local after
  while #words < 6 do
    local w, nq = string.match(A.s, "^(%u[%w\128-\255%-]*)()", q)
    if not w or is_word_at(A.s, nq) then break end
    -- (with its possessive's ending: `from Johnson's campaign`)
    local poss = string.match(A.s, "^'s()", nq) or string.match(A.s, "^\226\128\153s()", nq)
    if poss and not is_word_at(A.s, poss) then w, nq = sub(A.s, q, poss - 1), poss end
    words[#words + 1] = w
    after = nq
    local nq2 = string.match(A.s, "^ ()%u", nq)
    if not nq2 then break end
    q = nq2
  end
  if #words == 0 then return "" end
  -- (and a body's or a place's noun in lower case after the name, whose
  -- modifier it is, of organisation_kinds.txt or speech_words.txt's
  -- `place_noun` or `court_noun`: `An advocate at Nairobi court was ...`;
  -- not a clause's subject, `A man in Bristol police believe ...`)
  local nw = after and string.match(A.s, "^ (%l+)%f[^%w\128-\255]", after)
  if nw and Analyser.body_noun(L, nw) then words[#words + 1] = nw end
  -- (a name's possessive owns the words in lower case after it, up to
  -- three, to a verb or a function word: `a suspect in Monday’s deadly
  -- van attack`)
  local lastw = words[#words]
  if after and (find(lastw, "'s$") or find(lastw, "\226\128\153s$")) then
    local q2 = after
    for _ = 1, 3 do
      local w, nq = string.match(A.s, "^ (%l+)()", q2)
      if not w or is_word_at(A.s, nq) then break end
      if L.verb_word[w] or L.fw[w] or L.prep[w] or L.det[w] or L.cue[w] or L.comp[w] or L.adv[w] then break end
      -- (a past tense after the owned noun is the clause's verb: `An aide
      -- from Johnson's campaign leaked`)
      if #words > 0 and q2 > after and find(w, "ed$") then break end
      words[#words + 1] = w
      q2 = nq
    end
  end
  return " " .. opener .. " " .. table.concat(words, " ")
end

-- Analyser.initial_period(A, text) -> text: a role's phrase that ends in
-- a surname's initial keeps the period the article writes after it, as
-- the name alone does (`de advocaat van Anton R.`, suspects so named)
function Analyser.initial_period(A, text)
  local tail = string.match(text, "(%S+ %u)$")
  if tail and find(A.s, tail .. ".", 1, true) then return text .. "." end
  return text
end

-- the entity a role mention names by its own text, its noun kept as its
-- role (e.role_head, see other_role)
function Analyser.role_entity(A, m)
  -- (phrase: the unnamed person's phrase of an earlier mention)
  local phrase
  -- (lone_def: a definite role noun, two words or three at most, no
  -- relative clause's)
  local lone_def = m.kind == "role" and m.def == "def" and m.head and m.s and not m.restricted
                   and select(2, string.gsub(m.text, "%s", "")) <= 2
  -- (a definite person's role whose noun an indefinite phrase brought in
  -- before, no one named by it, is that phrase's person: `after a patient
  -- was told to wait ... The patient, a Chingford resident, ...`)
  -- (the noun alone after its article, an adjective perhaps between: not
  -- one a relative clause or a complement tells apart, `vertelt de man
  -- die het filmpje maakte`, someone new)
  if lone_def and SETS.one_person[m.gender] and not find(A.s, "^%s+%u", m.e or m.s)
     and find(lc(m.text), "^%S+ [%S ]-" .. m.head:gsub("%p", "%%%0") .. "$") then
    phrase = Analyser.brought_in_unnamed(A, m.head, m.s)
  end
  -- (a definite role noun alone, or after adjectives, that stays someone
  -- of its own: the fullest phrase of its first definite mention, where
  -- the article brings that one in, with the adjectives before the noun
  -- and the complement and relative clause after it, `de geschrokken
  -- eigenaren` for a later `De eigenaren`, `de bewoonster die als een van
  -- de weinigen durft te reageren` for `de bewoonster`)
  -- (people only, no thing's noun; and a phrase that holds the mention's
  -- own words: `the fire service` is no `the ambulance service`)
  if not phrase and lone_def and not m.cut and (SETS.one_person[m.gender] or m.gender == "g") then
    local full = Analyser.first_full_phrase(A, m.head, m.e or m.s + #m.text)
    local own = lc(string.match(m.text, "^%S+%s+(.*)$") or m.text)
    if full and #full > #m.text and find(full, " " .. own, 1, true) then phrase = full end
  end
  if phrase then
    local e = entity(A, phrase)
    e.role_head = e.role_head or m.head
    if not e.gender and (m.gender == "m" or m.gender == "f") then e.gender = m.gender end
    return e
  end
  local text = role_text(A, m)
  -- (a phrase that ends in a name before its possessive owns the noun
  -- after it: `A spokesman from Rees’s office`, not `... from Rees`)
  if m.e and find(text, "%u[%w\128-\255%-]*$") then
    local owned = string.match(A.s, "^('s %l+)%f[^%w\128-\255]", m.e)
                  or string.match(A.s, "^(\226\128\153s %l+)%f[^%w\128-\255]", m.e)
    -- (an adjective owned is followed by its noun: `a source from
    -- Guinea's electoral commission`)
    if owned and Analyser.adjective_ending(A.L, string.match(owned, "(%l+)$")) then
      local noun = string.match(A.s, "^ (%l+)%f[^%w\128-\255]", m.e + #owned)
      if noun and not (A.L.cue[noun] or A.L.verb_word[noun] or A.L.fw[noun] or A.L.prep[noun]) then
        owned = owned .. " " .. noun
      end
    end
    if owned then text = text .. owned end
  end
  -- (a person's role whose mention stops at its noun: known by the whole
  -- phrase, as a cue's subject is, role_complement)
  if m.kind == "role" and (m.def == "indef" or m.def == "def") and SETS.one_person[m.gender] and m.e
     and not find(text, " [OoVv][fa]n? ") then
    text = text .. Analyser.role_complement(A, m.e, text, m.how ~= "after")
  end
  text = Analyser.initial_period(A, text)
  local e = entity(A, text)
  e.role_head = e.role_head or m.head
  -- (a noun of one sex gives the person's: `de Vierpoldenaar`)
  if not e.gender and (m.gender == "m" or m.gender == "f") then e.gender = m.gender end
  return e
end

-- where the capitalised words right before position p start (of/the/
-- for/and between them), or p
function Analyser.caps_before(A, p)
  local s = A.s
  local a = p
  local t = tokens(s, (p - 80 > A.first and p - 80 or A.first), p)
  local k = #t // 2
  local words = 0
  while k >= 1 do
    local lw, w = word_key(s, t, k)
    if not lw then break end
    -- (nor back over a line break: a title's words are no part of it;
    -- the bytes between this word and the one after it, mostly one)
    local x = t[2 * k]
    if byte(s, x) == 10 or a - x > 1 and find(sub(s, x, a - 1), "\n", 1, true) then break end
    -- (not a determiner or a capitalised preposition opening the
    -- sentence: `In findings`, `The Ministry`)
    -- (but on over `and` between capitalised words: `The Public and
    -- Commercial Services union`)
    if (A.L.det[lw] or A.L.prep[lw] or A.g.stop[lw]) and not ((w == "and" or w == "en") and words > 0) then
      break
    end
    -- (nor an adjective made of a name and a word in lower case: `a
    -- Cyprus-based company`, `US-backed rebels`)
    if is_upper_at(s, t[2 * k - 1]) and not find(w, "%-%l") then
      a = t[2 * k - 1]
      words = words + 1
    elseif not (A.L.sets.group_join[w] and words > 0) then
      break
    end
    k = k - 1
  end
  return a
end

-- where the capitalised words after position q end, from its token j0
-- on (1: the first token after q; 2: past a joining word), of/the/for/
-- and between them (L.sets.group_join); nil when none
function Analyser.caps_after(A, q, j0)
  local s = A.s
  local r = tokens(s, q, (q + 79 < #s + 1 and q + 79 or #s + 1))
  local e
  for j = j0, #r // 2 do
    if is_upper_at(s, r[2 * j - 1]) and not is_punct_tok(s, r, j) then e = r[2 * j]
    elseif not A.L.sets.group_join[tok(s, r, j)] then break end
  end
  return e
end

-- Analyser.prev_kind_subject(an, A, m, kinds) -> the organisation that
-- the noun of an organisation's kind opening the sentence before means,
-- as its subject, when kind mention m opens its own sentence: the body
-- the text is about goes on, whoever the sentence before names after its
-- verb (`The smartphone maker has been under pressure from bigger rivals
-- Apple Inc and Samsung Electronics Co. // The company said` is HTC, the
-- smartphone maker, no rival); else nil
function Analyser.prev_kind_subject(an, A, m, kinds)
  local s = A.s
  local ss = sentence_of(A, m.s)
  if m.s ~= skip_spaces(s, ss) or ss <= A.first then return nil end
  local ps, pe = sentence_of(A, ss - 1)
  if ps >= ss then return nil end
  local f = first_np(A, ps, pe < ss and pe or ss)
  if not (f and f.kind == "role" and f.s == skip_spaces(s, ps) and REFERS_BACK[f.def] and f.gender == "g"
          and f.head and kinds[f.head]) then
    return nil
  end
  local e = an:resolve(A, f, f.s)
  if e and e.person == false and not e.group then return e end
  return nil
end

-- Analyser.own_name_before_kind(A, m, hw) -> the capitalised words of
-- role mention m between its determiner and its head hw: a body's kind
-- noun that names itself, the name without the kind where the name, one
-- word, is the body's alone (speech_words.txt's `kind_after_name`: `The
-- Unite union` -> `Unite`, `the Tata group` -> `Tata`), else with it
-- (`the Labour party` -> `Labour party`, where `Conservative` alone would
-- be no name; `the Public and Commercial Services union`);
-- nil when a word there is in lower case or a name made an adjective, or
-- m has no determiner or no such word
function Analyser.own_name_before_kind(A, m, hw)
  local text = m.text
  local det, rest = text:match("^(%S+)%s+(.+)$")
  if not det or not A.L.det[lc(det)] or not hw then return nil end
  local words = sub(rest, 1, #rest - #hw)
  if words == "" or sub(rest, -#hw) ~= hw or byte(words, -1) ~= 32 then return nil end
  for w in words:gmatch("%S+") do
    -- (a name made an adjective is no name of the body: `the
    -- Redmond-based company`, `the US-backed group`; nor a demonym's,
    -- `the German carmaker`, `de Duitse autofabrikant`, the body named
    -- before it)
    if not is_upper_at(w, 1) or find(w, "%-%l") or A.L.demonym[lc(w)]
       or Analyser.female_demonym(A.L, lc(w)) then
      return nil
    end
  end
  -- (words ends in its space before the kind)
  if A.L.sets.kind_after_name and A.L.sets.kind_after_name[hw] and not find(sub(words, 1, -2), " ", 1, true) then
    return sub(words, 1, -2)
  end
  return rest
end

-- (the names of every place of head in the article, found once per
-- article and head: a list of place, name start, name end, in text order)
local function group_names(A, head)
  local memo = A.group_memo
  if not memo then memo = {} A.group_memo = memo end
  local list = memo[head]
  if list then return list end
  list = {}
  local s = A.s
  local cap = head:sub(1, 1):upper() .. head:sub(2)
  -- (a noun of two words or more in title case too: `the health
  -- ministry` after `the Syrian Health Ministry`, `the sheriff's office`
  -- after `Deschutes County Sheriff's Office`)
  local title = find(head, " ", 1, true) and string.gsub(" " .. head, " %l", string.upper):sub(2)
  for _, form in ipairs { head, cap, title ~= cap and title or nil } do
    local init = A.first
    while true do
      local p, q = rare_find(s, form, init)
      if not p then break end
      init = q + 1
      local after = byte(s, q + 1)
      local before = byte(s, p - 1)
      local lower_after = after and after >= 97 and after <= 122
      if not lower_after and before and before >= 97 and before <= 122 and A.lang ~= "en" and A.lang ~= nil then
        -- in a language that glues nouns, a capitalised compound that ends
        -- in the noun, with the capitalised words before it: `de bond`
        -- after `de Nederlandse Vissersbond`, `de organisatie` after
        -- `Reizigersorganisatie Rover`
        local ws = p - 1
        while ws > A.first and (is_word_at(s, char_start(s, ws - 1)) or byte(s, ws - 1) == 45) do
          ws = char_start(s, ws - 1)
        end
        -- (a name right after it is the group's, the compound its
        -- description: `Reizigersorganisatie Rover` is Rover, and so after
        -- one in lower case, `het supermarktconcern Laurus`)
        local nb, ne = find(s, "^ %u[%w\128-\255&%-]*", q + 1)
        if p - ws >= 3 and (is_upper_at(s, ws) or nb) then
          -- (a body named by its place keeps its noun, place_bodies.txt:
          -- `het hof` after `het gerechtshof Den Haag`)
          if nb and A.g.place_body[lc(sub(s, ws, q))] then
            local n2b, n2e = find(s, "^ %u[%w\128-\255&%-]*", ne + 1)
            if n2b and n2e - n2b < 40 then ne = n2e end
            list[#list + 1] = { p, q, ws, ne + 1 }
          elseif nb then
            local n2b, n2e = find(s, "^ %u[%w\128-\255&%-]*", ne + 1)
            if n2b and n2e - n2b < 40 then ne = n2e end
            list[#list + 1] = { p, q, q + 2, ne + 1 }
          else
            -- (on through its voor/van and the capitalised words after
            -- it: `de raad` after `de Onderzoeksraad voor Veiligheid`)
            local e = is_upper_at(s, ws) and (sub(s, q + 1, q + 6) == " voor " or sub(s, q + 1, q + 5) == " van ")
                      and Analyser.caps_after(A, q + 1, 2)
            list[#list + 1] = { p, q, Analyser.caps_before(A, ws), e or q + 1 }
          end
        end
      elseif not lower_after and not (before and (before >= 97 and before <= 122)) then
        -- capitalised words before it
        local a = Analyser.caps_before(A, p)
        -- (a name right after the noun in lower case is the group's, the
        -- words before it its description: `Environmental charity Clean
        -- Coasts Trust said`)
        -- (and so after words in lower case, in English, for a group's
        -- noun: `Environmental campaign group Greenpeace said`; not a
        -- time's word after it, `told the group Monday`, nor a work's
        -- noun, `the tell-all book Too Much and Never Enough`)
        local nw = after == 32 and is_upper_at(s, q + 2) and lc(string.match(s, "^%a+", q + 2) or "")
        local named = (a < p or A.lang == "en" and nw and before == 32 and is_lower_at(s, char_start(s, p - 2))
                       and role_of(A.L, head) == "g" and not (A.g.month_word[nw] or A.g.time_word[nw]))
                      and form == head and after == 32 and is_upper_at(s, q + 2)
                      and Analyser.caps_after(A, q + 1, 1)
        if named then
          list[#list + 1] = { p, q, q + 2, named }
        elseif a < p then
          -- (and on through its of or for and the capitalised words after
          -- it: `the chamber` after `the Brackford Chamber of Commerce`,
          -- `the school` after `Westcliff High School for Girls`)
          -- (not a time's: `Oakwood Primary School for September`, `for
          -- Christmas`)
          local fw = sub(s, q + 1, q + 5) == " for " and is_upper_at(s, q + 6)
                     and lc(string.match(s, "^%a+", q + 6) or "")
          if fw and (A.g.month_word[fw] or A.g.time_word[fw] or A.L.sets.holiday[fw]) then fw = nil end
          local e = form == cap and (sub(s, q + 1, q + 4) == " of " and is_upper_at(s, q + 5) or fw)
                    and Analyser.caps_after(A, q + 1, 2)
          -- (and so through a Dutch van/voor: `de vereniging` after `De
          -- Nederlandse Vereniging van Spoedeisende Hulp Artsen`)
          if not e and form == cap and A.lang ~= "en" and A.lang ~= nil
             and (sub(s, q + 1, q + 5) == " van " and is_upper_at(s, q + 6)
                  or sub(s, q + 1, q + 6) == " voor " and is_upper_at(s, q + 7)) then
            e = Analyser.caps_after(A, q + 1, 2)
          end
          -- (and, outside English, on through the capitalised words right
          -- after it: `de vereniging` after `De Algemene Vereniging
          -- Schoolleiders (AVS)`)
          if not e and form == cap and after == 32 and A.lang ~= "en" and A.lang ~= nil and is_upper_at(s, q + 2) then
            e = Analyser.caps_after(A, q + 1, 1)
          end
          list[#list + 1] = { p, q, a, e or q + 1 }
        elseif after == 32 and A.lang ~= "en" and A.lang ~= nil and is_upper_at(s, q + 2)
               or form == cap and (sub(s, q + 1, q + 4) == " of " or sub(s, q + 1, q + 5) == " for "
                                   or sub(s, q + 1, q + 6) == " voor ")
               or sub(s, q + 1, q + 5) == " van " and (form == cap or is_upper_at(s, q + 6)) then
          -- or capitalised words after it and its of/van: `Ministry of
          -- Health`; with none between in a language that writes its
          -- weekdays in lower case: `De Inspectie Gezondheidszorg en
          -- Jeugd`, `de provincie Groningen`
          local last = Analyser.caps_after(A, q + 1, is_upper_at(s, q + 2) and 1 or 2)
          -- (a noun that is no organisation word names it by its trade:
          -- `Vervoerder NS` is NS, `provincie Groningen` keeps both)
          local from = p
          if is_upper_at(s, q + 2) and not (A.L.org[head] or A.L.org[cap] or A.g.place_body[head]) then from = q + 2 end
          if last then list[#list + 1] = { p, q, from, last } end
        elseif after == 44 or after == 46
               or after == 32 and (find(s, "^ that ", q + 1) or find(s, "^ which ", q + 1)) then
          -- or the name an appositive gives it: `Orbitra, the
          -- Dublin-based cloud software company,` (a determiner, words in
          -- lower case, the noun; the name before the comma; or before
          -- the noun's relative clause: `Halvorsen Bulk, a Cyprus-based
          -- company that runs 11 vessels`); or the name between commas
          -- after it: `The national athletics federation, Athletics
          -- Britain, said`
          local ne = after == 44 and find(s, "^, %u", q + 1) and Analyser.caps_after(A, q + 3, 1)
          if ne and (byte(s, ne) == 44 or find(s, "^ %(", ne)) then
            list[#list + 1] = { p, q, q + 3, ne }
            goto next_place
          end
          local t = tokens(s, (p - 120 > A.first and p - 120 or A.first), p)
          local k = #t // 2
          while k >= 1 and k > #t // 2 - 6 and (is_lower_at(s, t[2 * k - 1]) or find(tok(s, t, k), "%a%-%l"))
                and not A.L.det[ltok(s, t, k)] do
            k = k - 1
          end
          if k >= 3 and A.L.det[ltok(s, t, k)] and tok(s, t, k - 1) == "," and is_upper_at(s, t[2 * k - 5]) then
            local e = t[2 * k - 4]
            local b = t[2 * k - 5]
            local j = k - 3
            while j >= 1 and not is_punct_tok(s, t, j) and (is_upper_at(s, t[2 * j - 1]) or A.L.sets.group_join[tok(s, t, j)]) do
              if is_upper_at(s, t[2 * j - 1]) then b = t[2 * j - 1] end
              j = j - 1
            end
            list[#list + 1] = { p, q, b, e }
          end
        end
      end
      ::next_place::
    end
  end
  table.sort(list, function(u, v) return u[1] < v[1] end)
  memo[head] = list
  return list
end

-- the last name before position x that ends in the group noun head
-- (`Saudi Press Agency`, `Thai Raksa Chart party`) or opens with it and
-- of (`Ministry of Health`), or nil: capitalised words, and of/the/for/and
-- between them
local function group_name_before(A, head, x)
  local list = group_names(A, head)
  local best
  for i = 1, #list do
    local c = list[i]
    if c[2] >= x then
      -- (none before: the first one after x in its paragraph, when it
      -- ends in the noun, `The council insisted ... a spokeswoman for Vale
      -- District Council said`)
      if not best and c[3] < c[1] then
        local _, _, pi = sentence_of(A, x)
        local _, _, pc = sentence_of(A, c[1])
        if pc == pi then best = c end
      end
      break
    end
    if c[4] <= x then best = c end
  end
  -- (a name written later by its acronym is named then: `the Rugby
  -- Football Union (RFU) and the Welsh Rugby Union ... The RFU said ...
  -- the union` is the RFU: the acronym's canonical name, as
  -- names.canonical spells it out; the last such word before x counts)
  if best then
    local s = A.s
    local by_text = {}
    for i = 1, #list do
      local c = list[i]
      if c[4] > x then break end
      by_text[sub(s, c[3], c[4] - 1)] = c
    end
    local named
    for w in string.gmatch(sub(s, best[4], x - 1), "%f[%w](%u%u+)%f[%W]") do
      named = by_text[names.canonical(A.article, w, A.lang)] or named
    end
    if named then best = named end
  end
  return best and sub(A.s, best[3], best[4] - 1) or nil
end

-- Analyser.male_only(L, head): is role noun head one only a man is
-- called by (speech_words.txt's `male_only`: `man`, `buurman`; not
-- `topman`, said of women too)?
function Analyser.male_only(L, head)
  return L.sets.male_only[head] == true
end

-- Analyser.sole_group_name(A, head, x) -> for a bare group noun head
-- (no determiner: `police added`) at x, the name of the one body the
-- article names with it (group_names' names, and the capitalised noun
-- before a capitalised word, `Police Scotland`, `Politie Limburg`),
-- named before x and before the article first writes the noun bare in
-- lower case; nil when it names none or two (`Leeds City Council ...
-- Bradford Council ... council said`), or writes the noun bare first
-- (`A body has been found, police said ... Greater Manchester Police
-- found a student ...`: another force, named in passing)
function Analyser.sole_group_name(A, head, x)
  local s = A.s
  local list = group_names(A, head)
  local found, found_at
  for i = 1, #list do
    local c = list[i]
    local text = sub(s, c[3], c[4] - 1)
    local d = string.match(text, "^(%a+) ")
    if d and A.L.det[lc(d)] then text = sub(text, #d + 2) end
    if found and found ~= text then return nil end
    found, found_at = text, found_at or c[1]
  end
  if not found or found_at >= x then return nil end
  local cap = head:sub(1, 1):upper() .. head:sub(2)
  for p in names.whole_words(s, cap) do
    local other = string.match(s, "^ (%u[%w\128-\255%-]+)", p + #cap)
    if other and not find(found, cap .. " " .. other, 1, true) then return nil end
  end
  for p in names.whole_words(s, head) do
    if p >= A.first then
      if p < found_at then return nil end
      break
    end
  end
  return found
end

-- proper_owner(m) -> the capitalised possessive that opens role mention
-- m (`Canada` of `Canada's fisheries minister`), or nil (`his lawyer`)
local function proper_owner(m)
  return string.match(m.text, "^(%u[^%s]-)['\226]\128?\153?s%s")
end

-- the name of a body a possessive role stands for, anywhere in the
-- article: the capitalised name that ends in the role's noun and holds
-- its owner and every other word (`Day's animal foundation` -> `Doris
-- Day Animal Foundation`), or nil
local function owned_name(A, m)
  -- (the apostrophe straight or curly: ['\226]\128?\153? takes both;
  -- a class [\128\153]? after \226 took one byte of the curly one's two)
  local owner, rest = m.text:match("^(.-)['\226]\128?\153?s%s+(.+)$")
  if not owner or owner == "" or not m.head then return nil end
  local list = group_names(A, m.head)
  for i = 1, #list do
    local c = list[i]
    local name = sub(A.s, c[3], c[4] - 1)
    if find(name, owner, 1, true) then
      local lname, all = lc(name), true
      for w in rest:gmatch("%S+") do
        if not find(lname, lc(w), 1, true) then all = false break end
      end
      if all then return name end
    end
  end
  return nil
end

-- the group that names joined by `and`/`en` stand for (coordinated_names):
-- each name's fullest form, joined as written (`Smith and Jones` ->
-- `John Smith and Mary Jones`); an organisation's name that holds `and`
-- as written (`Centers for Disease Control and Prevention`)
function Analyser:resolve_coordinated(A, m)
  local org = A.L.org
  for _, part in ipairs(m.coord) do
    for w in part:gmatch("%S+") do
      if org[w] then
        local e = entity(A, m.text)
        set_person(A, e, false)
        return e
      end
    end
  end
  local out = {}
  local last = m.coord[#m.coord]
  for i, part in ipairs(m.coord) do
    local c = names.canonical(A.article, part, A.lang)
    -- (a given name alone whose fuller form is the surname the last part
    -- ends in stays as written: `Marcel en Ellen van der Klauw`, not
    -- `Marcel van der Klauw en Ellen van der Klauw`)
    if i < #m.coord and sub(c, 1, #part + 1) == part .. " " and sub(last, -(#c - #part)) == sub(c, #part + 1) then
      c = part
    end
    out[#out + 1] = c
    out[#out + 1] = m.seps[i]
  end
  local text = table.concat(out)
  -- (two given names whose fuller forms share a surname that the article
  -- writes once as a couple's, in either order, are that couple as first
  -- written: `Nicola's parents John and Marilyn said` after `Marilyn and
  -- John Payne`)
  if #m.coord == 2 and not find(m.coord[1], " ", 1, true) and not find(m.coord[2], " ", 1, true) then
    local c1, c2 = out[1], out[3]
    local sur = string.match(c1, "^%S+ (.+)$") or string.match(c2, "^%S+ (.+)$")
    if sur and (c1 == m.coord[1] or c1 == m.coord[1] .. " " .. sur)
       and (c2 == m.coord[2] or c2 == m.coord[2] .. " " .. sur) then
      local best
      for _, pair in ipairs { { m.coord[1], m.coord[2] }, { m.coord[2], m.coord[1] } } do
        for _, join in ipairs { " and ", " en ", " & ", " und ", " et " } do
          local form = pair[1] .. join .. pair[2] .. " " .. sur
          local at = find(A.s, form, 1, true)
          if at and (not best or at < best[1]) then best = { at, form } end
        end
      end
      if best then text = best[2] end
    end
  end
  local e = entity(A, text)
  set_person(A, e, false)
  e.group = true
  return e
end

-- the person or group a pronoun mention m at x stands for (resolve's
-- pronoun branch)
-- the relative clause right after a role mention, no comma between,
-- up to the byte that ends it: the sentence's end or a colon, or
-- (at_comma) a comma; the clause's relative word and the position of
-- that byte
local RELATIVE = {
  to_end = "^ ([%a]+) [^%.%?!,;:\n\"]-()[%.%?!:]",
  to_comma = "^ ([%a]+) [^%.%?!,;:\n\"]-(),",
  -- (the longest such clause, in bytes: `een vrouw die net uit de
  -- supermarkt komt en haar winkelwagentje wegzet` is 62)
  max = 100,
}

-- Analyser.restricted_role(A, r, at_comma) -> role mention r with the
-- relative clause right after it (RELATIVE.max bytes at most), when r's noun names
-- no office (any_person, definite) or r is a person's indefinite role:
-- someone the clause tells apart, named by the whole phrase (restricted,
-- see resolve_mention); else nil
-- (the roles a relative clause may tell apart, and the mention grown to
-- the clause's end at ce: restricted_role and restricted_role_to)
local function restrictable(L, r)
  return r.head and (r.def == "def" and L.sets.any_person[r.head] or r.def == "indef" and SETS.one_person[r.gender])
end
local function restricted_to(A, r, ce)
  return { s = r.s, e = ce, kind = "role", head = r.head, gender = r.gender, def = r.def,
           text = sub(A.s, r.s, ce - 1), how = r.how, restricted = true }
end

-- Analyser.infinitive_at(A, x): is the verb at x an infinitive after
-- its marker (`te`, `to`, `zu`: speech_words.txt's `infinitive_marker`),
-- the clause's own verb (`die durft te reageren`), no main clause's cue?
function Analyser.infinitive_at(A, x)
  local w = names.letters_before_space(A.s, (x - 12 > 1 and x - 12 or 1), x - 1)
  return w ~= nil and A.L.sets.infinitive_marker[lc(w)] ~= nil
end

-- Analyser.clause_end_before_cue(A, a, ce, lo) -> where a relative
-- clause that runs from a to ce ends: before the last cue in it, the main
-- clause's after the clause's verb, no comma between (`De buurman die
-- alles zag zegt:`, `De burgemeester die in de raad sprak zegt:`), its
-- spaces cut back to lo at most; ce when no cue stands there, or only an
-- infinitive after its marker, the clause's own (`die durft te
-- reageren`)
function Analyser.clause_end_before_cue(A, a, ce, lo)
  if not A.hits then return ce end
  local k1, k2 = hit_range(A, a, ce)
  if k1 > k2 or Analyser.infinitive_at(A, A.hits[k2].s) then return ce end
  ce = A.hits[k2].s
  while ce > lo and byte(A.s, ce - 1) == 32 do ce = ce - 1 end
  return ce
end

function Analyser.restricted_role(A, r, at_comma)
  local L = A.L
  if not restrictable(L, r) then return nil end
  local rw, ce = string.match(A.s, at_comma and RELATIVE.to_comma or RELATIVE.to_end, r.e)
  if not (rw and L.sets.relative[rw] and ce - r.e <= RELATIVE.max) then return nil end
  -- (a relative word that is a complementizer too opens the cue's
  -- content after its subject when a subject's word follows it: `zegt een
  -- boerin dat ze moet stoppen`, `dat de wethouder`, `dat Jansen`; not
  -- `zei een Kamerlid dat anoniem wil blijven:`, a neuter noun's clause;
  -- nor Dutch `dat` after a noun of `de`: Analyser.relative_fits)
  if not Analyser.relative_fits(A, r.text or "", rw, r.e + #rw + 1) then return nil end
  -- (a subordinate clause inside it is the sentence's, no part of the
  -- description: `zegt een buurman die het zag gebeuren terwijl de
  -- politie de straat afzet`, `said a man who lives nearby as police
  -- sealed off the street`: the clause ends before a word of
  -- speech_words.txt's `description_break`, not before an indefinite
  -- article, `who works as a nurse`, nor after a word of
  -- `comparative_lead`, `in the same building as`; and before a main clause
  -- that and/en and a definite article open, `en de gemeente moet ...`,
  -- review 3 and 4)
  local x, compared = r.e + #rw + 2, false
  ce = Analyser.clause_end_before_cue(A, x + 1, ce, r.e)
  ce = Analyser.verb_final_end(A, x, ce, r.e)
  while true do
    local ws, w, we = string.match(A.s, "^%s*()([%a\128-\255]+)()", x)
    if not w or ws >= ce then break end
    local lw = lc(w)
    local nx = string.match(A.s, "^%s+([%a\128-\255]+)", we)
    local nd = nx and L.det[lc(nx)]
    if L.sets.comparative_lead[lw] then compared = true end
    if L.sets.description_break[lw] and nd ~= "indef" and not compared or L.sets.coord[lw] and nd == "def" then
      ce = ws - 1
      while ce > r.e and byte(A.s, ce - 1) == 32 do ce = ce - 1 end
      break
    end
    x = we
  end
  return restricted_to(A, r, ce)
end

-- Analyser.verb_final_end(A, x, ce, lo) -> where a relative clause
-- whose words run from x to ce ends outside English: before a finite verb
-- of the closed words (`verb_word`) right after the clause's own verbs,
-- the main clause's, its spaces cut back to lo at most (`De man die het
-- slachtoffer werd is eind vorig jaar overleden`, `De chauffeur die
-- tijdens de overval werd vastgebonden heeft ...`: the clause ends at
-- `werd`, at `vastgebonden`); ce when none stands there, and in English
function Analyser.verb_final_end(A, x, ce, lo)
  if A.lang == "en" or A.lang == nil then return ce end
  local L = A.L
  local verb_seen, verbish = false, false
  while true do
    local ws, w, we = string.match(A.s, "^%s*()([%a\128-\255]+)()", x)
    if not w or ws >= ce then return ce end
    local lw = lc(w)
    local finite = L.verb_word[lw] == true
    -- (the main clause's verb a finite form of one person: no infinitive
    -- or plural in -en, no participle in ge-, which go on with the
    -- cluster, `dat anoniem wil blijven`, `die ziek is geweest`)
    if finite and verb_seen and verbish and not find(lw, "en$") and not find(lw, "^ge") then
      local e = ws - 1
      while e > lo and byte(A.s, e - 1) == 32 do e = e - 1 end
      return e
    end
    if finite then verb_seen = true end
    -- (a participle or an infinitive after the clause's verb goes on
    -- with its cluster: `werd vastgebonden`)
    verbish = finite or verb_seen and verbish and #lw > 3 and (find(lw, "en$") or find(lw, "[dt]$")) ~= nil
    x = we
  end
end

-- Analyser.relative_fits(A, phrase, rel, x): can relative word rel open
-- a relative clause right after noun phrase phrase, its clause's words
-- from x? Not a word of speech_words.txt's `neuter_relative` where the
-- phrase's last article is another (`de minister dat het goed ging` is
-- what he said; `de eigenaar van het atelier dat ...` is the atelier's
-- clause), nor a complementizer before a subject's word (`dat de
-- wethouder`)
function Analyser.relative_fits(A, phrase, rel, x)
  local sets, L = A.L.sets, A.L
  if sets.neuter_relative[rel] then
    -- (an article that shows its noun's gender: a definite one; `een`
    -- and the possessives go with either)
    local ldet
    for w in string.gmatch(phrase, "%S+") do
      local lw = lc(w)
      local d = L.det[lw]
      if d == "def" or d == "indef" or d == "poss" then ldet = d == "def" and lw or false end
    end
    if ldet and not sets.neuter_article[ldet] then return false end
  end
  if L.comp[rel] and Analyser.subject_word_at(A, x) then return false end
  return true
end

-- Analyser.subject_word_at(A, x): does a word that opens a clause's
-- subject start at x (after spaces): a pronoun, a determiner or a
-- possessive, a capitalised word, a number?
function Analyser.subject_word_at(A, x)
  local w = string.match(A.s, "^%s*([%w\128-\255]+)", x)
  if not w then return false end
  local lw = lc(w)
  return A.L.pron[lw] ~= nil or A.L.det[lw] ~= nil or is_upper_at(w, 1) or find(w, "^%d") ~= nil
end

-- Analyser.relative_in_opening(A, ss, a) -> where the sentence at ss
-- opens with a determiner and a relative word of speech_words.txt's
-- `relative` stands among its first five words, before a (`A woman who
-- lives nearby said`), also past a short fronted phrase and its comma
-- (`About 5 p.m., a woman who lives on Trabing Road reported`), and
-- where that relative word starts; else nil
function Analyser.relative_in_opening(A, ss, a)
  local s, rel = A.s, A.L.sets.relative
  -- (a determiner first, as a role's phrase opens: most sentences open
  -- otherwise, and need one read)
  local st, w1, x = string.match(s, "^%s*()([%a\128-\255]+)()", ss)
  if w1 and not A.L.det[names.lc_memo[w1] or lc(w1)] then
    local c = find(s, ", ", ss, true)
    if not c or c - ss > 30 or c >= a then return nil end
    st, w1, x = string.match(s, "^, ()([%a\128-\255]+)()", c)
  end
  if not (w1 and A.L.det[names.lc_memo[w1] or lc(w1)]) then return nil end
  for _ = 1, 4 do
    local w, e = string.match(s, "^%s*([%a\128-\255]+)()", x)
    if not w or e > a then return nil end
    if rel[w] then return st, e - #w end
    x = e
  end
  return nil
end

-- Analyser.restricted_role_to(A, r, a) -> role mention r with the
-- relative clause between it and a (a cue), when restricted_role's
-- nouns, one word at least after the relative word and no punctuation
-- in it; else nil
function Analyser.restricted_role_to(A, r, a)
  local L = A.L
  -- (the relative word read first, in the text: most roles have none
  -- after them)
  local rw = string.match(A.s, "^ (%a+) %S", r.e)
  if not (rw and L.sets.relative[rw] and r.e + #rw + 2 < a and restrictable(L, r)) then return nil end
  local seg = sub(A.s, r.e, a - 1)
  if find(seg, "[%.%?!,;:\n\"]") then return nil end
  -- (a clause of more than auxiliaries and adverbs: in `who had also
  -- observed` the cue is the clause's own verb)
  local content = false
  for w in string.gmatch(sub(seg, #rw + 2), "%a+") do
    local lw = lc(w)
    if not (L.verb_word[lw] or L.adv[lw] or L.closed_adv[lw] or L.modal[lw]) then content = true break end
  end
  if not content then return nil end
  -- (nor a passive's, a form of `be` right before the cue: the one
  -- described says nothing, `A police inspector who died after a crash
  -- has been described as ...`; `is saying` is no passive)
  -- (and a progressive's form of `be` is the verb's, no part of the
  -- phrase: `A woman who lives nearby is saying`)
  local kept, before = string.match(seg, "^(.-)%s+(%a+)%s*$")
  if before and L.sets.be_form[lc(before)] then
    if not find(A.s, "^%a+ing%f[^%a]", a) then return nil end
    return restricted_to(A, r, r.e + #kept)
  end
  return restricted_to(A, r, r.e + #(string.match(seg, "^(.-)%s*$")))
end

-- Analyser.comma_of_before(A, lo, hi): does `, of ` (a comma and a word
-- of complement_of) stand in s[lo, hi)? (Plain searches: most windows
-- before a cue hold none.)
function Analyser.comma_of_before(A, lo, hi)
  -- (searched in the window's own bytes: a search from lo on would run to
  -- the article's end where the window holds none)
  local seg = sub(A.s, lo, hi - 1)
  if not find(seg, ", ", 1, true) then return false end
  for w in pairs(A.L.sets.complement_of) do
    if find(seg, ", " .. w .. " ", 1, true) then return true end
  end
  return false
end

-- Analyser.has_couple_noun(A): does the article write a couple's noun
-- (couple_noun) anywhere, in either case? (Once an article: most write
-- none, and the test before every name's resolution is then one look-up.)
function Analyser.has_couple_noun(A)
  local v = A.couple_seen
  if v == nil then
    v = false
    for w in pairs(A.L.sets.couple_noun) do
      if rare_find(A.s, w, 1) or rare_find(A.s, (w:gsub("^%l", string.upper)), 1) then
        v = true
        break
      end
    end
    A.couple_seen = v
  end
  return v
end

-- Analyser.couple_before(A, x) -> the names joined by and/en that open
-- one of the thirty sentences before x (coordinated_subject's answer), or
-- nil
function Analyser.couple_before(A, x)
  local ss = sentence_of(A, x)
  for _ = 1, 30 do
    if ss <= A.first then return nil end
    local ps, pe = sentence_of(A, ss - 1)
    if ps >= ss then return nil end
    local c = Analyser.coordinated_subject(A, skip_spaces(A.s, ps), pe)
    if c then return c end
    ss = ps
  end
  return nil
end

-- the names joined by `and`/`en` (commas before, a role in lower case
-- before each: `haar zus Verginia`) that open the sentence at a, right
-- before a lower-case word, as resolve_coordinated takes them (coord, seps,
-- text, and the list's bounds s, e), or nil: `Mildred Clark, haar zus
-- Verginia en haar nicht Alliston van Dans hebben ...`; with at_end, also
-- a list that ends its clause (an inverted subject)
function Analyser.coordinated_subject(A, a, b, at_end)
  local s, g = A.s, A.g
  local hi = (b < a + 160 and b or a + 160)
  -- (most clauses open with no name: the first three tokens, a name
  -- after up to two lower-case words, tell before the rest is cut)
  local t = tokens(s, a, hi, 3)
  local n = #t // 2
  local f = 1
  while f <= n and f < 3 and not is_punct_tok(s, t, f) and is_lower_at(s, t[2 * f - 1]) do f = f + 1 end
  if f > n or names.kind(s, t, f, g) ~= "N" then
    -- (in Dutch and German the names may follow the finite verb after a
    -- fronted phrase: `Wat verderop staan Frank (23) en Veerle (20)
    -- buiten.`)
    if A.lang == "en" or A.lang == nil or at_end then return nil end
    local t5 = tokens(s, a, hi, 5)
    for v = 2, #t5 // 2 - 1 do
      local lw = word_key(s, t5, v)
      if not lw then return nil end
      if A.L.verb_word[lw] == true then
        if names.kind(s, t5, v + 1, g) ~= "N" then return nil end
        return Analyser.coordinated_subject(A, t5[2 * v + 1], b, true)
      end
    end
    return nil
  end
  t = tokens(s, a, hi)
  n = #t // 2
  local parts, seps = {}, {}
  -- (joined: the `and`/`en` has come; one ends the list)
  local k, sep_from, joined = 1, nil, false
  while k <= n and #parts < 5 do
    -- (a role in lower case before the name: up to two words)
    -- (no preposition among them: `Lamiek Westerhof, huisarts in Assen en
    -- voorzitter van Huisartsenzorg Drenthe, is ...` is one person, her
    -- appositive naming a place and a body)
    local j = k
    while j <= n and j < k + 2 and not is_punct_tok(s, t, j) and is_lower_at(s, t[2 * j - 1]) do
      if A.L.prep[ltok(s, t, j)] then return nil end
      j = j + 1
    end
    if j > n or names.kind(s, t, j, g) ~= "N" then return nil end
    local last = names.run_starting(s, t, j, g) or j
    if sep_from then seps[#seps + 1] = sub(s, sep_from, t[2 * k - 1] - 1) end
    parts[#parts + 1] = sub(s, t[2 * j - 1], t[2 * last] - 1)
    -- (a role's word alone with its capital is no name: `Oud-vakbondsman
    -- en FNV-prominent Jan Berghuis` is one person with two roles)
    -- (not a surname a role spells that the article writes after a
    -- given name: `Visser en Smit` after `Piet Visser`)
    if last == j and Analyser.role_word_alone(A, parts[#parts]) then return nil end
    k = last + 1
    -- (past the person's age in brackets: `Frank (23) en Veerle (20)
    -- staan buiten`)
    local age_end
    if k + 2 <= n and tok(s, t, k) == "(" and find(tok(s, t, k + 1), "^%d%d?$") and tok(s, t, k + 2) == ")" then
      age_end = t[2 * k + 4]
      k = k + 3
    elseif k + 2 <= n and tok(s, t, k) == "(" and is_upper_at(s, t[2 * k + 1]) then
      -- (and past a place or party in brackets, capitalised words or an
      -- acronym, up to three tokens: `burgemeesters Nadja Vananroye
      -- (Hasselt) en Wim Dries (Genk)`, `Ine Callens (CD&V)`)
      local c = k + 1
      while c <= n and c <= k + 3 and tok(s, t, c) ~= ")" and (is_upper_at(s, t[2 * c - 1]) or tok(s, t, c) == "&") do
        c = c + 1
      end
      if c <= n and c > k + 1 and tok(s, t, c) == ")" then
        age_end = t[2 * c]
        k = c + 1
      end
    end
    -- (at_end: an inverted subject, whose list ends the clause: `,
    -- vertellen Rolf en Tessa.`)
    if at_end and joined and #parts >= 2 and (k > n or SENTENCE_END[byte(s, t[2 * k - 1])]) then
      return { coord = parts, seps = seps, text = sub(s, t[1], t[2 * last] - 1), s = t[1], e = t[2 * last] }
    end
    if k > n then return nil end
    local w = ltok(s, t, k)
    local conj = A.L.sets.conjunction[w]
    -- (an appositive in lower case after the last name, between commas:
    -- `Marcel en Ellen van der Klauw, eigenaren van de winkel, hebben`)
    if w == "," and joined and #parts >= 2 and k < n and is_lower_at(s, t[2 * k + 1])
       and not A.L.sets.conjunction[ltok(s, t, k + 1)] then
      return { coord = parts, seps = seps, text = sub(s, t[1], t[2 * last] - 1), s = t[1], e = t[2 * last] }
    end
    if w == "," or conj then
      if conj then
        if joined then return nil end
        joined = true
      end
      sep_from, k = age_end or t[2 * last], k + 1
    else
      if not joined or #parts < 2 or not is_lower_at(s, t[2 * k - 1]) then return nil end
      return { coord = parts, seps = seps, text = sub(s, t[1], t[2 * last] - 1), s = t[1], e = t[2 * last] }
    end
  end
  return nil
end

-- Analyser.opens_contrast(A, lo, p): does a contrasting word
-- (L.sets.contrast: `while`, `terwijl`) stand right before p, after lo,
-- after a comma or before a capitalised word or a determiner (`, while
-- the minister`, `while Interior Minister Joachim Brudziński`; not `said
-- while visiting Smith`)?
function Analyser.opens_contrast(A, lo, p)
  local a = p - 60 > lo and p - 60 or lo
  local seg = sub(A.s, a, p - 1)
  -- (the clause right before p: after its last comma, semicolon or colon)
  local cut = string.match(seg, ".*[,;:]()")
  local clause = cut and sub(seg, cut) or seg
  local at, w
  local contrast = A.L.sets.contrast
  for x, wx in string.gmatch(clause, "()([%a\128-\255]+)") do
    if contrast[lc(wx)] then at, w = x, wx end
  end
  if not w then return false end
  local rest = string.match(clause, "^%s*(.*)$", at + #w)
  -- (the word right after it may be the one at p: `although Ferguson
  -- admitted`)
  if rest == "" then rest = sub(A.s, p, p + 40) end
  return (cut ~= nil and find(sub(clause, 1, at - 1), "^%s*$") ~= nil) or is_upper_at(rest, 1)
         or A.L.det[lc(rest:match("^%S*"))] ~= nil
end

-- Analyser.platform_owner(A, m [, t2]) -> the name on whose page or
-- account document mention m stands, a platform's word after it (`A
-- message on the Sussex Roads Police Twitter said`: Sussex Roads Police),
-- or nil (t2: the tokens after m, when the caller has them)
function Analyser.platform_owner(A, m, t2)
  local s, g, L = A.s, A.g, A.L
  if not L.sets.document_on[lc(string.match(s, "^%s*([%a]*)", m.e))] then return nil end
  t2 = t2 or tokens(s, m.e, (#s + 1 < m.e + 100 and #s + 1 or m.e + 100), 10)
  local n2 = #t2 // 2
  if n2 < 3 then return nil end
  local y = 2
  if L.det[ltok(s, t2, y)] then y = y + 1 end
  if y >= n2 or names.kind(s, t2, y, g) ~= "N" then return nil end
  local platform = L.sets.platform
  local at = names.run_starting(s, t2, y, g) or y
  while at > y and platform[ltok(s, t2, at)] do at = at - 1 end
  if at < y or at >= n2 or not platform[ltok(s, t2, at + 1)] then return nil end
  local mm = mention_name(s, t2, y, at)
  mm.how = m.how
  return mm
end

-- Analyser.document_maker(A, m [, whole]): the name inside a document's
-- phrase m before its noun, which made it and speaks through it
-- (`according to the CNN report`: CNN, `the News.com.au report`), as a
-- mention; with whole, also a name that ends with the noun (`the Mueller
-- Report`); and the name after the noun, its participle and `by`, a
-- word in lower case between (`a memo posted online by Senator Juan
-- Dalmau`), or the noun phrase right after its by/from (`said a
-- statement by his family`); else m
function Analyser.document_maker(A, m, whole)
  if not (m and m.kind == "role" and m.gender == "x") then return m end
  local s, g = A.s, A.g
  local t = tokens(s, m.s, m.e)
  local n = #t // 2
  for x = 1, (whole and n or n - 1) do
    if names.kind(s, t, x, g) == "N" and is_upper_at(s, t[2 * x - 1]) then
      local l2 = names.run_starting(s, t, x, g)
      if l2 and (l2 < n or whole and l2 == n) then
        local mm = mention_name(s, t, x, l2)
        mm.how = m.how
        return mm
      end
    end
  end
  local t2 = tokens(s, m.e, (#s + 1 < m.e + 100 and #s + 1 or m.e + 100), 10)
  local n2 = #t2 // 2
  if n2 >= 3 and A.L.sets.document_participle[ltok(s, t2, 1)] then
    local y = 2
    local agent = A.L.sets.passive_agent
    if y < n2 and not agent[ltok(s, t2, y)] and is_lower_at(s, t2[2 * y - 1]) then y = y + 1 end
    if y < n2 and agent[ltok(s, t2, y)] then
      y = y + 1
      while y < n2 and (names.kind(s, t2, y, g) == "T" or title_period(s, t2, y, g)) do y = y + 1 end
      if names.kind(s, t2, y, g) == "N" then
        local mm = mention_name(s, t2, y, names.run_starting(s, t2, y, g) or y)
        mm.how = m.how
        return mm
      end
    end
  end
  local owner = Analyser.platform_owner(A, m, t2)
  if owner then return owner end
  -- (and the noun phrase right after its by/from, up to a comma or a
  -- stop: `said a statement by his family`)
  -- (a number opens the next phrase: `volgens cijfers van de brandweer
  -- 47 stalbranden`)
  if n2 >= 2 and A.L.agent[ltok(s, t2, 1)] then
    local y = 2
    while y < n2 and y < 6 and not (is_punct_tok(s, t2, y + 1) or find(tok(s, t2, y + 1), "^%d")) do y = y + 1 end
    local mm = (y == n2 or is_punct_tok(s, t2, y + 1) or find(tok(s, t2, y + 1), "^%d")) and np_ending(A, t2, y, 2)
    if mm and mm.kind ~= "pron" and mm.s == t2[3] then
      mm.how = m.how
      return mm
    end
  end
  return m
end

-- Analyser.document_issuer(A, m) -> the subject, a name or a person's or
-- group's role, of one of the three sentences before document mention m
-- (its own before it too) where a verb of putting it out
-- (speech_words.txt's `document_participle`, its past: `issued`,
-- `released`, `posted`) and a determiner stand right before the
-- document's noun: `The Community Care Walk-in Clinic issued the notice
-- of closure. "...," the notice reads.`; else nil
function Analyser.document_issuer(A, m)
  local s, L = A.s, A.L
  local verbs, authors = L.sets.document_participle, L.sets.document_author
  local hw = lc(tail_run(m.text, NOT_WS) or "")
  if hw == "" or not (next(verbs) or next(authors)) then return nil end
  local hi = m.s
  local ss = sentence_of(A, m.s)
  for _ = 1, 4 do
    local seg = sub(s, ss, hi - 1)
    local at = 1
    while true do
      local p = find(seg, " " .. hw, at, true)
      if not p then break end
      at = p + 1
      local verb, det = string.match(sub(seg, 1, p - 1), "(%a+)%s+(%a+)$")
      if verb and verbs[lc(verb)] and L.det[lc(det)] and not is_word_at(seg, p + 1 + #hw) then
        local f = first_np(A, ss, ss + p - 1)
        if f and (f.kind == "name" or f.kind == "role" and f.gender ~= "x") then return f end
      end
      -- (or its author's name right after it and a word of
      -- `document_author`: `a front-page article by Gene Kerrigan`, `a
      -- letter from Jane Smith`)
      local aw, na = string.match(seg, "^ (%a+) ()%u", p + 1 + #hw)
      if aw and authors[lc(aw)] then
        local f = first_np(A, ss + na - 1, hi)
        if f and f.kind == "name" and f.s == ss + na - 1 then return f end
      end
    end
    if ss <= A.first then break end
    hi = ss
    ss = sentence_of(A, ss - 1)
    if ss >= hi then break end
  end
  return nil
end

-- Analyser.after_prep(A, ss, p): does a preposition of place stand
-- before the noun phrase that starts at p (from ss on), past a
-- determiner or possessive and past a place's name and its comma (`at his
-- golf club`, `outside Washington, D.C.`)?
function Analyser.after_prep(A, ss, p)
  local s, L = A.s, A.L
  local lo = p - 60 > ss and p - 60 or ss
  local t = tokens(s, lo, p)
  local k = #t // 2
  if k >= 2 and tok(s, t, k) == "," and names.kind(s, t, k - 1, A.g) == "N" then
    k = (names.run_ending(s, t, k - 1, A.g) or k - 1) - 1
  end
  if k >= 1 and L.det[ltok(s, t, k)] then k = k - 1 end
  -- (a preposition of place: after `with`, `despite`, the phrase is the
  -- gerund's subject, `with Zinichev describing`)
  return k >= 1 and (L.sets.place_prep[ltok(s, t, k)] or L.sets.place_near[ltok(s, t, k)]) == true
end

-- Analyser.prev_sentence_org(A, m) -> the canonical name of the
-- organisation whose name opens the sentence before pronoun mention m as
-- its subject, when m opens its own sentence; else nil
function Analyser.prev_sentence_org(A, m)
  local s = A.s
  local ss = sentence_of(A, m.s)
  if ss <= A.first then return nil end
  -- (or the tag right after the quote that opens its sentence: `"...,"
  -- it said in a statement`)
  local tagged = false
  if trim(s, ss, m.s) ~= m.s then
    local ns = skip_spaces(s, ss)
    local q = quote_at(A, ns)
    if not (q and q.oa == ns and q.cb <= m.s and find(sub(s, q.cb, m.s - 1), "^[%s,]*$")) then return nil end
    tagged = true
  end
  local ps, pe = sentence_of(A, ss - 1)
  local c = person_mentions(A, ps, (pe < ss and pe or ss))[1]
  if not (c and c.subj and not c.role) then return nil end
  -- (the subject opens that sentence, or, for the tag's it, follows a
  -- phrase of when that a comma closes: `As of Sunday morning, Eskom
  -- has yet to implement ...`)
  if trim(s, ps, c.s) ~= c.s and not (tagged and find(sub(s, ps, c.s - 1), "^[^,]*,%s*$")) then return nil end
  -- (a brand's one word with a capital inside is one too, not a Mc's
  -- or Mac's surname: `TikTok has stopped working ... It said`)
  local brand = not find(c.text, "[%s%d]") and find(c.text, "^%u%l+%u") and not find(c.text, "^Ma?c%u")
  -- (and, for the tag's it, a name of one word that the sentence goes
  -- on to call `its`, no person's: `Eskom has yet to implement load
  -- shedding, with the goal being to extend its 28 day ... spree`)
  local its = tagged and A.lang == "en" and not find(c.text, "[%s%d]")
              and find(sub(s, c.e, (pe < ss and pe or ss) - 1), "%f[%a]its%f[%A]") ~= nil
              and mention_person(A, c) ~= true
  if not (is_org_name(A, c.text) or brand or its or not find(c.text, "[%l%s%d]")) or Analyser.addressed(A, c) then
    return nil
  end
  return mention_canon(A, c)
end

-- Analyser.asked_person(A, h, pe) -> the name mention right after
-- question cue h (before pe) that a word opening the question follows
-- (`asked Stefanson if`, `vroeg Stefanson of`, `fragte Stefanson, ob`),
-- or a colon and the quoted question, or nil: the one who answers
function Analyser.asked_person(A, h, pe)
  local s, g = A.s, A.g
  local t = tokens(s, h.particle_end or h.e, pe, 8)
  local n = #t // 2
  -- (past the titles before the name: `asked Mr Glover about his memory`)
  local f = 1
  while f < n and names.kind(s, t, f, g) == "T" do f = f + 1 end
  if f > 1 and tok(s, t, f) == "." and f < n then f = f + 1 end
  if n < f + 1 or names.kind(s, t, f, g) ~= "N" then return nil end
  local last = names.run_starting(s, t, f, g) or f
  if last >= n then return nil end
  local k = last + 1
  if ltok(s, t, k) == "," and k + 1 <= n then k = k + 1 end
  local w = ltok(s, t, k)
  -- (or a colon and the question quoted: `De rechter vraagt Erik: 'Had u
  -- gebruikt?' 'Dat heeft u goed', antwoordt hij.`)
  if not (A.L.sets.question_after[w] or w == ":" and quote_at(A, skip_spaces(s, t[2 * k]))) then return nil end
  return mention_name(s, t, f, last)
end

-- Analyser.passive_asked(A, h, ss) -> the name mention right before the
-- passive auxiliary of question cue h, in the sentence from ss (`Halep
-- was asked if she had ever played better, she replied`: the one asked
-- answers), or nil
function Analyser.passive_asked(A, h, ss)
  local sets = A.L.sets
  if not sets.question_cue[h.lemma] then return nil end
  local aux, ax = string.match(sub(A.s, (h.s - 12 > ss and h.s - 12 or ss), h.s - 1), "(%a+)%s+()$")
  if not (aux and (sets.be_form[lc(aux)] or sets.passive_aux[lc(aux)])) then return nil end
  local ms = person_mentions(A, ss, h.s)
  local c = ms[#ms]
  if not (c and not c.role and find(sub(A.s, c.e, h.s - 1), "^%s+%a+%s+$")) then return nil end
  return { s = c.s, e = c.e, kind = "name", text = c.text }
end

-- the person named in the sentence before role mention m, as an object
-- too, when m's noun names no office (`man`, `vrouw`: any_person; or a
-- party's member, party_member): `Een ander verhaal horen we bij Jonas
-- Rickaert. De man van Alpecin-Deceuninck oogde fris` is Jonas Rickaert,
-- not the last speaker, and so is `Voor Kris Peeters (CD&V) komen die
-- woorden als een verrassing. ‘...’, zei de christendemocraat` Kris
-- Peeters; or nil
local function any_person_named_before(self, A, m, other_mod)
  if not (m.head and (A.L.sets.any_person[m.head] or A.L.sets.party_member[m.head])) then return nil end
  local e = self:recent_person(A, m.s, m.gender, 2, false, true)
  if e and gender_fits(m.gender, e.gender) and not other_role(A, e, m, other_mod) then return e end
  -- (or the person's role that is the subject of the last cue of the
  -- sentence before, of a sex that fits, past a name there of the other
  -- one: `Mata remained silent but one of his family members spoke
  -- against him. "...," the woman said`)
  local ss = sentence_of(A, m.s)
  if ss > A.first then
    local ps = sentence_of(A, ss - 1)
    local k1, k2 = hit_range(A, ps, ss)
    if k2 >= k1 then
      local h = analyse_cue(A, A.hits[k2])
      local sm = h.subj
      if sm and sm.kind == "role" and sm.how == "before" and SETS.one_person[sm.gender] and sm.head ~= m.head then
        local e2 = self:resolve(A, sm, sm.s)
        if e2 and e2.person and gender_fits(m.gender, e2.gender) and not other_role(A, e2, m, other_mod) then
          return e2
        end
      end
    end
  end
  return nil
end

-- Analyser:described_before(A, m, other) -> the person a role that opens
-- one of the six sentences before pronoun mention m describes, of a sex
-- that fits and not entity other, or nil: one the article spoke of with
-- no name (`For the first time, a Hacienda HealthCare nurse ... spoke
-- out. ... "...?" asked reporter Briana Whitney. "Defeated," she said.`)
function Analyser:described_before(A, m, other)
  local x = sentence_of(A, m.s)
  for _ = 1, 6 do
    if x <= A.first then return nil end
    local ps, pe = sentence_of(A, x - 1)
    local f = ps < x and first_np(A, ps, pe < x and pe or x)
    if f and f.kind == "role" and SETS.one_person[f.gender] and gender_fits(m.gender, f.gender) then
      local e = self:resolve(A, f, f.s)
      if e and e ~= other and e.person ~= false then return e end
    end
    x = ps
  end
  return nil
end

-- Analyser:resolve_pronoun(A, m, x) -> the entity pronoun mention m at x
-- means, or nil; a Dutch `zij`/`ze` (`fp`) that means no woman means a
-- group (`De ondernemers in de Passage hebben ... Zij zijn verontrust`)
-- Analyser.as_plural(m, by_verb) -> a copy of pronoun mention m read as
-- many (plural), and as one a plural verb after it says is many (by_verb)
function Analyser.as_plural(m, by_verb)
  local mp = {}
  for k, v in pairs(m) do mp[k] = v end
  mp.plural, mp.plural_verb = true, by_verb
  return mp
end

function Analyser:resolve_pronoun(A, m, x)
  -- (a Dutch `ze` right before a plural verb the lists know is many: `Ze
  -- willen anoniem blijven:` after `met beide bedreigde advocaten`)
  if m.gender == "fp" and not m.plural and A.lang == "nl" and m.e then
    local v = string.match(A.s, "^%s+(%l+en)%f[^%a]", m.e)
    if v and (A.L.verb_word[v] or A.L.modal[v] or A.L.closed_verb[v] or A.L.cue[v]) then
      local e = self:resolve_pronoun_as(A, Analyser.as_plural(m, true), x)
      if e then return e end
    end
  end
  local e = self:resolve_pronoun_as(A, m, x)
  if e == nil and m.gender == "fp" and not m.plural then
    e = self:resolve_pronoun_as(A, Analyser.as_plural(m), x)
    -- (of a singular verb, no group: `,,Nee,'' zegt ze` is not the boys
    -- the sentence before names)
    if e and m.singular and e.group then e = nil end
  end
  return e
end

-- Analyser.newcomer_object(A, x, want) -> the one mention of a person
-- of sex want (m or f, by given name or a role of that sex before it)
-- that the sentence before x's brings in, a name of two words or more
-- the article writes there first, when that sentence has no person for
-- its subject and x's own sentence names no one before x; else nil
function Analyser.newcomer_object(A, x, want, known)
  -- (want: "m", "f", or "mf" for either; known: the one mention instead
  -- of a name the article wrote before that sentence, of one word too,
  -- Analyser.newcomer_before's second reading)
  local s = A.s
  local ss = sentence_of(A, x)
  if ss <= A.first or #person_mentions(A, ss, x) > 0 then return nil end
  local ps, pe = sentence_of(A, ss - 1)
  if pe > ss then pe = ss end
  local L = A.L
  -- (nor when a he or she, his or her, or him or her, in either sentence
  -- before x goes on about someone: `He compared it to a win under
  -- Mahendra Singh Dhoni's captaincy. "..."`, `However, in his address he
  -- said`, `... dat Fiorentina hem met doelman Francesco Toldo op de markt
  -- heeft gegooid. ,,Ik ben geen lap vlees.''`)
  -- (a possessive of one sex after the one found, in its sentence, is
  -- that one's: `Ze zijn eigendom van Jacqueline Sperling en haar man`)
  local om, of = L.sets.third_person_m or {}, L.sets.third_person_f or {}
  -- (and a possessive that is a verb's form too, after a pronoun or
  -- before no noun, is that verb: `Ze zijn eigendom van`; an object's
  -- form before no noun is no possessive either: `making her a regular`)
  local owners
  local prev
  for at, w in string.gmatch(sub(s, ps, x - 1), "()(%a+)") do
    local lw = lc(w)
    local pg, og = L.pron[lw], L.det_owner[lw]
    local p = ps + at - 1
    local nw = string.match(s, "^ (%l+)", p + #w)
    local noun_after = nw ~= nil and not (L.det[nw] or L.prep[nw] or L.pron[nw] or L.closed_verb[nw])
    local before = prev
    prev = lw
    if og and (L.closed_verb[lw] or L.verb_word[lw]) and (not noun_after or before and L.pron[before]) then
      og = nil
    end
    if (og == "m" or og == "f") and p < pe and noun_after then
      owners = owners or {}
      owners[#owners + 1] = p
      owners[#owners + 1] = og
    elseif pg == "m" or pg == "f" or og == "m" or og == "f" or om[lw] or of[lw] then
      return nil
    end
  end
  local found
  for _, c in ipairs(person_mentions(A, ps, pe)) do
    if c.subj and (c.role and SETS.one_person[c.role.gender] or not c.role and mention_person(A, c)) then return nil end
    -- (nor beside a person the article named before that sentence, whom
    -- the he or she may go on about: `The investigation - led by ... Lord
    -- Ara Darzi - will help inform Mr Streeting's 10-year plan. He told
    -- the BBC` is Streeting's)
    if not known and not c.role and not find(c.text, " ", 1, true) and mention_person(A, c)
       and find(s, c.text, A.first, true) < ps then
      return nil
    end
    if not c.role and (known or find(c.text, " ", 1, true)) and mention_person(A, c) then
      local sex = c.pw and role_of(L, c.pw)
      if sex ~= "m" and sex ~= "f" then sex = Analyser.given_first(A, c.text) end
      local last = string.match(c.text, "(%S+)$")
      -- (either sex: a name whose given name the list lacks too, after
      -- a person's role, `COOP-supermarkteigenaar Sybolt Greidanus`; not
      -- a shop's, `De winkel heet Opoes Erfenis`)
      local fits = sex and find(want, sex, 1, true)
                   or want == "mf" and c.pw and SETS.one_person[role_of(L, c.pw)]
      -- (known: of either sex, as the quote's speaker is)
      if known then fits = true end
      -- (nor one the quote names, by a given name or a surname: a
      -- speaker seldom names herself, `The event was started in memory
      -- of Rachel Hughes. She said: "Rachel would have loved today."`)
      if fits and (find(s, last, A.first, true) >= ps) ~= (known == true) and not Analyser.named_in_near_quote(A, x, c.text) then
        if found then return nil end
        found = c
      end
    end
  end
  if found and owners then
    local sex = Analyser.given_first(A, found.text)
    for i = 1, #owners, 2 do
      if owners[i] < found.e or sex and sex ~= owners[i + 1] then return nil end
    end
  end
  return found
end

-- Analyser.first_quote_from(A, x, hi) -> the first quote that opens at
-- or after x and by hi, and its index k; nil and k when none does (quote
-- k - 1, when there is one, opens before x)
function Analyser.first_quote_from(A, x, hi)
  local k = floor_index(A.qa, x - 1) + 1
  local oa = A.qa[k]
  if oa and oa <= hi then return A.quotes[k], k end
  return nil, k
end

-- Analyser.named_in_closed_report(A, m, e): is pronoun mention m the
-- subject right after a cue verb that follows a comma and ends its
-- sentence (`..., voorspelt hij.`, `..., he predicted.`), and does the
-- clause before that comma, outside quote marks, name e there (a mention
-- whose canonical name is e's)?
function Analyser.named_in_closed_report(A, m, e)
  local s = A.s
  if not (m.s and m.e and find(s, "^%s*[%.!?]", m.e)) then return false end
  local lo = m.s - 40 > 1 and m.s - 40 or 1
  local comma = string.match(sub(s, lo, m.s - 1), "(),%s*[%l\128-\255]+%s+$")
  if not comma then return false end
  comma = lo + comma - 1
  local ss = sentence_of(A, m.s)
  if not ss or ss >= comma then return false end
  -- (a plain search for the name's last word first: most clauses hold
  -- none of it, and the mentions cost more)
  local lastw = string.match(e.canon, "(%S+)$")
  local hit = lastw and find(s, lastw, ss, true)
  if not hit or hit >= comma then return false end
  for _, c in ipairs(person_mentions(A, ss, comma)) do
    if c.text and not quote_at(A, c.s) and names.canonical(A.article, c.text, A.lang) == e.canon then return true end
  end
  return false
end

-- Analyser.named_in_near_quote(A, x, name) -> does the quote of x's
-- sentence (the one that opens at or after x in it, else the last one
-- that closes before x) write a word of name (two or more words), a
-- given name or a surname, as a word?
function Analyser.named_in_near_quote(A, x, name)
  local ss, se = sentence_of(A, x)
  local q, k = Analyser.first_quote_from(A, x, se + 1)
  if not q and k > 1 and A.qa[k - 1] >= ss then q = A.quotes[k - 1] end
  if not q then return false end
  local text = sub(A.s, q.cs, q.ce - 1)
  -- (the surname; the given name alone, no other name after it: `David
  -- Parker` in the quote is no David Shearer)
  local first, last = string.match(name, "^(%S+).-(%S+)$")
  if last and #last >= 3 and names.whole_words(text, last)() ~= nil then return true end
  if first and #first >= 3 then
    for a in names.whole_words(text, first) do
      if not find(text, "^%)?%s+%u", a + #first) then return true end
    end
  end
  return false
end

-- Analyser.governing_subject(an, A, m) -> the entity of the subject,
-- named before it and no person, of the cue whose content pronoun
-- mention m opens (the cue's last word right before m, or before a
-- complementizer right before m: `Egypt said it`, `Israel announced that
-- it`), in m's sentence; else nil
function Analyser.governing_subject(an, A, m)
  local s = A.s
  local ss = sentence_of(A, m.s)
  local k1, k2 = hit_range(A, ss, m.s)
  if k2 < k1 then return nil end
  local h = A.hits[k2]
  local between = sub(s, h.e, m.s - 1)
  local w = string.match(between, "^%s+(%a+)%s+$")
  if not (find(between, "^%s+$") or w and A.L.comp[lc(w)]) then return nil end
  local hm = analyse_cue(A, h).subj
  if not (hm and hm.how == "before" and (hm.kind == "name" or hm.kind == "role")) then return nil end
  local e = an:resolve_hit(A, h)
  -- (no one a given name, a he or she, or a person's role makes a
  -- person: a one-word name before a cue reads as a person's otherwise,
  -- `Egypt said`)
  if e and e.person ~= false and (e.gender == "m" or e.gender == "f" or hm.kind == "role" and SETS.one_person[hm.gender]
                                  or Analyser.given_first(A, e.canon) or e.role_head and e.person) then
    return nil
  end
  return e
end

-- Analyser.in_fronted_clause(A, ps, pe, x) -> does position x stand in
-- a clause that a fronted subordinator (speech_words.txt's
-- `fronted_subordinator`) opens the sentence [ps, pe) with, a comma
-- closing it after x and a capitalised word, the main clause's subject,
-- right after that comma?
function Analyser.in_fronted_clause(A, ps, pe, x)
  if not Analyser.fronted_opener_end(A, ps) then return false end
  local cm = find(A.s, ",", x, true)
  if not (cm and cm < pe and find(A.s, "^%s+%u", cm + 1)) then return false end
  -- (a person's name, the subject: not a group's, `When Dan Poulter said
  -- he was joining Labour, Tory MPs reacted with fury. He said:` is
  -- Poulter, review 27)
  local y = skip_spaces(A.s, cm + 1)
  local c = person_mentions(A, y, pe)[1]
  return c ~= nil and c.s == y and not c.role and not role_of(A.L, string.match(c.text, "(%S+)$"))
         and mention_person(A, c) == true
end

function Analyser:resolve_pronoun_as(A, m, x)
  local want = m.gender
  if want == "n" then
    -- `it said`: the last organisation that spoke, else the last
    -- speaker, else, before anyone spoke, the last organisation named by
    -- a name with an organisation word (`The Football Association
    -- charged the club. It added that ...`; not a place, `even Canada?
    -- ... It emphasizes`)
    -- (`It` opening its sentence after one whose subject is an
    -- organisation's name is that organisation, whoever spoke last:
    -- `NASA interrupted its coverage to mourn Leonov. It also credited
    -- Leonov ..., noting`)
    -- (an `it` that opens what a cue right before it reports is that
    -- cue's subject, when not a person: `Egypt said it condemned the
    -- attack "in the strongest terms"`, `Israel announced that it
    -- declared Guterres "persona non grata"`)
    local gov = m.s and Analyser.governing_subject(self, A, m)
    if gov then return gov end
    local prev = Analyser.prev_sentence_org(A, m)
    if prev then return entity(A, prev) end
    local spoke = A.last_org
    -- (not one that spoke after it, in its own sentence: `It cited the Air
    -- Force as stating ..., and claimed`)
    if spoke and A.last_org_pos and A.last_org_pos > m.s then spoke = A.org_before end
    -- (nor before a speaker since, no person, whom no organisation word
    -- names: `the INMO has claimed ... The HSE said it had seen ... "...,"
    -- it said` is the HSE)
    local l = A.last
    if spoke and l and l ~= spoke and l.person ~= true and A.last_pos and A.last_org_pos
       and A.last_pos > A.last_org_pos and A.last_pos < m.s then
      spoke = l
    end
    spoke = spoke or A.last
    if spoke then return spoke end
    local e = self:recent_org(A, m.s, ORG_KIND_REACH)
    if e and is_org_name(A, e.canon) then return e end
    return nil
  end
  if want == "d" then return self:resolve_demonstrative(A, m) end
  -- first and second person: the speakers of an interview's turns
  if want == "1" or want == "2" then return Analyser.turn_speaker(self, A, m) end
  -- (a Dutch `ze` of a plural verb: `zeggen ze`)
  if m.plural then want = "p" end
  local singular = want:find("[mf]") ~= nil
  if not singular then
    -- names joined by and/en opening this sentence or the one before:
    -- they said it together (`Mildred Clark, haar zus Verginia en ...
    -- hebben ... Maar ..., zeggen ze.`)
    local ss = sentence_of(A, x)
    local c = Analyser.coordinated_subject(A, ss, x)
    if not c and ss > A.first then
      local ps, pe = sentence_of(A, ss - 1)
      c = Analyser.coordinated_subject(A, ps, pe)
      -- (one more back past a sentence that opens with a plural pronoun,
      -- the same people: `Frank (23) en Veerle (20) staan buiten. Zij
      -- wonen ook ... "...", vertellen ze.`)
      local w1 = not c and ps > A.first and string.match(A.s, "^%s*([%a\128-\255]+)", ps)
      local g1 = w1 and A.L.pron[names.lc_memo[w1] or lc(w1)]
      if g1 and find(g1, "p", 1, true) then
        local ps2, pe2 = sentence_of(A, ps - 1)
        if ps2 < ps then c = Analyser.coordinated_subject(A, ps2, pe2) end
      end
    end
    if c then return self:resolve_coordinated(A, c) end
    -- right after a group or organisation spoke, in this sentence or the
    -- one before, they/ze is that speaker (`Day's animal foundation said
    -- ... Day, they said, desired ...`)
    -- (and so, in English, right after an unnamed person of no known sex
    -- spoke, brought in by an indefinite role: the singular they,
    -- `according to a Western Telegraph reader ... "...," they commented`)
    local l, lp = A.last, A.last_pos
    if l and lp and lp < x and (l.person ~= true
                                or A.lang == "en" and l.gender ~= "m" and l.gender ~= "f" and find(l.canon, "^an? %S")) then
      local ss = sentence_of(A, x)
      if lp >= ss or (ss > A.first and lp >= sentence_of(A, ss - 1)) then return l end
      -- (names joined by and/en that spoke two sentences back, for a
      -- Dutch `ze` of a plural verb, with no one named between: `...,
      -- lachen Nadja Vananroye (Hasselt) en Wim Dries (Genk). Niet dat
      -- ... "...", zeggen ze.`)
      if m.plural and l.group and l.canon and find(l.canon, " en ", 1, true) and ss > A.first then
        local ps = sentence_of(A, ss - 1)
        local ps2 = ps > A.first and sentence_of(A, ps - 1) or ps
        if lp >= ps2 and #person_mentions(A, ps, ss) == 0 then return l end
      end
    end
    -- (a group's definite role that opens the sentence before: `De
    -- ondernemers in de Passage hebben ... Zij zijn verontrust`)
    -- (and, in English, the singular they of a person's indefinite role
    -- of no known sex that opens the sentence before: `One council
    -- insider accused the SNP group of hypocrisy. They said: "..."`)
    if ss > A.first then
      local ps, pe = sentence_of(A, ss - 1)
      local f = ps < ss and first_np(A, ps, (pe < ss and pe or ss))
      if f and f.kind == "role" and f.gender == "g" and (f.def == "def" or f.def == "poss") and f.s < (pe < ss and pe or ss)
         or f and A.lang == "en" and f.kind == "role" and f.gender == "p" and f.def == "indef"
            and f.s == skip_spaces(A.s, ps) then
        local e = self:resolve(A, f, f.s)
        if e then return e end
      end
      -- (or names joined by and/en that the phrase opening it holds: `De
      -- boeren Jan en Piet, die hun achternaam niet wilden geven, kregen
      -- applaus. Ze vertelden ...`)
      if f and f.kind == "name" then
        local c = Analyser.coordinated_subject(A, f.s, pe, true)
        if c then return self:resolve_coordinated(A, c) end
      end
    end
    -- (a Dutch `ze` of a plural verb: people a plural role names in this
    -- sentence or the one before, as subject or not, before a body's
    -- name: `De Telegraaf heeft ... met beide bedreigde advocaten
    -- gesproken. Ze willen anoniem blijven:`)
    if m.plural_verb then
      local c = Analyser.plural_people_before(A, x)
      if c then
        local e = self:resolve(A, c, c.s)
        if e then return e end
      end
    end
    local e = self:recent_group(A, x, 4)
    return e or A.last_group or A.last_org or A.last
  end
  -- (a he or she right after the comma that closes a fronted
  -- subordinate clause is the name that clause opens with, its subject:
  -- `Although Levein felt the referee had denied his side a penalty, he
  -- stressed`; not after a participle's, whose name is the one asked
  -- about: `Asked about Smith's goal, he said`)
  if (want == "m" or want == "f") and m.s then
    local ss0 = sentence_of(A, m.s)
    local oe = Analyser.fronted_opener_end(A, ss0)
    if oe and oe < m.s and sub(A.s, oe - 2, oe - 1) ~= "ed" and find(sub(A.s, oe, m.s - 1), ",%s*$") then
      local y, c = skip_spaces(A.s, oe), nil
      for _, c0 in ipairs(person_mentions(A, ss0, m.s)) do
        if c0.s >= y then c = c0 break end
      end
      if c and c.s == y and not c.role and mention_person(A, c) ~= false then
        local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
        if e and e.person ~= false and gender_fits(want, e.gender) and e ~= A.exclude then return e end
      end
    end
  end
  -- (a he or she of an inverted tag that ends its sentence after a
  -- comma is the person whose name opens that sentence as its subject:
  -- `Minister Koolmees van Sociale Zaken wilde Kamerleden niet
  -- tegenwerken, benadrukte hij.`, `Koolmees did not want to obstruct
  -- MPs, he stressed.`)
  if (want == "m" or want == "f") and m.s then
    local ss0 = sentence_of(A, m.s)
    local before = sub(A.s, ss0, m.s - 1)
    local cm = string.match(before, "^.*(),%s*[%l\128-\255]*%s*$")
    if cm and cm > 1 then
      local c = person_mentions(A, ss0, ss0 + cm - 1)[1]
      if c and c.subj and not c.role and mention_person(A, c) ~= false
         and Analyser.name_phrase_start(A, ss0, c.s, c.e) == skip_spaces(A.s, ss0) then
        local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
        if e and e.person ~= false and gender_fits(want, e.gender) and e ~= A.exclude then return e end
      end
    end
  end
  -- the speaker of the sentence before, when a cue there names one that
  -- fits (`..., meldde een woordvoerder van Rijkswaterstaat. ,,...'', zei
  -- hij`, `Volgens analist Femke Dijkstra is het bod ... ,,...'', licht
  -- ze toe`: an inverted or fronted speaker is no sentence subject below;
  -- and a role that opens it, by its whole phrase: `A spokeswoman for
  -- Braga confirmed ... "...," she said.` is a spokeswoman for Braga)
  local ss = sentence_of(A, x)
  -- (a cue earlier in this sentence whose subject opens the sentence and
  -- names someone: `Wethouder Wijbenga beaamt dat ...: "...", laat hij
  -- via een woordvoerder weten`)
  do
    local k1, k2 = hit_range(A, ss, m.s)
    if k1 <= k2 then
      local h = analyse_cue(A, A.hits[k1])
      local hm = h.subj
      -- (or one asked, in the passive, who answers: `After clinching the
      -- match, Halep was asked if she ..., she replied`)
      local asked = not hm and Analyser.passive_asked(A, h, ss)
      if asked then
        local e = self:resolve(A, asked, asked.s)
        if e and e.person ~= false and gender_fits(want, e.gender) and e ~= A.exclude then return e end
      end
      if hm and hm.how == "before" and hm.kind == "name"
         and Analyser.name_phrase_start(A, ss, hm.s, hm.e) == skip_spaces(A.s, ss) then
        local e = self:resolve_hit(A, h)
        if e and e.person and gender_fits(want, e.gender) and e ~= A.exclude then
          if want == "m" or want == "f" then e.gender = e.gender or want end
          return e
        end
      end
    end
  end
  if ss > A.first then
    local ps, pe = sentence_of(A, ss - 1)
    if pe > ss then pe = ss end
    local k1, k2 = hit_range(A, ps, pe)
    for k = k2, k1, -1 do
      local h = analyse_cue(A, A.hits[k])
      local hm = h.subj
      -- (not a passive's agent inside what an earlier cue of the sentence
      -- reports: `The chief executive added that ... patients referred by
      -- their doctor was giving ...`)
      if hm and hm.how == "agent" and k > k1 then hm = nil end
      -- (nor a cue inside a fronted subordinate clause whose main clause
      -- opens with a name of its own: that subject is whom the sentence
      -- is about, `Although skipper Vijay said the ball stopped, Kotak
      -- was not blaming the pitch. // "...," he added` is Kotak)
      if hm and Analyser.in_fronted_clause(A, ps, pe, h.e) then hm = nil end
      -- (a role that opens the sentence past a fronted phrase too: `In a
      -- statement, the minister said ... She added`)
      local opens = false
      if hm and hm.kind == "role" and hm.how == "before" then
        if hm.s == skip_spaces(A.s, ps) then
          opens = true
        else
          local f = first_np(A, ps, pe)
          opens = f ~= nil and f.s == hm.s
        end
      elseif hm and hm.kind == "name" and hm.how == "before" and hm.s > skip_spaces(A.s, ps) then
        -- (and a name that opens it past a dateline and the name's role:
        -- `Karachi: Pakistan cricket team captain Babar Azam Sunday said
        -- ... He stated:`)
        local f = first_np(A, ps, pe)
        opens = f ~= nil and f.kind == "name" and f.s == hm.s
        if not opens then
          -- (its phrase right after a dateline's place and colon)
          local y = Analyser.name_phrase_start(A, ps, hm.s, hm.e)
          local dx, dw, dwe = string.match(sub(A.s, ps, y - 1), "^%s*()(%u[%a\128-\255]+)():%s*$")
          opens = dw ~= nil and Analyser.dateline_at(A, ps + dx - 1, ps + dwe - 1)
        end
      end
      if hm and hm.opens then opens = true end
      -- (and the one a source quotes as saying: `"...," the club's website
      -- quoted Bielsa as saying. "...," he added`; speech_words.txt's
      -- `quoted_as`, the word between the name and the cue)
      if hm and hm.kind == "name" and hm.how == "before" and not opens
         and A.L.sets.quoted_as[lc(string.match(sub(A.s, hm.e, h.s - 1), "^%s+(%a+)%s+$") or "")] then
        opens = true
      end
      -- (and a name that opens it past a conjunction: `But Chinamasa said:
      -- "..." // He added that ...`)
      if hm and hm.kind == "name" and hm.how == "before" and not opens then
        local w1, w1e = string.match(A.s, "^%s*([%a]+)()", ps)
        local lw1 = w1 and lc(w1)
        if lw1 and (A.L.sets.clause_but[lw1] or A.L.sets.clause_and[lw1]) and skip_spaces(A.s, w1e) == hm.s then
          opens = true
        end
      end
      -- (and one right after a fronted clause that a subordinator opens
      -- and a comma closes: `When asked about Mr Watson's comments, the
      -- Labour leader told ITV News ... He said:`)
      -- (the sentence's first word asked first: most open otherwise)
      if hm and hm.how == "before" and not opens and (hm.kind == "role" or hm.kind == "name") then
        if Analyser.fronted_opener_end(A, ps) then
          local y = hm.kind == "name" and Analyser.name_phrase_start(A, ps, hm.s, hm.e) or hm.s
          opens = find(sub(A.s, ps, y - 1), "^[^,;:]*,%s*$") ~= nil
        end
      end
      -- (and so one that opens a contrasting clause after the comma, the
      -- last one to speak: `Duda said ..., while Interior Minister
      -- Joachim Brudziński wrote he had ordered checks. He tweeted`)
      if hm and hm.how == "before" and not opens and hm.kind ~= "pron" then
        opens = Analyser.opens_contrast(A, ps, hm.s)
      end
      -- (and a full name that opens a clause after `and`/`but`, past a
      -- role noun and its comma: `The town of Walgett has not had rain
      -- for 18 months and farmer, Mark Evans, says ... "...," he said`)
      if hm and hm.how == "before" and not opens and hm.kind == "name" and find(hm.text, " ", 1, true) then
        local y = Analyser.name_phrase_start(A, ps, hm.s, hm.e)
        local pre = sub(A.s, (y - 40 > ps and y - 40 or ps), y - 1)
        local w1, w2 = string.match(pre, "(%a+)%s+(%a+),%s*$")
        local conj = w2 and role_of(A.L, w2) and w1 or string.match(pre, "(%a+)%s*$")
        local lconj = conj and lc(conj)
        if lconj and (A.L.sets.clause_and[lconj] or A.L.sets.clause_but[lconj]) then opens = true end
      end
      -- (and one of a tag that ends the sentence after what it reports:
      -- `He was brought to a stop on Champion St, Perkins said. The man
      -- was arrested, she said.`)
      -- (a person the article names in full: not `..., Boston.com
      -- reports.`)
      local tag_end = false
      if hm and hm.how == "before" and not opens and hm.kind ~= "pron" and hm.s > ps then
        local y = hm.kind == "name" and Analyser.name_phrase_start(A, ps, hm.s, hm.e) or space_back(A.s, hm.s, ps)
        opens = byte(A.s, y - 1) == 44 and count_words(A.s, h.e, pe, 5) <= 3
        tag_end = opens
        -- (and a name right after a quote its comma closes, the quote's
        -- tag: `Regulators are focusing on penalties "more and more,"
        -- Adam Farkas, executive director of the EBA, said in a panel
        -- discussion ... "...," he added.`)
        if not opens and hm.kind == "name" then
          local pre = sub(A.s, (y - 6 > ps and y - 6 or ps), y - 1)
          opens = find(pre, "[,!?][\"']%s*$") ~= nil or find(pre, "[,!?]\226\128[\157\153]%s*$") ~= nil
        end
      end
      -- (after a question, the one asked answers: `Kinew asked
      -- Stefanson if she had any advice. "...," she said`)
      if hm and A.L.sets.question_cue[h.lemma] then
        local asked = Analyser.asked_person(A, h, pe)
        local e = asked and self:resolve(A, asked, x)
        -- (one asked by a given name alone, or one opening the name, is a
        -- person the article may not have called one yet: `De rechter
        -- vraagt Erik: '...'`)
        local sex = e and e.person == nil and (Analyser.lone_given(A, asked.text) or Analyser.given_first(A, asked.text))
        if sex then
          set_person(A, e, true)
          e.gender = e.gender or sex
        end
        if e and e.person and gender_fits(want, e.gender) and e ~= A.exclude then
          if want == "m" or want == "f" then e.gender = e.gender or want end
          return e
        end
      end
      if hm and (hm.how ~= "before" or opens)
         and hm.kind ~= "pron" and hm.s >= ps then
        local e = self:resolve_hit(A, h)
        if e and tag_end and not find(e.canon, " ", 1, true) then e = nil end
        if e and e.person and gender_fits(want, e.gender) and e ~= A.exclude then
          if want == "m" or want == "f" then e.gender = e.gender or want end
          return e
        end
      end
      if hm then break end
    end
  end
  -- (a definite role of one person that opens the sentence before as
  -- its subject, and points back to a person the article names: that
  -- one, `... surrounded Rory McIlroy, who impressed nobody. The
  -- Northern Irishman sounded distressed. "...," he said`)
  if ss > A.first then
    local ps, pe = sentence_of(A, ss - 1)
    if pe > ss then pe = ss end
    -- (the sentence's first word asked first: only a definite article
    -- opens such a role, and the noun phrase costs more)
    local w0 = string.match(A.s, "^%s*(%a+)", ps)
    local f = ps < ss and w0 and A.L.det[names.lc_memo[w0] or lc(w0)] == "def" and first_np(A, ps, pe)
    -- (a demonym's capitals after `the` read as a name are that role:
    -- `The Northern Irishman`)
    if f and f.kind == "name" then
      local dw = string.match(f.text, "(%S+)$")
      local d = A.L.demonym[lc(dw)]
      local art = string.match(sub(A.s, ps, f.s - 1), "^%s*(%a+)%s+$")
      if d and art and A.L.det[lc(art)] == "def" then
        local a0 = skip_spaces(A.s, ps)
        f = { s = a0, e = f.e, kind = "role", head = lc(dw), gender = d, def = "def", text = sub(A.s, a0, f.e - 1),
              demonym = true }
      end
    end
    -- (and a name that opens a clause after a comma and `but`/`maar`
    -- (speech_words.txt's `clause_but`), the sentence's last subject: `The
    -- player remonstrated with team doctor Geoff Davies, but Gatland
    -- backed the decision. "...," he said`)
    -- (a plain search for the comma and the word first: most sentences
    -- hold neither)
    local but_at = ps < ss and find(sub(A.s, ps, pe - 1), ", %l+ %u")
    if but_at then
      local ms = person_mentions(A, ps, pe)
      for i = #ms, 1, -1 do
        local c = ms[i]
        local cw = c.subj and not c.role and string.match(sub(A.s, (c.s - 14 > ps and c.s - 14 or ps), c.s - 1), ",%s+(%a+)%s+$")
        if cw and A.L.sets.clause_but[lc(cw)] and mention_person(A, c) then
          local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
          if e and e.person and e ~= A.exclude and gender_fits(want, e.gender) then
            if want == "m" or want == "f" then e.gender = e.gender or want end
            return e
          end
          break
        end
      end
    end
    if f and f.kind == "role" and f.def == "def" and SETS.one_person[f.gender] and f.s == skip_spaces(A.s, ps)
       and not Analyser.passive_cue_after(A, f.e) then
      -- (a demonym, as news writes it for the one just named, is the
      -- person last named before it, not the last speaker)
      local e
      if f.demonym then
        e = self:recent_person(A, f.s, f.gender, 2, false)
      else
        e = self:resolve(A, f, f.s)
      end
      if e and e.person and e ~= A.exclude and gender_fits(want, e.gender) and is_upper_at(e.canon, 1) then
        if want == "m" or want == "f" then e.gender = e.gender or want end
        return e
      end
    end
  end
  -- (and the speaker a quote's tag named after it in the sentence before,
  -- a verb of quote_tags.txt that makes no cue: `"...", meent Romijn.
  -- "...", zei hij`)
  local l, lp = A.last, A.last_pos
  if l and lp and ss > A.first and lp < ss and l.person ~= false and gender_fits(want, l.gender) and l ~= A.exclude then
    local ps = sentence_of(A, ss - 1)
    -- (the closing mark, its comma and the tag's verb right before the
    -- name)
    local verb = lp >= ps and string.match(sub(A.s, (lp - 40 > ps and lp - 40 or ps), lp - 1),
                                           "[\"'\226][\128]?[\157\153]?,%s+(%l+)%s+$")
    if verb and A.L.tag[verb] then
      if want == "m" or want == "f" then l.gender = l.gender or want end
      return l
    end
    -- (and the last speaker, named by a cue, when the sentence before is
    -- a quote of no cue that goes on from that one's quote of the
    -- paragraph before, its mark reopened: `..., he replied: "Someone
    -- asked ... // "I didn't think ..." // He said he thought ...` is the
    -- one who replied, not a subject named before)
    local q = lp <= ps and l.cued and quote_at(A, skip_spaces(A.s, ps))
    if q and q.prev_part and q.cb >= ss - 4 then
      local k1, k2 = hit_range(A, ps, ss)
      if k2 < k1 and ps > A.first and lp >= sentence_of(A, ps - 1) then
        if want == "m" or want == "f" then l.gender = l.gender or want end
        return l
      end
    end
  end
  -- (a he or she that opens its sentence after one that brings in one
  -- person of that sex, named in full for the first time, and has no
  -- person for its subject: that one, `The plans drew the ire of Labour
  -- candidate Ian Cooper. He tweeted:`)
  -- (not for a cue that goes on from the last speaker, `He added:`,
  -- `Hij voegde eraan toe:`; speech_words.txt's `adding_cue`)
  local ph = A.pron_hit
  if (want == "m" or want == "f") and not (ph and ph.lemma and A.L.sets.adding_cue[ph.lemma]) then
    local c = Analyser.newcomer_object(A, x, want)
    if c then
      local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
      if e and e.person ~= false and gender_fits(want, e.gender) and e ~= A.exclude then
        e.gender = e.gender or want
        return e
      end
    end
  end
  -- the subject of this sentence or of one of the sentences before
  local e = self:recent_person(A, x, want, 5, true)
    or self:recent_person(A, x, want, 4, false)
  if e then
    if want == "m" or want == "f" then e.gender = e.gender or want end
    return e
  end
  local l = A.last
  if l and l.person ~= false and gender_fits(want, l.gender) and l ~= A.exclude then
    if want == "m" or want == "f" then l.gender = l.gender or want end
    return l
  end
  -- (of a sex that fits: `Martha Mutuku` is no `he`)
  local lp = A.last_person
  if lp and lp ~= A.exclude and gender_fits(want, lp.gender) then return lp end
  -- (and further back the last who spoke known to be of that sex, in
  -- the last SEX_SPEAKER_REACH bytes: `Leon Carpenter ... His wife,
  -- Adrena, said ... "...," she said. ... "...," he said` is Carpenter;
  -- not in an interview, whose answers tell of others at length)
  local spoke = (want == "m" or want == "f") and not A.turns and A.person_speakers
  if spoke then
    for i = #spoke, 1, -1 do
      local e2 = spoke[i]
      if (spoke.pos[i] or 0) < x - SEX_SPEAKER_REACH then break end
      if e2.gender == want and e2 ~= A.exclude then return e2 end
    end
  end
  -- nobody else: a one-word name that opens one of the sentences
  -- before, right before a verb (`Jansen was optimistisch. ,,...'', zei
  -- hij`)
  for ms in Analyser.mentions_back(A, x, 3) do
    local canon = one_word_opener(A, ms[1], true)
    -- (not a group's noun with its capital: `Neighbors responded ...`)
    if canon and role_of(A.L, canon) == "g" then canon = nil end
    if canon then
      local e2 = entity(A, canon)
      if e2.person ~= false then
        set_person(A, e2, true)
        if want == "m" or want == "f" then e2.gender = e2.gender or want end
        return e2
      end
    end
  end
  return nil
end

-- is w (lower case) a preposition that opens a phrase a name or noun
-- after it stands in, not the one spoken to's (speech_words.txt's
-- `addressee_prep`: `vraagt ... aan Johan`)?
local function phrase_prep(L, w)
  return L.prep[w] ~= nil and not L.sets.addressee_prep[w]
end

-- what a demonstrative subject means (`Die zegt`): the last name or
-- role noun phrase of the sentence before, or the last speaker
function Analyser:resolve_demonstrative(A, m)
  local s, L = A.s, A.L
  local ss = sentence_of(A, m.s)
  if ss <= A.first then return A.last end
  local ps, pe = sentence_of(A, ss - 1)
  if pe > ss then pe = ss end
  local t = tokens(s, ps, pe)
  local k = #t // 2
  while k >= 1 do
    if not quote_at(A, t[2 * k - 1]) then
      if names.kind(s, t, k, A.g) == "N" then
        local f = names.run_ending(s, t, k, A.g)
        -- (not a place's or a body's name of one word in a phrase: after
        -- a preposition but the addressee's, `de burgemeester van
        -- Valkenburg ... vertelt die`, or after a body's noun, `bij de
        -- gemeente Zwolle`; the phrase's person before it is read on; a
        -- person's name there stays, `ging in gesprek met Els Vermeer`,
        -- and `vraagt de presentator aan Johan` is Johan)
        local pw = f and f > 1 and ltok(s, t, f - 1)
        local one_word = f == k and not A.g.given[ltok(s, t, k)]
        local in_phrase = pw and (one_word and phrase_prep(L, pw) or L.org_kind[pw] or role_of(L, pw) == "g")
        if f and not in_phrase then
          local e = self:resolve(A, mention_name(s, t, f, k), m.s)
          if e and e.person ~= false then return e end
        end
        if f then k = f end
      elseif role_of(L, tok(s, t, k)) and k > 1 and L.det[ltok(s, t, k - 1)]
             and not (k > 2 and phrase_prep(L, ltok(s, t, k - 2)) and role_of(L, tok(s, t, k)) == "g") then
        -- (not a group's noun in a phrase after van/of or another
        -- preposition but the addressee's: `de voorzitter van de
        -- bewonersvereniging`)
        local r = np_ending(A, t, k, 1)
        if r and r.kind == "role" then return self:resolve(A, r, m.s) end
      end
    end
    k = k - 1
  end
  return A.last
end

-- is w (a key) the rest of a title of two words or more that opens with
-- the word first (`rector magnificus`, titles.txt)?
function Analyser.title_rest(g, first, w)
  local multi = g.title_multi and g.title_multi[first]
  if not multi then return false end
  for _, m in ipairs(multi) do
    if m == w or sub(m, 1, #w + 1) == w .. " " then return true end
  end
  return false
end

-- is s[e, b) a minister's portfolios after van/of (`van Financiën`, `van
-- Onderwijs, Cultuur en Wetenschap`), between a title and its name?
function Analyser.portfolio_gap(A, e, b)
  local portfolio = A.g.portfolio
  if not portfolio or b - e > 80 then return false end
  local gap = sub(A.s, e, b - 1)
  local of_word, rest = string.match(gap, "^%s*(%a+)%s+(.-)%s*$")
  if not (of_word == "van" or of_word == "of") or rest == "" then return false end
  for w in string.gmatch(rest, "[^%s,]+") do
    local lw = lc(w)
    if not (portfolio[lw] or lw == "en" or lw == "and" or lw == "&") then return false end
  end
  return true
end

-- Analyser.title_portfolios(A, m) -> true when name mention m opens with
-- a title and a minister's portfolios after van, of, for or voor
-- (`Minister van Justitie en Veiligheid Dilan Yeşilgöz`, `Minister for
-- Agriculture Barry Cowen`), which it then drops: m is the name after
-- them, the title kept as m.title
function Analyser.title_portfolios(A, m)
  local s = A.s
  -- (the title and the preposition read from the text first: most names
  -- with an of or a van are no title's, `Bank of England`, and tokens
  -- cost)
  local w1, w2 = string.match(m.text, "^(%S+)%s+(%a+)%s")
  if not (w2 and names.PORTFOLIO_PREP[w2]) or not names.title_like(A.g, w1) then return false end
  local t = tokens(s, m.s, m.e)
  local n = #t // 2
  if n < 4 or tok(s, t, 2) ~= w2 then return false end
  local x = Analyser.past_portfolios(A, t, 3, n)
  if x == 3 then return false end
  local at = t[2 * x - 1] - m.s + 1
  m.title = sub(m.text, 1, at - 1)
  m.s = m.s + at - 1
  m.text = sub(m.text, at)
  return true
end

-- Analyser.role_of_place(A, text): does text open with a person's role
-- noun and its van/of (`Voorzitter van de KNVB Kees Lichtendahl`), the
-- person's name after the place?
function Analyser.role_of_place(A, text)
  local w1, w2 = string.match(text, "^([%a\128-\255]+) (%l+) ")
  return w1 ~= nil and A.g.sets.complement_of[w2] ~= nil and SETS.one_person[role_of(A.L, w1)] ~= nil
end

-- does the name mention text lose a title or role as its last word before
-- its canonical tail canon? (`Directeur Hans de Boer`)
local function titled_head(A, text, canon)
  local a, b = last_token(text, 1, #text - #canon + 1)
  if not a then return false end
  local w = sub(text, a, b - 1)
  -- (or an office's portfolio after one: `Financiën Sanne de Graaf`)
  return names.title_like(A.g, w) or A.g.portfolio[lc(w)] ~= nil
end

-- where the content [cs, ce) of a cue in a relative clause between
-- commas ends: at the comma that closes the clause, when three words or
-- more stand before it and a word in lower case follows (`Mark Hay, who
-- said the water was warm, left early`)
function Analyser.relative_end(A, cs, ce)
  local s = A.s
  local c = find(s, ",", cs, true)
  if not c or c >= ce or count_words(s, cs, c, 3) < 3 then return ce end
  local nx = skip_spaces(s, c + 1)
  if nx < ce and is_lower_at(s, nx) and not quote_at(A, c) then return c end
  return ce
end

-- where the content [cs, ce) of a cue ends before a second cue its
-- subject goes on with, joined by and/en or but/maar (`said Ilse was the fifth storm
-- and warned that ...`, `zei dat het plan werkt en beloofde dat ...`: the
-- second is a report of its own), when two words or more stand before
-- it and a word or colon after it; else ce
function Analyser.coordinated_cue_end(A, cs, ce)
  local s, L = A.s, A.L
  -- (a plain search for each joining word, with its spaces, in the
  -- content alone: a search in s ran on to the article's end where the
  -- word was not in the content)
  local str = sub(s, cs, ce - 1)
  local cut = ce
  local joiners = SETS.cue_joiners[A.lang] or SETS.cue_joiners["*"]
  for i = 1, #joiners do
    local c = joiners[i]
    local x = 1
    while true do
      local a = rare_find(str, c, x)
      if not a or cs + a - 1 >= cut then break end
      -- (b: where the word after the joiner starts, in s)
      local b = cs + a - 1 + #c
      x = a + #c - 1
      local _, we = find(s, "^%a+", b)
      -- (the second cue reports something: a word or a colon after it,
      -- not a comma, `if anyone came and asked, they should call`)
      local after = we and byte(s, we + 1)
      -- (or any verb that a complementizer follows: `noemt het verbod
      -- ‘betuttelend’ en vreest dat ...`)
      local w2 = we and lc(sub(s, b, we))
      local verb = we and (L.cue[w2] or after == 32 and L.comp[lc(s:match("^%a+", we + 2) or "")] == "drop"
                           and not (L.fw[w2] or L.det[w2] or L.pron[w2] or L.adv[w2] or L.prep[w2])
                           -- (in the shape of a finite verb: English -ed, where -s
                           -- may end a plural noun, `notes and findings that`;
                           -- Dutch -t, -de, -te, -en)
                           and (A.lang == "en" and find(w2, "ed$")
                                or A.lang ~= "en" and (find(w2, "t$") or find(w2, "[dt]e$") or find(w2, "en$"))))
      if we and we < cut and (after == 32 or after == 58) and verb
         and count_words(s, cs, cs + a, 2) >= 2 and not quote_at(A, cs + a) then
        cut = cs + a - 1
        break
      end
    end
  end
  return cut
end

-- are tokens i..j of t words in lower case that may modify a noun: none
-- a function word, preposition, determiner, cue or finite verb
-- (`emergency`, `senior`; not `according to government reports`)
function Analyser.plain_modifiers(A, t, i, j)
  local s, L = A.s, A.L
  for x = i, j do
    local w = word_key(s, t, x)
    if not w or not is_lower_at(s, t[2 * x - 1]) or L.fw[w] or L.prep[w] or L.det[w] or L.cue[w]
       or L.verb_word[w] or L.source[w] or L.neg[w] then
      return false
    end
  end
  return true
end

-- lead_end(A, m) -> the end of the sentence role mention m stands in
-- and its paragraph, when that sentence is the article's lead (the first
-- sentence of its first paragraph, only headings before it, is_heading);
-- else nil
local function lead_end(A, m)
  local s = A.s
  local ss, se, pi = sentence_of(A, m.s)
  if not pi or pi == 0 or skip_spaces(s, A.pstart[pi]) ~= skip_spaces(s, ss) then return nil end
  for j = 1, pi - 1 do
    if not Analyser.is_heading(A, j) then return nil end
  end
  return se, pi
end

-- sentence_after(A, se, pi) -> the bounds of the sentence after the one
-- that ends at se in paragraph pi: in the paragraph, or the next one's
-- first; nil when none
local function sentence_after(A, se, pi)
  local ns = se
  if ns >= A.pend[pi] then
    if not A.pstart[pi + 1] then return nil end
    ns = A.pstart[pi + 1]
  end
  return sentence_of(A, skip_spaces(A.s, ns))
end

-- Analyser:lead_org_named(A, m) -> the organisation whose name opens the
-- sentence after role mention m as its subject, when m stands in the
-- article's lead (lead_end): one word and no given name, or a name the
-- lists read as an organisation's (a person would be named in full); else
-- nil
function Analyser:lead_org_named(A, m)
  local se, pi = lead_end(A, m)
  if not se then return nil end
  local nss, nse = sentence_after(A, se, pi)
  if not nss then return nil end
  local s = A.s
  local c = person_mentions(A, nss, nse)[1]
  if c and c.subj and not c.role and c.s == skip_spaces(s, nss) then
    local canon = Analyser.lead_role_cut(A, names.canonical(A.article, c.text, A.lang))
    if is_org_name(A, canon) or not find(c.text, " ", 1, true) and not A.g.given[lc(c.text)] then
      local e = entity(A, canon)
      if e.person == nil then set_person(A, e, false) end
      if e.person == false then return e end
    end
  end
  return nil
end

-- Analyser:lead_named(A, m) -> the person the sentence after role
-- mention m names first as a subject, when m stands in the article's
-- lead (lead_end), the article names no one with m's role noun
-- (role_person), and that sentence has a cue (an indefinite role: or
-- opens with a full name as its subject); else nil
function Analyser:lead_named(A, m)
  local se, pi = lead_end(A, m)
  if not se then return nil end
  -- (an indefinite role the article gives a named person later is that
  -- person: `A senior judge has lashed out ... // ... said Judge Weir`;
  -- a definite one is read by its role's holders)
  if m.head then
    local p, _, other = role_person(A, m.head, m.s)
    if p and m.def == "indef" then
      local e = entity(A, p)
      set_person(A, e, true)
      return e
    end
    if p or other then return nil end
  end
  return self:named_after_lead(A, m, se, pi, 1)
end

-- Analyser:named_after_lead(A, m, se, pi, n) -> lead_named's person for
-- role mention m, read from the sentence after the one that ends at se
-- in paragraph pi, the n-th sentence after the lead
function Analyser:named_after_lead(A, m, se, pi, n)
  local nss, nse, npi = sentence_after(A, se, pi)
  if not nss then return nil end
  local k1, k2 = hit_range(A, nss, nse)
  if k2 < k1 then
    -- (with no cue there, an indefinite role is the person whose full
    -- name opens that sentence as its subject, of a sex that fits: `A
    -- verbally abusive patient claimed ... // Jonathon Taylor received a
    -- four-month suspended jail term`)
    if m.def ~= "indef" then return nil end
    local c = person_mentions(A, nss, nse)[1]
    if c and c.subj and c.initial and not c.role and find(c.text, " ", 1, true) and mention_person(A, c) then
      local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
      if e and e.person and gender_fits(m.gender, e.gender) then return e end
    end
    return nil
  end
  local ms = person_mentions(A, nss, nse)
  for ix = 1, #ms do
    local c = ms[ix]
    -- (a surname alone after a title is a person's: `Mr Justice Weir
    -- criticised ...`)
    local titled = c.pw and A.g.titles[names.lc_memo[c.pw] or lc(c.pw)]
    if c.subj and not c.role and (titled or mention_person(A, c)) then
      -- (not one a role noun of another office names: `..., the minister
      -- replied. // Labour leader Keir Starmer called ...`)
      -- (and so the role noun an appositive's name follows: `The
      -- teenager's mother, Lisa Brown, said` is no `the 15-year-old`)
      -- (a relation's noun that an owner's possessive holds: whose it
      -- is, someone else)
      local pw = c.pw
      if not pw then
        local before = sub(A.s, (c.s - 40 > 1 and c.s - 40 or 1), c.s - 1)
        local owner, noun = string.match(before, "(%a+)%s+(%a+),%s*$")
        if not (owner and A.L.det_owner[lc(owner)]) then
          noun = string.match(before, "['\226\128\153]s%s+(%a+),%s*$") or string.match(before, "\226\128\153s%s+(%a+),%s*$")
        end
        pw = noun
      end
      -- (an office of `elected_office` for the lead's role, before the
      -- name another office; any for a relation: nouns of one office
      -- the lists do not join are many, `the chief executive` and `Boss
      -- Jane Smith`)
      -- (and so an elected office before the name for any other role:
      -- `vertelt een omwonende. Wethouder Turksma bevestigde ...`)
      if pw and m.head and (pw ~= c.pw or A.L.sets.elected_office[m.head] or A.L.sets.elected_office[lc(pw)])
         and Analyser.other_office_word(A.L, m.head, pw) then
        return nil
      end
      local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
      if e and titled and e.person == nil then set_person(A, e, true) end
      if e and e.person then return e end
      return nil
    end
  end
  -- (or the name its cue's tag gives, the sentence opening with what was
  -- said: `..., a top minister said. // The government wants ..., Vivian
  -- Balakrishnan, the minister in charge of ..., said in an interview`)
  local h = A.hits[k1]
  analyse_cue(A, h)
  local sm = h.subj
  if sm and sm.kind == "name" and find(sm.text, " ", 1, true) then
    local e = self:resolve(A, sm, sm.s)
    if e and e.person then return e end
    -- (an organisation's cue between the lead and the name: the sentence
    -- after it, twice at most, for an indefinite role: `A union leader
    -- said ... // Silentnight Holdings Plc told staff ... // Gary Baker,
    -- GMB organiser, said`)
    if e and e.person == false and m.def == "indef" and n < 3 then
      return self:named_after_lead(A, m, nse, npi, n + 1)
    end
  end
  -- (a headline's role that the lead's cue gives its subject again is
  -- whom the lead's role is: `..., admits new leader // ..., the local
  -- authority's new leader has admitted. // Cathy Scott warned`)
  -- (and so a headline's bare role, no article before it, that the
  -- lead's cue gives another person's role with an indefinite article:
  -- `Sheffield Hospitals chief executive says targets "incredibly
  -- challenging" // A Sheffield NHS Trust leader has said ... // Kirsten
  -- Major, Chief Executive of ..., said`)
  if sm and sm.kind == "role" and sm.s > m.e and Analyser.in_heading(A, m.s)
     and (sm.head == m.head or m.def == nil and sm.def == "indef" and SETS.one_person[sm.gender]
                               and SETS.one_person[m.gender] and gender_fits(m.gender, sm.gender)) then
    return self:lead_named(A, sm)
  end
  return nil
end

-- Analyser.in_heading(A, x): does position x stand in a paragraph that
-- is a heading (Analyser.is_heading: the headline, a subheading)?
function Analyser.in_heading(A, x)
  local _, _, pi = sentence_of(A, x)
  return pi ~= nil and pi > 0 and Analyser.is_heading(A, pi)
end

-- bracketed_name(A, body, before) -> the canonical name of the one
-- person the article names, before byte `before`, with body's name in
-- brackets after the name, or nil when none or more than one
local function bracketed_name(A, body, before)
  local s, g, found = A.s, A.g, nil
  local init = 1
  while true do
    local a, b = find(s, body .. ")", init, true)
    if not a or a >= before then break end
    init = b + 1
    -- (the bracket opens right before the body's name or its article)
    local open = string.match(sub(s, (a - 6 > 1 and a - 6 or 1), a - 1), "()%(%a*%s?$")
    if open then
      local p = (a - 6 > 1 and a - 6 or 1) + open - 1
      local t = tokens(s, (p - 60 > 1 and p - 60 or 1), p)
      local n = #t // 2
      local f = n >= 1 and names.kind(s, t, n, g) == "N" and names.run_ending(s, t, n, g)
      if f and f < n then
        local name = names.canonical(A.article, sub(s, t[2 * f - 1], t[2 * n] - 1), A.lang)
        if found and found ~= name then return nil end
        found = name
      end
    end
  end
  return found
end

-- Analyser.serves_other(text, canon, L): do role phrase text and the
-- canonical form of an unnamed speaker (a determiner in lower case first)
-- each name whom the role serves, after van/of, and name different ones,
-- neither the start of the other nor ending in the same word (`de
-- advocate van E.E.`, `de advocaat van het slachtoffer`)? With the
-- language's lists L, a definite noun of an organisation's kind
-- (organisation_kinds.txt) after the mention's van/of points back to the
-- body named, no other (`de advocaat van het COA ... de advocaat van de
-- organisatie`).
function Analyser.serves_other(text, canon, L)
  if not find(canon, "^%l+ ") then return false end
  local o1 = string.match(text, "%s[Vv]an%s+(.+)$") or string.match(text, "%s[Oo]f%s+(.+)$")
  local o2 = o1 and (string.match(canon, "%s[Vv]an%s+(.+)$") or string.match(canon, "%s[Oo]f%s+(.+)$"))
  if not o2 then return false end
  o1, o2 = lc(o1), lc(o2)
  local det, kind = string.match(o1, "^(%l+) (%l+)$")
  if kind and L and L.org_kind[kind] and L.det[det] == "def" then return false end
  -- (the same noun last is the same owner, its determiner aside: `the
  -- father of one of those victims ... the father of one of the victims`)
  if string.match(o1, "(%S+)$") == string.match(o2, "(%S+)$") then return false end
  return sub(o1, 1, #o2) ~= o2 and sub(o2, 1, #o1) ~= o1
end

-- Analyser.bracketed_member(A, m) -> bracketed_name for the party or
-- body that role mention m's van-phrase names (`gemeenteraadslid Stéphan
-- Bourlau (Het Alternatief) ... licht de voorman van het Alternatief
-- toe`)
function Analyser.bracketed_member(A, m)
  local body = string.match(m.text, "%s[Vv]an%s+%l%l%l?%s+(%u[%w&%-\128-\255]*)$")
               or string.match(m.text, "%s[Vv]an%s+(%u[%w&%-\128-\255]*)$")
  if not body or #body < 2 then return nil end
  return bracketed_name(A, body, m.s)
end

-- other_person_between(A, a, b, canon): is a person other than canon
-- named in s[a, b)?
local function other_person_between(A, a, b, canon)
  if b <= a then return false end
  local ms = person_mentions(A, a, b)
  for i = 1, #ms do
    local c = ms[i]
    if not c.role and mention_person(A, c) and mention_canon(A, c) ~= canon then return true end
  end
  return false
end

-- Analyser.party_member(A, m) -> the canonical name of the one person
-- the article calls a member of the party that opens role mention m's
-- compound, Dutch `CDA'er Pieter Omtzigt` for `het CDA-Kamerlid` (the
-- party's name and `'er` or `’er` before a name of two words or more,
-- before m), else the one the article names with the party in brackets
-- after the name (`Wopke Hoekstra (CDA) ... zei de CDA-leider`); nil
-- when none or more than one
-- (or a compound of the party's name and a person's role noun before the
-- name: `CNV-onderhandelaar Arjan Huizinga ... De CNV'er stelt`)
local PARTY_MEMBER_MARKS = { "'er ", "\226\128\153er ", "-" }
function Analyser.party_member(A, m)
  if A.lang ~= "nl" or not SETS.one_person[m.gender] then return nil end
  local party = string.match(m.text, "(%u[%w&]*)%-[%a\128-\255]+$")
                -- (or the member's noun itself: `de VVD'er`)
                -- (a party's name may hold an ampersand: `de CD&V'er`)
                -- (and a woman's noun in -ster: `de CDA'ster`)
                or string.match(m.text, "(%u[%w&]*)'s?t?er$") or string.match(m.text, "(%u[%w&]*)\226\128\153s?t?er$")
  if not party then return Analyser.bracketed_member(A, m) end
  local found = Analyser.party_member_of(A, m, party)
  -- (a party's initials for the name the article writes in full, its
  -- capitals: `de GL-leider` after `GroenLinks-leider Jesse Klaver`)
  if not found and find(party, "^%u%u+$") then
    local full = Analyser.capitals_word(A, party, m.s)
    if full then found = Analyser.party_member_of(A, m, full) end
  end
  return found or #party >= 2 and bracketed_name(A, party, m.s) or nil
end

-- Analyser.capitals_word(A, caps, x) -> the one word before x in mixed
-- case whose capitals are caps (`GroenLinks` for GL, `ChristenUnie` for
-- CU), else nil
function Analyser.capitals_word(A, caps, x)
  local found
  for w in string.gmatch(sub(A.s, A.first, x - 1), "%f[%a](%u%l+%u[%a]*)") do
    if string.gsub(w, "%U", "") == caps then
      if found and found ~= w then return nil end
      found = w
    end
  end
  return found
end

-- (party_member's search: the one person the article names after party
-- and a member's mark or a role's compound, before m)
function Analyser.party_member_of(A, m, party)
  local s, g, found = A.s, A.g, nil
  for _, mark in ipairs(PARTY_MEMBER_MARKS) do
    local init = 1
    while true do
      local a, b = find(s, party .. mark, init, true)
      if not a or a >= m.s then break end
      init = b
      local c = a > 1 and byte(s, a - 1) or 32
      local from = b + 1
      if mark == "-" then
        -- (the role noun after the hyphen, then the name)
        local r, re = string.match(s, "^([%a\128-\255]+)%s+()%u", from)
        from = r and SETS.one_person[role_of(A.L, lc(r))] and re or nil
      end
      if from and not (c >= 65 and c <= 90 or c >= 97 and c <= 122 or c >= 128) then
        local t = tokens(s, from, (#s + 1 < from + 60 and #s + 1 or from + 60))
        local last = #t >= 4 and names.kind(s, t, 1, g) == "N" and names.run_starting(s, t, 1, g)
        if last and last >= 2 then
          local name = names.canonical(A.article, sub(s, t[1], t[2 * last] - 1), A.lang)
          -- (a role's compound names the member only when no other
          -- person is named between it and m: `PSV-trainer Peter Bosz zag
          -- hoe Luuk de Jong scoorde. ... zei de PSV'er` is no coach)
          if mark == "-" and other_person_between(A, t[2 * last], m.s, name) then name = nil end
          if found and name and found ~= name then return nil end
          found = found or name
        end
      end
    end
  end
  return found
end

-- Analyser.last_named_holder(A, list, x, mod, deputy) -> of the people
-- role_places' list gives the role before x (with modifier mod and as a
-- deputy or not, as role_person reads them) and names in full, the
-- canonical name of the one the text names last before x, as the
-- subject that opens a sentence or anywhere in x's own sentence, no
-- earlier than the start of the paragraph before x's; nil when none is
function Analyser.last_named_holder(A, list, x, mod, deputy)
  local s = A.s
  local own, _, pi = sentence_of(A, x)
  local lo = pi and A.pstart[pi > 1 and pi - 1 or pi] or A.first
  local best, best_at = nil, 0
  for i = 1, #list do
    local p = list[i]
    local c = p[1] < x and not (mod and p[3] and p[3] ~= mod) and (p[4] or false) == (deputy or false)
              and names.canonical(A.article, p[2], A.lang) or ""
    -- (a person the article names in full: not a headline's word after
    -- a role, `Trainer Cambuur: ...`, the club's name)
    local surname = string.match(c, "^%S.* (%S+)$")
    if surname then
      for at in names.whole_words(s, surname) do
        if at >= x then break end
        -- (as the subject that opens its sentence, its full name or its
        -- surname alone, no owner's: not `The board thanked Hughes`, nor
        -- `Graham's union will ballot`)
        -- (past one adverb or conjunction that opens it: `Ook Kuijpers
        -- noemde ...`, `But Smith said`)
        local opens = skip_spaces(s, (sentence_of(A, at)))
        local w1, w1e = string.match(s, "^(%a+)%s+()", opens)
        if w1 and w1e <= at and (A.L.adv[lc(w1)] or A.L.sets.coord[lc(w1)]) then opens = w1e end
        -- (or anywhere in x's own sentence: `minister Stefano Patuanelli
        -- sent a letter ..., but the minister said`)
        local from = at - #c + #surname
        if at >= lo and at > best_at and byte(s, at + #surname) == 32
           and (at >= own or opens == at or from >= 1 and opens == from and sub(s, from, at - 1) == sub(c, 1, -#surname - 1)) then
          best, best_at = c, at
        end
      end
    end
  end
  return best and Analyser.lead_role_cut(A, names.affiliation_cut(best, A.g))
end

-- the person the sentence before x's is about, when x's sentence opens
-- with a quote (or, with or_x, with x) and both stand in one paragraph
-- (or that sentence ends the paragraph before, which x's opens): the
-- name that is its subject, or a demonym's or an age's role there,
-- resolved (`Vlietstra zelf kon het nauwelijks geloven. ,,...'', zegt de
-- aanvaller`; `Ramon Sinkeldam werd derde. De wielrenner liet weten
-- ...`), or nil
function Analyser:prev_subject_person(A, x, or_x)
  local ss, _, pi = sentence_of(A, x)
  local ns = skip_spaces(A.s, ss)
  local q = quote_at(A, ns)
  local quoted = q and q.oa == ns
  if not (quoted or or_x and ns == x) then return nil end
  local m0 = Analyser.prev_sentence_person(A, x)
  -- (a he/she that opens that sentence: whom it means, `Hij krijgt die
  -- door zijn beleid. “...”, zegt de Mechelse burgemeester`)
  if m0 and m0.kind == "pron" and quoted and skip_spaces(A.s, (sentence_of(A, m0.s))) == m0.s then
    local e = self:resolve(A, m0, m0.s)
    return e and e.person and e or nil
  end
  -- (a name, or a role of where someone is from or their age, which
  -- points back itself: `De 33-jarige Brit was dolgelukkig. ,,...'', zei
  -- de winnaar`)
  if not (m0 and (m0.kind == "name" or m0.kind == "role" and m0.head
                  and (A.L.demonym[m0.head] or Analyser.age_noun(m0.head)))) then
    return nil
  end
  local ss0, _, pi0 = sentence_of(A, m0.s)
  -- (or the paragraph before's last, when x's sentence opens its own)
  if pi0 ~= pi and not (pi0 == pi - 1 and skip_spaces(A.s, A.pstart[pi]) == ns) then return nil end
  -- (a role that opens its sentence means the name that opened the one
  -- before: not `The move was met with what WalesOnline called ...`)
  if not quoted and skip_spaces(A.s, ss0) ~= m0.s then return nil end
  -- (a demonym there is a role, the person it points back to: `Williams
  -- nam alle tijd. De 33-jarige Brit was dolgelukkig. ,,...'', zei de
  -- winnaar`; `De Argentijn zei ... De 24-jarige zei`)
  local lw = lc(m0.text:match("(%S+)$"))
  local dem = A.L.demonym[lw]
  if dem then
    m0 = { s = m0.s, e = m0.e, text = m0.text, kind = "role", head = lw, gender = dem, def = "def" }
  end
  local e = self:resolve(A, m0, m0.s)
  -- (not one the quote that opens x's sentence names: `Topper Benjamin
  -- Lutun is verhuisd. “Benjamin komt één keer per week”, zegt de nieuwe
  -- T1`)
  if e and quoted and Analyser.names_in_quote(A, q, e) then return nil end
  return e and e.person and e or nil
end

-- Analyser.plural_of(w, head): is word w (lower case) the plural of role
-- noun head, or a compound's that ends in it (`fracties`, `-en`, `-n`)?
function Analyser.plural_of(w, head)
  if #w <= #head then return false end
  return sub(w, -#head - 1) == head .. "s" or sub(w, -#head - 2) == head .. "en"
         or sub(w, -#head - 1) == head .. "n"
end

-- remember_indef(A, key, e): e is whom an indefinite role with noun key
-- brought in (`een woordvoerster`, `a top minister`), whom a later
-- definite noun of it means (A.indef, made when first written)
local function remember_indef(A, key, e)
  local indef = A.indef
  if not indef then
    indef = {}
    A.indef = indef
  end
  indef[key] = e
end

-- Analyser.going_on_before(A, m): is mention m after its cue, that cue a
-- verb of going on (speech_words.txt's `continuation_cue`: `vervolgde de
-- renner`, `continued the rider`)?
function Analyser.going_on_before(A, m)
  if m.how ~= "after" or not m.s or m.s < 3 then return false end
  local w = names.letters_before_space(A.s, (m.s - 24 > 1 and m.s - 24 or 1), m.s - 1)
  local lemma = w and A.L.cue[lc(w)]
  return lemma ~= nil and A.L.sets.continuation_cue[lemma] ~= nil
end

-- Analyser.of_name_after(A, e) -> ` van NAME` / ` of NAME` when position
-- e is followed by van/of and a run of up to four capitalised words (a
-- surname's initial with its period the last: `van Nabil B.`), the run
-- ending before punctuation other than that period, a word in lower case
-- or the end; else nil
function Analyser.of_name_after(A, e)
  local s = A.s
  local of, p = string.match(s, "^ ([VvOo][af]n?) ()%u", e)
  if not (of and A.L.sets.complement_of[lc(of)]) then return nil end
  local last
  for _ = 1, 4 do
    local we = string.match(s, "^%u[%w\128-\255'%-]*()", p)
    if not we then break end
    last = we
    -- (an initial's period: `B.` before a space and a word in lower case
    -- or the end)
    if we == p + 1 and byte(s, we) == 46 then
      last = we + 1
      break
    end
    local nx = string.match(s, "^ ()%u", we)
    if not nx then break end
    p = nx
  end
  if not last then return nil end
  local c = byte(s, last)
  if c and not (c == 32 or c == 44 or c == 46 or c == 10 or c == 58 or c == 59 or c == 33 or c == 63) then return nil end
  return sub(s, e, last - 1)
end

-- Analyser.first_full_phrase(A, head, x) -> the phrase of the first
-- definite mention of role noun head that starts before position x, in lower
-- case from its article: the article, the adjectives, numbers and ages
-- between (up to three), the noun, its complement (role_complement) and
-- a relative clause up to the next comma or stop (up to fifteen words);
-- nil when the noun stands after no definite article there
function Analyser.first_full_phrase(A, head, x)
  local s, L = A.s, A.L
  for at in Analyser.whole_words(s, head) do
    if at >= x then break end
    local e = at + #head
    -- back over up to three words in lower case (or numbers) to the
    -- article
    local p, start = at, nil
    for _ = 1, 4 do
      local w0, _, w = find(sub(s, (p - 40 > 1 and p - 40 or 1), p - 1), "([^%s]+)%s+$")
      if not w0 then break end
      local wstart = (p - 40 > 1 and p - 40 or 1) + w0 - 1
      local lw = lc(w)
      if L.det[lw] == "def" and not L.pron[lw] then start = wstart break end
      if not (is_lower_at(s, wstart) or find(w, "^%d")) or L.fw[lw] or L.prep[lw] or L.cue[lw]
         or L.verb_word[lw] or L.det[lw] or find(w, "[%p]$") then
        break
      end
      p = wstart
    end
    if start then
      local det = string.match(sub(s, start, e - 1), "^%S+")
      local comp = Analyser.role_complement(A, e, head, true)
      -- (or a name after van/of, whose the role is: `de trainer van KFC`,
      -- `De nieuwe advocaat van Nabil B.`)
      if comp == "" then comp = Analyser.of_name_after(A, e) or "" end
      local phrase = lc(det) .. sub(s, start + #det, e - 1) .. comp
      local pe = start + #phrase
      -- (a relative clause after it, to the next comma or stop)
      local rel = string.match(s, "^ (%l+) ", pe)
      if rel and L.sets.relative[rel] and Analyser.relative_fits(A, phrase, rel, pe + #rel + 1) then
        local stop = find(s, "[,.;:!?\n\"]", pe)
        -- (or to the main clause's cue after the clause's verb)
        if stop then stop = Analyser.clause_end_before_cue(A, pe + #rel + 2, stop, pe) end
        if stop then stop = Analyser.verb_final_end(A, pe + #rel + 2, stop, pe) end
        if stop and count_words(s, pe, stop, 16) <= 15 then phrase = phrase .. sub(s, pe, stop - 1) end
      end
      return (phrase:gsub("%s+", " "))
    end
  end
  return nil
end

local resolve_mention

-- Analyser.named_next(self, A, m) -> the person a cue of the next
-- sentence (the next paragraph's first, past a paragraph's end) names
-- by a full name the article writes nowhere before m: the holder that
-- a definite role of one person's office with no holder before it
-- (known by its phrase) introduced, as news names someone a sentence
-- after bringing them in by their office (`The head of emergencies at
-- the World Health Organization is hailing "good news" ... // "...,"
-- Dr. Michael Ryan told reporters`); else nil. Not one with an office
-- of their own that is no office alike, `Opposition leader John Smith
-- said` after `The minister said`.
function Analyser.named_next(self, A, m)
  local s = A.s
  local _, se = sentence_of(A, m.s)
  if se > #s then return nil end
  local ns, ne = sentence_of(A, skip_spaces(s, se))
  if ns <= m.s then return nil end
  local k1, k2 = hit_range(A, ns, ne)
  for k = k1, k2 do
    local h = analyse_cue(A, A.hits[k])
    local hm = h.subj
    if hm and hm.kind == "name" and find(hm.text, " ", 1, true) and Analyser.given_first(A, hm.text) then
      local canon = names.canonical(A.article, hm.text, A.lang)
      local last = string.match(canon, "(%S+)$")
      -- (nowhere before m: its surname first written after it)
      if find(s, last, 1, true) < m.s then return nil end
      local pw = names.letters_before_space(s, (hm.s - 30 > 1 and hm.s - 30 or 1), hm.s - 1)
      local pr = pw and role_of(A.L, pw)
      if pr and not Analyser.alike_roles(A.L, m.head)[lc(pw)] then return nil end
      return self:resolve_hit(A, h)
    end
    if hm then return nil end
  end
  return nil
end

-- Analyser.office_of_body(A, text): does role phrase text end in an
-- organisation's name after a short preposition and perhaps an article
-- (`the head of emergencies at the World Health Organization`; not a
-- street's, `de bewoner van de Lindelaan`)? (The preposition is read as
-- a word of the letters of of/at/for/van/bij, so `in`, `on` and `to`
-- pass as well.)
function Analyser.office_of_body(A, text)
  local body = string.match(text, " [ofatrvnbij]+ the (%u.*)$") or string.match(text, " [ofatrvnbij]+ de[nr]? (%u.*)$")
               or string.match(text, " [ofatrvnbij]+ het (%u.*)$") or string.match(text, " [ofatrvnbij]+ (%u.*)$")
  return body ~= nil and is_org_name(A, body)
end

-- Analyser:resolve(A, m, x) -> the entity mention m (at x) names, or nil.
-- A person's definite role that found someone is kept by its noun
-- (A.role_bound): the same noun later, with nothing else to go on, is
-- that person, not whoever spoke last (`zei de renner van Sunweb` is
-- Kelderman; after Hindley spoke, `De renner die volgend jaar voor Bora
-- rijdt, hield de kritiek voor zich. "..."` is still Kelderman), also
-- when the noun first found the last speaker (`... Syed Asad Raza told
-- Dawn. The senior officer added ... Her father alleged ... "...," said
-- the senior officer` is Raza, not the father)
function Analyser:resolve(A, m, x)
  local e = resolve_mention(self, A, m, x)
  -- (a source's name before a noun of data: analyse_cue's body_noun)
  if e and m.body_noun and e.person ~= false then set_person(A, e, false) end
  -- (a definite role of an office one person holds, of a body its
  -- phrase names or an elected one (`speech_words.txt`'s
  -- `elected_office`), that no holder named before resolves: the one the
  -- next sentence names, Analyser.named_next)
  if e and m.kind == "role" and m.def == "def" and m.head and m.s and SETS.one_person[m.gender]
     and e.canon and is_lower_at(e.canon, 1)
     and (A.L.sets.elected_office[m.head] or Analyser.office_of_body(A, e.canon)) then
    local e2 = Analyser.named_next(self, A, m)
    if e2 and e2.person then e = e2 end
  end
  -- (a role whose noun a party's or club's name opens, `de NSC-leider`,
  -- is no one the article gives another party or club: the person
  -- before them who has none, `GroenLinks-PvdA-Kamerlid Luc Stultiens
  -- wilde weten of Omtzigt ... "...", reageerde de NSC-leider` is
  -- Omtzigt)
  if e and e.person and m.kind == "role" and m.text and A.lang == "nl" then
    local party = string.match(m.text, "(%u[%w]*)%-%l[%l\128-\255]*$")
    if party and Analyser.other_affiliation(A, e.canon, party) then
      local saved = A.exclude
      A.exclude = e
      local e2 = self:recent_person(A, m.s, "p", 3, false)
      A.exclude = saved
      if e2 and e2.person and not Analyser.other_affiliation(A, e2.canon, party) then e = e2 end
    end
  end
  if e and e.person and m.kind == "role" and m.head
     and (REFERS_BACK[m.def] or m.def == "poss" and proper_owner(m)) and SETS.one_person[m.gender] then
    local bound = A.role_bound
    if not bound then
      bound = {}
      A.role_bound = bound
    end
    bound[m.head] = e
  end
  return e
end

-- Analyser.other_affiliation(A, canon, party) -> does the article give
-- the person of canonical name canon a party or club other than party:
-- a capitalised word and a hyphen or `'er` right before the surname's
-- full name (`Ajax-spits Brian Brobbey`, `CDA'er Pieter Omtzigt`, past a
-- role word), or a capitalised word in brackets right after it (`Thom
-- van Campen (VVD)`)?
function Analyser.other_affiliation(A, canon, party)
  local s = A.s
  for p in Analyser.whole_words(s, canon) do
    local before = sub(s, (p - 40 > 1 and p - 40 or 1), p - 1)
    -- (no common noun's front, a role's or its genitive: `Raads-nestor
    -- Koos Voogt` names no party `Raads`; `Feyenoord-legende` does)
    local front = string.match(before, "(%u[%w]*)%-%l[%l\128-\255]*%s+$")
    -- (and so before a role written with its capital: `GroenLinks-PvdA-
    -- Kamerlid Luc Stultiens`)
    if not front then
      local f2, tail = string.match(before, "(%u[%w]*)%-(%u[%l\128-\255]+)%s+$")
      if f2 and A.L.role[lc(tail)] then front = f2 end
    end
    if front then
      local lf = lc(front)
      if A.L.role[lf] or byte(lf, -1) == 115 and A.L.role[sub(lf, 1, -2)] then front = nil end
    end
    front = front or string.match(before, "(%u[%w]*)['\226]\128?\153?er%s+$")
    if front and front ~= party then return true end
    local br = string.match(s, "^%s*%((%u[%w%-]*)%)", p + #canon)
    if br and br ~= party then return true end
  end
  return false
end

-- Analyser.whose_owner(A, x) -> the canonical name that a relative word
-- of `possessive_relative` right before x refers to, the name right
-- before its comma (`Ruth Perry, whose family`), or nil
function Analyser.whose_owner(A, x)
  local s = A.s
  local rw = names.letters_before_space(s, (x - 12 > 1 and x - 12 or 1), x - 1)
  if not (rw and A.L.sets.possessive_relative[lc(rw)]) then return nil end
  local p = space_back(s, x, 1) - #rw
  p = space_back(s, p, 1)
  if byte(s, p - 1) ~= 44 then return nil end
  local t = tokens(s, (p - 80 > 1 and p - 80 or 1), p - 1)
  local n = #t // 2
  if n < 1 or names.kind(s, t, n, A.g) ~= "N" then return nil end
  local f = names.run_ending(s, t, n, A.g) or n
  -- (not a name an of-phrase holds: `The parents of Harry Dunn, whose
  -- spokesman said` is the parents')
  if f > 1 and (ltok(s, t, f - 1) == "of" or ltok(s, t, f - 1) == "van") then return nil end
  local name = sub(s, t[2 * f - 1], t[2 * n] - 1)
  local canon = names.canonical(A.article, name, A.lang)
  if not (Analyser.given_first(A, canon) or find(canon, " ", 1, true)) then return nil end
  return canon
end

-- Analyser.compound_role(A, tail, d, at, e, how) -> the role mention
-- s[at, e) that determiner d opens and a hyphen's compound ends, whose
-- tail in lower case is a person's role noun (`de Denk
-- Dilbeek-lijsttrekker`, `de Game of Thrones-actrice`); nil when tail is
-- no such role or d no determiner (resolve_mention's two readings)
function Analyser.compound_role(A, tail, d, at, e, how)
  local r, key = role_of(A.L, tail)
  local def = A.L.det[lc(d)]
  if not (r and SETS.one_person[r] and def) then return nil end
  return { s = at, e = e, kind = "role", head = key, gender = r, def = def, text = sub(A.s, at, e - 1), how = how }
end

-- Analyser.initials_title_holder(A, abbr, x) -> the canonical name of the
-- person the article names before x right after capitalised title words
-- whose initials (each part of a hyphenated word too; `of`, `for`, `the`,
-- `and` passed) are abbr or begin with it (`Cabinet Secretary Fred
-- Matiang'i` for CS, `Inspector-General of Police Japhet Koome` for IG);
-- nil when none or more than one
function Analyser.initials_title_holder(A, abbr, x)
  -- (found once per article and initials, over the whole text: the
  -- holder and where that title stands; `the BBC`, `the US` are asked
  -- often)
  local memo = A.initials_memo
  if not memo then memo = {} A.initials_memo = memo end
  local hit = memo[abbr]
  if hit == nil then
    hit = Analyser.initials_title_scan(A, abbr) or false
    memo[abbr] = hit
  end
  if hit and hit[2] < x then return hit[1] end
  return nil
end

-- (initials_title_holder's scan: {canonical name, title's position}, or
-- nil when none or more than one)
function Analyser.initials_title_scan(A, abbr)
  local s, g = A.s, A.g
  -- (a plain search for a capitalised word with the first letter first)
  if not find(s, "%f[%a]" .. sub(abbr, 1, 1) .. "%l", A.first) then return nil end
  local t = tokens(s, A.first, #s + 1)
  local n = #t // 2
  local found, at
  local first = sub(abbr, 1, 1)
  for k = 1, n - 2 do
    if byte(s, t[2 * k - 1]) == byte(first) and is_upper_at(s, t[2 * k - 1]) then
      local got, j = "", k
      while j <= n and #got < #abbr + 1 do
        local w = tok(s, t, j)
        local lw = lc(w)
        if lw == "of" or lw == "for" or lw == "the" or lw == "and" then
          j = j + 1
        elseif is_upper_at(w, 1) and not is_punct_tok(s, t, j) then
          for part in string.gmatch(w, "[^%-]+") do got = got .. sub(part, 1, 1) end
          j = j + 1
          if #got >= #abbr and sub(got, 1, #abbr) == abbr then break end
        else
          break
        end
      end
      if sub(got, 1, #abbr) == abbr and j <= n then
        -- (the rest of a longer title's words: `Inspector-General of
        -- Police` for IG)
        while j <= n and (names.kind(s, t, j, g) == "T" or lc(tok(s, t, j)) == "of") do j = j + 1 end
        if j <= n and names.kind(s, t, j, g) == "N" then
          local l = names.run_starting(s, t, j, g)
          local name = l and sub(s, t[2 * j - 1], t[2 * l] - 1)
          if name and (l > j or g.given[lc(name)]) and (g.given[lc(tok(s, t, j))] or l > j) then
            local c = names.canonical(A.article, name, A.lang)
            if found and found ~= c then return nil end
            found, at = c, at or t[2 * k - 1]
          end
        end
      end
    end
  end
  return found and { found, at } or nil
end

resolve_mention = function(self, A, m, x)
  if not m then return nil end
  local s = A.s
  -- (a group's role noun that also names a person's trade, a relative
  -- pronoun only a person takes after it and its comma, is a person's:
  -- `The logistics operator, who helps to build Nimrod planes, said`;
  -- speech_words.txt's `person_or_body`, `person_relative`)
  if m.kind == "role" and m.gender == "g" and m.e and m.def == "def" and A.L.sets.person_or_body[m.head or ""]
     and Analyser.person_relative_after(A, m.e) then
    local m2 = {}
    for k, v in pairs(m) do m2[k] = v end
    m2.gender = "p"
    m = m2
  end
  -- (a role's phrase less a phrase of manner after it, which says how,
  -- not which: `The statement in full reads:` is the statement;
  -- speech_words.txt's `manner_phrase`)
  if m.kind == "role" and m.text and m.e then
    local base, tail = string.match(m.text, "^(.-) (%l+ %l+)$")
    if tail and Analyser.phrase_set(A.L, "manner_phrase")[tail] then
      local m2 = {}
      for k, v in pairs(m) do m2[k] = v end
      m2.text, m2.e = base, m.e - #tail - 1
      -- (the noun before it is the head: `statement`, not `full`)
      local hw = lc(string.match(base, "(%a+)$") or "")
      local r, key = role_of(A.L, hw)
      if r then m2.head, m2.gender = key or hw, r end
      return self:resolve(A, m2, x)
    end
  end
  -- (a person's role noun alone with its capital, after a title and a
  -- determiner, is that role, no name: `the Chief Registrar noted` is
  -- the registrar the article named, `The Chief Registrar of the Lagos
  -- State Judiciary, Mrs Taiwo Olatokun`)
  -- (a word in capitals is an acronym, a body's: `volgens de ING`)
  if m.kind == "name" and m.s and m.text and not find(m.text, " ", 1, true) and is_upper_at(m.text, 1)
     and find(m.text, "^.%l") and not A.g.given[lc(m.text)] then
    local r, key = role_of(A.L, m.text)
    if SETS.one_person[r] then
      local lb = names.letters_before_space
      local t1 = lb(s, (m.s - 30 > 1 and m.s - 30 or 1), m.s - 1)
      local x1 = t1 and m.s - 1 - #t1 - 1
      local d = t1 and A.L.det[lc(t1)]
      if not d and t1 and names.title_like(A.g, t1) and x1 > 1 then
        local t2 = lb(s, (x1 - 30 > 1 and x1 - 30 or 1), x1)
        d = t2 and A.L.det[lc(t2)]
        if d then t1 = t2 .. " " .. t1 end
      end
      if d == "def" then
        local start = m.s - #t1 - 1
        return self:resolve(A, { s = start, e = m.e, kind = "role", head = key, gender = r, def = d,
                                 text = sub(s, start, m.e - 1), how = m.how }, x)
      end
    end
  end
  -- (a name right after a family's noun and its determiner is the
  -- family's, no person's: `laat de familie Jansen weten` is de familie
  -- Jansen, not Piet Jansen named before; speech_words.txt's
  -- `kin_group`)
  -- (the word before read back by names.letters_before_space, no
  -- pattern tried at every byte: most names follow no family's noun)
  local kin = m.kind == "name" and m.s and m.text and m.s > 4 and A.L.sets.kin_group
  local k = kin and byte(s, m.s - 1) == 32 and names.letters_before_space(s, (m.s - 12 > 1 and m.s - 12 or 1), m.s - 1)
  if k and kin[lc(k)] then
    local x = m.s - 2 - #k
    local d = byte(s, x) == 32 and names.letters_before_space(s, (x - 8 > 1 and x - 8 or 1), x)
    -- (unless the article names the family's members together, whom the
    -- family's noun then means: `Marcel en Ellen van der Klauw ...
    -- vertelt de familie Van der Klauw`)
    if d and A.L.det[lc(d)] == "def" then
      local c = Analyser.couple_before(A, m.s)
      if c and lc(sub(c.text, -#m.text)) == lc(m.text) then d = nil end
    end
    if d and A.L.det[lc(d)] == "def" then
      local e = entity(A, lc(d) .. " " .. k .. " " .. m.text)
      set_person(A, e, false)
      return e
    end
  end
  -- (and the family's noun alone with its determiner is the last family
  -- so named before it: `Volgens de familie Jansen ... "...", zegt de
  -- familie`)
  if m.kind == "role" and m.def == "def" and m.head and m.s and m.text and not find(m.text, "^%S+ %S+ ") then
    local kin = A.L.sets.kin_group
    -- (not after a couple's names joined by and/en, whom it means then:
    -- read below)
    if kin and kin[m.head] and not Analyser.couple_before(A, m.s) then
      -- (the noun's places before m by a plain search, each read around:
      -- a pattern tried at every byte of the text cost en +3% a byte)
      local last_d, last_n
      local at = find(s, " " .. m.head .. " ", 1, true)
      while at and at < m.s do
        local d = names.letters_before_space(s, (at - 8 > 1 and at - 8 or 1), at)
        local name, rest = string.match(s, "^(%u[%a\128-\255'%-]*)( ?%u?[%a\128-\255'%-]*)", at + #m.head + 2)
        if d and name and A.L.det[lc(d)] == "def" then
          -- (a surname's particle takes the next word: `het gezin De Vries`)
          last_d, last_n = d, (A.g.particles[lc(name)] and rest ~= "" and find(rest, "^ %u")) and name .. rest or name
        end
        at = find(s, " " .. m.head .. " ", at + 1, true)
      end
      if last_n then
        local e = entity(A, lc(last_d) .. " " .. m.head .. " " .. last_n)
        set_person(A, e, false)
        return e
      end
    end
  end
  -- (a role noun right after a relative word of whose is the one of the
  -- name before that word's comma: `Ruth Perry, whose family said` is
  -- Ruth Perry's family; speech_words.txt's `possessive_relative`)
  if m.kind == "role" and not m.def and m.s > 4 then
    local own = Analyser.whose_owner(A, m.s)
    if own then
      -- (the possessive's apostrophe as the article writes them)
      local apo = find(s, "\226\128\153s ", 1, true) and "\226\128\153s " or "'s "
      local txt = A.lang == "en" and own .. apo .. m.text or (m.text .. " van " .. own)
      local e = entity(A, txt)
      set_person(A, e, SETS.one_person[m.gender] ~= nil)
      return e
    end
  end
  -- (a title's word alone, capitalised, that ends a full name the
  -- article gives after a given name: the surname, `Al Lord, a financial
  -- expert, says ... "...," Lord said`)
  if m.kind == "role" and m.text and is_upper_at(m.text, 1) and not find(m.text, " ", 1, true)
     and A.g.titles[lc(m.text)] then
    for p in Analyser.whole_words(s, m.text) do
      local given = names.letters_before_space(s, (p - 20 > 1 and p - 20 or 1), p - 1)
      if given and is_upper_at(given, 1) and A.g.given[lc(given)] then
        local full = given .. " " .. m.text
        return self:resolve(A, { s = m.s, e = m.e, kind = "name", text = full, how = m.how }, x)
      end
    end
  end
  -- (a person's role whose relative clause gives the name the person
  -- goes by: `One bystander, who gave her name only as Paula, said` is
  -- Paula; `a resident who identified himself only as Tom`)
  -- (and so its participle's clause between commas, the name whole:
  -- `One of the affected traders, identified simply as Iya Akande, broke
  -- down in tears. She lamented`)
  if m.kind == "role" and m.e and SETS.one_person[m.gender] and A.lang == "en" then
    local clause, at, nm, nx = string.match(s, "^,?%s+who%s+([^,.;:\n]-)%f[%a]as%s+()(%u[%w\128-\255'%-]*)()", m.e)
    -- (the clause inside the mention itself, its commas left out: `One of
    -- the traders who identified himself as Bayo Owosanmi said`)
    if not clause and m.s and find(m.text, " who ", 1, true) then
      local c2, rel = string.match(m.text, "^.- who%s+([^,.;:\n]-)%f[%a]as%s+()%u[%w\128-\255'%- ]*$")
      if c2 then
        clause, at, nm = c2, m.s + rel - 1, sub(m.text, rel)
        -- (the capitalised words only, up to a word in lower case: `who
        -- identified himself as Tom from the market said` is Tom)
        nm = string.match(nm, "^(.-) %l") or nm
        nx = at + #nm
      end
    end
    if not clause then
      clause, at, nm, nx = string.match(s, "^,%s+(%l[^,.;:\n]-)%f[%a]as%s+()(%u[%w\128-\255'%-]*)()", m.e)
      -- (a name of its own up to its comma: the words after it too)
      local e = nx
      for _ = 1, 3 do
        local ne = nm and string.match(s, "^%s+%u[%w\128-\255'%-]*()", e)
        if not ne then break end
        e = ne
      end
      if nm and byte(s, e) == 44 then nm, nx = sub(s, at, e - 1), e else clause = nil end
    end
    -- (past an honorific before it: `who wanted to be known as Miss Lim`)
    if clause and A.g.titles[lc(nm)] then
      local a2, nm2 = string.match(s, "^%s+()(%u[%w\128-\255'%-]*)", nx)
      if nm2 then at, nm = a2, nm2 end
    end
    if clause and (find(clause, "name", 1, true) or find(clause, "identif", 1, true) or find(clause, "known", 1, true))
       and #clause <= 60 then
      return self:resolve(A, { s = at, e = at + #nm, kind = "name", text = nm, how = m.how }, x)
    end
  end
  -- (a newspaper's noun with its definite article, `the paper`, `de
  -- krant`, speech_words.txt's `press_noun`: the newspaper named last
  -- before it, `the Belfast Telegraph visited four venues ... which the
  -- paper said`)
  if m.kind == "role" and m.head and m.def == "def" and A.L.sets.press_noun[m.head] then
    local c = Analyser.press_before(A, m.s)
    if c then return self:resolve(A, c, c.s) end
  end
  -- (`die laatste`, `the latter`: the person last named before it)
  if m.text and #m.text <= 20 and Analyser.is_latter(A, m.text) then
    local c = Analyser.latter_person(A, m.s)
    if c then return self:resolve(A, c, c.s) end
  end
  -- (and so with a group's noun after it: the name last named before,
  -- a body's, `... festivals Lowlands, DGTL, Best Kept Secret en
  -- Strafwerk. Die laatste organisatie laat weten`)
  if m.kind == "role" and m.gender == "g" and m.text and #m.text <= 40 then
    local w1, w2 = string.match(m.text, "^(%S+) (%S+) %S+$")
    if w1 and (Analyser.is_latter(A, w1 .. " " .. w2) or Analyser.is_latter(A, w1)) then
      local c = Analyser.latter_person(A, m.s, true)
      if c then return self:resolve(A, c, c.s) end
    end
  end
  -- (every possessive ends in `s`: the pattern is tried only then)
  if (m.kind == "name" or m.kind == "role") and #m.text > 3 and byte(m.text, -1) == 115 then
    -- a possessive names its owner: `a statement released by Erdogan's
    -- office`, `The WHO's website said` (the mention without its 's)
    local cut = names.possessive_len(m.text)
    -- (Dutch and German write a name's genitive with a bare s before the
    -- noun it owns: `De Bucks baan`, where the article names Jeroen de
    -- Buck, and never the name with its s alone)
    if cut == 0 and m.kind == "name" and A.lang ~= "en" and A.lang ~= nil and find(s, "^%s+%l", m.e) then
      local base = sub(m.text, 1, -2)
      local full = names.canonical(A.article, base, A.lang)
      if full ~= base and names.fuller_form(lc(full), lc(base)) and names.canonical(A.article, m.text, A.lang) == m.text then
        cut = 1
      end
    end
    if cut > 0 then
      m.e = m.e - cut
      m.text = sub(m.text, 1, -cut - 1)
    end
  end
  if m.coord then return self:resolve_coordinated(A, m) end
  -- a town's man after a determiner and an age or adjective is someone
  -- the article knows by that phrase, no name: `De 34-jarige Utrechter
  -- werd aangehouden. ... zei de man` (townsman)
  -- (and so is `De` and a town's man alone, as a sentence opens with
  -- him: `De Emmenaar kijkt met vertrouwen uit`, as `zegt de
  -- Barnevelder` reads)
  if m.kind == "name" and A.lang == "nl" and (byte(m.text, 1) == 68 or byte(m.text, 1) == 100) then
    local w = string.match(m.text, "^[Dd]e (%u[%l\128-\255]+)$")
    if w and Analyser.townsman(A, w, true) then
      local p = Analyser.town_person(A, w, m.s)
      if p then return self:resolve(A, p, p.s) end
      m = { s = m.s, e = m.e, kind = "role", head = lc(w), gender = "m", def = "def", text = m.text, how = m.how }
    end
  end
  -- (a role's noun with its capital after `De` is a surname with its
  -- particle, where the article gives the full name: `vertelt De Koning`
  -- after `Jacco de Koning`, no king)
  if m.kind == "role" and A.lang == "nl" and (byte(m.text, 1) == 68 or byte(m.text, 1) == 100)
     and find(m.text, "^[Dd]e %u[%l\128-\255]+$") then
    local full = names.canonical(A.article, m.text, A.lang)
    if full ~= m.text and A.g.given[lc(string.match(full, "^%S+"))] and sub(lc(full), -#m.text) == lc(m.text) then
      return self:resolve(A, { s = m.s, e = m.e, kind = "name", text = m.text, how = m.how }, x)
    end
  end
  -- (a party's member, the party's name and `'er` after `de`, is the
  -- one the article calls a member of that party, `Kamerlid Thom van
  -- Campen (VVD) ... aldus de VVD'er` (party_member); with no such one it
  -- stays the phrase, no one nearby: `de PSV'er` after an Ajax player)
  if m.kind == "name" and A.lang == "nl" then
    local party = member_noun_party(m.text)
    local p = party and Analyser.party_member(A, { s = m.s, e = m.e, kind = "role", gender = "p", text = m.text })
    if p then return self:resolve(A, { s = m.s, e = m.e, kind = "name", text = p, how = m.how }, x) end
    -- (with no member named, the person the sentence before is about,
    -- whom the article gives no other party or club: `Ook Arjan Kleuver
    -- uit de Utrechtse gemeenteraad denkt ... De D66'er hoopt`; not `de
    -- PSV'er` after `Ajax-spits Brian Brobbey`, nor after `Thom van
    -- Campen (VVD)`)
    if party then
      -- (nor one who spoke last, whom a member's noun after a cue would
      -- not name again, `"...", zei Berghuis. "...", aldus de PSV'er`;
      -- nor one another person's name follows: `PSV-trainer Peter
      -- Bosz zag hoe Luuk de Jong scoorde. '...', zei de PSV'er`)
      local e0 = self:recent_person(A, m.s, "p", 3, true)
      if e0 and e0.person and (e0 ~= A.last or m.how ~= "after") and not Analyser.other_affiliation(A, e0.canon, party) then
        local sur = string.match(e0.canon, "(%S+)$")
        local pos
        for p0 in Analyser.whole_words(s, sur) do
          if p0 >= m.s then break end
          pos = p0
        end
        if pos and not other_person_between(A, pos + #sur, m.s, e0.canon) then return e0 end
      end
    end
  end
  -- (a role whose noun is a town's man, with its age or adjective, is
  -- the person the article placed in that town by name: `Jan Jansen (34)
  -- uit Amsterdam ... De 34-jarige Amsterdammer zei`)
  if m.kind == "role" and A.lang == "nl" and m.def == "def" then
    local w = string.match(m.text, " (%u[%l\128-\255]+)$")
    local p = w and #w >= 7 and Analyser.town_person(A, w, m.s)
    if p then return self:resolve(A, p, p.s) end
  end
  -- (a demonym after a definite determiner and an age or adjective is
  -- the demonym's role, which points back to a person the article names:
  -- `Oscar Riesebeek won. Het betekende de eerste zege voor de 29-jarige
  -- Nederlander`; with no one to point to, the phrase below knows him)
  if m.kind == "name" and A.lang == "nl" and A.L.demonym[lc(m.text)] then
    local d = string.match(sub(A.s, (m.s > 40 and m.s - 40 or 1), m.s - 1), "(%a+) [%d%l][%w%-\128-\255]* $")
    if d and A.L.det[lc(d)] == "def" then
      local r = { s = m.s, e = m.e, kind = "role", head = lc(m.text), gender = A.L.demonym[lc(m.text)],
                  def = "def", text = m.text, how = m.how }
      local e = resolve_mention(self, A, r, x)
      if e and e.person and e.canon ~= m.text then return e end
    end
  end
  if m.kind == "name" then
    local text = Analyser.town_phrase(A, m.s, m.text)
    if text then
      local p = Analyser.town_person(A, m.text, m.s)
      if p then return self:resolve(A, p, p.s) end
      local e = entity(A, text)
      e.role_head = e.role_head or lc(m.text)
      if not e.gender then e.gender = "m" end
      set_person(A, e, true)
      return e
    end
  end
  -- a given name, a surname and a person's role with its capital, no
  -- determiner, the appositive's commas left out, is that person:
  -- `"...?" Charles Gichira Chairman of Nairobi County Association posed`
  if m.kind == "role" and not m.def and SETS.one_person[m.gender] then
    local name, role = string.match(m.text, "^(%u[%l\128-\255]+ %u[%w\128-\255%-]+) (%u%a+)")
    -- (or a title in capitals after any two names, a post-nominal: `Sam
    -- Rowlands MS said`)
    if name and (A.g.given[lc(string.match(name, "^%S+"))] and role_of(A.L, role)
                 or find(role, "^%u%u+$") and A.g.titles[lc(role)]) then
      return self:resolve(A, { s = m.s, e = m.s + #name, kind = "name", text = name, how = m.how }, x)
    end
  end
  -- (a role a relative clause tells apart is someone new: analyse_cue)
  if m.restricted then
    local e = Analyser.role_entity(A, m)
    -- (whom a later definite noun of it means: `De buurman`)
    if m.head then remember_indef(A, m.head, e) end
    return e
  end
  -- (a document on a page or account is its owner's: platform_owner)
  if m.kind == "role" and m.gender == "x" then m = Analyser.platform_owner(A, m) or m end
  -- (a thing owned by a possessive of one sex speaks for its owner, the
  -- person that pronoun means: `Zijn oproep: "..."`, `His statement said`)
  if m.kind == "role" and m.gender == "x" and m.def == "poss" then
    local sex = A.L.det_owner[lc(string.match(m.text, "^%S+") or "")]
    if sex == "m" or sex == "f" then
      local e = self:recent_person(A, m.s, sex, 3, true) or self:recent_person(A, m.s, sex, 3, false)
      if e then return e end
    end
    -- (a tag's possessive with no one of its sex in reach: read as the
    -- pronoun it stands for, `... tegen de verdachte. Die ontkent alles.
    -- "...", was zijn verklaring`; else no one)
    if m.owner_only then
      if sex ~= "m" and sex ~= "f" then return nil end
      local poss = string.match(m.text, "^%S+")
      return self:resolve_pronoun(A, { s = m.s, e = m.s + #poss, kind = "pron", text = poss, gender = sex, how = "after" }, x)
    end
  end
  -- a couple's noun with its definite article: the names joined by
  -- and/en that opened an earlier sentence (`Marcel en Ellen van der
  -- Klauw, eigenaren van de winkel, ... Het echtpaar wil ...`)
  if m.kind == "role" and REFERS_BACK[m.def] and m.head and A.L.sets.couple_noun[m.head] then
    local c = Analyser.couple_before(A, m.s)
    if c then return self:resolve_coordinated(A, c) end
  end
  -- (and so the surname they share after such a noun: `vertelt de
  -- familie Van der Klauw`)
  if m.kind == "name" and m.s > 2 and Analyser.has_couple_noun(A) then
    local pa, pb = last_token(s, (m.s - 24 > 1 and m.s - 24 or 1), m.s)
    if pa and A.L.sets.couple_noun[lc(sub(s, pa, pb - 1))] then
      local c = Analyser.couple_before(A, m.s)
      if c and lc(sub(c.text, -#m.text)) == lc(m.text) then return self:resolve_coordinated(A, c) end
    end
  end
  -- a person's role noun alone with its capital, as a sentence opens
  -- with it, before its of-phrase, is that role (`Head of operations Bob
  -- Toomey has apologised for the incident saying:`, as `Director of
  -- operations ...` reads)
  if m.kind == "name" and not find(m.text, "[%s%-]") and (find(s, "^ of ", m.e) or find(s, "^ van ", m.e)) then
    local r = capital_role(A.L, m)
    if r and SETS.one_person[r.gender] then
      r.how = m.how
      m = r
    end
  end
  -- a person's role noun with its capital before a body's name, as a
  -- headline's label writes it, is that body's holder of the role
  -- (`Voorzitter Hengelose IJsclub: '...'` is the chairman the article
  -- names, `Voorzitter Bob Groenewoud van de Hengelose IJsclub`): the role
  -- (role_person), the whole label where the article names no one so
  if m.kind == "name" and byte(s, m.e) == 58 then
    local rw, rest = string.match(m.text, "^(%u[%l\128-\255]+) (%u.+)$")
    local r = rw and capital_role(A.L, { s = m.s, e = m.s + #rw, text = rw })
    -- (only where the article ties the body to the role, its name after
    -- the noun and a name within the clause or glued to it: `Voorzitter
    -- Just Spee van de KNVB`, `KNVB-voorzitter`; not `Voorzitter Jan Kooi
    -- van amateurclub VV Hoogland`)
    if r and SETS.one_person[r.gender] and (names.is_acronym(rest) or is_org_name(A, rest))
       and Analyser.role_tied_to_body(A, rw, rest, m.e) then
      r.e, r.text, r.def, r.how = m.e, m.text, "def", m.how
      m = r
    end
  end
  -- a group's role noun alone that opens its sentence with its capital
  -- is the group, as in lower case: `Researchers said` (the researchers;
  -- not a word the article writes with its capital inside a sentence
  -- too, a name: `Democrats said`, `... as the Democrats`)
  -- (a plural's ending: -s, and in Dutch and German -n too, `Getuigen
  -- zeggen`)
  local last_b = m.kind == "name" and byte(m.text, -1)
  if last_b and not find(m.text, "[%s%-]") and (last_b == 115 or last_b == 110 and A.lang ~= "en") then
    local r = capital_role(A.L, m)
    if r and r.gender == "g" and skip_spaces(s, (sentence_of(A, m.s))) == m.s then
      if not written_inside(s, m.text) then m = r end
    end
  end
  -- (and so a person's role noun alone that opens its sentence as its
  -- subject, as a headline's copy writes it with no article: `Singer has
  -- said she hopes ...` is the singer the article calls `the singer`
  -- elsewhere, no one called Singer; not a title before a name, nor a
  -- word the article writes with its capital inside a sentence, `Mayor
  -- Adams`, nor a surname the article gives after a capitalised word,
  -- an initial or a title, `James A. Baker ... Baker said`, `Gov. Baker`,
  -- `Ms. Singer`)
  -- (the role list asked first: most names are no role noun, and the
  -- sentence's start costs a search)
  local opener_role = m.kind == "name" and m.how == "before" and A.lang == "en" and not find(m.text, "[%s%-]")
                      and capital_role(A.L, m)
  if opener_role and SETS.one_person[opener_role.gender] and find(s, "^%s+%l", m.e)
     and skip_spaces(s, (sentence_of(A, m.s))) == m.s then
    if not A.g.titles[lc(m.text)] and not written_inside(s, m.text) and Analyser.written_as(A, "lower", m.text) then
      local surname = false
      for p in Analyser.whole_words(s, m.text) do
        if p ~= m.s and find(sub(s, (p - 24 > 1 and p - 24 or 1), p - 1), "%u[%w\128-\255]*%.?%s+$") then
          surname = true
          break
        end
      end
      if not surname then
        opener_role.def = "def"
        opener_role.how = m.how
        m = opener_role
      end
    end
  end
  -- (and a person's role noun alone before a colon that opens the
  -- headline, the label of the quote after it: `Museumdirecteur: ‘Alsof
  -- we voor het eerst open gaan’` is the director the article names,
  -- `Arnoud Odding, directeur van Rijksmuseum Twenthe`, as `de
  -- museumdirecteur` would be; not a title before a name, nor a word the
  -- article writes with its capital inside a sentence)
  if m.kind == "name" and byte(s, m.e) == 58 and not find(m.text, "[%s%-]") and Analyser.headline_line(A) == m.s then
    local r = capital_role(A.L, m)
    if r and SETS.one_person[r.gender] and not A.g.titles[lc(m.text)] and not written_inside(s, m.text) then
      r.def, r.how = "def", m.how
      m = r
    end
  end
  -- a title and a minister's portfolios before the name are no part of
  -- it: `Minister van Onderwijs Karin Vermeulen zegt` (a role's phrase
  -- that runs into the name is the name)
  -- (`Minister for Agriculture Barry Cowen`, `Minister of Health Jane
  -- Doe` too; title_portfolios reads the second word first)
  if (m.kind == "name" or m.kind == "role") and A.g.portfolio and Analyser.title_portfolios(A, m) then
    m.kind = "name"
  end
  -- a determiner, a name of more words and a person's role glued to it
  -- by a hyphen is that role (`Volgens de Vlaams Belang-voorzitter`, as
  -- `de PSV-voorzitter` reads)
  -- (a plain search for the hyphen first: most names have none)
  if m.kind == "name" and find(m.text, "-", 1, true) then
    local d, tail = string.match(m.text, "^(%a+) %u.* %u[^%s]*%-(%l[%l\128-\255]+)$")
    local r, key = nil, nil
    if d and A.L.det[lc(d)] then r, key = role_of(A.L, tail) end
    if r and SETS.one_person[r] then
      m = { s = m.s, e = m.e, kind = "role", head = key, gender = r, def = A.L.det[lc(d)], text = m.text, how = m.how }
    end
  end
  -- a role's phrase that ends in a body's possessive and a person's name
  -- of two words or three, a given name of the list first, is that
  -- person, the phrase's comma left out (`the Chairperson of the Public
  -- Accounts Committee Fianna Fáil’s Sean Fleming said`)
  if m.kind == "role" and (find(m.text, "'s ", 1, true) or find(m.text, "\226\128\153s ", 1, true)) then
    local at, nm = string.match(m.text, "['\226][\128]?[\153]?s ()(%u[%l\128-\255%-]+ %u[%a\128-\255'%-]+)$")
    if not nm then
      at, nm = string.match(m.text, "['\226][\128]?[\153]?s ()(%u[%l\128-\255%-]+ %u[%a\128-\255'%-]+ %u[%a\128-\255'%-]+)$")
    end
    if nm and A.g.given[lc(string.match(nm, "^%S+"))] then
      m = { s = m.s + at - 1, e = m.e, kind = "name", text = nm, how = m.how }
    end
  end
  -- (and so a hyphen's compound alone whose tail is a person's role,
  -- after a determiner and the body's first words that the mention left
  -- out: `aldus de Denk Dilbeek-lijsttrekker`)
  if m.kind == "name" and not find(m.text, " ", 1, true) and find(m.text, "-", 1, true) and m.s > 4 then
    local tail = string.match(m.text, "^%u[^%s]*%-(%l[%l\128-\255]+)$")
    if tail and SETS.one_person[role_of(A.L, tail)] then
      local before = sub(s, (m.s - 40 > 1 and m.s - 40 or 1), m.s - 1)
      local ds, d = string.match(before, "()(%a+) %u[%w\128-\255]* $")
      if not ds then ds, d = string.match(before, "()(%a+) %u[%w\128-\255]* %u[%w\128-\255]* $") end
      m = d and Analyser.compound_role(A, tail, d, m.s - #before + ds - 1, m.e, m.how) or m
    end
  end
  -- (and a name the mention cut at a joining word in lower case before
  -- such a compound, the rest of a title's or body's name: `zegt de Game
  -- of Thrones-actrice`, whose mention was `de Game`; the word of three
  -- letters at most, of the name's own language as often as not: `of`,
  -- `van`, `the`)
  if m.kind == "name" and m.e and string.match(s, "^ %l%l?%l? ", m.e) then
    -- (up to four words on: joining words and capitalised ones)
    local x, tail, ce = m.e, nil, nil
    for _ = 1, 4 do
      tail, ce = string.match(s, "^ %u[%w\128-\255]*%-(%l[%l\128-\255]+)()", x)
      if tail then break end
      x = string.match(s, "^ %l%l?%l?()", x) or string.match(s, "^ %u[%w\128-\255]*()", x)
      if not x or is_word_at(s, x) then break end
    end
    local d = tail and not is_word_at(s, ce) and string.match(m.text, "^(%a+) ")
    m = d and Analyser.compound_role(A, tail, d, m.s, ce, m.how) or m
  end
  if m.kind == "name" and find(m.text, " van ", 1, true) and A.g.portfolio then
    -- a minister's portfolios after the name are no part of it:
    -- `Minister Hermans van Infrastructuur liet weten` (`portfolios.txt`)
    local head, tail = m.text:match("^(%u.-%S)%s+van%s+(%u.*)$")
    local all = head ~= nil
    for w in (tail or ""):gmatch("[^%s,]+") do
      if not (A.g.portfolio[lc(w)] or A.L.sets.conjunction[lc(w)]) then all = false break end
    end
    if all then
      m.e = m.s + #head
      m.text = head
    end
  end
  -- (and so is a body after `van`/`of` when the name before it is the
  -- surname of a person already known by a fuller form: `zei ceo Resi
  -- Becker van Essent ... zei Becker van Essent` is Resi Becker)
  if m.kind == "name" and (find(m.text, " van ", 1, true) or find(m.text, " of ", 1, true)) then
    local head = m.text:match("^(%u%S*) van %u") or m.text:match("^(%u%S*) of %u")
    local full = head and names.canonical(A.article, head, A.lang)
    local known = full and full ~= head and A.entities[full]
    if known and known.person and Analyser.fuller_form(full, head) then
      m = { s = m.s, e = m.s + #head, kind = "name", text = head, how = m.how, title = m.title }
    end
  end
  -- (one word and a title that follows a name after a determiner: the
  -- seat's place and its role, `According to the Nsawam-Adoagyiri MP`)
  if m.kind == "name" then
    local place, title = string.match(m.text, "^(%u%S*) (%u%u+)$")
    local det = place and string.match(sub(s, (m.s - 6 > 1 and m.s - 6 or 1), m.s - 1), "(%a+)%s+$")
    if det and A.g.after[lc(title)] and role_of(A.L, title) and A.L.det[lc(det)] == "def" then
      local ds = m.s - 1
      while ds > 1 and byte(s, ds) == 32 do ds = ds - 1 end
      ds = ds - #det + 1
      m = { s = ds, e = m.e, kind = "role", head = lc(title), gender = role_of(A.L, title), def = "def",
            text = sub(s, ds, m.e - 1), how = m.how }
    end
  end
  if m.kind == "name" then
    local canon = Analyser.lead_role_cut(A, names.canonical(A.article, Analyser.lead_role_cut(A, m.text), A.lang))
    if #canon < #m.text and is_upper_at(m.text, 1) and find(m.text, "%s%l+%s")
       and (find(canon, "^%l") or sub(m.text, -#canon) == canon and not titled_head(A, m.text, canon)
                                  and not names.body_lead(m.text, names.tokens(m.text), A.g))
       and Analyser.lead_role_cut(A, m.text) == m.text and not Analyser.role_of_place(A, m.text)
       and names.adjective_lead_cut(A.g, m.text, A.s) == m.text then
      -- an organisation's name with an inner `on`/`for` is its own
      -- fullest form (the name index cuts it there): `United States
      -- Commission on International Religious Freedom`; not a person's
      -- name with a particle after a title or role, which the canonical
      -- form drops (`Directeur Hans de Boer`, `ING-topman Steven van
      -- Rijswijk`, `Politiechef van Midden-Nederland Martin Sitalsing`)
      canon = m.text
    end
    if m.cut and #canon > #m.text and sub(canon, -#m.text) == m.text
       and sub(s, m.s - (#canon - #m.text), m.s - 1) == sub(canon, 1, #canon - #m.text) then
      -- the fuller form is the run the name was cut from (person_tail)
      canon = m.text
    end
    -- (a relative named by a kin noun and a given name alone, of the
    -- sex of the title before the surname: Analyser.kin_titled_canon)
    if m.s and canon ~= m.text and not find(m.text, " ", 1, true) then
      canon = Analyser.kin_titled_canon(A, m.s, m.text, canon)
    end
    if common_word_mention(A, m) then return nil end
    -- (an office's initials after `the` are the one the article names
    -- with that office's words, a title before the name: `the CS` after
    -- `Interior Cabinet Secretary Fred Matiang'i`, `the IG` after
    -- `Inspector-General of Police Japhet Koome`)
    if m.s and canon == m.text and find(m.text, "^%u%u%u?%u?$")
       and find(sub(s, (m.s - 4 > 1 and m.s - 4 or 1), m.s - 1), "[Tt]he%s$") then
      local holder = Analyser.initials_title_holder(A, m.text, m.s)
      if holder then canon = holder end
    end
    -- (a surname alone that two full names share is the last speaker's,
    -- when it is one of them and opens with a given name, of the list or
    -- a word the article writes with its capital inside a sentence:
    -- `Erik en Barbara van der Heijden ... aldus Erik van der Heijden.
    -- ... volgens Van der Heijden` is Erik, `de eigenaren Johnnie en
    -- Mieke ...` alike; not `Angry Outa accused ...`)
    -- (a surname alone that two full names share, each with a given
    -- name of the list, is the one written last before it, when no one
    -- spoke yet: `Directeuren Vincent Kristen en ... ,,...'', aldus
    -- Kristen` before `oud-directeur Anton Kristen` is Vincent Kristen)
    -- (and so, with a speaker before, when the nearest full form stands
    -- after that speaker spoke: `Cindi Robinson ... In late January,
    -- Tamine Robinson and her daughter moved ... "...," Robinson said` is
    -- Tamine)
    local near_after_last = false
    -- (a title before the surname that one of its full forms has too
    -- names that one: `Judge Olann Kelleher ... Sgt. John Kelleher ...
    -- Sgt. Kelleher said` is John Kelleher, whoever spoke last)
    local titled = m.title and not find(m.text, " ", 1, true) and Analyser.titled_full_form(A, m.text, m.title)
    if titled then
      canon, near_after_last = titled, true
    elseif not find(m.text, " ", 1, true) and Analyser.surname_of(canon, m.text) then
      local near, near_at = Analyser.nearest_full_form(A, m.text, m.s)
      if near and not A.last then
        if near ~= canon then canon = near end
      -- (the full form's place before the mention's sentence's start: a
      -- sentence_of of a place far back would cost the sentence kept)
      elseif near and A.last_pos and near_at > A.last_pos and near_at < sentence_of(A, m.s) then
        canon, near_after_last = near, true
      end
    end
    local last = A.last
    if last and not near_after_last and last.person and last.canon ~= canon and Analyser.surname_of(canon, m.text)
       and Analyser.surname_of(last.canon, m.text)
       and (Analyser.given_first(A, last.canon)
            or written_inside(s, string.match(last.canon, "^(%u[%l\128-\255]+) %S") or "\0")) then
      canon = last.canon
    end
    -- (a name the article writes once more with one capitalised word
    -- after it, one such longer name only, no person's given name first:
    -- its fullest form, `CNV noemt` after `CNV Vakmensen`, `Castle Rock
    -- sought` after `Castle Rock Apartments`)
    if canon == m.text then canon = Analyser.name_extension(A, canon) or canon end
    canon = with_the(A, canon)
    canon = Analyser.with_of(A, m, canon)
    local art = #canon - #m.text
    if art > 0 and art <= 4 and m.s > art and Analyser.NAME_ARTICLE[sub(canon, 1, art)]
       and sub(canon, art + 1) == m.text and sub(s, m.s - art, m.s - 1) == sub(canon, 1, art) then
      -- the mention holds the name's article too
      m.s = m.s - art
      m.text = sub(s, m.s, m.e - 1)
    end
    -- (a title of one sex: the mention's own, or its first word)
    local title = m.title and rtrim(m.title) or m.text:match("^(%u%a*%.?) %u")
    local tg = title and A.g.titles[lc(title)]
    -- (a title of one sex before a surname is no fuller form's whose
    -- given name is of the other: `tributes to Mrs Kiss` after `Tony
    -- Kiss's wife Michelle` is not Tony Kiss)
    local gs = (tg == "m" or tg == "f") and canon ~= m.text and Analyser.given_first(A, canon)
    -- (unless the article's titles before the surname with its particles
    -- give the fuller form that sex, over the list's: `Phil Ní Sheaghdha
    -- ... Ms Ní Sheaghdha`, Phil a woman's name too)
    if gs and gs ~= tg and Analyser.surname_title_sex(A, canon) == tg then gs = tg end
    if gs and gs ~= tg then
      local own = names.strip_titles(m.text, A.lang, A.g)
      if own ~= "" then canon = own end
    end
    -- (and a surname two full names share, one with a given name of the
    -- other sex: the other name, `Mrs Kensett` after `Jay Kensett` and
    -- `Kim Kensett`)
    if (tg == "m" or tg == "f") and m.title and canon == m.text and not find(canon, " ", 1, true) then
      canon = Analyser.sexed_full_form(A, canon, tg) or canon
    end
    local e = entity(A, canon)
    -- (a name glued by its hyphen to a group's noun names the group, its
    -- name no person's: `De Vooruit-oppositie vindt`, `de PVV-fractie`)
    if e.person == nil and byte(s, m.e) == 45 then
      local tail = string.match(s, "^%-(%l[%l\128-\255]+)", m.e)
      if tail and role_of(A.L, tail) == "g" then
        set_person(A, e, false)
        e.group = true
      end
    end
    if e.person == nil then
      if m.title or (m.role_gender and m.role_gender ~= "g" and m.role_gender ~= "x") then
        set_person(A, e, true)
      elseif find(canon, " ", 1, true) or canon:find("%s") then
        local p = looks_personal(A, canon, m.text)
        -- (a speech cue's subject of a given name and one more word that
        -- an organisation's or a street's word spells is a person, the
        -- word a surname: `Alexander Bridge told`, `Stuart Hall said`)
        if not p and m.how and Analyser.given_first(A, canon) and not find(canon, " .* ")
           and not is_org_name(A, string.match(canon, "^%S+")) then
          p = true
        end
        set_person(A, e, p)
      elseif not is_org_name(A, canon) and canon:find("%l") and m.how then
        -- a one-word speaker of a speech cue: a person, unless the role
        -- list reads the word as a group or a thing, or the cue is a
        -- plural (`Experts warn`, `Deskundigen waarschuwen`, `Omwonenden
        -- zeggen`: no later `the minister` is them)
        -- (and an acronym's plural is a group: `Some of the OCSs ...
        -- said`, no he)
        local r = role_of(A.L, canon)
        if r == "g" or r == "x" or m.plural or find(canon, "^%u%u+s$") then
          set_person(A, e, false)
          e.group = r ~= "x" or nil
        else
          set_person(A, e, true)
        end
      end
    end
    if m.role_gender and m.role_gender ~= "p" and m.role_gender ~= "g" and m.role_gender ~= "x" then
      e.gender = e.gender or m.role_gender
    end
    if tg == "m" or tg == "f" then
      if Analyser.other_sex(e, tg) then
        -- a fuller form that the other sex's title already took is
        -- another person's: `Mrs Hall` after `Tony Hall ... Mr Hall`
        -- is no Tony Hall (the name as written, less its title)
        local own = names.strip_titles(m.text, A.lang, A.g)
        if own ~= canon and own ~= "" then
          e = entity(A, own)
          if e.person == nil then set_person(A, e, true) end
        end
      end
      e.gender = e.gender or tg
    end
    return e
  elseif m.kind == "pron" then
    local e = self:resolve_pronoun(A, m, x)
    -- (a third person in an interview's answer is never the one who
    -- answers, who says `I`: the next fitting one is; A.exclude is the
    -- one passed over, the outer one's again after a resolution inside)
    if e and A.turns and m.gender ~= "1" and m.gender ~= "2" and m.gender ~= "n" then
      local own = Analyser.answerer(self, A, m.s)
      if own == e then
        local outer = A.exclude
        A.exclude = e
        e = self:resolve_pronoun(A, m, x)
        A.exclude = outer
        if e == own then e = nil end
      end
    end
    -- (nor the one the cue right after it speaks to, a definite role or
    -- a name: `"...," he told the Mullingar man` after `A man who
    -- appeared on a bench warrant inspired the judge to comment`)
    if e and (m.gender == "m" or m.gender == "f") and A.exclude == nil then
      local o = Analyser.addressee_after(A, m.e)
      if o and self:resolve(A, o, o.s) == e then
        A.exclude = e
        local e2 = self:resolve_pronoun(A, m, x)
        A.exclude = nil
        if e2 then e = e2 end
      end
    end
    -- (nor one the quote beside the cue names, by a surname or a given
    -- name: a speaker seldom names himself, `"Cook was brilliant today,"
    -- he said` after Cook bowled is someone else's words)
    if e and (m.gender == "m" or m.gender == "f") and A.exclude == nil and e.person and find(e.canon, "^%u%S* %S")
       and Analyser.named_in_near_quote(A, m.s, e.canon) then
      A.exclude = e
      local e2 = self:resolve_pronoun(A, m, x)
      A.exclude = nil
      if e2 and e2.person and not Analyser.named_in_near_quote(A, m.s, e2.canon) then e = e2 end
    end
    -- (nor one the clause it reports names, the pronoun the subject of a
    -- cue that closes its sentence past a comma, whose clause cannot
    -- name the pronoun's person: `VVD-leider Rutte zal zijn 'stoere
    -- praatjes' niet waar maken, voorspelt hij` after Wilders spoke),
    -- when another person, a given name of the pronoun's sex opening
    -- the name, is there to be it: news writes a person's own account so
    -- too, `Filip woont hier al zijn hele leven, vertelt hij`
    if e and (m.gender == "m" or m.gender == "f") and A.exclude == nil and e.canon
       and Analyser.named_in_closed_report(A, m, e) then
      A.exclude = e
      local e2 = self:resolve_pronoun(A, m, x)
      A.exclude = nil
      if e2 and e2.person and Analyser.given_first(A, e2.canon) == m.gender then e = e2 end
    end
    -- (nor the one who asked the question its quote answers: `"What word
    -- would you use?" asked reporter Briana Whitney. // "Defeated," she
    -- said.`)
    if e and (m.gender == "m" or m.gender == "f") and A.exclude == nil and Analyser.asker_before(A, m) == e then
      A.exclude = e
      local e2 = self:resolve_pronoun(A, m, x) or self:described_before(A, m, e)
      A.exclude = nil
      if e2 then
        e.answered_by = e2
        e = e2
      end
    end
    -- (a he/she resolved is kept by its position: the same pronoun
    -- opening a later sentence is the same person, see recent_person)
    if e and (m.gender == "m" or m.gender == "f") then
      local known = A.pron_entity
      if not known then known = {} A.pron_entity = known end
      known[m.s] = e
    end
    return e
  elseif m.kind == "role" then
    -- a person's role with the name right after it is that name's person
    -- (`De uitgetreden priester J. Wijngaards, ..., erkent ... maar vraagt`,
    -- the role the second verb's subject)
    if SETS.one_person[m.gender] and find(s, "^ %u", m.e) then
      local x0 = m.e + 1
      local ms = person_mentions(A, x0, x0 + 60)
      local c = ms[1]
      if c and c.s == x0 and not c.role and find(c.text, " ", 1, true) and mention_person(A, c) then
        return self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
      end
    end
    -- a person's role in the lead, no name given it, is the person the
    -- next sentence names (`A headteacher has said he is determined ...
    -- // Hugh O’Neill, the head of St Benedict’s, said ...`)
    -- (and one a capitalised possessive owns, a country's or a body's:
    -- `Canada's fisheries minister says ... // Bernadette Jordan, the MP
    -- for ..., said`)
    local owner = m.def == "poss" and proper_owner(m)
    -- (and a headline's bare noun: `People will 'suffer' from cuts,
    -- admits new leader`)
    if (m.def == "indef" or m.def == "def" or owner or m.def == nil and Analyser.in_heading(A, m.s))
       and SETS.one_person[m.gender] then
      local e = self:lead_named(A, m)
      -- (the owner is no holder of its own role: `Smith's lawyer`)
      if e and owner and find(e.canon, owner, 1, true) then e = nil end
      if e then
        -- (whom a later definite noun of it means too: `the minister`)
        if m.def == "indef" and m.head then remember_indef(A, m.head, e) end
        return e
      end
    end
    -- an indefinite role after the cue with a participle of feeling
    -- before its noun is an epithet of the person the sentence before
    -- names in full (`Wat er gebeurde, is ook voor Bart Verbruggen een
    -- raadsel. "...", zei een gefrustreerde doelman`, `said a relieved
    -- goalkeeper`)
    if m.def == "indef" and m.how == "after" and SETS.one_person[m.gender] and Analyser.feeling_epithet(A, m) then
      local want = (m.gender == "m" or m.gender == "f") and m.gender or "mf"
      local e = self:recent_person(A, m.s, want, 2, false, true)
      if e and e.person and find(e.canon, " ", 1, true) then return e end
      -- (else whom the role with `the` would mean, the person the article
      -- gave it: `vertelt directeur Peter Verdaasdonk. ... "...", aldus
      -- een sombere directeur`)
      local dm = { s = m.s, e = m.e, kind = "role", head = m.head, gender = m.gender, def = "def",
                   text = m.text, how = m.how }
      -- (a trial: resolve binds a definite role's noun to whom it found,
      -- which stands only when that one is taken)
      local bound_before = A.role_bound and m.head and A.role_bound[m.head]
      e = self:resolve(A, dm, x)
      -- (one the article writes with that noun right before the name:
      -- not the last speaker for anyone new, `zegt een blije supporter`)
      if e and e.person and find(e.canon, " ", 1, true) and m.head
         and (find(A.s, m.head .. " " .. e.canon, 1, true)
              or find(A.s, string.upper(sub(m.head, 1, 1)) .. sub(m.head, 2) .. " " .. e.canon, 1, true)) then
        return e
      end
      if A.role_bound and m.head then A.role_bound[m.head] = bound_before or nil end
    end
    -- (a statement whose maker's name stands between its article and
    -- its noun is the maker's words: `A West Mercia Police statement
    -- read:`)
    if m.gender == "x" and m.head and m.def and A.L.sets.statement_noun[m.head] then
      -- (and past plain words in lower case before the noun: `a BP
      -- press release said`)
      local at, owner = string.match(m.text, "^%S+%s+()(%u.-)%s+%S+$")
      if owner and find(owner, "%s%l") then
        at, owner = string.match(m.text, "^%S+%s+()(%u[^%s]*[%u%w%s]-)%s+%l[%l%s%-]*$")
      end
      if owner and not find(owner, "%s%l") and not find(owner, "[%p]") then
        local ps = m.s + at - 1
        return self:resolve(A, { s = ps, e = ps + #owner, kind = "name", text = owner, how = m.how }, x)
      end
      -- (and so a definite role in the possessive before it: `the
      -- company's press release goes on to say` is the company's words)
      local d, owned = string.match(m.text, "^(%a+) (%S+) %l[%l%s%-]*$")
      local cut = owned and names.possessive_len(owned) or 0
      local noun = cut > 0 and string.match(sub(owned, 1, -cut - 1), "^[%l%-]+$")
      local r, key = noun and role_of(A.L, noun)
      if d and A.L.det[lc(d)] == "def" and r and r ~= "x" then
        local e0 = m.s + #d + 1 + #noun
        return self:resolve(A, { s = m.s, e = e0, kind = "role", text = sub(A.s, m.s, e0 - 1), head = key or noun,
                                 gender = r, def = "def", how = m.how }, x)
      end
    end
    if m.def == "indef" or m.def == "poss" then
      -- (a person's role is no group's name: `Pettifer's lawyer said`)
      local nm = m.def == "poss" and not SETS.one_person[m.gender] and owned_name(A, m)
      if nm then
        local e = entity(A, nm)
        set_person(A, e, false)
        return e
      end
      -- a person's role after a possessive pronoun (`his surviving
      -- father`, `haar moeder`): the one person the article gives it
      local pp = m.def == "poss" and m.head and (m.gender == "m" or m.gender == "f" or m.gender == "p")
                 and sole_role_person(A, m.head)
      if pp then
        local e = entity(A, pp)
        set_person(A, e, true)
        return e
      end
      -- (and the one an indefinite phrase of the noun brought in before,
      -- no one named by it: `vraagt ze aan een advocaat ... erkent zijn
      -- advocaat` is that lawyer)
      -- (only one brought in by its article and noun alone, whose owner
      -- nothing else gave: not `een advocaat van het slachtoffer` for
      -- `zijn advocaat`; nor a noun of any_person, `een vrouw` is no `zijn
      -- vrouw`)
      local brought = m.def == "poss" and m.head and SETS.one_person[m.gender] and not A.L.sets.any_person[m.head]
                      and A.indef and A.indef[m.head]
      if brought and brought.person ~= false and not find(brought.canon, "^%u")
         and find(brought.canon, "^%S+ %S+$") then
        return brought
      end
      -- a bare indefinite role, its article and noun alone, after the
      -- same noun with more to it is that one again (`zegt een woordvoerder
      -- van de politie ... aldus een woordvoerder`; `a police spokesman
      -- ... a spokesman said`)
      -- (more to it by a word or a compound's front, not by its
      -- determiner: `one rider` after `another rider` is the first;
      -- nor for a mention that says it is another, `said another
      -- resident` after `a local resident`, speech_words.txt's
      -- `other_one`)
      local before = m.def == "indef" and m.head and A.indef and A.indef[m.head]
      local w1, w2 = string.match(m.text, "^([%a\128-\255]+) ([%a\128-\255]+)$")
      if before and before.person ~= false and w1 and not A.L.sets.other_one[lc(w1)]
         and (find(before.canon, "%S%s+%S+%s+%S")
              or #(string.match(before.canon, "(%S+)$") or "") > #w2) then
        return before
      end
      -- an organisation's kind with its indefinite article is the one of
      -- that kind the article names right after, by a capitalised word
      -- before the noun (`..., a trade union has said. ... Brian Troake,
      -- from the Unite union, said`: Unite)
      if m.def == "indef" and m.gender == "g" and m.head and A.L.org_kind[m.head] then
        local nm = string.match(sub(A.s, m.e, m.e + 800), "%f[%w](%u[%w&%-]+) " .. m.head:gsub("%p", "%%%0") .. "%f[^%w]")
        if nm and not A.L.det[lc(nm)] then
          local e = entity(A, Analyser.lead_role_cut(A, names.canonical(A.article, nm, A.lang)))
          set_person(A, e, false)
          remember_indef(A, m.head, e)
          return e
        end
        -- (or, in the lead, the organisation's name that opens the next
        -- sentence as its subject: `A discount supermarket chain says ...
        -- // Aldi has lodged plans ...`)
        local e = self:lead_org_named(A, m)
        if e then
          remember_indef(A, m.head, e)
          return e
        end
      end
      local e = Analyser.role_entity(A, m)
      -- (a name's unknown noun may be its people or its thing: `Day's
      -- animal foundation` is no person)
      if m.def == "poss" and m.gender == "?" then set_person(A, e, nil)
      else set_person(A, e, m.gender ~= "g" and m.gender ~= "x") end
      e.gender = e.gender or (m.gender ~= "?" and m.gender or nil)
      remember_indef(A, m.head or e.canon, e)
      return e
    end
    if m.gender == "x" and REFERS_BACK[m.def] and m.head then
      -- a document the article brought in as someone's (`Anjuguri Manza,
      -- in a statement on Thursday, said ... the statement added`): that
      -- one speaks
      local e = Analyser.document_owner(self, A, m)
      if e then return e end
    end
    if m.gender == "x" or m.gender == "g" then
      -- a document the sentences before say someone put out speaks for
      -- them (`The Community Care Walk-in Clinic issued the notice of
      -- closure. "...," the notice reads.`)
      if m.gender == "x" and m.def == "def" then
        local mk = Analyser.document_issuer(A, m)
        if mk then
          local e = self:resolve(A, mk, mk.s)
          if e then return e end
        end
        -- (a statement's noun alone, its maker named nowhere near, is the
        -- words of whoever spoke last, who put it out: `Adidas said it
        -- does not believe ... "...," the statement said`;
        -- speech_words.txt's `statement_noun`)
        local sn = A.L.sets.statement_noun
        if sn and sn[m.head] and A.last and lc(m.text) == lc(string.match(m.text, "^%S+") or "") .. " " .. m.head then
          return A.last
        end
      end
      -- the study, the team, de politie: the group itself
      local txt = role_text(A, m)
      -- (not one whose text names its own: `The Biden campaign` after
      -- `his campaign` is the Biden campaign)
      -- (nor a plural's for a singular, or the other way round: `de
      -- grootste regeringsfractie` is none of `andere fracties`)
      if (REFERS_BACK[m.def] or m.def == nil) and A.indef and not is_upper_at(txt, 1) then
        local e = A.indef[m.head]
        if e and Analyser.plural_of(lc(tail_run(m.text, NOT_WS) or ""), m.head)
                 == Analyser.plural_of(lc(tail_run(e.canon, NOT_WS) or ""), m.head) then
          return e
        end
      end
      local hw = m.head and lc(tail_run(m.text, NOT_WS) or "")
      -- the noun phrase without its determiner: `agency`, `state media`
      local core = lc(m.text)
      local d1 = core:match("^(%S+)%s")
      if d1 and A.L.det[d1] then core = sub(core, #d1 + 2) end
      -- (a singular head: `the officials`, `de onderzoekers` are people;
      -- a Dutch noun in -s is a plural only when the list has it without
      -- its s, `onderzoeker`: `het ziekenhuis` is one)
      local plural_s = byte(hw or "", -1) == 115
      if plural_s and A.lang ~= "en" and A.lang ~= nil then
        local stem = sub(hw, 1, -2)
        local r, key = role_of(A.L, stem)
        plural_s = r ~= nil and key == stem
      end
      -- (and a bare noun, no determiner: `police added` after `Greater
      -- Manchester Police said`, as `Police said` opening a sentence is
      -- read as that name; the one body so named only, sole_group_name)
      if (REFERS_BACK[m.def] or m.def == nil and (find(core, " ") or core == m.head)) and m.gender == "g" and hw == m.head
         and not plural_s and not (A.lang ~= "en" and find(hw, "en$")) then
        -- `the agency` after `the Saudi Press Agency`, `the party` after
        -- `Thai Raksa Chart party`, `state media` after `Syrian state
        -- media`: the name the article gave it
        local nm
        if m.def == nil and core == m.head then nm = Analyser.sole_group_name(A, core, m.s)
        else nm = group_name_before(A, core, m.s) end
        if nm then
          -- (a body's kind in lower case after its name is no part of it,
          -- as own_name_before_kind reads it: `the union` after `The
          -- Unite union said` is Unite)
          local one, kind = string.match(nm, "^(%S+) (%l+)$")
          if kind and A.L.sets.kind_after_name and A.L.sets.kind_after_name[kind] then nm = one end
          -- (its fullest form, unless that drops a word: canonical reads
          -- `Ministry` of `Ministry of Health` as a title)
          local c = names.canonical(A.article, nm, A.lang)
          c = #c >= #nm and c or nm
          -- (a place's adjective and a noun in lower case is no name but a
          -- phrase, known with the article it is written with: `de
          -- Antwerpse politie`, as a cue's own subject is)
          if A.lang ~= "en" and find(c, "^%u[%l\128-\255]+s[c]?h?e %l[%l\128-\255]*$") then
            local at = find(A.s, " " .. c, 1, true)
            local d = at and names.letters_before_space(A.s, (at > 12 and at - 12 or 1), at)
            if d and A.L.det[lc(d)] == "def" then c = lc(d) .. " " .. c end
          end
          -- (less a group's noun before an acronym: `Vakbond FNV` is FNV)
          local e = entity(A, Analyser.lead_role_cut(A, c))
          set_person(A, e, false)
          return e
        end
      end
      -- a noun of an organisation's kind that the article gives no name
      -- of its own: the organisation it named last (`De NS schrapt ...
      -- volgens de spoorvervoerder`: NS); singular, the noun or a
      -- compound that ends in it (`bedrijven` is none)
      local kinds = A.L.org_kind
      -- (not an owner's: `the zoo's foundation` is no one named before)
      if REFERS_BACK[m.def] and m.gender == "g" and hw
         and (kinds[hw] or m.head and kinds[m.head] and sub(hw, -#m.head) == m.head)
         and not find(core, "['\226]\128?\153?s%s") then
        -- (not when the kind follows its own name in the mention: `The
        -- Unite union said` is the Unite union, not the body named last)
        local own = Analyser.own_name_before_kind(A, m, hw)
        if own then
          local e = entity(A, Analyser.lead_role_cut(A, own))
          set_person(A, e, false)
          return e
        end
        -- (a kind of a class, `= body` or `= union`, looks for a name of
        -- the class first)
        local kind = kinds[hw] or kinds[m.head]
        local namesake = Analyser.kind_namesake(A, m, core)
        if namesake then return namesake end
        local prev = Analyser.prev_kind_subject(self, A, m, kinds)
        if prev then return prev end
        local class = type(kind) == "string" and kind ~= "" and kind or nil
        local org = class and Analyser:recent_org(A, m.s, ORG_KIND_REACH, class)
                    or not CLASS_ONLY[class] and Analyser:recent_org(A, m.s, ORG_KIND_REACH)
        if org then return org end
      end
      -- a ministry's noun with its portfolio after `van`/`of` is a name,
      -- without the article: `het ministerie van Volksgezondheid` (not
      -- `de politie van Karlsruhe`)
      if m.def == "def" then
        local named = m.text:match("^%S+%s+(%S+%s+van%s+%u.*)$") or m.text:match("^%S+%s+(%S+%s+of%s+%u.*)$")
        if named and is_lower_at(named, 1) and A.L.sets.ministry[m.head] then txt = named end
      end
      -- a group's plural that the article brought in before by a definite
      -- phrase with a place's phrase is known by that phrase (`De
      -- ondernemers in de Passage/Corridor hebben een brandbrief ... ,,...",
      -- schrijven de ondernemers`)
      if m.def == "def" and m.gender == "g" and m.head and not is_upper_at(txt, 1) then
        local phrase = hw and Analyser.group_brought_in(A, m.head, hw, m.e)
        if phrase then txt = Analyser.initial_period(A, phrase) end
      end
      local e = entity(A, txt)
      set_person(A, e, false)
      e.group = true
      return e
    end
    -- a definite role that an indefinite appositive describes is someone
    -- new: `De boer, een 61-jarige man, ontkent`, `The farmer, a man of
    -- 61, denied` (not the last speaker)
    -- (`een`, `a` or `an` after the comma; `, en` is a joined one)
    if m.def == "def" and SETS.one_person[m.gender]
       and (find(s, "^,%s*[Ee]en%s", m.e) or find(s, "^,%s*an?%s", m.e)) then
      local e = Analyser.role_entity(A, m)
      set_person(A, e, true)
      return e
    end
    -- (other_mod: the person a place of the noun with another modifier
    -- names, who holds another role: `the education secretary` is not
    -- the `general secretary, Paul Whitmore` who spoke last)
    local other_mod
    -- (office_asked, office_known: office_entity's answer, asked once)
    local office_asked, office_known = false, nil
    -- (a former holder of the office is the person the sentence before
    -- is about, before any the article names for it now: `Sef
    -- Vergoossen, de voormalige kampioenenmaker van KRC Genk, laat ...
    -- "...", zegt de ex-trainer` is not `coach Albert Stuivenberg`)
    if m.head and SETS.one_person[m.gender] and Analyser.former_holder(A, m) then
      local e0 = self:prev_subject_person(A, m.s)
      if e0 and e0.person and gender_fits(m.gender, e0.gender) then return e0 end
    end
    if m.head then
      local mod = Analyser.role_modifier(A, sub(s, m.s, m.e - 1 - #(tail_run(m.text, NOT_WS) or "")))
      -- (and the capitalised front of its hyphen's compound, as role_places
      -- keeps it: `de SP-leider`)
      local front = string.match(m.text, "(%u[^%s%-]*%-)" .. m.head:gsub("%p", "%%%0") .. "$")
      -- (or the name its van/of phrase ends in, whose such compound is
      -- the same office: `de trainer van de Friese club Heerenveen` is no
      -- `Cambuur-trainer Henk de Jong`)
      front = front or string.match(m.text, "%s[VvOo][af]n?%s.-(%u[%w]*)$") and string.match(m.text, "(%u[%w]*)$") .. "-"
      front = front and lc(front)
      local deputy = Analyser.deputy_before(A, m.e - #(tail_run(m.text, NOT_WS) or ""))
      local p, p_before = role_person(A, m.head, m.s, mod, deputy, front)
      -- (one the article names with the role only later is not the one
      -- an indefinite role brought in before: `A spokeswoman for the
      -- ambulance service said ... The spokeswoman said:` before `Police
      -- spokeswoman, Kirsty Langton, said`)
      if p and not p_before and A.indef and A.indef[m.head] and REFERS_BACK[m.def] then p = nil end
      p = p or Analyser.party_member(A, m)
      if p and not Analyser.owner_fits(A, m, p) then p = nil end
      -- (an age is the person's the article gave that age: `the
      -- 58-year-old` is no `19-year-old Chloe Grant`)
      if p and Analyser.age_noun(m.head) and not Analyser.age_given(A, m, p) then p = nil end
      if (mod or front) and not p then other_mod = role_person(A, m.head, m.s) end
      -- (nor the one whose role it is: `De moeder van Yen` is not Yen)
      other_mod = other_mod or Analyser.role_owner(A, m)
      local list = p and role_places(A, m.head)
      if p and #list > 1 and SETS.one_person[m.gender] then
        -- the article gives the role to more than one: the one the
        -- sentence before is about, when it is one of them (`Hermans moet
        -- het zonder Kuipers doen. ,,...'', aldus de trainer`)
        local e0 = self:prev_subject_person(A, m.s)
        -- (one of them whose office has another modifier is none: `de
        -- SP-leider` is no `DENK-leider Farid Azarkan`)
        if e0 and e0.canon ~= p then
          for i = 1, #list do
            if not (front and list[i][6] and list[i][6] ~= front)
               and names.canonical(A.article, list[i][2], A.lang) == e0.canon then
              return e0
            end
          end
        end
        -- (else the one of them the text names last before it, in its
        -- paragraph or the one before: `Advocaat Jan Vlug ... Advocaat
        -- Jan-Hein Kuijpers ... // ... Vlug bood later zijn excuses aan.
        -- Maar de advocaat laat zich niet ...` is Vlug)
        local near = Analyser.last_named_holder(A, list, m.s, mod, deputy)
        if near and near ~= p then p = near end
      end
      -- (a demonym is no office: the person the sentence before is about
      -- says it, when the one the article gave it is not named in the
      -- two sentences before, `de Duitser André Greipel ... Wagner, die
      -- de lead-out deed, kon zijn geluk niet op. "...", aldus de
      -- Duitser` is Wagner)
      if p and A.L.demonym[m.head] and SETS.one_person[m.gender] then
        local e0 = self:prev_subject_person(A, m.s)
        local surname = string.match(p, "(%S+)$")
        if e0 and e0.person and e0.canon ~= p and gender_fits(m.gender, e0.gender) then
          local ss = sentence_of(A, m.s)
          local ps = ss > A.first and sentence_of(A, ss - 1) or ss
          ps = ps > A.first and sentence_of(A, ps - 1) or ps
          if not find(sub(s, ps, m.s), surname, 1, true) then return e0 end
        end
      end
      if p then
        local e = entity(A, p)
        set_person(A, e, true)
        return e
      end
      local e = A.indef and A.indef[m.head]
      -- (outside English also one brought in by a compound of the noun,
      -- the one such: `begint een buurtbewoner ... De bewoner vertelt`)
      if not e and A.indef and A.lang ~= "en" and A.lang ~= nil and REFERS_BACK[m.def] then
        for key, ent in next, A.indef do
          if #key > #m.head + 2 and sub(key, -#m.head) == m.head then
            if e and e ~= ent then e = nil break end
            e = ent
          end
        end
      end
      if e then return e end
      -- a suspect's noun with its definite article, no one given it, is
      -- the one the article names by a given name and a surname's
      -- initial, as Dutch reports name a suspect (`De rechtbank bekijkt
      -- verhoren van Robert M. ... De verdachte zei ook dat ...`;
      -- speech_words.txt's `suspect_noun`)
      if m.def == "def" and A.L.sets.suspect_noun[m.head] then
        local nm = Analyser.initialled_person(A, m.s)
        if nm then
          local e2 = entity(A, names.canonical(A.article, nm, A.lang))
          set_person(A, e2, true)
          return e2
        end
      end
      -- a definite role whose noun the article brought in before with an
      -- indefinite article, and named no one by, is that person, not the
      -- last speaker (`een trainer van de meisjes ... De 34-jarige
      -- trainer zou ...` after `zegt voorzitter Erik Wassenaar`): the
      -- noun with its determiner
      -- (not a role whose name follows it: `De uitgetreden priester J.
      -- Wijngaards`)
      local phrase = m.def == "def" and SETS.one_person[m.gender] and not find(s, "^%s+%u", m.e)
                     and Analyser.brought_in_unnamed(A, m.head, m.s)
      -- (an office often held by someone the article does not name, a
      -- judge's, that a definite phrase brought in: `De politierechter in
      -- Den Haag veroordeelde ... De rechter gaf aan`; speech_words.txt's
      -- `unnamed_office`)
      if not phrase and m.def == "def" and SETS.one_person[m.gender] and not find(s, "^%s+%u", m.e) then
        -- (the office's unnamed speaker the article knows already first)
        office_asked, office_known = true, Analyser.office_entity(A, m.head)
        -- (not one who serves someone else: `de advocaat van het
        -- slachtoffer ... volgens de advocate van E.E.` are two lawyers)
        if office_known and Analyser.serves_other(m.text, office_known.canon, A.L) then
          office_known = nil
        end
        -- (nor a woman for a noun only a man is called by: `de buurman`
        -- after `een buurvrouw`, an office alike)
        if office_known and office_known.gender == "f" and Analyser.male_only(A.L, m.head) then office_known = nil end
        -- (with two such speakers, the one who spoke last: `de advocaat
        -- van het slachtoffer ... de advocate van E.E. ... ging de
        -- advocate verder`)
        local last = A.last
        if not office_known and last and last.role_head and last.person ~= false
           and Analyser.alike_roles(A.L, m.head)[last.role_head] and not Analyser.serves_other(m.text, last.canon, A.L)
           and not (last.gender == "f" and Analyser.male_only(A.L, m.head)) then
          office_known = last
        end
        if office_known then return office_known end
        phrase = Analyser.office_brought_in(A, m.head, m.s)
        if phrase and Analyser.serves_other(m.text, phrase) then phrase = nil end
        -- (or this mention itself, the first, where a place's phrase or
        -- whom it serves follows it: `De politierechter in Veurne heeft
        -- ...`)
        if not phrase then
          local own = Analyser.office_brought_in(A, m.head, m.e)
          if own and #own > #m.text and not Analyser.serves_other(m.text, own) then phrase = own end
        end
      end
      if phrase then
        -- (known by the phrase that brought it in: `a Greater Manchester
        -- Police spokesperson ... the spokesperson said`)
        e = entity(A, phrase)
        e.role_head = e.role_head or m.head
        set_person(A, e, true)
        return e
      end
    end
    -- a noun the role list does not know is no role the article gave
    -- anyone: with `the`/`de` it is a speaker of its own (`According to
    -- the fire service`, `The watchdog said`, `the interviewer asked`),
    -- not the last one (this/deze point back: see REFERS_BACK)
    -- (its noun kept as its role: a later person's role is someone else,
    -- `Volgens de nieuwste telling ... Volgens de moeder ...`)
    if m.gender == "?" and m.def == "def" and not Analyser.age_noun(m.head) then
      -- (a singular noun that heads a name the article gave before is
      -- that name's: `The college said` after `The Royal College of
      -- Midwives`)
      local hw = m.head and byte(m.head, -1) ~= 115 and lc(tail_run(m.text, NOT_WS) or "")
      if hw == m.head and not find(m.text, "['\226]") then
        local nm = group_name_before(A, m.head, m.s)
        -- (a name that holds the noun, or follows a compound that ends in
        -- it, `Bewonersplatform Zutphen-Zuid`; no owner's: not the name an
        -- appositive or a list gives, `Police, the ambulance service,`)
        if nm and not find(nm, "^%l") and not find(nm, "['\226]")
           and (find(lc(nm), m.head, 1, true) or find(A.s, m.head .. " " .. nm, 1, true)) then
          local e = entity(A, Analyser.lead_role_cut(A, names.canonical(A.article, nm, A.lang)))
          set_person(A, e, false)
          return e
        end
      end
      return Analyser.role_entity(A, m)
    end
    -- a person's role with its body after of/van that the article gives
    -- no one is someone new: `The head of the police's internal
    -- investigators told the court` is not the defendant quoted last
    -- (the whole phrase from its article: not a title's tail in
    -- apposition, `Chris Wright, the Chief Technological Officer of Red
    -- Hat said`, nor after a comma)
    -- (not one whose phrase points back itself: `de schaatskoningin van
    -- deze Spelen`)
    -- (nor a team's player or rider after a cue of going on, whose
    -- of-phrase names the side of the one who spoke: `vervolgde de renner
    -- van de kleine Spaanse formatie Burgos-BH` after Bol spoke;
    -- team_player, continuation_cue)
    local of_det = string.match(m.text, "%s[OoVv][fa]n?%s+(%a+)")
    if m.head and SETS.one_person[m.gender] and not other_mod
       and not (A.L.sets.team_player[m.head] and Analyser.going_on_before(A, m))
       and (find(m.text, "^[Tt]he%s") or find(m.text, "^[Dd]e%s"))
       and (find(m.text, "%s[Oo]f%s") or find(m.text, "%s[Vv]an%s"))
       and not (of_det and A.L.det[lc(of_det)] == "dem")
       and not find(sub(s, m.s > 3 and m.s - 3 or 1, m.s - 1), ",%s*$") then
      -- (nor the unnamed last speaker of an office of unnamed_office who
      -- serves someone else: `aldus de advocaat van het slachtoffer. Maar
      -- volgens de advocate van E.E. ...` are two lawyers)
      if A.L.sets.unnamed_office[m.head] and A.last and Analyser.serves_other(m.text, A.last.canon, A.L) then
        return Analyser.role_entity(A, m)
      end
      local e = self:prev_subject_person(A, m.s, true)
      -- (an office of unnamed_office, as below: `De officier van
      -- justitie kan kort zijn: '...'` is not the man the sentence
      -- before is about)
      if e and e ~= A.last and gender_fits(m.gender, e.gender) and not other_role(A, e, m, other_mod)
         and not (A.L.sets.unnamed_office[m.head] and not Analyser.holds_office_alike(A, e, m.head)) then
        return e
      end
      e = any_person_named_before(self, A, m, other_mod)
      if e then return e end
      return Analyser.role_entity(A, m)
    end
    -- the one unnamed speaker the article knows by a noun of the same
    -- office: `de aanklager` after `De officier van justitie rekende ...
    -- ,,...''` (role_alike)
    if REFERS_BACK[m.def] and SETS.one_person[m.gender] and m.head then
      local e = office_known
      if not office_asked then e = Analyser.office_entity(A, m.head) end
      if e then return e end
    end
    -- an office's holder (a judge's, a prosecutor's: unnamed_office) is
    -- no speaker the article gave another such office: someone new
    -- (`schetste zijn advocaat, meester Moons ... schetste de openbaar
    -- aanklager`)
    if m.def == "def" and SETS.one_person[m.gender] and m.head and A.L.sets.unnamed_office[m.head]
       and A.last and A.last.person and Analyser.holds_other_office(A, A.last, m.head) then
      return Analyser.role_entity(A, m)
    end
    -- (not a speaker the article named only by another role: `de
    -- burgemeester` after `de minister zei`)
    -- (the person the sentence before is about comes first, when no other
    -- role names them: `Vlietstra kon het nauwelijks geloven. ,,...'', zegt
    -- de aanvaller`, and so when the role opens its sentence: `Ramon
    -- Sinkeldam werd derde. De wielrenner liet weten ...`)
    -- (nor for an office of unnamed_office, which the article would have
    -- given the one it names: `'Is die ruit kapot?', vraagt Rashid. 'Even
    -- ademhalen meneer', onderbreekt de rechter hem.` is the judge, someone
    -- new)
    -- (an age the article wrote before with its determiner is the
    -- person that first one meant: `Captain Musa Muhammed has described
    -- ... // The 22-year-old capped a remarkable performance ... //
    -- Earlier, Senegalese Cherif Ndiaye got ... // "...," the
    -- 22-year-old stated` is Musa Muhammed)
    if REFERS_BACK[m.def] and SETS.one_person[m.gender] and Analyser.age_noun(m.head) then
      local first_age = Analyser.first_age_mention(A, m)
      local e = first_age and self:recent_person(A, first_age, m.gender, 4, true)
      if e and gender_fits(m.gender, e.gender) and not other_role(A, e, m, other_mod) then return e end
    end
    local office = m.def == "def" and m.head and SETS.one_person[m.gender] and A.L.sets.unnamed_office[m.head]
    if REFERS_BACK[m.def] and SETS.one_person[m.gender] then
      local e = self:prev_subject_person(A, m.s, true)
      if e and gender_fits(m.gender, e.gender) and not other_role(A, e, m, other_mod)
         and not (office and not Analyser.holds_office_alike(A, e, m.head))
         and not Analyser.other_team_side(A, e, m.head) then
        return e
      end
    end
    if office and not (A.last and Analyser.holds_office_alike(A, A.last, m.head)) then
      return Analyser.role_entity(A, m)
    end
    if REFERS_BACK[m.def] then
      local e = any_person_named_before(self, A, m, other_mod)
      if e then return e end
    end
    local last = A.last
    -- (the person this noun named before, when not the last speaker:
    -- Analyser:resolve)
    local bound = A.role_bound and m.head and REFERS_BACK[m.def] and SETS.one_person[m.gender]
                  and A.role_bound[m.head]
    if bound and bound ~= last and gender_fits(m.gender, bound.gender) and not other_role(A, bound, m, other_mod) then
      return bound
    end
    -- (nor, for any person's role but an age's or a demonym's, the last
    -- speaker when the article gave that one an office of
    -- unnamed_office: `Chief Magistrate Martha Mutuku asked ... "..." ...
    -- The defendant retorted` is not the magistrate)
    -- (nor one the article named with a role of a team's other side:
    -- `Trainer Francesco Farioli ... ,,...'', zegt de middenvelder`)
    if last and last.person and SETS.one_person[m.gender]
       and (other_office_holder(A, last, m) or Analyser.other_team_side(A, last, m.head)) then
      last = nil
    end
    -- (nor a man, by his known sex or given name, for a woman's role:
    -- `zei de zus van Nicky` after `vulde officier van justitie Dave
    -- Mattheijs aan` is someone new; a man's role noun is often said of
    -- a woman too, `de topman`, `chairman`)
    -- (nor a body for a person's role: a group, a news outlet of
    -- speech_words.txt's `news_outlet` (`..., AFP reported. "...," the
    -- farmer said`), or for someone's role in the possessive an acronym
    -- whose person-ness nothing decided,
    -- `According to a PTI report, ... // The victim's uncle told PTI that
    -- "..."` is the uncle, someone new; `AOC said ... the congresswoman
    -- told reporters` is AOC, review 3)
    -- (nor the one the role's own cue tells: `According to an AFP report,
    -- ... "...," the student told AFP`)
    local told = last and m.e and last.person == nil and Analyser.addressee_after(A, m.e)
    if told and told.kind == "name" and names.canonical(A.article, told.text, A.lang) == last.canon then last = nil end
    -- (and no woman for a noun only a man is called by: `vertelt de man`
    -- after `zegt de bewoonster`; speech_words.txt's `male_only`)
    if last and m.head and Analyser.male_only(A.L, m.head) and (last.gender or Analyser.given_first(A, last.canon)) == "f" then
      last = nil
    end
    -- (a group's noun that opened its sentence, capitalised there, spoke
    -- last: the role is someone new, no one named before either, `Shop
    -- owner Tom Reed said ... Police said ... // The mayor told
    -- reporters`)
    -- (the group's noun itself, no compound's name, `De
    -- Dopingautoriteit`; and an office, no age or demonym, which name the
    -- person last named below)
    if last and SETS.one_person[m.gender] and is_upper_at(last.canon, 1) and m.head
       and not (Analyser.age_noun(m.head) or A.L.demonym[m.head] or A.L.sets.any_person[m.head]) then
      local lg, key = role_of(A.L, lc(last.canon))
      if lg == "g" and key == lc(last.canon) then return Analyser.role_entity(A, m) end
    end
    -- (nor where a name's possessive owns the role and the article writes
    -- its noun here first: someone new, `... Justice Jayant Nath asked
    -- after Delhi government's counsel said`)
    if last and (m.def == "poss" or m.def == nil) and m.head and m.s and find(m.text, "^%u")
       and (find(m.text, "'s ", 1, true) or find(m.text, "\226\128\153s ", 1, true)) then
      local first_at = Analyser.whole_words(A.s, m.head)()
      if first_at and first_at >= m.s then last = nil end
    end
    if last and last.person ~= false and not other_role(A, last, m, other_mod)
       and not (m.gender == "f" and (last.gender or Analyser.given_first(A, last.canon)) == "m")
       and not (SETS.one_person[m.gender]
                and (last.group or A.L.sets.news_outlet[lc(last.canon)]
                     or last.person == nil and find(last.canon, "^%u[%u%d&%-]+$")
                        and (find(m.text, "'s ", 1, true) or find(m.text, "\226\128\153s ", 1, true)))) then
      return last
    end
    -- no speaker yet: a person's role before any speech is the person the
    -- sentences before are about (`Lindsay Davenport won. De Amerikaanse
    -- zei ...`)
    -- (the lead's paragraph of three sentences too: `Seamus Coleman
    -- baalde zondag flink ... Ierland nam ... Bovendien eindigde het ...
    -- // "...", vertelt de speler van Everton`)
    if REFERS_BACK[m.def] and (m.gender == "m" or m.gender == "f" or m.gender == "p") then
      local e = self:recent_person(A, m.s, m.gender, 4, true)
      -- (not one the article gave an office of unnamed_office, as for
      -- the last speaker above: `Chief Magistrate Martha Mutuku ...
      -- Mutuku asked the defendant why. ... The defendant retorted`)
      -- (nor one the article names with a role noun of another office
      -- right before the name: `Buurtbewoner Hendrik wil de speeltuin
      -- weg. De wethouder is het daar niet mee eens.` is someone new)
      if e and (other_office_holder(A, e, m) or Analyser.other_team_side(A, e, m.head)
                or Analyser.titled_other_office(A, e, m.head)) then
        e = nil
      end
      if e and not other_role(A, e, m, other_mod) then return e end
      -- an age or where someone is from describes no office: the person
      -- last named, as object too and further back (`De Dopingautoriteit
      -- heeft schaatser Mees van Dalen geschorst. ... De 26-jarige Fries
      -- ontkent`)
      if Analyser.age_noun(m.head) or A.L.demonym[m.head or ""] or Analyser.epithet_modifier(m, A.lang) then
        e = self:recent_person(A, m.s, m.gender, 5, false, true)
        if e and not other_role(A, e, m, other_mod) then return e end
      end
    end
    return Analyser.role_entity(A, m)
  end
  return nil
end

-- Analyser.round_up(A, quotes): a round-up of quotes, where each quote
-- is a paragraph of its own with no tag and the paragraph right after it,
-- with no quote, names its speaker (`What they said ... the weekend in
-- quotes`: `"..." // Victorious manager Micheal Donoghue was happy that
-- his players proved their critics wrong.`), gives each such quote the
-- person that paragraph opens with. Read as a round-up only when the
-- article's first quote opens one of its first three paragraphs and three
-- quotes or more, most of its untagged ones, follow the pattern: a
-- paragraph about its speaker before a quote is the common order.
-- quotes: the quote records, each with its quote as _q.
local ROUND_UP_MIN = 3
function Analyser.round_up(A, quotes)
  if #quotes < ROUND_UP_MIN then return end
  local s = A.s
  -- (the first quote a paragraph of its own with no tag, in the first
  -- three: most articles stop here)
  local first = quotes[1]._q
  if not first.pi or first.pi > 3 or quotes[1].cue ~= null or not A.pstart[first.pi]
     or trim(s, A.pstart[first.pi], A.pend[first.pi]) ~= first.oa then
    return
  end
  local by_par = {}
  for ix = 1, #quotes do
    local pi = quotes[ix]._q.pi
    if pi then by_par[pi] = (by_par[pi] or 0) + 1 end
  end
  local pairs_found, bare = {}, 0
  for ix = 1, #quotes do
    local r = quotes[ix]
    local q = r._q
    local pi = q.pi
    if r.cue == null and r.speaker_text == null and not q.prev_part and pi and A.pstart[pi] then
      local a, b = trim(s, A.pstart[pi], A.pend[pi])
      if a == q.oa and not find(sub(s, q.cb, b - 1), "[%w\128-\255]") and by_par[pi] == 1 then
        bare = bare + 1
        local np = pi + 1
        if A.pstart[np] and not by_par[np] then
          local ps = skip_spaces(s, A.pstart[np])
          local _, se = sentence_of(A, ps)
          -- (the first name in it that is a person's full name, past a
          -- role before it: `Victorious manager Micheal Donoghue`)
          local ms = person_mentions(A, ps, se)
          for k = 1, #ms do
            local c = ms[k]
            -- (not a club's name before its person's role and name:
            -- `Nemo Rangers manager Steven O'Brien`)
            local nw = string.match(s, "^%s+(%l+)%s+%u", c.e)
            if not c.role and not (nw and SETS.one_person[role_of(A.L, nw)]) and mention_person(A, c) then
              local canon = mention_canon(A, c)
              if find(canon, " ", 1, true) then
                pairs_found[#pairs_found + 1] = { r, canon }
                break
              end
            end
          end
        end
      end
    end
  end
  if #pairs_found < ROUND_UP_MIN or #pairs_found * 5 < bare * 3 then return end
  for i = 1, #pairs_found do
    local r, canon = pairs_found[i][1], pairs_found[i][2]
    r.speaker = entity(A, canon).canon
    -- (no headline's voice then: headline_voice)
    r.round_up = true
  end
end

return {
  refers_back = REFERS_BACK,
  is_org_name = is_org_name,
  pronoun_leads = pronoun_leads,
  tok = tok,
  is_punct_tok = is_punct_tok,
  role_of = role_of,
  mention_name = mention_name,
  np_ending = np_ending,
  subject_after = subject_after,
  no_words = no_words,
  past_inversion_word = past_inversion_word,
  one_person = SETS.one_person,
  hit_range = hit_range,
  analyse_cue = analyse_cue,
  demonstrative_before = demonstrative_before,
  cue_content = cue_content,
  one_word_opener = one_word_opener,
  written_inside = written_inside,
  mention_person = mention_person,
  person_mentions = person_mentions,
  subject_before = subject_before,
  join_place_body = Analyser.join_place_body,
}
