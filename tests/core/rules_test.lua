-- Rule search path, loading, rule-file errors, pattern rules, lexicons.
local T = require "harness"
T.suite "rules"

local rules = require "pluk.rules"
local lexicon = require "pluk.lexicon"
local pluk = require "pluk"

local tmp = os.tmpname()
os.remove(tmp)
assert(os.execute("mkdir -p " .. tmp .. "/a/nl " .. tmp .. "/b " .. tmp .. "/xdg/pluk/rules"))
local function write(path, s)
  local f = assert(io.open(path, "wb")); f:write(s); f:close()
end

local builtin = rules.builtin_dir()
T.ok(io.open(builtin .. "/nl/function_words.txt") ~= nil, "built-in rules found from the build tree")

local function env(t) return function(k) return t[k] end end

T.case("search order: --rules-path, PLUK_RULES_PATH, XDG, built-in", function()
  local dirs = rules.path { rules_path = { "/x1", "/x2" },
    env = env { PLUK_RULES_PATH = "/p1;;/p2", XDG_DATA_HOME = "/xdg", HOME = "/h" } }
  T.eq(dirs, { "/x1", "/x2", "/p1", "/xdg/pluk/rules", builtin, "/p2" }, "';;' splices defaults in place")
  dirs = rules.path { env = env { PLUK_RULES_PATH = "/only", HOME = "/h" } }
  T.eq(dirs, { "/only" }, "without ';;' only the listed directories, as LUA_PATH")
  dirs = rules.path { env = env { HOME = "/home/u" } }
  T.eq(dirs, { "/home/u/.local/share/pluk/rules", builtin }, "XDG default is ~/.local/share")
  dirs = rules.path { rules_path = "/s1;/s2", env = env {} }
  T.eq(dirs, { "/s1", "/s2", builtin }, "rules_path as a ';' string")
end)

write(tmp .. "/a/shout.lua", [[
local lpeg = require "lpeg"
local P = require("pluk.text").P
return { name = "shout", description = "words in capitals", langs = "*",
         type = "shout", pattern = lpeg.C(P.upper * P.upper^2) / function(w) return { word = w } end }
]])
write(tmp .. "/b/shout.lua", [[return { name = "shout", description = "shadowed", langs = "*", extract = function() end }]])

T.case("first directory wins; list shows the shadowed file", function()
  local dirs = { tmp .. "/a", tmp .. "/b" }
  T.eq(rules.find("shout", dirs), tmp .. "/a/shout.lua", "find")
  local listed
  for _, r in ipairs(rules.list(dirs)) do if r.name == "shout" then listed = r end end
  T.eq(listed and listed.shadowed, { tmp .. "/b/shout.lua" }, "shadowed listed")
  local nf, msg = rules.find("nope", dirs)
  T.eq(nf, nil, "unknown rule")
  T.ok(msg:find("no file '" .. tmp .. "/a/nope.lua'", 1, true), "message lists where it looked", msg)
end)

