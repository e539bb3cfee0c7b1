-- pluk.speech.structure: passes 1 to 3 of pluk.speech (see the passes in
-- speech.lua's opening comment): paragraphs from the scan's breaks,
-- quotation marks paired into quotes, sentences cut on demand around
-- them. A module of its own because these passes read the text, the
-- scan's events and the sentence lists only, never the cues or speakers
-- (few names cross the cut), and so that speech.lua's main chunk keeps
-- clear of Lua's limit of 200 local variables.

local text = require "pluk.text"
local names = require "pluk.names"
local bytes = require "pluk.speech.bytes"

local byte, sub, find, match = string.byte, string.sub, string.find, string.match
local lc, is_upper_at, is_lower_at = names.lc, names.is_upper_at, names.is_lower_at
local WORD = names.WORD
local ASCII_CLS, char_byte, cls, cls_before = bytes.ASCII_CLS, bytes.char_byte, bytes.cls, bytes.cls_before
local first_byte, is_digit, trim = bytes.first_byte, bytes.is_digit, bytes.trim
local floor_index, floor_near = bytes.floor_index, bytes.floor_near

-- an interview turn's label longer than this is no speaker's (a
-- parenthesis in the text)
local LABEL_MAX = 60
-- how far into an article (bytes) a place in title case alone before a
-- dash reads as a dateline (dateline_end): its opening lines only
local DATELINE_REACH = 600

---------------------------------------------------------------------------
-- Pass 1 and 2: scan, paragraphs, quotes
---------------------------------------------------------------------------

-- turn_label(s, p) -> the label of an interview turn that opens at p
-- (`((Zara Kay))`: its text without the brackets and their white space),
-- where that text starts, and the position after the label and the white
-- space after it; nil when no label opens there (a capital first, at most
-- LABEL_MAX bytes). Sentences cut after one; pluk.speech.interview reads
-- the turns.
local function turn_label(s, p)
  if byte(s, p) ~= 40 or byte(s, p + 1) ~= 40 then return nil end
  local ls, label, after = string.match(s, "^%(%(%s*()([^()\n]-)%s*%)%)%s*()", p)
  if not label or #label == 0 or #label > LABEL_MAX or not is_upper_at(label, 1) then return nil end
  return label, ls, after
end

-- the double quote marks a line may hold (straight, curly, low, the
-- Dutch ,, and '' or ’’, guillemets), and those of them that only close
local DOUBLE_MARKS = { '"', "\226\128\156", "\226\128\157", "\226\128\158", ",,", "''", "\226\128\153\226\128\153",
                       "\194\171", "\194\187" }
local CLOSING_MARKS = { ["\226\128\157"] = true, ["''"] = true, ["\226\128\153\226\128\153"] = true, ["\194\187"] = true }

-- line_marks(s, a, b) -> how many double marks the line s[a, b) holds,
-- and whether the first of them closes a quote: a closing mark, or a
-- straight one after a letter or a stop and before a space, a stop, a
-- comma or the line's end (read in the line's own copy: a search in s
-- would run on past the line where the line has no such mark)
local function line_marks(s, a, b)
  local line = sub(s, a, b - 1)
  local n, first, mark = 0, nil, nil
  for i = 1, #DOUBLE_MARKS do
    local m = DOUBLE_MARKS[i]
    local x = find(line, m, 1, true)
    if x and (not first or x < first) then first, mark = x, m end
    while x do
      n = n + 1
      x = find(line, m, x + #m, true)
    end
  end
  if not first then return n, false end
  if mark ~= '"' then return n, CLOSING_MARKS[mark] == true end
  local at = a + first - 1
  local c0, c1 = byte(s, at - 1), byte(s, at + 1)
  return n, at > a and c0 ~= 32 and c0 ~= 9 and (not c1 or c1 == 32 or c1 == 10 or c1 == 13 or c1 == 44 or c1 == 46)
end

-- line_paragraphs(s, first) -> the starts and ends of the paragraphs of
-- s from first on when its lines read as one paragraph a line, as text
-- copied from a web page comes with no blank line between its
-- paragraphs: two lines or more, and six in ten or more of them end as a
-- paragraph ends (a stop, a question or exclamation mark, a colon, a
-- quote's closing mark, a bracket; the bytes of a UTF-8 mark), not where
-- a line was wrapped in mid-sentence; else nil. A line goes on the
-- paragraph before it where that one stops in mid-sentence (a letter in
-- lower case, a comma or a semicolon at its end) and the line opens in
-- lower case, or where that one leaves a double mark open and the line
-- opens with none and its first mark closes it (an odd count of marks;
-- an unclosed quote still ends at its line): a quote wrapped over a line
-- break is one quote (`"... on the A34,⏎and frankly we have not been,"
-- said`, `"I hear them day and night.⏎I just can't sleep any more,"
-- said`).
local LINE_END = { [46] = true, [33] = true, [63] = true, [58] = true, [34] = true, [39] = true, [41] = true }
local function line_paragraphs(s, first)
  local starts, ends, n, ended, lines = {}, {}, 0, 0, 0
  local pos = first
  -- (open: the paragraph so far leaves a double mark open; mid: it stops
  -- in mid-sentence)
  local open, mid = false, false
  while pos <= #s do
    local nl = find(s, "\n", pos, true) or #s + 1
    local a, b = trim(s, pos, nl)
    if b > a then
      lines = lines + 1
      local c = byte(s, b - 1)
      if LINE_END[c] or c >= 128 then ended = ended + 1 end
      local c1 = byte(s, a)
      local opens_mark = c1 == 34 or c1 == 44 or c1 == 39 or c1 == 194 or c1 == 226
      local lower = c1 >= 97 and c1 <= 122
      local marks, first_closes = line_marks(s, a, b)
      if n > 0 and (mid and lower or open and not opens_mark and marks % 2 == 1 and first_closes) then
        ends[n] = nl
      else
        n = n + 1
        starts[n], ends[n] = pos, nl
        open = false
      end
      if marks % 2 == 1 then open = not open end
      mid = c >= 97 and c <= 122 or c == 44 or c == 59
    end
    pos = nl + 1
  end
  if lines < 2 or n < 2 or ended * 10 < lines * 6 then return nil end
  ends[n] = #s + 1
  return starts, ends
end

-- (from, to: the events that may be paragraph breaks, all when nil)
local function paragraphs(A, ev, from, to)
  local s = A.s
  local starts, ends, n = {}, {}, 0
  local pos = A.first
  for k = from or 1, to or #ev, 3 do
    if ev[k] == 2 then
      local a, b = ev[k + 1], ev[k + 2]
      if a > pos then
        n = n + 1
        starts[n], ends[n] = pos, a
      end
      pos = b
    end
  end
  -- (no blank line in the body: its lines may be its paragraphs)
  -- (or one break that ends it, blank lines after its text)
  if (n == 0 or n == 1 and pos > #s) and find(s, "\n", A.first, true) then
    local ls, le = line_paragraphs(s, A.first)
    if ls then
      A.pstart, A.pend, A.line_paras = ls, le, true
      return
    end
  end
  if pos <= #s then starts[n + 1], ends[n + 1] = pos, #s + 1 end
  A.pstart, A.pend = starts, ends
end

-- does paragraph pi start with an opening mark `m` (multi-paragraph quote)?
local function reopens(A, pi, m)
  local ps = A.pstart[pi]
  if not ps then return false end
  local a = trim(A.s, ps, A.pend[pi])
  if sub(A.s, a, a + #m - 1) == m then return true end
  -- (or with a mark that m's quote may close with and that opens one:
  -- pages mix straight and curly marks, `“... // "Chinese processors
  -- ...,” he said`)
  local marks = A.L.marks
  for c in next, marks[m] or {} do
    if c ~= m and marks[c] and sub(A.s, a, a + #c - 1) == c then return true end
  end
  return false
end

-- The pairing of marks, paragraph by paragraph: P (pairing below) holds
-- the article's text s, its language data L, the list the pairs go to
-- (out), the paragraph being paired (pi) and its open marks (stack). One
-- table for all articles, its fields set by find_quotes and its stack
-- emptied after each paragraph and before each article (a closure or a
-- table an article costs about a thousand instructions, and a short
-- article has a few marks).
local pairing = { stack = {}, marks = {} }

-- A quote: its opening mark at [oa, ob) and its closing one at [ca, cb)
-- (the strings om and cm; cm nil when unclosed), in paragraph pi. The nil
-- fields are those find_quotes and attribute set later (up to twenty):
-- named here, the table is made at its final size, not regrown twice.
function pairing.quote(oa, ob, ca, cb, om, cm, pi)
  return { oa = oa, ob = ob, ca = ca, cb = cb, om = om, cm = cm, pi = pi,
           unclosed = nil, cont = nil, next_oa = nil, prev_part = nil, next_part = nil,
           cs = nil, ce = nil, ss = nil, se = nil, words = nil, right = nil, left = nil,
           cue_before = nil, left_adjacent = nil, colon = nil, colon_adjacent = nil,
           interrupted = nil, keep = nil, keep_i = nil, speaker_e = nil, answer_s = nil, answer_e = nil }
end

-- the topmost open quote a closing mark may close; real quotes nest a
-- few levels deep, so only the top of the stack is searched (linear time
-- on hostile input)
function pairing.find_open(P, cm)
  local stack, opens = P.stack, P.L.marks
  local lo = #stack - 32
  if lo < 1 then lo = 1 end
  for k = #stack, lo, -1 do
    local o = stack[k]
    if opens[o.m] and opens[o.m][cm] then return k end
  end
  return nil
end

function pairing.close(P, k, a, b, cm)
  local stack, out = P.stack, P.out
  local o = stack[k]
  for x = #stack, k, -1 do stack[x] = nil end
  out[#out + 1] = pairing.quote(o.a, o.b, a, b, o.m, cm, P.pi)
end

function pairing.push(P, a, b, m, weak)
  local stack = P.stack
  stack[#stack + 1] = { a = a, b = b, m = m, weak = weak }
end

-- is the apostrophe m at [a, b), after a word in s and before white
-- space, the possessive of a plural (`the drivers’ hours`, `the Joneses’
-- house`) inside quote stack[k]: a lower-case word follows that is no
-- cue, pronoun, quote tag or function word (`drivers’ he said`, `the
-- 'preparedness' of the government` close), and the same mark comes
-- later in the paragraph, no letter after it, with no opening mark of
-- the quote before it, to close the quote there (British news quotes in
-- ‘...’)
local function plural_possessive(P, k, a, b, m)
  local s, L = P.s, P.L
  local c = byte(s, a - 1)
  if c ~= 115 and c ~= 83 or byte(s, b) ~= 32 then return false end
  local w = WORD:match(s, b + 1)
  local c1 = byte(s, b + 1)
  if not w or c1 < 97 or c1 > 122 then return false end
  local word = sub(s, b + 1, w - 1)
  if L.cue[word] or L.pron[word] or L.tag[word] or L.prep[word] or L.fw[word] or L.det[word] then
    return false
  end
  -- (a later mark that may close: no letter right after it, as in gov't)
  local pe = P.A.pend[P.pi]
  local later = find(s, m, b, true)
  while later and later < pe and ASCII_CLS[byte(s, later + #m) or 32] == 1 do
    later = find(s, m, later + #m, true)
  end
  if not later or later >= pe then return false end
  local om = P.stack[k].m
  if om ~= m then
    local reopen = find(s, om, b, true)
    if reopen and reopen < later then return false end
  end
  return true
end

-- the bytes that end a sentence (. ! ?)
local SENTENCE_END = bytes.SENTENCE_END
-- the left double curly mark, an opener by its shape
local LEFT_CURLY = { ["\226\128\156"] = true }

-- nested_double(P, b): do two right double curly marks follow position b
-- in the paragraph before the next left one (a quote nested in the open
-- one, both closed), or none at all (the left mark a slip for the right
-- one)?
local function nested_double(P, b)
  local s = P.s
  local pe = P.A.pend[P.pi]
  local c1 = find(s, "\226\128\157", b, true)
  -- (and no right mark at all: the left one was typed for the closer,
  -- `“The damage is enormous.“The minister then walked ...`, unless the
  -- words after it speak in the first person, speech whose closing mark
  -- the paragraph's end lost too, `... for patient grievances.“We remain
  -- committed to ...`)
  if not c1 or c1 >= pe then
    local sets = P.L.sets
    for w in string.gmatch(sub(s, b, pe - 1), "%a+") do
      local lw = lc(w)
      if sets.first_person[lw] or sets.first_plural[lw] then return false end
    end
    return true
  end
  local c2 = find(s, "\226\128\157", c1 + 3, true)
  if not c2 or c2 >= pe then return false end
  local o2 = find(s, "\226\128\156", b, true)
  return not o2 or o2 > c2
end

-- nested_straight(P, b): does the straight double mark opened at b nest
-- in the open quote of that mark, rather than open the next quote after
-- a lost closing mark? The straight double marks that follow it in the
-- paragraph tell (review 13), read as openers (a space before, a letter
-- after: `... told us "Work hard."`) or closers: nested when, read so,
-- the open quote closes in the paragraph (`"Every shift felt the same.
-- "Are you okay?" was the first thing we asked,"said Karen Price`);
-- not when no closer follows, the paragraph's break lost (`"... the
-- last two years. "Rugby now, ...`); else nested unless the first closer
-- ends a clause before its tag or ends the paragraph (`"We have worked
-- hard. "The players deserve credit," he said.`, not `"... one shelf.
-- "Help yourself" was the only sign on the door.`, `"Never give up."
-- That stuck with me`)
local function nested_straight(P, b)
  local s = P.s
  local pe = P.A.pend[P.pi]
  local depth, first = 2, nil
  local c = find(s, '"', b, true)
  while c and c < pe do
    local pb = byte(s, c - 1)
    if (pb == 32 or pb == 10) and cls(s, c + 1) == 1 then
      depth = depth + 1
    else
      depth = depth - 1
      first = first or c
      if depth == 0 then return true end
    end
    c = find(s, '"', c + 1, true)
  end
  if not first then return false end
  -- (a tag's comma before it or after it, as Dutch writes it, or a
  -- sentence's end before a word in lower case, `?" he asked`; or one
  -- that ends the paragraph after a sentence's end, as copy
  -- that lost its breaks writes it: `He added: "We looked at the game
  -- again ... around. "But we'll have no trouble ..., will we?"`; a
  -- quote nested there, its outer one going on in the next paragraph, is
  -- read so too: `"... Dad said one thing to me. "Look after your
  -- mother."`, review 13)
  local before = byte(s, first - 1)
  return not (before == 44 and find(s, "^%s+%a", first + 1) or byte(s, first + 1) == 44
              or SENTENCE_END[before] and find(s, "^%s+%l", first + 1)
              or SENTENCE_END[before] and bytes.skip_spaces(s, first + 1) >= pe)
end

-- decides one unit: mark m at [a, b) (pb, nb: the classes around it
-- when the caller has them)
function pairing.unit(P, a, b, m, lf, rf, apos, pb, nb)
  local s, L, stack = P.s, P.L, P.stack
  local opens, closers = L.marks, L.closer
  local can_open = opens[m] ~= nil
  local can_close = closers[m] ~= nil
  -- (an empty stack, before the first opener: nothing to ask)
  local k = can_close and stack[1] and P:find_open(m) or nil
  if not pb then pb, nb = cls_before(s, a), cls(s, b) end
  if apos then
    if pb == 1 and nb == 1 then return end            -- don't, dog‘s
    if lf and not rf then
      local w = WORD:match(s, b)
      if w then
        local word = sub(s, b, w - 1)
        -- (also the part before a hyphen: `’s-Hertogenbosch`)
        local head = find(word, "-", 2, true) and string.match(word, "^([^%-]+)%-")
        if is_digit(byte(word, 1)) or L.elision[lc(word)] or head and L.elision[lc(head)] then return end
      end
    end
    if rf and not lf and not k then return end         -- Jones' cow
    if rf and not lf and pb == 1 and plural_possessive(P, k, a, b, m) then return end
    if not lf and not rf and not k then return end
  else
    -- inch and foot marks: 5'11", a 12" pipe
    if not k and nb ~= 1 and is_digit(char_byte(s, a - 1)) then return end
  end
  if lf and not rf and can_open then
    -- a line that opens with the mark of a quote still open on an
    -- earlier line: that quote went on to the end of its line (text
    -- with one line per paragraph); a mark that quote may close with
    -- counts as its own, as pages mix straight and curly marks (`“... //
    -- "Chinese processors ...,” he said`)
    local x = a
    local c = byte(s, x - 1)
    while x > 1 and (c == 32 or c == 9) do
      x = x - 1
      c = byte(s, x - 1)
    end
    if c == 10 then
      for j = #stack, 1, -1 do
        local o = stack[j]
        if (o.m == m or opens[o.m] and opens[o.m][m]) and o.a < x then
          local le = x - 1
          if byte(s, le - 1) == 13 then le = le - 1 end
          for y = #stack, j, -1 do stack[y] = nil end
          local out = P.out
          local q = pairing.quote(o.a, o.b, le, le, o.m, nil, P.pi)
          q.unclosed, q.cont, q.next_oa = true, true, a
          out[#out + 1] = q
          P:push(a, b, m, false)
          return
        end
      end
    end
  end
  if lf and not rf then
    -- (a second opener glued to the first is a slip, no quote of its own:
    -- `“”Dit is wat ik nodig heb.`)
    local top = stack[#stack]
    if top and top.b == a and not apos then
      top.b = b
      return
    end
    -- ` '', zegt`: space before, punctuation after: a closer when a
    -- quote is open
    -- (and a mark that both opens and closes right after a sentence's
    -- end or a comma, its own quote open: the quote ends there, a space
    -- lost after it, `gezien."Een woordvoerder`, `riders,"said Brian
    -- Flagg`; no quote nests in its own mark, nor in one this mark
    -- closes: `“Was it an offence?”But the suspect`)
    if k and cls(s, b) ~= 1 then P:close(k, a, b, m)
    elseif k and can_open and LEFT_CURLY[m] and stack[k].m == m
           and (SENTENCE_END[byte(s, a - 1)] or byte(s, a - 1) == 32 and SENTENCE_END[byte(s, a - 2)])
           and not nested_double(P, b) then
      -- (a left curly mark there, or after the sentence's end and a
      -- space, inside a quote it opened, opens the next quote, the open
      -- one ended at the sentence's end, its closing mark and the
      -- paragraph's break lost: `... are going to be.“I have a hunch`,
      -- `... every week. “We have a long week`; not where two right marks
      -- follow before the next left one, a quote nested in it, `“The
      -- coach had one message. “Enjoy your football.” That changed
      -- everything,” he said`, nor where no right mark follows, the left
      -- one typed for it, `“The damage is enormous.“The minister then
      -- walked`; nor inside a Dutch `„`/`,,` quote, which `“` closes)
      P:close(k, a, a, nil)
      P.out[#P.out].unclosed = true
      P:push(a, b, m, false)
    elseif k and m == '"' and stack[k].m == m and byte(s, a - 1) == 32 and SENTENCE_END[byte(s, a - 2)]
           and cls(s, b) == 1 and not nested_straight(P, b) then
      -- (and so a straight double mark after a sentence's end and a
      -- space, a letter after it, inside a quote it opened: `"The boys
      -- have played a lot of rugby in the last two years. "Rugby now ...`,
      -- a paragraph's break and closing mark lost; not a quote nested in
      -- it, closed before the open one: nested_straight)
      P:close(k, a, a, nil)
      P.out[#P.out].unclosed = true
      P:push(a, b, m, false)
    elseif k and can_open and (SENTENCE_END[byte(s, a - 1)] or byte(s, a - 1) == 44) then
      P:close(k, a, b, m)
    elseif can_open then P:push(a, b, m, false)
    elseif k then P:close(k, a, b, m) end
  elseif rf and not lf then
    if k then P:close(k, a, b, m) end
  elseif lf and rf then
    if k then P:close(k, a, b, m)
    elseif can_open then P:push(a, b, m, false) end
  else
    -- (spaces on both sides, no quote open that it closes: a weak
    -- opener, unless after a colon, a space slipped in after it: `said: “
    -- Extensive enquiries are continuing ...`)
    if k then P:close(k, a, b, m)
    elseif can_open then
      local weak = true
      if not apos then
        local x = a - 1
        while x > 1 and byte(s, x) == 32 do x = x - 1 end
        if byte(s, x) == 58 then weak = false end
      end
      P:push(a, b, m, weak)
    end
  end
end

-- a curly opener left open at its paragraph's end may close with the
-- curly mark of the other kind, a slip pages make (`‘We’ve got a few
-- trees ...,” he said`, `“Like ..., ’ she said`): the opener's mark,
-- the closer it takes then
local MISMATCHED = { ["\226\128\152"] = "\226\128\157", ["\226\128\156"] = "\226\128\153" }

-- is position c inside a pair of out[first ..], the paragraph's pairs?
local function spanned(out, first, c)
  for ix = first, #out do
    local d = out[ix]
    if d.oa <= c and c < d.cb then return true end
  end
  return false
end

-- where opener o (of the paragraph whose pairs are P.out[first ..])
-- closes with mark cm: the first cm after it with no letter after it, a
-- single one after a sentence's end or a comma (no apostrophe), that no
-- pair of the paragraph spans; or nil
local function mismatched_close(P, o, cm, first)
  local s, out = P.s, P.out
  local pe = P.A.pend[P.pi]
  local at = o.b
  while true do
    local c = find(s, cm, at, true)
    if not c or c >= pe then return nil end
    local before = byte(s, c - 1)
    if cls(s, c + #cm) ~= 1 and (cm == "\226\128\157" or before == 44 or SENTENCE_END[before]) then
      if not spanned(out, first, c) then return c end
    end
    at = c + #cm
  end
end

-- an opening “ left open at its paragraph's end may close with a
-- second “, a slip of pages typed with one curly mark (`“Het is
-- ongelooflijk dat ... een antwoord te formuleren“, haalde Creyelman uit`,
-- `“Mijn hart bloedt “, aldus de burgemeester`): where opener o closes
-- so, the first such mark after it with no letter after it and a word's
-- end or a punctuation mark right before it (a space only before a comma
-- or a full stop), that no pair of the paragraph spans; or nil
local SAME_SLIP = { ["\226\128\156"] = true }
-- next_paragraph_close(P, o) -> the start of the mark that closes
-- open quote o in the next paragraph, and that mark, when the first mark
-- of o's (its own or one it may close with) in that paragraph is one
-- that closes (white space or a line's start never before it, a letter
-- never after it): a quote that the page broke into two paragraphs
-- without reopening it (`"We are very grateful that he was not harmed.
-- // We would like to thank ...," Jaeger said`); else nil
local function next_paragraph_close(P, o)
  local A, s, m = P.A, P.s, o.m
  local ps, pe = A.pstart[P.pi + 1], A.pend[P.pi + 1]
  if not ps then return nil end
  local best, bm = find(s, m, ps, true), m
  if best and best >= pe then best = nil end
  for c in next, P.L.marks[m] or {} do
    local x = find(s, c, ps, true)
    if x and x < pe and (not best or x < best) then best, bm = x, c end
  end
  if not best or not P.L.closer[bm] then return nil end
  local before = byte(s, best - 1)
  if before == 32 or before == 10 or before == 9 or before == 13 or cls(s, best + #bm) == 1 then return nil end
  -- (nor past an opening mark of another kind there, whose quote that
  -- mark closes: `"Alles wordt ... gedouwd' // ... “Dat steekt. ...”,
  -- zegt Peter van Vliet`; an apostrophe's marks aside)
  for c in next, P.L.marks do
    if c ~= "'" and c ~= "\226\128\153" and c ~= "`" then
      local y = find(s, c, ps, true)
      if y and y < best then return nil end
    end
  end
  return best, bm
end

local function same_mark_close(P, o, first, k)
  local s, out, m = P.s, P.out, o.m
  local pe = P.A.pend[P.pi]
  local at = o.b
  -- (an opener of the same mark still open inside o takes the first such
  -- mark after it: `“Jarenlang zeiden ze “wacht maar af“, en ...` is
  -- one quote that goes on)
  -- (one a letter follows, before the mark: `bloedt “, aldus` is this
  -- quote's closer, and an opener after it opens a quote of its own)
  local stack = P.stack
  local consumed = 0
  local function inner_before(c)
    local n = 0
    for j = k + 1, #stack do
      local x = stack[j]
      if x.m == m and x.a < c and cls(s, x.b) == 1 then n = n + 1 end
    end
    return n
  end
  while true do
    local c = find(s, m, at, true)
    if not c or c >= pe then return nil end
    local after = byte(s, c + #m)
    local before = byte(s, c - 1)
    local closes = cls(s, c + #m) ~= 1 and (before ~= 32 or after == 44 or after == 46)
    if closes and consumed < inner_before(c) then
      consumed = consumed + 1
    elseif closes then
      if not spanned(out, first, c) then return c end
    end
    at = c + #m
  end
end

-- pairs the marks of paragraph pi (marks[1 .. last]: flat {pos1, str1,
-- pos2, str2, ...}, no table a mark) and adds the pairs to P.out
function pairing.paragraph(P, pi, marks, last)
  local A, s, L, stack, pairs_out = P.A, P.s, P.L, P.stack, P.out
  local opens = L.marks
  P.pi = pi
  -- (the pairs of this paragraph: pairs_out[first ..])
  local first = #pairs_out + 1
  for j = 1, last, 2 do
    local a, m = marks[j], marks[j + 1]
    local b = a + #m
    local c1 = first_byte[m]
    -- the classes on either side; for a mark of one byte (most) from one
    -- read of the three bytes when they are ASCII
    local pb, nb
    if b == a + 1 and a > 1 then
      local b0, _, b1 = byte(s, a - 1, b)
      pb = b0 < 128 and ASCII_CLS[b0] or cls_before(s, a)
      nb = not b1 and 0 or b1 < 128 and ASCII_CLS[b1] or cls(s, b)
    else
      pb, nb = cls_before(s, a), cls(s, b)
    end
    local lf = nb ~= 0 and (nb == 1 or pb ~= 1)
    local rf = pb ~= 0 and (pb == 1 or nb ~= 1)
    if c1 == 44 then
      -- two commas open a Dutch quote (,,Zo), also before a space (,, Zo);
      -- a third comma before them is punctuation (Jansen,,, waar)
      local n = #m
      local oa = a + n - 2
      if opens[",,"] and not is_digit(byte(s, a - 1)) and not is_digit(byte(s, b)) then
        local nxt = cls(s, b)
        if nxt == 1 or nxt == 2 or (nxt == 0 and cls(s, b + 1) ~= 0) then
          P:push(oa, b, ",,", pb == 1 and n == 2)
        end
      end
    elseif c1 == 39 and #m > 1 then
      -- a run of apostrophes: close what it can ('' or '), from the top
      local x = a
      while x < b do
        local k2 = P:find_open("''")
        local k1 = P:find_open("'")
        local k = k2 and k1 and math.max(k2, k1) or k2 or k1
        if not k or not (rf or cls(s, b) ~= 1) then break end
        if k == k2 and b - x >= 2 then
          P:close(k, x, x + 2, "''")
          x = x + 2
        elseif k == k1 then
          P:close(k, x, x + 1, "'")
          x = x + 1
        else
          break
        end
      end
      if x < b and lf then
        -- what is left opens: ''Tis -> an opening ' and the elision 'Tis
        local w = WORD:match(s, b)
        local word = w and sub(s, b, w - 1) or ""
        if b - x >= 2 and (L.elision[lc(word)] or is_digit(byte(word, 1))) then
          P:unit(x, x + 1, "'", true, false, true)
        elseif opens["''"] and b - x >= 2 then
          P:push(x, x + 2, "''", false)
        else
          P:unit(b - 1, b, "'", lf, false, true)
        end
      end
    elseif c1 == 96 then
      if #m >= 2 then
        P:unit(a, a + 2, "``", lf, rf, false)
      else
        P:unit(a, b, "`", lf, rf, true, pb, nb)
      end
    else
      local apos = m == "'" or m == "\226\128\152" or m == "\226\128\153"
                   or m == "\226\128\154" or m == "\226\128\155"
      P:unit(a, b, m, lf, rf, apos, pb, nb)
    end
  end

  -- unclosed openers: a quote that goes on in the next paragraph ends here
  -- (one quote per paragraph); one that nothing follows ends here too; the
  -- rest were stray marks
  local last_oa = 0
  for ix = first, #pairs_out do
    local d = pairs_out[ix]
    if d.oa > last_oa then last_oa = d.oa end
  end
  for k = 1, #stack do
    local o = stack[k]
    local cm = not o.weak and MISMATCHED[o.m]
    local c = cm and mismatched_close(P, o, cm, first)
    if not c and not o.weak and SAME_SLIP[o.m] then
      c = same_mark_close(P, o, first, k)
      if c then cm = o.m end
    end
    if c then
      pairs_out[#pairs_out + 1] = pairing.quote(o.a, o.b, c, c + #cm, o.m, cm, pi)
    elseif not o.weak then
      local cont = reopens(A, pi + 1, o.m)
      local later = last_oa > o.a or k < #stack
      local nc, ncm
      if not cont and not later then nc, ncm = next_paragraph_close(P, o) end
      if nc then
        pairs_out[#pairs_out + 1] = pairing.quote(o.a, o.b, nc, nc + #ncm, o.m, ncm, pi)
      elseif cont or not later then
        local q = pairing.quote(o.a, o.b, A.pend[pi], A.pend[pi], o.m, nil, pi)
        q.unclosed, q.cont = true, cont
        pairs_out[#pairs_out + 1] = q
      end
    end
  end
  for k = #stack, 1, -1 do stack[k] = nil end
end

-- x.oa < y.oa, or the longer first at the same opening mark
function pairing.before(x, y)
  if x.oa ~= y.oa then return x.oa < y.oa end
  return x.cb > y.cb
end


-- (to: the last event that may be a mark, #ev when nil)
local function find_quotes(A, ev, to)
  local s = A.s
  local pstart, pend = A.pstart, A.pend
  local np = #pstart
  local all = {}
  local P = pairing
  P.A, P.s, P.L, P.out = A, s, A.L, all
  -- (an error in an earlier article, caught by the runner, may have left
  -- open marks)
  local stack = P.stack
  for k = #stack, 1, -1 do stack[k] = nil end
  local pi = 1
  -- the marks of paragraph pi: marks[1 .. nm] (P.marks, for all
  -- paragraphs and articles: only [1 .. nm] is read)
  local marks, nm = P.marks, 0
  local first = A.first
  for k = 1, to or #ev, 3 do
    if ev[k] == 1 then
      local a = ev[k + 1]
      if a >= first then
        while pi <= np and a >= pend[pi] do
          if nm > 0 then
            P:paragraph(pi, marks, nm)
            nm = 0
          end
          pi = pi + 1
        end
        if pi > np then break end
        if a >= pstart[pi] then
          marks[nm + 1], marks[nm + 2] = a, ev[k + 2]
          nm = nm + 2
        end
      end
    end
  end
  if nm > 0 then P:paragraph(pi, marks, nm) end
  P.A, P.s, P.out = nil, nil, nil
  -- (the pairs come mostly in order already: a nested quote closes
  -- before its outer one; sorted only when they are not, as no two pairs
  -- share both marks and the order is then the one table.sort gives)
  local before, sorted = pairing.before, true
  for ix = 2, #all do
    if not before(all[ix - 1], all[ix]) then
      sorted = false
      break
    end
  end
  if not sorted then table.sort(all, pairing.before) end
  -- top level only: nested quotes stay inside their outer quote
  local quotes = {}
  local reach = 0
  for ix = 1, #all do
    local q = all[ix]
    if q.oa >= reach then
      local cs, ce = trim(s, q.ob, q.ca)
      if ce > cs then
        q.cs, q.ce = cs, ce
        quotes[#quotes + 1] = q
        reach = q.cb
      end
    end
  end
  -- chains of multi-paragraph quotes
  for i = 1, #quotes do
    local q = quotes[i]
    if q.cont then
      local n = quotes[i + 1]
      if n and ((not q.next_oa and n.pi == q.pi + 1) or n.oa == q.next_oa) then
        n.prev_part = q
        q.next_part = n
      end
    end
  end
  A.quotes = quotes
  local qa, qb = {}, {}
  for i = 1, #quotes do qa[i], qb[i] = quotes[i].oa, quotes[i].cb end
  A.qa, A.qb = qa, qb
end

-- the top-level quote holding position x, or nil
local function quote_at(A, x)
  local qa = A.qa
  -- most positions lie before the first quote or after the last one
  local n = #qa
  if n == 0 or x < qa[1] then return nil end
  if x >= qa[n] then
    if x < A.qb[n] then return A.quotes[n], n end
    return nil
  end
  local k = floor_near(qa, x, A.q_near or 0)
  A.q_near = k
  if k > 0 and x < A.qb[k] then return A.quotes[k], k end
  return nil
end

-- the number of quotes that close by x (the last index k with A.qb[k] <=
-- x, or 0), the last answer kept: a cue's analysis and its subject's
-- search ask about the cue's start in turn
local function quotes_closed_by(A, x)
  if x == A.qb_x then return A.qb_k end
  local k = floor_index(A.qb, x)
  A.qb_x, A.qb_k = x, k
  return k
end

---------------------------------------------------------------------------
-- Pass 3: sentences (on demand, per paragraph)
---------------------------------------------------------------------------

-- the stops after which a sentence may start, with what follows them
-- (text.stops: the stop, its tail of further stops and closing marks,
-- the white space after it, the byte after that), read in one C pass over
-- a paragraph where a scan of the article and a Lua test a stop were
local stops = text.stops

-- next_plain(A, needle, i) -> the first `needle` (a plain string) at or
-- after i in the article, or nil. The last answer per needle is kept: the
-- search may run to the end of the article, and paragraphs and clauses
-- ask in text order (no needle lies in [from, at) of the kept answer).
local function next_plain(A, needle, i)
  local memo = A.next_memo
  if not memo then memo = {} A.next_memo = memo end
  local m = memo[needle]
  if m and i >= m[1] and (not m[2] or i <= m[2]) then return m[2] or nil end
  local at = find(A.s, needle, i, true) or false
  if m then m[1], m[2] = i, at else memo[needle] = { i, at } end
  return at or nil
end

-- dash_end(s, x) -> the end (its last byte) of the dash that a dateline
-- puts at x between spaces: `-`, `--`, an en or em dash; nil when none
local function dash_end(s, x)
  local _, d = find(s, "^ %-%-? ", x)
  if not d then _, d = find(s, "^ \226\128[\147\148] ", x) end
  return d
end

-- the end of a dateline that opens a paragraph at ps, before pe: a place
-- in capitals, perhaps an agency in brackets, then a dash and a space
-- (`AMSTERDAM - `, `DEN HAAG (ANP) - `, `WASHINGTON (Reuters) — `); nil
-- when there is none
local function dateline_end(s, ps, pe, g)
  -- (a place in title case with a date perhaps, then an agency's name in
  -- capitals in brackets and a dash, as EFE writes them: `Sao Paulo, Sep
  -- 25 (EFE).- `; the agency makes it one)
  -- (most paragraphs open with a word and one in lower case: two bytes
  -- after the first word tell)
  local x0 = is_upper_at(s, ps) and not is_upper_at(s, ps + 1) and match(s, "^%u[%a%.'%-]*()", ps)
  local b1, b2
  if x0 then b1, b2 = byte(s, x0, x0 + 1) end
  if b1 == 44 or b1 == 32 and (b2 == 40 or b2 and b2 >= 65 and b2 <= 90) then
    local x = x0
    local x2 = x and match(s, "^ %u[%a%.'%-]*()", x)
    while x2 and x2 - ps < 40 do
      x = x2
      x2 = match(s, "^ %u[%a%.'%-]*()", x)
    end
    -- (the date, or EFE's `.-`: `Mark Rutte (VVD) - Hij zei ...` names a
    -- party)
    -- (the country in square brackets after the place, and a colon after
    -- the agency, as ANI writes them: `New Delhi [India], July 31 (ANI):
    -- `)
    x = x and match(s, "^ %[%u[%a ]-%]()", x) or x
    local y = x and match(s, "^, %u%l%l%l?%.? %d%d?()", x)
    local d = y and y - ps < 50 and (match(s, "^ %(%u[%u%-]+%)%.?%s?%-%-?%s()", y) or match(s, "^ %(%u[%u%-]+%):%s()", y))
              or x and match(s, "^ %(%u[%u%-]+%)%.%-%s()", x)
    if d and d <= pe then return d end
    -- (or, in the article's opening lines, a place of three words at most
    -- in title case alone before the dash and a capital, as South
    -- African, Kenyan and Dutch local news write them: `Cape Town -
    -- Allister Coetzee's first game`, `Den Helder – De extra
    -- raadsvergadering`; not a given name's or a title's run, `Ronald
    -- Boutkan – Extra raad`, `Mevrouw Van Dijk - Altena`: g, the names
    -- grammar, when the caller has one)
    if g and ps < DATELINE_REACH then
      local words, wx = 1, x0
      local nx = match(s, "^ %u%l[%a'%-]*()", wx)
      while nx and words < 3 do
        words, wx = words + 1, nx
        nx = match(s, "^ %u%l[%a'%-]*()", wx)
      end
      local de = wx - ps <= 30 and dash_end(s, wx)
      local w1 = de and lc(sub(s, ps, x0 - 1))
      -- (not a name before a description between dashes, the same dash
      -- closing it in its sentence: `Kgosientsho Ramokgopa – Electricity
      -- Minister since March 2023 – said`)
      local rest = de and sub(s, de + 1, (pe < de + 200 and pe or de + 200))
      local close_at = rest and find(rest, sub(s, wx, de), 1, true)
      local closes = close_at and not find(sub(rest, 1, close_at - 1), "[.!?\n]")
      if de and de < pe and is_upper_at(s, de + 1) and not g.given[w1] and not g.titles[w1] and not closes then
        return de + 1
      end
    end
  end
  -- (a Dutch place's elided article first: `'s-HEER HENDRIKSKINDEREN - `)
  local _, p = find(s, "^['\226][\128]?[\153]?s%-", ps)
  local start = p and p + 1 or ps
  -- (its words in capitals, a hyphen or a period inside: `ST. LOUIS`)
  local _, e = find(s, "^%u[%u%.'%-]*", start)
  while e do
    local _, e2 = find(s, "^ %u[%u%.'%-]*", e + 1)
    if not e2 then break end
    e = e2
  end
  if not e or e - ps > 40 or e == start or not is_upper_at(s, e) then return nil end
  -- (a country or state in title case after the place's comma:
  -- `MANILA, Philippines — `, `AUSTIN, Texas (AP) — `)
  do
    local _, c = find(s, "^, %u%l+", e + 1)
    while c do
      local _, c2 = find(s, "^ %u%l+", c + 1)
      if not c2 or c2 - ps > 60 then break end
      c = c2
    end
    if c and c - ps <= 60 and (find(s, "^ %(", c + 1) or dash_end(s, c + 1)) then
      e = c
    end
  end
  local _, b = find(s, "^ %([^)\n]+%)", e + 1)
  if b and b - e > 30 then return nil end
  local d = dash_end(s, (b or e) + 1)
  -- (after an agency in brackets the dash may touch the first word, as
  -- some copy prints it: `LONDON (Reuters) -AstraZeneca appeared`)
  if not d and b then
    local x = match(s, "^ %-()%u", b + 1)
    if x then d = x - 1 end
  end
  if not d or d >= pe then return nil end
  return d + 1
end

-- insert_start(ss, n, x) -> n: sentence start x put in its place among
-- the n ascending starts ss, unless there already; the new count
local function insert_start(ss, n, x)
  local at = n
  while at > 1 and ss[at] > x do at = at - 1 end
  if ss[at] < x then
    table.insert(ss, at + 1, x)
    n = n + 1
  end
  return n
end

-- sentence starts of paragraph pi (ascending), computed once
local function sentences(A, pi)
  local ss = A.sents[pi]
  if ss then return ss end
  local s = A.s
  local ps, pe = A.pstart[pi], A.pend[pi]
  -- (seven empty slots after the first start: a paragraph's few
  -- sentences go in without the array regrown at the second, third and
  -- fifth; n counts the starts, which fill the array from 1)
  ss = { ps, nil, nil, nil, nil, nil, nil, nil }
  local n = 1
  -- a dateline is a sentence of its own: what follows it is what the
  -- sentence says and who says it (`AMSTERDAM - Farioli is ontevreden.
  -- Dat zei de Italiaan.`)
  local dl = byte(s, ps) <= 90 and dateline_end(s, ps, pe, A.g)
  if dl then
    n = 2
    ss[2] = dl
  end
  -- and so is an interview turn's label: the answer's first sentence
  -- opens after it (`((Ann Lee))  Another girl came up to me.`: her
  -- subject is the girl, pluk.speech.interview)
  local _, _, after = turn_label(s, ps)
  if after and after < pe then
    n = 2
    ss[2] = after
  end
  local d = A.sd
  -- each stop x (its byte b) with white space after its end e, the next
  -- sentence's start nx inside the paragraph (c: its byte) and the start
  -- of the word before the stop, six values a stop
  local st = stops(s, ps, pe - 1)
  -- the quotes, walked along with the stops: qk is the last that opens
  -- by the stop (quote_at's answer, without a call a stop)
  local qa, qb, quotes = A.qa, A.qb, A.quotes
  local qk = floor_index(qa, ps)
  local qk0 = qk
  for k = 1, #st, 6 do
    local x, b, e, nx, c = st[k], st[k + 1], st[k + 2], st[k + 3], st[k + 4]
    -- a line break inside a paragraph ends a line-like sentence, unless
    -- a comma, semicolon or white space comes before it
    local line = b ~= 10
    if not line then
      local prev = char_byte(s, x - 1)
      line = prev ~= 44 and prev ~= 59 and cls_before(s, x) ~= 0
    end
    -- then a capital, digit, opening mark or bracket; not inside a quote
    if line then
      while qa[qk + 1] and qa[qk + 1] <= x do qk = qk + 1 end
      local q = qk > 0 and x < qb[qk] and quotes[qk]
      -- a full stop inside a quote ends the sentence only when the quote
      -- closes right after it: `... voorbehouden.” Volgens de topman`
      if not (q and x >= q.ob and x < q.ca and e <= q.ca) then
        local ok
        if c < 128 then
          ok = (c >= 65 and c <= 90) or (c >= 48 and c <= 57) or c == 34 or c == 39 or c == 40
               or c == 91 or c == 44 and byte(s, nx + 1) == 44
        else
          ok = c == 226 or c == 194 or is_upper_at(s, nx)
        end
        if ok and b == 46 then
          -- abbreviations and initials
          -- (wa: the word before the stop: ASCII letters and digits and
          -- bytes >= 128, at most 24 bytes back)
          local wa = st[k + 5]
          -- (back over the inner periods of a dotted abbreviation in lower
          -- case, whose key holds them: `a.m.` before `EDT`, `e.g.`)
          if wa > 3 and wa == x - 1 and byte(s, wa - 1) == 46 then
            local b3, b2 = byte(s, wa - 3, wa - 2)
            if b2 >= 97 and b2 <= 122 and not (b3 >= 97 and b3 <= 122 or b3 >= 65 and b3 <= 90) then wa = wa - 2 end
          end
          if wa < x then
            local w = sub(s, wa, x - 1)
            local lw = names.lc_memo[w] or lc(w)
            local v = d.abbr[lw]
            -- (the word after a dash that glues it to the one before:
            -- `South Shore–St. Margarets`)
            if not v and #w > 4 and find(w, "\226", 1, true) and find(w, "\226\128[\147\148]%a+$") then
              w = string.match(w, "(%a+)$")
              lw = names.lc_memo[w] or lc(w)
              v = d.abbr[lw]
            end
            if v and d.cap[lw] and not is_upper_at(w, 1) then v = nil end
            -- (`ING. Volgens` ends a sentence, `SEC. 1262` not)
            if v == "pre" and d.low[lw] and (c < 48 or c > 57) and #w >= 2
               and not find(w, "[%l\128-\255]") then
              v = nil
            end
            -- (a capital after `&` ends an acronym, `Ipsos I&O.`, `AT&T.`,
            -- and is no initial)
            if v == "pre" then
              ok = false
            elseif #w == 1 and is_upper_at(w, 1) and byte(s, wa - 1) ~= 38 then
              -- (an initial, unless a sentence starter and a word in lower
              -- case follow, as pluk.sentences reads them: `reageerde B.
              -- Vorige week kwam ...` ends a sentence, `A. De Vries` not)
              local nw = WORD:match(s, nx)
              ok = nw and d.starters[sub(s, nx, nw - 1)] and is_lower_at(s, bytes.skip_spaces(s, nw)) or false
            elseif v then
              local nw = WORD:match(s, nx)
              ok = nw and d.starters[sub(s, nx, nw - 1)] or false
            end
          end
        end
        -- (not inside a dateline: `ST. LOUIS - `)
        if ok and nx > ss[n] then
          n = n + 1
          ss[n] = nx
        end
      end
    end
  end
  -- a quote that opens glued to the stop before it opens a sentence too
  -- (`... said Mayor Bartlett."It's a lot worse," said ...`: a space
  -- lost on the page), after a word in lower case, not an initial's
  for j = qk0 + 1, #qa do
    local oa = qa[j]
    if oa >= pe then break end
    local b = oa > ps + 2 and byte(s, oa - 1)
    if (b == 46 or b == 33 or b == 63) and is_lower_at(s, names.char_start(s, oa - 2))
       and is_upper_at(s, quotes[j].ob) and not (j > 1 and qb[j - 1] > oa) then
      n = insert_start(ss, n, oa)
    end
    -- and so does a capital glued to the closing mark of a quote that
    -- ends in a full stop, question or exclamation mark (`“Was it an
    -- offence to ask you the question?”But the suspect insisted`): the
    -- tag after it is another sentence's
    local q = quotes[j]
    local cb = q.cb
    if cb and cb < pe and is_upper_at(s, cb) and q.ca > q.ob then
      local c = byte(s, q.ca - 1)
      if c == 46 or c == 33 or c == 63 then n = insert_start(ss, n, cb) end
    end
  end
  -- and so does a capitalised word glued to the full stop after a word
  -- in lower case, the space lost on the page (`... pikt daar een klein
  -- graantje van mee.Siem Jansen: "..."`); not a web address's, `www.`,
  -- nor inside a quote
  -- (a plain search for each full stop of the paragraph, its neighbours
  -- then read by their bytes: a pattern tried at every byte cost the
  -- Dutch corpus 13% of its time)
  local d0 = find(s, ".", ps + 2, true)
  while d0 and d0 < pe - 2 do
    local b1, b2, _, a1, a2 = byte(s, d0 - 2, d0 + 2)
    if b1 >= 97 and b1 <= 122 and b2 >= 97 and b2 <= 122 and a1 >= 65 and a1 <= 90 and a2 >= 97 and a2 <= 122 then
      local x = d0 + 1
      local w0 = string.match(sub(s, (d0 - 20 > ps and d0 - 20 or ps), d0 - 1), "([%w%.%-/]+)$")
      -- (a word in lower case only: a name glued so is a site's,
      -- `Nation.Cymru`)
      -- (nor a title's or an abbreviation's stop before a name, `huisarts
      -- dr.Annemiek Jansen`, `dhr.Van Dijk`, review 27)
      local lw0 = w0 and lc(w0)
      if w0 and find(w0, "^%l") and not (find(w0, "www", 1, true) or find(w0, ".", 1, true) or find(w0, "/", 1, true))
         and not (d.abbr[lw0] or A.g.titles[lw0]) and not quote_at(A, x) then
        n = insert_start(ss, n, x)
      end
    end
    d0 = find(s, ".", d0 + 1, true)
  end
  A.sents[pi] = ss
  return ss
end

-- sentence bounds [a, b) holding position x, its paragraph and its index
-- there. The last answer is kept, in locals of this chunk (a table field
-- read costs a hash look-up, and sentence_of is asked some seven times
-- a kilobyte): the article's A it was for (kept_A), the sentence
-- (kept_a .. kept_k) and its paragraph (kept_ss its sentence starts,
-- kept_pe its end, [kept_lo, kept_hi) the positions that lie in it). A
-- cue, its quote and the mentions around them ask about one sentence in
-- turn, and any x in [a, b) has the same answer; another sentence of the
-- same paragraph is searched from the last one.
local kept_A, kept_a, kept_b, kept_pi, kept_k
local kept_ss, kept_pe, kept_lo, kept_hi

local function sentence_of(A, x)
  if A == kept_A then
    if x >= kept_a and x < kept_b then return kept_a, kept_b, kept_pi, kept_k end
    if x >= kept_lo and x < kept_hi then
      local ss = kept_ss
      local k = floor_near(ss, x, kept_k)
      if k == 0 then k = 1 end
      local a, b = ss[k], ss[k + 1] or kept_pe
      kept_a, kept_b, kept_k = a, b, k
      return a, b, kept_pi, k
    end
  end
  -- its paragraph, searched from the last one found (the paragraphs are
  -- asked about in text order, most of the time)
  local pi = floor_near(A.pstart, x, A.p_near or 0)
  A.p_near = pi
  if pi == 0 then return A.first, A.first, 0, 0 end
  local ss = A.sents[pi] or sentences(A, pi)
  local k = floor_near(ss, x, 0)
  if k == 0 then k = 1 end
  local pe = A.pend[pi]
  local a, b = ss[k], ss[k + 1] or pe
  local ps = A.pstart
  kept_A, kept_a, kept_b, kept_pi, kept_k = A, a, b, pi, k
  kept_ss, kept_pe, kept_lo, kept_hi = ss, pe, ps[pi], ps[pi + 1] or math.huge
  return a, b, pi, k
end

return {
  paragraphs = paragraphs,
  find_quotes = find_quotes,
  quote_at = quote_at,
  quotes_closed_by = quotes_closed_by,
  next_plain = next_plain,
  dateline_end = dateline_end,
  sentences = sentences,
  sentence_of = sentence_of,
  turn_label = turn_label,
}
