-- pluk.sentences: sentences as news text has them (docs/sentences.md).
--
-- UAX #29 sentence boundaries (pluk.text, in C) are the candidates; this
-- module keeps or drops each one and adds the few the standard misses:
--   * abbreviations, per language, from rules/<lang>/abbreviations.txt
--     (`dhr.`, `o.a.`, `Mr.`, `No.` ...), with sentence_starters.txt to
--     tell "the U.S. Government" from "the U.S. How ...";
--   * initials (`Jonas E. Smith`), dotted acronyms, ordinals
--     (rules/<lang>/ordinal_followers.txt: `am 3. Oktober`), list markers
--     (`1.`, `2)`, `(a)`), ellipses (`...`, `…`, `. . .`, `[...]`), URLs
--     and e-mail addresses;
--   * `?` and `!` before lower case (`„Waarom?” vroeg hij.`, `Yahoo! in`);
--   * quotations kept whole: no break inside one that closes later in the
--     paragraph (opts.quotes = "split" to break inside them too);
--   * breaks UAX #29 does not make: before the Dutch opening quote `,,`
--     after a full stop (`,` is SContinue in UAX #29), before a number or
--     an ellipsis after a full stop (`kwamen. 81 procent`), between words
--     with no space (`world.Today`), between list items that end without a
--     full stop (`1) one 2) two`);
--   * lines: a blank line always ends a sentence; a single line break ends
--     one too (headings, datelines, list lines), unless the line ends in
--     white space and the next one starts in lower case (a soft wrap), or
--     the caller says the text is hard-wrapped (opts.wrapped).
--
-- API:
--   split(s [, lang [, opts]])  -> array of {i, j}
--   bounds(s [, lang [, opts]]) -> starts, ends (two parallel arrays)
--   each(s [, lang [, opts]])   -> iterator yielding i, j
--   texts(s [, lang [, opts]])  -> array of sentence strings
--   reset()                     -> forget the compiled word lists
-- Offsets are 1-based, inclusive byte offsets into s (s:sub(i, j) is the
-- sentence), trimmed of white space on both sides; the sentences are in
-- text order and do not overlap, and every non-space byte is in one.
-- lang is "nl", "en", "de", "fr", ... (nil means "en"; a language without
-- lists gets the language-neutral rules only). opts.i, opts.j limit the
-- work to s:sub(i, j) (e.g. to skip a header); opts.wrapped = true treats
-- single line breaks as spaces; opts.quotes = "split" ends sentences
-- inside quotations too.

local text = require "pluk.text"
local lexicon = require "pluk.lexicon"

local byte, sub, find, match = string.byte, string.sub, string.find, string.match
local lower, gsub = string.lower, string.gsub
local boundaries, category = text.boundaries, text.category

local M = {}

---------------------------------------------------------------------------
-- Language data
---------------------------------------------------------------------------

-- The lists of a language along the rule path the runner set (lexicon),
-- else along the default path (a script or a test outside a run). The
-- compiled form is kept per language while the abbreviation list is the
-- same table (lexicon caches it per path).
local default_dirs = nil
local compiled = {}

-- Lower case for lookups: Unicode-aware, and plain bytes when the text is
-- not valid UTF-8.
local function lower_key(w)
  if find(w, "[\128-\255]") then
    local ok, l = pcall(text.lower, w)
    if ok then return l end
  end
  return lower(w)
end

local function key_of(entry)
  return lower_key((entry:gsub("%.$", "")))
end

local function compile(lang, src, dirs)
  local function opt(name)
    local ok, lex = pcall(lexicon.load, lang, name, dirs)
    return ok and lex or { list = {}, values = {} }
  end
  local c = { src = src, abbr = {}, abbr_cap = {}, abbr_lower = {}, starters = {}, ordinal = {} }
  if src then
    for _, e in ipairs(src.list) do
      local v = src.values[e]
      local kind = (v == "pre" or v == "num") and v or "amb"
      c.abbr[key_of(e)] = kind
      -- a plain entry written with a capital needs one in the text: `Ill.`
      -- and `Wash.` are states, `ill.` and `wash.` end sentences
      if kind == "amb" and find(e, "^%u") then c.abbr_cap[key_of(e)] = true end
      -- a title written with a lower-case letter is no word in capitals
      -- only: `ING.` is the bank, `ing.` a title (before a number it
      -- keeps its entry: `SEC. 1262`)
      if find(e, "%l") then c.abbr_lower[key_of(e)] = true end
    end
  end
  for _, e in ipairs(opt("sentence_starters").list) do c.starters[e] = true end
  for _, e in ipairs(opt("ordinal_followers").list) do
    c.ordinal[key_of(e)] = true
  end
  return c
end

local function language(lang)
  lang = lang or "en"
  local ok, lex = pcall(lexicon.load, lang, "abbreviations")
  local c = compiled[lang]
  if ok then
    if c and c.src == lex then return c end
    c = compile(lang, lex, nil)
  else
    if c and c.default then return c end
    default_dirs = default_dirs or require("pluk.rules").path()
    local ok2, lex2 = pcall(lexicon.load, lang, "abbreviations", default_dirs)
    c = compile(lang, ok2 and lex2 or nil, default_dirs)
    c.default = true
  end
  compiled[lang] = c
  return c
end

-- Forget the compiled lists (after editing them in a long-lived state).
function M.reset()
  compiled, default_dirs = {}, nil
end

---------------------------------------------------------------------------
-- Characters, by bytes (no substring per test)
---------------------------------------------------------------------------

-- If the character that ends at byte k is white space, its first byte.
local function ws_end(s, k)
  local b = byte(s, k)
  if not b then return nil end
  if b == 32 or (b >= 9 and b <= 13) then return k end
  if b < 128 then return nil end
  if (b == 0xA0 or b == 0x85) and byte(s, k - 1) == 0xC2 then return k - 1 end
  local b1, b2 = byte(s, k - 2, k - 1)
  if b1 == 0xE2 and b2 == 0x80 and (b <= 0x8A or b == 0xA8 or b == 0xA9
      or b == 0xAF) then
    return k - 2
  end
  if b1 == 0xE2 and b2 == 0x81 and b == 0x9F then return k - 2 end
  if b1 == 0xE3 and b2 == 0x80 and b == 0x80 then return k - 2 end
  return nil
end

-- If the character that starts at byte k is white space, its last byte.
local function ws_start(s, k)
  local b = byte(s, k)
  if not b then return nil end
  if b == 32 or (b >= 9 and b <= 13) then return k end
  if b < 0xC2 then return nil end
  if b == 0xC2 then
    local c = byte(s, k + 1)
    if c == 0xA0 or c == 0x85 then return k + 1 end
    return nil
  end
  if b == 0xE2 or b == 0xE3 then
    local c, d = byte(s, k + 1, k + 2)
    if b == 0xE2 and c == 0x80 and d and d >= 0x80 and (d <= 0x8A or d == 0xA8
        or d == 0xA9 or d == 0xAF) then
      return k + 2
    end
    if b == 0xE2 and c == 0x81 and d == 0x9F then return k + 2 end
    if b == 0xE3 and c == 0x80 and d == 0x80 then return k + 2 end
  end
  return nil
end

-- Last byte of the last non-space character at or before x (not before
-- lo); lo - 1 when there is none.
local function last_solid(s, x, lo)
  local k = x
  while k >= lo do
    local w = ws_end(s, k)
    if not w then return k end
    k = w - 1
  end
  return lo - 1
end

-- First byte of the first non-space character after x (up to hi);
-- hi + 1 when there is none.
local function first_solid(s, x, hi)
  local k = x + 1
  while k <= hi do
    local w = ws_start(s, k)
    if not w then return k end
    k = w + 1
  end
  return hi + 1
end

-- Line breaks in s[a..b] (CR LF counts once; U+2029 counts as two: it
-- ends a paragraph), and whether a space or tab stands before the first.
local function line_breaks(s, a, b)
  local n, k, soft = 0, a, false
  while k <= b do
    local c = byte(s, k)
    if c == 10 or c == 11 or c == 12 then
      if n == 0 then soft = k > a and (byte(s, k - 1) == 32 or byte(s, k - 1) == 9) end
      n = n + 1
    elseif c == 13 then
      if n == 0 then soft = k > a and (byte(s, k - 1) == 32 or byte(s, k - 1) == 9) end
      n = n + 1
      if byte(s, k + 1) == 10 then k = k + 1 end
    elseif c == 0xC2 and byte(s, k + 1) == 0x85 then
      n = n + 1
    elseif c == 0xE2 and byte(s, k + 1) == 0x80 then
      local d = byte(s, k + 2)
      if d == 0xA8 then n = n + 1 elseif d == 0xA9 then n = n + 2 end
    end
    k = k + 1
  end
  return n, soft
end

-- Skips closing quotes and brackets backwards from t (not before lo).
-- Any quote mark counts: German closes with “ and ‘, Dutch with ''.
local function skip_closers(s, t, lo)
  while t >= lo do
    local b = byte(s, t)
    if b == 34 or b == 39 or b == 41 or b == 93 or b == 125 then
      t = t - 1
    elseif (b == 0xBB or b == 0xAB) and byte(s, t - 1) == 0xC2 then
      t = t - 2
    elseif b >= 0x98 and b <= 0xBA and (b <= 0x9F or b >= 0xB9)
        and byte(s, t - 1) == 0x80 and byte(s, t - 2) == 0xE2 then
      t = t - 3
    else
      break
    end
  end
  return t
end

-- Skips closing quotes and brackets forwards from q: the first byte after.
local function skip_closers_fwd(s, q, hi)
  while q <= hi do
    local b = byte(s, q)
    if b == 34 or b == 39 or b == 41 or b == 93 or b == 125 then
      q = q + 1
    elseif b == 0xC2 and (byte(s, q + 1) == 0xBB or byte(s, q + 1) == 0xAB) then
      q = q + 2
    elseif b == 0xE2 and byte(s, q + 1) == 0x80 then
      local c = byte(s, q + 2)
      if c and c >= 0x98 and (c <= 0x9F or c == 0xB9 or c == 0xBA) then
        q = q + 3
      else
        break
      end
    else
      break
    end
  end
  return q
end

-- Skips opening quotes and brackets (and the Dutch ,,) forwards from q.
local function skip_openers(s, q, hi)
  while q <= hi do
    local b = byte(s, q)
    if b == 34 or b == 39 or b == 40 or b == 91 or b == 123 then
      q = q + 1
    elseif b == 44 and byte(s, q + 1) == 44 then
      q = q + 2
    elseif b == 0xC2 then
      local c = byte(s, q + 1)
      if c == 0xAB or c == 0xBB then q = q + 2 else break end
    elseif b == 0xE2 and byte(s, q + 1) == 0x80 then
      local c = byte(s, q + 2)
      if c and c >= 0x98 and (c <= 0x9F or c == 0xB9 or c == 0xBA) then
        q = q + 3
      else
        break
      end
    else
      break
    end
  end
  return q
end

-- Case of the character at q: "l" lower, "u" upper (or title), "d"
-- digit, "o" other letter (no case: CJK, Arabic ...), nil otherwise.
local function case_at(s, q)
  local b = byte(s, q)
  if not b then return nil end
  if b >= 97 and b <= 122 then return "l" end
  if b >= 65 and b <= 90 then return "u" end
  if b >= 48 and b <= 57 then return "d" end
  if b < 0xC2 then return nil end
  local ok, cat = pcall(category, s, q)      -- invalid UTF-8: no case
  if not ok then return nil end
  if cat == "Ll" then return "l" end
  if cat == "Lu" or cat == "Lt" then return "u" end
  if cat == "Nd" then return "d" end
  if cat == "Lo" or cat == "Lm" then return "o" end
  return nil
end

-- The word that starts at q (letters, ASCII or not), or nil.
local function word_at(s, q)
  return match(s, "^[%a\192-\244][%a\128-\191]*", q)
end

-- The non-space token that ends at byte e (not before lo): its first byte.
local function token_start(s, e, lo)
  local k = e
  while k >= lo do
    local b = byte(s, k)
    if b == 32 or (b >= 9 and b <= 13) then return k + 1 end
    if b >= 0x80 and ws_end(s, k) then return k + 1 end
    k = k - 1
  end
  return lo
end

-- Whether the non-space run around [a, b] is a URL or e-mail address.
local function in_address(s, a, b, lo, hi)
  local x = token_start(s, a, lo)
  local y = b
  while y < hi and not ws_start(s, y + 1) do y = y + 1 end
  local tok = sub(s, x, y)
  return find(tok, "@", 1, true) or find(tok, "://", 1, true)
      or find(tok, "^[%(%[\"']*[wW][wW][wW]%.") ~= nil
end

-- Single capital letter (an initial), ASCII or not.
local function is_initial(tok)
  local n = #tok
  if n == 1 then
    local b = byte(tok)
    return b >= 65 and b <= 90
  end
  if n <= 4 and byte(tok) >= 0xC2 then
    local len = byte(tok) >= 0xF0 and 4 or byte(tok) >= 0xE0 and 3 or 2
    return len == n and case_at(tok, 1) == "u"
  end
  return false
end

-- Dotted acronym (the part before its last period): U.S, e.g, Ph.D, J.R.R
local function is_acronym(tok)
  if not find(tok, ".", 2, true) then return false end
  return find(tok, "^%a%a?%a?%.[%a%.]*%a$") ~= nil
      and not find(tok, "%a%a%a%a") and not find(tok, "%.%.")
end

---------------------------------------------------------------------------
-- List items: `1.`, `1.)`, `1)`, `a.`, `a)`, with or without a bullet
---------------------------------------------------------------------------

local BULLETS = {
  ["\226\128\162"] = true,  -- • U+2022
  ["\226\129\131"] = true,  -- ⁃ U+2043
  ["\226\128\163"] = true,  -- ‣ U+2023
  ["\226\151\166"] = true,  -- ◦ U+25E6
  ["\226\150\170"] = true,  -- ▪ U+25AA
  ["\194\183"] = true,      -- · U+00B7
  ["-"] = true, ["*"] = true,
}

-- Bullet at k: its last byte, else nil.
local function bullet_at(s, k)
  local b = byte(s, k)
  if b == 45 or b == 42 then return k end
  if b == 0xC2 then return BULLETS[sub(s, k, k + 1)] and k + 1 or nil end
  if b == 0xE2 then return BULLETS[sub(s, k, k + 2)] and k + 2 or nil end
  return nil
end

-- Bullet ending at byte k: its first byte, else nil.
local function bullet_ending_at(s, k)
  local b = byte(s, k)
  if b == 45 or b == 42 then return k end
  if b and b >= 0x80 then
    if byte(s, k - 1) == 0xC2 and BULLETS[sub(s, k - 1, k)] then return k - 1 end
    if byte(s, k - 2) == 0xE2 and BULLETS[sub(s, k - 2, k)] then return k - 2 end
  end
  return nil
end

-- A list marker at the start of a sentence (k): returns its value (number
-- or letter), its style (".", ".)" or ")") and the byte that ends it.
local function list_marker(s, k, hi)
  local c = byte(s, k)
  -- most sentences start with a capital: not a marker
  if not c or (c >= 65 and c <= 90) or (c > 57 and c < 97 and c ~= 40)
      or (c > 122 and c < 0xC2) or c > 0xE2 then
    return nil
  end
  local bl = bullet_at(s, k)
  if bl then
    k = bl + 1
    while byte(s, k) == 32 or byte(s, k) == 9 do k = k + 1 end
  end
  local a, b, v, style = find(s, "^(%d%d?%d?)([%.%)]%)?)[ \t]", k)
  if not a then
    a, b, v, style = find(s, "^(%l)([%.%)]%)?)[ \t]", k)
  end
  if not a then                                      -- (1) (a)
    a, b, v = find(s, "^%((%d%d?)%)[ \t]", k)
    if not a then a, b, v = find(s, "^%((%l)%)[ \t]", k) end
    style = "()"
  end
  if not a or b > hi + 1 or style == "))" then return nil end
  return v, style, b - 1
end

local function next_value(v)
  if find(v, "^%d") then return tostring(tonumber(v) + 1) end
  if v == "z" then return nil end
  return string.char(byte(v) + 1)
end

-- Where the list item after the one starting at `cur` (value v, style st)
-- begins on the same line: the byte before it (a break candidate), or nil.
local function next_item(s, cur, v, st, hi)
  local nv = next_value(v)
  if not nv then return nil end
  local eol = find(s, "[\n\r]", cur) or hi + 1
  if eol > hi + 1 then eol = hi + 1 end
  local needle = st == "()" and "(" .. nv .. ")" or nv .. st
  local from = cur + 1
  while true do
    local a, b = find(s, needle, from, true)
    if not a or b >= eol then return nil end
    local after = byte(s, b + 1)
    if after == 32 or after == 9 then
      -- preceded by white space, or by a bullet preceded by white space
      local p = a - 1
      while p > cur and (byte(s, p) == 32 or byte(s, p) == 9) do p = p - 1 end
      local bstart = bullet_ending_at(s, p)
      if bstart then
        local q = bstart - 1                           -- "… • 2. ", "… ⁃2. "
        if q > cur and (byte(s, q) == 32 or byte(s, q) == 9) then return q end
      elseif p < a - 1 then
        return p                                       -- "… 2. "
      end
    end
    from = a + 1
  end
end

---------------------------------------------------------------------------
-- The decision at one candidate
---------------------------------------------------------------------------

local JOIN = false
local BREAK = 1      -- a sentence ends here
local LINE = 2       -- a line break ends one here (quotes do not hold it)
local SPLIT = 3      -- one ends elsewhere: decide returns SPLIT, end, next start

-- Number of white-space separated words in s[a..b].
local function count_words(s, a, b)
  if b < a then return 0 end
  local _, n = gsub(sub(s, a, b), "%S+", "")
  return n
end

-- Is the word before the token starting at ts lower case?
local function prev_word_lower(s, ts, cur)
  local k = last_solid(s, ts - 1, cur)
  if k < cur then return false end
  local w = token_start(s, k, cur)
  w = skip_openers(s, w, k)
  return case_at(s, w) == "l"
end

-- Does the text from q on start a sentence, after an abbreviation that may
-- end one? An opening quote does (a bracket does not: "Inc. (“A”)"); so
-- does a word from the starters list.
local function starts_sentence(s, q, L)
  local b = byte(s, q)
  if b ~= 40 and b ~= 91 and b ~= 123 and skip_openers(s, q, #s) > q then
    return true
  end
  local w = word_at(s, q)
  return w ~= nil and L.starters[w] == true
end

-- decide(s, p, q, cur, hi, L, st) -> JOIN, BREAK, LINE, or SPLIT, e, b
-- (the sentence ends at e, the next starts at b). p = last byte of the
-- text before the candidate, q = first byte after it, cur = start of the
-- current sentence, hi = end of the range, L = the language's lists,
-- st = scan state (wrapped, uax: candidate from UAX #29, marker_end).
local function decide(s, p, q, cur, hi, L, st)
  -- the gap between them: line breaks
  local nl, soft = 0, false
  if q - p > 2 or byte(s, p + 1) ~= 32 then
    nl, soft = line_breaks(s, p + 1, q - 1)
  end
  if nl >= 2 then return LINE end
  local t = skip_closers(s, p, cur)
  if t < p and ws_end(s, t) then
    -- a closing quote after a space: "ermee. '' Zo"
    t = skip_closers(s, last_solid(s, t, cur), cur)
  end
  local c = byte(s, t)
  local term = c == 46 or c == 33 or c == 63
      or (c == 0xA6 and byte(s, t - 1) == 0x80 and byte(s, t - 2) == 0xE2)
  if nl == 1 and not st.wrapped then
    if soft and not term and case_at(s, skip_openers(s, q, hi)) == "l" then
      return JOIN
    end
    return LINE
  end
  local qa = skip_openers(s, q, hi)
  local bcase = case_at(s, qa)
  if not term then
    -- UAX #29 breaks without a line break only after a terminator, so
    -- this is one we do not know (。, ؟ ...); our own candidates and line
    -- breaks (opts.wrapped) need a terminator
    -- (an ASCII byte here is an opening bracket after the terminator,
    -- which UAX #29 counts as Close: "martyr.[1]")
    if nl == 0 and st.uax and bcase ~= "l" and c >= 0x80 then return BREAK end
    return JOIN
  end
  if c == 33 or c == 63 then                         -- ! ?
    if bcase == "l" then return JOIN end
    -- "Y!J.", "!Kung": not after a word and before a space
    if q == p + 1 or t == cur or ws_end(s, t - 1) then return JOIN end
    return BREAK
  end
  if c ~= 46 then                                    -- …
    if bcase == "l" then return JOIN end
    if t < p and byte(s, t - 3) == 91 then return JOIN end   -- […]
    return BREAK
  end
  -- a full stop, perhaps one of several
  local k = t
  while k > cur and byte(s, k - 1) == 46 do k = k - 1 end
  if k < t then                                      -- .. ... ....
    if bcase == "l" then return JOIN end
    local before = byte(s, k - 1)
    if (before == 91 or before == 40) and t < p then return JOIN end -- [...]
    return BREAK
  end
  -- spaced ellipsis: . . . (an omission) or . . . . (one ending a sentence)
  local f, n = t, 1
  while f - 2 >= cur and byte(s, f - 1) == 32 and byte(s, f - 2) == 46 do
    f, n = f - 2, n + 1
  end
  if n >= 2 then
    if bcase == "l" then return JOIN end
    if n < 4 then return JOIN end
    if f > cur and not ws_end(s, f - 1) then
      -- "word. . . . Next": the word's full stop ends the sentence, the
      -- ellipsis opens the next one
      return SPLIT, f, f + 2
    end
    return BREAK
  end
  if bcase == "l" then return JOIN end
  if byte(s, q) == 46 and byte(s, q + 1) == 32 then
    -- a spaced ellipsis follows: "word. . . . Next" ends the sentence at
    -- the word, "word. . . ." at the end or before lower case does not
    local d = q
    while byte(s, d + 1) == 32 and byte(s, d + 2) == 46 do d = d + 2 end
    local r = first_solid(s, skip_closers_fwd(s, d + 1, hi) - 1, hi)
    if r > hi or case_at(s, skip_openers(s, r, hi)) ~= "u" then return JOIN end
  end
  if q == p + 1 then
    -- no space: "world.Today" ends a sentence; "Jane.Doe@", "Ph.D." and
    -- "U.S.A." do not
    if bcase ~= "u" then return JOIN end
    local w = word_at(s, q)
    if not w or #w < 2 or byte(s, t - 2) == 46 or ws_end(s, t - 2)
        or in_address(s, t, q, cur, hi) then
      return JOIN
    end
  end
  if p == st.marker_end then return JOIN end          -- "1. The first item"
  -- the token before the full stop
  local ts = token_start(s, t - 1, cur)
  ts = skip_openers(s, ts, t - 1)
  if ts >= t then                                    -- " . " (an ellipsis)
    if byte(s, q) == 46 then return JOIN end
    return BREAK
  end
  local tok = sub(s, ts, t - 1)
  local key = lower_key(tok)
  local kind = L.abbr[key]
  if not kind and t - ts > 3 and (find(tok, "-", 1, true) or find(tok, "\226", 1, true)) then
    -- a compound joined by a hyphen or a dash that ends in one: `South
    -- Shore–St. Margarets`, `Clark-St. Louis`
    local part = string.match(tok, "[%-\147\148](%a+)$")
    if part and L.abbr[lower_key(part)] and (byte(tok, -#part - 1) == 45 or byte(tok, -#part - 3) == 226) then
      tok, key = part, lower_key(part)
      kind = L.abbr[key]
    end
  end
  if kind and L.abbr_cap[key] and not find(tok, "^%u") then kind = nil end
  if kind == "pre" and bcase ~= "d" and L.abbr_lower[key] and #tok >= 2
     and not find(tok, "[%l\128-\255]") then
    kind = nil
  end
  if bcase == "d" then
    if kind or is_initial(tok) then return JOIN end
    return BREAK
  end
  if is_initial(tok) then
    if bcase ~= "u" then return BREAK end
    -- "you and I. Did": a one-letter word after a lower-case word
    if L.starters[tok] and prev_word_lower(s, ts, cur) then return BREAK end
    -- "groep A. De ploeg" ends a sentence, "A. De Vries" does not
    local w = word_at(s, q)
    if w and L.starters[w] and case_at(s, first_solid(s, q + #w - 1, hi)) == "l" then
      return BREAK
    end
    return JOIN
  end
  if kind == "pre" then
    if bcase == "u" or bcase == "o" then return JOIN end
    return BREAK
  end
  if kind or is_acronym(tok) then
    if starts_sentence(s, q, L) and count_words(s, cur, ts - 1) >= 3 then
      return BREAK
    end
    return JOIN
  end
  local b0 = byte(tok)
  if b0 >= 48 and b0 <= 57 and find(tok, "^%d+$") then
    local w = word_at(s, q)
    if w and L.ordinal[lower_key(w)] then
      return JOIN
    end
  end
  return BREAK
end

---------------------------------------------------------------------------
-- Quotations are kept whole: no sentence ends inside one that closes later
-- in the same paragraph ("A. B," zei hij: one sentence). Line breaks still
-- end sentences.
---------------------------------------------------------------------------

local lpeg = require "lpeg"
local QCHAR = lpeg.P(",,") + lpeg.S("\"'") + lpeg.P("\194") * lpeg.S("\171\187")
    + lpeg.P("\226\128") * (lpeg.R("\152\159") + lpeg.S("\185\186"))
-- positions of every quote-like character (fast spans over the rest)
local QSCAN = lpeg.Ct(((1 - lpeg.S("\"',\194\226")) ^ 1
                       + lpeg.Cp() * QCHAR + 1) ^ 0)

-- Dutch and English clitics written with an apostrophe: 's, 't, 'n, 'em
local CLITIC = { s = true, t = true, n = true, em = true, tis = true,
                 twas = true }

-- The quote character at k: family ("d" double, "s" single), role ("o"
-- opens, "c" closes, "t" either) and byte length; nil for an apostrophe.
-- Context decides first (after a space it opens, before one it closes),
-- the character's usual role next.
local function quote_at(s, k, lo, hi)
  local b = byte(s, k)
  local len, fam, dflt
  if b == 39 then                            -- fast path: don't, it's
    local x, y = byte(s, k - 1), byte(s, k + 1)
    if x and y and ((x >= 97 and x <= 122) or (x >= 65 and x <= 90))
        and ((y >= 97 and y <= 122) or (y >= 65 and y <= 90)) and k > lo then
      return nil
    end
  elseif b == 44 then
    if byte(s, k + 1) ~= 44 then return nil end
  elseif b == 0xC2 then
    local c = byte(s, k + 1)
    if c ~= 0xAB and c ~= 0xBB then return nil end
  elseif b == 0xE2 then
    local c, d = byte(s, k + 1, k + 2)
    if c ~= 0x80 or not d or d < 0x98 or (d > 0x9F and d ~= 0xB9 and d ~= 0xBA) then
      return nil
    end
  elseif b ~= 34 and b ~= 39 then
    return nil
  end
  if b == 34 then len, fam, dflt = 1, "d", "t"
  elseif b == 39 then
    if byte(s, k + 1) == 39 then len, fam, dflt = 2, "d", "c"   -- Dutch ''
    else len, fam, dflt = 1, "s", "t" end
  elseif b == 44 then len, fam, dflt = 2, "d", "o"            -- Dutch ,,
  elseif b == 0xC2 then
    len, fam = 2, "d"
    dflt = byte(s, k + 1) == 0xAB and "o" or "c"              -- « »
  else
    local c = byte(s, k + 2)
    len = 3
    if c == 0x9C or c == 0x9E or c == 0x9F then fam, dflt = "d", "o" -- “ „ ‟
    elseif c == 0x9D then fam, dflt = "d", "c"                     -- ”
    elseif c == 0x99 or c == 0xBA then fam, dflt = "s", "c"        -- ’ ›
    else fam, dflt = "s", "o" end                                  -- ‘ ‚ ‛ ‹
  end
  local pb = k > lo and byte(s, k - 1) or nil
  local before = not pb or ws_end(s, k - 1) ~= nil
      or pb == 40 or pb == 91 or pb == 123
  local e = k + len
  local nb = e <= hi and byte(s, e) or nil
  local after = not nb or ws_start(s, e) ~= nil
      or nb == 46 or nb == 44 or nb == 59 or nb == 58 or nb == 33
      or nb == 63 or nb == 41 or nb == 93 or nb == 125
  local role
  if len == 2 and b ~= 0xC2 or (len == 3 and byte(s, k + 2) == 0x9E) then
    role = dflt                              -- ,, „ open and '' closes, always
  elseif before and not after then role = "o"
  elseif after and not before then role = "c"
  elseif before and after then role = dflt
  else
    if fam == "s" then return nil end        -- inside a word: don't, it’s
    role = dflt
  end
  if fam == "s" and role == "o" and (b == 39 or dflt == "c") then
    -- '90s, 's avonds, 't is
    if nb and nb >= 48 and nb <= 57 then return nil end
    local w = match(s, "^%a+", e)
    if w and CLITIC[lower(w)] then return nil end
    if dflt == "c" then return nil end       -- ’ opening: an apostrophe
  end
  return fam, role, len
end

local function new_quotes(s, lo, hi, sub_of_range)
  local q = { pos = QSCAN:match(sub_of_range or s), base = sub_of_range and lo - 1 or 0,
              i = 1, lo = lo, hi = hi, d = nil, s = nil, dc = nil, sc = nil }
  return q
end

-- Reads the quote characters up to byte `to`.
local function quotes_advance(Q, s, to)
  local pos, base, i = Q.pos, Q.base, Q.i
  local n = #pos
  while i <= n do
    local k = pos[i] + base
    if k > to then break end
    i = i + 1
    if k >= Q.lo then
      local fam, role = quote_at(s, k, Q.lo, Q.hi)
      if fam == "d" then
        if role == "o" then
          if not Q.d then Q.d, Q.dc = k, nil end
        elseif role == "c" or Q.d then
          if Q.s and Q.d and Q.s > Q.d then Q.s = nil end
          Q.d = nil
        else
          Q.d, Q.dc = k, nil
        end
      elseif fam == "s" then
        if role == "o" then
          if not Q.s then Q.s, Q.sc = k, nil end
        elseif role == "c" or Q.s then
          Q.s = nil
        else
          Q.s, Q.sc = k, nil
        end
      end
    end
  end
  Q.i = i
end

-- Does a quote of family `fam` close after the current point and before
-- the paragraph ends? (Another opening of the family first: no.)
local function quotes_closer(Q, s, fam, from)
  local pend = Q.pend
  if not pend or from > pend then
    -- the end of the paragraph: the next blank line
    local k = from
    pend = nil
    while true do
      local a = find(s, "\n", k, true)
      if not a or a > Q.hi then break end
      local b = a + 1
      local c = byte(s, b)
      while c == 32 or c == 9 or c == 13 or c == 12 or c == 11 do b = b + 1; c = byte(s, b) end
      if c == 10 then pend = a break end
      k = b
    end
    pend = pend or Q.hi
    Q.pend = pend
  end
  local pos, base = Q.pos, Q.base
  for i = Q.i, #pos do
    local k = pos[i] + base
    if k > pend then return false end
    local f, role = quote_at(s, k, Q.lo, Q.hi)
    if f == fam then
      if role == "o" then return false end
      return true
    end
  end
  return false
end

-- Is byte p inside a quotation that closes later in the paragraph? Not
-- when the quotation closes right at q, the next character ("ermee. ''").
local function quotes_inside(Q, s, p, q)
  quotes_advance(Q, s, p)
  if Q.d or Q.s then
    local fam, role = quote_at(s, q, Q.lo, Q.hi)
    if fam and role ~= "o" and Q[fam] then return false end
  end
  if Q.d then
    if Q.dc == nil then Q.dc = quotes_closer(Q, s, "d", p) end
    if Q.dc then return true end
    Q.d = nil
  end
  if Q.s then
    if Q.sc == nil then Q.sc = quotes_closer(Q, s, "s", p) end
    if Q.sc then return true end
    Q.s = nil
  end
  return false
end

local function quotes_reset(Q, s, p)
  quotes_advance(Q, s, p)
  Q.d, Q.s = nil, nil
end

---------------------------------------------------------------------------
-- The scan
---------------------------------------------------------------------------

-- Candidates UAX #29 does not give, after a full stop: spaces and a digit
-- (SB8 skips numbers looking for a lower-case letter: "kwamen. 81
-- procent"), spaces and another full stop (SB8a: "raak. ...en toen"), a
-- capital right after a letter (SB7: "world.Today"); and before the Dutch
-- opening quote ,, (SB8a: ',' is SContinue). Sorted positions.
local function extra_candidates(s, lo, hi)
  local out, n = {}, 0
  local pos = lo
  while true do
    local a = find(s, ".", pos, true)
    if not a or a >= hi then break end
    local c = byte(s, a + 1)
    if c == 32 then
      local q = a + 2
      c = byte(s, q)
      while c == 32 do q = q + 1; c = byte(s, q) end
      if c and ((c >= 48 and c <= 57) or c == 46) then n = n + 1; out[n] = a end
      pos = q
    else
      if c and ((c >= 65 and c <= 90) or c >= 0xC3) and a > lo then
        local b = byte(s, a - 1)
        if (b >= 97 and b <= 122) or (b >= 65 and b <= 90) or b >= 0x80 then
          n = n + 1; out[n] = a
        end
      end
      pos = a + 1
    end
  end
  pos = lo
  local m = 0
  local commas = {}
  while true do
    local a = find(s, ",,", pos, true)
    if not a or a > hi then break end
    if a > lo then m = m + 1; commas[m] = a - 1 end
    pos = a + 2
  end
  if m == 0 then return out end
  if n == 0 then return commas end
  -- merge
  local merged, i, j, k = {}, 1, 1, 0
  while i <= n or j <= m do
    local x
    if j > m or (i <= n and out[i] <= commas[j]) then
      x = out[i]; i = i + 1
    else
      x = commas[j]; j = j + 1
    end
    k = k + 1; merged[k] = x
  end
  return merged
end

-- bounds(s [, lang [, opts]]) -> starts, ends
function M.bounds(s, lang, opts)
  if type(s) ~= "string" then
    error("bad argument #1 to 'sentences' (string expected, got "
          .. type(s) .. ")", 2)
  end
  if type(lang) == "table" and opts == nil then lang, opts = nil, lang end
  opts = opts or {}
  local L = language(lang)
  local len = #s
  local lo = math.max(1, math.tointeger(opts.i) or 1)
  local hi = math.tointeger(opts.j) or len
  if hi < 0 then hi = len + hi + 1 end
  if hi > len then hi = len end
  local starts, ends, ns = {}, {}, 0
  if lo > hi then return starts, ends end

  -- UAX #29 candidates: segment ends, offsets into s
  local base = lo - 1
  local ub, Q
  local keep_quotes = opts.quotes ~= "split"
  if lo == 1 and hi == len then
    ub = boundaries(s, "sentence")
    Q = keep_quotes and new_quotes(s, lo, hi, nil)
  else
    local part = sub(s, lo, hi)
    ub = boundaries(part, "sentence")
    Q = keep_quotes and new_quotes(s, lo, hi, part)
  end
  local nub = #ub
  local ex = extra_candidates(s, lo, hi)
  local nex = #ex

  local st = { wrapped = opts.wrapped and true or false, uax = false,
               marker_end = -1 }
  local cur = first_solid(s, lo - 1, hi)
  if cur > hi then return starts, ends end
  local forced = nil   -- next list item, when the sentence is a list item

  local function begin(at)
    cur = at
    forced = nil
    st.marker_end = -1
    local v, style, mend = list_marker(s, at, hi)
    if v then
      st.marker_end = mend
      forced = next_item(s, at, v, style, hi)
    end
  end
  begin(cur)

  local iu, ie = 1, 1
  while true do
    -- the next candidate: the smallest of UAX #29, extra, forced
    local x, from_uax
    local xu = iu <= nub and ub[iu] + base or nil
    local xe = ie <= nex and ex[ie] or nil
    if xu and (not xe or xu <= xe) then x, from_uax = xu, true
    elseif xe then x, from_uax = xe, false end
    local is_forced = false
    if forced and (not x or forced <= x) then
      x, is_forced, from_uax = forced, true, false
      forced = nil
    elseif from_uax then iu = iu + 1
    elseif x then ie = ie + 1 end
    if not x or x >= hi then break end
    if x >= cur then
      local p = last_solid(s, x, cur)
      if p >= cur then
        local q = first_solid(s, x, hi)
        if q > hi then break end
        local r, r2, r3
        if is_forced then r = BREAK
        else
          st.uax = from_uax
          r, r2, r3 = decide(s, p, q, cur, hi, L, st)
        end
        if r == LINE then
          if Q then quotes_reset(Q, s, p) end
          ns = ns + 1; starts[ns], ends[ns] = cur, p
          begin(q)
        elseif r and (is_forced or not Q or not quotes_inside(Q, s, p, q)) then
          if r == SPLIT then
            ns = ns + 1; starts[ns], ends[ns] = cur, r2
            begin(r3)
          else
            -- a closing quote after a space ("genoeg. '' Hij") goes with
            -- the sentence it closes
            local fam, role, qlen = quote_at(s, q, lo, hi)
            if fam and role == "c" and (q + qlen > hi or ws_start(s, q + qlen)) then
              p = q + qlen - 1
              q = first_solid(s, p, hi)
            end
            ns = ns + 1; starts[ns], ends[ns] = cur, p
            if q > hi then cur = q; break end
            begin(q)
          end
        end
      end
    end
  end
  local e = last_solid(s, hi, cur)
  if e >= cur then
    ns = ns + 1; starts[ns], ends[ns] = cur, e
  end
  return starts, ends
end

-- split(s [, lang [, opts]]) -> array of {i, j}
function M.split(s, lang, opts)
  local starts, ends = M.bounds(s, lang, opts)
  local out = {}
  for k = 1, #starts do out[k] = { starts[k], ends[k] } end
  return out
end

-- each(s [, lang [, opts]]) -> iterator yielding i, j
function M.each(s, lang, opts)
  local starts, ends = M.bounds(s, lang, opts)
  local k = 0
  return function()
    k = k + 1
    local i = starts[k]
    if i then return i, ends[k] end
  end
end

-- texts(s [, lang [, opts]]) -> array of sentence strings (convenience)
function M.texts(s, lang, opts)
  local starts, ends = M.bounds(s, lang, opts)
  local out = {}
  for k = 1, #starts do out[k] = sub(s, starts[k], ends[k]) end
  return out
end

return M
