-- pluk.write: records out, as JSON lines, TSV or CSV (docs/records.md).
--
-- A writer is made once per run: writer = M.new(format, out, fields) and
-- writer:write(rec) per record, writer:close() at the end. Each record is
-- formatted completely before one out:write call, so an error never
-- leaves half a line.

local json = require "pluk.json"
local record = require "pluk.record"

local M = {}

-- Columns for -f tsv / csv when --fields is not given: those of the
-- record type when every rule of the run emits one type, else the mixed
-- set (and for `pluk run` scripts, whose types are unknown until they
-- emit). A custom rule names its type's columns in its `fields`.
M.COMMON_FIELDS = { "doc", "type", "start", "end", "text" }
M.FIELDS_BY_TYPE = {
  quote = { "doc", "type", "start", "end", "text", "speaker",
            "speaker_text", "cue", "lang" },
  attribution = { "doc", "type", "start", "end", "text", "speaker",
                  "speaker_text", "cue", "lang" },
  figure = { "doc", "type", "start", "end", "text", "value", "high", "kind",
             "range_kind", "unit", "of", "approx", "lang" },
}
M.DEFAULT_FIELDS = { "doc", "type", "start", "end", "text", "speaker",
                     "cue", "value", "high", "kind", "unit", "of" }

-- default_fields(rules) -> the columns for a run of these rules (rule
-- tables with `name`, `type`, `fields`): one type's own columns, or the
-- mixed set followed by the columns custom rules declare.
function M.default_fields(rules)
  local types, order = {}, {}
  for _, r in ipairs(rules or {}) do
    local t = r.type or r.name
    if not types[t] then types[t] = r; order[#order + 1] = t end
  end
  local function own(t)
    local r = types[t]
    if type(r.fields) == "table" then
      local list = {}
      for _, f in ipairs(M.COMMON_FIELDS) do list[#list + 1] = f end
      for _, f in ipairs(r.fields) do list[#list + 1] = f end
      return list
    end
    return M.FIELDS_BY_TYPE[t]
  end
  if #order == 1 and own(order[1]) then return own(order[1]) end
  local list, seen = {}, {}
  local function add(fields)
    for _, f in ipairs(fields) do
      if not seen[f] then seen[f] = true; list[#list + 1] = f end
    end
  end
  add(M.DEFAULT_FIELDS)
  for _, t in ipairs(order) do
    if not M.FIELDS_BY_TYPE[t] and own(t) then add(own(t)) end
  end
  return list
end

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

-- Invalid UTF-8 never reaches TSV/CSV either: cells pass through the same
-- repair as JSON strings.
local function repair(s)
  if utf8.len(s) then return s end
  local core = require "pluk.core"
  return json.decode(core.json_string(s))
end

local SEPARATORS = { tsv = { "\t", "\n", tsv_cell },
                     csv = { ",", "\r\n", csv_cell } }   -- RFC 4180 line ends

local function check_format(format)
  if format ~= "jsonl" and not SEPARATORS[format] then
    error("unknown output format '" .. tostring(format) ..
          "' (jsonl, tsv or csv)", 3)
  end
end

-- formatter(format, fields) -> function(rec) -> one complete output line
-- (with its line end). Workers format records; the main state only writes.
function M.formatter(format, fields)
  check_format(format)
  if format == "jsonl" then
    return function(rec) return record.to_json(rec) .. "\n" end
  end
  fields = fields or M.DEFAULT_FIELDS
  local sep, eol, f = table.unpack(SEPARATORS[format])
  return function(rec)
    local cells = {}
    for i, k in ipairs(fields) do cells[i] = f(rec[k]) end
    return repair(table.concat(cells, sep)) .. eol
  end
end

-- header(format, fields) -> the header line of tsv/csv, nil for jsonl.
function M.header(format, fields)
  check_format(format)
  if format == "jsonl" then return nil end
  fields = fields or M.DEFAULT_FIELDS
  local sep, eol, f = table.unpack(SEPARATORS[format])
  local head = {}
  for i, k in ipairs(fields) do head[i] = f(k) end
  return table.concat(head, sep) .. eol
end

local Writer = {}
Writer.__index = Writer

function Writer:write(rec)
  self.out:write(self.format_line(rec))
  self.count = self.count + 1
end

-- Writes lines already formatted (by a worker); `n` records.
function Writer:write_lines(lines, n)
  if lines ~= "" then self.out:write(lines) end
  self.count = self.count + (n or 0)
end

function Writer:close()
  self.out:flush()
end

-- new(format, out, fields) -> writer. format: "jsonl", "tsv" or "csv";
-- out: a file handle; fields: array of column names (tsv/csv only). The
-- tsv/csv header is written here, once.
function M.new(format, out, fields)
  local w = setmetatable({ format = format, out = out, count = 0,
                           format_line = M.formatter(format, fields) },
                         Writer)
  local head = M.header(format, fields)
  if head then out:write(head) end
  return w
end

return M
