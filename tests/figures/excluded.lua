-- tests/figures/excluded.lua: peer figure cases (../shared/peer-tests/
-- figures) that tests/eval/peer_figures.lua leaves out of the pass rates,
-- each with the reason. A case is excluded when it is outside what a
-- figure in news text is, or when the peer's convention contradicts the
-- one pluk follows (issue 5 and the dev-gold annotation conventions).
-- They are counted and listed apart (`--excluded`), never as passed.
--
--   groups  rules over whole kinds of cases: {reason=, match=fn(case, file)}
--   cases   [file][case text] = reason key (see `reasons`)

local reasons = {
  relative = "relative ordinals (next, last, volgende, vorige -> current+1, " ..
             "end-1) point into a list the reader is looking at; they count nothing",
  speech = "digits read one by one, as speech recognisers write them " ..
           "('zero eight' -> '08', 'one twenty two' -> 122)",
  scientific = "scientific and exponent notation (1e10, 1,1^23, 1.3x10^6) is " ..
               "not how news writes a figure",
  coins = "coin names and slang turned into amounts (a nickel = 0.05, four " ..
          "quarters = 1, a grand = 1000, een kwartje, kuai/mao); pluk counts " ..
          "them as what they are",
  vague = "vague or idiomatic quantities (a few, a couple, single, geen, niks, " ..
          "nil); the dev-gold conventions say vague amounts are not figures",
  article = "the bare article as the number one ('een', 'een geldig nummer'); " ..
            "issue 5: the article is not a figure",
  date = "a numeric date: issue 5 wants only its year as a figure, not the " ..
         "day and month numbers",
  phone = "a phone number: issue 5 says phone numbers are not figures",
  ip = "an IP address or version number: not a figure",
  si = "SI prefixes as scale words (10G, .0012G, 1,674.5 G) or a scale " ..
       "letter written apart ('2,33 k', '- 10  k'): not newsroom usage",
  sign_apart = "a minus sign written apart from its number ('- 1 4/5'): in " ..
               "news text that is a dash",
  out_of = "'N uit M', 'N van de M', 'one out of three' in a mode that wants " ..
           "two numbers: the dev-gold annotation counts 'drie uit vier' and " ..
           "'twee van de drie' as two cardinals",
  over = "fractions read aloud ('one over three', '2000 over 3'): maths speech",
  grouping = "fraction words grouped by the peer's own convention ('twintig " ..
             "drie vijfde' = 20.6, 'one hundred and thirty fifths' = 26, " ..
             "'two out of five hundreds')",
  name = "a number inside a name ('SCP-173'): issue 5 says numbers in names " ..
         "are not figures",
  list_comma = "'1,3' in English text: a decimal comma the text does not use",
  count_only = "the peer reads only the count of 'two millionth' / '100 " ..
               "millionths'; pluk reads the fraction",
  and_amount = "'15 dollar en 15', 'three GBP and one': a second amount with " ..
               "no cent word is not how news writes money",
  code_case = "lower-case currency codes with a sign ('usd$ 15', 'c $ 100')",
  misspelt = "a misspelt number word ('vijventwintigste')",
  conversion = "the peer converts the quantity to another unit (0,002 kg -> 2 " ..
               "gram) or turns a lakh range into its own format",
  mode = "a non-default mode of the peer that contradicts its default model " ..
         "on the same text",
  unit_number = "a number with a unit glued to it ('180ml', '29km', '1m') is a " ..
                "figure with unit in pluk; the peer's number model leaves it " ..
                "to its unit model",
  range_policy = "'from 200 to 300 in 2008' is a range and a year in pluk; " ..
                 "the peer's range model rejects the whole sentence",
  count_after_ordinal = "an ordinal before a count ('the first two books'): " ..
                        "pluk gives the count as the figure, as the seed " ..
                        "annotation does ('De eerste tien jaar': only 'tien')",
  dotted_date = "'1.1.' is a day and month in German, '1.1' its start: the " ..
                "peer rejects both; pluk reads 1.1 as a decimal",
}

local function src(c) return c.source or "" end

