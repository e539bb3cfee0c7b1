-- pluk.cli: the pluk command (all of it but `pluk lua`, which is C).
--
--   pluk [options] [PATH...]             default rules over articles
--   pluk run SCRIPT|-e CODE [PATH...]    a one-off script over articles
--   pluk rules                           the rules found, and where
--
-- Exit status: 0 all went well; 1 some input could not be read (each
-- reported on stderr with its file and byte offset, the rest processed);
-- 2 usage errors and errors in a user's script or rule.

local core = require "pluk.core"
local pluk = require "pluk"
local read = require "pluk.read"
local record = require "pluk.record"
local rules = require "pluk.rules"
local write = require "pluk.write"

local M = {}

local HELP = [==[
usage: pluk [options] [PATH...]            run the default rules
       pluk run SCRIPT [options] [PATH...] run a one-off Lua script
       pluk run -e CODE [options] [PATH...]
       pluk rules [--rules-path DIR]       list the rules found
       pluk lua [options] [script [args]]  Lua 5.4 interpreter with lpeg,
                                           re and pluk loadable

PATH is a file or a directory (walked recursively, in name order); '-' or
no PATH reads JSON lines from standard input. Files: .txt (one article;
a leading 'date YYYY-MM[-DD]' line is metadata), .jsonl (one JSON
object per line with a "text" field), and .txt.gz / .jsonl.gz.

options:
  -r, --rules NAME|PATH[,...]  rules to run (default: quotes,attributions,
                               figures); a NAME is searched along the path
      --rules-path DIR         search DIR for rules first (repeatable)
  -e CODE                      (run) the script given inline
      --lang nl|en|de|fr|auto  article language (default auto: detect)
  -f, --format jsonl|tsv|csv   output format (default jsonl)
      --fields A,B,...         columns for tsv/csv (default: doc,type,start,
                               end,text,speaker,cue,value,high,kind,unit,of)
  -o, --output FILE            write records to FILE (atomically, at the end)
      --text-field NAME        JSONL field holding the text (default text)
      --id-field NAME          JSONL field holding the id (default id)
      --files-from FILE        read input paths from FILE, one a line
  -j, --jobs N                 worker threads for the rules (default: the
                               number of cores); output order and bytes do
                               not depend on N
      --unordered              write each article's records as soon as they
                               are ready (faster; order varies with -j)
  -q, --quiet                  print nothing but errors
  -h, --help                   this text
  -V, --version                versions of pluk, Lua, LPeg, utf8proc, Unicode

environment:
  PLUK_RULES_PATH  ';'-separated rule directories; ';;' adds the defaults
  XDG_DATA_HOME    user rules in $XDG_DATA_HOME/pluk/rules

examples:
  pluk examples/articles                      quotes, attributions, figures
  pluk -r figures --lang nl -f csv news.jsonl figures only, as CSV
  pluk -j 8 -o quotes.jsonl -r quotes archive/  eight workers, to a file
  pluk run -e 'return {article = function(a) print(a.id, #a.text) end}' dir/
  pluk rules --rules-path ./myrules           which rule file wins
]==]

local function version_text()
  local lpeg = require "lpeg"
  return string.format(
    "pluk %s\n%s\nLPeg %s\nutf8proc %s\nUnicode %s\n",
    core.VERSION, core.LUA_RELEASE, lpeg.version(), core.UTF8PROC_VERSION,
    core.UNICODE_VERSION)
end

local function usage_error(msg)
  io.stderr:write("pluk: ", msg, "\n", "Try 'pluk --help'.\n")
  return 2
end

-- Options that take a value, and the key they set.
local VALUE_OPTS = {
  ["-r"] = "rules", ["--rules"] = "rules", ["--rules-path"] = "rules_path",
  ["-e"] = "code", ["--lang"] = "lang", ["-f"] = "format",
  ["--format"] = "format", ["--fields"] = "fields", ["-o"] = "output",
  ["--output"] = "output", ["--text-field"] = "text_field",
  ["--id-field"] = "id_field", ["--files-from"] = "files_from",
  ["-j"] = "jobs", ["--jobs"] = "jobs",
}
local FLAG_OPTS = {
  ["-q"] = "quiet", ["--quiet"] = "quiet", ["-h"] = "help",
  ["--help"] = "help", ["-V"] = "version", ["--version"] = "version",
  ["--unordered"] = "unordered",
}
local LANGS = { nl = true, en = true, de = true, fr = true, auto = true }

