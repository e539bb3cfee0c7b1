-- rules/figures.lua: every number a news article cites, normalised and
-- tied to what it counts (docs/figures.md).
--
--   87 miljoen profielen   value 87000000, kind cardinal, of profielen
--   4,5 procent            value 4.5, kind percent, unit percent
--   $3.5bn                 value 3500000000, kind money, unit USD
--   tussen 3 en 5 jaar     kind range, value 3, high 5, of jaar
--
-- How it works, in three layers:
--   1. a scan (one LPeg pass, no Lua calls, run only on the stretches
--      where a pluk.text key set finds a candidate) finds the places
--      where a figure may start: digits, a currency sign, a number word,
--      an article right before a number word ('een miljoen', 'a dozen');
--   2. at each place the number is read by small anchored grammars: a
--      digit blob, or a run of number-word tokens that a state machine
--      (read_tokens) turns into a value, then what follows it (scale,
--      percent, currency, a second end of a range);
--   3. the words around the number decide whether it is a figure at all
--      (dates, times, names, pronouns) and what it counts (`of`).
-- Every word it knows is data: rules/<lang>/{numbers,ordinals,fractions,
-- scales,currencies,percents,units,hedges,months,weekdays,closed_words,
-- number_names,multiples,collectives,figures}.txt (figures.txt holds the
-- settings: separators, word order, connecting words).
--
-- The grammar parts are exposed as `rule.grammar` (functions building
-- patterns from a language profile) and `rule.extend{...}` builds a new
-- rule with some of them replaced, so a user's rule can change one part
-- without copying the file (docs/figures.md, "Changing the rule").

local lpeg = require "lpeg"
local lexicon = require "pluk.lexicon"
local ptext = require "pluk.text"

local P, S, R, C, Cc, Cp, Ct =
  lpeg.P, lpeg.S, lpeg.R, lpeg.C, lpeg.Cc, lpeg.Cp, lpeg.Ct
local byte, sub, lower, find, match =
  string.byte, string.sub, string.lower, string.find, string.match
local tointeger = math.tointeger

local M = {
  name = "figures",
  description = "figures: numbers with value, kind, unit, what they count " ..
                "(of) and hedges",
  langs = { "nl", "en", "de", "fr" },
  type = "figure",
}

-- The vulgar fraction characters (their Unicode numeric values).
M.VULGAR = {
  ["\194\189"] = 1/2, ["\194\188"] = 1/4, ["\194\190"] = 3/4,
  ["\226\133\144"] = 1/7, ["\226\133\145"] = 1/9, ["\226\133\146"] = 1/10,
  ["\226\133\147"] = 1/3, ["\226\133\148"] = 2/3, ["\226\133\149"] = 1/5,
  ["\226\133\150"] = 2/5, ["\226\133\151"] = 3/5, ["\226\133\152"] = 4/5,
  ["\226\133\153"] = 1/6, ["\226\133\154"] = 5/6, ["\226\133\155"] = 1/8,
  ["\226\133\156"] = 3/8, ["\226\133\157"] = 5/8, ["\226\133\158"] = 7/8,
}

-- Languages tried when an article's language is unknown.
M.FALLBACK_LANGS = { "en", "nl" }

---------------------------------------------------------------------------
-- Character classes (byte level; ASCII tested first, it is most of the text)
---------------------------------------------------------------------------

local TP = ptext.P
local DIGIT = R"09"
local ALPHA = R("az", "AZ")
local LETTER = ALPHA + TP.letter
local WORDCH = ALPHA + DIGIT + TP.word_char
local NBSP, NNBSP, THIN = "\194\160", "\226\128\175", "\226\128\137"
local SPACE1 = S" \t" + P(NBSP) + P(NNBSP) + P(THIN)
local SP = SPACE1^1
local SP0 = SPACE1^0
local EN_DASH, EM_DASH, MINUS_SIGN = "\226\128\147", "\226\128\148", "\226\136\146"
local DASH = P"-" + P(EN_DASH) + P(EM_DASH) + P"\226\128\146"
-- the range separators (range_sep) that are dashes
local DASH_SEP = { ["-"] = true, [EN_DASH] = true, [EM_DASH] = true }
-- the end of a word, tested after every entry of every trie: so it is one
-- byte set, not the full Unicode class (copied into each entry, that would
-- make the patterns huge). A byte that starts a letter or digit: ASCII
-- ones, and the lead bytes of letters in every script but the Latin-1
-- symbols (C2) and the punctuation and currency signs (E2).
local WORD_START_BYTE = R("az", "AZ", "09", "\195\225", "\227\244")
local NOT_WORD = -WORD_START_BYTE
local NOT_LETTER = -R("az", "AZ", "\195\225", "\227\244")
-- a word for the context readers: letters, inner hyphens and apostrophes
local APOS = P"'" + P"\226\128\153"
-- (a run of letters: ASCII runs as one span -- LETTER^1 tests each letter
-- as a choice -- then the other letters one by one; the same run)
local LETTERS = (ALPHA^1 + TP.letter)^1
local WORD = LETTERS * ((P"-" + APOS) * LETTERS)^0

-- small patterns used while reading (built once: an LPeg pattern made
-- inside a loop would be compiled again on every use)
local SP_WORD = SP * C(WORD) * Cp()
local MONEY_DASH = P",-" * P"-"^-1 + P".-"
local HYPHEN_WORD = P"-" * Cp() * C(WORD) * Cp()
local APOS_P = P"'" + P"\226\128\153"
local SP0_WORDCH_PCT = SP0 * (WORDCH + S"%")
local LETTER_OR_DIGIT = ALPHA + DIGIT + TP.letter

-- for the byte scans of pluk.text.rspan: the spaces within a line, ASCII
-- white space (what separates tokens is pluk.text.prevtoken's: these and
-- line breaks)
local SPACES, WHITE = " \t\194\160", " \t\r\n"
local rspan, keychunks = ptext.rspan, ptext.keychunks

M.classes = { DIGIT = DIGIT, LETTER = LETTER, WORDCH = WORDCH, SP = SP,
              DASH = DASH, WORD = WORD }

