-- tests/scale/make_input.lua: run by make_input.sh as
--   pluk lua make_input.lua OUT N SEED FILE...
-- Writes N JSON lines {"id":…,"text":…[,"date":…]} to OUT, drawing the
-- article FILEs (.txt) in a seeded shuffled order, reshuffled on every
-- pass, so the same article text comes back under new ids. Ids are
-- "s<SEED>-<n>" with n = 1…N zero-padded: unique, in input order.
local json = require "pluk.json"
local read = require "pluk.read"

local out_path, n, seed = arg[1], tonumber(arg[2]), tonumber(arg[3])
assert(out_path and n and seed and arg[4], "usage: make_input.lua OUT N SEED FILE...")

local articles = {}
for i = 4, #arg do
  local f = assert(io.open(arg[i], "rb"))
  local bytes = f:read("a")
  f:close()
  local a = read.txt(bytes, arg[i])
  local text = a.header_end and bytes:sub(a.header_end + 1) or bytes
  if text:find("%S") then
    articles[#articles + 1] = {text = text, date = a.date}
  end
end
assert(#articles > 0, "make_input.lua: no articles")

math.randomseed(seed)
local function shuffled()
  local order = {}
  for i = 1, #articles do order[i] = i end
  for i = #order, 2, -1 do
    local j = math.random(i)
    order[i], order[j] = order[j], order[i]
  end
  return order
end

local out = assert(io.open(out_path, "wb"))
local width = #tostring(n)
local order, k = shuffled(), 0
for i = 1, n do
  k = k + 1
  if k > #order then order, k = shuffled(), 1 end
  local a = articles[order[k]]
  local rec = {id = string.format("s%d-%0" .. width .. "d", seed, i), text = a.text, date = a.date}
  out:write(json.encode(rec, {"id", "date", "text"}), "\n")
end
assert(out:close())
