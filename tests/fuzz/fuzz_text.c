/*
** fuzz_text: the pluk.text Lua API (core/ltext.c over core/segment.c and
** utf8proc) on arbitrary bytes, in an embedded Lua state. The first two
** bytes pick a range i, j (also negative, also past the end) for the
** ranged iterators; the rest is the text. Checks:
**   - graphemes/words/sentences tile s:sub(i, j) exactly, over the whole
**     string and over the range; words{wordlike=true} yields a subset;
**   - count == #boundaries == the number of iterator steps; boundaries
**     end at #s; len == the grapheme count;
**   - nfc/nfd/nfkc/nfkd/casefold/lower/upper either succeed with valid
**     UTF-8, or fail with "invalid UTF-8 at byte N" on invalid input, N
**     being valid()'s answer; valid input never fails;
**   - nfc(nfd(x)) == nfc(x) on valid input (normalisation is stable);
**   - width, category at every position and the LPeg classes of pluk.text.P
**     run without error (category only raises its documented errors);
**   - wordset:find over the whole string and over the range gives what a
**     plain Lua search with the same contract gives (whole words, longest
**     entry first, no overlaps);
**   - tokens over the range gives the tokens of the LPeg grammar
**     pluk.names.TOKENS on s:sub(i, j);
**   - nameruns gives the runs of the LPeg grammar it replaced (kept here
**     and in tests/lua/text_test.lua as the reference).
*/
#define PLUK_FUZZ_LUA 1
#include "fuzz.h"

