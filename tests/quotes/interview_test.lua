-- tests/quotes/interview_test.lua: who speaks in an interview's turns
-- (lua/pluk/speech/interview.lua). Texts of our own in the shape news
-- interviews take: a paragraph opens with its speaker's label, `((WN))`
-- for the one who asks, `((Name))` for the one who answers, and a turn
-- runs on to the next label.

local T = require "harness"
local pluk = require "pluk"
local json = require "pluk.json"

T.suite "interview"

local function run(text, lang)
  local q, a = {}, {}
  for _, r in ipairs(pluk.extract(text, { rules = { "quotes", "attributions" }, lang = lang or "en" })) do
    if r.type == "quote" then q[#q + 1] = r else a[#a + 1] = r end
  end
  return q, a
end

local function null(v) return v == nil or v == json.null end

-- the record of rs whose text is text
local function find(rs, text)
  for _, r in ipairs(rs) do
    if r.text == text then return r end
  end
  return nil
end

local INTERVIEW = table.concat({
  "The chess player Dorsa Derakhshani spoke to us in May.",
  "((WN))  You mentioned that the federation had banned you.",
  "((Dorsa Derakhshani))  Yes.  I told my coach that I would not go back.  " ..
    "And I said, \"You are not listening to me.\"",
  "Later the coach called again.",
  "((WN))  What did the other players say?",
  "((Dorsa Derakhshani))  Another girl came up to me.  She said, \"Your game is too slow.\"  " ..
    "And I was like, \"That is okay.\"",
}, "\n\n") .. "\n"

T.case("first person in an answer is whoever answers", function()
  local q, a = run(INTERVIEW)
  local r = find(q, "You are not listening to me.")
  T.ok(r, "the quote after `I said,` is found")
  if r then
    T.eq(r.speaker, "Dorsa Derakhshani", "`I said` in her answer is the one who answers")
    T.eq(r.speaker_text, "I", "speaker_text is the pronoun")
    T.eq(r.cue, "said", "cue")
  end
  local told = find(a, "I would not go back")
  T.ok(told, "`I told my coach ...` reports what she told")
  if told then T.eq(told.speaker, "Dorsa Derakhshani", "reported by the one who answers") end
end)

T.case("second person in a question is whoever is asked", function()
  local _, a = run(INTERVIEW)
  local r = find(a, "the federation had banned you")
  T.ok(r, "`You mentioned that ...` in the question is reported speech")
  if r then
    T.eq(r.speaker, "Dorsa Derakhshani", "`You` is the one the question is put to")
    T.eq(r.speaker_text, "You", "speaker_text")
  end
end)

T.case("a third person in an answer is never the one who answers", function()
  local q = run(INTERVIEW)
  local r = find(q, "Your game is too slow.")
  T.ok(r, "the quote after `She said,` is found")
  if r then
    T.eq(r.speaker, "another girl", "`She` is the girl the answer told of, not Dorsa Derakhshani")
  end
end)

T.case("a quote with no cue in an answer's later paragraph is the one who answers", function()
  local text = table.concat({
    "Red Hat said on Tuesday the project would change.",
    "((WN))  Many users are unhappy.  Do you agree?",
    "((Rich Bowen))  No.  The project continues, it just looks different now.",
    "That said, we understand the community.",
    "The very first sentence of my blog post was \"The future of the CentOS Project is CentOS Stream.\"  " ..
      "Clearly that is not the end.",
  }, "\n\n") .. "\n"
  local q = run(text)
  local r = find(q, "The future of the CentOS Project is CentOS Stream.")
  T.ok(r, "the quote is found")
  if r then T.eq(r.speaker, "Rich Bowen", "the answer's label, two paragraphs on") end
end)

T.case("the quotative `be like` before a quote", function()
  local q = run(INTERVIEW)
  local r = find(q, "That is okay.")
  T.ok(r, "the quote after `I was like,` is found")
  if r then
    T.eq(r.speaker, "Dorsa Derakhshani", "`I was like` in an answer")
    T.eq(r.cue, "like", "the quotative is the cue")
  end
  -- a quotative after a third person, in any article
  local q2 = run("Then a few Muslim friends who are like, \"I don't really care if you say that.\"\n")
  T.eq(q2[1] and q2[1].speaker, "a few Muslim friends", "`who are like` names the phrase before it")
  local q3 = run("My mother came in.  She's like, \"You need to pray more.\"\n")
  T.eq(q3[1] and q3[1].speaker, "my mother", "`She's like` resolves the pronoun")
  T.eq(q3[1] and q3[1].cue, "like", "cue")
  -- (`like` after any other word is no quotative: a comparison)
  local q4 = run("It sounded like \"thunder\" to them.\n")
  T.eq(#q4, 0, "`sounded like \"thunder\"` is no quote")
end)

T.case("outside labelled turns first person names no one", function()
  local q = run("Ann Lee is the mayor.  I said, \"We will see.\"  She said: \"No.\"\n")
  local r = find(q, "We will see.")
  T.ok(r == nil or null(r.speaker_text) or r.speaker_text ~= "I", "a reporter's `I` is no interview's answer")
  local r2 = find(q, "No.")
  T.eq(r2 and r2.speaker, "Ann Lee", "a third person outside an interview resolves as before")
end)

T.case("a label is no part of reported content; a hedge reports nothing", function()
  local _, a = run(table.concat({
    "((WN))  What are the challenges?",
    "((Aparna Garg))  Challenges, I would say, are the same as in society.  " ..
      "I told them that the campaign runs for ten days.",
  }, "\n\n") .. "\n")
  for _, r in ipairs(a) do
    T.ok(not r.text:find("((", 1, true), "no label in reported content: " .. r.text)
    T.ok(r.cue ~= "say", "`I would say` hedges, it reports nothing: " .. r.text)
  end
  local r = find(a, "the campaign runs for ten days")
  T.eq(r and r.speaker, "Aparna Garg", "`I told them that ...` is the one who answers")
end)

T.case("the interview's words are data", function()
  local lexicon = require "pluk.lexicon"
  local en = {}
  for _, e in ipairs(lexicon.load("en", "speech_words", { "rules" }).list) do en[e] = true end
  for _, set in ipairs({ "interviewer_label", "first_person", "second_person", "person_aux", "person_hedge",
                         "quotative_word", "quotative_verb", "quotative_aux" }) do
    T.ok(en[set], "rules/en/speech_words.txt names " .. set)
  end
  -- a Dutch answer: `ik` is whoever answers
  local _, a = run(table.concat({
    "((WN))  Wat zei u tegen de trainer?",
    "((Jan de Vries))  Ik zei dat ik niet meer terug wilde.",
  }, "\n\n") .. "\n", "nl")
  local r = find(a, "ik niet meer terug wilde")
  T.eq(r and r.speaker, "Jan de Vries", "Dutch `Ik zei dat` in an answer")
end)

T.done()
