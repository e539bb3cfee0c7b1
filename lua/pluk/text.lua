-- pluk.text: Unicode text for rules -- UAX #29 segment iterators,
-- normalisation, case, width, categories, validation (all in C, from
-- core.text) and `P`, LPeg patterns for Unicode classes.
--
-- Offsets are byte positions, 1-based and inclusive, as in string.find.
-- Reference with examples: docs/lua-text.md.

local core = require "pluk.core"

local M = {}
for name, fn in pairs(core.text) do
  M[name] = fn
end

-- The classes of `P`, in the order class_ranges knows them.
M.CLASSES = {
  "letter", "upper", "lower", "digit", "number", "punct", "space", "dash",
  "quote_open", "quote_close", "apostrophe", "word_char", "any",
}

---------------------------------------------------------------------------
-- Code point ranges -> byte-level LPeg pattern.
--
-- A class is a sorted list of disjoint code point ranges. Its pattern is a
-- byte trie in LPeg form: a choice over the UTF-8 lead byte (2-, 3- and
-- 4-byte leads, then one set for ASCII), under each lead a choice over the
-- next byte, and so on down to the last byte, which is a single character
-- set. Sibling bytes whose subtrees are equal merge into one lpeg.R range,
-- so a block wholly in the class costs one range test per byte; overlong
-- forms, surrogates and values above U+10FFFF are never in a subtree.
-- Siblings start with disjoint byte sets, so LPeg compiles each choice to
-- a test and a jump (no backtrack entry); see choice() for how the number of
-- tests is kept logarithmic. No Lua callback runs during a match.
---------------------------------------------------------------------------

local MAXCP = 0x10FFFF
local char = string.char

