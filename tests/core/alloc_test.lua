-- tests/core/alloc_test.lua: the allocator of pluk's Lua states
-- (core/alloc.c) keeps every block's contents when blocks move between
-- its free lists and malloc: strings of every size around the small-block
-- limit, tables grown through it and shrunk back, and blocks reused after
-- a collection. Run by `make test` (build/pluk lua, whose state uses that
-- allocator; the SANITIZE=1 build checks the same through malloc alone).

local T = require "harness"
T.suite "core-alloc"

-- a string of length n whose bytes depend on n and a seed
local function pattern(n, seed)
  local b = {}
  for i = 1, n do b[i] = string.char(97 + (i * 7 + seed) % 26) end
  return table.concat(b)
end

T.case("strings of every size from 0 to 1200 bytes survive reuse", function()
  local keep, want = {}, {}
  for round = 1, 3 do
    for n = 0, 1200 do
      -- a fresh string each round: the previous round's blocks were freed
      local s = pattern(n, round) .. "#" .. round
      keep[n] = s
      want[n] = #s
    end
    -- drop every other one, collect, and build new ones in their place
    for n = 0, 1200, 2 do keep[n] = nil end
    collectgarbage()
    for n = 0, 1200, 2 do keep[n] = pattern(n, round + 10) .. "#" .. round end
    local bad
    for n = 0, 1200 do
      local s = keep[n]
      local seed = n % 2 == 0 and round + 10 or round
      if s ~= pattern(n, seed) .. "#" .. round or #s ~= want[n] then bad = n break end
    end
    T.ok(bad == nil, "round " .. round .. ": every string intact", bad and ("size " .. bad))
  end
end)

T.case("tables grow through the small-block limit and shrink back", function()
  local t = {}
  for i = 1, 2000 do t[i] = i * 3 end
  local sum = 0
  for i = 1, 2000 do sum = sum + t[i] end
  T.eq(sum, 3 * 2000 * 2001 // 2, "array part of 2000 grown from empty")
  local h = {}
  for i = 1, 300 do h["k" .. i] = i end
  for i = 1, 290 do h["k" .. i] = nil end
  collectgarbage()
  for i = 1, 5 do h["n" .. i] = -i end  -- rehash into a smaller hash part
  local n, ok = 0, true
  for k, v in pairs(h) do
    n = n + 1
    local num = tonumber(k:sub(2))
    if (k:sub(1, 1) == "k" and v ~= num) or (k:sub(1, 1) == "n" and v ~= -num) then ok = false end
  end
  T.eq(n, 15, "10 old keys and 5 new after the shrink")
  T.ok(ok, "every key keeps its value")
end)

T.case("a buffer grown byte by byte keeps its text", function()
  local parts = {}
  for i = 1, 5000 do parts[i] = string.char(65 + i % 26) end
  local s = table.concat(parts)
  local same = #s == 5000
  for i = 1, 5000, 97 do same = same and s:byte(i) == 65 + i % 26 end
  T.ok(same, "5000-byte concat through luaL_Buffer")
  local g = s:gsub("A", "[A]")
  T.eq(#g, 5000 + 2 * select(2, s:gsub("A", "")), "gsub result grown in steps")
end)

T.done()
