/*
** ltext.c -- the C half of the `pluk.text` Lua API: UAX #29 segment
** iterators over the segmentation engine (segment.h), normalisation and
** case mapping through utf8proc, display width, general categories,
** UTF-8 validation, and the code point ranges of the Unicode classes that
** lua/pluk/text.lua turns into byte-level LPeg patterns.
**
** Conventions (as in Lua's string and utf8 libraries):
**   - positions are byte offsets, 1-based and inclusive; negative ones
**     count from the end of the string as in string.sub;
**   - segment iterators yield `i, j` so that s:sub(i, j) is the segment;
**   - errors are raised only through luaL_argerror / luaL_error.
** Reference with examples: docs/lua-text.md.
*/

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <utf8proc.h>

#include "ltext.h"
#include "segment.h"


/* Largest code point. */
#define PLUK_TEXT_MAXCP 0x10FFFF

/* Segment ends kept in a C stack buffer by boundaries(); more than this
   and a second pass writes them into a Lua-owned buffer. */
#define PLUK_TEXT_STACKBOUNDS 256

/* Longest input (bytes) the utf8proc transforms accept: the decomposed
   form takes up to 18 code points of 4 bytes per input byte in the worst
   case, so this keeps every size computation far from overflow. */
#define PLUK_TEXT_MAXMAP ((size_t)1 << 30)

/* Most continuation bytes after a lead byte in a character as tokens()
   cuts them (UTF-8's longest form). */
#define PLUK_TEXT_MAXCONT 3

/* Mode bit of a segment iterator, above the segment kind. */
#define SEG_WORDLIKE 0x100


/*
** {==================================================================
** Helpers
** ===================================================================
*/

/* Start position of a range, string.sub style: 1-based result, >= 1. */
static size_t startpos (lua_Integer pos, size_t len) {
  if (pos > 0) return (size_t)pos;
  if (pos == 0) return 1;
  if (pos < -(lua_Integer)len) return 1;
  return len + (size_t)pos + 1;
}

/* End position of a range, string.sub style: 1-based result, <= len. */
static size_t endpos (lua_Integer pos, size_t len) {
  if (pos > (lua_Integer)len) return len;
  if (pos >= 0) return (size_t)pos;
  if (pos < -(lua_Integer)len) return 0;
  return len + (size_t)pos + 1;
}

/* The end (0-based, exclusive) of the run of bytes b with tab[b] & mask
   that starts at s[p] (p <= e), e at most. Four bytes a step: the runs
   the scans skip are mostly words of a few bytes, and the unrolled loop
   tests each byte with fewer instructions. */
static inline size_t span_bytes (const unsigned char *tab, unsigned mask,
                                 const unsigned char *s, size_t p,
                                 size_t e) {
  for (; p + 4 <= e; p += 4) {
    if (!(tab[s[p]] & mask)) return p;
    if (!(tab[s[p + 1]] & mask)) return p + 1;
    if (!(tab[s[p + 2]] & mask)) return p + 2;
    if (!(tab[s[p + 3]] & mask)) return p + 3;
  }
  while (p < e && (tab[s[p]] & mask)) p++;
  return p;
}

/* Array slots to make a result table with: about one value every `per`
   bytes of an n-byte range, at least `least` and at most 8192 (a table
   made to its size is not rehashed at each doubling as it grows). */
static int result_slots (size_t n, size_t per, int least) {
  size_t est = n / per;
  return est < (size_t)least ? least : est > 8192 ? 8192 : (int)est;
}

/* luaL_optinteger(L, arg, def), quicker for an integer argument (the
   common case): luaL_optinteger asks for the argument's type first. */
static lua_Integer optint (lua_State *L, int arg, lua_Integer def) {
  int isnum;
  lua_Integer v = lua_tointegerx(L, arg, &isnum);
  return isnum ? v : luaL_optinteger(L, arg, def);
}

/* The string at argument 1 (its length *len) and the range s:sub(i, j)
   of arguments 2 and 3 (defaults 1 and -1), as a 0-based start *k and an
   exclusive end *e (k may pass e: an empty range). */
static const unsigned char *range_args (lua_State *L, size_t *len,
                                        size_t *k, size_t *e) {
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 1, len);
  *k = startpos(optint(L, 2, 1), *len) - 1;
  *e = endpos(optint(L, 3, -1), *len);
  return s;
}

/* lua_tonumberx(L, idx, isnum), quicker for an integer (the common case,
   which lua_tonumberx converts in a further call); an integral float or
   a numeric string gives the same number either way. */
static lua_Number tonum (lua_State *L, int idx, int *isnum) {
  lua_Number v = (lua_Number)lua_tointegerx(L, idx, isnum);
  return *isnum ? v : lua_tonumberx(L, idx, isnum);
}

/* Raises "bad argument #arg (invalid UTF-8 at byte N)" unless s is valid
   UTF-8. N is 1-based: s:byte(N) is the first byte of the first invalid
   sequence. */
static void checkvalid (lua_State *L, int arg, const unsigned char *s,
                        size_t len) {
  size_t bad = 0;
  if (!pluk_utf8_valid(s, len, &bad))
    luaL_argerror(L, arg, lua_pushfstring(L, "invalid UTF-8 at byte %I",
                                          (lua_Integer)bad + 1));
}

/* Segment kind names; plural and singular map to the same kind. */
static const char *const kindnames[] = {
  "grapheme", "graphemes", "word", "words", "sentence", "sentences", NULL
};

static int checkkind (lua_State *L, int arg) {
  int k = luaL_checkoption(L, arg, NULL, kindnames) / 2;
  return k == 0 ? PLUK_GRAPHEME : k == 1 ? PLUK_WORD : PLUK_SENTENCE;
}

/* }================================================================== */


/*
** {==================================================================
** Segment iterators
** ===================================================================
*/

/* State of a segment iterator, a full userdata in its upvalue 2. */
typedef struct SegState {
  size_t base;  /* range start, 0-based */
  size_t end;   /* range end, 0-based exclusive */
  size_t pos;   /* next segment start, 0-based */
  int mode;     /* segment kind | SEG_WORDLIKE */
} SegState;

/*
** The iterator: a C closure with the string (kept alive by the closure)
** as upvalue 1 and its SegState as upvalue 2; each call advances the
** state in place: no allocation per segment. The range is segmented as a
** text of its own: s:sub(i, j) is tiled exactly, whatever lies outside.
*/
static int seg_next (lua_State *L) {
  const unsigned char *s =
      (const unsigned char *)lua_tostring(L, lua_upvalueindex(1));
  SegState *st = (SegState *)lua_touserdata(L, lua_upvalueindex(2));
  int kind = st->mode & 0xFF;
  while (st->pos < st->end) {
    size_t start = st->pos;
    size_t e = st->base + pluk_next_break(kind, s + st->base,
                                          st->end - st->base,
                                          start - st->base);
    if (e <= start || e > st->end)
      return luaL_error(L, "segmentation engine returned break %I after %I",
                        (lua_Integer)e, (lua_Integer)start);
    st->pos = e;
    if ((st->mode & SEG_WORDLIKE) && !pluk_word_is_wordlike(s + start,
                                                            e - start))
      continue;
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_pushinteger(L, (lua_Integer)e);
    return 2;
  }
  return 0;
}

/* Reads the options table of words() at index arg. Unknown keys are an
   error, so that a misspelt option does not pass silently. */
static int wordopts (lua_State *L, int arg) {
  int mode = 0;
  lua_pushnil(L);
  while (lua_next(L, arg) != 0) {
    const char *key = lua_type(L, -2) == LUA_TSTRING
                          ? lua_tostring(L, -2) : NULL;
    if (key != NULL && strcmp(key, "wordlike") == 0) {
      if (lua_toboolean(L, -1)) mode |= SEG_WORDLIKE;
    }
    else {
      lua_pushvalue(L, -2);  /* tostring on a copy, not on the key */
      luaL_argerror(L, arg, lua_pushfstring(L, "unknown option '%s'",
                                            luaL_tolstring(L, -1, NULL)));
    }
    lua_pop(L, 1);
  }
  return mode;
}

/*
** Common part of graphemes/words/sentences(s [, i [, j]] [, opts]).
** With `withopts`, the first table among arguments 2..4 is the options
** table and the integer arguments before it are i and j.
*/
static int seg_iter (lua_State *L, int kind, int withopts) {
  size_t len;
  int mode = kind;
  int top = lua_gettop(L);
  int npos = top;  /* last argument that may be a position */
  luaL_checklstring(L, 1, &len);
  if (withopts) {
    int a;
    for (a = 2; a <= 4 && a <= top; a++) {
      if (lua_istable(L, a)) {
        mode |= wordopts(L, a);
        npos = a - 1;
        break;
      }
    }
  }
  {
    size_t i = startpos(npos >= 2 ? luaL_optinteger(L, 2, 1) : 1, len);
    size_t j = endpos(npos >= 3 ? luaL_optinteger(L, 3, -1) : -1, len);
    SegState *st;
    if (i > j) i = j + 1;  /* empty range: no segments */
    lua_settop(L, 1);
    st = (SegState *)lua_newuserdatauv(L, sizeof(SegState), 0);
    st->base = st->pos = i - 1;
    st->end = j;
    st->mode = mode;
    lua_pushcclosure(L, seg_next, 2);
  }
  return 1;
}

/*
** graphemes(s [, i [, j]]) -> iterator yielding i, j per extended
** grapheme cluster (UAX #29) of s:sub(i, j).
*/
static int text_graphemes (lua_State *L) {
  return seg_iter(L, PLUK_GRAPHEME, 0);
}

/*
** words(s [, i [, j]] [, opts]) -> iterator yielding i, j per UAX #29
** word segment of s:sub(i, j); spaces and punctuation are segments too.
** opts (2nd, 3rd or 4th argument) = {wordlike = true} skips the segments
** that hold no letter, digit or ideograph (pluk_word_is_wordlike).
*/
static int text_words (lua_State *L) {
  return seg_iter(L, PLUK_WORD, 1);
}

/*
** sentences(s [, i [, j]]) -> iterator yielding i, j per UAX #29
** sentence of s:sub(i, j); trailing spaces and line ends belong to the
** sentence before them.
*/
static int text_sentences (lua_State *L) {
  return seg_iter(L, PLUK_SENTENCE, 0);
}

/*
** count(s, kind) -> number of segments of s, kind being "grapheme",
** "word" or "sentence" (or the plural). Words count every segment,
** spaces and punctuation included.
*/
static int text_count (lua_State *L) {
  size_t len;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  int kind = checkkind(L, 2);
  lua_pushinteger(L, (lua_Integer)pluk_count_segments(kind, s, len));
  return 1;
}

/*
** boundaries(s, kind) -> array of the 1-based inclusive END offsets of the
** segments of s, in order: s:sub(b[k-1] + 1, b[k]) is segment k (b[0] =
** 0), and the last element is #s. Empty array for the empty string.
*/
static int text_boundaries (lua_State *L) {
  size_t len, n, k;
  size_t stackbuf[PLUK_TEXT_STACKBOUNDS];
  size_t *ends = stackbuf;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  int kind = checkkind(L, 2);
  n = pluk_boundaries(kind, s, len, stackbuf, PLUK_TEXT_STACKBOUNDS);
  if (n > PLUK_TEXT_STACKBOUNDS) {
    size_t n2;
    if (n > len)  /* every segment holds at least one byte */
      return luaL_error(L, "segmentation engine reported %I segments in "
                        "%I bytes", (lua_Integer)n, (lua_Integer)len);
    ends = (size_t *)lua_newuserdatauv(L, n * sizeof(size_t), 0);
    n2 = pluk_boundaries(kind, s, len, ends, n);
    if (n2 != n)
      return luaL_error(L, "segmentation engine is not deterministic");
  }
  if (n > (size_t)INT32_MAX)
    return luaL_error(L, "too many segments");
  lua_createtable(L, (int)n, 0);
  for (k = 0; k < n; k++) {
    lua_pushinteger(L, (lua_Integer)ends[k]);
    lua_rawseti(L, -2, (lua_Integer)k + 1);
  }
  return 1;
}

/* len(s) -> number of extended grapheme clusters in s. */
static int text_len (lua_State *L) {
  size_t len;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  lua_pushinteger(L, (lua_Integer)pluk_count_segments(PLUK_GRAPHEME, s,
                                                      len));
  return 1;
}

/* }================================================================== */


/*
** {==================================================================
** Normalisation and case mapping
** ===================================================================
*/