-- Normalises a flat range array {lo1, hi1, ...} (any order, overlaps
-- allowed): sorted, merged, surrogates removed. Returns a new flat array.
local function normalise_ranges(r)
  if type(r) ~= "table" then
    error("bad argument #1 to 'range_pattern' (table expected, got "
          .. type(r) .. ")", 3)
  end
  local n = #r
  if n % 2 ~= 0 then
    error("bad argument #1 to 'range_pattern' (odd number of bounds)", 3)
  end
  local pairs_ = {}
  for k = 1, n, 2 do
    local lo, hi = r[k], r[k + 1]
    if math.type(lo) ~= "integer" or math.type(hi) ~= "integer"
        or lo < 0 or hi > MAXCP or lo > hi then
      error(("bad argument #1 to 'range_pattern' (bad range #%d)")
            :format((k + 1) // 2), 3)
    end
    -- cut out the surrogates
    if lo <= 0xDFFF and hi >= 0xD800 then
      if lo < 0xD800 then pairs_[#pairs_ + 1] = { lo, 0xD7FF } end
      if hi > 0xDFFF then pairs_[#pairs_ + 1] = { 0xE000, hi } end
    else
      pairs_[#pairs_ + 1] = { lo, hi }
    end
  end
  table.sort(pairs_, function(a, b) return a[1] < b[1] end)
  local out = {}
  for _, p in ipairs(pairs_) do
    local m = #out
    if m > 0 and p[1] <= out[m] + 1 then
      if p[2] > out[m] then out[m] = p[2] end
    else
      out[m + 1], out[m + 2] = p[1], p[2]
    end
  end
  return out
end

-- The pattern for sorted, merged, surrogate-free ranges `r` (flat array).
local function build_pattern(lpeg, r)
  local R, Pp = lpeg.R, lpeg.P
  local nr = #r // 2
  local FAIL = Pp(false)
  local CONT = R("\128\191")
  local full = { CONT, CONT * CONT, CONT * CONT * CONT }

  -- Ordered choice of alts[i..j]. The alternatives start with disjoint
  -- byte ranges, so LPeg compiles `p1 + p2` to a test of the next byte
  -- against first(p1) and a jump to p2 on failure. LPeg rewrites nested
  -- choices into a right-leaning chain, though, which costs one test per
  -- alternative; a one-rule grammar (lpeg.P{p}) is opaque to that rewrite
  -- and keeps its first set, so a balanced tree of them needs about
  -- 2*log2(n) tests plus one call per level instead of up to n tests.
  local function choice(alts, i, j)
    if j - i < 4 then
      local p = alts[j]
      for x = j - 1, i, -1 do p = alts[x] + p end
      return p
    end
    local m = (i + j) // 2
    return Pp{ choice(alts, i, m) } + choice(alts, m + 1, j)
  end

  -- 0 when no code point of [lo, hi] within the domain [dlo, dhi] is in
  -- the class, 2 when all of [lo, hi] is (and lies in the domain), 1 else
  local function cover(lo, hi, dlo, dhi)
    local clo = lo < dlo and dlo or lo
    local chi = hi > dhi and dhi or hi
    if clo > chi then return 0 end
    -- first range whose upper bound is >= clo
    local a, b, found = 1, nr, nil
    while a <= b do
      local m = (a + b) // 2
      if r[2 * m] >= clo then found, b = m, m - 1 else a = m + 1 end
    end
    if not found or r[2 * found - 1] > chi then return 0 end
    if clo == lo and chi == hi and r[2 * found - 1] <= lo
        and r[2 * found] >= hi then
      return 2
    end
    return 1
  end

  -- Character set of the bytes off + x, x in 0..63 (or 0..127 for ASCII),
  -- whose code point base + x is in the class: one lpeg.R.
  local function byteset(base, count, off, dlo, dhi)
    local args, keys = {}, {}
    local x = 0
    while x < count do
      if cover(base + x, base + x, dlo, dhi) == 2 then
        local y = x
        while y + 1 < count and cover(base + y + 1, base + y + 1, dlo, dhi) == 2 do
          y = y + 1
        end
        args[#args + 1] = char(off + x, off + y)
        keys[#keys + 1] = ("%x-%x"):format(x, y)
        x = y + 1
      else
        x = x + 1
      end
    end
    if #args == 0 then return nil end
    return "s" .. table.concat(keys, ","), R(table.unpack(args))
  end

  -- Pattern for the k continuation bytes that complete the code points of
  -- the block [base, base + 64^k - 1]: returns key, pattern, or nil when
  -- the block holds no code point of the class.
  local node
  node = function(base, k, dlo, dhi)
    local size = 1 << (6 * k)
    local c = cover(base, base + size - 1, dlo, dhi)
    if c == 0 then return nil end
    if c == 2 then return "F" .. k, full[k] end
    if k == 1 then return byteset(base, 64, 0x80, dlo, dhi) end
    local sub = 1 << (6 * (k - 1))
    local ckey, cpat = {}, {}
    for x = 0, 63 do
      ckey[x], cpat[x] = node(base + x * sub, k - 1, dlo, dhi)
    end
    local keys, alts = {}, {}
    local x = 0
    while x < 64 do
      local key, y = ckey[x], x
      if key then
        while y < 63 and ckey[y + 1] == key do y = y + 1 end
        alts[#alts + 1] = R(char(0x80 + x, 0x80 + y)) * cpat[x]
        keys[#keys + 1] = ("%x-%x:%s"):format(x, y, key)
      end
      x = y + 1
    end
    return "(" .. table.concat(keys, ";") .. ")", choice(alts, 1, #alts)
  end

  local alts = {}
  -- ASCII: one set
  local _, ascii = byteset(0, 128, 0, 0, 0x7F)
  if ascii then alts[1] = ascii end
  -- multi-byte: lead bytes, grouped when their subtrees are the same
  local lengths = {
    -- first lead, last lead, lead value bits, continuation bytes, domain
    { 0xC2, 0xDF, 0xC0, 1, 0x80, 0x7FF },
    { 0xE0, 0xEF, 0xE0, 2, 0x800, 0xFFFF },
    { 0xF0, 0xF4, 0xF0, 3, 0x10000, MAXCP },
  }
  for _, L in ipairs(lengths) do
    local first, last, mark, k, dlo, dhi = table.unpack(L)
    local block = 1 << (6 * k)
    local lkey, lpat = {}, {}
    for lead = first, last do
      lkey[lead], lpat[lead] = node((lead - mark) * block, k, dlo, dhi)
    end
    local lead = first
    while lead <= last do
      local key, stop = lkey[lead], lead
      if key then
        while stop < last and lkey[stop + 1] == key do stop = stop + 1 end
        alts[#alts + 1] = R(char(lead, stop)) * lpat[lead]
      end
      lead = stop + 1
    end
  end
  if not ascii then
    return #alts > 0 and choice(alts, 1, #alts) or FAIL
  end
  if #alts == 1 then return ascii end
  -- multi-byte part first, behind one test on its lead bytes; then
  -- ASCII: an ASCII byte costs two tests, in or out of the class
  return Pp{ choice(alts, 2, #alts) } + ascii
end

-- range_pattern(ranges) -> LPeg pattern matching one code point whose
-- value is in one of the ranges {lo1, hi1, lo2, hi2, ...} (inclusive, any
-- order, overlaps allowed; surrogates are never matched).
function M.range_pattern(ranges)
  return build_pattern(require "lpeg", normalise_ranges(ranges))
end

-- `P`: a table whose classes are built on first access, each once per Lua
-- state (every state requires its own pluk.text). The code point ranges
-- of all classes come from one pass of core.text.class_ranges, kept until
-- every class is built. Any other key is nil, so P can serve as the
-- definitions table of re.compile, whose own %s, %nl, ... then still work.
local function make_P()
  local lpeg = require "lpeg"
  local known, left = {}, #M.CLASSES
  for _, name in ipairs(M.CLASSES) do known[name] = true end
  local ranges
  return setmetatable({}, {
    __index = function(t, name)
      if not known[name] then return nil end
      ranges = ranges or core.text.class_ranges()
      local p = build_pattern(lpeg, ranges[name])
      rawset(t, name, p)
      left = left - 1
      if left == 0 then ranges = nil end
      return p
    end,
  })
end

setmetatable(M, {
  __index = function(t, k)
    if k == "P" then
      local P = make_P()
      rawset(t, "P", P)
      return P
    end
  end,
})

return M