T.case("a pattern rule emits one record per match, UTF-8 aware", function()
  rules.reset()
  local text = "De NOS en de ÉÉN-dag: VVD wint."
  local recs = pluk.extract(text, { rules = { "shout" }, rules_path = { tmp .. "/a" }, lang = "nl" })
  local got = {}
  for _, r in ipairs(recs) do got[#got + 1] = r.text .. "@" .. r.start .. ":" .. r.word end
  T.eq(got, { "NOS@3:NOS", "ÉÉN@13:ÉÉN", "VVD@24:VVD" }, "matches with byte offsets")
  T.eq(recs[1].type, "shout", "type from the rule")
  T.eq(text:sub(recs[2].start + 1, recs[2]["end"]), "ÉÉN", "span slices to text")
end)

T.case("a rule may run pluk.extract itself: each run keeps its own records", function()
  write(tmp .. "/a/nested.lua", [[
local pluk = require "pluk"
return { name = "nested", langs = "*", extract = function(article, emit)
  local inner = pluk.extract(article.text, { rules = { "shout" }, rules_path = { ]] .. string.format("%q", tmp .. "/a") .. [[ } })
  emit { type = "count", start = 0, ["end"] = 2, n = #inner }
end }
]])
  rules.reset()
  local recs = pluk.extract("De NOS en VVD.", { rules = { "nested", "shout" }, rules_path = { tmp .. "/a" }, lang = "nl" })
  local got = {}
  for _, r in ipairs(recs) do got[#got + 1] = r.type .. (r.n and ("=" .. r.n) or "@" .. r.start) end
  T.eq(got, { "count=2", "shout@3", "shout@10" }, "the inner run's two records are its own; the outer run has all three")
end)

T.case("a caller's tables changed in place between calls pick the rule set anew", function()
  rules.reset()
  local opts = { rules = { "shout" }, rules_path = { tmp .. "/a" }, lang = "nl" }
  T.eq(#pluk.extract("De NOS wint.", opts), 1, "the shout rule of a/")
  opts.rules_path[1] = tmp .. "/b"
  T.eq(#pluk.extract("De NOS wint.", opts), 0, "the path array changed: b/'s shout, which emits nothing")
  opts.rules_path = tmp .. "/a"
  T.eq(#pluk.extract("De NOS wint.", opts), 1, "a path string")
  opts.rules[1] = "nope"
  T.err(function() pluk.extract("De NOS wint.", opts) end, "rule 'nope' not found", "the names array changed")
end)

T.case("broken rule files report path:line", function()
  write(tmp .. "/a/syntax.lua", "return {\n name = 'x',\n langs = \n")
  T.err(function() rules.load("syntax", { tmp .. "/a" }) end, tmp .. "/a/syntax.lua:4:", "syntax error")
  write(tmp .. "/a/runtime.lua", "local x\nreturn x.y\n")
  T.err(function() rules.load("runtime", { tmp .. "/a" }) end, tmp .. "/a/runtime.lua:2:", "runtime error")
  write(tmp .. "/a/noextract.lua", "return { name = 'n', langs = '*' }\n")
  T.err(function() rules.load("noextract", { tmp .. "/a" }) end, "needs an 'extract", "missing extract")
  write(tmp .. "/a/badspan.lua", "return { name = 'b', langs = '*', extract = function(a, emit) emit{type='x', start=0, ['end']=#a.text + 5} end }\n")
  T.err(function() pluk.extract("abc", { rules = { "badspan" }, rules_path = { tmp .. "/a" } }) end,
        "span %[0,8%) is outside the article", "record outside the text")
end)

T.case("every malformed record is refused with what is wrong, a good one completed", function()
  local record = require "pluk.record"
  local json = require "pluk.json"
  local art = { text = "Hij zegt dat het kan.", id = "doc-7" }
  local rule = { path = "/r/x.lua", name = "x" }
  local function bad(rec, want, what)
    T.err(function() record.check(rec, art, rule) end, want, what)
  end
  bad({ start = 0.0, ["end"] = 3 }, "start and end must be integers", "a float start")
  bad({ start = 0, ["end"] = "3" }, "start and end must be integers", "a string end")
  bad({ start = 4, ["end"] = 3 }, "span %[4,3%) is outside the article %(21 bytes%)", "end before start")
  bad({ start = -1, ["end"] = 3 }, "span %[%-1,3%) is outside", "negative start")
  bad({ start = 0, ["end"] = 3, text = "Zij" }, 'text "Zij" is not the bytes %[0,3%)', "text not the span")
  bad({ start = 0, ["end"] = 3, text = 3 }, "text 3 is not the bytes", "text a number")
  bad({ start = 0, ["end"] = 3, [1] = "x" }, "field names must be strings", "array part")
  bad({ start = 0, ["end"] = 3, of = {} }, "field 'of' must be a string, number, boolean or json.null", "a table value")
  bad({ start = 0, ["end"] = 3, f = print }, "field 'f' must be", "a function value")
  T.err(function() record.check("x", art, rule) end,
        "/r/x.lua: bad record from rule 'x': emit%(%) takes a table", "names the rule file")
  local rec = record.check({ start = 4, ["end"] = 8, speaker = json.null, n = 2, ok = true }, art, rule)
  T.eq({ rec.text, rec.doc, rec.type }, { "zegt", "doc-7", "x" }, "text, doc and type filled in")
  local same = record.check({ type = "t", start = 0, ["end"] = 0, text = "" }, art, rule)
  T.eq({ same.text, same.type }, { "", "t" }, "an empty span at 0, the type kept")
  local last = record.check({ start = 20, ["end"] = 21 }, art, rule)
  T.eq(last.text, ".", "a span ending at the last byte")
  -- the fast path (a plain table with a type) and the general one agree
  local plain = record.check({ type = "t", start = 4, ["end"] = 8, doc = "old" }, art, rule)
  T.eq({ plain.text, plain.doc }, { "zegt", "doc-7" }, "doc replaced, text filled")
  local bare = record.check({ type = 5, start = 4, ["end"] = 8 }, art, nil)
  T.eq({ bare.type, bare.doc }, { nil, "doc-7" }, "without a rule a type that is no string goes")
  T.eq(record.check({ start = 0, ["end"] = 3 }, art, { name = "n", type = "ty" }).type, "ty",
       "the rule's type before its name")
  local meta = setmetatable({ type = "t" }, { __index = { start = 0, ["end"] = 3 } })
  T.eq(record.check(meta, art, rule).text, "Hij", "start and end through __index")
  bad({ type = "t", start = 0, ["end"] = 3, text = "Hij", of = print }, "field 'of' must be",
      "a bad value after a good text")
end)

T.case("lexicons: format, user replacement and '+' extension", function()
  write(tmp .. "/a/nl/cues.txt", "# cue verbs\nzegt\nstelt   # inline comment\n\nmeer dan = more_than\n")
  lexicon.reset()
  local lex = lexicon.load("nl", "cues", { tmp .. "/a" })
  T.eq(lex.list, { "zegt", "stelt", "meer dan" }, "entries in order, comments and blanks skipped")
  T.eq(lex.values["meer dan"], "more_than", "entry = value")
  os.execute("mkdir -p " .. tmp .. "/b/nl")
  write(tmp .. "/b/nl/cues.txt", "vindt\n")
  write(tmp .. "/a/nl/+cues.txt", "meent\n")
  lexicon.reset()
  lex = lexicon.load("nl", "cues", { tmp .. "/a", tmp .. "/b" })
  T.eq(lex.list, { "zegt", "stelt", "meer dan", "meent" }, "first full list wins, '+' file adds")
  local lpeg = require "lpeg"
  local p = lexicon.pattern("nl", "cues")
  T.eq(lpeg.match(lpeg.C(p), "meer dan tien"), "meer dan", "pattern matches multi-word entry")
  T.eq(lpeg.match(p, "zegtje"), nil, "pattern matches whole words only")
end)

T.case("language detection from function words", function()
  local lang = require "pluk.lang"
  T.eq(lang.detect("Hij zegt dat het sociale netwerk dat kan, maar het is nog niet zo ver."), "nl", "Dutch")
  T.eq(lang.detect("The minister said that the plan would be ready by the end of the year."), "en", "English")
  T.eq(lang.detect("Der Minister sagte, dass die Pläne noch nicht fertig sind und auch nicht."), "de", "German")
  T.eq(lang.detect("Le ministre a dit que les plans ne sont pas prêts pour la fin de l'année."), "fr", "French")
  T.eq(lang.detect("12345 67890"), nil, "no words: unknown")
end)

T.case("date header is metadata", function()
  local read = require "pluk.read"
  local a = read.txt(" date 2018-04 ,,We hebben", "x.txt")
  T.eq({ a.date, a.header_end, a.text:sub(a.header_end + 1) }, { "2018-04", 14, ",,We hebben" }, "inline header")
  a = read.txt("date 2019-01-05\nTitle\n", "y.txt")
  T.eq({ a.date, a.text:sub(a.header_end + 1) }, { "2019-01-05", "Title\n" }, "header line")
  a = read.txt("dated 2019 text", "z.txt")
  T.eq({ a.date, a.header_end }, { nil, 0 }, "not a header")
  a = read.txt("\239\187\191date 2020-02 x", "bom.txt")
  T.eq({ a.date, a.text:sub(1, 4) }, { "2020-02", "date" }, "BOM stripped")
end)

T.case("a title line is metadata: the article's title, nothing extracted from it", function()
  local read = require "pluk.read"
  local text = "Actor Doris Day dies at 97\n\nThursday, May 16, 2019\n\nDoris Day died aged 97.\n"
  local a = read.txt(text, "day.txt")
  T.eq({ a.title, a.text:sub(a.header_end + 1, a.header_end + 3) }, { "Actor Doris Day dies at 97", "\nTh" },
       "title and where the text begins")
  local recs = pluk.extract(text, { rules = { "figures" }, lang = "en" })
  T.eq(recs[1] and recs[1].start, text:find("97.", 1, true) - 1, "the first figure is the body's 97, not the title's")
  a = read.txt("date 2019-01-05\nNine jailed in Bradford\n\nNine men were jailed.", "y.txt")
  T.eq({ a.date, a.title, a.text:sub(a.header_end + 1) }, { "2019-01-05", "Nine jailed in Bradford", "\nNine men were jailed." },
       "a title after the date header")
  a = read.txt("De minister zei het gisteren.\n\nMaar niemand luisterde.", "z.txt")
  T.eq({ a.title, a.header_end }, { nil, 0 }, "a sentence is no title")
  a = read.txt("Zuckerberg biedt excuses aan\nHij zegt dat het beter moet.", "w.txt")
  T.eq({ a.title, a.header_end }, { nil, 0 }, "no empty line after it: no title")
  a = read.txt('"We gaan winnen"\n\nDat zei de trainer.', "q.txt")
  T.eq(a.title, nil, "a line in quote marks is a quote, not a title")
  a = read.txt("Onderzoek\n\nEen woord is geen kop.", "o.txt")
  T.eq(a.title, nil, "one word is no title")
  a = read.txt(string.rep("lang ", 40) .. "\n\nrest", "l.txt")
  T.eq(a.title, nil, "a line over 150 bytes is no title")
  a = read.txt(string.rep("ab ", 50) .. "\n\nrest", "m.txt")
  T.eq(a.title and #a.title, 149, "a line of 150 bytes is a title, its trailing blank dropped")
  a = read.txt(" \r\n\n Two\twords \t\r\n \r\nBody.", "b.txt")
  T.eq({ a.title, a.header_end }, { "Two\twords", 18 }, "blank lines before it, blanks after it and in the empty line")
  a = read.txt("One \t \n\nBody.", "t.txt")
  T.eq(a.title, nil, "one word and trailing blanks is no title")
  a = read.article { text = "Given title stays\n\nBody.", title = "Mine" }
  T.eq({ a.title, a.header_end }, { "Mine", 18 }, "a given title is kept; the line is still skipped")
end)

os.execute("rm -rf " .. tmp)
T.done()
