/*
** tests/fuzz/fuzz.h -- what the fuzz targets share: a CHECK that aborts
** with a message, a reference UTF-8 decoder written from Unicode table 3-7
** (independent of core/segment.c), the U+FFFD repair records promise, a
** strict JSON reader for checking output lines, and the Lua side: a pluk
** handle built from the source tree and, under libFuzzer, coverage of Lua
** lines fed to libFuzzer's extra counters so that paths through the Lua
** half (readers, rules) count as progress too.
**
** Included by exactly one .c file per program (everything is static).
*/
#ifndef PLUK_FUZZ_H
#define PLUK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond, ...) do { \
    if (!(cond)) { \
      fprintf(stderr, "\nCHECK FAILED %s:%d: %s\n  ", __FILE__, __LINE__, \
              #cond); \
      fprintf(stderr, __VA_ARGS__); \
      fputc('\n', stderr); \
      abort(); \
    } \
  } while (0)


/* ---------------------------------------------------------------------
** UTF-8, from Unicode 15.0 table 3-7. ref_unit(s, len, i, &cp): length of
** the unit at s[i] (i < len) and its code point, or cp = -1 and the length
** of the maximal subpart of an ill-formed sequence.
** --------------------------------------------------------------------- */
static __attribute__((unused)) size_t ref_unit (const unsigned char *s, size_t len, size_t i,
                        int32_t *cp) {
  unsigned c = s[i], lo, hi, need, k;
  int32_t v;
  *cp = -1;
  if (c < 0x80) { *cp = (int32_t)c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { need = 2; lo = 0x80; hi = 0xBF; v = c & 0x1F; }
  else if (c == 0xE0) { need = 3; lo = 0xA0; hi = 0xBF; v = 0; }
  else if (c >= 0xE1 && c <= 0xEC) { need = 3; lo = 0x80; hi = 0xBF; v = c & 0x0F; }
  else if (c == 0xED) { need = 3; lo = 0x80; hi = 0x9F; v = 0xD; }
  else if (c >= 0xEE && c <= 0xEF) { need = 3; lo = 0x80; hi = 0xBF; v = c & 0x0F; }
  else if (c == 0xF0) { need = 4; lo = 0x90; hi = 0xBF; v = 0; }
  else if (c >= 0xF1 && c <= 0xF3) { need = 4; lo = 0x80; hi = 0xBF; v = c & 0x07; }
  else if (c == 0xF4) { need = 4; lo = 0x80; hi = 0x8F; v = 4; }
  else return 1;
  for (k = 1; k < need; k++) {
    if (i + k >= len) return k;
    unsigned b = s[i + k];
    if (b < lo || b > hi) return k;
    v = (v << 6) | (int32_t)(b & 0x3F);
    lo = 0x80; hi = 0xBF;
  }
  *cp = v;
  return need;
}

/* 1 when s[0,len) is valid UTF-8. */
static __attribute__((unused)) int ref_valid (const unsigned char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    int32_t cp;
    i += ref_unit(s, len, i, &cp);
    if (cp < 0) return 0;
  }
  return 1;
}

/* s[0,len) with each maximal invalid subpart replaced by U+FFFD, in a
** malloc'd buffer (*outlen bytes); the caller frees it. */
static __attribute__((unused)) unsigned char *ref_repair (const unsigned char *s, size_t len,
                                  size_t *outlen) {
  unsigned char *out = (unsigned char *)malloc(len * 3 + 1);
  size_t i = 0, o = 0;
  CHECK(out != NULL, "out of memory");
  while (i < len) {
    int32_t cp;
    size_t n = ref_unit(s, len, i, &cp);
    if (cp < 0) { out[o++] = 0xEF; out[o++] = 0xBF; out[o++] = 0xBD; }
    else { memcpy(out + o, s + i, n); o += n; }
    i += n;
  }
  *outlen = o;
  return out;
}


/* ---------------------------------------------------------------------
** Strict JSON (RFC 8259): no leading zeros, no raw control characters in
** strings, only the standard escapes, \u surrogates in pairs. json_record
** reads one object and picks out the members a record check needs.
** --------------------------------------------------------------------- */
typedef struct jbuf { unsigned char *p; size_t n, cap; } jbuf;

