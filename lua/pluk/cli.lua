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
local rules = require "pluk.rules"
local runner = require "pluk.runner"

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
      --fields A,B,...         columns for tsv/csv (default: the record
                               type's own, docs/cli.md; mixed types:
                               doc,type,start,end,text,speaker,cue,value,
                               high,kind,unit,of)
  -o, --output FILE            write records to FILE (atomically, at the end)
      --text-field NAME        JSONL field holding the text (default text)
      --id-field NAME          JSONL field holding the id (default id)
      --files-from FILE        read input paths from FILE, one a line
  -j, --jobs N                 worker threads for the rules (default: the
                               number of cores); output order and bytes do
                               not depend on N
      --unordered              write each article's records as soon as they
                               are ready (faster; order varies with -j)
      --errors FILE            also write each problem to FILE as a JSON line
      --max-article-bytes N    skip (and report) larger articles
                               (default 67108864, 64 MiB)
      --shard I/N              process only articles whose id hashes to I
                               (CRC-32 mod N): one of N parallel jobs
      --progress, --no-progress  force the progress line on standard error
                               on or off (default: on when it is a terminal)
      --sandbox                run rules (and scripts) from others: a
                               restricted environment, memory, instruction
                               and CPU-time limits per article
      --sandbox-seconds N      CPU seconds per article in the sandbox
                               (default 10)
      --sandbox-memory MB      memory a sandboxed worker may use (default 512)
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
  ["-j"] = "jobs", ["--jobs"] = "jobs", ["--errors"] = "errors",
  ["--max-article-bytes"] = "max_article_bytes", ["--shard"] = "shard",
  ["--sandbox-seconds"] = "sandbox_seconds",
  ["--sandbox-memory"] = "sandbox_memory",
}
local FLAG_OPTS = {
  ["-q"] = "quiet", ["--quiet"] = "quiet", ["-h"] = "help",
  ["--help"] = "help", ["-V"] = "version", ["--version"] = "version",
  ["--unordered"] = "unordered", ["--progress"] = "progress",
  ["--sandbox"] = "sandbox",
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
    elseif a == "--no-progress" then
      opts.progress = false
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
  for _, k in ipairs { "sandbox_seconds", "sandbox_memory" } do
    if opts[k] then
      local n = math.tointeger(tonumber(opts[k]))
      if not n or n < 1 then
        return nil, "--" .. k:gsub("_", "-") .. " takes a positive whole number"
      end
      opts[k] = n
    end
  end
  if opts.max_article_bytes then
    local n = math.tointeger(tonumber(opts.max_article_bytes))
    if not n or n < 1 then return nil, "--max-article-bytes takes a positive number" end
    opts.max_article_bytes = n
  end
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
  local ok, res = pcall(runner.run, opts)
  if ok then return res end
  runner.cleanup(opts)
  if type(res) == "table" then
    if res.usage then return usage_error(res.usage) end
    if res.script then io.stderr:write("pluk: ", tostring(res.script), "\n") return 2 end
    if res.output then
      io.stderr:write("pluk: cannot write output: ", tostring(res.output), "\n")
      return 2
    end
  end
  error(res, 0)
end

return M
