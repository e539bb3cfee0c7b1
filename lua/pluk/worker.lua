-- pluk.worker: what runs in each worker state of a run, and the job
-- format between the main state and the workers.
--
-- The main state reads input and packs each article into a job string;
-- a worker unpacks it, runs the rules (or a script's article()) and
-- returns the article's output already formatted, the records as JSON
-- lines when the main state's script wants to collect() them, and the
-- error, if the article failed. Only strings cross states, and -j 1 runs
-- the very same process() in the main state, so the output is the same at
-- any -j.

local json = require "pluk.json"

local M = {}

-- Two kinds of job. "A": an article the main state already has (a .txt
-- file). "J": one raw JSONL line with where it came from, so the JSON
-- decoding, like language detection, happens in the workers and the main
-- state only reads and splits. The text (or line) goes last, joined with
-- `..` after a packed header: one copy of the article, where string.pack
-- would regrow its buffer byte-range by byte-range.
local JOB_A = "<c1s4s4s4s4s4j"  -- "A", id, path, date, lang, meta, header_end; text
local JOB_J = "<c1s4jj"         -- "J", input name, line number, byte offset; line
-- lines, records (jsonl), failed input, failed article id, error, error
-- offset (-1: none), record count
local RESULT = "s8s8s8s8s8jj"

local function opt_str(s) return s or "" end
local function str_opt(s) if s == "" then return nil end return s end

-- pack_article(a) -> job string
function M.pack_article(a)
  local meta = ""
  if a.meta and next(a.meta) then meta = json.encode(a.meta) end
  return string.pack(JOB_A, "A", opt_str(a.id), opt_str(a.path),
                     opt_str(a.date), opt_str(a.lang), meta,
                     a.header_end or 0) .. a.text
end

-- pack_line(line, input, lineno, offset) -> job string for one JSONL line
function M.pack_line(line, input, lineno, offset)
  return string.pack(JOB_J, "J", input, lineno, offset) .. line
end

-- unpack_article(job) -> article table, or nil, input, message, offset
-- (a JSONL line that is not an article). opts: text_field, id_field, lang.
function M.unpack_article(job, opts)
  if job:sub(1, 1) == "J" then
    local _, input, lineno, offset, at = string.unpack(JOB_J, job)
    local a, err, off = require("pluk.read").jsonl_line(job,
      { path = input, lineno = lineno, offset = offset, detect = false },
      opts or {}, at)
    if not a then return nil, input, err, off end
    return a
  end
  local _, id, path, date, lang, meta, header_end, at = string.unpack(JOB_A, job)
  return { text = job:sub(at), id = id, path = str_opt(path),
           date = str_opt(date), lang = str_opt(lang),
           meta = meta ~= "" and json.decode(meta) or {},
           header_end = header_end }
end

-- unpack_result(result) -> lines, records_jsonl, failure or nil, count;
-- failure = {input=, id=, message=, offset=}
function M.unpack_result(result)
  local lines, recs, input, id, err, off, n = string.unpack(RESULT, result)
  local failed
  if err ~= "" then
    failed = { input = input, id = str_opt(id), message = err,
               offset = off >= 0 and off or nil }
  end
  return lines, recs, failed, n
end

local function failure(input, id, err, offset)
  return string.pack(RESULT, "", "", input or "-", id or "", tostring(err),
                     offset or -1, 0)
end

local function article_failure(a, err)
  return failure(a.path or a.id, a.id, err, nil)
end

-- article_of(job, opts) -> article ready for the rules (language set), or
-- nil, result string of the failure
local EMPTY = string.pack(RESULT, "", "", "", "", "", -1, 0)

local function article_of(job, opts)
  local a, input, err, off = M.unpack_article(job, opts)
  if not a then return nil, failure(input, nil, err, off) end
  if opts.keep and not opts.keep(a) then return nil, EMPTY end
  if opts.lang then a.lang = opts.lang end
  if not a.lang then
    -- detected on first use: a script that never asks pays nothing
    local done, lang = false, nil
    setmetatable(a, { __index = function(t, k)
      if k ~= "lang" then return nil end
      if not done then
        done, lang = true, require("pluk.lang").detect(t.text)
      end
      return lang
    end })
  end
  return a
end

-- load_script(opts) -> the script's table (file opts.script or opts.code).
-- Raises "path:line: message" for errors in loading or running its chunk.
function M.load_script(opts)
  local chunk, err
  local env = require("pluk.rules").sandboxed and require("pluk.sandbox").env()
              or nil
  -- (an explicit nil env would make _ENV nil: pass it only when set)
  if opts.code then
    if env then chunk, err = load(opts.code, "=(command line)", "t", env)
    else chunk, err = load(opts.code, "=(command line)", "t") end
  else
    if env then chunk, err = loadfile(opts.script, "t", env)
    else chunk, err = loadfile(opts.script, "t") end
  end
  if not chunk then error(err, 0) end
  local script = chunk()
  if type(script) ~= "table" then
    error((opts.script or "(command line)") ..
          ": a script must return a table of functions " ..
          "(begin, article, collect, finish)", 0)
  end
  return script
end

-- processor(opts) -> process(job) -> result string.
-- opts: what the CLI parsed (rules, rules_path, format, fields, and for
-- `pluk run`: script or code, and collect = the main state wants records).
function M.processor(opts)
  if opts.shard and not opts.keep then
    opts.keep = require("pluk.runner").shard_filter(opts.shard)
  end
  if opts.sandbox then
    local sandbox = require "pluk.sandbox"
    sandbox.harden()
    local inner = M.processor_unlimited(opts)
    local limits = setmetatable({
      cpu_seconds = opts.sandbox_seconds,
      memory = opts.sandbox_memory and opts.sandbox_memory * 1024 * 1024,
    }, { __index = sandbox.LIMITS })
    return sandbox.limit(inner, function(job, message)
      local a, input = M.unpack_article(job, opts)
      if a then return article_failure(a, message) end
      return failure(input, nil, message, nil)
    end, limits)
  end
  return M.processor_unlimited(opts)
end

function M.processor_unlimited(opts)
  local record = require "pluk.record"
  local write = require "pluk.write"
  local format_line = write.formatter(opts.format or "jsonl", opts.fields)

  if opts.script or opts.code then
    local pluk = require "pluk"
    local script = M.load_script(opts)
    if script.begin then script.begin() end
    local article_fn = script.article or function() end
    return function(job)
      local a, failed = article_of(job, opts)
      if not a then return failed end
      local out, recs, n = {}, {}, 0
      local previous = pluk._set_emit(function(rec)
        rec = record.check(rec, a, nil)
        n = n + 1
        if opts.collect then recs[n] = record.to_json(rec) .. "\n"
        else out[n] = format_line(rec) end
      end)
      local ok, err = xpcall(article_fn, debug.traceback, a)
      pluk._set_emit(previous)
      if not ok then return article_failure(a, err) end
      return string.pack(RESULT, table.concat(out), table.concat(recs), "",
                         "", "", -1, n)
    end
  end

  local rules = require "pluk.rules"
  local set = rules.load_set(opts.rules, opts)
  return function(job)
    local a, failed = article_of(job, opts)
    if not a then return failed end
    local ok, recs = pcall(set.extract, set, a)
    if not ok then return article_failure(a, recs) end
    local out, n = {}, 0
    for _, rec in ipairs(recs) do
      if rec.start >= a.header_end then
        n = n + 1
        out[n] = format_line(rec)
      end
    end
    return string.pack(RESULT, table.concat(out), "", "", "", "", -1, n)
  end
end

-- The options a worker needs, as plain data.
local function plain(opts)
  return { rules = opts.rules, rules_path = opts.rules_path,
           format = opts.format, fields = opts.fields, script = opts.script,
           code = opts.code, collect = opts.collect, sandbox = opts.sandbox,
           sandbox_seconds = opts.sandbox_seconds,
           sandbox_memory = opts.sandbox_memory, lang = opts.lang,
           text_field = opts.text_field, id_field = opts.id_field,
           shard = opts.shard }
end

-- setup_chunk(opts) -> the Lua source a pool worker runs to build its
-- process() (the options travel as JSON).
function M.setup_chunk(opts)
  return string.format(
    "local json = require 'pluk.json'\n" ..
    "return require('pluk.worker').processor(json.decode(%q))",
    json.encode(plain(opts)))
end

return M
