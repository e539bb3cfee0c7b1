-- pluk.lexicon: the word lists rules use, kept as data files per language
-- beside the rules: <rules dir>/<lang>/<name>.txt
--
-- File format (docs/rules.md): UTF-8, one entry a line; '#' starts a
-- comment (a whole line, or after white space); blank lines are skipped;
-- `entry = value` gives the entry a value (the text after " = "); `entry =`
-- with nothing after it gives it the empty value "". Entries keep inner
-- spaces ("meer dan").
--
-- A list is looked up along the rule search path like a rule, so a user's
-- <dir>/nl/cue_verbs.txt replaces the built-in one; `+<name>.txt` in a
-- user directory *adds* to it instead (`rules/nl/+cue_verbs.txt`).

local M = {}

local cache = {}

-- The search path set_path set last (read only: pluk.rules and the
-- figures rule compare it per article, which costs less than a call).
M.search_dirs = {}

-- Set by pluk.rules when a rule set loads or runs.
function M.set_path(dirs)
  M.search_dirs = dirs
end

-- The same lists again, by the search path table itself, then language
-- and name: rules ask for them on every article, and the string key
-- below costs a concatenation and a long-string hash each time. A list
-- that is missing is remembered as its error message (no file is opened
-- again). Weak, so a dropped path table goes with its entries.
local by_dirs = setmetatable({}, { __mode = "k" })

-- bumped by reset(): callers that keep lists of their own (pluk.lang)
-- know to load them again
M.generation = 0

function M.reset()
  cache = {}
  by_dirs = setmetatable({}, { __mode = "k" })
  M.generation = M.generation + 1
end

local function read_file(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function parse(text, path, into)
  local n = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    line = line:gsub("\r$", "")
    line = line:gsub("^%s*#.*$", ""):gsub("%s+#.*$", "")
    line = line:match("^%s*(.-)%s*$")
    if line ~= "" then
      local entry, value = line:match("^(.-)%s+=%s+(.*)$")
      -- (`entry =`: an empty value; the trailing spaces went above)
      if not entry then
        entry = line:match("^(.-)%s+=$")
        if entry then value = "" end
      end
      if not entry then entry, value = line, true end
      if entry == "" then
        error(string.format("%s:%d: entry is empty", path, n), 0)
      end
      if into.values[entry] == nil then
        into.list[#into.list + 1] = entry
      end
      into.values[entry] = value
    end
  end
end

-- load(lang, name [, dirs]) -> lexicon {list = {entries in file order},
-- values = {entry -> value or true}}. Missing list -> an error naming the
-- places searched. Cached per search path.
local load_uncached

function M.load(lang, name, dirs)
  dirs = dirs or M.search_dirs
  local per = by_dirs[dirs]
  local langs = per and per[lang]
  local hit = langs and langs[name]
  if hit then
    if hit.missing then error(hit.missing, 2) end
    if hit.bad then error(hit.bad, 0) end
    return hit
  end
  -- (a missing list is an error where it was asked for; a malformed one
  -- names the file and line itself)
  local ok, lex, missing = pcall(load_uncached, lang, name, dirs)
  if not ok then lex = { bad = lex } elseif not lex then lex = { missing = missing } end
  if not per then per = {} by_dirs[dirs] = per end
  if not langs then langs = {} per[lang] = langs end
  langs[name] = lex
  if lex.missing then error(lex.missing, 2) end
  if lex.bad then error(lex.bad, 0) end
  return lex
end

load_uncached = function(lang, name, dirs)
  local key = lang .. "/" .. name .. "\0" .. table.concat(dirs, ";")
  local lex = cache[key]
  if lex then return lex end
  local rel = lang .. "/" .. name .. ".txt"
  local base, extra = nil, {}
  for _, d in ipairs(dirs) do
    local plus = d .. "/" .. lang .. "/+" .. name .. ".txt"
    local s = read_file(plus)
    if s then extra[#extra + 1] = { s, plus } end
    local full = d .. "/" .. rel
    s = read_file(full)
    if s then base = { s, full } break end
  end
  if not base and #extra == 0 then
    return nil, "lexicon '" .. rel .. "' not found in: " .. table.concat(dirs, ";")
  end
  lex = { list = {}, values = {}, lang = lang, name = name }
  if base then parse(base[1], base[2], lex) end
  for _, e in ipairs(extra) do parse(e[1], e[2], lex) end
  cache[key] = lex
  return lex
end

-- set(lang, name) -> table entry -> value (true for plain entries).
function M.set(lang, name, dirs)
  return M.load(lang, name, dirs).values
end

-- exists(lang, name) -> boolean.
function M.exists(lang, name, dirs)
  for _, d in ipairs(dirs or M.search_dirs) do
    local f = io.open(d .. "/" .. lang .. "/" .. name .. ".txt", "rb")
    if f then f:close() return true end
  end
  return false
end

-- pattern(lang, name [, opts]) -> an LPeg pattern matching any entry,
-- longest first, as whole words (not followed by a letter or digit).
-- opts.caseless: also match with the first letter upper-cased.
function M.pattern(lang, name, opts)
  local lpeg = require "lpeg"
  local text = require "pluk.text"
  local list = M.load(lang, name).list
  local words = {}
  for _, w in ipairs(list) do
    words[#words + 1] = w
    if opts and opts.caseless then
      local first = w:match("^[%z\1-\127\194-\244][\128-\191]*")
      local up = text.upper(first) .. w:sub(#first + 1)
      if up ~= w then words[#words + 1] = up end
    end
  end
  table.sort(words, function(a, b)
    if #a ~= #b then return #a > #b end
    return a < b
  end)
  local p = lpeg.P(false)
  for _, w in ipairs(words) do p = p + lpeg.P(w) end
  return p * -text.P.word_char
end

return M
