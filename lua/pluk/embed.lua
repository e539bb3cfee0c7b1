-- pluk.embed: the Lua side of libpluk (core/pluk.c). Keeps the handle's
-- rule set and flattens records for the C callback.

local json = require "pluk.json"
local read = require "pluk.read"
local record = require "pluk.record"
local rules = require "pluk.rules"

local M = {}

local state = { set = nil, lang = nil, rules_path = nil }

-- setup{rules=, rules_path=, lang=}: loads the rules (errors propagate to
-- pluk_error as "file:line: message").
function M.setup(opts)
  if opts.rules_path then state.rules_path = opts.rules_path end
  if opts.lang then state.lang = opts.lang ~= "auto" and opts.lang or nil end
  state.set = rules.load_set(opts.rules, { rules_path = state.rules_path })
end

-- extract(text, id) -> array of {type, start, end, text, json, fields}
-- where fields is a flat array key1, value1-as-JSON, key2, ...
function M.extract(text, id)
  local a = read.article { text = text, id = id, lang = state.lang }
  local out = {}
  for _, rec in ipairs(state.set:extract(a)) do
    local fields = {}
    for _, k in ipairs(record.keys(rec)) do
      if k ~= "doc" and k ~= "type" and k ~= "start" and k ~= "end" and
         k ~= "text" then
        fields[#fields + 1] = k
        fields[#fields + 1] = json.encode(rec[k])
      end
    end
    out[#out + 1] = { type = rec.type, start = rec.start, ["end"] = rec["end"],
                      text = rec.text, json = record.to_json(rec),
                      fields = fields }
  end
  return out
end

return M
