-- tests/bench/rules_repeat.lua: run rules over the corpus articles of one
-- language a number of times, for profilers and instruction counters
-- (tests/bench/rules_instr.sh). The rules bench (rules_bench.lua) gives
-- the MB/s figures; this script gives a steady, repeatable workload.
--
--   build/pluk lua tests/bench/rules_repeat.lua SHARED LANG RULES REPS
--
-- RULES is comma-separated (quotes,attributions). One untimed pass
-- builds every lexicon and pattern first; then, when the global
-- PROF_START is a function (a profiler that loaded this script set it),
-- it is called, and REPS passes follow. Prints MB/s (CPU time) on stderr
-- and the number of records on stdout, so two trees can be compared.

local script_dir = (arg and arg[0] or ""):match("^(.*)/") or "."
local root = script_dir .. "/../.."
package.path = script_dir .. "/?.lua;" .. root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path

local pluk = require "pluk"

local shared, lang, rule_list, reps = arg[1], arg[2], arg[3], tonumber(arg[4] or "1")
if not (shared and lang and rule_list) then
  io.stderr:write("usage: build/pluk lua tests/bench/rules_repeat.lua SHARED LANG RULES REPS\n")
  os.exit(2)
end
local rules = {}
for r in rule_list:gmatch("[^,]+") do rules[#rules + 1] = r end

local arts, err = require("corpus_articles")(shared, lang)
if not arts then
  io.stderr:write("rules_repeat: " .. err .. "\n")
  os.exit(2)
end

local opts = { rules = rules, lang = lang }
local nrec = 0
for _, a in ipairs(arts) do
  opts.id, opts.date = a.id, a.date
  nrec = nrec + #pluk.extract(a.text, opts)
end
collectgarbage()
if type(PROF_START) == "function" then PROF_START() end
local t0, bytes = os.clock(), 0
for _ = 1, reps do
  for _, a in ipairs(arts) do
    opts.id, opts.date = a.id, a.date
    pluk.extract(a.text, opts)
    bytes = bytes + #a.text
  end
end
local secs = os.clock() - t0
io.stderr:write(string.format("%s %s: %d passes, %.2f MB, %.1f MB/s\n", lang, rule_list, reps,
                              bytes / 1e6, secs > 0 and bytes / 1e6 / secs or 0))
print(nrec)
