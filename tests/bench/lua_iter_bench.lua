-- Lua-side segmentation speed: the for-in iterators (positions only) and
-- boundaries() over the benchmark texts, in MB/s. Printed, not asserted.
local text = require "pluk.text"

local function best_of(n, fn)
  local best = math.huge
  for _ = 1, n do
    local t0 = os.clock()
    fn()
    best = math.min(best, os.clock() - t0)
  end
  return best
end

for _, path in ipairs(arg) do
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  local mb = #s / 1e6
  io.write(string.format("%s (%.1f MB)\n", path, mb))
  for _, kind in ipairs { "graphemes", "words", "sentences" } do
    local iter = text[kind]
    local n = 0
    local t = best_of(2, function()
      n = 0
      for _ in iter(s) do n = n + 1 end
    end)
    local tb = best_of(2, function() text.boundaries(s, kind:sub(1, -2)) end)
    io.write(string.format("  %-10s iterator %8.1f MB/s  boundaries() %8.1f MB/s  (%d segments)\n",
                           kind, mb / t, mb / tb, n))
  end
end