local groups = {
  { reason = reasons.relative, match = function(c)
      for _, it in ipairs(c.expect or {}) do
        if it.type == "ordinal.relative" then return true end
      end
      return src(c):match("SuppressExtendedTypes") ~= nil and #(c.expect or {}) > 0
    end },
  { reason = reasons.speech, match = function(c, file)
      if not file:match("text2num") then return false end
      for _, it in ipairs(c.expect or {}) do
        if type(it.value) == "string" and it.value:match("^0%d") then return true end
      end
      local t = c.expect_text or ""
      return t:match("%f[%d]0%d") ~= nil
    end },
  { reason = reasons.scientific, match = function(c)
      return c.text:match("%d[eE][+-]?%d") ~= nil or c.text:find("^", 1, true) ~= nil
             or c.text:match("%dx10") ~= nil
    end },
  { reason = reasons.coins, match = function(c)
      if #(c.expect or {}) == 0 then return false end
      local t = c.text:lower()
      return t:match("nickel") or t:match("dime") or t:match("kwartje") or
             t:match("dubbeltje") or t:match("stuiver") or t:match("kuai") or
             t:match("grand") or t:match("penny") and t:match("een penny") or
             (t:match("quarters?$") and (c.expect or {})[1] and
              ((c.expect[1].type or "") == "currency"))
    end },
  { reason = reasons.conversion, match = function(c)
      for _, it in ipairs(c.expect or {}) do
        if it.type == "quantity" and it.unit and (it.unit == "Gram" or it.unit == "Cup"
           or it.unit == "Pound" or it.unit == "Ounce") then
          return true
        end
      end
      return false
    end },
}

