-- pluk.write: records out, as JSON lines, TSV or CSV (docs/records.md).
--
-- A writer is made once per run: writer = M.new(format, out, fields) and
-- writer:write(rec) per record, writer:close() at the end. Each record is
-- formatted completely before one out:write call, so an error never
-- leaves half a line.

local json = require "pluk.json"
local record = require "pluk.record"

local M = {}

-- Columns for -f tsv / csv when --fields is not given.
M.DEFAULT_FIELDS = { "doc", "type", "start", "end", "text", "speaker",
                     "cue", "value", "high", "kind", "unit", "of" }

local function cell(v)
  if v == nil or v == json.null then return "" end
  if type(v) == "number" then return json.encode(v) end
  return tostring(v)
end

local function tsv_cell(v)
  -- TSV has no quoting: tabs and line breaks become escapes
  return (cell(v):gsub("[\t\n\r\\]", { ["\t"] = "\\t", ["\n"] = "\\n",
                                       ["\r"] = "\\r", ["\\"] = "\\\\" }))
end

local function csv_cell(v)
  local s = cell(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local Writer = {}
Writer.__index = Writer

-- Invalid UTF-8 never reaches TSV/CSV either: cells pass through the same
-- repair as JSON strings.
local function repair(s)
  local core = require "pluk.core"
  if utf8.len(s) then return s end
  return json.decode(core.json_string(s))
end

function Writer:write(rec)
  local line
  if self.format == "jsonl" then
    line = record.to_json(rec) .. "\n"
  else
    local cells, f = {}, self.format == "tsv" and tsv_cell or csv_cell
    for i, k in ipairs(self.fields) do cells[i] = f(rec[k]) end
    line = repair(table.concat(cells, self.sep)) .. self.eol
  end
  self.out:write(line)
  self.count = self.count + 1
end

function Writer:close()
  self.out:flush()
end

-- new(format, out, fields) -> writer. format: "jsonl", "tsv" or "csv";
-- out: a file handle; fields: array of column names (tsv/csv only).
function M.new(format, out, fields)
  local w = setmetatable({ format = format, out = out, count = 0,
                           fields = fields or M.DEFAULT_FIELDS }, Writer)
  if format == "tsv" then
    w.sep, w.eol = "\t", "\n"
  elseif format == "csv" then
    w.sep, w.eol = ",", "\r\n"   -- RFC 4180 line ends
  elseif format ~= "jsonl" then
    error("unknown output format '" .. tostring(format) ..
          "' (jsonl, tsv or csv)", 2)
  end
  if w.sep then
    local head = {}
    for i, k in ipairs(w.fields) do
      head[i] = format == "csv" and csv_cell(k) or tsv_cell(k)
    end
    out:write(table.concat(head, w.sep) .. w.eol)
  end
  return w
end

return M
