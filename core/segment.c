/*
** segment.c -- UTF-8 decoding and UAX #29 segmentation (Unicode 15.0).
**
** Each segmenter is a forward state machine that starts at a segment start
** (treated as sot) and stops at the first boundary.  Every rule's left
** context lies inside the segment being built (a boundary never falls inside
** a left context of a later rule), so starting afresh at each boundary gives
** exactly the standard's answer without ever looking behind.  Look-ahead is
** needed only by WB6, WB7b, WB12 (one unit past the middle character, after
** skipping Extend/Format/ZWJ) and SB8 (up to the next letter, terminator or
** separator); each is bounded by what the main loop then scans anyway, so
** the total work stays linear.
**
** Speed comes from the common case: ASCII bytes are classified with a
** 128-entry table (never Extend/ZWJ/Prepend, so most ASCII decisions need no
** look at the next character), and runs that cannot contain a boundary
** (letters and digits in a word, ordinary text in a sentence) are skipped in
** tight byte loops.  Everything else costs one decode and one trie lookup.
*/

#include "segment.h"
#include "unicode_tables.h"

#define BIT(x)	(1u << (x))

/* Classes of the packed entries */
#define GBC(p)	PLUK_GB_OF(p)
#define WBC(p)	PLUK_WB_OF(p)
#define SBC(p)	PLUK_SB_OF(p)

/* Class sets as bit masks over the enum values */
#define G(x)	BIT(PLUK_GB_##x)
#define W(x)	BIT(PLUK_WB_##x)
#define S(x)	BIT(PLUK_SB_##x)

#define G_CTL	(G(CONTROL) | G(CR) | G(LF))

#define W_AHL	(W(ALETTER) | W(HEBREW_LETTER))
#define W_MIDLQ	(W(MIDLETTER) | W(MIDNUMLET) | W(SINGLE_QUOTE))
#define W_MIDNQ	(W(MIDNUM) | W(MIDNUMLET) | W(SINGLE_QUOTE))
#define W_IGN	(W(EXTEND) | W(FORMAT) | W(ZWJ))
#define W_NL	(W(CR) | W(LF) | W(NEWLINE))
/* letters, digits and connectors: any two of these join (WB5, WB8-WB10,
   WB13a, WB13b), so a run of them never holds a boundary */
#define W_ALNUM	(W_AHL | W(NUMERIC) | W(EXTENDNUMLET))

#define S_PARA	(S(SEP) | S(CR) | S(LF))
#define S_TERM	(S(ATERM) | S(STERM))
#define S_IGN	(S(EXTEND) | S(FORMAT))
#define S_STOP8	(S(OLETTER) | S(UPPER) | S(LOWER) | S_PARA | S_TERM)

#define ASCII_WB(c)	WBC(pluk_ucd_ascii[c])
#define ASCII_SB(c)	SBC(pluk_ucd_ascii[c])

#define MAXCP	0x10FFFF
#define REPLACEMENT	0xFFFD


/*
** {======================================================
** UTF-8
** =======================================================
*/

static unsigned lookup (uint32_t cp) {
  unsigned blk = pluk_ucd_stage1[cp >> PLUK_UCD_SHIFT];
  return pluk_ucd_props[pluk_ucd_stage2[(blk << PLUK_UCD_SHIFT) |
                                        (cp & PLUK_UCD_MASK)]];
}


/*
** Decode the unit at s[i], i < len.  Well-formed sequences follow Unicode
** table 3-7; anything else yields cp = -1 and the length of its maximal
** subpart: the lead byte plus the continuation bytes that could still have
** begun a valid sequence.  Bytes 80..C1 and F5..FF are one-byte subparts.
*/
static size_t decode (const unsigned char *s, size_t len, size_t i,
                      int32_t *cp) {
  unsigned c = s[i], lo = 0x80, hi = 0xBF, need;
  size_t avail = len - i, k;
  uint32_t v;
  if (c < 0x80) { *cp = (int32_t)c; return 1; }
  *cp = -1;
  if (c < 0xC2 || c > 0xF4) return 1;
  if (c < 0xE0) { need = 2; v = c & 0x1F; }
  else if (c < 0xF0) {
    need = 3; v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;		/* overlong */
    else if (c == 0xED) hi = 0x9F;	/* surrogates */
  }
  else {
    need = 4; v = c & 0x07;
    if (c == 0xF0) lo = 0x90;		/* overlong */
    else if (c == 0xF4) hi = 0x8F;	/* > U+10FFFF */
  }
  /* the second byte has the lead's own range; later ones are 80..BF */
  for (k = 1; k < need; k++) {
    unsigned b;
    if (k >= avail) return k;		/* truncated at the end */
    b = s[i + k];
    if (b < lo || b > hi) return k;
    v = (v << 6) | (b & 0x3F);
    lo = 0x80; hi = 0xBF;
  }
  *cp = (int32_t)v;
  return need;
}


