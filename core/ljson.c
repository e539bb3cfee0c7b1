/*
** ljson.c -- pluk.core.json_decode: JSON text to Lua values, in C, because
** every JSONL article passes through it (reading must keep up with the
** disk, not with a Lua loop).
**
**   json_decode(s [, null [, array_mt]]) -> value
**                                 | nil, message, offset (0-based byte)
**
** RFC 8259 values; objects become tables, arrays tables with array_mt as
** metatable (so empty arrays stay arrays), null becomes `null` (a sentinel
** chosen by the caller; nil if none). \u escapes become UTF-8; a lone
** surrogate becomes U+FFFD. Strings are taken as bytes: invalid UTF-8 in
** the input is kept (the writer repairs it on output). Nesting deeper than
** PLUK_JSON_MAXDEPTH is an error, never a C stack overflow.
*/
#include <math.h>
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

static void add_utf8 (luaL_Buffer *b, unsigned long cp) {
  char u[4];
  int n;
  if (cp < 0x80) { u[0] = (char)cp; n = 1; }
  else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  luaL_addlstring(b, u, (size_t)n);
}

/* J->pos at the opening quote; pushes the string. */
static void decode_string (jstate *J) {
  size_t open = J->pos++;
  size_t run = J->pos;
  /* the common case: no escapes, one push of the bytes as they are */
  while (run < J->len) {
    unsigned char c = (unsigned char)J->s[run];
    if (c == '"' || c == '\\' || c < 0x20) break;
    run++;
  }
  if (run < J->len && J->s[run] == '"') {
    lua_pushlstring(J->L, J->s + J->pos, run - J->pos);
    J->pos = run + 1;
    return;
  }
  luaL_Buffer b;
  luaL_buffinit(J->L, &b);
  luaL_addlstring(&b, J->s + J->pos, run - J->pos);
  J->pos = run;
  for (;;) {
    if (J->pos >= J->len) { fail(J, open, "unterminated string"); break; }
    unsigned char c = (unsigned char)J->s[J->pos];
    if (c == '"') { J->pos++; break; }
    if (c < 0x20) { fail(J, J->pos, "control character in string"); break; }
    if (c != '\\') {
      size_t start = J->pos;
      while (J->pos < J->len) {
        c = (unsigned char)J->s[J->pos];
        if (c == '"' || c == '\\' || c < 0x20) break;
        J->pos++;
      }
      luaL_addlstring(&b, J->s + start, J->pos - start);
      continue;
    }
    if (J->pos + 1 >= J->len) { fail(J, J->pos, "bad escape"); break; }
    char e = J->s[J->pos + 1];
    const char *simple = NULL;
    switch (e) {
      case '"': simple = "\""; break;
      case '\\': simple = "\\"; break;
      case '/': simple = "/"; break;
      case 'b': simple = "\b"; break;
      case 'f': simple = "\f"; break;
      case 'n': simple = "\n"; break;
      case 'r': simple = "\r"; break;
      case 't': simple = "\t"; break;
      default: break;
    }
    if (simple) {
      luaL_addchar(&b, simple[0]);
      J->pos += 2;
      continue;
    }
    if (e != 'u') { fail(J, J->pos, "bad escape"); break; }
    long cp = read_hex4(J, J->pos + 2);
    if (cp < 0) { fail(J, J->pos, "bad \\u escape"); break; }
    J->pos += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      long lo = (J->pos + 1 < J->len && J->s[J->pos] == '\\' &&
                 J->s[J->pos + 1] == 'u') ? read_hex4(J, J->pos + 2) : -1;
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        J->pos += 6;
      } else {
        cp = 0xFFFD;  /* lone high surrogate */
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;    /* lone low surrogate */
    }
    add_utf8(&b, (unsigned long)cp);
  }
  luaL_pushresult(&b);
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