/*
** Applies utf8proc decomposition options `opts` (and composition when
** they include UTF8PROC_COMPOSE) to argument 1. The work buffer is a Lua
** userdata, so an out-of-memory error in the middle leaks nothing.
** Invalid UTF-8 is an argument error naming the first bad byte.
*/
static int text_map (lua_State *L, utf8proc_option_t opts) {
  size_t len;
  utf8proc_ssize_t n, n2, bytes;
  utf8proc_int32_t *buf;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  size_t i = 0;
  if (!(opts & UTF8PROC_CASEFOLD)) {
    /* ASCII text is its own NFC, NFD, NFKC and NFKD */
    while (i < len && s[i] < 0x80) i++;
    if (i == len) {
      lua_settop(L, 1);
      return 1;
    }
  }
  checkvalid(L, 1, s, len);
  if (len == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  luaL_argcheck(L, len <= PLUK_TEXT_MAXMAP, 1, "string too long");
  n = utf8proc_decompose(s, (utf8proc_ssize_t)len, NULL, 0, opts);
  if (n < 0)
    return luaL_error(L, "utf8proc: %s", utf8proc_errmsg(n));
  /* +1: utf8proc_reencode writes a terminating zero byte */
  buf = (utf8proc_int32_t *)lua_newuserdatauv(
      L, (size_t)n * sizeof(utf8proc_int32_t) + 1, 0);
  n2 = utf8proc_decompose(s, (utf8proc_ssize_t)len, buf, n, opts);
  if (n2 < 0 || n2 > n)
    return luaL_error(L, "utf8proc: %s",
                      n2 < 0 ? utf8proc_errmsg(n2) : "buffer size changed");
  bytes = utf8proc_reencode(buf, n2, opts);
  if (bytes < 0)
    return luaL_error(L, "utf8proc: %s", utf8proc_errmsg(bytes));
  lua_pushlstring(L, (const char *)buf, (size_t)bytes);
  return 1;
}

/* nfc(s) -> s in Normalization Form C. Error on invalid UTF-8. */
static int text_nfc (lua_State *L) {
  return text_map(L, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

/* nfd(s) -> s in Normalization Form D. Error on invalid UTF-8. */
static int text_nfd (lua_State *L) {
  return text_map(L, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
}

/* nfkc(s) -> s in Normalization Form KC. Error on invalid UTF-8. */
static int text_nfkc (lua_State *L) {
  return text_map(L, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
}

/* nfkd(s) -> s in Normalization Form KD. Error on invalid UTF-8. */
static int text_nfkd (lua_State *L) {
  return text_map(L, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                     UTF8PROC_COMPAT);
}

/*
** casefold(s) -> full Unicode case folding of s (CaseFolding.txt C + F:
** "Straße" -> "strasse"), no normalisation. Error on invalid UTF-8.
*/
static int text_casefold (lua_State *L) {
  return text_map(L, UTF8PROC_CASEFOLD);
}

/* Simple (one code point to one code point) case mapping of argument 1. */
static int text_mapcase (lua_State *L, int upper) {
  size_t len, i = 0;
  luaL_Buffer b;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  checkvalid(L, 1, s, len);
  luaL_buffinit(L, &b);
  while (i < len) {
    unsigned char c = s[i];
    if (c < 0x80) {  /* ASCII: the common case */
      if (upper && c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
      else if (!upper && c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
      luaL_addchar(&b, (char)c);
      i++;
    }
    else {
      int32_t cp;
      size_t n = pluk_utf8_unit(s, len, i, &cp);
      utf8proc_int32_t m = upper ? utf8proc_toupper(cp)
                                 : utf8proc_tolower(cp);
      char *p = luaL_prepbuffsize(&b, 4);
      luaL_addsize(&b, (size_t)utf8proc_encode_char(
                           m, (utf8proc_uint8_t *)p));
      i += n;
    }
  }
  luaL_pushresult(&b);
  return 1;
}

/*
** lower(s) -> s with each code point mapped by utf8proc_tolower (simple
** case mapping: one code point to one, no context; final sigma is not
** special). Error on invalid UTF-8.
*/
static int text_lower (lua_State *L) {
  return text_mapcase(L, 0);
}

/*
** upper(s) -> s with each code point mapped by utf8proc_toupper (simple
** case mapping: "ß" stays "ß"). Error on invalid UTF-8.
*/
static int text_upper (lua_State *L) {
  return text_mapcase(L, 1);
}

/* }================================================================== */


/*
** {==================================================================
** Properties of code points
** ===================================================================
*/

/*
** width(s) -> terminal columns of s: the sum of utf8proc_charwidth over
** its code points (2 for wide and fullwidth East Asian characters and
** most emoji, 0 for combining marks, controls and format characters, 1
** otherwise). Each invalid unit (maximal subpart) counts 1, as a
** terminal shows one U+FFFD for it. No grapheme shaping: a ZWJ emoji
** sequence counts the width of each emoji in it.
*/
static int text_width (lua_State *L) {
  size_t len, i = 0;
  lua_Integer w = 0;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  while (i < len) {
    if (s[i] >= 0x20 && s[i] < 0x7F) {  /* printable ASCII */
      w++;
      i++;
    }
    else {
      int32_t cp;
      i += pluk_utf8_unit(s, len, i, &cp);
      w += cp < 0 ? 1 : utf8proc_charwidth(cp);
    }
  }
  lua_pushinteger(L, w);
  return 1;
}

/*
** category(s [, i]) -> two-letter general category ("Lu", "Nd", "Zs",
** "Cn" for unassigned, ...) of the code point that starts at byte i
** (default 1; negative counts from the end). An error when i is out of
** range, falls inside a code point, or starts an invalid sequence.
*/
static int text_category (lua_State *L) {
  size_t len, i;
  lua_Integer pos;
  int32_t cp;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  pos = luaL_optinteger(L, 2, 1);
  if (pos < 0 && pos >= -(lua_Integer)len)
    pos = (lua_Integer)len + pos + 1;
  luaL_argcheck(L, pos >= 1 && pos <= (lua_Integer)len, 2,
                "position out of bounds");
  i = (size_t)pos - 1;
  if ((s[i] & 0xC0) == 0x80)
    return luaL_argerror(L, 2, lua_pushfstring(L, "byte %I is inside a code "
                                               "point, not at its start",
                                               pos));
  pluk_utf8_unit(s, len, i, &cp);
  if (cp < 0)
    return luaL_argerror(L, 2, lua_pushfstring(L, "invalid UTF-8 at byte %I",
                                               pos));
  lua_pushstring(L, utf8proc_category_string(cp));
  return 1;
}

/*
** valid(s) -> true if s is well-formed UTF-8 (no overlong forms, no
** surrogates, nothing above U+10FFFF); otherwise false and the 1-based
** offset of the first byte of the first invalid sequence.
*/
static int text_valid (lua_State *L) {
  size_t len, bad = 0;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  if (pluk_utf8_valid(s, len, &bad)) {
    lua_pushboolean(L, 1);
    return 1;
  }
  lua_pushboolean(L, 0);
  lua_pushinteger(L, (lua_Integer)bad + 1);
  return 2;
}


/*
** The classes behind pluk.text.P, in the order of their bits. Membership
** is decided from utf8proc's general categories (Unicode 15.0) plus the
** fixed sets below; surrogates belong to no class.
*/
static const char *const classnames[] = {
  "letter",       /* L* */
  "upper",        /* Lu, Lt */
  "lower",        /* Ll */
  "digit",        /* Nd */
  "number",       /* N* */
  "punct",        /* P* */
  "space",        /* White_Space (PropList.txt) */
  "dash",         /* Pd, U+2212 MINUS SIGN */
  "quote_open",   /* Pi, " ' and the opening marks below */
  "quote_close",  /* Pf, " ' and the closing marks below */
  "apostrophe",   /* ' U+2019 U+02BC */
  "word_char",    /* L*, M*, Nd, Pc, U+200C/U+200D (UTS #18 \w) */
  "any",          /* every code point but the surrogates */
  NULL
};

#define NCLASSES (sizeof(classnames) / sizeof(classnames[0]) - 1)

enum {
  C_LETTER, C_UPPER, C_LOWER, C_DIGIT, C_NUMBER, C_PUNCT, C_SPACE, C_DASH,
  C_QOPEN, C_QCLOSE, C_APOS, C_WORD, C_ANY
};

#define BIT(c) (1u << (c))

/* White_Space=yes (PropList.txt, stable since Unicode 6.3) */
static int is_white_space (int32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Bit set of the classes of code point c. */
static unsigned classmask (int32_t c) {
  unsigned m;
  if (c >= 0xD800 && c <= 0xDFFF) return 0;  /* surrogates: never text */
  m = BIT(C_ANY);
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      m |= BIT(C_LETTER) | BIT(C_UPPER) | BIT(C_WORD); break;
    case UTF8PROC_CATEGORY_LL:
      m |= BIT(C_LETTER) | BIT(C_LOWER) | BIT(C_WORD); break;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      m |= BIT(C_LETTER) | BIT(C_WORD); break;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      m |= BIT(C_WORD); break;
    case UTF8PROC_CATEGORY_ND:
      m |= BIT(C_DIGIT) | BIT(C_NUMBER) | BIT(C_WORD); break;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      m |= BIT(C_NUMBER); break;
    case UTF8PROC_CATEGORY_PC:
      m |= BIT(C_PUNCT) | BIT(C_WORD); break;
    case UTF8PROC_CATEGORY_PD:
      m |= BIT(C_PUNCT) | BIT(C_DASH); break;
    case UTF8PROC_CATEGORY_PI:
      m |= BIT(C_PUNCT) | BIT(C_QOPEN); break;
    case UTF8PROC_CATEGORY_PF:
      m |= BIT(C_PUNCT) | BIT(C_QCLOSE); break;
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PO:
      m |= BIT(C_PUNCT); break;
    default: break;
  }
  if (is_white_space(c)) m |= BIT(C_SPACE);
  switch (c) {
    case 0x22: case 0x27:          /* " ' : open and close */
      m |= BIT(C_QOPEN) | BIT(C_QCLOSE);
      if (c == 0x27) m |= BIT(C_APOS);
      break;
    case 0x201E: case 0x201A:      /* „ ‚ (Ps): open (nl, de, pl, ...) */
    case 0x300C: case 0x300E:      /* 「 『 (Ps) */
      m |= BIT(C_QOPEN); break;
    case 0x201C: case 0x2018:      /* “ ‘ (Pi): also close „ ‚ (nl, de) */
    case 0x300D: case 0x300F:      /* 」 』 (Pe) */
      m |= BIT(C_QCLOSE); break;
    case 0x2019: case 0x02BC:      /* ’ (Pf), ʼ (Lm) */
      m |= BIT(C_APOS); break;
    case 0x2212:                   /* − MINUS SIGN (Sm) */
      m |= BIT(C_DASH); break;
    case 0x200C: case 0x200D:      /* ZWNJ, ZWJ: Join_Control */
      m |= BIT(C_WORD); break;
    default: break;
  }
  /* « ‹ (Pi) and » › (Pf) are already in their classes by category */
  return m;
}

/* The classmask of every code point below PLUK_TEXT_CACHEDCP (the
   alphabets of Europe, the Middle East and India, and the general
   punctuation), filled once for all Lua states (pthread_once, when the
   library opens): for the scans, one look-up instead of utf8proc's tables
   and the tests of classmask. The NCLASSES bits fit in 16. */
#define PLUK_TEXT_CACHEDCP 0x3000
static uint16_t cached_mask[PLUK_TEXT_CACHEDCP];
static pthread_once_t cached_once = PTHREAD_ONCE_INIT;

static void fill_cached_mask (void) {
  int32_t c;
  for (c = 0; c < PLUK_TEXT_CACHEDCP; c++)
    cached_mask[c] = (uint16_t)classmask(c);
}

/*
** class_ranges([name]) -> the code points of class `name` (see
** classnames) as a flat array {lo1, hi1, lo2, hi2, ...} of inclusive,
** sorted, non-adjacent ranges; without a name, a table mapping every
** class name to its array. One pass over all code points (a few ms).
*/
static int text_class_ranges (lua_State *L) {
  lua_Integer n[NCLASSES];
  int32_t runstart[NCLASSES];
  unsigned prev = 0;
  int32_t c;
  size_t k;
  int want = lua_isnoneornil(L, 1) ? -1
                                   : luaL_checkoption(L, 1, NULL, classnames);
  lua_settop(L, 1);
  for (k = 0; k < NCLASSES; k++) {  /* tables at indices 2 .. NCLASSES+1 */
    lua_newtable(L);
    n[k] = 0;
    runstart[k] = -1;
  }
  for (c = 0; c <= PLUK_TEXT_MAXCP + 1; c++) {
    unsigned m = c <= PLUK_TEXT_MAXCP ? classmask(c) : 0;
    unsigned changed = m ^ prev;
    if (changed == 0) continue;
    for (k = 0; k < NCLASSES; k++) {
      if (!(changed & BIT(k))) continue;
      if (m & BIT(k))
        runstart[k] = c;
      else {  /* run [runstart, c - 1] ends */
        int t = (int)k + 2;
        lua_pushinteger(L, runstart[k]);
        lua_rawseti(L, t, ++n[k]);
        lua_pushinteger(L, c - 1);
        lua_rawseti(L, t, ++n[k]);
      }
    }
    prev = m;
  }
  if (want >= 0) {
    lua_pushvalue(L, want + 2);
    return 1;
  }
  lua_createtable(L, 0, NCLASSES);
  for (k = 0; k < NCLASSES; k++) {
    lua_pushvalue(L, (int)k + 2);
    lua_setfield(L, -2, classnames[k]);
  }
  return 1;
}

/* }================================================================== */


/*
** {==================================================================
** Word sets: whole-word lookup of a list of words and phrases
** ===================================================================
*/

/*
** wordset(list) -> a set of the strings of array `list` (words and
** phrases: "said", "according to", "teilte mit"), compiled into a byte
** trie held in one full userdata (no other allocation, nothing to free).
** An empty string is an error; duplicates are harmless.
**
** set:find(s [, i [, j]]) -> flat array {i1, j1, i2, j2, ...} of the
** matches in s[i, j] (string.sub rules for i, j), in text order. A match
** starts at a word start -- a character of class word_char that does
** not follow one -- and is the longest entry that s goes on with there
** and that no word_char character follows; the search resumes after it,
** so matches never overlap. The characters just outside [i, j] count
** for these two tests: a range can start or end inside a word without
** creating a word start or a word end there. Entries are bytes:
** matching is case-sensitive and no normalisation is done (give both
** "said" and "Said" to find both). Invalid UTF-8 is never a word
** character. Runs in C; allocation is the result table only.
*/

#define WORDSET_MT "pluk.text.wordset"

typedef struct WsNode {
  int32_t child;        /* first child, 0 when none */
  int32_t sibling;      /* next sibling, 0 when none */
  uint32_t next[8];     /* bit b: a child on byte b (a miss costs one test) */
  unsigned char byte;   /* the byte on the edge into this node */
  unsigned char term;   /* an entry ends here */
} WsNode;

typedef struct WordSet {
  int32_t nnodes;       /* nodes in use; node 0 is the root */
  int32_t cap;
  int32_t first[256];   /* child of the root for each first byte */
  WsNode node[1];       /* cap nodes */
} WordSet;

/* Classes of the ASCII bytes, for the scans (0 for the bytes above 7F,
   so that one look-up tests a byte for being ASCII too):
     A_WORD   class word_char: letters, digits and '_' (Pc)
     A_OTHER  neither letter, digit nor '_'
     A_NALNUM neither letter nor digit (A_OTHER and '_') */
#define A_WORD 1
#define A_OTHER 2
#define A_NALNUM 4
static const unsigned char ascii_tab[256] = {
  6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6, 6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,  /* controls */
  6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6, 1,1,1,1,1,1,1,1,1,1,6,6,6,6,6,6,  /* ! ... / 0-9 */
  6,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,6,6,6,6,5,  /* @ A-Z [ ... _ */
  6,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,6,6,6,6,6   /* ` a-z { ... DEL */
};
#define ascii_word(b) (ascii_tab[(b)] & A_WORD)

/* tok_class for a byte above 7F at s[k]: each length of sequence decoded
   on its own (most characters here are of two or three bytes). */
static unsigned tok_class_mb (const unsigned char *s, size_t e, size_t k,
                              size_t *n) {
  unsigned char b = s[k];
  int32_t c;
  *n = 1;
  if (b >= 0xC2 && b <= 0xDF) {
    if (k + 1 >= e || (s[k + 1] & 0xC0) != 0x80) return 0;
    c = ((b & 0x1F) << 6) | (s[k + 1] & 0x3F);
    *n = 2;
  }
  else if (b >= 0xE0 && b <= 0xEF) {
    if (k + 2 >= e || (s[k + 1] & 0xC0) != 0x80 || (s[k + 2] & 0xC0) != 0x80)
      return 0;
    c = ((b & 0x0F) << 12) | ((s[k + 1] & 0x3F) << 6) | (s[k + 2] & 0x3F);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
      return 0;  /* overlong, or a surrogate */
    *n = 3;
  }
  else if (b >= 0xF0 && b <= 0xF4) {
    if (k + 3 >= e || (s[k + 1] & 0xC0) != 0x80 || (s[k + 2] & 0xC0) != 0x80 ||
        (s[k + 3] & 0xC0) != 0x80)
      return 0;
    c = ((b & 0x07) << 18) | ((s[k + 1] & 0x3F) << 12) |
        ((s[k + 2] & 0x3F) << 6) | (s[k + 3] & 0x3F);
    if (c < 0x10000 || c > 0x10FFFF) return 0;  /* overlong or out of range */
    *n = 4;
  }
  else return 0;
  return c < PLUK_TEXT_CACHEDCP ? cached_mask[c] : classmask(c);
}

/* Classes (classmask bits) of the valid character at s[k] (k < e), its
   length to *n; 0 and *n = 1 for an invalid or cut sequence. Of an ASCII
   byte only the bits upper and word_char are given. Inline: most
   characters are ASCII, and a call costs more than their test. */
static inline unsigned tok_class (const unsigned char *s, size_t e,
                                  size_t k, size_t *n) {
  unsigned char b = s[k];
  if (b >= 0x80) return tok_class_mb(s, e, k, n);
  *n = 1;
  if (b >= 'A' && b <= 'Z') return BIT(C_UPPER) | BIT(C_WORD);
  return ascii_word(b) ? BIT(C_WORD) : 0;
}

/* Is the character at s[k] (k < len) of class word_char? Its length to
   *n, as tok_class gives it. */
static int word_char_at (const unsigned char *s, size_t len, size_t k,
                         size_t *n) {
  return (tok_class(s, len, k, n) & BIT(C_WORD)) != 0;
}

/* Is the character that ends right before s[k] (k > 0) a word character?
   Only a whole valid sequence that ends there counts. */
static int word_char_before (const unsigned char *s, size_t len, size_t k) {
  size_t j = k - 1, n;
  int back = 0;
  while (j > 0 && back < 3 && (s[j] & 0xC0) == 0x80) { j--; back++; }
  if (word_char_at(s, len, j, &n) && j + n == k) return 1;
  return 0;
}

static int text_wordset (lua_State *L) {
  lua_Integer n, k;
  size_t total = 1;
  WordSet *ws;
  luaL_checktype(L, 1, LUA_TTABLE);
  n = luaL_len(L, 1);
  for (k = 1; k <= n; k++) {
    size_t l;
    lua_geti(L, 1, k);
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'wordset' (entry %d is not a string)",
                        (int)k);
    lua_tolstring(L, -1, &l);
    if (l == 0)
      return luaL_error(L, "bad argument #1 to 'wordset' (entry %d is empty)",
                        (int)k);
    if (l > (size_t)0x3FFFFFFF - total)
      return luaL_error(L, "bad argument #1 to 'wordset' (too large)");
    total += l;
    lua_pop(L, 1);
  }
  ws = (WordSet *)lua_newuserdatauv(L, sizeof(WordSet) +
                                    total * sizeof(WsNode), 0);
  memset(ws, 0, sizeof(WordSet) + total * sizeof(WsNode));
  ws->nnodes = 1;
  ws->cap = (int32_t)total + 1;
  for (k = 1; k <= n; k++) {
    size_t l, x;
    const unsigned char *e;
    int32_t cur = 0;
    lua_geti(L, 1, k);
    e = (const unsigned char *)lua_tolstring(L, -1, &l);
    for (x = 0; x < l; x++) {
      int32_t c = (cur == 0) ? ws->first[e[x]] : ws->node[cur].child;
      if (cur != 0)
        while (c != 0 && ws->node[c].byte != e[x]) c = ws->node[c].sibling;
      if (c == 0) {  /* new node */
        c = ws->nnodes++;
        ws->node[c].byte = e[x];
        if (cur == 0) ws->first[e[x]] = c;
        else {
          ws->node[c].sibling = ws->node[cur].child;
          ws->node[cur].child = c;
          ws->node[cur].next[e[x] >> 5] |= (uint32_t)1 << (e[x] & 31);
        }
      }
      cur = c;
    }
    ws->node[cur].term = 1;
    lua_pop(L, 1);
  }
  luaL_setmetatable(L, WORDSET_MT);
  return 1;
}

/* The end (exclusive, 0-based) of the longest entry at s[k] that ends
   at or before e and before a character that is not word_char; 0 when
   there is none. */
static inline size_t ws_longest (const WordSet *ws,
                                 const unsigned char *s, size_t len,
                                 size_t k, size_t e) {
  size_t pos = k, best = 0, n;
  int32_t c = ws->first[s[k]];
  while (c != 0) {
    pos++;
    if (ws->node[c].term &&
        (pos >= len || !word_char_at(s, len, pos, &n)))
      best = pos;
    if (pos >= e ||
        !(ws->node[c].next[s[pos] >> 5] & ((uint32_t)1 << (s[pos] & 31))))
      break;
    c = ws->node[c].child;
    while (c != 0 && ws->node[c].byte != s[pos]) c = ws->node[c].sibling;
  }
  return best;
}

static int wordset_find (lua_State *L) {
  const WordSet *ws = (const WordSet *)luaL_checkudata(L, 1, WORDSET_MT);
  size_t len;
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 2, &len);
  size_t i = startpos(optint(L, 3, 1), len);
  size_t j = endpos(optint(L, 4, -1), len);
  size_t k, e, n;
  lua_Integer out = 0;
  int prev;
  /* two values a match: one every 110 bytes of news text, one every 70
     in nine texts of ten */
  lua_createtable(L, result_slots(i <= j ? j - i : 0, 64, 0), 0);
  if (i > j) return 1;
  k = i - 1;   /* 0-based */
  e = j;       /* exclusive */
  prev = k > 0 ? word_char_before(s, len, k) : 0;
  if (k > 0 && k < e && (s[k] & 0xC0) == 0x80) {
    /* the range starts inside a character: the rest of it is no word
       start, and it is the character before what follows */
    size_t j0 = k, back = 0;
    while (j0 > 0 && back < 3 && (s[j0] & 0xC0) == 0x80) { j0--; back++; }
    int w0 = word_char_at(s, len, j0, &n);
    if (j0 + n > k) { prev = w0; k = j0 + n; }
  }
  while (k < e) {
    int wc;
    unsigned char b = s[k];
    if (b < 0x80) {  /* ASCII: runs of word and other bytes, fast */
      if (!ascii_word(b)) {
        k = span_bytes(ascii_tab, A_OTHER, s, k + 1, e);
        prev = 0;
        continue;
      }
      if (!prev && ws->first[b] != 0) {
        size_t m = ws_longest(ws, s, len, k, e);
        if (m != 0) {
          lua_pushinteger(L, (lua_Integer)k + 1);
          lua_rawseti(L, -2, ++out);
          lua_pushinteger(L, (lua_Integer)m);
          lua_rawseti(L, -2, ++out);
          k = m;
          prev = 1;
          continue;
        }
      }
      k++;
      k = span_bytes(ascii_tab, A_WORD, s, k, e);
      prev = 1;
      continue;
    }
    wc = word_char_at(s, len, k, &n);
    if (wc && !prev && ws->first[s[k]] != 0) {
      size_t m = ws_longest(ws, s, len, k, e);
      if (m != 0) {
        lua_pushinteger(L, (lua_Integer)k + 1);
        lua_rawseti(L, -2, ++out);
        lua_pushinteger(L, (lua_Integer)m);
        lua_rawseti(L, -2, ++out);
        k = m;       /* s[m] is no word character (or the end) */
        prev = 1;
        continue;
      }
    }
    prev = wc;
    k += n;
  }
  return 1;
}

static const luaL_Reg wordset_methods[] = {
  {"find", wordset_find},
  {NULL, NULL}
};

/* }================================================================== */


/*
** {==================================================================
** Tokens: words, initials, acronyms and single other characters
** ===================================================================
*/

/* the tokens that tokens(..., marks) marks: the bits of a Lua integer */
#define TOK_MARKED 64

/*
** tokens(s [, i [, j [, after [, whole [, marks [, max]]]]]]) -> flat array {i1, j1, i2,
** j2, ...} (1-based, inclusive: s:sub(i1, j1) is the first token; with
** after = true each j is one more, the position after the token, as
** lpeg.Cp gives it) of the tokens of s:sub(i, j), read as a text of its own:
** nothing outside the range is looked at. With whole = true the range
** holds whole UTF-8 characters only: after i and j are resolved as
** string.sub resolves them, i moves back to the start of the character
** that holds byte i, and j to before the character that holds byte j + 1
** (tok_charstart finds a character's start, as names.char_start does).
** White space separates tokens and is none; at each other
** position the first of these that matches is the token:
**   acronym  two or more times an upper-case letter and "." (U.S., E.U.)
**   initial  an upper-case letter and "." before white space and an
**            upper-case letter (the C. of "Heather C. Briccetti")
**   word     word characters (class word_char), runs of them joined by
**            - ' U+2019 U+2010 U+2011, & between two ASCII capitals, or
**            . or , between two ASCII digits (don't, Wout-Jan, O'Brien,
**            AT&T, 2.5, 11.000)
**   other    one character: an ASCII byte, a lead byte C2-F4 with the up
**            to three continuation bytes after it, or any other byte
** White space here is the ASCII set \t \n \v \f \r and space, U+00A0,
** U+2000-200A, U+202F, U+205F and U+3000. This is the tokeniser of
** pluk.names (names.tokens), whose name runs index into its array.
** With marks = true the array also has the field nonword, an integer
** whose bit k - 1 (k <= 64; bit 63 makes it negative) is set when token
** k starts with neither an ASCII letter or digit ('_' is neither) nor a
** character of class word_char above 7F (an invalid or cut sequence is
** none): what pluk.names's is_word_at answers no to at the token's first
** byte, so that a rule asks which tokens are punctuation with no call.
** With max (an integer >= 1) only the first max tokens are cut: the same
** first tokens (and marks) as without it, for a rule that reads a few
** tokens of a window and need not cut the rest; nil or absent: all.
** Runs in C; allocation is the result table only.
*/

/* Length of the white space character at s[k] (k < e), 0 if none. */
static size_t tok_space (const unsigned char *s, size_t e, size_t k) {
  unsigned char b = s[k];
  if (b == 32 || (b >= 9 && b <= 13)) return 1;
  if (b == 0xC2) return (k + 1 < e && s[k + 1] == 0xA0) ? 2 : 0;
  if (b == 0xE2) {
    if (k + 2 >= e) return 0;
    if (s[k + 1] == 0x80 && ((s[k + 2] >= 0x80 && s[k + 2] <= 0x8A) ||
                             s[k + 2] == 0xAF)) return 3;
    if (s[k + 1] == 0x81 && s[k + 2] == 0x9F) return 3;
    return 0;
  }
  if (b == 0xE3)
    return (k + 2 < e && s[k + 1] == 0x80 && s[k + 2] == 0x80) ? 3 : 0;
  return 0;
}

/* Is s[k] (0 < k < e) a period or comma between two ASCII digits, a
   number's separator (2.5, 11.000, 4,5; UAX #29 WB11-12)? */
#define tok_numsep(s, e, k) \
  (((s)[k] == '.' || (s)[k] == ',') && (unsigned)((s)[(k) - 1] - '0') <= 9 && \
   (k) + 1 < (e) && (unsigned)((s)[(k) + 1] - '0') <= 9)

/* Length of the word joiner at s[k] (0 < k < e): - ' U+2019 U+2010
   U+2011, and & or * between two ASCII capitals (AT&T, S&P, H&M: a name
   of letters, where a spaced & joins two names; NOC*NSF), and a period
   or comma between digits (tok_numsep: a sentence's period never stands
   there). */
static size_t tok_joiner (const unsigned char *s, size_t e, size_t k) {
  if (s[k] == '-' || s[k] == '\'') return 1;
  if (tok_numsep(s, e, k)) return 1;
  if (s[k] == '&' || s[k] == '*')
    return s[k - 1] >= 'A' && s[k - 1] <= 'Z' && k + 1 < e &&
           s[k + 1] >= 'A' && s[k + 1] <= 'Z';
  if (s[k] == 0xE2 && k + 2 < e && s[k + 1] == 0x80 &&
      (s[k + 2] == 0x99 || s[k + 2] == 0x90 || s[k + 2] == 0x91)) return 3;
  return 0;
}

/* End of the word characters from s[k] on (k itself when none). */
static size_t tok_wordrun (const unsigned char *s, size_t e, size_t k) {
  size_t n;
  while (k < e) {
    if (ascii_word(s[k])) k++;
    else if (s[k] >= 0x80 && (tok_class_mb(s, e, k, &n) & BIT(C_WORD)))
      k += n;
    else break;
  }
  return k;
}

/* tok_joined past the ASCII word bytes at its start. */
static size_t tok_joined_run (const unsigned char *s, size_t e, size_t p) {
  p = tok_wordrun(s, e, p);
  for (;;) {
    size_t jl, w;
    if (p >= e || (jl = tok_joiner(s, e, p)) == 0) break;
    w = tok_wordrun(s, e, p + jl);
    if (w == p + jl) break;
    p = w;
  }
  return p;
}

/* End of the word characters from s[p] on joined by - ' U+2019 U+2010
   U+2011 (each joiner followed by a word character) and & or * between
   capitals. Inline for the
   common word, ASCII word bytes and then no joiner and no byte above 7F:
   tok_joined_run reads on only when one of those comes. */
static inline size_t tok_joined (const unsigned char *s, size_t e,
                                 size_t p) {
  p = span_bytes(ascii_tab, A_WORD, s, p, e);
  if (p < e && (s[p] >= 0x80 || s[p] == '-' || s[p] == '\'' || s[p] == '&' || s[p] == '*'
                || (p > 0 && tok_numsep(s, e, p))))
    return tok_joined_run(s, e, p);
  return p;
}

/* Longest label of a domain name's tail: `nl`, `com`, `info`. */
#define PLUK_TEXT_MAXTLD 4

/* End past a domain name's tail after a capitalised word that ends at p
   (`Peil.nl`, `Bol.com`, `News.com.au`: a news source named by its
   site): one or two labels of 2 to PLUK_TEXT_MAXTLD lower-case ASCII
   letters, each after a period, and no word byte after the last; else
   p. (A sentence's period has white space after it, or a capital.) */
static size_t tok_domain (const unsigned char *s, size_t e, size_t p) {
  size_t q = p, end = p;
  int labels;
  for (labels = 0; labels < 2; labels++) {
    size_t a;
    if (q + 2 >= e || s[q] != '.') break;
    a = ++q;
    while (q < e && s[q] >= 'a' && s[q] <= 'z' && q - a <= PLUK_TEXT_MAXTLD) q++;
    if (q - a < 2 || q - a > PLUK_TEXT_MAXTLD) break;
    if (q < e && (s[q] >= 0x80 || ascii_word(s[q]))) break;
    end = q;
  }
  return end;
}

/* End of the token at s[k] (k < e, s[k] no white space). */
static size_t tok_end (const unsigned char *s, size_t e, size_t k) {
  size_t n, p, q, m;
  unsigned cl = tok_class(s, e, k, &n);
  if (cl & BIT(C_UPPER)) {
    /* acronym: (upper ".") two or more times */
    int pairs = 0;
    p = k;
    for (;;) {
      if (p >= e || !(tok_class(s, e, p, &m) & BIT(C_UPPER))) break;
      if (p + m >= e || s[p + m] != '.') break;
      p += m + 1;
      pairs++;
    }
    if (pairs >= 2) return p;
    /* initial: upper "." before white space and an upper-case letter */
    if (k + n < e && s[k + n] == '.') {
      q = k + n + 1;
      if (q < e && (m = tok_space(s, e, q)) != 0) {
        while (q < e && (m = tok_space(s, e, q)) != 0) q += m;
        if (q < e && (tok_class(s, e, q, &m) & BIT(C_UPPER)))
          return k + n + 1;
      }
    }
    p = tok_joined(s, e, k + n);
    return (p < e && s[p] == '.') ? tok_domain(s, e, p) : p;
  }
  if (cl & BIT(C_WORD)) return tok_joined(s, e, k + n);
  /* one character */
  if (s[k] >= 0xC2 && s[k] <= 0xF4) {
    p = k + 1;
    while (p < e && p <= k + PLUK_TEXT_MAXCONT && (s[p] & 0xC0) == 0x80) p++;
    return p;
  }
  return k + 1;
}

/* Start (0-based) of the UTF-8 character that holds s[k] (k < len): k
   itself unless s[k] is a continuation byte and a lead byte C2-F4 at
   most three bytes back reaches it over continuation bytes only (the
   one-character rule of tok_end); a stray continuation byte is a
   character of its own. */
static size_t tok_charstart (const unsigned char *s, size_t k) {
  size_t p = k;
  if ((s[k] & 0xC0) != 0x80) return k;
  while (p > 0 && p + PLUK_TEXT_MAXCONT > k && (s[p] & 0xC0) == 0x80) p--;
  return (s[p] >= 0xC2 && s[p] <= 0xF4) ? p : k;
}

/* Is the character at s[k] (k < e) neither an ASCII letter or digit
   ('_' is none) nor a valid character of class word_char above 7F? */
static int tok_nonword (const unsigned char *s, size_t e, size_t k) {
  size_t n;
  if (s[k] < 0x80) return (ascii_tab[s[k]] & A_NALNUM) != 0;
  return (tok_class_mb(s, e, k, &n) & BIT(C_WORD)) == 0;
}

static int text_tokens (lua_State *L) {
  size_t len, k, e;  /* k 0-based, e exclusive */
  const unsigned char *s = range_args(L, &len, &k, &e);
  lua_Integer past = lua_toboolean(L, 4) ? 1 : 0;
  int marks = lua_toboolean(L, 6);
  lua_Integer max = luaL_optinteger(L, 7, 0);
  lua_Unsigned nonword = 0;
  size_t m;
  lua_Integer out = 0;
  int slots;
  if (max < 0 || (max == 0 && !lua_isnoneornil(L, 7)))
    return luaL_argerror(L, 7, "max must be at least 1");
  if (lua_toboolean(L, 5)) {
    if (k < len) k = tok_charstart(s, k);
    if (e < len) e = tok_charstart(s, e);
  }
  /* two entries a token, a token per 3-5 bytes of news text */
  slots = e > k ? (int)((e - k - 1) / 2 < 4096 ? (e - k - 1) / 2 + 2 : 4096) : 0;
  if (max > 0 && max < slots / 2) slots = 2 * (int)max;
  lua_createtable(L, slots, marks);
  while (k < e) {
    if (max > 0 && out >= 2 * max) break;
    if (s[k] == 32 || (s[k] >= 9 && s[k] <= 13)) {  /* as tok_space, inline */
      k++;
      continue;
    }
    if (s[k] >= 0x80 && (m = tok_space(s, e, k)) != 0) {
      k += m;
      continue;
    }
    m = tok_end(s, e, k);
    /* (out / 2: the number of tokens before this one) */
    if (marks && out < 2 * TOK_MARKED && tok_nonword(s, e, k))
      nonword |= (lua_Unsigned)1 << (out / 2);
    lua_pushinteger(L, (lua_Integer)k + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)m + past);
    lua_rawseti(L, -2, ++out);
    k = m;
  }
  if (marks) {
    lua_pushinteger(L, (lua_Integer)nonword);
    lua_setfield(L, -2, "nonword");
  }
  return 1;
}


/*
** The white-space walks of skipblank, backblank and trimblank (positions
** 1-based): blank_end moves i on over the white space that starts there
** while i < j; blank_start moves i back over the white space (and the
** ASCII bytes marked in extra, when given) that ends before it while i >
** lo. See skipblank and backblank for the contracts.
*/
static lua_Integer blank_end (const unsigned char *s, size_t len,
                              lua_Integer i, lua_Integer j) {
  size_t m;
  if (i < 1) return i;
  while (i < j && (size_t)i <= len && (m = tok_space(s, len, (size_t)i - 1)) != 0)
    i += (lua_Integer)m;
  return i;
}

static lua_Integer blank_start (const unsigned char *s, size_t len,
                                lua_Integer i, lua_Integer lo,
                                const unsigned char *extra) {
  while (i > lo && i > 1 && (size_t)i - 1 <= len) {
    size_t k = (size_t)i - 2, c;
    if (extra && s[k] < 0x80 && extra[s[k]]) { i--; continue; }
    c = tok_charstart(s, k);
    if (tok_space(s, len, c) == 0) break;
    i = (lua_Integer)c + 1;
  }
  return i;
}

/*
** skipblank(s, i [, j]) -> k: the position after the white space that
** starts at byte i of s, read a character at a time while the position
** is before j (no bound when j is absent): k == i when none starts there.
** White space is what pluk.names.SPACE matches (as between tokens): ASCII
** white space, the no-break space, U+2000-U+200A, U+202F, U+205F and
** U+3000; a character is stepped over whole, so k may pass j when one
** straddles it. i < 1 or past the end gives i. One call where a helper in
** Lua read the bytes a call at a time (after a cue, a quote, a word).
*/
static int text_skipblank (lua_State *L) {
  size_t len;
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 1, &len);
  lua_Integer i = luaL_checkinteger(L, 2);
  lua_pushinteger(L, blank_end(s, len, i, optint(L, 3, LUA_MAXINTEGER)));
  return 1;
}

/*
** backblank(s, i [, lo [, also]]) -> k: i moved back over the white
** space (as in skipblank) that ends right before byte i, and over the
** ASCII bytes of the string `also` (a sentence's final . ! ? for one),
** a step at a time while the position is above lo (1 when absent): the
** character that holds byte k - 1 is neither, or k <= lo. A step goes to
** the start of the character that holds the byte before
** (pluk.names.char_start, as tokens moves its ends) when white space
** starts there, so k may fall below lo when a character straddles it.
** i <= 1 gives i (and i past the end of s is read as if s went on with
** neither).
*/
static int text_backblank (lua_State *L) {
  size_t len, nalso = 0, x;
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 1, &len);
  lua_Integer i = luaL_checkinteger(L, 2);
  lua_Integer lo = optint(L, 3, 1);
  const unsigned char *also =
      (const unsigned char *)luaL_optlstring(L, 4, "", &nalso);
  unsigned char extra[128] = {0};
  for (x = 0; x < nalso; x++)
    if (also[x] < 0x80) extra[also[x]] = 1;
  lua_pushinteger(L, blank_start(s, len, i, lo, nalso > 0 ? extra : NULL));
  return 1;
}

/*
** trimblank(s, i, j) -> a, b: the range [i, j) without the white space
** (as in skipblank) at its two ends: a = skipblank(s, i, j), b =
** backblank(s, j, a), in one call.
*/
static int text_trimblank (lua_State *L) {
  size_t len;
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 1, &len);
  lua_Integer a = blank_end(s, len, luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
  lua_pushinteger(L, a);
  lua_pushinteger(L, blank_start(s, len, luaL_checkinteger(L, 3), a, NULL));
  return 2;
}


/*
** countwords(s, i, j, limit) -> n: the words of s:sub(i, j) (i, j as in
** string.sub), counted up to limit (n <= limit; 0 when limit < 1). A
** word starts at a byte that is an ASCII letter or digit or above 7F, and
** runs to the next ASCII white space (\t \n \v \f \r, space) or the end
** of the range; the bytes between words are the rest (punctuation, white
** space). Nothing outside the range is read, and nothing is allocated:
** the thresholds of a rule (`a quote of at most two words`) without a
** copy of the range and a pattern match.
*/
static int text_countwords (lua_State *L) {
  size_t len, k, e;  /* k 0-based, e exclusive */
  const unsigned char *s = range_args(L, &len, &k, &e);
  lua_Integer limit = luaL_checkinteger(L, 4), n = 0;
  while (n < limit) {
    /* past the bytes that start no word: ASCII but letters and digits */
    k = span_bytes(ascii_tab, A_NALNUM, s, k, e);
    if (k >= e) break;
    n++;
    for (k++; k < e && !(s[k] == 32 || (s[k] >= 9 && s[k] <= 13)); k++) {}
  }
  lua_pushinteger(L, n);
  return 1;
}


/*
** capwords(s, i, j, maxlow) -> words, caps | nil
** The words of s:sub(i, j) (i, j as in string.sub) -- the runs of bytes
** that are neither ASCII white space nor ASCII punctuation, what the Lua
** pattern [^%s%p]+ finds (a run cut at the end of the range) -- counted,
** and the capitalised ones among them: those that open with an ASCII
** capital or a byte C3-DF (a two-byte character's lead byte, the Latin-1
** capitals among them). nil as soon as a word that opens otherwise is
** longer than maxlow bytes. A test of title case in one call (most
** clauses fail it at their first longer word), where a pattern search a
** word was; nothing is allocated.
*/

/* Is c ASCII white space or punctuation (C's isspace or ispunct)? */
static int blank_or_punct (unsigned char c) {
  return (c >= 9 && c <= 13) || (c >= 32 && c <= 47) || (c >= 58 && c <= 64) ||
         (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

static int text_capwords (lua_State *L) {
  size_t len, k, e;  /* k 0-based, e exclusive */
  const unsigned char *s = range_args(L, &len, &k, &e);
  lua_Integer maxlow = luaL_checkinteger(L, 4), words = 0, caps = 0;
  while (k < e) {
    size_t a;
    if (blank_or_punct(s[k])) { k++; continue; }
    a = k;
    while (k < e && !blank_or_punct(s[k])) k++;
    words++;
    if ((s[a] >= 'A' && s[a] <= 'Z') || (s[a] >= 0xC3 && s[a] <= 0xDF)) caps++;
    else if ((lua_Integer)(k - a) > maxlow) {
      lua_pushnil(L);
      return 1;
    }
  }
  lua_pushinteger(L, words);
  lua_pushinteger(L, caps);
  return 2;
}


/*
** nameruns(s, particles) -> flat array {a1, f1, l1, e1, a2, ...}: the
** runs of capitalised words in s, four positions a run: its first byte,
** the position after its first word, the first byte of its last word and
** the position after the run (after = positions as lpeg.Cp gives them).
** `particles` is a wordset of the words allowed between two capitalised
** words (van, der, bin: "Wout-Jan van der Schans"). These are the runs of
** pluk.names's name index.
**
** s is read from the start, a piece at a time:
**   - an ASCII byte of !"#...@ [\]^` {|}~ or a control (not "_", no
**     digit) and the bytes of that set after it, "_" included: skipped;
**   - a word starting with a character of class word_char that is not
**     upper-case (word characters, runs of them joined by - ' U+2019
**     U+2010 U+2011 or & between capitals, as in tokens()): skipped whole, so the "P" of
**     "iPhone" and the "M" of "e-Mail" open no run;
**   - an upper-case letter (class upper) opens a run;
**   - anything else is one character skipped: a lead byte C2-F4 with up
**     to three continuation bytes after it, or one byte.
** An elided particle d' or t' (or with U+2019) glued to a capitalised word
** is part of it, inside a run or opening one ("Jack d\u2019Hooghe", "zei
** d'Hooghe", "Tim t'Kint"),
** and so is a particle of the set joined to one by a hyphen ("Abdel
** Fattah el-Sisi", "zegt al-Abyad").
** A capitalised word is an initial (upper-case letter and "." before
** spaces and tabs or one U+00A0, then an upper-case letter, or particles
** each followed by such a gap and then one: "J. van 't Hof"), an acronym
** (two or more times an upper-case letter and "."), or an upper-case
** letter and the joined word characters after it. A run goes on over
** spaces and tabs (or one U+00A0), then any number of particles each
** followed by such a gap, and a capitalised word; when no capitalised
** word comes there, it ends before the gap. A plural's possessive mark
** (' or U+2019 right after an "s") may stand before the gap: "National
** Farmers' Union" is one run. A particle is the longest
** entry of the set that s goes on with, and only when no word character
** follows it (no shorter entry is tried instead).
** Runs in C; allocation is the result table only.
*/

/* The end of the gap of a run at s[k]: spaces and tabs, or one U+00A0;
   k when none. */
static size_t nr_gap (const unsigned char *s, size_t e, size_t k) {
  if (k < e && (s[k] == ' ' || s[k] == '\t')) {
    while (k < e && (s[k] == ' ' || s[k] == '\t')) k++;
    return k;
  }
  if (k + 1 < e && s[k] == 0xC2 && s[k + 1] == 0xA0) return k + 2;
  return k;
}

static int nr_upper (const unsigned char *s, size_t e, size_t k, size_t *n) {
  *n = 1;
  if (k >= e) return 0;
  if (s[k] < 0x80) return s[k] >= 'A' && s[k] <= 'Z';
  return (tok_class(s, e, k, n) & BIT(C_UPPER)) != 0;
}

/* The position after a plural's possessive mark at s[k], ' or U+2019
   right after an "s" (`Farmers' Union`), or k when none (see nameruns). */
static size_t nr_possessive (const unsigned char *s, size_t e, size_t k) {
  if (k == 0 || k >= e || s[k - 1] != 's') return k;
  if (s[k] == '\'') return k + 1;
  if (k + 2 < e && s[k] == 0xE2 && s[k + 1] == 0x80 && s[k + 2] == 0x99) return k + 3;
  return k;
}

/* The position after an elided particle d' or t' (or with U+2019) at
   s[k] that an upper-case letter follows (`Jack d\u2019Hooghe`, `zei
   d'Hooghe`, the Flemish `Tim t'Kint`), 0 when none (see nameruns). */
static size_t nr_elided (const unsigned char *s, size_t e, size_t k) {
  size_t p, m;
  if (k + 2 >= e || (s[k] != 'd' && s[k] != 't')) return 0;
  if (s[k + 1] == '\'') p = k + 2;
  else if (k + 4 < e && s[k + 1] == 0xE2 && s[k + 2] == 0x80 && s[k + 3] == 0x99) p = k + 4;
  else return 0;
  return nr_upper(s, e, p, &m) ? p : 0;
}

/* End of the particle at s[k], 0 when none (see nameruns). */
static size_t nr_particle (const WordSet *ws, const unsigned char *s,
                           size_t e, size_t k) {
  size_t pos = k, best = 0, n;
  int32_t c;
  if (k >= e) return 0;
  c = ws->first[s[k]];
  while (c != 0) {
    pos++;
    if (ws->node[c].term) best = pos;
    if (pos >= e ||
        !(ws->node[c].next[s[pos] >> 5] & ((uint32_t)1 << (s[pos] & 31))))
      break;
    c = ws->node[c].child;
    while (c != 0 && ws->node[c].byte != s[pos]) c = ws->node[c].sibling;
  }
  if (best != 0 && best < e && word_char_at(s, e, best, &n)) return 0;
  return best;
}

/* The position of the upper-case letter after a particle joined to it
   by a hyphen at s[k] (`el-Sisi`, `al-Abyad`, `bin-Talal`), 0 when none
   (see nameruns). */
static size_t nr_hyphened (const WordSet *ws, const unsigned char *s,
                           size_t e, size_t k) {
  size_t pe = nr_particle(ws, s, e, k), m;
  if (pe == 0 || pe + 1 >= e || s[pe] != '-') return 0;
  return nr_upper(s, e, pe + 1, &m) ? pe + 1 : 0;
}

/* The upper-case letter that an elided or hyphened particle at s[k]
   glues to a capitalised word, 0 when none. */
static size_t nr_glued (const WordSet *ws, const unsigned char *s,
                        size_t e, size_t k) {
  size_t el = nr_elided(s, e, k);
  return el != 0 ? el : nr_hyphened(ws, s, e, k);
}

/* Is s[k] the start of particles, each followed by a gap, and then an
   upper-case letter (`van 't Hof` after the initial of `J. van 't Hof`)? */
static int nr_particles_upper (const WordSet *ws, const unsigned char *s,
                               size_t e, size_t k) {
  size_t m;
  int any = 0;
  for (;;) {
    size_t pe = nr_particle(ws, s, e, k), r;
    if (pe == 0) break;
    r = nr_gap(s, e, pe);
    if (r == pe) break;  /* a particle with no gap after it: no particle
                            here, a capital may open the name (`B. der Van`) */
    k = r;
    any = 1;
  }
  return any && nr_upper(s, e, k, &m);
}

/* End of the capitalised word at s[k] (an upper-case letter of n bytes);
   ws: the particles, which may come between an initial and the name. */
static size_t nr_capword (const WordSet *ws, const unsigned char *s,
                          size_t e, size_t k, size_t n) {
  size_t p, q, m;
  int pairs = 0;
  if (k + n < e && s[k + n] == '.') {
    q = nr_gap(s, e, k + n + 1);
    if (q > k + n + 1 && (nr_upper(s, e, q, &m) || nr_particles_upper(ws, s, e, q)))
      return k + n + 1;
  }
  p = k;
  for (;;) {
    if (!nr_upper(s, e, p, &m) || p + m >= e || s[p + m] != '.') break;
    p += m + 1;
    pairs++;
  }
  if (pairs >= 2) return p;
  p = tok_joined(s, e, k + n);
  return (p < e && s[p] == '.') ? tok_domain(s, e, p) : p;
}

static int text_nameruns (lua_State *L) {
  size_t len;
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 1, &len);
  const WordSet *ws = (const WordSet *)luaL_checkudata(L, 2, WORDSET_MT);
  size_t k = 0, n;
  lua_Integer out = 0;
  /* four values a run: one value every 10 bytes of news text, one every
     8 in nine texts of ten */
  lua_createtable(L, result_slots(len, 8, 0), 0);
  while (k < len) {
    unsigned char b = s[k];
    unsigned cl;
    if (b < 0x80) {
      if (ascii_tab[b] & A_OTHER) {  /* and the bytes of no letter or digit */
        k = span_bytes(ascii_tab, A_NALNUM, s, k + 1, len);
        continue;
      }
      cl = (b >= 'A' && b <= 'Z') ? BIT(C_UPPER) : BIT(C_WORD);
      n = 1;
    }
    else cl = tok_class(s, len, k, &n);
    if ((cl & BIT(C_UPPER)) || (nr_glued(ws, s, len, k) != 0
                                 && (k == 0 || !word_char_at(s, len, k - 1, &n)))) {
      size_t el = (cl & BIT(C_UPPER)) ? k : nr_glued(ws, s, len, k), m;
      size_t a = k, lw = k, q, fe;
      if (el != k) nr_upper(s, len, el, &m); else m = n;
      q = nr_capword(ws, s, len, el, m);
      fe = q;
      for (;;) {
        size_t p = nr_possessive(s, len, q), r = nr_gap(s, len, p), m;
        if (r == p) break;
        for (;;) {
          size_t pe = nr_particle(ws, s, len, r), r2;
          if (pe == 0) break;
          r2 = nr_gap(s, len, pe);
          if (r2 == pe) break;
          r = r2;
        }
        if (!nr_upper(s, len, r, &m)) {
          size_t el = nr_glued(ws, s, len, r);
          if (el == 0) break;
          nr_upper(s, len, el, &m);
          lw = r;
          q = nr_capword(ws, s, len, el, m);
          continue;
        }
        lw = r;
        q = nr_capword(ws, s, len, r, m);
      }
      lua_pushinteger(L, (lua_Integer)a + 1);
      lua_rawseti(L, -2, ++out);
      lua_pushinteger(L, (lua_Integer)fe + 1);
      lua_rawseti(L, -2, ++out);
      lua_pushinteger(L, (lua_Integer)lw + 1);
      lua_rawseti(L, -2, ++out);
      lua_pushinteger(L, (lua_Integer)q + 1);
      lua_rawseti(L, -2, ++out);
      k = q;
    }
    else if (cl & BIT(C_WORD)) k = tok_joined(s, len, k + n);
    else if (b >= 0xC2 && b <= 0xF4) {
      size_t p = k + 1;
      while (p < len && p < k + 4 && (s[p] & 0xC0) == 0x80) p++;
      k = p;
    }
    else k++;
  }
  return 1;
}


/*
** runhits(s, w, runs) -> {p1, k1, p2, k2, ...}: the places p (1-based,
** ascending) where w occurs in s that lie in a run of two or more words
** of `runs` (the flat array of nameruns, four positions a run: the run
** that starts last by p, when p is before its end and its first word is
** not the whole run), each with that run's number k. Every place counts,
** overlapping ones too, as a search of s from each place found on finds
** them (string.find(s, w, p + 1, true)); an empty w has none. The places
** in no such run are the most, and are passed over here: the search and
** a binary search of runs for each place cost less in C than two calls
** from Lua a place. A run key that is not an integer raises an error.
*/

/* runs[i] (1-based) as an integer; raises an error when it is none. */
static lua_Integer run_pos (lua_State *L, lua_Integer i) {
  int isnum;
  lua_Integer v;
  lua_rawgeti(L, 3, i);
  v = lua_tointegerx(L, -1, &isnum);
  lua_pop(L, 1);
  if (!isnum) luaL_error(L, "runhits: runs[%d] is not an integer", (int)i);
  return v;
}

static int text_runhits (lua_State *L) {
  size_t ls, lw;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *w = luaL_checklstring(L, 2, &lw);
  lua_Integer n, k = 0, out = 0;
  size_t p = 0;
  luaL_checktype(L, 3, LUA_TTABLE);
  n = (lua_Integer)lua_rawlen(L, 3) / 4;
  lua_createtable(L, 8, 0);  /* four places: most words have a few */
  if (lw == 0) return 1;
  while (p + lw <= ls) {
    const char *hit = (const char *)memchr(s + p, w[0], ls - lw + 1 - p);
    lua_Integer pos, lo, hi;
    if (hit == NULL) break;
    p = (size_t)(hit - s);
    if (memcmp(hit, w, lw) != 0) { p++; continue; }
    pos = (lua_Integer)p + 1;
    /* the last run that starts by pos: from the one before (the places
       ascend) on */
    lo = k > 0 ? k : 1;
    hi = n;
    while (lo <= hi) {
      lua_Integer m = lo + (hi - lo) / 2;
      if (run_pos(L, 4 * m - 3) <= pos) { k = m; lo = m + 1; }
      else hi = m - 1;
    }
    if (k > 0) {
      lua_Integer fe = run_pos(L, 4 * k - 2), e = run_pos(L, 4 * k);
      if (fe != e && pos < e) {
        lua_pushinteger(L, pos);
        lua_rawseti(L, -2, ++out);
        lua_pushinteger(L, k);
        lua_rawseti(L, -2, ++out);
      }
    }
    p++;
  }
  return 1;
}

/* }================================================================== */


/*
** {==================================================================
** Byte scans: backwards over a set of characters, and keys at word
** positions. Both read bytes as they are (invalid UTF-8 included) and
** allocate nothing per byte, so a rule can call them for every place it
** looks at without a Lua loop over the bytes.
** ===================================================================
*/

/* Length of the UTF-8 sequence a lead byte announces; 1 for ASCII and
   for bytes that lead nothing (continuation bytes, C0, C1, F5-FF). */
static size_t seqlen (unsigned char c) {
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 1;
}

#define RS_ONE 1
#define RS_LONG 2

/*
** rspan(s, i, set [, invert]) -> j
** The run of characters of `set` that ends at byte i: j is its first
** byte, so s:sub(j, i) is the run (j == i + 1: no such character ends at
** i). With `invert`, the run of bytes where no character of `set` ends.
** i counts as in string.sub (negative from the end; past the end is #s;
** below 1 gives j == i + 1 with i as resolved, so 1 for i == 0).
** The members are the UTF-8 characters of `set` (a byte that starts no
** sequence is a member of one byte). A member is found where its bytes
** end at the current position, the bytes before it not looked at, and
** the longest such member is stepped over; where none ends the run
** stops (or, with `invert`, one byte is stepped over). So a text with
** invalid UTF-8 is read byte by byte: "\194\160" is a no-break space
** wherever those two bytes stand.
*/
static int text_rspan (lua_State *L) {
  size_t len, slen;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  lua_Integer ii = luaL_checkinteger(L, 2);
  const unsigned char *set = (const unsigned char *)luaL_checklstring(L, 3,
                                                                      &slen);
  int invert = lua_toboolean(L, 4);
  /* of each byte: RS_ONE, a member of one byte is it; RS_LONG, it ends
     some longer member. Only these need the walk over the set, and most
     sets (ASCII letters, white space) have few or none. */
  unsigned char last[256];
  size_t pos, k;
  memset(last, 0, sizeof(last));
  for (k = 0; k < slen; ) {
    size_t n = seqlen(set[k]);
    if (k + n > slen) n = slen - k;
    last[set[k + n - 1]] |= n == 1 ? RS_ONE : RS_LONG;
    k += n;
  }
  if (ii < 0) ii = (ii < -(lua_Integer)len) ? 0 : (lua_Integer)len + ii + 1;
  else if (ii > (lua_Integer)len) ii = (lua_Integer)len;
  pos = (size_t)ii;  /* 1-based; 0 is before the string */
  while (pos >= 1) {
    size_t found = 0;  /* length of the longest member ending at pos */
    unsigned char ends = last[s[pos - 1]];
    if (ends & RS_LONG) {
      for (k = 0; k < slen; ) {
        size_t n = seqlen(set[k]);
        if (k + n > slen) n = slen - k;
        if (n >= 2 && n <= pos && n > found &&
            memcmp(s + pos - n, set + k, n) == 0)
          found = n;
        k += n;
      }
    }
    if (found == 0 && (ends & RS_ONE)) found = 1;
    if (invert) {
      if (found) break;
      pos--;
    }
    else {
      if (!found) break;
      pos -= found;
    }
  }
  lua_pushinteger(L, (lua_Integer)pos + 1);
  return 1;
}


#define KEYSET_MT "pluk.text.keyset"

/* A node of a keyset's trie: one byte of one or more keys. */
typedef struct KeyNode {
  int32_t child;      /* first node of the next byte, -1 if none */
  int32_t next;       /* next sibling (another byte at this depth), -1 */
  unsigned char byte;
  unsigned char ends; /* KEY_WORD | KEY_PREFIX | KEY_ALONE: a key ends here */
} KeyNode;

#define KEY_WORD 1
#define KEY_PREFIX 2
#define KEY_ALONE 4   /* (with KEY_WORD) a key of keyset's `alone` */

typedef struct KeySet {
  unsigned char word[256];  /* the word bytes */
  int32_t root[256];        /* node of each first byte, -1 if none */
  /* bit b1 of pair[b0] set: some key starts with the bytes b0 b1, or the
     byte b0 is a key (most words whose first byte starts a key go no
     further than their second, and this test is cheaper than a walk along
     the first byte's children) */
  uint32_t pair[256][8];
  /* 1 for each byte that starts no key; word_roots: some key starts with
     a word byte (else every byte that starts a key is at a word position,
     and a scan goes from one such byte to the next) */
  unsigned char nostart[256];
  int word_roots;
  /* bit keyset_hash3(b0, b1, b2) set: some key starts with those three
     bytes, or is the two bytes b0 b1 (a filter: a walk along the
     children of b0 and b0 b1 follows only where it is set; most words
     that pass the pair test -- 'the', 'dat' -- fail at their third byte) */
  uint32_t triple[2048];
  int32_t n, cap;           /* nodes used, nodes allocated */
  KeyNode nodes[1];         /* cap of them */
} KeySet;

/* Whether some key starts with the bytes b0 b1. */
static int keyset_pair (const KeySet *ks, unsigned char b0, unsigned char b1) {
  return (ks->pair[b0][b1 >> 5] >> (b1 & 31)) & 1;
}

/* The bit of the three bytes b0 b1 b2 in KeySet.triple (a hash: 16 bits). */
static unsigned keyset_hash3 (unsigned char b0, unsigned char b1,
                              unsigned char b2) {
  return (((unsigned)b0 << 10) ^ ((unsigned)b1 << 5) ^ b2) & 0xFFFF;
}

/* Whether some key may start with the bytes b0 b1 b2 (see KeySet.triple). */
static int keyset_triple (const KeySet *ks, unsigned char b0, unsigned char b1,
                          unsigned char b2) {
  unsigned h = keyset_hash3(b0, b1, b2);
  return (ks->triple[h >> 5] >> (h & 31)) & 1;
}

/* Adds the keys of the array at index arg, with end mark `ends`. */
static void keyset_add (lua_State *L, KeySet *ks, int arg, int ends) {
  lua_Integer i, n;
  if (lua_isnoneornil(L, arg)) return;
  n = luaL_len(L, arg);
  for (i = 1; i <= n; i++) {
    size_t len, k;
    const unsigned char *key;
    int32_t node;
    lua_geti(L, arg, i);
    key = (const unsigned char *)lua_tolstring(L, -1, &len);
    if (key == NULL || len == 0)
      luaL_error(L, "bad key #%d in argument #%d to 'keyset' "
                 "(non-empty string expected)", (int)i, arg);
    if (len >= 2) ks->pair[key[0]][key[1] >> 5] |= (uint32_t)1 << (key[1] & 31);
    else memset(ks->pair[key[0]], 0xFF, sizeof(ks->pair[key[0]]));
    if (len >= 3) {
      unsigned h = keyset_hash3(key[0], key[1], key[2]);
      ks->triple[h >> 5] |= (uint32_t)1 << (h & 31);
    } else if (len == 2) {  /* it ends there: any third byte */
      unsigned b2;
      for (b2 = 0; b2 < 256; b2++) {
        unsigned h = keyset_hash3(key[0], key[1], (unsigned char)b2);
        ks->triple[h >> 5] |= (uint32_t)1 << (h & 31);
      }
    }
    node = ks->root[key[0]];
    if (node < 0) {
      node = ks->n++;
      ks->nodes[node].child = ks->nodes[node].next = -1;
      ks->nodes[node].byte = key[0];
      ks->nodes[node].ends = 0;
      ks->root[key[0]] = node;
    }
    for (k = 1; k < len; k++) {
      int32_t c = ks->nodes[node].child;
      while (c >= 0 && ks->nodes[c].byte != key[k]) c = ks->nodes[c].next;
      if (c < 0) {
        c = ks->n++;
        ks->nodes[c].child = -1;
        ks->nodes[c].next = ks->nodes[node].child;
        ks->nodes[c].byte = key[k];
        ks->nodes[c].ends = 0;
        ks->nodes[node].child = c;
      }
      node = c;
    }
    ks->nodes[node].ends |= (unsigned char)ends;
    lua_pop(L, 1);
  }
}

/* Total bytes of the keys of the array at index arg (an upper bound on
   the nodes they need). */
static lua_Integer keyset_bytes (lua_State *L, int arg) {
  lua_Integer i, n, total = 0;
  if (lua_isnoneornil(L, arg)) return 0;
  luaL_checktype(L, arg, LUA_TTABLE);
  n = luaL_len(L, arg);
  for (i = 1; i <= n; i++) {
    size_t len = 0;
    lua_geti(L, arg, i);
    if (lua_type(L, -1) == LUA_TSTRING) lua_tolstring(L, -1, &len);
    total += (lua_Integer)len;
    lua_pop(L, 1);
  }
  return total;
}

/*
** keyset(words [, prefixes [, wordbytes [, alone]]]) -> set
** A set of keys to find with set:scan(s). `words` and `prefixes` are
** arrays of non-empty strings (bytes, compared exactly: give each case
** form you want found). A key of `words` must end where a word does (at
** the end of s or before a byte that is not a word byte); a key of
** `prefixes` may be followed by anything. `wordbytes` lists the word
** bytes as ranges in the manner of lpeg.R, two bytes a range, all
** concatenated (default "azAZ09\128\255": ASCII letters and digits and
** every byte of a multi-byte character). `alone` (an array as `words`)
** adds keys that are found as those of `words` are and that keychunks
** also marks: a chunk that is one of them and then only tail bytes.
*/
static int text_keyset (lua_State *L) {
  lua_Integer total;
  size_t wlen, k;
  const char *wb;
  KeySet *ks;
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 4);  /* the userdata goes above the arguments */
  total = keyset_bytes(L, 1) + keyset_bytes(L, 2) + keyset_bytes(L, 4);
  wb = luaL_optlstring(L, 3, "azAZ09\x80\xff", &wlen);
  if (wlen % 2 != 0)
    return luaL_argerror(L, 3, "byte ranges come in pairs");
  if (total > 0x7FFFFFF) return luaL_error(L, "keyset: keys too long");
  ks = (KeySet *)lua_newuserdatauv(L, sizeof(KeySet)
                                  + (size_t)total * sizeof(KeyNode), 0);
  memset(ks->word, 0, sizeof(ks->word));
  for (k = 0; k < wlen; k += 2) {
    unsigned lo = (unsigned char)wb[k], hi = (unsigned char)wb[k + 1], c;
    for (c = lo; c <= hi; c++) ks->word[c] = 1;
  }
  for (k = 0; k < 256; k++) ks->root[k] = -1;
  memset(ks->pair, 0, sizeof(ks->pair));
  memset(ks->triple, 0, sizeof(ks->triple));
  ks->n = 0;
  ks->cap = (int32_t)total + 1;
  keyset_add(L, ks, 1, KEY_WORD);
  keyset_add(L, ks, 2, KEY_PREFIX);
  keyset_add(L, ks, 4, KEY_WORD | KEY_ALONE);
  ks->word_roots = 0;
  for (k = 0; k < 256; k++) {
    ks->nostart[k] = ks->root[k] < 0;
    if (ks->root[k] >= 0 && ks->word[k]) ks->word_roots = 1;
  }
  luaL_setmetatable(L, KEYSET_MT);
  return 1;
}

/*
** set:scan(s [, i [, j]]) -> array of the positions p, i <= p <= j, at
** which a key of the set starts. i, j as in string.sub (default the whole
** string). Keys are looked for only at word positions: p is the first
** byte of s, or the byte before p is not a word byte, or the byte at p is
** not one; so never inside a word, while any byte that is no word byte
** may start a key ("$", "." before a digit). A key may run past j: s is
** read to its end. Each position is listed once, in increasing order.
*/
/* Whether a key of ks starts at s[p] (1-based; s read to its end, len). */
static inline int keyset_at (const KeySet *ks, const unsigned char *s,
                             size_t len, size_t p) {
  unsigned char c = s[p - 1];
  int32_t node = ks->root[c];
  size_t q;
  for (q = p; node >= 0; ) {  /* node holds byte q (1-based) */
    unsigned char e = ks->nodes[node].ends;
    if ((e & KEY_PREFIX) || ((e & KEY_WORD) && (q >= len || !ks->word[s[q]])))
      return 1;
    if (q >= len) return 0;
    if (q == p && (!keyset_pair(ks, c, s[q]) ||
                   (q + 1 < len && !keyset_triple(ks, c, s[q], s[q + 1]))))
      return 0;
    node = ks->nodes[node].child;
    while (node >= 0 && ks->nodes[node].byte != s[q]) node = ks->nodes[node].next;
    q++;
  }
  return 0;
}

/* set[b] = 1 for each byte b of the n bytes at bytes, 0 for the others:
   a string argument that lists single bytes, as a table of 256. */
static void byte_set (unsigned char set[256], const unsigned char *bytes,
                      size_t n) {
  size_t k;
  memset(set, 0, 256);
  for (k = 0; k < n; k++) set[bytes[k]] = 1;
}

/* The positions set:scanout leaves out: a byte of `inword` (inword[b]
   set) with an ASCII letter or digit before it and an ASCII word byte
   after it, unless a range of `ends` (the array at stack index ends_arg,
   0 for none) ends right before it. */
typedef struct InWord {
  unsigned char byte[256];
  int ends_arg;
  lua_Integer next;   /* index in ends of the next range end to compare */
  lua_Integer last;   /* that end, -1 when read to its end */
} InWord;

/* Whether scanout leaves out position p (1-based; s of len bytes). */
static int inword_out (lua_State *L, InWord *iw, const unsigned char *s,
                       size_t len, size_t p) {
  lua_Integer before = (lua_Integer)p - 1;
  /* (a letter or digit: of class A_WORD alone, where `_` is A_NALNUM too) */
  if (!iw->byte[s[p - 1]] || p < 2 || p >= len ||
      ascii_tab[s[p - 2]] != A_WORD || !ascii_word(s[p]))
    return 0;
  /* (the range ends ascend: read on to the first not before the byte
     before p, only for the few positions that reach this far) */
  while (iw->ends_arg && iw->last >= 0 && iw->last < before) {
    int isnum;
    lua_rawgeti(L, iw->ends_arg, iw->next);
    iw->last = lua_tointegerx(L, -1, &isnum);
    if (!isnum) iw->last = -1;
    lua_pop(L, 1);
    iw->next += 2;
  }
  return !(iw->ends_arg && iw->last == before);
}

/* set:scan's walk over s:sub(i, j), positions to the table on the stack
   top; iw, when not NULL, the positions to leave out (scanout). */
static void keyset_walk (lua_State *L, const KeySet *ks,
                         const unsigned char *s, size_t len, size_t i,
                         size_t j, InWord *iw) {
  const unsigned char *word = ks->word;
  lua_Integer count = 0;
  size_t p = i;  /* 1-based */
  if (!ks->word_roots) {  /* from one byte that starts a key to the next */
    for (;;) {
      p = span_bytes(ks->nostart, 1, s, p - 1, j) + 1;
      if (p > j) break;
      if (keyset_at(ks, s, len, p) && !(iw && inword_out(L, iw, s, len, p))) {
        lua_pushinteger(L, (lua_Integer)p);
        lua_rawseti(L, -2, ++count);
      }
      p++;
    }
    return;
  }
  /* a start inside a word: on to the word's end */
  if (p > 1) while (p <= j && word[s[p - 1]] && word[s[p - 2]]) p++;
  while (p <= j) {  /* p is a word position */
    unsigned char c = s[p - 1];
    if (ks->root[c] >= 0 && keyset_at(ks, s, len, p) &&
        !(iw && inword_out(L, iw, s, len, p))) {
      lua_pushinteger(L, (lua_Integer)p);
      lua_rawseti(L, -2, ++count);
    }
    p++;
    if (word[c])  /* the rest of the word holds no word position */
      p = span_bytes(word, 1, s, p - 1, j) + 1;
  }
}

static int keyset_scan (lua_State *L) {
  KeySet *ks = (KeySet *)luaL_checkudata(L, 1, KEYSET_MT);
  size_t len;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 2,
                                                                    &len);
  size_t i = startpos(optint(L, 3, 1), len);
  size_t j = endpos(optint(L, 4, -1), len);
  /* a position every 60 bytes of news text, every 48 in nine of ten */
  lua_createtable(L, result_slots(i <= j ? j - i : 0, 32, 16), 0);
  keyset_walk(L, ks, s, len, i, j, NULL);
  return 1;
}

/*
** set:scanout(s, i, j, inword [, ends]) -> the positions set:scan(s, i,
** j) gives, less those of a byte of the string `inword` that stands
** inside an ASCII word: with an ASCII letter or digit right before it
** and an ASCII letter, digit or `_` right after it (the apostrophe of
** don't). A `_` before is left to the caller, and so is any position
** right after the end of a range of `ends`: an array {a1, b1, a2, b2,
** ...} of ranges whose ends b ascend (wordset:find's result), where a
** byte of inword after a b is kept. i, j as for scan (nil: the whole
** string). Only the positions that pass the byte tests read ends, each
** of its values once. For a scan for quote marks in text whose words
** hold apostrophes: the caller reads only the marks that may be quotes.
*/
static int keyset_scanout (lua_State *L) {
  KeySet *ks = (KeySet *)luaL_checkudata(L, 1, KEYSET_MT);
  size_t len, nin;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 2,
                                                                    &len);
  size_t i = startpos(optint(L, 3, 1), len);
  size_t j = endpos(optint(L, 4, -1), len);
  const unsigned char *in = (const unsigned char *)luaL_checklstring(L, 5,
                                                                     &nin);
  InWord iw;
  byte_set(iw.byte, in, nin);
  iw.ends_arg = 0;
  if (!lua_isnoneornil(L, 6)) {
    luaL_checktype(L, 6, LUA_TTABLE);
    iw.ends_arg = 6;
  }
  iw.next = 2;
  iw.last = 0;
  lua_settop(L, 6);  /* the result goes above the arguments */
  lua_createtable(L, result_slots(i <= j ? j - i : 0, 32, 16), 0);
  keyset_walk(L, ks, s, len, i, j, &iw);
  return 1;
}

