-- pluk.speech.bytes: the small byte-level helpers over an article's text
-- that every pass of pluk.speech calls: character classes, white space
-- skipped forwards and back, trimming, the last words or token before a
-- position, word counts, binary search, runs of bytes of a class. A
-- module of its own so that speech.lua's main chunk keeps clear of Lua's
-- limit of 200 local variables; each pass copies the helpers it calls
-- into locals, so a call stays an upvalue call, not a table look-up.

local text = require "pluk.text"
local names = require "pluk.names"

local byte, sub = string.byte, string.sub
local rspan = text.rspan
local char_start = names.char_start
local SPACE, WC = names.SPACE, names.WC

-- the first byte of the character that holds byte i of s: byte(s,
-- char_start(s, i)) in one string call where that byte is ASCII or a
-- lead byte (most)
local function char_byte(s, i)
  local b = byte(s, i)
  if not b or b < 128 or b >= 192 then return b end
  return byte(s, char_start(s, i))
end

-- first_byte[str]: byte(str, 1), kept per string. For the quotation marks
-- and cue forms the scan finds: a few hundred strings from the lists, each
-- asked about again in every article, where a look-up costs a fraction of
-- a call.
local first_byte = setmetatable({}, { __index = function(memo, str)
  local b = byte(str, 1)
  memo[str] = b
  return b
end })

-- SPACE:match(s, i) and WC:match(s, i) ~= nil with ASCII answered in Lua:
-- these run a few times per candidate position, and an LPeg call costs
-- far more than a byte test
local function space_end(s, i)
  local b = byte(s, i)
  if b and i >= 1 then
    if b == 32 or (b >= 9 and b <= 13) then return i + 1 end
    if b < 128 then return nil end
  end
  return SPACE:match(s, i)
end

---------------------------------------------------------------------------
-- Small helpers over the text
---------------------------------------------------------------------------

-- ASCII_CLS[b]: the class of an ASCII byte, 0 white space, 1 letter or
-- digit, 2 other (a look-up: asked on both sides of every mark)
local ASCII_CLS = {}
for c = 0, 127 do
  local ch = string.char(c)
  ASCII_CLS[c] = (c == 32 or (c >= 9 and c <= 13)) and 0 or ch:find("%w") and 1 or 2
end

-- class of the character at byte i: 0 space or outside, 1 word, 2 other
local function cls(s, i)
  local b = byte(s, i)
  if not b then return 0 end
  if b < 128 then return ASCII_CLS[b] end
  if space_end(s, i) then return 0 end
  if WC:match(s, i) then return 1 end
  return 2
end

-- class of the character before byte i (an ASCII byte is that character)
local function cls_before(s, i)
  if i <= 1 then return 0 end
  local b = byte(s, i - 1)
  if b < 128 then return ASCII_CLS[b] end
  return cls(s, char_start(s, i - 1))
end

-- SENTENCE_END[b]: the byte ends a sentence (. ! ?)
local SENTENCE_END = { [46] = true, [33] = true, [63] = true }

-- ASCII_PUNCT[b]: the byte is ASCII punctuation (%p)
local ASCII_PUNCT = {}
for c = 0, 127 do ASCII_PUNCT[c] = string.char(c):find("%p") ~= nil end

-- w without the ASCII punctuation at its end: w:gsub("[%p]+$", "") by
-- bytes (the pattern is tried at every start; most words end in none)
local function strip_punct_end(w)
  local j = #w
  while j > 0 and ASCII_PUNCT[byte(w, j)] do j = j - 1 end
  if j == #w then return w end
  return sub(w, 1, j)
end

local function is_digit(b) return b and b >= 48 and b <= 57 end
-- an ASCII letter or digit
local function is_word_byte(b)
  return (b >= 97 and b <= 122) or (b >= 65 and b <= 90) or (b >= 48 and b <= 57)
end

-- x moved on over the white space that starts at it; x moved back over
-- the white space that ends right before it, never below lo; trim: the
-- first and last+1 positions of the non-space text in s[a, b). White space
-- is names.SPACE, read in C (text.skipblank, text.backblank,
-- text.trimblank: one call each, where these helpers read a byte or two a
-- call from Lua)
local skip_spaces = text.skipblank
local space_back = text.backblank
local trim = text.trimblank

local ASCII_WS = " \t\n\v\f\r"

-- the words that end s[lo, e] as sub(s, lo, e):find("(%a+)%s+(%l+)$")
-- gives them (three: "(%a+)%s+(%l+)%s+(%l+)$"), read back from e with
-- rspan where the pattern search tried every start and backtracked at
-- each: the classes are C's (ASCII), and each word but the first is the
-- whole run of lower-case letters between white space and what follows
local ALPHA_SET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
local LOWER_SET = "abcdefghijklmnopqrstuvwxyz"
-- a run of lower-case letters ending at e after white space, both in [lo,
-- e] and a byte before them: its start and the end of what is before
local function lower_after_space(s, lo, e)
  if e < lo then return nil end
  local a = rspan(s, e, LOWER_SET)
  if a > e or a <= lo then return nil end
  local sp = rspan(s, a - 1, ASCII_WS)
  if sp == a or sp <= lo then return nil end
  return a, sp - 1
end
local function last_words(s, lo, e, three)
  local a3, e2 = lower_after_space(s, lo, e)
  if not a3 then return nil end
  local a2, e1 = nil, e2
  if three then
    a2, e1 = lower_after_space(s, lo, e2)
    if not a2 then return nil end
  end
  local a1 = rspan(s, e1, ALPHA_SET)
  if a1 > e1 then return nil end
  if a1 < lo then a1 = lo end
  if three then return sub(s, a1, e1), sub(s, a2, e2), sub(s, a3, e) end
  return sub(s, a1, e1), sub(s, a3, e)