local cases = {
  ["cases_recognizers_nl.json"] = {
    ["192.168.1.2"] = "ip",
    ["10G"] = "si", ["- 10  k"] = "si", [" 2,33 k"] = "si", ["1,2b"] = "si",
    ["- 1 4/5"] = "sign_apart",
    ["twintig drie vijfde"] = "grouping", ["drie een vijfde"] = "grouping",
    ["een en een vierde"] = "grouping",
    ["twintig vijventwintigste"] = "misspelt",
    ["een van de drie"] = "out_of", ["1 uit eenentwintig"] = "out_of",
    ["1 uit drie"] = "out_of", ["1 van de 3"] = "out_of",
    ["één uit de 20"] = "out_of", ["één van de twintig"] = "out_of",
    ["1 van de eenentwintig"] = "out_of",
    ["1 234 567,89 is een geldig nummer."] = "article",
    ["Heb je op 17/5/2018 tijd om af te spreken?"] = "date",
    ["Mijn telefoonnummer is +1-222-2222/2222"] = "phone",
    ["honderdduizend biljoensten"] = "grouping",
    ["een miljoen tweeduizend tweehonderd drie vijfde"] = "grouping",
    ["vijf / achtste"] = "grouping",
  },
  ["cases_recognizers_nl_percentage.json"] = {
    ["een van de drie"] = "out_of", ["een uit twee"] = "out_of",
  },
  ["cases_recognizers_nl_currency.json"] = {
    ["Ik vond laatst een cent op de grond"] = "coins",
    ["het kost slechts 15 dollar en 15."] = "and_amount",
    ["usd$ 15"] = "code_case", ["mxn$ 15"] = "code_case", ["aud$ 15"] = "code_case",
    ["cad$ 15"] = "code_case", ["nzd$15"] = "code_case",
  },
  ["cases_recognizers_en.json"] = {
    ["192.168.1.2"] = "ip",
    ["10G"] = "si", ["- 10  k"] = "si", [" 2.33 k"] = "si", ["1,674.5 G"] = "si",
    ["1,674,200.5 M"] = "si",
    ["- 1 4/5"] = "sign_apart",
    ["Any time to meet on 5/17/2018?"] = "date",
    ["My phone number is +1-222-2222/2222"] = "phone",
    ["SCP-173"] = "name",
    ["The number is 1,3."] = "list_comma",
    ["two out of five hundreds tvs"] = "grouping",
    [" two thirds of a million"] = "grouping",
    ["three twenty-firsts"] = "grouping", ["three twenty firsts"] = "grouping",
    ["twenty twenty fifths"] = "grouping", ["twenty fifths"] = "grouping",
    ["one hundred and thirty fifths"] = "grouping",
    ["one hundred thirty fifths"] = "grouping",
    ["one hundred thirty-fifths"] = "grouping",
    ["one hundred and thirty and two fifths"] = "grouping",
    ["one one hundred fifth"] = "grouping", ["one one hundred and fifth"] = "grouping",
    ["one hundred one thousand fifths"] = "grouping",
    ["twenty and three and three fifths"] = "grouping",
    ["one million two thousand two hundred three fifths"] = "grouping",
    ["how much is ninety - five hundred fifths?"] = "grouping",
    ["ninety - five hundred fifths"] = "grouping",
    ["The answer is negative ninety - five hundred fifths"] = "grouping",
    ["The answer is minus ninety - five hundred fifths"] = "grouping",
    ["The answer is minus one hundred thirty fifths"] = "grouping",
    ["ninety - five hundred-fifths"] = "grouping",
    ["one over three"] = "over", ["1 over twenty-one"] = "over",
    ["1 over one hundred and twenty one"] = "over", ["1 over three"] = "over",
    ["1 over 3"] = "over", ["one over 3"] = "over", ["one over 20"] = "over",
    ["one over twenty"] = "over", ["one over one hundred"] = "over",
    ["one over one hundred and twenty five"] = "over",
    ["The answer is negative one over 20"] = "over", ["2000 over 3"] = "over",
    [" two millionth"] = "count_only", [" 100 millionths"] = "count_only",
    ["they were playing three-nought-four"] = "speech",
    ["How about 2 in 5 or more"] = "mode",
    ["one hundred and thirty-two fifths"] = "grouping",
    ["1 in twenty-one"] = { "mode", source = "Mode" },
    ["one out of three"] = { "mode", source = "PercentMode" },
    ["The measurement has a value of forty two and a third"] = { "mode", source = "OrdinalModel" },
    ["The measurement has a value of two hundred thirty two and a thirtieth"] =
      { "mode", source = "OrdinalModel" },
    ["I like the first two books."] = "count_after_ordinal",
  },
  ["cases_recognizers_en_currency.json"] = {
    ["It costs one dollar and one and one point of your credit points."] = "and_amount",
    ["It costs one dollar and two and three points of your credit points."] = "and_amount",
    ["it costs only 15 dollars and 15."] = "and_amount",
    ["It costs 15 dollars and 50."] = "and_amount",
    ["It costs you 10 us dollar and me c $ 100 and fifty."] = "code_case",
    ["usd$ 15"] = "code_case", ["mxn$ 15"] = "code_case", ["aud$ 15"] = "code_case",
    ["cad$ 15"] = "code_case", ["nzd$15"] = "code_case",
  },
  ["cases_recognizers_negative.json"] = {
    ["the 180.25ml liquid"] = "unit_number", ["the 180ml liquid"] = "unit_number",
    [" 29km Road "] = "unit_number", ["the .25ml liquid"] = "unit_number",
    ["1m isn't a number."] = "unit_number",
    ["le liquide de 180ml"] = "unit_number", ["le liquide de .25ml"] = "unit_number",
    [" route de 29km "] = "unit_number",
    ["180,25ml vloeistof"] = "unit_number", ["180ml vloeistof"] = "unit_number",
    [" 29km weg "] = "unit_number", [",25ml vloeistof"] = "unit_number",
    ["The number is from 200 to 300 in 2008"] = "range_policy",
  },
  ["cases_duckling_negative.json"] = {
    ["1.1"] = "dotted_date", ["1.1."] = "dotted_date",
  },
  ["cases_duckling_nl.json"] = {
    ["geen"] = "vague", ["niks"] = "vague", ["een"] = "article",
    ["3 en 30"] = "grouping", ["dozijn"] = "vague", ["gros"] = "vague",
    ["3 GBP een penny"] = "and_amount",
    ["van 1,1$ en 1,3 dollars"] = "grouping",
  },
  ["cases_duckling_en.json"] = {
    ["nil"] = "vague", ["single"] = "vague", ["a pair"] = "vague",
    ["a couple"] = "vague", ["a couple of"] = "vague", ["a few"] = "vague",
    ["few"] = "vague", ["point 77"] = "speech",
    ["one twenty two"] = "speech", ["ONE TwentY tWO"] = "speech",
    ["US$3 and fourteen"] = "and_amount", ["twenty dollar and 43"] = "and_amount",
    ["3 GBP and one"] = "and_amount", ["twenty ringgit and 43"] = "and_amount",
    ["from 1 point 1 and one point three dollars"] = "grouping",
    ["7-9 lakh rupees"] = "conversion",
    [".0012G"] = "si", ["-.0012G"] = "si", ["- 1,200,000"] = "sign_apart",
  },
  ["cases_text2num_en.json"] = {
  },
}

return { reasons = reasons, groups = groups, cases = cases }
