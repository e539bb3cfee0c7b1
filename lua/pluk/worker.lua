-- pluk.worker: what runs in each worker state of a parallel run, and the
-- job format between the main state and the workers.
--
-- The main state reads input and packs each article into a job string;
-- a worker unpacks it, runs the rules and returns the article's output
-- already formatted, plus its error lines. Only strings cross states, and
-- -j 1 runs the very same process() in the main state, so the output is
-- the same at any -j.

local json = require "pluk.json"

local M = {}

local JOB = "s4s4s4s4s4s4j"   -- text, id, path, date, lang, meta, header_end
local RESULT = "s4s4s4j"      -- output lines, failed article id, error, count

local function opt_str(s) return s or "" end
local function str_opt(s) if s == "" then return nil end return s end

-- pack_article(a) -> job string
function M.pack_article(a)
  local meta = ""
  if a.meta and next(a.meta) then meta = json.encode(a.meta) end
  return string.pack(JOB, a.text, opt_str(a.id), opt_str(a.path),
                     opt_str(a.date), opt_str(a.lang), meta, a.header_end or 0)
end

-- unpack_article(job) -> article table
function M.unpack_article(job)
  local text, id, path, date, lang, meta, header_end = string.unpack(JOB, job)
  return { text = text, id = id, path = str_opt(path), date = str_opt(date),
           lang = str_opt(lang), meta = meta ~= "" and json.decode(meta) or {},
           header_end = header_end }
end

-- unpack_result(result) -> lines, failed id or nil, error, record count
function M.unpack_result(result)
  local lines, id, err, n = string.unpack(RESULT, result)
  return lines, str_opt(id), err, n
end

-- rules_processor(opts) -> process(job) -> result string.
-- opts: rules, rules_path, format, fields (what the CLI parsed).
function M.rules_processor(opts)
  local rules = require "pluk.rules"
  local write = require "pluk.write"
  local set = rules.load_set(opts.rules, opts)
  local format_line = write.formatter(opts.format or "jsonl", opts.fields)
  return function(job)
    local a = M.unpack_article(job)
    local ok, recs = pcall(set.extract, set, a)
    if not ok then
      return string.pack(RESULT, "", a.id or "-", tostring(recs), 0)
    end
    local out, n = {}, 0
    for _, rec in ipairs(recs) do
      if rec.start >= a.header_end then
        n = n + 1
        out[n] = format_line(rec)
      end
    end
    return string.pack(RESULT, table.concat(out), "", "", n)
  end
end

-- setup_chunk(opts) -> the Lua source a pool worker runs to build its
-- process() (the options travel as JSON).
function M.setup_chunk(opts)
  local plain = { rules = opts.rules, rules_path = opts.rules_path,
                  format = opts.format, fields = opts.fields }
  return string.format(
    "local json = require 'pluk.json'\n" ..
    "return require('pluk.worker').rules_processor(json.decode(%q))",
    json.encode(plain))
end

return M
