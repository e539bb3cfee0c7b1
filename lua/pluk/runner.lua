-- pluk.runner: one run of the pluk command over a set of inputs.
--
--   inputs (files, directories, stdin) -> articles in the main state
--   -> jobs to worker.process (pool threads for -j > 1, in place for -j 1)
--   -> results in input order -> writer (or a script's collect())
--
-- Nothing is lost and nothing is torn: a bad input or a failing article is
-- reported (file, byte offset, article id) and the run goes on; output is
-- written a whole article at a time; on SIGINT/SIGTERM the run stops
-- between two articles, removes a temporary -o file and exits 130.

local core = require "pluk.core"
local json = require "pluk.json"
local read = require "pluk.read"
local worker = require "pluk.worker"
local write = require "pluk.write"

local M = {}

-- Articles larger than this are skipped and reported (--max-article-bytes).
M.MAX_ARTICLE_BYTES = 64 * 1024 * 1024

-- Reporter -----------------------------------------------------------------

local function new_reporter(opts)
  local r = { failed = 0, errors_file = nil }
  if opts.errors then
    local f, err = io.open(opts.errors, "wb")
    if not f then error({ usage = "cannot write --errors file: " .. err }) end
    r.errors_file = f
  end
  -- report(input, message [, offset [, id]])
  function r.report(input, msg, offset, id)
    r.failed = r.failed + 1
    local where = input
    if offset then where = where .. ": offset " .. offset end
    if id and id ~= input then where = where .. " (" .. id .. ")" end
    io.stderr:write("pluk: ", where, ": ", msg, "\n")
    if r.errors_file then
      r.errors_file:write(json.encode({ type = "error", input = input,
        offset = offset, doc = id, message = msg },
        { "type", "input", "offset", "doc", "message" }), "\n")
    end
  end
  function r.close()
    if r.errors_file then r.errors_file:close() end
  end
  return r
end

-- Inputs -------------------------------------------------------------------

local READABLE = { txt = "txt", jsonl = "jsonl", ndjson = "jsonl" }

-- kind_of(path) -> "txt" | "jsonl" | nil, and whether it is gzip'd
local function kind_of(path)
  local gz = path:lower():match("%.gz$") ~= nil
  local base = gz and path:sub(1, -4) or path
  local ext = base:match("%.([%w]+)$")
  return ext and READABLE[ext:lower()], gz
end

-- inputs(paths, report) -> array of {path, kind, gz, size}. Directories
-- are walked in name order; a symlinked directory is followed once (a loop
-- is reported, not followed); in a directory only regular files with a
-- known ending are taken (FIFOs, sockets and devices are skipped).
function M.inputs(paths, report)
  local out = {}
  local function add(p, kind, gz, size)
    out[#out + 1] = { path = p, kind = kind, gz = gz, size = size }
  end
  local function walk(dir, seen)
    local entries, err = core.listdir(dir)
    if not entries then report(dir, err:gsub("^.-: ", "")) return end
    for _, e in ipairs(entries) do
      local p = dir .. "/" .. e[1]
      local kind = e[2]
      local size
      if kind == "link" then kind = core.stat(p) or "dangling link" end
      if kind == "dir" then
        local _, _, id = core.stat(p)
        if seen[id] then
          report(p, "directory loop (already visited), skipped")
        else
          seen[id] = true
          walk(p, seen)
          seen[id] = nil
        end
      elseif kind == "file" and kind_of(p) then
        local k, gz = kind_of(p)
        _, size = core.stat(p)
        add(p, k, gz, size)
      elseif kind == "dangling link" and kind_of(p) then
        report(p, "broken symbolic link")
      end
    end
  end
  for _, p in ipairs(paths) do
    if p == "-" then
      add("-", "jsonl", false, nil)
    else
      local kind, err, id = core.stat(p)
      if not kind then
        report(p, (err:gsub("^.-: ", "")))
      elseif kind == "dir" then
        walk((p:gsub("(.)/+$", "%1")), { [id] = true })
      elseif kind == "other" then
        report(p, "not a regular file (FIFO, socket or device), skipped")
      else
        local k, gz = kind_of(p)
        local _, size = core.stat(p)
        add(p, k or "txt", gz, size)
      end
    end
  end
  return out
end

local function read_all(path)
  local f, err = (path == "-") and io.stdin or io.open(path, "rb")
  if not f then return nil, err end
  local data, rerr = f:read("a")
  if path ~= "-" then f:close() end
  if not data then return nil, rerr end
  return data
end
M.read_all = read_all


-- jobs(input, opts, submit, report): submit(job, nbytes) for each article
-- of one input; problems go to report and the next article is read. The
-- main state only reads and splits, streaming, so memory stays bounded
-- by --max-article-bytes whatever the file size; JSON lines are decoded,
-- and languages detected, in the workers.
local function jobs(input, opts, submit, report)
  local name = input.path == "-" and "<stdin>" or input.path
  local max = opts.max_article_bytes
  local function too_big(n, offset, what)
    report(name, string.format("%s of %s bytes is over --max-article-bytes %d, skipped",
                               what, n, max), offset)
  end
  if input.kind == "txt" and not input.gz and input.size and input.size > max then
    too_big(input.size, nil, "article")
    return
  end
  local r, err = core.open_input(input.path, input.gz)
  if not r then
    report(name, err)
    return
  end
  if input.kind ~= "jsonl" then
    -- a buffer of the file's size, not of the limit, when the size is known
    local want = max + 1
    if input.size and not input.gz then want = math.min(input.size + 1, want) end
    local bytes, rerr, off = r:read(want)
    if bytes and #bytes == want and want <= max then   -- it grew since stat
      local rest
      rest, rerr, off = r:read(max + 1 - want)
      bytes = rest and bytes .. rest
    end
    if bytes and #bytes > max then
      too_big("more than " .. max, nil, "article")
    elseif not bytes then
      report(name, rerr, off)
    elseif bytes:sub(1, 2) == "\255\254" or bytes:sub(1, 2) == "\254\255" then
      report(name, "looks like UTF-16 (byte order mark); pluk reads UTF-8", 0)
    else
      submit(worker.pack_article(read.txt(bytes, input.path, { detect = false })), #bytes)
    end
    r:close()
    return
  end
  -- JSON lines, streamed: the reader cuts lines in C and lets a line
  -- over the limit stream past, only counted, so memory stays bounded
  -- whatever the line's length
  local match = string.match
  local lineno = 0
  while true do
    local line, at, off = r:line(max)
    if line == nil then
      if at then report(name, at, off) end   -- a read error: message, offset
      break
    end
    lineno = lineno + 1
    if line == false then
      too_big(at, off, "line " .. lineno)
    else
      if lineno == 1 and line:sub(1, 3) == "\239\187\191" then
        line, at = line:sub(4), at + 3   -- a UTF-8 BOM (Windows tools)
      end
      if match(line, "^[ \t\r]*()") <= #line then   -- not blank
        submit(worker.pack_line(line, name, lineno, at), #line)
      end
    end
  end
  r:close()
end

-- shard_filter(spec) -> function(article) -> true when the article is
-- this shard's: "I/N" keeps articles whose id hashes (CRC-32) to I mod N.
-- Applied in the workers, where JSONL ids are first known.
function M.shard_filter(spec)
  if not spec then return nil end
  local i, n = spec:match("^(%d+)/(%d+)$")
  i, n = tonumber(i), tonumber(n)
  if not i or n < 1 or i >= n then
    error({ usage = "--shard takes I/N with 0 <= I < N" })
  end
  return function(a) return core.crc32(a.id or "") % n == i end
end

-- Progress -----------------------------------------------------------------

local function new_progress(opts, total_bytes)
  local show = opts.progress
  if show == nil then show = not opts.quiet and core.isatty(2) end
  local p = { articles = 0, bytes = 0, t0 = core.clock(), last = 0 }
  function p.update(nbytes)
    p.articles = p.articles + 1
    p.bytes = p.bytes + nbytes
    if not show then return end
    local now = core.clock()
    if now - p.last < 0.2 then return end
    p.last = now
    local rate = p.bytes / math.max(now - p.t0, 1e-6) / 1e6
    local eta = ""
    if total_bytes and total_bytes > 0 then
      local left = math.max(total_bytes - p.bytes, 0) / 1e6 / math.max(rate, 1e-6)
      eta = string.format("  %3d%%  ETA %ds",
        math.floor(100 * math.min(p.bytes / total_bytes, 1)), math.floor(left))
    end
    io.stderr:write(string.format("\r%d articles  %.1f MB/s%s   ", p.articles, rate, eta))
  end
  function p.finish()
    if show and p.articles > 0 then io.stderr:write("\n") end
  end
  return p
end

-- Output -------------------------------------------------------------------

local function open_output(opts)
  if not opts.output or opts.output == "-" then return io.stdout end
  local tmp = string.format("%s.%d.tmp", opts.output, math.floor(core.clock() * 1000) % 1000000)
  local f, err = io.open(tmp, "wb")
  if not f then error({ usage = "cannot write output: " .. err }) end
  opts._tmp = tmp
  return f
end

-- A failed write (full disk, closed pipe) ends the run: status 2.
local function checked(out)
  return {
    write = function(_, s)
      local ok, err = out:write(s)
      if not ok then error({ output = err }) end
    end,
    flush = function()
      local ok, err = out:flush()
      if not ok then error({ output = err }) end
    end,
  }
end

-- Run ----------------------------------------------------------------------

-- run(opts) -> exit status (0, 1, 2 or 130)
function M.run(opts)
  opts.max_article_bytes = opts.max_article_bytes or M.MAX_ARTICLE_BYTES
  local reporter = new_reporter(opts)
  local report = reporter.report
  M.shard_filter(opts.shard)  -- a bad spec is a usage error here, not later

  -- rules or the script are loaded here first, so a broken file is one
  -- clear error (exit 2) before any worker starts
  local main_script
  if opts.sandbox then require("pluk.sandbox").harden() end
  if opts.command == "run" then
    local ok, script = pcall(worker.load_script, opts)
    if not ok then error({ script = script }) end
    main_script = script
    opts.collect = script.collect ~= nil
  else
    local set = require("pluk.rules").load_set(opts.rules, opts)
    if opts.format ~= "jsonl" and not opts.fields then
      -- workers get the same list through opts
      opts.fields = write.default_fields(set.rules)
    end
  end

  local paths = opts.paths
  if opts.files_from then
    local list, ferr = read_all(opts.files_from)
    if not list then error({ usage = "--files-from: " .. tostring(ferr) }) end
    for line in list:gmatch("[^\r\n]+") do paths[#paths + 1] = line end
  end
  if #paths == 0 then
    if core.isatty(0) then
      error({ usage = "no input (give a PATH, or pipe JSON lines in)" })
    end
    paths = { "-" }
  end
  local list = M.inputs(paths, report)
  local total = 0
  for _, input in ipairs(list) do total = total + (input.size or 0) end

  local raw_out = open_output(opts)
  core.catch_interrupt(opts._tmp)
  -- whole articles are written with one write each and nothing waits in a
  -- stdio buffer, so even a forced exit never leaves half a line
  raw_out:setvbuf("no")
  local out = checked(raw_out)
  local writer = write.new(opts.format, out, opts.fields)
  local progress = new_progress(opts, total)

  local pool, process
  local ok_start, start_err = pcall(function()
    if opts.jobs > 1 then
      pool = core.pool(opts.jobs, worker.setup_chunk(opts))
    else
      process = worker.processor(opts)
    end
  end)
  if not ok_start then error({ script = start_err }) end

  local pluk = require "pluk"
  local script_failed = false
  local function take(result)
    local lines, recs, failed, n = worker.unpack_result(result)
    if failed then
      report(failed.input, failed.message, failed.offset, failed.id)
      -- an error in a user's script on an article is a script error
      -- (status 2), but the other articles still run
      if main_script and failed.id then script_failed = true end
    end
    if recs ~= "" then
      -- the main state's collect() sees the records in input order
      for line in recs:gmatch("[^\n]+") do
        local ok, cerr = xpcall(main_script.collect, debug.traceback,
                                json.decode(line))
        if not ok then error({ script = cerr }) end
      end
    end
    writer:write_lines(lines, n)
  end
  local function drain_one(nowait)
    local ok, result = pool:next(opts.unordered, nowait)
    if ok == nil then return false end
    if not ok then error({ script = "worker: " .. result }) end
    take(result)
    return true
  end

  -- in the main state, pluk.emit (from collect/finish) writes directly
  pluk._set_emit(function(rec)
    if type(rec) ~= "table" then error("pluk.emit takes a table", 2) end
    writer:write(rec)
  end)

  local interrupted = false
  local function submit(job, nbytes)
    if interrupted then return end
    if core.interrupted() then interrupted = true return end
    if pool then
      if pool:full() then
        -- wait for one result, then take every other one that is ready:
        -- the main state wakes once per batch, not once per article
        repeat drain_one() until not pool:full()
        while drain_one(true) do end
      end
      pool:submit(job)
    else
      take(process(job))
    end
    progress.update(nbytes)
  end
  for _, input in ipairs(list) do
    jobs(input, opts, submit, report)
    if interrupted then break end
  end
  if pool then
    while drain_one() do end
    pool:close()
  end
  if main_script and main_script.finish and not interrupted then
    local ok, ferr = xpcall(main_script.finish, debug.traceback)
    if not ok then error({ script = ferr }) end
  end
  pluk._set_emit(nil)
  progress.finish()
  writer:close()
  reporter.close()
  if raw_out ~= io.stdout then
    raw_out:close()
    if interrupted then
      os.remove(opts._tmp)
    else
      local ok, err = os.rename(opts._tmp, opts.output)
      if not ok then error({ output = err }) end
    end
  end
  if interrupted then
    io.stderr:write("pluk: interrupted\n")
    return 130
  end
  if script_failed then return 2 end
  if reporter.failed > 0 then
    if not opts.quiet then
      io.stderr:write(string.format("pluk: %d problem%s (see above)\n",
        reporter.failed, reporter.failed == 1 and "" or "s"))
    end
    return 1
  end
  return 0
end

-- For the CLI: remove a temporary output file after a fatal error.
function M.cleanup(opts)
  if opts._tmp then os.remove(opts._tmp) end
end

return M
