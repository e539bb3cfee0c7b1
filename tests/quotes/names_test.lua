-- tests/quotes/names_test.lua: pluk.names -- name mentions, particles,
-- titles and the fullest form of a name in an article.

local T = require "harness"
local names = require "pluk.names"

T.suite "names"

local function found(text, lang)
  local out = {}
  for _, m in ipairs(names.find(text, 1, #text + 1, lang)) do out[#out + 1] = m.text end
  return out
end

T.case("mentions", function()
  T.eq(found("Gisteren won Wout-Jan van der Schans de prijs van Jan Tops.", "nl"),
       { "Wout-Jan van der Schans", "Jan Tops" }, "particles inside, not a sentence opener")
  T.eq(found("Van der Schans: het was goed.", "nl"), { "Van der Schans" }, "capitalised particle opens it")
  T.eq(found("De Italiaanse renner won.", "nl"), {}, "an adjective of nationality is no name")
  T.eq(found("The report by Heather C. Briccetti came out.", "en"), { "Heather C. Briccetti" }, "initials")
  T.eq(found("On Monday Osama bin Laden was seen.", "en"), { "Osama bin Laden" }, "bin")
  T.eq(found("Gisteren sprak J. de Vries met Jan van 't Hof en P. van der Berg.", "nl"),
       { "J. de Vries", "Jan van 't Hof", "P. van der Berg" },
       "an initial before a particle, an elided particle")
  T.eq(found("Plan C. de rest volgt.", "nl"), { "Plan C" }, "no name part after the particle: the run ends at C")
  local m = names.find("Zij zei: dhr. Jansen kwam.", 1, 100, "nl")
  T.eq(m[1] and m[1].text, "Jansen", "title kept out of the mention")
end)

T.case("token classes", function()
  local s = "Zei minister Jan de Vries, zo'n ’s avonds: Erdoğan."
  local g = names.grammar("nl")
  local t = names.tokens(s)
  for k = 1, #t // 2 do
    local kd, w = names.kind(s, t, k, g)
    T.eq(w, s:sub(t[2 * k - 1], t[2 * k] - 1), "kind gives the token's text")
    T.eq(names.kind_of(w, g), kd, "kind_of agrees with kind: " .. w)
  end
  local e = s:find("Erdo", 1, true)
  T.eq(names.char_start(s, e + 4), e + 4, "a lead byte starts its character")
  T.eq(names.char_start(s, e + 5), e + 4, "a continuation byte: back to its lead")
  T.eq(names.char_start(s, e), e, "ASCII")
end)

T.case("possessive_len", function()
  T.eq(names.possessive_len("Trump's"), 2, "'s")
  T.eq(names.possessive_len("Day\226\128\153s"), 4, "a curly apostrophe")
  T.eq(names.possessive_len("Jones"), 0, "none")
  T.eq(names.possessive_len("'s"), 2, "the ending alone")
  -- as the gsub of POSSESSIVE_END it replaced, over random words
  local pieces = { "'", "\226", "\128", "\153", "s", "a", "S" }
  T.agree(3000, 3, function(rnd)
    local t = {}
    for _ = 1, rnd(6) - 1 do t[#t + 1] = pieces[rnd(#pieces)] end
    return table.concat(t)
  end, names.possessive_len, function(w) return #w - #(w:gsub(names.POSSESSIVE_END, "")) end,
  "as the pattern over random words")
end)

T.case("letters_before_space", function()
  T.eq(names.letters_before_space("chief of  Nicola", 1, 10), "of", "the word before the white space")
  T.eq(names.letters_before_space("chief of  Nicola", 8, 10), "f", "cut at lo")
  T.eq(names.letters_before_space("chief of", 1, 8), nil, "no white space at the end")
  -- as sub(s, lo, e):match("(%a+)%s+$"), over random texts and ranges
  local pieces = { "a", "s", "A", "of", " ", "\t", "x.", "\195\169", "as " }
  T.agree(3000, 5, function(rnd)
    local t = {}
    for _ = 1, rnd(7) - 1 do t[#t + 1] = pieces[rnd(#pieces)] end
    local str = table.concat(t)
    return str, rnd(#str + 1), rnd(#str + 2) - 1
  end, names.letters_before_space, function(str, lo, e) return str:sub(lo, e):match("(%a+)%s+$") end,
  "as the pattern over random texts")
end)

T.case("titles", function()
  T.eq(names.strip_titles("President Donald Trump", "en"), "Donald Trump", "President")
  T.eq(names.strip_titles("de heer Wilders", "nl"), "Wilders", "multi-word title")
  T.eq(names.strip_titles("NATO Secretary-General Jens Stoltenberg", "en"), "Jens Stoltenberg",
       "a compound title inside the run")
  T.eq(names.strip_titles("Pope Francis", "en"), "Pope Francis", "a title that stays")
  T.eq(names.strip_titles("Durham Hall QC", "en"), "Durham Hall", "a title after the name")
end)

T.case("fullest form", function()
  do
    local art = { text = "First Minister of Scotland Nicola Sturgeon spoke. Later Nicola Sturgeon said more. "
                         .. "De burgemeester van Amsterdam Femke Halsema kwam. Halsema zei niets." }
    T.eq(names.canonical(art, "Nicola Sturgeon", "en"), "Nicola Sturgeon", "the place after a role's of is cut off")
    T.eq(names.canonical(art, "Halsema", "nl"), "Femke Halsema", "and after a role's van")
    art = { text = "United States Senator from Vermont Bernie Sanders ended his bid. Sanders left.", lang = "en" }
    T.eq(names.canonical(art, "Sanders", "en"), "Bernie Sanders", "and after a role's from")
    -- (one word more where the article writes those two together: a
    -- double surname)
    art = { text = "Wanda Vázquez becomes governor. Secretary of Justice Wanda Vázquez Garced was sworn in.", lang = "en" }
    local g = names.grammar("en")
    local found
    for i = 1, #names.index(art, g).runs // 4 do
      local m = names.mention(art, g, "en", i)
      if m and m:find("Garced") then found = m end
    end
    T.eq(found, "Wanda Vázquez Garced", "a double surname after a role's of")
    -- (a first word that stands alone elsewhere only after a title is a
    -- person's, no place; a word of where before the titles opens none)
    art = { text = "Samoan Prime Minister Tuilaepa Sailele Malielegaoi spoke. Later Prime Minister Tuilaepa said more.",
            lang = "en" }
    T.eq(names.canonical(art, "Tuilaepa", "en"), "Tuilaepa Sailele Malielegaoi", "after a demonym and a title")
    -- (a title of two words ends the name's run as one word does)
    art = { text = "Iranian International Master Dorsa Derakhshani discusses her career. Derakhshani plays.", lang = "en" }
    T.eq(names.canonical(art, "Derakhshani", "en"), "Dorsa Derakhshani", "after a title of two words")
    -- (`State` is a portfolio: `Secretary of State` written twice leaves
    -- no `State` in the name)
    art = { text = "Secretary of State Condoleezza Rice listens in Singapore.\nSINGAPORE - U.S. Secretary of State "
                   .. "Condoleezza Rice said the talks went well. Rice left.", lang = "en" }
    T.eq(names.canonical(art, "Rice", "en"), "Condoleezza Rice", "after Secretary of State")
    -- (an organisation's word alone is the one body named with it and an
    -- of-phrase)
    art = { text = "The state's Board of Public Utilities canceled its solicitation. The Board cited uncertainty.",
            lang = "en" }
    T.eq(names.canonical(art, "Board", "en"), "Board of Public Utilities", "the Board")
    art = { text = "The Board of Education met the Board of Health. The Board said no.", lang = "en" }
    T.eq(names.canonical(art, "Board", "en"), "Board", "two boards")
  end
  do
    local art = { text = "Mayor Ana Peña spoke on Monday. Pena said the bridge will close. José Mourinho coached. Mourinho left." }
    T.eq(names.canonical(art, "Pena", "en"), "Ana Peña", "an accent in the third letter")
  end
  local art = { text = "Topman Mark Zuckerberg sprak. Later zei Zuckerberg dat het goed ging.", lang = "nl" }
  T.eq(names.canonical(art, "Zuckerberg"), "Mark Zuckerberg", "surname")
  art = { text = "Chris Anderson went to the store. Chris said it was closed.", lang = "en" }
  T.eq(names.canonical(art, "Chris"), "Chris Anderson", "first name")
  art = { text = "President Recep Tayyip Erdoğan spoke. Later Erdogan left.", lang = "en" }
  T.eq(names.canonical(art, "Erdogan"), "Recep Tayyip Erdoğan", "accents")
  -- other accented letters before it in the text (leads \195 and \197
  -- as well as \196): the search for other accents still sees it
  art = { text = "In Zürich and Łódź, Recep Tayyip Erdoğan spoke. Later Erdogan left.", lang = "en" }
  T.eq(names.canonical(art, "Erdogan"), "Recep Tayyip Erdoğan", "accents among others")
  art = { text = "Tayyip Erdogan spoke in Zürich. Later Erdogan left.", lang = "en" }
  T.eq(names.canonical(art, "Erdogan"), "Tayyip Erdogan", "no other accent of the name")
  art = { text = "Burgemeester Opstelten van Rotterdam sprak. In Rotterdam regent het. Opstelten zweeg.", lang = "nl" }
  T.eq(names.canonical(art, "Opstelten van Rotterdam"), "Opstelten", "a place after van")
  art = { text = "The Syrian Democratic Forces (SDF) said so. The SDF left.", lang = "en" }
  T.eq(names.canonical(art, "SDF"), "Syrian Democratic Forces", "acronym")
  art = { text = "The chair of the House Intelligence Committee Adam Schiff spoke.", lang = "en" }
  T.eq(names.canonical(art, "Schiff"), "Adam Schiff", "an organisation glued before the name")
  art = { text = "According to the Saudi Press Agency, it burned. Saudi officials said so. "
          .. "In Zimbabwe the police spoke. Zimbabwe Robert Mugabe left.", lang = "en" }
  T.eq(names.canonical(art, "Saudi Press Agency"), "Saudi Press Agency",
       "an organisation keeps a first word that stands alone elsewhere")
  T.eq(names.canonical(art, "Zimbabwe Robert Mugabe"), "Robert Mugabe", "a person does not")
  art = { text = "The Alachua County Sheriff's Office tweeted. The Justice Department spoke.", lang = "en" }
  T.eq(names.canonical(art, "Alachua County Sheriff's Office"), "Alachua County Sheriff's Office",
       "an organisation's name keeps a title's possessive and the place before it")
  T.eq(names.canonical(art, "Justice Department"), "Justice Department", "and a title before its organisation word")
  art = { text = "Boerenvoorman J. van 't Hof sprak. Volgens Van 't Hof is het zo.", lang = "nl" }
  T.eq(names.canonical(art, "Van 't Hof", "nl"), "J. van 't Hof", "an initial before particles, an elided one")
  art = { text = "A. van den Berg van FNV-Bondgenoten vindt het goed. Later sprak Van den Berg.", lang = "nl" }
  T.eq(names.canonical(art, "A. van den Berg van FNV-Bondgenoten", "nl"), "A. van den Berg",
       "a name with particles, then van and its organisation")
  T.eq(names.canonical(art, "Van den Berg", "nl"), "A. van den Berg", "found inside that run")
  art = { text = "Bill de Blasio ran. Mayor de Blasio said so.", lang = "en" }
  do
    local g = names.grammar("en")
    local t = names.tokens(art.text, 21, #art.text + 1)
    local last
    for k = 1, #t // 2 do if art.text:sub(t[2 * k - 1], t[2 * k] - 1) == "Blasio" then last = k end end
    local f = names.run_ending(art.text, t, last, g)
    T.eq(art.text:sub(t[2 * f - 1], t[2 * last] - 1), "de Blasio", "an English title's name keeps its particles")
  end
  art = { text = "Trump asked for John R. Bolton's resignation. \"I asked John for it,\" he wrote. "
          .. "Bolton left.", lang = "en" }
  T.eq(names.canonical(art, "Bolton"), "John R. Bolton",
       "a first name before a middle initial stays though it stands alone in a quote")
  art = { text = "Zelensky declined Oleksiy Honcharuk's offer to resign. Honcharuk filed it.", lang = "en" }
  T.eq(names.canonical(art, "Honcharuk"), "Oleksiy Honcharuk", "a fuller form in the possessive")
  art = { text = "De Noord-Ierse Nobelprijswinnaar M.C. Maguire spreekt. Volgens Maguire komt het.", lang = "nl" }
  T.eq(names.canonical(art, "Maguire", "nl"), "M.C. Maguire", "a Dutch name opens with its initials")
  art = { text = "Peter Jansen won. Jansen was blij.", lang = "nl" }
  T.eq(names.canonical(art, "Piet"), "Piet", "unknown: itself")
end)

T.case("fullest form among several people of one last name", function()
  local art = { text = "Robert Mugabe has died. Robert Gabriel Mugabe was born in 1924. "
                      .. "Robert Mugabe ruled until 2017. Mugabe was 95.", lang = "en" }
  T.eq(names.canonical(art, "Mugabe"), "Robert Gabriel Mugabe",
       "middle names: the first name before another name does not stand alone")
  art = { text = "Kamala Harris spoke in Ohio. Harris was born to Donald Jasper Harris. "
                 .. "Kamala Harris then left. Harris said it was fine.", lang = "en" }
  T.eq(names.canonical(art, "Harris"), "Kamala Harris", "two people: the one named most often")
  art = { text = "National Security Adviser John Bolton resigned. Bolton said so.", lang = "en" }
  T.eq(names.canonical(art, "Bolton"), "John Bolton", "a title ending in Adviser")
end)

T.case("a first name's fuller form after a title of two words or the words cleaning drops (`Prime Minister Jacinda Ardern`, `On Friday Ford Motor Company`)", function()
  local art = { text = "It rained. Prime Minister Jacinda Ardern spoke on Monday. Jacinda said it.", lang = "en" }
  T.eq(names.canonical(art, "Jacinda"), "Jacinda Ardern", "a title of two words")
  art = { text = "It was. On Friday Ford Motor Company announced the news. Ford said it.", lang = "en" }
  T.eq(names.canonical(art, "Ford"), "Ford Motor Company", "stop words before the name")
end)

T.case("a short lower-case tail after a hyphen in a name of two words is a given name's syllable (`Kim Jong-un`, `Tong Yung-soo`), an adjective's tail is none (`Hong Kong-led`, `New York-based`)", function()
  local art = { text = "The hotel closed, with then-new owner Tong Yung-soo, who had bought it. Tong said it. Kim Jong-un spoke. Kim said so. The New York-based firm agreed. The Hong Kong-led group met.", lang = "en" }
  T.eq({ names.canonical(art, "Tong"), names.canonical(art, "Kim"), names.canonical(art, "New York"), names.canonical(art, "Hong Kong") },
       { "Tong Yung-soo", "Kim Jong-un", "New York", "Hong Kong" }, "syllables kept, adjectives' tails cut")
end)

T.case("a Dutch place's word in -er before one word that is no given name is an adjective of a body's name (`woningstichting Groninger Huis`), before a name a man of the place (`de Argentijn Guillermo Canas`)", function()
  local art = { text = "Hilde van Ree, directeur van woningstichting Groninger Huis, is boos. Toen won de Argentijn Guillermo Canas.", lang = "nl" }
  T.eq(names.canonical(art, "Groninger Huis", "nl"), "Groninger Huis", "the body's name whole")
  T.eq(names.canonical(art, "Canas", "nl"), "Guillermo Canas", "the man of the place")
end)

T.case("a family name written first stays when the article writes it alone and never the run's last word (`Kim Jong Un ... Kim said`, `Lim Keng Yaik ... Lim did not`); a place before a listed given name is still dropped", function()
  local art = { text = "Leader Kim Jong Un met the envoy on Monday. Kim said the talks went well. "
                .. "Trade Minister Lim Keng Yaik agreed. Lim did not say more. "
                .. "In Zimbabwe the police spoke. Zimbabwe Robert Mugabe left.", lang = "en" }
  T.eq({ names.canonical(art, "Kim Jong Un"), names.canonical(art, "Kim"), names.canonical(art, "Lim Keng Yaik") },
       { "Kim Jong Un", "Kim Jong Un", "Lim Keng Yaik" }, "the family name kept")
  T.eq(names.canonical(art, "Zimbabwe Robert Mugabe"), "Robert Mugabe", "a place before a given name")
  art = { text = "Leader Kim Jong Un met the envoy. Un was the last word. Kim said so.", lang = "en" }
  -- (stop 81: the first word stays too where the last stands alone, as
  -- the second, `Jong`, is never written without it and `Kim` stands
  -- after no word in lower case, as a place would: trim_run)
  T.eq(names.canonical(art, "Kim Jong Un"), "Kim Jong Un", "a last word that stands alone: the family name kept, its next word never without it")
end)

T.case("a nickname in quotes after a title, between a given name no list holds and the surname (`Fire Chief Tavita \"TJ\" Okafor ... Okafor said`)", function()
  local art = { text = "Fire Chief Tavita \"TJ\" Okafor arrived. Okafor said it was over. "
                .. "Staff at Harbour \"Blue\" Meyer cafe left. Meyer spoke.", lang = "en" }
  T.eq(names.canonical(art, "Okafor"), "Tavita Okafor", "after a title")
  T.eq(names.canonical(art, "Meyer"), "Meyer", "no title before the word: no given name")
end)

T.case("a role's word with its capital after a given name of the list is a surname inside a run too (`Trainer Dick Advocaat van Feyenoord`)", function()
  local art = { text = "Trainer Dick Advocaat van Feyenoord was boos. Advocaat zweeg.", lang = "nl" }
  T.eq(names.canonical(art, "Trainer Dick Advocaat van Feyenoord", "nl"), "Dick Advocaat", "not the lawyer of Feyenoord")
end)

T.case("rare_find answers as a plain string.find does", function()
  -- (fixed cases: a needle opening with a blank, a capital later, no rarer
  -- byte at all, a match at the text's start and end, an init past a match)
  local s = "the couple said The Hague and the Dutch couple of Van der Velde; couple"
  for _, needle in ipairs({ " couple", "the couple", "The Hague", "of Van der", "couple", "Velde; couple",
                            "the", " the Dutch", "zzz Quux", "uple" }) do
    for _, init in ipairs({ 1, 2, 5, 30, 60 }) do
      local a1, b1 = string.find(s, needle, init, true)
      local a2, b2 = names.rare_find(s, needle, init)
      T.eq({ a2, b2 }, { a1, b1 }, needle .. " from " .. init)
    end
  end
  -- (and random texts over a small alphabet, where matches overlap)
  local alphabet = { "a", "b", " ", "T", "k", "z", "e" }
  local seed = 12345
  local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n + 1 end
  local bad = 0
  for _ = 1, 2000 do
    local t, nd = {}, {}
    for i = 1, rnd(60) do t[i] = alphabet[rnd(#alphabet)] end
    for i = 1, rnd(8) do nd[i] = alphabet[rnd(#alphabet)] end
    local text, needle = table.concat(t), table.concat(nd)
    local init = rnd(#text + 1)
    local a1, b1 = string.find(text, needle, init, true)
    local a2, b2 = names.rare_find(text, needle, init)
    if a1 ~= a2 or b1 ~= b2 then bad = bad + 1 end
  end
  T.eq(bad, 0, "2000 random texts and needles")
end)

T.case("a surname with an accent on its second letter finds the fuller form another spelling gives (`Deputy Tóibín` after `Deputy Peadar Toibín`; canonical asked other spellings only of a word that opened with two ASCII letters)", function()
  local art = { text = "Deputy Peadar Toibín has expressed disappointment. Deputy Tóibín said he had made four attempts. "
                .. "Thomas Muller scored twice. Müller said it was easy.", lang = "en" }
  T.eq(names.canonical(art, "Tóibín"), "Peadar Toibín", "Tóibín")
  T.eq(names.canonical(art, "Müller"), "Thomas Muller", "Müller")
end)

T.case("of two forms of a surname, one that opens with a given name of the list beats one as long that a particle opens, the particle not counted, or a noun of where someone is from (`André Greipel` over `De Duitser Greipel` at a sentence's start and over `Duitser Greipel`)", function()
  local art = { text = "Ritzege voor André Greipel in Parijs. De Duitser Greipel (Lotto Soudal) was blij. Greipel zweeg.", lang = "nl" }
  T.eq(names.canonical(art, "Greipel", "nl"), "André Greipel", "De Duitser Greipel")
  art = { text = "Hij was blij. Jan de Vries won. De Vries zweeg.", lang = "nl" }
  T.eq(names.canonical(art, "De Vries", "nl"), "Jan de Vries", "a surname's own particle")
end)

T.case("a first surname of two, between a given name of the list and the second, as Spanish names write them, is the whole name when one run only holds it so (`Herrera said` after `Durango Gov. Jorge Herrera Caldera`); not a listed given name in the middle (`Paul` of `John Paul Jones`) nor a word before an organisation's word (`Smith` of `The John Smith Foundation`)", function()
  local art = { text = "Victims may have died, Durango Gov. Jorge Herrera Caldera said. Herrera said more. "
                .. "John Paul Jones played. Paul said more. The John Smith Foundation paid. Smith said so.", lang = "en" }
  T.eq(names.canonical(art, "Herrera"), "Jorge Herrera Caldera", "the first surname")
  T.eq(names.canonical(art, "Smith"), "Smith", "before an organisation's word")
end)

T.done()