/* }================================================================== */


/*
** {==================================================================
** Reading a word ahead
** ===================================================================
*/

/* A byte that starts a word for nextword: an ASCII letter, or a lead
   byte of a letter in most scripts -- not C2 (Latin-1 signs, the
   no-break space) and not E2 (punctuation, dashes, currency signs). */
static int nw_start (unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC3 && c <= 0xE1) || (c >= 0xE3 && c <= 0xF4);
}

/* A byte that goes on a word: an ASCII letter, a continuation byte
   (80-BF) or C0, C1, or a lead byte but C2 and E2. */
static int nw_cont (unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0x80 && c <= 0xC1) || (c >= 0xC3 && c <= 0xE1) || c >= 0xE3;
}

/* Pushes s[0, n) in lower case: as lower() when it is valid UTF-8, else
   only its ASCII letters lowered (as string.lower does in the C locale).
   A word with no capital and no byte above 7F is pushed as it is. */
static void push_lower (lua_State *L, const unsigned char *s, size_t n) {
  size_t k;
  int ascii = 1, upper = 0;
  for (k = 0; k < n; k++) {
    if (s[k] >= 0x80) ascii = 0;
    else if (s[k] >= 'A' && s[k] <= 'Z') upper = 1;
  }
  if (ascii && !upper) {
    lua_pushlstring(L, (const char *)s, n);
    return;
  }
  {
    luaL_Buffer b;
    int utf8 = !ascii && pluk_utf8_valid(s, n, NULL);
    luaL_buffinit(L, &b);
    for (k = 0; k < n; ) {
      unsigned char c = s[k];
      if (c < 0x80 || !utf8) {
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        luaL_addchar(&b, (char)c);
        k++;
      }
      else {
        int32_t cp;
        size_t u = pluk_utf8_unit(s, n, k, &cp);
        char *out = luaL_prepbuffsize(&b, 4);
        luaL_addsize(&b, (size_t)utf8proc_encode_char(
                             utf8proc_tolower(cp), (utf8proc_uint8_t *)out));
        k += u;
      }
    }
    luaL_pushresult(&b);
  }
}

