-- pluk from a stock lua5.4, no pluk command involved:
--
--   lua5.4 examples/stock_lua.lua FILE...        (after make install)
--
-- From a build tree, point Lua at it first:
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua/?.so;;' \
--     lua5.4 examples/stock_lua.lua examples/articles/zuckerberg-2018-04.txt
local pluk = require "pluk"

for _, path in ipairs(arg) do
  local f = assert(io.open(path, "rb"))
  local article = pluk.read.txt(f:read("a"), path)
  f:close()
  local words = 0
  for _ in pluk.text.words(article.text, { wordlike = true }) do words = words + 1 end
  local n = { quote = 0, attribution = 0, figure = 0 }
  for _, rec in ipairs(pluk.extract(article.text, { lang = article.lang })) do
    if rec.start >= article.header_end then n[rec.type] = (n[rec.type] or 0) + 1 end
  end
  print(string.format("%s: %s, %d words, %d sentences, %d quotes, %d attributions, %d figures",
    path, article.lang or "?", words, #pluk.sentences(article.text, article.lang),
    n.quote, n.attribution, n.figure))
end
