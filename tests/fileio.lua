-- tests/fileio.lua: reading files and listing folders for the test suites,
-- the eval scripts and the benches (one copy instead of one per script).
--
--   local fileio = require "fileio"
--   fileio.read(path)           -> the file's bytes, or nil when it cannot be opened
--   fileio.listdir(dir, suffix) -> sorted names of the files (not folders) in dir
--                                  ending in suffix (any when nil); {} when dir
--                                  cannot be read

local core = require "pluk.core"

local M = {}

function M.read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

function M.listdir(dir, suffix)
  local out = {}
  for _, e in ipairs(core.listdir(dir) or {}) do
    local name = e[1]
    if (not suffix or name:sub(-#suffix) == suffix) and e[2] ~= "dir" then
      out[#out + 1] = name
    end
  end
  table.sort(out)
  return out
end

return M
