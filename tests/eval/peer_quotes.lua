-- tests/eval/peer_quotes.lua: peers' quote and source-extraction test cases
-- (../shared/peer-tests/quotes/*.json: CoreNLP, textacy, quootstrap and the
-- Dutch and English source-extraction tests of vanatteveldt) run through
-- the quotes and attributions rules; prints the pass rate per file.
--
--   build/pluk lua tests/eval/peer_quotes.lua [SHARED_DIR] [-v]
--   local peer = require "eval.peer_quotes"
--   peer.run(shared [, {verbose =, quiet =}]) -> summary (and prints the
--   pass rate per file unless quiet)
--
-- summary = {files = {{file =, passed =, failed =, excepted =, total =,
-- failures = {names}}}, passed =, failed =, excepted =, and as its array
-- part one {name =, passed =, total =} per file (make eval's format)}.
-- A case listed in
-- tests/quotes/peer_exceptions.md contradicts the issue's rules (or tests a
-- peer's own option): it is run and reported, but counted apart.
--
-- Each case is judged on what the peer's test asserts, compared the way
-- the shared scoring compares quotes: texts agree after trimming white
-- space and quote marks (peers keep the marks in the quote, pluk does
-- not), speakers by their head word.

local json = require "pluk.json"
local pluk = require "pluk"

local M = {}

local readf = require("fileio").read

-- characters that quote marks are made of
local MARKS = { '"', "'", "`", ",", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "«", "»",
                "‹", "›", "「", "」", "『", "』" }

local function strip_marks_edges(x)
  local changed = true
  while changed do
    changed = false
    x = x:gsub("^%s+", ""):gsub("%s+$", "")
    for _, m in ipairs(MARKS) do
      if x:sub(1, #m) == m then x = x:sub(#m + 1) changed = true end
      if #x >= #m and x:sub(-#m) == m then x = x:sub(1, -#m - 1) changed = true end
    end
  end
  return x
end

-- does our quote text `got` equal the peer's `want` (which may carry its
-- marks): `want` = marks .. got .. marks
local function same_quote(want, got)
  local a = want:find(got, 1, true)
  while a do
    local pre, post = want:sub(1, a - 1), want:sub(a + #got)
    if strip_marks_edges(pre) == "" and strip_marks_edges(post) == "" then return true end
    a = want:find(got, a + 1, true)
  end
  return false
end

-- words of a text, lower case, without punctuation and marks
local function words(x)
  local out = {}
  for w in x:gsub("[%p]", " "):gsub("[“”„‘’«»‹›「」]", " "):gmatch("%S+") do
    out[#out + 1] = w:lower()
  end
  return out
end

-- Alpino lemmas the Dutch cases name, and the forms they stand for
local LEMMA = {
  ben = { "is", "ben", "zijn", "was", "waren" }, heb = { "heeft", "hebben", "had", "hadden" },
  moet = { "moeten", "moet" }, snoei = { "gesnoeid" }, leer = { "leert" },
  dreig = { "dreigde" }, like = { "likes" },
}

local function has_lemma(text, lemma)
  local low = text:lower()
  if low:find(lemma:lower(), 1, true) then return true end
  for _, f in ipairs(LEMMA[lemma] or {}) do
    for _, w in ipairs(words(text)) do if w == f then return true end end
  end
  return false
end

local function null(v) return v == nil or v == json.null end

-- the text a speaker check may look at: the mention, the canonical name,
-- and the two words before the mention (a title or role: `De heer Wilders`)
local function speaker_span(text, r)
  local parts = {}
  if not null(r.speaker_text) then parts[#parts + 1] = r.speaker_text end
  if not null(r.speaker) then parts[#parts + 1] = r.speaker end
  if not null(r.speaker_start) then
    local before = text:sub(math.max(1, r.speaker_start - 30), r.speaker_start)
    local w = {}
    for x in before:gmatch("%S+") do w[#w + 1] = x end
    parts[#parts + 1] = table.concat(w, " ", math.max(1, #w - 1))
  end
  return table.concat(parts, " ")
end

-- a peer's speaker (tokens or a lemma) found in our record
local function speaker_ok(text, r, want)
  if null(r.speaker) and null(r.speaker_text) then return false end
  local span = speaker_span(text, r)
  local ws = words(want)
  if #ws == 0 then return false end
  local head = ws[#ws]
  -- `VVD : , .` and the like: the first word is the head
  if want:find("^%S+%s+[%p%s]+$") then head = ws[1] end
  return has_lemma(span, head)
end

local function extract(text, lang)
  local recs = pluk.extract(text, { rules = { "quotes", "attributions" }, lang = lang })
  local quotes, attrs, all = {}, {}, {}
  for _, r in ipairs(recs) do
    all[#all + 1] = r
    if r.type == "quote" then quotes[#quotes + 1] = r else attrs[#attrs + 1] = r end
  end
  return quotes, attrs, all
end

---------------------------------------------------------------------------
-- Judges per file: case -> ok, why
---------------------------------------------------------------------------

local judge = {}

-- CoreNLP QuoteAnnotator: top-level quotes (marks included), speakers
judge.cases_corenlp = function(c)
  local e = c.expect
  local quotes = extract(c.text, "en")
  local want = {}
  for _, q in ipairs(e.quotes or {}) do want[#want + 1] = q end
  for _, q in ipairs(e.unclosed_quotes or {}) do want[#want + 1] = q end
  local count = (e.quote_count or #want) + #(e.unclosed_quotes or {})
  -- a case that asserts only the speaker of its first quote
  if not e.quote_count and #want == 0 and e.canonical_speakers then count = #quotes end
  if #quotes ~= count then
    return false, ("%d quotes, want %d"):format(#quotes, count)
  end
  if #want > 0 then
    -- the listed quotes, in order, among ours
    local j = 1
    for _, w in ipairs(want) do
      local found = false
      while j <= #quotes do
        local ok = same_quote(w, quotes[j].text)
        j = j + 1
        if ok then found = true break end
      end
      if not found then return false, "no quote " .. w end
    end
  end
  for i, sp in ipairs(e.speakers or {}) do
    local r = quotes[i]
    if not r or not speaker_ok(c.text, r, sp) then
      return false, "speaker of quote " .. i .. " is not " .. sp
    end
  end
  for i, sp in ipairs(e.canonical_speakers or {}) do
    local r = quotes[i]
    if not r or null(r.speaker) or r.speaker:lower() ~= sp:lower() then
      return false, ("canonical speaker %s, want %s"):format(r and tostring(r.speaker) or "-", sp)
    end
  end
  return true
end

-- textacy direct quotations: quotes with marks, speaker tokens, cues
judge.cases_textacy = function(c)
  local e = c.expect
  local quotes = extract(c.text, c.name:find("spanish") and "auto" or "en")
  if e.speakers_flat_tokens then
    local got = {}
    for _, r in ipairs(quotes) do
      for _, w in ipairs(words(null(r.speaker_text) and "" or r.speaker_text)) do got[#got + 1] = w end
    end
    -- the peer's tokens, in order, within ours (determiners aside)
    local j = 1
    for _, w in ipairs(e.speakers_flat_tokens) do
      local ww = words(w)[1] or w:lower()
      local found = false
      while j <= #got do
        if got[j] == ww then found = true j = j + 1 break end
        j = j + 1
      end
      if not found then return false, "speaker tokens " .. table.concat(got, " ") end
    end
    return true
  end
  if #quotes ~= #(e.quotes or {}) then
    return false, ("%d quotes, want %d"):format(#quotes, #(e.quotes or {}))
  end
  for i, w in ipairs(e.quotes or {}) do
    local r = quotes[i]
    if not same_quote(w, r.text) then return false, "quote " .. r.text end
    local sp = e.speakers and e.speakers[i]
    if sp and (null(r.speaker_text) or r.speaker_text:lower() ~= sp:lower()) then
      return false, "speaker " .. tostring(r.speaker_text) .. ", want " .. sp
    end
    local cue = e.cues and e.cues[i]
    if cue and (null(r.cue) or r.cue:lower() ~= cue:lower()) then
      return false, "cue " .. tostring(r.cue) .. ", want " .. cue
    end
  end
  return true
end

-- vanatteveldt source extraction (Dutch and English): sources and what
-- they say, direct or reported; token lists from a parser
local function vanatteveldt(c, lang)
  local e = c.expect
  local _, _, all = extract(c.text, lang)
  local function record_for(qtext, sp)
    local want = words(qtext)
    for _, r in ipairs(all) do
      local got = {}
      for _, w in ipairs(words(r.text)) do got[w] = true end
      local extra = {}
      for _, w in ipairs(words(speaker_span(c.text, r) .. " " .. (null(r.cue) and "" or r.cue))) do
        extra[w] = true
      end
      local ok = #want > 0
      for _, w in ipairs(want) do
        if not got[w] and not extra[w] then ok = false break end
      end
      if ok and (not sp or speaker_ok(c.text, r, sp)) then return r end
    end
    return nil
  end
  if e.source_quote_lemma_pairs then
    for _, p in ipairs(e.source_quote_lemma_pairs) do
      local found = false
      for _, r in ipairs(all) do
        if speaker_ok(c.text, r, p[1]) and (p[2] == '"' and r.type == "quote" or has_lemma(r.text, p[2])) then
          found = true
        end
      end
      if not found then return false, "no source " .. p[1] .. " saying " .. p[2] end
    end
    return true
  end
  if e.source_count ~= nil and #all ~= e.source_count and not (#(e.quotes or {}) > 1) then
    return false, ("%d records, want %d"):format(#all, e.source_count)
  end
  if #(e.quotes or {}) > 0 then
    for i, q in ipairs(e.quotes) do
      local sp = e.speakers and e.speakers[i]
      if not record_for(q, sp) then return false, "no record for " .. q end
    end
    return true
  end
  if e.speaker_lemma_in_source then
    for _, r in ipairs(all) do
      if speaker_ok(c.text, r, e.speaker_lemma_in_source) and
         (not e.lemma_in_quote or has_lemma(r.text, e.lemma_in_quote)) then
        return true
      end
    end
    return false, "no source " .. e.speaker_lemma_in_source
  end
  if #(e.speakers or {}) == 0 then
    if #all == 0 then return true end
    return false, ("%d records, want none"):format(#all)
  end
  return false, "nothing to check"
end

judge.cases_dutch_vanatteveldt = function(c) return vanatteveldt(c, "nl") end
judge.cases_english_vanatteveldt = function(c) return vanatteveldt(c, "en") end

-- quootstrap: a learner of context patterns around a quotation `***`.
-- Where it learns a pattern, pluk must attribute `***` to the speaker;
-- where the speaker is not in the text, pluk must not invent it.
judge.cases_quootstrap = function(c)
  local e = c.expect
  local _, _, all = extract(c.text, "en")
  local sp = e.speakers and e.speakers[1]
  local hit = false
  for _, r in ipairs(all) do
    if r.text:find("***", 1, true) and not null(r.speaker) and sp and r.speaker:lower() == sp:lower() then
      hit = true
    end
  end
  if e.pattern ~= nil and e.pattern ~= json.null then
    return hit, not hit and "*** not attributed to " .. tostring(sp) or nil
  end
  if sp and not c.text:find(sp, 1, true) then
    return not hit, hit and "attributed to an absent speaker" or nil
  end
  return not hit, hit and "attributed, the peer learns no pattern here" or nil
end

---------------------------------------------------------------------------
-- Exceptions: tests/quotes/peer_exceptions.md, lines "- `file` / `case`: why"
---------------------------------------------------------------------------

local function exceptions(path)
  local out = {}
  local s = readf(path) or ""
  for file, name in s:gmatch("\n%- `([^`]+)` / `([^`]+)`") do
    out[file .. "\0" .. name] = true
  end
  return out
end

local function here()
  local src = debug.getinfo(1, "S").source
  if src:sub(1, 1) == "@" then return (src:sub(2):match("^(.*)/[^/]*$") or ".") end
  return "tests/eval"
end

-- run(shared [, opts]) -> summary
function M.run(shared, opts)
  if type(opts) ~= "table" then opts = { verbose = opts } end
  local verbose = opts.verbose
  local dir = shared .. "/peer-tests/quotes"
  local exc = exceptions(here() .. "/../quotes/peer_exceptions.md")
  local summary = { files = {}, passed = 0, failed = 0, excepted = 0 }
  local list = {}
  local p = io.popen('ls "' .. dir .. '"/*.json 2>/dev/null')
  for f in p:lines() do list[#list + 1] = f end
  p:close()
  table.sort(list)
  for _, path in ipairs(list) do
    local file = path:match("([^/]+)$")
    local key = file:gsub("%.json$", "")
    local cases = json.decode(readf(path))
    local fj = judge[key]
    local row = { file = file, passed = 0, failed = 0, excepted = 0, total = #cases, failures = {} }
    for i, c in ipairs(cases) do
      local name = c.name or tostring(i)
      local ok, why
      if fj then
        local okc, a, b = pcall(fj, c)
        if okc then ok, why = a, b else ok, why = false, "error: " .. tostring(a) end
      else
        ok, why = false, "no judge for this file"
      end
      if exc[file .. "\0" .. name] then
        row.excepted = row.excepted + 1
        if verbose then print(("  EXC  %s / %s%s"):format(file, name, ok and " (passes anyway)" or "")) end
      elseif ok then
        row.passed = row.passed + 1
      else
        row.failed = row.failed + 1
        row.failures[#row.failures + 1] = name .. ": " .. tostring(why)
        if verbose then print(("  FAIL %s / %s: %s"):format(file, name, tostring(why))) end
      end
    end
    summary.passed = summary.passed + row.passed
    summary.failed = summary.failed + row.failed
    summary.excepted = summary.excepted + row.excepted
    summary.files[#summary.files + 1] = row
    summary[#summary + 1] = { name = file, passed = row.passed, total = row.passed + row.failed }
  end
  if not opts.quiet then M.print(summary) end
  return summary
end

function M.print(summary)
  for _, r in ipairs(summary.files) do
    local judged = r.passed + r.failed
    print(("%-34s %3d/%-3d passed (%5.1f%%)  %d excepted (peer_exceptions.md); %d/%d of all cases"):format(
      r.file, r.passed, judged, judged > 0 and 100 * r.passed / judged or 0, r.excepted,
      r.passed, r.total))
  end
  local judged = summary.passed + summary.failed
  print(("%-34s %3d/%-3d passed (%5.1f%%)  %d excepted"):format("all", summary.passed, judged,
        judged > 0 and 100 * summary.passed / judged or 0, summary.excepted))
end

-- standalone: build/pluk lua tests/eval/peer_quotes.lua [SHARED] [-v]
if arg and arg[0] and arg[0]:find("peer_quotes%.lua$") then
  local shared, verbose = nil, false
  for _, a in ipairs(arg) do
    if a == "-v" then verbose = true else shared = a end
  end
  shared = shared or os.getenv("SHARED") or "../shared"
  if not readf(shared .. "/DESIGN.md") then
    print("peer_quotes: skipped (no " .. shared .. ")")
    return M
  end
  M.run(shared, { verbose = verbose })
end

return M