/*
** Packed properties of the unit at s[i] (i < len) and its length.  The
** two-byte case is inlined because it covers the Latin accents of European
** text; invalid units get U+FFFD's entry.
*/
static inline unsigned unitprops (const unsigned char *s, size_t len,
                                  size_t i, size_t *n) {
  unsigned c = s[i];
  int32_t cp;
  if (c < 0x80) { *n = 1; return pluk_ucd_ascii[c]; }
  if (c >= 0xC2 && c < 0xE0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
    *n = 2;
    return lookup(((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu));
  }
  *n = decode(s, len, i, &cp);
  return lookup(cp < 0 ? REPLACEMENT : (uint32_t)cp);
}


size_t pluk_utf8_unit (const unsigned char *s, size_t len, size_t pos,
                       int32_t *cp) {
  if (pos >= len) { *cp = -1; return 0; }
  return decode(s, len, pos, cp);
}


int pluk_utf8_valid (const unsigned char *s, size_t len, size_t *bad) {
  size_t i = 0;
  while (i < len) {
    int32_t cp;
    size_t n;
    if (s[i] < 0x80) { i++; continue; }
    n = decode(s, len, i, &cp);
    if (cp < 0) {
      if (bad) *bad = i;
      return 0;
    }
    i += n;
  }
  return 1;
}


unsigned pluk_ucd_entry (int32_t cp) {
  if (cp < 0 || cp > MAXCP) cp = REPLACEMENT;
  return lookup((uint32_t)cp);
}

int pluk_gb_property (int32_t cp) { return (int)GBC(pluk_ucd_entry(cp)); }
int pluk_wb_property (int32_t cp) { return (int)WBC(pluk_ucd_entry(cp)); }
int pluk_sb_property (int32_t cp) { return (int)SBC(pluk_ucd_entry(cp)); }

int pluk_is_extended_pictographic (int32_t cp) {
  return (pluk_ucd_entry(cp) & PLUK_F_EXTPICT) != 0;
}

/* }====================================================== */


/*
** {======================================================
** Grapheme clusters (UAX #29 section 3.1.1)
** =======================================================
*/

/* For each left class, the right classes it never breaks before (GB3,
   GB6-GB9b); GB4/GB5 are in there by omission. */
#define G_KEEP	(G(EXTEND) | G(ZWJ) | G(SPACINGMARK))		/* GB9, GB9a */
static const uint16_t gb_join[16] = {
  G_KEEP,						/* Other */
  G(LF),						/* CR: GB3 */
  0, 0,							/* LF, Control */
  G_KEEP, G_KEEP, G_KEEP,				/* Extend, ZWJ, RI */
  (uint16_t)~G_CTL,					/* Prepend: GB9b */
  G_KEEP,						/* SpacingMark */
  G_KEEP | G(L) | G(V) | G(LV) | G(LVT),		/* L: GB6 */
  G_KEEP | G(V) | G(T),					/* V: GB7 */
  G_KEEP | G(T),					/* T: GB8 */
  G_KEEP | G(V) | G(T),					/* LV: GB7 */
  G_KEEP | G(T),					/* LVT: GB8 */
  0, 0
};


/*
** End of the grapheme cluster starting at i (i < len).  'emoji' follows
** GB11: 1 after ExtPict Extend*, 2 after ExtPict Extend* ZWJ.  'ri' counts
** the regional indicators in a row (GB12/GB13 pair them from the start).
*/
static inline size_t gb_next (const unsigned char *s, size_t len, size_t i) {
  unsigned p, prev, emoji, ri;
  size_t j, n;
  if (s[i] < 0x80) {
    /* ASCII is never Prepend and an ASCII successor is never Extend, ZWJ
       or SpacingMark: only CR LF holds together */
    if (i + 1 == len) return len;
    if (s[i + 1] < 0x80)
      return i + 1 + (s[i] == '\r' && s[i + 1] == '\n');
  }
  p = unitprops(s, len, i, &n);
  prev = GBC(p);
  emoji = (p & PLUK_F_EXTPICT) ? 1 : 0;
  ri = (prev == PLUK_GB_REGIONAL_INDICATOR);
  for (j = i + n; j < len; j += n) {
    unsigned q = unitprops(s, len, j, &n), cur = GBC(q);
    if (!(gb_join[prev] & BIT(cur))) {
      if (!(cur == PLUK_GB_REGIONAL_INDICATOR && prev == cur && (ri & 1)) &&
          !((q & PLUK_F_EXTPICT) && emoji == 2 && prev == PLUK_GB_ZWJ))
        break;					/* GB999 */
    }
    if (q & PLUK_F_EXTPICT) emoji = 1;
    else if (emoji == 1 && cur == PLUK_GB_ZWJ) emoji = 2;
    else if (!(emoji == 1 && cur == PLUK_GB_EXTEND)) emoji = 0;
    ri = (cur == PLUK_GB_REGIONAL_INDICATOR) ? ri + 1 : 0;
    prev = cur;
  }
  return j;
}

/* }====================================================== */


/*
** {======================================================
** Words (UAX #29 section 4.1.1)
** =======================================================
*/

/* Word_Break of the next unit at or after j that is not Extend, Format or
   ZWJ (WB4), or Other at eot: the look-ahead of WB6, WB7b and WB12. */
static unsigned wb_ahead (const unsigned char *s, size_t len, size_t j) {
  while (j < len) {
    size_t n;
    unsigned c = WBC(unitprops(s, len, j, &n));
    if (!(BIT(c) & W_IGN)) return c;
    j += n;
  }
  return PLUK_WB_OTHER;
}


/*
** WB5-WB16: does the collapsed pair (prev, cur) hold together?  pprev is
** the class before prev (Other when none), ri the count of regional
** indicators ending at prev, j the offset just past cur (for look-ahead).
*/
static int wb_pair (unsigned pprev, unsigned prev, unsigned cur, unsigned ri,
                    const unsigned char *s, size_t len, size_t j) {
  unsigned bp = BIT(prev), bc = BIT(cur), bpp = BIT(pprev);
  if (bp & W_AHL) {
    if (bc & (W_AHL | W(NUMERIC) | W(EXTENDNUMLET)))	/* WB5, WB9, WB13a */
      return 1;
    if ((bc & W_MIDLQ) && (BIT(wb_ahead(s, len, j)) & W_AHL))	/* WB6 */
      return 1;
    if (prev == PLUK_WB_HEBREW_LETTER) {
      if (cur == PLUK_WB_SINGLE_QUOTE) return 1;		/* WB7a */
      if (cur == PLUK_WB_DOUBLE_QUOTE &&			/* WB7b */
          wb_ahead(s, len, j) == PLUK_WB_HEBREW_LETTER)
        return 1;
    }
    return 0;
  }
  if (bc & W_AHL) {
    if ((bpp & W_AHL) && (bp & W_MIDLQ)) return 1;		/* WB7 */
    if (pprev == PLUK_WB_HEBREW_LETTER && prev == PLUK_WB_DOUBLE_QUOTE &&
        cur == PLUK_WB_HEBREW_LETTER) return 1;			/* WB7c */
    return (bp & (W(NUMERIC) | W(EXTENDNUMLET))) != 0;		/* WB10, WB13b */
  }
  switch (prev) {
    case PLUK_WB_NUMERIC:
      if (bc & (W(NUMERIC) | W(EXTENDNUMLET))) return 1;	/* WB8, WB13a */
      return (bc & W_MIDNQ) &&					/* WB12 */
             wb_ahead(s, len, j) == PLUK_WB_NUMERIC;
    case PLUK_WB_KATAKANA:					/* WB13, WB13a */
      return (bc & (W(KATAKANA) | W(EXTENDNUMLET))) != 0;
    case PLUK_WB_EXTENDNUMLET:					/* WB13a, WB13b */
      return (bc & (W(NUMERIC) | W(KATAKANA) | W(EXTENDNUMLET))) != 0;
    case PLUK_WB_REGIONAL_INDICATOR:				/* WB15, WB16 */
      return cur == PLUK_WB_REGIONAL_INDICATOR && (ri & 1);
    default:
      return cur == PLUK_WB_NUMERIC && pprev == PLUK_WB_NUMERIC &&
             (bp & W_MIDNQ);					/* WB11 */
  }
}


/*
** End of the word segment starting at i (i < len).  prev/pprev are the last
** two classes with Extend/Format/ZWJ skipped (WB4), raw the class of the
** very last unit (WB3-WB3d look at raw neighbours).
*/
static inline size_t wb_next (const unsigned char *s, size_t len, size_t i) {
  unsigned prev, pprev = PLUK_WB_OTHER, raw, ri;
  size_t j, n;
  unsigned c = s[i];
  if (c < 0x80) {
    prev = ASCII_WB(c);
    j = i + 1;
    if (!(BIT(prev) & W_ALNUM)) {
      if (j == len) return len;
      if (prev == PLUK_WB_CR) return j + (s[j] == '\n');	/* WB3 */
      if (prev == PLUK_WB_WSEGSPACE)
        while (j < len && s[j] == ' ') j++;			/* WB3d */
      /* nothing ASCII joins an ASCII non-letter at sot: only Extend,
         Format, ZWJ and other spaces can, and they are not ASCII */
      if (j == len || s[j] < 0x80) return j;
    }
    n = 0;
  }
  else {
    prev = WBC(unitprops(s, len, i, &n));
    j = i + n;
  }
  raw = prev;
  ri = (prev == PLUK_WB_REGIONAL_INDICATOR);
  for (;;) {
    unsigned q, cur;
    if (BIT(prev) & W_ALNUM) {
      /* skip a run of ASCII letters, digits and '_' */
      size_t j0 = j;
      while (j < len && (c = s[j]) < 0x80 && (BIT(ASCII_WB(c)) & W_ALNUM))
        j++;
      if (j != j0) {
        /* an ASCII successor other than a Mid* cannot join an ASCII
           letter or digit: the common end of a word */
        if (j < len && c < 0x80 && !(BIT(ASCII_WB(c)) & (W_MIDLQ | W_MIDNQ)))
          return j;
        pprev = (j - j0 >= 2) ? ASCII_WB(s[j - 2]) : prev;
        raw = prev = ASCII_WB(s[j - 1]);
        ri = 0;
      }
    }
    if (j >= len) return len;
    q = unitprops(s, len, j, &n);
    cur = WBC(q);
    if (raw == PLUK_WB_CR) return j + (cur == PLUK_WB_LF);	/* WB3, WB3a */
    if (BIT(raw) & W_NL) return j;				/* WB3a */
    if (BIT(cur) & W_NL) return j;				/* WB3b */
    if (!((raw == PLUK_WB_ZWJ && (q & PLUK_F_EXTPICT)) ||	/* WB3c */
          (raw == PLUK_WB_WSEGSPACE && cur == PLUK_WB_WSEGSPACE) ||  /* WB3d */
          (BIT(cur) & W_IGN) ||					/* WB4 */
          wb_pair(pprev, prev, cur, ri, s, len, j + n)))
      return j;							/* WB999 */
    if (!(BIT(cur) & W_IGN)) {
      pprev = prev; prev = cur;
      ri = (cur == PLUK_WB_REGIONAL_INDICATOR) ? ri + 1 : 0;
    }
    raw = cur;
    j += n;
  }
}


int pluk_word_is_wordlike (const unsigned char *s, size_t len) {
  size_t i = 0, n;
  while (i < len) {
    if (unitprops(s, len, i, &n) & PLUK_F_WORDLIKE) return 1;
    i += n;
  }
  return 0;
}

/* }====================================================== */


/*
** {======================================================
** Sentences (UAX #29 section 5.1.1)
** =======================================================
*/

/* End of a paragraph separator of class cls and length n at j (SB3, SB4) */
static size_t sb_para_end (const unsigned char *s, size_t len, size_t j,
                           unsigned cls, size_t n) {
  if (cls == PLUK_SB_CR && j + 1 < len && s[j + 1] == '\n') return j + 2;
  return j + n;
}

/* Class of the first unit at or after *j that is not Extend or Format
   (SB5); moves *j to it and sets *n to its length.  SB_EOT at eot. */
#define SB_EOT	255u
static unsigned sb_skip (const unsigned char *s, size_t len, size_t *j,
                         size_t *n) {
  while (*j < len) {
    unsigned c = SBC(unitprops(s, len, *j, n));
    if (!(BIT(c) & S_IGN)) return c;
    *j += *n;
  }
  return SB_EOT;
}

/* SB8 look-ahead: is the first unit from j on that is OLetter, Upper,
   Lower, ParaSep or SATerm a Lower? */
static int sb_lower_ahead (const unsigned char *s, size_t len, size_t j) {
  while (j < len) {
    size_t n;
    unsigned c = SBC(unitprops(s, len, j, &n));
    if (BIT(c) & S_STOP8) return c == PLUK_SB_LOWER;
    j += n;
  }
  return 0;
}


/*
** End of the sentence starting at i (i < len).  Between terminators only
** paragraph separators and terminators matter, found by a byte scan; prev
** remembers the last class (Extend/Format skipped) for SB7.
*/
static inline size_t sb_next (const unsigned char *s, size_t len, size_t i) {
  size_t j = i, n;
  unsigned prev = PLUK_SB_OTHER, cls;
  for (;;) {
    /* plain text: scan to the next terminator or separator */
    for (;;) {
      size_t j0 = j;
      unsigned c;
      while (j < len && (c = s[j]) < 0x80 &&
             !(BIT(ASCII_SB(c)) & (S_PARA | S_TERM)))
        j++;
      if (j != j0) prev = ASCII_SB(s[j - 1]);
      if (j >= len) return len;
      cls = SBC(unitprops(s, len, j, &n));
      if (BIT(cls) & S_PARA) return sb_para_end(s, len, j, cls, n);  /* SB4 */
      if (BIT(cls) & S_TERM) break;
      if (!(BIT(cls) & S_IGN) || j == i) prev = cls;		/* SB5 */
      j += n;
    }
    /* at j a terminator of class cls: SATerm Close* Sp* ParaSep? */
    for (;;) {
      int aterm = (cls == PLUK_SB_ATERM);
      int cased = (BIT(prev) & (S(UPPER) | S(LOWER))) != 0;
      j += n;
      cls = sb_skip(s, len, &j, &n);
      if (cls == SB_EOT) return len;
      if (aterm && (cls == PLUK_SB_NUMERIC ||			/* SB6 */
                    (cased && cls == PLUK_SB_UPPER))) {		/* SB7 */
        prev = cls; j += n;
        break;
      }
      while (cls == PLUK_SB_CLOSE) {				/* SB9 */
        j += n;
        if ((cls = sb_skip(s, len, &j, &n)) == SB_EOT) return len;
      }
      while (cls == PLUK_SB_SP) {				/* SB10 */
        j += n;
        if ((cls = sb_skip(s, len, &j, &n)) == SB_EOT) return len;
      }
      if (BIT(cls) & S_PARA) return sb_para_end(s, len, j, cls, n);  /* SB11 */
      if (BIT(cls) & S_TERM) { prev = PLUK_SB_OTHER; continue; }	/* SB8a */
      if (cls == PLUK_SB_SCONTINUE) { prev = cls; j += n; break; }	/* SB8a */
      if (aterm && sb_lower_ahead(s, len, j)) {			/* SB8 */
        prev = PLUK_SB_OTHER;
        break;
      }
      return j;							/* SB11 */
    }
  }
}

/* }====================================================== */


/*
** {======================================================
** Bulk drivers
** =======================================================
*/

/* Record boundary e as the k-th segment end (when recording and there is
   room) and count it. */
#define EMIT(e) do { \
    if (record && k < cap) out[k] = (e); \
    k++; \
  } while (0)