static __attribute__((unused)) void jbuf_add (jbuf *b, const void *src, size_t n) {
  if (b == NULL) return;
  if (b->n + n > b->cap) {
    b->cap = (b->n + n) * 2 + 16;
    b->p = (unsigned char *)realloc(b->p, b->cap);
    CHECK(b->p != NULL, "out of memory");
  }
  memcpy(b->p + b->n, src, n);
  b->n += n;
}

static void jbuf_utf8 (jbuf *b, uint32_t cp) {
  unsigned char u[4];
  size_t n;
  if (cp < 0x80) { u[0] = (unsigned char)cp; n = 1; }
  else if (cp < 0x800) { u[0] = 0xC0 | (cp >> 6); u[1] = 0x80 | (cp & 0x3F); n = 2; }
  else if (cp < 0x10000) { u[0] = 0xE0 | (cp >> 12); u[1] = 0x80 | ((cp >> 6) & 0x3F);
                           u[2] = 0x80 | (cp & 0x3F); n = 3; }
  else { u[0] = 0xF0 | (cp >> 18); u[1] = 0x80 | ((cp >> 12) & 0x3F);
         u[2] = 0x80 | ((cp >> 6) & 0x3F); u[3] = 0x80 | (cp & 0x3F); n = 4; }
  jbuf_add(b, u, n);
}

typedef struct jin { const char *s; size_t len, pos; int depth; const char *err; } jin;

static __attribute__((unused)) int jfail (jin *J, const char *msg) { if (!J->err) J->err = msg; return 0; }

static __attribute__((unused)) void jws (jin *J) {
  while (J->pos < J->len && (J->s[J->pos] == ' ' || J->s[J->pos] == '\t' ||
                             J->s[J->pos] == '\n' || J->s[J->pos] == '\r'))
    J->pos++;
}

static int jhex4 (jin *J, size_t at, uint32_t *v) {
  *v = 0;
  if (at + 4 > J->len) return 0;
  for (int k = 0; k < 4; k++) {
    char c = J->s[at + k];
    int h = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10
          : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (h < 0) return 0;
    *v = *v * 16 + (uint32_t)h;
  }
  return 1;
}

