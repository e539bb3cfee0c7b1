-- tests/quotes/analyser_methods_test.lua: every method of the speech
-- analyser (pluk.speech.analyser) is defined once.
--
-- speech.lua, speech/cues.lua and speech/interview.lua each add methods to
-- the one Analyser table; a second `function Analyser.x` in another file
-- replaces the first without a word, and the first's callers then run
-- the second's code with their own arguments (two such clashes were
-- caught by hand in stop 88). This suite reads the files and fails on any
-- name defined twice.

local T = require "harness"
T.suite "analyser-methods"

local FILES = {
  "lua/pluk/speech.lua",
  "lua/pluk/speech/cues.lua",
  "lua/pluk/speech/interview.lua",
  "lua/pluk/speech/structure.lua",
  "lua/pluk/speech/lists.lua",
  "lua/pluk/speech/bytes.lua",
}

-- name -> "file:line" of its first definition; the names defined again
local seen, count, twice = {}, 0, {}
for _, path in ipairs(FILES) do
  local fh = io.open(path)
  T.ok(fh ~= nil, "readable: " .. path)
  if fh then
    local n = 0
    for line in fh:lines() do
      n = n + 1
      -- (at the start of a line: a method, `function Analyser.x(` or
      -- `function Analyser:x(`, or a field, `Analyser.x = `)
      local name = line:match("^function Analyser[.:]([%w_]+)%s*%(")
                   or line:match("^Analyser%.([%w_]+)%s*=[^=]")
      if name then
        count = count + 1
        local here = path .. ":" .. n
        if seen[name] then twice[#twice + 1] = "Analyser." .. name .. " at " .. seen[name] .. " and " .. here end
        seen[name] = seen[name] or here
      end
    end
    fh:close()
  end
end
T.eq(twice, {}, "no method defined twice")
-- (the reading itself works: the files hold hundreds of methods)
T.ok(count > 300, "methods found: " .. count)

T.done()
