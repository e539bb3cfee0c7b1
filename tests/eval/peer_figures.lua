-- tests/eval/peer_figures.lua: the figures rule against the peer figure
-- tests in SHARED/peer-tests/figures/*.json (cases from the test suites of
-- Recognizers-Text, Duckling, text2num-rs and quantulum3; their README
-- says how each writes its values). Prints the pass rate per file.
--
--   build/pluk lua tests/eval/peer_figures.lua SHARED_DIR [--verbose]
--       [--lang nl|en|de|fr] [--file NAME] [--failures]
--
-- As a module (make eval, tests/eval/eval.lua): returns a table with
-- run(shared_dir, {lang=, verbose=, quiet=}), also callable as
-- module(shared_dir); it prints and returns an array of summaries
-- {name=, passed=, total=}: one per file, then the three targets
-- (target-nl, target-en, target-neg).
--
-- How a case is scored
--   Each expected item wants a record whose span overlaps the item's span
--   (found in the case text, case-insensitively) and whose value is the
--   item's value (relative tolerance 1e-6; the peers print 15 digits):
--     number, ordinal, currency, quantity   value
--     percentage "40%"                      value 40 (kind percent), or 0.4
--                                           as a fraction ('een vierde van')
--     range "[a,b)" / from-to               value a and high b
--     open range "(a,)" / "(,b)"            value a / value b (the hedge
--                                           'meer dan' is in `approx`)
--   A case passes when every item has its record. Records the case does
--   not mention do not count against it, except in negative cases
--   (`expect: []`): those pass when no record of the kind the peer's model
--   is about is made (a NumberModel negative: no number; a CurrencyModel
--   one: no money; text2num's "not one number": no record over the whole
--   text).
--   text2num `replace_numbers` cases give the rewritten sentence: the
--   digits in it are the items, in order (informative: that library reads
--   speech, digit by digit).
-- Exclusions: tests/figures/excluded.lua lists, with a reason, the cases
-- and whole groups (relative ordinals, digit-by-digit speech) outside what
-- a news figure is; they are counted apart, never as passed.
-- Targets (issue 5): the Dutch and English number, ordinal, percentage and
-- currency cases of Recognizers-Text, Duckling and text2num, after the
-- exclusions, at least 95%; no figure in the negative cases.

local json = require "pluk.json"
local ptext = require "pluk.text"

local M = {}

local script_dir = (debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$")) or "tests/eval"
local root = script_dir .. "/../.."

local read = require("fileio").read

local FILES = {
  "cases_recognizers_nl.json", "cases_recognizers_nl_percentage.json",
  "cases_recognizers_nl_currency.json", "cases_recognizers_nl_units.json",
  "cases_recognizers_en.json", "cases_recognizers_en_percentage.json",
  "cases_recognizers_en_currency.json", "cases_recognizers_en_units.json",
  "cases_recognizers_de.json", "cases_recognizers_fr.json",
  "cases_recognizers_negative.json",
  "cases_duckling_nl.json", "cases_duckling_en.json", "cases_duckling_de.json",
  "cases_duckling_fr.json", "cases_duckling_negative.json",
  "cases_text2num_nl.json", "cases_text2num_en.json", "cases_text2num_de.json",
  "cases_text2num_fr.json",
  "cases_quantulum3_en.json",
}

local TARGET_TYPES = { number = true, ordinal = true, percentage = true,
                       currency = true }

local function file_lang(file)
  return file:match("_(%a%a)[_.]")
end

local LANG_OF_DIR = { Dutch = "nl", English = "en", German = "de", French = "fr" }

-- the language of one case
local function case_lang(c, file)
  local l = file_lang(file)
  if l and l ~= "ne" then return l end
  local dir = (c.source or ""):match("Specs/[^/]+/(%a+)/")
  if dir and LANG_OF_DIR[dir] then return LANG_OF_DIR[dir] end
  local loc = c.locale
  if type(loc) == "string" then return loc:sub(1, 2):lower() end
  return "en"
end

---------------------------------------------------------------------------
-- values as the peers write them
---------------------------------------------------------------------------

local function parse_num(s, lang)
  if type(s) == "number" then return s end
  if type(s) ~= "string" then return nil end
  s = s:gsub("%s", "")
  if lang ~= "en" then
    -- culture-formatted: 1234,567 ; 1,2732E+15
    s = s:gsub("%.", ""):gsub(",", ".")
  end
  return tonumber(s)
end

-- quantulum3 gives a range it reads as its mean (`44 mg to 50 mg` -> 47):
-- there a range record matches by its mean
local function mean_of_range(c)
  return c.source ~= nil and c.source:match("quantulum") ~= nil
end

-- expected value of an item -> {lo=, hi=} or {v=} or {pct=} or nil
-- (mean: a range record may match v by its mean)
local function expected(item, lang, c)
  local v = item.value
  if item.from ~= nil or item.to ~= nil then
    local lo = item.from ~= json.null and tonumber(item.from) or nil
    local hi = item.to ~= json.null and tonumber(item.to) or nil
    return { lo = lo, hi = hi }
  end
  if type(v) == "table" and v ~= json.null then
    return { lo = tonumber(v[1]), hi = tonumber(v[2]) }
  end
  if type(v) == "string" then
    local a, lo, hi, b = v:match("^([%[%(])([^,]*),([^,]*)([%]%)])$")
    if a then
      return { lo = tonumber(lo), hi = tonumber(hi), interval = true }
    end
    local pct = v:match("^(.-)%%$")
    if pct then return { pct = parse_num(pct, lang) } end
    local rlo, rhi = v:match("^(%-?[%d.]+)%-([%d.]+)$")
    if rlo and c.source and c.source:match("quantulum") then
      return { lo = tonumber(rlo), hi = tonumber(rhi) }
    end
    -- text2num ordinals: 8e, 21st, 25ths
    local ord = v:match("^(%d+)%a+$")
    if ord then return { v = tonumber(ord) } end
    return { v = parse_num(v, lang), mean = mean_of_range(c) }
  end
  if type(v) == "number" then return { v = v, mean = mean_of_range(c) } end
  return nil
end

local function near(a, b)
  if a == nil or b == nil then return false end
  if a == b then return true end
  return math.abs(a - b) <= 1e-6 * math.max(math.abs(a), math.abs(b), 1e-9)
end

local function value_matches(want, rec)
  local v, h = tonumber(rec.value), tonumber(rec.high)
  if want.pct then
    if rec.kind == "percent" or rec.range_kind == "percent" then return near(v, want.pct) end
    return near(v, want.pct) or near(v, want.pct / 100)
  end
  if want.lo or want.hi then
    if want.lo and want.hi then
      if near(want.lo, want.hi) then return near(v, want.lo) end
      return near(v, want.lo) and near(h, want.hi)
    end
    return near(v, want.lo or want.hi)
  end
  if want.mean and h then return near((v + h) / 2, want.v) end
  return near(v, want.v)
end

---------------------------------------------------------------------------
-- running the rule
---------------------------------------------------------------------------

local set = nil
local function extract(text, lang)
  if not set then
    set = require("pluk.rules").load_set({ "figures" },
                                         { rules_path = { root .. "/rules" } })
  end
  local article = require("pluk.read").article { text = text, lang = lang, id = "peer" }
  return set:extract(article)
end

-- the byte span of `needle` in `text` (case-insensitive), from `from`
local function locate(text, needle, from)
  if type(needle) ~= "string" or needle == "" then return nil end
  local lt, ln = ptext.lower(text), ptext.lower(needle)
  if #lt ~= #text then lt = text:lower() ln = needle:lower() end
  local s, e = lt:find(ln, from or 1, true)
  if not s then
    -- spaces differ ('-10  k'): match with any run of spaces
    local pat = ln:gsub("^%s+", ""):gsub("%s+$", "")
    pat = pat:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0"):gsub("%s+", "%%s+")
    s, e = lt:find(pat, from or 1)
  end
  return s, e
end

-- which records a negative case forbids: by the peer model's topic
local function forbidden(c, rec, text)
  local src = c.source or ""
  if src:match("text2num") then
    -- "not one number": no single record over the whole text
    local t = text:gsub("^%s+", ""):gsub("%s+$", "")
    return rec.text == t
  end
  local model = src:match("/([%a]+)Model[%a]*%.json$") or src:match("/([%a]+)%.json$") or ""
  if model:match("Ordinal") then return rec.kind == "ordinal" end
  if model:match("Percent") then return rec.kind == "percent" end
  if model:match("Currency") then return rec.kind == "money" end
  if model:match("NumberRange") then return rec.kind == "range" end
  if model:match("Dimension") then
    return rec.unit ~= nil and rec.kind ~= "money" and rec.kind ~= "percent"
           and not tostring(rec.unit):match("°")
  end
  if model:match("Temperature") then
    return rec.unit == "°C" or rec.unit == "°F"
  end
  if model:match("Age") then return rec.kind ~= nil end
  if model == "Number" then
    return rec.kind == "cardinal" or rec.kind == "decimal" or rec.kind == "fraction"
  end
  return true
end

-- run_case(c, file) -> "pass" | "fail", detail
function M.run_case(c, file)
  local lang = case_lang(c, file)
  local text = c.text
  local recs = extract(text, lang)
  local figs = {}
  for _, r in ipairs(recs) do if r.type == "figure" then figs[#figs + 1] = r end end
  local items = c.expect or {}
  if c.mode and c.mode:match("^replace_numbers") then
    -- the digits of the rewritten sentence, in order
    items = {}
    for tok in (c.expect_text or ""):gmatch("%d[%d,.]*%a*") do
      tok = tok:gsub("[,.]$", "")
      items[#items + 1] = { value = tok, type = "number", inorder = true }
    end
    if #items == 0 then return "pass", figs end
    local k = 1
    for _, r in ipairs(figs) do
      local it = items[k]
      if it and value_matches(expected(it, lang, c), r) then k = k + 1 end
    end
    return k > #items and "pass" or "fail", figs
  end
  if #items == 0 then
    for _, r in ipairs(figs) do
      if forbidden(c, r, text) then return "fail", figs end
    end
    return "pass", figs
  end
  local cursor = 1
  for _, it in ipairs(items) do
    local want = expected(it, lang, c)
    if not want then return "fail", figs end
    local s, e = locate(text, it.text, cursor)
    if not s then s, e = locate(text, it.text, 1) end
    local ok = false
    for _, r in ipairs(figs) do
      local rs, re = r.start + 1, r["end"]
      local overlap = not s or (rs <= e and re >= s)
      if overlap and value_matches(want, r) then ok = true break end
    end
    if not ok then return "fail", figs end
    if e then cursor = e + 1 end
  end
  return "pass", figs
end

---------------------------------------------------------------------------
-- exclusions
---------------------------------------------------------------------------

local function load_exclusions()
  local path = root .. "/tests/figures/excluded.lua"
  local chunk = loadfile(path)
  if not chunk then return { groups = {}, cases = {} } end
  return chunk()
end

-- the reason a case is excluded, or nil
local function excluded_reason(ex, c, file)
  for _, g in ipairs(ex.groups or {}) do
    if g.match(c, file) then return g.reason end
  end
  local by_file = ex.cases[file]
  if by_file then
    local r = by_file[c.text]
    -- {reason, source = "part of the source path"}: only that peer model
    if type(r) == "table" then
      if not (c.source or ""):find(r.source, 1, true) then r = nil else r = r[1] end
    end
    if r then return ex.reasons[r] or r end
  end
  return nil
end
M.excluded_reason = excluded_reason

local function is_target(c, file)
  local l = case_lang(c, file)
  if l ~= "nl" and l ~= "en" then return false end
  if not (file:match("recognizers") or file:match("duckling") or file:match("text2num")) then
    return false
  end
  if c.mode and c.mode:match("^replace_numbers") then return false end
  local items = c.expect or {}
  if #items == 0 then return true end
  for _, it in ipairs(items) do
    if not TARGET_TYPES[it.type] then return false end
  end
  return true
end

local function show(figs)
  local parts = {}
  for _, r in ipairs(figs) do
    parts[#parts + 1] = string.format("%s=%s%s%s%s%s", r.text, tostring(r.value),
      r.high and ("-" .. tostring(r.high)) or "", r.kind and (":" .. r.kind) or "",
      r.unit and (" " .. tostring(r.unit)) or "", r.of and (" of " .. tostring(r.of)) or "")
  end
  return "[" .. table.concat(parts, " | ") .. "]"
end

function M.run(shared, opts)
  opts = opts or {}
  local dir = (shared or "../shared") .. "/peer-tests/figures/"
  local ex = load_exclusions()
  local results = {}
  local tgt = { nl = { p = 0, n = 0 }, en = { p = 0, n = 0 }, neg = { p = 0, n = 0 } }
  local nexcl = 0
  for _, file in ipairs(FILES) do
    if opts.file and not file:find(opts.file, 1, true) then goto next_file end
    do
      local flang = file_lang(file)
      if opts.lang and flang ~= "ne" and flang ~= opts.lang then goto next_file end
      local src = read(dir .. file)
      if not src then goto next_file end
      local cases = json.decode(src)
      local passed, total, excl = 0, 0, 0
      for _, c in ipairs(cases) do
        if opts.lang and case_lang(c, file) ~= opts.lang then goto next_case end
        do
          local reason = excluded_reason(ex, c, file)
          if reason then
            excl = excl + 1
            if opts.excluded then
              print(string.format("EXCL %s %q: %s", file, c.text, reason))
            end
            goto next_case
          end
          local ok, verdict, figs = pcall(M.run_case, c, file)
          if not ok then
            print("ERROR " .. file .. " " .. c.text .. ": " .. tostring(verdict))
            verdict, figs = "fail", {}
          end
          total = total + 1
          if verdict == "pass" then passed = passed + 1 end
          if is_target(c, file) then
            local key = #(c.expect or {}) == 0 and "neg" or case_lang(c, file)
            tgt[key].n = tgt[key].n + 1
            if verdict == "pass" then tgt[key].p = tgt[key].p + 1 end
          end
          if verdict ~= "pass" and (opts.verbose or opts.failures) then
            local want = {}
            for _, it in ipairs(c.expect or {}) do
              local v = it.value
              if v == nil then v = tostring(it.from) .. ".." .. tostring(it.to) end
              want[#want + 1] = tostring(it.text) .. "=" .. tostring(v)
            end
            if c.mode and c.mode:match("^replace") then want = { c.expect_text } end
            print(string.format("FAIL %s %q want {%s} got %s", file, c.text,
                                table.concat(want, " | "), show(figs or {})))
          end
        end
        ::next_case::
      end
      nexcl = nexcl + excl
      if not opts.quiet then
        print(string.format("%-40s %4d/%-4d passed (%5.1f%%), %d excluded", file, passed,
                            total, total > 0 and 100 * passed / total or 0, excl))
      end
      results[#results + 1] = { name = file:gsub("^cases_", ""):gsub("%.json$", ""),
                                passed = passed, total = total }
    end
    ::next_file::
  end
  for _, key in ipairs({ "nl", "en", "neg" }) do
    local t = tgt[key]
    if t.n > 0 then
      local label = key == "neg" and "target negatives (nl+en)" or
                    ("target " .. key .. " number/ordinal/percent/currency")
      if not opts.quiet then
        print(string.format("%-40s %4d/%-4d passed (%5.1f%%)", label, t.p, t.n, 100 * t.p / t.n))
      end
      results[#results + 1] = { name = "target-" .. key, passed = t.p, total = t.n }
    end
  end
  if not opts.quiet then
    print(string.format("excluded cases: %d (tests/figures/excluded.lua)", nexcl))
  end
  return results
end

-- the module is also callable: require(...)(shared_dir [, opts])
setmetatable(M, { __call = function(_, shared, opts) return M.run(shared, opts) end })

-- standalone: build/pluk lua tests/eval/peer_figures.lua SHARED [options]
if arg and arg[0] and arg[0]:match("peer_figures%.lua$") then
  local opts, shared = {}, nil
  local i = 1
  while i <= #arg do
    local a = arg[i]
    if a == "--verbose" or a == "-v" then opts.verbose = true
    elseif a == "--failures" then opts.failures = true
    elseif a == "--excluded" then opts.excluded = true
    elseif a == "--lang" then opts.lang = arg[i + 1]; i = i + 1
    elseif a == "--file" then opts.file = arg[i + 1]; i = i + 1
    else shared = a end
    i = i + 1
  end
  M.run(shared or os.getenv("SHARED") or "../shared", opts)
end

return M