/* The length of the inner character of a word at s[e] (e < len): 1 for
   an ASCII byte of inner[0, ilen), 3 for the typographic apostrophe ’
   (U+2019, E2 80 99) where inner holds the straight one -- news text
   writes both, and `carrier’s` is one word as `carrier's` is -- else 0
   (E2 leads no letter, so nothing else of it goes on a word). */
static size_t nw_inner (const unsigned char *s, size_t len, size_t e,
                        const char *inner, size_t ilen) {
  unsigned char c = s[e];
  if (ilen == 0) return 0;
  if (c < 0x80) return memchr(inner, c, ilen) != NULL;
  if (c == 0xE2 && e + 2 < len && s[e + 1] == 0x80 && s[e + 2] == 0x99 &&
      memchr(inner, '\'', ilen) != NULL)
    return 3;
  return 0;
}

/* The end (0-based, exclusive) of the word for nextword that starts at
   p, s[p] being a word start byte: its run of word bytes and of the
   inner characters of nw_inner. */
static size_t nw_end (const unsigned char *s, size_t len, size_t p,
                      const char *inner, size_t ilen) {
  size_t e = p + 1, k;
  while (e < len) {
    if (nw_cont(s[e])) e++;
    else if ((k = nw_inner(s, len, e, inner, ilen)) > 0) e += k;
    else break;
  }
  return e;
}