-- parse(args) -> opts, or nil, message
function M.parse(args)
  local opts = { paths = {}, rules_path = {} }
  local i = 1
  if args[1] == "run" or args[1] == "rules" then
    opts.command = args[1]
    i = 2
  end
  local only_paths = false
  while i <= #args do
    local a = args[i]
    local key, value = a:match("^(%-%-[%w-]+)=(.*)$")
    key = key or a
    if only_paths or a == "-" or a:sub(1, 1) ~= "-" then
      if opts.command == "run" and not opts.script and not opts.code then
        opts.script = a
      else
        opts.paths[#opts.paths + 1] = a
      end
    elseif a == "--" then
      only_paths = true
    elseif VALUE_OPTS[key] then
      if not value then
        i = i + 1
        value = args[i]
        if value == nil then return nil, "option '" .. a .. "' needs a value" end
      end
      local k = VALUE_OPTS[key]
      if k == "rules_path" then
        opts.rules_path[#opts.rules_path + 1] = value
      else
        opts[k] = value
      end
    elseif FLAG_OPTS[a] then
      opts[FLAG_OPTS[a]] = true
    else
      return nil, "unknown option '" .. a .. "'"
    end
    i = i + 1
  end
  if opts.code and opts.command ~= "run" then
    return nil, "-e goes with 'pluk run'"
  end
  if opts.lang and not LANGS[opts.lang] then
    return nil, "--lang takes nl, en, de, fr or auto"
  end
  opts.format = opts.format or "jsonl"
  if opts.format ~= "jsonl" and opts.format ~= "tsv" and opts.format ~= "csv" then
    return nil, "--format takes jsonl, tsv or csv"
  end
  if opts.fields then
    local list = {}
    for f in opts.fields:gmatch("[^,]+") do list[#list + 1] = f end
    opts.fields = list
  end
  if opts.lang == "auto" then opts.lang = nil end
  if opts.jobs then
    local n = math.tointeger(tonumber(opts.jobs))
    if not n or n < 1 or n > 256 then
      return nil, "-j takes a number of workers from 1 to 256"
    end
    opts.jobs = n
  else
    opts.jobs = core.cpu_count()
  end
  return opts
end

-- Input enumeration --------------------------------------------------------

local READABLE = { txt = "txt", jsonl = "jsonl", ndjson = "jsonl" }

-- kind_of(path) -> "txt" | "jsonl" | nil, and whether it is gzip'd
local function kind_of(path)
  local gz = path:lower():match("%.gz$") ~= nil
  local base = gz and path:sub(1, -4) or path
  local ext = base:match("%.([%w]+)$")
  return ext and READABLE[ext:lower()], gz
end

-- inputs(paths) -> array of {path=, kind=}, or problems reported via
-- report(path, msg). Directories are walked in name order; symlinked
-- directories are followed once (a loop is reported, not followed).
local function inputs(paths, report)
  local out = {}
  local function walk(dir, seen)
    local entries, err = core.listdir(dir)
    if not entries then report(dir, err) return end
    for _, e in ipairs(entries) do
      local p = dir .. "/" .. e[1]
      local kind = e[2]
      if kind == "link" then kind = core.stat(p) or "other" end
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
        out[#out + 1] = { path = p, kind = k, gz = gz }
      end
    end
  end
  for _, p in ipairs(paths) do
    if p == "-" then
      out[#out + 1] = { path = "-", kind = "jsonl" }
    else
      local kind, err, id = core.stat(p)
      if not kind then
        report(p, (err:gsub("^.-: ", "")))
      elseif kind == "dir" then
        walk(p:gsub("/+$", ""), { [id] = true })
      else
        local k, gz = kind_of(p)
        out[#out + 1] = { path = p, kind = k or "txt", gz = gz }
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

-- for_each_article(input, opts, fn, report): fn(article) per article.
local function for_each_article(input, opts, fn, report)
  local bytes, err = read_all(input.path)
  if not bytes then
    report(input.path, ((err or "cannot read"):gsub("^.-: ", "")))
    return
  end
  local name = input.path == "-" and "<stdin>" or input.path
  if input.gz or (input.path == "-" and bytes:sub(1, 2) == "\31\139") then
    local plain, gerr, off = core.gunzip(bytes)
    if not plain then
      report(name, gerr, off)
      return
    end
    bytes = plain
  end
  if input.kind == "jsonl" then
    read.jsonl(bytes, name, opts, function(a, msg, off)
      if a then fn(a) else report(name, msg, off) end
    end)
  else
    if bytes:sub(1, 2) == "\255\254" or bytes:sub(1, 2) == "\254\255" then
      report(name, "looks like UTF-16 (byte order mark); pluk reads UTF-8", 0)
      return
    end
    fn(read.txt(bytes, input.path, opts))
  end
end

-- Running ------------------------------------------------------------------

local function open_output(opts)
  if not opts.output or opts.output == "-" then return io.stdout end
  local tmp = opts.output .. ".tmp" .. tostring(os.time())
  local f, err = io.open(tmp, "wb")
  if not f then error({ usage = "cannot write output: " .. err }) end
  opts._tmp = tmp
  return f
end

local function close_output(opts, out)
  if out == io.stdout then out:flush() return end
  out:close()
  local ok, err = os.rename(opts._tmp, opts.output)
  if not ok then error({ usage = "cannot write output: " .. err }) end
end

-- Loads a one-off script: a file or -e CODE returning a table of optional
-- functions begin(), article(a), finish().
local function load_script(opts)
  local chunk, err
  if opts.code then
    chunk, err = load(opts.code, "=(command line)", "t")
  else
    chunk, err = loadfile(opts.script, "t")
  end
  if not chunk then error({ usage = err }) end
  local ok, script = pcall(chunk)
  if not ok then error({ script = script }) end
  if type(script) ~= "table" then
    error({ script = (opts.script or "(command line)") ..
      ": a script must return a table of functions (begin, article, finish)" })
  end
  return script
end

local function run(opts)
  local problems = 0
  local function report(path, msg, offset)
    problems = problems + 1
    if offset then
      io.stderr:write(string.format("pluk: %s: offset %d: %s\n", path,
                                    offset, msg))
    else
      io.stderr:write(string.format("pluk: %s: %s\n", path, msg))
    end
  end

  local script, set
  local ok, err = pcall(function()
    if opts.command == "run" then
      script = load_script(opts)
    else
      set = rules.load_set(opts.rules, opts)
    end
  end)
  if not ok then
    if type(err) == "table" then err = err.usage or err.script end
    io.stderr:write("pluk: ", tostring(err), "\n")
    return 2
  end

  local paths = opts.paths
  if opts.files_from then
    local list, ferr = read_all(opts.files_from)
    if not list then return usage_error(ferr) end
    for line in list:gmatch("[^\r\n]+") do paths[#paths + 1] = line end
  end
  if #paths == 0 then
    if core.isatty(0) then
      return usage_error("no input (give a PATH, or pipe JSON lines in)")
    end
    paths = { "-" }
  end

  local dispatch, drain
  local out = open_output(opts)
  local writer = write.new(opts.format, out, opts.fields)
  local current
  pluk._set_emit(function(rec)
    if current then
      rec = record.check(rec, current, nil)
    elseif type(rec) ~= "table" then
      error("pluk.emit takes a table", 3)
    end
    writer:write(rec)
  end)

  local function call_script(fname, ...)
    local f = script[fname]
    if f == nil then return true end
    local sok, serr = xpcall(f, debug.traceback, ...)
    if not sok then
      io.stderr:write("pluk: ", tostring(serr), "\n")
    end
    return sok
  end

  -- Rules run through worker.process: in worker threads for -j > 1, in
  -- this state for -j 1; the same function either way, so the same bytes.
  local worker = require "pluk.worker"
  local pool, process
  local function take(result)
    local lines, failed, err, n = worker.unpack_result(result)
    writer:write_lines(lines, n)
    if failed then report(failed, err) end
  end
  -- drain(limit): take results until at most `limit` are in flight
  local function drain_one()
    local ok, result = pool:next(opts.unordered)
    if ok == nil then return false end
    if not ok then error({ usage = "worker: " .. result }) end
    take(result)
    return true
  end
  function drain(limit)
    if limit == 0 then
      while drain_one() do end
    else
      while pool:full() do drain_one() end
    end
  end
  function dispatch(a)
    local job = worker.pack_article(a)
    if pool then
      drain(1)
      pool:submit(job)
    else
      take(process(job))
    end
  end
  if set then
    if opts.jobs > 1 then
      pool = core.pool(opts.jobs, worker.setup_chunk(opts))
    else
      process = worker.rules_processor(opts)
    end
  end

  if script and not call_script("begin") then return 2 end
  local status = 0
  for _, input in ipairs(inputs(paths, report)) do
    for_each_article(input, opts, function(a)
      if status == 2 then return end
      if opts.lang then a.lang = opts.lang end
      if script then
        current = a
        if not call_script("article", a) then status = 2 end
        current = nil
      else
        dispatch(a)
      end
    end, report)
  end
  if pool then drain(0) end
  if status == 0 and script and not call_script("finish") then status = 2 end
  if pool then pool:close() end
  pluk._set_emit(nil)
  writer:close()
  close_output(opts, out)
  if status ~= 0 then return status end
  return problems > 0 and 1 or 0
end

local function list_rules(opts)
  local dirs = rules.path(opts)
  local found = rules.list(dirs)
  for _, r in ipairs(found) do
    local desc = ""
    local ok, rule = pcall(rules.load, r.path, dirs)
    if ok then
      desc = rule.description or ""
    else
      desc = "(does not load: " .. tostring(rule) .. ")"
    end
    io.stdout:write(string.format("%-14s %s\n%-14s   %s\n", r.name, desc, "",
                                  r.path))
    for _, s in ipairs(r.shadowed) do
      io.stdout:write(string.format("%-14s   (shadows %s)\n", "", s))
    end
  end
  io.stdout:write("search path:\n")
  for _, d in ipairs(dirs) do io.stdout:write("  ", d, "\n") end
  return 0
end

-- main(args) -> exit status
function M.main(args)
  local opts, err = M.parse(args)
  if not opts then return usage_error(err) end
  if opts.help then io.stdout:write(HELP) return 0 end
  if opts.version then io.stdout:write(version_text()) return 0 end
  if opts.command == "rules" then return list_rules(opts) end
  if opts.command == "run" and not opts.script and not opts.code then
    return usage_error("'pluk run' needs a SCRIPT or -e CODE")
  end
  local ok, res = pcall(run, opts)
  if ok then return res end
  if type(res) == "table" and res.usage then return usage_error(res.usage) end
  error(res, 0)
end

return M
