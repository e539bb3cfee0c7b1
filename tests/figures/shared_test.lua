-- tests/figures/shared_test.lua: the figures rule against the data in
-- ../shared (tests/figures/README.md): the seed gold file, the peer test
-- targets of issue 5 and a floor on the dev-gold scores. Without ../shared
-- it prints one line, "shared-figures: skipped (no ../shared)".

local T = require "harness"
local json = require "pluk.json"

T.suite "shared-figures"

local shared = T.shared()
if not shared then T.skip("no ../shared") end

local slurp = require("fileio").read

local set = require("pluk.rules").load_set({ "figures" })

local function extract(text, path, lang)
  local art = require("pluk.read").txt(text, path, { lang = lang })
  return set:extract(art), art
end

T.case("seed gold: every figure with its value and of, no not_figures", function()
  local gold = json.decode(assert(slurp(shared .. "/seed/zuckerberg-2018-04.gold.json")))
  local text = assert(slurp(shared .. "/seed/zuckerberg-2018-04.txt"))
  local recs, art = extract(text, "seed", gold.lang)
  local used = {}
  for _, g in ipairs(gold.figures) do
    local hit = nil
    for i, r in ipairs(recs) do
      if not used[i] and r.text == g.text then hit = i break end
    end
    T.ok(hit ~= nil, "seed figure " .. g.text)
    if hit then
      used[hit] = true
      local r = recs[hit]
      T.eq(r.value, g.value, "value of " .. g.text)
      T.eq(r.kind, g.kind, "kind of " .. g.text)
      if g.of then T.eq(r.of, g.of, "of of " .. g.text) end
    end
  end
  for _, r in ipairs(recs) do
    T.ok(r.start >= art.header_end, "nothing in the date header")
    for _, nf in ipairs(gold.not_figures) do
      local phrase = nf:match("^([^%(]-)%s*%(") or nf
      T.ok(r.text ~= phrase and not phrase:find(r.text, 1, true) or r.text == "tien",
           "not a figure: " .. phrase .. " (got " .. r.text .. ")")
    end
  end
end)

T.case("peer tests: the issue 5 targets", function()
  local peer = dofile("tests/eval/peer_figures.lua")
  local results = peer.run(shared, { quiet = true })
  local by = {}
  for _, r in ipairs(results) do by[r.name] = r end
  for _, key in ipairs({ "target-nl", "target-en" }) do
    local r = by[key]
    T.ok(r ~= nil and r.total > 0, key .. " ran")
    if r then
      T.ok(r.passed / r.total >= 0.95, key .. " >= 95%",
           string.format("%d/%d", r.passed, r.total))
    end
  end
  local neg = by["target-neg"]
  T.ok(neg ~= nil and neg.passed == neg.total, "no figure in the negative cases",
       neg and string.format("%d/%d", neg.passed, neg.total))
end)

T.case("dev-gold: a floor under the figure scores", function()
  local S = require "eval.score"
  local core = require "pluk.core"
  local tp, npred, ngold, vok, vn = 0, 0, 0, 0, 0
  for _, lang in ipairs({ "en", "nl" }) do
    local dir = shared .. "/dev-gold/" .. lang
    for _, e in ipairs(core.listdir(dir) or {}) do
      if e[1]:match("%.gold%.json$") then
        local doc = json.decode(assert(slurp(dir .. "/" .. e[1])))
        local bytes = slurp(shared .. "/corpus/" .. doc.article)
        if bytes then
          local recs, art = extract(bytes, doc.article, lang)
          local res = S.score_article(doc, art.text, recs, {
            types = { figures = true }, header_end = art.header_end,
            char_shift = (#bytes - #art.text == 3) and 1 or 0 })
          local c = res.figures
          tp, npred, ngold = tp + c.tp, npred + c.pred, ngold + c.gold
          vok, vn = vok + c.value.ok, vn + c.value.n
        end
      end
    end
  end
  T.ok(ngold > 0, "dev-gold read")
  local p, r = tp / math.max(npred, 1), tp / math.max(ngold, 1)
  local f1 = (p + r > 0) and 2 * p * r / (p + r) or 0
  T.ok(f1 >= 0.9, "figure F1 >= 0.9", string.format("P %.3f R %.3f F1 %.3f", p, r, f1))
  T.ok(vok / math.max(vn, 1) >= 0.95, "value accuracy >= 0.95",
       string.format("%d/%d", vok, vn))
end)

T.done()