/*
** Graphemes: between two ASCII bytes there is always a boundary except
** inside CR LF, so ASCII runs need no classification at all.  The CR LF
** test is a rarely taken branch, not arithmetic on loaded bytes, so the
** next address never waits for a load.
*/
static inline size_t gb_run (const unsigned char *s, size_t len, size_t *out,
                             size_t cap, int record) {
  size_t i = 0, k = 0;
  while (i < len) {
    while (i + 1 < len && (s[i] | s[i + 1]) < 0x80) {
      if (s[i] == '\r' && s[i + 1] == '\n') i += 2;
      else i++;
      EMIT(i);
    }
    if (i < len) {
      i = gb_next(s, len, i);
      EMIT(i);
    }
  }
  return k;
}


#if defined(__SSE2__) && defined(__GNUC__) && !defined(PLUK_NO_SIMD)
#include <emmintrin.h>
#define PLUK_SIMD	1
#define VBLOCK	16			/* boundary positions per block */

/*
** Word boundaries inside an all-ASCII stretch, 16 positions at a time.
** With only ASCII around a position p (bytes a b | d e, p between b and d)
** nothing is ignorable (WB4) and every rule is local, so p holds together
** exactly when
**   b, d both letters/digits/'_'                    WB5, WB8-WB10, WB13a/b
**   b, d both ' '                                   WB3d
**   b CR, d LF                                      WB3
**   b letter, d in : . ' and e letter (a letter, a) WB6 (WB7)
**   b digit, d in , ; . ' and e digit (a digit, a)  WB12 (WB11)
** These are the Word_Break values of ASCII in WordBreakProperty.txt (":" is
** MidLetter, "," ";" MidNum, "." MidNumLet, "'" Single_Quote, "_"
** ExtendNumLet); tests/unicode/conformance.c checks this path against the
** table-driven one on random text.  Returns the boundary bit mask for p =
** j+1..j+16 (bit 0 = j+1), or -1 when s[j-1..j+17] is not all ASCII.
** Needs 1 <= j and j + 18 <= len.
*/
static inline __m128i vin (__m128i x, int lo, int hi) {
  /* bytes in [lo, hi]; ASCII bytes are positive, so signed compares do */
  return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char)(lo - 1))),
                       _mm_cmplt_epi8(x, _mm_set1_epi8((char)(hi + 1))));
}
#define VEQ(x, c)	_mm_cmpeq_epi8((x), _mm_set1_epi8((char)(c)))
#define VOR(x, y)	_mm_or_si128((x), (y))
#define VAND(x, y)	_mm_and_si128((x), (y))
#define VLETTER(x)	vin(VOR((x), _mm_set1_epi8(0x20)), 'a', 'z')
#define VDIGIT(x)	vin((x), '0', '9')

