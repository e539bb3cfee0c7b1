-- tests/quotes/shared_test.lua: the evidence in ../shared as pass/fail
-- cases -- the seed article against its gold file, and every peer test
-- case about quote spans and speakers (tests/eval/peer_quotes.lua) that
-- does not contradict the rules (tests/quotes/peer_exceptions.md).
-- Prints "shared-quotes: skipped (no ../shared)" without ../shared.

local T = require "harness"
local json = require "pluk.json"

T.suite "shared-quotes"

local shared = T.shared()
if not shared then T.skip("no ../shared") end

local readf = require("fileio").read

T.case("seed gold file", function()
  local gold = json.decode(assert(readf(shared .. "/seed/zuckerberg-2018-04.gold.json")))
  local path = shared .. "/seed/zuckerberg-2018-04.txt"
  local art = require("pluk.read").txt(assert(readf(path)), path)
  local recs = require("pluk.rules").load_set({ "quotes", "attributions" }):extract(art)
  local q, a = {}, {}
  for _, r in ipairs(recs) do
    if r.type == "quote" then q[#q + 1] = r else a[#a + 1] = r end
  end
  T.eq(#q, #gold.quotes, "quote count")
  for i, g in ipairs(gold.quotes) do
    local r = q[i] or {}
    T.eq(r.text, g.text, "quote " .. i)
    T.ok(r.speaker and tostring(r.speaker):find(g.speaker, 1, true), "quote " .. i .. " speaker",
         tostring(r.speaker))
  end
  T.eq(#a, #gold.attributions, "attribution count")
  for i, g in ipairs(gold.attributions) do
    local r = a[i] or {}
    T.eq(r.text, g.text, "attribution " .. i)
    T.ok(r.speaker and tostring(r.speaker):find(g.speaker, 1, true), "attribution " .. i .. " speaker",
         tostring(r.speaker))
  end
end)

T.case("peer test cases", function()
  local peer = require "eval.peer_quotes"
  local sum = peer.run(shared, { quiet = true })
  for _, f in ipairs(sum.files) do
    T.eq(f.failures, {}, f.file .. ": cases that must pass")
  end
end)

T.done()
