/*
** ljson.c -- pluk.core.json_decode: JSON text to Lua values, in C, because
** every JSONL article passes through it (reading must keep up with the
** disk, not with a Lua loop).
**
**   json_decode(s [, null [, array_mt [, init]]]) -> value
**                                 | nil, message, offset (0-based byte)
**
** RFC 8259 values; objects become tables, arrays tables with array_mt as
** metatable (so empty arrays stay arrays), null becomes `null` (a sentinel
** chosen by the caller; nil if none). \u escapes become UTF-8; a lone
** surrogate becomes U+FFFD. Strings are taken as bytes: invalid UTF-8 in
** the input is kept (the writer repairs it on output). Nesting deeper than
** PLUK_JSON_MAXDEPTH is an error, never a C stack overflow. With init
** (1-based, as in string.find) the value is s from byte init to the end:
** a job string can carry its JSON after a header without a copy; the
** error offset still counts from the start of s.
*/
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>

#include "ljson.h"

#define PLUK_JSON_MAXDEPTH 1000

typedef struct jstate {
  lua_State *L;
  const char *s;      /* the text */
  size_t len;
  size_t pos;         /* next byte to read */
  int depth;
  const char *err;    /* set on the first error */
  size_t err_pos;
  int null_idx, mt_idx;
} jstate;


static void fail (jstate *J, size_t pos, const char *msg) {
  if (J->err == NULL) {
    J->err = msg;
    J->err_pos = pos;
  }
}

static void skip_ws (jstate *J) {
  while (J->pos < J->len) {
    char c = J->s[J->pos];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    J->pos++;
  }
}

