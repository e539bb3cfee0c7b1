-- pluk.rules: where rule files are found, how they are loaded, and how a
-- set of them runs over one article.
--
-- Search path, first match wins (docs/rules.md):
--   1. directories given with --rules-path (opts.rules_path)
--   2. $PLUK_RULES_PATH, ';'-separated; ';;' splices in 3 and 4, as in
--      LUA_PATH (without ';;' only the listed directories are searched)
--   3. $XDG_DATA_HOME/pluk/rules (default ~/.local/share/pluk/rules)
--   4. the built-in rules
-- A rule is named by its file name without .lua; a name containing '/' or
-- ending in .lua is a path.

local core = require "pluk.core"
local record = require "pluk.record"

local M = {}

-- The rules a plain `pluk FILE` runs, in this order.
M.DEFAULT = { "quotes", "attributions", "figures" }

local function dir_of(path)
  return path:match("^(.*)/[^/]*$") or "."
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() return true end
  return false
end

-- The built-in rules directory: set by the host (pluk command, libpluk),
-- else the build tree next to this file, else the installed location.
function M.builtin_dir()
  if core.RULES_DIR then return core.RULES_DIR end
  -- from a stock lua5.4: this file is <lua dir>/pluk/rules.lua, the lua
  -- dir being ./lua in a build tree or <prefix>/share/lua/5.4 installed
  local src = debug.getinfo(1, "S").source
  if src:sub(1, 1) == "@" then
    local lua_dir = dir_of(dir_of(src:sub(2)))
    for _, rel in ipairs { "/../rules", "/../../pluk/rules" } do
      if exists(lua_dir .. rel .. "/nl/function_words.txt") then
        return lua_dir .. rel
      end
    end
  end
  return core.INSTALLED_RULES_DIR
end

