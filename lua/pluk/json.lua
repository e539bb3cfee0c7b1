-- pluk.json: the JSON pluk reads (JSONL articles) and writes (records).
--
-- encode(value [, keys]) writes compact JSON; strings go through the C
-- encoder, which turns invalid UTF-8 into U+FFFD so output is always valid.
-- decode(s) reads one JSON value and fails with the byte offset of the
-- problem ("offset 17: expected ':'"). Arrays and objects may nest
-- M.MAX_DEPTH levels deep; deeper input is an error like any other, not a
-- Lua stack overflow that would end the run.

local core = require "pluk.core"

local json_string = core.json_string
local concat, sort = table.concat, table.sort
local find, sub, byte, char = string.find, string.sub, string.byte, string.char
local tonumber, type, math_type = tonumber, type, math.type

local M = {}

-- A sentinel for JSON null inside tables (Lua nil cannot be stored).
M.null = setmetatable({}, { __tostring = function() return "null" end,
                            __name = "json.null" })

local encode

local function encode_number(n)
  if math_type(n) == "integer" then return tostring(n) end
  if n ~= n or n == math.huge or n == -math.huge then
    return "null"  -- JSON has no NaN/inf
  end
  if n == math.floor(n) and n > -2^53 and n < 2^53 then
    return string.format("%d", n)
  end
  local s = string.format("%.14g", n)
  if tonumber(s) ~= n then s = string.format("%.17g", n) end
  return s
end

local function is_array(t)
  local n = #t
  if n == 0 then return next(t) == nil and getmetatable(t) == M.array_mt end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

-- Marks an empty table as an array ([] rather than {}).
M.array_mt = { __name = "json.array" }
function M.array(t) return setmetatable(t or {}, M.array_mt) end

