-- pluk.speech.lists: the language data of pluk.speech. Its word lists
-- merged and compiled into sets and LPeg patterns (compile), the
-- whole-text scan built from them (build_scan, and build_fast: the same
-- events by C searches) and the lists of the sentence pass
-- (sentence_lists). A module of its own because it is built once a
-- language and rule path, and the passes read only what it builds (L and
-- the sentence lists): few names cross the cut, and speech.lua's main
-- chunk keeps clear of Lua's limit of 200 local variables.

local lpeg = require "lpeg"
local text = require "pluk.text"
local names = require "pluk.names"

local P, R, S, C, Cp, Ct, Cc = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct, lpeg.Cc
local byte, sub, find = string.byte, string.sub, string.find
local lc, char_start = names.lc, names.char_start
local rspan = text.rspan
local parabreaks = text.parabreaks
local WC, WORD, CHAR = names.WC, names.WORD, names.CHAR


---------------------------------------------------------------------------
-- Language data
---------------------------------------------------------------------------

local load = names.load
local EMPTY = { list = {}, values = {} }

-- A trie of words as an LPeg pattern: longest entry first, whole words
-- only; alternatives at each node form a balanced choice so LPeg tests
-- about log2(n) first bytes, not n.
local function trie(words)
  local root = {}
  for _, w in ipairs(words) do
    local node = root
    for i = 1, #w do
      local b = sub(w, i, i)
      node[b] = node[b] or {}
      node = node[b]
    end
    node[""] = true
  end
  local function build(node)
    local keys = {}
    for k in pairs(node) do if k ~= "" then keys[#keys + 1] = k end end
    table.sort(keys)
    local alts = {}
    for i, k in ipairs(keys) do alts[i] = P(k) * build(node[k]) end
    local function choice(i, j)
      if i == j then return alts[i] end
      local m = (i + j) // 2
      return choice(i, m) + choice(m + 1, j)
    end
    local p
    if #alts > 0 then p = choice(1, #alts) end
    if node[""] then
      -- the word boundary is one shared rule of the grammar, not a copy
      -- of the (large) word-character class at every leaf
      local stop = lpeg.V"B"
      p = p and (p + stop) or stop
    end
    return p or P(false)
  end
  if next(root) == nil then return P(false) end
  return P{ "T", T = build(root), B = -WC }
end

-- entries plus their capitalised forms
local function caseless(list)
  local out, seen = {}, {}
  for _, w in ipairs(list) do
    for _, v in ipairs({ w, text.upper(w:match("^[%z\1-\127\194-\244][\128-\191]*") or "")
                          .. w:gsub("^[%z\1-\127\194-\244][\128-\191]*", "") }) do
      if v ~= "" and not seen[v] then seen[v] = true out[#out + 1] = v end
    end
  end
  return out
end


local LISTS = { "quote_marks", "elisions", "cue_verbs", "cue_sources",
                "complementizers", "pronouns", "role_nouns", "determiners",
                "speech_adverbs", "organisation_words", "prepositions",
                "mention_markers", "titles", "quote_tags", "cue_np_verbs",
                "function_words", "question_frames", "source_agents", "negations",
                "modal_verbs", "source_standards", "demonyms", "closed_words",
                "source_pronouns", "non_cues", "adjective_endings", "source_qualifiers",
                "fractions", "percents", "ordinals", "hedges", "directive_verbs",
                "cue_objects", "organisation_kinds", "figures", "numbers", "speech_words" }

-- (known: the languages merged when lang is nil, speech.KNOWN)
local function merged(lang, name, known)
  if lang then return load(lang, name) end
  local out = { list = {}, values = {} }
  for _, l in ipairs(known) do
    local lex = load(l, name)
    if lex then
      for _, e in ipairs(lex.list) do
        if out.values[e] == nil then
          out.list[#out.list + 1] = e
          out.values[e] = lex.values[e]
        elseif lex.values[e] ~= true and out.values[e] ~= lex.values[e] then
          -- union of the closers of a mark, of the words of a set
          if name == "quote_marks" or name == "speech_words" then
            out.values[e] = out.values[e] .. " " .. lex.values[e]
          end
        end
      end
    end
  end
  return out
end

-- language(lang [, alter]) -> L, the compiled data of one language (nil:
-- all known ones merged). Fields:
--   marks      opening mark -> set of closing marks
--   closer     closing mark -> true
--   mark       LPeg: any mark (runs of ' ` , taken whole)
--   elision    set of words that follow a leading apostrophe
--   cue        form (lower case) -> lemma;  source: cue word -> position
--   cue_p      LPeg: a cue at a word start, captured
--   comp, pron, role, det, adv, org, agent: sets keyed by lower-case word
--   sets       set name -> set of words: speech_words.txt's small sets
--              (place_prep, relative, ...); sets_as_frame_first,
--              sets_possessive_first, sets_asking_first: the first
--              bytes of three of them
--   scan       LPeg: the whole-text scan (marks, breaks, cues)
--   fast_scan  function(s): the same events, faster (nil when a rule's
--              alter changed mark or cue_p, or set scan)
-- the entries of cue_sources.txt with the word POSS, each written once
-- with every possessive of one sex of determiners.txt (`poss m`, `poss
-- f`: `was POSS verklaring` is `was zijn verklaring`, `was haar
-- verklaring`, ...); a list with none comes back as it is
local function possessives_expanded(sources, determiners)
  if not sources then return sources end
  local any = false
  for _, e in ipairs(sources.list) do
    if find(e, "POSS", 1, true) then any = true break end
  end
  if not any then return sources end
  local poss = {}
  for _, d in ipairs((determiners or EMPTY).list) do
    local v = determiners.values[d]
    if type(v) == "string" and (v == "poss m" or v == "poss f") then poss[#poss + 1] = d end
  end
  local out = { list = {}, values = {} }
  for _, e in ipairs(sources.list) do
    if find(e, "POSS", 1, true) then
      for _, d in ipairs(poss) do
        local x = e:gsub("POSS", d)
        if out.values[x] == nil then
          out.list[#out.list + 1] = x
          out.values[x] = sources.values[e]
        end
      end
    elseif out.values[e] == nil then
      out.list[#out.list + 1] = e
      out.values[e] = sources.values[e]
    end
  end
  return out
end

local function compile(lang, src)
  -- (a copy of src with cue_sources' POSS entries written out: the rest
  -- of src as loaded)
  if src.cue_sources and src.determiners then
    local expanded = possessives_expanded(src.cue_sources, src.determiners)
    if expanded ~= src.cue_sources then
      local copy = {}
      for k, v in pairs(src) do copy[k] = v end
      copy.cue_sources = expanded
      src = copy
    end
  end
  local L = { lang = lang, src = src }
  local marks, closer = {}, {}
  for _, open in ipairs((src.quote_marks or EMPTY).list) do
    local v = src.quote_marks.values[open]
    marks[open] = marks[open] or {}
    if type(v) == "string" then
      for c in v:gmatch("%S+") do
        marks[open][c] = true
        closer[c] = true
      end
    end
  end
  L.marks, L.closer = marks, closer
  -- mark strings other than the runs of ' ` , (handled whole)
  local other = {}
  local seen = {}
  local function add(m)
    if seen[m] then return end
    seen[m] = true
    if not m:find("^['`,]+$") then other[#other + 1] = m end
  end
  for m in pairs(marks) do add(m) end
  for m in pairs(closer) do add(m) end
  table.sort(other, function(a, b) if #a ~= #b then return #a > #b end return a < b end)
  local mark = P"'"^1 + P"`"^1 + P","^2
  for _, m in ipairs(other) do mark = mark + P(m) end
  L.mark = mark
  L.elision = names.keyset(src.elisions)
  L.cue = names.keyset(src.cue_verbs)
  L.source = names.keyset(src.cue_sources)
  L.comp = names.keyset(src.complementizers)
  -- complementizers written elided before the next word (`qu'il`): the
  -- forms that end in an apostrophe, with either apostrophe
  L.comp_elided = {}
  for k, v in pairs(L.comp) do
    if v == "drop" and sub(k, -1) == "'" then
      L.comp_elided[#L.comp_elided + 1] = k
      L.comp_elided[#L.comp_elided + 1] = sub(k, 1, -2) .. "\226\128\153"
    end
  end
  L.pron = names.keyset(src.pronouns)
  -- (the object forms after a source cue: `according to him`)
  L.source_pron = names.keyset(src.source_pronouns)
  L.role = names.keyset(src.role_nouns)
  -- where someone is from, a person after a determiner (`De Argentijn
  -- zei`, `the Argentine said`; see np_ending)
  L.demonym = names.keyset(src.demonyms)
  -- (the last words of those of two, `South African`: np_ending asks the
  -- word before only then)
  L.demonym_last = {}
  for key in pairs(L.demonym) do
    local last = string.match(key, "^%S+ (%S+)$")
    if last then L.demonym_last[last] = true end
  end
  -- titles name people too: `die Kanzlerin`, `the minister`
  -- (a title written with its period is an abbreviation: the same
  -- letters in capitals are an acronym, no role: the bank ING, not ing.)
  L.abbreviated_title = {}
  for _, e in ipairs((src.titles or EMPTY).list) do
    local k = lc(e):gsub("%.$", "")
    local v = src.titles.values[e]
    -- (not a generation's suffix, `Jr.`, `III`, nor a title only before
    -- a given name, `PC`: no roles)
    if not k:find("%s") and L.role[k] == nil and v ~= "after" and v ~= "suffix" and v ~= "given" then
      L.role[k] = (v == "m" or v == "f") and v or "p"
      if #k < #e then L.abbreviated_title[k] = true end
    end
  end
  L.det = names.keyset(src.determiners)
  -- (`poss m`, `poss f`: a possessive whose owner has that sex, kept
  -- apart; the kind stays the value)
  L.det_owner = {}
  for k, v in pairs(L.det) do
    local kind, sex = v:match("^(%a+)%s+(%a)$")
    if kind then L.det[k], L.det_owner[k] = kind, sex end
  end
  L.adv = names.keyset(src.speech_adverbs)
  L.prep = names.keyset(src.prepositions)
  L.tag = names.keyset(src.quote_tags)
  L.np_verb = names.keyset(src.cue_np_verbs)
  L.fw = names.keyset(src.function_words)
  L.agent = names.keyset(src.source_agents)
  L.qualifier = names.keyset(src.source_qualifiers)
  L.neg = names.keyset(src.negations)
  L.modal = names.keyset(src.modal_verbs)
  L.directive = names.keyset(src.directive_verbs)
  L.cue_object = names.keyset(src.cue_objects)
  L.org_kind = names.keyset(src.organisation_kinds)
  -- (the lemmas that have an entry: the test is asked of those only)
  L.cue_object_lemma = {}
  for k in pairs(L.cue_object) do
    local lemma = k:match("^(%S+)%s")
    if lemma then L.cue_object_lemma[lemma] = true end
  end
  -- finite verbs that close words (closed_words.txt, the figures' file:
  -- class aux or modal): a phrase with one is a clause, no appositive;
  -- and its conjunctions and relative words (class conj or rel): no
  -- modifier of a role noun after them (`, while Republican President
  -- Trump noted`)
  -- (and its other verbs, class verb, irregular past forms the most:
  -- `met`, `led`; L.closed_verb; and its adverbs, class adv: L.closed_adv)
  L.verb_word, L.conj, L.closed_verb, L.closed_adv = {}, {}, {}, {}
  local cw = src.closed_words
  for _, e in ipairs((cw or EMPTY).list) do
    local v = cw.values[e]
    if v == "aux" or v == "modal" then L.verb_word[lc(e)] = true
    elseif v == "verb" then L.closed_verb[lc(e)] = true
    elseif v == "adv" then L.closed_adv[lc(e)] = true
    elseif v == "conj" or v == "rel" then L.conj[lc(e)] = true end
  end
  for w in pairs(L.modal) do L.verb_word[w] = true end
  L.standard = names.keyset(src.source_standards)
  -- the small word sets of the analysis (speech_words.txt: `place_prep`,
  -- `passive_aux`, `contrast`, ...), by set name; and the first bytes of
  -- the as_frame words, either case (a sentence that opens otherwise is
  -- read no further for a frame)
  L.sets = names.word_sets(src.speech_words)
  L.sets_as_frame_first = {}
  for w in pairs(L.sets.as_frame) do
    local b = byte(w)
    L.sets_as_frame_first[b] = true
    if b >= 97 and b <= 122 then L.sets_as_frame_first[b - 32] = true end
  end
  -- (and the capitals that fronted_subordinator's participles in -ed
  -- open with, `Asked`: a sentence that opens otherwise holds no fronted
  -- question, Analyser.in_fronted_question)
  L.sets_asking_first = {}
  for w in pairs(L.sets.fronted_subordinator) do
    local b = byte(w)
    if find(w, "ed$") and b >= 97 and b <= 122 then L.sets_asking_first[b - 32] = true end
  end
  -- (and of the possessives, with their greatest length: a word that
  -- starts otherwise or is longer is none, and is not cut and lower-cased
  -- to tell)
  L.sets_possessive_first, L.sets_possessive_max = {}, 0
  for w in pairs(L.sets.possessive) do
    local b = byte(w)
    L.sets_possessive_first[b] = true
    if b >= 97 and b <= 122 then L.sets_possessive_first[b - 32] = true end
    if #w > L.sets_possessive_max then L.sets_possessive_max = #w end
  end
  -- cardinal number words from two on (the figures' numbers.txt; not
  -- `een`, `one`, also an article or a pronoun): a count that opens the
  -- next phrase (`volgens Rabobank drie banken`)
  L.number = {}
  for _, e in ipairs((src.numbers or EMPTY).list) do
    local v = tonumber(src.numbers.values[e])
    if v and v >= 2 then L.number[lc(e)] = true end
  end
  -- words of degree before an adjective, the figures' setting
  -- (figures.txt `degree_words`): `de meest recente telling`, `the most
  -- recent count`
  L.degree = {}
  local degree_words = src.figures and src.figures.values.degree_words
  if type(degree_words) == "string" then
    for w in degree_words:gmatch("[^|%s]+") do L.degree[lc(w)] = true end
  end
  -- the nouns of a share of people, from the figures' lists (fractions,
  -- percent words, the ordinals up to ten that name fractions, and their
  -- plurals): a poll's subject is one (`Bijna een kwart zegt`, `Zestig
  -- procent van de huurders zegt`, `two thirds of voters said`); and
  -- the hedges that may open it
  L.quantity = {}
  for _, name in ipairs({ "fractions", "percents", "ordinals" }) do
    local lex = src[name]
    for _, e in ipairs((lex or EMPTY).list) do
      local v = lex.values[e]
      local key = lc(e)
      if not find(key, "[%s%p]") and (name ~= "ordinals" or (tonumber(v) or 0) >= 3 and tonumber(v) <= 10)
         and (name ~= "percents" or v == "percent") then
        L.quantity[key] = true
        if name ~= "percents" then L.quantity[key .. "s"] = true end
      end
    end
  end
  L.hedge = {}
  for _, e in ipairs((src.hedges or EMPTY).list) do
    if not find(e, "%s") then L.hedge[lc(e)] = true end
  end
  -- question frames, lower case, longest first
  L.question_frames = {}
  for _, e in ipairs((src.question_frames or EMPTY).list) do
    L.question_frames[#L.question_frames + 1] = lc(e)
  end
  table.sort(L.question_frames, function(x, y) return #x > #y end)
  -- mention markers, by their last word -> list of the full entries
  L.marker = {}
  for _, e in ipairs((src.mention_markers or EMPTY).list) do
    local key = lc(e)
    local lastw = key:match("(%S+)$")
    L.marker[lastw] = L.marker[lastw] or {}
    table.insert(L.marker[lastw], key)
  end
  -- (org_class[c]: the words of a class of organisations, `= body` (a
  -- public body's), `= union`; and in a language that glues nouns their
  -- lower-case forms as the tails of compounds, org_class_tails[c]:
  -- `Warenautoriteit`, `Onderwijsbond`)
  L.org, L.org_class, L.org_class_tails = {}, {}, {}
  for _, e in ipairs((src.organisation_words or EMPTY).list) do
    L.org[e] = true
    local c = src.organisation_words.values[e]
    if type(c) == "string" and c ~= "" then
      L.org_class[c] = L.org_class[c] or {}
      L.org_class_tails[c] = L.org_class_tails[c] or {}
      L.org_class[c][e] = true
      if lang ~= "en" then table.insert(L.org_class_tails[c], lc(e)) end
    end
  end
  local cues = {}
  for _, e in ipairs((src.cue_verbs or EMPTY).list) do cues[#cues + 1] = e end
  -- separable verbs (`legt uit`, `voegde eraan toe`, `maakte bekend`) also
  -- stand apart in a main clause: `..., legt hij uit.`, `Hij voegde er
  -- gisteren aan toe dat ...`. Their first word is scanned as a cue too,
  -- and kept only when the particle closes its clause (see split_cue).
  -- (directive_split: a cue form of its own that opens a directive's
  -- separable form, `roept` of `roept op`: see the hits in speech.lua)
  L.split, L.directive_split = {}, {}
  for _, e in ipairs((src.cue_verbs or EMPTY).list) do
    local v, rest = e:match("^(%S+)%s+(.-)$")
    if v and not find(rest, "[^%a%s]") then
      local key = lc(v)
      local entry = { particle = lc(rest:match("(%S+)$")), lemma = src.cue_verbs.values[e] }
      if not L.cue[key] then
        if not L.split[key] then
          L.split[key] = {}
          cues[#cues + 1] = v
        end
        table.insert(L.split[key], entry)
      elseif L.directive[entry.lemma or ""] then
        L.directive_split[key] = L.directive_split[key] or {}
        table.insert(L.directive_split[key], entry)
      end
    end
  end
  for _, e in ipairs((src.cue_sources or EMPTY).list) do cues[#cues + 1] = e end
  -- phrases that open with a cue form and report nothing (`pleaded
  -- guilty`): cue form -> the lower-case words after it, each with the
  -- space before it (see not_a_cue)
  -- (`stelt ... gerust`: the particle that ends the clause, words
  -- between, makes another verb, `geruststellen` reassures; the entries
  -- as split_cue reads separable cues, lemma false: L.non_cue_split)
  L.non_cue, L.non_cue_split = {}, {}
  for _, e in ipairs((src.non_cues or EMPTY).list) do
    local v, rest = lc(e):match("^(%S+)(%s.+)$")
    local particle = rest and rest:match("^%s+%.%.%.%s+(%a+)$")
    if particle then
      L.non_cue_split[v] = L.non_cue_split[v] or {}
      table.insert(L.non_cue_split[v], { particle = particle, lemma = false })
    elseif v then
      L.non_cue[v] = L.non_cue[v] or {}
      table.insert(L.non_cue[v], rest)
    end
  end
  -- the endings of attributive adjectives (`gewraakte`,
  -- `controversial`), for a quote after a determiner and an adjective;
  -- none for an article of unknown language (a Dutch -e ends too many
  -- words elsewhere)
  -- (an entry `!ending` is a noun's ending that no such adjective has:
  -- `situatie`, L.noun_endings)
  L.adj_endings, L.noun_endings = {}, {}
  for _, e in ipairs(lang and (src.adjective_endings or EMPTY).list or EMPTY) do
    if sub(e, 1, 1) == "!" then
      L.noun_endings[#L.noun_endings + 1] = sub(e, 2)
    else
      L.adj_endings[#L.adj_endings + 1] = e
    end
  end
  L.cue_list = caseless(cues)
  L.cue_p = C(trie(L.cue_list))
  -- the strings that start a mark, for the fast scan (fast_scan): the
  -- marks L.mark matches whole from there
  local mstart = { "'", "`", ",," }
  for _, m in ipairs(other) do mstart[#mstart + 1] = m end
  L.mark_starts = mstart
  L.default_p = { mark = L.mark, cue_p = L.cue_p }
  return L
end

-- The whole-text scan: flat {kind, pos, str|end, ...} with kind 1 a mark
-- (its string), 2 a paragraph break (its end), 3 a cue (its string).
local function build_scan(L)
  local ev_mark = Cc(1) * Cp() * C(L.mark)
  local ev_para = Cc(2) * Cp() * (P"\r"^-1 * P"\n" * S" \t\r"^0 * P"\n" * S" \t\r\n"^0) * Cp()
  local ev_cue = Cc(3) * Cp() * L.cue_p
  -- a word never holds a mark, but may hold an apostrophe (don't)
  local word = WORD
  -- ASCII that is neither a word character nor the start of an event
  local plain = (R("\0\9", "\11\33", "#&", "(+", "-/", ":@", "[_", "{\127"))^1
  local step = ev_mark + ev_cue + word + plain + ev_para + CHAR
  return Ct(step^0)
end

-- The same scan, fast: build_scan's events found by three searches that
-- skip most of the text -- marks by an LPeg span over the bytes that
-- cannot start one, paragraph breaks by string.find, cues by a C word
-- trie (pluk.text.wordset) -- giving the events of each kind in text
-- order (marks, then breaks, then cues: the passes read one kind at a
-- time). build_scan steps through the text from token to token, and only
-- a word's inner joiners (don't, well-said) make a difference, handled
-- below; L.step (one of its steps) decides the rare doubtful cases.
-- Used when a rule's alter left L.mark, L.cue_p and L.scan as compiled.
local JOINER = { [45] = true, [39] = true }

-- start of the joiner (- ' U+2019 U+2010 U+2011, & between capitals:
-- Q&A) that ends right before position p, or nil
local function joiner_before(s, p)
  local b = byte(s, p - 1)
  if not b then return nil end
  if JOINER[b] then return p - 1 end
  if b == 38 then
    local u0, u1 = byte(s, p - 2), byte(s, p)
    return u0 and u1 and u0 >= 65 and u0 <= 90 and u1 >= 65 and u1 <= 90 and p - 1 or nil
  end
  if p >= 4 and (b == 153 or b == 144 or b == 145) and byte(s, p - 2) == 128
     and byte(s, p - 3) == 226 then
    return p - 3
  end
  return nil
end

-- word characters as WORD has them (`_` too, unlike is_word_at)
local function wc_at(s, i)
  local b = byte(s, i)
  if b and b < 128 and i >= 1 then
    -- letters, digits and `_`
    return (b >= 97 and b <= 122) or (b >= 65 and b <= 90) or (b >= 48 and b <= 57) or b == 95
  end
  return WC:match(s, i) ~= nil
end

-- the ASCII bytes wc_at accepts
local ASCII_WC = {}
for c = 0, 127 do
  local ch = string.char(c)
  if ch:find("[%w_]") then ASCII_WC[c] = true end
end

local function word_before(s, p)
  return p > 1 and wc_at(s, char_start(s, p - 1))
end

-- is position p where one of build_scan's steps starts? Steps up to p
-- from the last line start before it that holds no white space (a step
-- starts there whatever came before).
-- The step last reached at or before the position asked, in the text and
-- language asked (kept_step_s, kept_step_L, kept_step_z), is kept: the
-- scan asks in text order, and where no line start comes between that
-- step and p the steps go on from there, not from the line's start (a
-- text of one long line cost its length for each question).
local WS_BYTE = { [32] = true, [9] = true, [13] = true, [10] = true }
local kept_step_s, kept_step_L, kept_step_z
local function step_boundary(L, s, p)
  local kz = 0
  if s == kept_step_s and L == kept_step_L and kept_step_z <= p then
    kz = kept_step_z
    if kz == p then return true end
  end
  local z = p - 1
  while z > 1 and not (byte(s, z - 1) == 10 and not WS_BYTE[byte(s, z)]) do
    -- (on to the byte after the line break at or before z - 2: no byte
    -- between follows one)
    z = rspan(s, z - 2, "\n", true)
    -- (past the kept step without a line start: the steps go on there)
    if z <= kz then z = kz break end
  end
  local step = L.step
  local last = z
  while z < p do
    last = z
    z = step:match(s, z)
  end
  kept_step_s, kept_step_L, kept_step_z = s, L, (z == p and p or last)
  return z == p
end

-- mark_at(L, s, a) -> the mark at a (a position L.mark_set:scan(s)
-- gave), and the bytes before and after its first byte (nil outside s):
-- a byte that starts one mark only, that byte, is that mark where the
-- next byte differs (most marks: ' and "); else L.mark read whole
local function mark_at(L, s, a)
  local b0, c, b1
  if a > 1 then b0, c, b1 = byte(s, a - 1, a + 1) else c, b1 = byte(s, a, a + 1) end
  local m = L.mark_single[c]
  if not m or b1 == c then m = L.mark_c:match(s, a) end
  return m, b0, b1
end

-- the marks of s, flat {pos1, str1, pos2, str2, ...}, as
-- Ct((Cp() * C(L.mark) + 1)^0) gives them: where a key set of the strings
-- that start a mark finds one (a C scan from one first byte of a mark to
-- the next, where LPeg stopped at every comma and dash), each read by
-- mark_at unless an earlier mark holds the position (a run of
-- apostrophes); and the number of values
local function mark_scan(L, s)
  local out, n, free = {}, 0, 1
  local at = L.mark_set:scan(s)
  for x = 1, #at do
    local a = at[x]
    if a >= free then
      local m = mark_at(L, s, a)
      out[n + 1], out[n + 2] = a, m
      n = n + 2
      free = a + #m
    end
  end
  return out, n
end

local function fast_scan(L, s)
  -- (room for ten events made at once, where an empty table was regrown
  -- at the 1st, 2nd, 3rd, 5th, 9th and 17th value: most articles have
  -- more)
  local ev = { nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,
               nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil }
  local n = 0
  -- cues: word trie matches, less those build_scan does not see (inside
  -- a word: well-said; a phrase's later words when the phrase is not
  -- seen are searched again); kept in the hits table itself, behind the
  -- hit being read (made at its size in C, where a table of their own
  -- was regrown as they came), the rest of it cleared after
  local hits = L.cue_set:find(s)
  local cues, nc = hits, 0
  local k, nh = 1, #hits
  local redo = false
  while k <= nh do
    local a, b = hits[k], hits[k + 1]
    -- (the byte before the cue: most are no joiner's last, and
    -- joiner_before need not be asked)
    local c = byte(s, a - 1)
    local j = (c == 45 or c == 39 or c == 153 or c == 144 or c == 145 or c == 38) and joiner_before(s, a)
    if j and word_before(s, j) and not step_boundary(L, s, a) then
      -- not a cue; a phrase may hide one in its later words
      if find(sub(s, a, b), "%s") then
        local more = L.cue_set:find(s, a + 1, b)
        for x = 1, #more do hits[nh + x] = more[x] end
        nh = nh + #more
        redo = true
      end
    else
      cues[nc + 1], cues[nc + 2] = a, b
      nc = nc + 2
    end
    k = k + 2
  end
  for x = nc + 1, nh do hits[x] = nil end
  if redo then
    local order = {}
    for x = 1, #cues, 2 do order[#order + 1] = { cues[x], cues[x + 1] } end
    table.sort(order, function(x, y) return x[1] < y[1] end)
    cues = {}
    for _, c in ipairs(order) do cues[#cues + 1] = c[1] cues[#cues + 1] = c[2] end
  end
  -- a `_` that ends a run of build_scan's `plain` is no word character
  -- there: a cue may follow it (rare: ask L.step)
  -- (cue_end[p]: a cue ends right before p, made only when such a cue is
  -- added: the cues' ends may then not ascend, and the walk below needs
  -- them to)
  local cue_end
  local u = find(s, "_", 1, true)
  while u do
    local p = u + 1
    while byte(s, p) == 95 do p = p + 1 end
    local e = wc_at(s, p) and L.cue_p:match(s, p)
    if e and step_boundary(L, s, p) then
      local x = #cues - 1
      while x >= 1 and cues[x] > p do x = x - 2 end
      table.insert(cues, x + 2, p)
      table.insert(cues, x + 3, p + #e - 1)
      cue_end = {}
    end
    u = find(s, "_", p, true)
  end
  nc = #cues
  if cue_end then
    for x = 2, nc, 2 do cue_end[cues[x] + 1] = true end
  end
  -- marks: where a key set of the strings that start a mark finds one,
  -- as mark_scan reads them (here without its table: each decided as it
  -- is read); a lone ' or ’ between word characters is a word's (don't),
  -- unless a cue ends right before it (or a `_` does: ask L.step)
  -- (the ' between ASCII letters and digits, half the marks of English
  -- text, left out in C by scanout, which keeps those after a cue: not
  -- when cue_end holds the cues' ends, which may then not ascend)
  local at
  if cue_end then at = L.mark_set:scan(s) else at = L.mark_set:scanout(s, 1, -1, "'", cues) end
  -- (free: the first position no mark read so far holds; ce: the index
  -- in cues of the first cue end not before the mark, walked with the
  -- marks)
  local free, ce = 1, 2
  for x = 1, #at do
    local a = at[x]
    if a >= free then
      -- (b0, b1: the bytes around the mark's first byte)
      local m, b0, b1 = mark_at(L, s, a)
      free = a + #m
      -- (inner: a lone ' or ’ between word characters; with ASCII on both
      -- sides, the common case, word_before and wc_at answered by bytes)
      local inner
      if m == "'" and a > 1 and b0 < 128 and b1 and b1 < 128 then
        inner = ASCII_WC[b0] and ASCII_WC[b1]
      else
        inner = (m == "'" or m == "\226\128\153") and word_before(s, a) and wc_at(s, a + #m)
      end
      local keep = true
      if inner then
        local after_cue
        if cue_end then
          after_cue = cue_end[a]
        else
          while ce <= nc and cues[ce] < a - 1 do ce = ce + 2 end
          after_cue = ce <= nc and cues[ce] == a - 1
        end
        if not after_cue then keep = b0 == 95 and step_boundary(L, s, a) end
      end
      if keep then
        ev[n + 1], ev[n + 2], ev[n + 3] = 1, a, m
        n = n + 3
      end
    end
  end
  -- paragraph breaks: a line break, spaces, tabs and CRs, a line break,
  -- then any of those and line breaks (build_scan's `para`; found in one
  -- C pass, text.parabreaks, where a search and a byte test a line from
  -- Lua cost more than the rest of the scan)
  local breaks = n + 1
  local pb = parabreaks(s)
  for x = 1, #pb, 2 do
    ev[n + 1], ev[n + 2], ev[n + 3] = 2, pb[x], pb[x + 1]
    n = n + 3
  end
  local first_cue = n + 1
  for x = 1, nc, 2 do
    local a = cues[x]
    ev[n + 1], ev[n + 2], ev[n + 3] = 3, a, sub(s, a, cues[x + 1])
    n = n + 3
  end
  return ev, breaks, first_cue
end

-- build the fast scan's parts when L's patterns are the compiled ones;
-- L.fast_scan is then a function(s) -> events and the indices in them of
-- the first paragraph break and the first cue (the marks come first),
-- else nil
local function build_fast(L)
  local d = L.default_p
  if not d or L.scan or L.mark ~= d.mark or L.cue_p ~= d.cue_p then return nil end
  local plain = (R("\0\9", "\11\33", "#&", "(+", "-/", ":@", "[_", "{\127"))^1
  local para = P"\r"^-1 * P"\n" * S" \t\r"^0 * P"\n" * S" \t\r\n"^0
  L.step = (L.mark + L.cue_p / 0 + WORD + plain + para + CHAR) * Cp()
  L.mark_set = text.keyset({}, L.mark_starts, "")
  L.mark_c = C(L.mark)
  -- the bytes that start one mark string only, of that byte alone
  local single, longer = {}, {}
  for _, m in ipairs(L.mark_starts) do
    if #m == 1 then single[byte(m)] = m else longer[byte(m)] = true end
  end
  for b in pairs(longer) do single[b] = nil end
  L.mark_single = single
  -- a cue that starts with no word character, or holds a mark (which
  -- build_scan would not see): not here
  for _, e in ipairs(L.cue_list) do
    if not wc_at(e, 1) then return nil end
    local ms, nms = mark_scan(L, e)
    for x = 1, nms, 2 do
      local a, m = ms[x], ms[x + 1]
      if not ((m == "'" or m == "\226\128\153") and word_before(e, a)
              and wc_at(e, a + #m)) then
        return nil
      end
    end
  end
  L.cue_set = text.wordset(L.cue_list)
  return function(s) return fast_scan(L, s) end
end

---------------------------------------------------------------------------
-- The sentence pass's lists (abbreviations, sentence starters, titles)
---------------------------------------------------------------------------

local sent_data = {}

-- (known: the languages read when lang is nil, speech.KNOWN)
local function sentence_lists(lang, known)
  local key = lang or "*"
  local d = sent_data[key]
  local abbr = lang and load(lang, "abbreviations") or nil
  if d and d.abbr_src == abbr then return d end
  local starters = lang and load(lang, "sentence_starters") or nil
  d = { abbr_src = abbr, start_src = starters, abbr = {}, starters = {}, cap = {}, low = {} }
  local langs = lang and { lang } or known
  for _, l in ipairs(langs) do
    local a = load(l, "abbreviations")
    for _, e in ipairs((a or EMPTY).list) do
      local key, v = lc(e:gsub("%.$", "")), a.values[e]
      d.abbr[key] = v
      -- (a plain entry with a capital needs one in the text, as in
      -- pluk.sentences: `Ill.` is a state, `ill.` ends a sentence)
      if v ~= "pre" and v ~= "num" and find(e, "^%u") then d.cap[key] = true end
      -- (and a title in lower case is no word in capitals: `ING.` is the
      -- bank, `ing.` a title)
      if v == "pre" and find(e, "%l") then d.low[key] = true end
    end
    local st = load(l, "sentence_starters")
    for _, e in ipairs((st or EMPTY).list) do d.starters[e] = true end
    -- an abbreviated title is written with its period (`Dr.`, `dhr.`):
    -- a word-length title before a stop ends its sentence (`... hit by an
    -- officer. Then`, `zei de trainer. Hij`)
    local t = load(l, "titles")
    for _, e in ipairs((t or EMPTY).list) do
      if not e:find(" ") and e:find("%.$") then
        local key = lc(e:gsub("%.$", ""))
        d.abbr[key] = "pre"
        if find(e, "%l") then d.low[key] = true end
      end
    end
  end
  sent_data[key] = d
  return d
end

return {
  trie = trie,
  LISTS = LISTS,
  merged = merged,
  compile = compile,
  build_scan = build_scan,
  build_fast = build_fast,
  sentence_lists = sentence_lists,
}
