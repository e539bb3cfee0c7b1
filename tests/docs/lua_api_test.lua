-- Every ```lua example in docs/lua-api.md runs, and prints what its
-- "--> " comments say (print's tabs shown as two spaces; a leading "..."
-- means "ends with").
local T = require "harness"
T.suite "lua-api-doc"

local f = assert(io.open("docs/lua-api.md", "rb"))
local doc = f:read("a")
f:close()

local n = 0
for block in doc:gmatch("```lua\n(.-)```") do
  n = n + 1
  local expected = {}
  for line in block:gmatch("[^\n]+") do
    local want = line:match("%-%->%s(.*)$")
    if want then expected[#expected + 1] = want end
  end
  local got = {}
  local pending = ""
  local function out(s)
    pending = pending .. s
    while pending:find("\n") do
      local l, rest = pending:match("^(.-)\n(.*)$")
      got[#got + 1] = l
      pending = rest
    end
  end
  local env = setmetatable({
    print = function(...)
      local parts = table.pack(...)
      for i = 1, parts.n do parts[i] = tostring(parts[i]) end
      out(table.concat(parts, "\t", 1, parts.n) .. "\n")
    end,
    io = setmetatable({ write = function(...) for _, s in ipairs { ... } do out(tostring(s)) end end,
                        stdout = { write = function(_, ...) for _, s in ipairs { ... } do out(tostring(s)) end end } },
                      { __index = io }),
  }, { __index = _G })
  local chunk, err = load(block, "=lua-api.md example " .. n, "t", env)
  T.ok(chunk ~= nil, "example " .. n .. " compiles", err)
  if chunk then
    local ok, rerr = pcall(chunk)
    T.ok(ok, "example " .. n .. " runs", rerr)
    if pending ~= "" then got[#got + 1] = pending end
    T.eq(#got, #expected, "example " .. n .. ": as many output lines as the page shows")
    for i, want in ipairs(expected) do
      local line = (got[i] or ""):gsub("\t", "  "):gsub("[ \r]+$", "")
      local suffix = want:match("^%.%.%.(.*)$")
      if suffix then
        T.ok(line:sub(-#suffix) == suffix, "example " .. n .. " line " .. i, line .. " vs " .. want)
      else
        T.eq(line, want, "example " .. n .. " line " .. i)
      end
    end
  end
end
T.ok(n >= 9, "the page has its examples")
T.done()
