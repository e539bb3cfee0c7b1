-- tests/bench/rules_bench.lua: how fast the rules run, the rule part of
-- `make bench`.
--
--   build/pluk lua tests/bench/rules_bench.lua SHARED_DIR [--mb N] [--max-seconds S] [--rounds R]
--
-- Builds, in memory, a Dutch and an English input of N MB each (default 3,
-- or $PLUK_BENCH_MB) by repeating the articles of SHARED/corpus/{nl,en},
-- then times on one core (os.clock, CPU time of this single thread) one
-- pluk.extract call per article for
--   (a) quotes + attributions   target >= 20 MB/s
--   (b) figures                 target >= 30 MB/s
--   (c) all default rules
-- R times (--rounds, default 3, or $PLUK_BENCH_ROUNDS), and prints MB/s
-- of the median round (10^6 bytes of article text per CPU second) per language
-- and for both together. Rule loading is done before the clock starts; the
-- language is given (detection is not timed). A configuration whose rules
-- are missing or fail to load prints one line and is skipped; a run that
-- passes --max-seconds (default 30) stops there and reports what it did.
-- Exits 0 unless the bench itself breaks: slow rules are reported, not fatal.

local script_dir = (arg and arg[0] or ""):match("^(.*)/") or "."
local root = script_dir .. "/../.."
package.path = script_dir .. "/?.lua;" .. root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path

local pluk = require "pluk"
local rules = require "pluk.rules"
local core = require "pluk.core"

local shared, mb, max_seconds = nil, tonumber(os.getenv("PLUK_BENCH_MB")) or 3, 30
local rounds = tonumber(os.getenv("PLUK_BENCH_ROUNDS")) or 3
do
  local i = 1
  while arg and i <= #arg do
    local a = arg[i]
    if a == "--mb" then mb = tonumber(arg[i + 1]) or mb; i = i + 2
    elseif a == "--max-seconds" then max_seconds = tonumber(arg[i + 1]) or max_seconds; i = i + 2
    elseif a == "--rounds" then rounds = math.max(1, math.floor(tonumber(arg[i + 1]) or rounds)); i = i + 2
    elseif a == "-h" or a == "--help" then
      print("usage: build/pluk lua tests/bench/rules_bench.lua SHARED_DIR [--mb N] [--max-seconds S] [--rounds R]")
      os.exit(0)
    else shared = shared or a; i = i + 1 end
  end
end
shared = shared or os.getenv("SHARED") or "../shared"

local corpus_articles = require "corpus_articles"

if not core.listdir(shared) then
  print("rules bench: skipped (no shared data at " .. shared .. ")")
  os.exit(0)
end

local input = {}
for _, lang in ipairs { "en", "nl" } do
  local arts = corpus_articles(shared, lang) or {}
  if #arts == 0 then
    print("rules bench: skipped (no articles in " .. shared .. "/corpus/" .. lang .. ")")
    os.exit(0)
  end
  local once = 0
  for _, a in ipairs(arts) do once = once + #a.text end
  local list, bytes = {}, 0
  local want = mb * 1e6
  while bytes < want do
    for _, a in ipairs(arts) do
      list[#list + 1] = a
      bytes = bytes + #a.text
      if bytes >= want then break end
    end
  end
  input[lang] = { list = list, bytes = bytes, n = #arts, once = once }
end

local CONFIGS = {
  { name = "quotes+attributions", rules = { "quotes", "attributions" }, target = 20 },
  { name = "figures", rules = { "figures" }, target = 30 },
  { name = "all default rules", rules = rules.DEFAULT },
}

local dirs = rules.path()
local function missing(names)
  for _, n in ipairs(names) do
    if not rules.find(n, dirs) then return "rule " .. n .. " missing" end
    local ok, err = pcall(rules.load, n, dirs)
    if not ok then
      return "rule " .. n .. " failed to load: " .. tostring(err):gsub("\n.*", "")
    end
  end
  return nil
end

-- time_round(names, lang) -> bytes done, seconds, records, stopped_early
local function time_round(names, lang)
  local inp = input[lang]
  local opts = { rules = names, lang = lang }
  -- warm up: rule files, lexicons and patterns are built on first use
  for i = 1, math.min(#inp.list, inp.n) do
    opts.id = inp.list[i].id
    pluk.extract(inp.list[i].text, opts)
  end
  collectgarbage()
  collectgarbage()
  local bytes, nrec, stopped = 0, 0, false
  local t0 = os.clock()
  for i, a in ipairs(inp.list) do
    opts.id, opts.date = a.id, a.date
    local recs = pluk.extract(a.text, opts)
    nrec = nrec + #recs
    bytes = bytes + #a.text
    if i % 16 == 0 and os.clock() - t0 > max_seconds then
      stopped = i < #inp.list
      break
    end
  end
  return bytes, os.clock() - t0, nrec, stopped
end

-- time(names, lang) -> bytes, seconds, records, stopped_early, best MB/s:
-- the round of median rate among `rounds` rounds (a shared machine's
-- other load only slows a round down, so one round alone says little;
-- the median is reported, the best beside it), and its figures
local function time(names, lang)
  local runs = {}
  for r = 1, rounds do
    local b, secs, n, stopped = time_round(names, lang)
    runs[#runs + 1] = { b = b, s = secs, n = n, stopped = stopped, rate = secs > 0 and b / secs or math.huge }
    if stopped then break end
  end
  table.sort(runs, function(x, y) return x.rate < y.rate end)
  local m = runs[(#runs + 1) // 2]
  return m.b, m.s, m.n, m.stopped, runs[#runs].rate / 1e6
end

local function rate(bytes, secs)
  if secs <= 0 then return math.huge end
  return bytes / 1e6 / secs
end

print(string.format(
  "rules bench: one core, one pluk.extract per article, language given; en %.1f MB (%d articles, %d calls), nl %.1f MB (%d articles, %d calls); MB/s of the median of %d rounds",
  input.en.bytes / 1e6, input.en.n, #input.en.list,
  input.nl.bytes / 1e6, input.nl.n, #input.nl.list, rounds))

for _, c in ipairs(CONFIGS) do
  local why = missing(c.rules)
  if why then
    print(string.format("%-20s skipped: %s", c.name, why))
  else
    local ok, err = pcall(function()
      local parts, tb, ts, notes, nrec, best_b, best_s = {}, 0, 0, {}, 0, 0, 0
      for _, lang in ipairs { "en", "nl" } do
        local b, s, n, stopped, best = time(c.rules, lang)
        tb, ts, nrec = tb + b, ts + s, nrec + n
        best_b, best_s = best_b + b, best_s + b / 1e6 / best
        parts[#parts + 1] = string.format("%s %6.1f MB/s", lang, rate(b, s))
        if stopped then
          notes[#notes + 1] = string.format("%s stopped after %.0f s at %.1f MB",
                                            lang, s, b / 1e6)
        end
      end
      local both = rate(tb, ts)
      local verdict = ""
      if c.target then
        verdict = string.format("  target >= %d: %s", c.target,
                                both >= c.target and "ok" or "BELOW")
      end
      print(string.format("%-20s %s  both %6.1f MB/s (best round %.1f)  (%d records)%s%s", c.name,
        table.concat(parts, "  "), both, rate(best_b, best_s), nrec, verdict,
        #notes > 0 and ("  [" .. table.concat(notes, "; ") .. "]") or ""))
    end)
    if not ok then
      print(string.format("%-20s ERROR: %s", c.name, (tostring(err):gsub("\n.*", ""))))
    end
  end
end
-- a rule that raises is the rule's bug, reported above: exit 0 so the
-- other benches still run
os.exit(0)
