-- tests/bad-input/check.lua: checks pluk's JSON-lines output against the
-- articles it came from, independently of pluk's own JSON code.
--
--   pluk lua tests/bad-input/check.lua OUTPUT [DOC=ARTICLE_FILE ...]
--
-- For every line of OUTPUT:
--   - the line is one JSON object under a strict RFC 8259 reading (no
--     leading zeros, no raw control characters, valid escapes, surrogate
--     escapes paired) and strictly valid UTF-8 (no overlongs, surrogates
--     or code points above U+10FFFF);
--   - for a record whose "doc" is one of the DOCs given: start and end are
--     integers with 0 <= start <= end <= #article, and "text" is exactly
--     the bytes [start, end) of ARTICLE_FILE with each maximal invalid
--     UTF-8 subpart replaced by U+FFFD (docs/records.md).
-- Prints "records DOC N" for each DOC given (N records checked), then
-- "ok LINES" or the problems, one a line; exits 1 on any problem.

local out_path = arg[1]
if not out_path then
  io.stderr:write("usage: check.lua OUTPUT [DOC=ARTICLE ...]\n")
  os.exit(2)
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local articles, order = {}, {}
for k = 2, #arg do
  local doc, path = arg[k]:match("^(.-)=(.*)$")
  articles[doc] = slurp(path)
  order[#order + 1] = doc
end

---------------------------------------------------------------------------
-- UTF-8 per Unicode table 3-7, written out here rather than taken from
-- pluk: unit(s, i) -> length of the unit at i and whether it is valid; an
-- invalid unit is its maximal subpart (the lead byte and the continuation
-- bytes that could still have begun a valid sequence).
---------------------------------------------------------------------------
local function unit(s, i)
  local c = s:byte(i)
  if c < 0x80 then return 1, true end
  local need, lo, hi
  if c >= 0xC2 and c <= 0xDF then need, lo, hi = 2, 0x80, 0xBF
  elseif c == 0xE0 then need, lo, hi = 3, 0xA0, 0xBF
  elseif c == 0xED then need, lo, hi = 3, 0x80, 0x9F
  elseif c >= 0xE1 and c <= 0xEF then need, lo, hi = 3, 0x80, 0xBF
  elseif c == 0xF0 then need, lo, hi = 4, 0x90, 0xBF
  elseif c == 0xF4 then need, lo, hi = 4, 0x80, 0x8F
  elseif c >= 0xF1 and c <= 0xF3 then need, lo, hi = 4, 0x80, 0xBF
  else return 1, false end
  for k = 1, need - 1 do
    local b = s:byte(i + k)
    if not b or b < lo or b > hi then return k, false end
    lo, hi = 0x80, 0xBF
  end
  return need, true
end

local function repair(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local len, valid = unit(s, i)
    out[#out + 1] = valid and s:sub(i, i + len - 1) or "\239\191\189"
    i = i + len
  end
  return table.concat(out)
end

local function valid_utf8(s)
  local i, n = 1, #s
  while i <= n do
    local len, valid = unit(s, i)
    if not valid then return false, i end
    i = i + len
  end
  return true
end

---------------------------------------------------------------------------
-- Strict JSON reader: value(s, pos) -> value, next pos; raises a string.
---------------------------------------------------------------------------
local NULL = setmetatable({}, { __tostring = function() return "null" end })
local value

local function ws(s, pos) return (s:find("[^ \t\n\r]", pos)) or #s + 1 end

local ESC = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f",
              n = "\n", r = "\r", t = "\t" }

local function str(s, pos)
  local parts, i = {}, pos + 1
  while true do
    local j = s:find('["\\\0-\31]', i)
    if not j then error("unterminated string at " .. pos) end
    parts[#parts + 1] = s:sub(i, j - 1)
    local c = s:sub(j, j)
    if c == '"' then return table.concat(parts), j + 1 end
    if c ~= "\\" then error("raw control character at " .. j) end
    local e = s:sub(j + 1, j + 1)
    if e == "u" then
      local h = s:match("^%x%x%x%x", j + 2)
      if not h then error("bad \\u escape at " .. j) end
      local cp = tonumber(h, 16)
      i = j + 6
      if cp >= 0xDC00 and cp <= 0xDFFF then
        error("lone low surrogate escape at " .. j)
      elseif cp >= 0xD800 and cp <= 0xDBFF then
        local h2 = s:match("^\\u(%x%x%x%x)", i)
        local lo = h2 and tonumber(h2, 16)
        if not lo or lo < 0xDC00 or lo > 0xDFFF then
          error("lone high surrogate escape at " .. j)
        end
        cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
        i = i + 6
      end
      parts[#parts + 1] = utf8.char(cp)
    elseif ESC[e] then
      parts[#parts + 1] = ESC[e]
      i = j + 2
    else
      error("bad escape at " .. j)
    end
  end
end

function value(s, pos)
  pos = ws(s, pos)
  local c = s:sub(pos, pos)
  if c == '"' then return str(s, pos) end
  if c == "{" then
    local obj, keys = {}, {}
    pos = ws(s, pos + 1)
    if s:sub(pos, pos) == "}" then return obj, pos + 1 end
    while true do
      if s:sub(pos, pos) ~= '"' then error("expected a key at " .. pos) end
      local k
      k, pos = str(s, pos)
      if obj[k] ~= nil then error("duplicate key " .. k) end
      pos = ws(s, pos)
      if s:sub(pos, pos) ~= ":" then error("expected ':' at " .. pos) end
      obj[k], pos = value(s, pos + 1)
      keys[#keys + 1] = k
      pos = ws(s, pos)
      c = s:sub(pos, pos)
      if c == "}" then return obj, pos + 1 end
      if c ~= "," then error("expected ',' or '}' at " .. pos) end
      pos = ws(s, pos + 1)
    end
  end
  if c == "[" then
    local arr = {}
    pos = ws(s, pos + 1)
    if s:sub(pos, pos) == "]" then return arr, pos + 1 end
    while true do
      arr[#arr + 1], pos = value(s, pos)
      pos = ws(s, pos)
      c = s:sub(pos, pos)
      if c == "]" then return arr, pos + 1 end
      if c ~= "," then error("expected ',' or ']' at " .. pos) end
    end
  end
  for lit, v in pairs { ["true"] = true, ["false"] = false, null = NULL } do
    if s:sub(pos, pos + #lit - 1) == lit then return v, pos + #lit end
  end
  -- number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
  local p = pos
  if s:sub(p, p) == "-" then p = p + 1 end
  local int = s:match("^0", p) or s:match("^[1-9]%d*", p)
  if int then
    p = p + #int
    local frac = s:match("^%.%d+", p)
    if s:sub(p, p) == "." and not frac then error("bad fraction at " .. p) end
    p = p + (frac and #frac or 0)
    local exp = s:match("^[eE][-+]?%d+", p)
    if s:find("^[eE]", p) and not exp then error("bad exponent at " .. p) end
    p = p + (exp and #exp or 0)
    if s:find("^%d", p) then error("leading zero at " .. pos) end
    return tonumber(s:sub(pos, p - 1)), p
  end
  error("unexpected character at " .. pos)
end

local function decode(line)
  local v, pos = value(line, 1)
  pos = ws(line, pos)
  if pos <= #line then error("trailing characters at " .. pos) end
  return v
end

---------------------------------------------------------------------------

local problems, lines, counts = {}, 0, {}
for _, doc in ipairs(order) do counts[doc] = 0 end
local function problem(n, msg)
  problems[#problems + 1] = "line " .. n .. ": " .. msg
end

local data = slurp(out_path)
if data ~= "" and data:sub(-1) ~= "\n" then
  problem(0, "output does not end with a newline")
end
for line in data:gmatch("([^\n]*)\n") do
  lines = lines + 1
  local ok_utf8, bad = valid_utf8(line)
  local ok, rec = pcall(decode, line)
  if not ok_utf8 then
    problem(lines, "invalid UTF-8 at byte " .. bad)
  elseif not ok then
    problem(lines, "invalid JSON: " .. tostring(rec))
  elseif type(rec) ~= "table" then
    problem(lines, "not a JSON object")
  else
    local a = articles[rec.doc]
    if a then
      counts[rec.doc] = counts[rec.doc] + 1
      local s, e = rec.start, rec["end"]
      if math.type(s) ~= "integer" or math.type(e) ~= "integer" then
        problem(lines, "start/end are not integers")
      elseif s < 0 or e < s or e > #a then
        problem(lines, ("span [%d,%d) outside the article (%d bytes)")
                       :format(s, e, #a))
      elseif rec.text ~= repair(a:sub(s + 1, e)) then
        problem(lines, ("text %q is not bytes [%d,%d) %q")
                       :format(rec.text, s, e, a:sub(s + 1, e)))
      end
    end
  end
end

for _, doc in ipairs(order) do
  print("records " .. doc .. " " .. counts[doc])
end
if #problems > 0 then
  for k = 1, math.min(#problems, 20) do print(problems[k]) end
  os.exit(1)
end
print("ok " .. lines)