/* Pushes what nextword gives for s (len bytes) at byte i (1-based, i >= 1):
   p, word (or nil), b (or nil); 3 values. */
static int push_nextword (lua_State *L, const unsigned char *s, size_t len,
                          lua_Integer ii, const char *inner, size_t ilen,
                          int lower) {
  size_t p, e;
  if (ii > (lua_Integer)len) {
    lua_pushinteger(L, ii);
    lua_pushnil(L);
    lua_pushnil(L);
    return 3;
  }
  p = (size_t)ii - 1;  /* 0-based from here */
  while (p < len) {
    if (s[p] == ' ' || s[p] == '\t') p++;
    else if (s[p] == 0xC2 && p + 1 < len && s[p + 1] == 0xA0) p += 2;
    else break;
  }
  lua_pushinteger(L, (lua_Integer)p + 1);
  if (p < len && nw_start(s[p])) {
    e = nw_end(s, len, p, inner, ilen);
    if (lower) push_lower(L, s + p, e - p);
    else lua_pushlstring(L, (const char *)s + p, e - p);
  }
  else lua_pushnil(L);
  if (p < len) lua_pushinteger(L, s[p]);
  else lua_pushnil(L);
  return 3;
}

/*
** nextword(s, i [, inner [, lower]]) -> p, word, b
** A cheap look at what comes at byte i (1-based): p is the position
** after the spaces, tabs and no-break spaces (C2 A0) that start at i (i
** itself when none); word the word that starts at p, or nil; b the byte
** at p, or nil past the end. A word is a byte that starts a letter (an
** ASCII letter, or a lead byte C3-E1 or E3-F4: not C2, which leads the
** Latin-1 signs, nor E2, which leads punctuation, dashes and currency
** signs) and the run after it of ASCII letters, bytes 80-C1, C3-E1 and
** E3-FF, and the ASCII bytes listed in `inner` (e.g. "'-"; where it
** lists ', the typographic apostrophe ’ goes on a word too). With
** `lower`, the word comes in lower case: as lower(word) when it is valid
** UTF-8, else with only its ASCII letters lowered. i past the end gives
** i, nil, nil.
*/
static int text_nextword (lua_State *L) {
  size_t len, ilen = 0;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  lua_Integer ii = luaL_checkinteger(L, 2);
  const char *inner = luaL_optlstring(L, 3, "", &ilen);
  int lower = lua_toboolean(L, 4);
  luaL_argcheck(L, ii >= 1, 2, "position must be positive");
  return push_nextword(L, s, len, ii, inner, ilen, lower);
}


