-- pluk.embed: the Lua side of libpluk (core/pluk.c). Keeps the handle's
-- rule set and flattens records for the C callback.

local json = require "pluk.json"
local read = require "pluk.read"
local record = require "pluk.record"
local rules = require "pluk.rules"

local M = {}

local state = { set = nil, lang = nil, rules_path = nil, sandboxed = nil }

-- setup{rules=, rules_path=, lang=, sandbox=, sandbox_seconds=}: loads the
-- rules (errors propagate to pluk_error as "file:line: message"). With
-- sandbox, extraction runs through the same limited worker process as
-- `pluk --sandbox`.
function M.setup(opts)
  if opts.rules_path then state.rules_path = opts.rules_path end
  if opts.lang then state.lang = opts.lang ~= "auto" and opts.lang or nil end
  if opts.sandbox then
    require("pluk.sandbox").harden()
    state.sandbox_seconds = opts.sandbox_seconds or state.sandbox_seconds
  end
  local sandboxed = rules.sandboxed
  state.set = rules.load_set(opts.rules, { rules_path = state.rules_path })
  if sandboxed then
    local worker = require "pluk.worker"
    state.sandboxed = worker.processor { rules = opts.rules,
      rules_path = state.rules_path, format = "jsonl", sandbox = true,
      sandbox_seconds = state.sandbox_seconds }
  end
end

-- The records of article a: directly, or in the sandbox through the
-- limited worker (JSON lines back, decoded here).
local function records_of(a)
  if not state.sandboxed then return state.set:extract(a) end
  local worker = require "pluk.worker"
  local lines, _, failed = worker.unpack_result(
    state.sandboxed(worker.pack_article(a)))
  if failed then error(failed.message, 0) end
  local recs = {}
  for line in lines:gmatch("[^\n]+") do recs[#recs + 1] = json.decode(line) end
  return recs
end

-- extract(text, id) -> array of {type, start, end, text, json, fields}
-- where fields is a flat array key1, value1-as-JSON, key2, ...
function M.extract(text, id)
  local a = read.article { text = text, id = id, lang = state.lang }
  local out = {}
  for _, rec in ipairs(records_of(a)) do
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