end

-- str without the ASCII white space at its end: str:gsub("%s+$", "") with
-- one rspan, where the pattern search was tried at every byte of str
local function rtrim(str)
  return sub(str, 1, rspan(str, -1, ASCII_WS) - 1)
end

-- the run of ASCII letters that ends s[lo, e] (e included), or nil:
-- sub(s, lo, e):match("(%a+)$") with one rspan, without the copy of the
-- range and the pattern search at every start
local function tail_letters(s, lo, e)
  if e > #s then e = #s end
  if e < lo then return nil end
  local a = rspan(s, e, ALPHA_SET)
  if a > e then return nil end
  return sub(s, (a < lo and lo or a), e)
end

-- the last run of bytes that are not ASCII white space in s[a, b), white
-- space after it skipped: its start and end, or nil when s[a, b) holds
-- none (sub(s, a, b - 1):match("(%S+)%s*$") without the pattern search,
-- which tries every start position)
local function last_token(s, a, b)
  local k = rspan(s, b - 1, ASCII_WS)
  if k <= a then return nil end
  local t0 = rspan(s, k - 1, ASCII_WS, true)
  if t0 < a then t0 = a end
  return t0, k
end

-- binary search: largest index k with arr[k] <= x (arr ascending), or 0
-- (in C: text.floor)
local floor_index = text.floor

-- floor_index with a guess k (an earlier answer, 0 for none: then 1):
-- callers that walk forwards ask for the same index or the next one most
-- of the time, and those that look back (the sentence before) for the one
-- before; a first question most often falls in the first
local function floor_near(arr, x, k)
  if k < 1 then k = 1 end
  local v = arr[k]
  if v then
    if v <= x then
      local nx = arr[k + 1]
      if not nx or nx > x then return k end
      local n2 = arr[k + 2]
      if not n2 or n2 > x then return k + 1 end
    elseif k == 1 then
      return 0
    elseif arr[k - 1] <= x then
      return k - 1
    end
  end
  return floor_index(arr, x)
end

-- words in s[a, b), counted up to `limit` (the search never runs past b,
-- nor further than a few hundred bytes a word): a word starts at an ASCII
-- letter or digit or a byte >= 128 and runs to the next ASCII white space.
-- One C call (text.countwords), where a copy of the range and an LPeg
-- match were.
local countwords = text.countwords
local function count_words(s, a, b, limit)
  if b <= a or limit <= 0 then return 0 end
  local hi = b
  if hi - a > 64 * limit + 64 then hi = a + 64 * limit + 64 end
  return countwords(s, a, hi - 1, limit)
end

-- run_byte[b]: an ASCII letter or digit or a byte >= 128 (the bytes of
-- the word before a full stop)
local run_byte = {}
for c = 0, 255 do
  run_byte[c] = c >= 128 or string.char(c):find("%w") ~= nil
end

-- the start of the run of bytes of `class` (a table byte -> true, such
-- as run_byte) that ends right before x, not below lo (x itself: none);
-- eight bytes a call, and most words before a full stop are shorter. The
-- last fewer than eight bytes above lo are read with the bytes below them
-- (one call where there was one a byte), n of them tested.
local function run_start(s, x, lo, class)
  local wa = x
  while wa - 8 >= lo do
    local c1, c2, c3, c4, c5, c6, c7, c8 = byte(s, wa - 8, wa - 1)
    if not class[c8] then return wa end
    if not class[c7] then return wa - 1 end
    if not class[c6] then return wa - 2 end
    if not class[c5] then return wa - 3 end
    if not class[c4] then return wa - 4 end
    if not class[c3] then return wa - 5 end
    if not class[c2] then return wa - 6 end
    if not class[c1] then return wa - 7 end
    wa = wa - 8
  end
  local n = wa - lo
  if n <= 0 then return wa end
  if wa <= 8 then
    while wa > lo and class[byte(s, wa - 1)] do wa = wa - 1 end
    return wa
  end
  local _, c2, c3, c4, c5, c6, c7, c8 = byte(s, wa - 8, wa - 1)
  if not class[c8] then return wa end
  if n < 2 or not class[c7] then return wa - 1 end
  if n < 3 or not class[c6] then return wa - 2 end
  if n < 4 or not class[c5] then return wa - 3 end
  if n < 5 or not class[c4] then return wa - 4 end
  if n < 6 or not class[c3] then return wa - 5 end
  if n < 7 or not class[c2] then return wa - 6 end
  return wa - 7
end

-- the run of bytes of `class` that ends str, or nil: str:match("(%S+)$")
-- with NOT_WS (the pattern search tried every start and backtracked)
local NOT_WS = {}
for c = 0, 255 do NOT_WS[c] = not (c == 32 or (c >= 9 and c <= 13)) end
local function tail_run(str, class)
  local n = #str
  local i = run_start(str, n + 1, 1, class)
  if i > n then return nil end
  return sub(str, i)
end

return {
  char_byte = char_byte,
  first_byte = first_byte,
  space_end = space_end,
  ASCII_CLS = ASCII_CLS,
  cls = cls,
  cls_before = cls_before,
  ASCII_PUNCT = ASCII_PUNCT,
  SENTENCE_END = SENTENCE_END,
  strip_punct_end = strip_punct_end,
  is_digit = is_digit,
  is_word_byte = is_word_byte,
  skip_spaces = skip_spaces,
  space_back = space_back,
  trim = trim,
  last_words = last_words,
  rtrim = rtrim,
  tail_letters = tail_letters,
  last_token = last_token,
  floor_index = floor_index,
  floor_near = floor_near,
  count_words = count_words,
  run_byte = run_byte,
  run_start = run_start,
  NOT_WS = NOT_WS,
  tail_run = tail_run,
}