static inline int wb_block (const unsigned char *s, size_t j) {
  __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + j - 1));
  __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
  __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(s + j + 1));
  __m128i e = _mm_loadu_si128((const __m128i *)(const void *)(s + j + 2));
  __m128i lb, ld, nb, nd, join, midl_b, midl_d, midn_b, midn_d, qt_b, qt_d;
  if (_mm_movemask_epi8(VOR(a, e)) != 0) return -1;
  lb = VLETTER(b); ld = VLETTER(d);
  nb = VDIGIT(b); nd = VDIGIT(d);
  join = VAND(VOR(VOR(lb, nb), VEQ(b, '_')), VOR(VOR(ld, nd), VEQ(d, '_')));
  join = VOR(join, VAND(VEQ(b, ' '), VEQ(d, ' ')));
  join = VOR(join, VAND(VEQ(b, '\r'), VEQ(d, '\n')));
  qt_b = VOR(VEQ(b, '.'), VEQ(b, '\''));		/* MidNumLetQ */
  qt_d = VOR(VEQ(d, '.'), VEQ(d, '\''));
  midl_b = VOR(qt_b, VEQ(b, ':'));
  midl_d = VOR(qt_d, VEQ(d, ':'));
  midn_b = VOR(qt_b, VOR(VEQ(b, ','), VEQ(b, ';')));
  midn_d = VOR(qt_d, VOR(VEQ(d, ','), VEQ(d, ';')));
  join = VOR(join, VAND(VAND(lb, midl_d), VLETTER(e)));		/* WB6 */
  join = VOR(join, VAND(VAND(VLETTER(a), midl_b), ld));		/* WB7 */
  join = VOR(join, VAND(VAND(nb, midn_d), VDIGIT(e)));		/* WB12 */
  join = VOR(join, VAND(VAND(VDIGIT(a), midn_b), nd));		/* WB11 */
  return ~_mm_movemask_epi8(join) & 0xFFFF;
}

