-- pluk.lang: which language an article is in, from its function words.
--
-- Each language is a folder of the rule search path holding
-- function_words.txt (rules/nl/function_words.txt, ...): adding a language
-- means adding that list, nothing else. The language whose words make up
-- the largest share of the first SAMPLE bytes wins; under MIN_HITS hits in
-- all, the language is unknown (nil) and every rule runs.

local core = require "pluk.core"
local lexicon = require "pluk.lexicon"

local M = {}

local SAMPLE = 4096
local MIN_HITS = 3

local languages_cache = {}

-- languages(dirs) -> sorted array of language codes with a word list.
function M.languages(dirs)
  dirs = dirs or require("pluk.rules").path()
  local key = table.concat(dirs, ";")
  if languages_cache[key] then return languages_cache[key] end
  local seen, out = {}, {}
  for _, d in ipairs(dirs) do
    for _, e in ipairs(core.listdir(d) or {}) do
      local name = e[1]
      if not seen[name] and e[2] == "dir" and
         lexicon.exists(name, "function_words", { d }) then
        seen[name] = true
        out[#out + 1] = name
      end
    end
  end
  table.sort(out)
  languages_cache[key] = out
  return out
end

-- detect(text [, dirs]) -> language code or nil.
-- The languages and their word sets per search path (the path string):
-- detection runs once per article, and the path is the same every time.
-- Made again after lexicon.reset().
local sets_cache = {}

function M.detect(text, dirs)
  dirs = dirs or require("pluk.rules").path()
  local key = table.concat(dirs, ";")
  local c = sets_cache[key]
  if not c or c.generation ~= lexicon.generation then
    local langs = M.languages(dirs)
    local sets = {}
    for i, l in ipairs(langs) do
      sets[i] = lexicon.set(l, "function_words", dirs)
    end
    c = { langs = langs, sets = sets, generation = lexicon.generation }
    sets_cache[key] = c
  end
  local langs, sets = c.langs, c.sets
  local hits = {}
  for i = 1, #langs do hits[i] = 0 end
  local sample = text:sub(1, SAMPLE):lower()
  for w in sample:gmatch("[%a\128-\255']+") do
    for i = 1, #langs do
      if sets[i][w] then hits[i] = hits[i] + 1 end
    end
  end
  local best, best_hits, total = nil, 0, 0
  for i, h in ipairs(hits) do
    total = total + h
    if h > best_hits then best, best_hits = langs[i], h end
  end
  if total < MIN_HITS then return nil end
  return best
end

return M
