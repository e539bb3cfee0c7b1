-- tests/quotes/multilingual_test.lua: who said what in German and French
-- news -- direct quotes with an inverted cue, a quote after a colon,
-- reported speech with dass/que, laut/selon and a source, role noun
-- speakers and pronouns that resolve to the person named before. Each
-- case needs the German or French word lists (rules/de, rules/fr: cue
-- verbs, compound tenses and separable verbs, role nouns, source cues,
-- name stop words); the first lists of ~40 cue forms failed them all.

local T = require "harness"
local pluk = require "pluk"

T.suite "multilingual"

local function run(text, lang)
  local q, a = {}, {}
  for _, r in ipairs(pluk.extract(text, { rules = { "quotes", "attributions" }, lang = lang })) do
    if r.type == "quote" then q[#q + 1] = r else a[#a + 1] = r end
  end
  return q, a
end

-- { lang, sentence, "quote"|"attribution", text, speaker, cue [, speaker_text] }
-- (the one record of that type the sentence gives; speaker_text when it
-- differs from the speaker: a pronoun, a determiner's capital)
local CASES = {
  -- German ------------------------------------------------------------
  { "de", "„Wir werden gewinnen“, versicherte Merkel.",
    "quote", "Wir werden gewinnen", "Merkel", "versicherte" },
  { "de", "„Das ist inakzeptabel“, kritisierte der CDU-Chef Friedrich Merz.",
    "quote", "Das ist inakzeptabel", "Friedrich Merz", "kritisierte",
    "der CDU-Chef Friedrich Merz" },
  { "de", "»Wir haben keine Wahl«, mahnte Robert Habeck.",
    "quote", "Wir haben keine Wahl", "Robert Habeck", "mahnte" },
  { "de", "„Ein schwarzer Tag für Europa“, twitterte Außenministerin Annalena Baerbock.",
    "quote", "Ein schwarzer Tag für Europa", "Annalena Baerbock", "twitterte" },
  { "de", "Bundeskanzler Olaf Scholz bekräftigte am Mittwoch: „Wir lassen niemanden im Stich.“",
    "quote", "Wir lassen niemanden im Stich.", "Olaf Scholz", "bekräftigte" },
  { "de", "Olaf Scholz versicherte, dass die Renten sicher seien.",
    "attribution", "die Renten sicher seien", "Olaf Scholz", "versicherte" },
  { "de", "Merz gab zu, dass Fehler gemacht worden seien.",
    "attribution", "Fehler gemacht worden seien", "Merz", "gab zu" },
  { "de", "Die Ministerin wies darauf hin, dass die Mittel begrenzt seien.",
    "attribution", "die Mittel begrenzt seien", "die Ministerin", "wies", "Die Ministerin" },
  { "de", "Regierungssprecher Steffen Hebestreit dementierte, dass der Kanzler zurücktreten werde.",
    "attribution", "der Kanzler zurücktreten werde", "Steffen Hebestreit", "dementierte" },
  { "de", "Laut Polizei wurden drei Menschen verletzt.",
    "attribution", "drei Menschen verletzt", "Polizei", "Laut" },
  { "de", "Nach Angaben der Polizei ist der Verdächtige geflohen.",
    "attribution", "der Verdächtige geflohen", "der Polizei", "Nach Angaben" },
  { "de", "Siemens will eigenen Angaben zufolge 5000 Stellen streichen.",
    "attribution", "Siemens will eigenen Angaben zufolge 5000 Stellen streichen", "Siemens",
    "eigenen Angaben zufolge" },
  { "de", "Ein Sprecher des Ministeriums bestätigte, dass die Gespräche weitergehen.",
    "attribution", "die Gespräche weitergehen", "Sprecher des Ministeriums", "bestätigte" },
  { "de", "„Wir prüfen den Fall“, erwiderte ein Sprecher der Staatsanwaltschaft.",
    "quote", "Wir prüfen den Fall", "ein Sprecher der Staatsanwaltschaft", "erwiderte" },
  -- (a clause after a comma, without dass; a role noun keeps its article)
  { "de", "Ein Sprecher sagte, die Lage sei ernst.",
    "attribution", "die Lage sei ernst", "ein Sprecher", "sagte", "Ein Sprecher" },
  { "de", "Die Polizei teilte mit, die Lage sei ernst.",
    "attribution", "die Lage sei ernst", "die Polizei", "teilte mit", "Die Polizei" },
  { "de", "Wie ein Sprecher mitteilte, ist die Lage ernst.",
    "attribution", "die Lage ernst", "ein Sprecher", "mitteilte" },
  { "de", "Die Lage sei unter Kontrolle, versicherte der Innenminister.",
    "attribution", "Die Lage sei unter Kontrolle", "der Innenminister", "versicherte" },
  { "de", "Friedrich Merz sprach am Montag in Berlin. Er bekräftigte, dass die Union geschlossen sei.",
    "attribution", "die Union geschlossen sei", "Friedrich Merz", "bekräftigte", "Er" },
  { "de", "Friedrich Merz sprach am Montag in Berlin. „Wir stehen zusammen“, versicherte er.",
    "quote", "Wir stehen zusammen", "Friedrich Merz", "versicherte", "er" },
  { "de", "Dem Minister zufolge ist die Lage ernst.",
    "attribution", "die Lage ernst", "dem Minister", "zufolge", "Dem Minister" },
  -- French ------------------------------------------------------------
  { "fr", "« Nous allons gagner », a martelé Emmanuel Macron lundi.",
    "quote", "Nous allons gagner", "Emmanuel Macron", "a martelé" },
  -- (the pronoun inverted onto the auxiliary: a-t-il dit)
  { "fr", "Emmanuel Macron est arrivé lundi. « Nous allons gagner », a-t-il dit.",
    "quote", "Nous allons gagner", "Emmanuel Macron", "dit", "il" },
  { "fr", "« C'est inacceptable », a dénoncé Marine Le Pen.",
    "quote", "C'est inacceptable", "Marine Le Pen", "a dénoncé" },
  { "fr", "« Nous ne laisserons rien passer », a tweeté Gérald Darmanin.",
    "quote", "Nous ne laisserons rien passer", "Gérald Darmanin", "a tweeté" },
  -- (narrow no-break spaces inside the guillemets)
  { "fr", "«\u{202F}Nous irons jusqu'au bout\u{202F}», a lancé Emmanuel Macron.",
    "quote", "Nous irons jusqu'au bout", "Emmanuel Macron", "a lancé" },
  { "fr", "« Le dossier est clos », a tranché la ministre.",
    "quote", "Le dossier est clos", "la ministre", "a tranché" },
  -- (a no-break space before the colon and inside the guillemets)
  { "fr", "Le ministre de l’Économie a prévenu\u{A0}: «\u{A0}Nous ne reculerons pas.\u{A0}»",
    "quote", "Nous ne reculerons pas.", "le ministre de l’Économie", "a prévenu",
    "Le ministre de l’Économie" },
  { "fr", "Élisabeth Borne a rappelé que le texte serait voté avant l'été.",
    "attribution", "le texte serait voté avant l'été", "Élisabeth Borne", "a rappelé" },
  { "fr", "Emmanuel Macron a également indiqué que la France soutiendrait l'Ukraine.",
    "attribution", "la France soutiendrait l'Ukraine", "Emmanuel Macron", "indiqué" },
  { "fr", "Anne Hidalgo a démenti que la mairie envisage de fermer la piscine.",
    "attribution", "la mairie envisage de fermer la piscine", "Anne Hidalgo", "a démenti" },
  -- (the sentence's article is no part of an acronym's name, as `De ANWB`)
  { "fr", "La CGT a fait savoir que la grève continuerait.",
    "attribution", "la grève continuerait", "CGT", "a fait savoir" },
  { "fr", "Selon son avocat, le suspect conteste les faits.",
    "attribution", "le suspect conteste les faits", "son avocat", "Selon" },
  { "fr", "Aux dires de son entourage, le ministre est épuisé.",
    "attribution", "le ministre est épuisé", "son entourage", "Aux dires de" },
  { "fr", "À en croire le ministre, la crise est terminée.",
    "attribution", "la crise est terminée", "le ministre", "À en croire" },
  { "fr", "Le porte-parole du gouvernement a indiqué que la réforme serait maintenue.",
    "attribution", "la réforme serait maintenue", "le porte-parole du gouvernement", "a indiqué",
    "Le porte-parole du gouvernement" },
  { "fr", "Le président du club a reconnu que la saison était ratée.",
    "attribution", "la saison était ratée", "le président du club", "a reconnu",
    "Le président du club" },
  { "fr", "La situation est sous contrôle, a assuré la préfecture.",
    "attribution", "La situation est sous contrôle", "la préfecture", "a assuré" },
  { "fr", "Emmanuel Macron était lundi à Berlin. Il a assuré que la France soutiendrait l'Ukraine.",
    "attribution", "la France soutiendrait l'Ukraine", "Emmanuel Macron", "a assuré", "Il" },
  { "fr", "Emmanuel Macron était lundi à Berlin. « Nous ne céderons pas », prévient-il.",
    "quote", "Nous ne céderons pas", "Emmanuel Macron", "prévient", "il" },
}

for _, c in ipairs(CASES) do
  local lang, sentence, kind, text, speaker, cue, speaker_text =
    c[1], c[2], c[3], c[4], c[5], c[6], c[7] or c[5]
  T.case(lang .. ": " .. sentence, function()
    local q, a = run(sentence, lang)
    local recs = kind == "quote" and q or a
    local r = recs[1] or {}
    local name = lang .. " " .. kind .. " [" .. sentence .. "]"
    T.eq(#recs, 1, name .. ": one record")
    T.eq(r.text, text, name .. ": text")
    T.eq(r.speaker, speaker, name .. ": speaker")
    T.eq(r.speaker_text, speaker_text, name .. ": speaker_text")
    T.eq(r.cue, cue, name .. ": cue")
    T.eq(r.lang, lang, name .. ": lang")
  end)
end

-- (a guard, not a list case: a negated cue reports nothing)
T.case("no record from a negated German or French cue", function()
  local _, a = run("Der Minister bestätigte nicht, dass das Werk schließt.", "de")
  T.eq(#a, 0, "bestätigte nicht, dass")
  _, a = run("La ministre n'a pas confirmé que l'usine fermerait.", "fr")
  T.eq(#a, 0, "n'a pas confirmé que")
end)

T.case("a German relative clause after a comma is no report", function()
  local _, a = run("Der Minister sagte, der gestern ankam, nichts.", "de")
  T.eq(#a, 0, "der + a lower-case word: a relative pronoun")
end)

T.case("a French complementizer elided before the next word", function()
  local _, a = run("Le ministre a dit qu'il viendrait demain.", "fr")
  T.eq(a[1] and a[1].text, "il viendrait demain", "qu'il")
  _, a = run("Le ministre a dit qu\226\128\153une solution serait trouvée.", "fr")
  T.eq(a[1] and a[1].text, "une solution serait trouvée", "qu'une, typographic apostrophe")
end)

T.done()
