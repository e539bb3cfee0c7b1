-- tests/lua/word_lists_test.lua: every word list under rules/<lang>/
-- names each entry once. pluk.lexicon keeps an entry's place from its
-- first line and its value from its last, so a second line of an entry
-- silently replaces the first's value (stop 97 found 34 such entries:
-- `FC` and `AFC` had lost `= club`, the Malay title `Dato` its `= p`).
-- A word that has two classes keeps one line, with a comment on the
-- other.

local T = require "harness"

T.suite "word-lists"

-- the entries of a list's text that stand on more than one line, as
-- "entry (lines a, b)", in the order of their first lines (the format of
-- pluk.lexicon: `#` opens a comment, a whole line or after white space;
-- `entry = value`, `entry =` or the entry alone)
local function repeated(text)
  local first, lines, order = {}, {}, {}
  local n = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    line = line:gsub("\r$", ""):gsub("^%s*#.*$", ""):gsub("%s+#.*$", "")
    line = line:match("^%s*(.-)%s*$")
    if line ~= "" then
      local entry = line:match("^(.-)%s+=%s+.*$") or line:match("^(.-)%s+=$") or line
      if first[entry] then
        if not lines[entry] then
          lines[entry] = { first[entry] }
          order[#order + 1] = entry
        end
        table.insert(lines[entry], n)
      else
        first[entry] = n
      end
    end
  end
  local out = {}
  for _, e in ipairs(order) do out[#out + 1] = e .. " (lines " .. table.concat(lines[e], ", ") .. ")" end
  return table.concat(out, "; ")
end

T.eq(repeated("# a list\nFC = club\nAFC = club\n\nFC   # again\n"), "FC (lines 2, 5)",
     "a second line of an entry is found, with or without a value")
T.eq(repeated("meer dan = x\nmeer = y\n"), "", "entries keep inner spaces")

local checked = 0
for _, lang in ipairs({ "en", "nl", "de", "fr" }) do
  local ls = assert(io.popen("ls rules/" .. lang .. "/*.txt"))
  for path in ls:lines() do
    local h = assert(io.open(path, "rb"))
    local text = h:read("a")
    h:close()
    T.eq(repeated(text), "", path .. " names each entry once")
    checked = checked + 1
  end
  ls:close()
end
T.ok(checked > 100, "the lists of four languages were read (" .. checked .. ")")

T.done()
