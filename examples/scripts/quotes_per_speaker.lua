-- Quotes per speaker over an article set: a table sorted by count.
--
--   pluk run examples/scripts/quotes_per_speaker.lua examples/articles
--
-- article() runs in the workers and emits each quote; collect() and
-- finish() run in the main state, so the totals are the same at any -j.
local pluk = require "pluk"

local counts = {}

return {
  article = function(a)
    for _, rec in ipairs(pluk.extract(a.text, { lang = a.lang, rules = { "quotes" } })) do
      if rec.start >= a.header_end then pluk.emit(rec) end
    end
  end,
  collect = function(rec)
    local who = rec.speaker
    if who == nil or who == pluk.json.null then who = "(unknown)" end
    counts[who] = (counts[who] or 0) + 1
  end,
  finish = function()
    local rows = {}
    for who, n in pairs(counts) do rows[#rows + 1] = { who, n } end
    table.sort(rows, function(x, y)
      if x[2] ~= y[2] then return x[2] > y[2] end
      return x[1] < y[1]
    end)
    for _, r in ipairs(rows) do
      pluk.emit { type = "speaker_count", speaker = r[1], quotes = r[2] }
    end
  end,
}
