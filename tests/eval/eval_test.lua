-- tests/eval/eval_test.lua: the scorer of `make eval` (tests/eval/score.lua)
-- on small hand-made gold/prediction pairs. Needs no ../shared.

local T = require "harness"
local S = require "eval.score"
local json = require "pluk.json"

T.suite "eval-scoring"

-- spans helper: {start, end, text}
local function sp(s, e, text) return { start = s, ["end"] = e, text = text } end

local function matched(gold, pred, rule)
  local pairs_, gl, pl = S.match(gold, pred, S.RULES[rule])
  return pairs_, gl, pl
end

T.case("normalize trims white space, quote marks, trailing punctuation", function()
  T.eq(S.normalize('  "Hello, world."  '), "Hello, world", "straight quotes")
  T.eq(S.normalize("\226\128\156Hello,\226\128\157"), "Hello", "curly quotes and comma")
  T.eq(S.normalize(",,We hebben het gedaan,''"), "We hebben het gedaan", "Dutch ,, ''")
  T.eq(S.normalize(",, We gaan. \226\128\157"), "We gaan", "Dutch ,, with inner spaces")
  T.eq(S.normalize("\194\171Bonjour !\194\187"), "Bonjour", "guillemets, NBSP-free space")
  T.eq(S.normalize("level[.]"), "level", "editorial [.]")
  T.eq(S.normalize("Really?!\"'"), "Really", "mixed marks and punctuation")
  T.eq(S.normalize("Wait\226\128\166"), "Wait", "ellipsis")
  T.eq(S.normalize("'Is it?' he asked, 'no'"), "Is it?' he asked, 'no", "inside untouched")
  T.eq(S.normalize("a  b"), "a  b", "inner white space untouched")
  T.eq(S.normalize(""), "", "empty")
  T.eq(S.normalize(json.null), "", "json null")
  T.eq(S.normalize('"..."'), "", "only marks")
  T.ok(S.text_equal('"We won."', "We won"), "text_equal")
  T.ok(not S.text_equal('"..."', "!"), "two empty texts do not agree")
  T.ok(not S.text_equal("we won", "We won"), "case matters")
end)