local function split_path(s)
  local out = {}
  for item in (s .. ";"):gmatch("([^;]*);") do out[#out + 1] = item end
  return out
end

-- path(opts) -> array of directories, in search order.
--   opts.rules_path: array of directories or a ';'-separated string
--   opts.env: a getenv function (tests pass their own), default os.getenv
function M.path(opts)
  opts = opts or {}
  local getenv = opts.env or os.getenv
  local dirs = {}
  local explicit = opts.rules_path
  if type(explicit) == "string" then explicit = split_path(explicit) end
  for _, d in ipairs(explicit or {}) do
    if d ~= "" then dirs[#dirs + 1] = d end
  end
  local xdg = getenv("XDG_DATA_HOME")
  if not xdg or xdg == "" then
    local home = getenv("HOME")
    xdg = home and (home .. "/.local/share") or nil
  end
  local defaults = {}
  if xdg then defaults[#defaults + 1] = xdg .. "/pluk/rules" end
  defaults[#defaults + 1] = M.builtin_dir()
  local env = getenv("PLUK_RULES_PATH")
  if env and env ~= "" then
    local spliced = false
    for _, item in ipairs(split_path((env:gsub(";;", ";\0;")))) do
      if item == "\0" then
        if not spliced then
          for _, d in ipairs(defaults) do dirs[#dirs + 1] = d end
          spliced = true
        end
      elseif item ~= "" then
        dirs[#dirs + 1] = item
      end
    end
  else
    for _, d in ipairs(defaults) do dirs[#dirs + 1] = d end
  end
  return dirs
end

local function is_path(name)
  return name:find("/", 1, true) or name:sub(-4) == ".lua"
end

-- find(name, dirs) -> file path or nil, message listing where it looked.
function M.find(name, dirs)
  if is_path(name) then
    if exists(name) then return name end
    return nil, "rule file '" .. name .. "' not found"
  end
  local tried = {}
  for _, d in ipairs(dirs) do
    local f = d .. "/" .. name .. ".lua"
    if exists(f) then return f end
    tried[#tried + 1] = "\n\tno file '" .. f .. "'"
  end
  return nil, "rule '" .. name .. "' not found:" .. table.concat(tried)
end

-- list(dirs) -> array of {name=, path=, shadowed={paths}} for every rule
-- file along the path, sorted by name; a name found twice is taken from
-- the first directory and the later files are listed as shadowed.
function M.list(dirs)
  local by_name, names = {}, {}
  for _, d in ipairs(dirs) do
    local entries = core.listdir(d)
    for _, e in ipairs(entries or {}) do
      local n = e[1]:match("^(.+)%.lua$")
      if n and (e[2] == "file" or e[2] == "link") then
        local path = d .. "/" .. e[1]
        if by_name[n] then
          table.insert(by_name[n].shadowed, path)
        else
          by_name[n] = { name = n, path = path, shadowed = {} }
          names[#names + 1] = n
        end
      end
    end
  end
  table.sort(names)
  local out = {}
  for i, n in ipairs(names) do out[i] = by_name[n] end
  return out
end

-- One UTF-8 unit (or one stray byte), for scanning with a rule's pattern.
local function unit_skipper()
  local lpeg = require "lpeg"
  local cont = lpeg.R("\128\191")
  return lpeg.R("\0\127") + lpeg.R("\194\244") * cont^-3 + 1
end

-- A rule that gives `pattern` instead of `extract`: every match of the
-- pattern, tried at each code point, is one record (the scan resumes after
-- the match). The pattern may capture a table of fields, named groups, or
-- nothing.
local function extract_from_pattern(rule)
  local lpeg = require "lpeg"
  local match = lpeg.Cp() * lpeg.Ct(rule.pattern) * lpeg.Cp()
  local one = match / function(s, fields, e) return { s, fields, e } end
  local scan = lpeg.Ct((one + unit_skipper())^0)
  local rtype = rule.type or rule.name
  return function(article, emit)
    for _, m in ipairs(scan:match(article.text)) do
      -- fields come from named group captures (lpeg.Cg(p, "name")) and/or
      -- from a table the pattern captures first; other captures are ignored
      local caps, rec = m[2], {}
      if type(caps[1]) == "table" then
        for k, v in pairs(caps[1]) do rec[k] = v end
      end
      for k, v in pairs(caps) do
        if type(k) == "string" then rec[k] = v end
      end
      rec.type = rec.type or rtype
      rec.start, rec["end"] = m[1] - 1, m[3] - 1
      emit(rec)
    end
  end
end

local function check_rule(rule, path)
  local function bad(msg) error(path .. ": " .. msg, 0) end
  if type(rule) ~= "table" then bad("a rule file must return a table") end
  if type(rule.name) ~= "string" then bad("rule has no 'name' string") end
  if rule.langs ~= "*" and type(rule.langs) ~= "table" then
    bad("rule 'langs' must be a list of language codes or \"*\"")
  end
  if rule.extract == nil and rule.pattern == nil then
    bad("rule needs an 'extract(article, emit)' function or a 'pattern'")
  end
  if rule.extract ~= nil and type(rule.extract) ~= "function" then
    bad("rule 'extract' must be a function")
  end
  if not rule.extract then rule.extract = extract_from_pattern(rule) end
  if type(rule.langs) == "table" then
    local set = {}
    for _, l in ipairs(rule.langs) do set[l] = true end
    rule.lang_set = set
  end
  rule.path = path
  return rule
end

-- Loaded rule files, per path, for this Lua state: a run loads each once.
local loaded = {}

-- --sandbox: rule files get pluk.sandbox's environment instead of one that
-- reads through to _G. Set once per state, before any rule loads.
M.sandboxed = false
-- In the sandbox, mark(path) notes which rule runs, so a rule killed for
-- its CPU time is named (pluk.core.sandbox_mark).
M.mark = nil
-- In the sandbox, where() -> "file:line" the instruction hook last saw.
M.where = nil

-- load(name_or_path [, dirs]) -> rule table. The file is run as a Lua
-- chunk with its own environment (globals read through to _G, writes
-- stay in the rule) and receives (name, path) as `...`.
function M.load(name, dirs)
  dirs = dirs or M.path()
  local path, err = M.find(name, dirs)
  if not path then error(err, 0) end
  if loaded[path] then return loaded[path] end
  local env = M.sandboxed and require("pluk.sandbox").env()
              or setmetatable({}, { __index = _G })
  local chunk, lerr = loadfile(path, "t", env)
  if not chunk then error(lerr, 0) end
  local ok, rule = pcall(chunk, name, path)
  if not ok then error(rule, 0) end
  rule = check_rule(rule, path)
  loaded[path] = rule
  return rule
end


local Set = {}
Set.__index = Set

-- The emit function rules get, one for every set and article: it adds to
-- the run in progress (emit_out, emit_article, emit_rule), where a closure
-- made per rule and article cost its upvalues and their freeing each
-- time. Set:extract keeps the caller's run and puts it back, so a rule
-- may run pluk.extract itself.
-- (It does what pluk.record.check does, with the C check called here: a
-- Lua call less per record.)
local emit_out, emit_article, emit_rule
local check_record, null = core.check_record, require("pluk.json").null
local function emit(rec)
  local article = emit_article
  local bad, name = check_record(rec, article.text, null, emit_rule, article.id)
  if bad then record.reject(bad, name, rec, article, emit_rule) end
  emit_out[#emit_out + 1] = rec
end

-- set:extract(article) -> array of records in text order (start, then
-- end, then emission order, which follows rule order). Each record is checked (pluk.record.check).
local lexicon_mod   -- pluk.lexicon, loaded on first use
function Set:extract(article)
  -- (room for eight records, made with the table: an article's records
  -- are appended one by one, and an empty table grows by doubling, a
  -- resize at the first, second, third and fifth)
  local out = { nil, nil, nil, nil, nil, nil, nil, nil }
  lexicon_mod = lexicon_mod or require "pluk.lexicon"
  local dirs = self.dirs
  if lexicon_mod.search_dirs ~= dirs then lexicon_mod.set_path(dirs) end
  local outer_out, outer_article, outer_rule = emit_out, emit_article, emit_rule
  emit_out, emit_article = out, article
  -- the rules as ipairs would give them, without its call per rule
  local rules, i = self.rules, 1
  while true do
    local rule = rules[i]
    if rule == nil then break end
    local lang = article.lang
    if rule.langs == "*" or lang == nil or rule.lang_set[lang] == true then
      emit_rule = rule
      if M.mark then M.mark(rule.path) end
      local ok, err = pcall(rule.extract, article, emit)
      if not ok then
        emit_out, emit_article, emit_rule = outer_out, outer_article, outer_rule
        -- the message must name the rule file; errors without a position
        -- (out of memory, error objects) get the file prepended
        err = tostring(err)
        if err == "not enough memory" and M.where then
          -- Lua gives no position for memory errors; the sandbox's hook
          -- knows the last line it saw in this rule, if it saw one
          local at = M.where()
          err = (at and (at .. ": ") or "") .. err .. " (memory limit)"
        end
        if not err:find(rule.path, 1, true) then
          err = rule.path .. ": " .. err
        end
        error(err, 0)
      end
    end
    i = i + 1
  end
  emit_out, emit_article, emit_rule = outer_out, outer_article, outer_rule
  -- (no call for an article with one record or none)
  if out[2] ~= nil then record.sort(out) end
  return out
end

local sets = {}
-- the set load_set gave last, with what it was asked (see load_set)
local last_set
local load_new_set

-- same_list(a, b) -> whether two arrays hold the same strings
local function same_list(a, b)
  if #a ~= #b then return false end
  for i = 1, #a do
    if a[i] ~= b[i] then return false end
  end
  return true
end

-- same_path(kept, given): a rules_path, nil, a string or an array
local function same_path(kept, given)
  if type(kept) == "table" and type(given) == "table" then return same_list(kept, given) end
  return kept == given
end

-- Forget loaded rules and sets (tests; a long-lived host that wants to
-- pick up edited rule files without a new state).
function M.reset()
  loaded, sets, last_set = {}, {}, nil
  require("pluk.lexicon").reset()
end

-- load_set(names [, opts]) -> a rule set. names: array, comma-separated
-- string, or nil for M.DEFAULT.
function M.load_set(names, opts)
  opts = opts or {}
  -- pluk.extract asks for its set once per article: the last answer is
  -- kept while the names, the explicit path and the environment the path
  -- is made from are the same (a caller's own getenv is never trusted)
  local getenv = os.getenv
  local xdg, home, env = getenv("XDG_DATA_HOME"), getenv("HOME"), getenv("PLUK_RULES_PATH")
  local last = last_set
  local rp = opts.rules_path
  -- first the cheap test, without type() calls: the caller's own names and
  -- path again (the same string, or the same tables, compared again as
  -- they may have been changed in place); then the test by content
  if last and names == last.given_names and rp == last.given_path and not opts.env
     and last.xdg == xdg and last.home == home and last.env == env
     and (last.names_string or same_list(last.names, names or M.DEFAULT))
     and (not last.path_table or same_list(last.rules_path, rp)) then
    return last.set
  end
  local given_names = names
  if type(names) == "string" then
    local list = {}
    for n in names:gmatch("[^,]+") do list[#list + 1] = n end
    names = list
  end
  names = names or M.DEFAULT
  if last and not opts.env and same_list(last.names, names)
     and same_path(last.rules_path, rp)
     and last.xdg == xdg and last.home == home and last.env == env then
    return last.set
  end
  local dirs = M.path(opts)
  local key = table.concat(names, ",") .. "\0" .. table.concat(dirs, ";")
  local set = sets[key]
  if not set then
    set = load_new_set(names, dirs)
    sets[key] = set
  end
  if not opts.env then
    local path_table = type(rp) == "table"
    last_set = { names = { table.unpack(names) }, xdg = xdg, home = home, env = env, set = set,
                 rules_path = path_table and { table.unpack(rp) } or rp,
                 given_names = given_names, names_string = type(given_names) == "string",
                 given_path = rp, path_table = path_table }
  end
  return set
end

load_new_set = function(names, dirs)
  require("pluk.lexicon").set_path(dirs)
  local set = setmetatable({ rules = {}, dirs = dirs }, Set)
  for i, n in ipairs(names) do set.rules[i] = M.load(n, dirs) end
  return set
end

return M
