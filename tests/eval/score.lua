-- tests/eval/score.lua: the scoring rule of `make eval`, as a module the
-- eval driver (tests/eval/eval.lua) and its own test suite
-- (tests/eval/eval_test.lua) both call. It does no I/O and needs nothing
-- but Lua 5.4 (pluk.core is used for Unicode case folding when present).
--
-- The rule (../shared/dev-gold/README.md, docs/eval.md):
--   quote        matches a gold quote when the texts agree after trimming
--                white space, quote marks and trailing punctuation, or the
--                spans overlap by >= 80% of the longer span;
--   attribution  the same text rule, or >= 50% overlap;
--   figure       the spans overlap (at least one character);
--   matching is one-to-one, gold taken in article order.
--   speaker      of a matched quote/attribution: strict when it equals the
--                gold `speaker` case-insensitively; partial when one name is
--                the other's trailing words (surname only: "Zuckerberg" for
--                "Mark Zuckerberg", "Van der Schans" for "Wout-Jan van der
--                Schans").
--   figure value right when equal; a gold range [low, high] wants the
--                record's `value` == low and `high` == high.
--   kind, of     scored separately on matched figures.
--
-- Units: gold offsets are character offsets (Python str indices) into the
-- article file; records carry 0-based byte offsets into the text. Spans are
-- compared in characters: S.offsets(text) converts both ways.

local S = {}

---------------------------------------------------------------------------
-- small helpers
---------------------------------------------------------------------------

