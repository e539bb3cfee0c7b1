-- The walk-through in docs/rules.md works as written: its rule files
-- (code blocks starting with a "file:" comment) go into a rules directory,
-- its articles (JSON blocks with an "id") are run with the command the
-- page gives, and the output must be the JSON lines the page shows.
local T = require "harness"
T.suite "walkthrough"

local f = assert(io.open("docs/rules.md", "rb"))
local doc = f:read("a")
f:close()
local part = doc:match("## Walk%-through(.-)\n## ")
T.ok(part ~= nil, "docs/rules.md has a walk-through")

local tmp = os.tmpname()
os.remove(tmp)
local rules_dir = tmp .. "/myrules"
assert(os.execute("mkdir -p " .. rules_dir .. "/nl"))

local files, steps = 0, {}
local current
for block in part:gmatch("```[%w]*\n(.-)```") do
  local name = block:match("^%-%- file: (%S+)\n") or block:match("^# file: (%S+)\n")
  if name then
    local w = assert(io.open(rules_dir .. "/" .. name, "wb"))
    w:write((block:gsub("^[^\n]*\n", "")))
    w:close()
    files = files + 1
  elseif block:match('^{"id"') then
    current = { article = block, expect = nil }
    steps[#steps + 1] = current
  elseif block:match('^{"doc"') and current then
    current.expect = block
  end
end
T.eq(files, 3, "three files in the walk-through")
T.eq(#steps, 3, "three examples")

local commands = {}
for rule in part:gmatch("`pluk %-%-rules%-path myrules %-r (%w+) w%d%.jsonl`") do
  commands[#commands + 1] = rule
end
T.eq(#commands, 3, "three commands")

local pluk = os.getenv("PLUK") or "build/pluk"
for i, step in ipairs(steps) do
  local input = tmp .. "/w" .. i .. ".jsonl"
  local w = assert(io.open(input, "wb"))
  w:write(step.article)
  w:close()
  local run = string.format("%s -j 1 --rules-path %s -r %s %s", pluk, rules_dir,
                            commands[i] or "?", input)
  local p = io.popen(run)
  local out = p:read("a")
  p:close()
  T.eq(out, step.expect, "example " .. i .. " prints what the page shows")
  -- and without the user's directory it does not: the change made the difference
  local q = io.popen(string.format("%s -j 1 -r %s %s 2>/dev/null", pluk, commands[i] or "?", input))
  local plain = q:read("a")
  q:close()
  T.ok(plain ~= step.expect, "example " .. i .. " needs the user's change")
end

os.execute("rm -rf " .. tmp)
T.done()