---------------------------------------------------------------------------
-- Small helpers
---------------------------------------------------------------------------

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- settings values: several are separated by ' | '
local function split_values(v)
  local out = {}
  if v == nil or v == true then return out end
  for item in (v .. "|"):gmatch("([^|]*)|") do
    item = trim(item)
    if item ~= "" then out[#out + 1] = item end
  end
  return out
end
M.split_values = split_values

local function set_of(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- the last words of the phrases that set holds (`tussen de` -> `de`):
-- where one may end (see phrase_before)
local function last_words(set)
  local last = {}
  for w in pairs(set) do last[w:match("(%S+)$")] = true end
  return last
end

-- lower case for lookups: ASCII fast, pluk.text for the rest; memoised
-- (the same few hundred words come back all the time)
local lc_cache, lc_count = {}, 0
local function lc(s)
  local r = lc_cache[s]   -- a word seen before (lower case ones map to themselves)
  if r then return r end
  if not find(s, "[A-Z\128-\255]") then
    r = s   -- already lower case
  elseif find(s, "[\128-\255]") then
    local ok, low = pcall(ptext.lower, s)   -- bytes that are not UTF-8
    r = ok and low or lower(s)
  else
    r = lower(s)
  end
  if lc_count > 20000 then lc_cache, lc_count = {}, 0 end
  lc_cache[s] = r
  lc_count = lc_count + 1
  return r
end

-- A peek: nextword(text, e, "'", true) -> the position after the spaces
-- at e, the word there in lower case (or nil), the byte there: a cheap
-- look ahead (in C, pluk.text) that decides which anchored patterns are
-- worth running. A word starts with a letter -- ASCII, or a lead byte
-- other than those of Latin-1 symbols (C2) and punctuation, dashes and
-- signs (E2) -- and ends before one of those; an apostrophe may be inside.
-- (Asked again where needed: the call costs less than a cache of answers.)
local nextword = ptext.nextword
-- (digitsnext: the run of digits at a position, its value, and then the
-- same peek at its end, in one call)
local digitsnext = ptext.digitsnext

-- first_words(entries) -> set of the lower-case first words of the
-- entries, and whether some entry starts with a symbol
-- does lw end in one of suffixes, with at least min_stem bytes before it?
-- (a plain find where the suffix must start: no string made)
local function ends_in_suffix(lw, suffixes, min_stem)
  local n = #lw
  for k = 1, #suffixes do
    local suf = suffixes[k]
    if n >= #suf + min_stem and find(lw, suf, n - #suf + 1, true) then return true end
  end
  return false
end

local function first_words(list)
  local set, symbol = {}, false
  for _, e in ipairs(list) do
    local w = e:match("^[%a\195-\225\227-\244][%a\128-\255'’]*")
    if w then
      local cut = find(w, "[\194\226]")
      if cut then w = sub(w, 1, cut - 1) end
      set[lc(w)] = true
    else
      symbol = true
    end
  end
  return set, symbol
end

-- first_bytes(entries [, set]) -> set of the bytes the entries may start
-- with, their first character in either case (the byte values as keys)
local function first_bytes(list, set)
  set = set or {}
  for _, e in ipairs(list) do
    if e ~= "" then
      local ch = e:match("^[%z\1-\127\194-\244][\128-\191]*") or e
      set[byte(e)] = true
      for _, f in ipairs({ ptext.lower, ptext.upper }) do
        local ok, c = pcall(f, ch)
        if ok and c ~= "" then set[byte(c)] = true end
      end
    end
  end
  return set
end

local function num_value(v)
  -- "1/2", "1e6", "100000"
  local a, b = tostring(v):match("^%s*(%-?[%d.]+)%s*/%s*([%d.]+)%s*$")
  if a then return tonumber(a) / tonumber(b) end
  return tonumber(v)
end

-- integral floats become integers, so 87000000 prints as such
local function norm(v)
  if type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge then
    local i = tointeger(v)
    if i then return i end
    if v == math.floor(v) and v > -2^63 and v < 2^63 then
      return tointeger(math.floor(v)) or v
    end
    -- round away binary noise of a product: 1.7 * 1e9 is 1700000000
    if math.abs(v) >= 1 then return tonumber(string.format("%.15g", v)) end
    return v
  end
  return v
end
M.norm = norm

---------------------------------------------------------------------------
-- Word tries: a lexicon list compiled into a trie of LPeg choices, so a
-- word that is in none of the lists fails after a byte or two.
---------------------------------------------------------------------------

-- one UTF-8 character, iterated
local function chars(s)
  return s:gmatch("[%z\1-\127\194-\244][\128-\191]*")
end

local function char_pattern(ch, caseless)
  if not caseless then return P(ch) end
  local lo, up = ptext.lower(ch), ptext.upper(ch)
  if #ch == 1 and lo ~= up and #lo == 1 and #up == 1 then return S(lo .. up) end
  local p = P(lo)
  if up ~= lo then p = p + P(up) end
  return p
end

-- trie(entries, opts) -> pattern matching the longest entry at the current
-- position and capturing its value (nothing when opts.nocap).
--   entries: array of {text, value}; earlier entries win on equal text
--   opts.case: "exact" (default), "first" (first letter either case),
--              "all" (every letter either case), or a function(text) that
--              returns one of these per entry
--   opts.boundary: entries ending in a word character must be followed by
--              a non-word character (true), or by what this pattern allows
--   opts.nocap: match only, capture nothing
--   opts.tails: (with nocap) each entry's value is a pattern that must
--              match after it
local function trie(entries, opts)
  opts = opts or {}
  local root = { kids = {}, order = {} }
  local function step(node, key, pat)
    local kid = node.kids[key]
    if not kid then
      kid = { kids = {}, order = {}, pat = pat }
      node.kids[key] = kid
      node.order[#node.order + 1] = key
    end
    return kid
  end
  -- add(text from char index, nodes): walks/creates the path of `text`;
  -- a letter that may be either case at the start is two exact steps, so
  -- 'km' and 'Km/h' share a branch and the longest entry still wins
  local function add(text, value, case)
    local list = {}
    for ch in chars(text) do list[#list + 1] = ch end
    local function walk(node, i)
      if i > #list then
        if node.value == nil then
          node.value = value
          node.wordend = find(text, "[%w\128-\255]$") ~= nil
        end
        if opts.tails then
          node.tails = node.tails or {}
          node.tails[#node.tails + 1] = value
        end
        return
      end
      local ch = list[i]
      if case == "all" and i > 1 then
        walk(step(node, "i" .. ptext.lower(ch), char_pattern(ch, true)), i + 1)
      elseif (case == "first" or case == "all") and i == 1 then
        local lo, up = ptext.lower(ch), ptext.upper(ch)
        walk(step(node, "x" .. lo, P(lo)), i + 1)
        if up ~= lo then walk(step(node, "x" .. up, P(up)), i + 1) end
      else
        walk(step(node, "x" .. ch, P(ch)), i + 1)
      end
    end
    walk(root, 1)
  end
  for _, e in ipairs(entries) do
    local case = opts.case or "exact"
    if type(case) == "function" then case = case(e[1]) end
    add(e[1], e[2], case)
  end
  local compile
  -- an ordered choice of many patterns, built as a balanced tree: LPeg
  -- copies both sides of every `+`, so a left-leaning chain of n
  -- alternatives costs n^2 copies to build
  local function choice(list, i, j)
    i, j = i or 1, j or #list
    if i > j then return P(false) end
    if i == j then return list[i] end
    local m = (i + j) // 2
    return choice(list, i, m) + choice(list, m + 1, j)
  end
  -- the root's branches as a balanced tree over their first byte, so a
  -- word that starts no entry costs a few byte tests, not one per branch
  local function dispatch(node)
    local groups, bytes = {}, {}
    for _, key in ipairs(node.order) do
      if key:sub(1, 1) ~= "x" then return nil end
    end
    if node.value ~= nil then return nil end
    for _, key in ipairs(node.order) do
      local b = byte(key, 2)
      local kid = node.kids[key]
      local p = kid.pat * compile(kid)
      if not groups[b] then groups[b] = { p }; bytes[#bytes + 1] = b
      else table.insert(groups[b], p) end
    end
    if #bytes < 4 then
      local all = {}
      for _, b in ipairs(bytes) do for _, p in ipairs(groups[b]) do all[#all + 1] = p end end
      return choice(all)
    end
    for _, b in ipairs(bytes) do groups[b] = choice(groups[b]) end
    table.sort(bytes)
    local function tree(i, j)
      if i == j then return groups[bytes[i]] end
      local m = (i + j) // 2
      return #R(string.char(bytes[i], bytes[m])) * tree(i, m) + tree(m + 1, j)
    end
    return tree(1, #bytes)
  end
  compile = function(node, is_root)
    if is_root then
      local d = dispatch(node)
      if d then return d end
    end
    local list = {}
    for _, key in ipairs(node.order) do
      local kid = node.kids[key]
      list[#list + 1] = kid.pat * compile(kid)
    end
    local alts = #list > 0 and choice(list) or nil
    if node.value ~= nil then
      local stop = P(true)
      if opts.boundary and node.wordend then
        stop = opts.boundary == true and NOT_WORD or opts.boundary
      end
      if node.tails then
        local t = node.tails[1]
        for k = 2, #node.tails do t = t + node.tails[k] end
        stop = stop * t
      end
      alts = alts and (alts + stop) or stop
    end
    return alts or P(false)
  end
  local pat = compile(root, true)
  if opts.nocap then return pat end
  -- the value is looked up from the matched text: one Lua value for the
  -- whole trie (LPeg limits how many a pattern may hold)
  local values = {}
  for _, e in ipairs(entries) do
    if values[e[1]] == nil then values[e[1]] = e[2] end
  end
  for _, e in ipairs(entries) do
    local k = lc(e[1])
    if values[k] == nil then values[k] = e[2] end
  end
  local function value(t)
    local v = values[t]
    if v == nil then v = values[lc(t)] end
    return v
  end
  -- Where the texts the trie can match are few -- each entry as written,
  -- or with its first letter in either case -- they are all listed with
  -- value's answer, and LPeg looks the text up itself (a query capture:
  -- no call into Lua per match). Not for "all" (every letter either
  -- case), nor for a boundary pattern of the caller's (it might take
  -- bytes), nor when some answer is nil (a query gives no capture then).
  local by_text = (opts.boundary == nil or opts.boundary == true) and {}
  for _, e in ipairs(entries) do
    if not by_text then break end
    local case = opts.case or "exact"
    if type(case) == "function" then case = case(e[1]) end
    local list = {}
    for ch in chars(e[1]) do list[#list + 1] = ch end
    local rest = table.concat(list, "", 2)
    local texts
    if case == "exact" then
      texts = { table.concat(list) }
    elseif case == "first" and list[1] then
      texts = { ptext.lower(list[1]) .. rest, ptext.upper(list[1]) .. rest }
    else
      by_text = nil
    end
    for _, t in ipairs(texts or {}) do
      local v = value(t)
      if v == nil then by_text = nil break end
      by_text[t] = v
    end
  end
  if by_text then return pat / by_text end
  return C(pat) / value
end
M.trie = trie

-- case policy of the data files: words of `n` letters or more also match
-- with a capital (or in any case); shorter entries (m, k, GB) as written
local function case_by_length(n, mode)
  return function(text)
    if #text >= n and text:match("^[%a\128-\255]") then return mode end
    return "exact"
  end
end

---------------------------------------------------------------------------
-- Language profiles: lexicons and settings read once per language and
-- search path, and the patterns compiled from them.
---------------------------------------------------------------------------

local function load_list(lang, name, optional)
  if optional and not lexicon.exists(lang, name) then
    return { list = {}, values = {} }
  end
  local ok, lex = pcall(lexicon.load, lang, name)
  if not ok then
    if optional then return { list = {}, values = {} } end
    error(lex, 0)
  end
  return lex
end

-- parse "value flag flag" of an entry
local function value_flags(v)
  if v == true then return nil, {} end
  local parts = {}
  for w in tostring(v):gmatch("%S+") do parts[#parts + 1] = w end
  local flags = {}
  for i = 2, #parts do flags[parts[i]] = true end
  return parts[1], flags, parts
end

local grammar = {}   -- the named builders; see M.grammar below
local prev_tokens_fn    -- defined with the context readers

-- build_profile(langs) -> profile: everything the reader needs for one
-- language (or a merged list of languages, for unknown ones).
local function build_profile(langs, g)
  g = g or grammar
  local prof = { langs = langs, lang = langs[1] }
  local lists = {}
  local function merged(name, optional)
    local out = { list = {}, values = {} }
    for _, l in ipairs(langs) do
      local lex = load_list(l, name, optional)
      for _, e in ipairs(lex.list) do
        if out.values[e] == nil then
          out.list[#out.list + 1] = e
          out.values[e] = lex.values[e]
        end
      end
    end
    lists[name] = out
    return out
  end
  -- settings of the first language that has them
  local settings = {}
  for i = #langs, 1, -1 do
    local lex = load_list(langs[i], "figures", true)
    for k, v in pairs(lex.values) do settings[k] = v end
  end
  prof.settings = settings
  local function setting(key) return split_values(settings[key]) end
  prof.setting = setting

  -- digits
  prof.decimal = settings.decimal or "."
  prof.group = set_of(setting("group"))
  -- word order and joins
  prof.unit_tens = settings.order == "unit-tens"
  prof.glue = settings.glue == "yes"

  for _, name in ipairs({ "numbers", "ordinals", "fractions", "scales",
                          "currencies", "percents", "units", "hedges",
                          "months", "weekdays", "closed_words",
                          "number_names" }) do
    merged(name, false)
  end
  for _, name in ipairs({ "multiples", "collectives" }) do merged(name, true) end
  prof.lists = lists

  -- lookup tables (lower-case keys)
  local function lower_map(lex, fn)
    local t = {}
    for _, e in ipairs(lex.list) do
      local k = lc(e)
      if t[k] == nil then t[k] = fn and fn(lex.values[e], e) or lex.values[e] end
    end
    return t
  end
  prof.closed = lower_map(lists.closed_words)
  prof.months = lower_map(lists.months, function(v) return tonumber(v) end)
  -- the months written with a full stop ('jan.'), by the word before it
  -- (what nextword reads there: no string made to look one up)
  prof.months_dotted = {}
  for k in pairs(prof.months) do
    local w = k:match("^(.*)%.$")
    if w then prof.months_dotted[w] = true end
  end
  prof.weekdays = lower_map(lists.weekdays)
  prof.hedges = lower_map(lists.hedges, function(v)
    local rel, flags = value_flags(v)
    return { rel = rel or "~", after = flags.after or false, during = flags.during or false,
             prep = flags.prep or false, particle = flags.particle or false }
  end)
  prof.units = {}
  for _, e in ipairs(lists.units.list) do
    local sym, _, parts = value_flags(lists.units.values[e])
    prof.units[e] = { symbol = sym, dim = parts and parts[2] or nil }
  end
  prof.age_suffix = set_of(setting("age_suffix"))
  prof.adj_suffix = setting("adjective_suffix")
  prof.noun_suffix = setting("noun_suffix")
  prof.comparative_suffix = setting("comparative_suffix")
  prof.participles = set_of(setting("participles"))
  prof.noun_modifiers = set_of(setting("noun_modifiers"))
  prof.particle_verbs = set_of(setting("particle_verbs"))
  prof.plural_nouns = set_of(setting("plural_nouns"))
  prof.gerund_after_plural = settings.gerund_after_plural == "yes"
  prof.vague_counts = set_of(setting("vague_counts"))
  prof.vague_counts_last = last_words(prof.vague_counts)
  prof.relative_time = set_of(setting("relative_time"))
  prof.relative_time_nouns = set_of(setting("relative_time_nouns"))
  prof.participle_prefix = setting("participle_prefix")
  prof.participle_suffix = setting("participle_suffix")
  prof.participle_particles = setting("participle_particles")[1] and set_of(setting("participle_particles"))
  -- the forms of a verb lexicon a language names (verb_forms: nl
  -- cue_verbs) are verbs, which end a noun phrase ('De helft zegt'), but
  -- the lemma (the infinitive, also a plural noun: 'vragen') and a form
  -- that ends as an adjective or a plural may ('bekende', 'bekenden')
  for _, l in ipairs(langs) do
    local from = load_list(l, "figures", true).values.verb_forms
    local lex = from and load_list(l, from, true)
    for _, e in ipairs(lex and lex.list or {}) do
      local lw = lc(e)
      local verb = not find(lw, " ", 1, true) and lw ~= lc(tostring(lex.values[e]))
                   and not find(lw, "en$") and prof.closed[lw] == nil
                   and not ends_in_suffix(lw, prof.adj_suffix, 2)
      if verb then prof.closed[lw] = "verb" end
    end
  end
  prof.ordinal_name_words = set_of(setting("ordinal_name_words"))
  prof.scale_of = set_of(setting("scale_of"))
  prof.elision = setting("elision")
  prof.adj_cache, prof.adj_count = {}, 0
  prof.one_of_words = {}
  for _, phrase in ipairs(setting("one_of")) do
    local ws = {}
    for w in phrase:gmatch("%S+") do ws[#ws + 1] = w end
    prof.one_of_words[#prof.one_of_words + 1] = ws
  end
  prof.clause_dets = set_of(setting("clause_dets"))
  prof.rank_before = set_of(setting("rank_before"))
  prof.rank_after = set_of(setting("rank_after"))
  prof.superlative_suffix = setting("superlative_suffix")
  prof.degree_words = set_of(setting("degree_words"))
  prof.score_words = set_of(setting("score_words"))
  prof.score_link = set_of(setting("score_link"))
  prof.adjective_join = set_of(setting("adjective_join"))
  prof.multiple_before = set_of(setting("multiple_before"))
  prof.bare_before = set_of(setting("fraction_bare_before"))
  prof.backref_before = set_of(setting("backref_before"))
  -- 'the number of': {the phrase but its first byte, that byte lowered}
  -- (counted_before finds the rest and compares the first byte in either
  -- case: `The number of`, `Het aantal`)
  prof.count_of = {}
  for _, phrase in ipairs(setting("count_of")) do
    local low = lc(phrase)
    prof.count_of[#prof.count_of + 1] = { sub(low, 2), byte(low) }
  end
  prof.articles = set_of(setting("article"))
  prof.hour_word = set_of(setting("hour_word"))
  prof.clock_before = set_of(setting("clock_before"))
  -- (the words before a number that make an hour word after it a time:
  -- clock_before's, unless the language lists its own, as English does,
  -- whose 'at' before hours and minutes is no clock: 'at 3.50')
  prof.hour_before = setting("hour_word_before")[1] and set_of(setting("hour_word_before"))
                     or prof.clock_before
  -- a time of day in words after a word of clock_before (clock_in_words)
  prof.clock_half = set_of(setting("clock_half"))
  prof.clock_quarter = set_of(setting("clock_quarter"))
  prof.clock_minute_link = set_of(setting("clock_minute_link"))
  prof.has_clock_words = next(prof.clock_minute_link) ~= nil or next(prof.clock_half) ~= nil
  -- the verbs of calling: a number of digits alone after one is a phone
  -- number ('call 999', 'bel 112')
  prof.call_words = set_of(setting("call_words"))
  prof.phone_services = set_of(setting("phone_services"))
  prof.date_link = set_of(setting("date_link"))
  prof.range_between = set_of(setting("range_between"))
  prof.range_between_last = last_words(prof.range_between)
  prof.range_from = set_of(setting("range_from"))
  prof.range_change = set_of(setting("range_change"))
  prof.range_change_sep = set_of(setting("range_change_sep"))
  prof.decade_before = set_of(setting("decade_before"))
  prof.decade_suffix = setting("decade_suffix")
  -- longest hedge, in words, for the look-back
  local longest = 1
  for _, e in ipairs(lists.hedges.list) do
    local n = select(2, e:gsub("%s+", "")) + 1
    if n > longest then longest = n end
  end
  prof.hedge_words = longest
  -- the last word of each hedge: only then the words before are read;
  -- and every tail of a hedge ('dan', 'meer dan', 'ruim meer dan')
  prof.hedge_last, prof.hedge_suffix = {}, {}
  for _, e in ipairs(lists.hedges.list) do
    local le = lc(e)
    prof.hedge_last[le:match("(%S+)$")] = true
    local words = {}
    for w in le:gmatch("%S+") do words[#words + 1] = w end
    for i = 1, #words do
      prof.hedge_suffix[table.concat(words, " ", i)] = true
    end
  end
  prof.hedge_symbols = {}
  for _, e in ipairs(lists.hedges.list) do
    if not e:find("%a") then prof.hedge_symbols[#prof.hedge_symbols + 1] = e end
  end

  g.patterns(prof, g)
  return prof
end
M.build_profile = build_profile

---------------------------------------------------------------------------
-- The grammar builders. Each takes the profile (and the builder table, so
-- a replaced part is seen by the others) and stores patterns in it.
---------------------------------------------------------------------------

-- Tries of the number words, one per part, with the token capture shape
-- the token reader expects: role, value, end position.
function grammar.word_tries(prof)
  local lists = prof.lists
  local parts = { z = {}, u = {}, t = {}, x = {}, h = {}, k = {}, u1 = {} }
  local articles = prof.articles
  for _, e in ipairs(lists.numbers.list) do
    local v = num_value(lists.numbers.values[e])
    local role
    if v == 0 then role = "z"
    elseif v < 10 then role = "u"
    elseif v < 20 then role = "t"
    elseif v < 100 then role = "x"
    elseif v == 100 then role = "h"
    elseif v == 1000 then role = "k"
    end
    if role then
      table.insert(parts[role], { e, v })
      -- the article counts inside a compound (eenentwintig), never alone
      if role == "u" and not articles[e] then
        parts.u1 = parts.u1 or {}
        table.insert(parts.u1, { e, v })
      end
    end
  end
  parts.u1 = parts.u1 or {}
  local ords, ord_small, ord_tens, ord_mult = {}, {}, {}, {}
  for _, e in ipairs(lists.ordinals.list) do
    local v = num_value(lists.ordinals.values[e])
    ords[#ords + 1] = { e, v }
    if v < 20 then ord_small[#ord_small + 1] = { e, v }
    elseif v < 100 then ord_tens[#ord_tens + 1] = { e, v }
    else ord_mult[#ord_mult + 1] = { e, v } end
  end
  local fr = {}
  for _, e in ipairs(lists.fractions.list) do
    local v, flags = value_flags(lists.fractions.values[e])
    fr[#fr + 1] = { e, { value = num_value(v), whole = flags.whole,
                          noun = flags.noun, bare = flags.bare, plural = flags.plural,
                          text = e } }
  end
  local sc, sc_glued = {}, {}
  for _, e in ipairs(lists.scales.list) do
    local v, flags = value_flags(lists.scales.values[e])
    local info = { value = num_value(v), money = flags.money, glued = flags.glued,
                   plural = false }
    if not flags.glued then sc[#sc + 1] = { e, info } end
    sc_glued[#sc_glued + 1] = { e, info }
  end
  local word_case = "first"
  local T = {}
  for role, list in pairs(parts) do T[role] = trie(list, { case = word_case }) end
  T.ord = trie(ords, { case = word_case })
  T.ord_small = trie(ord_small, { case = word_case })
  T.ord_tens = trie(ord_tens, { case = word_case })
  T.ord_mult = trie(ord_mult, { case = word_case })
  T.frac = trie(fr, { case = word_case })
  T.scale = trie(sc, { case = case_by_length(3, "first"), boundary = true })
  T.scale_glued = trie(sc_glued, { case = case_by_length(3, "first"),
                                   boundary = true })
  local arts = {}
  for a in pairs(articles) do arts[#arts + 1] = { a, 1 } end
  table.sort(arts, function(a, b) return a[1] < b[1] end)
  T.article = trie(arts, { case = "first", boundary = true })
  local mult = {}
  for _, e in ipairs(lists.multiples.list) do
    mult[#mult + 1] = { e, num_value(lists.multiples.values[e]) }
  end
  T.multiple = trie(mult, { case = "first", boundary = true })
  local coll = {}
  for _, e in ipairs(lists.collectives.list) do
    coll[#coll + 1] = { e, num_value(lists.collectives.values[e]) }
  end
  T.collective = trie(coll, { case = "first", boundary = true })
  prof.tries = T
end

-- The token reader's grammar: a run of number-word tokens, each captured
-- as (role, value, end) -- roles:
--   n  a number below 100 written as one word or a tens-unit pair
--   d  a digit blob (the raw string; read_digits reads it)
--   h  hundred, k thousand, s a scale word (value is a table)
--   o  an ordinal word (value; a plural ends in 'n'/'s': a denominator)
--   f  a fraction word (table), w a fraction word with its count in it
--   a  the article as 'one' (een, a), & an 'and' between parts
--   z  zero
-- It is greedy and lax; read_tokens keeps the longest valid prefix.
-- A run of number tokens is read over at most TOKENS_RUN_MAX bytes: the
-- longest number written in words is shorter, and a list of numbers ('3 3
-- 3 ...', 'een een ...') must not cost its length at every number in it.
-- (A match-time test at each join, not p^-n: LPeg builds that as n
-- copies of p, which doubled the rule's start-up and memory.)
local TOKENS_RUN_MAX = 300
local RUN_START = lpeg.Cg(Cp(), "run_start")
local WITHIN_RUN = lpeg.Cmt(lpeg.Cb("run_start"), function(_, i, start)
  return i - start <= TOKENS_RUN_MAX
end)

-- the marks that end a lone token (a run of digits, a number word),
-- when a blank or the end of the text follows them, one or more (by
-- byte: '1996),'): no shape, separator, join or scale goes on with them
local MARK_AFTER_TOKEN = {}
for c in (")%;!?\"],."):gmatch(".") do MARK_AFTER_TOKEN[byte(c)] = true end

-- lone_tokens(starts, prof, joins) -> what the reader needs to read a
-- lone token without prof.TOKENS (see ends_run, the lone words of
-- read_figure and read_digit_run): the words as nextword reads them, in
-- lower case, in the entries a token or a scale may begin with
-- (`starts`, the entries TOKEN_START is made of) and in the words that
-- join tokens (`joins`: links, 'and' words, the tens' links), as keys
-- (every word, not only the first: an entry may go on after a blank;
-- whole words, not runs of ASCII letters, which made 'n' and 'e' keys of
-- 'één' and 'eén', and sent every 'nog' or 'echte' after a number to
-- the grammar); nil
-- where one of those or a scale begins with no letter (a mark after a
-- token might then go on), or the decimal sign is neither '.' nor ','.
-- The words themselves are added by lone_words, from prof.TOKENS.
-- (the bytes nextword reads a word's rest of: ASCII letters and all
-- but the lead bytes C2 and E2, of signs, spaces and punctuation)
local WORD_BYTES = "[%a\128-\193\195-\225\227-\255]+"
local function lone_tokens(starts, prof, joins)
  if prof.decimal ~= "." and prof.decimal ~= "," then return nil end
  local keys, longest = {}, 0
  -- (a letter as nextword reads one: ASCII, or a lead byte but C2, E2)
  local function letter_first(text)
    local b = byte(text)
    return b and (find(text, "^%a") or (b >= 195 and b <= 244 and b ~= 226))
  end
  local function add(text)
    if not letter_first(text) then return false end
    local ch = text:match("^[%z\1-\127\194-\244][\128-\191]*")
    local rest = sub(text, #ch + 1)
    for _, f in ipairs({ ptext.lower, ptext.upper, false }) do
      local ok, form = true, ch
      if f then ok, form = pcall(f, ch) end
      for word in (ok and form .. rest or ""):gmatch(WORD_BYTES) do
        local low_ok, low = pcall(ptext.lower, word)
        if not low_ok then low = lower(word) end
        keys[low] = true
        if #low > longest then longest = #low end
      end
    end
    return true
  end
  for _, e in ipairs(starts) do
    if not add(e[1]) then return nil end
  end
  for _, w in ipairs(joins) do
    if not add(w) then return nil end
  end
  for _, e in ipairs(prof.lists.scales.list) do
    if not letter_first(e) then return nil end
  end
  return { words = keys, longest = longest, memo = {}, count = 0, tokens = nil,
           numbers = {}, ordinals = {}, lowered = {} }
end

-- lone_words(lone, prof): the number words and ordinals that prof.TOKENS
-- reads alone, as written (each entry of the lists, with its first letter
-- in either case, that is one word as nextword reads it) -> value, in
-- lone.numbers and lone.ordinals (and as nextword lowers them in
-- lone.lowered): what it reads of the word before the end of a line is
-- what it reads before anything ends_run lets end a run; not a word that
-- some entry goes on from with a mark ('mln.'), which the mark would not
-- end
local function lone_words(lone, prof)
  local lists = prof.lists
  local function lowered(text)
    local ok, low = pcall(ptext.lower, text)
    return ok and low or lower(text)
  end
  local marked = {}
  for _, name in ipairs({ "numbers", "ordinals", "fractions", "scales" }) do
    for _, e in ipairs(lists[name].list) do
      for i = 2, #e do
        if MARK_AFTER_TOKEN[byte(e, i)] then marked[lowered(sub(e, 1, i - 1))] = true end
      end
    end
  end
  for _, name in ipairs({ "numbers", "ordinals" }) do
    for _, e in ipairs(lists[name].list) do
      local ch = match(e, "^[%z\1-\127\194-\244][\128-\191]*") or ""
      for _, f in ipairs({ false, ptext.lower, ptext.upper }) do
        local ok, form = true, e
        if f then
          ok, form = pcall(f, ch)
          form = ok and form .. sub(e, #ch + 1)
        end
        local _, word = nextword((form or "") .. "\n", 1, "'")
        if form and word == form and not marked[lowered(form)] then
          local r1, r2, r3, r4, r5 = prof.TOKENS:match(form .. "\n")
          local _, low = nextword(form, 1, "'", true)
          if r1 == "n" and r3 == #form + 1 and r4 == nil then
            lone.numbers[form] = r2
            lone.lowered[low] = true
          elseif r1 == "o" and r3 == false and r4 == #form + 1 and r5 == nil then
            lone.ordinals[form] = r2
            lone.lowered[low] = true
          end
        end
      end
    end
  end
end

function grammar.tokens(prof, g)
  local T = prof.tries
  local st = prof.settings
  local function tok(role, pat) return Cc(role) * pat * Cp() end
  local links = split_values(st.link)
  local LINK = P(false)
  for _, l in ipairs(links) do LINK = LINK + P(l) end
  local spaced_links, and_words = P(false), P(false)
  for _, l in ipairs(split_values(st["and"])) do
    spaced_links = spaced_links + (SP * P(l) * SP)
    and_words = and_words + P(l)
  end
  local HY = P"-" * SP0 + SP0 * DASH * SP0
  local n99, o99
  local function add(a, b) return a + b end
  if prof.unit_tens then
    -- eenentwintig, twee-en-veertig, drie en dertig
    local join = LINK + P"-" * LINK * P"-" + SP * LINK * SP
    n99 = ((T.u * join * T.x) / add) + T.x + T.t + T.u1
    o99 = ((T.u * join * T.ord_tens) / add) + T.ord_tens + T.ord_small
  else
    -- twenty-three, fifty two, twenty—fifth
    local join = HY + SP
    for _, l in ipairs(split_values(st.tens_link)) do
      -- 'vingt et un', 'vingt-et-un'
      join = P"-" * P(l) * P"-" + SP * P(l) * SP + join
    end
    local tail = T.u
    if st.tens_take_teens == "yes" then tail = T.t + T.u end
    n99 = ((T.x * join * tail) / add) + T.x + T.t + T.u1
    o99 = ((T.x * (join + P"") * T.ord_small) / add) + T.ord_tens + T.ord_small
  end
  -- a fraction word with its count glued: tweeënhalf, twaalfenhalve
  local frac_glued = P(false)
  if prof.unit_tens then
    frac_glued = ((T.t + T.u + T.x) * LINK * T.frac) / function(n, f)
      return { value = n + f.value, whole = true, text = "" }
    end
  end
  local den_plural = P(false)
  for _, s in ipairs(split_values(st.den_plural)) do den_plural = den_plural + P(s) end
  local ord_tok = T.ord * (C(den_plural) * NOT_WORD + Cc(false))
  -- (a compound ordinal ends at a word's end: `thirty second` is 32nd,
  -- not in `thirty seconds`)
  local o_comp = tok("o", o99 * NOT_WORD * Cc(false)) + tok("o", T.ord_mult * Cc(false))
  local atom =
      tok("w", frac_glued)
    + Cc("o") * ord_tok * Cp()
    + o_comp
    + tok("f", T.frac)
    + tok("n", n99)
    + tok("h", T.h)
    + tok("k", T.k)
    + tok("z", T.z)
  local DIGITS = C((S"+-" + P(MINUS_SIGN))^-1 * (DIGIT^1 * (g.digit_sep(prof) * DIGIT^1)^0
                   + P(prof.decimal) * DIGIT^1))
  local dtok = tok("d", DIGITS)
  local scale_tok = tok("s", T.scale)
  local scale_glued = tok("s", T.scale_glued)
  local art = tok("a", T.article)
  -- joins between tokens
  local glued = prof.glue and (P"" + LINK * #-SPACE1) or P(false)
  local AND = Cc("&") * Cc(0) * (spaced_links + (prof.glue and (LINK * #(T.u + T.t + T.x + T.ord)) or P(false))) * Cp()
  local after_digits = scale_glued + SP0 * scale_tok
  -- what a token may start with: a digit, a sign, the decimal sign, or a
  -- word that begins some number word, scale or article (a test that
  -- fails in one go where the choices below would each fail on their own)
  -- (not a scale written only against digits, 'k', 'm': no token starts
  -- with one, and as a prefix it would let every word that begins so --
  -- 'keer', 'more' -- through the join test after each number)
  local starts = {}
  for _, name in ipairs({ "numbers", "ordinals", "fractions", "scales" }) do
    local lex = prof.lists[name]
    for _, e in ipairs(lex.list) do
      local _, flags = value_flags(lex.values[e])
      if not (name == "scales" and flags.glued) then starts[#starts + 1] = { e, true } end
    end
  end
  for a in pairs(prof.articles) do starts[#starts + 1] = { a, true } end
  table.sort(starts, function(a, b) return a[1] < b[1] end)
  -- (the "first" trie holds each entry with its first letter in lower
  -- and in upper case; as written too only where that letter is neither,
  -- a title case letter: most lists have none, and then the second trie
  -- is P(false), which LPeg drops from the choice)
  local as_written = {}
  for _, e in ipairs(starts) do
    local ch = e[1]:match("^[%z\1-\127\194-\244][\128-\191]*")
    local okl, lo = pcall(ptext.lower, ch)
    local oku, up = pcall(ptext.upper, ch)
    if not (okl and oku and (ch == lo or ch == up)) then as_written[#as_written + 1] = e end
  end
  local TOKEN_START = #(DIGIT + S"+-" + P(MINUS_SIGN) + P(prof.decimal)
                        + trie(starts, { case = "first", nocap = true })
                        + trie(as_written, { nocap = true }))
  prof.TOKEN_START = TOKEN_START
  -- (read from the lexicons as TOKEN_START is: only with the default
  -- builders of what the digits' tokens and shapes are made of)
  local joins = {}
  for _, key in ipairs({ "link", "and", "tens_link" }) do
    for _, w in ipairs(split_values(st[key])) do joins[#joins + 1] = w end
  end
  local lone = g.digit_sep == grammar.digit_sep and g.shapes == grammar.shapes
               and g.word_tries == grammar.word_tries
               and lone_tokens(starts, prof, joins) or nil
  local any = TOKEN_START * (dtok * after_digits^-1 + atom + scale_tok + art)
  -- each join with what follows it: a PEG choice does not come back to
  -- try another join when the token after the first one fails
  local words_any = TOKEN_START * (atom + scale_tok + art)
  -- what every join below begins with: a link, a hyphen, or spaces and
  -- then a token, an 'and' word or a dash; tested first, it fails in one
  -- go after the last token of a run (most runs are one token), where
  -- the four joins would each fail on their own
  local JOIN_START = #(LINK + P"-" + SP0 * (TOKEN_START + and_words + DASH))
  local J_any = JOIN_START * WITHIN_RUN * (AND * any + SP * any + HY * words_any + glued * any)
  -- the article only starts a run ('a hundred', 'een half miljoen'); the
  -- run's start is kept for WITHIN_RUN
  prof.TOKENS = RUN_START * (art + dtok * after_digits^-1 + atom) * J_any^0
  if lone then
    lone.tokens = prof.TOKENS
    lone_words(lone, prof)
  end
  prof.LONE_TOKENS = lone
  -- the article starts a number only before a multiplier or a fraction
  prof.TOKEN_FIRST = #(art * (HY + SP) * (atom + scale_tok) + dtok + atom)
  prof.HY = HY
  prof.ARTICLE = T.article
  -- 'een van de', 'een op de drie', 'een Libanese en twee Syrische':
  -- the article is the number one
  local function phrases(key)
    local p = P(false)
    for _, ph in ipairs(prof.setting(key)) do
      p = p + trie({ { ph, true } }, { case = "first", boundary = true, nocap = true })
    end
    return p
  end
  prof.ONE_OF = phrases("one_of")
  -- (after a determiner that opens a clause too, `one of its`: SP, then
  -- one_of)
  prof.SP_ONE_OF = SP * prof.ONE_OF
  prof.FRACTION_OF = phrases("fraction_of")
  local conj = P(false)
  for w, cls in pairs(prof.closed) do
    if cls == "conj" and (w == (st["and"] or "") or #w <= 3) then
      conj = conj + trie({ { w, true } }, { case = "exact", boundary = true, nocap = true })
    end
  end
  local number_start = DIGIT + T.u1 + T.t + T.x + T.h + T.k
  -- 'a dollar', 'een euro': a currency word, not a sign, and none glued
  -- to digits (in 'a $750 million buyback', 'an $80m loan', 'a US$5 fee'
  -- the article goes with the noun after; the sign is the amount's)
  prof.ART_CURRENCY = #LETTER * prof.CUR_SUF * -DIGIT
  -- (not a hedge that opens with the article: 'een stuk of tien' is
  -- about ten, no one)
  local art_hedge = P(false)
  for h in pairs(prof.hedges) do
    local a, rest = h:match("^(%S+) (.+)$")
    if a and prof.articles[a] then
      art_hedge = art_hedge + trie({ { rest, true } }, { case = "exact", boundary = true, nocap = true })
    end
  end
  prof.ART_ONE_REST = SP * (prof.ART_CURRENCY + prof.ONE_OF + prof.FRACTION_OF * SP * number_start
                           + -art_hedge * WORD * SP * conj * SP * number_start)
  prof.ART_ONE = T.article * prof.ART_ONE_REST
end

-- The characters that may separate digit groups in a blob (the reader
-- decides which of them are decimal signs and which group separators).
function grammar.digit_sep(prof)
  local seps = P"." + P","
  if prof.group.space then
    seps = seps + (SPACE1 * #(DIGIT * DIGIT * DIGIT * -DIGIT))
  end
  if prof.group["'"] then seps = seps + P"'" end
  return seps
end

-- Words after a number: currency, percent, unit, hedges after, and the
-- prefix forms (currency before, minus words).
function grammar.affixes(prof)
  local lists = prof.lists
  local pre, suf, sub = {}, {}, {}
  for _, e in ipairs(lists.currencies.list) do
    local code, flags = value_flags(lists.currencies.values[e])
    local info = { code = code ~= "?" and code or nil, sub = flags.sub,
                   text = e, glued = flags.glued }
    for f in pairs(flags) do
      local m = f:match("^x(%d+)$")
      if m then info.scale = tonumber(m) end
    end
    local symbolic = not LETTER:match(e) or e:match("^%u%u%u$")
                     or e:match("%$") or e:match("^%u+%$?$")
    local is_word = LETTER:match(e) ~= nil and not e:match("^%u%u")
                    and not e:match("%$")
    if flags.sub then
      sub[#sub + 1] = { e, info }
      suf[#suf + 1] = { e, info }
    else
      if flags.prefix or (symbolic and not flags.suffix and not is_word) then
        pre[#pre + 1] = { e, info }
      end
      if flags.suffix or not flags.prefix or symbolic then
        suf[#suf + 1] = { e, info }
      end
    end
  end
  local function case(text)
    if text:find(" ", 1, true) then return "all" end
    return case_by_length(4, "first")(text)
  end
  prof.CUR_PRE = trie(pre, { case = case, boundary = NOT_LETTER })
  -- (the bytes a currency before the number may start with: read_figure
  -- tries CUR_PRE only at those; a builder that replaces CUR_PRE without
  -- setting this leaves it nil, and then CUR_PRE is tried everywhere)
  local pre_texts = {}
  for _, e in ipairs(pre) do pre_texts[#pre_texts + 1] = e[1] end
  prof.CUR_PRE_FIRST = first_bytes(pre_texts)
  -- (and their first words, in lower case: at a word, read_figure tries
  -- CUR_PRE only after one of them; nil, as above, tries it everywhere)
  prof.CUR_PRE_WORDS = first_words(pre_texts)
  prof.cur_prefix_words = {}
  for _, e in ipairs(pre) do
    if LETTER:match(e[1]) then prof.cur_prefix_words[#prof.cur_prefix_words + 1] = e[1] end
  end
  prof.CUR_SUF = trie(suf, { case = case, boundary = true })
  prof.CUR_SUB = trie(sub, { case = case, boundary = true })
  local pct = {}
  for _, e in ipairs(lists.percents.list) do
    pct[#pct + 1] = { e, lists.percents.values[e] }
  end
  prof.PERCENT = trie(pct, { case = case_by_length(3, "first"), boundary = true })
  -- the words the readers after a number may start with
  local plist, clist, ulist, hlist = {}, {}, {}, {}
  for _, e in ipairs(pct) do plist[#plist + 1] = e[1] end
  for _, e in ipairs(suf) do clist[#clist + 1] = e[1] end
  prof.after_first = first_words(plist)
  for w in pairs((first_words(clist))) do prof.after_first[w] = true end
  -- (and the bytes they may start with, in either case: a character
  -- glued to a number starts a percent or a currency only if it is one of
  -- them -- most glued characters, ')' and '-', are not; a builder that
  -- changes PERCENT or CUR_SUF sets it anew, or to nil: then any may)
  prof.AFTER_FIRST_BYTES = first_bytes(plist, first_bytes(clist))
  for _, e in ipairs(lists.units.list) do ulist[#ulist + 1] = e end
  prof.unit_first = first_words(ulist)
  for _, e in ipairs(lists.hedges.list) do hlist[#hlist + 1] = e end
  prof.hedge_first = first_words(hlist)
  -- the clock words, each also with the typographic apostrophe where it
  -- has the straight one (o’clock, uur ’s avonds)
  local clock_words = {}
  for _, w in ipairs(prof.setting("clock_after")) do
    clock_words[#clock_words + 1] = { w, w }
    if find(w, "'", 1, true) then
      clock_words[#clock_words + 1] = { (w:gsub("'", "\226\128\153")), w }
    end
  end
  local clock_texts = {}
  for k, e in ipairs(clock_words) do clock_texts[k] = e[1] end
  prof.clock_first = first_words(clock_texts)
  -- (the peek after a number reads o’clock as one word, where first_words
  -- cuts it at the sign)
  for _, e in ipairs(clock_words) do
    if e[1] ~= e[2] then prof.clock_first[lc(match(e[1], "^%S+"))] = true end
  end
  prof.point_first = first_words(prof.setting("point"))
  prof.fraction_of_first = first_words(prof.setting("fraction_of"))
  local rs = {}
  for _, key in ipairs({ "range_sep", "range_between_sep", "range_from_sep" }) do
    for _, v in ipairs(prof.setting(key)) do rs[#rs + 1] = v end
  end
  prof.range_first = first_words(rs)
  local nl = {}
  for _, e in ipairs(lists.number_names.list) do nl[#nl + 1] = e end
  prof.name_first = first_words(nl)
  local units = {}
  for _, e in ipairs(lists.units.list) do
    units[#units + 1] = { e, e }
  end
  prof.UNIT = trie(units, { case = case_by_length(3, "first"), boundary = true })
  local hed, hed_texts = {}, {}
  for _, e in ipairs(lists.hedges.list) do
    local _, flags = value_flags(lists.hedges.values[e])
    if flags.after then hed[#hed + 1] = { e, e }; hed_texts[#hed_texts + 1] = e end
  end
  prof.HEDGE_AFTER = trie(hed, { case = "first", boundary = true })
  -- (their first words, and the bytes they may start with in either case:
  -- after a figure's unit or before its noun HEDGE_AFTER is tried only
  -- where one of them begins; a builder that changes HEDGE_AFTER sets
  -- them anew, or to nil: then everywhere)
  prof.hedge_after_first = first_words(hed_texts)
  prof.HEDGE_AFTER_FIRST_BYTES = first_bytes(hed_texts)
  local minus = P(false)
  for _, m in ipairs(prof.setting("minus")) do
    minus = minus + trie({ { m, true } }, { case = "first", boundary = true, nocap = true })
  end
  prof.MINUS_WORD = minus * SP
  prof.MINUS_FIRST = first_bytes(prof.setting("minus"))   -- (as CUR_PRE_FIRST)
  local point = P(false)
  for _, m in ipairs(prof.setting("point")) do
    point = point + trie({ { m, true } }, { case = "first", boundary = true, nocap = true })
  end
  prof.POINT = SP * point * SP
  local months = {}
  for _, e in ipairs(lists.months.list) do
    months[#months + 1] = { e, tonumber(lists.months.values[e]) }
  end
  prof.MONTH = trie(months, { case = "first", boundary = true })
  local ordsuf = {}
  for _, s in ipairs(prof.setting("ordinal_suffix")) do ordsuf[#ordsuf + 1] = { s, s } end
  prof.ORD_SUFFIX = trie(ordsuf, { case = "exact", boundary = true })
  prof.ordinal_suffixes = set_of(prof.setting("ordinal_suffix"))
  prof.CLOCK_AFTER = trie(clock_words, { case = "exact", boundary = true })
end

-- Phrases that are names or set expressions: a figure that starts one, or
-- whose previous word starts one, is no figure ('Tweede Kamer', 'no one').
function grammar.names(prof)
  local list = {}
  local entries = prof.lists.number_names.list
  for _, e in ipairs(entries) do list[#list + 1] = { e, true } end
  prof.NAMES = trie(list, { case = "all", boundary = true, nocap = true })
  -- the bytes an entry may start with, in either case: a figure that
  -- starts with no word ('9/11') is tried only at those
  prof.NAMES_FIRST_BYTES = first_bytes(entries)
  -- at a digit, the first two bytes of the entries that start with it
  -- ('24/7', '9/11'), as b1 * 256 + b2, so a year (2019) is not tried; an
  -- entry with a letter, no byte or a non-ASCII byte second puts its
  -- digit itself in the set (tried at every such digit). A builder that
  -- changes NAMES sets these two sets anew, or to nil (then every place
  -- is tried)
  local pairs_at_digit = {}
  for _, e in ipairs(entries) do
    local b1, b2 = byte(e, 1, 2)
    if b1 and b1 >= 48 and b1 <= 57 then
      if b2 and b2 < 128 and not ALPHA:match(e, 2) then
        pairs_at_digit[b1 * 256 + b2] = true
      else
        pairs_at_digit[b1] = true
      end
    end
  end
  prof.NAMES_DIGIT_PAIRS = pairs_at_digit
  -- name_next[w]: for w, the first word of entries (as first_words reads
  -- it), the words that come next in them after one space, in lower
  -- case, and "-" where one goes on with a hyphen; false where one ends
  -- there or goes on otherwise, or w is not ASCII letters alone. At a
  -- figure that starts with the word w, NAMES is tried only when the word
  -- after w is one of those, or is not ASCII letters alone (it may go on
  -- past one: "thing's"), or a hyphen follows w (see extract_with);
  -- kept with the NAMES it was made for (NAME_NEXT_OF), so that a builder
  -- that changes NAMES and not this one only loses the test
  local name_next = {}
  for _, e in ipairs(entries) do
    local key = next((first_words({ e })))
    local a = match(e, "^[A-Za-z]+")
    local nx = name_next[key]
    if key and nx ~= false then
      local rest = a and lc(a) == key and sub(e, #a + 1) or ""
      local x = match(rest, "^ ([A-Za-z]+)")
      if x or sub(rest, 1, 1) == "-" then
        nx = nx or {}
        nx[x and lc(x) or "-"] = true
      else
        nx = false
      end
      name_next[key] = nx
    end
  end
  -- name_second[w]: for w, the first word of entries (as name_first has
  -- it), the words that come next in them after one space, as nextword
  -- reads and lowers them; false where one's first word is written
  -- otherwise or the next is no such word (a digit: 'Formule 1'). NAMES
  -- tried at the word before a figure runs past the figure's start only
  -- where the figure starts with one of those ('in 1998', 'op 3 juni'
  -- are not tried); kept with name_next
  local name_second = {}
  for _, e in ipairs(entries) do
    local key = next((first_words({ e })))
    local w1, w2 = match(e, "^(%S+) (%S+)")
    local set = key and name_second[key]
    if w1 and set ~= false then
      local q, word = nextword(w2, 1, "'")
      local _, low = nextword(w2, 1, "'", true)
      if lc(w1) == key and q == 1 and word == w2 and not match(w2, "^%d") then
        set = set or {}
        set[low] = true
      else
        set = false
      end
      name_second[key] = set
    end
  end
  -- name_middle[w2][w3]: the set phrases (entries in lower case: a
  -- name's capitals are seen by rule, and its words in lower case may
  -- count, 'a group of seven countries') by their second word and their
  -- third, a number word or an ordinal (0 for digits), as nextword reads
  -- and lowers them ('buiten de zestien', 'in de eerste plaats'): true
  -- where the phrase ends there, else the words that come fourth (a set).
  -- At such a figure after such a word (and before such a word) NAMES is
  -- tried at the word before that too (kept with name_next)
  local name_middle = {}
  local numbers, ordinals = prof.lists.numbers.values, prof.lists.ordinals.values
  for _, e in ipairs(entries) do
    local w2, w3, w4 = match(e, "^%S+ (%S+) (%S+) ?(%S*)")
    local _, low = nextword(w2 or "", 1, "'", true)
    local _, third = nextword(w3 or "", 1, "'", true)
    third = match(w3 or "", "^%d") and 0 or (numbers[third] or ordinals[third]) and third
    if low and third and lc(e) == e then
      local mid = name_middle[low] or {}
      name_middle[low] = mid
      local fourth = w4 ~= "" and mid[third] ~= true and select(2, nextword(w4, 1, "'", true))
      if fourth then
        mid[third] = mid[third] or {}
        mid[third][fourth] = true
      else
        mid[third] = true
      end
    end
  end
  prof.name_next, prof.name_second, prof.NAME_NEXT_OF = name_next, name_second, prof.NAMES
  prof.name_middle = name_middle
end

-- Numbers in forms the digit reader must not see as one number:
-- times of day, numeric dates, phone numbers, codes with slashes.
function grammar.shapes(prof)
  local D2 = DIGIT * DIGIT^-1
  local D4 = DIGIT * DIGIT * DIGIT * DIGIT
  local time = D2 * P":" * DIGIT * DIGIT * (P":" * DIGIT * DIGIT)^-1 * -DIGIT
  -- a race time, minutes, seconds and hundredths: '1.52,31' (no number:
  -- a group of two digits), '1:52.31'
  local dec = P(prof.decimal or ".")
  local race_time = D2 * S".:" * R"05" * DIGIT * dec * DIGIT * DIGIT^-2 * -DIGIT
  time = race_time + time
  local dsep = S"/.-"
  -- 17/5/2018, 5-17-2018, 17.05.2018; 2019-01-26, 2019-01: year captured
  local date_dmy = D2 * dsep * D2 * dsep * Cp() * D4 * Cp() * -DIGIT * Cp()
  local date_ymd = Cp() * D4 * Cp() * P"-" * D2 * (P"-" * D2)^-1 * -(DIGIT + P"-" * DIGIT) * Cp()
  local phone_sep = S" -/.()" + P(NBSP)
  local phone = (P"+" + P"00") * DIGIT^1 * (phone_sep^1 * DIGIT^1)^1
              + P"(" * DIGIT^2 * P")" * SP0 * DIGIT^2 * (phone_sep^1 * DIGIT^1)^0
              + P"0" * DIGIT^1 * S"-/" * DIGIT^6 * DIGIT^0
              + DIGIT^1 * (P"-" * DIGIT^1) * (P"-" * DIGIT^1)^2 -- 1111-2222-3333-44
              -- an area or service code that opens with 0, then two groups
              -- or more: '0800 555 0142', '088 555 1234', '026 - 355 00 00'
              + P"0" * DIGIT^2 * (phone_sep^1 * DIGIT * DIGIT^1)^2
              -- a free or paid service line: '0800-7000', '0900-8844'
              + P"0" * S"89" * P"00" * P"-" * DIGIT^4
  -- 3/4, -4/5, 5 2/3 (whole, numerator, denominator)
  local int = C((S"+-" + P(MINUS_SIGN))^-1 * DIGIT^1)
  prof.FRACTION_DIGITS = Ct(lpeg.Cg(int, "a") * (SP * lpeg.Cg(C(DIGIT^1), "b"))^-1 * P"/"
                            * lpeg.Cg(C(DIGIT^1), "d")) * Cp() * -(DIGIT + P"/" + S".," * DIGIT)
  local glyphs = {}
  for g, v in pairs(M.VULGAR) do glyphs[#glyphs + 1] = { g, v } end
  table.sort(glyphs, function(x, y) return x[1] < y[1] end)
  prof.VULGAR = trie(glyphs)
  prof.FRACTION_GLYPH = (C(DIGIT^1) + Cc(false)) * prof.VULGAR * Cp()
  prof.TIME = time
  prof.DATE_DMY = date_dmy
  prof.DATE_YMD = date_ymd
  prof.PHONE = phone * -DIGIT
  -- what must come at a digit for one of the shapes above to start there:
  -- '00' (a phone number), four digits and a dash (a year first), '0',
  -- digits and a dash or slash, or a space and two digits (a phone
  -- number), or after the digits ':',
  -- '/', a point or a dash with digits and then a date sign after them
  -- (a date; '15.000' and '3-2' start none), a space, digits and a
  -- slash ('5 2/3') or the first byte of a glyph; a test that fails at
  -- most digits before the shapes are tried (a builder that changes the
  -- shapes must set it to nil, or rebuild it)
  prof.SHAPE_AT_DIGIT = P"00" + D4 * P"-" + P"0" * DIGIT^1 * S"-/"
                        + P"0" * DIGIT^2 * phone_sep^1 * DIGIT * DIGIT
                        + DIGIT^1 * (S":/" + P"." * D2 * (dsep + dec) + P"-" * DIGIT^1 * dsep
                                     + SP * DIGIT^1 * P"/" + S"\194\226")
  -- web addresses and e-mail: nothing in them is a figure
  local nonspace = 1 - (SPACE1 + S"\r\n\"<>")
  prof.URL = (P"http" * P"s"^-1 * P"://" + P"www.") * nonspace^0
           + (ALPHA + DIGIT + S"._-")^1 * P"@" * (ALPHA + DIGIT + S".-")^1
end

-- The scan: places where a figure may start.
function grammar.scan(prof)
  local lists = prof.lists
  local T = prof.tries
  -- One trie of every word a figure may start with, each with what must
  -- follow it, tested at each word start: it fails after a byte or two on
  -- most words (and is cheaper than one test per list).
  local entries = {}
  -- (and for the key set below: the entries whose tail starts with
  -- NOT_WORD are whole words there, the others prefixes)
  local whole_words, prefixes = {}, {}
  -- the trie's "first" case: the text, and with its first character in
  -- lower and in upper case
  local function case_forms(text)
    local ch = text:match("^[%z\1-\127\194-\244][\128-\191]*") or text:sub(1, 1)
    local rest = text:sub(#ch + 1)
    local forms = { text }
    local okl, lo = pcall(ptext.lower, ch)
    local oku, up = pcall(ptext.upper, ch)
    for _, form in ipairs({ okl and lo .. rest, oku and up .. rest }) do
      if form and form ~= text and form ~= forms[2] then forms[#forms + 1] = form end
    end
    return forms
  end
  -- add(text, tail, whole [, key_tails]): key_tails, when given, are
  -- what the key set looks for after the text instead of the text alone,
  -- each {bytes, whole}
  local function add(text, tail, whole, key_tails)
    entries[#entries + 1] = { text, tail }
    for _, form in ipairs(case_forms(text)) do
      for _, t in ipairs(key_tails or { { "", whole } }) do
        local list = t[2] and whole_words or prefixes
        list[#list + 1] = form .. t[1]
      end
    end
  end
  -- (the words a figure starts with whatever follows them: see `alone`
  -- below)
  local alone_entries = {}
  for _, e in ipairs(lists.numbers.list) do
    if not prof.articles[e] then
      add(e, NOT_WORD, true)
      alone_entries[#alone_entries + 1] = e
    end
  end
  for _, name in ipairs({ "ordinals", "fractions", "collectives", "multiples" }) do
    for _, e in ipairs(lists[name].list) do
      add(e, NOT_WORD, true)
      alone_entries[#alone_entries + 1] = e
    end
  end
  for _, m in ipairs(prof.setting("minus")) do add(m, NOT_WORD * SP, true) end
  -- ('de jaren zestig', "de jaren '90": only where a number may follow,
  -- as the reader wants; prof.TOKEN_START holds where one may start)
  local number_ahead = APOS_P^-1 * (prof.TOKEN_START or P(true))
  for w in pairs(prof.decade_before) do add(w, NOT_WORD * SP * number_ahead, true) end
  -- (in a language that glues numbers: what may follow a part inside a
  -- compound, as a predicate; see below)
  local compound_next = nil
  if prof.glue then
    -- a compound: a number part glued to another ('drieëntwintig',
    -- 'driehonderd', 'tienduizend'), not 'achter' or 'tiener'
    local link = P(false)
    for _, l in ipairs(prof.setting("link")) do link = link + P(l) end
    -- what may follow a part inside a compound, as one trie: another
    -- part, or a link and then one ('eenentwintig'; not the plural
    -- 'honderden', 'duizenden', which the reader takes as no number)
    local nexts = {}
    for _, name in ipairs({ "numbers", "ordinals", "fractions" }) do
      for _, e in ipairs(lists[name].list) do nexts[#nexts + 1] = { e, true } end
    end
    for _, e in ipairs(lists.scales.list) do nexts[#nexts + 1] = { e, true } end
    local part_trie = trie(nexts, { nocap = true })
    local nextpart = #(part_trie + link * part_trie)
    compound_next = nextpart
    -- (the key set looks for a part only with the first three bytes of
    -- something that may follow it: the part alone also starts 'achter',
    -- 'viering', 'tieners', and each stretch the key set finds costs a
    -- match; the whole followers would rule out a few stretches more for
    -- many more keys, built with every profile; after a link, its bytes
    -- and the first of what follows it)
    local next_keys, next_seen = {}, {}
    local function next_key(head)
      if not next_seen[head] then
        next_seen[head] = true
        next_keys[#next_keys + 1] = { head }
      end
    end
    for _, e in ipairs(nexts) do
      next_key(sub(e[1], 1, 3))
      for _, l in ipairs(prof.setting("link")) do next_key(l .. sub(e[1], 1, 1)) end
    end
    local parts = {}
    -- (the key set looks for the article only with a link after it)
    local link_keys = {}
    for _, l in ipairs(prof.setting("link")) do link_keys[#link_keys + 1] = { l } end
    for _, e in ipairs(lists.numbers.list) do
      if prof.articles[e] then
        -- 'eenentwintig': only a link may follow the article
        add(e, #link, false, link_keys)
      else
        parts[#parts + 1] = { e, true }
      end
    end
    for _, pt in ipairs(parts) do add(pt[1], nextpart, false, next_keys) end
  else
    -- 'twentyfifth'
    local parts = {}
    for _, e in ipairs(lists.numbers.list) do
      local v = num_value(lists.numbers.values[e])
      if v and v >= 20 and v < 100 then parts[#parts + 1] = { e, true } end
    end
    for _, pt in ipairs(parts) do add(pt[1], #T.ord_small) end
  end
  -- after an article: a number word, a scale, a currency, 'van de', 'op de
  -- drie', or a word and 'en' before a number ('een Libanese en twee');
  -- tries without captures (a predicate does not need them)
  -- (not a scale or a currency only glued to digits, 'k', 'c': the reader
  -- takes none after an article, and as a prefix in a language that glues
  -- numbers it would let 'een' before every word with a k or a c in: 'een
  -- kind', 'een klap', 'een campagne')
  -- (counted: the number words and scales of them)
  local nw, counted, others = {}, {}, {}
  for _, name in ipairs({ "numbers", "ordinals", "fractions", "scales", "currencies" }) do
    for _, e in ipairs(lists[name].list) do
      local _, flags = value_flags(lists[name].values[e])
      if not flags.glued then
        nw[#nw + 1] = { e, true }
        local list = name == "currencies" and others or counted
        list[#list + 1] = { e, true }
      end
    end
  end
  for _, key in ipairs({ "one_of", "fraction_of" }) do
    for _, ph in ipairs(prof.setting(key)) do
      nw[#nw + 1] = { ph, true }
      others[#others + 1] = { ph, true }
    end
  end
  -- one trie for all that may follow, as whole words; but in a language
  -- that glues numbers a number word also glued to a part that may follow
  -- it in a compound ('een eenentwintigste'; not 'een kwartier', 'een
  -- driesprong': the reader takes no number there), and the rest as
  -- prefixes (the reader checks)
  local numword
  if compound_next then
    numword = trie(counted, { case = "first", nocap = true, boundary = NOT_WORD + compound_next })
              + trie(others, { case = "first", nocap = true })
  else
    numword = trie(nw, { case = "first", nocap = true, boundary = true })
  end
  local after_article = NOT_WORD * (prof.HY + SP) * numword
  -- The key set looks for an article only with what may follow it there
  -- (most articles start no figure, and each stretch it finds costs a
  -- match): a space and one of the words above, or any other start of a
  -- separator (the scan checks the rest). separator_keys(words, whole)
  -- are those key tails for the entries `words` after a separator, whole
  -- words where `whole`.
  local function separator_keys(words, whole)
    local keys = {}
    for _, c in ipairs({ " ", "\t", "\194", "\226", "-" }) do
      if c ~= " " then keys[#keys + 1] = { c } end
      keys[#keys + 1] = { " " .. c }
    end
    -- (a word that the trie takes only whole is a whole word here too)
    for _, e in ipairs(words) do
      local ends = whole and find(e[1], "[%w\128-\255]$") ~= nil
      for _, form in ipairs(case_forms(e[1])) do keys[#keys + 1] = { " " .. form, ends } end
    end
    return keys
  end
  local article_keys = separator_keys(nw, not prof.glue)
  local coordination = nil   -- see prof.SCAN_COORD below
  if prof.settings.article_coordination == "yes" then
    local conj = P(false)
    local conjs = {}
    for w, cls in pairs(prof.closed) do
      if cls == "conj" and #w <= 3 then conj = conj + P(w); conjs[#conjs + 1] = w end
    end
    table.sort(conjs)
    local cw = {}
    for _, name in ipairs({ "numbers", "ordinals" }) do
      for _, e in ipairs(lists[name].list) do
        if not prof.articles[e] then cw[#cw + 1] = { e, true } end
      end
    end
    local counted = trie(cw, { case = "first", nocap = true })
    local coordinated = conj * SP * (DIGIT + counted)
    after_article = after_article + NOT_WORD * SP * WORD * SP * coordinated
    -- ('een Libanese en twee': the key set looks for the conjunction and
    -- what follows it, and M.scan for the article two words before; the
    -- counted words as prefixes, as the trie takes them)
    for d = 0, 9 do cw[#cw + 1] = { tostring(d) } end
    for _, key in ipairs(separator_keys(cw, false)) do
      for _, w in ipairs(conjs) do prefixes[#prefixes + 1] = w .. key[1] end
    end
    -- where a stretch holds the conjunction so: at its start, or after a
    -- space that is no white space ('Libanese\194\160en twee')
    -- (most stretches hold no first byte of such a space: one span)
    local lead = S"\194\226"
    coordination = Cp() * coordinated
                 + (1 - S(WHITE) - lead)^0 * #lead
                   * ((1 - S(WHITE)) - SPACE1 * coordinated)^0 * SPACE1 * Cp() * coordinated
    -- the last bytes of the articles (M.scan looks back for one)
    prof.SCAN_COORD_LAST = {}
    for a in pairs(prof.articles) do
      for _, form in ipairs(case_forms(a)) do prof.SCAN_COORD_LAST[byte(form, -1)] = true end
    end
  end
  local arts = {}
  for a in pairs(prof.articles) do arts[#arts + 1] = { a, true } end
  table.sort(arts, function(x, y) return x[1] < y[1] end)
  for _, a in ipairs(arts) do add(a[1], after_article, true, article_keys) end
  for _, e in ipairs(prof.cur_prefix_words) do add(e, NOT_LETTER) end
  local words = trie(entries, { case = "first", nocap = true, tails = true })
  -- the same choice for the words' trie only sees the word from its start:
  -- the tails above were written for the position after the entry, so
  -- currency codes re-check from the start
  local symbols = {}
  for _, e in ipairs(lists.currencies.list) do
    if not LETTER:match(e) then symbols[#symbols + 1] = { e, true } end
  end
  local start = DIGIT + S".,+-" * DIGIT + P(MINUS_SIGN) * DIGIT + words
              + trie(symbols, { nocap = true }) + prof.VULGAR
  -- the bytes `start` may begin with (a superset is fine): the words'
  -- first letters in both cases, the symbols, the signs above
  local first = { ["."] = true, [","] = true, ["+"] = true, ["-"] = true,
                  [MINUS_SIGN:sub(1, 1)] = true }
  for d = 0, 9 do first[tostring(d)] = true end
  local function first_byte(text, caseless)
    local ch = text:match("^[%z\1-\127\194-\244][\128-\191]*")
    if not ch then
      if text == "" then first.all = true else first[text:sub(1, 1)] = true end
      return
    end
    first[ch:sub(1, 1)] = true
    if caseless then
      first[ptext.lower(ch):sub(1, 1)] = true
      first[ptext.upper(ch):sub(1, 1)] = true
    end
  end
  for _, e in ipairs(entries) do first_byte(e[1], true) end
  for _, e in ipairs(symbols) do first_byte(e[1], false) end
  for g in pairs(M.VULGAR) do first_byte(g, false) end
  -- word bytes: ASCII letters and digits, and every non-ASCII byte but
  -- the leads of Latin-1 symbols (C2) and of punctuation and currency
  -- signs (E2): a figure may start right after those
  local WB = R("az", "AZ", "09", "\128\193", "\195\225", "\227\255")
  local word = WB^1 * (P"@" * (WB + S".-")^1)^-1
  -- a quote mark of C2 or E2 (‘ ’ ‚ “ ” „ « » ‹ ›) is passed whole: its
  -- continuation bytes are word bytes, and taken one by one they would
  -- glue the mark to the word after it (‘Thirty-five, „12); a dash stays
  -- glued so ('2012–13', '43–5', 'September 25–27' are read at their
  -- first number)
  local sign = P"\194" * S"\171\187" + P"\226\128" * (R"\152\159" + S"\185\186") + 1
  local url = (P"http" * P"s"^-1 * P"://" + P"www.") * (1 - (SPACE1 + S"\r\n\"<>"))^0
  -- The loop below is `(url + Cp() * #start * (word + 1) + word + 1)^0`,
  -- made cheaper with the set F of bytes `start` may begin with: a run
  -- of bytes that are neither word bytes nor in F is skipped in one
  -- step (at each of them that loop would take `1` and capture nothing),
  -- and so is a word whose first byte is not in F (nor the 'h' or 'w' of
  -- a web address).
  local F = P(false)
  if first.all then F = P(1) else
    local list = {}
    for b in pairs(first) do list[#list + 1] = b end
    table.sort(list)
    F = S(table.concat(list))
  end
  local gap = (sign - WB - F)^0
  local plain_word = (WB - F - S"hw") * WB^0 * (P"@" * (WB + S".-")^1)^-1
  prof.SCAN = Ct(gap * ((plain_word + url + Cp() * #start * (word + sign) + word + sign) * gap)^0)
  -- The same scan, faster: pluk.text's key set finds (in C) the places
  -- where some entry above, a digit or a sign begins, ignoring what must
  -- follow (a whole word only needs a non-word byte after it); only the
  -- chunks (runs of bytes between ASCII white space) that hold one are
  -- scanned, with the loop above stopped at the chunk's end. The loop
  -- passes every white space byte on its own, so a chunk's scan gives the
  -- same places as the whole one. A builder that changes prof.SCAN must
  -- drop these two (M.scan then runs prof.SCAN).
  for d = 0, 9 do
    prefixes[#prefixes + 1] = tostring(d)
    for _, sign in ipairs({ ".", ",", "+", "-", MINUS_SIGN }) do
      prefixes[#prefixes + 1] = sign .. d
    end
  end
  for _, e in ipairs(symbols) do prefixes[#prefixes + 1] = e[1] end
  for g in pairs(M.VULGAR) do prefixes[#prefixes + 1] = g end
  -- The words that start a figure whatever follows them (their tail is
  -- NOT_WORD), as the trie above takes them (the first letter in either
  -- case) and made of word bytes (WB) alone: a stretch that is one of
  -- them and then only bytes of SCAN_TAIL below has one place, its start,
  -- as a bare number has ('drie,', 'twenty'), and keychunks marks it so
  -- (SCAN_CHUNK would give that place: the word is read as one; not a
  -- conjunction, which may start a coordination, nor a web address)
  local alone = {}
  for _, e in ipairs(alone_entries) do
    local ch = match(e, "^[%z\1-\127\194-\244][\128-\191]*") or ""
    local rest = sub(e, #ch + 1)
    local okl, lo = pcall(ptext.lower, ch)
    local oku, up = pcall(ptext.upper, ch)
    for _, form in ipairs({ okl and lo .. rest, oku and up .. rest }) do
      if form and form ~= "" and not find(form, "[^A-Za-z0-9\128-\193\195-\225\227-\255]")
         and prof.closed[lc(form)] ~= "conj" and not find(form, "^http") and not find(form, "^www") then
        alone[#alone + 1] = form
      end
    end
  end
  table.sort(prefixes)   -- (a fixed order: the set does not depend on it)
  table.sort(whole_words)
  table.sort(alone)
  -- the word bytes of the key set are those NOT_WORD refuses: a word may
  -- start only where the scan's words (WB) may, and a whole word ends
  -- wherever NOT_WORD lets it end
  prof.SCAN_KEYS = ptext.keyset(whole_words, prefixes, "azAZ09\195\225\227\244", alone)
  -- (SCAN_CHUNK returns the places, then where the stretch ends: no
  -- table, as most stretches hold none or one)
  prof.SCAN_CHUNK = (url + Cp() * #start * (word + sign) + word + (sign - S" \t\r\n"))^0 * Cp()
  -- Where an article may start a figure two words before a conjunction
  -- ('een Libanese en twee'), the key set finds the conjunction, and
  -- SCAN_COORD_AT its place in a stretch (see M.scan)
  prof.SCAN_COORD_AT = coordination
  -- The bytes that may end a bare number's stretch ('1995.', '87,',
  -- '12%)'): a stretch of digits (or a word of `alone`) and then only
  -- these has one place, its first byte, and needs no SCAN_CHUNK
  -- (pluk.text.keychunks marks it):
  -- a sign starts a figure only before a digit, and these bytes begin no
  -- word, symbol or glyph above.
  local begins = {}
  for _, e in ipairs(entries) do begins[byte(e[1])] = true end
  for _, e in ipairs(symbols) do begins[byte(e[1])] = true end
  for g in pairs(M.VULGAR) do begins[byte(g)] = true end
  local tail = {}
  for b in (",.;:!?%)\"'"):gmatch(".") do
    if not begins[byte(b)] then tail[#tail + 1] = b end
  end
  prof.SCAN_TAIL = table.concat(tail)
end

-- The anchored patterns the reader runs at a position (each returns what
-- it read and the position after it).
function grammar.context(prof)
  local T = prof.tries
  prof.P_CUR_PRE = prof.CUR_PRE * Cp()
  prof.P_PERCENT = SP0 * prof.PERCENT * Cp()
  prof.P_CUR_SUF = SP0 * prof.CUR_SUF * Cp()
  local AND = P(false)
  for _, a in ipairs(split_values(prof.settings["and"] or "and")) do AND = AND + P(a) end
  prof.P_AND = AND
  prof.P_CENTS_POS = SP * (AND * SP)^-1 * Cp()
  prof.P_HAS_AND = SP * AND * SP
  prof.P_CUR_SUB = SP0 * prof.CUR_SUB * Cp()
  prof.P_ONE_DIGIT = (T.u + T.z) * Cp()
  prof.P_ONE_DIGIT_W = (T.u + T.z) * NOT_WORD
  prof.P_ARTICLE = T.article * Cp()
  prof.P_ART_CURRENCY = (T.article / 0) * SP * prof.ART_CURRENCY * Cp()
  prof.P_SCALE_AFTER = SP * T.scale * Cp()
  prof.P_NUMBER_AHEAD = SP * (DIGIT + T.u1 + T.t + T.x + T.h + T.k)
  prof.NUMBER_AHEAD_OF = prof.P_NUMBER_AHEAD   -- (see the ordinal test in extract_with)
  prof.P_COLLECTIVE = T.collective * Cp()
  prof.P_MULTIPLE = T.multiple * Cp()
  local dec = P(false)
  for w in pairs(prof.decade_before) do
    dec = dec + trie({ { w, true } }, { case = "first", boundary = true, nocap = true })
  end
  prof.P_DECADE = dec * SP * Cp()
  prof.P_MONTH = SP0 * prof.MONTH * Cp()
  prof.P_FRACTION_OF = SP * prof.FRACTION_OF * SP * Cp()
  prof.P_ORD_SUFFIX = prof.ORD_SUFFIX * Cp()
  prof.P_UNIT_GLUED = prof.UNIT * Cp()
  prof.P_UNIT_SP = SP * prof.UNIT * Cp()
  prof.P_UNIT_ANY = SP0 * prof.UNIT * Cp()
  prof.P_CLOCK = SP0 * prof.CLOCK_AFTER * Cp()
  prof.P_HEDGE_AFTER = SP * prof.HEDGE_AFTER * Cp()
  -- range separators, each {text, pattern returning the position after}
  local function seps(key)
    local out = {}
    for _, sp in ipairs(prof.setting(key)) do
      local pat
      if not sp:match("%a") then
        pat = SP0 * P(sp) * SP0
      else
        pat = SP * trie({ { sp, true } }, { case = "exact", boundary = true, nocap = true }) * SP
      end
      out[#out + 1] = { sp, pat }
    end
    -- one choice for the whole group: returns the separator and the
    -- position after it
    local choice = P(false)
    for _, it in ipairs(out) do choice = choice + it[2] * Cc(it[1]) end
    return choice * Cp()
  end
  prof.RANGE_SEPS = { between = seps("range_between_sep"), from = seps("range_from_sep"),
                      plain = seps("range_sep") }
  -- after hours and minutes ('23.00'): a clock word, or a range to another
  -- such time and then one ('tot 08.00 uur'); the position after
  local RS = prof.RANGE_SEPS
  local hours_minutes = DIGIT * DIGIT^-1 * S".:" * R"05" * DIGIT * -(DIGIT + S".," * DIGIT)
  prof.P_CLOCK_SPAN = ((RS.plain + RS.between + RS.from) / 0 * hours_minutes)^-1 * SP0
                      * (prof.CLOCK_AFTER / 0) * Cp()
end

-- Everything, in order.
function grammar.patterns(prof, g)
  g.word_tries(prof, g)
  g.affixes(prof, g)
  g.shapes(prof, g)
  g.names(prof, g)
  g.tokens(prof, g)
  g.context(prof, g)
  g.scan(prof, g)
end

M.grammar = grammar

---------------------------------------------------------------------------
-- Reading digits
---------------------------------------------------------------------------

-- how read_digits splits a blob: a run of digits, the separator after it
-- (. , ' space tab, no-break, narrow no-break or thin space), digits,
-- ... as long as both come (so the last separator may have no digits
-- after it); captured in order
local BLOB_SEP = C(S".,'" + S" \t" + P(NBSP) + P(NNBSP) + P(THIN))
local BLOB_GROUPS = (C(DIGIT^1) * BLOB_SEP)^0 * C(DIGIT^1)^-1

-- the helpers of read_digits (module level: no closures per call)
local function span(groups, seps, pre, k)   -- bytes up to the end of group k
  local len = pre
  for i = 1, k do
    len = len + #groups[i]
    if i < k then len = len + #seps[i] end
  end
  return len
end

local function value_of(groups, sign, k, decimal_at)
  local int = table.concat(groups, "", 1, decimal_at and decimal_at - 1 or k)
  local v
  if decimal_at then
    v = tonumber(int .. "." .. table.concat(groups, "", decimal_at, k))
  else
    v = tonumber(int)
    if #int > 15 then v = tonumber(int .. ".0") end
  end
  if sign == "-" then v = -v end
  return v
end

local function all_three(groups, from, to)
  for i = from, to do if #groups[i] ~= 3 then return false end end
  return true
end

local function grouped_upto(groups, first_ok, k)   -- groups 2..k: threes
  return first_ok and all_three(groups, 2, k)
end

local function indian_upto(groups, prof, k)   -- 12,34,567: twos then a three
  if prof.decimal ~= "." or #groups[1] > 2 or #groups[k] ~= 3 then return false end
  for i = 2, k - 1 do if #groups[i] ~= 2 then return false end end
  return k >= 3
end

-- read_digits(blob, prof) -> used, value, is_decimal, flag
--   used: bytes of blob that form the number (a list '22,24' uses 2)
--   flag: "code" for version numbers and IP addresses (no figure at all)
local function read_digits(blob, prof)
  -- the common case: plain digits (their value read with them: digitsnext
  -- gives none past 15 digits)
  local run_e, v = digitsnext(blob, 1)
  if run_e > #blob then
    if #blob >= 9 and byte(blob, 1) == 48 then return #blob, nil, false, "code" end
    if #blob > 15 then v = tonumber(blob .. ".0") end
    return #blob, v, false
  end
  -- the next most common: two groups and one sign, '4,5', '1.000', '2.5'
  -- (what the general reading below makes of them, without its tables)
  local g1, sep, g2 = match(blob, "^(%d+)([.,])(%d+)$")
  if g1 then
    if sep == prof.decimal then
      return #blob, tonumber(g1 .. "." .. g2), true
    elseif #g2 == 3 and #g1 <= 3 and not (#g1 > 1 and byte(g1) == 48) then
      local int = g1 .. g2
      local v = tonumber(int)
      if #int > 15 then v = tonumber(int .. ".0") end
      return #blob, v, false
    elseif sep == "." then
      -- '4.5' in a text that writes decimal commas: still a decimal point
      return #blob, tonumber(g1 .. "." .. g2), true
    end
    local v = tonumber(g1)
    if #g1 > 15 then v = tonumber(g1 .. ".0") end
    return #g1, v, false
  end
  local sign, body = blob:match("^([+%-]?)(.*)$")
  if body:sub(1, 3) == MINUS_SIGN then sign, body = "-", body:sub(4) end
  local pre = #blob - #body
  -- groups and separators
  local groups, seps = {}, {}
  local dec = prof.decimal
  local b1 = byte(body)
  if b1 == 46 or b1 == 44 then   -- '.5', ',5'
    if sub(body, 1, 1) ~= dec then return 0 end
    local digits = body:match("^.(%d+)")
    if not digits then return 0 end
    local v = tonumber("0." .. digits)
    if sign == "-" then v = -v end
    return pre + 1 + #digits, v, true
  end
  -- digits, separator, digits, ... in one match (BLOB_GROUPS)
  local parts = { BLOB_GROUPS:match(body) }
  for k = 1, #parts, 2 do
    groups[#groups + 1] = parts[k]
    if parts[k + 1] then seps[#seps + 1] = parts[k + 1] end
  end
  local n = #groups
  if n == 1 then
    local g1 = groups[1]
    -- a long number with a leading zero is a phone number
    if g1:sub(1, 1) == "0" and #g1 >= 9 then
      return span(groups, seps, pre, 1), nil, false, "code"
    end
    return span(groups, seps, pre, 1), value_of(groups, sign, 1), false
  end
  local kinds = {}
  for i = 1, n - 1 do
    local s = seps[i]
    kinds[i] = (s == "." or s == "," or s == "'") and s or "space"
  end
  -- dotted runs of three or more groups that are not groups of three:
  -- IP addresses, version numbers
  local dots = 0
  for i = 1, n - 1 do if kinds[i] == "." then dots = dots + 1 end end
  if dots >= 2 and not all_three(groups, 2, n) then
    local decimal_last = kinds[n - 1] ~= "." and dec ~= "."
    if not (decimal_last and all_three(groups, 2, n - 1)) then
      return span(groups, seps, pre, n), nil, false, "code"
    end
  end
  -- where the decimal part starts: the last separator, when it is the
  -- decimal sign and the groups before it are groups of three; or when the
  -- text mixes both signs, the last one
  local has = {}
  for i = 1, n - 1 do has[kinds[i]] = (has[kinds[i]] or 0) + 1 end
  local last = kinds[n - 1]
  local first_ok = #groups[1] <= 3 and not (#groups[1] > 1 and groups[1]:sub(1, 1) == "0")
  if has["."] and has[","] then
    -- 1.234.567,89 or 1,234,567.89: the last sign, once, is the decimal
    local decsign = last
    if (has[decsign] or 0) == 1 then
      local gs = decsign == "." and "," or "."
      local ok = true
      for i = 1, n - 2 do
        if kinds[i] ~= gs and kinds[i] ~= "space" then ok = false end
      end
      if ok and (grouped_upto(groups, first_ok, n - 1)
                 or indian_upto(groups, prof, n - 1)) then
        return span(groups, seps, pre, n), value_of(groups, sign, n, n), true
      end
    end
    -- otherwise read up to the first separator that breaks the pattern
  end
  if (has.space or 0) > 0 and not has["."] and not has[","] then
    if grouped_upto(groups, first_ok, n) then
      return span(groups, seps, pre, n), value_of(groups, sign, n), false
    end
    return span(groups, seps, pre, 1), value_of(groups, sign, 1), false
  end
  -- one kind of sign (maybe with space groups)
  local sepkind = has["."] and "." or (has[","] and "," or "'")
  local count = has[sepkind] or 0
  if count == 1 and last == sepkind then
    if sepkind == dec then
      -- '4,5' (nl) / '4.5' (en); '1 234 567,89'
      local okgroups = n == 2 or (grouped_upto(groups, first_ok, n - 1))
      if okgroups then
        return span(groups, seps, pre, n), value_of(groups, sign, n, n), true
      end
    elseif grouped_upto(groups, first_ok, n) then
      return span(groups, seps, pre, n), value_of(groups, sign, n), false
    elseif sepkind == "." then
      -- '4.5' in a text that writes decimal commas: still a decimal point
      if n == 2 then
        return span(groups, seps, pre, n), value_of(groups, sign, n, n), true
      end
    end
    return span(groups, seps, pre, 1), value_of(groups, sign, 1), false
  end
  if count >= 2 or (count == 1 and last ~= sepkind) then
    if grouped_upto(groups, first_ok, n) or indian_upto(groups, prof, n) then
      return span(groups, seps, pre, n), value_of(groups, sign, n), false
    end
    -- read the groups that are groups of three
    local k = 1
    while k < n and #groups[k + 1] == 3 and first_ok do k = k + 1 end
    if k > 1 then
      return span(groups, seps, pre, k), value_of(groups, sign, k), false
    end
    return span(groups, seps, pre, 1), value_of(groups, sign, 1), false
  end
  return span(groups, seps, pre, 1), value_of(groups, sign, 1), false
end
M.read_digits = read_digits

---------------------------------------------------------------------------
-- Reading number words: the token state machine
---------------------------------------------------------------------------

-- the helpers of read_tokens, given its state as arguments (closures
-- made on every call would cost more than the reading)
local function at_boundary(text, e)
  local c = byte(text, e)
  if not c then return true end
  if c < 128 then
    return not ((c >= 48 and c <= 57) or (c >= 65 and c <= 90) or (c >= 97 and c <= 122))
  end
  return not WORDCH:match(text, e)
end

-- accept(best, ..., e, value, digits_end, flags) -> the new best reading
-- when one may end at e, else best
local function accept(best, caps, text, after_and, words, decimal, money_scale,
                      has_scale, before_money, e, value, digits_end,
                      fraction, ordinal, article_ordinal, bare_fraction)
  if after_and == "frac" then return best end
  if not digits_end and not at_boundary(text, e) then return best end
  return { e = e, value = value, words = words, decimal = decimal,
           first_word = caps[1] ~= "d",
           money_scale = money_scale, has_scale = has_scale,
           before_money = money_scale and before_money or nil,
           fraction = fraction, ordinal = ordinal,
           article_ordinal = article_ordinal, bare_fraction = bare_fraction }
end

-- a count times a fraction, after what came before it
local function fraction_value(part, frac_whole, and_base, total, last_mult, after_and)
  if frac_whole then return frac_whole + part end
  if and_base then return total + and_base + part end
  if last_mult and after_and == "more" and last_mult >= 1000000 then
    -- '3 miljoen en een half', 'five billion and three quarters'
    return total + part * last_mult
  end
  return total + part
end

-- read_tokens(caps, text, prof) -> best reading, a table:
--   {e = end position (1-based, exclusive), value, ordinal = bool,
--    fraction = bool, decimal = bool, words = bool, scale = info or nil,
--    money_scale = bool}
-- caps: the flat capture list of prof.TOKENS (role, value, end, ...).
-- one digit blob ending at e and nothing after it: the common case
local function read_blob(blob, e, prof, s)
  local used, v, isdec, flag = read_digits(blob, prof)
  if flag == "code" or not v then return nil, flag, (e - #blob) + used end
  -- (words, first_word, money_scale, has_scale: nil, as false; the fewer
  -- fields, the cheaper the table; s, the start, given: one store less)
  return { s = s, e = (e - #blob) + used, value = v, decimal = isdec }
end

local function read_tokens(caps, text, prof, start)
  if caps[4] == nil and caps[1] == "d" then return read_blob(caps[2], caps[3], prof, start) end
  local best = nil
  local total, cur = 0, 0
  local last = nil         -- role of the previous value token
  local top = math.huge    -- the smallest multiplier added into total so far
  local last_mult = nil    -- the multiplier of the last k/s token
  local and_base = nil     -- the group's value when '&' continued it
  local best_before_and = nil
  local after_and = nil    -- "more": '& ...' continues a multiplied number;
                           -- "frac": '& ...' must end in a fraction
  local frac_whole = nil   -- the value before '& count fraction'
  local words, decimal = false, false
  local money_scale, has_scale = false, false
  local before_money = nil
  local ncaps = #caps
  -- (accept and fraction_value, above, are called with this state)
  local i = 1
  local prev_e = start
  while i <= ncaps do
    local role, val, e = caps[i], caps[i + 1], caps[i + 2]
    i = i + 3
    if role == "&" then
      best_before_and = best
      if last == "h" or last == "k" or last == "s" then
        after_and = "more"
        -- 'one hundred and three quarters': what came after 'and' is apart
        and_base = last == "h" and cur or nil
      elseif last == "n" or last == "d" or last == "a" or last == "w" then
        if after_and == "frac" then break end
        and_base = nil
        -- 'drie en een kwart': the part after 'en' must be a fraction
        after_and = "frac"
        frac_whole = total + cur
        total, cur, last_mult, top = 0, 0, nil, math.huge
      else
        break
      end
      last = "&"
      goto continue
    end
    if role == "d" then
      if last == "n" or last == "d" or last == "o" or last == "w" or last == "z"
         or last == "a" or last == "f" then break end
      local used, v, isdec, flag = read_digits(val, prof)
      if flag == "code" or not v then
        if last == nil then return nil, flag, (e - #val) + used end
        break
      end
      if last == "h" and v >= 100 then break end
      if (last == "k" or last == "s") and (v >= 1000 or isdec) then break end
      if last == "&" and (isdec or v == 0) then break end
      cur = cur + v
      decimal = decimal or isdec
      last = "d"
      local dend = (e - #val) + used
      best = accept(best, caps, text, after_and, words, decimal, money_scale,
                    has_scale, before_money, dend, total + cur, true)
      if used < #val then break end
      goto continue
    end
    words = true
    if role == "n" then
      if last == "n" or last == "d" or last == "o" or last == "z" or last == "w"
         or last == "a" or last == "f" then break end
      if last == "h" and (cur % 100) ~= 0 then break end
      cur = cur + val
      last = "n"
      best = accept(best, caps, text, after_and, words, decimal, money_scale,
                    has_scale, before_money, e, total + cur, nil)
    elseif role == "w" then
      -- tweeënhalf, twaalfenhalve: a value of its own
      if last ~= nil and last ~= "h" and last ~= "k" and last ~= "s" then break end
      cur = cur + val.value
      last = "w"
      best = accept(best, caps, text, after_and, words, decimal, money_scale,
                    has_scale, before_money, e, total + cur, nil, true)
    elseif role == "z" then
      if last ~= nil then break end
      last = "z"
      best = accept(best, caps, text, after_and, words, decimal, money_scale,
                    has_scale, before_money, e, 0, nil)
      break
    elseif role == "a" then
      if last == "f" and cur < 1 then
        -- 'half a dozen', 'half a million': the fraction of what follows
        last = "fa"
        goto continue
      end
      if last ~= nil and last ~= "&" then break end
      -- 'a hundred', 'and a half': one, when a multiplier or a fraction
      -- follows (no reading ends on it)
      cur = cur + 1
      last = "a"
    elseif role == "h" then
      if last == "h" or last == "z" or last == "o" or last == "f" then break end
      if last == "w" then break end
      if cur == 0 then cur = 1 end
      if cur >= 100 and last ~= "d" then break end
      if and_base then
        -- '3 hundred and 2 hundred': two numbers, the first ends before 'and'
        best = best_before_and
        break
      end
      cur = cur * 100
      last = "h"
      best = accept(best, caps, text, after_and, words, decimal, money_scale,
                    has_scale, before_money, e, total + cur, nil)
    elseif role == "k" or role == "s" then
      local mult = role == "k" and 1000 or val.value
      if last == "z" or last == "o" then break end
      -- a count after 'and' that must end in a fraction takes no scale:
      -- 'tussen 3 en 4 miljoen', 'between three and four million' are
      -- two numbers (a range), not one
      if after_and == "frac" then break end
      -- nor does a scale as large as one before 'and' join them: '3
      -- million and 4 million' is two numbers, the first ends before 'and'
      if after_and == "more" and mult >= top and mult > 1 then
        best = best_before_and
        break
      end
      if last == nil and role == "s" then break end  -- 'miljoen' needs a count
      if last == "fa" then last = "f" end
      if role == "s" then
        if val.money and not money_scale then
          money_scale = true
          before_money = best
        end
        has_scale = true
      end
      if cur == 0 and total == 0 then cur = 1 end
      if and_base and mult < 100 then
        -- 'three hundred and two dozens': the part after 'and'
        cur = and_base + (cur - and_base) * mult
        mult = 1
      end
      if mult == 1 then
        -- nothing more to multiply
      elseif cur == 0 then
        -- 'honderdduizend miljoen', 'three thousand millions'
        if total >= mult then break end
        total = total * mult
      elseif total > 0 and mult >= top then
        -- 'tweehonderd duizend' after 'miljoen'? no: 'duizend twee duizend'
        if total + cur >= mult then break end
        total = (total + cur) * mult
      else
        total = total + cur * mult
      end
      if mult ~= 1 then
        cur = 0
        if mult < top then top = mult end
        last_mult = mult
        and_base = nil
      end
      last = role
      after_and = nil
      best = accept(best, caps, text, after_and, words, decimal, money_scale,
                    has_scale, before_money, e, total + cur, nil)
    elseif role == "o" then
      -- ordinal tokens carry (value, plural or false, end)
      local v, plural = val, e
      e = caps[i]
      i = i + 1
      if type(plural) ~= "string" then plural = false end
      -- (whether a space or a dash comes before it: read only here)
      local pc = prev_e and byte(text, prev_e)
      local spaced = pc == 32 or pc == 45 or pc == 194 or pc == 226 or pc == 9
      -- after a count and a space: a denominator ('twee derde', 'three fifths');
      -- from 100 on only plural or after the article ('three hundredth' is
      -- the 300th), but in a language that writes a number as one word
      -- up to its thousands also a hundredth or thousandth ('drie
      -- honderdste' is 3/100, the 300th 'driehonderdste'; 'vier
      -- miljoenste' is the 4,000,000th, as 'vier miljoen' stands apart)
      if ((last == "n" or last == "d" or last == "a") or (plural and last ~= nil))
         and v >= 3 and spaced
         and (plural or v < 100 or last == "a" or (prof.glue and pc ~= 45 and v < 1000000)) then
        local value
        if frac_whole then value = frac_whole + cur / v
        elseif and_base then value = total + and_base + (cur - and_base) / v
        elseif last == "h" or last == "k" or last == "s" then value = (total + cur) / v
        else value = fraction_value(cur / v, frac_whole, and_base, total, last_mult, after_and) end
        local article_ordinal = last == "a" and not plural and v < 100 and total == 0
                                and cur == 1 and v or nil
        after_and = nil
        last = "f"
        best = accept(best, caps, text, after_and, words, decimal, money_scale,
                      has_scale, before_money, e, value, nil, true, nil, article_ordinal)
        break
      end
      if plural or after_and == "frac" then break end
      if last == nil then
        best = accept(best, caps, text, after_and, words, decimal, money_scale,
                      has_scale, before_money, e, v, nil, nil, true)
        break
      end
      if last == "h" or last == "k" or last == "s" or last == "&" then
        if v >= 100 then
          -- 'tweehonderdste', 'drieduizendste', 'vier miljoen vierhonderdduizendste'
          best = accept(best, caps, text, after_and, words, decimal, money_scale,
                        has_scale, before_money, e, total + (cur == 0 and 1 or cur) * v,
                        nil, nil, true)
        else
          best = accept(best, caps, text, after_and, words, decimal, money_scale,
                        has_scale, before_money, e, total + cur + v, nil, nil, true)
        end
        break
      end
      if last == "n" and v >= 100 then
        best = accept(best, caps, text, after_and, words, decimal, money_scale,
                      has_scale, before_money, e, total + cur * v, nil, nil, true)
      end
      break
    elseif role == "f" then
      local f = val
      if f.whole then
        if last ~= nil and last ~= "h" and last ~= "k" and last ~= "s" and last ~= "&" then break end
        if after_and == "frac" then
          local value = frac_whole + f.value
          after_and = nil
          cur = f.value
          last = "w"
          best = accept(best, caps, text, after_and, words, decimal, money_scale,
                        has_scale, before_money, e, value, nil, true)
        elseif after_and == "more" then
          -- 'vijf miljard en driekwart'
          local value = fraction_value(f.value, frac_whole, and_base, total, last_mult, after_and)
          cur = cur + f.value
          last = "w"
          best = accept(best, caps, text, after_and, words, decimal, money_scale,
                        has_scale, before_money, e, value, nil, true)
        else
          cur = cur + f.value
          last = "w"
          best = accept(best, caps, text, after_and, words, decimal, money_scale,
                        has_scale, before_money, e, total + cur, nil, true)
        end
      elseif last == "a" or last == "n" or last == "d" then
        -- 'een kwart', 'three quarters', 'drie en een half'
        local part = (and_base and (cur - and_base) or cur) * f.value
        local value = fraction_value(part, frac_whole, and_base, total, last_mult, after_and)
        local was_frac = after_and == "frac"
        after_and = nil
        if was_frac then
          total, cur, frac_whole = value, 0, nil
        else
          cur = part
        end
        last = "f"
        best = accept(best, caps, text, after_and, words, decimal, money_scale,
                      has_scale, before_money, e, value, nil, true)
      elseif last == nil then
        cur = f.value
        last = "f"
        best = accept(best, caps, text, after_and, words, decimal, money_scale,
                      has_scale, before_money, e, f.value, nil, true, nil, nil, f)
      else
        break
      end
    end
    ::continue::
    prev_e = e
  end
  return best
end
M.read_tokens = read_tokens

---------------------------------------------------------------------------
-- Reading one figure at a position
---------------------------------------------------------------------------

local function is_upper_at(text, pos)
  local c = byte(text, pos)
  if not c then return false end
  if c < 128 then return c >= 65 and c <= 90 end
  local ch = text:match("^[\194-\244][\128-\191]*", pos)
  -- invalid bytes (a truncated or overlong sequence) are no letter at all
  return ch ~= nil and ptext.valid(ch) and ptext.lower(ch) ~= ch
end

-- word_memo(test) -> a table whose value at a word w is whether test(w)
-- holds, found the first time it is asked: for the tests asked of the
-- words after a figure at nearly every figure (a look-up where a string
-- search or two C calls were; emptied past 20000 words, as lc's cache is)
local function word_memo(test)
  local count = 0
  return setmetatable({}, { __index = function(memo, w)
    local r = test(w) and true or false
    if count > 20000 then
      for k in pairs(memo) do memo[k] = nil end
      count = 0
    end
    memo[w], count = r, count + 1
    return r
  end })
end
-- the word starts with a capital; with a lower-case ASCII letter; is a
-- day's number; (in lower case) ends as an English past participle, as a
-- plural
local STARTS_UPPER = word_memo(function(w) return is_upper_at(w, 1) end)
local STARTS_LOWER = word_memo(function(w) return find(w, "^%l") end)
local DAY_DIGITS = word_memo(function(w) return find(w, "^%d%d?$") end)
local ENDS_ED = word_memo(function(w) return find(w, "[^e]ed$") end)
-- (not a possessive's 's: `4,300 of the carrier's pilots`)
local ENDS_PLURAL_S = word_memo(function(w) return find(w, "[^su'\153]s$") end)
-- (as written) an acronym, a modifier of the noun after it: two capitals
-- or more, with or without dots (`US`, `NHS`, `U.S.`; not `I`, `A`)
local ACRONYM = word_memo(function(w) return find(w, "^%u[%u%.]*%u%.?$") end)
-- a possessive, which determines the noun after it (`company's`,
-- `company’s`)
local POSSESSIVE = word_memo(function(w) return find(w, "'s$") or find(w, "\226\128\153s$") end)

-- read_number(text, pos, prof) -> number table or nil, flag, skip_to
-- {s, e (exclusive), value, decimal, words, ordinal, fraction, ...}
-- (the captures of prof.TOKENS come as arguments: a lone digit blob,
-- the common case, needs no table of them)
local function read_captures(text, pos, prof, r1, r2, r3, r4, r5, ...)
  if r1 == nil then return nil end
  if r4 == nil and r1 == "d" then return read_blob(r2, r3, prof, pos) end
  if r4 == nil and r1 == "n" then
    -- one number word ('drie', 'twenty-one'): what read_tokens makes of
    -- it, without its list of captures (the false fields left out, as
    -- read_blob does)
    if not at_boundary(text, r3) then return nil end
    return { s = pos, e = r3, value = r2, words = true, first_word = true }
  end
  if r5 == nil and r1 == "o" then
    -- one ordinal word ('tweede', 'first'; value, plural ending or
    -- false, end): the same, and a plural ('derden') alone is none
    if r3 or not at_boundary(text, r4) then return nil end
    return { s = pos, e = r4, value = r2, words = true, first_word = true, ordinal = true }
  end
  -- TOKENS returns its captures followed by nothing else (a role is
  -- never nil: r5 nil is the end)
  local best, flag, skip = read_tokens({ r1, r2, r3, r4, r5, ... }, text, prof, pos)
  if not best then return nil, flag, skip end
  best.s = pos
  return best
end

local function read_number(text, pos, prof)
  return read_captures(text, pos, prof, prof.TOKENS:match(text, pos))
end

-- point_tail: 'vijf komma vijf', 'two hundred point zero three'
-- (called where the word after the number, in lower case as nextword
-- gives it, starts a point word: prof.point_first)
local function read_point(text, num, prof)
  local p = prof.POINT:match(text, num.e)
  if not p then return end
  -- digit words one by one, or one number
  local digits = {}
  local e = p
  while true do
    local v, e2 = prof.P_ONE_DIGIT:match(text, e)
    if not v then break end
    if not NOT_WORD:match(text, e2) then break end
    digits[#digits + 1] = tostring(v)
    local nxt = SP:match(text, e2)
    e = e2
    if not nxt or not prof.P_ONE_DIGIT_W:match(text, nxt) then break end
    e = nxt
  end
  if #digits == 0 then
    local n = read_number(text, p, prof)
    if not n or n.ordinal or n.fraction or n.decimal then return end
    digits[1] = tostring(math.floor(n.value))
    e = n.e
  end
  local v = tonumber(tostring(math.floor(math.abs(num.value))) .. "." .. table.concat(digits))
  if not v then return end
  if num.value < 0 then v = -v end
  num.value, num.e, num.decimal = v, e, true
  -- 'two point two million'
  local sc, se = prof.P_SCALE_AFTER:match(text, e)
  if sc and not sc.money then
    num.value, num.e, num.has_scale = v * sc.value, se, true
  end
end

-- may a percent, currency or decimal point after a number start at the
-- word w (as nextword reads it, in lower case: a quote's closing '' may
-- end it, `20.000 euro''`)?
local function after_word(prof, w)
  return prof.after_first[w] or byte(w, -1) == 39 and prof.after_first[(w:gsub("'+$", ""))] or false
end

-- may a currency before the number (CUR_PRE) start at the word w (as
-- nextword reads it, in lower case)? Only when w is the first word of one,
-- or is not all ASCII letters (an entry may then end inside it: "euro's");
-- memoised per profile
local function cur_pre_at_word(prof, w)
  local memo = prof.cur_pre_memo
  if not memo then memo = {}; prof.cur_pre_memo = memo end
  local r = memo[w]
  if r == nil then
    r = prof.CUR_PRE_WORDS[w] or find(w, "[^a-z]") ~= nil
    memo[w] = r
  end
  return r
end

-- is the word w (as nextword reads it, in lower case) ASCII letters
-- alone? kept per word, as lc keeps its words (the words after number
-- words are few)
local ascii_cache, ascii_count = {}, 0
local function ascii_letters(w)
  local r = ascii_cache[w]
  if r == nil then
    r = not find(w, "[^a-z]")
    if ascii_count > 20000 then ascii_cache, ascii_count = {}, 0 end
    ascii_cache[w], ascii_count = r, ascii_count + 1
  end
  return r
end

-- may a token, a scale or an 'and' word (see lone_tokens) start at the
-- word w (as nextword reads it, in lower case)? Only when one of
-- lone.words begins it; kept per word in lone.memo (asked there first: a
-- call less for a word seen before)
local function may_go_on(lone, w)
  local r = false
  local keys = lone.words
  for k = 1, math.min(#w, lone.longest) do
    if keys[sub(w, 1, k)] then r = true break end
  end
  if lone.count > 20000 then lone.memo, lone.count = {}, 0 end
  lone.memo[w], lone.count = r, lone.count + 1
  return r
end

-- ends_run(text, e, lone, p, w, b) -> true where prof.TOKENS, after a
-- lone token that ends at e (a run of digits, a number word: what the
-- shapes, digit separators and tries of the default builders read up to
-- there), reads nothing more, and no shape goes on: at the end of the
-- text or of the line; at marks of MARK_AFTER_TOKEN and then a blank or
-- the end (no digit after the first: no group, decimal or date goes on;
-- a phone number, which may go on after ')' and '.', starts with '+' or
-- with '00', which the callers read as no lone token); or at
-- blanks (spaces, tabs, no-break spaces: those nextword passes, and no
-- glyph's bytes) and then the end of the text or of the line, or a word
-- that begins with an ASCII letter and with no key of lone (no token,
-- scale or 'and' joins), or a dash, a space and a digit ('3 - 6': a
-- hyphen joins a word only, a sign only when glued); or at a hyphen and
-- then such a word ('24-jarige', 'two-day': the hyphen joins no token to
-- it, and no shape goes on with a letter); p, w, b: what
-- nextword(text, e, "'", true) answered (the caller asks: where it
-- passes no blank, its byte is the one at e)
local function ends_run(text, e, lone, p, w, b)
  if p > e then
    if w and b < 128 then
      local on = lone.memo[w]
      if on == nil then on = may_go_on(lone, w) end
      if not on then return true end
    elseif b == nil or b == 10 or b == 13 then
      return true
    elseif b == 45 then
      -- (scores and ranges, '3 - 6': common in sports reports)
      local b1, b2 = byte(text, p + 1, p + 2)
      return b1 == 32 and b2 ~= nil and b2 >= 48 and b2 <= 57
    end
    return false
  end
  if b == nil or b == 10 or b == 13 then return true end
  if b == 45 then
    local q, hw, hb = nextword(text, e + 1, "'", true)
    if q ~= e + 1 or not hw or hb >= 128 then return false end
    local on = lone.memo[hw]
    if on == nil then on = may_go_on(lone, hw) end
    return not on
  end
  while MARK_AFTER_TOKEN[b] do
    e = e + 1
    b = byte(text, e)
    if b == nil or b == 32 or b == 9 or b == 10 or b == 13 then return true end
  end
  return false
end

-- read_figure(text, pos, prof [, c0 [, w0]]) -> figure table or nil,
-- skip_to; after a figure also at, p, w, b: what nextword(text, at, "'",
-- true) answered (at is where the reader last looked: often the figure's
-- end, where the caller asks again)
-- (c0: the byte at pos, when the caller has read it; w0: the word there
-- as nextword(text, pos, "'", true) reads it, false for none, when the
-- caller has read it; word0: the word as written, where it starts at pos)
-- A figure: optional currency or minus word before, the number, and what
-- follows it (scale already in the number; percent, currency, cents).
local figure_of   -- (below: the part after the number)
local function read_figure(text, pos, prof, c0, w0, word0)
  local p = pos
  c0 = c0 or byte(text, p)
  if not c0 then return nil end
  local cur_pre, p2, minus
  local cur_first, minus_first = prof.CUR_PRE_FIRST, prof.MINUS_FIRST
  if not (c0 >= 48 and c0 <= 57) and (not cur_first or cur_first[c0]) then
    -- (the memo asked first: a call less for a word seen before)
    local at_word = true
    if w0 and prof.CUR_PRE_WORDS then
      local memo = prof.cur_pre_memo
      at_word = memo and memo[w0]
      if at_word == nil then at_word = cur_pre_at_word(prof, w0) end
    end
    if at_word then cur_pre, p2 = prof.P_CUR_PRE:match(text, p) end
  end
  if cur_pre then
    p = SP0:match(text, p2)
  elseif ((c0 >= 65 and c0 <= 90) or (c0 >= 97 and c0 <= 122))
         and (not minus_first or minus_first[c0]) then
    local m = prof.MINUS_WORD:match(text, p)
    if m then minus = true; p = m end
  end
  local num, flag, skip, np, nw, nb
  -- the number read_captures makes of what prof.TOKENS reads at pos,
  -- where that is a number word or an ordinal alone (lone.numbers,
  -- lone.ordinals: w0 is one of them in lone.lowered) that ends_run lets
  -- end there; and the peek at its end that ends_run was given (here,
  -- not in a function of its own: a call less at every word)
  local lone = w0 and p == pos and prof.LONE_TOKENS
  if lone and lone.tokens == prof.TOKENS and lone.lowered[w0] then
    local word = word0
    if not word then
      local q
      q, word = nextword(text, pos, "'")
      if q ~= pos then word = nil end
    end
    local v, ordinal = word and lone.numbers[word], nil
    if v == nil and word then v, ordinal = lone.ordinals[word], true end
    if v ~= nil then
      local e = pos + #word
      local q, w, b = nextword(text, e, "'", true)
      if ends_run(text, e, lone, q, w, b) then
        num = { s = pos, e = e, value = v, words = true, first_word = true, ordinal = ordinal }
        -- (after blanks and a word that begins no percent, currency or
        -- decimal point, figure_of gives the number as it is, with this
        -- peek, in its first test: its call is left out, as in
        -- read_digit_run)
        if q > e and w and b ~= 37 and b ~= 36 and not after_word(prof, w)
           and not prof.point_first[w] then
          return num, nil, e, q, w, b
        end
        np, nw, nb = q, w, b
      end
    end
  end
  -- (read_number's work, without its call)
  if not num then num, flag, skip = read_captures(text, p, prof, prof.TOKENS:match(text, p)) end
  if not num and minus then
    -- 'min een', 'minus one'
    local _, ae = prof.P_ARTICLE:match(text, p)
    if ae then num = { s = p, e = ae, value = 1, words = true } end
  end
  if not num then return nil, skip end
  return figure_of(text, pos, prof, num, cur_pre, minus, np, nw, nb)
end

-- figure_of(text, pos, prof, num, cur_pre, minus [, p, w, b]) -> what
-- read_figure returns for the number num read at pos (after the
-- currency cur_pre or a minus word, when minus): the figure with what
-- follows the number (p, w, b: what nextword(text, num.e, "'", true)
-- answered, when the caller has asked). The figure is num itself: s, e
-- and value become the figure's (the number's own start, when it differs,
-- is num_s), currency, percent and minus are added, and the number's
-- flags (words, ordinal, fraction, decimal, ...) stay as they were.
function figure_of(text, pos, prof, num, cur_pre, minus, p, w, b)
  -- (the common case answered first: nothing before the number, and
  -- blanks after it and then a word that begins no decimal point, percent
  -- or currency -- nothing is tried after it, and the number is the
  -- figure as it is)
  if p and p > num.e and w and not cur_pre and not minus and num.s == pos
     and b ~= 37 and b ~= 36 and not after_word(prof, w) and not prof.point_first[w]
     and not num.money_scale then
    return num, nil, num.e, p, w, b
  end
  -- (the figure's fields are locals until they are written into num, at
  -- the end)
  -- the word after the number (asked once here and once after read_point
  -- or a money dash moved the end)
  local pp, pw_after, pb, peek_at = p, w, b, p and num.e
  if num.words then
    if not p then
      pp, pw_after, pb = nextword(text, num.e, "'", true)
      peek_at = num.e
    end
    if pw_after and prof.point_first[pw_after] then read_point(text, num, prof) end
  end
  local value = num.value
  if cur_pre and cur_pre.scale then value = value * cur_pre.scale end
  if minus then value = -value end
  local e = num.e
  -- Dutch money notation '€ 24,-'
  if cur_pre then
    local dash = MONEY_DASH:match(text, e)
    if dash then e = dash end
  end
  -- percent, currency after
  if peek_at ~= e then
    pp, pw_after, pb = nextword(text, e, "'", true)
    peek_at = e
  end
  local glued_after = pp == e
  local after_bytes = prof.AFTER_FIRST_BYTES
  local try_after = (glued_after and pb and not (pb >= 48 and pb <= 57) and pb ~= 46 and pb ~= 44
                     and (not after_bytes or after_bytes[pb]))
                    or (pw_after and after_word(prof, pw_after))
                    or (not pw_after and pb and pb >= 128)
                    or pb == 37 or pb == 36
  local currency, percent = cur_pre, nil
  if not cur_pre and not num.ordinal and try_after then
    local pct, pe = prof.P_PERCENT:match(text, e)
    if pct then
      percent = pct
      e = pe
    else
      local cur, ce = prof.P_CUR_SUF:match(text, e)
      if cur and cur.glued and SPACE1:match(text, e) then cur = nil end
      if cur then
        currency = cur
        e = ce
        if cur.scale then value = value * cur.scale end
      end
    end
  end
  -- '5 euro 50', '3 dollars and 50 cents', '$20 and 43c'
  if currency and not currency.sub and not num.fraction then
    local cp = prof.P_CENTS_POS:match(text, e)
    local cn = cp and read_number(text, cp, prof)
    if cn and not cn.ordinal and not cn.fraction and not cn.decimal
       and cn.value > 0 and cn.value < 100 then
      local sub_cur, se = prof.P_CUR_SUB:match(text, cn.e)
      local with_and = prof.P_HAS_AND:match(text, e)
      if sub_cur then
        value = value + cn.value / 100
        e = se
      elseif not with_and and not SP0_WORDCH_PCT:match(text, cn.e)
             and not prof.P_CUR_SUF:match(text, cn.e)
             and (cn.words or cn.e - cp == 2) then
        -- '5 euro 50', 'vijf euro vijftig': cents straight after the
        -- currency word
        value = value + cn.value / 100
        e = cn.e
      end
    end
  end
  if num.money_scale and not currency then
    -- 'twee ton' without a currency: a weight, read the number before it
    local b = num.before_money
    if not b then return nil end
    b.s = num.s
    num, value, e = b, b.value, b.e
    if minus then value = -value end
  end
  -- the figure is the number's own table, its span and value made the
  -- figure's (a table less per figure); the number's start, where a
  -- currency or a minus word comes first, kept as num_s
  local ns = num.s
  num.s, num.e, num.value = pos, e, value
  if ns and ns ~= pos then num.num_s = ns end
  if currency then num.currency = currency end
  if percent then num.percent = percent end
  if minus then num.minus = minus end
  return num, nil, peek_at, pp, pw_after, pb
end

-- read_digit_run(text, pos, prof, lone, c0) -> true where the run of
-- digits at pos (c0, its first byte) is a lone token, and then what
-- read_figure returns there; else false. A lone token: the run, where
-- prof.PLAIN_TOKENS would capture it and nothing else ('d', the run, the
-- position after it: a lone digit blob, the common case), as ends_run
-- lets it end; not from '00' on (a phone number may start there: '0031)
-- 20'). Its value from digitsnext (nil past 15 digits), and the peek at
-- its end; what read_plain makes of it: what read_blob reads in digits
-- alone, without looking for other bytes in them.
-- The run may be groups of digits joined by single points and commas
-- ('10.000', '2,5', '1,250,000'): the blob the grammar's digits read,
-- which read_blob reads as read_plain would; with at most one point, as
-- then no shape starts at pos (a time needs a colon, a date two points or
-- another sign, a phone number a sign, '00' or '(', a fraction a slash),
-- nor two digits and a comma after it (a race time, '1.52,31').
local function read_digit_run(text, pos, prof, lone, c0)
  if c0 == 48 and byte(text, pos + 1) == 48 then return false end
  local run_e, run_v, run_p, run_w, run_b = digitsnext(text, pos, "'", true)
  local grouped, point = false, false
  while run_p == run_e and (run_b == 46 or run_b == 44) do
    local d = byte(text, run_e + 1)
    if not d or d < 48 or d > 57 then break end
    if run_b == 46 then
      if point then return false end
      point = run_e
    elseif point and run_e - point == 3 then
      -- two digits after the point and then a comma: a race time may
      -- start at pos ('1.52,31')
      return false
    end
    grouped = true
    run_e, run_v, run_p, run_w, run_b = digitsnext(text, run_e + 1, "'", true)
  end
  if not ends_run(text, run_e, lone, run_p, run_w, run_b) then return false end
  local fig
  if grouped then
    local _, skip
    fig, _, skip = read_blob(sub(text, pos, run_e - 1), run_e, prof, pos)
    if not fig then return true, nil, skip end
    -- (a list, '22,24', ends before the blob does: the peek is not at its end)
    if fig.e ~= run_e then return true, figure_of(text, pos, prof, fig, nil, nil) end
  else
    if c0 == 48 and run_e - pos >= 9 then return true, nil, run_e end   -- (a phone number)
    -- (decimal: nil, as false; a field less to store)
    fig = { s = pos, e = run_e, value = run_v or tonumber(sub(text, pos, run_e - 1) .. ".0") }
  end
  -- (after blanks and a word that begins no percent or currency,
  -- figure_of gives the number as it is, with this peek, in its first
  -- test: its call is left out)
  if run_p > run_e and run_w and not after_word(prof, run_w)
     and run_b ~= 37 and run_b ~= 36 then
    return true, fig, nil, run_e, run_p, run_w, run_b
  end
  return true, figure_of(text, pos, prof, fig, nil, nil, run_p, run_w, run_b)
end

-- read_plain(text, pos, prof, ...) -> plain, and then what read_figure
-- returns: the figure at a digit from the captures of prof.PLAIN_TOKENS
-- there (false: a shape may start at pos -- a time, a date, a phone
-- number, a fraction -- and is tried first)
local function read_plain(text, pos, prof, r1, r2, r3, r4, ...)
  if r1 == false then return false end
  -- (a digit: read_figure would find no currency nor minus word before)
  -- (a lone digit blob, the common case, read here: read_captures would
  -- take the captures as varargs once more to come to the same)
  local num, _, skip
  if r4 == nil and r1 == "d" then
    num, _, skip = read_blob(r2, r3, prof, pos)
  else
    num, _, skip = read_captures(text, pos, prof, r1, r2, r3, r4, ...)
  end
  if not num then return true, nil, skip end
  return true, figure_of(text, pos, prof, num, nil, nil)
end

-- read_special(text, pos, prof) -> figure or nil: the forms that are
-- not a plain number -- the article as 'one' ('een van de', 'een op de
-- drie'), collective numerals ('met z'n drieën'), multiples ('dubbel zo
-- groot'), decades in words ('de jaren zestig').
function M.read_special(text, pos, prof)
  -- which of the forms below starts here, in one match (most places
  -- start none): the number of the first whose pattern matches; the
  -- tests before it would fail, so they are skipped (built once per
  -- profile from its patterns)
  local which = prof.SPECIAL_FORM
  if not which then
    which = P(false)
    for k, pat in ipairs({ prof.P_ART_CURRENCY, prof.ART_ONE, prof.P_COLLECTIVE,
                           prof.P_MULTIPLE, prof.P_DECADE }) do
      which = which + #(pat / 0) * Cc(k)
    end
    prof.SPECIAL_FORM = which
  end
  local form = which:match(text, pos)
  if not form then return nil end
  local cur, ce
  if form <= 1 then cur, ce = prof.P_ART_CURRENCY:match(text, pos) end
  if cur then
    -- 'a dollar', 'een euro'
    return { s = pos, e = ce, value = 1, currency = cur, words = true, article = true }
  end
  if form <= 2 and prof.ART_ONE:match(text, pos) then
    local _, ae = prof.P_ARTICLE:match(text, pos)
    return { s = pos, e = ae, value = 1, words = true, article = true }
  end
  local v
  if form <= 3 then v, ce = prof.P_COLLECTIVE:match(text, pos) end
  if v then
    local toks = prev_tokens_fn(text, pos, 2)
    local before = {}
    for i = #toks, 1, -1 do before[#before + 1] = lc(toks[i].text) end
    local two = table.concat(before, " ")
    for _, ph in ipairs(prof.setting("collective_before")) do
      if two == ph or two:sub(-#ph - 1) == " " .. ph then
        return { s = pos, e = ce, value = v, words = true }
      end
    end
    return nil
  end
  local mv, me
  if form <= 4 then mv, me = prof.P_MULTIPLE:match(text, pos) end
  if mv then
    local w = SP_WORD:match(text, me)
    if w and prof.multiple_before[lc(w)] then
      return { s = pos, e = me, value = mv, words = true, fraction = true, multiple = true }
    end
    return nil
  end
  -- 'de jaren zestig', 'de jaren '90'
  local de = form <= 5 and prof.P_DECADE:match(text, pos)
  if de then
    local apos = APOS_P:match(text, de)
    local n = read_number(text, apos or de, prof)
    if n and not n.ordinal and not n.fraction and n.value >= 10 and n.value <= 90
       and n.value % 10 == 0 then
      local y = 1900 + n.value
      return { s = pos, e = n.e, value = y, decade = true, words = n.words }
    end
  end
  return nil
end

---------------------------------------------------------------------------
-- Context: the words around a figure
---------------------------------------------------------------------------

-- prevtoken(text, pos - 1) -> g, ts, te, nl (pluk.text): the glued
-- left context is text:sub(g, pos - 1) (characters between the previous
-- space and pos); ts..te is the whitespace-separated token before it, nl
-- true when a line break comes between (and, asked with a third argument
-- true, the token's text fifth). One C call instead of four byte scans,
-- and no table: the main loop keeps the answers in locals.
local prevtoken = ptext.prevtoken

-- the whitespace-separated token that ends right before position pos
-- (1-based), and the ones before that up to n (stopping at a line
-- break): returns {text, s, e, nl}, ... and .glued
function prev_tokens_fn(text, pos, n)
  local out = { nil, glued = nil }   -- (room for the usual one token)
  local g, ts, te, nl = prevtoken(text, pos - 1)
  out.glued = g < pos and sub(text, g, pos - 1) or ""
  for _ = 1, n do
    if not ts then break end
    out[#out + 1] = { text = sub(text, ts, te), s = ts, e = te, nl = nl }
    if nl then break end
    _, ts, te, nl = prevtoken(text, ts - 1)
  end
  return out
end

-- strip punctuation around a token: core_word(tok) -> {the word, what
-- was before, what was after, the word in lower case, the word the token
-- starts with in lower case as nextword(tok, 1, "'", true) reads it (or
-- nil), whether the token starts with a capital (is_upper_at), whether a
-- hyphen and a lower case letter are in the word ('ex-minister')}: the
-- names check asks the last two at nearly every figure
local PUNCT_EDGE = (1 - (ALPHA + DIGIT + TP.letter))
local CORE_WORD = Cp() * PUNCT_EDGE^0 * Cp() *
                  ((LETTER_OR_DIGIT^1 * (PUNCT_EDGE^1 * #LETTER_OR_DIGIT)^-1)^0) * Cp()
-- (kept per token, as lc keeps its words: the tokens before figures are
-- mostly the same few function words; the caller asks core_cache[tok]
-- first, so a token seen before costs no call)
local core_cache, core_count = {}, 0
-- (what stands for no token: empty strings, no lead, no capital)
local NO_CORE_WORD = { "", "", "", "", nil, nil, nil }
local function core_word(tok)
  local c
  -- (nextword's word: a letter, then letters, bytes of other characters
  -- and apostrophes; lc lowers it as nextword does)
  local lead = match(tok, "^[A-Za-z\195-\225\227-\244][A-Za-z\128-\193\195-\225\227-\255']*")
  lead = lead and lc(lead)
  local cap = is_upper_at(tok, 1)
  if not find(tok, "[^%w]") then
    c = { tok, "", "", lc(tok), lead, cap, false }
  else
    local _, s, last = CORE_WORD:match(tok)
    local w = sub(tok, s, last - 1)
    c = { w, sub(tok, 1, s - 1), sub(tok, last), lc(w), lead, cap, find(w, "%-%l") ~= nil }
  end
  if core_count > 20000 then core_cache, core_count = {}, 0 end
  core_cache[tok] = c
  core_count = core_count + 1
  return c
end

-- last_two(text, ts, nl, lw) -> 'w lw': the token before the one that
-- starts at ts (in lower case) and lw, that token's lower-case word; nil
-- when there is none, or nl (a line break comes between). Read only
-- when a phrase may end at the token at ts ('meer dan', 'tussen de').
local function last_two(text, ts, nl, lw)
  if not ts or nl then return nil end
  local _, ts2, te2 = prevtoken(text, ts - 1)
  return ts2 and lc(sub(text, ts2, te2)) .. " " .. lw
end

-- does a phrase of set end with the word before a figure, lw (set's
-- value)? last: the last words of set's phrases (last_words), so that
-- the word before lw is read only where a phrase of two words may end
local function phrase_before(set, last, text, ts, nl, lw)
  return set[lw] or (last[lw] and set[last_two(text, ts, nl, lw)])
end

-- is the word starting at `ws` the first of its sentence?
local function sentence_initial(text, ws)
  local i = rspan(text, ws - 1, SPACES) - 1
  local c
  if i < 1 then return true end
  c = byte(text, i)
  -- line break . ! ? : ; " ' ( [
  if c == 10 or c == 13 or c == 46 or c == 33 or c == 63 or c == 58 or c == 59
     or c == 34 or c == 39 or c == 40 or c == 91 then
    return true
  end
  -- the Dutch opening quote ,,
  if c == 44 then return byte(text, i - 1) == 44 end
  -- a spaced hyphen after a dateline that opens the line: a place in
  -- capitals, perhaps an agency in brackets ('DEN HAAG (ANP) - Twee
  -- weken'; the shape the speech rules' dateline_end reads; the dashes
  -- below start a sentence anywhere)
  if c == 45 then
    if byte(text, i - 1) ~= 32 then return false end
    local ls = i - 1
    while ls > 1 and i - ls < 60 and byte(text, ls - 1) ~= 10 do ls = ls - 1 end
    if ls > 1 and byte(text, ls - 1) ~= 10 then return false end
    local line = sub(text, ls, i - 2)
    return find(line, "^%u[%u%.' ]*%u$") ~= nil or find(line, "^%u[%u%.' ]*%u %([^)]+%)$") ~= nil
  end
  if c >= 128 then
    -- opening quotes and dashes: “ „ ‘ « — –
    local mb = sub(text, i - 2, i)
    if mb == "\226\128\156" or mb == "\226\128\158" or mb == "\226\128\152"
       or mb == EM_DASH or mb == EN_DASH or sub(text, i - 1, i) == "\194\171" then
      return true
    end
  end
  return false
end

-- counted_name_before(text, prof, out, ts) -> does the name whose last
-- token starts at ts follow a conjunction that follows a count after a
-- name, the last record of out and its noun ('geeft de VVD 25 zetels en
-- GroenLinks-PvdA 26', 'Labour 25 seats and the Greens 26')? Then the
-- number after the name counts as that one does: no name's number. (Up
-- to two more capitalised words and a determiner may come before ts, and
-- two nouns after the count.)
local function counted_name_before(text, prof, out, ts)
  local last = out[#out]
  if not last or last.kind ~= "cardinal" then return false end
  local closed = prof.closed
  local _, s, e, nl = prevtoken(text, ts - 1)
  -- back over the name's other words and a determiner
  for _ = 1, 3 do
    if not s or nl then return false end
    local w = sub(text, s, e)
    if not is_upper_at(w, 1) and closed[lc(w)] ~= "det" then break end
    _, s, e, nl = prevtoken(text, s - 1)
  end
  if not s or nl or closed[lc(sub(text, s, e))] ~= "conj" then return false end
  -- the nouns (lower-case words) and the count right before them
  for k = 1, 3 do
    _, s, e, nl = prevtoken(text, s - 1)
    if not s or nl then return false end
    if e == last["end"] then
      if k == 1 then return false end
      local _, ns, ne = prevtoken(text, last.start)
      return ns ~= nil and is_upper_at(sub(text, ns, ne), 1)
    end
    if not find(sub(text, s, e), "^%l+$") then return false end
  end
  return false
end

-- clock_in_words(text, prof, s, e, w0, fig) -> the end of a time of day
-- in words that starts at s, where a word of clock_before comes before:
-- the hour, from one to twelve, after `clock_half` ('om half vier') or
-- after minutes or `clock_quarter` and a `clock_minute_link` ('om kwart
-- over drie', 'om tien voor half twaalf'); nil where none. fig is the
-- figure read at s (to e), w0 the word at s in lower case (or nil).
local function clock_in_words(text, prof, s, e, w0, fig)
  local p, linked = s, false
  local v = fig.value
  local quarter = w0 and prof.clock_quarter[w0]
  if quarter or (v >= 1 and v < 30 and v % 1 == 0 and not fig.fraction and not fig.ordinal
                 and not fig.currency and not fig.percent) then
    local at = quarter and s + #w0 or e
    local lp, lw = nextword(text, at, "'", true)
    if lw and lp > at and prof.clock_minute_link[lw] then p, linked = lp + #lw, true end
  end
  local hp, hw = nextword(text, p, "'", true)
  if hw and (hp > p or p == s) and prof.clock_half[hw] then
    p, linked = hp + #hw, true
  end
  if not linked then return nil end
  local hs = SP:match(text, p)
  local h = hs and read_number(text, hs, prof)
  if not h or h.ordinal or h.fraction or h.currency or h.percent or h.has_scale
     or h.value < 1 or h.value > 12 or h.value % 1 ~= 0 or WORDCH:match(text, h.e) then
    return nil
  end
  return h.e
end

-- the hedge symbol (prof.hedge_symbols: '~', '±') that the characters
-- glued before a figure end with, or nil; memoised per profile (the same
-- few glued strings come back: '(', '€', '~')
local function hedge_symbol_of(prof, glued)
  local memo = prof.hedge_symbol_memo
  if not memo or prof.hedge_symbol_count > 1000 then
    memo = {}; prof.hedge_symbol_memo, prof.hedge_symbol_count = memo, 0
  end
  local r = memo[glued]
  if r == nil then
    r = false
    local syms = prof.hedge_symbols
    for k = 1, #syms do
      local sym = syms[k]
      if sub(glued, -#sym) == sym then r = sym break end
    end
    memo[glued] = r
    prof.hedge_symbol_count = prof.hedge_symbol_count + 1
  end
  return r or nil
end

-- The words after a figure: pluk.text.nextwords(text, e, 8, "'-") -> one
-- flat array of up to eight words (`one of the most distinguished and
-- honored scientists`), word k starting at nx[2k - 1] and
-- reading nx[2k] (it ends at nx[2k - 1] + #nx[2k]): letters with inner '
-- or - (none at the end), each after spaces, tabs or no-break spaces; a
-- punctuation sign or a digit ends the run. (One table, not one per
-- word; see words_after, which keeps them per position.)
local nextwords = ptext.nextwords

---------------------------------------------------------------------------
-- What a figure counts: `of`
---------------------------------------------------------------------------

-- is lw (lower case) a past participle: one of `participles`, or (where
-- the language has participle_particles) a particle glued before one of
-- them or before participle_prefix, a stem and participle_suffix: the
-- participles of separable verbs ('uitgekomen', 'opgeleverd', 'ingevuld';
-- not 'afgevaardigden', a noun's plural)
-- (memoised per profile: noun_phrase asks it of most words after a
-- figure's first)
local function is_participle(lw, prof)
  local listed = prof.participles
  if listed[lw] then return true end
  local particles = prof.participle_particles
  if not particles then return false end
  local memo = prof.PARTICIPLE_MEMO
  if not memo then
    memo = word_memo(function(w)
      local pre = prof.participle_prefix
      for k = 1, #pre do
        local at = find(w, pre[k], 2, true)
        while at do
          if particles[sub(w, 1, at - 1)] then
            local rest = sub(w, at)
            if listed[rest] or ends_in_suffix(rest, prof.participle_suffix, #pre[k] + 2) then
              return true
            end
          end
          at = find(w, pre[k], at + 1, true)
        end
      end
      return false
    end)
    prof.PARTICIPLE_MEMO = memo
  end
  return memo[lw]
end
local function adjective_like_raw(word, prof)
  local lw = lc(word)
  -- (an irregular participle is one as an -ed word is: 'three stolen cars')
  if prof.closed[lw] == "adj" or is_participle(lw, prof) or prof.noun_modifiers[lw] then return true end
  local n = #lw
  local nouns = prof.noun_suffix
  for k = 1, #nouns do
    local suf = nouns[k]
    if find(lw, suf, n - #suf + 1, true) then return false end
  end
  return ends_in_suffix(lw, prof.adj_suffix, 2)
end

local function adjective_like(word, prof)
  local cache = prof.adj_cache
  local r = cache[word]
  if r == nil then
    r = adjective_like_raw(word, prof)
    if prof.adj_count > 20000 then prof.adj_cache, prof.adj_count = {}, 0; cache = prof.adj_cache end
    cache[word] = r
    prof.adj_count = prof.adj_count + 1
  end
  return r
end

local NONE = {}
-- the closed classes (closed_words.txt) of a finite verb
local VERB_CLASS = { aux = true, modal = true, verb = true }

local function is_closed(word, prof)
  return prof.closed[lc(word)] ~= nil
end

-- after_noun(text, prof, hs) -> does a noun phrase end right before the
-- hedge at hs: a noun (a lower-case word of no closed class, no -ed
-- word) after a determiner, a possessive or an article, and up to two
-- adjectives between ('a slow-burning drama about', 'his concerns
-- about'; not 'the company employs about')? (An adjective here is a
-- closed one, a participle or a word with a hyphen, -ing or -ed: by the
-- suffixes of adjective_like 'the Argentinian government state about'
-- would be one.)
local function after_noun(text, prof, hs)
  local closed = prof.closed
  local _, s, e, nl = prevtoken(text, hs - 1)
  if not s or nl then return false end
  local w = sub(text, s, e)
  if not find(w, "^%l[%l%-]*$") or closed[w] or ENDS_ED[w] or prof.participles[w] then
    return false
  end
  for k = 1, 3 do
    _, s, e, nl = prevtoken(text, s - 1)
    if not s or nl then return false end
    local lw = lc(sub(text, s, e))
    local cls = closed[lw]
    if cls == "det" or cls == "poss" or prof.articles[lw] then return true end
    if k == 3 or not (cls == "adj" or prof.participles[lw] or ENDS_ED[lw]
                      or find(lw, "ing$") or find(lw, "%l%-%l")) then
      return false
    end
  end
  return false
end

-- is word k of words (words_after's flat array) a content word of a
-- noun phrase: there, no figure's start, and no closed word but an
-- adjective? (a function of its own, not a closure: noun_phrase would
-- make one a call)
local function open_at(words, k, closed, fig_starts)
  local w = words[2 * k]
  if not w or fig_starts and fig_starts[words[2 * k - 1]] then return false end
  local cls = closed[lc_cache[w] or lc(w)]
  return not cls or cls == "adj"
end

-- the closed classes after a word that make it a verb rather than a noun
-- (see noun_phrase)
local VERB_NEXT = { prep = true, det = true, pron = true }
-- does word w (or nil), after a word in -s, make that word a verb: a
-- preposition, determiner or pronoun (VERB_NEXT) or a word in -ed?
local function verb_after(w, closed)
  if not w then return false end
  local lw = lc_cache[w] or lc(w)
  return VERB_NEXT[closed[lw] or ""] or ENDS_ED[lw] or false
end

-- noun_phrase(words, i, prof) -> of, s, e (positions of the head words)
-- from the words of words_after (the flat array) starting at word i
local function noun_phrase(words, i, prof, lang, fig_starts)
  -- the run: words i .. j (at most four) before a closed word, a month,
  -- a figure; (a word of words_after starts with a letter, never a digit)
  -- (lc's cache asked first: a call less for a word seen before)
  local closed, months = prof.closed, prof.months
  local degree, adj_join = prof.degree_words, prof.adjective_join
  local modifiers = prof.noun_modifiers
  -- a degree word before a content word opens no phrase of its own:
  -- 'one of the most respected judges', 'drie zeer grote huizen'
  -- (word i in lower case read once a step)
  local w_i = words[2 * i]
  local lw_i = w_i and (lc_cache[w_i] or lc(w_i))
  while lw_i and degree[lw_i] and open_at(words, i + 1, closed, fig_starts) do
    i = i + 1
    w_i = words[2 * i]
    lw_i = w_i and (lc_cache[w_i] or lc(w_i))
  end
  local settings = prof.settings
  local head_last = settings.noun_head == "last"
  -- where the first noun heads the phrase, a first word that is a noun
  -- (no degree or closed word, no month, no figure, no capital that may
  -- start a name, no adjective) heads it whatever follows: the answer of
  -- the run below, without walking it (the adjective cache asked first)
  if lw_i and not head_last and settings.noun_capitals ~= "yes" and not degree[lw_i]
     and not closed[lw_i] and not months[lw_i]
     and not (fig_starts and fig_starts[words[2 * i - 1]]) and not STARTS_UPPER[w_i] then
    local is_adj = prof.adj_cache[w_i]
    if is_adj == nil then is_adj = adjective_like(w_i, prof) end
    if not is_adj then
      local at = words[2 * i - 1]
      return w_i, at, at + #w_i
    end
  end
  -- the run: up to four content words; and/or between two adjectives
  -- goes on without counting ('distinguished and honored scientists';
  -- joined: how many such words the run holds)
  local j, joined, after_join = i - 1, 0, false
  local room = 4   -- (the content words the run may still take)
  while room > 0 do
    local k = j + 1
    local at = words[2 * k - 1]
    if not at or fig_starts and fig_starts[at] then break end
    local w = words[2 * k]
    local lw = lc_cache[w] or lc(w)
    local cls = closed[lw]
    -- (a pronoun in capitals is an acronym: `300 US troops`, `IT`)
    if cls == "pron" and ACRONYM[w] then cls = nil end
    -- (the look-up first: most words join nothing)
    local joins = adj_join[lw] and j >= i and not after_join
                  and open_at(words, k + 1, closed, fig_starts) and adjective_like(words[2 * j], prof)
    if joins then
      joined = joined + 1
      after_join = true
    else
      if cls and cls ~= "adj" then break end
      if months[lw] then break end
      -- a participle after the noun opens a clause of its own
      -- ('patients treated', 'children born'): in English a regular one
      -- by its -ed, the others listed (`participles`)
      if j >= i and not after_join
         and (lang == "en" and ENDS_ED[lw] or is_participle(lw, prof)) then
        break
      end
      -- and so does one in -ing after a plural noun ('two men wearing
      -- hats', 'soldiers guarding the gate'; not a compound's noun,
      -- 'three football training sessions'; `plural_nouns` in
      -- figures.txt: the plurals without -s)
      -- (and after any noun, one with a determiner after it: `the first
      -- case involving a player`)
      if j >= i and not after_join and #lw > 5 and sub(lw, -3) == "ing" and prof.gerund_after_plural then
        local pw = words[2 * j]
        local lpw = lc_cache[pw] or lc(pw)
        if prof.plural_nouns[lpw] or ENDS_PLURAL_S[lpw] and not adjective_like(pw, prof) then break end
        local nw = words[2 * k + 2]
        local lnw = nw and (lc_cache[nw] or lc(nw))
        if lnw and (prof.articles[lnw] or closed[lnw] == "det") then break end
      end
      -- a modifier after a noun is an adverb that ends the phrase
      -- ('31,000 people worldwide', 'the third year running'; before the
      -- noun it is an adjective: 'the fourth straight quarter')
      if j >= i and modifiers[lw] and not after_join
         and not adjective_like(words[2 * j], prof) then
        break
      end
      after_join = false
      room = room - 1
    end
    j = k
  end
  -- (a run that stops right after a joining word ends before it)
  if after_join then j, joined = j - 1, joined - 1 end
  local n = j - i + 1 - joined
  if n == 0 then return nil end
  if joined > 0 then
    -- (the words that joined are no head: the last word heads an English
    -- phrase, the first content word that is no adjective a Dutch one)
    if head_last then
      local head, head_s = words[2 * j], words[2 * j - 1]
      return head, head_s, head_s + #head
    end
    for k = i, j do
      local w = words[2 * k]
      if open_at(words, k, closed, fig_starts) and not degree[lc_cache[w] or lc(w)]
         and not adjective_like(w, prof) then
        return w, words[2 * k - 1], words[2 * k - 1] + #w
      end
    end
    local head, head_s = words[2 * j], words[2 * j - 1]
    return head, head_s, head_s + #head
  end
  if settings.noun_capitals == "yes" then
    -- German: the first word with a capital
    for k = i, j do
      local w = words[2 * k]
      if w:match("^[%u\195]") and is_upper_at(w, 1) then
        return w, words[2 * k - 1], words[2 * k - 1] + #w
      end
    end
    return nil, true
  end
  local first = words[2 * i]
  if head_last then
    -- a plural noun followed by more words: the noun (with a noun before
    -- it), the rest is a verb ('One of the victims spoke')
    for k = i, j - 1 do
      local w = words[2 * k]
      -- (an acronym's last capital is no plural: `two NHS trusts`; nor a
      -- compound modifier before a plural noun: `41 limited-overs
      -- internationals`)
      -- (nor a noun in -s before another plural, its modifier: `1,603
      -- measles cases`, `40 sales managers`; a plural subject's verb has
      -- no -s, but a verb in -s after a phrase in which the plural
      -- stands is one when a preposition or determiner follows it: `the
      -- conflict between the two states centers on`)
      if ENDS_PLURAL_S[lc_cache[w] or lc(w)] and not ACRONYM[w] and not adjective_like(w, prof)
         and not (ENDS_PLURAL_S[lc_cache[words[2 * k + 2]] or lc(words[2 * k + 2])]
                  and not adjective_like(words[2 * k + 2], prof)
                  and (find(w, "-", 2, true) or not verb_after(words[2 * k + 4], closed))) then
        -- (with a noun before it; or a capitalised plural after a capital
        -- is one name: `250,000 New Zealanders`)
        -- (a possessive is no part of it: `of the carrier's pilots spoke`)
        if k == i + 1 and (STARTS_LOWER[first] and not adjective_like(first, prof)
                           and not POSSESSIVE[first]
                           or STARTS_UPPER[first] and STARTS_UPPER[w]) then
          return first .. " " .. w, words[2 * i - 1], words[2 * k - 1] + #w
        end
        return w, words[2 * k - 1], words[2 * k - 1] + #w
      end
    end
    local head, head_s = words[2 * j], words[2 * j - 1]
    -- (asked once, the cache first: a call less for a word seen before)
    local head_adj = prof.adj_cache[head]
    if head_adj == nil then head_adj = adjective_like(head, prof) end
    if head_adj and n == 1 then
      local lw = lc(head)
      if lw:match("ed$") or prof.closed[lw] == "adj" or prof.participles[lw] then
        return nil, true
      end
    end
    -- (two words: a compound, `the third bus stop`; but a plural the
    -- list knows before a word in no plural's -s, or a noun in lower case
    -- before a capital, ends its phrase: `two children attend`, `the
    -- third-largest penalty Ofwat has imposed`; not `two people
    -- smugglers`, `three police officers`)
    if n == 2 and STARTS_LOWER[first] and not adjective_like(first, prof)
       and (prof.plural_nouns[lc_cache[first] or lc(first)] and not ENDS_PLURAL_S[lc_cache[head] or lc(head)]
            or STARTS_UPPER[head]) then
      return first, words[2 * i - 1], words[2 * i - 1] + #first
    end
    if n == 2 and not adjective_like(first, prof) and
       STARTS_LOWER[first] and not first:match("[^s]s$") then
      return first .. " " .. head, words[2 * i - 1], head_s + #head
    end
    -- (and so after an adjective: `three extra repair crews`, `two other
    -- drug programmes`)
    if n == 3 and STARTS_LOWER[first] and adjective_like(first, prof) then
      local mid = words[2 * i + 2]
      if STARTS_LOWER[mid] and not adjective_like(mid, prof) and not mid:match("[^s]s$")
         and not (prof.plural_nouns[lc_cache[mid] or lc(mid)] and not ENDS_PLURAL_S[lc_cache[head] or lc(head)]) then
        return mid .. " " .. head, words[2 * i + 1], head_s + #head
      end
    end
    if n > 1 and head_adj then
      -- 'the two posed by': a participle, not a noun
      return nil
    end
    return head, head_s, head_s + #head
  end
  -- Dutch, French: the first word that is not an adjective (the cache
  -- asked first: a call less for a word seen before)
  local adj = prof.adj_cache
  for k = i, j do
    local w = words[2 * k]
    local is_adj = adj[w]
    if is_adj == nil then is_adj = adjective_like(w, prof) end
    if not is_adj then
      -- the run's last word before a subject pronoun is the finite verb
      -- of a fronted phrase, the word before it the noun: `In de derde
      -- ronde won hij`, `In de tweede manche handhaafden zij`
      local nx = k == j and k > i and words[2 * k + 2]
      if nx and closed[lc_cache[nx] or lc(nx)] == "pron" then
        local v = words[2 * k - 2]
        return v, words[2 * k - 3], words[2 * k - 3] + #v
      end
      -- a capitalised word and the capitalised words after it in the run
      -- are one name: `zeven All Stars`
      local last = k
      if STARTS_UPPER[w] then
        while last < j and STARTS_UPPER[words[2 * last + 2]] do last = last + 1 end
      end
      if last > k then
        local name = w
        for x = k + 1, last do name = name .. " " .. words[2 * x] end
        return name, words[2 * k - 1], words[2 * last - 1] + #words[2 * last]
      end
      return w, words[2 * k - 1], words[2 * k - 1] + #w
    end
  end
  -- all of them look like adjectives: an adjective does not end a noun
  -- phrase, so the last one is the noun ('het eerste drukke
  -- vakantieweekeinde', 'de eerste manche had'), unless it is a
  -- capitalised one ('één Israëlische.': the noun is left out) or a
  -- participle alone ('er gingen er vijf verloren')
  local last, last_s = words[2 * j], words[2 * j - 1]
  if not last:match("^[%u\195]") or not is_upper_at(last, 1) then
    if n > 1 or not (prof.closed[lc(last)] or is_participle(lc(last), prof)) then
      return last, last_s, last_s + #last
    end
  end
  return nil, true
end

---------------------------------------------------------------------------
-- The rule
---------------------------------------------------------------------------

local profiles = {}

-- profile(lang) -> the compiled profile for a language code (or nil for
-- the fallback languages), cached per search path
function M.profile(lang, g)
  local langs = lang and { lang } or M.FALLBACK_LANGS
  local key = table.concat(langs, "+") .. "\0" .. tostring(lexicon.load(langs[1], "numbers"))
  local prof = profiles[key]
  if not prof then
    prof = build_profile(langs, g or M.grammar)
    profiles[key] = prof
  end
  return prof
end

-- year-like: a bare integer 1000..2100 written as four digits
local function year_like(fig, text)
  -- (the value first: most figures are no year, and it is always there)
  local v = fig.value
  if v < 1000 or v > 2100 then return false end
  if fig.words or fig.decimal or fig.currency or fig.percent or fig.has_scale then
    return false
  end
  if v ~= v // 1 then return false end   -- (an integer, or a float without fraction)
  -- (four bytes there, all digits: one find, no string made)
  return (fig.e - fig.s) == 4 and find(text, "^%d%d%d%d", fig.s) ~= nil
end

-- The figure's kind from what was read.
local function kind_of(fig)
  if fig.currency and not fig.currency.sub then return "money" end
  if fig.currency then return "money" end
  if fig.percent then return "percent" end
  if fig.ordinal then return "ordinal" end
  if fig.fraction then return "fraction" end
  -- a decimal: a value that is not a whole number ('2,5 miljoen' counts
  -- 2500000 of something: a cardinal)
  local v = fig.value
  if v ~= v // 1 then return "decimal" end
  return "cardinal"
end

-- The per-article helpers of extract_with; ctx = {text, prof, nw, dl}
-- holds the article and its caches.

-- words_after(ctx, pos) -> the words after pos (nextwords: a flat array,
-- word k at [2k - 1], [2k]), read once per position
-- (WORDS_AFTER words, WORD_INNER the bytes that may be inside one)
local WORDS_AFTER, WORD_INNER = 8, "'-"
local function words_after(ctx, pos)
  local cache = ctx.nw
  if not cache then cache = {}; ctx.nw = cache end
  local r = cache[pos]
  if not r then r = nextwords(ctx.text, pos, WORDS_AFTER, WORD_INNER); cache[pos] = r end
  return r
end

-- The words after a figure where an acronym ends nextwords' run: a
-- dotted one is one word (`300 U.S. troops`, `E.U.`: the run stops at its
-- first dot), and one before a quoted phrase modifies, with the quoted
-- words, the noun after them (`the first US "sample return" mission`).
-- past_acronym(text, nx) -> a new array (nx may be a cache's) with the
-- acronym whole and the words after it, or nil where the run's last word
-- goes on neither way
local DOTTED_ACRONYM = (R"AZ" * P".")^2 * Cp()
local QUOTED = SP * (P'"' + P"\226\128\156") * Cp()
               * (1 - S'"\r\n' - P"\226\128\157")^1 * Cp() * (P'"' + P"\226\128\157") * Cp()
local function past_acronym(text, nx)
  local n = #nx
  local at, w = nx[n - 1], nx[n]
  local e = at + #w
  if #w == 1 then
    local de = DOTTED_ACRONYM:match(text, at)
    if not de then return nil end
    w, e = sub(text, at, de - 1), de
  end
  local qs, qe, after = QUOTED:match(text, e)
  if not qs and w == nx[n] then return nil end
  local out = table.move(nx, 1, n - 2, 1, {})
  out[n - 1], out[n] = at, w
  if qs then
    for ws, qw in sub(text, qs, qe - 1):gmatch("()(" .. WORD_BYTES .. ")") do
      out[#out + 1], out[#out + 2] = qs + ws - 1, qw
    end
    e = after
  end
  local rest = nextwords(text, e, WORDS_AFTER, WORD_INNER)
  return table.move(rest, 1, #rest, #out + 1, out)
end

-- is the line holding position pos a dateline (only a date on it)? A
-- dateline is short: only the 80 bytes around pos are looked at, so a
-- text without line breaks costs nothing more
local function on_dateline(ctx, pos)
  local text, prof = ctx.text, ctx.prof
  local lo = pos - 80
  if lo < 1 then lo = 1 end
  local before = sub(text, lo, pos - 1)
  local at = before:match("^.*()\n")
  local ls
  if at then ls = lo + at
  elseif lo == 1 then ls = 1
  else return false end
  local dateline_cache = ctx.dl
  if not dateline_cache then dateline_cache = {}; ctx.dl = dateline_cache end
  local cached = dateline_cache[ls]
  if cached ~= nil then return cached end
  local le = find(sub(text, pos, pos + 80), "\n", 1, true)
  if le then le = pos + le - 1
  elseif pos + 80 >= #text then le = #text + 1
  else dateline_cache[ls] = false return false end
  if le - ls > 120 then dateline_cache[ls] = false return false end
  local line = sub(text, ls, le - 1)
  local ok = true
  local nwords = 0
  local months = prof.months
  for w in line:gmatch("[^%s,\194\160]+") do
    nwords = nwords + 1
    local lw = lc((w:gsub("[.,]$", "")))
    if not (prof.weekdays[lw] or months[lw] or lw:match("^%d%d?%d?%d?$")
            or lw:match("^%d+%a%a$")) then
      ok = false
      break
    end
  end
  ok = ok and nwords >= 2 and nwords <= 6
  dateline_cache[ls] = ok
  return ok
end

-- month_after(ctx, e [, w]) -> the month named right after e (and where
-- it ends), or nil; w: the word there when the caller has read it (as
-- nextword gives it; false: none)
local function month_after(ctx, e, w)
  local text, prof = ctx.text, ctx.prof
  local months = prof.months
  if w == nil then
    local _, nw = nextword(text, e, "'", true)
    w = nw
  end
  if not w then return nil end
  if months[w] or prof.months_dotted[w] then
    local m, me = prof.P_MONTH:match(text, e)
    if m then return m, me end
  end
  if not prof.date_link[w] then return nil end
  -- 'de 4e van mei', 'the 4th of May'
  local ws = words_after(ctx, e)
  if ws[1] and prof.date_link[lc(ws[2])] and ws[3] and months[lc(ws[4])] then
    return months[lc(ws[4])]
  end
  return nil
end

-- what assign_of knows of a record, in the flat array aux: the values of
-- record n are at (n - 1) * AUX + 1 ... n * AUX (false for a record the
-- reader did not see: a date's year)
local AUX = 5   -- fig, unit_text, unit_end, pclass ("score" for a score's second number), lpw

-- the words that join a year to the one before it, as in `2020 en 2021`
local YEAR_JOIN = { en = true, ["and"] = true, ["or"] = true, of = true, tot = true, to = true,
                    ["und"] = true, oder = true, bis = true, et = true, ou = true }

-- joined_day(ctx, e, before, lpw, pw_s): is the number that ends at e a
-- day joined to others by commas and a word of YEAR_JOIN, whose month
-- follows the last ('3 and 4 August', '3, 4 and 5 August': before, the
-- joining word the peek finds after the number) or precedes the one before
-- ('August 3 and 4': lpw, the joining word before it, which starts at
-- pw_s)?
local function joined_day(ctx, e, before, lpw, pw_s)
  local text, prof = ctx.text, ctx.prof
  if before then
    -- the other days, each after a comma or a joining word, and the
    -- month after the last ('3, 4 and 5 August')
    local p = e
    for _ = 1, 4 do
      local _, de, jw, day = find(text, "^,?%s+(%a*)%s*(%d%d?)%f[^%d]", p)
      if not de or tonumber(day) > 31 or jw ~= "" and not YEAR_JOIN[lc(jw)] then return false end
      if month_after(ctx, de + 1) then return true end
      p = de + 1
    end
    return false
  end
  if not (YEAR_JOIN[lpw] and pw_s) then return false end
  -- before the joining word: the other day, and the month before it
  local _, ds, _, _, day = prevtoken(text, pw_s - 1, true)
  if not (day and find(day, "^%d%d?,?$") and tonumber((day:gsub(",", ""))) <= 31) then return false end
  local _, _, _, _, month = prevtoken(text, ds - 1, true)
  local lm = month and lc(month)
  return lm ~= nil and (prof.months[lm] or prof.months_dotted[lm]) ~= nil
end

-- where the stretch (see M.scan) starts that holds the end of the word
-- two words before byte k ('een' before 'Libanese en twee', k at the
-- 'en'); nil when there is none, or it cannot be an article (ends in
-- none of the bytes `last`). Read backwards with rspan: the spaces
-- (SPACE1's characters), the word before them (up to white space or such
-- a space), the spaces before that, and back to the white space before
-- the word that ends there.
local SPACE1_CHARS = " \t" .. NBSP .. NNBSP .. THIN
local WHITE_CHARS = " \t\r\n"
local WORD_END_CHARS = WHITE_CHARS .. NBSP .. NNBSP .. THIN
local function coordinated_from(text, k, last)
  local i = k - 1
  -- (rspan reads a position below 1 as 1: those are tested first)
  if i < 1 then return nil end
  local j = rspan(text, i, SPACE1_CHARS)
  if j > i or j < 2 then return nil end
  i = rspan(text, j - 1, WORD_END_CHARS, true) - 1
  if i < 1 then return nil end
  j = rspan(text, i, SPACE1_CHARS)
  if j > i or j < 2 then return nil end
  i = j - 1
  if not last[byte(text, i)] then return nil end
  return i > 1 and rspan(text, i - 1, WHITE_CHARS, true) or i
end

-- M.scan's part for a stretch at cs where prof.SCAN_COORD_AT finds a
-- conjunction: the places of the article's stretch when no key listed it
-- (chunks[1 .. h - 1] are those listed before cs; their places, starts[1
-- .. n], come after it when they are after it). Returns the new n.
local function coordinated(text, cs, prof, chunks, h, starts, n)
  local CHUNK = prof.SCAN_CHUNK
  local from = coordinated_from(text, prof.SCAN_COORD_AT:match(text, cs), prof.SCAN_COORD_LAST)
  if from and from < cs then
    local listed = false
    for g = h - 1, 1, -1 do
      local c = chunks[g]
      if c < 0 then c = -c end
      if c <= from then listed = c == from break end
    end
    if not listed then
      local later = {}
      while n > 0 and starts[n] > from do
        later[#later + 1] = starts[n]; starts[n] = nil; n = n - 1
      end
      local before = { CHUNK:match(text, from) }
      for i = 1, #before - 1 do n = n + 1; starts[n] = before[i] end
      for i = #later, 1, -1 do n = n + 1; starts[n] = later[i] end
    end
  end
  return n
end

-- scan(prof, text [, starts]) -> the places where a figure may start:
-- what prof.SCAN:match(text) returns, found chunk by chunk where the key
-- set prof.SCAN_KEYS found something (see grammar.scan); and how many
-- there are. With starts, they are written into it from 1 on (a table
-- the caller keeps from article to article, whose array part then grows
-- once, not at every article: what it held past them is left there).
function M.scan(prof, text, starts)
  local keys = prof.SCAN_KEYS
  if not keys then
    local found = prof.SCAN:match(text)
    return found, #found
  end
  starts = starts or {}
  local n, CHUNK = 0, prof.SCAN_CHUNK
  -- the stretches between white space that hold a key, each once, by
  -- where they start (negated: a bare number or number word, whose one
  -- place is there)
  -- (numeric loops here and below: ipairs calls its iterator, a C
  -- function, once per element)
  -- (without prof.SCAN_TAIL, from a builder that changed the scan, a bare
  -- number is matched as any other stretch)
  local tail = prof.SCAN_TAIL
  -- where an article may start a figure two words before a conjunction:
  -- SCAN_CHUNK that returns first 0 when the stretch holds the
  -- conjunction so (in the same match: most do not), built once (a
  -- builder that changes SCAN_CHUNK drops it)
  local MARKED, coord_at = CHUNK, prof.SCAN_COORD_AT
  if coord_at then
    MARKED = prof.SCAN_COORD
    if not MARKED then
      MARKED = (#coord_at * Cc(0))^-1 * CHUNK
      prof.SCAN_COORD = MARKED
    end
  end
  local chunks = keychunks(keys, text, WHITE, tail)
  for h = 1, #chunks do
    local cs = chunks[h]
    if cs < 0 and tail then
      n = n + 1; starts[n] = -cs
    else
      if cs < 0 then cs = -cs end
      -- (up to four places and the end are taken as values: a table,
      -- and a second match to fill it, only for a stretch with more)
      -- (after MARKED's 0, SCAN_CHUNK's values: one more is taken)
      local a, b, c, d, e, past, more = MARKED:match(text, cs)
      if a == 0 then
        n = coordinated(text, cs, prof, chunks, h, starts, n)
        a, b, c, d, e, past = b, c, d, e, past, more
      end
      if not b then
        -- none here
      elseif not past then
        n = n + 1; starts[n] = a
        if c then n = n + 1; starts[n] = b end
        if d then n = n + 1; starts[n] = c end
        if e then n = n + 1; starts[n] = d end
      else
        local found = { CHUNK:match(text, cs) }
        for i = 1, #found - 1 do n = n + 1; starts[n] = found[i] end
      end
    end
  end
  return starts, n
end

-- number words that may be no figure ('the one', 'first' as an adverb),
-- by what they may be, and their lengths in bytes and first bytes (either
-- case) (to skip the rest before making a string)
local PRONOUN_LIKE = { one = "one", first = "first", eerst = "first" }
local PRONOUN_LIKE_LEN, PRONOUN_LIKE_FIRST = {}, {}
for w in pairs(PRONOUN_LIKE) do
  PRONOUN_LIKE_LEN[#w] = true
  PRONOUN_LIKE_FIRST[byte(w)], PRONOUN_LIKE_FIRST[byte(w:upper())] = true, true
end

-- Everything about one article.
-- which range a figure may open, by the word before it (lpw, its token
-- at pw_s): "between" after 'tussen'/'between', "from" after 'van'/'from',
-- "change" after 'by'/'met' (see the range test), else "none"
local function range_opening(prof, text, lpw, pw_s, pw_nl)
  if phrase_before(prof.range_between, prof.range_between_last, text, pw_s, pw_nl, lpw) then
    return "between"
  elseif prof.range_from[lpw] then
    return "from"
  elseif prof.range_change[lpw] then
    return "change"
  end
  return "none"
end

-- the range separator at position at: one of the kind allowed, else a
-- plain one ('-', 'to', 'tot'); its word and the position after it
local function range_sep_at(range_seps, allowed, text, at)
  local sepw, pe
  if allowed == "between" then
    sepw, pe = range_seps.between:match(text, at)
  elseif allowed == "from" then
    sepw, pe = range_seps.from:match(text, at)
  end
  if not pe then sepw, pe = range_seps.plain:match(text, at) end
  return sepw, pe
end

-- small_pair(text, p) -> lo, hi, q: two numbers under 100 joined by a
-- hyphen or an en dash at p ('4-6', '7–6'), q the byte after them; nil
-- where none is, or where the second goes on as a longer number
local function small_pair(text, p)
  local lo, hi, q = match(text, "^(%d%d?)%-(%d%d?)()", p)
  if not lo then lo, hi, q = match(text, "^(%d%d?)" .. EN_DASH .. "(%d%d?)()", p) end
  if not lo or find(text, "^%w", q) or find(text, "^[.,]%d", q) then return nil end
  return tonumber(lo), tonumber(hi), q
end

-- is the pair at s ('4-6') a score? Alone, where it makes no range
-- ('Brazil 2-1'); in a list of pairs, one after a comma or in brackets
-- after the one before ('4-6, 7-6 (9-7), 6-3': the sets of a match,
-- a tie-break), unless the list's pairs rise and each starts right after
-- the one before, as bands do ('aged 18-24, 25-34'); a score's two
-- numbers are figures of their own (see the range test)
local function score_pair(text, s)
  local lo, hi, q = small_pair(text, s)
  if not lo then return false end
  local r = byte(text, q) == 41 and q + 1 or q
  local sep = sub(text, r, r + 1)
  local nlo, nhi
  if sep == ", " or sep == " (" then nlo, nhi = small_pair(text, r + 2) end
  -- (the pair before, read from the bytes before s, en dashes as hyphens)
  local before = sub(text, s > 16 and s - 16 or 1, s - 1):gsub(EN_DASH, "-")
  local plo, phi = match(before, "%f[%d](%d%d?)%-(%d%d?)%)?, $")
  if not plo then plo, phi = match(before, "%f[%d](%d%d?)%-(%d%d?) %($") end
  plo, phi = tonumber(plo), tonumber(phi)
  if not (nlo or plo) then return hi <= lo end
  return not (lo < hi and (not nlo or nlo < nhi and nlo == hi + 1)
              and (not plo or plo < phi and lo == phi + 1))
end

-- does the pair of numbers [s, e) tell a match's result, by a word of
-- score_words right before it ('lost 1-2 to Chelsea', 'verloor 1-2') or
-- before a word of score_link before it in its clause ('verloor zondag
-- met 1-2'), with no word after it or a word of a closed class; or by one
-- right after it, the pair after a word of score_link or a determiner
-- ('met 1-2 verloor', 'een 0-3 nederlaag', 'a 1-2 defeat')? Not a pair
-- that counts the noun after it ('1-2 jaar'), nor one after another word
-- ('aged 5-11 won', 'from 5-11 won').
local function score_clause(text, s, e, prof)
  local words, closed, link = prof.score_words, prof.closed, prof.score_link
  local nw = match(text, "^ +([%a\128-\255]+)", e)
  nw = nw and lc(nw)
  local clause = match(sub(text, s > 60 and s - 60 or 1, s - 1), "[^.!?;:,]*$")
  local w1 = match(clause, "([%a\128-\255]+) +$")
  w1 = w1 and lc(w1)
  if nw and words[nw] then return w1 ~= nil and (link[w1] or closed[w1] == "det") end
  if nw and not closed[nw] then return false end
  if not w1 then return false end
  if words[w1] then return true end
  if not link[w1] then return false end
  for w in clause:gmatch("[%a\128-\255]+") do
    if words[lc(w)] then return true end
  end
  return false
end

-- the arrays extract_with fills for each article -- the records, what
-- assign_of is told of them (aux), the places scan found -- kept from
-- article to article (their array parts grow once, not by doubling in
-- every article; the records are cleared at the start, the rest is
-- written before it is read). An article takes them and gives them back
-- once its records are out: an emit that reads another article (a rule
-- that runs this one inside its own) gets arrays of its own, and after an
-- error on the way new ones are made. So is the table of the article's
-- caches (ctx below), its fields written anew for each article.
local scratch_out, scratch_aux, scratch_starts, scratch_ctx = {}, {}, {}, {}

-- code_or_list_marker(text, pos) -> is the digit at pos no figure but
-- part of a code or a list's numbering? Right after a dot that follows a
-- letter or digit with no space it is a code's (`product U1.1.3`); a
-- number of one or two digits that opens a line, before a word in lower
-- case, numbers a list when a line near it opens with the number after
-- or before it (`1 monitoring en signalering;` ... `2 inschatten
-- zorgbehoefte;`).
function M.code_or_list_marker(text, pos)
  if pos > 2 and byte(text, pos - 1) == 46 and find(sub(text, pos - 2, pos - 2), "^%w") then
    return true
  end
  if pos == 1 or byte(text, pos - 1) == 10 then
    local d = text:match("^(%d%d?) %l", pos)
    if not d then return false end
    local nd = tonumber(d)
    local after = sub(text, pos + #d, pos + 400)
    if find(after, "\n" .. (nd + 1) .. " %l") then return true end
    local before = sub(text, (pos > 400 and pos - 400 or 1), pos - 1)
    if nd > 0 and find(before, "\n" .. (nd - 1) .. " %l") then return true end
    if nd > 0 and pos - 1 <= 400 and find(before, "^" .. (nd - 1) .. " %l") then return true end
  end
  return false
end

function M.extract_with(article, emit, prof, opts)
  local text = article.text
  local header_end = (article.header_end or 0) + 1
  local out, aux, starts_kept = scratch_out or {}, scratch_aux or {}, scratch_starts or {}
  scratch_out, scratch_aux, scratch_starts = nil, nil, nil
  local starts, nstarts = M.scan(prof, text, starts_kept)
  local lang = prof.lang
  local closed, months = prof.closed, prof.months
  local done_to = 1
  for k = #out, 1, -1 do out[k] = nil end
  local lang_field = article.lang  -- nil (left out) when unknown
  if nstarts == 0 then
    scratch_out, scratch_aux, scratch_starts = out, aux, starts_kept
    return
  end
  -- the article's caches (see words_after, on_dateline), and the starts
  -- of its records where a word may begin (see assign_of)
  local fig_starts = {}
  local ctx = scratch_ctx or {}
  scratch_ctx = nil
  ctx.text, ctx.prof, ctx.nw, ctx.dl, ctx.fig_starts = text, prof, false, false, fig_starts
  -- (aux: what assign_of needs to know of each record, AUX values a
  -- record from its index in out; see assign_of)
  -- one test for all the shapes a digit may start (most digits start
  -- none): built once per profile from the shape patterns
  -- and at a digit that starts none, the number's grammar in the same
  -- match (false where one may start)
  -- (SHAPE_AHEAD: that test alone, for a digit read before: see
  -- high_at below)
  local plain_tokens, shape_ahead = prof.PLAIN_TOKENS, prof.SHAPE_AHEAD
  -- (a run of digits alone is read without them, as ends_run allows; only
  -- with the TOKENS that LONE_TOKENS was made for)
  local lone = prof.LONE_TOKENS
  if lone and lone.tokens ~= prof.TOKENS then lone = nil end
  if not (plain_tokens and shape_ahead) then
    local shapes = prof.TIME + prof.PHONE + prof.DATE_DMY + prof.DATE_YMD
                   + prof.FRACTION_DIGITS + prof.FRACTION_GLYPH
    if prof.SHAPE_AT_DIGIT then shapes = #prof.SHAPE_AT_DIGIT * shapes end
    plain_tokens = -shapes * prof.TOKENS + Cc(false)
    shape_ahead = #shapes
    prof.PLAIN_TOKENS, prof.SHAPE_AHEAD = plain_tokens, shape_ahead
  end
  -- what the range test below read at its high end, high_at:
  -- read_figure's answers there. Where the range is none ('3 - 6', a
  -- score) the next start is often high_at; at a digit that starts no
  -- shape read_figure answers as read_plain does, so the start takes them
  -- instead of reading the number again (nothing else holds that figure)
  -- (high_lone: they are read_digit_run's, at a run after which no shape
  -- goes on: the start needs no shape test either)
  local high_at, high_fig, high_skip, high_peek_at, high_p, high_w, high_b, high_lone
  -- where the second number of a score starts ('met 24 - 6 versloeg'):
  -- the words after it are no count of it (see assign_of)
  local score_hi_at
  -- the hedge tails one word longer than a tail: hedge_longer[tail][w]
  -- is 'w tail' where that is a tail too (prof.hedge_suffix), so the
  -- word before is read only where some longer tail may end, and no
  -- phrase is built to be looked up (built once per profile)
  local hedge_longer = prof.HEDGE_LONGER
  if not hedge_longer then
    hedge_longer = {}
    for tail, yes in pairs(prof.hedge_suffix) do
      local w, rest = match(tail, "^([^ ]+) (.+)$")
      if yes and w then
        hedge_longer[rest] = hedge_longer[rest] or {}
        hedge_longer[rest][w] = tail
      end
    end
    prof.HEDGE_LONGER = hedge_longer
  end

  -- the profile's sets the loop asks at nearly every figure, as locals
  -- (a local costs less than a field of the profile); name_next only
  -- with the NAMES it was made for (see grammar.names)
  local name_first, names_first_bytes, names_digit_pairs =
    prof.name_first, prof.NAMES_FIRST_BYTES, prof.NAMES_DIGIT_PAIRS
  local name_next = prof.NAME_NEXT_OF == prof.NAMES and prof.name_next
  local name_second = prof.NAME_NEXT_OF == prof.NAMES and prof.name_second
  local name_middle = prof.NAME_NEXT_OF == prof.NAMES and prof.name_middle
  local unit_first, range_first, clock_first, hedge_first, fraction_of_first =
    prof.unit_first, prof.range_first, prof.clock_first, prof.hedge_first, prof.fraction_of_first
  local clock_before, hedge_suffix, rank_before, hedges, range_seps =
    prof.clock_before, prof.hedge_suffix, prof.rank_before, prof.hedges, prof.RANGE_SEPS
  local months_dotted, date_link = prof.months_dotted, prof.date_link
  -- the words after a number that some test below looks up (a unit, a
  -- clock word, a range separator, a month, a date link), in one set: a
  -- word in none of them, as most are, is passed with one lookup (built
  -- once per profile)
  local after_any = prof.AFTER_ANY
  if not after_any then
    after_any = {}
    for _, set in ipairs({ unit_first, clock_first, range_first, months, months_dotted,
                           date_link }) do
      for w, yes in pairs(set) do
        if yes then after_any[w] = true end
      end
    end
    prof.AFTER_ANY = after_any
  end
  for si = 1, nstarts do
    local pos = starts[si]
    if pos < done_to or pos < header_end then goto next_start end
    do
      local c0 = byte(text, pos)
      -- a comma right after a comma is the second of the Dutch opening
      -- quote ,, and no decimal sign: ',,12 huizen' is 12
      if c0 == 44 and pos > 1 and byte(text, pos - 1) == 44 then
        pos = pos + 1; c0 = byte(text, pos)
      end
      local digit0 = c0 >= 48 and c0 <= 57
      if digit0 and M.code_or_list_marker(text, pos) then
        done_to = pos + #text:match("^[%w%.]*", pos)
        goto next_start
      end
      local fig, skip
      -- the last nextword(text, peek_at, "'", true) answer: p, w, b (the
      -- readers below ask at the figure's end again and again; e moves
      -- seldom)
      local peek_at, peek_p, peek_w, peek_b
      -- a digit that starts none of the shapes below (plain) is read at
      -- once
      local plain = false
      if digit0 then
        if pos == high_at and (high_lone or not shape_ahead:match(text, pos)) then
          plain, fig, skip, peek_at, peek_p, peek_w, peek_b =
            true, high_fig, high_skip, high_peek_at, high_p, high_w, high_b
        else
          -- (a lone run of digits, the common case, without the grammar;
          -- not one that opens with 0 and another digit, which may be a
          -- phone number's area code: '026 - 355 00 00')
          if lone and (c0 ~= 48 or not DIGIT:match(text, pos + 1)) then
            plain, fig, skip, peek_at, peek_p, peek_w, peek_b =
              read_digit_run(text, pos, prof, lone, c0)
          end
          if not plain then
            plain, fig, skip, peek_at, peek_p, peek_w, peek_b =
              read_plain(text, pos, prof, plain_tokens:match(text, pos))
          end
        end
      end
      -- the word at pos (p0, w0, b0: see below)
      local p0, w0, b0
      -- (a plain digit, read above, starts none of these: they are
      -- passed with one test)
      if not plain then
        -- shapes that are not figures, or only their year is
        local ys, ye, de
        if digit0 or c0 == 43 then
          local t_end = prof.TIME:match(text, pos)
          if t_end then done_to = t_end goto next_start end
          local ph = prof.PHONE:match(text, pos)
          if ph and (c0 == 43 or ph - pos >= 9) then done_to = ph goto next_start end
          ys, ye, de = prof.DATE_DMY:match(text, pos)
          if not ys then ys, ye, de = prof.DATE_YMD:match(text, pos) end
        end
        if ys then
          local y = tonumber(sub(text, ys, ye - 1))
          -- (nothing glued before it)
          if prevtoken(text, pos - 1) == pos and not on_dateline(ctx, pos) then
            local n = #out
            out[n + 1] = { start = ys - 1, ["end"] = ye - 1, value = y, kind = "year",
                           lang = lang_field, type = "figure" }
            n = n * AUX
            for k = n + 1, n + AUX do aux[k] = false end
          end
          done_to = de or ye
          goto next_start
        end

        local fr, fre
        if digit0 or c0 == 45 or c0 == 43 then
          fr, fre = prof.FRACTION_DIGITS:match(text, pos)
        end
        if fr then
          local a, b, d = tonumber((fr.a:gsub(MINUS_SIGN, "-"))), tonumber(fr.b), tonumber(fr.d)
          local whole, n = 0, a
          if b then whole, n = a, b end
          if d == 0 or math.abs(n) >= d or d > 1000 or (b and a < 0 and false) then
            if not b then
              -- '24/7', '17/5': no figure in it
              done_to = fre goto next_start
            end
            fre = nil
          end
          if fre then
            local v
            if b then
              v = math.abs(whole) + n / d
              if whole < 0 or fr.a:sub(1, 1) == "-" then v = -v end
            else
              v = n / d
            end
            fig = { s = pos, e = fre, value = v, fraction = true }
          end
        end
        if not fig and (digit0 or c0 >= 194) then
          local g, gv, ge = prof.FRACTION_GLYPH:match(text, pos)
          if gv then
            local v = (g and tonumber(g) or 0) + gv
            fig = { s = pos, e = ge, value = v, fraction = true }
          end
        end
        -- the word at pos (nextword), read once for the currency reader and
        -- the names below; as written, and lowered as nextword lowers (lc:
        -- the same, and the reader of a lone number word wants both)
        if not fig then
          local word0
          if not digit0 then
            p0, word0, b0 = nextword(text, pos, "'")
            w0 = word0 and (lc_cache[word0] or lc(word0))
          end
          fig, skip, peek_at, peek_p, peek_w, peek_b = read_figure(text, pos, prof, c0,
                                                                   p0 and (w0 or false),
                                                                   p0 == pos and word0)
        end
      end
      if not fig then
        if skip then done_to = skip goto next_start end
        fig = M.read_special(text, pos, prof)
        if not fig then goto next_start end
      end
      -- (the fields asked again and again below, as locals: most are
      -- absent, and a field that is not there costs more than one that is)
      local fcur, fpct = fig.currency, fig.percent
      local nwords, nordinal, nfraction = fig.words, fig.ordinal, fig.fraction
      -- 'een op de drie', 'one in five', 'one out of three'
      -- (where the peek is at the figure's end already, its word decides
      -- first: most are no word a fraction's 'of' begins with)
      if (peek_at ~= fig.e or (peek_w and fraction_of_first[peek_w]))
         and not fcur and not fpct and not nordinal and not nfraction and fig.value > 0 then
        if peek_at ~= fig.e then
          peek_at = fig.e
          peek_p, peek_w, peek_b = nextword(text, peek_at, "'", true)
        end
        local fw = peek_w
        local fe = fw and fraction_of_first[fw] and prof.P_FRACTION_OF:match(text, fig.e)
        if fe then
          local den = read_number(text, fe, prof)
          if den and not den.ordinal and not den.fraction and den.value > fig.value
             and not (den.value >= 1000 and den.value <= 2100 and not den.words) then
            -- (a fraction now, and nothing else the number was: its
            -- words kept, its other flags gone)
            fig.value = fig.value / den.value
            fig.fraction, fig.decimal, fig.first_word, fig.has_scale = true, nil, nil, nil
            fig.money_scale, fig.before_money, fig.article_ordinal = nil, nil, nil
            fig.bare_fraction, fig.article, fig.num_s = nil, nil, nil
            fig.e = den.e
            nfraction = true
          end
        end
      end
      local s, e = fig.s, fig.e
      local num = fig   -- (the number's flags are the figure's: figure_of)
      local ndecimal, nfirst = num.decimal, num.first_word
      -- left context
      -- the glued characters before the figure, and the token before it
      -- (from pw_s, its text pw_tok; pw_nl: a line break comes between)
      -- (unglued: nothing is glued before it; asked below instead of
      -- glued == "", a comparison that costs a call each time)
      local g, pw_s, _, pw_nl, pw_tok = prevtoken(text, s - 1, true)
      local unglued = g >= s
      local glued = unglued and "" or sub(text, g, s - 1)
      if not unglued then
        local lastc = byte(glued, #glued)
        -- inside a word or a code: COVID-19, SCP-173, A4, #5, 1.2.3
        if (lastc >= 48 and lastc <= 57) or (lastc >= 65 and lastc <= 90)
           or (lastc >= 97 and lastc <= 122) or lastc == 35 or lastc == 64 then
          -- a sign glued to a word is a hyphen: the digits after it may
          -- still be read ('3-2')
          local c1 = byte(text, s)
          done_to = (c1 == 45 or c1 == 43) and s + 1 or e
          goto next_start
        end
        -- an apostrophe after a capital: a name's number ('NU'91', a
        -- union's; not 'in '91', a year)
        if lastc == 39 and #glued >= 2 then
          local c2 = byte(glued, #glued - 1)
          if c2 >= 65 and c2 <= 90 then done_to = e goto next_start end
        end
        if (lastc == 45 or lastc == 47 or lastc == 95) and #glued >= 2 then
          local c2 = byte(glued, #glued - 1)
          -- '3-2' (a score) keeps its second number; 'A-4', 'COVID-19' not
          -- (in brackets too: a tie-break, '7-6 (9-7)')
          local score = lastc == 45 and glued:match("^%(?%d%d?%-$") and e - s <= 2
          if not score and ((c2 >= 48 and c2 <= 57) or (c2 >= 65 and c2 <= 90)
             or (c2 >= 97 and c2 <= 122) or c2 >= 128) then
            done_to = e goto next_start
          end
        end
        if lastc >= 128 and not glued:match("[\128-\255]$") == false then
          -- a letter glued before (é, ë): inside a word
          local lastch = glued:match("[\192-\244][\128-\191]*$")
          if lastch and LETTER:match(lastch) then done_to = e goto next_start end
        end
      end
      -- the token before, without its punctuation, and the word it starts
      -- with (pw_lead, for the names below)
      -- (pw_cap: it starts with a capital; pw_dash_lower: 'ex-minister')
      local c = NO_CORE_WORD
      if pw_s and unglued then
        c = core_cache[pw_tok] or core_word(pw_tok)
      end
      local pword, pbefore, pafter, lpw, pw_lead, pw_cap, pw_dash_lower =
        c[1], c[2], c[3], c[4], c[5], c[6], c[7]
      -- set phrases and names with a number in them ('Tweede Kamer', 'no
      -- one', 'op één na laatste', '9/11')
      do
        local may_name
        if digit0 then
          -- (a digit starts no word: then the byte is all there is; s is pos)
          p0, w0, b0 = s, nil, c0
          may_name = not names_first_bytes or names_first_bytes[c0]
          if may_name and names_digit_pairs and not names_digit_pairs[c0] then
            may_name = names_digit_pairs[c0 * 256 + (byte(text, s + 1) or 0)]
          end
        else
          if not p0 then p0, w0, b0 = nextword(text, s, "'", true) end
          if p0 ~= s then b0 = byte(text, s) end
          may_name = w0 and name_first[w0]
                     or not w0 and (not names_first_bytes or names_first_bytes[b0])
          -- (at the word w0, the word after it as the peek read it, where
          -- that was right after w0: most entries that start with w0 are
          -- then ruled out -- 'one' before 'of' starts no 'one by one')
          local nn = may_name and w0 and p0 == s and name_next
          nn = nn and nn[w0]
          if nn and peek_at == s + #w0 then
            if peek_p == peek_at then
              may_name = nn["-"] and peek_b == 45
            else
              -- (ascii_letters' cache asked first: a call less for a word
              -- seen before)
              local ascii = peek_w and ascii_cache[peek_w]
              if ascii == nil and peek_w then ascii = ascii_letters(peek_w) end
              may_name = peek_w and (nn[peek_w] or not ascii)
            end
          end
        end
        local ne = may_name and prof.NAMES:match(text, s)
        if not ne and pw_lead and name_first[pw_lead] then
          -- (where the word at s is none that comes second in the names
          -- the word before starts, none runs past s: not tried)
          local second = name_second and name_second[pw_lead]
          if not second or (not digit0 and (p0 ~= s or second[w0])) then
            ne = prof.NAMES:match(text, pw_s)
            if ne and ne <= s then ne = nil end
          end
        end
        -- (and two words back: 'van buiten de zestien', 'in de eerste
        -- plaats')
        local middle = not ne and pw_lead and name_middle and name_middle[pw_lead]
        middle = middle and middle[digit0 and 0 or w0]
        if middle and (middle == true or peek_at ~= e or middle[peek_w]) and not pw_nl then
          local _, ps2, _, nl2, tok2 = prevtoken(text, pw_s - 1, true)
          local c2 = ps2 and not nl2 and (core_cache[tok2] or core_word(tok2))
          if c2 and c2[5] and name_first[c2[5]] then
            ne = prof.NAMES:match(text, ps2)
            if ne and ne <= s then ne = nil end
          end
        end
        if ne then done_to = ne goto next_start end
      end
      local pclass = closed[lpw]
      -- (a rating word that ends the sentence before rates nothing here:
      -- 'on the fourth level. Seven workers escaped')
      if pclass == "rating" and pafter and find(pafter, "[.!?;]") then pclass = nil end
      -- (whether the figure or the word before it starts a sentence is
      -- asked only where it matters: sentence_initial below)

      -- right context: glued letters make it a code ('777F', '13F'), unless
      -- they are a unit, an ordinal suffix or a decade's s
      local ordinal_digits = false
      local decade = fig.decade or false
      -- the byte at e, from the peek there (nextword): where it skipped
      -- white space, a space (32) stands for whichever it was (a tab, a
      -- no-break space: the tests below treat them alike)
      if peek_at ~= e then
        peek_at = e
        peek_p, peek_w, peek_b = nextword(text, e, "'", true)
      end
      local cb = peek_p == e and (peek_b or 0) or 32
      if ((cb >= 97 and cb <= 122) or cb >= 195)
         and not nwords and not fpct and not fcur then
        local osuf, oe = prof.P_ORD_SUFFIX:match(text, e)
        if osuf and not ndecimal and fig.value >= 0 then
          ordinal_digits = true
          e = oe
        end
      end
      local unit_text, unit_end, unit_glued
      -- the byte after the number decides which readers can apply
      local ce = ordinal_digits and (byte(text, e) or 0) or cb
      local ce_at = e
      -- (a space, the commonest, is no letter, slash, degree sign nor
      -- hyphen: the tests for those below are passed with one test)
      local after_space, after_letter = true, false
      if ce ~= 32 then
        after_space = ce == 9 or ce == 194 or ce == 226
        after_letter = (ce >= 65 and ce <= 90) or (ce >= 97 and ce <= 122) or ce >= 195
        if after_letter or ce == 47 or (ce == 194 and byte(text, e + 1) == 176) then
          local u, ue = prof.P_UNIT_GLUED:match(text, e)
          if u then unit_text, unit_end, unit_glued = u, ue, true end
        end
      end
      if peek_at ~= e then
        peek_at = e
        peek_p, peek_w, peek_b = nextword(text, e, "'", true)
      end
      -- (nw1_some: nw1 is a word of after_any)
      local nw1, nb1 = peek_w, peek_b
      local nw1_some = nw1 and after_any[nw1]
      if not unit_text and after_space and
         ((nw1_some and unit_first[nw1]) or (not nw1 and nb1 and nb1 >= 128)) then
        local u, ue = prof.P_UNIT_SP:match(text, e)
        if u then unit_text, unit_end = u, ue end
      end
      if ce ~= 32 then
        -- (e has not moved since ce was read; 0 past the end: no letter)
        local c = ce
        if not unit_glued and not ordinal_digits then
          local is_letter = (c >= 65 and c <= 90) or (c >= 97 and c <= 122)
                            or (c >= 192 and LETTER:match(text, e))
          if is_letter then
            -- decades: 1950s, 1990's
            local suf = sub(text, e, e + 1)
            if year_like(fig, text) and (suf:match("^s") or suf == "'s")
               and not WORDCH:match(text, e + (suf == "'s" and 2 or 1)) then
              decade = true
              e = e + (suf == "'s" and 2 or 1)
            elseif nwords then
              -- a number word glued to more letters was not read as one
            else
              done_to = e goto next_start
            end
          end
          if c == 39 and year_like(fig, text) and sub(text, e, e + 1) == "'s" then
            decade = true
            e = e + 2
          end
        end

        -- '2019-nCoV', 'F-16A': a code
        if (e == ce_at and ce or byte(text, e)) == 45 then
          local _, hw = HYPHEN_WORD:match(text, e)
          if hw and hw:match("%u") and not nfirst then done_to = e goto next_start end
          if not hw and DIGIT:match(text, e + 1) and (e - s) >= 4 and not nwords
             and sub(text, e + 1, e + 24):match("^%d+%a") then
            done_to = e goto next_start
          end
        end
      end
      -- 'de eerste tien jaar', 'the first three months': the count is the
      -- figure, the ordinal only says which ones
      -- (not where the peek at e finds blanks and a word no number word
      -- begins, as ends_run asks: the pattern's number words are the
      -- default tries', all begun by lone's keys, and its blanks end where
      -- the peek's do or before)
      local ahead = nordinal and nwords
      if ahead and lone and prof.NUMBER_AHEAD_OF == prof.P_NUMBER_AHEAD
         and peek_at == e and peek_p > e and peek_w and peek_b < 128 then
        ahead = lone.memo[peek_w]
        if ahead == nil then ahead = may_go_on(lone, peek_w) end
      end
      if ahead and prof.P_NUMBER_AHEAD:match(text, e) then
        local sp = SP:match(text, e)
        local n2 = read_number(text, sp, prof)
        if n2 and not n2.ordinal and not n2.fraction and not (n2.words and n2.value == 1) then
          goto next_start
        end
      end
      -- names: 'Windows 10', 'Formule 1', 'World War Two', 'Tweede Kamer'
      -- (a capital before, the rarest of the tests, asked first)
      if pw_cap and not fcur and pw_s and unglued and pafter == "" and pbefore == ""
         and not pw_nl and not nfirst and not pw_dash_lower then
        -- (pbefore is empty: the token's first character is the word's)
        if not pclass and not months[lpw]
           and not hedges[lpw] and not prof.weekdays[lpw]
           and not pword:match("'s$") and not pword:match("’s$")
           and not year_like(fig, text) and not sentence_initial(text, pw_s) then
          -- ... unless a noun follows that it counts ('in Servië 284
          -- lagere scholen', 'Palma 25 vliegtuigen per uur'; a verb is
          -- none: 'before Luna 9 landed'), or it opens a score ('beating
          -- Luana Mendes 4-6, 7-6', 'Brazil 2-1')
          local nx = words_after(ctx, e)
          local w1 = nx[1] == e + 1 and nx[2]
          local lw1 = w1 and lc(w1)
          -- (nor a number word before `one_of`, after a name the verb
          -- put first: 'is Amsterdam een van de duurste steden')
          if not (w1 and w1:match("^%l") and not closed[lw1]
                  and not (lang == "en" and ENDS_ED[lw1]) and noun_phrase(nx, 1, prof, lang))
             and not ((ce == 45 or ce == 226) and score_pair(text, s))
             and not counted_name_before(text, prof, out, pw_s)
             and not (nwords and fig.value == 1 and prof.SP_ONE_OF:match(text, e)) then
            done_to = e goto next_start
          end
        end
      end
      -- an ordinal in digits before two or more capitalised words, one of
      -- them of ordinal_name_words, is part of the name they start: 'the
      -- 6th Circuit Court of Appeals', 'the 1st Armored Division' (not
      -- before one: 'the 6th Street bridge'; nor an edition: 'the 22nd
      -- Fan Expo Canada')
      if ordinal_digits and next(prof.ordinal_name_words) then
        local nx = words_after(ctx, e)
        local k, listed = 0, false
        while k < 4 and nx[2 * k + 1] == (k == 0 and e + 1 or nx[2 * k - 1] + #nx[2 * k] + 1)
              and STARTS_UPPER[nx[2 * k + 2]] do
          k = k + 1
          listed = listed or prof.ordinal_name_words[nx[2 * k]]
        end
        if k >= 2 and listed then done_to = e goto next_start end
      end
      -- (b0 is the byte at s: a number word that starts there with a
      -- lower case ASCII letter needs no look)
      if nfirst and ((num.num_s or s) ~= s or not (b0 >= 97 and b0 <= 122))
         and is_upper_at(text, num.num_s or s)
         and pclass ~= "rating" and not sentence_initial(text, s) then
        -- a capital number word inside a sentence is a name
        done_to = e goto next_start
      end
      -- times: '6 pm', 'om twee uur'
      do
        local ck
        if after_letter or (nw1_some and clock_first[nw1]) then
          local _, clock_end = prof.P_CLOCK:match(text, e)
          ck = clock_end
        end
        if ck then
          local w = sub(text, e, ck - 1)
          local lw = lc(trim(w))
          -- (an hour of the day is 24 at most: 'om 48 uur het werk neer te
          -- leggen' counts hours)
          if not prof.hour_word[lw] or prof.hour_before[lpw] and fig.value <= 24 then
            done_to = ck goto next_start
          end
        end
        -- a service's number called: 'call 999', 'bel direct 112' (a word
        -- of call_words before it, or one and a word between; digits alone)
        if digit0 and prof.phone_services[sub(text, s, e - 1)] then
          local called = prof.call_words[lpw]
          if not called and pw_s then
            local _, _, _, _, tok2 = prevtoken(text, pw_s - 1, true)
            called = tok2 and prof.call_words[lc_cache[tok2] or lc(tok2)]
          end
          if called then done_to = e goto next_start end
        end
        -- 'om half vier', 'om kwart over drie' (clock_in_words), and with
        -- no such word when a quarter's word opens it: 'at half past
        -- seven', 'a quarter to six'
        if prof.has_clock_words and (clock_before[lpw] or w0 and prof.clock_quarter[w0]) then
          local cw = clock_in_words(text, prof, s, e, w0, fig)
          if cw then done_to = cw goto next_start end
        end
        if ndecimal and not nwords then
          local raw = sub(text, s, e - 1)
          local h, m = match(raw, "^(%d%d?)[.:](%d%d)$")
          if h then
            -- 'om 14.30'
            if clock_before[lpw] then done_to = e goto next_start end
            -- hours and minutes before a clock word, or before a range
            -- separator, another such time and then one: '23.00 uur',
            -- 'van 20.00 tot 08.00 uur'
            local ce = tonumber(h) <= 24 and tonumber(m) < 60 and prof.P_CLOCK_SPAN:match(text, e)
            if ce then done_to = ce goto next_start end
          end
        end
      end
      -- dates: a day number next to a month
      -- (whether the value is an integer, a C call, asked last: most
      -- numbers have no month next to them)
      if not fcur and not fpct and not ndecimal and
         fig.value >= 1 and fig.value <= 31 then
        if peek_at ~= e then
          peek_at = e
          peek_p, peek_w, peek_b = nextword(text, e, "'", true)
        end
        -- ('11 tot en met 29 juli' is handled by the range check below)
        -- (month_after called only where its word may start a month or
        -- a date link: most numbers have neither after them)
        local w = peek_w
        -- ('Sept. 27': a month written with its full stop)
        if ((months[lpw] and (pafter == "" or pafter == "." and months_dotted[lpw]))
            or (w and after_any[w] and (months[w] or months_dotted[w] or date_link[w])
                and month_after(ctx, e, w)))
           and math.type(fig.value) == "integer" then
          done_to = e goto next_start
        end
        -- days joined before their month, or after it: 'on 3 and 4
        -- August', 'op 3 en 4 augustus', 'August 3 and 4'
        -- (a comma after the number leaves the peek no word: `3, 4 and 5
        -- August`)
        local join_after = w and YEAR_JOIN[w] or not w and byte(text, e) == 44
        if (join_after or YEAR_JOIN[lpw]) and math.type(fig.value) == "integer"
           and joined_day(ctx, e, join_after, lpw, pw_s) then
          done_to = e goto next_start
        end
      end

      -- 'hundredths of a second', 'a second behind': an ordinal word that
      -- is also a unit of time, after the article and before no noun, is
      -- that unit ('a second suspect' keeps its ordinal, as does one
      -- before an adjective and a noun, after a comma too: 'a second new
      -- study', 'a second, larger study'; k: the adjective's word, past a
      -- degree word: 'a second, more serious attack')
      if nordinal and nwords and w0 and e == s + #w0 and prof.articles[lpw] then
        local u = prof.units[w0]
        if u and u.dim == "time" then
          local comma = byte(text, e) == 44
          local nx = words_after(ctx, comma and e + 1 or e)
          local at = nx[1]
          local w1 = at and at == (comma and e + 2 or e + 1) and lc(nx[2])
          local k = 1
          if w1 and prof.degree_words[w1] and nx[3] == at + #w1 + 1 then k = 2 end
          local adj, noun = nx[2 * k], nx[2 * k + 2]
          local noun_cls = noun and closed[lc(noun)]
          if not (w1 and adjective_like(adj, prof) and nx[2 * k + 1] == nx[2 * k - 1] + #adj + 1
                  and STARTS_LOWER[noun] and (not noun_cls or noun_cls == "adj")) then
            if not w1 or comma or closed[w1] then done_to = e goto next_start end
          end
        end
      end
      -- 'a tenth defendant', 'een vierde plaats': an article and an
      -- ordinal before a noun is the ordinal, not a fraction
      -- (article_ordinal and bare_fraction come from word readings alone)
      if nwords and num.article_ordinal and not fcur and not fpct then
        local nx = words_after(ctx, e)
        local w1 = nx[1] == e + 1 and lc(nx[2])
        if w1 and not closed[w1] then
          local os_ = find(sub(text, s, e - 1), "[%s\194][^%s\194]*$")
          if os_ then
            s = s + os_
            while SPACE1:match(text, s) do s = SPACE1:match(text, s) end
            fig.s, fig.value = s, num.article_ordinal
            b0 = byte(text, s)
            num.fraction, num.ordinal, num.num_s = false, true, nil
            nfraction, nordinal = false, true
          end
        end
      end
      -- what kind of number
      -- (kind_of, from the locals)
      -- (whole: the value has no fraction part, asked once for the kind
      -- and the value)
      local value = fig.value
      local whole = value == value // 1
      local kind
      if fcur then kind = "money"
      elseif fpct then kind = "percent"
      elseif nordinal then kind = "ordinal"
      elseif nfraction then kind = "fraction"
      else
        kind = whole and "cardinal" or "decimal"
      end
      if ordinal_digits then kind = "ordinal" end
      -- (a whole number first: most values are, and for them norm gives
      -- what tointeger does; `| 0` makes it an integer without a call)
      if whole and value >= -2^63 and value < 2^63 then
        value = value | 0
      else
        value = norm(value)
      end
      -- the record's fields, kept in locals until its table is made at
      -- the end (none for a candidate dropped before)
      local unit, high, range_kind, approx
      if fcur then
        unit = fcur.code or fcur.text
        if fcur.sub then unit = fcur.code end
      elseif fpct then
        unit = fpct
      end

      -- a fraction word alone ('half', 'kwart') is a figure as a noun
      -- ('de helft'), before 'of the' words, or after a hedge
      -- ('more than half')
      if nwords and num.bare_fraction and not fcur then
        local f = num.bare_fraction
        local w = SP_WORD:match(text, e)
        local hedged = phrase_before(hedges, prof.hedge_last, text, pw_s, pw_nl, lpw)
        -- (a plural alone is a noun or a verb: 'the two halves' has its
        -- count, 'halves the sugar hit' none)
        -- (and a capital one that starts a sentence before a verb is its
        -- subject: 'Half were asked', 'Half walked')
        if f.plural or not (f.bare or (w and prof.bare_before[lc(w)]) or hedged
                            or w and STARTS_LOWER[w] and is_upper_at(text, s)
                               and (VERB_CLASS[closed[lc(w)]] or lang == "en" and ENDS_ED[w])
                               and sentence_initial(text, s)) then
          goto next_start
        end
      end
      -- a vague amount: a hundred, a thousand (`honderdduizend`) or a
      -- scale with a vague word before it and no count ('a few hundred',
      -- 'several thousand', 'een paar honderd'; `vague_counts` in
      -- figures.txt)
      -- (the call only where lpw ends some phrase: every word figure asks)
      if nwords and lpw and prof.vague_counts_last[lpw]
         and phrase_before(prof.vague_counts, prof.vague_counts_last, text, pw_s, pw_nl, lpw) then
        local w1 = lc(match(text, "^[^%s%p]+", s) or "")
        local fv = fig.value
        -- (the scale words after it are part of the vague amount: 'several
        -- hundred thousand pounds' counts no thousand)
        if fv >= 100 and fv < 1e15 and fv == fv // 1 and find(string.format("%d", fv), "^100+$")
           or prof.lists.scales.values[w1] then
          done_to = e
          goto next_start
        end
      end
      -- English 'one' as a pronoun; 'first' as an adverb
      -- (the figure's text is read only when it is as long as one of them)
      -- (b0 is the byte at s: only a word that starts as one of them is
      -- read; no other character lowers to their first letters)
      if nwords and not fcur and not fpct and PRONOUN_LIKE_LEN[e - s]
         and PRONOUN_LIKE_FIRST[b0] then
        local fig_text = sub(text, s, e - 1)
        local like = PRONOUN_LIKE[lc_cache[fig_text] or lc(fig_text)]
        -- (the words after are read only for these)
        local is_one, is_first = like == "one", like == "first"
        local nx = (is_one or is_first) and words_after(ctx, e) or NONE
        local nw = nx[1] and (lc_cache[nx[2]] or lc(nx[2])) or nil
        local touching = nx[1] == e + 1
        if is_one then
          -- 'the one', 'this one', 'the first one', 'an economic one'
          -- (not after a determiner that opens a clause, before `one_of`:
          -- 'concluded that one of its researchers'; `clause_dets`)
          if pclass == "det" and not (prof.clause_dets[lpw] and prof.SP_ONE_OF:match(text, e))
             or pclass == "poss" or prof.lists.ordinals.values[lpw]
             or (pw_s and not pclass and pafter == "" and lpw:match("ic$")
                 and adjective_like(pword, prof)
                 and not (unglued and sentence_initial(text, pw_s))) then
            goto next_start
          end
          if nw and (closed[nw] == "modal" or nw == "another") then goto next_start end
          -- 'the only one', 'every single one', 'the right one.': a word
          -- in lower case between a determiner and `one`, and no noun
          -- after it (English: `is_one` is its pronoun-like word only)
          if pw_s and pafter == "" and ce ~= 45 and (not pclass or pclass == "adv" or pclass == "adj")
             and (not touching or closed[nw]) and find(pword, "^%l+$") then
            local _, _, _, _, ppw = prevtoken(text, pw_s - 1, true)
            if ppw and closed[lc_cache[ppw] or lc(ppw)] == "det" then goto next_start end
          end
          if nw and closed[nw] == "prep" and nw ~= "of" and nw ~= "in" and nw ~= "out" and touching then
            goto next_start
          end
        elseif is_first then
          -- ('first reported', an adverb; not after a determiner, where
          -- it is the ordinal of a participle's noun: 'the first repaired
          -- buses')
          if nw and touching and ((nw:match("ed$") and not nx[2]:match("^%u") and pclass ~= "det"
                                   and pclass ~= "poss")
             or (closed[nw] == "prep" and nw ~= "of")) then
            goto next_start
          end
          -- an adverb at the end of its clause, after a word of it and no
          -- determiner ('talk to a doctor first.', 'use that one first,';
          -- 'the first.' is the ordinal as a noun, and so is a list's
          -- 'first, second, third')
          local cb = byte(text, e)
          if (not cb or cb == 46 or cb == 44 or cb == 59 or cb == 33 or cb == 63)
             and pw_s and not pw_nl and pclass ~= "det" and pclass ~= "poss"
             and not sentence_initial(text, s) then
            goto next_start
          end
          if nw == "of" and nx[3] and lc(nx[4]) == "all" then goto next_start end
        end
      end

      -- an ordinal glued by a hyphen to a lower-case word is a compound
      -- adjective ('first-time buyers', 'second-class citizens', and 'a
      -- third-party app', which reads as a fraction), unless a definite
      -- determiner or a possessive picks it out of a sequence as an
      -- ordinal does ('the third-round match', "Britain's second-largest
      -- bank")
      -- (and so a digit ordinal by its suffix: 'a 21st-century hospital')
      if ce == 45 and find(text, "^%-%l", e) then
        local ordinal = nordinal
        if nfraction and not ordinal then
          ordinal = prof.lists.ordinals.values[lc(match(sub(text, s, e - 1), "%a+$") or "")]
        elseif digit0 and not ordinal then
          ordinal = prof.ordinal_suffixes[match(sub(text, s, e - 1), "^%d+(%a+)$") or ""]
        end
        if ordinal and not (pclass == "poss" or pclass == "det" and not prof.articles[lpw]
                            or pword and POSSESSIVE[pword]) then
          done_to = e goto next_start
        end
      end

      -- a range: '3 tot 5', 'between 3 and 5', '10–15%'
      local range_hi, range_end
      do
        local pe, sepw
        -- a separator starts with a space, a dash or a tilde
        local may_sep = ce == 45 or ce == 126 or (ce == 226 and byte(text, e + 1) == 128)
                        or (after_space and ((nw1_some and range_first[nw1])
                                             or (not nw1 and nb1 and (nb1 == 45 or nb1 == 126 or nb1 >= 128))))
        -- (the words before are read only where a separator may follow:
        -- 'tussen de' is looked up at every 'de')
        local allowed
        if may_sep then
          allowed = range_opening(prof, text, lpw, pw_s, pw_nl)
          sepw, pe = range_sep_at(range_seps, allowed, text, e)
          -- '18- tot 34-jarigen', '18- to 34-year-olds': a hyphen left
          -- hanging before a word separator takes the high end's word
          -- after its hyphen; the word separator joins the two ends
          if sepw == "-" and ce == 45 and byte(text, e + 1) == 32 then
            local sw2, pe2 = range_sep_at(range_seps, allowed, text, e + 1)
            -- (or a number word glued to its multiplier, whose multiplier
            -- the low end shares: 'twee- tot driehonderd', 'twintig- tot
            -- dertigduizend')
            if pe2 and find(sw2, "[%a\128-\255]") and (find(text, "^%w+%-%a", pe2) or nwords and prof.glue) then
              sepw, pe = sw2, pe2
            end
          end
        end
        -- a unit on both ends: '44 mg to 50 mg', 'tussen 10 km en 15 km'
        -- (the separator after the low end's unit; the high end must
        -- carry the same unit, below)
        local unit_both = false
        if not pe and unit_text and not unit_glued and not decade then
          local c = byte(text, unit_end)
          if c == 32 or c == 45 or c == 226 or c == 126 then
            allowed = allowed or range_opening(prof, text, lpw, pw_s, pw_nl)
            sepw, pe = range_sep_at(range_seps, allowed, text, unit_end)
            unit_both = pe ~= nil
          end
        end
        if decade then pe = nil end
        -- 'rose by 3% to 12%', 'met 5 cent tot 55 cent': a change with a
        -- currency, percent or unit of its own and then 'to'/'tot' is the
        -- change and the new level, two figures ('by 3 to 5 percent', its
        -- low end bare, stays a range)
        if pe and allowed == "change" and (fcur or fpct or unit_text)
           and prof.range_change_sep[sepw] then
          pe = nil
        end
        if pe and not unit_glued then
          -- (a lone run of digits as a start reads it, the common case
          -- in a score, without the grammar)
          local hc = lone and byte(text, pe)
          local hi_lone, hi, hi_skip, hi_peek_at, hi_p, hi_w, hi_b = false
          if hc and hc >= 48 and hc <= 57 then
            hi_lone, hi, hi_skip, hi_peek_at, hi_p, hi_w, hi_b =
              read_digit_run(text, pe, prof, lone, hc)
          end
          if not hi_lone then
            hi, hi_skip, hi_peek_at, hi_p, hi_w, hi_b = read_figure(text, pe, prof)
          end
          high_at, high_fig, high_skip, high_peek_at, high_p, high_w, high_b, high_lone =
            pe, hi, hi_skip, hi_peek_at, hi_p, hi_w, hi_b, hi_lone
          if hi and not hi.ordinal == not nordinal then
            local lo_v, hi_v = fig.value, hi.value
            -- a scale, percent or currency written on the high end only
            -- belongs to both ends: '3 tot 5 miljoen', '10-15%'
            local hn = hi
            -- (a hyphen with white space between the two: the pattern the
            -- test was written with, "^[%-–—]$", takes one byte, so no
            -- other dash; the first white space after e, before pe)
            local spaced_dash = sepw == "-" and find(text, "%s", e)
            if spaced_dash and spaced_dash >= pe then spaced_dash = false end
            -- (a hundred or a thousand too, after a count: 'between 2
            -- and 3 thousand', 'two and three hundred')
            local hcaps = not num.has_scale and lo_v < hi_v and hi_v >= 100
                          and { prof.TOKENS:match(text, pe) }
            local multiplied = hcaps and (hn.has_scale or hcaps[4] == "h" or hcaps[4] == "k")
            if multiplied then
              -- distribute the scale of the high end
              local raw_hi = hi_v
              local scale = nil
              -- find the multiplier: hi.value / number before the scale word
              if hcaps[1] == "d" then
                local _, dv = read_digits(hcaps[2], prof)
                if dv and dv ~= 0 then scale = raw_hi / dv end
              elseif hcaps[1] == "n" and hcaps[4] ~= "&" and hcaps[2] ~= 0 then
                -- a number word: 'between three and four million'
                scale = raw_hi / hcaps[2]
              end
              if scale and lo_v < hi_v / scale then lo_v = lo_v * scale end
            end
            local ok = lo_v < hi_v
            if ok and unit_both then
              local u2 = prof.P_UNIT_ANY:match(text, hi.e)
              local a1, a2 = prof.units[unit_text], u2 and prof.units[u2]
              ok = a1 ~= nil and a2 ~= nil and (a1 == a2 or (a1.symbol ~= nil and a1.symbol == a2.symbol))
            end
            -- a spaced dash between two small numbers with nothing after
            -- is a score ('(2 - 5)', 'met 4 - 2')
            if ok and spaced_dash and not fpct and not hi.percent and
               not hi.currency and not fcur and fig.value < 100 and hi_v < 100 then
              local nx = words_after(ctx, hi.e)
              if not nx[1] or nx[1] > hi.e + 1 then ok = false end
              if nx[1] and is_closed(nx[2], prof) then ok = false end
            end
            -- a pair in a list of set scores, or in brackets after one,
            -- is a score too ('4-6, 7-6 (9-7), 6-3'; see score_pair)
            if ok and not spaced_dash and not unit_both and DASH_SEP[sepw] and not fpct
               and not fcur and not hi.percent and not hi.currency and hi_v < 100
               and score_pair(text, s) then
              ok = false
            end
            -- a pair low to high on a hyphen, in a clause that tells of a
            -- match's result, is a score too, where no noun follows it
            -- ('met 1-2 verloor', 'lost 1-2 to Chelsea', 'een 0-3
            -- nederlaag'; not '1-2 jaar cel')
            if ok and not spaced_dash and not unit_both and DASH_SEP[sepw] and not fpct
               and not fcur and not hi.percent and not hi.currency and hi_v < 100
               and next(prof.score_words) and score_clause(text, s, hi.e, prof) then
              ok = false
            end
            if fcur and hi.currency and fcur.code ~= hi.currency.code then ok = false end
            if fpct and hi.percent and fpct ~= hi.percent then
              ok = false  -- '3 percentage points to 26.9 per cent'
            end
            if fpct and not hi.percent then ok = false end
            -- a range of days: '11 tot en met 29 juli'
            if ok and not hi.currency and not hi.percent and month_after(ctx, hi.e) then
              done_to = hi.e goto next_start
            end
            -- and of hours of the day, a clock's word after the high end
            -- that is more than the hour's ('tussen zes en negen uur 's
            -- avonds', 'between 6 and 9 pm'; 'zes tot tien uur' stays)
            if ok and not hi.currency and not hi.percent then
              local _, ck = prof.P_CLOCK:match(text, hi.e)
              if ck and not prof.hour_word[lc(trim(sub(text, hi.e, ck - 1)))] then
                done_to = ck goto next_start
              end
            end
            if ok then
              range_hi = hi
              range_end = hi.e
              fig.value = lo_v
            elseif (spaced_dash or not unit_both and DASH_SEP[sepw]) and not fpct
                   and not hi.percent and not fcur and not hi.currency
                   and fig.value < 100 and hi_v < 100 then
              -- two small numbers on a dash that make no range are a
              -- score, spaced or not ('met 24 - 6 versloeg', 'met 2-1
              -- gewonnen', 'a 3–3 draw'): what follows counts neither
              score_hi_at = pe
            end
          end
        end
      end

      if range_hi then
        local hk = kind_of(range_hi)
        local lk = kind
        kind = "range"
        value = tointeger(fig.value) or norm(fig.value)
        high = tointeger(range_hi.value) or norm(range_hi.value)
        if range_hi.currency then
          range_kind = "money"
          unit = range_hi.currency.code or unit
        elseif range_hi.percent then
          range_kind = "percent"
          unit = range_hi.percent
        elseif year_like(fig, text) and year_like(range_hi, text) then
          range_kind = "year"
        else
          range_kind = hk == "cardinal" and lk or hk
        end
        e = range_end
        -- unit after the high end
        local u, ue = prof.P_UNIT_ANY:match(text, e)
        unit_text, unit_end, unit_glued = u, ue, u and not SPACE1:match(text, e)
      -- (year_like asked only of a value that may be a year: most are not)
      elseif fig.value >= 1000 and fig.value <= 2100 and year_like(fig, text) and not decade then
        -- four digits: a year unless they count something
        local is_year = true
        -- (a determiner or possessive before them: no count; but a
        -- determiner's word after a comma is a relative pronoun, no
        -- determiner of the number: `Zutphen Zon, die 1400 leden telt`)
        local det_before = pclass == "det" and not (pw_s and pw_s > 2 and byte(text, pw_s - 2) == 44)
                           or pclass == "poss"
        -- (a year joined to one right before it, and near it, is a year:
        -- `in 2020 en 2021 versneld stoppen`)
        local prev = out[#out]
        if prev and prev.kind == "year" and YEAR_JOIN[lpw] and s - 1 - prev["end"] <= #lpw + 2
           and math.abs(fig.value - prev.value) <= 50 then
          is_year = true
        elseif unit_text and (prof.units[unit_text] or {}).dim ~= "time" then
          is_year = false
        elseif phrase_before(hedges, prof.hedge_last, text, pw_s, pw_nl, lpw) then
          is_year = false
        elseif not months[lpw] and not det_before
               and (peek_at ~= e or (peek_p == e + 1 and peek_w
                                     and peek_b >= 97 and peek_b <= 122)) then
          -- they count the lower-case word right after them when it
          -- heads a noun phrase and is no closed word (after no
          -- determiner, possessive or preposition), or is a unit after a
          -- preposition (the phrase, the dearest test, is read last; and
          -- the words after only where the peek at e finds a lower-case
          -- word after one blank: nextwords' first word, where there is one)
          local nx = words_after(ctx, e)
          local w1 = nx[1] == e + 1 and nx[2]
          if w1 and STARTS_LOWER[w1]
             and ((not closed[lc(w1)] and not det_before
                   and pclass ~= "prep")
                  or (pclass == "prep" and prof.units[w1]))
             and noun_phrase(nx, 1, prof, lang) then
            is_year = false
          end
        end
        if is_year then
          kind = "year"
          -- a year right after a month or a day: maybe a dateline
          if (months[lpw] or DAY_DIGITS[lpw] or prof.weekdays[lpw]) and on_dateline(ctx, s) then
            done_to = e goto next_start
          end
        end
      elseif decade then
        kind = "year"
      end
      -- unit of measure (not a time word)
      if unit_text and kind ~= "money" and kind ~= "percent" and kind ~= "year" then
        local u = prof.units[unit_text]
        if u and u.dim ~= "time" then unit = u.symbol end
      end

      -- hedges before and after
      do
        local h = nil
        if unglued and pw_s and hedge_suffix[lpw] then
          -- grow the phrase word by word while it ends some hedge
          local phrase, t_s, t_nl = lpw, pw_s, pw_nl
          local h_s   -- (where h starts)
          while true do
            local hinfo = hedges[phrase]
            if hinfo and not hinfo.after then h, h_s = phrase, t_s end
            local longer_by = hedge_longer[phrase]
            if t_nl or not longer_by then break end
            local _, b_s, _, b_nl, tok = prevtoken(text, t_s - 1, true)
            if not b_s then break end
            local longer = longer_by[lc_cache[tok] or lc(tok)]
            if not longer then break end
            phrase, t_s, t_nl = longer, b_s, b_nl
          end
          -- a `during` hedge before a duration is a preposition of time
          -- ('rose over three years'); after a preposition, which no
          -- preposition follows, it is the hedge ('for over 20 years')
          if h and hedges[h].during and unit_text
             and (prof.units[unit_text] or NONE).dim == "time" then
            local _, b_s, _, b_nl, tok = prevtoken(text, h_s - 1, true)
            if not b_s or b_nl or closed[lc_cache[tok] or lc(tok)] ~= "prep" then h = nil end
          end
          -- a hedge that is also a preposition (`prep`) is that
          -- preposition after a noun, before a plain count: 'a drama
          -- about two sisters' (with a unit, a currency or a percent the
          -- hedge: 'a town about 30 miles north')
          if h and hedges[h].prep and not unit_text and not fcur and not fpct
             and after_noun(text, prof, h_s) then
            h = nil
          end
          -- a hedge whose first word is the particle of the verb before it
          -- (`particle`; `particle_verbs` in figures.txt) says where a level
          -- went, no estimate: 'unemployment edged up to 6.8 percent'
          -- ('fines of up to $500' stay a hedge)
          if h and hedges[h].particle then
            local _, b_s, _, b_nl, tok = prevtoken(text, h_s - 1, true)
            if b_s and not b_nl and prof.particle_verbs[lc_cache[tok] or lc(tok)] then h = nil end
          end
        end
        if not h and not unglued then
          -- '(~295', '±20'
          h = hedge_symbol_of(prof, glued)
        end
        approx = h
        if peek_at ~= e then
          peek_at = e
          peek_p, peek_w, peek_b = nextword(text, e, "'", true)
        end
        local hp, hw = peek_p, peek_w
        local ha = hp > e and hw and hedge_first[hw] and prof.P_HEDGE_AFTER:match(text, e)
        -- (or after the unit: '150 ml or more'; after a space, only
        -- before a byte one may start with)
        if not ha and not approx and unit_end then
          local c, hb = byte(text, unit_end), prof.HEDGE_AFTER_FIRST_BYTES
          if c == 32 and (not hb or hb[byte(text, unit_end + 1)]) or c == 9 or c == 194 or c == 226 then
            ha = prof.P_HEDGE_AFTER:match(text, unit_end)
          end
        end
        if ha and not approx then approx = lc(ha) end
      end

      -- 'de op één na machtigste man': the second
      if rank_before[lpw] and not range_hi then
        local nx = words_after(ctx, e)
        if nx[1] and nx[3] and prof.rank_after[lc(nx[2])] and nx[1] == e + 1 then
          if ends_in_suffix(lc(nx[4]), prof.superlative_suffix, 3) then
            s = pw_s
            e = nx[1] + #nx[2]
            value, kind, unit = norm(fig.value + 1), "ordinal", nil
          end
        end
      end
      -- the record ('min vijf' keeps the minus word in the span)
      -- (its fields named at once, nil ones too, nine of them: the table
      -- is made with room for sixteen, all it may get -- of, of_start
      -- and of_end from assign_of, text and doc from the record check --
      -- and not grown later; but no more nil ones than that needs, as
      -- each costs a store that looks the key up: a range's kind set
      -- only in a range)
      local n = #out
      local rec = { value = value, kind = kind, lang = lang_field, type = "figure",
                    unit = unit, high = high, approx = approx,
                    start = s - 1, ["end"] = e - 1 }
      if range_kind then rec.range_kind = range_kind end
      out[n + 1] = rec
      n = n * AUX
      aux[n + 1], aux[n + 2], aux[n + 3] = fig, unit_text or false, unit_end or false
      aux[n + 4], aux[n + 5] = (s == score_hi_at and "score") or pclass or false, lpw
      -- (a digit at pos begins no word)
      if not digit0 or s ~= pos then fig_starts[s] = true end
      done_to = e
    end
    ::next_start::
  end

  -- what each figure counts
  M.assign_of(out, text, prof, lang, ctx, aux)
  for k = 1, #out do emit(out[k]) end
  scratch_out, scratch_aux, scratch_starts, scratch_ctx = out, aux, starts_kept, ctx
end

-- counted_before(text, s, prof, lang) -> of, of_s, of_e (1-based, end
-- exclusive): the noun a `count_of` phrase before position s names in the
-- same clause (no punctuation between), which a figure with no noun of its
-- own counts ('The number of infections rose to 4,000'); nil where none.
-- Only the COUNT_OF_REACH bytes before s are searched.
local COUNT_OF_REACH = 200
local function counted_before(text, s, prof, lang)
  local lo = s - COUNT_OF_REACH
  if lo < 2 then lo = 2 end
  -- (searched in a copy of the reach: a search in text from lo would read
  -- on to the article's end)
  local reach = sub(text, lo, s - 1)
  local phrases = prof.count_of
  for k = 1, #phrases do
    local rest, first = phrases[k][1], phrases[k][2]
    -- (the last one whose first byte is the phrase's, at a word start)
    local at, found = find(reach, rest, 2, true), nil
    while at do
      local c = byte(reach, at - 1)
      local b = at > 2 and byte(reach, at - 2) or byte(text, lo - 1)
      if (c == first or c == first - 32)   -- (a capital: ASCII only)
         and not (b >= 97 and b <= 122 or b >= 65 and b <= 90 or b >= 128) then
        found = lo + at - 2
      end
      at = find(reach, rest, at + 1, true)
    end
    if found then
      local pe = found + 1 + #rest
      if not find(sub(text, pe, s - 1), "[.!?;,]") then
        local nx = nextwords(text, pe, WORDS_AFTER, WORD_INNER)
        local head, hs, he = noun_phrase(nx, 1, prof, lang)
        if head and hs ~= true and he <= s then return head, hs, he end
      end
    end
  end
  return nil
end
-- after_backref(text, s, prof, lpw): does a word of backref_before ('er')
-- come right before the figure at s (1-based), lpw the word before it,
-- or before it and up to two adverbs ('zijn er momenteel vijf': lower-case
-- words of class adv)?
local function after_backref(text, s, prof, lpw)
  local backref = prof.backref_before
  if backref[lpw or ""] then return true end
  -- (the word before must be such an adverb: most are not, and nothing
  -- more is read)
  local closed = prof.closed
  if not lpw or closed[lpw] ~= "adv" or not next(backref) then return false end
  -- (lpw's token: a lower-case word with nothing glued after it, its
  -- class asked above; then the one before it, and one adverb more)
  local _, ts, te, nl = prevtoken(text, s - 1)
  for k = 1, 2 do
    if not ts or nl then return false end
    if k == 1 then
      local b, z = byte(text, ts), byte(text, te)
      if b < 97 or b > 122 or z < 97 or z > 122 and z < 128 then return false end
    else
      local w = sub(text, ts, te)
      if closed[w] ~= "adv" then return false end
    end
    _, ts, te, nl = prevtoken(text, ts - 1)
    if ts and not nl and backref[sub(text, ts, te)] then return true end
  end
  return false
end

-- the kinds a `count_of` phrase may give a noun to (not an ordinal or a
-- fraction: `the number of cases rose for the third time`)
local COUNT_OF_KIND = { cardinal = true, decimal = true, range = true }

-- the kinds (of a record, or of a range's ends) and the classes the
-- reader gave (see AUX) of the figures that count nothing: one look-up
-- each
local NO_OF_KIND = { money = true, percent = true, year = true }
local NO_OF_CLASS = { rating = true, score = true }

-- assign_of(records, text, prof, lang, ctx, aux): fills `of`,
-- `of_start`, `of_end`; ctx the article's caches, aux what the reader
-- saw of each record (see AUX); ctx.fig_starts, when there, holds the
-- records' starts (1-based) at least where a word may begin (the words
-- after a figure that noun_phrase reads begin with a letter: a start at a
-- digit is never one of them)
function M.assign_of(out, text, prof, lang, ctx, aux)
  ctx = ctx or { text = text, prof = prof, nw = false, dl = false }
  aux = aux or {}
  local closed = prof.closed
  local inherit = NONE   -- (a table of its own once a record inherits)
  -- the first words of the 'one of' phrases: only after those are the
  -- phrases compared
  local one_of_first = prof.one_of_first
  if not one_of_first then
    one_of_first = {}
    for _, pw in ipairs(prof.one_of_words) do one_of_first[pw[1]] = true end
    prof.one_of_first = one_of_first
  end
  local fig_starts = ctx.fig_starts
  if not fig_starts then
    fig_starts = {}
    for k = 1, #out do fig_starts[out[k].start + 1] = true end
  end
  local read_before = ctx.nw or NONE   -- (words_after's cache)
  local hedge_after_first = prof.hedge_after_first or prof.hedge_first
  local elision = prof.elision
  local last_with_of = nil
  for idx = 1, #out do
    local rec = out[idx]
    local kind = rec.kind
    local base = (idx - 1) * AUX
    local pclass = aux[base + 4]   -- (false mostly: no look-up then)
    -- (a rating word before a number with a unit is none: 'its level two
    -- years ago' counts years)
    if NO_OF_KIND[kind]
       or pclass and NO_OF_CLASS[pclass] and not (pclass == "rating" and aux[base + 2])
       or (kind == "range" and NO_OF_KIND[rec.range_kind]) then
      goto continue
    end
    do
      local e = rec["end"] + 1
      local of, os_, oe
      local unit_text = aux[base + 2]
      if unit_text then
        -- '12 meter', '185 mph', 'thirty hour period', 'tien jaar'
        local unit_end = aux[base + 3]
        of, os_, oe = unit_text, unit_end - #unit_text, unit_end
        -- keep the text as written
        of = sub(text, os_, oe - 1)
      else
        local c = byte(text, e)
        if c == 45 and kind == "ordinal" then
          -- an ordinal's hyphen adjective says of what rank: the noun
          -- comes after it ('the third-largest penalty' -> penalty)
          local _, w, we = HYPHEN_WORD:match(text, e)
          if w and not find(w, "-", 1, true) and adjective_like(w, prof) then
            e = we
            c = byte(text, e)
          end
        end
        if c == 45 then
          -- '25-room', 'two-year', '60-jarige'
          local ws, w, we = HYPHEN_WORD:match(text, e)
          if w then
            local lw = lc(w)
            local first = lw:match("^[^%-]+")
            if not (prof.age_suffix[lw] or prof.age_suffix[first]) and
               not w:match("%u") then
              of, os_, oe = w, ws, we
              local hy = w:find("-", 1, true)
              if hy then of, oe = w:sub(1, hy - 1), ws + hy - 1 end
            end
          end
          if not of then goto continue end
        else
          -- (words_after reads words only after a blank: a space, a tab
          -- or a no-break space at e; after anything else there are none.
          -- Read here as words_after reads them but not kept: each
          -- figure's end is asked once, and a new key in its cache costs
          -- more than it saves; what the main loop read is taken from it)
          local nx = NONE
          if c == 32 or c == 194 or c == 9 then
            nx = read_before[e] or nextwords(text, e, WORDS_AFTER, WORD_INNER)
            if c == 9 and nx[1] and nx[1] ~= e + 1 then nx = NONE end
            -- (an acronym may go on past the run's end: past_acronym)
            local last = nx[#nx]
            if last and (#last == 1 or ACRONYM[last]) then nx = past_acronym(text, nx) or nx end
          end
          local i = 1
          -- '20 millions de personnes': 'de' after a scale word
          local fig = aux[base + 1]
          if nx[1] and fig and fig.has_scale
             and prof.scale_of[lc(nx[2])] then
            i = 2
          end
          -- 'one of the victims', 'twee van de drie hindernissen'
          -- (the phrases compared only after one's first word)
          local used_of = false
          local w1 = nx[2]
          local l1 = w1 and (lc_cache[w1] or lc(w1))
          -- a hedge after the number comes before the noun it counts
          -- ('About 300 or more people', '40 of meer koekjes')
          if l1 and hedge_after_first[l1] then
            local _, he = prof.P_HEDGE_AFTER:match(text, e)
            while he and nx[2 * i - 1] and nx[2 * i - 1] < he do i = i + 1 end
          end
          if l1 and one_of_first[l1] then
            local phrases = prof.one_of_words
            for k = 1, #phrases do
              local pw = phrases[k]
              local ok = pw[1] == l1
              for j = 2, #pw do
                if not ok then break end
                local wj = nx[2 * j]
                if not wj or (lc_cache[wj] or lc(wj)) ~= pw[j] then ok = false end
              end
              if ok then
                -- a phrase that ends in a pronoun names what the figure
                -- counts no more ('two-thirds of them affordable')
                if closed[pw[#pw]] == "pron" then goto continue end
                i = #pw + 1
                used_of = true
                break
              end
            end
            -- a fraction counts the noun after the phrase's first word
            -- alone too: 'two thirds of voters' (not only 'of the voters';
            -- not a name: 'half of Saudi Arabia's production')
            if not used_of and kind == "fraction" and nx[4]
               and not is_upper_at(nx[4], 1) then
              i = 2
              used_of = true
            end
            if used_of then
              -- skip a number in between ('of the five demands'), and the
              -- adjectives before it ('four of their last five league
              -- games')
              local nxt = out[idx + 1]
              local at, k = nxt and nxt.start + 1, i
              -- (and the next figure's hedge: 'About 60 of the more than
              -- 4,000 jobs', 'zestig van de ruim 4.000 banen')
              local hedge_from = at and type(nxt.approx) == "string" and at - #nxt.approx - 1
              while at and nx[2 * k - 1] and nx[2 * k - 1] < at
                    and (adjective_like(nx[2 * k], prof) or hedge_from and nx[2 * k - 1] >= hedge_from) do
                k = k + 1
              end
              if at and nx[2 * k - 1] == at then
                i = k
                local ne = nxt._e or (nxt["end"] + 1)
                while nx[2 * i - 1] and nx[2 * i - 1] < ne do i = i + 1 end
              elseif at and not nx[2 * k - 1] then
                -- digits end the words read ('Three of the 40 stores',
                -- 'four of their last 5 games'): a number right after
                -- them counts what this one counts
                local we = nx[2 * k - 3] + #nx[2 * k - 2]
                if at > we and not find(sub(text, we, at - 1), "%S") then
                  if inherit == NONE then inherit = {} end
                  inherit[idx] = true
                  goto continue
                end
              end
            end
          end
          -- a fraction word alone or a multiple before a determiner
          -- counts the noun after it: 'half an hour', 'half the effect',
          -- 'double the share' (the words it counts alone before,
          -- fraction_bare_before, but for 'of'; not with an article or a
          -- count, which may be a change: 'rose by a third the next day')
          if i == 1 and l1 and fig and (fig.bare_fraction or fig.multiple)
             and prof.bare_before[l1] and not one_of_first[l1] then
            i = 2
          end
          local w_i = nx[2 * i]
          local lw_i = i == 1 and l1 or w_i and (lc_cache[w_i] or lc(w_i))   -- (l1: word 1 read)
          -- a multiplier of a comparative counts nothing: 'are 2.6 times
          -- more lethal', 'drie keer meer' (a degree word after it; but
          -- 'a hundred times before', 'twee keer zo vaak' count times)
          if lw_i and (lw_i == "times" or lw_i == "keer") and nx[2 * i + 2] and
             prof.degree_words[lc(nx[2 * i + 2])] then
            goto continue
          end
          -- a time after the figure, a word of relative_time and a unit
          -- of time, a day, a month or a word of relative_time_nouns, is
          -- no noun it counts: 'finished seventh last season', 'sold 300
          -- last year' (not 'one last chance')
          if lw_i and prof.relative_time[lw_i] and nx[2 * i + 2] then
            local t = lc(nx[2 * i + 2])
            if prof.relative_time_nouns[t] or (prof.units[t] or NONE).dim == "time"
               or prof.weekdays[t] or prof.months[t] then
              goto continue
            end
          end
          local head, hs, he = nil, nil, nil
          local all_adj = false
          if w_i then
            head, hs, he = noun_phrase(nx, i, prof, lang, fig_starts)
            if head == nil and hs == true then all_adj = true end
            if hs == true then hs = nil end   -- (all adjectives: no position)
            -- a plural's possessive owns the noun after it, which the
            -- figure counts: `Three farmers' groups`, `the second-largest
            -- teachers' union`; a count after a determiner makes the
            -- owner its phrase: `the three farmers' crops`, not a rank)
            if hs and byte(text, he - 1) == 115
               and (rec.kind == "ordinal" or pclass ~= "det" and pclass ~= "poss") then
              local ap = byte(text, he) == 39 and he + 1 or sub(text, he, he + 2) == "\226\128\153" and he + 3
              if ap and byte(text, ap) == 32 then
                local h2, s2, e2 = noun_phrase(words_after(ctx, ap), 1, prof, lang, fig_starts)
                -- (a count's noun there is a plural: `two doctors' approval`
                -- counts doctors)
                local lh2 = h2 and lc(h2:match("%S+$"))
                if h2 and s2 and s2 ~= true
                   and (rec.kind == "ordinal" or ENDS_PLURAL_S[lh2] or prof.plural_nouns[lh2]) then
                  head, hs, he = h2, s2, e2
                end
              end
            end
            -- after `one_of` a superlative alone, its noun left out, is no
            -- noun: 'een van de zuinigste van Europa', before a preposition
            -- or the end (superlative_suffix; not 'een kwart van zijn oogst
            -- kwijtraakt')
            if used_of and head == w_i and #prof.superlative_suffix > 0
               and ends_in_suffix(lw_i, prof.superlative_suffix, 2)
               and (not nx[2 * i + 2] or closed[lc_cache[nx[2 * i + 2]] or lc(nx[2 * i + 2])] == "prep") then
              head = nil
            end
            -- right after a fraction, a word with a comparative's ending
            -- is no noun: 'drie honderdste sneller' (comparative_suffix)
            if head == w_i and rec.kind == "fraction" then
              if ends_in_suffix(lw_i, prof.comparative_suffix, 3) then head = nil end
            end
            -- after 'er' and a count other than one, a word shaped as a
            -- participle is one ('werden er vier gestopt'): no noun
            if head == w_i and rec.value ~= 1 and prof.participle_prefix[1]
               and ends_in_suffix(lw_i, prof.participle_suffix, 3)
               and after_backref(text, rec.start + 1, prof, aux[base + 5]) then
              local pre = prof.participle_prefix
              for k = 1, #pre do
                if sub(lw_i, 1, #pre[k]) == pre[k] then head = nil break end
              end
            end
          end
          local nxt = out[idx + 1]
          if head and used_of and nxt and nxt.start == he and POSSESSIVE[head] then
            -- a possessive right before the next figure determines that
            -- figure's noun, which this one counts too: 'Three of the
            -- company's 40 stores'
            if inherit == NONE then inherit = {} end
            inherit[idx] = true
          elseif head then
            of, os_, oe = head, hs, he
          else
            -- coordination: '3 of 6 maanden', 'een Libanese en twee
            -- Syrische soldaten', 'van de eerste naar de negende plaats'
            if nxt and nxt.start - e < 48 then
              local gap = sub(text, e, nxt.start)
              -- the words between, read once (past four, no coordination;
              -- nor past a word of no closed class, unless the phrase after
              -- the figure was all adjectives: the rest is then not read)
              local conj = false
              local nadj, nwords = 0, 0
              for w in gap:gmatch("[%a\128-\255']+") do
                nwords = nwords + 1
                if nwords > 4 then break end
                local lw = lc_cache[w] or lc(w)
                local cls = closed[lw]
                -- (and the two sides of a vote: 'met 23 tegen 14 stemmen')
                if cls == "conj" or lw == "naar" or lw == "tot" or lw == "to" or lw == "à"
                   or lw == "tegen" or lw == "against" then
                  conj = true
                elseif cls == "det" or cls == "poss" then -- fine
                elseif not cls then
                  nadj = nadj + 1
                  if not all_adj then break end
                end
              end
              -- (a comma after adjectives alone is a list's: 'twee gouden,
              -- één zilveren en drie bronzen medailles')
              if all_adj and find(gap, ",%s*$") then conj = true end
              -- (or a comma alone before a higher count, up to twice this
              -- one: an estimate, 'tien, twaalf bieders', not a list)
              if conj and nwords <= 4 and not gap:find("[.;:!?]") and
                 (nadj == 0 or all_adj)
                 or gap == ", " and kind == "cardinal" and nxt.kind == "cardinal"
                    and nxt.value > rec.value and nxt.value <= 2 * rec.value then
                if inherit == NONE then inherit = {} end
                inherit[idx] = true
              end
            end
            -- 'dat er 20.000 zijn': what the previous sentence counted
            if not inherit[idx] and last_with_of and rec.start - last_with_of["end"] < 600
               and after_backref(text, rec.start + 1, prof, aux[base + 5]) then
              local gap = sub(text, last_with_of["end"] + 1, rec.start)
              local ends = 0
              for _ in gap:gmatch("[.!?]%s") do ends = ends + 1 end
              if ends <= 1 then
                of, os_, oe = last_with_of.of, last_with_of.of_start + 1, last_with_of.of_end + 1
              end
            end
            -- 'The number of infections rose to 4,000' (not the first
            -- number of a score: what follows is no count of it)
            if not of and not inherit[idx] and COUNT_OF_KIND[kind]
               and prof.count_of[1] and aux[base + AUX + 4] ~= "score" then
              of, os_, oe = counted_before(text, rec.start + 1, prof, lang)
            end
          end
        end
      end
      if of then
        -- an elided article: "d'habitants" counts 'habitants'
        for k = 1, #elision do
          local el = elision[k]
          if #of > #el and lc(of):sub(1, #el) == el then
            of, os_ = of:sub(#el + 1), os_ + #el
            break
          end
        end
        rec.of = of
        rec.of_start, rec.of_end = os_ - 1, oe - 1
        last_with_of = rec
      end
    end
    ::continue::
  end
  -- inherited from the next figure
  for idx = #out - 1, 1, -1 do
    local rec, nxt = out[idx], out[idx + 1]
    local inh = inherit ~= NONE and inherit[idx]
    if inh and nxt.of then
      rec.of, rec.of_start, rec.of_end = nxt.of, nxt.of_start, nxt.of_end
    end
    -- and a currency or percent written after the next number, when a
    -- lone and/or stands between them, or the `naar`/`to` of a change,
    -- hedges after it: '775 miljoen en 480 miljoen euro', '5 of 10
    -- procent', 'van 180.000 naar bijna 520.000 euro' ('£3 million and
    -- £5 million' has its own; 'met 23 tegen 14 stemmen' counts votes);
    -- four digits read as a year are such a number too: 'van gemiddeld
    -- 1200 naar 1650 euro'
    if (inh and rec.kind == "cardinal" or rec.kind == "year") and not rec.unit
       and (nxt.kind == "money" or nxt.kind == "percent") then
      local c0 = byte(text, nxt.start + 1)
      if c0 and (c0 >= 48 and c0 <= 57 or c0 >= 97 and c0 <= 122)
         and M.joins_next(sub(text, rec["end"] + 1, nxt.start), closed, rec.kind == "year") then
        rec.kind, rec.unit = nxt.kind, nxt.unit
      end
    end
  end
end

-- does gap, the text between two figures, join them so that the second's
-- currency or percent is the first's too: white space, a conjunction (or
-- `naar`/`to`, the end of a change; only those after a year, whose `and`
-- joins years) and up to two adverbs, hedges (`bijna`, `nearly`), white
-- space
local CHANGE_TO = { naar = true, to = true, tot = true, auf = true, ["à"] = true }
function M.joins_next(gap, closed, change_only)
  local first = true
  for w, sp in gap:gmatch("([%a\128-\255]+)(%s*)") do
    local lw = lc_cache[w] or lc(w)
    if first then
      if not (CHANGE_TO[lw] or not change_only and closed[lw] == "conj") then return false end
      first = false
    elseif closed[lw] ~= "adv" then
      return false
    end
    if sp == "" then return false end
  end
  return not first and find(gap, "^%s") ~= nil and not find(gap, "[^%s%a\128-\255]")
end

-- a language this rule has lexicons for (the lexicon module caches a
-- list it found; a missing one is remembered here)
local no_lexicon = {}

-- the profile M.profile gives for a language, by the language's numbers
-- lexicon (the lexicon module's cached table: one per language and
-- search path, as M.profile's key): per article one lexicon.load and a
-- lookup, not a key string built and a second load
local profile_by_lexicon = setmetatable({}, { __mode = "k" })

-- and that profile again by the search path and the language, while the
-- lexicon module keeps its lists (same generation): as lexicon.load
-- would give the same list, per article two lookups, not a pcall of it
local profile_by_dirs, profile_generation = setmetatable({}, { __mode = "k" }), nil

function M.extract(article, emit)
  local lang = article.lang
  local dirs = lexicon.search_dirs
  local by_lang = profile_by_dirs[dirs]
  local prof = by_lang and lang and by_lang[lang]
  if prof and profile_generation == lexicon.generation then
    M.extract_with(article, emit, prof)
    return
  end
  if profile_generation ~= lexicon.generation then
    profile_by_dirs, profile_generation = setmetatable({}, { __mode = "k" }), lexicon.generation
  end
  prof = nil
  if lang and not no_lexicon[lang] then
    local ok, lex = pcall(lexicon.load, lang, "numbers")
    if ok then
      prof = profile_by_lexicon[lex]
      if not prof then
        prof = M.profile(lang, M.grammar)
        profile_by_lexicon[lex] = prof
      end
      by_lang = profile_by_dirs[dirs]
      if not by_lang then by_lang = {} profile_by_dirs[dirs] = by_lang end
      by_lang[lang] = prof
    else
      no_lexicon[lang] = true
    end
  end
  if not prof then prof = M.profile(nil, M.grammar) end
  M.extract_with(article, emit, prof)
end
function M.lang_ok(lang)
  if no_lexicon[lang] then return nil end
  if pcall(lexicon.load, lang, "numbers") then return lang end
  no_lexicon[lang] = true
  return nil
end

-- extend(spec) -> a new rule: spec.grammar replaces builders by name (the
-- others are kept), spec.name/description as for any rule.
function M.extend(spec)
  local new = {}
  for k, v in pairs(M) do new[k] = v end
  local g = {}
  for k, v in pairs(M.grammar) do g[k] = v end
  for k, v in pairs(spec.grammar or {}) do g[k] = v end
  new.grammar = g
  new.name = spec.name or M.name
  new.description = spec.description or M.description
  local own = {}
  new.profile = function(lang)
    local langs = lang and { lang } or M.FALLBACK_LANGS
    local key = table.concat(langs, "+") .. "\0" .. tostring(lexicon.load(langs[1], "numbers"))
    if not own[key] then own[key] = build_profile(langs, g) end
    return own[key]
  end
  new.extract = function(article, emit)
    local prof = new.profile(article.lang and M.lang_ok(article.lang) or nil)
    M.extract_with(article, emit, prof)
  end
  return new
end

return M