static inline size_t popcount16 (unsigned m) {
  m = m - ((m >> 1) & 0x5555u);
  m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
  m = (m + (m >> 4)) & 0x0F0Fu;
  return (m + (m >> 8)) & 0x1Fu;
}
#endif


/*
** Words: where SIMD is available, all-ASCII stretches go 16 positions at a
** time; the state machine takes over at the last boundary found (a segment
** start, so it needs no context) and hands back after each segment.
*/
static inline size_t wb_run (const unsigned char *s, size_t len, size_t *out,
                             size_t cap, int record) {
  size_t i = 0, k = 0;
  while (i < len) {
#ifdef PLUK_SIMD
    if (i > 0 && i + VBLOCK + 2 <= len) {
      size_t j = i;
      int m;
      while (j + VBLOCK + 2 <= len && (m = wb_block(s, j)) >= 0) {
        if (m != 0) {
          unsigned u = (unsigned)m;
          if (record && k + VBLOCK <= cap) {
            /* store 8 candidates unconditionally (slots past the real count
               are overwritten later), so the loop has no per-bit branch */
            size_t *o = out + k, base = j + 1, c = popcount16(u), t;
            for (t = 0; t < 8; t++) {
              o[t] = base + (size_t)__builtin_ctz(u | 0x10000u);
              u &= u - 1;
            }
            for (; t < c; t++) {
              o[t] = base + (size_t)__builtin_ctz(u);
              u &= u - 1;
            }
            k += c;
          }
          else if (record) {
            while (u) { EMIT(j + 1 + (size_t)__builtin_ctz(u)); u &= u - 1; }
          }
          else k += popcount16(u);
          i = j + 1 + (size_t)(31 - __builtin_clz((unsigned)m));
        }
        j += VBLOCK;
      }
    }
#endif
    i = wb_next(s, len, i);
    EMIT(i);
  }
  return k;
}


