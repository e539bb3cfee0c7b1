-- pluk.record: the shape of a record (docs/records.md).
--
-- Every record has, in this order: doc, type, start, end (0-based byte
-- offsets into the article text, end exclusive), text (exactly the bytes
-- [start,end)), then its type's own fields in the order below, then any
-- other fields a custom rule adds, sorted by name.

local json = require "pluk.json"

local M = {}

M.COMMON = { "doc", "type", "start", "end", "text" }

-- Field order per known type; a custom type may register its own with
-- M.define(type, fields).
M.FIELDS = {
  quote = { "speaker", "speaker_text", "speaker_start", "speaker_end", "cue",
            "lang" },
  attribution = { "speaker", "speaker_text", "speaker_start", "speaker_end",
                  "cue", "lang" },
  figure = { "value", "high", "kind", "range_kind", "unit", "of", "of_start",
             "of_end", "approx", "lang" },
}

local order_cache = {}

function M.define(rtype, fields)
  M.FIELDS[rtype] = fields
  order_cache[rtype] = nil
end

function M.key_order(rtype)
  local keys = order_cache[rtype]
  if keys then return keys end
  keys = { table.unpack(M.COMMON) }
  for _, f in ipairs(M.FIELDS[rtype] or {}) do keys[#keys + 1] = f end
  order_cache[rtype] = keys
  return keys
end


local function bad_record(rule, msg)
  error(string.format("%s: bad record from rule '%s': %s",
                      rule and rule.path or "?", rule and rule.name or "?",
                      msg), 0)
end

local check_record = require("pluk.core").check_record

-- reject(bad, name, rec, article, rule): raises the error for
-- pluk.core.check_record's answer bad (and name) on rec; for M.check and
-- for the emit of pluk.rules, which calls check_record itself
function M.reject(bad, name, rec, article, rule)
  if bad == "table" then
    bad_record(rule, "emit() takes a table")
  elseif bad == "span" then
    bad_record(rule, "start and end must be integers (0-based byte offsets)")
  elseif bad == "range" then
    bad_record(rule, string.format(
      "span [%d,%d) is outside the article (%d bytes)", rec.start, rec["end"],
      #article.text))
  elseif bad == "text" then
    bad_record(rule, string.format(
      "text %q is not the bytes [%d,%d) of the article", rec.text, rec.start,
      rec["end"]))
  elseif bad == "key" then
    bad_record(rule, "field names must be strings")
  else
    bad_record(rule, "field '" .. name ..
                     "' must be a string, number, boolean or json.null")
  end
end

-- check(rec, article, rule) -> rec, completed: doc from the
-- article, text from the span when missing. Raises an error naming the
-- rule file when the record is malformed; that error is the rule's bug,
-- not the input's.
function M.check(rec, article, rule)
  -- (the checks, the type's default and doc run in C,
  -- pluk.core.check_record; the messages are here)
  local bad, name = check_record(rec, article.text, json.null, rule, article.id)
  if bad then M.reject(bad, name, rec, article, rule) end
  return rec
end

-- Text order: start, then end, then the order of emission (which follows
-- the rules' order in the set). table.sort is not stable, so the emission
-- order is made explicit.
-- the first index i after from (from + 1 .. n) whose record comes
-- before the one at i - 1 in text order, or nil when recs[from .. n] are
-- in order
local function order_break(recs, from, n)
  for i = from + 1, n do
    local a, b = recs[i - 1], recs[i]
    if a.start > b.start or (a.start == b.start and a["end"] > b["end"]) then return i end
  end
  return nil
end

function M.sort(recs)
  -- most rules emit in text order: then there is nothing to do
  local n = #recs
  local cut = order_break(recs, 1, n)
  if not cut then return recs end
  -- two runs in text order (two rules, each emitting in order: quotes,
  -- then attributions): merged, the first run's record first at a tie, as
  -- the emission order has it; a merge reads each record once, where the
  -- sort below called its comparison some n log n times
  if not order_break(recs, cut, n) then
    local left = table.move(recs, 1, cut - 1, 1, {})
    local nl, i, j, k = cut - 1, 1, cut, 1
    while i <= nl and j <= n do
      local a, b = left[i], recs[j]
      if b.start < a.start or (b.start == a.start and b["end"] < a["end"]) then
        recs[k] = b
        j = j + 1
      else
        recs[k] = a
        i = i + 1
      end
      k = k + 1
    end
    table.move(left, i, nl, k, recs)
    return recs
  end
  local seq = {}
  for i, r in ipairs(recs) do seq[r] = i end
  table.sort(recs, function(a, b)
    if a.start ~= b.start then return a.start < b.start end
    if a["end"] ~= b["end"] then return a["end"] < b["end"] end
    return seq[a] < seq[b]
  end)
  return recs
end

-- keys(rec) -> the record's field names in output order: the common
-- fields, the type's fields, then the rest sorted by name.
function M.keys(rec)
  local out, seen = {}, {}
  for _, k in ipairs(M.key_order(rec.type)) do
    seen[k] = true
    if rec[k] ~= nil then out[#out + 1] = k end
  end
  local rest = {}
  for k in pairs(rec) do
    if not seen[k] then rest[#rest + 1] = k end
  end
  table.sort(rest)
  for _, k in ipairs(rest) do out[#out + 1] = k end
  return out
end

-- to_json(rec) -> one JSON object, fields in record order, no newline.
function M.to_json(rec)
  return json.encode(rec, M.key_order(rec.type))
end

return M