/* The length of the white space character that ends at byte p (0-based)
   of s for prevtoken: 1 for space, tab, CR and LF, 2 for a no-break
   space (C2 A0), 0 when none ends there. */
static size_t pt_white (const unsigned char *s, size_t p) {
  unsigned char c = s[p];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (c == 0xA0 && p >= 1 && s[p - 1] == 0xC2) return 2;
  return 0;
}

/*
** prevtoken(s, i [, withtoken]) -> g, ts, te, brk [, token]
** The white-space separated token before byte i, read backwards (what
** rspan(s, i, " \t\r\n\194\160", true) and rspan(s, i, ...) give in
** four calls): g is the first byte of the run of bytes ending at i where
** no white space character ends (g == i + 1 when one ends at i); past
** the white space before g, ts and te are the first and last byte of the
** token before it, and brk is true when that white space holds a line
** break (CR or LF). ts, te and brk are nil when nothing but white space
** comes before g. White space: space, tab, CR, LF and the no-break space
** C2 A0 (its two bytes wherever they stand). i past the end counts as #s;
** i = 0 gives 1. With withtoken true, the token's text s:sub(ts, te)
** comes fifth (where there is a token): a caller that looks it up needs
** no string.sub call.
*/
static int text_prevtoken (lua_State *L) {
  size_t len, n, pos;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  lua_Integer ii = luaL_checkinteger(L, 2);
  int withtoken = lua_toboolean(L, 3);
  int brk = 0;
  luaL_argcheck(L, ii >= 0, 2, "position must not be negative");
  pos = ii > (lua_Integer)len ? len : (size_t)ii;  /* 1-based, 0: none */
  while (pos >= 1 && pt_white(s, pos - 1) == 0) pos--;
  lua_pushinteger(L, (lua_Integer)pos + 1);  /* g */
  while (pos >= 1 && (n = pt_white(s, pos - 1)) > 0) {
    if (s[pos - 1] == '\r' || s[pos - 1] == '\n') brk = 1;
    pos -= n;
  }
  if (pos < 1) return 1;
  {
    size_t te = pos;
    while (pos >= 1 && pt_white(s, pos - 1) == 0) pos--;
    lua_pushinteger(L, (lua_Integer)pos + 1);
    lua_pushinteger(L, (lua_Integer)te);
    lua_pushboolean(L, brk);
    if (!withtoken) return 4;
    lua_pushlstring(L, (const char *)s + pos, te - pos);
    return 5;
  }
}