T.case("quotes: text rule wins whatever the spans", function()
  local gold = { sp(10, 20, "We won,") }
  local pred = { sp(9, 21, '"We won,"') }
  local p = matched(gold, pred, "quotes")
  T.eq(#p, 1, "marks inside the span")
  -- text agrees but no offsets on the gold side (seed-style gold)
  p = matched({ { text = "We won." } }, { sp(500, 506, "We won") }, "quotes")
  T.eq(#p, 1, "gold without offsets")
end)

T.case("quotes: 80% overlap of the longer span", function()
  -- gold [0,100); pred [0,80): overlap 80 / longer 100 = 0.8 -> match
  local p = matched({ sp(0, 100, "a") }, { sp(0, 80, "b") }, "quotes")
  T.eq(#p, 1, "exactly 80%")
  p = matched({ sp(0, 100, "a") }, { sp(0, 79, "b") }, "quotes")
  T.eq(#p, 0, "79% is not enough")
  -- the longer span counts: pred [0,125) contains gold [0,100): 100/125
  p = matched({ sp(0, 100, "a") }, { sp(0, 125, "b") }, "quotes")
  T.eq(#p, 1, "pred longer, 80% of it")
  p = matched({ sp(0, 100, "a") }, { sp(0, 126, "b") }, "quotes")
  T.eq(#p, 0, "pred much longer")
  p = matched({ sp(10, 20, "a") }, { sp(20, 30, "b") }, "quotes")
  T.eq(#p, 0, "touching spans do not overlap")
end)

T.case("attributions: 50% overlap", function()
  T.eq(#matched({ sp(0, 100, "a") }, { sp(50, 100, "b") }, "attributions"), 1, "50%")
  T.eq(#matched({ sp(0, 100, "a") }, { sp(51, 100, "b") }, "attributions"), 0, "49%")
  T.eq(#matched({ sp(0, 10, "he left.") }, { sp(40, 48, "he left") }, "attributions"),
       1, "text rule applies")
end)

T.case("one-to-one, in article order", function()
  -- one gold, two predictions of the same quote: one tp, one fp
  local p, gl, pl = matched({ sp(0, 10, "aaaaaaaaaa") },
    { sp(0, 10, "aaaaaaaaaa"), sp(0, 9, "aaaaaaaaa") }, "quotes")
  T.eq(#p, 1, "one pair") T.eq(#gl, 0, "no miss") T.eq(pl, { 2 }, "second pred is fp")
  -- one prediction spanning two gold quotes of the same text
  p, gl, pl = matched({ sp(0, 5, "Yes."), sp(50, 55, "Yes.") },
                      { sp(50, 54, "Yes") }, "quotes")
  T.eq(#p, 1, "one pair for two golds") T.eq(#gl, 1, "one miss")
  -- repeated text: pairs follow article order
  p = matched({ sp(50, 54, "Yes"), sp(0, 4, "Yes") },
              { sp(100, 104, "Yes"), sp(200, 204, "Yes") }, "quotes")
  T.eq(p, { { 2, 1 }, { 1, 2 } }, "earliest gold takes earliest pred")
  -- overlap pass takes the best overlap, not the first
  p = matched({ sp(0, 100, "x") }, { sp(0, 85, "y"), sp(0, 99, "z") }, "quotes")
  T.eq(p, { { 1, 2 } }, "largest overlap wins")
  -- text pass first: an exact text beats a 90% overlap ...
  p = matched({ sp(0, 10, "0123456789") },
              { sp(0, 9, "012345678"), sp(0, 10, "0123456789") }, "quotes")
  T.eq(p, { { 1, 2 } }, "text pass first")
  -- ... and of two equal texts the one at the gold's place is taken
  p, gl, pl = matched({ sp(100, 104, "Yes") },
                      { sp(0, 4, "Yes"), sp(100, 104, "Yes") }, "quotes")
  T.eq(p, { { 1, 2 } }, "equal text at the same place") T.eq(pl, { 1 }, "other is fp")
end)

T.case("figures: any overlap, one-to-one", function()
  T.eq(#matched({ sp(5, 7, "87") }, { sp(5, 15, "87 miljoen") }, "figures"), 1, "contained")
  T.eq(#matched({ sp(5, 7, "87") }, { sp(7, 9, "00") }, "figures"), 0, "touching")
  -- a range record over two gold figures matches one of them
  local p, gl = matched({ sp(0, 1, "3"), sp(5, 6, "6") }, { sp(0, 6, "3 of 6") }, "figures")
  T.eq(#p, 1, "range takes one") T.eq(#gl, 1, "other missed")
  T.eq(#matched({ sp(0, 1, "3") }, { sp(100, 101, "3") }, "figures"), 0,
       "no text rule for figures")
end)

T.case("speaker: strict, partial (surname), wrong", function()
  T.eq(S.speaker("Zuckerberg", "zuckerberg"), "strict", "case-insensitive")
  T.eq(S.speaker("Mark Zuckerberg", " Mark  Zuckerberg "), "strict", "white space")
  T.eq(S.speaker("Mark Zuckerberg", "Zuckerberg"), "partial", "surname only")
  T.eq(S.speaker("Wout-Jan van der Schans", "Van der Schans"), "partial", "particles")
  T.eq(S.speaker("Zuckerberg", "Mark Zuckerberg"), "partial", "gold is the surname")
  T.eq(S.speaker("Doris Day Animal Foundation", "Day"), "wrong", "not a trailing name")
  T.eq(S.speaker("Mark Zuckerberg", "berg"), "wrong", "word boundary")
  T.eq(S.speaker("Israël Kamakawiwoʻole", "ISRAËL KAMAKAWIWOʻOLE"), "strict",
       "non-ASCII case folding")
  T.eq(S.speaker("Mark Zuckerberg", nil), "wrong", "no speaker given")
  T.eq(S.speaker("Mark Zuckerberg", json.null), "wrong", "json null speaker")
  T.eq(S.speaker(json.null, "Zuckerberg"), nil, "gold speaker null: not scored")
  T.eq(S.speaker(nil, nil), nil, "nothing")
end)

T.case("figure values, kinds, of", function()
  T.ok(S.value_ok(87000000, { value = 87000000 }), "scalar")
  T.ok(S.value_ok(87000000, { value = 8.7e7 }), "float vs int")
  T.ok(S.value_ok(0.3, { value = 0.1 + 0.2 }), "float tolerance")
  T.ok(S.value_ok(5, { value = "5" }), "string value")
  T.ok(not S.value_ok(5, { value = 6 }), "wrong value")
  T.ok(not S.value_ok(5, {}), "no value")
  T.ok(S.value_ok(5, { value = 5, high = 5 }), "high equal to value")
  T.ok(not S.value_ok(10, { value = 10, high = 19 }), "range record for a scalar")
  T.ok(S.value_ok({ 10, 19 }, { value = 10, high = 19 }), "range")
  T.ok(not S.value_ok({ 10, 19 }, { value = 10 }), "range without high")
  T.ok(not S.value_ok({ 10, 19 }, { value = 10, high = 20 }), "range high wrong")
  T.eq(S.kind_ok("cardinal", { kind = "Cardinal" }), true, "kind case")
  T.eq(S.kind_ok("year", { kind = "cardinal" }), false, "kind wrong")
  T.eq(S.kind_ok("range", { kind = "year", high = 2015 }), true, "range by high")
  T.eq(S.kind_ok("range", { kind = "range" }), true, "range by kind")
  T.eq(S.kind_ok(nil, { kind = "year" }), nil, "no gold kind")
  T.eq(S.of_ok("profielen", "Profielen"), true, "of case")
  T.eq(S.of_ok("profielen", nil), false, "of missing")
  T.eq(S.of_ok(nil, "jaar"), false, "of spurious")
  T.eq(S.of_ok(nil, json.null), nil, "of absent on both sides: not scored")
end)

T.case("byte and character offsets", function()
  --            0123456 7 (é is 2 bytes, € 3, 😀 4)
  local text = "Israël €5 😀 ok"
  local c = S.offsets(text)
  T.eq(c.nchars, utf8.len(text), "nchars")
  T.eq(c.byte(4), 4, "before ë") T.eq(c.byte(5), 6, "after ë")
  T.eq(c.char(6), 5, "byte 6 is char 5")
  T.eq(c.byte(7), 8, "€ starts at byte 8") T.eq(c.byte(8), 11, "5 at byte 11")
  T.eq(c.char(11), 8, "5 is char 8")
  T.eq(c.byte(10), 13, "emoji at byte 13") T.eq(c.char(17), 11, "after emoji")
  T.eq(c.byte(c.nchars), #text, "end") T.eq(c.char(#text), c.nchars, "end back")
  for i = 0, c.nchars do T.eq(c.char(c.byte(i)), i, "round trip " .. i) end
  T.eq(c.char(7), 6, "end inside a character takes it in")
  local bad = S.offsets("a\255b")
  T.eq(bad.nchars, 3, "invalid byte counts as a character")
end)

T.case("locate with and without word boundaries", function()
  local t = "In 2013 waren er 3 of 13"
  T.eq(S.locate(t, "3", 0, true), 17, "not inside 2013")
  T.eq(S.locate(t, "3", 0, false), 6, "plain")
  T.eq(S.locate(t, "3", 18, true), nil, "not inside 13")
  T.eq(S.locate(t, "x", 0, true), nil, "absent")
end)

-- An article with non-ASCII text before the spans: gold offsets in
-- characters, records in bytes.
local TEXT = "Ëén dag later zei Müller: \"Wij zijn blij.\" Hij noemde 15.000 fans."
local function b(s) return (TEXT:find(s, 1, true)) - 1 end
local function c(s) return utf8.len(TEXT, 1, b(s)) end

local GOLD = {
  quotes = {
    { text = "Wij zijn blij.", speaker = "Thomas Müller",
      start = c("Wij"), ["end"] = c("Wij") + 14 },
  },
  attributions = {},
  figures = {
    { text = "15.000", value = 15000, kind = "cardinal", of = "fans",
      start = c("15.000"), ["end"] = c("15.000") + 6 },
  },
}

T.case("score_article: char gold against byte records", function()
  local recs = {
    { type = "quote", start = b("Wij") - 1, ["end"] = b("Wij") + 15,
      text = '"Wij zijn blij."', speaker = "Müller" },
    { type = "figure", start = b("15.000"), ["end"] = b("15.000") + 6,
      text = "15.000", value = 15000, kind = "cardinal", of = "fans" },
    { type = "figure", start = 0, ["end"] = 4, text = "Ëén", value = 1,
      kind = "cardinal" },
  }
  local r = S.score_article(GOLD, TEXT, recs)
  T.eq({ r.quotes.gold, r.quotes.pred, r.quotes.tp }, { 1, 1, 1 }, "quote counts")
  T.eq(r.quotes.spk, { n = 1, strict = 0, partial = 1 }, "partial speaker")
  T.eq({ r.figures.gold, r.figures.pred, r.figures.tp }, { 1, 2, 1 }, "figure counts")
  T.eq(r.figures.value, { n = 1, ok = 1 }, "value")
  T.eq(r.figures.kind, { n = 1, ok = 1 }, "kind")
  T.eq(r.figures.of, { n = 1, ok = 1 }, "of")
  T.eq(#r.figures.fps, 1, "one fp") T.eq(r.figures.fps[1].text, "Ëén", "the fp")
  T.eq(r.quotes.matched[1].gold.bstart, b("Wij"), "gold converted to bytes")
  T.eq({ r.attributions.gold, r.attributions.pred }, { 0, 0 }, "no attributions")
end)

T.case("score_article: overlap in characters, not bytes", function()
  -- a quote full of 2-byte letters; the record drops the last 3 characters
  local text = "X: ééééééééééééééé." -- 15 é
  local gold = { quotes = { { text = "ééééééééééééééé", speaker = "X",
                              start = 3, ["end"] = 18 } } }
  -- 12 of 15 chars = 80% in characters (also in bytes here: 24/30)
  local rec = { type = "quote", start = 3, ["end"] = 3 + 24,
                text = text:sub(4, 27), speaker = "x" }
  local r = S.score_article(gold, text, { rec }, { types = { quotes = true } })
  T.eq(r.quotes.tp, 1, "80% match") T.eq(r.quotes.spk.strict, 1, "speaker strict")
  T.eq(r.figures, nil, "types restricts scoring")
end)

T.case("score_article: BOM shift, header, gold without offsets", function()
  -- file = BOM + text: gold char offsets count the BOM as one character
  local text = "date 2019-01\nZe zei: ,,Dat is 3 keer.'' 3 dagen later."
  local gold = {
    quotes = { { text = "Dat is 3 keer.", speaker = "Ze" } },     -- no offsets
    figures = { { text = "3", value = 3, kind = "cardinal" },
                { text = "3", value = 3, kind = "cardinal", of = "dagen" } },
  }
  local q0 = text:find("Dat", 1, true) - 1
  local d0 = text:find("3 dagen", 1, true) - 1
  local recs = {
    { type = "quote", start = q0, ["end"] = q0 + 14, text = "Dat is 3 keer." },
    { type = "figure", start = d0, ["end"] = d0 + 1, text = "3", value = 3,
      kind = "cardinal", of = "dagen" },
  }
  local r = S.score_article(gold, text, recs, { header_end = 13 })
  T.eq(r.quotes.tp, 1, "located quote matched")
  T.eq(r.quotes.spk, { n = 1, strict = 0, partial = 0 }, "missing speaker is wrong")
  T.eq(r.figures.tp, 1, "second 3 matched")
  T.eq(#r.figures.misses, 1, "first 3 missed")
  T.eq(r.figures.misses[1].bstart, q0 + 7, "located after the header, in order")
  T.eq(#r.unlocated, 0, "all located")
  -- with offsets and a BOM before the text
  local g2 = { figures = { { text = "3", value = 3, start = d0 + 1, ["end"] = d0 + 2 } } }
  local r2 = S.score_article(g2, text, { recs[2] }, { char_shift = 1,
                                                      types = { figures = true } })
  T.eq(r2.figures.tp, 1, "BOM shift applied")
  local r3 = S.score_article({ quotes = { { text = "nergens" } } }, text, {},
                             { types = { quotes = true } })
  T.eq(#r3.unlocated, 1, "unlocatable gold reported")
  T.eq(r3.quotes.gold, 1, "and still counted")
end)

T.case("tallies and P/R/F1", function()
  local p, r, f = S.prf(3, 4, 6)
  T.eq(p, 0.75, "P") T.eq(r, 0.5, "R") T.ok(math.abs(f - 0.6) < 1e-12, "F1")
  p, r, f = S.prf(0, 0, 5)
  T.eq({ p, r, f }, { nil, 0, 0 }, "nothing predicted")
  p, r, f = S.prf(0, 0, 0)
  T.eq({ p, r, f }, {}, "nothing at all")
  local total = S.new_counts()
  S.add(total, { gold = 2, pred = 3, tp = 1, spk = { n = 1, strict = 1, partial = 0 },
                 value = { n = 0, ok = 0 }, kind = { n = 0, ok = 0 }, of = { n = 0, ok = 0 } })
  S.add(total, { gold = 1, pred = 0, tp = 0, spk = { n = 0, strict = 0, partial = 0 },
                 value = { n = 2, ok = 1 }, kind = { n = 2, ok = 2 }, of = { n = 1, ok = 0 } })
  T.eq({ total.gold, total.pred, total.tp }, { 3, 3, 1 }, "sums")
  T.eq(total.value, { n = 2, ok = 1 }, "field sums")
  T.eq(S.fmt(nil), "    -", "fmt nil") T.eq(S.fmt(0.5), "0.500", "fmt")
end)

T.case("mention_kind: how a record found its speaker, from its fields alone", function()
  T.eq(S.mention_kind({ speaker = "Piet Jansen", speaker_text = "Jansen" }), "named", "surname of the speaker")
  T.eq(S.mention_kind({ speaker = "Piet Jansen", speaker_text = "Piet Jansen," }), "named", "punctuation off")
  T.eq(S.mention_kind({ speaker = "Piet Jansen", speaker_text = "hij" }), "referring", "a pronoun")
  T.eq(S.mention_kind({ speaker = "de trainer", speaker_text = "de trainer" }), "named", "a role kept as the speaker is its own name")
  T.eq(S.mention_kind({ speaker = "Piet Jansen", speaker_text = "de trainer" }), "referring", "a role resolved")
  T.eq(S.mention_kind({ speaker = "Piet Jansen", speaker_text = json.null }), "context", "no mention")
  T.eq(S.mention_kind({ speaker = json.null, speaker_text = json.null }), "context", "nothing found")
end)

T.case("eval runs the rules on the article as the command reads it: the title line after a date header is no body text (`Utrechtse school` in the headline is no body the later `de school` means)", function()
  local tmp = os.tmpname()
  os.remove(tmp)
  assert(os.execute("mkdir -p " .. tmp .. "/corpus/nl " .. tmp .. "/dev-gold/nl"))
  local article = 'date 2024-06\nLeerlingen geschorst na bangalijst op Utrechtse school\n\n'
                  .. 'Het college van bestuur heeft aangifte gedaan. Op het lijstje stond ook '
                  .. '"een negatieve beoordeling van hun uiterlijk", aldus de school.\n'
  local f = assert(io.open(tmp .. "/corpus/nl/school.txt", "wb"))
  f:write(article)
  f:close()
  f = assert(io.open(tmp .. "/dev-gold/nl/school.gold.json", "wb"))
  f:write(json.encode({ article = "nl/school.txt", lang = "nl",
                        quotes = { { text = "een negatieve beoordeling van hun uiterlijk", speaker = "de school" } } }))
  f:close()
  local pluk = os.getenv("PLUK") or "build/pluk"
  local p = io.popen(pluk .. " lua tests/eval/eval.lua " .. tmp .. " --only quotes --lang nl 2>&1")
  local out = p:read("a")
  p:close()
  os.execute("rm -rf " .. tmp)
  T.ok(out:find("nl   quotes            1     1     1", 1, true) ~= nil, "the quote found")
  T.ok(out:find("speaker 1.000 strict", 1, true) ~= nil, "the speaker as the command gives it: " .. (out:match("nl   quotes[^\n]*") or out))
end)

T.done()
