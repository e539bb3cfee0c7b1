-- tests/bench/make_jsonl.lua: the runner benchmark's input (never committed).
--
--   build/pluk lua tests/bench/make_jsonl.lua CORPUS_DIR OUT.jsonl [MIN_BYTES]
--
-- Writes OUT.jsonl, one JSON object per line ({"id", "lang", "text"}), by
-- repeating the articles of CORPUS_DIR/en/*.txt and CORPUS_DIR/nl/*.txt in
-- a shuffled order (a fixed seed, so every run builds the same bytes) until
-- the file holds at least MIN_BYTES (default 100 MB = 10^8 bytes). Each
-- copy gets its own id (`<file>#<copy>`), as an archive dump would. An
-- existing OUT.jsonl of at least MIN_BYTES is kept. Prints one line:
-- articles, bytes of JSON, bytes of article text.

local core = require "pluk.core"
local read = require "pluk.read"

local corpus, out, min = arg[1], arg[2], tonumber(arg[3] or "") or 1e8
if not corpus or not out then
  io.stderr:write("usage: make_jsonl.lua CORPUS_DIR OUT.jsonl [MIN_BYTES]\n")
  os.exit(2)
end

local st = core.stat(out)
if st and st.size and st.size >= min then
  print(string.format("%s: kept (%d bytes)", out, st.size))
  os.exit(0)
end

local articles = {}
for _, lang in ipairs { "en", "nl" } do
  local dir = corpus .. "/" .. lang
  local names = {}
  for _, e in ipairs(core.listdir(dir) or {}) do
    if e[1]:sub(-4) == ".txt" then names[#names + 1] = e[1] end
  end
  table.sort(names)
  for _, n in ipairs(names) do
    local f = assert(io.open(dir .. "/" .. n, "rb"))
    local a = read.txt(f:read("a"), dir .. "/" .. n)
    f:close()
    articles[#articles + 1] = { id = n:sub(1, -5), lang = lang, text = a.text }
  end
end
if #articles == 0 then
  io.stderr:write("make_jsonl: no articles in " .. corpus .. "/{en,nl}\n")
  os.exit(1)
end

-- a small LCG, not math.random: the same bytes on every Lua build
local seed = 20261130
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end

local tmp = out .. ".tmp"
local f = assert(io.open(tmp, "wb"))
local bytes, text_bytes, count, copy = 0, 0, 0, 0
while bytes < min do
  copy = copy + 1
  for i = #articles, 2, -1 do            -- Fisher-Yates, a new order per round
    local j = rand(i)
    articles[i], articles[j] = articles[j], articles[i]
  end
  for _, a in ipairs(articles) do
    local line = '{"id":' .. core.json_string(a.id .. "#" .. copy) ..
                 ',"lang":"' .. a.lang .. '","text":' .. core.json_string(a.text) .. "}\n"
    f:write(line)
    bytes, text_bytes, count = bytes + #line, text_bytes + #a.text, count + 1
    if bytes >= min then break end
  end
end
f:close()
assert(os.rename(tmp, out))
print(string.format("%s: %d articles, %d bytes (%d bytes of text)", out, count, bytes, text_bytes))
