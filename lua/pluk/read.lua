-- pluk.read: turning files and lines into articles.
--
-- An article is a table {text, id, path, date, lang, meta, header_end}:
--   text        the bytes rules see (a file's bytes, less a UTF-8 BOM)
--   header_end  0-based offset where extractable text begins: a leading
--               `date YYYY-MM[-DD]` header and a title line after it (see
--               title_end) are metadata, and records inside them are
--               dropped
--   title       given, or the title line the text opens with
--   lang        "nl", "en", ... (given, or detected from function words)
-- Readers never raise on bad input: they return nil, message, offset so
-- the run reports it (file and byte offset) and goes on.

local json = require "pluk.json"

local M = {}

local BOM = "\239\187\191"

-- header(text) -> date, end offset (0-based) of a leading date header, or
-- nil. The header may sit on its own line or run straight into the text
-- (" date 2018-04 ,,We hebben ..."), as in the seed article.
function M.header(text)
  local s, date, e = text:match("^()%s*date%s+(%d%d%d%d%-%d%d%-?%d?%d?)()")
  if not s then return nil end
  if #date ~= 7 and #date ~= 10 then return nil end
  local after = text:sub(e, e)
  if after ~= "" and not after:find("^%s") then return nil end
  local rest = text:match("^[ \t]*\r?\n?", e)
  return date, e - 1 + #rest
end

-- The longest line (bytes) read as a title; news headlines are well under.
local TITLE_MAX = 150

local byte, sub, find = string.byte, string.sub, string.find
local lpeg = require "lpeg"
local P, S, Cp = lpeg.P, lpeg.S, lpeg.Cp

-- bytes: the blanks trimmed off a title line, then the last and the first
-- bytes that make a line no title
local BLANK = { [32] = true, [9] = true, [13] = true }
local CLOSES_SENTENCE = {}
for c in ([[.!?:;,"')]]):gmatch(".") do CLOSES_SENTENCE[c:byte()] = true end
local OPENS_QUOTE = {}
for c in ([["'(-,]]):gmatch(".") do OPENS_QUOTE[c:byte()] = true end

-- the candidate title line: after blank lines, a line with two words in
-- it (a non-space, white space, a non-space: what %S+%s+%S finds, and
-- where it finds one, the first word is followed by one) and an empty
-- line after it; its first byte and the position of its line break (the
-- length is tested after: a repetition bounded at TITLE_MAX costs a
-- backtrack entry a byte, a span none)
local SPACE = S" \t\v\f\r"
local NOT_SPACE = 1 - (SPACE + "\n")
local TWO_WORDS = SPACE^0 * NOT_SPACE^1 * SPACE^1 * NOT_SPACE
local TITLE_LINE = S" \t\r\n"^0 * Cp() * #TWO_WORDS * (1 - P"\n")^0 * Cp()
                   * "\n" * S" \t\r"^0 * "\n"

-- title_end(text, from) -> title, 0-based end of the title line that
-- opens text at byte `from` (after any header), or nil. A title line is
-- what a news site's export starts with: one line of at most TITLE_MAX
-- bytes and at least two words, not ending like a sentence (. ! ? : ; ,
-- or a closing quote mark) and not opening with a quote mark or a dash,
-- followed by an empty line. Editors do not annotate headlines (they
-- repeat the article), so rules do not extract from them.
-- (It runs for every article: one match finds the line, its two words
-- and the empty line after it, and the line becomes a string only when
-- it is a title. Most articles open with a line longer than a title, or
-- have no line break at all, which the match would read to its end a
-- byte at a time: string.find finds the line's first byte and its break
-- first, and the match runs only on a line short enough.)
function M.title_end(text, from)
  local a = find(text, "[^ \t\r\n]", from)
  local nl = a and find(text, "\n", a, true)
  if not nl or nl - a > TITLE_MAX then return nil end
  a, nl = TITLE_LINE:match(text, from)
  if not a or nl - a > TITLE_MAX then return nil end
  -- the line without its trailing blanks
  local e = nl - 1
  while BLANK[byte(text, e)] do e = e - 1 end
  -- (two words: at least three bytes) ends with . ! ? : ; , " ' ) or ’ ” »
  local z3, z2, z1 = byte(text, e - 2, e)
  if CLOSES_SENTENCE[z1] or (z3 == 226 and z2 == 128 and (z1 == 157 or z1 == 153))
     or (z2 == 194 and z1 == 187) then
    return nil
  end
  -- opens with " ' ( - , or a quote mark or dash U+2000-U+203F, or «
  local a1, a2 = byte(text, a, a + 1)
  if OPENS_QUOTE[a1] or (a1 == 226 and a2 == 128) or (a1 == 194 and a2 == 171) then
    return nil
  end
  return sub(text, a, e), nl
end

-- article(fields [, detect]) -> article table with defaults filled in; the
-- language is detected when not given, unless detect is false (the runner
-- detects in its workers).
function M.article(a, detect)
  return M.article_of(a.text, a.id, a.path, a.date, a.lang, a.title, a.url,
                      a.meta, a.header_end, detect)
end

-- article_of(text, id, path, date, lang, title, url, meta, header_end
-- [, detect]) -> article(fields, detect) with the fields given one by one,
-- for pluk.extract and the readers, which would otherwise make a table per
-- article only for article() to read.
function M.article_of(text, id, path, date, lang, title, url, meta, header_end, detect)
  text = text or ""
  local art = {
    text = text, id = id, path = path, date = date, lang = lang,
    title = title, url = url, meta = meta or {},
    header_end = header_end or 0,
  }
  local title_line, title_end = M.title_end(text, art.header_end + 1)
  if title_line then
    art.header_end = title_end
    if art.title == nil then art.title = title_line end
  end
  if art.lang == "auto" or art.lang == "" then art.lang = nil end
  if art.lang == nil and detect ~= false then
    art.lang = require("pluk.lang").detect(text)
  end
  if art.id == nil then art.id = art.path or "-" end
  return art
end

-- txt(bytes, path [, opts]) -> article
function M.txt(bytes, path, opts)
  opts = opts or {}
  local text = bytes
  if text:sub(1, 3) == BOM then text = text:sub(4) end
  local date, header_end = M.header(text)
  return M.article_of(text, path, path, date, opts.lang, nil, nil, nil,
                      header_end or 0, opts.detect)
end

local KNOWN = { text = true, id = true, date = true, lang = true,
                title = true, url = true }

-- jsonl_line(line, where, opts [, init]) -> article, or nil, message,
-- offset. where = {path=, lineno=, offset=, detect=} of the line in its
-- file (detect = false: leave an unknown language unset). The line is
-- `line` from byte init on (default 1).
--   opts.text_field / opts.id_field rename "text" / "id".
function M.jsonl_line(line, where, opts, init)
  opts = opts or {}
  local obj, err, off = json.decode(line, init)
  if obj == nil then
    return nil, "line " .. where.lineno .. ": invalid JSON: " ..
           err:gsub("^offset %d+: ", ""), where.offset + off
  end
  if type(obj) ~= "table" or obj[1] ~= nil then
    return nil, "line " .. where.lineno .. ": not a JSON object", where.offset
  end
  local tf, idf = opts.text_field or "text", opts.id_field or "id"
  local text = obj[tf]
  if type(text) ~= "string" then
    return nil, "line " .. where.lineno .. ": no '" .. tf .. "' string field",
           where.offset
  end
  local meta = {}
  for k, v in pairs(obj) do
    if k ~= tf and k ~= idf and not KNOWN[k] then meta[k] = v end
  end
  local id = obj[idf]
  if id ~= nil and type(id) ~= "string" then id = json.encode(id) end
  local function str(v) return type(v) == "string" and v or nil end
  return M.article_of(text, id or (where.path .. ":" .. where.lineno),
                      where.path, str(obj.date),
                      opts.lang ~= "auto" and opts.lang or str(obj.lang),
                      str(obj.title), str(obj.url), meta, nil, where.detect)
end

-- jsonl(bytes, path, opts, each): calls each(article) or
-- each(nil, message, offset) per non-blank line.
function M.jsonl(bytes, path, opts, each)
  local lineno, pos = 0, 1
  local n = #bytes
  while pos <= n do
    local nl = bytes:find("\n", pos, true) or (n + 1)
    lineno = lineno + 1
    local line = bytes:sub(pos, nl - 1)
    if line:find("[^ \t\r]") then
      local a, err, off = M.jsonl_line(line,
        { path = path, lineno = lineno, offset = pos - 1 }, opts)
      if a then each(a) else each(nil, err, off) end
    end
    pos = nl + 1
  end
end

return M