/* at the opening quote; decodes into out (may be NULL) */
static __attribute__((unused)) int jstring (jin *J, jbuf *out) {
  J->pos++;
  for (;;) {
    if (J->pos >= J->len) return jfail(J, "unterminated string");
    unsigned char c = (unsigned char)J->s[J->pos];
    if (c == '"') { J->pos++; return 1; }
    if (c < 0x20) return jfail(J, "raw control character in a string");
    if (c != '\\') { jbuf_add(out, &c, 1); J->pos++; continue; }
    if (J->pos + 1 >= J->len) return jfail(J, "escape at the end");
    char e = J->s[J->pos + 1];
    const char *map = strchr("\"\\/bfnrt", e);
    if (e != 0 && map) {
      static const char to[] = "\"\\/\b\f\n\r\t";
      jbuf_add(out, &to[map - "\"\\/bfnrt"], 1);
      J->pos += 2;
      continue;
    }
    if (e != 'u') return jfail(J, "bad escape");
    uint32_t cp, lo;
    if (!jhex4(J, J->pos + 2, &cp)) return jfail(J, "bad \\u escape");
    J->pos += 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return jfail(J, "lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (J->pos + 1 >= J->len || J->s[J->pos] != '\\' || J->s[J->pos + 1] != 'u' ||
          !jhex4(J, J->pos + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
        return jfail(J, "lone high surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      J->pos += 6;
    }
    jbuf_utf8(out, cp);
  }
}

/* number; sets *isint and *ival when it is a plain integer */
static __attribute__((unused)) int jnumber (jin *J, int *isint, long long *ival) {
  size_t p = J->pos, start = p;
  int neg = 0;
  *isint = 1; *ival = 0;
  if (p < J->len && J->s[p] == '-') { p++; neg = 1; }
  if (p >= J->len || J->s[p] < '0' || J->s[p] > '9') return jfail(J, "bad number");
  if (J->s[p] == '0') {
    p++;
    if (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') return jfail(J, "leading zero");
  } else {
    while (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') {
      if (*ival > (long long)(INT64_MAX / 10 - 10)) *isint = 0;
      else *ival = *ival * 10 + (J->s[p] - '0');
      p++;
    }
  }
  if (p < J->len && J->s[p] == '.') {
    *isint = 0; p++;
    if (p >= J->len || J->s[p] < '0' || J->s[p] > '9') return jfail(J, "bad fraction");
    while (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') p++;
  }
  if (p < J->len && (J->s[p] == 'e' || J->s[p] == 'E')) {
    *isint = 0; p++;
    if (p < J->len && (J->s[p] == '+' || J->s[p] == '-')) p++;
    if (p >= J->len || J->s[p] < '0' || J->s[p] > '9') return jfail(J, "bad exponent");
    while (p < J->len && J->s[p] >= '0' && J->s[p] <= '9') p++;
  }
  if (neg) *ival = -*ival;
  (void)start;
  J->pos = p;
  return 1;
}

static __attribute__((unused)) int jvalue (jin *J);

static __attribute__((unused)) int jcontainer (jin *J, char close) {
  if (++J->depth > 10000) return jfail(J, "too deep");
  J->pos++;
  jws(J);
  if (J->pos < J->len && J->s[J->pos] == close) { J->pos++; J->depth--; return 1; }
  for (;;) {
    jws(J);
    if (close == '}') {
      if (J->pos >= J->len || J->s[J->pos] != '"') return jfail(J, "expected a key");
      if (!jstring(J, NULL)) return 0;
      jws(J);
      if (J->pos >= J->len || J->s[J->pos] != ':') return jfail(J, "expected ':'");
      J->pos++;
    }
    if (!jvalue(J)) return 0;
    jws(J);
    if (J->pos >= J->len) return jfail(J, "unterminated container");
    if (J->s[J->pos] == close) { J->pos++; J->depth--; return 1; }
    if (J->s[J->pos] != ',') return jfail(J, "expected ','");
    J->pos++;
  }
}

static __attribute__((unused)) int jvalue (jin *J) {
  int isint;
  long long iv;
  jws(J);
  if (J->pos >= J->len) return jfail(J, "unexpected end");
  char c = J->s[J->pos];
  if (c == '"') return jstring(J, NULL);
  if (c == '{') return jcontainer(J, '}');
  if (c == '[') return jcontainer(J, ']');
  if (J->len - J->pos >= 4 && memcmp(J->s + J->pos, "true", 4) == 0) { J->pos += 4; return 1; }
  if (J->len - J->pos >= 5 && memcmp(J->s + J->pos, "false", 5) == 0) { J->pos += 5; return 1; }
  if (J->len - J->pos >= 4 && memcmp(J->s + J->pos, "null", 4) == 0) { J->pos += 4; return 1; }
  return jnumber(J, &isint, &iv);
}

/* A record line: one flat JSON object. Fills *start, *end (-1 when
** absent or not integers) and text (the decoded "text" member). Returns
** NULL when the line is fine, else what is wrong. */
static __attribute__((unused)) const char *json_record (const char *s, size_t len, long long *start,
                                long long *end, jbuf *text) {
  jin J = { s, len, 0, 0, NULL };
  jbuf key = { NULL, 0, 0 };
  *start = *end = -1;
  if (!ref_valid((const unsigned char *)s, len)) return "not valid UTF-8";
  jws(&J);
  if (J.pos >= len || s[J.pos] != '{') return "not an object";
  J.pos++;
  jws(&J);
  if (J.pos < len && s[J.pos] == '}') J.pos++;
  else for (;;) {
    jws(&J);
    if (J.pos >= len || s[J.pos] != '"') { jfail(&J, "expected a key"); break; }
    key.n = 0;
    if (!jstring(&J, &key)) break;
    jws(&J);
    if (J.pos >= len || s[J.pos] != ':') { jfail(&J, "expected ':'"); break; }
    J.pos++;
    jws(&J);
    int is_text = key.n == 4 && memcmp(key.p, "text", 4) == 0;
    int is_start = key.n == 5 && memcmp(key.p, "start", 5) == 0;
    int is_end = key.n == 3 && memcmp(key.p, "end", 3) == 0;
    if (is_text && J.pos < len && s[J.pos] == '"') {
      text->n = 0;
      if (!jstring(&J, text)) break;
    } else if ((is_start || is_end) && J.pos < len &&
               (s[J.pos] == '-' || (s[J.pos] >= '0' && s[J.pos] <= '9'))) {
      int isint;
      long long v;
      if (!jnumber(&J, &isint, &v)) break;
      if (isint) *(is_start ? start : end) = v;
    } else if (!jvalue(&J)) break;
    jws(&J);
    if (J.pos >= len) { jfail(&J, "unterminated object"); break; }
    if (s[J.pos] == '}') { J.pos++; break; }
    if (s[J.pos] != ',') { jfail(&J, "expected ','"); break; }
    J.pos++;
  }
  free(key.p);
  if (J.err) return J.err;
  jws(&J);
  if (J.pos != len) return "trailing characters";
  return NULL;
}


/* ---------------------------------------------------------------------
** The Lua side.
** --------------------------------------------------------------------- */
#ifdef PLUK_FUZZ_LUA
#include <lua.h>
#include <lauxlib.h>
#include "pluk.h"

#ifndef PLUK_FUZZ_ROOT
#define PLUK_FUZZ_ROOT "."
#endif

/* The source tree: $PLUK_ROOT, else where the program was built. */
static __attribute__((unused)) const char *fuzz_root (void) {
  const char *r = getenv("PLUK_ROOT");
  return r && *r ? r : PLUK_FUZZ_ROOT;
}

#ifdef PLUK_FUZZ_LUA_COVERAGE
/* Lua line coverage as libFuzzer extra counters: each (line, previous
** line) pair of the Lua code run bumps one counter. */
__attribute__((used, section("__libfuzzer_extra_counters")))
static uint8_t lua_counters[1 << 16];
static uintptr_t lua_prev_line;

static __attribute__((unused)) void lua_cov_hook (lua_State *L, lua_Debug *ar) {
  if (!lua_getinfo(L, "S", ar)) return;
  uintptr_t h = ((uintptr_t)ar->source >> 3) * 2654435761u +
                (uintptr_t)ar->currentline * 40503u;
  size_t k = (size_t)((h ^ (lua_prev_line >> 1)) & 0xFFFF);
  lua_prev_line = h;
  if (lua_counters[k] < 255) lua_counters[k]++;
}
#endif

/* A handle with `rules` (a comma list of names or paths) from the source
** tree; NULL rules: the fixture rule, which loads fast. */
static __attribute__((unused)) pluk *fuzz_handle (const char *rules, const char *lang) {
  static char lua_dir[4096], rules_dir[4096], fixture[4096];
  snprintf(lua_dir, sizeof lua_dir, "%s/lua", fuzz_root());
  snprintf(rules_dir, sizeof rules_dir, "%s/rules", fuzz_root());
  snprintf(fixture, sizeof fixture, "%s/tests/core/fixtures/capitals.lua",
           fuzz_root());
  pluk_options opt;
  memset(&opt, 0, sizeof opt);
  opt.lua_dir = lua_dir;
  opt.rules_dir = rules_dir;
  opt.rules = rules ? rules : fixture;
  opt.rules_path = rules_dir;
  opt.lang = lang;
  pluk *p = pluk_new(&opt);
  CHECK(p != NULL, "pluk_new: out of memory");
  CHECK(pluk_error(p)[0] == '\0', "pluk_new: %s", pluk_error(p));
#ifdef PLUK_FUZZ_LUA_COVERAGE
  if (!getenv("PLUK_FUZZ_NO_LUA_COVERAGE"))
    lua_sethook(pluk_lua(p), lua_cov_hook, LUA_MASKLINE, 0);
#endif
  return p;
}

/* Runs `chunk` (Lua source returning a function) once and keeps the
** function in the registry; fuzz_call(L, ref, data, len) calls it with
** the input as a string. An error escaping it is a finding: abort. */
static __attribute__((unused)) int fuzz_load (lua_State *L, const char *chunk) {
  if (luaL_loadstring(L, chunk) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK)
    CHECK(0, "setup chunk: %s", lua_tostring(L, -1));
  return luaL_ref(L, LUA_REGISTRYINDEX);
}

static __attribute__((unused)) void fuzz_call (lua_State *L, int ref, const uint8_t *data,
                       size_t len) {
  int top = lua_gettop(L);
  lua_getglobal(L, "debug");
  lua_getfield(L, -1, "traceback");
  lua_remove(L, -2);
  lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
  lua_pushlstring(L, (const char *)data, len);
  if (lua_pcall(L, 1, 0, top + 1) != LUA_OK)
    CHECK(0, "%s", lua_tostring(L, -1));
  lua_settop(L, top);
}
#endif

#endif
