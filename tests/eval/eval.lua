-- tests/eval/eval.lua: `make eval` -- how well the rules do on the gold sets
-- in ../shared, and the peer-test modules other engineers keep beside it.
--
--   build/pluk lua tests/eval/eval.lua SHARED_DIR [--only quotes|attributions|
--       figures|sentences|peer] [--lang nl|en] [--verbose] [--by-mention]
--
-- Sections (docs/eval.md says what each number means):
--   dev-gold     SHARED/dev-gold/{en,nl}/*.gold.json + SHARED/seed/*.gold.json:
--                P/R/F1 per type and language, speaker accuracy, figure
--                value/kind/of accuracy
--   en-gum       SHARED/corpus/gold/en-gum/quote_spans.tsv: quote-span P/R/F1
--   numerals     NUM-token recall, en-gum and nl-lassy-num
--   peer         tests/eval/peer_{figures,quotes,sentences}.lua, when present
-- Low scores never fail: eval reports and exits 0. It exits 1 only when a
-- section itself raised an error (a bug in eval or in a peer module).
-- Scoring lives in tests/eval/score.lua (tested by eval_test.lua).

local script_dir = (arg and arg[0] or ""):match("^(.*)/") or "."
local root = script_dir .. "/../.."
package.path = root .. "/tests/?.lua;" .. root .. "/lua/?.lua;" ..
               root .. "/lua/?/init.lua;" .. package.path

local S = require "eval.score"
local pluk = require "pluk"
local json = require "pluk.json"
local read = require "pluk.read"
local rules = require "pluk.rules"
local core = require "pluk.core"

---------------------------------------------------------------------------
-- command line
---------------------------------------------------------------------------

local USAGE = [[
usage: build/pluk lua tests/eval/eval.lua SHARED_DIR [--only quotes|attributions|figures|sentences|peer]
                                          [--lang nl|en] [--verbose] [--by-mention]]

local opts = { verbose = false }
do
  local i = 1
  while arg and i <= #arg do
    local a = arg[i]
    if a == "--only" or a == "--lang" then
      local v = arg[i + 1]
      if not v then io.stderr:write(USAGE, "\n") os.exit(2) end
      opts[a:sub(3)] = v
      i = i + 2
    elseif a:match("^%-%-only=") or a:match("^%-%-lang=") then
      local k, v = a:match("^%-%-(%w+)=(.*)$")
      opts[k] = v
      i = i + 1
    elseif a == "--verbose" or a == "-v" then
      opts.verbose = true
      i = i + 1
    elseif a == "--by-mention" then
      opts.by_mention = true
      i = i + 1
    elseif a == "--help" or a == "-h" then
      io.stdout:write(USAGE, "\n") os.exit(0)
    elseif a:sub(1, 1) == "-" then
      io.stderr:write("eval: unknown option ", a, "\n", USAGE, "\n") os.exit(2)
    else
      opts.shared = opts.shared or a
      i = i + 1
    end
  end
end
local ONLY_OK = { quotes = true, attributions = true, figures = true,
                  sentences = true, peer = true }
if opts.only and not ONLY_OK[opts.only] then
  io.stderr:write("eval: --only takes quotes, attributions, figures, ",
                  "sentences or peer\n") os.exit(2)
end
if opts.lang and opts.lang ~= "nl" and opts.lang ~= "en" then
  io.stderr:write("eval: --lang takes nl or en\n") os.exit(2)
end

local SHARED = opts.shared or os.getenv("SHARED") or "../shared"

local function isdir(p)
  return core.listdir(p) ~= nil
end

if not isdir(SHARED) or not (isdir(SHARED .. "/dev-gold") or
                             isdir(SHARED .. "/corpus")) then
  print("eval: skipped (no shared data at " .. SHARED .. ")")
  os.exit(0)
end

---------------------------------------------------------------------------
-- helpers
---------------------------------------------------------------------------

local slurp = require("fileio").read

local listdir = require("fileio").listdir

local function want(section)          -- which --only values run a section
  if not opts.only then return true end
  for w in section:gmatch("%S+") do if w == opts.only then return true end end
  return false
end

local function lang_ok(l) return not opts.lang or opts.lang == l end

-- short(s): one line, at most n characters (UTF-8 safe), quoted
local function short(s, n)
  n = n or 70
  if s == nil or S.is_null(s) then return "null" end
  s = tostring(s):gsub("%s+", " ")
  local len = utf8.len(s) or #s
  if len > n then
    local cut = utf8.offset(s, n + 1) or (n + 1)
    s = s:sub(1, cut - 1) .. "…"
  end
  return '"' .. s .. '"'
end

local function valstr(v)
  if v == nil or S.is_null(v) then return "null" end
  if type(v) == "table" then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = valstr(x) end
    return "[" .. table.concat(parts, ", ") .. "]"
  end
  return tostring(v)
end

local out_lines = {}   -- the closing summary block
local function summary(line) out_lines[#out_lines + 1] = line end

---------------------------------------------------------------------------
-- rules: which exist and load
---------------------------------------------------------------------------

local RULE_OF = { quotes = "quotes", attributions = "attributions",
                  figures = "figures" }
local rule_dirs = rules.path()
local rule_state = {}     -- name -> {ok=bool, path=, why=}

local function rule_status(name)
  if rule_state[name] then return rule_state[name] end
  local st = {}
  local path = rules.find(name, rule_dirs)
  if not path then
    st.ok, st.why = false, "rule missing (no " .. name .. ".lua on the rule path)"
  else
    st.path = path
    local ok, err = pcall(rules.load, name, rule_dirs)
    if ok then st.ok = true
    else st.ok, st.why = false, "rule failed to load: " .. tostring(err):gsub("\n.*", "") end
  end
  rule_state[name] = st
  return st
end

-- Rule crashes per rule name: {n=, first=}
local crashes = {}

-- extract(article, rule_names) -> records of every rule that ran on the
-- article as the pluk command reads it (art.article: its date header and
-- title line known to the rules, as pluk.extract on the bare text would
-- not know them), with the records inside them dropped (as the command
-- does).
local function extract(art, names)
  local recs = {}
  for _, name in ipairs(names) do
    if rule_status(name).ok then
      local ok, res = pcall(function()
        return rules.load_set({ name }, { lang = art.lang }):extract(art.article)
      end)
      if ok then
        for _, r in ipairs(res) do
          if r.start >= art.header_end then recs[#recs + 1] = r end
        end
      else
        local c = crashes[name] or { n = 0 }
        c.n = c.n + 1
        c.first = c.first or (art.id .. ": " .. tostring(res))
        crashes[name] = c
      end
    end
  end
  table.sort(recs, function(a, b)
    if a.start ~= b.start then return a.start < b.start end
    return a["end"] < b["end"]
  end)
  return recs
end

-- load_article(path, lang) -> {text, header_end, date, lang, id, shift,
-- article}: article is pluk.read.txt's, as the command reads the file
local function load_article(path, lang, id)
  local bytes = slurp(path)
  if not bytes then return nil end
  local a = read.txt(bytes, path, { lang = lang })
  a.id = id or path
  return { text = a.text, header_end = a.header_end or 0, date = a.date,
           lang = lang, id = id or path, article = a,
           shift = (#bytes - #a.text == 3) and 1 or 0 }
end

---------------------------------------------------------------------------
-- section 1: dev-gold
---------------------------------------------------------------------------

local function gold_files()
  local files = {}
  for _, l in ipairs { "en", "nl" } do
    local dir = SHARED .. "/dev-gold/" .. l
    for _, f in ipairs(listdir(dir, ".gold.json")) do
      files[#files + 1] = dir .. "/" .. f
    end
  end
  for _, f in ipairs(listdir(SHARED .. "/seed", ".gold.json")) do
    files[#files + 1] = SHARED .. "/seed/" .. f
  end
  return files
end

local function article_path(gold_path, article)
  local dir = gold_path:match("^(.*)/") or "."
  for _, p in ipairs { SHARED .. "/corpus/" .. article, dir .. "/" .. article,
                       SHARED .. "/seed/" .. article } do
    local f = io.open(p, "rb")
    if f then f:close() return p end
  end
  return nil
end

local TYPE_WIDTH = 13

local function row(lang, gkey, c)
  local p, r, f = S.prf(c.tp, c.pred, c.gold)
  local fields
  if gkey == "figures" then
    fields = string.format("value %s (%d)  kind %s (%d)  of %s (%d)",
      S.fmt(S.share(c.value.ok, c.value.n)), c.value.n,
      S.fmt(S.share(c.kind.ok, c.kind.n)), c.kind.n,
      S.fmt(S.share(c.of.ok, c.of.n)), c.of.n)
  else
    fields = string.format("speaker %s strict  %s w/ partial  (n=%d)",
      S.fmt(S.share(c.spk.strict, c.spk.n)),
      S.fmt(S.share(c.spk.strict + c.spk.partial, c.spk.n)), c.spk.n)
  end
  return string.format("%-4s %-" .. TYPE_WIDTH .. "s %5d %5d %5d  %s  %s  %s  %s",
    lang, gkey, c.gold, c.pred, c.tp, S.fmt(p), S.fmt(r), S.fmt(f), fields)
end

local function verbose_article(label, lang, res, types)
  local entries = {}       -- {pos, seq, line}: printed in article order
  local function add(pos, line)
    entries[#entries + 1] = { pos = pos or -1, seq = #entries, line = line }
  end
  for _, gkey in ipairs(S.TYPES) do
    local c = types[gkey] and res[gkey]
    if c then
      local t = S.RECORD_TYPE[gkey]
      for _, g in ipairs(c.misses) do
        local extra
        if gkey == "figures" then extra = "  value=" .. valstr(g.src.value)
        else extra = "  speaker=" .. valstr(g.src.speaker) end
        add(g.bstart, string.format("   %-11s miss  [%s,%s) %s%s", t,
          g.bstart or "?", g.bend or "?", short(g.text), extra))
      end
      for _, r in ipairs(c.fps) do
        local extra
        if gkey == "figures" then extra = "  value=" .. valstr(r.value)
        else extra = "  speaker=" .. valstr(r.speaker) end
        add(r.start, string.format("   %-11s fp    [%d,%d) %s%s", t, r.start,
          r["end"], short(r.text), extra))
      end
      for _, w in ipairs(c.wrong) do
        local gv, pv
        if w.field == "speaker" then gv, pv = w.gold.src.speaker, w.rec.speaker
        elseif w.field == "value" then
          gv = w.gold.src.value
          pv = w.rec.high ~= nil and { w.rec.value, w.rec.high } or w.rec.value
        elseif w.field == "kind" then gv, pv = w.gold.src.kind, w.rec.kind
        else gv, pv = w.gold.src.of, w.rec.of end
        add(w.rec.start, string.format("   %-11s %-5s [%d,%d) %s  gold %s, got %s%s",
          t, w.field == "speaker" and "spk" or w.field, w.rec.start,
          w.rec["end"], short(w.rec.text, 50), valstr(gv), valstr(pv),
          w.verdict == "partial" and " (partial)" or ""))
      end
    end
  end
  for _, u in ipairs(res.unlocated) do
    add(-1, string.format("   %-11s gold text not found in the article: %s",
      S.RECORD_TYPE[u.type], short(u.item.text)))
  end
  if #entries == 0 then return end
  table.sort(entries, function(x, y)
    if x.pos ~= y.pos then return x.pos < y.pos end
    return x.seq < y.seq
  end)
  print("-- " .. label .. " (" .. lang .. ")")
  for _, e in ipairs(entries) do print(e.line) end
end

local function section_dev_gold()
  local types, order, skipped = {}, {}, {}
  local sum_line = {}      -- gkey -> summary line, printed in type order
  local function flush()
    for _, g in ipairs(S.TYPES) do
      local l = sum_line[g] or (skipped[g] and
                string.format("dev-gold  %-13s %s", g, skipped[g]))
      if l then summary(l) end
    end
  end
  for _, gkey in ipairs(S.TYPES) do
    if want(gkey) then
      local st = rule_status(RULE_OF[gkey])
      if st.ok then types[gkey] = true; order[#order + 1] = gkey
      else
        print(string.format("dev-gold %s: %s", gkey, st.why))
        skipped[gkey] = st.why
      end
    end
  end
  if #order == 0 then flush() return end
  local files = gold_files()
  if #files == 0 then
    print("dev-gold: no gold files under " .. SHARED)
    flush()
    return
  end

  local tally = { en = {}, nl = {}, all = {} }
  for _, l in pairs(tally) do
    for _, g in ipairs(order) do l[g] = S.new_counts() end
  end
  local n_lang, no_offsets, missing = { en = 0, nl = 0 }, 0, {}
  local names = {}
  for _, g in ipairs(order) do names[#names + 1] = RULE_OF[g] end

  for _, gp in ipairs(files) do
    local doc, err = json.decode(slurp(gp) or "")
    if type(doc) ~= "table" then
      print("dev-gold: cannot read " .. gp .. ": " .. tostring(err))
    else
      local lang = doc.lang
      if lang_ok(lang) and tally[lang] then
        local ap = article_path(gp, doc.article or "")
        if not ap then
          missing[#missing + 1] = doc.article
        else
          local art = load_article(ap, lang, doc.article)
          local recs = extract(art, names)
          local res = S.score_article(doc, art.text, recs, {
            types = types, char_shift = art.shift,
            header_end = art.header_end })
          n_lang[lang] = n_lang[lang] + 1
          local q = (doc.quotes or {})[1] or (doc.figures or {})[1]
          if q and q.start == nil then no_offsets = no_offsets + 1 end
          for _, g in ipairs(order) do
            S.add(tally[lang][g], res[g])
            S.add(tally.all[g], res[g])
          end
          if opts.verbose then verbose_article(doc.article, lang, res, types) end
        end
      end
    end
  end

  print(string.format("dev-gold: %d en + %d nl articles%s; rules run with the gold's language",
    n_lang.en, n_lang.nl,
    no_offsets > 0 and string.format(" (%d without offsets, located by text)", no_offsets) or ""))
  for _, m in ipairs(missing) do print("dev-gold: article file not found: " .. m) end
  print(string.format("%-4s %-" .. TYPE_WIDTH .. "s %5s %5s %5s  %5s  %5s  %5s  %s",
    "lang", "type", "gold", "pred", "tp", "P", "R", "F1", "fields"))
  local langs = {}
  for _, l in ipairs { "en", "nl" } do
    if n_lang[l] > 0 then langs[#langs + 1] = l end
  end
  if #langs > 1 then langs[#langs + 1] = "all" end
  for _, l in ipairs(langs) do
    for _, g in ipairs(order) do
      print(row(l, g, tally[l][g]))
      -- (--by-mention: the speaker's accuracy by how the record found it,
      -- score.lua's mention_kind)
      if opts.by_mention and g ~= "figures" then
        local by, parts = tally[l][g].spk_by, {}
        for _, k in ipairs { "named", "referring", "context" } do
          parts[#parts + 1] = string.format("%s %s (%d)", k, S.fmt(S.share(by[k].ok, by[k].n)), by[k].n)
        end
        print(string.format("%-4s %-" .. TYPE_WIDTH .. "s speaker by mention: %s", l, g, table.concat(parts, "  ")))
      end
    end
  end
  for _, g in ipairs(order) do
    local parts = {}
    for _, l in ipairs(langs) do
      local c = tally[l][g]
      local _, _, f = S.prf(c.tp, c.pred, c.gold)
      parts[#parts + 1] = l .. " " .. S.fmt(f):gsub("^ +", "")
    end
    local extra = ""
    local c = tally[langs[#langs]][g]
    if g == "figures" then
      extra = "  value " .. S.fmt(S.share(c.value.ok, c.value.n)):gsub("^ +", "")
    elseif c.spk.n > 0 then
      extra = string.format("  speaker strict %s, w/ partial %s",
        (S.fmt(S.share(c.spk.strict, c.spk.n)):gsub("^ +", "")),
        (S.fmt(S.share(c.spk.strict + c.spk.partial, c.spk.n)):gsub("^ +", "")))
    end
    sum_line[g] = string.format("dev-gold  %-13s F1 %s%s", g, table.concat(parts, ", "), extra)
  end
  flush()
end

---------------------------------------------------------------------------
-- section 2: en-gum quote spans
---------------------------------------------------------------------------

local function read_tsv(path)
  local s = slurp(path)
  if not s then return nil end
  local rows, header = {}, nil
  for line in s:gmatch("[^\n]+") do
    line = line:gsub("\r$", "")
    local cols = {}
    for c in (line .. "\t"):gmatch("([^\t]*)\t") do cols[#cols + 1] = c end
    if not header then header = cols
    else
      local r = {}
      for i, h in ipairs(header) do r[h] = cols[i] end
      -- a last column with tabs inside keeps them
      if #cols > #header then
        r[header[#header]] = table.concat(cols, "\t", #header)
      end
      rows[#rows + 1] = r
    end
  end
  return rows
end

local GUM = "/corpus/gold/en-gum"

local function gum_docs()
  local docs = {}
  for _, f in ipairs(listdir(SHARED .. GUM, ".txt")) do
    docs[#docs + 1] = f:sub(1, -5)
  end
  return docs
end

local function section_gum_quotes()
  local st = rule_status("quotes")
  if not st.ok then
    print("en-gum quote spans: " .. st.why)
    summary("en-gum    quote spans   " .. st.why)
    return
  end
  local spans = read_tsv(SHARED .. GUM .. "/quote_spans.tsv")
  if not spans then print("en-gum quote spans: skipped (no quote_spans.tsv)") return end
  local by_doc = {}
  for _, r in ipairs(spans) do
    local d = by_doc[r.doc] or { quote = {}, q = {} }
    by_doc[r.doc] = d
    local list = d[r.tag] or {}
    d[r.tag] = list
    list[#list + 1] = { start = tonumber(r.start), ["end"] = tonumber(r["end"]),
                        text = r.text }
  end
  local tot = { gold = 0, pred = 0, tp = 0, on_q = 0, ndocs = 0 }
  for _, doc in ipairs(gum_docs()) do
    local art = load_article(SHARED .. GUM .. "/" .. doc .. ".txt", "en", doc)
    if art then
      tot.ndocs = tot.ndocs + 1
      local conv = S.offsets(art.text)
      local pred = {}
      for _, r in ipairs(extract(art, { "quotes" })) do
        if r.type == "quote" then
          pred[#pred + 1] = { start = conv.char(r.start), ["end"] = conv.char(r["end"]),
                              text = r.text, rec = r }
        end
      end
      local d = by_doc[doc] or { quote = {}, q = {} }
      local gold = d.quote
      for _, g in ipairs(gold) do
        g.start, g["end"] = g.start - art.shift, g["end"] - art.shift
      end
      local pairs_, gleft, pleft = S.match(gold, pred, S.RULES.quotes)
      -- false positives that are GUM <q> spans (mentions, scare quotes)
      local on_q = {}
      if #pleft > 0 and #d.q > 0 then
        local rest = {}
        for _, pi in ipairs(pleft) do rest[#rest + 1] = pred[pi] end
        local qp = S.match(d.q, rest, S.RULES.quotes)
        for _, pr in ipairs(qp) do on_q[rest[pr[2]]] = true end
      end
      local nq = 0
      for _ in pairs(on_q) do nq = nq + 1 end
      tot.gold, tot.pred, tot.tp = tot.gold + #gold, tot.pred + #pred, tot.tp + #pairs_
      tot.on_q = tot.on_q + nq
      if opts.verbose and (#gleft > 0 or #pleft > 0) then
        print("-- en-gum " .. doc)
        for _, gi in ipairs(gleft) do
          local g = gold[gi]
          print(string.format("   quote       miss  [%d,%d) %s", conv.byte(g.start),
            conv.byte(g["end"]), short(g.text)))
        end
        for _, pi in ipairs(pleft) do
          local p = pred[pi]
          print(string.format("   quote       fp    [%d,%d) %s%s", p.rec.start,
            p.rec["end"], short(p.text), on_q[p] and "  (a <q> mention/scare quote)" or ""))
        end
      end
    end
  end
  local p, r, f = S.prf(tot.tp, tot.pred, tot.gold)
  print(string.format(
    "en-gum quote spans (%d docs, <quote> only): gold %d  pred %d  tp %d  P %s  R %s  F1 %s;  %d false positives are <q> mentions/scare quotes",
    tot.ndocs, tot.gold, tot.pred, tot.tp, S.fmt(p), S.fmt(r), S.fmt(f), tot.on_q))
  summary(string.format("en-gum    quote spans   P %s  R %s  F1 %s", S.fmt(p, 1), S.fmt(r, 1), S.fmt(f, 1)))
end

---------------------------------------------------------------------------
-- section 3: numeral recall
---------------------------------------------------------------------------

-- covered(tokens, figs) -> count of tokens ({start,end} chars) that some
-- figure span ({start,end} chars) overlaps; tokens get .found set.
local function covered(tokens, figs)
  local n = 0
  for _, t in ipairs(tokens) do
    for _, f in ipairs(figs) do
      if S.overlap(t.start, t["end"], f.start, f["end"]) > 0 then
        t.found = true
        break
      end
    end
    if t.found then n = n + 1 end
  end
  return n
end

local function figure_spans(art)
  local conv = S.offsets(art.text)
  local figs = {}
  for _, r in ipairs(extract(art, { "figures" })) do
    if r.type == "figure" then
      figs[#figs + 1] = { start = conv.char(r.start), ["end"] = conv.char(r["end"]) }
    end
  end
  return figs, conv
end

local function section_numerals()
  local st = rule_status("figures")
  if not st.ok then
    print("numerals: " .. st.why)
    summary("numerals  en-gum, nl    " .. st.why)
    return
  end
  if lang_ok("en") then
    local rows = read_tsv(SHARED .. GUM .. "/num_tokens.tsv")
    if not rows then print("en-gum numerals: skipped (no num_tokens.tsv)")
    else
      local by_doc = {}
      for _, r in ipairs(rows) do
        local l = by_doc[r.doc] or {}
        by_doc[r.doc] = l
        l[#l + 1] = { start = tonumber(r.start), ["end"] = tonumber(r["end"]),
                      form = r.form }
      end
      local gold, found = 0, 0
      for _, doc in ipairs(gum_docs()) do
        local toks = by_doc[doc]
        if toks then
          local art = load_article(SHARED .. GUM .. "/" .. doc .. ".txt", "en", doc)
          for _, t in ipairs(toks) do
            t.start, t["end"] = t.start - art.shift, t["end"] - art.shift
          end
          local figs, conv = figure_spans(art)
          gold, found = gold + #toks, found + covered(toks, figs)
          if opts.verbose then
            local miss = {}
            for _, t in ipairs(toks) do
              if not t.found then
                miss[#miss + 1] = string.format("%s@%d", t.form, conv.byte(t.start))
              end
            end
            if #miss > 0 then
              print("-- en-gum " .. doc .. " numerals missed: " .. table.concat(miss, " "))
            end
          end
        end
      end
      local r = S.share(found, gold)
      print(string.format("en-gum numerals: %d NUM tokens, %d inside a figure, recall %s",
        gold, found, S.fmt(r)))
      summary(string.format("numerals  en-gum        recall %s (%d/%d)", S.fmt(r), found, gold))
    end
  end
  if lang_ok("nl") then
    local rows = read_tsv(SHARED .. "/corpus/gold/nl-lassy-num/num_tokens.tsv")
    if not rows then print("nl-lassy numerals: skipped (no num_tokens.tsv)")
    else
      local by_doc, doc_order = {}, {}
      for i, r in ipairs(rows) do
        local p, s = r.sent_id:match("%.p%.(%d+)%.s%.(%d+)$")
        local l = by_doc[r.doc]
        if not l then l = {} by_doc[r.doc] = l doc_order[#doc_order + 1] = r.doc end
        l[#l + 1] = { p = tonumber(p) or 0, s = tonumber(s) or 0,
                      tok = tonumber(r.token_id) or 0, i = i, form = r.form }
      end
      table.sort(doc_order)
      local gold, located, found = 0, 0, 0
      for _, doc in ipairs(doc_order) do
        local toks = by_doc[doc]
        table.sort(toks, function(a, b)
          if a.p ~= b.p then return a.p < b.p end
          if a.s ~= b.s then return a.s < b.s end
          if a.tok ~= b.tok then return a.tok < b.tok end
          return a.i < b.i
        end)
        gold = gold + #toks
        local art = load_article(SHARED .. "/corpus/nl/lassy-" .. doc .. ".txt", "nl", doc)
        if art then
          local conv = S.offsets(art.text)
          -- the file has no offsets: find each form after the previous one
          -- (tokens are in text order), else anywhere not yet taken
          local cursor, taken, loc = 0, {}, {}
          for _, t in ipairs(toks) do
            local b = S.locate(art.text, t.form, cursor, true)
            if not b then
              local from = 0
              repeat
                b = S.locate(art.text, t.form, from, true)
                if b and taken[b] then from = b + 1 end
              until not b or not taken[b]
            end
            if b then
              taken[b] = true
              cursor = b + #t.form
              t.start, t["end"] = conv.char(b), conv.char(b + #t.form)
              loc[#loc + 1] = t
            end
          end
          located = located + #loc
          local figs = figure_spans(art)
          found = found + covered(loc, figs)
          if opts.verbose then
            local miss = {}
            for _, t in ipairs(toks) do
              if not t.found then
                miss[#miss + 1] = t.start and string.format("%s@%d", t.form, conv.byte(t.start))
                                  or (t.form .. "@?")
              end
            end
            if #miss > 0 then
              print("-- nl-lassy " .. doc .. " numerals missed: " .. table.concat(miss, " "))
            end
          end
        end
      end
      local r = S.share(found, gold)
      print(string.format("nl-lassy numerals: %d NUM tokens (%d located in the text), %d inside a figure, recall %s",
        gold, located, found, S.fmt(r)))
      summary(string.format("numerals  nl-lassy      recall %s (%d/%d)", S.fmt(r), found, gold))
    end
  end
end

---------------------------------------------------------------------------
-- section 4: peer-test modules
---------------------------------------------------------------------------

local PEERS = {
  { name = "figures", needs = "figures" },
  { name = "quotes", needs = "quotes" },
  { name = "sentences" },
}

-- normalise a peer's summary into an array of {name, passed, total}
local function peer_results(name, ret)
  local items = {}
  local function one(t)
    if type(t) ~= "table" then return end
    local passed = tonumber(t.passed)
    local total = tonumber(t.total)
    if not total and passed and tonumber(t.failed) then total = passed + tonumber(t.failed) end
    if passed and total then
      items[#items + 1] = { name = tostring(t.name or name), passed = passed, total = total }
    end
  end
  if type(ret) == "table" then
    if ret.passed ~= nil then one(ret) end
    for _, t in ipairs(ret) do one(t) end
  end
  return items
end

local crashed = false

local function section_peers()
  for _, peer in ipairs(PEERS) do
    if want(peer.name .. " peer") then
      local path = script_dir .. "/peer_" .. peer.name .. ".lua"
      local label = "peer " .. peer.name
      local f = io.open(path, "rb")
      if not f then
        print(label .. ": not present (" .. path .. ")")
        summary(string.format("peer      %-13s not present", peer.name))
      else
        f:close()
        local st = peer.needs and rule_status(peer.needs)
        if st and not st.ok then
          print(label .. ": skipped, " .. st.why)
          summary(string.format("peer      %-13s skipped, %s", peer.name, st.why))
        else
          print("== " .. label .. " (" .. path .. ")")
          local ok, ret = xpcall(function()
            local chunk = assert(loadfile(path))
            local fn = chunk()
            if type(fn) == "table" and type(fn.run) == "function" then fn = fn.run end
            if type(fn) ~= "function" then
              error("peer module must return a function(shared_dir)", 0)
            end
            return fn(SHARED, { lang = opts.lang, verbose = opts.verbose,
                                only = opts.only })
          end, debug.traceback)
          if not ok then
            crashed = true
            print(label .. ": ERROR " .. tostring(ret))
            summary(string.format("peer      %-13s ERROR (see above)", peer.name))
          else
            local items = peer_results(peer.name, ret)
            if #items == 0 then
              summary(string.format("peer      %-13s ran (no summary returned)", peer.name))
            end
            for _, it in ipairs(items) do
              summary(string.format("peer      %-13s %d/%d passed (%s)", it.name,
                it.passed, it.total,
                it.total > 0 and string.format("%.1f%%", 100 * it.passed / it.total) or "-"))
            end
          end
        end
      end
    end
  end
end

---------------------------------------------------------------------------
-- run
---------------------------------------------------------------------------

local function run(name, fn)
  local ok, err = xpcall(fn, debug.traceback)
  if not ok then
    crashed = true
    print(name .. ": ERROR in eval: " .. tostring(err))
    summary(name .. ": ERROR (see above)")
  end
end

do
  local parts = {}
  for _, n in ipairs { "quotes", "attributions", "figures" } do
    local st = rule_status(n)
    parts[#parts + 1] = n .. (st.ok and (" " .. st.path)
                              or (st.path and " (does not load)" or " (missing)"))
  end
  print("pluk eval: shared " .. SHARED .. "; rules: " .. table.concat(parts, ", "))
end

if want("quotes attributions figures") then run("dev-gold", section_dev_gold) end
if want("quotes") and lang_ok("en") then run("en-gum quote spans", section_gum_quotes) end
if want("figures") then run("numerals", section_numerals) end
local crash_names = {}
for name in pairs(crashes) do crash_names[#crash_names + 1] = name end
table.sort(crash_names)
for _, name in ipairs(crash_names) do
  local c = crashes[name]
  print(string.format("rule %s raised on %d article(s); first: %s", name, c.n,
    (tostring(c.first):gsub("\n.*", ""))))
  summary(string.format("rule %s raised on %d article(s) (their records are missing)", name, c.n))
end
if want("peer quotes figures sentences") then run("peer", section_peers) end

print("== summary")
for _, l in ipairs(out_lines) do print(l) end
os.exit(crashed and 1 or 0)
