-- tests/quotes/scan_test.lua: pluk.speech's fast whole-text scan (a C
-- word trie for the cues, an LPeg span for the marks, string.find for the
-- paragraph breaks) finds exactly the events of the LPeg scan it stands
-- in for (L.scan, build_scan), kind by kind, in every language's data:
-- on the fixtures, the corpus in ../shared when present, hand-made
-- corner cases (joiners, `_`, phrases, invalid bytes) and random strings
-- of such pieces. And a rule that changes L.cue_p or L.mark gets the LPeg
-- scan.

local T = require "harness"
local speech = require "pluk.speech"
local core = require "pluk.core"

T.suite "speech-scan"

-- events by kind: {marks = {pos, str, ...}, breaks = {...}, cues = {...}}
local function split(ev)
  local k = { {}, {}, {} }
  for i = 1, #ev, 3 do
    local t = k[ev[i]]
    t[#t + 1] = ev[i + 1]
    t[#t + 1] = ev[i + 2]
  end
  return k
end

local KIND = { "marks", "breaks", "cues" }

-- nil when both scans agree, else what differs first (and the fast
-- scan's events lie by kind where its two indices say: marks before the
-- first break, breaks before the first cue)
local function differ(L, s)
  local ev, breaks, first_cue = L.fast_scan(s)
  for i = 1, #ev, 3 do
    local want = i < breaks and 1 or i < first_cue and 2 or 3
    if ev[i] ~= want then
      return string.format("event %d: kind %d where the indices say %d", (i + 2) // 3, ev[i], want)
    end
  end
  local a, b = split(L.scan:match(s)), split(ev)
  for kind = 1, 3 do
    local x, y = a[kind], b[kind]
    for i = 1, math.max(#x, #y) do
      if x[i] ~= y[i] then
        return string.format("%s #%d: %s vs %s", KIND[kind], (i + 1) // 2,
                             tostring(x[i]), tostring(y[i]))
      end
    end
  end
  return nil
end

local texts = {}
local readf = require("fileio").read
local function walk(dir)
  for _, e in ipairs(core.listdir(dir) or {}) do
    local p = dir .. "/" .. e[1]
    if e[1]:match("%.txt$") then
      local s = readf(p)
      if s then texts[#texts + 1] = { p, s } end
    elseif not e[1]:find("%.") then
      walk(p)
    end
  end
end
walk("tests/quotes/fixtures")
walk("examples")
local shared = T.shared()
if shared then walk(shared .. "/corpus") end

local CORNERS = {
  "well-said said-said told-you 'said' x'said d'après ,,Zo'' zei hij. ‘said’",
  "rock-'n'-roll according to-said according tox according to him",
  "said's don''t x''y x'’y «said» Jones' cow ’tis ``said''",
  "\r\n\r\n said\n\n\n  \n told \n\n\t_said to\n_said",
  "ab\255said \195said x\226\128\153said said\226\128\153s said\226\128\144told",
  "teilte mit-said well-teilte mit told \t_told _'x' a_'b' _zei“aldus”",
  "Volgens Jansen zei hij: ,,We gaan door,'' aldus de minister.",
  -- & joins two capitals only (Q&A, AT&T): a cue after it is inside a word
  "Q&Said R&Told-said a&said S& Said &Told Q&A said",
  -- one long line: the steps to each cue go on from the last one asked
  string.rep("x_said well-said __told a_'b' said-said ", 40),
  string.rep("x_said well-said\n _told a_'b' ", 20),
}

local PIECES = { "said", "Said", "told", "according", " ", "to", "-", "'",
  "\226\128\153", "‘", "“", "”", ",", ",,", "`", "``", "x", "é", "\n",
  "\n\n", "\r", "\t", "zei", "d", "après", "teilte", "mit", "_", "3", "\255",
  "\194", "volgens", "aldus", ".", "«", "»", "'s", "said to",
  "\226\128\144", "\226\128\145", "  ", "&", "Q" }

T.case("fast scan = LPeg scan", function()
  local langs = { "en", "nl", "de", "fr", false }
  for _, l in ipairs(langs) do
    local L = speech.default:language(l or nil)
    T.ok(L.fast_scan ~= nil, "fast scan for " .. tostring(l))
    local bad
    for _, t in ipairs(texts) do
      local d = differ(L, t[2])
      if d then bad = t[1] .. ": " .. d break end
    end
    for i, s in ipairs(CORNERS) do
      local d = not bad and differ(L, s)
      if d then bad = "corner " .. i .. ": " .. d end
    end
    -- random strings of the pieces (a fixed generator: same each run)
    local seed = 12345
    local function rnd(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n + 1
    end
    for _ = 1, 3000 do
      if bad then break end
      local parts = {}
      for i = 1, rnd(24) do parts[i] = PIECES[rnd(#PIECES)] end
      local s = table.concat(parts)
      local d = differ(L, s)
      if d then bad = string.format("%q: %s", s, d) end
    end
    T.eq(bad, nil, "same events, lang " .. tostring(l) .. " (" .. #texts .. " texts)")
  end
end)

T.case("a rule's own cue pattern gets the LPeg scan", function()
  local lpeg = require "lpeg"
  local mine = speech.new { alter = function(L)
    L.cue_p = L.cue_p + lpeg.C(lpeg.P"brulde") * -speech.WC
    return L
  end }
  T.eq(mine:language("nl").fast_scan, nil, "no fast scan")
  T.ok(speech.default:language("nl").fast_scan ~= nil, "the default keeps it")
end)

T.done()