-- JSON null (pluk.json's sentinel) and Lua nil are both "no value".
local function is_null(v)
  if v == nil then return true end
  if type(v) == "table" then
    local mt = getmetatable(v)
    return mt ~= nil and mt.__name == "json.null"
  end
  return false
end
S.is_null = is_null

local function present(v)
  if is_null(v) then return nil end
  if type(v) == "string" and not v:find("%S") then return nil end
  return v
end
S.present = present

local casefold
do
  local ok, core = pcall(require, "pluk.core")
  if ok and type(core) == "table" and core.text and core.text.casefold then
    local cf = core.text.casefold
    casefold = function(s)
      local ok2, r = pcall(cf, s)
      if ok2 and type(r) == "string" then return r end
      return s:lower()
    end
  else
    casefold = string.lower
  end
end

-- fold(s): trimmed, inner white space runs made one space, case folded.
function S.fold(s)
  if is_null(s) then return nil end
  s = tostring(s):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  return casefold(s)
end

---------------------------------------------------------------------------
-- text normalisation for the text rule
---------------------------------------------------------------------------

-- Quote marks, any position: straight, curly, low-9, guillemets, corner
-- brackets, primes and the backtick/acute used as makeshift quotes.
S.QUOTE_MARKS = {
  '"', "'", "`", "\194\180",                     -- " ' ` ´
  "\226\128\156", "\226\128\157", "\226\128\158", "\226\128\159", -- “ ” „ ‟
  "\226\128\152", "\226\128\153", "\226\128\154", "\226\128\155", -- ‘ ’ ‚ ‛
  "\194\171", "\194\187", "\226\128\185", "\226\128\186",       -- « » ‹ ›
  "\227\128\140", "\227\128\141", "\227\128\142", "\227\128\143", -- 「 」 『 』
  "\226\128\179", "\226\128\178",                               -- ″ ′
}
-- Trailing punctuation (after the quote marks, in any mix with them).
S.TRAILING_PUNCT = { ".", ",", ";", ":", "!", "?", "\226\128\166" } -- … too
-- White space: ASCII plus NBSP, narrow NBSP, thin/hair spaces.
local SPACES = { " ", "\t", "\n", "\r", "\f", "\v", "\194\160",
                 "\226\128\175", "\226\128\137", "\226\128\138",
                 "\226\128\139" }

local function strip_prefix(s, list)
  for _, p in ipairs(list) do
    if s:sub(1, #p) == p then return s:sub(#p + 1), true end
  end
  return s, false
end

local function strip_suffix(s, list)
  for _, p in ipairs(list) do
    if #s >= #p and s:sub(-#p) == p then return s:sub(1, -#p - 1), true end
  end
  return s, false
end

-- normalize(text): the form two texts are compared in. Leading: white
-- space, quote marks and the Dutch opening ",,". Trailing: white space,
-- quote marks, punctuation (. , ; : ! ? …) and an editorial "[.]"/"[,]".
-- Repeated until nothing changes; the inside of the text is left alone.
function S.normalize(text)
  if is_null(text) then return "" end
  local s = tostring(text)
  local changed = true
  while changed and #s > 0 do
    local a, b, c, d
    s, a = strip_prefix(s, SPACES)
    s, b = strip_prefix(s, S.QUOTE_MARKS)
    if s:sub(1, 2) == ",," then s, c = s:sub(3), true end
    s, d = strip_suffix(s, SPACES)
    local e, f, g
    s, e = strip_suffix(s, S.QUOTE_MARKS)
    s, f = strip_suffix(s, S.TRAILING_PUNCT)
    local br = s:match("%[[%.,;:!?]%]$")
    if br then s, g = s:sub(1, -4), true end
    changed = a or b or c or d or e or f or g
  end
  return s
end

function S.text_equal(a, b)
  local na, nb = S.normalize(a), S.normalize(b)
  return na ~= "" and na == nb
end

---------------------------------------------------------------------------
-- spans
---------------------------------------------------------------------------

-- overlap(s1, e1, s2, e2) -> length of [s1,e1) ∩ [s2,e2); 0 when a span
-- is unknown.
function S.overlap(s1, e1, s2, e2)
  if not (s1 and e1 and s2 and e2) then return 0 end
  local lo, hi = math.max(s1, s2), math.min(e1, e2)
  return hi > lo and hi - lo or 0
end

-- ratio(a, b) -> overlap / length of the longer span (0..1).
function S.ratio(a, b)
  if not (a.start and a["end"] and b.start and b["end"]) then return 0 end
  local longer = math.max(a["end"] - a.start, b["end"] - b.start)
  if longer <= 0 then return 0 end
  return S.overlap(a.start, a["end"], b.start, b["end"]) / longer
end

-- offsets(text) -> converter between 0-based byte and character offsets.
--   conv.char(byte_offset), conv.byte(char_offset), conv.nchars
-- conv.char(b) counts the characters that start before byte b, so a span's
-- end inside a multi-byte character takes that character in. Invalid
-- UTF-8 is counted leniently: every byte that is not a continuation byte
-- (0x80-0xBF) starts a character.
function S.offsets(text)
  local conv = {}
  local nbytes = #text
  local starts        -- starts[i] = 0-based byte offset of character i+1
  local function build()
    starts = {}
    local n = 0
    for i = 1, nbytes do
      local c = text:byte(i)
      if c < 0x80 or c >= 0xC0 then
        n = n + 1
        starts[n] = i - 1
      end
    end
    -- a text that starts with continuation bytes: treat the first as a char
    if nbytes > 0 and (starts[1] or 1) ~= 0 then
      table.insert(starts, 1, 0)
    end
    conv.nchars = #starts
  end
  build()
  function conv.byte(c)
    if c <= 0 then return 0 end
    if c >= #starts then return nbytes end
    return starts[c + 1]
  end
  function conv.char(b)
    if b <= 0 then return 0 end
    if b >= nbytes then return #starts end
    -- number of character starts < b (binary search)
    local lo, hi = 1, #starts
    while lo <= hi do
      local mid = (lo + hi) // 2
      if starts[mid] < b then lo = mid + 1 else hi = mid - 1 end
    end
    return lo - 1
  end
  return conv
end

-- locate(text, needle, from, boundary) -> 0-based byte start or nil.
-- Plain search from byte offset `from`; with `boundary`, the hit must not
-- touch an ASCII letter or digit on either side (for figures: "3" not
-- inside "2013").
function S.locate(text, needle, from, boundary)
  if not needle or needle == "" then return nil end
  local pos = (from or 0) + 1
  while true do
    local s, e = text:find(needle, pos, true)
    if not s then return nil end
    if not boundary then return s - 1 end
    local before = s > 1 and text:sub(s - 1, s - 1) or ""
    local after = text:sub(e + 1, e + 1)
    if not before:find("^%w") and not after:find("^%w") then return s - 1 end
    pos = s + 1
  end
end

---------------------------------------------------------------------------
-- one-to-one matching
---------------------------------------------------------------------------

local function by_start(items)
  local idx = {}
  for i = 1, #items do idx[i] = i end
  table.sort(idx, function(a, b)
    local x, y = items[a], items[b]
    local xs, ys = x.start or math.huge, y.start or math.huge
    if xs ~= ys then return xs < ys end
    local xe, ye = x["end"] or math.huge, y["end"] or math.huge
    if xe ~= ye then return xe < ye end
    return a < b
  end)
  return idx
end

-- match(gold, pred, opts) -> pairs, gold_left, pred_left
--   gold, pred: arrays of {start=, ["end"]=, text=} in the same units;
--     start/end may be nil (then only the text rule can match).
--   opts.text_rule  true: normalised texts that agree match
--   opts.min_ratio  overlap needed, as a share of the longer span; 0 means
--                   any overlap of at least one unit
-- Gold is taken in article order. Pass 1 (text rule): each gold item takes
-- the unused prediction whose text agrees, the first that overlaps it,
-- else the first in article order (gold without offsets, a quote repeated
-- elsewhere). Pass 2
-- (overlap): each gold item still unmatched takes the unused prediction
-- with the largest overlap that meets the threshold (the earliest on a
-- tie). Returns pairs = array of {gold_index, pred_index} sorted by gold
-- order, and the unmatched indices of each side (in article order).
function S.match(gold, pred, opts)
  opts = opts or {}
  local min_ratio = opts.min_ratio or 0
  local gorder, porder = by_start(gold), by_start(pred)
  local gmate, pused = {}, {}
  if opts.text_rule then
    local pnorm = {}
    for _, pi in ipairs(porder) do pnorm[pi] = S.normalize(pred[pi].text) end
    for _, gi in ipairs(gorder) do
      local gn = S.normalize(gold[gi].text)
      if gn ~= "" then
        local g, first, near = gold[gi], nil, nil
        for _, pi in ipairs(porder) do
          if not pused[pi] and pnorm[pi] == gn then
            first = first or pi
            local p = pred[pi]
            if S.overlap(g.start, g["end"], p.start, p["end"]) > 0 then
              near = pi
              break
            end
          end
        end
        local pick = near or first
        if pick then gmate[gi], pused[pick] = pick, true end
      end
    end
  end
  for _, gi in ipairs(gorder) do
    if not gmate[gi] then
      local g = gold[gi]
      local best, best_r = nil, -1
      for _, pi in ipairs(porder) do
        if not pused[pi] then
          local p = pred[pi]
          local r = S.ratio(g, p)
          local ok
          if min_ratio <= 0 then
            ok = S.overlap(g.start, g["end"], p.start, p["end"]) > 0
          else
            ok = r >= min_ratio - 1e-12
          end
          if ok and r > best_r then best, best_r = pi, r end
        end
      end
      if best then gmate[gi], pused[best] = best, true end
    end
  end
  local pairs_, gleft, pleft = {}, {}, {}
  for _, gi in ipairs(gorder) do
    if gmate[gi] then pairs_[#pairs_ + 1] = { gi, gmate[gi] }
    else gleft[#gleft + 1] = gi end
  end
  for _, pi in ipairs(porder) do
    if not pused[pi] then pleft[#pleft + 1] = pi end
  end
  return pairs_, gleft, pleft
end

-- Per type: whether the text rule applies and the overlap threshold.
S.RULES = {
  quotes       = { text_rule = true,  min_ratio = 0.8 },
  attributions = { text_rule = true,  min_ratio = 0.5 },
  figures      = { text_rule = false, min_ratio = 0 },
}
-- gold key -> record type
S.RECORD_TYPE = { quotes = "quote", attributions = "attribution",
                  figures = "figure" }
S.TYPES = { "quotes", "attributions", "figures" }

---------------------------------------------------------------------------
-- field scoring
---------------------------------------------------------------------------

-- mention_kind(rec) -> how a record found its speaker, read off its
-- fields alone (no language's lists): "context" with no speaker_text
-- (the speaker follows from the sentences around), "named" when the
-- mention's last word is in the speaker's name (`Jansen` for `Piet
-- Jansen`), "referring" otherwise (a pronoun or a role noun resolved to
-- someone, or kept as the speaker).
function S.mention_kind(rec)
  if is_null(rec.speaker_text) then return "context" end
  local last = S.fold(tostring(rec.speaker_text):match("([^%s]+)%s*$") or "")
  last = last and last:gsub("^%p+", ""):gsub("%p+$", "") or ""
  local spk = S.fold(rec.speaker) or ""
  if last ~= "" and spk ~= "" and (" " .. spk .. " "):find(" " .. last .. " ", 1, true) then return "named" end
  return "referring"
end

-- speaker(gold, pred) -> "strict" | "partial" | "wrong", or nil when the
-- gold has no speaker (not scored).
function S.speaker(gold, pred)
  local g = present(gold) and S.fold(gold)
  if not g or g == "" then return nil end
  local p = present(pred) and S.fold(pred)
  if not p or p == "" then return "wrong" end
  if p == g then return "strict" end
  -- one is the other's trailing words: a surname alone
  local function tail_of(long, short)
    return #long > #short and long:sub(-#short - 1) == " " .. short
  end
  if tail_of(g, p) or tail_of(p, g) then return "partial" end
  return "wrong"
end

local function num(v)
  if is_null(v) then return nil end
  if type(v) == "number" then return v end
  if type(v) == "string" then return tonumber(v) end
  return nil
end

local function num_eq(a, b)
  if a == nil or b == nil then return false end
  if a == b then return true end
  local scale = math.max(math.abs(a), math.abs(b), 1)
  return math.abs(a - b) <= 1e-9 * scale
end
S.num_eq = num_eq

-- value_ok(gold_value, rec) -> bool. Gold: a number or {low, high}.
-- A scalar gold wants rec.value equal and no different rec.high.
function S.value_ok(gv, rec)
  local v, h = num(rec.value), num(rec.high)
  if type(gv) == "table" and not is_null(gv) then
    local lo, hi = num(gv[1]), num(gv[2])
    return num_eq(v, lo) and num_eq(h, hi)
  end
  local g = num(gv)
  if g == nil then return false end
  if not num_eq(v, g) then return false end
  return h == nil or num_eq(h, g)
end

-- kind_ok(gold_kind, rec) -> bool, or nil when the gold has no kind.
-- Case-insensitive; a gold "range" is also right when the record is a
-- range by its fields (`range_kind` or a `high`).
function S.kind_ok(gk, rec)
  gk = present(gk)
  if not gk then return nil end
  local pk = present(rec.kind)
  if pk and S.fold(pk) == S.fold(gk) then return true end
  if S.fold(gk) == "range" and (present(rec.range_kind) or num(rec.high)) then
    return true
  end
  return false
end

-- of_ok(gold_of, pred_of) -> bool, or nil when neither side has one
-- (a figure with no `of` on both sides is not scored).
function S.of_ok(go, po)
  go, po = present(go), present(po)
  if not go and not po then return nil end
  if not go or not po then return false end
  return S.fold(go) == S.fold(po)
end

---------------------------------------------------------------------------
-- one article
---------------------------------------------------------------------------

local function new_counts()
  return { gold = 0, pred = 0, tp = 0,
           spk = { n = 0, strict = 0, partial = 0 },
           spk_by = { named = { n = 0, ok = 0 }, referring = { n = 0, ok = 0 },
                      context = { n = 0, ok = 0 } },
           value = { n = 0, ok = 0 }, kind = { n = 0, ok = 0 },
           of = { n = 0, ok = 0 } }
end
S.new_counts = new_counts

-- score_article(gold_doc, text, records, opts) -> result
--   gold_doc  decoded .gold.json (quotes/attributions/figures arrays; items
--             with start/end in characters of the FILE, or text only)
--   text      the article text the records index (bytes)
--   records   record tables (type, start, end in bytes, text, fields)
--   opts.types       set of gold keys to score (default all three)
--   opts.char_shift  characters the file has before text (a BOM: 1)
--   opts.header_end  byte offset where extractable text starts (gold
--                    without offsets is searched for from here)
-- result[type] = counts plus .misses (gold items), .fps (records),
--   .pairs ({gold, rec, how}) and .wrong (field mistakes) for --verbose;
-- result.unlocated = gold items with no offsets that were not found.
function S.score_article(gold_doc, text, records, opts)
  opts = opts or {}
  local types = opts.types or { quotes = true, attributions = true,
                                figures = true }
  local shift = opts.char_shift or 0
  local conv = S.offsets(text)
  local result = { unlocated = {} }
  for _, gkey in ipairs(S.TYPES) do
    if types[gkey] then
      local counts = new_counts()
      counts.misses, counts.fps, counts.wrong, counts.matched = {}, {}, {}, {}
      result[gkey] = counts
      -- gold items in character offsets of `text`
      local gold = {}
      local cursor = opts.header_end or 0
      for _, item in ipairs(gold_doc[gkey] or {}) do
        local s, e = num(item.start), num(item["end"])
        local g = { text = item.text, src = item }
        if s and e then
          g.start, g["end"] = s - shift, e - shift
        elseif type(item.text) == "string" then
          local b = S.locate(text, item.text, cursor, gkey == "figures")
                 or S.locate(text, item.text, opts.header_end or 0,
                             gkey == "figures")
          if b then
            g.start = conv.char(b)
            g["end"] = conv.char(b + #item.text)
            cursor = b + 1
          else
            result.unlocated[#result.unlocated + 1] = { type = gkey,
                                                        item = item }
          end
        end
        g.bstart = g.start and conv.byte(g.start)
        g.bend = g["end"] and conv.byte(g["end"])
        gold[#gold + 1] = g
      end
      -- records of this type in characters
      local rtype = S.RECORD_TYPE[gkey]
      local pred = {}
      for _, rec in ipairs(records) do
        if rec.type == rtype then
          pred[#pred + 1] = { start = conv.char(rec.start),
                              ["end"] = conv.char(rec["end"]),
                              text = rec.text, rec = rec }
        end
      end
      counts.gold, counts.pred = #gold, #pred
      local pairs_, gleft, pleft = S.match(gold, pred, S.RULES[gkey])
      counts.tp = #pairs_
      for _, gi in ipairs(gleft) do counts.misses[#counts.misses + 1] = gold[gi] end
      for _, pi in ipairs(pleft) do counts.fps[#counts.fps + 1] = pred[pi].rec end
      for _, pr in ipairs(pairs_) do
        local g, p = gold[pr[1]], pred[pr[2]]
        local rec, src = p.rec, g.src
        counts.matched[#counts.matched + 1] = { gold = g, rec = rec }
        if gkey == "figures" then
          if not is_null(src.value) then
            counts.value.n = counts.value.n + 1
            if S.value_ok(src.value, rec) then
              counts.value.ok = counts.value.ok + 1
            else
              counts.wrong[#counts.wrong + 1] = { field = "value", gold = g,
                                                  rec = rec }
            end
          end
          local k = S.kind_ok(src.kind, rec)
          if k ~= nil then
            counts.kind.n = counts.kind.n + 1
            if k then counts.kind.ok = counts.kind.ok + 1
            else counts.wrong[#counts.wrong + 1] = { field = "kind", gold = g,
                                                     rec = rec } end
          end
          local o = S.of_ok(src.of, rec.of)
          if o ~= nil then
            counts.of.n = counts.of.n + 1
            if o then counts.of.ok = counts.of.ok + 1
            else counts.wrong[#counts.wrong + 1] = { field = "of", gold = g,
                                                     rec = rec } end
          end
        else
          local v = S.speaker(src.speaker, rec.speaker)
          if v then
            counts.spk.n = counts.spk.n + 1
            if v == "strict" then counts.spk.strict = counts.spk.strict + 1
            elseif v == "partial" then counts.spk.partial = counts.spk.partial + 1 end
            local by = counts.spk_by[S.mention_kind(rec)]
            by.n = by.n + 1
            if v == "strict" then by.ok = by.ok + 1 end
            if v ~= "strict" then
              counts.wrong[#counts.wrong + 1] = { field = "speaker", gold = g,
                                                  rec = rec, verdict = v }
            end
          end
        end
      end
    end
  end
  return result
end

---------------------------------------------------------------------------
-- tallies and numbers
---------------------------------------------------------------------------

-- add(total, counts): sums counts into total (both from new_counts()).
function S.add(total, c)
  total.gold, total.pred, total.tp = total.gold + c.gold, total.pred + c.pred,
                                     total.tp + c.tp
  for _, f in ipairs { "spk", "value", "kind", "of" } do
    for k, v in pairs(c[f]) do total[f][k] = (total[f][k] or 0) + v end
  end
  for k, v in pairs(c.spk_by or {}) do
    total.spk_by[k].n, total.spk_by[k].ok = total.spk_by[k].n + v.n, total.spk_by[k].ok + v.ok
  end
  return total
end

-- prf(tp, npred, ngold) -> precision, recall, f1. P is nil with no
-- predictions, R with no gold; F1 is 0 when either is 0 and the other
-- undefined, nil when both are undefined.
function S.prf(tp, npred, ngold)
  local p = npred > 0 and tp / npred or nil
  local r = ngold > 0 and tp / ngold or nil
  local f
  if p and r then f = (p + r > 0) and 2 * p * r / (p + r) or 0
  elseif p == 0 or r == 0 then f = 0 end   -- nothing predicted / no gold
  return p, r, f
end

function S.fmt(x, width)
  width = width or 5
  if x == nil then return string.rep(" ", width - 1) .. "-" end
  return string.format("%" .. width .. ".3f", x)
end

function S.share(ok, n)
  if not n or n == 0 then return nil end
  return ok / n
end

return S