static inline size_t sb_run (const unsigned char *s, size_t len, size_t *out,
                             size_t cap, int record) {
  size_t i = 0, k = 0;
  while (i < len) {
    i = sb_next(s, len, i);
    EMIT(i);
  }
  return k;
}

#undef EMIT


size_t pluk_next_break (int kind, const unsigned char *s, size_t len,
                        size_t pos) {
  if (pos >= len) return pos;
  switch (kind) {
    case PLUK_GRAPHEME: return gb_next(s, len, pos);
    case PLUK_WORD: return wb_next(s, len, pos);
    case PLUK_SENTENCE: return sb_next(s, len, pos);
    default: return pos;
  }
}


size_t pluk_count_segments (int kind, const unsigned char *s, size_t len) {
  switch (kind) {
    case PLUK_GRAPHEME: return gb_run(s, len, NULL, 0, 0);
    case PLUK_WORD: return wb_run(s, len, NULL, 0, 0);
    case PLUK_SENTENCE: return sb_run(s, len, NULL, 0, 0);
    default: return 0;
  }
}


size_t pluk_boundaries (int kind, const unsigned char *s, size_t len,
                        size_t *out, size_t cap) {
  switch (kind) {
    case PLUK_GRAPHEME: return gb_run(s, len, out, cap, 1);
    case PLUK_WORD: return wb_run(s, len, out, cap, 1);
    case PLUK_SENTENCE: return sb_run(s, len, out, cap, 1);
    default: return 0;
  }
}

/* }====================================================== */
