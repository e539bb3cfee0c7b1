-- pluk: quotes, figures and attributions out of news text.
--
-- The module a stock lua5.4 gets from `require "pluk"`, and the one the
-- pluk command preloads. Submodules load on first use, so `require "pluk"`
-- stays cheap.

local core = require "pluk.core"

local pluk = {
  VERSION = core.VERSION,
  core = core,
}

local lazy = {
  text = "pluk.text",          -- segmentation, normalisation, LPeg classes
  rules = "pluk.rules",        -- finding and loading rule files
  lexicon = "pluk.lexicon",    -- word lists beside the rules
  json = "pluk.json",
  read = "pluk.read",          -- article readers
  write = "pluk.write",        -- record writers
  lang = "pluk.lang",          -- language detection
  record = "pluk.record",      -- record schema and validation
  names = "pluk.names",        -- person/organisation name helpers for rules
}

setmetatable(pluk, {
  __index = function(t, k)
    local mod = lazy[k]
    if mod then
      local v = require(mod)
      rawset(t, k, v)
      return v
    end
  end,
})

-- The emitter a one-off script's pluk.emit(record) writes to; the runner
-- sets it for each article. Outside a run, emitting is an error.
local current_emit = nil

function pluk.emit(record)
  if not current_emit then
    error("pluk.emit called outside a run (no article is being processed)", 2)
  end
  current_emit(record)
end

-- For the runner only: route pluk.emit to `fn` (nil to stop); returns the
-- previous emitter so nested uses (-j 1 runs workers in the main state)
-- can restore it.
function pluk._set_emit(fn)
  local previous = current_emit
  current_emit = fn
  return previous
end

-- Sentences as news text has them: UAX #29 corrected for abbreviations,
-- initials, quotes and headings (pluk.sentences module).
function pluk.sentences(s, lang)
  return require("pluk.sentences").split(s, lang)
end

-- extract(text [, opts]) -> array of records (Lua tables, 0-based byte
-- offsets, end exclusive), in text order.
--   opts.rules  rule names/paths (array or comma string), default rules
--   opts.lang   "nl", "en", ... or "auto" (default)
--   opts.id     doc id put in each record (default "-")
--   opts.date   article date (YYYY-MM[-DD]) when known
local rules_mod, read_mod   -- loaded on the first extract (require costs a lookup a call)
function pluk.extract(text, opts)
  opts = opts or {}
  if not rules_mod then rules_mod, read_mod = require "pluk.rules", require "pluk.read" end
  local set = rules_mod.load_set(opts.rules, opts)
  local article = read_mod.article_of(text, opts.id, nil, opts.date, opts.lang)
  return set:extract(article)
end

return pluk
