-- tests/core/io_test.lua: the C pieces every run goes through -- the
-- streaming reader (reader:line, reader:read, plain and gzip), the JSON
-- decoder's long-string path and start position, and the worker pool's
-- order, batching and window. Run by `make test` (build/pluk lua).

local T = require "harness"
local core = require "pluk.core"
local json = require "pluk.json"
T.suite "core-io"

local tmpdir = os.getenv("TMPDIR") or "/tmp"
local function tmpfile(name, bytes)
  local path = string.format("%s/pluk_io_test_%d_%s", tmpdir, math.random(1, 1e9), name)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
  return path
end

-- every line(max) result of a file, as {line|false, at|len, off}
local function lines_of(path, max)
  local r = assert(core.open_input(path))
  local out = {}
  while true do
    local a, b, c = r:line(max)
    if a == nil then
      if b then out[#out + 1] = { "error", b, c } end
      break
    end
    out[#out + 1] = { a, b, c }
  end
  r:close()
  return out
end

-- lines: offsets, a last line without "\n", empty lines, CRLF kept
do
  local p = tmpfile("a.jsonl", "one\n\ntwo\r\nthree")
  T.eq(lines_of(p, 100), { { "one", 0 }, { "", 4 }, { "two\r", 5 }, { "three", 10 } },
       "line: text and 0-based start offset of each line")
  os.remove(p)
end

-- a line over max streams past: false, its length, its offset; the next
-- line is read as usual
do
  local p = tmpfile("b.jsonl", "short\n" .. string.rep("x", 1000) .. "\nafter\n")
  T.eq(lines_of(p, 999), { { "short", 0 }, { false, 1000, 6 }, { "after", 1007 } },
       "line: a line of 1000 bytes over max 999 is only counted")
  T.eq(lines_of(p, 1000)[2], { string.rep("x", 1000), 6 }, "line: exactly max bytes is kept")
  os.remove(p)
end

-- lines longer than the 256 kB read buffer, and offsets after them
do
  local long = string.rep("abcdefgh", 100000)   -- 800 kB
  local p = tmpfile("c.jsonl", "a\n" .. long .. "\nb\n" .. long)
  local got = lines_of(p, 10 * 1024 * 1024)
  T.eq(#got, 4, "line: four lines across several buffers")
  T.ok(got[2][1] == long and got[2][2] == 2, "line: an 800 kB line whole, at offset 2")
  T.eq(got[3], { "b", 2 + #long + 1 }, "line: the offset after a long line")
  T.ok(got[4][1] == long, "line: a long last line without newline")
  local skipped = lines_of(p, 1000)
  T.eq(skipped[2], { false, #long, 2 }, "line: an 800 kB line over max is counted, not kept")
  T.eq(skipped[3], { "b", 2 + #long + 1 }, "line: reading goes on after a skipped long line")
  os.remove(p)
end

-- gzip: the same lines; concatenated members; a truncated file reports
-- an error after the whole lines before it
do
  local plain = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n"
  local p = tmpfile("d.jsonl", plain)
  local gz = p .. ".gz"
  if os.execute("gzip -c " .. p .. " > " .. gz .. " && gzip -c " .. p .. " >> " .. gz) then
    local got = lines_of(gz, 100)
    T.eq(#got, 4, "line: two concatenated gzip members give four lines")
    T.eq(got[3], { "{\"text\":\"a\"}", #plain }, "line: offsets run on across members")
    local f = assert(io.open(gz, "rb"))
    local bytes = f:read("a")
    f:close()
    local cut = tmpfile("e.jsonl.gz", bytes:sub(1, 20))
    local t = lines_of(cut, 100)
    T.eq(t[#t][1], "error", "line: a truncated gzip file ends with an error")
    T.ok(type(t[#t][2]) == "string" and t[#t][2]:find("gzip"), "line: the error says gzip")
    os.remove(cut)
    os.remove(gz)
  else
    T.ok(false, "gzip available for the reader test")
  end
  os.remove(p)
end

-- read() still reads raw bytes
do
  local p = tmpfile("f.txt", "hello world")
  local r = assert(core.open_input(p))
  T.eq(r:read(5), "hello", "read: the first bytes")
  T.eq(r:read(100), " world", "read: the rest")
  T.eq(r:read(100), "", "read: empty at the end")
  r:close()
  os.remove(p)
end

-- the decoder: escapes in long strings, errors with offsets, init
do
  local text = string.rep("Hij zei: \"ja\".\n", 2000) .. "caf\195\169 \240\159\152\128"
  local enc = core.json_string(text)
  T.eq(json.decode(enc), text, "decode: a 30 kB string with escapes round-trips")
  T.eq(json.decode('"\\u00e9\\ud83d\\ude00\\/\\b\\f\\r\\t"'), "\195\169\240\159\152\128/\b\f\r\t",
       "decode: \\u escapes, a surrogate pair and the one-letter escapes")
  T.eq(json.decode('"\\ud800x"'), "\239\191\189x", "decode: a lone surrogate becomes U+FFFD")
  T.eq(json.decode('"a\\\\"'), "a\\", "decode: an escaped backslash before the closing quote")
  local _, err, off = json.decode('{"text":"ab\\qc"}')
  T.ok(err and err:find("bad escape") and off == 11, "decode: a bad escape and its offset")
  _, err, off = json.decode('{"text":"ab\\"}')
  T.ok(err and err:find("unterminated") and off == 8, "decode: an escaped last quote is unterminated")
  _, err, off = json.decode('"ab\\n\1"')
  T.ok(err and err:find("control character") and off == 5, "decode: a raw control character after an escape")
  _, err = json.decode('"ab\\u12"')
  T.ok(err and err:find("\\u escape", 1, true), "decode: a short \\u escape")
  local job = "HEADER" .. '{"text":"x\\ny"}'
  T.eq(json.decode(job, 7), { text = "x\ny" }, "decode: from position init")
  _, err, off = json.decode("HEADER" .. '{"text":1,}', 7)
  T.ok(err and off == 10, "decode: error offsets count from init")
end

-- the pool: results in submission order whatever the batching, and a
-- window that bounds what is in flight
do
  local setup = "return function(job) return job:upper() end"
  local pool = core.pool(2, setup)
  local got, want = {}, {}
  for i = 1, 500 do
    local job = "job " .. i .. string.rep("x", i % 7 == 0 and 300000 or 10)
    want[#want + 1] = job:upper()
    if pool:full() then
      repeat
        local ok, r = pool:next()
        got[#got + 1] = ok and r
      until not pool:full()
    end
    pool:submit(job)
  end
  while true do
    local ok, r = pool:next()
    if ok == nil then break end
    got[#got + 1] = ok and r
  end
  T.ok(#got == 500 and got[1] == want[1] and got[500] == want[500], "pool: 500 results")
  local same = true
  for i = 1, 500 do if got[i] ~= want[i] then same = false end end
  T.ok(same, "pool: results in submission order, small and 300 kB jobs mixed")
  -- nowait: nothing in flight gives nil; a result not taken yet comes later
  T.eq(pool:next(false, true), nil, "pool: next(false, true) with nothing in flight")
  pool:submit("a")
  local ok, r
  repeat ok, r = pool:next(false, true) until ok ~= nil
  T.eq(r, "A", "pool: next(false, true) returns the result once it is ready")
  pool:close()

  -- window: min_window jobs whatever their size, more only under window_bytes
  local slow = core.pool(1, "return function(job) return '' end", 16, 2, 1000)
  slow:submit(string.rep("y", 600))
  T.ok(not slow:full(), "pool: under min_window, not full")
  slow:submit(string.rep("y", 600))
  T.ok(slow:full(), "pool: at min_window and over window_bytes: full")
  T.err(function() slow:submit("z") end, "window is full", "pool: submit to a full window raises")
  while slow:next() do end
  for _ = 1, 16 do slow:submit("s") end
  T.ok(slow:full(), "pool: 16 small jobs fill a window of 16")
  slow:close()
end

T.done()
