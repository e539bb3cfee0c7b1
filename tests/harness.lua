-- tests/harness.lua: the tiny assertion library every Lua test suite uses.
--
--   local T = require "harness"
--   T.suite "text"                -- name printed in the summary line
--   T.eq(got, want, "name")       -- deep equality (tables compared by value)
--   T.ok(cond, "name")
--   T.err(fn, "pattern", "name")  -- fn must raise an error matching pattern
--   T.done()                      -- prints "<suite>: N passed, M failed",
--                                    exits 0 only when nothing failed
--
-- Failures print the test name, the expectation and the value got, so a
-- red run says what broke without rerunning under a debugger.

local T = { passed = 0, failed = 0, name = "lua" }

function T.suite(name) T.name = name end

local function show(v, depth)
  depth = depth or 0
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" or depth > 3 then return tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  for _, k in ipairs(keys) do
    parts[#parts + 1] = "[" .. show(k) .. "]=" .. show(v[k], depth + 1)
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end
T.show = show

local function deep_eq(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do
    if not deep_eq(v, b[k]) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end
T.deep_eq = deep_eq

local function pass() T.passed = T.passed + 1 end
local function fail(name, msg)
  T.failed = T.failed + 1
  io.stdout:write("FAIL ", T.name, ": ", tostring(name), "\n    ", msg, "\n")
end

function T.eq(got, want, name)
  if deep_eq(got, want) then pass()
  else fail(name, "want " .. show(want) .. "\n     got " .. show(got)) end
end

function T.ok(cond, name, detail)
  if cond then pass()
  else fail(name, "condition is false" .. (detail and (": " .. detail) or "")) end
end

function T.err(fn, pattern, name)
  local ok, e = pcall(fn)
  if ok then fail(name, "no error raised")
  elseif pattern and not tostring(e):find(pattern) then
    fail(name, "error " .. show(tostring(e)) .. " does not match " .. show(pattern))
  else pass() end
end

-- Runs fn as a named test case; an error inside counts as one failure.
function T.case(name, fn)
  local ok, e = xpcall(fn, debug.traceback)
  if not ok then fail(name, "raised: " .. tostring(e)) end
end

-- Path of ../shared if present (SHARED env var, set by make), else nil.
function T.shared()
  local dir = os.getenv("SHARED") or "../shared"
  local f = io.open(dir .. "/DESIGN.md", "rb")
  if f then f:close() return dir end
  return nil
end

-- rng(seed) -> rnd, where rnd(n) is a whole number in 1 .. n: a fixed
-- linear congruential generator, so the random cases of a test are the
-- same every run and on every machine (math.random's are not)
function T.rng(seed)
  return function(n)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n + 1
  end
end

-- agree(n, seed, case, got, want, name): for n cases, case(rnd) -> the
-- arguments of one (rnd as T.rng(seed) gives), got(...) must equal
-- want(...) (one value each); the first case where they differ is
-- reported with its arguments, and one pass is counted for all n
function T.agree(n, seed, case, got, want, name)
  local rnd = T.rng(seed)
  for _ = 1, n do
    local args = table.pack(case(rnd))
    local g, w = got(table.unpack(args, 1, args.n)), want(table.unpack(args, 1, args.n))
    if g ~= w then
      local shown = {}
      for i = 1, args.n do shown[i] = string.format("%q", args[i]) end
      T.eq(g, w, name .. ": (" .. table.concat(shown, ", ") .. ")")
      return false
    end
  end
  T.ok(true, name)
  return true
end

-- user_lists(files) -> a new directory holding files (path below it ->
-- text: { ["nl/+cue_verbs.txt"] = "snauwde = snauwen\n" }), to give as a
-- rules_path; remove_dir(dir) deletes it again
function T.user_lists(files)
  local dir = os.tmpname()
  os.remove(dir)
  for path, text in pairs(files) do
    local sub = path:match("^(.*)/") or ""
    assert(os.execute("mkdir -p '" .. dir .. "/" .. sub .. "'"))
    local f = assert(io.open(dir .. "/" .. path, "wb"))
    f:write(text)
    f:close()
  end
  return dir
end

function T.remove_dir(dir)
  os.execute("rm -rf '" .. dir .. "'")
end

function T.done()
  io.stdout:write(string.format("%s: %d passed, %d failed\n", T.name,
                                T.passed, T.failed))
  os.exit(T.failed == 0 and 0 or 1, true)
end

-- A suite that cannot run prints one line saying why and counts nothing.
function T.skip(reason)
  io.stdout:write(string.format("%s: skipped (%s)\n", T.name, reason))
  os.exit(0, true)
end

return T
