-- tests/bench/lua_profile.lua: where the Lua VM spends its instructions.
--
--   build/pluk lua tests/bench/lua_profile.lua SCRIPT ARGS...
--   e.g. build/pluk lua tests/bench/lua_profile.lua \
--          tests/bench/rules_repeat.lua ../shared en quotes,attributions 3
--
-- Runs SCRIPT with a count hook that samples every 1000 VM instructions
-- and prints, on stderr, the functions by self and inclusive share and
-- the hottest lines. Time spent inside C functions (LPeg matches, string
-- library, pluk.text) runs no VM instructions, so it is not seen then:
-- with PROF_WEIGHT=time in the environment it samples every 200 and
-- weighs each sample by the CPU time since the last, so that C calls
-- count for the Lua code that made them (slower: the hook runs often;
-- tests/bench/rules_instr.sh gives the whole cost). A script
-- that calls the global PROF_START() (rules_repeat.lua does, after its
-- warm-up pass) resets the counts there.

local self_n, incl_n, line_n, total = {}, {}, {}, 0
local getinfo, clock = debug.getinfo, os.clock
-- PROF_WEIGHT=time: each sample weighs the CPU time since the hook last
-- returned, so the time of C functions (string library, LPeg, pluk.text)
-- counts for the Lua code that called them, and the hook's own time not
local by_time = os.getenv("PROF_WEIGHT") == "time"
local last = clock()

local function sample()
  local w = 1
  if by_time then w = clock() - last end
  total = total + w
  local info = getinfo(2, "Sl")
  if info then
    local f = info.short_src .. ":" .. info.linedefined
    self_n[f] = (self_n[f] or 0) + w
    local l = info.short_src .. ":" .. (info.currentline or 0)
    line_n[l] = (line_n[l] or 0) + w
  end
  -- a function counts once per sample however deep it recurses
  local seen = {}
  for level = 2, 80 do
    local f = getinfo(level, "S")
    if not f then break end
    local k = f.short_src .. ":" .. f.linedefined
    if not seen[k] then
      seen[k] = true
      incl_n[k] = (incl_n[k] or 0) + w
    end
  end
  if by_time then last = clock() end
end

function PROF_START()
  self_n, incl_n, line_n, total = {}, {}, {}, 0
  last = clock()
end

local script = table.remove(arg, 1)
if not script then
  io.stderr:write("usage: build/pluk lua tests/bench/lua_profile.lua SCRIPT ARGS...\n")
  os.exit(2)
end
arg[0] = script
local chunk = assert(loadfile(script))
debug.sethook(sample, "", by_time and 200 or 1000)
chunk(table.unpack(arg))
debug.sethook()

local function report(counts, title, n)
  local keys = {}
  for k in pairs(counts) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return counts[a] > counts[b] end)
  io.stderr:write(string.format(by_time and "== %s (%.2f s)\n" or "== %s (%d samples)\n", title, total))
  for i = 1, math.min(n, #keys) do
    io.stderr:write(string.format("%6.2f%% %s\n", 100 * counts[keys[i]] / total, keys[i]))
  end
end
report(self_n, "self", 30)
report(incl_n, "inclusive", 40)
report(line_n, "lines", 30)