static int hexval (char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static long read_hex4 (jstate *J, size_t at) {
  if (at + 4 > J->len) return -1;
  long v = 0;
  for (int k = 0; k < 4; k++) {
    int h = hexval(J->s[at + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/* Writes cp as UTF-8 at u; returns the bytes written (1 to 4). */
static size_t put_utf8 (char *u, unsigned long cp) {
  if (cp < 0x80) { u[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Bytes that end a run of plain string characters: '"', '\\' and the
** control characters, which JSON does not allow raw in a string. */
static const unsigned char special[256] = {
  1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
  0,0,1,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,1,0,0,0,
};

/* The end of the plain run starting at i. Article texts are long runs
** of plain bytes, so eight are tested at a time: a word holds a special
** byte when one of its bytes is below 0x20 or equals '"' or '\\'
** (the bit tricks of "Bit Twiddling Hacks", has-less and has-zero). */
#define ONES   ((uint64_t)0x0101010101010101ULL)
#define HIGHS  ((uint64_t)0x8080808080808080ULL)
#define HAS_ZERO(x)    (((x) - ONES) & ~(x) & HIGHS)
#define HAS_LESS(x, n) (((x) - ONES * (n)) & ~(x) & HIGHS)

static size_t plain_run (const jstate *J, size_t i) {
  const unsigned char *s = (const unsigned char *)J->s;
  while (i + 8 <= J->len) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (HAS_LESS(w, 0x20) | HAS_ZERO(w ^ (ONES * '"')) |
        HAS_ZERO(w ^ (ONES * '\\')))
      break;
    i += 8;
  }
  while (i < J->len && !special[s[i]]) i++;
  return i;
}

/* The closing quote of the string whose body starts at i, or J->len:
** the first '"' not escaped by an odd run of backslashes (memchr runs at
** memory speed; the decoding pass checks everything else). */
static size_t closing_quote (const jstate *J, size_t i) {
  while (i < J->len) {
    const char *q = (const char *)memchr(J->s + i, '"', J->len - i);
    if (q == NULL) return J->len;
    size_t at = (size_t)(q - J->s), k = at;
    while (k > i && J->s[k - 1] == '\\') k--;
    if ((at - k) % 2 == 0) return at;
    i = at + 1;
  }
  return J->len;
}

/* J->pos at the opening quote; pushes the string (nil on an error). The
** closing quote is found first, so the decoded bytes go into a buffer of
** the right size at once (escapes only shrink): an article text of
** megabytes is copied twice, never regrown. */
static void decode_string (jstate *J) {
  size_t open = J->pos, first = open + 1;
  size_t run = plain_run(J, first);
  /* the common case for short fields: no escapes, one push */
  if (run < J->len && J->s[run] == '"') {
    lua_pushlstring(J->L, J->s + first, run - first);
    J->pos = run + 1;
    return;
  }
  size_t close = closing_quote(J, run);
  if (close >= J->len) {
    fail(J, open, "unterminated string");
    lua_pushnil(J->L);
    return;
  }
  luaL_Buffer b;
  char *out = luaL_buffinitsize(J->L, &b, close - first);
  size_t n = 0, p = first;
  const char *err = NULL;
  for (;;) {
    size_t r = plain_run(J, p);
    if (r > close) r = close;
    memcpy(out + n, J->s + p, r - p);
    n += r - p;
    p = r;
    if (p >= close) break;
    if ((unsigned char)J->s[p] < 0x20) { err = "control character in string"; break; }
    /* a backslash, and p + 1 < close: the quote at close is unescaped */
    char e = J->s[p + 1];
    switch (e) {
      case 'b': out[n++] = '\b'; p += 2; continue;
      case 'f': out[n++] = '\f'; p += 2; continue;
      case 'n': out[n++] = '\n'; p += 2; continue;
      case 'r': out[n++] = '\r'; p += 2; continue;
      case 't': out[n++] = '\t'; p += 2; continue;
      case '"': case '\\': case '/': out[n++] = e; p += 2; continue;
      case 'u': break;
      default: err = "bad escape"; break;
    }
    if (err) break;
    long cp = p + 6 <= close ? read_hex4(J, p + 2) : -1;
    if (cp < 0) { err = "bad \\u escape"; break; }
    p += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      long lo = (p + 6 <= close && J->s[p] == '\\' && J->s[p + 1] == 'u')
                ? read_hex4(J, p + 2) : -1;
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        p += 6;
      } else {
        cp = 0xFFFD;  /* lone high surrogate */
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;    /* lone low surrogate */
    }
    n += put_utf8(out + n, (unsigned long)cp);
  }
  if (err) {
    fail(J, p, err);
    lua_pop(J->L, 1);  /* the buffer */
    lua_pushnil(J->L);
    return;
  }
  luaL_pushresultsize(&b, n);
  J->pos = close + 1;
}

static void decode_value (jstate *J);

static void decode_number (jstate *J) {
  size_t start = J->pos, p = J->pos;
  int is_float = 0;
  if (p < J->len && J->s[p] == '-') p++;
  if (p >= J->len || J->s[p] < '0' || J->s[p] > '9') {
    fail(J, start, "bad number");
    lua_pushnil(J->L);
    return;
  }
  while (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') p++;
  if (p < J->len && J->s[p] == '.') {
    is_float = 1;
    p++;
    if (p >= J->len || J->s[p] < '0' || J->s[p] > '9') {
      fail(J, start, "bad number");
      lua_pushnil(J->L);
      return;
    }
    while (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') p++;
  }
  if (p < J->len && (J->s[p] == 'e' || J->s[p] == 'E')) {
    is_float = 1;
    p++;
    if (p < J->len && (J->s[p] == '+' || J->s[p] == '-')) p++;
    if (p >= J->len || J->s[p] < '0' || J->s[p] > '9') {
      fail(J, start, "bad number");
      lua_pushnil(J->L);
      return;
    }
    while (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') p++;
  }
  /* lua_stringtonumber wants a NUL-terminated copy; numbers are short */
  char buf[64];
  size_t n = p - start;
  if (n >= sizeof buf) {  /* 500 digits: a float, documented */
    char *big = (char *)malloc(n + 1);
    if (big == NULL) { fail(J, start, "out of memory"); lua_pushnil(J->L); return; }
    memcpy(big, J->s + start, n);
    big[n] = '\0';
    lua_pushnumber(J->L, (lua_Number)strtod(big, NULL));
    free(big);
  } else {
    memcpy(buf, J->s + start, n);
    buf[n] = '\0';
    if (!is_float && lua_stringtonumber(J->L, buf) != 0) {
      /* an integer literal; Lua turns one that overflows into a float */
    } else {
      lua_pushnumber(J->L, (lua_Number)strtod(buf, NULL));
    }
  }
  J->pos = p;
}

static int enter (jstate *J) {
  if (++J->depth > PLUK_JSON_MAXDEPTH) {
    fail(J, J->pos, "nested deeper than 1000 levels");
    return 0;
  }
  luaL_checkstack(J->L, 4, "json");
  return 1;
}

static void decode_array (jstate *J) {
  lua_State *L = J->L;
  lua_newtable(L);
  if (J->mt_idx) {
    lua_pushvalue(L, J->mt_idx);
    lua_setmetatable(L, -2);
  }
  if (!enter(J)) return;
  J->pos++;
  skip_ws(J);
  if (J->pos < J->len && J->s[J->pos] == ']') { J->pos++; J->depth--; return; }
  lua_Integer n = 0;
  for (;;) {
    decode_value(J);
    if (J->err) { lua_pop(L, 1); return; }
    lua_rawseti(L, -2, ++n);
    skip_ws(J);
    if (J->pos < J->len && J->s[J->pos] == ',') { J->pos++; continue; }
    if (J->pos < J->len && J->s[J->pos] == ']') { J->pos++; break; }
    fail(J, J->pos, "expected ',' or ']'");
    return;
  }
  J->depth--;
}

static void decode_object (jstate *J) {
  lua_State *L = J->L;
  lua_newtable(L);
  if (!enter(J)) return;
  J->pos++;
  skip_ws(J);
  if (J->pos < J->len && J->s[J->pos] == '}') { J->pos++; J->depth--; return; }
  for (;;) {
    skip_ws(J);
    if (J->pos >= J->len || J->s[J->pos] != '"') {
      fail(J, J->pos, "expected a string key");
      return;
    }
    decode_string(J);
    if (J->err) { lua_pop(L, 1); return; }
    skip_ws(J);
    if (J->pos >= J->len || J->s[J->pos] != ':') {
      lua_pop(L, 1);
      fail(J, J->pos, "expected ':'");
      return;
    }
    J->pos++;
    decode_value(J);
    if (J->err) { lua_pop(L, 2); return; }
    lua_rawset(L, -3);
    skip_ws(J);
    if (J->pos < J->len && J->s[J->pos] == ',') { J->pos++; continue; }
    if (J->pos < J->len && J->s[J->pos] == '}') { J->pos++; break; }
    fail(J, J->pos, "expected ',' or '}'");
    return;
  }
  J->depth--;
}

static int literal (jstate *J, const char *word) {
  size_t n = strlen(word);
  if (J->pos + n <= J->len && memcmp(J->s + J->pos, word, n) == 0) {
    J->pos += n;
    return 1;
  }
  return 0;
}

/* Pushes exactly one value (nil after an error). */
static void decode_value (jstate *J) {
  lua_State *L = J->L;
  skip_ws(J);
  if (J->pos >= J->len) {
    fail(J, J->pos, "unexpected end of input");
    lua_pushnil(L);
    return;
  }
  char c = J->s[J->pos];
  switch (c) {
    case '"': decode_string(J); return;
    case '{': decode_object(J); return;
    case '[': decode_array(J); return;
    case 't':
      if (literal(J, "true")) { lua_pushboolean(L, 1); return; }
      break;
    case 'f':
      if (literal(J, "false")) { lua_pushboolean(L, 0); return; }
      break;
    case 'n':
      if (literal(J, "null")) {
        if (J->null_idx) lua_pushvalue(L, J->null_idx); else lua_pushnil(L);
        return;
      }
      break;
    default:
      if (c == '-' || (c >= '0' && c <= '9')) { decode_number(J); return; }
  }
  fail(J, J->pos, "unexpected character");
  lua_pushnil(L);
}

static int core_json_decode (lua_State *L) {
  jstate J;
  memset(&J, 0, sizeof J);
  J.L = L;
  J.s = luaL_checklstring(L, 1, &J.len);
  if (!lua_isnoneornil(L, 2)) J.null_idx = 2;
  if (!lua_isnoneornil(L, 3)) J.mt_idx = 3;
  lua_Integer init = luaL_optinteger(L, 4, 1);
  luaL_argcheck(L, init >= 1 && (size_t)init <= J.len + 1, 4,
                "initial position out of range");
  J.pos = (size_t)init - 1;
  int top = lua_gettop(L);
  decode_value(&J);
  if (J.err == NULL) {
    skip_ws(&J);
    if (J.pos < J.len) fail(&J, J.pos, "trailing characters after the value");
  }
  if (J.err) {
    lua_settop(L, top);
    luaL_pushfail(L);
    lua_pushstring(L, J.err);
    lua_pushinteger(L, (lua_Integer)J.err_pos);
    return 3;
  }
  return 1;
}


void pluk_open_json (lua_State *L, int core) {
  core = lua_absindex(L, core);
  lua_pushcfunction(L, core_json_decode);
  lua_setfield(L, core, "json_decode");
}
