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
local type, math_type = type, math.type

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

local function key_before(a, b)
  if a[1] ~= b[1] then return a[1] < b[1] end
  return a[2] < b[2]
end

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
    -- the other keys in the order of their JSON text (what a reader of
    -- the output sees: invalid UTF-8 already U+FFFD), so that encoding
    -- what decode() gives back yields the same bytes; keys that become the
    -- same text (two different invalid bytes) are written once, the first
    -- in raw byte order, rather than as a duplicate name
    local rest = {}
    for k in pairs(v) do
      if not seen[k] then
        if type(k) ~= "string" then
          error("cannot encode a table with a " .. type(k) .. " key", 2)
        end
        rest[#rest + 1] = { json_string(k), k }
      end
    end
    sort(rest, key_before)
    local last
    for _, e in ipairs(rest) do
      if e[1] ~= last then
        out[#out + 1] = e[1] .. ":" .. encode(v[e[2]])
        last = e[1]
      end
    end
    return "{" .. concat(out, ",") .. "}"
  end
  error("cannot encode a " .. tv .. " as JSON", 2)
end
M.encode = encode

-- Decoder ------------------------------------------------------------------

-- Deepest nesting of arrays and objects decode() accepts (the C decoder's
-- PLUK_JSON_MAXDEPTH): deeper input is an error like any other.
M.MAX_DEPTH = 1000

local json_decode = core.json_decode

-- decode(s [, init]) -> value, or nil, message, offset (0-based byte
-- offset of the problem, counted from init) when s (from byte init, 1 by
-- default) is not exactly one JSON value. null is M.null; arrays carry
-- M.array_mt, so an empty one encodes back as [].
function M.decode(s, init)
  local v, msg, offset = json_decode(s, M.null, M.array_mt, init)
  if v == nil and msg then
    offset = offset - (init or 1) + 1
    return nil, string.format("offset %d: %s", offset, msg), offset
  end
  return v
end

return M