static const char *CHECKS =
  "local text = require 'pluk.text'\n"
  "local P = text.P\n"
  "local lpeg = require 'lpeg'\n"
  "local classes = {}\n"
  "for _, name in ipairs(text.CLASSES) do\n"
  "  classes[#classes + 1] = lpeg.Ct((lpeg.C(P[name]) + 1)^0)\n"
  "end\n"
  "local function tiles(s, i, j, iter, what)\n"
  "  local pos = i - 1\n"
  "  local n = 0\n"
  "  for a, b in iter do\n"
  "    assert(a == pos + 1 and b >= a, what .. ': segment ' .. a .. '-' .. b .. ' after ' .. pos)\n"
  "    pos = b\n"
  "    n = n + 1\n"
  "  end\n"
  "  assert(pos == math.max(j, i - 1), what .. ': ends at ' .. pos .. ', want ' .. j)\n"
  "  return n\n"
  "end\n"
  "local function norm(i, len)\n"
  "  if i < 0 then i = math.max(len + i + 1, 1) elseif i == 0 then i = 1 end\n"
  "  return i\n"
  "end\n"
  "local function normj(j, len)\n"
  "  if j > len then return len end\n"
  "  if j >= 0 then return j end\n"
  "  if j < -len then return 0 end\n"
  "  return len + j + 1\n"
  "end\n"
  "local WORDS = { 'said', 'says', 'said that', 'according to', 'zegt', 'zei',\n"
  "  'volgens', '\\195\\169t\\195\\169', 'a', 'ab', 'a b', '\\206\\177', '_x', '1' }\n"
  "local set = text.wordset(WORDS)\n"
  "local wc = lpeg.P(P.word_char) * lpeg.Cp()\n"
  "-- is there a whole word character ending right before byte k (1-based)?\n"
  "local function wc_before(s, k)\n"
  "  for back = 1, 4 do\n"
  "    local j = k - back\n"
  "    if j < 1 then return false end\n"
  "    if wc:match(s, j) == k then return true end\n"
  "    local b = s:byte(j)\n"
  "    if b < 0x80 or b >= 0xC0 then return false end\n"
  "  end\n"
  "  return false\n"
  "end\n"
  "local function reference(s, i, j)\n"
  "  local out, k = {}, i\n"
  "  while k <= j do\n"
  "    local e = wc:match(s, k)\n"
  "    local hit\n"
  "    if e and not wc_before(s, k) then\n"
  "      for _, w in ipairs(WORDS) do\n"
  "        local b = k + #w - 1\n"
  "        if b <= j and s:sub(k, b) == w and not wc:match(s, b + 1) and\n"
  "           (not hit or b > hit) then hit = b end\n"
  "      end\n"
  "    end\n"
  "    if hit then out[#out + 1] = k; out[#out + 1] = hit; k = hit + 1\n"
  "    elseif e then k = e\n"
  "    else k = k + 1 end\n"
  "  end\n"
  "  return out\n"
  "end\n"
  "local function same(a, b)\n"
  "  if #a ~= #b then return false end\n"
  "  for x = 1, #a do if a[x] ~= b[x] then return false end end\n"
  "  return true\n"
  "end\n"
  "local TOKENS = require('pluk.names').TOKENS\n"
  "local function grammar_tokens(s, i, j)\n"
  "  local t = TOKENS:match(s:sub(i, j))\n"
  "  for k = 1, #t do t[k] = t[k] + i - 1 end\n"
  "  for k = 2, #t, 2 do t[k] = t[k] - 1 end\n"
  "  return t\n"
  "end\n"
  "local RP, RR, RS, RCp, RCg, RCb, RCt = lpeg.P, lpeg.R, lpeg.S, lpeg.Cp, lpeg.Cg, lpeg.Cb, lpeg.Ct\n"
  "local RWC = RR('az', 'AZ', '09') + P.word_char\n"
  "local RUP = RR'AZ' + P.upper\n"
  "local RJOIN = RS\"-'\" + RP'\\226\\128\\153' + RP'\\226\\128\\144' + RP'\\226\\128\\145'\n"
  "local RCHAR = RR'\\0\\127' + RR'\\194\\244' * RR'\\128\\191'^-3 + 1\n"
  "local RSPH = RS' \\t'^1 + RP'\\194\\160'\n"
  "local PARTS = { 'van', 'Van', 'der', 'van der', 'de', 'De', \"'t\", \"d'\", 'bin' }\n"
  "local RUNS_G\n"
  "do\n"
  "  local sorted = {}\n"
  "  for k, w in ipairs(PARTS) do sorted[k] = w end\n"
  "  table.sort(sorted, function(a, b) return #a > #b end)\n"
  "  local PART = RP(false)\n"
  "  for _, w in ipairs(sorted) do PART = PART + RP(w) end\n"
  "  PART = PART * -RWC\n"
  "  local CAPW = (RUP * RP'.')^2 + RUP * RWC^0 * (RJOIN * RWC^1)^0\n"
  "  local INIT = RUP * RP'.' * #(RSPH * RUP)\n"
  "  local LW = RCg(RCp(), 'lw')\n"
  "  local RUN = RCp() * LW * (INIT + CAPW) * RCp()\n"
  "              * (RSPH * (PART * RSPH)^0 * LW * (INIT + CAPW))^0 * RCb'lw' * RCp()\n"
  "  local other = RR('\\0@', '[`', '{\\127') - RR('09')\n"
  "  local LOWW = (RWC - RUP) * RWC^0 * (RJOIN * RWC^1)^0\n"
  "  RUNS_G = RCt(((other - RP'_') * other^0 + RUN + LOWW + RCHAR)^0)\n"
  "end\n"
  "local PARTS_SET = text.wordset(PARTS)\n"
  "return function(data)\n"
  "  if #data < 2 then return end\n"
  "  local ri, rj = data:byte(1, 2)\n"
  "  local s = data:sub(3)\n"
  "  local len = #s\n"
  "  ri, rj = ri - 128, rj - 128\n"
  "  for _, kind in ipairs { 'graphemes', 'words', 'sentences' } do\n"
  "    local n = tiles(s, 1, len, text[kind](s), kind)\n"
  "    assert(text.count(s, kind) == n, kind .. ': count')\n"
  "    local b = text.boundaries(s, kind)\n"
  "    assert(#b == n and (n == 0 or b[n] == len), kind .. ': boundaries')\n"
  "    local i, j = norm(ri, len), normj(rj, len)\n"
  "    if i > j then i = j + 1 end\n"
  "    tiles(s, i, j, text[kind](s, ri, rj), kind .. ' ' .. ri .. ',' .. rj)\n"
  "  end\n"
  "  assert(text.len(s) == text.count(s, 'grapheme'), 'len')\n"
  "  local words = {}\n"
  "  for a, b in text.words(s) do words[a] = b end\n"
  "  for a, b in text.words(s, { wordlike = true }) do\n"
  "    assert(words[a] == b, 'wordlike word ' .. a .. '-' .. b .. ' is not a word')\n"
  "  end\n"
  "  local valid, bad = text.valid(s)\n"
  "  for _, f in ipairs { 'nfc', 'nfd', 'nfkc', 'nfkd', 'casefold', 'lower', 'upper' } do\n"
  "    local ok, r = pcall(text[f], s)\n"
  "    if ok then\n"
  "      assert(type(r) == 'string' and utf8.len(r), f .. ': result is not valid UTF-8')\n"
  "    else\n"
  "      assert(not valid, f .. ' failed on valid UTF-8: ' .. tostring(r))\n"
  "      assert(tostring(r):find('invalid UTF-8 at byte ' .. bad, 1, true), f .. ': ' .. tostring(r))\n"
  "    end\n"
  "  end\n"
  "  if valid then\n"
  "    assert(text.nfc(text.nfd(s)) == text.nfc(s), 'nfc(nfd(s)) ~= nfc(s)')\n"
  "  end\n"
  "  assert(math.type(text.width(s)) == 'integer', 'width')\n"
  "  for k = -len - 1, len + 1 do\n"
  "    local ok, c = pcall(text.category, s, k)\n"
  "    assert(ok and type(c) == 'string' and #c == 2 or\n"
  "           tostring(c):find('bad argument #2', 1, true), 'category: ' .. tostring(c))\n"
  "  end\n"
  "  assert(same(set:find(s), reference(s, 1, len)), 'wordset:find whole string')\n"
  "  do\n"
  "    local i, j = norm(ri, len), normj(rj, len)\n"
  "    if i <= j then\n"
  "      assert(same(set:find(s, ri, rj), reference(s, i, j)), 'wordset:find ' .. ri .. ',' .. rj)\n"
  "    end\n"
  "  end\n"
  "  do\n"
  "    local i, j = norm(ri, len), normj(rj, len)\n"
  "    if i > j then i = j + 1 end\n"
  "    assert(same(text.tokens(s, i, j), grammar_tokens(s, i, j)), 'tokens ' .. i .. ',' .. j)\n"
  "  end\n"
  "  assert(same(text.nameruns(s, PARTS_SET), RUNS_G:match(s)), 'nameruns')\n"
  "  for _, p in ipairs(classes) do\n"
  "    local caps = p:match(s)\n"
  "    for _, c in ipairs(caps) do assert(utf8.len(c) == 1, 'a class matched ' .. #c .. ' bytes') end\n"
  "  end\n"
  "end\n";

static lua_State *L;
static int ref;

int LLVMFuzzerInitialize (int *argc, char ***argv) {
  (void)argc; (void)argv;
  pluk *p = fuzz_handle(NULL, "nl");
  L = pluk_lua(p);
  ref = fuzz_load(L, CHECKS);
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t len) {
  if (len > 4096) return 0;  /* keeps each run short */
  fuzz_call(L, ref, data, len);
  return 0;
}
