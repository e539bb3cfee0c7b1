-- tests/eval/peer_sentences.lua: pluk.sentences against the peer sentence
-- tests in SHARED/peer-tests/sentences/golden_{en,nl}.json (cases taken
-- from pragmatic_segmenter and pySBD: {text, expect = [sentences], group,
-- name, options, compare}). Prints the pass rate per file and group.
--
--   build/pluk lua tests/eval/peer_sentences.lua SHARED_DIR [--verbose]
--       [--lang en|nl] [--group NAME] [--bench [MB]]
--
-- --bench also times pluk.sentences.bounds on SHARED/corpus/{en,nl}, one
-- call per article, the articles repeated in memory to MB megabytes
-- (default 5) per language: CPU time (os.clock), best of 5 runs, MB/s
-- (10^6 bytes per second). A figure, never a pass/fail.
--
-- As a module (make eval, tests/eval/eval.lua): returns {run = fn};
-- run(shared_dir, {lang=, verbose=}) prints and returns an array of
-- summaries {name=, passed=, total=}, one per file and group.
--
-- How a case is scored. pluk.sentences returns offsets into the unchanged
-- text, so a sentence is s:sub(i, j). compare = "exact": the list of
-- sentences must equal `expect`; compare = "strip": the same after white
-- space is stripped from both ends of each sentence (ours are already
-- trimmed). The peers' segmenters rewrite the text (pragmatic_segmenter's
-- "clean" joins a line broken mid-sentence with a space), which offsets
-- cannot do; a case whose sentences differ from `expect` only in runs of
-- inner white space ("cold \nnight" for "cold night") passes, and is
-- counted apart as `ws` so the strict figure can be read too.
-- Options: options.language picks the language (absent or null: "en");
-- options.doc_type = "pdf" means hard-wrapped text (opts.wrapped = true).

local json = require "pluk.json"
local sentences = require "pluk.sentences"

local M = {}

local read = require("fileio").read

local function strip(x)
  return (x:gsub("^%s+", ""):gsub("%s+$", ""))
end

local function squeeze(x)
  return (strip(x):gsub("%s+", " "))
end

local function same(got, want, fn)
  if #got ~= #want then return false end
  for k = 1, #got do
    if fn(got[k]) ~= fn(want[k]) then return false end
  end
  return true
end

local function ident(x) return x end

-- run_case(c) -> "pass" | "ws" | "fail", sentences got
function M.run_case(c)
  local o = c.options
  if o == json.null or type(o) ~= "table" then o = {} end
  local lang = o.language
  if lang == json.null or lang == nil then lang = "en" end
  local opts = { wrapped = o.doc_type == "pdf" }
  local got = sentences.texts(c.text, lang, opts)
  local want = c.expect
  local cmp = c.compare == "strip" and strip or ident
  if same(got, want, cmp) then return "pass", got end
  if same(got, want, squeeze) then return "ws", got end
  return "fail", got
end

local FILES = { { "en", "golden_en.json" }, { "nl", "golden_nl.json" } }

function M.run(shared, opts)
  opts = opts or {}
  local dir = (shared or "../shared") .. "/peer-tests/sentences/"
  local results = {}
  for _, f in ipairs(FILES) do
    local lang, file = f[1], f[2]
    if opts.lang and opts.lang ~= lang then goto next_file end
    do
      local raw = read(dir .. file)
      if not raw then
        print("peer sentences: " .. dir .. file .. " not found, skipped")
        goto next_file
      end
      local cases, err = json.decode(raw)
      if not cases then error(file .. ": " .. tostring(err), 0) end
      local groups, order = {}, {}
      local all = { passed = 0, ws = 0, total = 0 }
      for idx, c in ipairs(cases) do
        local g = c.group or "?"
        if not opts.group or opts.group == g then
          local t = groups[g]
          if not t then
            t = { passed = 0, ws = 0, total = 0 }
            groups[g] = t
            order[#order + 1] = g
          end
          local verdict, got = M.run_case(c)
          t.total, all.total = t.total + 1, all.total + 1
          if verdict ~= "fail" then
            t.passed, all.passed = t.passed + 1, all.passed + 1
            if verdict == "ws" then t.ws, all.ws = t.ws + 1, all.ws + 1 end
          elseif opts.verbose then
            local name = c.name
            if name == nil or name == json.null then name = "#" .. idx end
            print(string.format("FAIL %s [%s] %s (%s)", file, g, name,
                                tostring(c.compare)))
            print(string.format("  text %q", c.text))
            for _, w in ipairs(c.expect) do print(string.format("  want %q", w)) end
            for _, w in ipairs(got) do print(string.format("  got  %q", w)) end
          end
        end
      end
      for _, g in ipairs(order) do
        local t = groups[g]
        print(string.format("%-15s %-44s %4d/%-4d %6.1f%%  (%d by white space only)",
          file, g, t.passed, t.total, 100 * t.passed / t.total, t.ws))
        results[#results + 1] = { name = lang .. " " .. g, passed = t.passed,
                                  total = t.total, ws = t.ws }
      end
      if all.total > 0 then
        print(string.format("%-15s %-44s %4d/%-4d %6.1f%%  (%d by white space only)",
          file, "all", all.passed, all.total, 100 * all.passed / all.total, all.ws))
      end
    end
    ::next_file::
  end
  return results
end

-- bench(shared, mb) -> {lang = MB/s}, printed
function M.bench(shared, mb)
  mb = mb or 5
  local out = {}
  for _, lang in ipairs { "en", "nl" } do
    local dir = shared .. "/corpus/" .. lang
    local p = io.popen("ls '" .. dir .. "'/*.txt 2>/dev/null")
    local arts, size = {}, 0
    for path in p:lines() do
      local s = read(path)
      if s then arts[#arts + 1] = s; size = size + #s end
    end
    p:close()
    if size > 0 then
      local reps = math.max(1, math.ceil(mb * 1e6 / size))
      local bounds = sentences.bounds
      bounds(arts[1], lang)                       -- lists loaded, warm
      local best, n = math.huge, 0
      for _ = 1, 5 do
        n = 0
        local t0 = os.clock()
        for _ = 1, reps do
          for k = 1, #arts do n = n + #bounds(arts[k], lang) end
        end
        local t = os.clock() - t0
        if t < best then best = t end
      end
      local total = size * reps
      out[lang] = total / 1e6 / best
      print(string.format("speed %s: %.1f MB in %.3f s = %.1f MB/s (%d sentences, one call per article)",
                          lang, total / 1e6, best, out[lang], n))
    end
  end
  return out
end

-- standalone: build/pluk lua tests/eval/peer_sentences.lua SHARED_DIR ...
if arg and arg[0] and arg[0]:find("peer_sentences%.lua$") then
  local shared, o = nil, {}
  local k = 1
  while arg[k] do
    local a = arg[k]
    if a == "--verbose" or a == "-v" then o.verbose = true
    elseif a == "--lang" then k = k + 1; o.lang = arg[k]
    elseif a == "--group" then k = k + 1; o.group = arg[k]
    elseif a == "--bench" then
      o.bench = 5
      if arg[k + 1] and tonumber(arg[k + 1]) then k = k + 1; o.bench = tonumber(arg[k]) end
    else shared = a end
    k = k + 1
  end
  shared = shared or os.getenv("SHARED") or "../shared"
  M.run(shared, o)
  if o.bench then M.bench(shared, o.bench) end
end

return M
