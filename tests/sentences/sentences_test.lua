-- tests/sentences/sentences_test.lua: pluk.sentences, news sentences on
-- top of UAX #29. Every fixture here was written for pluk (see README.md);
-- the "golden" cases follow the same rules as the peer golden sets
-- (tests/eval/peer_sentences.lua) with sentences of our own. The seed
-- article case runs only when ../shared is present.

local T = require "harness"
T.suite "sentences"

local S = require "pluk.sentences"
local pluk = require "pluk"

-- the sentences as strings
local function texts(s, lang, opts)
  local out = {}
  for _, r in ipairs(S.split(s, lang, opts)) do out[#out + 1] = s:sub(r[1], r[2]) end
  return out
end

-- a table of cases: { text, {sentences}, [lang], [opts] }
local function run(group, cases, lang)
  for n, c in ipairs(cases) do
    T.case(group .. " #" .. n, function()
      T.eq(texts(c[1], c[3] or lang, c[4]), c[2], group .. " #" .. n .. ": " .. c[1])
    end)
  end
end

-- invariants every result must meet: in order, not overlapping, inside
-- [i, j], trimmed, and every non-space byte of the range in a sentence
local function check_invariants(s, lang, opts, label)
  opts = opts or {}
  local lo, hi = opts.i or 1, opts.j or #s
  local sp = S.split(s, lang, opts)
  local prev = lo - 1
  for k, r in ipairs(sp) do
    local i, j = r[1], r[2]
    if not (i > prev and i <= j and j <= hi) then
      return T.ok(false, label, ("sentence %d = [%s, %s] after %d"):format(k, i, j, prev))
    end
    if s:sub(i, i):match("%s") or s:sub(j, j):match("%s")
        or s:sub(i, i + 1) == "\194\160" or s:sub(j - 1, j) == "\194\160" then
      return T.ok(false, label, ("sentence %d not trimmed: %q"):format(k, s:sub(i, j)))
    end
    -- offsets on character boundaries (never inside a UTF-8 sequence
    -- unless the text is not UTF-8 there)
    if utf8.len(s:sub(i, j)) == nil and utf8.len(s) ~= nil then
      return T.ok(false, label, ("sentence %d cuts a character"):format(k))
    end
    -- nothing but white space between sentences
    if (s:sub(prev + 1, i - 1):gsub("\194\160", "")):find("%S") then
      return T.ok(false, label, ("text lost before sentence %d: %q"):format(k, s:sub(prev + 1, i - 1)))
    end
    prev = j
  end
  if (s:sub(prev + 1, hi):gsub("\194\160", "")):find("%S") then
    return T.ok(false, label, ("text lost at the end: %q"):format(s:sub(prev + 1, hi)))
  end
  T.ok(true, label)
end

---------------------------------------------------------------------------
-- API and shape
---------------------------------------------------------------------------

T.case("a plain abbreviation written with a capital needs one in the text", function()
  T.eq(texts("She had been ill. Day, they said, desired no memorials.", "en"),
       { "She had been ill.", "Day, they said, desired no memorials." }, "ill. is no Ill.")
  T.eq(texts("He lives in Springfield, Ill. Day and night he works.", "en"),
       { "He lives in Springfield, Ill. Day and night he works." }, "Ill. is still the state")
  T.eq(texts("Zij sprak met dhr. Jansen over het plan.", "nl"),
       { "Zij sprak met dhr. Jansen over het plan." }, "a title matches in either case")
  T.eq(texts("Hij is econoom bij ING. Volgens hem gaat het goed.", "nl"),
       { "Hij is econoom bij ING.", "Volgens hem gaat het goed." }, "but not a word in capitals: ING. is no ing.")
  T.eq(texts("SEC. 1262 AUTHORIZATION OF APPROPRIATIONS.", "en"),
       { "SEC. 1262 AUTHORIZATION OF APPROPRIATIONS." }, "before a number the title keeps its entry")
end)

T.case("api", function()
  local s = "  Eerste zin. Tweede zin!  "
  local sp = S.split(s, "nl")
  T.eq(sp, { { 3, 13 }, { 15, 25 } }, "split: {i, j} pairs, trimmed, 1-based inclusive")
  local a, b = S.bounds(s, "nl")
  T.eq({ a, b }, { { 3, 15 }, { 13, 25 } }, "bounds: starts and ends")
  local got = {}
  for i, j in S.each(s, "nl") do got[#got + 1] = { i, j } end
  T.eq(got, sp, "each yields the same pairs")
  T.eq(pluk.sentences(s, "nl"), sp, "pluk.sentences is split")
  T.eq(S.split("", "nl"), {}, "empty text")
  T.eq(S.split(" \n\t \n", "nl"), {}, "white space only")
  T.eq(texts("Geen punt aan het eind", "nl"), { "Geen punt aan het eind" }, "no terminator")
  T.err(function() S.split(nil, "nl") end, "string expected", "bad argument")
  T.eq(texts("Mr. Smith left. He came back.", nil), { "Mr. Smith left.", "He came back." },
       "lang nil means English")
  T.eq(texts("Hallo wereld. Tot ziens.", "xx"), { "Hallo wereld.", "Tot ziens." },
       "a language without lists gets the neutral rules")
end)

T.case("range", function()
  local s = "HEADER 2020 ,,Kom je?” vroeg ze. Ja."
  local i = s:find(",,", 1, true)
  T.eq(texts(s, "nl", { i = i }), { ",,Kom je?” vroeg ze.", "Ja." }, "opts.i skips a header")
  T.eq(texts(s, "nl", { i = i, j = i + 21 }), { ",,Kom je?” vroeg ze." }, "opts.j ends early")
  T.eq(S.split(s, "nl", { i = i })[1][1], i, "offsets stay offsets into s")
  T.eq(texts(s, "nl", { i = 5, j = 4 }), {}, "empty range")
end)

---------------------------------------------------------------------------
-- Golden-rule style cases, English (our own sentences)
---------------------------------------------------------------------------

run("en terminators", {
  { "Good morning. We start at nine.", { "Good morning.", "We start at nine." } },
  { "Where were you? We waited.", { "Where were you?", "We waited." } },
  { "It worked! Nobody believed it.", { "It worked!", "Nobody believed it." } },
  { "Really?! Yes. Wow!! Fine?? Good.", { "Really?!", "Yes.", "Wow!!", "Fine??", "Good." } },
  { "The shop opened.Customers came in.Then it rained.",
    { "The shop opened.", "Customers came in.", "Then it rained." } },
}, "en")

run("en abbreviations", {
  { "Our guide was Maria T. Lopez from Lima.", { "Our guide was Maria T. Lopez from Lima." } },
  { "Read the note on p. 12 first.", { "Read the note on p. 12 first." } },
  { "Ask Tom and co. before noon.", { "Ask Tom and co. before noon." } },
  { "The bike was sold by Hill & Co. It was red.", { "The bike was sold by Hill & Co.", "It was red." } },
  { "The bike was sold by Hill & Co. in May.", { "The bike was sold by Hill & Co. in May." } },
  { "We met Dr. Okafor and Mrs. Brandt at Mt. Kenya.", { "We met Dr. Okafor and Mrs. Brandt at Mt. Kenya." } },
  { "This is Ann Lee Jr.'s car.", { "This is Ann Lee Jr.'s car." } },
  { "She studied in the U.K. last spring.", { "She studied in the U.K. last spring." } },
  { "She studied in the U.K. Then she moved.", { "She studied in the U.K.", "Then she moved." } },
  { "He worked for the U.N. Security Council.", { "He worked for the U.N. Security Council." } },
  { "The train left at 7 p.m. We missed it.", { "The train left at 7 p.m.", "We missed it." } },
  { "By 7 a.m. Mrs. Lee was awake.", { "By 7 a.m. Mrs. Lee was awake." } },
  { "Ships like the No. 4 boat sank.", { "Ships like the No. 4 boat sank." } },
  { "The answer was no. He left.", { "The answer was no.", "He left." } },
  { "We sold fruit, nuts, etc. The list is long.", { "We sold fruit, nuts, etc.", "The list is long." } },
  { "Fruit, nuts, etc. Were sold.", { "Fruit, nuts, etc. Were sold." } },
  { "Some towns, e.g. Leeds and York, voted.", { "Some towns, e.g. Leeds and York, voted." } },
  { "Pay Rs. 500 at the desk.", { "Pay Rs. 500 at the desk." } },
  { "Lisa has a Ph.D. in physics.", { "Lisa has a Ph.D. in physics." } },
  { "The MP for South Shore–St. Margarets voted.", { "The MP for South Shore–St. Margarets voted." } },
  { "The Clark-St. Louis line ran late.", { "The Clark-St. Louis line ran late." } },
  { "It was Queen Anne I. She ruled well.", { "It was Queen Anne I.", "She ruled well." } },
  { "It was Anne I. Smith.", { "It was Anne I. Smith." } },
  { "Bring the wine, you and I. Then we go.", { "Bring the wine, you and I.", "Then we go." } },
  { "Take vitamin C. The doctor said so.", { "Take vitamin C.", "The doctor said so." } },
  { "The firm Acme Inc. (“Acme”) won.", { "The firm Acme Inc. (“Acme”) won." } },
}, "en")

run("en numbers", {
  { "The price rose to $12.75 today.", { "The price rose to $12.75 today." } },
  { "The price rose to $12.75. It fell later.", { "The price rose to $12.75.", "It fell later." } },
  { "Turnout was 61.5 percent.", { "Turnout was 61.5 percent." } },
  { "He sold 2,500.That was all.", { "He sold 2,500.", "That was all." } },
  { "Find it at N°. 17.4.2. Then turn left.", { "Find it at N°. 17.4.2.", "Then turn left." } },
  { "The vote was in 2019. 40 people came.", { "The vote was in 2019.", "40 people came." } },
}, "en")

run("en punctuation", {
  { "He drew a map (It was wrong.) of the town.", { "He drew a map (It was wrong.) of the town." } },
  { "Write to ann.lee@mail.example.org. She answers.", { "Write to ann.lee@mail.example.org.", "She answers." } },
  { "Mail Tom.Hill@example.com today.", { "Mail Tom.Hill@example.com today." } },
  { "See http://news.example.com/a/b.html. It has more.", { "See http://news.example.com/a/b.html.", "It has more." } },
  { "He works for Yahoo! in Sunnyvale.", { "He works for Yahoo! in Sunnyvale." } },
  { "They speak !Xóõ there.", { "They speak !Xóõ there." } },
}, "en")

run("en quotes", {
  { "He looked up, 'That is late.' he said.", { "He looked up, 'That is late.' he said." } },
  { "He looked up, \"That is late.\" he said.", { "He looked up, \"That is late.\" he said." } },
  { "He looked up, \"That is late.\" Then he left.", { "He looked up, \"That is late.\"", "Then he left." } },
  { "\"Why?\" he asked.", { "\"Why?\" he asked." } },
  { "“Stop! Now!” she shouted. Nobody moved.", { "“Stop! Now!” she shouted.", "Nobody moved." } },
  { "She said: \"We lost. We will be back.\" Fans cheered.",
    { "She said: \"We lost. We will be back.\"", "Fans cheered." } },
  { "\"It's the players' choice,\" he said. They agreed.",
    { "\"It's the players' choice,\" he said.", "They agreed." } },
  { "He wrote \"never. Then it ended. It was over.", { "He wrote \"never.", "Then it ended.", "It was over." } },
}, "en")

run("en ellipses", {
  { "He paused... and went on.", { "He paused... and went on." } },
  { "I never said that.... She left.", { "I never said that....", "She left." } },
  { "\"We came [...] and stayed [...]\" (Ray 12).", { "\"We came [...] and stayed [...]\" (Ray 12)." } },
  { "The law is clear . . . the rest is not.", { "The law is clear . . . the rest is not." } },
  { "He stopped here . . . . Then he went on.", { "He stopped here . . . .", "Then he went on." } },
  { "Work ended early. . . . The town was quiet.", { "Work ended early.", ". . . The town was quiet." } },
  { "It faded slowly. . . .", { "It faded slowly. . . ." } },
  { "We waited … nothing came.", { "We waited … nothing came." } },
}, "en")

run("en lists", {
  { "1.) Buy milk 2.) Buy bread", { "1.) Buy milk", "2.) Buy bread" } },
  { "1.) Buy milk. 2.) Buy bread.", { "1.) Buy milk.", "2.) Buy bread." } },
  { "1) Buy milk 2) Buy bread", { "1) Buy milk", "2) Buy bread" } },
  { "1. Buy milk 2. Buy bread 3. Go home", { "1. Buy milk", "2. Buy bread", "3. Go home" } },
  { "1. Buy milk. 2. Buy bread.", { "1. Buy milk.", "2. Buy bread." } },
  { "• 4. Buy milk • 5. Buy bread", { "• 4. Buy milk", "• 5. Buy bread" } },
  { "⁃4. Buy milk ⁃5. Buy bread", { "⁃4. Buy milk", "⁃5. Buy bread" } },
  { "a. Buy milk b. Buy bread c. Go home", { "a. Buy milk", "b. Buy bread", "c. Go home" } },
  { "(a) Buy milk. (b) Buy bread.", { "(a) Buy milk.", "(b) Buy bread." } },
  { "He came 2. Then he left.", { "He came 2.", "Then he left." } },
}, "en")

run("en lines", {
  { "Flood warning\nThe river rose overnight.", { "Flood warning", "The river rose overnight." } },
  { "apples\npears and plums\nnuts\n", { "apples", "pears and plums", "nuts" } },
  { "It was a long \nday for all.", { "It was a long \nday for all." } },
  { "A line that breaks\nin the middle.", { "A line that breaks", "in the middle." } },
  { "A line that breaks\nin the middle.", { "A line that breaks\nin the middle." }, nil, { wrapped = true } },
  { "First part\n\nSecond part", { "First part", "Second part" }, nil, { wrapped = true } },
  { "He said \"yes.\n\nNo,\" she said.", { "He said \"yes.", "No,\" she said." } },
  { "One.\r\n\r\nTwo.", { "One.", "Two." } },
}, "en")

---------------------------------------------------------------------------
-- Dutch
---------------------------------------------------------------------------

run("nl", {
  { "Volgens dhr. Bakker en mevr. De Wit kwam o.a. Ajax op bezoek.",
    { "Volgens dhr. Bakker en mevr. De Wit kwam o.a. Ajax op bezoek." } },
  { "Hij noemde bijv. De Telegraaf en mr. Visser.", { "Hij noemde bijv. De Telegraaf en mr. Visser." } },
  { "Er kwamen ca. 300 mensen, zie blz. 4 en nr. 12.", { "Er kwamen ca. 300 mensen, zie blz. 4 en nr. 12." } },
  { "De rede van prof. Jansen duurde een uur.", { "De rede van prof. Jansen duurde een uur." } },
  { "Ze kochten appels, peren enz. De rest bleef liggen.",
    { "Ze kochten appels, peren enz.", "De rest bleef liggen." } },
  { "Het team van J.P. de Groot en A. Visser won.", { "Het team van J.P. de Groot en A. Visser won." } },
  { "Trainer H. De Boer bleef kalm.", { "Trainer H. De Boer bleef kalm." } },
  { "Ze zitten in groep B. De andere ploeg niet.", { "Ze zitten in groep B.", "De andere ploeg niet." } },
  { "De koers steeg 2,5 procent tot 13.40 uur.", { "De koers steeg 2,5 procent tot 13.40 uur." } },
  { "Het werk kostte 12.000 euro. Dat viel mee.", { "Het werk kostte 12.000 euro.", "Dat viel mee." } },
  { "De bus vertrok te laat. 40 reizigers bleven achter.",
    { "De bus vertrok te laat.", "40 reizigers bleven achter." } },
  { "De bus vertrok te laat. ...en toen begon het te regenen.",
    { "De bus vertrok te laat.", "...en toen begon het te regenen." } },
  { "Een lastige afk. bijv. hier.", { "Een lastige afk. bijv. hier." } },
}, "nl")

run("nl quotes", {
  { "„Waarom?” vroeg hij.", { "„Waarom?” vroeg hij." } },
  { ",,Waarom?” vroeg hij.", { ",,Waarom?” vroeg hij." } },
  { ",,Waarom?'' vroeg hij.", { ",,Waarom?'' vroeg hij." } },
  { "De zaal liep leeg. ,,Jammer,” zei de wethouder.",
    { "De zaal liep leeg.", ",,Jammer,” zei de wethouder." } },
  { "Ze reageerde kort: ,,Het is klaar. Wij gaan door.” Daarna vertrok ze.",
    { "Ze reageerde kort: ,,Het is klaar. Wij gaan door.”", "Daarna vertrok ze." } },
  { ",,Ik stop ermee. '' Zo eindigde het gesprek.", { ",,Ik stop ermee. ''", "Zo eindigde het gesprek." } },
  { "'s Avonds gaat de winkel dicht. Dan is het stil.", { "'s Avonds gaat de winkel dicht.", "Dan is het stil." } },
  { "De 'winnaar' kreeg niets. Hij was boos.", { "De 'winnaar' kreeg niets.", "Hij was boos." } },
}, "nl")

T.case("nl quotes split on request", function()
  T.eq(texts("Ze zei: ,,Het is klaar. Wij gaan door.” Daarna ging ze.", "nl", { quotes = "split" }),
       { "Ze zei: ,,Het is klaar.", "Wij gaan door.”", "Daarna ging ze." },
       "opts.quotes = \"split\" ends sentences inside a quotation")
end)

-- a news item of our own: headline, dateline line, byline, sub-heading,
-- quotes, abbreviations
local NL_ARTICLE = [[
Nieuwe brug over de Waal geopend

NIJMEGEN (ANP)
Door onze verslaggever

De nieuwe brug is zaterdag door burg. Pieters geopend. ,,Dit is een mooie dag voor de stad,” zei hij. Volgens dhr. Van Dam van de provincie kostte de bouw ca. 95 mln. euro.

Verkeer

Vanaf maandag rijden er bussen over de brug. ,,Eerst zien, dan geloven. We wachten al tien jaar!'' aldus een bewoner. Hij woont aan de Waalkade nr. 3.
]]

T.case("nl article", function()
  T.eq(texts(NL_ARTICLE, "nl"), {
    "Nieuwe brug over de Waal geopend",
    "NIJMEGEN (ANP)",
    "Door onze verslaggever",
    "De nieuwe brug is zaterdag door burg. Pieters geopend.",
    ",,Dit is een mooie dag voor de stad,” zei hij.",
    "Volgens dhr. Van Dam van de provincie kostte de bouw ca. 95 mln. euro.",
    "Verkeer",
    "Vanaf maandag rijden er bussen over de brug.",
    ",,Eerst zien, dan geloven. We wachten al tien jaar!'' aldus een bewoner.",
    "Hij woont aan de Waalkade nr. 3.",
  }, "headings, dateline, byline and paragraphs")
end)

---------------------------------------------------------------------------
-- German and French
---------------------------------------------------------------------------

run("de", {
  { "Am 3. Oktober feiern wir. Die Stadt ist voll.", { "Am 3. Oktober feiern wir.", "Die Stadt ist voll." } },
  { "Im 19. Jahrhundert wuchs die Stadt.", { "Im 19. Jahrhundert wuchs die Stadt." } },
  { "Es kamen z.B. Lehrer, Ärzte usw. Die Halle war voll.",
    { "Es kamen z.B. Lehrer, Ärzte usw.", "Die Halle war voll." } },
  { "Laut Dr. Weber und Prof. Kurz kostet es ca. 5 Mio. Euro.",
    { "Laut Dr. Weber und Prof. Kurz kostet es ca. 5 Mio. Euro." } },
  { "„Warum?“ fragte sie.", { "„Warum?“ fragte sie." } },
  { "Er wurde 19. Das war spät.", { "Er wurde 19.", "Das war spät." } },
}, "de")

run("fr", {
  { "M. Martin et Mme. Roux sont partis.", { "M. Martin et Mme. Roux sont partis." } },
  { "Il a acheté du pain, du lait, etc. Ensuite il est rentré.",
    { "Il a acheté du pain, du lait, etc.", "Ensuite il est rentré." } },
  { "« Pourquoi ? » a-t-il demandé.", { "« Pourquoi ? » a-t-il demandé." } },
  { "Voir p. 14 et n°. 3 du rapport.", { "Voir p. 14 et n°. 3 du rapport." } },
}, "fr")

---------------------------------------------------------------------------
-- Unicode terminators UAX #29 knows and we leave alone
---------------------------------------------------------------------------

run("other scripts", {
  { "今日は晴れです。明日は雨です。", { "今日は晴れです。", "明日は雨です。" } },
  { "Это дом. Это сад.", { "Это дом.", "Это сад." } },
  { "Café Noël est ouvert. Élise arrive.", { "Café Noël est ouvert.", "Élise arrive." }, "fr" },
}, "en")

---------------------------------------------------------------------------
-- The lists are data: a user's +abbreviations.txt adds to them
---------------------------------------------------------------------------

T.case("user lexicon", function()
  local lexicon = require "pluk.lexicon"
  local rules = require "pluk.rules"
  local dir = T.user_lists({ ["nl/+abbreviations.txt"] = "# test\nbijz. = pre\n" })
  local s = "Dat geldt bijz. Amsterdam en Utrecht."
  T.eq(#S.split(s, "nl"), 2, "without the entry: two sentences")
  lexicon.set_path({ dir, rules.builtin_dir() })
  local ok, err = pcall(function()
    T.eq(texts(s, "nl"), { s }, "with the user's entry: one sentence")
    T.eq(texts("Volgens dhr. Bakker klopt het.", "nl"), { "Volgens dhr. Bakker klopt het." },
         "the built-in list still applies")
  end)
  lexicon.set_path({})
  T.remove_dir(dir)
  if not ok then error(err, 0) end
  T.eq(#S.split(s, "nl"), 2, "path restored: two sentences again")
end)

---------------------------------------------------------------------------
-- Invariants on generated text (no ../shared needed)
---------------------------------------------------------------------------

T.case("invariants", function()
  local pieces = {
    "De", "minister", "zei", "dhr.", "o.a.", "U.S.", "A.", "3.5", "21.", "Het",
    "The", "„Ja?”", ",,Nee.''", "\"Why?\"", "'s", "...", ". . .", "…", "!", "?",
    ".", ",", "1.)", "2)", "b.", "•", "⁃3.", "(", ")", "[...]", "e@x.nl.",
    "http://a.b/c.", "\n", "\n\n", "  ", "\194\160", "Ünal", "élan", "。",
    "Mr.", "etc.", "p.", "12", "''", "’", "‘", "«", "»", "\r\n", "a.m.",
    "\255", "\226\128", "(a)", "Ph.D.", "jl.", "I.",
  }
  math.randomseed(29)
  for round = 1, 300 do
    local words = {}
    for k = 1, math.random(1, 40) do
      words[k] = pieces[math.random(#pieces)]
    end
    local sep = math.random() < 0.5 and " " or ""
    local s = table.concat(words, sep)
    local lang = ({ "nl", "en", "de", "fr" })[round % 4 + 1]
    local ok, err = pcall(check_invariants, s, lang, { wrapped = round % 3 == 0 },
                          "invariants round " .. round)
    if not ok then T.ok(false, "invariants round " .. round, tostring(err) .. " on " .. string.format("%q", s)) end
  end
  -- a range inside the text
  local s = "Kop\n\nDe man. ,,Ja?” zei hij. Einde."
  check_invariants(s, "nl", { i = 6, j = #s - 3 }, "invariants in a range")
end)

---------------------------------------------------------------------------
-- ../shared: the seed article, and invariants on the corpus
---------------------------------------------------------------------------

local SHARED = T.shared()

-- The seed article's sentences (../shared/seed/zuckerberg-2018-04.txt),
-- after the ` date 2018-04 ` header. Quotations are kept whole.
local SEED = {
  ",,We hebben onvoldoende gedaan om misbruik van ons platform te voorkomen,” verontschuldigde Zuckerberg zich woensdagavond uitgebreid tegenover journalisten uit de hele wereld voor de Russische inmenging bij de Amerikaanse verkiezingen en voor de datadiefstal van 87 miljoen profielen door het Britse Cambridge Analytica.",
  "Via een pr-offensief en uitgebreide excuses probeert het socialemediabedrijf de schade in te dammen.",
  ",,De eerste tien jaar van ons bestaan hebben we ons vooral gericht op alle goede dingen die Facebook bracht: het in verbinding brengen van vrienden en families. Het bieden van middelen aan kleine bedrijven, zodat ze klanten op een manier kunnen bereiken die tot dan toe alleen aan grote bedrijven was voorbehouden.”",
  "Volgens de topman zijn daarbij fouten gemaakt.",
  ",,Als je zoiets volkomen nieuws bouwt als Facebook, verpest je ook zaken. We hebben onze verantwoordelijkheden veel te beperkt opgevat. Dat is onze fout, mijn fout.”",
  "Ondermijnen democratie",
  "Zuckerberg, die volgende week in het Amerikaanse Congress uitleg zal geven over het Cambridge Analytica-schandaal, zegt dat het in 2004 door hem opgerichte Facebook beterschap gaat tonen.",
  ",,Als Facebook zijn we er niet alleen om gebruikers in staat te stellen met elkaar te communiceren, maar ook om ervoor te zorgen dat dat wel goed gaat. De belangrijkste vraag is: kunnen we onze gebruikers beschermen en ervoor zorgen dat onze systemen niet worden misbruikt om de democratie te ondermijnen?”",
  "Hij zegt dat het sociale netwerk dat kan.",
  ",,We gaan daar nog veel harder ons best voor doen. Nu al hebben we 15.000 medewerkers die dag in, dag uit aan de veiligheid werken. Later dit jaar zullen dat er 20.000 zijn.”",
  "Hij wijst op de verkiezingen die dit jaar worden gehouden in diverse landen, waaronder Hongarije en Pakistan.",
  "Wel heeft het sociale netwerk tijd nodig, stelt Zuckerberg.",
  ",,Ik zou willen dat ik met mijn vingers kon knippen en zeggen dat de problemen in 3 of 6 maanden zijn opgelost. De werkelijkheid is dat onze systemen zo complex zijn dat het een meerjarenproject is. Maar dat wil niet zeggen dat we niet elke maand vooruitgang boeken.”",
}

-- With quotations split, the quotes of sentences 3, 5, 8, 10 and 13 give
-- 2, 3, 2, 3 and 3 sentences: 13 + 1 + 2 + 1 + 2 + 2 = 21.
local SEED_SPLIT_QUOTES = 21

local read = require("fileio").read

if SHARED then
  T.case("seed article", function()
    local s = assert(read(SHARED .. "/seed/zuckerberg-2018-04.txt"))
    local start = assert(s:find(",,", 1, true))
    T.eq(s:sub(1, start - 1), " date 2018-04 ", "the header we skip")
    T.eq(texts(s, "nl", { i = start }), SEED, "every sentence of the seed article")
    local parts = texts(s, "nl", { i = start, quotes = "split" })
    T.eq(#parts, SEED_SPLIT_QUOTES, "with quotations split")
    local k = 1
    for _, part in ipairs(parts) do
      while SEED[k] and not SEED[k]:find(part, 1, true) do k = k + 1 end
    end
    T.ok(k <= #SEED, "with quotations split: each piece inside a seed sentence, in order")
  end)

  T.case("corpus invariants", function()
    for _, lang in ipairs { "nl", "en" } do
      local p = io.popen("ls '" .. SHARED .. "/corpus/" .. lang .. "'/*.txt 2>/dev/null")
      local n = 0
      for path in p:lines() do
        n = n + 1
        if n % 10 == 1 then     -- a sample keeps the suite fast
          local s = read(path)
          check_invariants(s, lang, nil, "corpus " .. path:match("[^/]*$"))
        end
      end
      p:close()
    end
  end)
else
  io.stdout:write("sentences: seed article and corpus cases skipped (no ../shared)\n")
end

T.done()