-- encode(v [, keys]): keys, when given for a table, fixes the order of the
-- first keys; the rest follow sorted, so output is deterministic.
function encode(v, keys)
  local tv = type(v)
  if tv == "string" then return json_string(v)
  elseif tv == "number" then return encode_number(v)
  elseif tv == "boolean" then return v and "true" or "false"
  elseif v == nil or v == M.null then return "null"
  elseif tv == "table" then
    if is_array(v) then
      local out = {}
      for i = 1, #v do out[i] = encode(v[i]) end
      return "[" .. concat(out, ",") .. "]"
    end
    local out, seen = {}, {}
    if keys then
      for _, k in ipairs(keys) do
        local x = v[k]
        if x ~= nil then
          out[#out + 1] = json_string(k) .. ":" .. encode(x)
          seen[k] = true
        end
      end
    end
    local rest = {}
    for k in pairs(v) do
      if not seen[k] then
        if type(k) ~= "string" then
          error("cannot encode a table with a " .. type(k) .. " key", 2)
        end
        rest[#rest + 1] = k
      end
    end
    sort(rest)
    for _, k in ipairs(rest) do
      out[#out + 1] = json_string(k) .. ":" .. encode(v[k])
    end
    return "{" .. concat(out, ",") .. "}"
  end
  error("cannot encode a " .. tv .. " as JSON", 2)
end
M.encode = encode

-- Decoder ------------------------------------------------------------------

local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b",
                  f = "\f", n = "\n", r = "\r", t = "\t" }

-- Deepest nesting of arrays and objects decode() accepts. Real articles
-- nest two or three levels; the limit keeps the recursive decoder (and the
-- encoder that later writes a.meta for worker threads) far from Lua's
-- stack limit, which a line of a few hundred thousand '[' would hit.
M.MAX_DEPTH = 1000
local depth = 0

local function fail(pos, msg)
  error({ json_offset = pos - 1, msg = msg }, 0)
end

local function utf8_of(cp)
  return utf8.char(cp)
end

local decode_value

local function skip_ws(s, pos)
  return find(s, "[^ \t\r\n]", pos) or #s + 1
end

local function decode_string(s, pos)
  -- pos is at the opening quote
  local parts, n = {}, 0
  local i = pos + 1
  while true do
    local j = find(s, '["\\%c]', i)
    if not j then fail(pos, "unterminated string") end
    if j > i then n = n + 1; parts[n] = sub(s, i, j - 1) end
    local c = sub(s, j, j)
    if c == '"' then
      return concat(parts), j + 1
    elseif c == "\\" then
      local e = sub(s, j + 1, j + 1)
      if e == "u" then
        local hex = sub(s, j + 2, j + 5)
        if not find(hex, "^%x%x%x%x$") then fail(j, "bad \\u escape") end
        local cp = tonumber(hex, 16)
        local nexti = j + 6
        if cp >= 0xD800 and cp <= 0xDBFF then
          local lo = find(s, "^\\u[dD][c-fC-F]%x%x", nexti)
          if lo then
            local low = tonumber(sub(s, nexti + 2, nexti + 5), 16)
            cp = 0x10000 + (cp - 0xD800) * 0x400 + (low - 0xDC00)
            nexti = nexti + 6
          else
            cp = 0xFFFD  -- lone surrogate: not representable in UTF-8
          end
        elseif cp >= 0xDC00 and cp <= 0xDFFF then
          cp = 0xFFFD
        end
        n = n + 1; parts[n] = utf8_of(cp)
        i = nexti
      elseif escapes[e] then
        n = n + 1; parts[n] = escapes[e]
        i = j + 2
      else
        fail(j, "bad escape")
      end
    else
      fail(j, "control character in string")
    end
  end
end

local function enter(pos)
  depth = depth + 1
  if depth > M.MAX_DEPTH then
    fail(pos, "nested deeper than " .. M.MAX_DEPTH .. " levels")
  end
end

local function decode_array(s, pos)
  local arr, n = M.array {}, 0
  enter(pos)
  pos = skip_ws(s, pos + 1)
  if sub(s, pos, pos) == "]" then depth = depth - 1; return arr, pos + 1 end
  while true do
    local v
    v, pos = decode_value(s, pos)
    n = n + 1; arr[n] = v
    pos = skip_ws(s, pos)
    local c = sub(s, pos, pos)
    if c == "]" then depth = depth - 1; return arr, pos + 1 end
    if c ~= "," then fail(pos, "expected ',' or ']'") end
    pos = skip_ws(s, pos + 1)
  end
end

local function decode_object(s, pos)
  local obj = {}
  enter(pos)
  pos = skip_ws(s, pos + 1)
  if sub(s, pos, pos) == "}" then depth = depth - 1; return obj, pos + 1 end
  while true do
    if sub(s, pos, pos) ~= '"' then fail(pos, "expected a string key") end
    local k
    k, pos = decode_string(s, pos)
    pos = skip_ws(s, pos)
    if sub(s, pos, pos) ~= ":" then fail(pos, "expected ':'") end
    local v
    v, pos = decode_value(s, skip_ws(s, pos + 1))
    obj[k] = v
    pos = skip_ws(s, pos)
    local c = sub(s, pos, pos)
    if c == "}" then depth = depth - 1; return obj, pos + 1 end
    if c ~= "," then fail(pos, "expected ',' or '}'") end
    pos = skip_ws(s, pos + 1)
  end
end

function decode_value(s, pos)
  pos = skip_ws(s, pos)
  local c = byte(s, pos)
  if c == 34 then return decode_string(s, pos)          -- "
  elseif c == 123 then return decode_object(s, pos)     -- {
  elseif c == 91 then return decode_array(s, pos)       -- [
  elseif c == 116 and sub(s, pos, pos + 3) == "true" then return true, pos + 4
  elseif c == 102 and sub(s, pos, pos + 4) == "false" then return false, pos + 5
  elseif c == 110 and sub(s, pos, pos + 3) == "null" then return M.null, pos + 4
  else
    local a, b = find(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
    if a then
      local num = tonumber(sub(s, a, b))
      if num then return num, b + 1 end
    end
    if not c then fail(pos, "unexpected end of input") end
    fail(pos, "unexpected character '" .. char(c) .. "'")
  end
end

-- decode(s) -> value, or nil, message, offset (0-based byte offset of the
-- problem) when s is not exactly one JSON value.
function M.decode(s)
  depth = 0
  local ok, v, pos = pcall(function()
    local v, pos = decode_value(s, 1)
    pos = skip_ws(s, pos)
    if pos <= #s then fail(pos, "trailing characters after the value") end
    return v, pos
  end)
  if ok then return v end
  if type(v) == "table" and v.json_offset then
    return nil, string.format("offset %d: %s", v.json_offset, v.msg),
           v.json_offset
  end
  error(v, 0)
end

return M
