-- Lua-side segmentation speed: the for-in iterators (positions only) and
-- boundaries() over the benchmark texts, in MB/s. Printed, not asserted.
-- boundaries() here builds one table of every boundary of a 50 MB string
-- (tens of millions of entries): it measures memory traffic more than
-- segmentation; per article it is the fast path.
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

-- ICU's C figures from segment_bench ("1:words=69 2:words=73 ..."), for
-- the ratio the issue asks for: Lua iteration against ICU counting in C.
local icu = {}
for file, kind, mbs in (os.getenv("ICU_MBS") or ""):gmatch("(%d+):(%a+)=([%d.]+)") do
  icu[file .. ":" .. kind] = tonumber(mbs)
end

for fileno, path in ipairs(arg) do
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
    local ref = icu[fileno .. ":" .. kind]
    local ratio = ref and string.format("  iterator/ICU-in-C %.2fx", mb / t / ref) or ""
    io.write(string.format("  %-10s iterator %8.1f MB/s  boundaries() %8.1f MB/s  (%d segments)%s\n",
                           kind, mb / t, mb / tb, n, ratio))
  end
end
