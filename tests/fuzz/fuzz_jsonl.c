/*
** fuzz_jsonl: the JSONL reader in an embedded Lua state (a pluk handle
** built from the source tree): pluk.core.json_decode (core/ljson.c),
** pluk.json.decode/encode, pluk.read.jsonl_line (each line, as the
** workers read them) and pluk.read.txt. Checks:
**   - nothing raises: a bad input gives the documented nil, message,
**     offset, with a string message and an integer offset inside the
**     input (a line's offset inside that line);
**   - a decoded value encodes to valid UTF-8 JSON that decodes again and
**     encodes to the same bytes (encode . decode is a fixed point);
**   - an article from a line has a string text and a string id; the
**     worker job format carries it across unchanged;
**   - pluk.read.txt: the text is the input less a leading UTF-8 BOM, the
**     header end lies inside it.
*/
#define PLUK_FUZZ_LUA 1
#include "fuzz.h"

static const char *CHECKS =
  "local json = require 'pluk.json'\n"
  "local read = require 'pluk.read'\n"
  "local worker = require 'pluk.worker'\n"
  "local function fails(v, msg, off, lo, hi, what)\n"
  "  assert(v == nil, what .. ': a value and an error')\n"
  "  assert(type(msg) == 'string', what .. ': message is not a string')\n"
  "  assert(math.type(off) == 'integer' and off >= lo and off <= hi,\n"
  "         what .. ': offset ' .. tostring(off) .. ' outside [' .. lo .. ',' .. hi .. ']')\n"
  "end\n"
  "local function roundtrip(v, what)\n"
  "  local ok, enc = pcall(json.encode, v)\n"
  "  assert(ok, what .. ': encode raised: ' .. tostring(enc))\n"
  "  assert(utf8.len(enc), what .. ': encode gave invalid UTF-8')\n"
  "  local v2, msg = json.decode(enc)\n"
  "  assert(v2 ~= nil, what .. ': encoded value does not decode: ' .. tostring(msg) .. ' in ' .. enc:sub(1, 200))\n"
  "  local enc2 = json.encode(v2)\n"
  "  assert(enc2 == enc, what .. ': not a fixed point: ' .. enc:sub(1, 200) .. ' vs ' .. enc2:sub(1, 200))\n"
  "end\n"
  "return function(data)\n"
  "  local v, msg, off = json.decode(data)\n"
  "  if v == nil then fails(v, msg, off, 0, #data, 'decode')\n"
  "  else roundtrip(v, 'whole input') end\n"
  "  local lineno, pos, n = 0, 1, #data\n"
  "  while pos <= n do\n"
  "    local nl = data:find('\\n', pos, true) or n + 1\n"
  "    lineno = lineno + 1\n"
  "    local line = data:sub(pos, nl - 1)\n"
  "    local where = { path = 'f', lineno = lineno, offset = pos - 1, detect = false }\n"
  "    local a, err, eoff = read.jsonl_line(line, where, {})\n"
  "    if a == nil then\n"
  "      fails(a, err, eoff, pos - 1, nl - 1, 'line ' .. lineno)\n"
  "    else\n"
  "      assert(type(a.text) == 'string', 'article text')\n"
  "      assert(type(a.id) == 'string', 'article id')\n"
  "      roundtrip(a.meta, 'meta')\n"
  "      local job = worker.pack_line(line, 'f', lineno, pos - 1)\n"
  "      local b = worker.unpack_article(job, {})\n"
  "      assert(b and b.text == a.text and b.id == a.id, 'job round trip')\n"
  "    end\n"
  "    pos = nl + 1\n"
  "  end\n"
  "  local t = read.txt(data, 'f.txt', { detect = false })\n"
  "  local want = data:sub(1, 3) == '\\239\\187\\191' and data:sub(4) or data\n"
  "  assert(t.text == want, 'txt: text is not the input less its BOM')\n"
  "  assert(math.type(t.header_end) == 'integer' and t.header_end >= 0 and\n"
  "         t.header_end <= #t.text, 'txt: header_end outside the text')\n"
  "end\n";

static lua_State *L;
static int ref;

int LLVMFuzzerInitialize (int *argc, char ***argv) {
  (void)argc; (void)argv;
  pluk *p = fuzz_handle(NULL, "nl");
  L = pluk_lua(p);
  ref = fuzz_load(L, CHECKS);
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t len) {
  fuzz_call(L, ref, data, len);
  return 0;
}