/*
** nextwords(s, i, n [, inner]) -> {p1, w1, p2, w2, ...}
** The up to n words after byte i, as nextword reads them, in one flat
** array of their first byte and text (a word ends at p + #w): each word
** comes after at least one space, tab or no-break space, and the run
** stops at the first place where none comes or no word follows. A word
** does not end in a byte of `inner`: those at its end are left out, and
** the run stops after it (an empty word ends it at once). For the
** context readers of a rule: the words after a number, with no table
** and no string match per word.
*/
static int text_nextwords (lua_State *L) {
  size_t len, ilen = 0;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  lua_Integer ii = luaL_checkinteger(L, 2);
  lua_Integer n = luaL_checkinteger(L, 3);
  const char *inner = luaL_optlstring(L, 4, "", &ilen);
  lua_Integer k = 0;
  size_t p, q, e;
  luaL_argcheck(L, ii >= 1, 2, "position must be positive");
  lua_createtable(L, n > 0 && n < 16 ? (int)(2 * n) : 0, 0);
  p = (size_t)ii - 1;  /* 0-based */
  while (k < n && p < len) {
    q = p;
    while (q < len) {
      if (s[q] == ' ' || s[q] == '\t') q++;
      else if (s[q] == 0xC2 && q + 1 < len && s[q + 1] == 0xA0) q += 2;
      else break;
    }
    if (q == p || q >= len || !nw_start(s[q])) break;
    e = nw_end(s, len, q, inner, ilen);
    p = e;
    for (;;) {  /* the inner characters at its end: one byte, or ’ */
      if (e > q && s[e - 1] < 0x80 && nw_inner(s, len, e - 1, inner, ilen))
        e--;
      else if (e >= q + 3 && nw_inner(s, len, e - 3, inner, ilen) == 3)
        e -= 3;
      else break;
    }
    if (e == q) break;
    lua_pushinteger(L, (lua_Integer)q + 1);
    lua_rawseti(L, -2, 2 * k + 1);
    lua_pushlstring(L, (const char *)s + q, e - q);
    lua_rawseti(L, -2, 2 * k + 2);
    k++;
    if (e < p) break;  /* an inner byte was cut: no blank follows */
  }
  return 1;
}

/*
** digitsnext(s, i [, inner [, lower]]) -> e, v, p, word, b
** The run of ASCII digits that starts at byte i (1-based) and what comes
** after it: e is the position after the run (i when no digit is at i), v
** the run's value as an integer when it has 1 to 15 digits (nil for none
** or more: a longer run is the caller's to read), and p, word, b what
** nextword(s, e, inner, lower) gives there. For a reader of a number
** that is a run of digits alone: one call where a string match, a
** tonumber and a nextword were three.
*/
static int text_digitsnext (lua_State *L) {
  size_t len, ilen = 0, p, e;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  lua_Integer ii = luaL_checkinteger(L, 2);
  const char *inner = luaL_optlstring(L, 3, "", &ilen);
  int lower = lua_toboolean(L, 4);
  lua_Integer v = 0;
  luaL_argcheck(L, ii >= 1, 2, "position must be positive");
  p = (size_t)ii - 1;  /* 0-based */
  for (e = p; e < len && s[e] >= '0' && s[e] <= '9'; e++)
    if (e - p < 15) v = v * 10 + (s[e] - '0');
  lua_pushinteger(L, (lua_Integer)e + 1);
  if (e > p && e - p <= 15) lua_pushinteger(L, v);
  else lua_pushnil(L);
  return 2 + push_nextword(L, s, len, (lua_Integer)e + 1, inner, ilen, lower);
}

