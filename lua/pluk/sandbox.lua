-- pluk.sandbox: running rules from others (`--sandbox`).
--
-- By default a rule file is trusted code. In the sandbox a rule file runs
-- in an environment built from the allow-list below, and the state it
-- runs in is hardened (see harden()). The lists are plain data with a
-- reason per entry, in the manner of Redis's Lua scripting sandbox, so a
-- review reads them rather than code. Limits that Lua alone cannot keep
-- (memory, instruction count, the CPU time of a pure-C LPeg match) are set
-- by the runner through pluk.core (see docs/sandbox.md).

local M = {}

-- Globals a sandboxed rule sees, each with why it is safe.
M.ALLOW = {
  { "string", "text functions; string.dump is removed from the state" },
  { "table", "pure data manipulation" },
  { "math", "pure arithmetic; math.random is seeded per state, harmless" },
  { "utf8", "pure UTF-8 helpers" },
  { "assert", "raises an error, nothing more" },
  { "error", "raises an error, nothing more" },
  { "ipairs", "iteration" },
  { "pairs", "iteration (honours __pairs of the rule's own tables)" },
  { "next", "iteration" },
  { "pcall", "error handling inside the rule; limits still apply" },
  { "xpcall", "error handling inside the rule; limits still apply" },
  { "select", "argument handling" },
  { "tonumber", "conversion" },
  { "tostring", "conversion" },
  { "type", "introspection of values only" },
  { "rawequal", "comparison without metamethods" },
  { "rawget", "table access without metamethods" },
  { "rawset", "table access without metamethods" },
  { "rawlen", "length without metamethods" },
  { "setmetatable", "metatables of the rule's own tables; strings' metatable stays out of reach" },
  { "getmetatable", "guarded: __metatable of shared values hides them" },
}

-- What a sandboxed rule may require: pure modules that do no I/O of the
-- rule's choosing.
M.REQUIRE = {
  { "lpeg", "the grammar engine; backtracking bounded by lpeg.setmaxstack" },
  { "re", "LPeg's regex-like front end, pure Lua over lpeg" },
  { "pluk.text", "segmentation and Unicode classes (C, bounded by input)" },
  { "pluk.lexicon", "reads word lists only from the rule search path" },
  { "pluk.json", "pure encode/decode" },
  { "pluk.names", "name helpers shared by the default rules" },
  { "pluk.speech", "speech analysis shared by the default rules" },
  { "pluk.sentences", "news sentence splitting" },
  { "pluk.figures_grammar", "figure grammar shared by the default rules" },
}

-- Left out on purpose (documentation; nothing reads this but people).
M.DENY = {
  { "io", "files and processes" },
  { "os", "os.execute, os.remove, os.exit, environment" },
  { "debug", "reaches into other functions, upvalues and the registry" },
  { "package", "loads C modules and changes the search paths" },
  { "require", "replaced by a require limited to M.REQUIRE" },
  { "string.dump", "bytecode can crash the VM when loaded back" },
  { "load", "replaced by a load that takes text chunks only, in the sandbox environment" },
  { "loadfile", "reads files" },
  { "dofile", "reads and runs files" },
  { "collectgarbage", "can stop the collector and defeat the memory limit" },
  { "coroutine", "a coroutine has its own hook: it would escape the instruction limit" },
  { "print", "writes to standard output, which carries the records" },
}

local allowed_require = {}
for _, e in ipairs(M.REQUIRE) do allowed_require[e[1]] = true end

-- A restricted `pluk` table for sandboxed rules: the text primitives and
-- sentence splitter only.
local function pluk_view()
  local pluk = require "pluk"
  return {
    VERSION = pluk.VERSION,
    text = require "pluk.text",
    sentences = pluk.sentences,
    lexicon = require "pluk.lexicon",
    json = require "pluk.json",
    emit = pluk.emit,        -- for `pluk run --sandbox` scripts
    extract = pluk.extract,  -- runs rules, themselves sandboxed
  }
end

-- env() -> a fresh environment table for one rule file.
function M.env()
  local env = {}
  for _, e in ipairs(M.ALLOW) do env[e[1]] = _G[e[1]] end
  env._G = env
  env._VERSION = _VERSION
  env.require = function(name)
    if name == "pluk" then return pluk_view() end
    if not allowed_require[name] then
      error("sandbox: require '" .. tostring(name) .. "' is not allowed", 2)
    end
    return require(name)
  end
  env.load = function(chunk, name, mode, chunk_env)
    if type(chunk) ~= "string" then
      error("sandbox: load takes a string", 2)
    end
    if mode ~= nil and mode ~= "t" then
      error("sandbox: load takes text chunks only", 2)
    end
    return load(chunk, name, "t", chunk_env or env)
  end
  return env
end

-- harden(): changes to the whole state, done once when --sandbox is on.
-- Strings share one metatable whose __index is the string library, so
-- string.dump must go from the library itself, not just from env.
function M.harden()
  if M.hardened then return end
  M.hardened = true
  string.dump = nil
  getmetatable("").__metatable = false  -- the string library stays ours
  local lpeg = require "lpeg"
  lpeg.setmaxstack(M.LIMITS.lpeg_maxstack)
  require("pluk.rules").sandboxed = true
end

-- The limits, per worker state and per article. Generous for real news
-- (the default rules use a fraction), tight for runaway rules.
M.LIMITS = {
  memory = 512 * 1024 * 1024,     -- bytes a state may add after start-up
  instructions = 200000000,       -- VM instructions per article, plus
  instructions_per_byte = 2000,   -- this many per byte of the article
  cpu_seconds = 10,               -- CPU time per article (--sandbox-seconds)
  lpeg_maxstack = 10000,          -- LPeg backtrack entries
}

-- limit(process) -> process run under the limits: the per-article
-- instruction budget, and a child process with a CPU limit, so that even a
-- pure-C LPeg match with exponential backtracking ends, as an error for
-- that article. fail(job, message) builds the result of a failed article.
function M.limit(process, fail, limits)
  local core = require "pluk.core"
  limits = limits or M.LIMITS
  core.set_memory_limit(limits.memory)
  require("pluk.rules").mark = core.sandbox_mark
  require("pluk.rules").where = core.sandbox_where
  return function(job)
    -- the budget is set in the parent and inherited by the child
    core.set_instruction_limit(limits.instructions +
                               limits.instructions_per_byte * #job)
    local ok, result = core.isolated(process, job, limits.cpu_seconds)
    if ok then return result end
    return fail(job, result)
  end
end

return M
