-- pluk.speech.interview: who speaks in an interview's turns, and the
-- quotative `be like`. A news interview writes each turn as a paragraph
-- that opens with its speaker's label, `((WN))` for the interviewer and
-- `((Zara Kay))` for the one who answers; a turn runs on over the
-- paragraphs after it up to the next label. Inside an answer `I said`,
-- `I told my mom ...` and `I was like, "..."` are the one who answers; in
-- a question `You mentioned that ...` is the one asked, whoever answers
-- next. Outside such turns first and second person name no one (a
-- reporter's `I`, a generic `you`), and nothing here changes.
--
-- The words are data (rules/<lang>/speech_words.txt): `interviewer_label`
-- (the labels of whoever asks), `first_person`, `second_person`,
-- `person_aux` (what may stand between such a pronoun and its cue:
-- `I have always said`), `person_hedge` (what makes it no report: `I
-- would say`), and for the quotative `quotative_word` (`like`),
-- `quotative_verb` (`is`, `was`, `went`, ...) and `quotative_aux` (`will
-- go like`, `were all like`).

local names = require "pluk.names"
local bytes = require "pluk.speech.bytes"
local structure = require "pluk.speech.structure"
local cues = require "pluk.speech.cues"
local Analyser = require "pluk.speech.analyser"

local byte, sub, find, match = string.byte, string.sub, string.find, string.match
local lc, tokens = names.lc, names.tokens
local skip_spaces, space_back, tail_letters = bytes.skip_spaces, bytes.space_back, bytes.tail_letters
local floor_index, count_words = bytes.floor_index, bytes.count_words
local sentence_of, turn_label = structure.sentence_of, structure.turn_label
local subject_before = cues.subject_before

-- how far back from a cue its pronoun and the words between may start
local PERSON_REACH = 48
-- the most words between a hedged cue and the quote it tags (`say to them`)
local QUOTE_AFTER_WORDS = 3
-- the longest word a quotative is (`like`)
local QUOTATIVE_MAX = 12

-- a word and its clitic after the apostrophe (`I'm`, `she’s`: "I", "m"),
-- or the word and nil
local function split_clitic(w)
  local base, clitic = match(w, "^(%a+)['\226][\128-\191]*(%a+)$")
  return base or w, clitic
end

-- turns(A) -> paragraph index -> the turn it is part of ({ label, s, asks,
-- to }), or false when the article has no labelled turn
local function turns(A)
  local t = A.turns
  if t ~= nil then return t end
  t = false
  local s, pstart = A.s, A.pstart
  if pstart and find(s, "((", A.first, true) then
    local asks_set = A.L.sets.interviewer_label
    local current = false
    t = {}
    for pi = 1, #pstart do
      local label, ls = turn_label(s, skip_spaces(s, pstart[pi]))
      if label then
        current = { label = label, s = ls, asks = asks_set[lc(label)] == true, to = nil, entity = nil }
      end
      t[pi] = current
    end
    -- a question is put to whoever answers next (the last one before,
    -- when no answer follows)
    local answer = false
    for pi = #pstart, 1, -1 do
      local turn = t[pi]
      if turn and not turn.asks then answer = turn
      elseif turn and turn.asks and not turn.to then turn.to = answer or nil end
    end
    local before = false
    for pi = 1, #pstart do
      local turn = t[pi]
      if turn and not turn.asks then before = turn
      elseif turn and turn.asks and not turn.to then turn.to = before or nil end
    end
  end
  A.turns = t
  return t
end

-- Analyser.turn_at(A, x) -> the labelled turn that holds position x, or nil
function Analyser.turn_at(A, x)
  local t = turns(A)
  if not t then return nil end
  local _, _, pi = sentence_of(A, x)
  return t[pi] or nil
end

-- the entity a turn's label names, or nil (resolved once a turn)
local function turn_entity(self, A, turn)
  local e = turn.entity
  if e == nil then
    e = self:resolve(A, { s = turn.s, e = turn.s + #turn.label, kind = "name", text = turn.label,
                          how = "label" }, turn.s) or false
    turn.entity = e
  end
  return e or nil
end

-- Analyser.answerer(self, A, x) -> the entity of whoever answers in the
-- turn that holds position x, or nil (no labelled turn, or a question)
function Analyser.answerer(self, A, x)
  local turn = Analyser.turn_at(A, x)
  if not turn or turn.asks then return nil end
  return turn_entity(self, A, turn)
end

-- Analyser.turn_speaker(self, A, m) -> the entity a first- or
-- second-person mention m (gender "1" or "2") names in its turn, or nil:
-- `I` in an answer is its label's, `you` in a question is the label of
-- the answer it is put to
function Analyser.turn_speaker(self, A, m)
  if m.gender ~= "2" then return Analyser.answerer(self, A, m.s) end
  local turn = Analyser.turn_at(A, m.s)
  if not (turn and turn.asks) then return nil end
  -- (answers under no label of this kind, `MS Our hypothesis ...`: the
  -- one asked is whoever spoke last, else the last person named)
  if not turn.to then
    local l = A.last
    if l and l.person ~= false then return l end
    return self:recent_person(A, m.s, "mf", 12, false)
  end
  return turn_entity(self, A, turn.to)
end

-- does a quote open within QUOTE_AFTER_WORDS words after position x?
local function quote_after(A, x)
  local qa = A.qa
  local k = floor_index(qa, x) + 1
  local oa = qa[k]
  return oa ~= nil and count_words(A.s, x, oa, QUOTE_AFTER_WORDS + 1) <= QUOTE_AFTER_WORDS
end

-- the first- or second-person pronoun that ends right before position a
-- (past the words of person_aux), as a mention, or nil; in a labelled
-- turn only: "1" in an answer, "2" in a question
local function person_before(A, a, lo, cue_end)
  local turn = Analyser.turn_at(A, a)
  if not turn then return nil end
  local s, sets = A.s, A.L.sets
  if a - PERSON_REACH > lo then lo = a - PERSON_REACH end
  local t = tokens(s, lo, a)
  local k = #t // 2
  local skipped = 0
  while k >= 1 do
    -- (`I'm`, `I’ve`: the pronoun before its clitic)
    local base, clitic = split_clitic(sub(s, t[2 * k - 1], t[2 * k] - 1))
    local lw = lc(base)
    -- (`I would say`, `I'd say` hedge what the speaker says now: no
    -- report; but they tag the quote right after them, `I would say to
    -- them "What do you mean?"`)
    if (sets.person_hedge[lw] or clitic and sets.person_hedge["'" .. lc(clitic)])
       and not (cue_end and quote_after(A, cue_end)) then
      return nil
    end
    if turn.asks and sets.second_person[lw] or not turn.asks and sets.first_person[lw] then
      local e = t[2 * k - 1] + #base
      return { s = t[2 * k - 1], e = e, kind = "pron", text = base,
               gender = turn.asks and "2" or "1", how = "before" }
    end
    if skipped >= 2 or not (sets.person_aux[lw] or A.L.adv[lw]) then return nil end
    skipped = skipped + 1
    k = k - 1
  end
  return nil
end

-- Analyser.interview_subject(A, h) -> the first- or second-person
-- subject of cue h in an interview's turn (`I said`, `You mentioned`),
-- or nil: asked for cues that found no subject of their own
function Analyser.interview_subject(A, h)
  return person_before(A, h.s, h.ss, h.e)
end

-- Analyser.past_label(A, cs, ce) -> cs, or the first position after the
-- turn's label and its white space when content [cs, ce) opens with one
function Analyser.past_label(A, cs, ce)
  local _, ls, after = turn_label(A.s, cs)
  if not ls then return cs end
  local turn = Analyser.turn_at(A, cs)
  if not (turn and turn.s == ls) then return cs end
  return after
end

-- Analyser.quotative_like(A, q) -> a tag for quote q when a quotative
-- stands right before it (`she's like "..."`, `I was like, "..."`, `Some
-- people went like "..."`): { s, e, form, subj, ... } as a cue's, or nil
function Analyser.quotative_like(A, q)
  local s, sets = A.s, A.L.sets
  local ss = q.ss
  local x = space_back(s, q.oa, ss)
  if x > ss and byte(s, x - 1) == 44 then x = space_back(s, x - 1, ss) end
  local w = tail_letters(s, (x - QUOTATIVE_MAX > ss and x - QUOTATIVE_MAX or ss), x - 1)
  local key = w and lc(w)
  if not (key and sets.quotative_word[key]) then return nil end
  local ws = x - #w
  -- the verb before it, past an auxiliary or adverb (`will go like`,
  -- `were all like`); a clitic `'s`, `'m`, `'re` is a form of be
  local t = tokens(s, (ws - PERSON_REACH > ss and ws - PERSON_REACH or ss), ws)
  local k = #t // 2
  if k == 0 then return nil end
  local vs = t[2 * k - 1]
  local v = sub(s, vs, t[2 * k] - 1)
  local pron, clitic = split_clitic(v)
  local subj
  if clitic and sets.quotative_verb["'" .. lc(clitic)] then
    local lw = lc(pron)
    if A.L.pron[lw] then
      subj = { s = vs, e = vs + #pron, kind = "pron", text = pron, gender = A.L.pron[lw], how = "before" }
    else
      subj = person_before(A, vs + #pron, ss)
    end
  elseif sets.quotative_verb[lc(v)] then
    local a = vs
    if k > 1 and sets.quotative_aux[lc(sub(s, t[2 * k - 3], t[2 * k - 2] - 1))] then a = t[2 * k - 3] end
    subj = person_before(A, a, ss) or subject_before(A, a, ss)
  end
  if not subj then return nil end
  local h = { s = ws, e = x, form = w, key = key, lemma = nil, generic = nil, done = true,
              subj = subj, quotative = true }
  local _, se, pi = sentence_of(A, ws)
  h.ss, h.se, h.pi = ss, se, pi
  return h
end

return Analyser
