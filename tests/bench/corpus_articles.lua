-- tests/bench/corpus_articles.lua: the articles of SHARED/corpus/LANG for
-- the rule benches (rules_bench.lua, rules_repeat.lua), read as pluk reads
-- a .txt file (pluk.read.txt: date header and title line found).
--
--   local articles = require "corpus_articles"
--   local list, err = articles(shared, "nl")
--
-- Returns the articles in file name order, each with `id` its file name,
-- or nil and a message when the directory cannot be listed.

local core = require "pluk.core"
local read = require "pluk.read"

return function(shared, lang)
  local dir = shared .. "/corpus/" .. lang
  local entries = core.listdir(dir)
  if not entries then return nil, "no directory " .. dir end
  local names = {}
  for _, e in ipairs(entries) do
    if e[1]:sub(-4) == ".txt" then names[#names + 1] = e[1] end
  end
  table.sort(names)
  local out = {}
  for _, n in ipairs(names) do
    local f = io.open(dir .. "/" .. n, "rb")
    if f then
      out[#out + 1] = read.txt(f:read("a"), n)
      f:close()
    end
  end
  return out
end
