-- tests/quotes/quotes_test.lua: rules/quotes.lua on short texts of our own
-- (tests/quotes/README.md): every quotation mark style, apostrophes that
-- are not marks, interrupted, multi-paragraph, unclosed and nested quotes,
-- scare quotes and titles, the record fields and offsets.

local T = require "harness"
local pluk = require "pluk"
local json = require "pluk.json"

T.suite "quotes"

local function quotes(text, lang)
  local out = {}
  for _, r in ipairs(pluk.extract(text, { rules = { "quotes" }, lang = lang or "en" })) do
    out[#out + 1] = r
  end
  return out
end

local function texts(list)
  local out = {}
  for i, r in ipairs(list) do out[i] = r.text end
  return out
end

local function null(v) return v == nil or v == json.null end

---------------------------------------------------------------------------
-- Marks
---------------------------------------------------------------------------

T.case("every mark style", function()
  local cases = {
    { "en", 'The mayor said: "We will rebuild the bridge this year."', "We will rebuild the bridge this year." },
    { "en", "The mayor said: “We will rebuild the bridge this year.”", "We will rebuild the bridge this year." },
    { "nl", "De burgemeester zei: „We bouwen de brug dit jaar weer op.“", "We bouwen de brug dit jaar weer op." },
    { "nl", "De burgemeester zei: „We bouwen de brug dit jaar weer op.”", "We bouwen de brug dit jaar weer op." },
    { "nl", "De burgemeester zei: ,,We bouwen de brug dit jaar weer op.”", "We bouwen de brug dit jaar weer op." },
    { "nl", "De burgemeester zei: ,,We bouwen de brug dit jaar weer op.''", "We bouwen de brug dit jaar weer op." },
    { "nl", "De burgemeester zei: ,, We bouwen de brug dit jaar weer op. ''", "We bouwen de brug dit jaar weer op." },
    { "nl", "De burgemeester zei: \"We bouwen de brug dit jaar weer op.''", "We bouwen de brug dit jaar weer op." },
    { "fr", "Le maire a déclaré : « Nous reconstruirons le pont cette année. »", "Nous reconstruirons le pont cette année." },
    { "de", "Der Bürgermeister sagte: »Wir bauen die Brücke dieses Jahr wieder auf.«", "Wir bauen die Brücke dieses Jahr wieder auf." },
    { "de", "Der Bürgermeister sagte: ‹Wir bauen die Brücke dieses Jahr wieder auf.›", "Wir bauen die Brücke dieses Jahr wieder auf." },
    { "de", "Der Bürgermeister sagte: „Wir bauen die Brücke dieses Jahr wieder auf.“", "Wir bauen die Brücke dieses Jahr wieder auf." },
    { "en", "The mayor said: ‘We will rebuild the bridge this year.’", "We will rebuild the bridge this year." },
    { "en", "The mayor said: 'We will rebuild the bridge this year.'", "We will rebuild the bridge this year." },
    { "en", "The mayor said: 「We will rebuild the bridge this year.」", "We will rebuild the bridge this year." },
    { "en", "The mayor said: ``We will rebuild the bridge this year.''", "We will rebuild the bridge this year." },
  }
  for _, c in ipairs(cases) do
    local q = quotes(c[2], c[1])
    T.eq(texts(q), { c[3] }, c[2])
  end
end)

T.case("apostrophes are not marks", function()
  -- don't, 's-Hertogenbosch, 't, zo'n, Jones' inside and outside quotes
  local q = quotes("Jones' dog barked. \"I don't know why he's so loud,\" she said. "
                   .. "Jones' cat didn't care.", "en")
  T.eq(texts(q), { "I don't know why he's so loud," }, "don't, he's, Jones'")
  q = quotes("In 's-Hertogenbosch zei de wethouder: ,,Het is zo'n mooie dag, 't regent niet.''", "nl")
  T.eq(texts(q), { "Het is zo'n mooie dag, 't regent niet." }, "'s-Hertogenbosch, zo'n, 't")
  q = quotes("'s Avonds is het stil in 't dorp, zegt hij, en zo'n dorp is zeldzaam.", "nl")
  T.eq(#q, 0, "no quote from 's, 't and zo'n")
  q = quotes("The class of '98 met again. 'It was wonderful,' said Ann.", "en")
  T.eq(texts(q), { "It was wonderful," }, "'98 is not a mark")
  q = quotes("He is 5'11\" tall and wore a 12\" hat to the game on Sunday.", "en")
  T.eq(#q, 0, "feet and inches")
  -- a plural's possessive inside a quote in single marks
  q = quotes("‘It costs us £2,000 a week in fuel and drivers’ hours,’ said Martin Greaves.", "en")
  T.eq(texts(q), { "It costs us £2,000 a week in fuel and drivers’ hours," }, "drivers’ hours inside ‘...’")
  T.eq(q[1] and q[1].speaker, "Martin Greaves", "the tag after the real closing mark")
  q = quotes("'The drivers' union is angry,' he said.", "en")
  T.eq(texts(q), { "The drivers' union is angry," }, "drivers' union inside '...'")
  q = quotes("‘We saw the drivers’ he said, ‘and the cars.’", "en")
  T.eq(texts(q), { "We saw the drivers", "and the cars." }, "a pronoun after it: the mark closes")
  q = quotes("‘We beat the Rovers’ he said of his players’ efforts.", "en")
  T.eq(texts(q), { "We beat the Rovers" }, "a pronoun after it closes, though another mark follows")
  q = quotes("I don't know the 'preparedness' of the Indian gov't to deal with this, he said.", "en")
  T.eq(#q, 0, "a function word after it closes, and gov't closes nothing")
end)

---------------------------------------------------------------------------
-- Structure
---------------------------------------------------------------------------

T.case("an interrupted quote is two quotes with one speaker", function()
  local q = quotes('"We will win," Smith said, "and we will win soon."', "en")
  T.eq(texts(q), { "We will win,", "and we will win soon." }, "two parts")
  T.eq(q[1].speaker, "Smith", "first part")
  T.eq(q[2].speaker, "Smith", "second part")
  q = quotes(",,Omdat'', zei Jansen.,, wij altijd scherp waren.''", "nl")
  T.eq(texts(q), { "Omdat", "wij altijd scherp waren." }, "Dutch, one word before the tag")
  T.eq(q[2].speaker, "Jansen", "Dutch second part")
end)

T.case("a multi-paragraph quote is one quote per paragraph", function()
  local text = 'Mayor Ann Lee spoke to the council on Monday.\n\n'
    .. '"The bridge will be rebuilt this year. We have the money for it.\n\n'
    .. '"The work starts in May and ends before winter," Lee said.\n\n'
    .. 'The council voted on Tuesday.'
  local q = quotes(text, "en")
  T.eq(texts(q), { "The bridge will be rebuilt this year. We have the money for it.",
                   "The work starts in May and ends before winter," }, "one per paragraph")
  T.eq(q[1].speaker, "Ann Lee", "first paragraph, speaker from the tag in the second")
  T.eq(q[2].speaker, "Ann Lee", "second paragraph")
  -- one line per paragraph, as some feeds write it
  text = '"We expect more rain," said Tom Hill, a forecaster. "The rivers are full.\n'
    .. '"People should stay away from the banks," Hill said.'
  q = quotes(text, "en")
  T.eq(texts(q), { "We expect more rain,", "The rivers are full.",
                   "People should stay away from the banks," }, "single line breaks")
  T.eq(q[2].speaker, "Tom Hill", "middle part")
end)

T.case("an unclosed mark ends at its paragraph", function()
  local text = 'Lee said: "The bridge will be rebuilt this year.\n\n'
    .. 'The council meets again in June. "We are ready," said Tom Hill.'
  local q = quotes(text, "en")
  T.eq(texts(q), { "The bridge will be rebuilt this year.", "We are ready," }, "two quotes")
  T.eq(q[2].speaker, "Tom Hill", "the next paragraph keeps its own quote")
end)

T.case("a paragraph that opens with a mark the open quote may close with reopens it, as pages mix straight and curly marks (`“... // \"Chinese processors ...,” he said`); a quote the page broke into two paragraphs without reopening it ends at the next paragraph's closing mark when no mark comes before it there", function()
  local text = 'Chinese growth\n\nHurrell said prices fell.\n\nChinese growth\n\n\u{201C}Strong milk supply growth in China has been propelled by high prices.\n\n'
    .. '\u{201C}More recently, the lockdown has reduced demand.\n\n'
    .. '"Chinese processors have been left with no choice,\u{201D} he said.'
  local q = quotes(text, "en")
  T.eq(#q, 3, "three parts")
  T.eq(q[1] and q[1].speaker, "Hurrell", "the first part: the tag of the last")
  T.eq(q[2] and q[2].speaker, "Hurrell", "the middle part")
  text = 'Deputy hurt\n\nSheriff Jeff Jaeger spoke on Monday.\n\n"We are very grateful that he was not harmed.\n\n'
    .. 'We would like to thank the public for their support," Jaeger said.'
  q = quotes(text, "en")
  T.eq(texts(q), { "We are very grateful that he was not harmed.\n\nWe would like to thank the public for their support," }, "one quote over the break")
  T.eq(q[1] and q[1].speaker, "Jeff Jaeger", "its tag")
  text = 'Deputy hurt\n\nJaeger said: "We are very grateful that he was not harmed.\n\nThe council meets again in June. "We are ready," said Tom Hill.'
  q = quotes(text, "en")
  T.eq(texts(q), { "We are very grateful that he was not harmed.", "We are ready," }, "an opener first there: no span")
  q = quotes("\"Alles wordt in laatje van boeren gedouwd'\nSchiphol mag blijven groeien. \u{201C}Dat steekt. Alles wordt in het laatje van boeren gedouwd\u{201D}, zegt Peter van Vliet.", "nl")
  T.eq(#q, 2, "an opener of another kind first there: no span")
end)

T.case("a curly opener left open closes at the curly mark of the other kind (`‘We’ve got ...,” he said`, `“Like ...,’ she said`), not at an apostrophe", function()
  local q = quotes("He said initial reports suggested no damage.\n\n‘We’ve got a few trees across houses and a few sheds have gone flying,” he said.", "en")
  T.eq(texts(q), { "We’ve got a few trees across houses and a few sheds have gone flying," }, "single closed by double")
  T.eq(q[1] and q[1].cue, "said", "the tag after it")
  q = quotes("Mayor Sara Duterte filed her candidacy.\n\n“Like the other millions of Filipinos, I share the same goal,’ she said.", "en")
  T.eq(texts(q), { "Like the other millions of Filipinos, I share the same goal," }, "double closed by single")
  T.eq(q[1] and q[1].speaker, "Sara Duterte", "she")
  q = quotes("Lee said: “The bridge won’t be rebuilt this year.\n\nThe council meets again in June.", "en")
  T.eq(texts(q), { "The bridge won’t be rebuilt this year." }, "an apostrophe closes nothing")
end)

T.case("nested quotes stay inside", function()
  local q = quotes("“He told me ‘never again’ and left,” said Ann Smith.", "en")
  T.eq(texts(q), { "He told me ‘never again’ and left," }, "single inside double")
  q = quotes('De trainer zei: ,,Hij riep "nooit meer" en ging weg.\'\'', "nl")
  T.eq(texts(q), { 'Hij riep "nooit meer" en ging weg.' }, "straight inside Dutch")
  q = quotes("“Hello,” he said, “how “are” you doing?”", "en")
  T.eq(texts(q), { "Hello,", "how “are” you doing?" }, "same mark nested")
end)

T.case("scare quotes, titles and mentioned words are not quotes", function()
  local q = quotes('The so-called "deal" was signed on Monday by the two ministers.', "en")
  T.eq(#q, 0, "so-called")
  q = quotes('She sang "Day after Day" at the concert in the old town hall.', "en")
  T.eq(#q, 0, "a title")
  q = quotes('The plan was called the "breadbasket" of the region by many farmers.', "en")
  T.eq(#q, 0, "called the")
  q = quotes("Het plan bleek 'onzin' en de minister vertrok naar huis.", "nl")
  T.eq(#q, 0, "one word, no cue beside it")
  q = quotes("De minister noemde het plan 'onzin' en vertrok naar huis.", "nl")
  T.eq(texts(q), { "onzin" }, "one word after a speech verb is his word")
  q = quotes('The city had a "very quiet" night after the storm passed.', "en")
  T.eq(#q, 0, "two words, no cue")
  q = quotes('The committee named the virus "severe acute respiratory syndrome coronavirus 2" on Tuesday.', "en")
  T.eq(#q, 0, "a long name with no cue and no function word")
  q = quotes('"COVID-19" is the name of the disease, not of the virus.', "en")
  T.eq(#q, 0, "a term opening the sentence")
  q = quotes('The report said that the city will get "a new bridge over the river by next May".', "en")
  T.eq(texts(q), { "a new bridge over the river by next May" }, "a fragment in reported speech")
  q = quotes('"Goodbye," Microsoft says on "The Internet Explorer 6 Countdown".', "en")
  T.eq(texts(q), { "Goodbye," }, "a title after a preposition, next to a cue")
  q = quotes('Kristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University Collection", '
             .. 'spoke.', "en")
  T.eq(#q, 0, "a long title with three short lower-case words")
  q = quotes("Sindsdien schreef hij honderd platen, waaronder 'Teensville' (1960) en 'Almost Alone' (1996).", "nl")
  T.eq(#q, 0, "a title with its year in brackets")
  q = quotes('Wikinews spoke with a cosplayer going by the name "The Katherinator". She waited outside.', "en")
  T.eq(#q, 0, "a name after `the name`")
  q = quotes('"Nonsense," said the minister.', "en")
  T.eq(texts(q), { "Nonsense," }, "one word with a cue beside it is a quote")
  q = quotes('He called the plan "null and void" on Friday.', "en")
  T.eq(texts(q), { "null and void" }, "a fragment after a speech verb")
end)

---------------------------------------------------------------------------
-- Record fields
---------------------------------------------------------------------------

T.case("record fields and offsets", function()
  local text = 'Het plan is klaar. ,,We beginnen morgen,” zegt wethouder Piet de Vries.'
  local q = quotes(text, "nl")
  T.eq(#q, 1, "one quote")
  local r = q[1]
  T.eq(r.type, "quote", "type")
  T.eq(r.text, "We beginnen morgen,", "text between the marks")
  T.eq(text:sub(r.start + 1, r["end"]), r.text, "0-based start, end exclusive")
  T.eq(r.speaker, "Piet de Vries", "speaker")
  T.eq(r.speaker_text, "Piet de Vries", "speaker_text")
  T.eq(text:sub(r.speaker_start + 1, r.speaker_end), r.speaker_text, "speaker offsets")
  T.eq(r.cue, "zegt", "cue as written")
  T.eq(r.lang, "nl", "lang")
  local keys = require("pluk.record").keys(r)
  T.eq(keys, { "doc", "type", "start", "end", "text", "speaker", "speaker_text",
               "speaker_start", "speaker_end", "cue", "lang" }, "field order")
  -- a quote with no speaker keeps the fields, as null
  q = quotes('"What a day it has been for everyone in this town."', "en")
  T.ok(null(q[1].speaker) and null(q[1].speaker_text) and null(q[1].cue), "null fields")
  T.ok(require("pluk.record").to_json(q[1]):find('"speaker":null', 1, true), "null in JSON")
end)

T.case("quotes in a date header are dropped", function()
  local text = ' date 2018-04 ,,We gaan door,” zegt Zuckerberg.'
  local art = require("pluk.read").txt(text, "x.txt")
  local set = require("pluk.rules").load_set({ "quotes" })
  local recs = set:extract(art)
  T.eq(#recs, 1, "the quote after the header")
  T.ok(recs[1].start >= art.header_end, "starts after the header")
end)

T.case("German and French", function()
  local q = quotes("„Wir schaffen das“, sagte Merkel am Montag in Berlin.", "de")
  T.eq(texts(q), { "Wir schaffen das" }, "German marks")
  T.eq(q[1].cue, "sagte", "German cue")
  T.eq(q[1].speaker, "Merkel", "German speaker")
  q = quotes("« Nous allons gagner », a déclaré Emmanuel Macron lundi.", "fr")
  T.eq(texts(q), { "Nous allons gagner" }, "French guillemets, spaces trimmed")
  T.eq(q[1].speaker, "Emmanuel Macron", "French speaker")
  T.eq(q[1].cue, "a déclaré", "French cue")
end)

T.case("a Dutch demonstrative opening the next sentence before its cue tags the quote", function()
  local q = quotes(",,Wij gaan winnen.'' Dat zei trainer Jansen na afloop tegen de NOS.", "nl")
  T.eq(q[1] and q[1].speaker, "Jansen", "Dat zei trainer Jansen")
  q = quotes(",,Wij gaan winnen.'' Het was een mooie dag.", "nl")
  T.ok(q[1] and type(q[1].speaker) ~= "string", "no cue in the next sentence: no speaker")
end)

T.case("a tag after a quote that ends in ! or ?", function()
  local q = quotes('"Fake news!" Trump said.', "en")
  T.eq(q[1] and q[1].speaker, "Trump", "! then Trump said")
  q = quotes('"Is this fake?" Trump asked on Monday.', "en")
  T.eq(q[1] and q[1].cue, "asked", "? then Trump asked")
  q = quotes('"Stop!" Police then arrested the man and took him away to the station.', "en")
  T.ok(q[1] and type(q[1].speaker) ~= "string", "no cue: no tag")
end)

T.case("a colon's speaker past a title, and no tag after a relative word", function()
  local q = quotes('Brazilian President Jair Bolsonaro opposed the statement: "The suggestion is out of place."', "en")
  T.eq(q[1] and q[1].speaker_text, "Jair Bolsonaro", "a demonym and a title before the name")
  q = quotes('President Donald Trump took a shot on Twitter: "Oh no, really big political news!"', "en")
  T.eq(q[1] and q[1].speaker_text, "Donald Trump", "a title before the name")
  q = quotes('Hotak alleged the government are "hiding accurate casualty figures of the forces", '
             .. 'whose US-built armoured vehicle was used.', "en")
  T.eq(q[1] and q[1].speaker, "Hotak", "whose is no verb of a tag")
end)

T.case("a title in apposition between commas is no quote", function()
  local q = quotes('Roberts says his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke.', "en")
  T.eq(#q, 0, "a title between commas")
  q = quotes('He said, "We Will Fight On", and left.', "en")
  T.eq(#q, 1, "speech right after a cue and its comma stays")
end)


T.case("a quote after a determiner and a noun in -ie or a group's noun is speech, not a term", function()
  local q = quotes("Minister Annelies Brouwer noemt de situatie ,,zeer zorgelijk\".", "nl")
  T.eq(texts(q), { "zeer zorgelijk" }, "de situatie: a noun's ending")
  q = quotes("Wethouder Joris Hendriks liet weten dat de gemeente ,,alles op alles zet'' om de zorg te garanderen.", "nl")
  T.eq(texts(q), { "alles op alles zet" }, "de gemeente: a group's noun")
  q = quotes("Het plan, waarvan het gewraakte 'rondje om de kerk' onderdeel is, is klaar.", "nl")
  T.eq(#q, 0, "het gewraakte: an adjective, a term")
end)


T.case("one word in marks between a determiner and a word in lower case, where a later quote in the sentence is what was said, modifies its noun (`noemde de ‘middeldure’ huurwoningen in het plan ‘een fopspeen’`: one quote); joined quoted words stay the speaker's (`He said the \"phony\" and \"nasty\" Harris`)", function()
  local q = quotes("Hij noemde de ‘middeldure’ huurwoningen in het plan ‘een fopspeen’.", "nl")
  T.eq(#q, 1, "the predicate alone")
  T.eq(q[1] and q[1].text, "een fopspeen", "what he called them")
  local q2 = quotes("Trump questioned the selection. He said the \"phony\" and \"nasty\" Harris attacked Biden during the debates.", "en")
  T.eq(#q2, 2, "both words")
end)

T.case("a straight mark right after a sentence's end, its own quote open, closes it though a letter follows (`gezien.\"Een woordvoerder`: a space lost); no quote nests in its own mark", function()
  local q = quotes('Dat merkt huisarts Henkjan Gebben. "Ja, wij hebben het druk. Collega\'s zeggen dat ook."Een woordvoerder laat weten dat het druk is. "Wij zien nog geen daling."', "nl")
  T.eq(#q, 2, "two quotes")
  T.eq(q[1] and q[1].text, "Ja, wij hebben het druk. Collega's zeggen dat ook.", "the first ends at its mark")
  T.eq(q[2] and q[2].text, "Wij zien nog geen daling.", "the second")
end)

T.case("English: two apostrophes open a quote too, as old wire copy writes it, closed by two more or a straight mark (`''I thought we did well,\" he added. ''In the end ...''`)", function()
  local q = quotes("Asked about the match, Jol told Sky Sports: ''I thought it was a difficult decision.''\n\nJol was pleased. ''I thought in spells we did ever so well,\" he added. ''In the end we could have had a draw.''", "en")
  T.eq(texts(q), { "I thought it was a difficult decision.", "I thought in spells we did ever so well,", "In the end we could have had a draw." }, "three quotes")
end)

T.case("a straight mark right after a comma closes its own open quote though a letter follows (`riders,\"said Brian Flagg`: a space lost)", function()
  local q = quotes('The council voted on Tuesday. "It was a great victory for bus riders,"said committee member Brian Flagg.', "en")
  T.eq(texts(q), { "It was a great victory for bus riders," }, "one quote, closed at the comma")
end)

T.case("Dutch: a straight mark and a curly one may close each other, as web copy mixes them (`\"Goedemiddag ... beleefdheid\u{201D}`, `\u{201C}Dit was het ergste ...\", aldus`); a straight pair inside a curly one still nests", function()
  local q = quotes('Hein Vanhaezebrouck had weinig om vrolijk over te zijn. "Goedemiddag kan ik niet zeggen\u{201D}, opende hij zijn betoog.\n\n\u{201C}Dit was het ergste wat ik ooit meegemaakt heb", aldus Vanhaezebrouck. "Als ik alle matchen beschouw, ben ik beschaamd.\u{201D}', "nl")
  T.eq(texts(q), { "Goedemiddag kan ik niet zeggen", "Dit was het ergste wat ik ooit meegemaakt heb", "Als ik alle matchen beschouw, ben ik beschaamd." }, "three quotes, each closed by the other kind")
  q = quotes('\u{201C}Ik zei nog "stop" tegen hem, maar hij luisterde niet\u{201D}, zegt Jan de Vries.', "nl")
  T.eq(texts(q), { "Ik zei nog \"stop\" tegen hem, maar hij luisterde niet" }, "the straight pair stays inside")
end)

T.case("Dutch: a straight double mark closed by two apostrophes, as regional sites write (`\"Er was interesse ...'', aldus Kelderman. \"Ik hoop ...''`): each quote ends at its apostrophes", function()
  local q = quotes("\"Er was interesse voor me, maar ik voel me goed in deze omgeving'', aldus Kelderman. \"Ik hoop volgend jaar de Tour de France te rijden.''", "nl")
  T.eq(texts(q), { "Er was interesse voor me, maar ik voel me goed in deze omgeving", "Ik hoop volgend jaar de Tour de France te rijden." }, "two quotes")
end)

T.case("a right curly double mark opens a quote where it stands before a word and no quote it closes is open (`”Dan krijg je ... “`, `joking.”I have ...”`); after a sentence's end it closes a quote still open (`question?”But`); an opener glued to the one before is part of it (`“”Dit is`)", function()
  local q = quotes("“Voetballers worden zo zwaar belast”, gaat de bondscoach verder. ”Dan krijg je veel blessures. We zijn met 26 spelers begonnen. “", "nl")
  T.eq(texts(q), { "Voetballers worden zo zwaar belast", "Dan krijg je veel blessures. We zijn met 26 spelers begonnen." }, "reversed marks")
  q = quotes("In a rejoinder, the suspect said he should stop joking.”I have already finished with the doctor. I don’t want such jokes!” he shouted.", "en")
  T.eq(texts(q), { "I have already finished with the doctor. I don’t want such jokes!" }, "a glued opener")
  q = quotes("The magistrate asked him, “Was it an offence to ask you the question?”But the suspect insisted he wouldn’t take “such jokes” with his case.", "en")
  T.eq(texts(q)[1], "Was it an offence to ask you the question?", "closed after the question mark")
  q = quotes("Hij is tevreden. “”Dit is wat ik nodig heb. Ik voelde al een verschil.”", "nl")
  T.eq(texts(q), { "Dit is wat ik nodig heb. Ik voelde al een verschil." }, "a doubled opener")
end)


T.case("a short quote joined by and/or to the quote before it in its sentence, which counts, counts too (`a \"knee-jerk\" and \"spiteful\" reaction`)", function()
  local q = quotes("Tom Watson described the response as a \"knee-jerk\" and \"spiteful\" reaction.", "en")
  T.eq(texts(q), { "knee-jerk", "spiteful" }, "both words")
  q = quotes("The so-called \"deal\" and the plan were both dropped.", "en")
  T.eq(texts(q), {}, "a lone term stays out")
end)

T.case("Dutch: a right single curly mark opens and closes a quote as ' does (De Telegraaf's `’zeer, zeer waarschijnlijk’`), and an elision before a hyphen is no mark (`’s-Hertogenbosch.’`)", function()
  local q = quotes("ECB-president Christine Lagarde noemt het ’zeer, zeer waarschijnlijk’ dat de rente stijgt.", "nl")
  T.eq(texts(q), { "zeer, zeer waarschijnlijk" }, "right marks")
  q = quotes("Hij zei: ‘We gaan het doen, zo’n kans krijg je niet vaak in ’s-Hertogenbosch.’ Daarna ging hij weg.", "nl")
  T.eq(texts(q), { "We gaan het doen, zo’n kans krijg je niet vaak in ’s-Hertogenbosch." }, "curly elision at the end")
  q = quotes("Hij zei: 'We gaan het doen, zo'n kans krijg je niet vaak in 's-Hertogenbosch.' Daarna ging hij weg.", "nl")
  T.eq(texts(q), { "We gaan het doen, zo'n kans krijg je niet vaak in 's-Hertogenbosch." }, "straight elision at the end")
  q = quotes("Het is ’t beste, zei Jansens’ vrouw. ’Dat is zo,’ zei hij.", "nl")
  T.eq(texts(q), { "Dat is zo," }, "’t and Jansens’ are no marks")
end)

T.case("English: old AP copy opens with two backticks and closes with a double prime (``They just cannot see ...,″ said ...)", function()
  local q = quotes("Crews were pulled back.\n\n``They just cannot see the front of this fire because of the smoke,″ said Barb Masinton.", "en")
  T.eq(texts(q), { "They just cannot see the front of this fire because of the smoke," }, "backticks and double prime")
end)


T.case("Dutch: a fragment after a person's role noun with an adjective's ending is the object of the clause that noun is the subject of, no term after a noun phrase (`zei dat de verdachte ,,geen enkele spijt'' toonde`)", function()
  local q = quotes("Rechtbank\n\nDe rechter zei dat de verdachte ,,geen enkele spijt'' toonde.", "nl")
  T.eq(texts(q), { "geen enkele spijt" }, "de verdachte")
end)

T.case("one or two words in lower case after a cue of their sentence that has a speaker are the speaker's words, wherever they stand in what the cue reports (`Police said one of the drivers ... is now being treated as a \"key witness\"`, `Volgens de burgemeester was de sluiting ... „onvermijdelijk”`); not after `the`, nor past a comma or another quote's mark after the cue, nor with no cue (`The city had a \"very quiet\" night`, above)", function()
  local q = quotes('Crash\n\nPolice said one of the drivers has since been released from hospital and is now being treated as a "key witness" to the crash.', "en")
  T.eq(texts(q), { "key witness" }, "far from the cue, after an article")
  T.eq(q[1] and q[1].speaker, "Police", "the cue's speaker")
  q = quotes("School\n\nVolgens de burgemeester was de sluiting van de school „onvermijdelijk” na het rapport.", "nl")
  T.eq(texts(q), { "onvermijdelijk" }, "after volgens, a subject and a copula")
  q = quotes("Rechtbank\n\nDe advocaat zei dat de berichtgeving over de zaak „sturend” is geweest.", "nl")
  T.eq(texts(q), { "sturend" }, "in the cue's dat-clause")
  q = quotes("Rechtbank\n\nDe advocaat hekelde ook de berichtgeving over de zaak, die tot nu toe „sturend” is geweest.", "nl")
  T.eq(#q, 0, "past a comma: the report's words end there")
  q = quotes('Crash\n\nOne of the drivers has since been released from hospital and is now being treated as a "key witness" to the crash.', "en")
  T.eq(#q, 0, "no speech cue: a term")
end)

T.case("Dutch: `het` between a copula and a short quote in a cue's report, with `dat`, `om` or the clause's end after the quote, is the clause's dummy subject, no article: the quote is what the speaker calls it (`Volgens hem is het „onacceptabel” dat ...`); a noun after the quote keeps it a term", function()
  local q = quotes("Provincie\n\nVolgens de burgemeester is het „onacceptabel” dat de provincie niet heeft ingegrepen.", "nl")
  T.eq(texts(q), { "onacceptabel" }, "is het ... dat")
  T.eq(q[1] and q[1].speaker, "de burgemeester", "the cue's speaker")
  q = quotes("Provincie\n\nDe wethouder zegt dat het „heel jammer” is.", "nl")
  T.eq(texts(q), { "heel jammer" }, "dat het ... is: the copula after it, in Dutch word order")
  q = quotes("Provincie\n\nDe wethouder zegt dat het „Rijksmuseum” dicht gaat.", "nl")
  T.eq(#q, 0, "het before the quote and no copula: an article, a name")
  q = quotes("Provincie\n\nVolgens de burgemeester was het „rondje” de oorzaak van alles.", "nl")
  T.eq(#q, 0, "a noun phrase goes on after the quote: a term")
end)

T.case("Dutch: a capitalised word that ends the clause after a cue is the end of a name, no separable particle (`zegt eigenaar Bart Bergen van coffeeshop Pas Op.` is no `opzeggen`; `Hij zegt het contract op` is)", function()
  local q = quotes('Coffeeshop\n\n"We hebben meteen actie ondernomen", zegt eigenaar Bart Bergen van coffeeshop Pas Op.', "nl")
  T.eq(texts(q), { "We hebben meteen actie ondernomen" }, "the quote")
  T.eq(q[1] and q[1].speaker, "Bart Bergen", "the name before van")
  local recs = pluk.extract("Contract\n\nHij zegt het contract op, meldt de krant.", { rules = { "attributions" }, lang = "nl" })
  local said = {}
  for _, r in ipairs(recs) do said[#said + 1] = r.cue end
  T.eq(said, { "meldt" }, "zegt ... op is no speech cue")
end)

T.case("a phrase read past a relative word that opens the sentence's subject is the relative clause's object, no speaker: the subject is the role before the relative word, with its clause (`A woman who lost her son said`, `A victim who read a statement said`); right after the relative word a phrase is the clause's own subject (`proclamations which analysts say`)", function()
  local q = quotes('Court\n\nJudge Smith spoke on Monday. A woman who lost her son said: "It hurts every day."', "en")
  T.eq(q[1] and q[1].speaker, "a woman who lost her son", "not her son")
  q = quotes('Court\n\nJudge Smith spoke on Monday. A victim who read a statement said: "It hurts every day."', "en")
  T.eq(q[1] and q[1].speaker, "a victim who read a statement", "not a statement")
  local recs = pluk.extract("Court\n\nThe ruling made proclamations which analysts say could have far-reaching implications for the internet.", { rules = { "attributions" }, lang = "en" })
  T.eq(recs[1] and recs[1].speaker, "analysts", "the clause's own subject")
end)

T.case("English: a British party's member is a person's role, as a Democrat is (`The veteran Conservative, who chaired ..., suggested` is the Conservative named before)", function()
  local q = quotes('Bill\n\nSir Bill Cash signalled his assessment on Monday. The veteran Conservative, who chaired the examination, suggested the Bill is not "sufficiently watertight".', "en")
  T.eq(texts(q), { "sufficiently watertight" }, "the fragment")
  T.eq(q[1] and q[1].speaker, "Bill Cash", "the person named before")
end)

T.case("a place's name with words in lower case between its capitals (`place_infix`) after a place preposition is where the subject is, no speaker (`Het Ikazia Ziekenhuis in Capelle aan den IJssel meldt`, `in Newcastle upon Tyne said`)", function()
  local q = quotes('Zorg\n\nHet Ikazia Ziekenhuis in Capelle aan den IJssel meldt dat de zorg "gewoon doorgaat".', "nl")
  T.eq(q[1] and q[1].speaker, "Ikazia Ziekenhuis", "aan den")
  q = quotes('Zorg\n\nHet Ikazia Ziekenhuis in Bergen op Zoom meldt dat de zorg "gewoon doorgaat".', "nl")
  T.eq(q[1] and q[1].speaker, "Ikazia Ziekenhuis", "op")
  q = quotes('Hospitals\n\nThe Freeman Hospital in Newcastle upon Tyne said it was "very busy".', "en")
  T.eq(q[1] and q[1].speaker, "Freeman Hospital", "upon")
end)

T.case("Dutch: `uitspreken` is a cue in its finite forms (`de woorden die Rob Jetten eerder uitsprak: \"...\"`)", function()
  local q = quotes('Brabant\n\nDe provincie heeft woensdag een oproep gedaan. Die past bij de woorden die Rob Jetten eerder uitsprak: "Den Haag kan wel een beetje meer Brabant gebruiken."', "nl")
  T.eq(q[1] and q[1].speaker, "Rob Jetten", "the relative clause's subject")
  T.eq(q[1] and q[1].cue, "uitsprak", "the cue")
end)

T.case("one of a name's people is one person known by the whole phrase, as `one of the victims` is (`One of Bennell's victims approached the dock and said \"...\"`); a name's people alone stay a group's phrase (`Trump's lawyers said`)", function()
  local q = quotes('Court\n\nBennell was jailed. One of Bennell\'s victims approached the dock and said "Barry. Why?"', "en")
  T.eq(q[1] and q[1].speaker, "one of Bennell's victims", "one of")
  q = quotes('Court\n\nTrump was charged. Trump\'s lawyers said "it is a witch hunt".', "en")
  T.eq(q[1] and q[1].speaker, "Trump's lawyers", "the group")
end)

T.case("English: past the one told (a name or a noun's phrase, not a pronoun) and a comma, a clause with its subject and a finite verb is what was told, and one or two words in lower case in it are the speaker's (`told BBC Radio Lincolnshire, 30 hours was in \"extreme\" cases`); `I told them, they asked me` tells what happened next", function()
  local text = 'Hospitals\n\nThe chief executive Andrew Morgan told BBC Radio Lincolnshire, 30 hours was in "extreme" cases.'
  local q = quotes(text, "en")
  T.eq(texts(q), { "extreme" }, "the fragment")
  T.eq(q[1] and q[1].speaker, "Andrew Morgan", "the speaker")
  local recs = pluk.extract(text, { rules = { "attributions" }, lang = "en" })
  T.eq(recs[1] and recs[1].text, '30 hours was in "extreme" cases', "what was told")
  recs = pluk.extract("Police\n\nThey asked for proof for whatever I told them, they asked me to prove it was him.", { rules = { "attributions" }, lang = "en" })
  local cues = {}
  for _, r in ipairs(recs) do cues[#cues + 1] = r.cue end
  T.ok(not table.concat(cues, " "):find("told"), "past a pronoun told: no report")
end)

T.case("English: a title's word right after a given name with no name after it is the surname (`said Small Business Services Commissioner Gregg Bishop.`, `said Tom Judge, a spokesman`)", function()
  local q = quotes('Sales\n\nSales fell. "We are down," said Small Business Services Commissioner Gregg Bishop.', "en")
  T.eq(q[1] and q[1].speaker, "Gregg Bishop", "Bishop")
  T.eq(q[1] and q[1].speaker_text, "Gregg Bishop", "the mention")
  q = quotes('Sales\n\nSales fell. "We are down," said Tom Judge, a spokesman.', "en")
  T.eq(q[1] and q[1].speaker, "Tom Judge", "Judge")
  q = quotes('Sales\n\nSales fell. "We are down," said President Joe Biden.', "en")
  T.eq(q[1] and q[1].speaker, "Joe Biden", "a title before the name stays one")
end)

T.case("English: a nickname in marks that is a given name of the list joins an unlisted given name to the surname (`said Basileios “Bill” Foutris ... Foutris said`: Basileios Foutris)", function()
  local q = quotes('Trial\n\nThe jury met. "It was absurd," said Basileios “Bill” Foutris, the estate attorney. Foutris said it was "callous".', "en")
  T.eq(q[1] and q[1].speaker, "Basileios Foutris", "after the cue")
  T.eq(q[2] and q[2].speaker, "Basileios Foutris", "the surname later")
  q = quotes('Trial\n\nThe jury met. "It was absurd," said Basileios "Kappa" Foutris, the estate attorney.', "en")
  T.eq(q[1] and q[1].speaker, "Basileios", "a nickname that is no given name joins nothing")
end)

T.case("English: after an inverted cue, a name that opens with a given name of the list, then a person's role in lower case and of/for/at, is the speaker, the appositive's comma missing (`said Derek Walsh owner of Judge Roy Bean Public House.`)", function()
  local q = quotes('Sales\n\nSales fell. "We are down 30%," said Derek Walsh owner of Judge Roy Bean Public House.', "en")
  T.eq(q[1] and q[1].speaker, "Derek Walsh", "not the pub")
  q = quotes('Sales\n\nSales fell. "We are down," said Exeter director of rugby Rob Baxter.', "en")
  T.eq(q[1] and q[1].speaker, "Rob Baxter", "a role's of-phrase before the name still gives the name")
end)

T.case("Dutch: a role whose noun a party's name opens (`de NSC-leider`) is no one the article gives another party, also by a role with its capital after the hyphen (`GroenLinks-PvdA-Kamerlid Luc Stultiens`): the person before who has none", function()
  local q = quotes("Debat\n\nPieter Omtzigt sprak in het debat. „Precies die haast heeft veel ongelukken veroorzaakt”, zei hij. GroenLinks-PvdA-Kamerlid Luc Stultiens wilde weten of Omtzigt ook wil dat de aanbevelingen worden overgenomen. „Ik streef ernaar dat het zoveel mogelijk gebeurt”, reageerde de NSC-leider daarop.", "nl")
  T.eq(q[2] and q[2].speaker, "Pieter Omtzigt", "not the GroenLinks-PvdA member")
end)

T.case("a quote that a name in brackets right after it labels is that name's words (`\"De onderste steen moet bovenkomen\" (PVV), ... en \"...\" (JA21).`); not a title and its maker, nor a term and its short form", function()
  local q = quotes('Notulen\n\n"De onderste steen moet bovenkomen" (PVV), "Ontluisterend dat volksvertegenwoordigers onder de duim worden gehouden" (PvdA) en "Dit ondergraaft onze volledige democratie" (JA21).', "nl")
  T.eq(#q, 3, "three quotes")
  T.eq(q[1] and q[1].speaker, "PVV", "the first bracket")
  T.eq(q[3] and q[3].speaker, "JA21", "the last bracket")
  T.eq(q[3] and q[3].speaker_text, "JA21", "the mention")
  q = quotes('TV\n\nHe starred in "The Crown" (Netflix) and "Friends" (NBC).', "en")
  T.eq(#q, 0, "titles")
  q = quotes('Virus\n\nThe WHO named the disease "severe acute respiratory syndrome coronavirus 2" (SARS-CoV-2), it said.', "en")
  T.ok(not (q[1] and q[1].speaker == "SARS-CoV-2"), "a term's short form names no speaker")
end)

T.case("a quote that a comma or and/or joins to the next quote of its sentence, in a list that a tag ends, is kept with it (`„Schrijnend en onverteerbaar”, „een keiharde klap”, „...” zeiden de fractievoorzitters`); a list with no tag is none (`the classic \"no parties\", \"no alcohol\"`)", function()
  local q = quotes("Raad\n\nDe raad was boos. „Schrijnend en onverteerbaar”, „een keiharde klap”, „onterecht als weigergemeente weggezet” zeiden de fractievoorzitters in een raadsvergadering.", "nl")
  T.eq(texts(q), { "Schrijnend en onverteerbaar", "een keiharde klap", "onterecht als weigergemeente weggezet" }, "the list")
  q = quotes('Rules\n\nThey had rules. Oh yeah, the classic "no parties", "no alcohol", blah blah blah, which we all broke.', "en")
  T.eq(#q, 0, "no tag: no one's words")
end)

T.case("a school's definite noun stands for the school the article named last (organisation_kinds: `school`, `college`; nl organisation words `College`, `Lyceum`, `Gymnasium`): `Het Stedelijk Lyceum ... aldus de school`", function()
  local q = quotes('School\n\nHet Stedelijk Lyceum in Enschede heeft aangifte gedaan. Op het lijstje stond ook "een negatieve beoordeling van hun uiterlijk", aldus de school.', "nl")
  T.eq(q[1] and q[1].speaker, "Stedelijk Lyceum", "de school")
  q = quotes('School\n\nLincoln High School said on Monday that three pupils were suspended. The list held "a negative judgement of their looks", the school said.', "en")
  T.eq(q[1] and q[1].speaker, "Lincoln High School", "the school")
end)

T.case("a quote joined by and/or and an indefinite article to one that counts counts (`had come as a “complete shock” and a “serious bombshell”`); one word in marks before a copula is its complement, no modifier (`stelt dat het „beter” is als zij „aan tafel blijven zitten”`)", function()
  local q = quotes("Plant\n\nCouncil leader Richard Williams told the Daily Echo the prospect of the plant closing had come as a \u{201C}complete shock\u{201D} and a \u{201C}serious bombshell\u{201D}.", "en")
  T.eq(texts(q), { "complete shock", "serious bombshell" }, "both")
  q = quotes("Stikstof\n\nDe woordvoerder erkent dat boeren kritisch zijn, maar stelt dat het \u{201E}beter\u{201D} is als zij \u{201E}aan tafel blijven zitten\u{201D} aangezien de gesprekken doorgaan.", "nl")
  T.eq(texts(q), { "beter", "aan tafel blijven zitten" }, "both")
end)

T.done()