/* }================================================================== */


/*
** {==================================================================
** Search in a sorted array
** ===================================================================
*/

/*
** floor(arr, x [, stride [, offset]]) -> k
** The last record k (1-based) of arr whose key is <= x, or 0 when none
** is (or arr has no record): the records are the runs of `stride` values
** of arr (default 1: every value is one), record k's key is
** arr[(k - 1) * stride + 1 + offset] (offset default 0, below stride),
** and the keys ascend. Keys and x are numbers, compared as floats
** (lua_Number: integers past 2^53 round); the records are the first
** #arr // stride. A binary search without a Lua loop: rules ask where a
** position falls among sorted positions (sentence starts, quote ends, the
** runs of text.nameruns, four values a run) for every place they look at.
*/
static int text_floor (lua_State *L) {
  int top = lua_gettop(L);  /* most calls give no stride nor offset */
  int isnum;
  lua_Number x = tonum(L, 2, &isnum);
  lua_Integer stride, offset, lo = 1, hi, ans = 0;
  if (!isnum) x = luaL_checknumber(L, 2);  /* (raises the error) */
  stride = top >= 3 ? optint(L, 3, 1) : 1;
  offset = top >= 4 ? optint(L, 4, 0) : 0;
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_argcheck(L, stride >= 1, 3, "stride below 1");
  luaL_argcheck(L, offset >= 0 && offset < stride, 4, "offset out of range");
  hi = (lua_Integer)lua_rawlen(L, 1) / stride;
  /* each probe leaves its key on the stack (a pop per probe costs more
     than the room): at most 17 probes below 2^17 records, which the
     LUA_MINSTACK (20) free slots of a C function hold; 64 at most */
  if (hi >= ((lua_Integer)1 << 17)) luaL_checkstack(L, 64, NULL);
  while (lo <= hi) {
    lua_Integer m = lo + (hi - lo) / 2;
    lua_Number v;
    lua_rawgeti(L, 1, (m - 1) * stride + 1 + offset);
    v = tonum(L, -1, &isnum);
    if (!isnum) return luaL_error(L, "floor: key %d is not a number", (int)m);
    if (v <= x) { ans = m; lo = m + 1; }
    else hi = m - 1;
  }
  lua_pushinteger(L, ans);
  return 1;
}

/* }================================================================== */


/*
** {==================================================================
** Chunks that hold keys
** ===================================================================
*/

/* Whether the chunk s[cs .. chunk_end - 1] (1-based) is a key of ks's
   `alone` and then only bytes of is_tail. */
static int keyset_alone (const KeySet *ks, const unsigned char *s,
                         size_t cs, size_t chunk_end,
                         const unsigned char *is_tail) {
  int32_t node = ks->root[s[cs - 1]];
  size_t q;
  for (q = cs; node >= 0 && q < chunk_end; q++) {  /* node holds byte q */
    if (ks->nodes[node].ends & KEY_ALONE) {
      size_t d = q + 1;
      while (d < chunk_end && is_tail[s[d - 1]]) d++;
      if (d == chunk_end) return 1;
    }
    if (q + 1 >= chunk_end) break;
    node = ks->nodes[node].child;
    while (node >= 0 && ks->nodes[node].byte != s[q]) node = ks->nodes[node].next;
  }
  return 0;
}

/*
** keychunks(set, s, white [, tail]) -> {c1, c2, ...}
** The chunks of s -- the runs of bytes not in `white` (a string of single
** bytes) -- that hold a position set:scan(s) would list, each chunk once
** and in increasing order, as its first position c; or as -c when the
** chunk is a bare number: ASCII digits, then only bytes of `tail` (a
** string of single bytes, default none), or a key of the set's `alone`
** and then only bytes of `tail`. For a scan that runs a pattern
** from a chunk's start only where the key set finds something: one call
** instead of a look back per key position, and a bare number needs no
** pattern at all.
*/
static int text_keychunks (lua_State *L) {
  KeySet *ks = (KeySet *)luaL_checkudata(L, 1, KEYSET_MT);
  size_t len, wlen, tlen;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 2,
                                                                    &len);
  const unsigned char *white = (const unsigned char *)luaL_checklstring(L, 3,
                                                                        &wlen);
  const unsigned char *tail = (const unsigned char *)luaL_optlstring(L, 4, "",
                                                                     &tlen);
  const unsigned char *word = ks->word;
  unsigned char is_white[256], is_tail[256];
  lua_Integer count = 0;
  size_t p = 1;  /* 1-based */
  int space_free;  /* a space starts no key */
  byte_set(is_white, white, wlen);
  byte_set(is_tail, tail, tlen);
  space_free = ks->root[' '] < 0;
  lua_createtable(L, 16, 0);
  while (p <= len) {  /* p is a word position, as in keyset_scan */
    unsigned char c = s[p - 1];
    /* (the pair, the test most words fail, asked before keyset_at) */
    if (ks->root[c] < 0 || (p < len && !keyset_pair(ks, c, s[p])) ||
        !keyset_at(ks, s, len, p)) {
      p++;
      if (word[c]) {  /* the rest of the word holds no word position */
        p = span_bytes(word, 1, s, p - 1, len) + 1;
        /* (a space after it, the commonest, starts no key: passed here) */
        if (p <= len && s[p - 1] == ' ' && space_free) p++;
      }
    }
    else {  /* the chunk around p holds a key */
      size_t cs = p, chunk_end = p, d;
      int bare;
      while (cs > 1 && !is_white[s[cs - 2]]) cs--;
      while (chunk_end <= len && !is_white[s[chunk_end - 1]]) chunk_end++;
      for (d = cs; d < chunk_end && s[d - 1] >= '0' && s[d - 1] <= '9'; d++) ;
      bare = d > cs;
      while (d < chunk_end && is_tail[s[d - 1]]) d++;
      bare = (bare && d == chunk_end) || keyset_alone(ks, s, cs, chunk_end, is_tail);
      lua_pushinteger(L, bare ? -(lua_Integer)cs : (lua_Integer)cs);
      lua_rawseti(L, -2, ++count);
      p = chunk_end;  /* (a key further in the chunk: no matter) */
    }
  }
  return 1;
}

/* }================================================================== */


/*
** {==================================================================
** Sentence stops
** ===================================================================
*/

/* The position (0-based) after the white space that starts at s[k]:
   ASCII white space (HT, LF, VT, FF, CR, space), the no-break space C2 A0,
   and the spaces E2 80 80 to E2 80 8A and E2 80 AF (U+2000 to U+200A,
   U+202F); read to the end of s. */
static size_t stops_space (const unsigned char *s, size_t len, size_t k) {
  while (k < len) {
    unsigned char c = s[k];
    if (c == ' ' || (c >= '\t' && c <= '\r')) k++;
    else if (c == 0xC2 && k + 1 < len && s[k + 1] == 0xA0) k += 2;
    else if (c == 0xE2 && k + 2 < len && s[k + 1] == 0x80 &&
             ((s[k + 2] >= 0x80 && s[k + 2] <= 0x8A) || s[k + 2] == 0xAF))
      k += 3;
    else break;
  }
  return k;
}

/* The position (0-based) after a stop's tail that starts at s[k]: the
   run of '.', '!' and '?', then the run of closing marks: " ' ) ] and
   E2 80 99, E2 80 9D, C2 BB (U+2019, U+201D, U+00BB). */
static size_t stops_tail (const unsigned char *s, size_t len, size_t k) {
  while (k < len && (s[k] == '.' || s[k] == '!' || s[k] == '?')) k++;
  while (k < len) {
    unsigned char c = s[k];
    if (c == '"' || c == '\'' || c == ')' || c == ']') k++;
    else if (c == 0xE2 && k + 2 < len && s[k + 1] == 0x80 &&
             (s[k + 2] == 0x99 || s[k + 2] == 0x9D))
      k += 3;
    else if (c == 0xC2 && k + 1 < len && s[k + 1] == 0xBB) k += 2;
    else break;
  }
  return k;
}

/* Is c a byte of the word before a stop: an ASCII letter or digit, or a
   byte 80-FF? */
static int stops_wordbyte (unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

/* 1 for the bytes that may start a stop: . ! ? LF and E2 (the ellipsis) */
static const unsigned char stop_start[256] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1, [0xE2] = 1
};

/* how far back the word before a stop is read (stops' w) */
#define STOPS_WORDBACK 24

/*
** stops(s [, i [, j]]) -> {p1, b1, e1, n1, c1, w1, p2, ...}
** The stops in s[i, j] (string.sub rules for i, j) after which something
** follows inside the range: for a sentence splitter, the places where a
** sentence may end, left for the caller to decide. A stop is a byte '.',
** '!', '?' or LF, or the ellipsis E2 80 A6, at p (b its first byte). After
** it comes its tail -- none after LF; after the others the run of '.',
** '!' and '?', then the run of closing marks " ' ) ] U+2019 U+201D
** U+00BB -- ending before e, then the white space (as stops_space has
** it) ending before n; both read past j as far as they go. Listed are
** the stops with n <= j and white space after the tail (n > e; any n for
** LF), in increasing order of p, six values each: p, b, e, n, c the byte
** at n, and w the start of the word before the stop: the run of ASCII
** letters and digits and bytes 80-FF that ends at p - 1, at most
** STOPS_WORDBACK bytes and none before i (w == p: none). Each stop is
** listed on its own, also one in the tail of another ("..." gives
** three). One pass over the bytes; allocation is the result table only.
*/
static int text_stops (lua_State *L) {
  size_t len;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  size_t i = startpos(optint(L, 2, 1), len);
  size_t j = endpos(optint(L, 3, -1), len);
  lua_Integer out = 0;
  size_t p;  /* 0-based */
  /* about one stop every 150 bytes of news text, six values a stop */
  lua_createtable(L, result_slots(i <= j ? j - i : 0, 24, 0), 0);
  for (p = i - 1; p < j; p++) {
    unsigned char b = s[p];
    size_t e, n, w, lo;
    if (!stop_start[b]) continue;
    if (b == '\n') e = p + 1;
    else if (b != 0xE2) e = stops_tail(s, len, p + 1);
    else if (p + 2 < len && s[p + 1] == 0x80 && s[p + 2] == 0xA6)
      e = stops_tail(s, len, p + 3);
    else continue;
    n = stops_space(s, len, e);
    if (n >= j || (n == e && b != '\n')) continue;
    lo = p >= i - 1 + STOPS_WORDBACK ? p - STOPS_WORDBACK : i - 1;
    for (w = p; w > lo && stops_wordbyte(s[w - 1]); w--) ;
    lua_pushinteger(L, (lua_Integer)p + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, b);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)e + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)n + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, s[n]);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)w + 1);
    lua_rawseti(L, -2, ++out);
  }
  return 1;
}

/*
** parabreaks(s) -> {a1, e1, a2, e2, ...}: the blank-line breaks of s, for
** a splitter into paragraphs. A break is a line break (LF) at a, then
** any spaces, tabs and CRs, a second line break, then any spaces, tabs,
** CRs and line breaks, ending before e (a, e 1-based; s:sub(a, e - 1) is
** the break). In text order; after a break the search goes on at e,
** after a line break that starts none at the byte after it. A memchr from
** one line break to the next, where a search and a byte test from Lua
** were; allocation is the result table only.
*/
static int text_parabreaks (lua_State *L) {
  size_t len;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1,
                                                                    &len);
  const unsigned char *lf;
  size_t p = 0;  /* 0-based: where the search goes on */
  lua_Integer out = 0;
  /* two values a break: one every 250 bytes of news text */
  lua_createtable(L, result_slots(len, 125, 0), 0);
  while (p < len &&
         (lf = (const unsigned char *)memchr(s + p, '\n', len - p)) != NULL) {
    size_t a = (size_t)(lf - s), e = a + 1;
    while (e < len && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r')) e++;
    if (e < len && s[e] == '\n') {
      e++;
      while (e < len && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r' || s[e] == '\n'))
        e++;
      lua_pushinteger(L, (lua_Integer)a + 1);
      lua_rawseti(L, -2, ++out);
      lua_pushinteger(L, (lua_Integer)e + 1);
      lua_rawseti(L, -2, ++out);
      p = e;
    }
    else p = a + 1;
  }
  return 1;
}

/* }================================================================== */


static const luaL_Reg text_funcs[] = {
  {"graphemes", text_graphemes},
  {"words", text_words},
  {"sentences", text_sentences},
  {"count", text_count},
  {"boundaries", text_boundaries},
  {"len", text_len},
  {"nfc", text_nfc},
  {"nfd", text_nfd},
  {"nfkc", text_nfkc},
  {"nfkd", text_nfkd},
  {"casefold", text_casefold},
  {"lower", text_lower},
  {"upper", text_upper},
  {"width", text_width},
  {"category", text_category},
  {"valid", text_valid},
  {"class_ranges", text_class_ranges},
  {"wordset", text_wordset},
  {"tokens", text_tokens},
  {"countwords", text_countwords},
  {"capwords", text_capwords},
  {"nameruns", text_nameruns},
  {"runhits", text_runhits},
  {"rspan", text_rspan},
  {"keyset", text_keyset},
  {"keychunks", text_keychunks},
  {"nextword", text_nextword},
  {"prevtoken", text_prevtoken},
  {"nextwords", text_nextwords},
  {"digitsnext", text_digitsnext},
  {"floor", text_floor},
  {"stops", text_stops},
  {"parabreaks", text_parabreaks},
  {"skipblank", text_skipblank},
  {"backblank", text_backblank},
  {"trimblank", text_trimblank},
  {NULL, NULL}
};

static const luaL_Reg keyset_methods[] = {
  {"scan", keyset_scan},
  {"scanout", keyset_scanout},
  {NULL, NULL}
};


int pluk_open_text (lua_State *L) {
  pthread_once(&cached_once, fill_cached_mask);
  if (luaL_newmetatable(L, WORDSET_MT)) {
    luaL_newlib(L, wordset_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, KEYSET_MT)) {
    luaL_newlib(L, keyset_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, text_funcs);
  return 1;
}
