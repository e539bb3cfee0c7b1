--[==[
unicode_gen.lua -- generate core/unicode_tables.h from the Unicode Character Database.

  lua5.4 core/unicode_gen.lua /usr/share/unicode > core/unicode_tables.h

Reads (paths relative to the UCD directory given as arg[1]):
  auxiliary/GraphemeBreakProperty.txt   Grapheme_Cluster_Break
  auxiliary/WordBreakProperty.txt       Word_Break
  auxiliary/SentenceBreakProperty.txt   Sentence_Break
  emoji/emoji-data.txt                  Extended_Pictographic
  UnicodeData.txt                       General_Category (for the word-like flag)

Every code point gets one 16-bit entry packing all of it (see PLUK_PACK in the
output), so a single lookup serves the three segmenters.  Distinct entries are
few (< 256), so the trie stores a byte per code point:

  entry = pluk_ucd_props[pluk_ucd_stage2[(pluk_ucd_stage1[cp >> SHIFT] << SHIFT)
                                          + (cp & MASK)]]

The block size (1 << SHIFT) is the one giving the smallest tables.  The output
depends only on the input files: no dates, no hash-order iteration.
]==]

local dir = arg[1] or "/usr/share/unicode"
local MAXCP = 0x10FFFF

-- Property value names in the order of the C enums in core/segment.h
-- (UAX #29 table order).  Index 0 is each property's default value.
local GB = { "Other", "CR", "LF", "Control", "Extend", "ZWJ",
  "Regional_Indicator", "Prepend", "SpacingMark", "L", "V", "T", "LV", "LVT" }
local WB = { "Other", "CR", "LF", "Newline", "Extend", "ZWJ",
  "Regional_Indicator", "Format", "Katakana", "Hebrew_Letter", "ALetter",
  "Single_Quote", "Double_Quote", "MidNumLet", "MidLetter", "MidNum",
  "Numeric", "ExtendNumLet", "WSegSpace" }
local SB = { "Other", "CR", "LF", "Extend", "Sep", "Format", "Sp", "Lower",
  "Upper", "OLetter", "Numeric", "ATerm", "SContinue", "STerm", "Close" }

-- Bit layout of a packed entry; segment.h has the same numbers.
local GB_SHIFT, WB_SHIFT, SB_SHIFT, EP_BIT, WL_BIT = 0, 4, 9, 13, 14

local function index_of(list)
  local t = {}
  for i, v in ipairs(list) do t[v] = i - 1 end
  return t
end

local function cname(prefix, v)
  return "PLUK_" .. prefix .. "_" .. v:upper()
end

local props = {}          -- cp -> packed entry; absent means 0 (all defaults)

local function openucd(rel)
  local f, err = io.open(dir .. "/" .. rel, "r")
  if not f then error("cannot open " .. tostring(err), 0) end
  return f
end

-- Parse a "XXXX..YYYY ; Value # comment" file, calling fn(lo, hi, value).
local function each_range(rel, fn)
  local f = openucd(rel)
  for line in f:lines() do
    line = line:gsub("#.*", "")
    local lo, hi, val = line:match("^%s*(%x+)%.%.(%x+)%s*;%s*([%w_]+)")
    if not lo then
      lo, val = line:match("^%s*(%x+)%s*;%s*([%w_]+)")
      hi = lo
    end
    if lo then fn(tonumber(lo, 16), tonumber(hi, 16), val) end
  end
  f:close()
end

local function set_field(rel, names, shift, width)
  local idx = index_of(names)
  local mask = ((1 << width) - 1) << shift
  each_range(rel, function(lo, hi, val)
    local v = idx[val]
    if not v then error(rel .. ": unknown value " .. val, 0) end
    for cp = lo, hi do
      local old = props[cp] or 0
      if old & mask ~= 0 then error(rel .. ": overlap at " .. cp, 0) end
      props[cp] = old | (v << shift)
    end
  end)
end

set_field("auxiliary/GraphemeBreakProperty.txt", GB, GB_SHIFT, 4)
set_field("auxiliary/WordBreakProperty.txt", WB, WB_SHIFT, 5)
set_field("auxiliary/SentenceBreakProperty.txt", SB, SB_SHIFT, 4)

each_range("emoji/emoji-data.txt", function(lo, hi, val)
  if val == "Extended_Pictographic" then
    for cp = lo, hi do props[cp] = (props[cp] or 0) | (1 << EP_BIT) end
  end
end)

-- Word-like: what makes a word segment count as a word rather than spaces or
-- punctuation (ICU's non-"none" rule status): letters of any kind (which covers
-- ideographs, kana, Hangul, Thai...), decimal and letter numbers, plus every
-- code point whose Word_Break is a letter/number class (e.g. circled letters).
do
  local WLCAT = { Lu = true, Ll = true, Lt = true, Lm = true, Lo = true,
    Nd = true, Nl = true }
  local function mark(lo, hi)
    for cp = lo, hi do props[cp] = (props[cp] or 0) | (1 << WL_BIT) end
  end
  local f = openucd("UnicodeData.txt")
  local first
  for line in f:lines() do
    local code, name, gc = line:match("^(%x+);([^;]*);(%a%a)")
    if code then
      local cp = tonumber(code, 16)
      if name:find(", First>$") then
        first = cp
      else
        if WLCAT[gc] then mark(first or cp, cp) end
        first = nil
      end
    end
  end
  f:close()
  local wb = index_of(WB)
  local wlmask = 31 << WB_SHIFT
  for cp = 0, MAXCP do
    local w = ((props[cp] or 0) & wlmask) >> WB_SHIFT
    if w == wb.ALetter or w == wb.Hebrew_Letter or w == wb.Numeric
        or w == wb.Katakana then
      mark(cp, cp)
    end
  end
end

-- Distinct packed entries, numbered in order of first code point.
local entries, entry_index = {}, {}
local cpidx = {}
for cp = 0, MAXCP do
  local p = props[cp] or 0
  local i = entry_index[p]
  if not i then
    entries[#entries + 1] = p
    i = #entries - 1
    entry_index[p] = i
  end
  cpidx[cp] = i
end
assert(#entries <= 256, "more than 256 distinct entries")

-- Build the two-stage trie for a given block shift.
local function build(shift)
  local bsize = 1 << shift
  local blocks, block_of, stage1 = {}, {}, {}
  for b = 0, (MAXCP + 1) // bsize - 1 do
    local bytes = {}
    for k = 0, bsize - 1 do bytes[k + 1] = string.char(cpidx[b * bsize + k]) end
    local key = table.concat(bytes)
    local bi = block_of[key]
    if not bi then
      blocks[#blocks + 1] = key
      bi = #blocks - 1
      block_of[key] = bi
    end
    stage1[b + 1] = bi
  end
  local s1w = #blocks <= 256 and 1 or 2
  local size = #stage1 * s1w + #blocks * bsize
  return { shift = shift, blocks = blocks, stage1 = stage1, s1w = s1w, size = size }
end

local best
for shift = 5, 9 do
  local t = build(shift)
  if not best or t.size < best.size then best = t end
end

-- Output ---------------------------------------------------------------------
local out = {}
local function w(...) out[#out + 1] = string.format(...) end

local function fields(p)
  local gb = (p >> GB_SHIFT) & 15
  local wb = (p >> WB_SHIFT) & 31
  local sb = (p >> SB_SHIFT) & 15
  local flags = {}
  if p & (1 << EP_BIT) ~= 0 then flags[#flags + 1] = "PLUK_F_EXTPICT" end
  if p & (1 << WL_BIT) ~= 0 then flags[#flags + 1] = "PLUK_F_WORDLIKE" end
  return string.format("PLUK_PACK(%s, %s, %s, %s)", cname("GB", GB[gb + 1]),
    cname("WB", WB[wb + 1]), cname("SB", SB[sb + 1]),
    #flags > 0 and table.concat(flags, "|") or "0")
end

local function numbers(list, perline, fmt)
  local lines = {}
  for i = 1, #list, perline do
    local row = {}
    for k = i, math.min(i + perline - 1, #list) do
      row[#row + 1] = string.format(fmt, list[k])
    end
    lines[#lines + 1] = "  " .. table.concat(row, ",")
  end
  return table.concat(lines, ",\n")
end

w("/* unicode_tables.h -- GENERATED, do not edit.\n")
w("** Generated by: lua5.4 core/unicode_gen.lua /usr/share/unicode > core/unicode_tables.h\n")
w("** from the Unicode 15.0 UCD (GraphemeBreakProperty, WordBreakProperty,\n")
w("** SentenceBreakProperty, emoji-data Extended_Pictographic, UnicodeData).\n")
w("** Included by core/segment.c only; the enums and PLUK_PACK are in core/segment.h.\n")
w("** %d distinct entries, block size %d, %d blocks, %d bytes of trie.\n*/\n",
  #entries, 1 << best.shift, #best.blocks, best.size)
w("#ifndef pluk_unicode_tables_h\n#define pluk_unicode_tables_h\n\n")
w("#define PLUK_UCD_SHIFT\t%d\n", best.shift)
w("#define PLUK_UCD_MASK\t0x%X\n\n", (1 << best.shift) - 1)

w("/* packed entry number -> PLUK_PACK(gb, wb, sb, flags) */\n")
w("static const uint16_t pluk_ucd_props[%d] = {\n", #entries)
for i, p in ipairs(entries) do
  w("  %s%s /* %d */\n", fields(p), i < #entries and "," or " ", i - 1)
end
w("};\n\n")

w("/* ASCII fast path: packed entry of each code point < 128 */\n")
w("static const uint16_t pluk_ucd_ascii[128] = {\n")
for cp = 0, 127 do
  w("  %s%s /* 0x%02X */\n", fields(props[cp] or 0), cp < 127 and "," or " ", cp)
end
w("};\n\n")

local s1 = {}
for i, v in ipairs(best.stage1) do s1[i] = v end
w("/* cp >> PLUK_UCD_SHIFT -> block number */\n")
w("static const %s pluk_ucd_stage1[%d] = {\n%s\n};\n\n",
  best.s1w == 1 and "uint8_t" or "uint16_t", #s1, numbers(s1, 16, "%d"))

local s2 = {}
for _, key in ipairs(best.blocks) do
  for k = 1, #key do s2[#s2 + 1] = key:byte(k) end
end
w("/* (block << PLUK_UCD_SHIFT) + (cp & PLUK_UCD_MASK) -> entry number */\n")
w("static const uint8_t pluk_ucd_stage2[%d] = {\n%s\n};\n\n", #s2,
  numbers(s2, 20, "%d"))

w("#endif\n")
io.write(table.concat(out))
