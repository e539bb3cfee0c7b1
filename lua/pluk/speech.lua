-- pluk.speech: who said what, without a parser.
--
-- One analysis of an article serves both rules/quotes.lua (direct quotes)
-- and rules/attributions.lua (reported speech): analyse(article) runs once
-- per article table (a weak cache) and returns
--   { quotes = {...}, attributions = {...} }
-- whose entries are ready-made records (0-based byte offsets, end
-- exclusive; see docs/quotes.md for the fields).
--
-- How it works, in passes over the text:
--   1. one scan finds quotation marks, paragraph breaks and speech cues
--      (cue_verbs.txt, cue_sources.txt: a trie, tried at word starts; an
--      LPeg pattern, or the same events faster with a C word trie);
--   2. marks are paired per paragraph with a stack (quote_marks.txt), the
--      characters on either side telling an opening " from a closing one
--      and an apostrophe (don't, 's-Hertogenbosch, Jones') from a quote;
--   3. sentences are cut only where needed (around quotes and cues), never
--      inside a quote;
--   4. each cue finds its speaker on either side (`zegt Zuckerberg`,
--      `Zuckerberg zei:`, `she told AFP`, `volgens de topman`) and the
--      content it reports; each quote takes the cue that tags it, the cue
--      before it in its sentence, the cue of the sentence before, or the
--      speaker of the quotes around it;
--   5. mentions resolve to speakers: names to their fullest form in the
--      article (pluk.names), pronouns to the most recent fitting person,
--      role nouns (`de topman`) to the person given that role, else to the
--      most recent speaker.
--
-- The code is split by pass, each module well under Lua's limit of 200
-- local variables a chunk: pluk.speech.lists (the language data and the
-- scan of pass 1), pluk.speech.bytes (byte-level helpers over the text),
-- pluk.speech.structure (passes 1 to 3), pluk.speech.cues (passes 4 and
-- 5) and pluk.speech.analyser (the Analyser method table they share).
-- This file runs the passes over an article (Analyser:analyse, attribute)
-- and holds the rule-facing functions.
--
-- Everything that is language is data along the rule path,
-- rules/<lang>/<name>.txt: quote_marks, elisions, cue_verbs, cue_sources,
-- complementizers, pronouns, role_nouns, determiners, speech_adverbs,
-- organisation_words, and the name lists of pluk.names.
--
-- Extending: speech.new{alter = function(L, lang) ... return L end} gives an
-- analyser whose language data `L` (sets and LPeg patterns, see compile
-- in pluk.speech.lists) a rule changes before use, as Lunamark's
-- alter_syntax does; see docs/quotes.md.

local names = require "pluk.names"
local lists = require "pluk.speech.lists"
local bytes = require "pluk.speech.bytes"
local structure = require "pluk.speech.structure"
local cues = require "pluk.speech.cues"
local Analyser = require "pluk.speech.analyser"

local byte, sub, find = string.byte, string.sub, string.find
local lc, is_upper_at, is_lower_at = names.lc, names.is_upper_at, names.is_lower_at
local tokens, load = names.tokens, names.load
local ltok, word_key = names.lc_tok, names.word_key
-- the helpers and pass functions the analysis calls, in locals: a call
-- stays an upvalue call, not a table look-up
local ASCII_PUNCT, char_byte, first_byte = bytes.ASCII_PUNCT, bytes.char_byte, bytes.first_byte
local count_words, floor_index, run_start = bytes.count_words, bytes.floor_index, bytes.run_start
local skip_spaces, space_back = bytes.skip_spaces, bytes.space_back
local tail_run, trim, rtrim = bytes.tail_run, bytes.trim, bytes.rtrim
local paragraphs, find_quotes = structure.paragraphs, structure.find_quotes
local quote_at, sentence_of = structure.quote_at, structure.sentence_of
local tok = cues.tok
local is_punct_tok, role_of = cues.is_punct_tok, cues.role_of
local mention_name, np_ending, subject_after = cues.mention_name, cues.np_ending, cues.subject_after
local no_words, hit_range, analyse_cue = cues.no_words, cues.hit_range, cues.analyse_cue
local past_inversion_word, ONE_PERSON = cues.past_inversion_word, cues.one_person
local REFERS_BACK = cues.refers_back
local pronoun_leads = cues.pronoun_leads
local demonstrative_before, cue_content = cues.demonstrative_before, cues.cue_content
local one_word_opener, mention_person = cues.one_word_opener, cues.mention_person
local written_inside = cues.written_inside
local person_mentions = cues.person_mentions
require "pluk.speech.interview"

local M = {}

-- the word-character class and word pattern, for rules that extend L
M.WC, M.WORD = names.WC, names.WORD

-- trie(words) -> an LPeg pattern of the words, whole words only
M.trie = lists.trie

-- The languages whose data is merged for an article of unknown language.
M.KNOWN = { "nl", "en", "de", "fr" }

-- Tunables (a rule may change them on its own analyser: analyser.config).
M.CONFIG = {
  -- a quote of at most this many words needs a cue right beside it
  short_words = 2,
  -- a quote of fewer than this many words needs a cue in its sentence
  clause_words = 6,
  -- how far (bytes) to look back for a speaker before a cue
  back_window = 70,
  -- how far (bytes) to look for a speaker after a cue
  ahead_window = 140,
  -- at most this many words in a speaker after an inverted cue
  np_words = 9,
}

---------------------------------------------------------------------------
-- Analyser
---------------------------------------------------------------------------

-- new{alter = fn(L, lang) -> L, config = {...}} -> analyser
function M.new(opts)
  opts = opts or {}
  local a = setmetatable({
    alter = opts.alter,
    config = setmetatable(opts.config or {}, { __index = M.CONFIG }),
    langs = {},
    lists = {},
    cache = setmetatable({}, { __mode = "k" }),
  }, Analyser)
  return a
end

-- language data for lang (nil: merged), rebuilt when a list changes
function Analyser:language(lang)
  local key = lang or "*"
  local L = self.langs[key]
  -- the word lists come from the rule path: a new path gives new tables,
  -- so one list tells whether the rest changed
  if L and (not lang or L.src.cue_verbs == load(lang, "cue_verbs")) then return L end
  local src = {}
  for _, name in ipairs(lists.LISTS) do src[name] = lists.merged(lang, name, M.KNOWN) end
  L = lists.compile(lang, src)
  if self.alter then L = self.alter(L, lang) or L end
  L.fast_scan = lists.build_fast(L)
  L.scan = L.scan or lists.build_scan(L)
  self.langs[key] = L
  return L
end


---------------------------------------------------------------------------
-- The analysis
---------------------------------------------------------------------------

local null = require("pluk.json").null

-- the byte that ends a sentence at position x, for a quote closed by
-- apostrophes (the Dutch `,,...''`, a single `'...'`): the byte before
-- them when s[x] is one (not going back past lo), else s[x]
local function end_byte_past_apostrophes(s, x, lo)
  while x > lo and byte(s, x) == 39 do x = x - 1 end
  return byte(s, x)
end

-- subject_first_tag(A, t) -> the tag of a quote whose tokens t after it
-- open with a capitalised subject or a subject pronoun, then a verb of
-- quote_tags.txt that ends the clause: `"...?" Charles Gichira posed.`,
-- `"...," Smith nodded.`, `"...," she laughs.` (a cue there is the cue
-- list's); else nil
local function subject_first_tag(A, t)
  local s, L = A.s, A.L
  local n = #t // 2
  -- (or a determiner's role: `"...," the magistrate queried.`)
  local det_role = n >= 3 and L.det[ltok(s, t, 1)] ~= nil
  if not (is_upper_at(s, t[1]) or n >= 3 and L.pron[ltok(s, t, 1)] or det_role) then return nil end
  -- (a name's particles and a role's of-phrase inside the subject:
  -- `Charles Gichira Chairman of Nairobi County Association posed`)
  for j = 2, (n - 1 < 8 and n - 1 or 8) do
    local w = ltok(s, t, j)
    -- (the role's own words after its determiner: adjectives and the
    -- noun, `the senior magistrate`)
    local role_word = det_role and j <= 4 and not L.tag[w] and not L.cue[w] and not L.verb_word[w]
                      and (role_of(L, w) or j < n and not is_punct_tok(s, t, j + 1))
    if is_lower_at(s, t[2 * j - 1]) and not role_word
       and not ((A.g.particles[w] or L.prep[w] or L.det[w]) and j < n and not is_punct_tok(s, t, j + 1)) then
      -- (a tag of two words, a verb and its particle, quote_tags.txt's
      -- `fired back`, `chimed in`)
      local last = L.tag[w] and is_punct_tok(s, t, j + 1) and j
      if not last and j + 2 <= n and is_punct_tok(s, t, j + 2) and L.tag[w .. " " .. ltok(s, t, j + 1)] then
        last = j + 1
      end
      if not last then return nil end
      local h = { s = t[2 * j - 1], e = t[2 * last], form = sub(s, t[2 * j - 1], t[2 * last] - 1), generic = true, done = true }
      local ss, se, pi = sentence_of(A, h.s)
      h.ss, h.se, h.pi = ss, se, pi
      local m = cues.subject_before(A, h.s, ss)
      if not m or m.s ~= t[1] then return nil end
      h.subj = m
      return h
    end
  end
  return nil
end

-- an anchored inverted tag with a verb not in the lexicon, right after a
-- quote: `,'' lachte hij`, `," toonde leider Rossi zich tevreden`
local function generic_tag(A, q)
  local s, L, g = A.s, A.L, A.g
  local x = q.cb
  local ends_comma = false
  local c = char_byte(s, q.ca - 1)
  if c == 44 or c == 33 or c == 63 then
    ends_comma = true
  else
    -- then a comma must come first: the usual `." He` is decided by the
    -- byte after the white space (ASCII), without tokens
    local y = x
    local b = byte(s, y)
    while b == 32 or (b and b >= 9 and b <= 13) do
      y = y + 1
      b = byte(s, y)
    end
    if not b or (b < 128 and b ~= 44) then return nil end
  end
  -- (nine tokens at most: the comma, `zo`, the verb and two words are
  -- read, and up to four more to a determiner's role noun)
  local t = tokens(s, x, (#s + 1 < x + 80 and #s + 1 or x + 80), 9)
  local n = #t // 2
  local k = 1
  if k <= n and (tok(s, t, k) == "," ) then ends_comma = true k = k + 1 end
  if not ends_comma or k + 1 > n then return nil end
  -- `,'' zo legde van Boxtel het ontwerp uit`
  local zo = ltok(s, t, k)
  if (zo == "zo" or zo == "so" or zo == "ainsi") and k + 2 <= n then k = k + 1 end
  local w = ltok(s, t, k)
  -- (a subject first reads further: its name may have a role's phrase;
  -- and so a subject pronoun, `"...," she nodded.`, `"...," he laughs.`)
  if not is_lower_at(s, t[2 * k - 1]) or L.pron[w] or L.det[w] then
    return subject_first_tag(A, tokens(s, t[2 * k - 1], (#s + 1 < x + 120 and #s + 1 or x + 120), 10))
  end
  local w2 = ltok(s, t, k + 1)
  -- (an auxiliary as the verb, outside English, with an adverb and a
  -- pronoun after it, inverted: `"...", was ook hij scherp bij Het
  -- Laatste Nieuws`)
  -- (or a copula right before a name, then words in lower case: `"...",
  -- was Van Gastel na afloop eerlijk`)
  local aux_inverted = A.lang ~= "en" and A.lang ~= nil and L.adv[w] and L.verb_word[w]
                       and (L.adv[w2] and k + 2 <= n and L.pron[ltok(s, t, k + 2)] ~= nil
                            or L.sets.copula and L.sets.copula[w]
                               and (names.kind(s, t, k + 1, g) == "N"
                                    or k + 2 <= n and g.particles[w2] and is_upper_at(s, t[2 * k + 1])
                                       and names.kind(s, t, k + 2, g) == "N"))
  if not aux_inverted and (g.stop[w] or L.det[w] or L.adv[w] or L.comp[w] or L.pron[w] or L.sets.relative[w]) then
    return nil
  end
  -- (an English gerund has no subject after it: a name there is the
  -- clause's, `"...", adding Iran will pursue the case`; a pronoun is the
  -- speaker's own, `"...", saying he intends to leave`, where the quote
  -- opens its sentence: inside a report the pronoun opens the gerund's
  -- clause, `Gavin Robinson said Belfast got to see "the real Nichola",
  -- adding she has been ...`)
  if A.lang == "en" and #w > 4 and sub(w, -3) == "ing"
     and (not L.pron[w2] or skip_spaces(s, (sentence_of(A, q.oa))) ~= q.oa) then
    return nil
  end
  -- (after a role noun its name, its initials, or a second role joined
  -- by `en`/`and` before the name: `vindt diaken en scriba D.J. Verkuil`,
  -- which subject_after reads)
  local k2 = k + 2 <= n and names.kind(s, t, k + 2, g)
  -- (a surname's particles may be two or three words: `Van der Meer`)
  local kp = k + 1
  while kp < n and kp < k + 4 and g.particles[ltok(s, t, kp)] do kp = kp + 1 end
  local ok = L.pron[w2] or names.kind(s, t, k + 1, g) == "N"
             or (kp > k + 1 and names.kind(s, t, kp, g) == "N")
             or ((L.det[w2]) and k + 2 <= n and (role_of(L, tok(s, t, k + 2)) ~= nil or k2 == "N"))
             or role_of(L, tok(s, t, k + 1)) and k + 2 <= n
                and (k2 == "N" or k2 == "I" or L.sets.conjunction[ltok(s, t, k + 2)])
  -- (or, outside English, an adverb before the pronoun or name, which
  -- subject_after passes: `"...", was ook hij scherp bij Het Laatste
  -- Nieuws`)
  -- (or up to two adverbs, then a determiner and a role noun: `"...",
  -- vindt ook de trainer`, `vond nu ook de burgemeester`)
  if not ok and A.lang ~= "en" and A.lang ~= nil and L.adv[w2] and k + 2 <= n then
    local j = k + 2
    if L.adv[ltok(s, t, j)] and L.verb_word[ltok(s, t, j)] ~= true and j < n then j = j + 1 end
    local wj = ltok(s, t, j)
    ok = L.pron[wj] ~= nil or names.kind(s, t, j, g) == "N"
         or L.det[wj] ~= nil and j < n and role_of(L, tok(s, t, j + 1)) ~= nil
  end
  -- (or one of a group: `dacht een van de bewoners`, which subject_after
  -- reads as one person of the group)
  if not ok and L.sets.one_word[w2] and k + 3 <= n then
    local w3 = ltok(s, t, k + 2)
    ok = w3 == "van" or w3 == "of"
  end
  -- (or a determiner, modifiers and a role noun: `reflected the former
  -- Australian Test leg spinner`)
  if not ok and L.det[w2] then
    for j = k + 3, (n < k + 6 and n or k + 6) do
      local wj = ltok(s, t, j)
      if is_punct_tok(s, t, j) or L.comp[wj] or L.cue[wj] or L.prep[wj] or L.det[wj] or L.fw[wj]
         or L.sets.relative[wj] then
        break
      end
      if role_of(L, tok(s, t, j)) then ok = true break end
    end
  end
  if not ok then return nil end
  -- the verb is the quote's cue when a list knows it (cue_verbs.txt,
  -- quote_tags.txt); any other verb in that place still names the speaker
  local form = tok(s, t, k)
  local known = L.cue[w] or L.tag[w]
  local h = { s = t[2 * k - 1], e = t[2 * k], form = known and form or nil, generic = true,
              done = true }
  local ss, se, pi = sentence_of(A, h.s)
  h.ss, h.se, h.pi = ss, se, pi
  h.subj = subject_after(A, h.e, se)
  if not h.subj then return nil end
  -- (a name that runs on into another's surname ends before it, the one
  -- spoken of: `valt doelvrouw Aisling D'Hooghe Thijssen bij`)
  if h.subj.kind == "name" then h.subj = Analyser.first_of_two_surnames(A, h.subj) or h.subj end
  return h
end

-- does a phrase of non_cues.txt (L.non_cue[key]: the words after the
-- cue form) go on at x, right after the cue, to the end of a word?
local function not_a_cue(s, rests, x)
  for i = 1, #rests do
    local r = rests[i]
    local e = x + #r
    if lc(sub(s, x, e - 1)) == r and not find(s, "^[%w\128-\255]", e) then return true end
  end
  return false
end

-- particle_ends_clause(s, entries, x) -> is the last word before the
-- first punctuation after x (within 110 bytes), in lower case, a
-- particle of entries?
local function particle_ends_clause(s, entries, x)
  local ce = find(s, "[.,;:!?\n]", x)
  if not ce or ce - x > 110 then return false end
  -- (read back from the punctuation, byte by byte: a pattern anchored at
  -- the end alone tries every start)
  local we = ce - 1
  while we >= x and byte(s, we) == 32 do we = we - 1 end
  local w = bytes.tail_letters(s, x, we)
  -- (a particle is written in lower case: a capital there ends a name,
  -- `zegt Bart Bergen van coffeeshop Pas Op.`)
  if not w or names.is_upper_at(w, 1) then return false end
  w = lc(w)
  for i = 1, #entries do
    if entries[i].particle == w then return true end
  end
  return false
end

-- particle_infinitive(L, s, a, lemma) -> the separable particle right
-- before `te` and the cue form at a (`een barometer op te stellen`: op),
-- when that particle and the cue's lemma make no cue of the lexicon: the
-- infinitive is another verb's (`opstellen` drafts, `vaststellen` is a
-- cue of its own); else nil. Outside the languages whose speech_words.txt
-- lists such particles, nil.
local function particle_infinitive(L, s, a, lemma)
  local particles = L.sets.separable_particle
  if not next(particles) then return nil end
  local w1, w2 = string.match(sub(s, (a > 30 and a - 30 or 1), a - 1), "(%a+)%s+(%a+)%s+$")
  if not (w2 and lc(w2) == "te" and particles[lc(w1)]) then return nil end
  local lemmas = L.cue_lemmas
  if not lemmas then
    lemmas = {}
    for _, l in pairs(L.cue) do lemmas[l] = true end
    L.cue_lemmas = lemmas
  end
  if lemmas[lc(w1) .. lemma] then return nil end
  return w1
end

-- split_cue(A, entries, x) -> the lemma of the separable verb whose
-- particle ends the clause that goes on at x (`legt hij uit.`, `voegde
-- er gisteren aan toe dat`), or nil: the verb alone is no cue (`legt een
-- ei`). The clause ends at punctuation, a quote mark or a complementizer.
-- (at_end: only punctuation or a complementizer ends it, no preposition's
-- phrase or infinitive after the particle: a non-cue's particle, `stelt
-- hem niet gerust.`, not `zegt op te stappen`, `stelt uit te gaan van`)
local function split_cue(A, entries, x, at_end)
  local s, L = A.s, A.L
  -- (thirteen tokens at most: nine words, a short parenthesis and the
  -- one after the last: `laat een woordvoerder van de club uit Kerkrade
  -- weten`)
  local t = tokens(s, x, (#s + 1 < x + 110 and #s + 1 or x + 110), 13)
  local n = #t // 2
  -- (word_key's answer read here, without a call a token: the token
  -- marks tell a word, lc's memo its key)
  local marks, lc_memo = t.nonword, names.lc_memo
  -- (a pronominal adverb may stand apart, adverbs between: `wees er ook
  -- op dat` is `wees erop dat`; er_w: `er` and the word, once `er` was
  -- read)
  local er = false
  local k, last = 0, (n < 9 and n or 9)
  while k < last do
    k = k + 1
    if (marks >> (k - 1)) & 1 == 1 then
      -- (past a title's period: `legt prof. Philippe Beutels uit`; and
      -- past a surname's initial, as Dutch reports name suspects, one
      -- capital, its period, a word in lower case after it: `De rechter
      -- hield T. voor dat ...`)
      if k > 1 and tok(s, t, k) == "." and t[2 * k - 2] == t[2 * k - 1]
         and (names.title_like(A.g, tok(s, t, k - 1) .. ".")
              or k < n and t[2 * k - 2] - t[2 * k - 3] == 1 and is_upper_at(s, t[2 * k - 3])
                 and is_lower_at(s, t[2 * k + 1])) then
        last = (n < last + 1 and n or last + 1)
        goto next_token
      end
      -- (past a short parenthesis after a name: `Dat maakte
      -- Zorgverzekeraars Nederland (ZN) dinsdag bekend`)
      if not (tok(s, t, k) == "(" and k + 2 <= n and tok(s, t, k + 2) == ")") then return nil end
      k = k + 2
      last = (n < last + 3 and n or last + 3)
      goto next_token
    end
    do
    local tw = sub(s, t[2 * k - 1], t[2 * k] - 1)
    local w = lc_memo[tw] or lc(tw)
    if L.comp[w] and k > 1 then
      -- (not `dat` as the object right before the particle: `lichtte de
      -- wethouder dat toe: ...`, a complementizer then opening nothing)
      -- (the particle then ends the clause; the content, when any, starts
      -- past it: particle_end)
      local nx = k < n and ltok(s, t, k + 1) or nil
      for ix = 1, #entries do
        local en = entries[ix]
        if nx == en.particle and (k + 1 == n or is_punct_tok(s, t, k + 2)) then return en.lemma, t[2 * k + 2] end
      end
      return nil
    end
    local er_w = er and "er" .. w
    if w == "er" then er = true end
    for ix = 1, #entries do
      local en = entries[ix]
      if w == en.particle or er_w == en.particle then
        -- the particle must end the clause: punctuation, a complementizer
        -- or the text's end after it
        local nx = k < n and ltok(s, t, k + 1) or nil
        -- (or a prepositional phrase: `Dat maakte zij bekend in een brief
        -- aan de Tweede Kamer`)
        if not nx or is_punct_tok(s, t, k + 1) or L.comp[nx] or L.prep[nx] and not at_end then return en.lemma end
        -- or a Dutch infinitive with `te` that ends the clause after it:
        -- `laat in een reactie weten het besluit te begrijpen` (the
        -- content starts past the particle, particle_end)
        if not at_end and A.lang == "nl" and find(s, "^[^,;:.!?\n]-%f[%a]te%s+%l+n[%s.!?]", t[2 * k]) then
          return en.lemma, t[2 * k]
        end
      end
    end
    end
    ::next_token::
  end
  return nil
end

-- article_lists(lang, cue_verbs) -> {L, g (the names grammar), sd (the
-- sentence lists)} for an article in lang (nil: merged; cue_verbs: lang's
-- list, loaded). They are checked against the rule path with one list an
-- article, lang's cue verbs (en's titles for nil, the list the names
-- grammar checks): a new path gives new tables, so one list tells whether
-- the rest changed (four loads an article, each a pcall, cost some 9k
-- instructions)
function Analyser:article_lists(lang, cue_verbs)
  local key = lang or "*"
  local probe = cue_verbs or load("en", "titles")
  local c = self.lists[key]
  if c and c.probe == probe then return c end
  names.begin()
  c = { probe = probe, L = self:language(lang), g = names.grammar(lang or "en"),
        sd = lists.sentence_lists(lang, M.KNOWN) }
  self.lists[key] = c
  return c
end

function Analyser:analyse(article)
  local hit = self.cache[article]
  if hit then return hit end
  local s = article.text
  local lang = article.lang
  local cue_verbs = lang ~= nil and load(lang, "cue_verbs")
  if not cue_verbs then lang = nil end
  local lists = self:article_lists(lang, cue_verbs)
  local L = lists.L
  -- (the fast scan's events come by kind, and it says where the breaks
  -- and the cues start: each pass below reads its own kind only)
  local ev, breaks, first_cue
  if L.fast_scan then ev, breaks, first_cue = L.fast_scan(s) else ev = L.scan:match(s) end
  -- no mark and no cue (events 1 and 3; 2 is a paragraph break): no quote
  -- and nothing reported, and no need of the tables below
  local k = 1
  while ev[k] == 2 do k = k + 3 end
  if not ev[k] then
    local res = { quotes = {}, attributions = {} }
    self.cache[article] = res
    return res
  end
  local A = {
    article = article, s = s, lang = lang, L = L, g = lists.g,
    config = self.config, first = (article.header_end or 0) + 1,
    sents = {}, sd = lists.sd, entities = {}, pm_cache = {}, tick = 0,
    -- (made when first written: many articles need neither)
    indef = nil, role_cache = nil,
    -- (the fields the passes below set, named here: the table is made at
    -- its final size, not rehashed when they are added)
    qb_x = nil, qb_k = nil,
    pstart = nil, pend = nil, quotes = nil, qa = nil, qb = nil, q_near = nil, p_near = nil,
    hits = nil, hs = nil, next_memo = nil, common_memo = nil, group_memo = nil,
    the_memo = nil, plural_the_memo = nil, first_pron = nil, last = nil, last_pos = nil, last_person = nil,
    last_group = nil, last_org = nil, last_org_pos = nil, org_before = nil,
    keep = nil, keep_oa = nil, resolved_hits = nil,
    pron_entity = nil, written_memo = nil, turns = nil, exclude = nil, offices_present = nil, title_subject = nil,
    office_memo = nil, couple_seen = nil, title_case_end = nil, line_paras = nil,
  }
  paragraphs(A, ev, breaks, first_cue and first_cue - 1)
  find_quotes(A, ev, breaks and breaks - 1)
  -- cues outside quotes (hs: their starts)
  local hits, hs, nh = {}, {}, 0
  local first = A.first
  local cue, source, split, non_cue, non_cue_split = L.cue, L.source, L.split, L.non_cue, L.non_cue_split
  local generic = L.sets.generic_pronoun
  -- (form -> lc(form), kept with L: a few hundred forms, asked about in
  -- every article)
  local form_key = L.form_key
  if not form_key then
    form_key = {}
    L.form_key = form_key
  end
  -- (the top-level quote that holds a cue, quote_at's answer by a walk
  -- along the quotes: the cues come in text order; qk is the last quote
  -- that opens by the cue)
  local qa, qb, quotes = A.qa, A.qb, A.quotes
  local nq, qk = #qa, 0
  for k = first_cue or 1, #ev, 3 do
    if ev[k] == 3 then
      local a = ev[k + 1]
      local form = ev[k + 2]
      local f1 = first_byte[form]
      local capital = f1 >= 65 and f1 <= 90
      if capital then
        -- a capitalised cue inside a sentence is part of a name (United
        -- States, Read): only the first word of a sentence may be one
        local x = space_back(s, a, first)
        local c = x > first and char_byte(s, x - 1) or 10
        -- (a quote closed by apostrophes, the Dutch `,,...''`, ends a
        -- sentence when the byte before them does)
        if c == 39 then c = end_byte_past_apostrophes(s, x - 1, first) end
        -- (a line break before it opens a line: after a heading, `Leugens
        -- // Volgens Heinen helpt het niet ...`)
        if not (c == 10 or c == 46 or c == 33 or c == 63 or c == 58 or c == 34 or c == 40
                or c >= 128 or find(sub(s, x, a - 1), "\n", 1, true)) then
          a = 0
        end
      end
      if a >= first then
        -- cues inside quotes are the speaker's words, not a report; but a
        -- one-word quote is a cue in scare quotes (he 'said')
        while qk < nq and qa[qk + 1] <= a do qk = qk + 1 end
        local q = qk > 0 and a < qb[qk] and quotes[qk] or nil
        if not (q and count_words(s, q.cs, q.ce, 2) > 1) then
          local key = form_key[form]
          if not key then
            key = lc(form)
            form_key[form] = key
          end
          local lemma = cue[key]
          -- (a separable verb's first word alone: a cue only with its particle)
          local keep, particle_end = true, nil
          if not lemma and not source[key] and split[key] then
            lemma, particle_end = split_cue(A, split[key], a + #form)
            keep = lemma ~= nil
          elseif lemma and L.directive_split[key] then
            -- (a cue of its own that is a directive's first word too:
            -- `roept mensen op zich te melden` asks, it reports nothing)
            local l2, pe2 = split_cue(A, L.directive_split[key], a + #form)
            if l2 then lemma, particle_end = l2, pe2 end
          end
          local rests = non_cue[key]
          if rests and not_a_cue(s, rests, a + #form) then keep = false end
          -- (an English cue's form in -s right after a possessive is its
          -- noun: `Mr Doherty's comments were "a cheap shot"`)
          if keep and lang == "en" and byte(form, -1) == 115 and a > 4
             and (sub(s, a - 3, a - 1) == "'s " or sub(s, a - 5, a - 1) == "\226\128\153s ") then
            keep = false
          end
          -- (or its particle ends the clause: `stelt hem ook niet gerust`;
          -- the clause's last word asked first, split_cue's tokens made
          -- only when it is a particle: most `zegt`s end no clause so)
          if keep and lemma and non_cue_split[key] and particle_ends_clause(s, non_cue_split[key], a + #form)
             and split_cue(A, non_cue_split[key], a + #form, true) == false then
            keep = false
          end
          if keep and lemma and byte(s, a - 2) == 101 and particle_infinitive(L, s, a, lemma) then keep = false end
          -- (a generic pronoun right after the cue is its subject, and
          -- the clause says what one does, no one's report: `Meestal wil
          -- je weten of ...`, `zeg je dat ...`)
          if keep and generic[lc(string.match(s, "^%s+([%a]+)", a + #form) or "")] then keep = false end
          if keep then
            -- (the nil fields are analyse_cue's: named here, they are room
            -- made at once, not two regrowths of the table later)
            -- (scare_quote: the one-word quote around the cue, or nil)
            nh = nh + 1
            hits[nh] = { s = a, e = a + #form, form = form, key = key, lemma = lemma,
                         scare_quote = q, particle_end = particle_end, done = nil, ss = nil, se = nil, pi = nil,
                         where = nil, subj = nil, content = nil }
            hs[nh] = a
          end
        end
      end
    end
  end
  A.hits = hits
  A.hs = hs
  local res = { quotes = {}, attributions = {} }
  -- (no quote and no cue: nothing to attribute)
  if #hits > 0 or #A.quotes > 0 then self:attribute(A, res) end
  self.cache[article] = res
  return res
end

local note_speaker, is_heading, echoed_speaker, resolve_found
-- the words of a line of a list of quoted lines at most
-- (Analyser.quoted_line_list)
local LIST_LINE_WORDS = 6

-- is paragraph pi a heading (a title line): short, no full stop at its end?
is_heading = function(A, pi)
  local ps, pe = A.pstart[pi], A.pend[pi]
  if not ps or pi >= #A.pstart then return false end
  local a, b = trim(A.s, ps, pe)
  if b - a > 200 then return false end
  local c = char_byte(A.s, b - 1)
  if c == 39 then c = end_byte_past_apostrophes(A.s, b - 1, a) end
  if c == 46 or c == 33 or c == 63 then return false end
  -- (a quote's closing mark ends a title that opens with no quote and
  -- whose quote ends in no stop: `Rutte: ‘We gaan door’`, `Hospitals
  -- chief executive says targets “incredibly challenging”`; a paragraph
  -- that is a quote alone, or ends in a quoted sentence, is none)
  if c == 34 or c >= 128 and not names.is_word_at(A.s, names.char_start(A.s, b - 1)) then
    local q = quote_at(A, b - 1)
    if not (q and q.cb == b and q.oa > a) then return false end
    local e = char_byte(A.s, q.ca - 1)
    if e == 46 or e == 33 or e == 63 or e == 44 then return false end
  end
  -- (nor one of two sentences, the second a quote's lead-in: `X said the
  -- case showed ... Its founder, Maria Okonjo, said:`; but a photo's
  -- caption whose second is its credit is, `Nick Hulme, chief executive
  -- of Ipswich hospitals. Credit: NHS`, speech_words.txt's
  -- `credit_label`)
  local _, two = find(A.s, "^[^\n]-[%.!?] %u", a)
  if two and two < b then
    local label = string.match(A.s, "^(%a+):%s", two)
    if not (label and A.L.sets.credit_label[lc(label)]) then return false end
    -- (a caption names and describes, it reports nothing: no cue before
    -- the credit, `The money will pay for a new roof, the charity said.
    -- Credit: ...` is a paragraph)
    for w in string.gmatch(sub(A.s, a, two - 1), "%a+") do
      if A.L.cue[lc(w)] then return false end
    end
    local more = find(A.s, "[%.!?] %u", two)
    return not (more and more < b)
  end
  return true
end
Analyser.is_heading = is_heading

-- sub(s, lo, x - 1):match("([^%s%p]+)[%s]*$"), by bytes: the last run of
-- bytes that are neither ASCII white space nor ASCII punctuation in s[lo,
-- x), before the white space that ends it, or nil
local WORD_NOT_PUNCT = {}
for c = 0, 255 do
  WORD_NOT_PUNCT[c] = c >= 128 or not (ASCII_PUNCT[c] or c == 32 or (c >= 9 and c <= 13))
end
local function last_word(s, lo, x)
  local j = x
  while j > lo do
    local c = byte(s, j - 1)
    if c == 32 or (c >= 9 and c <= 13) then j = j - 1 else break end
  end
  local i = run_start(s, j, lo, WORD_NOT_PUNCT)
  if i == j then return nil end
  return sub(s, i, j - 1)
end

-- speech-like content: a quote of several words that reads as a clause
-- (the words of s[a, b), runs of bytes that are neither white space nor
-- ASCII punctuation, and the capitalised ones counted in one call, none
-- when a lower-case one is longer than four bytes: text.capwords)
local capwords = require("pluk.text").capwords
-- does word w (lower case) open a relative clause: a relative pronoun of
-- speech_words.txt, or `what`/`wat` (`in what politicians called`)?
local function opens_relative(sets, w)
  return sets.relative[w] or w == "what" or w == "wat"
end

-- Analyser.capitalised_words(s, a, b): is s[a, b) words that each open
-- with a capital, and nothing else?
function Analyser.capitalised_words(s, a, b)
  if b <= a then return false end
  for w in string.gmatch(sub(s, a, b - 1), "%S+") do
    if not is_upper_at(w, 1) then return false end
  end
  return true
end

local function title_case(s, a, b)
  if b <= a then return false end
  -- (capitals only, ending in `!`: a shout, `"I WON THIS ELECTION, BY A
  -- LOT!"`)
  if byte(s, b - 1) == 33 and not find(sub(s, a, b - 1), "%l") then return false end
  local words, caps = capwords(s, a, b - 1, 4)
  if not words then return false end
  -- (a long title may have three short lower-case words: `Andy Warhol:
  -- Photographs and Prints from the University Collection`)
  return words >= 2 and caps >= 2 and (caps >= words - 2 or words >= 6 and 3 * caps >= 2 * words)
end

-- Analyser.fragment(A, a, b): is s[a, b) a short fragment of a sentence,
-- ten words at most, with no verb the lists know (closed_words.txt's
-- verbs, auxiliaries, cues, verbs of being called): `Tot teleurstelling
-- van de trainer.`, not `De winkel heet Opoes Erfenis, maar ...`
function Analyser.fragment(A, a, b)
  local L = A.L
  local naming = L.sets.naming_verb
  local n = 0
  -- (the first four words kept, the first in lower case: in Dutch and
  -- German a word no list knows, after a determiner and its noun that
  -- open the sentence and before a preposition, a determiner, an adverb
  -- or a source cue's word, is the finite verb the lists lack, `Die
  -- gegevens lagen bij Plasterk.`, `lagen volgens hem bij Plasterk`)
  local w1, w2, w3, w4
  for w in string.gmatch(sub(A.s, a, b - 1), "[%a\128-\255]+") do
    n = n + 1
    local lw = names.lc_memo[w] or lc(w)
    if n > 10 or Analyser.listed_verb(L, lw) or naming[lw] then return false end
    if n == 1 then w1 = lw elseif n == 2 then w2 = w elseif n == 3 then w3 = w elseif n == 4 then w4 = lw end
  end
  if n >= 4 and A.lang ~= "en" and A.lang ~= nil and L.det[w1] and is_lower_at(w2, 1) and is_lower_at(w3, 1)
     and not (L.prep[w3] or L.det[w3] or L.fw[w3] or L.adv[w3] or L.conj[w3] or L.sets.coord[w3])
     and (L.prep[w4] or L.det[w4] or L.adv[w4] or L.source[w4]) then
    return false
  end
  return n >= 2
end

-- Analyser.written_again(A, w, x): does the article write word w, as a
-- whole word, anywhere but at x?
function Analyser.written_again(A, w, x)
  for a in Analyser.whole_words(A.s, w) do
    if a ~= x then return true end
  end
  return false
end

-- Analyser.first_person_quote(A, q): does quote q speak in the first
-- person singular (speech_words.txt's `first_person`: `ik`, `I`)?
function Analyser.first_person_quote(A, q)
  local fp = A.L.sets.first_person
  for w in string.gmatch(sub(A.s, q.cs, q.ce - 1), "[%a\128-\255]+") do
    -- (English `I` only in its capital: `i` is no word of its own)
    if fp[w] or fp[lc(w)] and w ~= "i" then return true end
  end
  return false
end

-- other_person(an, A, q, e) -> for quote q, the last person who spoke
-- who is not e, else the person named last in the sentences before it
-- who is not e, or nil
local function other_person(an, A, q, e)
  local spoke = A.person_speakers
  for i = #(spoke or ""), 1, -1 do
    if spoke[i] ~= e then return spoke[i] end
  end
  if A.exclude ~= nil then return nil end
  A.exclude = e
  local o = an:recent_person(A, sentence_of(A, q.oa), "mf", 4, false)
  A.exclude = nil
  if o and o.person then return o end
  -- (or a given name of the list, after a preposition too: `Het was voor
  -- Erwin al reden genoeg ...`)
  local x = sentence_of(A, q.oa)
  for _ = 1, 4 do
    if x <= A.first then break end
    local ps = sentence_of(A, x - 1)
    local ms = person_mentions(A, ps, x)
    for i = #ms, 1, -1 do
      local c = ms[i]
      if not c.role and (Analyser.lone_given(A, c.text) or Analyser.given_first(A, c.text)) then
        local e2 = an:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
        if e2 and e2 ~= e and e2.person ~= false then return e2 end
      end
    end
    x = ps
  end
  return nil
end

-- Analyser.own_role_quote(A, q, head): does quote q say `my`
-- (speech_words.txt's `first_possessive`) right before role noun head
-- (`mijn stiefvader`, `my son`)?
function Analyser.own_role_quote(A, q, head)
  local fp = A.L.sets.first_possessive
  local text = sub(A.s, q.cs, q.ce - 1)
  local init = 1
  while true do
    local a, b = find(text, head, init, true)
    if not a then return false end
    local w = string.match(sub(text, (a - 12 > 1 and a - 12 or 1), a - 1), "([%a\128-\255]+)%s+$")
    -- (the noun whole: `op mijn manier` holds no `man`)
    if w and fp[lc(w)] and not names.is_word_at(text, b + 1) then return true end
    init = b + 1
  end
end

-- Analyser.stance_after(A, e): is the word after a mention that ends at
-- e (past a bracket, `Jorine Dirks (SP)`) a verb of holding a view
-- (speech_words.txt's `stance_verb`: `vindt`, `verwacht`, `believes`)?
function Analyser.stance_after(A, e)
  local s = A.s
  local x = e
  local _, be = find(s, "^%s*%b()", x)
  if be then x = be + 1 end
  local w = string.match(s, "^%s+(%l[%l\128-\255]*)", x)
  return w ~= nil and A.L.sets.stance_verb[w] ~= nil
end

-- Analyser.verb_after_comma(A, q): does quote q open its sentence
-- (its paragraph or a sentence's end before its mark) and have a comma,
-- inside its marks or right after, then a finite verb in lower case
-- (closed_words.txt's verbs, a cue, a quote tag)?
function Analyser.verb_after_comma(A, q)
  local s, L = A.s, A.L
  local w, after = string.match(s, "^,%s+(%l[%l\128-\255]*)()", q.cb)
  if not w and byte(s, q.ce - 1) == 44 then w, after = string.match(s, "^%s+(%l[%l\128-\255]*)()", q.cb) end
  if not (w and (L.verb_word[w] == true or L.cue[w] or L.tag[w])) then return false end
  local x = space_back(s, q.oa, A.first)
  local c = x > A.first and byte(s, x - 1) or 10
  if not (c == 10 or c == 46 or c == 33 or c == 63) then return false end
  -- (and speech, not a title, a motto or a sign's words, which stand so
  -- before their verb too, `"Goede tijden, slechte tijden", is dit jaar
  -- ...`, `"Nooit meer oorlog", stond op de spandoeken`: the verb's
  -- subject after it, a pronoun, `kan ze nog net uitbrengen`; or a
  -- statement's noun in the next words, `staat in een verklaring`; or
  -- the quote speaks in the first or second person, `We schamen ons`)
  local sets = L.sets
  local nw = string.match(s, "^%s+([%a\128-\255]+)", after)
  if nw and (L.pron[lc(nw)] or "") ~= "" and not sets.generic_pronoun[lc(nw)] and is_lower_at(s, after + 1) then
    return true
  end
  local n = 0
  for v in string.gmatch(sub(s, after, after + 60), "[%a\128-\255]+") do
    n = n + 1
    if n > 4 then break end
    if sets.statement_noun[lc(v)] then return true end
  end
  if Analyser.first_person_quote(A, q) or Analyser.first_plural_quote(A, q) then return true end
  for v in string.gmatch(sub(s, q.cs, q.ce - 1), "[%a\128-\255]+") do
    if sets.second_person[lc(v)] then return true end
  end
  return false
end

-- Analyser.first_plural_quote(A, q): does quote q say we (speech_words.txt's
-- `first_plural`: `we`, `us`, `our`, `wij`, `ons`) in its first twelve
-- words?
function Analyser.first_plural_quote(A, q)
  local fp, n = A.L.sets.first_plural, 0
  for w in string.gmatch(sub(A.s, q.cs, q.ce - 1), "[%a\128-\255]+") do
    n = n + 1
    if n > 12 then break end
    if fp[lc(w)] then return true end
  end
  return false
end

-- Analyser.group_subject_before(A, ss) -> the group role (a definite or
-- bare plural, `andere ondernemers`, `de bewoners`) that opens the
-- sentence before the one at ss as its subject, past an opening adverb or
-- coordinator (`Ook`, `Maar`), that sentence the first of its paragraph;
-- or nil
function Analyser.group_subject_before(A, ss)
  local s, L = A.s, A.L
  local ps, pe, pi = sentence_of(A, ss - 1)
  if ps >= ss then return nil end
  if pe > ss then pe = ss end
  local a = skip_spaces(s, ps)
  -- (the sentence opens its paragraph: the group is what the paragraph
  -- is about, not a group a speaker's paragraph mentions, `Nijhof was
  -- ... de eerste spreker. ... Grote partijen komen naar Nederland`)
  local pstart = pi and A.pstart[pi]
  if not pstart or skip_spaces(s, pstart) ~= a then return nil end
  local w, x = string.match(s, "^([%a\128-\255]+)%s+()", a)
  local lw = w and lc(w)
  if lw and (L.adv[lw] or L.sets.coord[lw]) and not L.det[lw] then a = x end
  local m = Analyser.first_np(A, a, pe)
  -- (a bare plural capitalised where it opens the sentence reads as a
  -- name: `Residents are scared.`, `Omwonenden zijn bang.`)
  -- (not a surname that is a plural's form too, the article writing
  -- it capitalised inside a sentence: `zegt Johan Damen ... Damen woont`)
  if m and m.kind == "name" and m.s == a and not find(m.text, "[^%a]") and not written_inside(s, m.text) then
    local key = names.lc_memo[m.text] or lc(m.text)
    local r, head = role_of(L, key)
    if r == "g" then m = { s = m.s, e = m.e, kind = "role", gender = "g", head = head, text = m.text } end
  end
  -- (and a group's plural after one capitalised adjective of where its
  -- people are from: `West-Friese huisartsen trekken aan de bel`,
  -- `Zeeuwse boeren`)
  if m and m.kind == "role" and m.gender == "g" and m.s > a and m.def ~= "poss" then
    local adj = string.match(sub(s, a, m.s - 1), "^(%u[%a\128-\255%-]+)%s+$")
    local la = adj and lc(adj)
    if la and (L.demonym[la] or A.lang ~= "en" and (find(la, "se$") or find(la, "sche$"))) then
      m = { s = a, e = m.e, kind = "role", gender = "g", head = m.head, def = m.def, text = sub(s, a, m.e - 1) }
    end
  end
  if not (m and m.s == a and m.kind == "role" and m.gender == "g" and m.def ~= "poss") then return nil end
  -- (the phrase's verb right after it: a subject, no fronted object)
  -- (a verb that is a determiner's form too is the verb there, after a
  -- plural: `De bonden zijn boos`)
  local v = string.match(s, "^%s+([%a\128-\255]+)", m.e)
  local lv = v and lc(v)
  if not v or L.det[lv] and not (L.verb_word[lv] == true or L.sets.copula[lv]) or L.prep[lv] then return nil end
  -- (nor a passive's subject, of whom something is done: `Residents are
  -- being moved to a sports hall`, `Bewoners worden opgevangen`; the
  -- official quoted before goes on)
  if L.sets.passive_aux[lv] then return nil end
  local v2 = string.match(s, "^%s+[%a\128-\255]+%s+(%a+)", m.e)
  if v2 and L.sets.passive_marker[v2] then return nil end
  return m
end

-- Analyser.named_in_tagged_quote(A, h, e): does the quote that closes
-- right before cue h (its comma inside the marks, a space after) name
-- person e by the last word of e's name, a whole word?
function Analyser.named_in_tagged_quote(A, h, e)
  if not e.person then return false end
  local s = A.s
  local y = h.s - 1
  while y > 0 and (byte(s, y) == 32 or byte(s, y) == 44) do y = y - 1 end
  local q = y > 0 and quote_at(A, y)
  if not q or q.cb < y - 3 then return false end
  return Analyser.names_in_quote(A, q, e)
end

-- Analyser.names_in_quote(A, q, e): does quote q name person e by the
-- last word of e's name (three letters or more), or by the given name
-- of the list that opens it (`Benjamin komt één keer per week` of
-- `Benjamin Lutun`), a whole word?
function Analyser.names_in_quote(A, q, e)
  local s = A.s
  local last = string.match(e.canon, "(%S+)$")
  -- (a name's: `Mijn collega ...` after `een collega` names no one)
  if not last or #last < 3 or not is_upper_at(last, 1) then return false end
  -- (the quote's own text searched: a search of the article would run on
  -- past the quote to the next use of the name)
  local text = sub(s, q.cs, q.ce - 1)
  local first = string.match(e.canon, "^(%u[%l\128-\255]+) %S")
  if first and not (#first >= 3 and A.g.given and A.g.given[lc(first)]) then first = nil end
  for _, w in ipairs({ last, first }) do
    local x = find(text, w, 1, true)
    while x do
      -- (the given name alone, no other person's surname after it:
      -- `David Parker` in David Shearer's quote names someone else, and so
      -- does a given name in brackets, `Mr (Jim) Allister`)
      if not names.is_word_at(text, x - 1) and not names.is_word_at(text, x + #w)
         and (w == last or not find(text, "^%)? %u", x + #w) or sub(text, x + #w + 1, x + #w + #last) == last) then
        return true
      end
      x = find(text, w, x + 1, true)
    end
  end
  return false
end

-- resolve_without(an, A, m, e) -> mention m resolved with entity e passed
-- over (A.exclude, which the caller found unset), or nil
local function resolve_without(an, A, m, e)
  A.exclude = e
  local r = an:resolve(A, m, m.s)
  A.exclude = nil
  return r
end

-- Analyser:clause_subject_person(A, x) -> the person named first in the
-- clause that holds x, before x (from the sentence's start or its last
-- comma, semicolon or colon, past a conjunction), as a subject stands;
-- else nil
function Analyser:clause_subject_person(A, x)
  local ss = sentence_of(A, x)
  local seg = sub(A.s, ss, x - 1)
  local cut = string.match(seg, ".*[,;:]()")
  local cs = cut and ss + cut - 1 or ss
  -- (or at the last complementizer: `Mark Rutte zegt dat het plan
  -- volgens hem te duur is` is Rutte's own view, the clause after `dat`
  -- naming no one)
  local comp = A.L.comp
  for wx, w in string.gmatch(sub(A.s, cs, x - 1), "()([%a\128-\255]+)") do
    if comp[lc(w)] then cs = cs + wx - 1 + #w end
  end
  local ms = person_mentions(A, cs, x)
  local c = ms[1]
  if not (c and c.subj and not c.role and mention_person(A, c)) then return nil end
  local e = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
  return e and e.person ~= false and e or nil
end

-- remember e as the last speaker (and last person, group, organisation;
-- of organisations the one before too, with where each spoke: `it` takes
-- no organisation that speaks after it in its own clause, `It cited the
-- Air Force as stating ...`)
note_speaker = function(A, e, pos)
  A.last, A.last_pos = e, pos
  if e.person then
    A.last_person = e
    -- (the people who spoke, in order, each once: the last of a sex is
    -- asked for by a he or she no nearer person fits)
    local spoke = A.person_speakers
    if not spoke then spoke = { pos = {} } A.person_speakers = spoke end
    if spoke[#spoke] ~= e then spoke[#spoke + 1] = e end
    spoke.pos[#spoke] = pos
  elseif e.group then A.last_group = e
  elseif e.person == false then
    if A.last_org ~= e then A.org_before = A.last_org end
    A.last_org, A.last_org_pos = e, pos
  end
end

-- h's speaker, resolved once an article (A.resolved_hits: hit -> entity,
-- or false for none)
function Analyser:resolve_hit(A, h)
  local resolved = A.resolved_hits
  if not resolved then
    resolved = {}
    A.resolved_hits = resolved
  end
  if resolved[h] ~= nil then return resolved[h] or nil end
  local e
  local m = h.subj
  -- (a pronoun of a cue of going on, speech_words.txt's
  -- `continuation_cue`, is the last speaker, where that one is a person of
  -- its sex: `The backline made Namibia pay with McKenzie pulling the
  -- strings. "...," he continued.` is the coach who spoke last)
  if m and m.kind == "pron" and h.lemma and A.L.sets.continuation_cue[h.lemma] and A.last and A.last.person
     and (A.last.gender == nil or m.gender == nil or find(m.gender, A.last.gender, 1, true)) then
    e = A.last
  elseif m then
    -- (a he or she of a reply's cue is whom the cue before spoke to:
    -- `"Is it over?" the judge asked the defendant. "No," he replied.`)
    if (m.kind == "pron" or m.kind == "role" and m.def == "def" and m.head and ONE_PERSON[m.gender])
       and h.lemma and A.L.sets.reply_cue[h.lemma] then
      e = Analyser.reply_to(self, A, h, m)
    end
    -- (a he or she after a source's cue is not its own clause's subject:
    -- `Maar Wilders heeft volgens hem niets bereikt`, `But Farage has
    -- according to him achieved nothing`)
    if not e and m.kind == "pron" and h.where and m.how == "after" and (m.gender == "m" or m.gender == "f")
       and A.exclude == nil then
      local subj = Analyser.clause_subject_person(self, A, h.s)
      if subj then e = resolve_without(self, A, m, subj) end
    end
    -- (a Dutch or German he or she right after its cue is not the name
    -- that opens the sentence right before the cue, its fronted object:
    -- `Guus Elkhuizen noemde hij Frank Underwood` is someone else's)
    if not e and m.kind == "pron" and m.how == "after" and (m.gender == "m" or m.gender == "f")
       and (A.lang == "nl" or A.lang == "de") and A.exclude == nil then
      local obj = Analyser.fronted_object_name(A, h)
      if obj then
        local oe = self:resolve(A, obj, obj.s)
        if oe then e = resolve_without(self, A, m, oe) end
      end
    end
    -- (the cue whose he or she is read: Analyser.newcomer_object asks
    -- whether it goes on from the last speaker)
    local outer = A.pron_hit
    A.pron_hit = h
    e = e or self:resolve(A, m, m.s)
    A.pron_hit = outer
    -- (not one the quote this cue tags names in it: a speaker seldom
    -- speaks of himself by his name, `over minister Kaag. "We weten toch
    -- allemaal dat mevrouw Kaag ...", zei hij` is no Kaag)
    if e and m.kind == "pron" and A.exclude == nil and Analyser.named_in_tagged_quote(A, h, e) then
      e = resolve_without(self, A, m, e) or e
    end
  end
  if e then
    note_speaker(A, e, m.s)
    -- (one a cue named: see own_role_quote's callers)
    e.cued = true
  end
  resolved[h] = e or false
  return e
end

-- Analyser.fronted_clause_end(A, ps, pe) -> in Dutch and German, for a
-- sentence [ps, pe) that opens with a clause of `dat`, `als`, `omdat` ...
-- (complementizers.txt, closed_words.txt's conj), the comma that closes
-- it before the main clause's finite verb and a he/she pronoun, with the
-- pronoun's position, text and gender; else nil (`Dat nu ook het CDA,
-- van oudsher een boerenpartij, pleit voor ..., ziet hij niet als
-- signaal ...`: the comma before `ziet hij`)
function Analyser.fronted_clause_end(A, ps, pe)
  if A.lang == "en" or A.lang == nil then return nil end
  local s, L = A.s, A.L
  local w1 = string.match(s, "^%s*([%a\128-\255]+)", ps)
  local lw1 = w1 and lc(w1)
  if not (lw1 and (L.comp[lw1] or L.conj[lw1])) then return nil end
  local c = find(s, ",", ps, true)
  while c and c < pe do
    local pw, pword = string.match(s, "^%s+[%l\128-\255]+%s+()([%a]+)%f[^%a]", c + 1)
    local pg = pword and L.pron[lc(pword)]
    if pg and find(pg, "[mf]") and not quote_at(A, pw) then return c, pw, pword, pg end
    c = find(s, ",", c + 1, true)
  end
  return nil
end

-- Analyser.fronted_phrase_subject(A, ps, pe) -> in Dutch and German, for a
-- sentence [ps, pe) that opens with a preposition's phrase (no name's
-- particle) or a clause a conjunction opens, the name after the last
-- comma's finite verb (a `verb` of closed_words.txt), the main clause's
-- inverted subject, as a name mention; else nil (`Aan een verlaging van
-- de bijstand, een idee dat fractieleider Klaas Dijkhoff ... opperde, zal
-- Segers niet meewerken` is about Segers, not Dijkhoff)
function Analyser.fronted_phrase_subject(A, ps, pe)
  if A.lang ~= "nl" and A.lang ~= "de" then return nil end
  local s, L, g = A.s, A.L, A.g
  local w1 = string.match(s, "^%s*([%a\128-\255]+)", ps)
  local lw1 = w1 and lc(w1)
  -- (or with a clause a conjunction opens, its comma closing it: `Waar
  -- zorgminister Fleur Agema aangaf ..., was Heinen wel betrokken` is
  -- about Heinen)
  local clause = lw1 and not L.prep[lw1] and (L.comp[lw1] or L.conj[lw1]) and true
  if not (lw1 and (L.prep[lw1] and not g.particles[lw1] or clause)) then return nil end
  local at
  local c = find(s, ",", ps, true)
  while c and c < pe do
    local v, na = string.match(s, "^%s+([%l\128-\255]+)%s+()%u", c + 1)
    if v and L.verb_word[v] and na < pe then at = na end
    c = find(s, ",", c + 1, true)
  end
  -- (or, with no comma, the finite verb of the main clause right after
  -- the phrase, four words at most, and a name after it: `Van het CDA
  -- had De Kleer verwacht dat ...`)
  if not at and not clause then
    local t0 = tokens(s, ps, (pe < ps + 120 and pe or ps + 120))
    for k = 3, (#t0 // 2 < 6 and #t0 // 2 or 6) - 1 do
      if is_punct_tok(s, t0, k) then break end
      if L.verb_word[ltok(s, t0, k)] and is_lower_at(s, t0[2 * k - 1]) then
        if is_upper_at(s, t0[2 * k + 1]) then at = t0[2 * k + 1] end
        break
      end
    end
  end
  if not at then return nil end
  local t = tokens(s, at, (pe < at + 80 and pe or at + 80))
  if #t < 2 or names.kind(s, t, 1, g) ~= "N" then return nil end
  return mention_name(s, t, 1, names.run_starting(s, t, 1, g) or 1)
end

-- reported_by_earlier(A, k1, k, x [, sx]): does a cue hit k1 .. k - 1 with a
-- subject have a complementizer (complementizers.txt) in the three words
-- after it, its reported clause running on to x with no quote mark,
-- colon or semicolon between, or (sx: the later cue's subject before
-- it) that subject right after it?
local function reported_by_earlier(A, k1, k, x, sx)
  local s, comp = A.s, A.L.comp
  for j = k1, k - 1 do
    local hj = analyse_cue(A, A.hits[j])
    local between = hj.subj and hj.e < x and sub(s, hj.e, x - 1)
    -- (or, its complementizer left out, the later cue's subject right
    -- after it: `Hipkins said police were not reporting an increase.`)
    if between and sx and hj.subj.how == "before" and hj.e <= sx and not find(sub(s, hj.e, sx - 1), "%S") then
      return true
    end
    if between and not find(between, "[\"\226:;]") then
      local n = 0
      for w in string.gmatch(between, "[%a\128-\255]+") do
        if comp[lc(w)] then return true end
        n = n + 1
        if n == 3 then break end
      end
    end
  end
  return false
end

-- the previous sentence of position x, if it has a cue with a speaker
-- (A.keep, A.keep_oa: the kept quotes and their opening marks)
function Analyser.prev_sentence_cue(A, x)
  local ss = sentence_of(A, x)
  if ss <= A.first then return nil end
  local ps, pe = sentence_of(A, ss - 1)
  if pe > ss then pe = ss end
  local k1, k2 = hit_range(A, ps, pe)
  -- (the last cue of a main clause first: not one in a relative clause,
  -- `Mr Varadkar said ... he met Mr Naughten who informed him of "...".
  -- // "..."` is Varadkar's)
  local relative
  -- (nor, in Dutch and German, one in a clause of `dat`, `als`, `omdat`
  -- ... that opens the sentence before its comma: `Dat nu ook het CDA
  -- pleit voor ..., ziet hij niet als signaal. ,,...''` is his)
  local fronted_end = Analyser.fronted_clause_end(A, ps, pe) or 0
  -- (a quote's tag before it, a verb of quote_tags.txt with its
  -- subject, after the sentence's last cue: `Dat Tata Steel dat getal
  -- heeft vastgesteld, vindt Berghuis "onbestaanbaar". "..."`)
  -- (the sentence's kept quotes read once: their last generic tag
  -- before them, and the first after one, asked at the end)
  local keep = A.keep
  local i = floor_index(A.keep_oa, ps - 1) + 1
  local tagged, right_generic
  while keep[i] and keep[i].oa < pe do
    local q = keep[i]
    local l = q.left
    if l and l.generic and l.s >= ps then tagged = l end
    if not right_generic and q.right and q.right.generic then right_generic = q.right end
    i = i + 1
  end
  if tagged and (k2 < k1 or A.hits[k2].s < tagged.s) then return tagged end
  for k = k2, k1, -1 do
    local h = analyse_cue(A, A.hits[k])
    if h.subj and h.s < fronted_end then break end
    -- (nor one inside the clause an earlier cue of the sentence reports,
    -- after its complementizer: `Westerhof vindt dat er eerst aan
    -- patiënten moet worden uitgelegd hoe ...` is Westerhof's)
    if h.subj and not (k > k1 and reported_by_earlier(A, k1, k, h.s, h.subj.how == "before" and h.subj.s or nil)) then
      local w = names.letters_before_space(A.s, (h.s - 8 > ps and h.s - 8 or ps), h.s - 1)
      -- (a Dutch or German `dat` before a cue whose subject follows it
      -- is a demonstrative, no relative pronoun: a relative clause puts
      -- its verb last, `zegt een aanwezige en dat beaamt de wethouder`)
      local rel_word = w and A.L.sets.relative[lc(w)] and not (A.lang ~= "en" and h.subj.how == "after")
      -- (nor one whose subject a subordinator opens a clause with, the
      -- main clause's tag before it: `"...," resident Nick Hinman said
      -- when a deputy warned him that ... "..."` is Hinman's)
      if not rel_word and h.subj.how == "before" and h.subj.s > ps then
        rel_word = k > k1 and Analyser.subordinator_before(A, h.subj.s, ps)
      end
      -- (nor, in Dutch and German, one whose subject a relative pronoun
      -- stands right before, its verb last: the pronoun is the subject,
      -- the name its object, `aldus de Béthune, die Vermeersch verweet
      -- misbruik te maken van de tribune. "..."`)
      if not rel_word and A.lang ~= "en" and A.lang ~= nil and h.subj.how == "before" and h.subj.s > ps then
        local wb = names.letters_before_space(A.s, (h.subj.s - 12 > ps and h.subj.s - 12 or ps), h.subj.s - 1)
        rel_word = wb ~= nil and A.L.sets.relative[lc(wb)] ~= nil
      end
      if not (h.subj.relative or rel_word) then return h end
      relative = relative or h
    end
  end
  if relative then return relative end
  -- a generic tag of a quote in that sentence
  return right_generic
end

-- whether only up to n words in lower case (an adverbial, `op de
-- tekeningen`) stand between x and the sentence's closing punctuation
local function lower_words_to_end(s, x, n)
  for _ = 0, n do
    local e = string.match(s, "^%s*[.!?]()", x)
    if e then return true end
    e = string.match(s, "^ %l+()", x)
    if not e then return false end
    x = e
  end
  return false
end

-- Analyser.credit_line(A, a, b): is [a, b) a photo's credit, a name
-- and a slash before an agency's name in capitals, nothing else (`Dan
-- Sheridan / INPHO`, `Foto: ANP / Remko de Waal` has a colon and is read
-- as it stands), or with no spaces round the slash before a capitalised
-- agency's name of one word (`Stephen Pond/GettyImages`)?
function Analyser.credit_line(A, a, b)
  local line = sub(A.s, a, b - 1)
  if not find(line, "/", 1, true) then return false end
  return find(line, "^%s*%u[%a%.'%- \128-\255]* / %u%u+[%u/ ]*%s*$") ~= nil
         or find(line, "^%s*%u[%a%.'%- \128-\255]*%a/%u[%a]+%s*$") ~= nil
end

-- the subject of the previous sentence, when it is a person: a name, or
-- a he/she pronoun (resolved), or a role noun at its start
function Analyser.prev_sentence_person(A, x)
  local s, L = A.s, A.L
  local ss = sentence_of(A, x)
  if ss <= A.first then return nil end
  local ps, pe = sentence_of(A, ss - 1)
  if pe > ss then pe = ss end
  -- (a photo's credit line names no one in the story: `Dan Sheridan /
  -- INPHO`)
  if Analyser.credit_line(A, ps, pe) then return nil end
  -- (in Dutch and German a sentence that opens with a clause of `dat`,
  -- `als`, `omdat` ... has its subject after the comma that closes it and
  -- the finite verb: `Dat nu ook het CDA ... pleit voor ..., ziet hij niet
  -- als signaal ...` is about him, not the CDA)
  local _, pw, pword, pg = Analyser.fronted_clause_end(A, ps, pe)
  if pw then return { s = pw, e = pw + #pword, kind = "pron", text = pword, gender = pg } end
  local fm = Analyser.fronted_phrase_subject(A, ps, pe)
  if fm then return fm end
  -- (`Die laatste`, `The latter` opening it: the person last named in the
  -- sentence before, `... door buurtbewoners Yvette Mincke (55) en Marc
  -- Vermylen (62). Die laatste was vroeger nog schepen. "..."`)
  local latter = Analyser.latter_before(A, ps)
  if latter then return latter end
  -- (a couple's noun with its article that opens it: `Het echtpaar wil
  -- erger voorkomen. "..."`, the names joined before)
  local da, dw, nw, ne
  if Analyser.has_couple_noun(A) then da, dw, nw, ne = string.match(s, "^%s*()([%a]+)%s+([%a\128-\255]+)()", ps) end
  if nw and L.sets.couple_noun[lc(nw)] and REFERS_BACK[L.det[lc(dw)]] then
    return { s = da, e = ne, kind = "role", head = lc(nw), gender = "g", def = L.det[lc(dw)],
             text = sub(s, da, ne - 1) }
  end
  -- (and so the plural of a person's role noun with its definite article:
  -- `De veldrijders zien het graag gebeuren. "Eindelijk slijk."`)
  -- (its first word read first: most sentences open with no determiner)
  local w0 = string.match(s, "^%s*(%a+)", ps)
  local f = w0 and L.det[names.lc_memo[w0] or lc(w0)] == "def" and Analyser.first_np(A, ps, pe)
  if f and f.kind == "role" and f.gender == "g" and f.def == "def" and f.head and f.s == skip_spaces(s, ps)
     and cues.one_person[role_of(L, f.head)] then
    return f
  end
  local ms = person_mentions(A, ps, pe)
  local first_name
  for ix = 1, #ms do
    local c = ms[ix]
    -- (not a group's role noun of one word, capitalised where it opens
    -- the sentence: `Kamerleden die zich hieraan schuldig maken, houden
    -- ...` names no one)
    if c.subj and (c.role or mention_person(A, c) and not (c.initial and role_of(L, c.text) == "g")) then
      first_name = c
      -- (a role that a copula makes the name after it is that person:
      -- `Een van hen is trainer Piet Smit.`)
      if c.role then
        local named = Analyser.role_equated_name(A, c, ms[ix + 1])
        if named and mention_person(A, named) then first_name = named end
      end
      break
    end
  end
  -- (a name after role nouns joined by en/and that open the sentence,
  -- its first phrase: `Flatbewoner en voorzitter van de VVE Kees
  -- Lichtendahl is de roddels ... spuugzat.`; the capitalised role alone
  -- took the subject's place)
  if not first_name and ms[1] and ms[1].subj and not ms[1].role and role_of(L, ms[1].text) then
    local f = Analyser.first_np(A, ps, pe)
    if f and f.kind == "name" then
      for ix = 2, #ms do
        local c = ms[ix]
        if c.s >= f.s and c.e <= f.e and mention_person(A, c) then first_name = c break end
      end
    end
  end
  -- a pronoun before that name (or with no name) is the subject
  local t = tokens(s, ps, (pe < ps + 200 and pe or ps + 200))
  local n = #t // 2
  local stop = first_name and first_name.s
  local leads = pronoun_leads(L, "mf")
  for k = 1, n do
    local p = t[2 * k - 1]
    if stop and p >= stop then break end
    -- (a he/she word first, then whether it stands in a quote: most
    -- words are no pronoun, and most open with a byte none opens with)
    local b = byte(s, p)
    local lw = (b >= 128 or leads[b]) and word_key(s, t, k)
    if lw then
      local pg = L.pron[lw]
      if pg and find(pg, "[mf]") and not quote_at(A, p) then
        return { s = p, e = t[2 * k], kind = "pron", text = tok(s, t, k), gender = pg }
      end
    end
    -- (so is a possessive of one sex that opens it, before a noun that
    -- names no person: its owner, `Marcel van den Bosse ... is positief.
    -- Zijn partij heeft evenveel zetels. "We hebben ..."`; a person owned
    -- is whom it tells of, above)
    if k == 1 and n >= 2 then
      local ow = word_key(s, t, 1)
      local og = ow and L.det_owner[ow]
      if (og == "m" or og == "f") and not ONE_PERSON[role_of(L, tok(s, t, 2))] and not is_punct_tok(s, t, 2) then
        return { s = p, e = t[2], kind = "pron", text = tok(s, t, 1), gender = og }
      end
    end
  end
  if not first_name or first_name.role then
    -- a name that closes the sentence after a comma and one verb the
    -- lists do not know: an inverted tag (`Mooier kon niet, vond Van
    -- Moorsel.`), past a role that opens it too (`Een eigen predikant
    -- geeft de gemeente vooruitzicht, ervaart Verkuil.`)
    -- (and past the name's role in lower case after the verb, up to
    -- three words, no preposition: `Geen chique actie, vindt voormalig
    -- linksbuiten Jans.`)
    local c = ms[#ms]
    local between = c and c ~= first_name and not c.role
                    and string.match(sub(s, (c.s - 60 > ps and c.s - 60 or ps), c.s - 1), ",%s*([%l\128-\255][%l%s%-\128-\255]-)%s+$")
    local tag_role = false
    if between and find(between, "%s") then
      local nw, ok = 0, true
      for w in string.gmatch(between, "%S+") do
        nw = nw + 1
        if nw > 1 and (L.prep[w] or L.fw[w] and not L.det[w] or L.verb_word[w]) then ok = false end
      end
      tag_role = ok and nw <= 4 and ONE_PERSON[role_of(L, string.match(between, "(%S+)$"))] ~= nil
    end
    if between and (not find(between, "%s") or tag_role)
       and lower_words_to_end(s, c.e, 4) and mention_person(A, c) then
      first_name = c
    end
  end
  if first_name and first_name.role then
    -- a role owned by someone (`Haar beste vriendin ... werd getroffen
    -- door leukemie. ,,Die eerste weken had ik ...''`) is whom the
    -- sentence tells of, not who speaks next: the last speaker does
    -- (not before anyone spoke)
    -- (but one who holds a view, a verb of it right after the role:
    -- `Haar man vindt dat heel normaal. "Dat gaat automatisch."` is his;
    -- speech_words.txt's `stance_verb`)
    -- (nor when the quote speaks of the role's person as him or her:
    -- `Haar zoon zit in een Turkse cel. "Ik heb hem al twee jaar niet
    -- gezien."`, `Her husband passed away. "I still miss him"`)
    if first_name.role.def == "poss" and A.last and A.last.person
       and not (Analyser.acting_role(A, first_name.role)
                and not Analyser.third_person_in_quote(A, x, first_name.role.gender)) then
      return nil
    end
    -- (a noun that names no office, or a person's indefinite role, with a
    -- relative clause right after it that a comma closes: someone new,
    -- named by the whole phrase, `De man die het allemaal zag gebeuren,
    -- woont schuin tegenover ...`)
    return Analyser.restricted_role(A, first_name.role, true) or first_name.role
  end
  if not first_name then
    -- one word opening the sentence before a verb: `Wilders wist daar
    -- wel raad mee.`
    -- (not a word known as no one: a subheading's, `Schuwe wolf`)
    if one_word_opener(A, ms[1]) and not Analyser.heading_word(A, ms[1]) then first_name = ms[1] end
  end
  if not first_name and #ms <= 1 and Analyser.fragment(A, ps, pe) then
    -- a fragment of a sentence, no verb, about one person: `Tot
    -- teleurstelling van de trainer. "We wilden durf ... tonen."` (a
    -- person's role after a determiner, which no subject's place gave a
    -- mention, or the one name)
    local c = ms[1]
    if c and (c.role and ONE_PERSON[c.role.gender] or not c.role and mention_person(A, c)) then
      if c.role then return c.role end
      first_name = c
    elseif not c then
      local t2 = tokens(s, ps, pe)
      for k = #t2 // 2, 2, -1 do
        if ONE_PERSON[role_of(L, tok(s, t2, k))] and L.det[ltok(s, t2, k - 1)] == "def" then
          local r = np_ending(A, t2, k, 1)
          if r and r.kind == "role" then return r end
          break
        end
      end
    end
  end
  if first_name then
    return { s = first_name.s, e = first_name.e, kind = "name", text = first_name.text }
  end
  return nil
end

-- Analyser.acting_role(A, r): is role mention r (a possessive's:
-- `Haar man`) followed by a verb of holding a view or knowing
-- (speech_words.txt's `stance_verb`: `vindt`, `kent`, `thinks`), its own
-- view the quote after it gives? A role after any other verb is whom the
-- sentence tells of (`Her husband suffered a stroke. "That was the last
-- thing we needed."`, `Haar man ligt in het ziekenhuis.`)
function Analyser.acting_role(A, r)
  local set = A.L.sets.stance_verb
  if not set or not r.e then return false end
  local w = string.match(A.s, "^ (%l+)", r.e)
  if w == nil then return false end
  if set[w] ~= nil then return true end
  -- (or a reflexive verb of feeling, its pronoun after it: `Haar
  -- moeder maakt zich zorgen.`, the list's `maakt_zich`)
  local w2 = string.match(A.s, "^ %l+ (%l+)", r.e)
  return w2 ~= nil and set[w .. "_" .. w2] ~= nil
end

-- Analyser.third_person_in_quote(A, x, sex) -> does the quote that
-- opens at x (or the first quote after x in its sentence) hold a him or
-- her (speech_words.txt's `third_person_m`, `_f`), or open with a he or
-- she, of sex (m, f; p or nil: either)? A quote that speaks of someone
-- so is seldom that one's words
function Analyser.third_person_in_quote(A, x, sex)
  local ms, fs = A.L.sets.third_person_m, A.L.sets.third_person_f
  if not ms or not fs then return false end
  local q = quote_at(A, x)
  if not q then
    local _, se = sentence_of(A, x)
    q = Analyser.first_quote_from(A, x, se + 2)
  end
  if not q then return false end
  local function fits(g) return g and (sex == nil or sex == "p" or sex == "g" or g == sex) end
  -- (and a he or she that opens it: `"He has never once spoken to us."`)
  local w1 = string.match(A.s, "^%s*(%a+)", q.cs)
  -- (Dutch `zij` is she or they: `fp`)
  local pg = w1 and A.L.pron[lc(w1)]
  pg = pg and string.match(pg, "^[mf]")
  if pg and fits(pg) then return true end
  for w in string.gmatch(sub(A.s, q.cs, q.ce - 1), "%a+") do
    local lw = lc(w)
    if fits(ms[lw] and "m" or fs[lw] and "f") then return true end
  end
  return false
end

-- Analyser.newcomer_before(A, q) -> the mention of the one person the
-- sentence before quote q's brings in, in q's paragraph, as
-- Analyser.newcomer_object reads it (either sex), when q's own sentence
-- names no one before q; or nil
function Analyser.newcomer_before(A, q, known)
  local ss = sentence_of(A, q.oa)
  local pa = A.pstart[q.pi]
  if not pa or ss <= pa then return nil end
  -- (only for a quote in the first person, singular or plural: a quote of
  -- none is as often about the one brought in, `De brandweer werd gebeld
  -- door buurman Henk Jansen. "Zonder hem was het slecht afgelopen."`)
  if not known and not (Analyser.first_person_quote(A, q) or Analyser.first_plural_quote(A, q)) then return nil end
  local c = Analyser.newcomer_object(A, q.oa, "mf", known)
  if not c or c.s < pa then return nil end
  -- (nor one that speaks of that one as him or her)
  local sex = Analyser.given_first(A, c.text)
  if Analyser.third_person_in_quote(A, q.oa, sex or "p") then return nil end
  -- (not for a quote that says we and not I where the sentence names a
  -- group of people too: the group's words, `Hoewel gedeputeerde
  -- Anne-Marie Spierings ontbrak, waren de boeren niet ontevreden. "We
  -- zijn goed ontvangen."`)
  if Analyser.first_plural_quote(A, q) and not Analyser.first_person_quote(A, q) then
    local ps = sentence_of(A, ss - 1)
    for _, m in ipairs(person_mentions(A, ps, ss)) do
      if m.role and m.role.gender == "g" then return nil end
    end
  end
  return { s = c.s, e = c.e, kind = "name", text = c.text }
end

-- subject_person_of(an, A, ns, nse, opening) -> the entity of the first
-- name in the sentence [ns, nse) that stands as a subject, no role's, and
-- reads as a person's; with opening, only the sentence's first mention,
-- where it opens the sentence; or nil
local function subject_person_of(an, A, ns, nse, opening)
  local mentions = person_mentions(A, ns, nse)
  for ix = 1, (opening and 1 or #mentions) do
    local c = mentions[ix]
    if not c then break end
    if c.subj and not c.role and (not opening or c.s == skip_spaces(A.s, ns)) and mention_person(A, c) then
      return an:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
    end
  end
  return nil
end

-- resolve_found(an, A, c, m) -> the entity mention c names and no
-- speaker's mention (the quote's speaker follows from context), or nil
-- and m as it was when there is no c (a search before came back empty)
resolve_found = function(an, A, c, m)
  if c then return an:resolve(A, c, c.s), nil end
  return nil, m
end

-- Analyser.question_opens(A, q): does quote q's paragraph open with one
-- sentence of the reporter's, a question, right before q (`Was het zwaar?
-- ,,Heel zwaar.''`)?
function Analyser.question_opens(A, q)
  local s = A.s
  local ps = A.pstart[q.pi]
  if not ps then return false end
  ps = skip_spaces(s, ps)
  if ps >= q.oa then return false end
  local y = space_back(s, q.oa, ps)
  if y <= ps or byte(s, y - 1) ~= 63 then return false end
  -- (one sentence: no other stop before the question mark)
  return not find(sub(s, ps, y - 2), "[.!?\"\226]")
end

-- Analyser.named_in_content(A, e, h) -> does what cue h reports write
-- the last word of person e's canonical name, as a word (`Volgens Priske
-- is Giménez in topvorm`; not an agent or the one told before it,
-- `Cross-examined by Mr Price, Mark Smyth said he ...`, `Smyth told Mr
-- Price that he ...`)?
function Analyser.named_in_content(A, e, h)
  local surname = string.match(e.canon, "(%S+)$")
  if not surname then return false end
  local cs, ce = cue_content(A, h)
  if not cs then return false end
  -- (names.whole_words: a surname's initial ends in its period, `Kevin B.`)
  return names.whole_words(sub(A.s, cs, ce - 1), surname)() ~= nil
end

-- Analyser.third_person_opening(A, q, e): does quote q open with a he or
-- she (pronouns.txt) that fits person e's sex, one e would not say of
-- himself or herself?
function Analyser.third_person_opening(A, q, e)
  local w = string.match(A.s, "^%s*(%a+)", q.cs)
  local g = w and A.L.pron[lc(w)]
  if not (g == "m" or g == "f") then return false end
  return e.gender == nil or e.gender == g
end

-- Analyser.given_name_opening(A, q, e): does quote q open with a given
-- name of the list and a word in lower case, a name e may go by: e's own
-- first word, or any where e is known by a surname alone?
function Analyser.given_name_opening(A, q, e)
  local w = string.match(A.s, "^%s*(%u[%l\128-\255]+) %l", q.cs)
  if not (w and A.g.given and A.g.given[lc(w)]) then return false end
  return not find(e.canon, " ", 1, true) or string.match(e.canon, "^%S+") == w
end

-- Analyser.paragraph_subject(A, q) -> the subject, one person, of one of
-- the sentences two to four back from quote q's own, in q's paragraph,
-- as prev_sentence_person reads it (the one right before was read
-- already), or nil
function Analyser.paragraph_subject(A, q)
  local pa = A.pstart[q.pi]
  local x = sentence_of(A, q.oa)
  for _ = 1, 3 do
    if x <= pa then return nil end
    -- (x: the sentence before; its own sentence before is read)
    x = sentence_of(A, x - 1)
    if x <= pa or sentence_of(A, x - 1) < pa then return nil end
    local pm = Analyser.prev_sentence_person(A, x)
    -- (one person: no group's role, `De spelers waren moe.`)
    if pm and (pm.kind ~= "role" or ONE_PERSON[pm.gender]) then return pm end
    if pm then return nil end
  end
  return nil
end

-- Analyser.paragraph_person(A, q) -> the one person quote q's paragraph
-- names before q as a subject, by a name outside quotes, with no cue in
-- the paragraph before q; else nil. A paragraph that brings in someone
-- new before a quote with no cue gives that one the quote, over the
-- speaker of an earlier paragraph (`..., said gallery director Natasha
-- May. // ... // After 40 years working together, author Libby Hathorn
-- agreed to illustrator Liz Bowring's request to paint her – "as long as
-- you submit it to the Archibald".`); names that are no subject were
-- tried too, and lost as many quotes as they won (the cost: one read of
-- the paragraph's mentions, for quotes that reach the last-speaker
-- fallback only)
function Analyser.paragraph_person(A, q)
  local pa = A.pstart[q.pi]
  if not pa or pa >= q.oa then return nil end
  -- (not a fragment in lower case after a preposition, the writer's or a
  -- critic's word for how someone did something: `lead actor Paapa
  -- Essiedu delivers the soliloquy with "astonishing depth"`, review 27)
  if is_lower_at(A.s, q.cs) then
    local pw = names.letters_before_space(A.s, (q.oa - 16 > pa and q.oa - 16 or pa), q.oa - 1)
    if pw and A.L.prep[lc(pw)] then return nil end
  end
  local k1, k2 = hit_range(A, pa, q.oa)
  if k2 >= k1 then return nil end
  local found, canon
  for _, c in ipairs(person_mentions(A, pa, q.oa)) do
    if not c.role and c.subj and mention_person(A, c) then
      local cc = c.canon or c.text
      if found and cc ~= canon then return nil end
      found, canon = c, cc
    end
  end
  return found and { s = found.s, e = found.e, kind = "name", text = found.text } or nil
end

-- Analyser.speech_owner(A, ss) -> the mention of the person whose words
-- the sentence before position ss names by a possessive and a noun of
-- speech_words.txt's `speech_noun` (`a woman's question`, `Smith's
-- remarks`), a person's role or a person's name; else nil
function Analyser.speech_owner(A, ss)
  local ps, pe = sentence_of(A, ss - 1)
  if pe > ss then pe = ss end
  return Analyser.speech_owner_in(A, ps, pe)
end

-- Analyser.speech_owner_name(A, x, pe) -> the name mention at x (before
-- pe) when it reads as a person's, else nil
function Analyser.speech_owner_name(A, x, pe)
  local s = A.s
  local t = tokens(s, x, (pe < x + 80 and pe or x + 80))
  if #t < 2 or names.kind(s, t, 1, A.g) ~= "N" then return nil end
  local c = mention_name(s, t, 1, names.run_starting(s, t, 1, A.g) or 1)
  c.found = A.tick
  return mention_person(A, c) and c or nil
end

-- Analyser.speech_owner_in(A, ps, pe) -> the person whose words s[ps, pe)
-- names, as speech_owner reads it, or by the noun and a name after
-- van/of/from (speech_words.txt's `complement_of`: `De suggestie van
-- Westbroek dat men 'gewoon geen zin' heeft`); else nil
function Analyser.speech_owner_in(A, ps, pe)
  local s, L = A.s, A.L
  local set = L.sets.speech_noun
  if next(set) == nil or ps >= pe then return nil end
  local seg = sub(s, ps, pe - 1)
  -- (the van/of words found by plain searches first: most sentences hold
  -- none before a capital, and a pattern over every byte costs; in a
  -- fixed order, as a set's own order moves with Lua's string hash seed)
  local ofs = L.complement_of_sorted
  if not ofs then
    ofs = {}
    for w in next, L.sets.complement_of do ofs[#ofs + 1] = w end
    table.sort(ofs)
    L.complement_of_sorted = ofs
  end
  for _, of in ipairs(ofs) do
    local at = find(seg, " " .. of .. " ", 1, true)
    while at do
      local np = at + #of + 2
      local noun = is_upper_at(seg, np) and string.match(sub(seg, (at - 24 > 1 and at - 24 or 1), at - 1), "(%l+)$")
      local c = noun and set[noun] and Analyser.speech_owner_name(A, ps + np - 1, pe)
      if c then return c end
      at = find(seg, " " .. of .. " ", at + 1, true)
    end
  end
  if not (find(seg, "'s ", 1, true) or find(seg, "\226\128\153s ", 1, true)) then return nil end
  for ap, noun in string.gmatch(seg, "()['\226][\128]?[\153]?s (%l+)") do
    if set[noun] then
      local x = ps + ap - 1
      local t = tokens(s, ps, x)
      local n = #t // 2
      local c = n >= 1 and np_ending(A, t, n, 1)
      if c and (c.kind == "role" and ONE_PERSON[c.gender] or c.kind == "name" and mention_person(A, c)) then
        return c
      end
    end
  end
  return nil
end

-- naming_last(A, q): does a naming verb (cue_np_verbs `= predicate`)
-- end quote q's clause, after it only other quotes, conjunctions and
-- auxiliaries (`speelsters ‘lui’ en ‘te dik om te hockeyen’ hebben
-- genoemd`, `het plan ‘een ramp’ genoemd`)?
local NAMING_LAST_REACH = 160
local function naming_last(A, q)
  local s, L = A.s, A.L
  local rest = sub(s, q.cb, q.cb + NAMING_LAST_REACH)
  local clause = string.match(rest, "^[^.!?;:]*[.!?;:]")
  if not clause then return false end
  -- (most clauses hold no naming verb: that is asked first)
  local naming = false
  for w in clause:gmatch("%a+") do
    local lemma = L.cue[names.lc_memo[w] or lc(w)]
    if lemma and L.np_verb[lemma] == "predicate" then naming = true break end
  end
  if not naming then return false end
  -- (the other quotes' words left out: curly single and double marks,
  -- the Dutch opening commas)
  clause = clause:gsub("\226\128\152.-\226\128\153", " "):gsub("\226\128\156.-\226\128\157", " ")
                 :gsub(",,.-''", " "):gsub(",,.-\226\128\157", " ")
  -- (not a passive, whose subject is named: `Ze wordt 'prinses Máxima
  -- der Nederlanden' genoemd`; its auxiliary in the clause before the
  -- quote or after it)
  local ss = sentence_of(A, q.oa)
  local head = string.match(sub(s, ss, q.oa - 1), "[^,;:]*$")
  for w in head:gmatch("[%a\128-\255]+") do
    if Analyser.passive_aux(A, lc(w)) then return false end
  end
  local last
  for w in clause:gmatch("[%a\128-\255]+") do
    local lw = lc(w)
    if Analyser.passive_aux(A, lw) then return false end
    if last then
      -- (a word after the cue: the clause goes on)
      return false
    end
    local lemma = L.cue[lw]
    if lemma and L.np_verb[lemma] == "predicate" then
      last = lw
    elseif not (L.verb_word[lw] or L.conj[lw]) then
      return false
    end
  end
  return last ~= nil
end

-- the bytes . ! ? , (a quote that ends in one reads as a sentence)
local END_PUNCT = { [46] = true, [33] = true, [63] = true, [44] = true }

-- the first cue, analysed, of the sentence that opens at the first word
-- at or after x in paragraph pi, with that sentence's start and end; nil
-- when the sentence opens elsewhere or in another paragraph, holds more
-- than max_words words (when given) or no cue (the tag of a quote may
-- stand in the next sentence: `,,...'' Dat zei Jansen.`, `"...!" Trump
-- said.`)
local function opening_sentence_cue(A, x, pi, max_words)
  local s = A.s
  local ns = skip_spaces(s, x)
  local ns2, ne, npi = sentence_of(A, ns)
  if ns2 ~= ns or npi ~= pi then return nil end
  if max_words and count_words(s, ns, ne, max_words + 1) > max_words then return nil end
  local k1, k2 = hit_range(A, ns, ne)
  if k2 < k1 then return nil end
  return analyse_cue(A, A.hits[k1]), ns, ne
end

-- the bytes that close a clause: . , ; : ! ?
local CLAUSE_END_BYTE = { [46] = true, [44] = true, [59] = true, [58] = true, [33] = true, [63] = true }

-- is [cs, ce) a lone object pronoun, perhaps with an adverbial after it
-- (`denied it`, `confirmed it on Monday`, `announced it yesterday`)? It
-- names what was said and reports nothing: a pronoun that opens a
-- clause has a verb after it
local function lone_pronoun(A, cs, ce)
  local s, L = A.s, A.L
  -- (the first word read by bytes first: most contents open otherwise,
  -- and the tokens cost)
  local w1 = s:match("^%a+", cs)
  if not (w1 and #w1 <= 4 and L.sets.thing_pronoun[names.lc_memo[w1] or lc(w1)]) then return false end
  local t = tokens(s, cs, ce, 4)
  local n = #t // 2
  if n == 0 or not L.sets.thing_pronoun[ltok(s, t, 1)] then return false end
  -- (the end of its clause: not a quote that goes on, `called it "a
  -- mess"`)
  if n == 1 or CLAUSE_END_BYTE[byte(s, t[3])] then return true end
  -- (in English only: a Dutch clause puts its verb last, `dat het in de
  -- krant stond`)
  if L.lang ~= "en" or count_words(s, t[3], ce, 5) > 4 then return false end
  -- (a preposition's phrase, or time adverbs to the end: not an adverb
  -- before a verb, `it never was`, nor an auxiliary, `this would be`)
  if L.prep[ltok(s, t, 2)] then return true end
  for k = 2, n do
    local w = word_key(s, t, k)
    if not w then return k > 2 end
    if not L.adv[w] or L.verb_word[w] or L.neg[w] then return false end
  end
  return n < 4
end

-- is the lower-case word key lw one of a clause, no part of a noun
-- phrase: a function word, a pronoun, a complementizer, a cue, a finite
-- verb of closed_words or a conjunction (the modifiers of a role noun
-- between a quote and its speaker are none of these)
local function clause_word(L, lw)
  return L.fw[lw] or L.pron[lw] or L.comp[lw] or L.cue[lw] or L.verb_word[lw] or L.conj[lw]
end

-- is s[x, m.s) a role's noun phrase and a comma, with a comma after the
-- name m too (`the group's head of policy, Lena Morris, told`): words of
-- a noun phrase only, one of them a role noun or a noun of an of-phrase
-- (`head of policy`: alone, `the head ... told` is no person's role)
function Analyser.role_appositive_gap(A, x, m)
  local s, L = A.s, A.L
  local y = space_back(s, m.s, x)
  if byte(s, y - 1) ~= 44 or byte(s, skip_spaces(s, m.e)) ~= 44 then return false end
  local t = tokens(s, x, y - 1)
  local role = false
  for k = 1, #t // 2 do
    if is_punct_tok(s, t, k) then
      -- (the quote's own comma or mark before the phrase)
      if t[2 * k - 1] > x + 2 then return false end
    else
      local lw, w = ltok(s, t, k)
      if role_of(L, w) or k < #t // 2 and (ltok(s, t, k + 1) == "of" or ltok(s, t, k + 1) == "van")
                          and not (L.fw[lw] or L.det[lw]) then
        role = true
      elseif not (L.det[lw] or lw == "of" or lw == "van") and clause_word(L, lw) then
        return false
      end
    end
  end
  return role
end

-- is s[x, y) a determiner and one or two adjectives in lower case before
-- a name (`"...," a tearful Champ said`, `the jubilant Smith said`)? The
-- quote's own comma may stand before the determiner; no word of a clause
-- or a role noun between (those are other tags' or role_after's).
function Analyser.adjective_name_gap(A, x, y)
  local s, L = A.s, A.L
  local t = tokens(s, x, y)
  local words = 0
  for k = 1, #t // 2 do
    if is_punct_tok(s, t, k) then
      if words > 0 or t[2 * k - 1] > x + 2 then return false end
    else
      local lw, w = ltok(s, t, k)
      words = words + 1
      if words == 1 then
        if not L.det[lw] then return false end
      elseif not is_lower_at(s, t[2 * k - 1]) or clause_word(L, lw) or L.det[lw] or L.prep[lw]
             or L.adv[lw] or role_of(L, w) or #lw < 3 then
        return false
      end
    end
  end
  return words == 2 or words == 3
end

-- the reported content of cue h, [cs, ce), or nil: cue_content, read
-- once a hit (h.content: false for none)
-- Analyser.verb_between(A, a, b): does s[a, b), at most six words, hold
-- an auxiliary or modal verb (closed_words.txt), the finite verb of
-- another clause?
function Analyser.verb_between(A, a, b)
  if b - a > 60 then return false end
  local vw = A.L.verb_word
  for w in string.gmatch(sub(A.s, a, b - 1), "[%a']+") do
    if vw[lc(w)] then return true end
  end
  return false
end

-- Analyser.quote_as_object(A, h, q): does quote q open right after cue h
-- and one preposition of speech_words.txt's `object_prep` (`responded
-- to "..."`, `reageerde op ,,...''`)? The quote is then what the cue's
-- subject answered, not its words.
function Analyser.quote_as_object(A, h, q)
  local s = A.s
  local _, pe, w = find(s, "^%s+([%a\128-\255]+)%s*", h.e)
  return w ~= nil and pe + 1 == q.oa and A.L.sets.object_prep[lc(w)] ~= nil
end

local function hit_content(A, h)
  local c = h.content
  if c == nil then
    local cs, ce = cue_content(A, h)
    -- (not the fronted phrase before a role its relative clause names:
    -- `About 5 p.m., a woman who lives on Trabing Road reported hearing
    -- shots` reports no `About 5 p.m.`)
    if cs and h.subj and h.subj.fronted and ce <= h.subj.s then cs = nil end
    -- (a separable verb's object `dat` before its particle opens no
    -- clause: what follows the particle is the content, and a colon there
    -- frames a quote, as after any cue: `lichtte de wethouder dat toe:
    -- ,,...''`)
    if cs and h.particle_end and cs >= h.e and cs < h.particle_end then
      cs = skip_spaces(A.s, h.particle_end)
      if byte(A.s, cs) == 58 or cs >= ce then cs = nil end
    end
    if cs and ce and h.subj and h.subj.relative then ce = Analyser.relative_end(A, cs, ce) end
    if cs and ce and not h.where then
      ce = Analyser.coordinated_cue_end(A, cs, ce)
    elseif cs and ce and h.e < ce then
      -- (a cue inside the sentence it reports ends it before a second
      -- cue: `Hij begrijpt naar eigen zeggen de emoties, maar stelt dat`)
      local cut = Analyser.coordinated_cue_end(A, h.e, ce)
      if cut < ce then
        -- (less the comma and white space before the joining word)
        ce = cut
        while ce > cs and (byte(A.s, ce - 1) == 44 or byte(A.s, ce - 1) == 32) do ce = ce - 1 end
      end
    end
    -- (a turn's label is no part of what its speaker said: `((Aparna
    -- Garg))  Challenges, I would say, are ...`)
    if cs and ce and byte(A.s, cs) == 40 then cs = Analyser.past_label(A, cs, ce) end
    -- (content that opens with another cue is that cue's clause, of which
    -- h's subject is the subject: `Some of the officers who spoke to the
    -- Star said Njenga has ordered ...` reports nothing by `spoke`)
    -- (a verb's past, no noun's or present's -s: not `who said reports
    -- of a rift were "nonsense"`; the cue at the content's start asked
    -- first, most content opens with none)
    local k1, k2
    if cs and ce and h.subj and h.subj.e <= h.s then k1, k2 = hit_range(A, cs, cs + 1) end
    if k1 and k1 <= k2 and A.hits[k1].s == cs and byte(A.s, A.hits[k1].e - 1) ~= 115 then
      local rw = names.letters_before_space(A.s, (h.s - 8 > 1 and h.s - 8 or 1), h.s - 1)
      if rw and A.L.sets.relative[lc(rw)] then cs = nil end
    end
    if cs and ce and ce > cs and not is_heading(A, h.pi) and not lone_pronoun(A, cs, ce) then
      c = { cs, ce }
    else
      c = false
    end
    h.content = c
  end
  if c then return c[1], c[2] end
  return nil
end

-- the cue of q's sentence whose reported content holds all of q, or nil:
-- the quote is part of what that speaker said (`Tegelijkertijd zullen de
-- broeders 'alle grote vragen ...' aan de orde stellen, zegt La Manna`)
local function content_hit(A, q)
  local k1, k2 = hit_range(A, q.ss, q.se)
  -- (and of the sentence after it, whose cue may report q's sentence:
  -- `Het kabinet heeft "goed geluisterd ...". Dat zegt minister ...,
  -- Stef Blok.`)
  local ns, ne = sentence_of(A, q.se)
  if ns == q.se and ne > ns then
    local _, k3 = hit_range(A, ns, ne)
    if k3 > k2 then k2 = k3 end
  end
  for k = k1, k2 do
    local h = analyse_cue(A, A.hits[k])
    if h.subj and not h.scare_quote then
      local cs, ce = hit_content(A, h)
      if cs and cs <= q.oa and ce >= q.ce then return h end
    end
  end
  return nil
end

-- does w end as an attributive adjective (L.adj_endings, from
-- rules/<lang>/adjective_endings.txt), with at least three bytes before
-- the ending? (Analyser.adjective_ending: person_mentions asks it too)
local function adjective_ending(L, w)
  local nouns = L.noun_endings
  for i = 1, #nouns do
    local e = nouns[i]
    if sub(w, -#e) == e then return false end
  end
  -- (nor a group's noun: `de gemeente`; a person's may be an adjective,
  -- `the official`)
  if role_of(L, w) == "g" then return false end
  local endings = L.adj_endings
  for i = 1, #endings do
    local e = endings[i]
    if #w > #e + 2 and sub(w, -#e) == e then return true end
  end
  return false
end
Analyser.adjective_ending = adjective_ending

-- Analyser.speaks_for(A, p, body) -> is entity p known by a role phrase
-- whose complement is the body's name (`een woordvoerder van de
-- brandweer` for `de brandweer`, `a spokeswoman for the council` for
-- `the council`)?
function Analyser.speaks_for(A, p, body)
  local bc = lc(body.canon)
  local det = string.match(bc, "^(%S+) ")
  if det and A.L.det[det] then bc = sub(bc, #det + 2) end
  local pc = lc(p.canon)
  if #pc <= #bc + 4 or sub(pc, -#bc) ~= bc then return Analyser.named_with_body(A, p.canon, bc) end
  local before = sub(pc, 1, #pc - #bc)
  local w2, w = string.match(before, "(%a+) (%a+) $")
  if w and A.L.det[w] then w = w2 end
  return w ~= nil and A.L.sets.role_for[w] ~= nil
end

-- Analyser.named_with_body(A, name, head) -> does the article write the
-- person's name between commas after a role's van/of phrase of the body
-- whose last word (in lower case) is head, or before such a role
-- (`Grootvorst van het comité, Hans van Leeuwaarden,`, `Jan Smit,
-- voorzitter van de club,`): one who speaks for that body
function Analyser.named_with_body(A, name, head)
  if not find(name, " ", 1, true) then return false end
  local s = A.s
  local hw = string.match(head, "(%S+)$"):gsub("%p", "%%%0")
  for p in Analyser.whole_words(s, name) do
    local before = sub(s, (p - 60 > 1 and p - 60 or 1), p - 1)
    local after = sub(s, p + #name, p + #name + 60)
    local segs = { string.match(before, "([^.;:\n]*),%s*$") or "", string.match(after, "^,%s*([^,.;:\n]*)") or "" }
    for i = 1, 2 do
      local lseg = " " .. lc(segs[i])
      -- (a person's role of an office before the van/of: no critic's nor a
      -- former holder's, `a long-time critic of the council`, `oud-speler
      -- van de club`)
      local role, of = string.match(lseg, "(%S+)%s(%a+)%s+%a+%s+" .. hw .. "%s*$")
      if not role then role, of = string.match(lseg, "(%S+)%s(%a+)%s+" .. hw .. "%s*$") end
      if of and A.L.sets.role_for[of] and ONE_PERSON[role_of(A.L, role)] and not A.L.sets.adversary_role[role]
         and not A.L.sets.former_role[string.match(role, "^(%a+)%-") or ""] then
        return true
      end
    end
  end
  return false
end

-- Analyser.back_cue_after(A, q) -> the mention of who spoke quote q
-- that the sentence after it names when it opens with a word of
-- speech_words.txt's `back_pointer`: the subject after a cue right
-- after that word or its copula (`Dat zegt Tom Gavin`, `That's according
-- to ...`), where q ends its own paragraph and that sentence opens the
-- next; or, in the next paragraph or q's own, the name after the van/of
-- of a noun of what was said (`said_noun`) after the word and a copula
-- (`Het is de noodkreet van Maria de Zeeuw (68)`, `That was the stark
-- assessment of Tom Gavin`); else nil
function Analyser.back_cue_after(A, q)
  local s = A.s
  local _, _, qpi = sentence_of(A, q.oa)
  local pe, ps = A.pend[qpi], A.pstart[(qpi or 0) + 1]
  if not pe then return nil end
  local x, own, inside
  if skip_spaces(s, q.cb) >= pe then
    if not ps then return nil end
    x = skip_spaces(s, ps)
  else
    -- (q's own paragraph: the sentence right after q's, q ending its own,
    -- or a short quote inside it that the sentence after reports, `De
    -- grondwaterstanden blijven ook ‘erg laag’ voor de tijd van het jaar.
    -- Dat schrijft het waterschap`)
    local _, qe = sentence_of(A, q.cb > 1 and q.cb - 1 or q.cb)
    inside = skip_spaces(s, q.cb) < qe
    if inside and not (q.words and q.words <= 4) then return nil end
    x, own = skip_spaces(s, qe), true
  end
  local w = string.match(s, "^(%a+)", x)
  if not (w and A.L.sets.back_pointer[lc(w)]) then return nil end
  local ns, nse = sentence_of(A, x)
  if ns < x - 2 then return nil end
  local y = string.match(s, "^%a+['\226]\128?\153?s%s+()", x) or string.match(s, "^%a+%s+()", x)
  if not y then return nil end
  local cop = string.match(s, "^(%a+)%s+()", y)
  local is_cop = cop and A.L.sets.copula[lc(cop)]
  -- (a noun of what was said after the copula, a determiner and
  -- adjectives perhaps between, then van/of and a name)
  if is_cop or y > x + #w + 1 then
    local z = is_cop and skip_spaces(s, y + #cop) or y
    for _ = 1, 4 do
      local nw, nz = string.match(s, "^([%a\128-\255%-]+)%s+()", z)
      if not nw then break end
      local lw = lc(nw)
      -- (not one who says so too, or says otherwise: `That is also the
      -- view of ...`, `Dat is niet de mening van ...`)
      if A.L.sets.also_word[lw] or A.L.neg[lw] then return nil end
      if A.L.sets.said_noun[lw] then
        local of, oz = string.match(s, "^(%a+)%s+()", nz)
        if of and A.L.sets.complement_of[lc(of)] then
          -- (a person's name right after it, past roles and titles: not a
          -- place's or a body's, nor someone's relatives', `the view of the
          -- family of John Healy`, `de noodkreet van veel schooldirecteuren
          -- in Flevoland`)
          -- (a name of two words or more, or one whose fullest form is:
          -- `MEP Luke “Ming” Flanagan`, read as `Luke`)
          local c = person_mentions(A, oz, nse)[1]
          if c and not c.role and mention_person(A, c)
             and (find(c.text, " ", 1, true) or find(names.canonical(A.article, c.text, A.lang), " ", 1, true))
             and Analyser.only_roles_between(A, oz, c.s) then
            return { s = c.s, e = c.e, kind = "name", text = c.text }
          end
        end
        return nil
      end
      if not (A.L.det[lw] or is_lower_at(s, z) and not (A.L.verb_word[lw] or A.L.prep[lw])) then break end
      z = nz
    end
  end
  if own and not inside then return nil end
  local k1, k2 = hit_range(A, ns, nse)
  if k2 < k1 then return nil end
  -- (the cue right after the word, or after its copula: `Dat zegt`,
  -- `That's according to`, `That is according to`; not `Dat laatste is
  -- volgens de initiatiefnemers ...`, about a point the quote made)
  if is_cop and y + #cop < A.hits[k1].s then y = skip_spaces(s, y + #cop) end
  if A.hits[k1].s ~= y then return nil end
  -- (not one who says so too: `Dat vindt ook Jan`, `That is also the view
  -- of ...`, speech_words.txt's `also_word`)
  local nw = string.match(s, "^%s+(%a+)", A.hits[k1].e)
  if nw and A.L.sets.also_word[lc(nw)] then return nil end
  -- (a cue that quotes, not one that answers or confirms: `Dat ontkent
  -- de gemeente`, `Dat bevestigt de politie`; back_cue, or a source's
  -- `according to`)
  local hk = A.hits[k1]
  if not (hk.lemma and A.L.sets.back_cue[hk.lemma] or A.L.source[hk.key]) then return nil end
  local h = analyse_cue(A, A.hits[k1])
  if not (h.subj and h.subj.how == "after") then return nil end
  return h.subj
end

-- Analyser.only_roles_between(A, a, b): are the words of s[a, b) only
-- roles and titles, in lower case or with their capital (`van PSV-trainer
-- Mark Verhoeven`, `of council leader Jane Smith`), or none?
function Analyser.only_roles_between(A, a, b)
  local s = A.s
  for w in string.gmatch(sub(s, a, b - 1), "[^%s]+") do
    local lw = lc(w:gsub("[,;:]$", ""))
    if not (role_of(A.L, lw) or A.g.titles[lw] or Analyser.compound_person_role(A.L, w)) then
      return false
    end
  end
  return true
end

-- Analyser.spokesperson_on(A, body, last_q, ss) -> the person who spoke
-- quote last_q where that one speaks for body (speaks_for) and the
-- sentence before ss puts out no statement of the body's own
-- (statement_in: `De politie heeft een verklaring uitgegeven. ,,Wij
-- bieden ...''` is the body's); else nil
function Analyser.spokesperson_on(A, body, last_q, ss)
  local lq = last_q and last_q.speaker_e
  if not (body and lq and lq ~= body and lq.person and Analyser.speaks_for(A, lq, body)) then return nil end
  if Analyser.statement_in(A, sentence_of(A, ss - 1), ss) then return nil end
  return lq
end

-- Analyser.statement_in(A, a, b): does s[a, b) hold a noun of
-- speech_words.txt's `statement_noun` (`een verklaring`, `a statement`):
-- a body that put one out speaks its quotes itself, not its spokesperson
function Analyser.statement_in(A, a, b)
  local sn = A.L.sets.statement_noun
  if not sn then return false end
  for w in string.gmatch(lc(sub(A.s, a, b - 1)), "[%a\128-\255%-]+") do
    if sn[w] then return true end
  end
  return false
end

-- Analyser.relative_aside(A, ss, h, x): does cue h stand in an aside of
-- its sentence (from ss) that a relative pronoun opens after a dash or a
-- comma, closed by the same mark before x?
local ASIDE_MARKS = { ",", "\226\128\148", "\226\128\147", " - " }
function Analyser.relative_aside(A, ss, h, x)
  local s = A.s
  local lo = h.s - 80 > ss and h.s - 80 or ss
  local before = sub(s, lo, h.s - 1)
  -- (the last mark before the cue)
  local at, mark = 0, nil
  for _, mk in ipairs(ASIDE_MARKS) do
    local f = find(before, mk, 1, true)
    while f do
      if f > at then at, mark = f, mk end
      f = find(before, mk, f + 1, true)
    end
  end
  if not mark then return false end
  local w = string.match(before, "^%s*(%a+)", at + #mark)
  if not (w and A.L.sets.relative[lc(w)]) then return false end
  return find(sub(s, h.e, x - 1), mark, 1, true) ~= nil
end

-- the last token of the role that token k opens: k, or the last of the
-- role nouns in lower case after it (`Chief executive`), before token n
local function role_words_end(A, t, k, n)
  local s = A.s
  while k + 1 < n and is_lower_at(s, t[2 * k + 1]) and role_of(A.L, tok(s, t, k + 1)) do k = k + 1 end
  return k
end

-- name_after_roles(A, t, k, n) -> the name mention after the title or
-- role noun at token k of t and the role nouns after it, before token n
-- (`President Donald Trump`, `Chief executive Alwen Williams`), or nil
-- when k holds neither or no name follows
local function name_after_roles(A, t, k, n)
  local s, g = A.s, A.g
  if not (names.kind(s, t, k, g) == "T" or role_of(A.L, tok(s, t, k))) then return nil end
  local f = role_words_end(A, t, k, n) + 1
  if names.kind(s, t, f, g) ~= "N" then return nil end
  return mention_name(s, t, f, names.run_starting(s, t, f, g) or f)
end

-- named_speaker(self, A, c) -> the name mention of person mention c and
-- the entity it resolves to, noted as the last speaker; nil, nil when it
-- resolves to none
-- Analyser.known_name(A, m): is name mention m a person's name the
-- article gives in full, m a fuller form's surname or a full name that
-- opens with a given name of the list (`Bakker` after `Piet Bakker`;
-- not `Note`, `Update`)?
function Analyser.known_name(A, m)
  if m.kind ~= "name" then return false end
  local full = names.canonical(A.article, m.text, A.lang)
  return names.fuller_form(lc(full), lc(m.text)) or Analyser.given_first(A, m.text) ~= nil
end

-- Analyser.label_name_before(A, q) -> the name mention that labels
-- quote q, all its sentence holds before the colon right before q's
-- opening mark, past one adverb that opens it (`Dan Ted-Jan Bloemen:
-- ,,...''`), when a name the article gives in full (known_name); else nil
function Analyser.label_name_before(A, q)
  local s, L, g = A.s, A.L, A.g
  local x = space_back(s, q.oa, 1)
  if byte(s, x - 1) ~= 58 then return nil end
  local ss = sentence_of(A, x - 1)
  local t = tokens(s, ss, x - 1)
  local n = #t // 2
  if n < 2 or n > 5 then return nil end
  local f = 1
  if L.adv[ltok(s, t, 1)] and names.kind(s, t, 2, g) == "N" then f = 2 end
  if names.kind(s, t, f, g) ~= "N" or names.run_starting(s, t, f, g) ~= n then return nil end
  local m = { s = t[2 * f - 1], e = t[2 * n], kind = "name", text = sub(s, t[2 * f - 1], t[2 * n] - 1), how = "colon" }
  -- (a name the article gives in full, or one of two words or more)
  return (Analyser.known_name(A, m) or find(m.text, "%S %u")) and m or nil
end

-- Analyser.clause_name_before(A, ss, x) -> the last person mention of
-- the sentence from ss up to x that opens a clause after a comma, a name
-- of two words or more, when a quote opens between ss and that comma:
-- the subject of the clause a quote at x stands in, no earlier clause's
-- (`Oliver Naesen was trots na "...", Tiesj Benoot baalde dan weer na
-- "..."`); else nil. (The quotes' places asked first: most sentences
-- hold one quote, and their mentions are not read again.)
function Analyser.clause_name_before(A, ss, x)
  local s, L = A.s, A.L
  local k0 = floor_index(A.qa, x - 1)
  if k0 < 1 or A.qa[k0] < ss then return nil end
  local ms = person_mentions(A, ss, x)
  for ix = #ms, 2, -1 do
    local c = ms[ix]
    if c.e <= x and not c.role and find(c.text, " ", 1, true) then
      local p = c.s - 1
      while p > ss and byte(s, p) == 32 do p = p - 1 end
      -- (past one word that joins the clauses: `, while John Brown`, `,
      -- maar Tiesj Benoot`)
      local w = byte(s, p) ~= 44 and names.letters_before_space(s, (p - 12 > ss and p - 12 or ss), c.s - 1)
      local sets = L.sets
      if w and (sets.clause_and[w] or sets.clause_but[w] or sets.subordinator[w] or L.conj[w]) then
        p = p - #w
        while p > ss and byte(s, p) == 32 do p = p - 1 end
      end
      if byte(s, p) ~= 44 then return nil end
      -- (its own verb after the name, past a bracket: no clause that
      -- leaves its verb out, `Slot vergeleek Salah met ,,een machine'',
      -- Virgil van Dijk met ,,een rots''`)
      local vw = string.match(s, "^%s*%b()%s*(%l+)", c.e) or string.match(s, "^%s+(%l+)", c.e)
      if not vw or L.prep[vw] or L.det[vw] or L.fw[vw] and not L.verb_word[vw] or L.conj[vw] then return nil end
      local k = floor_index(A.qa, p)
      if k >= 1 and A.qa[k] >= ss and mention_person(A, c) then return c end
      return nil
    end
  end
  return nil
end

local function named_speaker(self, A, c)
  local m = { s = c.s, e = c.e, kind = "name", text = c.text }
  local e = self:resolve(A, m, c.s)
  if not e then return nil, nil end
  note_speaker(A, e, c.s)
  return m, e
end

-- Analyser.passive_cue_after(A, x): do the words after position x open a
-- passive of a cue's verb, a copula of speech_words.txt's `copula`,
-- perhaps an adverb, and a cue's participle (`cue_participle`, or a cue
-- in -ed: `was also told`, `were informed`)?
function Analyser.passive_cue_after(A, x)
  local L = A.L
  local w1, w2, w3 = string.match(A.s, "^%s+(%a+)%s+(%a+)%s*(%a*)", x)
  if not (w1 and L.sets.copula[lc(w1)]) then return false end
  local function participle(w)
    w = lc(w)
    return L.sets.cue_participle[w] or L.cue[w] and sub(w, -2) == "ed"
  end
  return participle(w2) or L.adv[lc(w2)] and w3 ~= "" and participle(w3) or false
end

-- Analyser.reporting_cue(A, h) -> the cue whose report holds cue h, when
-- h's subject, a body's or a group's, opens the clause an earlier cue of
-- its sentence reports, that cue's subject before it (`He said voters had
-- told the state government "loud and clear that ..."`, `Chris Wright
-- ... said Red Hat had informed the board that Red Hat was "shifting our
-- investment ..."`: the quote is in Rudd's and Wright's report); else h
function Analyser.reporting_cue(A, h)
  local hm = h.subj
  if not (hm and hm.how == "before" and (hm.kind == "name" or hm.kind == "role")) then return h end
  local k1, k2 = hit_range(A, h.ss, hm.s)
  for k = k2, k1, -1 do
    local h0 = analyse_cue(A, A.hits[k])
    if h0 ~= h and h0.subj and h0.subj.how == "before" and h0.e <= hm.s
       and not find(sub(A.s, h0.e, hm.s - 1), "[^%s]") then
      -- (only a group or a body in the inner clause: a person there may
      -- speak the words the report passes on)
      if hm.kind == "role" and hm.gender == "g" or hm.kind == "name" and cues.is_org_name(A, hm.text) then
        return h0
      end
      return h
    end
    if h0 ~= h then break end
  end
  return h
end

-- headline_line(A) -> the start of the article's first line and the
-- line break that ends it, when that line is a headline (at most
-- HEADLINE_MAX bytes, an empty line after it); else nil
local HEADLINE_MAX = 150
local function headline_line(A)
  local s = A.s
  local first = skip_spaces(s, A.first)
  local line_end = find(s, "\n", first, true)
  if not line_end or line_end - first > HEADLINE_MAX then return nil end
  -- (a blank line after it, or, where each line is a paragraph, a
  -- first line that ends in no stop or colon)
  if not (find(s, "^[ \t\r]*\n", line_end + 1) or A.line_paras and not find(sub(s, first, line_end - 1), "[%.:]%s*$")) then
    return nil
  end
  return first, line_end
end
Analyser.headline_line = headline_line

-- impersonal_tag(A, q): does a tag verb (quote_tags.txt or a cue) with
-- an impersonal subject (`speech_words.txt`'s `impersonal_tag`) follow
-- quote q and its comma: `"...", klonk het donderdag op Twitter`? Such a
-- quote is speech, however short; its speaker is the context's.
local function impersonal_tag(A, q)
  local s, L = A.s, A.L
  local comma, v, it = string.match(s, "^%s*(,?)%s*(%l+)%s+(%l+)", q.cb)
  return v ~= nil and (comma == "," or char_byte(s, q.ca - 1) == 44)
         and L.sets.impersonal_tag[it] == true and (L.tag[v] or L.cue[v]) ~= nil
end

-- Analyser.opener_phrase_before(A, ss, y): is s[ss, y) a phrase of
-- speech_words.txt's `tag_opener_phrase` (its words joined by `_` there),
-- in any case, after the article's first sentence (`Met die woorden
-- waarschuwt Dennis Schipper ...`)?
function Analyser.opener_phrase_before(A, ss, y)
  -- (read through phrase_set: L.sets.tag_opener_phrase)
  local set = Analyser.phrase_set(A.L, "tag_opener_phrase")
  if ss <= A.first or y - ss > 40 or not next(set) then return false end
  return set[lc(string.gsub(sub(A.s, ss, y - 1), "%s+", " "))] == true
end

-- Analyser.phrase_set(L, name) -> speech_words.txt's set name of phrases
-- (their words joined by `_` there) with spaces between their words,
-- made once per language's lists
local phrase_sets = setmetatable({}, { __mode = "k" })
function Analyser.phrase_set(L, name)
  local by_name = phrase_sets[L]
  if not by_name then
    by_name = {}
    phrase_sets[L] = by_name
  end
  local set = by_name[name]
  if not set then
    set = {}
    for w in pairs(L.sets[name]) do set[(string.gsub(w, "_", " "))] = true end
    by_name[name] = set
  end
  return set
end

-- Analyser.fronted_object_name(A, h) -> the name mention that opens
-- cue h's sentence and ends right before the cue (`Guus Elkhuizen noemde
-- hij ...`), else nil
function Analyser.fronted_object_name(A, h)
  local s = A.s
  local ss = sentence_of(A, h.s)
  local a = skip_spaces(s, ss)
  if a >= h.s or not is_upper_at(s, a) then return nil end
  local c = person_mentions(A, ss, h.s)[1]
  if not (c and c.s == a and not c.role and no_words(s, c.e, h.s)) then return nil end
  return { s = c.s, e = c.e, kind = "name", text = c.text }
end

-- Analyser.reacts_to_words(A, a, b): does s[a, b) hold a demonstrative
-- and a noun of words said (speech_words.txt's `reacted_words`: `op die
-- woorden`, `to those remarks`)?
function Analyser.reacts_to_words(A, a, b)
  local sets = A.L.sets
  for d, w in string.gmatch(sub(A.s, a, b - 1), "(%a+)%s+([%a\128-\255]+)") do
    if sets.reacted_words[lc(w)] and A.L.det[lc(d)] == "dem" then return true end
  end
  return false
end

-- Analyser.latter_before(A, ps) -> the name mention of the person last
-- named in the sentence before the one at ps, when that one opens with a
-- phrase of speech_words.txt's `latter_subject` (`Die laatste`, `the
-- latter`); else nil
function Analyser.latter_before(A, ps)
  local a = skip_spaces(A.s, ps)
  local w1, w2 = string.match(A.s, "^(%a+)%s+(%a+)", a)
  if not (w1 and Analyser.is_latter(A, w1 .. " " .. w2) or w1 and Analyser.is_latter(A, w1)) then return nil end
  return Analyser.latter_person(A, a)
end

-- Analyser.is_latter(A, text): is text a phrase of `latter_subject`?
function Analyser.is_latter(A, text)
  -- (read through phrase_set: L.sets.latter_subject)
  local set = Analyser.phrase_set(A.L, "latter_subject")
  return next(set) ~= nil and set[lc(text)] == true
end

-- Analyser.latter_person(A, x [, any]) -> the name mention of the person
-- last named before position x in its sentence, else in the sentence
-- before; with any, of the name last named there, a body's too (`Die
-- laatste organisatie`); nil when neither names one
function Analyser.latter_person(A, x, any)
  local ss = sentence_of(A, x)
  local a, b = ss, x
  for _ = 1, 2 do
    local ms = a < b and person_mentions(A, a, b) or {}
    for ix = #ms, 1, -1 do
      local c = ms[ix]
      if c.e <= x and not c.role and (any or mention_person(A, c)) then
        return { s = c.s, e = c.e, kind = "name", text = c.text }
      end
    end
    if a <= A.first then break end
    b = a
    a = sentence_of(A, a - 1)
  end
  return nil
end

-- Analyser.affected_person(A, t, lo, n) -> the name mention among tokens
-- lo .. n of t that a verb, a word in lower case that is no preposition,
-- determiner or particle, stands right before, a person's (a given name
-- opens it or the article gives it in full) and the only name there;
-- else nil
function Analyser.affected_person(A, t, lo, n)
  local s, L, g = A.s, A.L, A.g
  local found
  local y = lo
  while y <= n do
    if names.kind(s, t, y, g) == "N" and is_upper_at(s, t[2 * y - 1]) then
      local last = names.run_starting(s, t, y, g) or y
      if found then return nil end
      local pw = y > lo and not is_punct_tok(s, t, y - 1) and ltok(s, t, y - 1)
      if not (pw and is_lower_at(s, t[2 * y - 3]) and not (L.prep[pw] or L.det[pw] or g.particles[pw]
                                                           or L.sets.complement_of[pw])) then
        return nil
      end
      local m = mention_name(s, t, y, last)
      if not (Analyser.given_first(A, m.text) or Analyser.given_in_full(A, m.text)) then return nil end
      found = m
      y = last + 1
    else
      y = y + 1
    end
  end
  return found
end

-- Analyser.dash_byline(A, q) -> the tag of a quote that a dash and the
-- speaker's name, perhaps with a role before or after it, follow to the
-- end of the line, as a pull quote or an epigraph is signed (`'...' —
-- Vancouver police Chief Jim Chu`, `"..." - Jim Chu, police chief`): the
-- name of two words or more, a given name opening it; else nil
function Analyser.dash_byline(A, q)
  local s = A.s
  local d, x = string.match(s, "^[ \t]*()\226\128[\147\148] ()", q.cb)
  if not d then d, x = string.match(s, "^[ \t]*()%-%-? ()", q.cb) end
  if not x then return nil end
  local le = find(s, "\n", x, true) or #s + 1
  if le - x > 90 or le - x < 5 then return nil end
  local t = tokens(s, x, le)
  local n = #t // 2
  local g = A.g
  for k = 1, n do
    if names.kind(s, t, k, g) == "N" then
      local last = names.run_starting(s, t, k, g) or k
      local m = mention_name(s, t, k, last)
      -- (a given name of the list first, or the name alone to the line's
      -- end, no body's: `"The players were not at their best today" -
      -- Manolo Marquez`)
      -- (a bracket right after it too, an age or a score: `— Brandt
      -- Snedeker (68)`)
      local alone = (last == n or find(s, "^%s*%([^()\n]*%)", m.e)) and k == 1 and not cues.is_org_name(A, m.text)
      -- (or, right after the dash, a surname the article gives in full,
      -- words in lower case after it: `"..." -- Lyles on the fighting
      -- spirit ...`, `— Richardson after winning bronze behind Jamaican
      -- Shericka Jackson`, whose later name is no signer)
      local surname = k == 1 and not find(m.text, " ", 1, true) and Analyser.known_name(A, m)
      if find(m.text, " ", 1, true) and (Analyser.given_first(A, m.text) or alone) or surname then
        m.how = "after"
        local h = { s = d, e = x - 1, generic = true, done = true, subj = m }
        h.ss, h.se, h.pi = sentence_of(A, d)
        return h
      end
      if k == 1 and last < n and is_lower_at(s, t[2 * last + 1]) and A.L.prep[ltok(s, t, last + 1)] then return nil end
      -- (a title or a role's words with capitals before the name: on
      -- to the next run)
    end
  end
  return nil
end

-- Analyser.with_subject(h, m) -> a copy of cue hit h whose subject is
-- mention m: the tag of a quote whose speaker another phrase names, the
-- hit itself left to report what it reports
function Analyser.with_subject(h, m)
  local c = {}
  for k, v in pairs(h) do c[k] = v end
  c.subj = m
  return c
end

-- Analyser.quoting_tag(A, h, se) -> a copy of tag h whose subject is the
-- name after `, quoting` (speech_words.txt's `quoting_tag`) later in its
-- sentence, which ends at se: the one the tag's speaker quotes (`"...,"
-- state media said, quoting Deputy Minister John Smith`); else nil
function Analyser.quoting_tag(A, h, se)
  local s = A.s
  local from = h.subj.how == "after" and h.subj.e or h.e
  local w, x = string.match(sub(s, from, se - 1), "^[^%.;:\n\"]-,%s+(%l+)%s+()")
  if not (w and A.L.sets.quoting_tag[w]) then return nil end
  x = from + x - 1
  local t = tokens(s, x, se)
  local n = #t // 2
  local g = A.g
  for k = 1, (n < 4 and n or 4) do
    if names.kind(s, t, k, g) == "N" then
      local last = names.run_starting(s, t, k, g) or k
      local m = mention_name(s, t, k, last)
      m.how = "after"
      return Analyser.with_subject(h, m)
    end
    if not (names.kind(s, t, k, g) == "T" or is_upper_at(s, t[2 * k - 1])) then break end
  end
  return nil
end

-- Analyser.left_tag(A, q, ss) -> a tag of quote q in the sentence at ss:
-- a verb of quote_tags.txt in lower case, then a name (its inverted
-- subject) and perhaps `het`/`es`, right before the opening mark
-- (`vindt Berghuis "onbestaanbaar"`, `noemt Jansen het 'een schande'`);
-- else nil
function Analyser.left_tag(A, q, ss)
  local s, L, g = A.s, A.L, A.g
  local lo = q.oa - 60 > ss and q.oa - 60 or ss
  -- (the word right before the mark read first, back from it byte by
  -- byte: most quotes follow a colon, a comma or a word in lower case)
  local y = q.oa - 1
  while y > lo and byte(s, y) == 32 do y = y - 1 end
  -- (past a colon after the name: `Een dader is moeilijk aan te wijzen,
  -- denkt Mulder: ,,...''`)
  local to = q.oa
  if byte(s, y) == 58 then
    to = y
    y = y - 1
    while y > lo and byte(s, y) == 32 do y = y - 1 end
  end
  local we = y
  local b = byte(s, y)
  while y >= lo and b and (b >= 128 or b >= 65 and b <= 90 or b >= 97 and b <= 122) do
    y = y - 1
    b = byte(s, y)
  end
  if we == y then return nil end
  local w = sub(s, y + 1, we)
  if not (is_upper_at(w, 1) or w == "het" or w == "es" or w == "dat" or w == "das") then return nil end
  local t = tokens(s, lo, to)
  local n = #t // 2
  if n < 2 then return nil end
  local k = n
  local lk = ltok(s, t, k)
  if lk == "het" or lk == "es" or lk == "dat" or lk == "das" then k = k - 1 end
  if k < 2 or names.kind(s, t, k, g) ~= "N" then return nil end
  local f = names.run_ending(s, t, k, g) or k
  if f < 2 or not is_upper_at(s, t[2 * f - 1]) then return nil end
  local v = ltok(s, t, f - 1)
  if not (L.tag[v] and is_lower_at(s, t[2 * f - 3])) then return nil end
  local m = mention_name(s, t, f, k)
  m.how = "after"
  local h = { s = t[2 * f - 3], e = t[2 * f - 2], form = tok(s, t, f - 1), generic = true, done = true, subj = m }
  h.ss, h.se, h.pi = sentence_of(A, h.s)
  return h
end

-- headline_opener(A, q): does quote q open the article's headline with a
-- colon right after its closing mark (`‘There was a good laugh’: Ireland
-- brush off any tension`)? Such a quote is someone's words, however
-- short.
local function headline_opener(A, q)
  local first = headline_line(A)
  return first ~= nil and q.oa == first and byte(A.s, q.cb) == 58
end

-- Analyser.answer_tag(A, q) -> the start and end of the noun of an
-- answer that tags quote q right after its closing mark, a comma perhaps
-- between, as the sentence's subject after its verb, when the sentence
-- ends there (speech_words.txt's `answer_verb` and `answer_noun`:
-- `,,Niet waar'', is het antwoord.`, `"Not true," came the reply.`); else
-- nil. Such a quote is the words of the one who answers.
function Analyser.answer_tag(A, q)
  local s, L = A.s, A.L
  local sets = L.sets
  local v, d, n, e = string.match(s, "^,?%s*(%a+)%s+(%a+)%s+(%a+)()", q.cb)
  if not (v and sets.answer_verb[lc(v)] and L.det[lc(d)] == "def" and sets.answer_noun[lc(n)]) then return nil end
  if not find(s, "^%s*[%.!?]", e) and not find(s, "^%s*$", e) then return nil end
  return e - #n, e
end

function Analyser:attribute(A, res)
  local s, L, cfg = A.s, A.L, self.config
  local sets = L.sets
  local quotes = A.quotes
  -- Step 1: each quote's tag
  for qi = 1, #quotes do
    local q = quotes[qi]
    local ss, se, pi = sentence_of(A, q.oa)
    local _, se2 = sentence_of(A, (q.oa > q.cb - 1 and q.oa or q.cb - 1))
    q.ss, q.se = ss, se2
    q.words = count_words(s, q.cs, q.ce, 12)
    -- right: a cue after the quote in its sentence
    local right
    local hk1, hk2 = hit_range(A, q.cb, se2)
    -- (past a space before the closing mark: `"We watch out for each
    -- other very closely, " resident Emily Nichols said`)
    local ends = char_byte(s, q.ca - 1)
    if ends == 32 and q.ca - 2 > q.cs then ends = char_byte(s, q.ca - 2) end
    -- (a nested quote's closing mark after them counts as none: `says,
    -- ‘... the paramedics,’” resident Clinton Haines said`)
    if ends ~= 44 and ends ~= 33 and ends ~= 63 and q.ca - 4 > q.cs then
      local p = string.match(sub(s, q.ca - 5, q.ca - 1), "([,!?])\226\128\153%s*$")
                or string.match(sub(s, q.ca - 3, q.ca - 1), "([,!?])'%s*$")
      if p then ends = byte(p) end
    end
    local tagged_end = ends == 44 or ends == 33 or ends == 63 or q.unclosed
    do
      local x = skip_spaces(s, q.cb)
      local c = byte(s, x)
      if c == 44 or c == 45 or c == 58 or (c == 226 and sub(s, x, x + 1) == "\226\128") then
        tagged_end = true
      end
    end
    -- (a cue with no subject inside a relative clause of the tag is
    -- passed: `"...," a source, who asked not to be named, said`)
    if hk2 > hk1 and not A.hits[hk1].scare_quote and not analyse_cue(A, A.hits[hk1]).subj then
      local w = names.letters_before_space(s, A.hits[hk1].s - 8 > q.cb and A.hits[hk1].s - 8 or q.cb,
                                           A.hits[hk1].s - 1)
      -- (and so one that is a noun after its determiner, a document whose
      -- maker the next cue's subject names: `"...," a tweet from Fawthrop
      -- states`)
      if w and (sets.tag_relative[lc(w)] or L.det[lc(w)]) then hk1 = hk1 + 1 end
    end
    if hk2 >= hk1 and not A.hits[hk1].scare_quote then
      local h = analyse_cue(A, A.hits[hk1])
      -- no other quote between
      local nq = quotes[qi + 1]
      if h.subj and (not nq or nq.oa > h.s) then
        local gap_ok
        if h.subj.how == "after" then
          -- (past a Dutch or German `zo` after the comma: `'...', zo zegt
          -- Van Elferen`)
          gap_ok = no_words(s, q.cb, h.s)
                   or no_words(s, q.cb, past_inversion_word(A, space_back(s, h.s, q.cb), q.cb))
        elseif h.subj.aux_at then
          gap_ok = no_words(s, q.cb, h.subj.aux_at)
        else
          -- between the quote and the speaker only what may stand in a
          -- long subject: capitals, role nouns and the words that modify
          -- one after them, of/van (Hong Kong director of Amnesty
          -- International Man-kei Tam said, White House press secretary
          -- Karine Jean-Pierre said)
          gap_ok = h.subj.s >= q.cb
          if gap_ok and not no_words(s, q.cb, h.subj.s) then
            local t = tokens(s, q.cb, h.subj.s)
            -- (role_after: the words read since a role noun, going
            -- back, are all its lower-case modifiers)
            local role_after = false
            -- (a noun in lower case right before a name of two words or
            -- more is that person's role, whatever the lists say: `"...,"
            -- Seattle star Robinson Cano said`)
            local named = h.subj.kind == "name" and find(h.subj.text, " ", 1, true)
            for k = #t // 2, 1, -1 do
              if not is_punct_tok(s, t, k) then
                local lw, w = ltok(s, t, k)
                local ta = t[2 * k - 1]
                if role_of(L, w) or named and k == #t // 2 and is_lower_at(s, ta) and #lw >= 3
                   and not (L.fw[lw] or L.prep[lw] or L.det[lw] or L.verb_word[lw] or L.adv[lw] or L.cue[lw]
                            or clause_word(L, lw)) then
                  role_after = true
                elseif role_after and is_lower_at(s, ta) and not clause_word(L, lw) then
                  -- (a modifier of the role noun after it: `press`)
                else
                  role_after = false
                  -- (an ordinal in digits opens a unit's name: `1st Fleet
                  -- Command's Navy Information Agency head Arba Agung`; a
                  -- count glued to its noun modifies the role, `28-year
                  -- worker Ray Beenen told`)
                  -- (and a long title's joining words before a capital,
                  -- a modifier before a title: `House Deputy Majority
                  -- Leader for Communications and ACT-CIS party-list Rep.
                  -- Erwin Tulfo said`)
                  local nxt = k < #t // 2 and t[2 * k + 1]
                  if not (is_upper_at(s, ta) or L.det[lw] or lw == "of" or lw == "van" or A.g.particles[lw]
                          or L.adv[lw] or find(lw, "^%d+%l%l$") or find(lw, "^%d+%-%l+$")
                          or nxt and (sets.org_join[lw] or sets.conjunction[lw]) and is_upper_at(s, nxt)
                          or nxt and names.kind(s, t, k + 1, A.g) == "T") then
                    gap_ok = false
                    break
                  end
                end
              end
            end
          end
        end
        -- (a document from its maker between: `"...," a tweet from
        -- Fawthrop states`, made_document)
        if not gap_ok and h.subj.maker and h.subj.how == "before" and h.subj.s > q.cb
           and count_words(s, q.cb, h.subj.s, 5) <= 4 and not find(sub(s, q.cb, h.subj.s - 1), "[,;:]") then
          gap_ok = true
        end
        if not gap_ok and h.subj.kind == "name" and h.subj.how == "before" and h.subj.s > q.cb then
          -- a role's phrase and the name between commas after it: `"...,"
          -- the group's head of policy, Lena Morris, told the BBC`
          gap_ok = Analyser.role_appositive_gap(A, q.cb, h.subj)
        end
        if not gap_ok and h.subj.kind == "name" and h.subj.how == "before" and h.subj.s > q.cb then
          gap_ok = Analyser.adjective_name_gap(A, q.cb, h.subj.s)
        end
        if gap_ok and (tagged_end or no_words(s, q.cb, h.subj.how == "after" and h.s or h.subj.s)) then
          right = h
        end
      end
    end
    -- a short quote right before a naming cue that ends a verb-final
    -- clause: the clause's subject, right after its subordinator, said it
    -- (`Nadat zorgverzekeraar Zilveren Kruis de sluiting 'voorbarig'
    -- noemde`); a copy of the cue carries it, so that the cue reports
    -- nothing of its own
    if not right and hk2 >= hk1 and q.words <= 3 then
      local h = A.hits[hk1]
      if h.s == skip_spaces(s, q.cb) and L.np_verb[h.lemma] == "predicate" and not analyse_cue(A, h).subj then
        local m = Analyser.subordinate_subject(A, ss, q.oa)
        if m then right = Analyser.with_subject(h, m) end
      end
    end
    if not right and A.lang ~= "en" and A.lang ~= nil and q.cb >= se2 - 2 then
      -- a demonstrative that opens the next sentence of the paragraph
      -- right before its cue: `,,Wij gaan winnen.'' Dat zei Jansen.`
      -- (speech_words `tag_opener`: also `Zo reageerde lijsttrekker Marco
      -- Eestermans.`)
      local h, ns = opening_sentence_cue(A, se2, pi)
      -- (or a cue that opens it and only ever tags what came before,
      -- speech_words.txt's `tag_cue_opener`: `,,...'' Aldus de oud-Rode
      -- Duivel, die ...`)
      if h and h.subj and h.subj.how == "after"
         and (demonstrative_before(A, ns, space_back(s, h.s, ns), sets.tag_opener)
              or Analyser.opener_phrase_before(A, ns, space_back(s, h.s, ns))
              or h.s == ns and sets.tag_cue_opener[lc(h.key or "")]) then
        right = h
      elseif h and h.subj and h.subj.how == "before" and h.subj.kind ~= "pron" then
        -- (and so in the perfect, the auxiliary right after it and the
        -- subject before the participle: `Dat heeft federaal minister van
        -- Volksgezondheid Frank Vandenbroucke vrijdag gezegd op Radio 1.`)
        local w0, w1, x1 = string.match(s, "^(%a+)%s+(%a+)%s+()", ns)
        if w0 and ns > A.first and sets.tag_opener[lc(w0)] == true and L.verb_word[lc(w1)] and x1 <= h.subj.s then
          right = h
        end
      end
    end
    if not right and (ends == 33 or ends == 63) and q.cb >= se2 - 2 then
      -- a tag after a quote that ends in ! or ?, which the splitter took
      -- for the end of a sentence: `"Fake news!" Trump said.`, `"Is it
      -- fake?" he asked.` (the next sentence is the tag alone)
      local h, ns, ne = opening_sentence_cue(A, q.cb, pi, 8)
      local sb = h and h.subj and h.subj.s
      -- (past the name's titles: `"What is he like?" Supt O'Neill asked.`)
      if sb and sb > ns and h.subj.kind == "name" then
        local y = Analyser.name_phrase_start(A, ns, sb, h.subj.e)
        if y and skip_spaces(s, y) == ns then sb = ns end
      end
      if sb and (sb == ns or h.s == ns) and (not quotes[qi + 1] or quotes[qi + 1].oa > ne) then
        right = h
      end
    end
    if not right and (ends == 46 or ends == 33 or ends == 63) and q.cb >= se2 - 2
       and A.pstart[pi] and skip_spaces(s, A.pstart[pi]) == q.oa then
      -- a quote of whole sentences that opens its paragraph, no tag of its
      -- own, and a sentence after it in the paragraph that opens with its
      -- cue's subject, a person's name or role (past titles and a
      -- portfolio): that person said it (`“Fiets niet allemaal naar de
      -- Scheldekaaien.” Schepen van Mobiliteit Koen Kennis (N-VA) riep
      -- dinsdag op ...`)
      local h, ns, ne2 = opening_sentence_cue(A, se2, pi)
      local m = h and not h.scare_quote and h.subj
      -- (not a verb of reacting to those words, whose subject answers
      -- the quote: `„We gaan hier hoe dan ook mee door.” Oppositieleider
      -- Frans Timmermans reageerde furieus op die woorden.`; but `„Ik heb
      -- niets verkeerd gedaan.” Burgemeester Peter Snijders reageerde op
      -- de kritiek.` is his; speech_words.txt's `reaction_cue`,
      -- `reacted_words`)
      if m and sets.reaction_cue[h.lemma] and Analyser.reacts_to_words(A, h.e, ne2) then m = nil end
      if m and m.how == "before" and (m.kind == "name" or m.kind == "role") and m.s >= ns then
        local y = m.kind == "name" and Analyser.name_phrase_start(A, ns, m.s, m.e) or m.s
        if skip_spaces(s, y) == ns then right = h end
      end
    end
    if not right then
      local g = generic_tag(A, q) or Analyser.dash_byline(A, q)
      if g then right = g end
    end
    -- (a tag that quotes someone: the one quoted said it, `"...," the
    -- commissioner's office said on Twitter, quoting Arora`)
    if right and right.subj then right = Analyser.quoting_tag(A, right, se2) or right end
    -- (a participle's clause that `with` opens after the quote reports
    -- someone else's words, no tag of the quote: `Mr Doyle added that the
    -- cost is a "key issue", with Councillor TP O'Reilly saying ...`)
    if right and A.lang == "en" and find(sub(s, q.cb, right.s - 1), "^[%s,]*with%s") then right = nil end
    q.right = right
    -- left: the last cue before the quote in its sentence
    -- (a quotative right before the quote is its tag: `and she's like
    -- "..."`, `I was like, "..."`, whatever cue the sentence had before)
    local left = not right and Analyser.quotative_like(A, q) or nil
    local lk1, lk2 = hit_range(A, ss, q.oa)
    if left then lk2 = lk1 - 1 end
    for k = lk2, lk1, -1 do
      local h = analyse_cue(A, A.hits[k])
      -- (not a cue inside an aside that a relative pronoun opens between
      -- dashes or commas: `Bercow commented on the matter — which the BBC
      -- noted as unusual — "..."`)
      -- (nor one whose preposition the quote is the object of: what was
      -- responded to is no one's words there, `said its crews responded
      -- to "multiple incidents"`; speech_words.txt's `object_prep`)
      -- (nor a passive's agent inside what an earlier cue of the sentence
      -- reports, a finite verb of another clause between it and the
      -- quote: `added that missing a target for patients referred by
      -- their doctor was giving "cause for concern"` is the one who added
      -- it)
      if (h.subj or h.where == "self") and not (k > lk1 and Analyser.relative_aside(A, ss, h, q.oa))
         and not (k == lk2 and Analyser.quote_as_object(A, h, q))
         and not (k > lk1 and h.subj and h.subj.how == "agent" and Analyser.verb_between(A, h.subj.e, q.oa)) then
        left = h
        break
      end
    end
    -- (in Dutch and German a verb of quote_tags.txt and its inverted
    -- subject's name right before the quote, after the last cue: `Dat
    -- Tata Steel dat getal heeft vastgesteld, vindt Berghuis
    -- "onbestaanbaar"`, `Die reactie vindt Haverkamp 'geen plezierige
    -- start'`)
    if A.lang == "nl" or A.lang == "de" then
      local tg = Analyser.left_tag(A, q, ss)
      if tg and not (left and left.e > tg.s) then left = tg end
    end
    -- (a cue before whose clause goes on to `, quoting` and a name right
    -- before the quote: the one quoted, `Ajayi stated, quoting Corps
    -- Marshal Olaniyi Cole, "..."`)
    if left and left.subj and left.e < q.oa then
      local qt = Analyser.quoting_tag(A, left, q.oa)
      -- (a person's name, no possessive's owner nor a body: not `quoting
      -- Musk's earlier post`, `citing Savills`)
      if qt and qt.subj and Analyser.given_first(A, names.canonical(A.article, qt.subj.text, A.lang))
         and not find(s, "^['\226]", qt.subj.e) then
        left = qt
      end
    end
    q.left = left
    -- a cue right before the quote, with or without a speaker: `to say
    -- 'Drink me,'`
    if lk2 >= lk1 then
      local h = A.hits[lk2]
      if count_words(s, h.e, q.oa, 3) <= 1 then q.cue_before = h end
    end
    if left and left.subj then
      local gap_end = left.subj.how == "after" and left.subj.e or left.e
      local x = q.oa
      local gap = count_words(s, gap_end, x, 6)
      q.left_adjacent = gap <= 3
    end
    -- colon framing: `Van der Schans: ,,...`; and a comma after a clause
    -- that opens with its subject, before a quote of four words or more
    -- (`Trump, also on Twitter, defended his decision, "As I have stated
    -- strongly before, ..."`)
    if not right and not left then
      local x = space_back(s, q.oa, ss)
      local framing = x > ss and byte(s, x - 1)
      if framing == 44 and not (q.words >= 4 and count_words(s, ss, x - 1, 4) >= 4
                                and not L.prep[lc(s:match("^%a+", ss) or "")]) then
        framing = nil
      end
      if framing == 58 or framing == 44 then
        local t = tokens(s, ss, x - 1)
        local n = #t // 2
        -- the first noun phrase of the sentence; when a preposition opens
        -- it (not a name's particle: `Van der Schans:`), the first one after
        -- that phrase's comma (`In his message, he appreciated ...: "..."`),
        -- and none without a comma (`Met een knipoog naar het gravel: ,,...''`)
        local lo = 1
        local w1 = n > 0 and ltok(s, t, 1)
        -- (a particle that is a preposition too opens no name before a
        -- determiner and a word in lower case: `Van de brandweer mocht ze
        -- het huis niet in ...: "..."`)
        local prep_particle = w1 and A.g.particles[w1] and n >= 3 and L.det[ltok(s, t, 2)]
                              and is_lower_at(s, t[5])
        -- (nor one that is an adverb too, opening the sentence as `then`
        -- does: `Dan is de rechter het zat: '...'`)
        -- (and so a participle of speaking that opens it: `Speaking to
        -- reporters in Parramatta, Mr Minns was blunt: "..."`,
        -- speech_words.txt's `aside_participle`)
        -- (and so a fronted subordinate clause, to its comma: `As the
        -- champagne flowed in the dressing-room, Medlycott touched on ...,
        -- saying: "..."`; speech_words.txt's `fronted_subordinator`)
        if w1 and (L.prep[w1] and not L.adv[w1] and (not A.g.particles[w1] or prep_particle)
                   or sets.aside_participle[w1] or sets.fronted_subordinator[w1]) then
          lo = n + 1
          for k = 2, n do
            if byte(s, t[2 * k - 1]) == 44 and t[2 * k] - t[2 * k - 1] == 1 then
              lo = k + 1
              break
            end
          end
        end
        -- (in Dutch a phrase of place or time that opens the sentence
        -- with no comma, the finite verb, then an indefinite article and
        -- a person's role: that role is the inverted subject, `Bij de
        -- buren doet een buurvrouw de deur open: "..."`, `Ook verderop doet
        -- een buurvrouw ...:`; not `Met een knipoog naar het gravel:`)
        if A.lang == "nl" and n >= 4 and w1 and (lo == n + 1 or lo == 1) and (L.prep[w1] or L.adv[w1]) then
          for k = 2, (n - 2 < 8 and n - 2 or 8) do
            local lv = ltok(s, t, k)
            if is_punct_tok(s, t, k) then break end
            local dk = ltok(s, t, k + 1)
            -- (a capitalised word before the verb is its subject: `Na de
            -- uitspraak bedankte Anker uitvoerig de rechter:`)
            if is_upper_at(s, t[2 * k - 1]) then break end
            -- (the role brought in by its indefinite article: a definite
            -- one after the verb is as often its object, `In het dorp
            -- kende iedereen de buurvrouw:`)
            if not (L.det[lv] or L.prep[lv] or L.adv[lv] or L.pron[lv] or L.conj[lv] or L.fw[lv])
               and L.det[dk] == "indef" and L.det[ltok(s, t, k - 1)] == nil then
              -- (its noun right after the article, or after one adjective)
              for y = k + 2, (k + 3 <= n and k + 3 or k + 2) do
                local m2 = np_ending(A, t, y, k + 1)
                if m2 and m2.kind == "role" and ONE_PERSON[m2.gender] then
                  lo = k + 1
                  break
                end
              end
              break
            end
          end
        end
        -- (a contrasting clause after a comma names the one who speaks:
        -- `Erik zwaait met het stapeltje papieren, maar de rechter wuift
        -- dat weg: '...'`, `Het was zijn wedstrijd, terwijl Baldé achter
        -- de feiten aanliep: "..."`; its subject a determiner's noun or a
        -- name)
        -- (and so does the one whose turn it is, speech_words.txt's
        -- `turn_noun` and a preposition, a verb perhaps between: `Het is de
        -- beurt aan de officier van justitie: '...'`, `Het laatste woord
        -- was aan Ivens zelf: '...'`)
        if lo == 1 then
          for k = n - 2, 2, -1 do
            local opener = tok(s, t, k) == "," and (sets.clause_but[ltok(s, t, k + 1)] or sets.contrast[ltok(s, t, k + 1)])
            local at = k + 2
            -- (not the subject's own turn: `Analyticus Kenneth Perez komt
            -- aan het woord in De Telegraaf: ...`)
            if not opener and sets.turn_noun[ltok(s, t, k)]
               and not (k >= 3 and L.prep[ltok(s, t, k - 2)] and L.det[ltok(s, t, k - 1)]) then
              -- (not whoever gives the turn, speech_words.txt's
              -- `turn_giver`: `kreeg ze het woord van de rechtbank: ...`)
              if sets.turn_giver[ltok(s, t, k + 1)] then
                opener = false
              elseif L.prep[ltok(s, t, k + 1)] then
                opener = true
              elseif k + 3 <= n and L.verb_word[ltok(s, t, k + 1)] and L.prep[ltok(s, t, k + 2)] then
                opener, at = true, k + 3
              end
            end
            -- (or a role noun, a title, a former office's word: `...,
            -- maar voormalig topschaatsster Irene Schouten is duidelijk:`)
            local wa = opener and ltok(s, t, at)
            local ka = opener and names.kind(s, t, at, A.g)
            if opener and (L.det[wa] or ka == "N" or ka == "T" or role_of(L, tok(s, t, at)) or sets.former_role[wa]) then
              lo = at
              break
            end
          end
        end
        -- (a copula after a first word that names no one opens the
        -- phrase that names the speaker: `Another was tour manager Thomas
        -- Gray: ...`; not `He was clear: ...`, `Smith was clear: ...`)
        if n >= lo + 2 and sets.copula[ltok(s, t, lo + 1)] and not is_punct_tok(s, t, lo) then
          local w1, raw1 = ltok(s, t, lo)
          if not (L.pron[w1] or role_of(L, raw1) or names.kind(s, t, lo, A.g) == "N") then
            lo = lo + 2
            -- (and a thing's noun after the copula, then whom it was for,
            -- a person's role and name or a name that ends right before
            -- the colon: that one, `Dat was een brug te ver voor
            -- burgemeester Dewael: "..."`)
            if framing == 58 and not role_of(L, tok(s, t, lo + 1)) then
              for k = n - 1, lo + 1, -1 do
                if is_punct_tok(s, t, k) then break end
                local wk = ltok(s, t, k)
                if sets.thing_for[wk] then
                  local m = name_after_roles(A, t, k + 1, n)
                  if not m and names.kind(s, t, k + 1, A.g) == "N" then m = mention_name(s, t, k + 1, names.run_starting(s, t, k + 1, A.g) or k + 1) end
                  if not m and L.det[ltok(s, t, k + 1)] and ONE_PERSON[role_of(L, tok(s, t, n))] then
                    m = np_ending(A, t, n, k + 1)
                    if m and m.kind ~= "role" then m = nil end
                  end
                  if m and m.e == t[2 * n] and not cues.is_org_name(A, m.text) then
                    m.how = "colon"
                    q.colon = m
                    q.colon_adjacent = true
                    lo = n + 1
                  end
                  break
                end
              end
            end
          end
        end
        -- (a label of one word and a preposition before a person's full
        -- name that ends right before the colon, as a subheading writes
        -- it: `Jongerentrui voor Cian Uijtdebroeks: “...”` is Cian
        -- Uijtdebroeks, whom the label is about)
        if framing == 58 and lo == 1 and n >= 4 and L.prep[ltok(s, t, 2)] and not is_punct_tok(s, t, 1)
           and names.kind(s, t, 3, A.g) == "N" and names.run_starting(s, t, 3, A.g) == n
           and not cues.is_org_name(A, sub(s, t[5], t[2 * n] - 1)) then
          local m = mention_name(s, t, 3, n)
          m.how = "colon"
          q.colon = m
          q.colon_adjacent = true
          lo = n + 1
        end
        -- (a verb after the clause's comma and a person's name, past its
        -- titles and roles, that ends right before the colon: the inverted
        -- subject of a verb of thinking, `De onrust ... heeft gezorgd voor
        -- ..., denkt CNV-bestuurder De Jong: „...”`)
        if framing == 58 and n >= 4 then
          for c = n - 2, lo + 1, -1 do
            if tok(s, t, c) == "," then
              local v = c + 1
              local lv = ltok(s, t, v)
              if is_lower_at(s, t[2 * v - 1]) and not is_punct_tok(s, t, v)
                 and not (L.det[lv] or L.prep[lv] or L.pron[lv] or L.comp[lv] or L.sets.relative[lv] or L.sets.coord[lv]) then
                local f = v + 1
                while f < n and (names.kind(s, t, f, A.g) == "T" or role_of(L, tok(s, t, f))) do f = f + 1 end
                local kf = names.kind(s, t, f, A.g)
                -- (with no title or role before it, in Dutch or German a
                -- name of two words or more after a verb in the present
                -- tense: `Daardoor is er geen stress, ziet Van der Kam:
                -- "..."`; not a verb's object, `thanking Harry Kane:`,
                -- `..., verwelkomde Jan de Vries:`)
                local untitled = f < n and (A.lang == "nl" or A.lang == "de") and byte(lv, -1) == 116
                if (f > v + 1 or untitled) and (kf == "N" or kf == "A" and is_upper_at(s, t[2 * f - 1]) and f < n)
                   and (names.run_starting(s, t, f, A.g) or f) == n then
                  local m = mention_name(s, t, f, n)
                  m.how = "colon"
                  q.colon = m
                  q.colon_adjacent = true
                  lo = n + 1
                end
              end
              break
            end
          end
        end
        for k = lo, (n < lo + 3 and n or lo + 3) do
          local m = np_ending(A, t, k, lo)
          -- (a word no list knows before a role noun in lower case is its
          -- adjective, not the phrase's head: `The new governor of the
          -- region, ...:`; not `The family's statement read:`)
          if m and m.kind == "role" and k < n and is_lower_at(s, t[2 * k + 1]) and role_of(L, tok(s, t, k + 1))
             and not role_of(L, tok(s, t, k)) and not names.possessive(s, t, k) then
            m = nil
          end
          -- (nor is a word no list knows before a count: the count and its
          -- noun go on with the phrase, `Een kleine 300 wethouders voeren
          -- de druk op: '...'`)
          if m and m.kind == "role" and k < n and not role_of(L, tok(s, t, k))
             and (find(tok(s, t, k + 1), "^%d") or L.number[ltok(s, t, k + 1)]) then
            m = nil
          end
          -- (nor a capitalised word alone that opens the frame before a
          -- complementizer, an adjective's clause: `Bang dat een telefoon
          -- gestolen wordt, is Van Mourik niet: ,,...''`)
          if m and m.kind == "name" and k == lo and k < n and L.comp[ltok(s, t, k + 1)]
             and not find(m.text, " ", 1, true) and not A.g.given[lc(m.text)] then
            break
          end
          -- (nor is a phrase of when or how often, no speaker: `De volgende
          -- nacht was de schapenboer nog aan het werk en belde ...: “...”`;
          -- speech_words.txt's `time_noun`, `day_part`, `frequency_noun`)
          if m and m.kind == "role" and m.head and (sets.time_noun[m.head] or sets.day_part[m.head] or sets.frequency_noun[m.head]) then
            m = nil
          end
          -- (a name before a group's noun in lower case is that group's:
          -- `The Biden campaign recycled a statement: ...`; and so before a
          -- person's role noun in lower case that ends the label, whose
          -- holder speaks: `Labour leader: '...'`, `Fire chief: '...'`)
          -- (kr: where that role's noun stands, whose roles and name after
          -- it are read from there: `Labour opposition leader Heather
          -- Williams disagreed: ...`)
          local kr = k
          if m and m.kind == "name" and k < n and is_lower_at(s, t[2 * k + 1]) then
            local r = role_of(L, tok(s, t, k + 1))
            if r == "g" or k + 1 == n and ONE_PERSON[r] then
              local m2 = np_ending(A, t, k + 1, lo)
              if m2 and m2.kind == "role" then m, kr = m2, k + 1 end
            end
          end
          -- (a capitalised compound of a person's role alone is that role:
          -- `VVD-leider: '...'`)
          if m and m.kind == "name" and k == n and not find(m.text, " ", 1, true) then
            local r, key = Analyser.compound_person_role(L, m.text)
            if r then m = { s = m.s, e = m.e, kind = "role", text = m.text, head = key, gender = r } end
          end
          -- (a role of three words the list has is read whole, as before
          -- a cue: `De officier van justitie kan kort zijn: '...'`)
          if m and m.kind == "role" and k + 2 <= n and Analyser.role_phrase(A, t, k + 2) then
            local m3 = np_ending(A, t, k + 2, lo)
            if m3 and m3.kind == "role" and m3.s == m.s then m = m3 end
          end
          if m then
            local after_roles = m.kind == "role" and kr < n and name_after_roles(A, t, kr, n)
            if m.kind == "name" then
              local f = k
              for y = lo, k do if t[2 * y - 1] == m.s then f = y break end end
              local last = names.run_starting(s, t, f, A.g) or k
              if last < k then last = k end
              -- a capitalised word before a title is the person's
              -- description, the name after the title the person's
              -- (`Brazilian President Jair Bolsonaro opposed it: ...`),
              -- and so before a role noun in lower case (`Tour manager
              -- Thomas Gray, 24, who cited ...: ...`)
              local y = last + 1
              -- (roles joined by a slash too: `Directeur/bestuurder
              -- Marcel Timmerman: ...`)
              while y <= n and (names.kind(s, t, y, A.g) == "T"
                                or is_lower_at(s, t[2 * y - 1]) and role_of(L, tok(s, t, y))
                                or y < n and tok(s, t, y) == "/" and role_of(L, tok(s, t, y + 1))) do
                y = y + 1
              end
              if y > last + 1 and y <= n and names.kind(s, t, y, A.g) == "N" then
                f, last = y, names.run_starting(s, t, y, A.g) or y
              end
              m = mention_name(s, t, f, last)
            elseif after_roles then
              -- a title or a role noun before the name: the name
              -- (`President Donald Trump took a shot: ...`, `Another was
              -- tour manager Thomas Gray, ...: ...`, `Chief executive
              -- Alwen Williams: ...`), a body named by its place with its
              -- noun (`De gemeente Bronckhorst schetst ...: ...`)
              m = after_roles
              if role_of(L, tok(s, t, k)) == "g" then cues.join_place_body(A, m, t, k) end
            elseif m.kind == "role" then
              -- a person's role, its words, then a comma and a name: the
              -- name (`Ook wethouder economie in Medemblik, Harry
              -- Nederpelt betreurt het vertrek: ...`); a noun no list
              -- knows only with the name between commas right after it
              -- (`Her opposite number, Mel Stride, disagreed: ...`)
              local known = m.gender == "m" or m.gender == "f" or m.gender == "p"
              for y = k + 1, (n - 1 < k + 6 and n - 1 or k + 6) do
                if is_punct_tok(s, t, y) then
                  if tok(s, t, y) == "," and names.kind(s, t, y + 1, A.g) == "N" then
                    local last = names.run_starting(s, t, y + 1, A.g) or y + 1
                    if known or last < n and tok(s, t, last + 1) == "," then m = mention_name(s, t, y + 1, last) end
                  end
                  break
                end
              end
            end
            -- (after a comma: a pronoun, or a person's name of two words or
            -- more, or one the article gave so, and no organisation word;
            -- not a capitalised word that opens the sentence, `Turns out,`)
            if framing == 44 and m.kind ~= "pron" then
              local ok = m.kind == "name" and m.s == t[1] and not cues.is_org_name(A, m.text)
              if ok and not find(m.text, " ", 1, true) then ok = Analyser.given_in_full(A, m.text) end
              if not ok then break end
            end
            -- (a word alone before the colon, no given name nor a name the
            -- article gives in full, that it writes in lower case too or
            -- that has a Dutch participle's shape, is a discourse word:
            -- `Samengevat: "..."`, `Gevraagd: ...`, `Aangeslagen: ,,...''`)
            if framing == 58 and m.kind == "name" and not find(m.text, " ", 1, true)
               and count_words(s, m.e, x - 1, 1) == 0 and not Analyser.lone_given(A, m.text)
               and not Analyser.given_in_full(A, m.text)
               and (A.lang == "nl" and (find(m.text, "^%u%l*ge%l+[dt]$") or find(m.text, "^%u%l*ge%l+en$"))
                    or Analyser.written_again(A, lc(m.text), m.s)) then
              break
            end
            -- (a thing's noun and a person's name right after a verb
            -- later in the clause, the only name there: the one it
            -- affects speaks, `De manier waarop de uitnodiging is gekomen,
            -- bevalt Keizer allerminst: '...'`, `The decision angered
            -- Smith: "..."`)
            if m.kind == "role" and m.gender == "?" then
              local p = Analyser.affected_person(A, t, k + 1, n)
              -- (and so the owner a possessive of one sex after a
              -- preposition later in the clause names: `Het lerarentekort
              -- had een grote invloed op haar vakantie: '...'` is she)
              if not p then
                for y = k + 2, n - 1 do
                  local sex = L.det_owner[ltok(s, t, y)]
                  if (sex == "m" or sex == "f") and L.prep[ltok(s, t, y - 1)] and is_lower_at(s, t[2 * y + 1])
                     and not role_of(L, tok(s, t, y + 1)) then
                    p = { s = t[2 * y - 1], e = t[2 * y], kind = "pron", text = tok(s, t, y), gender = sex }
                    break
                  end
                end
              end
              if p then m = p end
            end
            -- (a noun of what was said, speech_words `speech_noun`, and
            -- its of-phrase: whose words they are speaks, `The response
            -- from the council was short: ...`, `Het antwoord van
            -- burgemeester Jan de Vries is kort: ...`)
            if m.kind == "role" and (m.gender == "?" or m.gender == "x") and k + 2 <= n and L.sets.speech_noun[ltok(s, t, k)]
               and L.sets.complement_of[ltok(s, t, k + 1)] then
              local p
              for y = k + 2, (n < k + 6 and n or k + 6) do
                if is_punct_tok(s, t, y) then break end
                local ky = names.kind(s, t, y, A.g)
                if ky == "N" then
                  p = mention_name(s, t, y, names.run_starting(s, t, y, A.g) or y)
                  break
                elseif ky == "T" or role_of(L, tok(s, t, y)) then
                  p = name_after_roles(A, t, y, n) or np_ending(A, t, role_words_end(A, t, y, n), k + 2)
                  break
                end
              end
              if p then m = p end
            end
            -- (nor a noun no list knows with an of-phrase, a thing's
            -- more often than one who speaks with no verb of speech: `The
            -- absence of Stephen McDonnell was felt too: "..."` is the
            -- last speaker's; `The palace issued ...: "..."` speaks)
            if m.kind == "role" and m.gender == "?" and L.sets.complement_of[lc(string.match(s, "^%s*(%a+)", m.e) or "")] then
              break
            end
            -- (a possessive's noun no list knows as a role is what its
            -- owner said or felt: the owner speaks, `Bavuma, explained his
            -- feelings on the series: "..."`)
            -- (only after a verb of speech that takes it as its object, or
            -- a noun of what was said, speech_words.txt's `label_noun`,
            -- and no possessive inside: not `Her doctor's advice:`, `His
            -- sentence:` of a judge's; `Zijn bijdrage was vernietigend: ...`,
            -- `Her sign: "..."`)
            local pv = m.kind == "role" and m.def == "poss" and m.head
                       and (names.letters_before_space(s, (m.s - 20 > 1 and m.s - 20 or 1), m.s - 1) or "")
            if pv and (L.cue[lc(pv)] or sets.label_noun[m.head]) and not role_of(L, m.head)
               and not find(m.text, "['\226]\128?\153?s%s") then
              local poss = string.match(m.text, "^%S+")
              local sex = poss and L.det_owner[lc(poss)]
              if sex == "m" or sex == "f" then
                m = { s = m.s, e = m.s + #poss, kind = "pron", text = poss, gender = sex }
              end
            end
            m.how = "colon"
            q.colon = m
            -- `Van der Schans: ,,...''`: the speaker right before the colon
            q.colon_adjacent = count_words(s, m.e, x - 1, 1) == 0
            break
          end
        end
        -- (a Dutch or German clause that opens with an adverb or a
        -- phrase, its subject after the verb, the one person it names:
        -- `Op het einde reikte minister-president Jan Jambon de hand aan
        -- de oppositie: '...'`)
        if framing == 58 and not q.colon and A.lang ~= "en" and A.lang ~= nil then
          local _, c = Analyser.only_person_inverted(A, person_mentions(A, ss, x), nil)
          if c then
            q.colon = { s = c.s, e = c.e, kind = "name", text = c.text, how = "colon" }
            q.colon_adjacent = false
          end
        end
      end
    end
  end
  -- a quote an answer's noun tags (Analyser.answer_tag)
  for qi = 1, #quotes do
    local q = quotes[qi]
    q.answer_s, q.answer_e = Analyser.answer_tag(A, q)
  end
  -- an interrupted quote goes on after its tag: `,,A'', wist Jansen.,, B''`
  -- and `"A," he said, "B."` -- the second part takes the first one's tag
  for qi = 2, #quotes do
    local q, p = quotes[qi], quotes[qi - 1]
    local h = p.right
    -- (an answer's tag after the quote is its own: `,,...'', zegt de
    -- rechter. ,,Niet waar'', is het antwoord.`)
    if h and p.pi == q.pi and not q.right and not q.answer_s then
      local tag_end = h.e
      if h.subj and h.subj.e > tag_end then tag_end = h.subj.e end
      if tag_end <= q.oa and count_words(s, tag_end, q.oa, 5) <= 3 then
        local own = q.left and q.left.s >= p.cb
        if not own then
          q.left = h
          q.left_adjacent = true
          q.interrupted = true
        end
      end
    end
  end
  -- Step 2: which quotes count (scare quotes, titles, mentioned words)
  local keep = {}
  for qi = 1, #quotes do
    local q = quotes[qi]
    local tag = q.right or (q.left and q.left_adjacent) or q.colon or q.cue_before
    local ok
    -- a quote that makes a sentence of its own is speech
    -- (one of . ! ? , among its last three bytes; read as bytes, one call)
    local tail = q.cs > q.ce - 3 and q.cs or q.ce - 3
    local e1, e2, e3 = byte(s, tail, q.ce - 1)
    local ends_punct = END_PUNCT[e1] or END_PUNCT[e2] or END_PUNCT[e3] or false
    local alone = trim(s, q.ss, q.oa) == q.oa and (is_upper_at(s, q.cs) or ends_punct)
                  and (ends_punct or q.right or q.unclosed or count_words(s, q.cb, q.se, 1) == 0)
    -- the word before the opening mark: a determiner or a marker makes a
    -- name or a mentioned word (the "immediate area", so-called "deal")
    local lo = A.first > q.oa - 40 and A.first or q.oa - 40
    local raw_pw = last_word(s, lo, q.oa) or ""
    local pw = names.lc_memo[raw_pw] or lc(raw_pw)
    -- (the determiner's kind: `indef` for a naming verb's `a`, below)
    local det_kind = L.det[pw]
    local det_before = det_kind ~= nil
    -- a determiner and an adjective right before it (`het gewraakte
    -- 'rondje om de kerk'`, `the controversial "stop and frisk"`): it
    -- stands where a noun does, a name or a term (an adjective: a
    -- lower-case word that is no function word, cue or marker, with an
    -- ending of adjective_endings.txt; a noun there is as often the object of
    -- a partial quote, `called the attack "an act of barbarity"`)
    local np_before = false
    -- (not, outside English, a person's role noun with an adjective's
    -- ending, the subject of a Dutch clause whose object the quote opens:
    -- `zei dat de verdachte ,,geen enkele spijt'' toonde`; English `the
    -- principal "evidence"` is an adjective's)
    if not det_before and raw_pw ~= "" and is_lower_at(raw_pw, 1) and adjective_ending(L, pw)
       and not (L.fw[pw] or L.cue[pw] or L.marker[pw]) and not (A.lang ~= "en" and ONE_PERSON[role_of(L, pw)]) then
      local before = rtrim(sub(s, lo, q.oa - 1))
      local rest = rtrim(sub(before, 1, #before - #raw_pw))
      local w2 = tail_run(rest, WORD_NOT_PUNCT)
      np_before = w2 ~= nil and L.det[names.lc_memo[w2] or lc(w2)] ~= nil
      -- (but after a naming verb the noun is its object and the quote
      -- what it was called: `noemt de keuze "verrassend maar sterk"`)
      if np_before then
        local w3 = tail_run(rtrim(sub(rest, 1, #rest - #w2)), WORD_NOT_PUNCT)
        local lemma = w3 and L.cue[names.lc_memo[w3] or lc(w3)]
        if lemma and L.np_verb[lemma] == "predicate" then np_before = false end
      end
    end
    local marked = false
    local lpre
    if det_before or L.marker[pw] then lpre = rtrim(lc(sub(s, lo, q.oa - 1))) end
    if det_before then
      -- `called the "breadbasket"`: the marker before the determiner
      lpre = rtrim(lpre:sub(1, #lpre - #pw))
      pw = tail_run(lpre, WORD_NOT_PUNCT) or ""
    end
    if L.marker[pw] then
      for _, m in ipairs(L.marker[pw]) do
        if lpre:sub(-#m) == m then marked = true break end
      end
      -- a naming cue with a subject of its own before it, a person's
      -- pronoun or a relative clause's, says what someone called it:
      -- `which he called "an insult"`, `in what opposition politicians
      -- called "a shameful night"` (not `a song called "Day after Day"`)
      if marked and not det_before and L.np_verb[L.cue[pw] or ""] == "predicate" then
        local words, raw = {}, {}
        for w in string.gmatch(sub(lpre, 1, #lpre - #pw), "[%a\128-\255']+") do words[#words + 1] = w end
        for w in string.gmatch(sub(s, lo, q.oa - 1), "[%a\128-\255']+") do raw[#raw + 1] = w end
        local n = #words
        local w1 = words[n]
        if w1 and L.pron[w1] and w1 ~= "it" and w1 ~= "het" then
          marked = false
        else
          -- (past a name of capitalised words after its determiner: `which
          -- the New York Times called "..."`; not past a noun, `a song
          -- called`)
          for k = n - 1, (n - 3 > 1 and n - 3 or 1), -1 do
            if opens_relative(sets, words[k]) then marked = false break end
            if L.det[words[k]] and k < n - 1 then
              local name = k > 1
              for y = k + 1, n do
                if not (raw[y] and is_upper_at(raw[y], 1)) then name = false break end
              end
              if name and opens_relative(sets, words[k - 1]) then marked = false end
              break
            end
          end
        end
      end
    end
    -- (not after a passive naming cue whose agent follows: what that
    -- agent called it, `The plan was branded a "disgrace" by critics`)
    -- (not after `the`, a term's: `was called the "breadbasket" of the
    -- region by many farmers`)
    -- (a word of one and no article is a label's: `were labelled
    -- "nut-free" by a packaging supplier`)
    if marked and det_kind ~= "def" and (det_kind or q.words >= 2) and q.left and q.left.subj and q.left.subj.how == "agent" and q.left.lemma
       and L.np_verb[q.left.lemma] == "predicate" and q.left.e <= q.oa and count_words(s, q.left.e, q.oa, 4) <= 3 then
      marked = false
    end
    -- (and so is one joined by and/or to a marked quote right before it:
    -- `the terms "same-sex family relationship" and "same-sex union."`)
    if not marked and qi > 1 and quotes[qi - 1].marked and Analyser.joined_quotes(A, quotes[qi - 1], q) then
      marked = true
    end
    q.marked = marked
    local weak_tag = q.right and q.right.generic and not q.right.form
    if q.prev_part or q.next_part then ok = true
    elseif marked then ok = false
    elseif weak_tag and title_case(s, q.cs, q.ce) then ok = false
    elseif not q.cue_before and byte(s, space_back(s, q.oa, q.ss) - 1) == 44
           and byte(s, skip_spaces(s, q.cb)) == 44 and title_case(s, q.cs, q.ce) then
      -- a title in apposition, between commas: `his event, "Storm Area 51,
      -- They Can't Stop All of Us", was posted as a joke`
      ok = false
    elseif (det_before or L.prep[pw]) and not q.right and title_case(s, q.cs, q.ce) then
      -- a title after a determiner or a preposition: `says on "The
      -- Internet Explorer 6 Countdown"`, `the "Green New Deal"`
      ok = false
    elseif find(s, "^%s*%(%d%d%d%d%)", q.cb)
           and (title_case(s, q.cs, q.ce) or q.words == 1 and is_upper_at(s, q.cs)) then
      -- a title with its year in brackets: `'Almost Alone' (1996)`,
      -- `'Teensville' (1960)`
      ok = false
    elseif np_before and q.words <= 4 and not ends_punct and not q.right and not q.cue_before then
      ok = false
    elseif det_before and q.words == 1 and not ends_punct and not q.right and find(s, "^ %l", q.cb)
           and not sets.quote_join[string.match(s, "^ (%l+)", q.cb)]
           and not sets.copula[string.match(s, "^ (%l+)", q.cb)] and Analyser.quote_later_in_sentence(A, q) then
      -- one word in marks between a determiner and a word in lower case
      -- modifies what follows, where a later quote in the sentence is
      -- what was said: `noemde de ‘middeldure’ huurwoningen in het plan
      -- ‘een fopspeen’` (`declared a "terrorist-related" attack` stays;
      -- nor a copula after it, whose complement it is: `stelt dat het
      -- „beter” is als zij „aan tafel blijven zitten”`)
      ok = false
    elseif q.words <= 2 and not ends_punct and raw_pw ~= "" and is_upper_at(raw_pw, 1)
           and find(s, "^%s%u", q.cb) and Analyser.capitalised_words(s, q.cs, q.ce)
           and bytes.cls_before(s, space_back(s, q.oa, q.ss)) == 1 then
      -- a nickname inside a name: `Ralph "Bucky" Phillips`
      ok = false
    elseif not tag and q.words <= LIST_LINE_WORDS and Analyser.quoted_line_list(A, quotes, qi) then
      -- a list of short lines in marks, each a paragraph of its own, is
      -- titles, no speech (`They are: // "Oppenheimer" // "Poor
      -- Things"`, `Genomineerd zijn: // 'Het smelt' // 'Wormmaan'`)
      ok = false
    elseif alone and q.words >= 1 then ok = true
    elseif q.words <= cfg.short_words then
      -- (a colon after a whole clause introduces a name or a term as
      -- often as speech: `announced the name ...: "COVID-19"`)
      -- (a cue at most three words before the marks makes them the
      -- speaker's words even after a determiner: `He said the "phony"
      -- and "nasty" Harris`)
      ok = (q.right or (q.left and q.left_adjacent and not det_before)
            or (q.colon and q.colon_adjacent) or q.cue_before) and true or false
      -- (or the sentence after it opens with a word that points back and
      -- a cue, reporting the quote's sentence: `De grondwaterstanden
      -- blijven ook ‘erg laag’ voor de tijd van het jaar. Dat schrijft het
      -- waterschap op zijn website.`)
      -- (a fragment in lower case with no determiner before it: not a
      -- ship's, a storm's or an operation's name, `"Stena Impero"`,
      -- `‘Operatie Tempest’`, nor a scare quote, `het ‘woke beleid’`,
      -- review 27)
      if not ok and is_lower_at(s, q.cs) and not det_before and not np_before and Analyser.back_cue_after(A, q) then
        ok = true
      end
      -- (not a title after a preposition, capitalised as a sentence:
      -- `vertelt Karel Gacoms in "De ochtend" op Radio 1`)
      if not ok and q.words == 2 and q.left and q.left.subj and not det_before
         and not (L.prep[pw] and is_upper_at(s, q.cs)) then
        ok = true
      end
      -- one word in lower case that closes a cue's report is the
      -- speaker's word for it: `said the justification was "contrived."`
      -- (not a name, and not a word that goes on into the sentence: `said
      -- the "deal" would fail` has its determiner)
      if not ok and q.words == 1 and q.left and q.left.subj and not det_before and not np_before
         and is_lower_at(s, q.cs) and Analyser.closes_report(A, q) then
        ok = true
      end
      -- and one word in lower case after a copula of a cue's report
      -- (`speech_words.txt`'s `copula`), or a copula and an adverb, twelve
      -- words from the cue at most: `tweeted that the news was
      -- "devastating" for staff`, `zei dat het plan "onhaalbaar" is`
      if not ok and q.words == 1 and q.left and q.left.subj and not det_before
         and is_lower_at(s, q.cs) and count_words(s, q.left.e, q.oa, 13) <= 12
         and Analyser.report_reaches(A, q.left, q) then
        local w1 = string.match(sub(s, q.left.e, q.oa - 1), "(%a+)%s+%a+%s*$")
        if sets.copula[pw] or w1 and sets.copula[lc(w1)] and (L.adv[pw] or find(pw, "%lly$")) then
          ok = true
        end
        -- (and so after a verb, a pronoun or a naming object's word, no
        -- adjective or determiner before it: `said he would find it
        -- "incredible" if ...`)
        if not ok and not np_before and (L.pron[pw] or L.verb_word[pw] or sets.naming_object[pw]) then
          ok = true
        end
      end
      -- and one or two words in lower case after an indefinite article
      -- or a demonstrative in a cue's report, twelve words from it at
      -- most, are the speaker's (`said D'Souza had been an "iconic"
      -- leader`, `indicated on Monday a "significant development" was
      -- likely`, `says they built this "significant barrier"`; not after
      -- `the`, a term's: `the "dark web" market`; nor past a comma, a
      -- colon, a semicolon or another quote's double mark)
      if not ok and (det_kind == "indef" or det_kind == "dem") and q.left and q.left.subj
         and is_lower_at(s, q.cs) and count_words(s, q.left.e, q.oa, 13) <= 12
         and Analyser.report_reaches(A, q.left, q) then
        ok = true
      end
      -- and one or two words in lower case, not after `the`, in a
      -- sentence that a tag closes after a comma: words of what the tag
      -- reports (`Farms have suffered “unprecedented damage” from the
      -- flooding, a farmers’ leader said`, `An “iron fist” policy is
      -- required ..., a High Court judge has declared`)
      if not ok and det_kind ~= "def" and is_lower_at(s, q.cs) and not np_before
         and Analyser.closing_tag(A, q) then
        ok = true
      end
      -- (a verb of judging before `het` and the quote, opinion_verb:
      -- `vindt het "heel verdrietig"`: what the subject finds it)
      if not ok and det_before and pw ~= "" and sets.opinion_verb[pw] and sets.naming_object[lc(raw_pw)] then ok = true end
      -- (and before a noun with its determiner: `vindt de huurverhoging
      -- “ongehoord hoog”`, what the subject finds the rise)
      -- (the two words before the noun read back by the C spans: a
      -- pattern over the bytes before, tried at each, cost nl +0.8% a
      -- byte)
      if not ok and not det_before and raw_pw ~= "" and is_lower_at(raw_pw, 1) and next(sets.opinion_verb) then
        local lb = names.letters_before_space
        -- (raw_pw's first byte: the last word before the mark, white
        -- space perhaps between; one space between the words before it)
        local x = lo + #rtrim(sub(s, lo, q.oa - 1)) - #raw_pw
        local det = x - 1 > lo and lb(s, lo, x - 1)
        if det and L.det[lc(det)] == "def" then
          local x2 = x - 1 - #det
          local verb = x2 - 1 > lo and lb(s, lo, x2 - 1)
          if verb and sets.opinion_verb[lc(verb)] then ok = true end
        end
      end
      -- (and that `het` as the dummy subject of a clause in a cue's
      -- report, no article, the quote what the speaker calls it: after a
      -- copula, with `dat`, `om` or the clause's end after the quote,
      -- `Volgens hem is het „onacceptabel” dat ...`; or after a
      -- complementizer, a copula right after the quote, in Dutch and
      -- German word order, `stelt dat het „beter” is als ...`)
      if not ok and det_before and pw ~= "" and sets.naming_object[lc(raw_pw)]
         and q.left and q.left.subj and is_lower_at(s, q.cs)
         and (sets.copula[pw] and Analyser.clause_ends_after(A, q)
              or L.comp[pw] and sets.copula[lc(string.match(s, "^%s*(%a+)", q.cb) or "")])
         and Analyser.report_reaches(A, q.left, q) then
        ok = true
      end
      -- or a naming verb last in its clause after it, in Dutch and German
      -- word order: `zou speelsters ‘lui’ en ‘te dik’ hebben genoemd`
      if not ok and A.lang ~= "en" and naming_last(A, q) then ok = true end
      -- after a naming verb and its object of up to six words it is
      -- what the speaker called it: `called Stone's 40 month sentence
      -- "unjust."` (not a name: `called his company "Zeta"`), and so
      -- after the object and an indefinite article: `called Biden a
      -- "decent man"`, `called the investigation a "witch hunt"` (not
      -- `an area called the "breadbasket"`)
      if not ok and (not det_before and (ends_punct or not is_upper_at(s, q.cs)) or det_kind == "indef")
         and q.left and q.left.subj and q.left.lemma and L.np_verb[q.left.lemma] == "predicate"
         and count_words(s, q.left.e, q.oa, 8) <= 6 and not find(sub(s, q.left.e, q.oa - 1), "[,;:]") then
        ok = true
      end
      -- after `as`, a determiner or none, it is the speaker's words where a
      -- cue of its clause, eight words back at most, describes its object
      -- so: `denounced the claims as a "national embarrassment"`, `hailed
      -- it as a "great success"`, `characterized the call as "perfectly
      -- fine and routine."`
      -- (and so after `for` and a determiner: `have criticised the council
      -- for its "silence"`, `rebuked him for his "arrogance"`)
      if not ok and (pw == "as" or pw == "for" and det_before) and q.left and q.left.subj and q.left.lemma
         and L.np_verb[q.left.lemma] and count_words(s, q.left.e, q.oa, 9) <= 8 then
        ok = true
      end
      -- after a determiner it is the speaker's words where a cue of
      -- speaking of or naming stands before it: `spreekt van een ,,zware
      -- klap''`, `spoke of a "heavy blow"`, `called it a "disaster"`,
      -- `noemt het een ,,drama''`
      if not ok and det_before and (pw == "of" or pw == "van" or sets.naming_object[pw]) then
        local w2 = tail_run(rtrim(lpre:sub(1, #lpre - #pw)), WORD_NOT_PUNCT)
        local lemma = w2 and L.cue[w2]
        if lemma and ((pw == "of" or pw == "van") and sets.speak_of[lemma]
                      or sets.naming_object[pw] and L.np_verb[lemma] == "predicate") then
          ok = true
        end
      end
      -- and one joined by and/or (en/of) to the quote right before it in
      -- its sentence, which counts: the same speaker's words, `described
      -- it as a "knee-jerk" and "spiteful" reaction`
      if not ok and qi > 1 and quotes[qi - 1].keep and Analyser.joined_quotes(A, quotes[qi - 1], q) then
        ok = true
      end
      -- and, failing all of these, one or two words in lower case in what
      -- a cue of their sentence with a speaker reports, however far from
      -- the cue, are that speaker's (`Police said one of the drivers has
      -- since been released and is now being treated as a "key witness"`,
      -- `Volgens de burgemeester was de sluiting ... „onvermijdelijk”`);
      -- not after `the` or a noun phrase's adjective, a term's, nor past
      -- a comma, a colon or another quote's mark after the cue, where the
      -- report may have ended (on the blind sets read so far: 47 such
      -- fragments a reader counts for 5 a reader does not)
      if not ok and q.left and q.left.subj and det_kind ~= "def" and not np_before and is_lower_at(s, q.cs)
         and Analyser.report_reaches(A, q.left, q) then
        ok = true
      end
    elseif q.words < cfg.clause_words then
      -- (or words in lower case of what a tag that closes the sentence
      -- after a comma reports, as for one or two words above: `Putin is
      -- "ready for a meeting" with Trump, Lavrov said`)
      ok = (tag ~= nil or (q.left and q.left.subj ~= nil)
            or A.lang ~= "en" and naming_last(A, q) or headline_opener(A, q)
            or impersonal_tag(A, q)
            or det_kind ~= "def" and is_lower_at(s, q.cs) and not Analyser.noun_after(A, q)
               and Analyser.closing_tag(A, q)) and true or false
      if ok and not tag and title_case(s, q.cs, q.ce) then ok = false end
      -- (and a sentence in marks that opens its own, three words or more,
      -- a comma and a verb in lower case right after it, a tag the cue
      -- lists lack: `“Wij betreuren dit ten zeerste”, staat in een
      -- verklaring van de club.`)
      if not ok and q.words >= 3 and is_upper_at(s, q.cs) and not title_case(s, q.cs, q.ce)
         and Analyser.verb_after_comma(A, q) then
        ok = true
      end
      -- (and with no cue in reach, words someone is quoted as saying:
      -- a fragment in lower case, or a sentence that its mark ends, not
      -- a modifier of a noun after it: `cleared the court "as requested
      -- by the judge"`, `she thought “OK, it’s coming together.”`; a
      -- title's capitals or a marker above make a name of it)
      -- (a sentence only after a verb, a comma, a colon or
      -- speech_words.txt's `speech_with` (`ended his speech with "God
      -- bless you all!"`): after a noun or another preposition it is a
      -- title, `een nieuw seizoen van "Help, mijn man is klusser!"`)
      if not ok and not title_case(s, q.cs, q.ce) and not Analyser.noun_after(A, q)
         and (is_lower_at(s, q.cs)
              or find(s, "^[.!?]", q.ce - 1) and (L.verb_word[pw] or L.closed_verb[pw] or L.cue[pw] or L.tag[pw]
                                                  or sets.copula[pw] or sets.speech_with[pw]
                                                  or Analyser.comma_or_colon_before(A, q))) then
        ok = true
      end
    else
      ok = not title_case(s, q.cs, q.ce) or tag ~= nil
      if ok and not tag and not (q.left and q.left.subj) and q.words < 12 then
        -- no cue in its sentence: it must read as a clause, with at least
        -- one function word (not `severe acute respiratory syndrome
        -- coronavirus 2`)
        local fw = false
        local wa, wb = find(s, "[^%s%p]+", q.cs)
        while wa and wa < q.ce do
          if wb >= q.ce then wb = q.ce - 1 end
          if L.fw[lc(sub(s, wa, wb))] then fw = true break end
          wa, wb = find(s, "[^%s%p]+", wb + 1)
        end
        ok = fw
      end
    end
    -- a quote that a name in brackets right after its closing mark
    -- labels is that name's words, however short: a list of reactions,
    -- `"De onderste steen moet bovenkomen" (PVV), "..." (PvdA)`
    if not ok and Analyser.bracket_label(A, q) then ok = true end
    if not ok and q.answer_s then ok = true end
    q.keep = ok
    if ok then keep[#keep + 1] = q end
  end
  -- and a quote that a comma or and/or joins to the next quote of its
  -- sentence, a kept one, is kept with it: a list of quotes before their
  -- tag, `„Schrijnend en onverteerbaar”, „een keiharde klap”, „...”
  -- zeiden de fractievoorzitters` (the second after the first: above)
  -- (only in a list that a tag ends: a list of slogans or rules with no
  -- cue, `the classic "no parties", "no alcohol", "no contact with men"`,
  -- says no one's words; tagged: a kept quote with its tag after it, or
  -- joined so to one)
  local listed, tagged = false, quotes[#quotes] and quotes[#quotes].keep and quotes[#quotes].right ~= nil
  for qi = #quotes - 1, 1, -1 do
    local q, nq = quotes[qi], quotes[qi + 1]
    local joined = nq.keep and q.ss == nq.ss and q.cb <= nq.oa
                   and (find(sub(s, q.cb, nq.oa - 1), "^%s*,%s*$") or Analyser.joined_quotes(A, q, nq))
    if not q.keep and joined and tagged and not title_case(s, q.cs, q.ce) then
      q.keep, listed = true, true
    end
    tagged = q.keep and (q.right ~= nil or joined and tagged)
  end
  if listed then
    keep = {}
    for qi = 1, #quotes do
      if quotes[qi].keep then keep[#keep + 1] = quotes[qi] end
    end
  end
  -- Step 3: the kept quotes and the cues, in text order
  local keep_oa = {}
  for i = 1, #keep do
    local q = keep[i]
    keep_oa[i] = q.oa
    q.keep_i = i
  end
  local hits = A.hits
  for ix = 1, #hits do analyse_cue(A, hits[ix]) end
  local lang_out = A.lang or A.article.lang
  local last_q
  A.keep, A.keep_oa = keep, keep_oa

  -- both lists are in text order (quotes by their opening mark, cues by
  -- their start; no two share a position): walked together, a quote
  -- before a cue at the same position
  local qi, hi = 1, 1
  while keep[qi] or hits[hi] do
    local q, next_h = keep[qi], hits[hi]
    if q and (not next_h or q.oa <= next_h.s) then
      qi = qi + 1
      local h, m, cue, how
      local guessed = false
      -- (a source named after a quote that a speech verb of its own
      -- sentence tags before it is whose report it is, not who spoke:
      -- `Pelosi called it a "breach," according to NBC`)
      -- (nor a medium's verb of passing on a report, speech_words.txt's
      -- `relay_cue`, after a quote a cue of its sentence gave before it:
      -- `According to Col. Mike Hagar, information will be released "as
      -- it becomes available," KTHV-TV reported.` is Hagar's)
      -- (and so a speech verb further before whose clause a colon ends
      -- right before the quote: `Trump said of Carroll's allegations:
      -- "...," according to reporter Matthew Russell Lee` is Trump's)
      if q.answer_s then
        -- (an answer's tag, Analyser.answer_tag: below)
      elseif q.right and not (q.right.where == "before" and q.left and q.left.subj
                          and (q.left_adjacent or Analyser.colon_before(A, q.oa))
                          and not q.left.where)
         and not (L.sets.relay_cue[q.right.lemma] and q.left and q.left.subj and q.left.subj.s < q.oa) then
        h = q.right
      -- (a name's label before a colon right before the quote, after the
      -- cue before and its subject, is a new speaker's: `,,...'', zegt De
      -- Vries. Bakker: ,,...''`; a person's name the article gives in
      -- full, no `Note:` or `Update:`)
      elseif q.left and q.left.subj and not (q.colon and q.colon_adjacent and q.colon.s > q.left.e
                                            and q.colon.s > q.left.subj.s and Analyser.known_name(A, q.colon)) then
        h = Analyser.reporting_cue(A, q.left)
      elseif q.colon then m = q.colon
      elseif not q.prev_part then h = content_hit(A, q) or Analyser.closing_tag(A, q)
      end
      local e
      -- (a tag after the quote whose subject is a definite role, where
      -- a person's name labels the quote before its colon: the role is
      -- that person, `Ted-Jan Bloemen: ,,...'', zegt de schaatser`)
      -- (not where the quote opens with a he or she, its words about
      -- the one the label names, nor where the article names a holder of
      -- the role: `Virgil van Dijk: ,,Hij is ...'', zei de trainer`)
      -- (the colon's byte read first, then the label: most tags have
      -- neither, and a role's holders cost a search)
      local label = h and h == q.right and h.subj and h.subj.kind == "role" and h.subj.def == "def"
                    and ONE_PERSON[h.subj.gender] and Analyser.label_name_before(A, q)
      if label and (Analyser.third_person_in_quote(A, q.oa, nil) or Analyser.role_holder(A, h.subj.head)) then
        label = nil
      end
      if label then
        e = self:resolve(A, label, label.s)
        m = label
        cue = h.form
        if e then note_speaker(A, e, label.s) end
      elseif h then
        e = self:resolve_hit(A, h)
        m = h.subj
        cue = h.form
      elseif m then
        e = self:resolve(A, m, m.s)
        if e then note_speaker(A, e, m.s) end
      elseif q.answer_s then
        -- (the words of the one who answers: someone other than the one
        -- who spoke the quote before, the last who spoke or was named
        -- before it, `,,...?'', vraagt de rechter. ,,Niet waar'', is het
        -- antwoord.`)
        -- (the one the quote before was said to first: `"...?" the judge
        -- asked the defendant. "Not true," came the reply.`)
        local prev = last_q and last_q.speaker_e
        local ph = last_q and (last_q.right or last_q.left)
        local o = ph and ph.subj and Analyser.spoken_to(A, ph)
        e = o and self:resolve(A, o, o.s)
        if e == prev then e = nil end
        e = e or prev and other_person(self, A, q, prev) or nil
        cue = sub(s, q.answer_s, q.answer_e - 1)
        if e then note_speaker(A, e, q.answer_s) end
      elseif q.prev_part and q.prev_part.speaker_e then
        e = q.prev_part.speaker_e
        m = nil
      else
        -- the person its own sentence opens with, before it: `Lisa
        -- Mancini has been cosplaying for two years, her "passion" for
        -- the hobby "stemmed through my love for Halloween."`
        local ss = sentence_of(A, q.oa)
        -- (not a sentence that opens with a pronoun or a preposition,
        -- read before its names are: most quotes' sentences do)
        local w1 = not q.prev_part and string.match(s, "^%s*([%a\128-\255]+)", ss)
        local lw1 = w1 and (names.lc_memo[w1] or lc(w1))
        -- (only a name among the sentence's first words can open it; the
        -- mentions read once for both tests below)
        local opens = lw1 and not (L.pron[lw1] or L.prep[lw1] or L.comp[lw1])
        local ms = (opens or lw1 and L.sets.for_frame[lw1]) and trim(s, ss, q.oa) < q.oa
                   and person_mentions(A, ss, (q.oa < ss + 80 and q.oa or ss + 80))
        if ms and opens then
          local c = ms[1]
          -- (the clause after a comma that opens with a name of its own,
          -- when the clause before has its own quote: `Oliver Naesen was
          -- trots na "...", Tiesj Benoot baalde dan weer na "..."`)
          local c2 = Analyser.clause_name_before(A, ss, q.oa)
          if c2 then
            m, e = named_speaker(self, A, c2)
          elseif c and c.subj and c.initial and not c.role and mention_person(A, c) then
            m, e = named_speaker(self, A, c)
          end
          -- (a fragment in lower case is the words of its clause's
          -- subject, a body's too, where it stands past the sentence's
          -- first word and a verb of holding a view follows it: `De
          -- overkoepelende Nederlandse Vereniging van Ziekenhuizen vindt
          -- de eisen „te omvangrijk”`; not one a critic says it did, `The
          -- NHS has been "brought to its knees"`; one capitalised word
          -- there only when it names a person, not `Mede door ...`)
          -- (before any verb of the sentence: `Some of the tests include
          -- checking if the script can download Creative Commons licensed
          -- videos, ... "offensive to some audiences"` is no one's)
          if not e and is_lower_at(s, q.cs) and c and c.subj and not c.role
             and (mention_person(A, c) or find(c.text, " ", 1, true) or find(c.text, "^%u[%u&%-]+$"))
             and c.s - ss <= 60 and not Analyser.verb_between(A, ss, c.s) and Analyser.stance_after(A, c.e) then
            local e2 = self:resolve(A, { s = c.s, e = c.e, kind = "name", text = c.text }, c.s)
            if e2 then e, m = e2, nil note_speaker(A, e, c.s) end
          end
        end
        -- (or, in a fragment in lower case, the name that opens the main
        -- clause after a fronted phrase of a preposition and its comma:
        -- `At FMQs, Sarwar took Yousaf to task ... as he "rejected their
        -- advice"`)
        if not e and lw1 and L.prep[lw1] and not q.prev_part and is_lower_at(s, q.cs) then
          local comma = find(s, ",", ss, true)
          if comma and comma < q.oa and comma - ss <= 40 then
            local x0 = skip_spaces(s, comma + 1)
            local c = is_upper_at(s, x0) and person_mentions(A, x0, (q.oa < x0 + 60 and q.oa or x0 + 60))[1]
            -- (no possessive between, whose words the fragment is:
            -- `quoted Winston Churchill's promise of "..."`, `rejected
            -- Labour's claim that rivers were "..."`)
            local between = c and sub(s, c.e, q.oa)
            local poss = between and (find(between, "['\226]\128?\153?s%s") or find(between, "s['\226]\128?\153?%s"))
            if c and not poss and c.s == x0 and c.subj and not c.role and mention_person(A, c) then m, e = named_speaker(self, A, c) end
          end
        end
        -- (and so, in Dutch and German, the one person a sentence that
        -- opens with an adverb or a preposition names after its verb:
        -- `Ondertussen kondigde de Antwerpse burgemeester Bart De Wever
        -- een samenscholingsverbod af, "om de orde te herstellen"`)
        -- (the sentence's first word asked first, as only_person_inverted
        -- asks it last: most sentences open otherwise, and their mentions
        -- are not read again)
        if not e and is_lower_at(s, q.cs) and A.lang ~= "en" and A.lang ~= nil and lw1 and (L.adv[lw1] or L.prep[lw1]) then
          local e2, c = Analyser.only_person_inverted(A, person_mentions(A, ss, q.oa), nil)
          if e2 then e, m = e2, nil note_speaker(A, e, c.s) end
        end
        -- (or a person's name of two words or more after the `for` that
        -- opens it, the roles before the name passed: `For defender David
        -- Delaney the victory 'sets up the chance for a three-in-a-row'`;
        -- speech_words.txt's `for_frame`)
        if not e and ms and L.sets.for_frame[lw1] then
          for ix = 1, #ms do
            local c = ms[ix]
            if c.s > ss + 60 then break end
            if not c.role and find(c.text, " ", 1, true) and mention_person(A, c) then
              m, e = named_speaker(self, A, c)
              break
            end
          end
        end
        -- (or a definite role that opens it, a group's too, whose clause
        -- the quote closes: `De politie doet daar geen uitspraken over,
        -- “om de rechtsgang niet te beïnvloeden”.`)
        if not e and lw1 and REFERS_BACK[L.det[lw1]] and trim(s, ss, q.oa) < q.oa
           and q.cb >= q.se - 2 then
          local f = Analyser.first_np(A, ss, q.oa)
          -- (not the one a passive of a cue's verb says was told: `The
          -- contractor was also told to keep the road clean, "..."`)
          if f and f.kind == "role" and Analyser.passive_cue_after(A, f.e) then f = nil end
          -- (nor, in Dutch, a neuter article before a plural, no noun
          -- phrase at all: `Het geeft studenten de mogelijkheid ... “...”`)
          if f and f.kind == "role" and sets.neuter_article and sets.neuter_article[lw1] and f.head
             and Analyser.plural_of(lc(string.match(f.text, "(%S+)$") or ""), f.head) then
            f = nil
          end
          if f and f.kind == "role" and f.s == skip_spaces(s, ss) and REFERS_BACK[f.def] then
            local e2 = self:resolve(A, f, f.s)
            if e2 then
              e, m = e2, f
              note_speaker(A, e, f.s)
            end
          end
        end
        -- the sentence before: a cue with a speaker
        local ph = not e and Analyser.prev_sentence_cue(A, q.oa)
        if ph and not (q.prev_part) then
          e = self:resolve_hit(A, ph)
          m = ph.subj
          cue = ph.form
          -- (a quote in the first person singular is no organisation's
          -- or group's words: the last person who spoke said it, `De
          -- politie meldde een aantal incidenten. "Er waren twee, dat vind
          -- ik niet veel."` after Wiebe Kootstra spoke)
          -- (an acronym whose person-ness nothing decided is an
          -- organisation's: `Het KNMI waarschuwt ...`)
          if e and (e.person == false or e.group or e.person == nil and find(e.canon, "^%u[%u%d&%-]+$"))
             and A.last_person and Analyser.first_person_quote(A, q) then
            e, m, cue = A.last_person, nil, nil
          end
          -- (nor the words of the person the sentence before told of,
          -- when the quote opens with a he or she of that one's sex:
          -- `The court heard Smyth told police that ... "He admitted
          -- throwing six or seven bottles."` is the last quote's speaker's,
          -- the prosecution lawyer's)
          -- (unless what the cue before reports names that speaker, whom
          -- the he or she then means: `,,...'', zei de Mexicaan. // Volgens
          -- Priske is Giménez in topvorm. ,,Hij traint ook heel goed.''` is
          -- Priske's)
          -- (one who says I there speaks of the one the cue named: `Volgens
          -- trainer Priske is Giménez in topvorm. ,,Hij heeft mij ...
          -- vertrouwen gegeven.''` is Giménez's)
          local lq = last_q and last_q.speaker_e
          if e and e.person ~= false and lq and lq ~= e and lq.person and Analyser.third_person_opening(A, q, e)
             and not (Analyser.named_in_content(A, lq, ph) and not Analyser.first_person_quote(A, q)) then
            e, m, cue = lq, nil, nil
          end
        end
        -- (a quote that ends its paragraph, the next one opening with a
        -- word that points back and a cue whose subject follows it: that
        -- subject, `,,...'' // Dat zegt Tom Gavin, melkveehouder`, `"..."
        -- // That's according to Patrick De Haan`)
        if not e and not q.prev_part then
          local c = Analyser.back_cue_after(A, q)
          if c then e = self:resolve(A, c, c.s) end
        end
        -- (in an interview's answer, with no cue of its own sentence or
        -- the one before: the one who answers, quoting what he wrote or
        -- said, over its paragraphs after the label too)
        if not e and A.turns ~= false then
          e = Analyser.answerer(self, A, q.oa)
          if e then m, cue = nil, nil end
        end
        -- (names joined by and/en that open the sentence before speak
        -- together, unless the quote says I: `Rolf van Boxmeer en Tessa
        -- Peters van ontwerpbureau Rezone ... legden uit dat ... ,,...''`)
        if not e and ss > A.first then
          local ps0, pe0 = sentence_of(A, ss - 1)
          local c = ps0 < ss and Analyser.coordinated_subject(A, skip_spaces(s, ps0), (pe0 < ss and pe0 or ss))
          if c and not Analyser.first_person_quote(A, q) then
            e = self:resolve(A, c, c.s)
            m = nil
          end
        end
        -- (a group that is the sentence before's subject speaks a quote
        -- that says we and not I: `Ook andere ondernemers verwachten een
        -- mokerslag ... "Daar zitten we niet op te wachten"`)
        if not e and ss > A.first and Analyser.first_plural_quote(A, q) and not Analyser.first_person_quote(A, q) then
          local c = Analyser.group_subject_before(A, ss)
          if c then
            e = self:resolve(A, c, c.s)
            m = nil
            -- (the body's spokesperson who spoke last goes on speaking for
            -- it: `,,...", legt een woordvoerder van de brandweer uit. // De
            -- brandweer heeft ook een kraan opgeroepen. ,,Dan kunnen we
            -- ..."`)
            e = Analyser.spokesperson_on(A, e, last_q, ss) or e
          end
        end
        -- (a person whose question, remark or plea the sentence before
        -- names, by a possessive: `The heckling started after a woman's
        -- question about ... "I've got young children ..."`)
        if not e and ss > A.first then e, m = resolve_found(self, A, Analyser.speech_owner(A, ss), m) end
        -- (or its own sentence before it, by a noun of those and van/of:
        -- `De suggestie van Westbroek dat men 'gewoon geen zin' heeft`)
        if not e then e, m = resolve_found(self, A, Analyser.speech_owner_in(A, ss, q.oa), m) end
        if not e then
          local c = Analyser.prev_sentence_person(A, q.oa)
          e, m = resolve_found(self, A, c, m)
          -- (a body there whose spokesperson spoke last: the spokesperson
          -- goes on, `"...," a spokeswoman for the fire service said. //
          -- The fire service also brought in a crane. "It was ..."`)
          local sp = e and (e.person == false or e.group) and Analyser.spokesperson_on(A, e, last_q, ss)
          if sp then e, m = sp, nil end
          -- (not an organisation or a group for a quote in the first
          -- person singular, nor a role the quote calls its own, `my
          -- stepfather`: the last person who spoke, `De volgende ochtend
          -- belde Mira de GGD ... Ze voelde zich schuldig. 'Ik heb ...'`,
          -- `Zijn stiefvader zat naast hem. ... 'Mijn stiefvader en ik
          -- zeiden al ...'`)
          -- (nor one the quote names: `Christania Williams ... finished
          -- 8th. "... the two younger ones (herself and Williams) ..."`)
          if e and ((e.person == false or e.group or e.person == nil and find(e.canon, "^%u[%u%d&%-]+$"))
                    and Analyser.first_person_quote(A, q)
                    or c and c.kind == "role" and c.def == "poss" and c.head and not e.cued
                       and Analyser.own_role_quote(A, q, c.head)
                    or e.person and Analyser.names_in_quote(A, q, e)) then
            e = other_person(self, A, q, e) or e
          end
          -- (the speaker of the quote before, asked of twice below)
          local lq = last_q and last_q.speaker_e
          -- (nor an organisation or a group that never spoke with a cue,
          -- where a person spoke the quote before, in this paragraph or
          -- the one before: that person goes on, `"Dit kan niet", zegt
          -- ze. De medewerkers van de administratie werken hard. "Maar
          -- ..."`)
          if e and lq and lq ~= e and lq.person and not e.cued and (e.person == false or e.group)
             and last_q.pi and q.pi and last_q.pi >= q.pi - 1 then
            e, m = lq, nil
          end
          -- (nor the person the sentence before tells of, when the quote
          -- opens with a he or she of that one's sex: the last speaker's
          -- words about them, `De verdachte heeft zichzelf gemeld. "Hij
          -- heeft altijd meegewerkt." Bovendien, zegt Bruinsma, ...`)
          -- (a body that spoke last too, after a definite role: `"...",
          -- meldt de politie. Toen de verdachte de agenten zag vluchtte
          -- hij. "Hij deed een poging ..."`; an indefinite one is someone
          -- new, whose he is a third, `Een buurman zag hoe de overvaller
          -- wegrende. ,,Hij had een groot mes''`)
          -- (and so a name's person, where the quote opens with a given
          -- name that may be that one's: `Kuss, die ... reed, kreeg een
          -- compliment. ,,Sepp is de beste knecht''` after `zei Niermann`)
          if e and e.person ~= false and lq and lq ~= e and c
             and (c.kind == "role" and (lq.person or c.def == "def") and Analyser.third_person_opening(A, q, e)
                  or c.kind == "name" and lq.person and Analyser.given_name_opening(A, q, e))
             and not Analyser.first_person_quote(A, q) then
            e, m = lq, nil
          end
        end
        -- (a quote after a sentence of its paragraph that brings in one
        -- person, named in full there for the first time, with no person
        -- its subject: that person, not the last speaker, `De schrik zit
        -- er goed in bij bewoonster Tiny Kosman. "Ik ben ..."`)
        if not e and not q.prev_part then
          local c = Analyser.newcomer_before(A, q)
          if c then
            local e2 = self:resolve(A, c, c.s)
            if e2 and e2.person ~= false and e2 ~= A.last then e, m = e2, nil end
          end
          -- (and so one the article named before who spoke, not the last
          -- speaker: `Dat trotse gevoel was bij Heerkens na de
          -- wedstrijd even minder aanwezig. "Vraag me het ..."`)
          if not e then
            c = Analyser.newcomer_before(A, q, true)
            local e2 = c and self:resolve(A, c, c.s)
            if e2 and e2.person and (e2.cued or e2.spoke) and e2 ~= A.last and e2 ~= (last_q and last_q.speaker_e) then e, m = e2, nil end
          end
        end
        -- (a speaker its own sentence or the one before gives: no later
        -- step overrides it, Analyser.sandwiched_voice)
        q.near_speaker = e ~= nil
        -- (not a role the quote calls its own: `'Mijn stiefvader en ik
        -- ...'` after `zijn stiefvader` spoke)
        if not e and last_q and last_q.speaker_e and last_q.pi == q.pi then
          e = last_q.speaker_e
          local own = not e.cued and string.match(e.canon, "^(%l+) %S+$")
          local head = own and A.L.det[own] == "poss" and string.match(e.canon, "(%S+)$")
          local other = head and Analyser.own_role_quote(A, q, head) and other_person(self, A, q, e)
          if other then e = other end
        end
        -- (a quote that opens its paragraph, the sentence after it in the
        -- paragraph opening with a person's name as its subject: that
        -- person, before a later quote's tag, `"Ik ben er gewoon ziek
        -- van." Buijs kon er maar niet over uit dat ... "...", zei de
        -- aanvalster`)
        if not e and A.pstart[q.pi] and skip_spaces(s, A.pstart[q.pi]) == q.oa then
          local _, ne = sentence_of(A, q.cb)
          local ns, nse, npi = sentence_of(A, ne)
          if ns >= ne and npi == q.pi then e = subject_person_of(self, A, ns, nse, true) end
        end
        if not e then
          -- a later quote in the paragraph with its own tag
          for i2 = q.keep_i + 1, #keep do
            local q2 = keep[i2]
            if q2.oa > q.oa and q2.pi == q.pi and (q2.right or (q2.left and q2.left.subj)) then
              local h2 = q2.right or q2.left
              e = self:resolve(A, h2.subj, h2.subj.s)
              break
            end
            if q2.pi > q.pi then break end
          end
        end
        -- (the person the quote's own paragraph is about, the subject of
        -- one of its sentences two to four back, over a last speaker of an
        -- earlier paragraph: `Pieter Elias is een ras Tilburger ... Maar
        -- het haalde niks uit. ,,We hadden een totale offday.''`)
        if not e and A.last and A.last_pos and not q.prev_part then
          local _, _, lpi = sentence_of(A, A.last_pos)
          if lpi and lpi < q.pi then
            e, m = resolve_found(self, A, Analyser.paragraph_subject(A, q), m)
            local c = not e and Analyser.paragraph_person(A, q)
            if c then
              local e2 = self:resolve(A, c, c.s)
              if e2 and e2 ~= A.last and e2.person and not Analyser.names_in_quote(A, q, e2) then e = e2 end
            end
          end
        end
        if not e then
          e = A.last
          -- (and so with the last speaker a group: a quote in the first
          -- person singular is the last person's who spoke, `De advocaten
          -- van G. zeiden ... dat ... "Ik verwacht daar nog veel ellende
          -- van."` after Peter Schouten spoke)
          if e and (e.person == false or e.group) and A.last_person and Analyser.first_person_quote(A, q) then
            e = A.last_person
          end
        end
        if not e then
          -- an opening quote: the person the next sentence is about
          -- (`,,De boel was niet te houden.'' Theo de Rooij stond ...`)
          -- (the next paragraph's, when the quote is a paragraph of its
          -- own: `‘Ik zal doen wat het beste is voor de partij.’ //
          -- MR-voorzitter Georges-Louis Bouchez vreest ...`)
          local _, ne, qpi = sentence_of(A, q.cb)
          if ne >= (A.pend[qpi] or ne + 1) and A.pstart[qpi + 1] and skip_spaces(s, A.pstart[qpi]) == q.oa then
            ne = A.pstart[qpi + 1]
          end
          local ns, nse = sentence_of(A, ne)
          if ns >= ne then e = subject_person_of(self, A, ns, nse, false) end
        end
      end
      if not e and not m and not q.prev_part then
        -- with no one else: the person the sentences before are about,
        -- their subject, four sentences back at most (an article's first
        -- quote after a paragraph about its speaker, `Yevgeny Kafelnikov
        -- wist dat hij de favoriet was ... ,,Ik wist dat ...''`)
        -- (a guess: the quotes after it take no speaker from it)
        -- (but an answer after the reporter's question that opens its
        -- paragraph, the quote before it the answer to the question
        -- before that: the one who answered, `Hoe voelde de finish?
        -- ,,Ongelooflijk.'' // Was het zwaar? ,,Heel zwaar.''`)
        if last_q and last_q.speaker_e and last_q.speaker_e.person and last_q.pi == q.pi - 1
           and Analyser.question_opens(A, q) then
          e = last_q.speaker_e
        end
        e = e or self:recent_person(A, sentence_of(A, q.oa), "mf", 4, true)
        -- (a quote in the first person singular: the person last named in
        -- its paragraph, after a preposition too, `De schrik zit er goed in
        -- bij juwelier Chris van Waes uit Poeldijk. ... 'Ik werd uit mijn
        -- bed gebeld.'`)
        if not e and Analyser.first_person_quote(A, q) then
          e = self:recent_person(A, sentence_of(A, q.oa), "mf", 4, false, true)
          if e and e.person ~= true then e = nil end
        end
        guessed = e ~= nil
      end
      q.speaker_e = e
      -- (one who spoke a quote, with a cue or none: newcomer_before's
      -- second reading)
      if e then e.spoke = true end
      if e and A.last ~= e and not guessed then note_speaker(A, e, q.oa) end
      -- a multi-paragraph quote: the tag may come in a later part
      last_q = q
      res.quotes[#res.quotes + 1] = {
        type = "quote", start = q.cs - 1, ["end"] = q.ce - 1,
        speaker = e and e.canon or null,
        speaker_text = m and m.text or null,
        speaker_start = m and (m.s - 1) or null,
        speaker_end = m and (m.e - 1) or null,
        cue = cue or null,
        lang = lang_out or null,
        _q = q,
      }
    else
      hi = hi + 1
      local h = next_h
      if h.subj or h.where == "self" then
        -- (resolving first: it may lengthen the mention, `according to the
        -- House of Commons Library, ...`, and the content starts after it)
        local e
        if h.subj then e = self:resolve_hit(A, h) else e = A.last end
        local cs, ce = hit_content(A, h)
        if cs then
          -- content that is all one quote is that quote's, not reported
          -- speech
          -- (it starts with the quote's mark and the quote fills it);
          -- `said they "appear not to ..."` is reported speech with a
          -- quote inside
          local whole = false
          local i = floor_index(keep_oa, cs + 1)
          local q = keep[i]
          if q and q.cb >= cs and (q.cb - q.oa) >= 0.8 * (ce - cs) then whole = true end
          if not whole then
            local m = h.subj
            res.attributions[#res.attributions + 1] = {
              type = "attribution", start = cs - 1, ["end"] = ce - 1,
              speaker = e and e.canon or null,
              speaker_text = m and m.text or null,
              speaker_start = m and (m.s - 1) or null,
              speaker_end = m and (m.e - 1) or null,
              cue = h.form,
              lang = lang_out or null,
            }
          end
        end
      end
    end
  end
  -- a named speaker whose cue goes on (`adding_cue`: `vervolgde
  -- Stevens`, `added Smith`) spoke the quotes right before it that a
  -- definite role of one person tagged, in its paragraph or the one
  -- before, no other speaker between, where the article gave that role no
  -- holder before them: `„...”, aldus de Nederlandse trainer. // „...”,
  -- vervolgde Stevens.`
  for ix = 2, #res.quotes do
    local r = res.quotes[ix]
    local lemma = r.cue ~= null and A.L.cue[lc(string.match(r.cue, "^%S+") or "")]
    if type(lemma) == "string" and A.L.sets.adding_cue[lemma] and r.speaker ~= null and is_upper_at(r.speaker, 1)
       and r.speaker_text ~= null and is_upper_at(r.speaker_text, 1) then
      local j = ix - 1
      local rp = res.quotes[j]
      local role, text = rp.speaker, rp.speaker_text
      -- (the role's phrase as the tag writes it, its holder unnamed or
      -- named only after that quote: `aldus de Nederlandse trainer` is no
      -- `Lucien Favre, de coach van Dortmund` the article names later)
      local rg = text ~= null and rp._q.pi >= r._q.pi - 1 and role ~= r.speaker
                 and A.L.det[lc(string.match(text, "^(%a+) ") or "")] == "def" and role_of(A.L, string.match(text, "(%S+)$"))
      if (rg == "m" or rg == "f" or rg == "p")
         and (is_lower_at(role, 1) or find(s, string.match(role, "(%S+)$"), 1, true) > rp._q.cb) then
        while j >= 1 and res.quotes[j].speaker == role do
          res.quotes[j].speaker = r.speaker
          j = j - 1
        end
      end
    end
  end
  -- a quote that is a short paragraph of its own with no cue (its own or
  -- its sentence before's), a quoted subheading (`'Prijzen moeten
  -- omlaag, maar...'` before `... "De energiefactuur moet omlaag", zei
  -- hij`), is the words of the next tagged quote's speaker, in the two
  -- paragraphs after it
  for ix = 1, #res.quotes do
    local r = res.quotes[ix]
    local q = r._q
    -- (and one whose only tag is the sentence before, in the paragraph
    -- before: a subheading opens what follows it, `'Daar is verder geen
    -- compensatie voor', zegt hij. // 'Lastig om vrolijk te blijven' //
    -- ... Ormel ...`)
    -- (not where the paragraph before ends with a colon that introduces
    -- it: `his family said: // "Liam was the light of our lives"`)
    local tag_before = r.cue ~= null and r.speaker_start ~= null and r.speaker_start < A.pstart[q.pi]
                       and not Analyser.colon_ends_paragraph(A, q.pi - 1)
    if (r.cue == null or tag_before) and not q.prev_part and not q.next_part and Analyser.subhead_quote(A, q) then
      -- (first the quote or report after it that echoes its words:
      -- `'Overcapaciteit op de markt'` before `De directie zegt dat de
      -- sluiting is ingegeven door overcapaciteit op de markt`)
      local who = echoed_speaker(A, r, A.pend[q.pi], { res.quotes, res.attributions })
      for j = ix + 1, #res.quotes do
        if who then break end
        local r2 = res.quotes[j]
        local q2 = r2._q
        if q2.pi > q.pi + 2 then break end
        -- (a tagged one, or the first of the next paragraph, whoever
        -- the context gave it to: `'Belachelijk' // Ger de Neve ... denkt
        -- daar anders over. ,,Belachelijk dat ...''`)
        if q2.pi > q.pi and r2.speaker ~= null and (r2.cue ~= null or q2.pi == q.pi + 1) then who = r2.speaker end
      end
      if who then
        r.speaker, r.speaker_text, r.speaker_start, r.speaker_end, r.cue = who, null, null, null, null
        q.near_speaker = true
      end
    end
  end
  -- (a quote with no cue that a name in brackets labels: that name's)
  for ix = 1, #res.quotes do
    local r = res.quotes[ix]
    if r.cue == null then
      local name, ns, ne = Analyser.bracket_label(A, r._q)
      if name then
        r.speaker = names.canonical(A.article, name, A.lang)
        r.speaker_text, r.speaker_start, r.speaker_end = name, ns - 1, ne - 1
      end
    end
  end
  Analyser.round_up(A, res.quotes)
  Analyser.sandwiched_voice(res.quotes)
  -- parts of a multi-paragraph quote share the speaker of the part that
  -- has a tag
  -- (pis: each quote's paragraph, for the last step below)
  local pis = {}
  for ix = 1, #res.quotes do
    local r = res.quotes[ix]
    local q = r._q
    r._q = nil
    pis[ix] = q.pi
    if q.prev_part or q.next_part then
      local head = q
      while head.prev_part do head = head.prev_part end
      local tagged
      local x = head
      while x do
        if x.right or (x.left and x.left.subj) then tagged = x break end
        x = x.next_part
      end
      if tagged and tagged.speaker_e and q.speaker_e ~= tagged.speaker_e and not (q.right or q.left) then
        r.speaker = tagged.speaker_e.canon
      end
    end
  end
  Analyser.headline_voice(A, res.quotes, res.attributions)
  Analyser.cataphoric_role(A, res.quotes, res.attributions)
  Analyser.echo_voice(A, res.quotes)
  Analyser.main_voice(res.quotes)
  Analyser.nearest_voice(A, res.quotes, pis)
end

-- Analyser.nearest_voice(A, quotes, pis): a quote of whole sentences no
-- step gave a speaker is the words of the speaker of the nearest quote
-- after it, within two paragraphs (an article that opens with a quote
-- brings its speaker in after it), else of the nearest one before it in
-- its paragraph or the one before, as a reader would guess; pis holds
-- each quote's paragraph
function Analyser.nearest_voice(A, quotes, pis)
  for ix = 1, #quotes do
    local r = quotes[ix]
    -- (a whole sentence's words, not a fragment in lower case inside
    -- someone's sentence, `were told they were arguing "like two
    -- children"`)
    if r.speaker == null and not is_lower_at(A.s, r.start + 1) then
      local who
      for j = ix + 1, #quotes do
        if pis[j] > pis[ix] + 2 then break end
        if quotes[j].speaker ~= null then who = quotes[j].speaker break end
      end
      for j = ix - 1, 1, -1 do
        if who or pis[j] < pis[ix] - 1 then break end
        if quotes[j].speaker ~= null then who = quotes[j].speaker end
      end
      if who then r.speaker = who end
    end
  end
end

-- Analyser.cataphoric_role(A, quotes, reports): a person's role with
-- its definite article that speaks before the article names anyone is
-- the person the text names next as a speaker by a surname alone
-- (next_named_speaker: an excerpt or a lead that names the person only
-- later, `"...", zegt de akkerbouwer uit Odoorn. ... op de akkers van De
-- Jong ... volgens De Jong`; `"...", zegt de verloskundige. ... "Een
-- stuk of zeven", zegt Von Kospoth`); not an office news often leaves
-- unnamed (`unnamed_office`: de woordvoerder, de rechter), nor a noun
-- that says only who someone is (`any_person`: de man, de vrouw)
function Analyser.cataphoric_role(A, quotes, reports)
  local L = A.L
  -- (the records in text order: quotes and reports)
  local recs
  local seen = {}
  for ix = 1, #quotes do
    local r = quotes[ix]
    local S = r.speaker
    if S ~= null and not seen[S] then
      seen[S] = true
      local ent = A.entities[S]
      local head = ent and ent.role_head
      if head and ent.person ~= false and ONE_PERSON[role_of(L, head)] and not L.sets.unnamed_office[head]
         and not L.sets.any_person[head]
         and REFERS_BACK[L.det[lc(string.match(S, "^(%a+) ") or "")] or ""] then
        local first = r.start + 1
        if r.speaker_start ~= null and r.speaker_start + 1 < first then first = r.speaker_start + 1 end
        if not recs then
          recs = {}
          for _, list in ipairs({ quotes, reports }) do
            for _, o in ipairs(list) do recs[#recs + 1] = o end
          end
          table.sort(recs, function(x, y) return x.start < y.start end)
        end
        local who = Analyser.next_named_speaker(A, recs, S, r.start, head)
        -- (the mentions before read only then: most roles have no such
        -- speaker after them)
        if who then
          for _, c in ipairs(person_mentions(A, A.first, first)) do
            if not c.role and mention_person(A, c) then who = nil break end
          end
        end
        if who then
          for _, list in ipairs({ quotes, reports }) do
            for _, o in ipairs(list) do
              if o.speaker == S then o.speaker = who end
            end
          end
        end
      end
    end
  end
end

-- Analyser.next_named_speaker(A, recs, S, after, head) -> the speaker of
-- the first record after position after whose speaker is not S, when
-- that is a surname alone (no given name in the article: `De Jong`,
-- `Von Kospoth`) that the text first writes after that position, with no
-- role noun of another office right before it there and no appositive,
-- clause or bracket after it (`Burgemeester Jan de Vries`, `Gerard
-- Anker, teamchef van de politie,` are someone else); else nil
function Analyser.next_named_speaker(A, recs, S, after, head)
  local L, s = A.L, A.s
  for _, o in ipairs(recs) do
    if o.start > after and o.speaker ~= S and o.speaker ~= null then
      local who = o.speaker
      local oe = A.entities[who]
      if not (oe and oe.person ~= false and not oe.role_head and not oe.group and is_upper_at(who, 1)) then
        return nil
      end
      -- (a surname alone, its particles before it, no given name in the
      -- whole article: one the text brought in before the excerpt or the
      -- lead, as `volgens De Jong`, `zegt Von Kospoth`; a full name is
      -- someone the text brings in there, `zegt Peter Bakker`)
      local words, core = 0, 0
      for w in string.gmatch(who, "%S+") do
        words = words + 1
        if not A.g.particles[lc(w)] then core = core + 1 end
      end
      if core ~= 1 or words > 3 then return nil end
      -- (where the text first writes it, whole, else its last word)
      local last = who
      local a = find(s, who, A.first, true)
      if not a then
        last = string.match(who, "([^%s]+)$")
        a = find(s, last, A.first, true)
      end
      if not a or a <= after then return nil end
      local pw = string.match(sub(s, (a > 40 and a - 40 or 1), a - 1), "([%a\128-\255%-]+)%s+$")
      local pr, key = nil, nil
      if pw then pr, key = role_of(L, pw) end
      if pr and ONE_PERSON[pr] and key ~= head and not Analyser.alike_roles(L, head)[key] then return nil end
      -- (nor one the text first names as the one spoken to: `vraagt de
      -- presentator aan Johan`)
      if pw and L.sets.addressee_prep[lc(pw)] then return nil end
      -- (and no appositive, clause or bracket after it there: one the
      -- text brings in, `Maria Lopez, a spokeswoman for ...`, `Kees de
      -- Boer (CDA)`, `Fatima Ouali, die ...`)
      if find(s, "^%s*[,(]", a + #last) then return nil end
      return who
    end
  end
  return nil
end

-- Analyser.sandwiched_voice(quotes): a quote with no tag of its own
-- between a quote of one speaker and that speaker's next tagged quote is
-- that speaker's, whoever the context gave it to (a voice goes on until
-- another takes over), unless its own sentence or the one before named
-- its speaker (q.near_speaker: `Vriendin Claudia schrikt meteen wakker.
-- ,,Ik zag ...''`), or it is a quoted subheading whose speaker the quote
-- after it gave
function Analyser.sandwiched_voice(quotes)
  for ix = 2, #quotes - 1 do
    local r = quotes[ix]
    local prev = quotes[ix - 1]
    if r.cue == null and r.speaker_text == null and prev.speaker ~= null and r.speaker ~= prev.speaker
       and not r._q.near_speaker then
      for jx = ix + 1, #quotes do
        local o = quotes[jx]
        if o.cue ~= null then
          if o.speaker == prev.speaker then r.speaker = prev.speaker end
          break
        end
      end
    end
  end
end

-- Analyser.colon_before(A, x): does a colon end the text right before
-- position x, spaces between?
function Analyser.colon_before(A, x)
  local s = A.s
  local p = x - 1
  while p > 0 and byte(s, p) == 32 do p = p - 1 end
  return p > 0 and byte(s, p) == 58
end

-- Analyser.main_voice(quotes): a quote that nothing above gave a speaker
-- (an opening quote no sentence near it explains, a quote between two
-- interviewees) is the words of the article's main voice: the one whose
-- tagged quotes outnumber everyone else's, two at least. News quotes its
-- main source most: on the blind sets of stops 66 and 67, seven in ten
-- quotes left with no speaker were that one's.
function Analyser.main_voice(quotes)
  local count, any_null = {}, false
  for ix = 1, #quotes do
    local r = quotes[ix]
    if r.speaker == null then any_null = true
    elseif r.cue ~= null then count[r.speaker] = (count[r.speaker] or 0) + 1 end
  end
  if not any_null then return end
  local best, best_n, tie = nil, 1, false
  for who, n in next, count do
    if n > best_n then best, best_n, tie = who, n, false
    elseif n == best_n then tie = true end
  end
  if not best or tie then return end
  for ix = 1, #quotes do
    local r = quotes[ix]
    if r.speaker == null then r.speaker = best end
  end
end

-- Analyser.echo_voice(A, quotes): a quote of up to six words that found
-- no speaker is the words of the one whose quote elsewhere in the article
-- holds them, whole words in any case, eight bytes at least less the
-- punctuation at their ends, when only one speaker's does (`were told
-- they were arguing “like two children”` ... `“You’re like two
-- children,” said Cllr Ray Cribbin`)
local ECHO_WORDS = 6
function Analyser.echo_voice(A, quotes)
  local s = A.s
  local low = {}
  for ix = 1, #quotes do
    local r = quotes[ix]
    -- (and one a context gave, no cue nor mention of its own: a
    -- fragment the body quotes again is the one's who says it there,
    -- `... an effort that has run up against a “vigorous anti-vaccine
    -- movement” ... // “We know that there is a vigorous anti-vaccine
    -- movement in this country,” Zahn said`)
    -- (only a quote with a cue of its own echoes it then: a caption
    -- that repeats the headline's quote is no evidence)
    local context = r.speaker ~= null
    -- (its words counted first, up to one past the most: most quotes
    -- are longer, and their text in lower case is never made)
    if (not context or r.cue == null and r.speaker_text == null)
       and count_words(s, r.start + 1, r["end"] + 1, ECHO_WORDS + 1) <= ECHO_WORDS then
      local text = sub(s, r.start + 1, r["end"])
      local needle = lc(text):gsub("^[%p%s]+", ""):gsub("[%p%s]+$", "")
      if #needle >= 8 then
        local who
        for jx = 1, #quotes do
          local o = quotes[jx]
          if jx ~= ix and o.speaker ~= null and o.speaker ~= who and not (context and o.cue == null) then
            -- (each quote's words in lower case once)
            local hay = low[jx]
            if not hay then
              hay = lc(sub(s, o.start + 1, o["end"]))
              low[jx] = hay
            end
            local x, y = find(hay, needle, 1, true)
            while x do
              if not find(sub(hay, x - 1, x - 1), "[%w\128-\255]") and not find(sub(hay, y + 1, y + 1), "[%w\128-\255]") then
                break
              end
              x, y = find(hay, needle, y + 1, true)
            end
            if x then
              if who then who = false break end
              who = o.speaker
            end
          end
        end
        if who then r.speaker = who end
      end
    end
  end
end

-- Analyser.subordinate_subject(A, ss, x) -> the noun phrase right after
-- the last subordinator of speech_words.txt before x in the sentence
-- from ss (`Nadat zorgverzekeraar Zilveren Kruis de sluiting ...`: a
-- verb-final clause's subject), with no comma between it and x, or nil
function Analyser.subordinate_subject(A, ss, x)
  local s, sub_words = A.s, A.L.sets.subordinator
  if not next(sub_words) then return nil end
  local at
  for p, w in string.gmatch(sub(s, ss, x - 1), "()([%a]+)") do
    if sub_words[lc(w)] then at = ss + p - 1 + #w end
  end
  if not at or find(sub(s, at, x - 1), ",", 1, true) then return nil end
  local m = Analyser.first_np(A, at, x)
  if not (m and (m.kind == "name" or m.kind == "role")) then return nil end
  m.how = "before"
  return m
end

-- Analyser.noun_after(A, q): does a word that may be a noun follow quote
-- q's closing mark, no function word, preposition or determiner, the
-- quote a modifier of it (`are using "buy now, pay later" loans`)?
function Analyser.noun_after(A, q)
  local w = string.match(A.s, "^[ \t]*([%a\128-\255]+)", q.cb)
  if not w then return false end
  local lw = lc(w)
  local L = A.L
  return not (L.fw[lw] or L.prep[lw] or L.det[lw] or L.cue[lw] or L.sets.conjunction[lw])
end

-- Analyser.joined_quotes(A, p, q): are quote p and the quote q after it
-- in one sentence, joined by and/or (en/of), a comma before it at most
-- and an indefinite article after it at most (`a "knee-jerk" and
-- "spiteful" reaction`, `had come as a "complete shock" and a "serious
-- bombshell"`)?
function Analyser.joined_quotes(A, p, q)
  if not (p.ss == q.ss and p.cb <= q.oa) then return false end
  local between = sub(A.s, p.cb, q.oa - 1)
  local w, d = string.match(between, "^%s*,?%s*(%a+)%s*$")
  if not w then
    w, d = string.match(between, "^%s*,?%s*(%a+)%s+(%a+)%s*$")
    if not (d and A.L.det[lc(d)] == "indef") then return false end
  end
  return A.L.sets.coord[names.lc_memo[w] or lc(w)] ~= nil
end

-- Analyser.comma_or_colon_before(A, q): does a comma or a colon stand
-- right before quote q's opening mark, spaces between?
function Analyser.comma_or_colon_before(A, q)
  local c = byte(A.s, space_back(A.s, q.oa, q.ss) - 1)
  return c == 44 or c == 58
end

-- Analyser.quoted_line_list(A, quotes, qi): is quotes[qi] a quoted
-- subheading (subhead_quote) with another of LIST_LINE_WORDS words at
-- most in the paragraph right before or after it?
local function list_line(A, q, o)
  return o and (o.pi == q.pi - 1 or o.pi == q.pi + 1) and count_words(A.s, o.cs, o.ce, LIST_LINE_WORDS + 1) <= LIST_LINE_WORDS
         and Analyser.subhead_quote(A, o)
end
function Analyser.quoted_line_list(A, quotes, qi)
  local q = quotes[qi]
  if not Analyser.subhead_quote(A, q) then return false end
  if not (list_line(A, q, quotes[qi - 1]) or list_line(A, q, quotes[qi + 1])) then return false end
  -- (not lines a speech verb's colon introduces: `The crowd shouted: //
  -- "No farmers, no food" // "Save British farming"`, `schreef hij: //
  -- 'Rust zacht' // 'Ik mis je nu al'`; the list's first line's paragraph
  -- before)
  local f = qi
  while f > 1 and list_line(A, quotes[f], quotes[f - 1]) and quotes[f - 1].pi == quotes[f].pi - 1 do f = f - 1 end
  local pi = quotes[f].pi - 1
  if A.pstart[pi] and Analyser.colon_ends_paragraph(A, pi) then
    -- (the cue in the sentence the colon ends: `heeft de shortlist
    -- bekendgemaakt. Genomineerd zijn:` introduces titles)
    local _, b = trim(A.s, A.pstart[pi], A.pend[pi])
    local ss = sentence_of(A, b - 1)
    local k1, k2 = hit_range(A, ss, b)
    if k2 >= k1 then return false end
  end
  return true
end

-- Analyser.colon_ends_paragraph(A, pi): does paragraph pi end with a
-- colon (past white space, trimmed as subhead_quote trims it)?
function Analyser.colon_ends_paragraph(A, pi)
  if not A.pstart[pi] then return false end
  local a, b = trim(A.s, A.pstart[pi], A.pend[pi])
  return b > a and byte(A.s, b - 1) == 58
end

-- Analyser.subhead_quote(A, q): is quote q a paragraph of its own, past
-- the article's first, short (SUBHEAD_MAX bytes), only a closing
-- period or ellipsis after its mark, and its words end as a heading's
-- do, with no full stop, ! or ? (an ellipsis may end them: `'Prijzen
-- moeten omlaag, maar...'`)? A quote of whole sentences alone on its
-- line is the last speaker's, as news writes its paragraphs.
local SUBHEAD_MAX = 120
function Analyser.subhead_quote(A, q)
  local pi = q.pi
  if not pi or pi <= 1 or not A.pstart[pi] then return false end
  local s = A.s
  local a, b = trim(s, A.pstart[pi], A.pend[pi])
  if a ~= q.oa or b - a > SUBHEAD_MAX or find(sub(s, q.cb, b - 1), "[^%.%s]") then return false end
  local words = sub(s, q.cs, q.ce - 1)
  return not find(words, "[.!?]$") or find(words, "%.%.%.$") ~= nil or find(words, "\226\128\166$") ~= nil
end

-- Analyser.quote_later_in_sentence(A, q): does another quote open after
-- quote q before its sentence ends?
function Analyser.quote_later_in_sentence(A, q)
  local qa = A.qa
  local k = floor_index(qa, q.cb) + 1
  local nxt = qa[k]
  if not nxt then return false end
  local stop = find(A.s, "[.!?]", q.cb)
  return not stop or nxt < stop
end

-- Analyser.closes_report(A, q): does quote q close its clause: a comma,
-- a semicolon or a sentence's end right after its closing mark or right
-- before it (`was "contrived."`, `was "phony", adding`), a joining word
-- (speech_words.txt: clause_and, clause_but) after it, or the line's end
function Analyser.closes_report(A, q)
  local s = A.s
  local c = byte(s, q.cb)
  if not c or c == 46 or c == 33 or c == 63 or c == 44 or c == 59 or c == 10 then return true end
  -- (or a clause joined after it: `could be "inevitable" and that she`)
  if c == 32 then
    local w = string.match(s, "^ (%l+) ", q.cb)
    if w and (A.L.sets.clause_and[w] or A.L.sets.clause_but[w]) then return true end
  end
  local e = byte(s, q.ca - 1)
  return (e == 46 or e == 33 or e == 63 or e == 44) and c == 32
end

-- Analyser.closing_tag(A, q) -> the cue whose tag closes quote q's
-- sentence after it, a comma right before its subject (or before the
-- cue, its subject after it), no other quote between, or nil: what that
-- tag reports holds the quote (`Farms have suffered “unprecedented
-- damage” from the flooding, a farmers’ leader said`). Kept in q (asked
-- when q is kept, and again for its speaker)
function Analyser.closing_tag(A, q)
  local kept = q.closing_tag
  if kept == nil then
    kept = Analyser.closing_tag_uncached(A, q) or false
    q.closing_tag = kept
  end
  return kept or nil
end
function Analyser.closing_tag_uncached(A, q)
  local s = A.s
  local _, se = sentence_of(A, q.oa)
  local k1, k2 = hit_range(A, q.cb, se)
  if k2 < k1 then return nil end
  local nq = A.qa[floor_index(A.qa, q.oa) + 1]
  for k = k1, k2 do
    local h = analyse_cue(A, A.hits[k])
    local m = h.subj
    if nq and nq < h.s then return nil end
    if m and (m.how == "before" or m.how == "after") then
      local x = m.how == "before" and m.s or h.s
      if x > q.cb and byte(s, space_back(s, x, q.cb) - 1) == 44 then return h end
      -- (past a title of capitalised words before the subject's name:
      -- `..., Foreign Minister Sergei Lavrov said`)
      if m.how == "before" and x > q.cb then
        -- (or a person's role noun in lower case among them: `..., Kremlin
        -- spokesman Dmitry Peskov said`)
        local lead = string.match(sub(s, (x - 40 > q.cb and x - 40 or q.cb), x - 1), ",%s+([%a][%a%.]*%s[%a%.%s]*)$")
        if lead and #lead <= 30 then
          local fits = true
          for w in string.gmatch(lead, "[%a%.]+") do
            if not is_upper_at(w, 1) and not cues.one_person[role_of(A.L, w)] then fits = false break end
          end
          if fits then return h end
        end
      end
    end
  end
  return nil
end

-- Analyser.clause_ends_after(A, q) -> does quote q end its clause: the
-- sentence's end, a comma or a semicolon right after its closing mark,
-- or a complementizer or `om`/`to` opening the next one (`is het
-- „onacceptabel” dat ...`, `om ...`)
function Analyser.clause_ends_after(A, q)
  local s = A.s
  local x = skip_spaces(s, q.cb)
  local c = byte(s, x)
  if not c or c == 46 or c == 44 or c == 59 or c == 33 or c == 63 or c == 10 then return true end
  local w = string.match(s, "^[%a\128-\255]+", x)
  if not w then return false end
  local lw = lc(w)
  return A.L.comp[lw] ~= nil or lw == "om" or lw == "to"
end

-- Analyser.plain_report(A, a, b): does s[a, b) hold no comma, colon,
-- semicolon, double quote mark (straight, curly or low; the Dutch `,,`
-- is commas) or backtick?
function Analyser.plain_report(A, a, b)
  local seg = sub(A.s, a, b - 1)
  return not (find(seg, "[,;:\"`]") or find(seg, "\226\128[\156\157\158]"))
end

-- Analyser.bracket_label(A, q) -> the name in brackets right after quote
-- q's closing mark, its start and end, when a comma, a semicolon, a
-- period, `en`/`and`/`of`/`or` or the line's end follows the bracket: a
-- capitalised name of up to four words, no digit first (`"..." (PVV),
-- "..." (PvdA) en "..." (JA21).`); else nil. Only after a quote of three
-- words or more that opens with a capital and is no title: `"The Crown"
-- (Netflix)` is a title and its maker, `"severe acute respiratory
-- syndrome coronavirus 2" (SARS-CoV-2)` a term and its short form.
local BRACKET_JOIN = { en = true, ["and"] = true, of = true, ["or"] = true, et = true, und = true }
function Analyser.bracket_label(A, q)
  local s = A.s
  if byte(s, q.cb) ~= 32 and byte(s, q.cb) ~= 40 then return nil end
  if count_words(s, q.cs, q.ce, 3) < 3 or not is_upper_at(s, q.cs) or title_case(s, q.cs, q.ce) then return nil end
  local ns, name, ne = string.match(s, "^ ?%(()(%u[%w\128-\255%-/&'. ]-)()%)", q.cb)
  if not name or #name > 40 or select(2, string.gsub(name, "%S+", "")) > 4 then return nil end
  local x = ne + 1
  local c = byte(s, x)
  if not c or c == 10 or c == 44 or c == 46 or c == 59 then return name, ns, ne end
  local w = string.match(s, "^ (%l+) ", x)
  if w and BRACKET_JOIN[w] then return name, ns, ne end
  return nil
end

-- Analyser.report_reaches(A, h, q): does what cue h reports run to quote
-- q with no punctuation between (plain_report)? Read from where h's
-- content starts when q starts inside that content (past the one told
-- and its comma: `told BBC Radio Lincolnshire, 30 hours was in
-- "extreme" cases`), else from the cue.
function Analyser.report_reaches(A, h, q)
  local cs, ce = hit_content(A, h)
  if cs and cs <= q.oa and q.oa < ce then return Analyser.plain_report(A, cs, q.oa) end
  return Analyser.plain_report(A, h.e, q.oa)
end

-- the set of content words of s[a, b]: words of four letters or more
-- that no function word list has, and numbers, in lower case
local function content_words(A, a, b)
  local set, L = {}, A.L
  for w in sub(A.s, a, b):gmatch("[%w\128-\255]+") do
    local lw = lc(w)
    if find(lw, "^%d") or #lw >= 4 and not (L.fw[lw] or L.det[lw] or L.prep[lw] or L.pron[lw]) then
      set[lw] = true
    end
  end
  return set
end

-- the speaker of the body's record (of lists) that shares the most
-- content words with headline quote r, two or more and no other
-- speaker's as many, or nil
echoed_speaker = function(A, r, line_end, lists)
  local want = content_words(A, r.start + 1, r["end"])
  local best, best_n, tie = nil, 1, false
  for _, list in ipairs(lists) do
    for ix = 1, #list do
      local o = list[ix]
      if o.start > line_end and o.speaker ~= null then
        local n = 0
        for w in next, content_words(A, o.start + 1, o["end"]) do
          if want[w] then n = n + 1 end
        end
        if n > best_n then best, best_n, tie = o.speaker, n, false
        elseif n == best_n and best and o.speaker ~= best then tie = true end
      end
    end
  end
  return not tie and best or nil
end

-- Analyser.headline_voice(A, quotes, reports): a quote in the article's headline
-- (its first line, an empty line after it) with no cue, that no name
-- alone before a colon introduces, is the article's main voice: the
-- speaker of most quotes in the body (the first of them at a tie), as
-- a reader takes `Ggz-patiënten stranden op de spoedeisende hulp: ‘We
-- zijn een wachtkamer geworden’` or `Volta Energie verhoogt tarieven:
-- "We kunnen dit niet langer opvangen"`, a line that sums up what the
-- body quotes; `Rutte: ‘We gaan door’` keeps Rutte. With no speaker in
-- the body the quote keeps what it had.
-- A quote or report of the body that shares two content words or more
-- with the headline's quote (words of four letters or more, or numbers;
-- the most, and no other speaker's as many) is its source first:
-- `"Nieuwe kankertherapie helpt komende vijf jaar 22.000 mensen"` over
-- `Volgens minister Maggie De Block zullen daar de komende vijf jaar nog
-- 22.000 mensen bijkomen`.
function Analyser.headline_voice(A, quotes, reports)
  local s = A.s
  -- (a headline's length, as the reader's title has, and it ends with
  -- the quote: a lead paragraph that opens with a quote is no headline,
  -- `,,De boel was niet te houden.'' Theo de Rooij stond ...`)
  local first, line_end = headline_line(A)
  if not first or not quotes[1] or quotes[1].start >= line_end then return end
  -- (nor a lead's sentence that ends before the quote: a headline puts a
  -- colon there, or nothing, `Volta Energie verhoogt tarieven: "..."`;
  -- `West-Friese huisartsen trekken aan de bel. "We lopen op onze
  -- tenen."` is the lead's group speaking)
  if find(sub(s, first, quotes[1].start), "%l[%.!?]%s+[^%s%w]+$") then return end
  local last_in = 1
  while quotes[last_in + 1] and quotes[last_in + 1].start < line_end do last_in = last_in + 1 end
  -- (or it opens with a quote and a colon: `‘There was a good laugh’:
  -- Ireland brush off ...`, headline_opener; that quote alone is voiced)
  if find(sub(s, quotes[last_in]["end"] + 1, line_end - 1), "[%w\195-\213]") then
    -- (records count bytes from 0: the content opens at start + 1, its
    -- closing mark at end + 1)
    local r1 = quotes[1]
    local pre = sub(s, first, r1.start)
    if #pre > 4 or find(pre, "[%w\195-\213]") or not find(sub(s, r1["end"] + 1, r1["end"] + 5), "^[^%w%s]-:") then
      return
    end
    last_in = 1
  end
  local count, best, best_n = {}, nil, 0
  for ix = 1, #quotes do
    local r = quotes[ix]
    if r.start > line_end and r.speaker ~= null then
      local n = (count[r.speaker] or 0) + 1
      count[r.speaker] = n
      if n > best_n then best, best_n = r.speaker, n end
    end
  end
  if not best then return end
  -- (a headline that opens with a name and its colon, capitalised words
  -- only, is that one's line where the body has that one speak:
  -- `Coast Guard: Gulf Coast cleanup efforts ‘far from over’`)
  local label = string.match(sub(s, first, line_end - 1), "^(%u[%w\128-\255%-]*[%w\128-\255 %-]-):%s")
  if label and #label <= 40 and not find(label, " %l") then
    local canon = names.canonical(A.article, label, A.lang)
    if count[canon] then best = canon elseif count[label] then best = label end
  end
  for ix = 1, #quotes do
    local r = quotes[ix]
    if r.start >= line_end then break end
    -- (the words before the quote's mark on its line: a name alone and
    -- its colon is the speaker's label)
    local before = sub(s, first, r.start):gsub("\226\128[\152-\159]$", ""):gsub("\194[\171\187]$", "")
    before = before:gsub("[%s\"',:]+$", "")
    local labelled = r.speaker_text ~= null and before == r.speaker_text
    if r.cue == null and not labelled and not r.round_up then
      local echo = echoed_speaker(A, r, line_end, { quotes, reports or {} })
      r.speaker, r.speaker_text, r.speaker_start, r.speaker_end = echo or best, null, null, null
    end
  end
end

---------------------------------------------------------------------------
-- Default analyser and the rule-facing functions
---------------------------------------------------------------------------

M.default = M.new()

-- analyse(article) -> {quotes = {records}, attributions = {records}}
function M.analyse(article)
  return M.default:analyse(article)
end

function M.language(lang)
  return M.default:language(lang)
end

-- copies of the records (rules may change what they emit), field by
-- field in one constructor: attribute gives every quote and attribution
-- record these nine fields (null where empty), and a copy by pairs grew
-- each table four times and called next ten times
local function emit_all(list, article, emit)
  local first = article.header_end or 0
  for ix = 1, #list do
    local r = list[ix]
    if r.start >= first then
      emit({ type = r.type, start = r.start, ["end"] = r["end"], speaker = r.speaker,
             speaker_text = r.speaker_text, speaker_start = r.speaker_start,
             speaker_end = r.speaker_end, cue = r.cue, lang = r.lang })
    end
  end
end

function Analyser:emit_quotes(article, emit)
  emit_all(self:analyse(article).quotes, article, emit)
end

function Analyser:emit_attributions(article, emit)
  emit_all(self:analyse(article).attributions, article, emit)
end

return M
