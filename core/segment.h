/*
** segment.h -- UTF-8 decoding and UAX #29 text segmentation (Unicode 15.0).
**
** Grapheme clusters, words and sentences exactly as in UAX #29 revision 41
** (Unicode 15.0), default rules, no tailoring, no dictionaries.  All offsets
** are byte offsets into the UTF-8 text; ends are exclusive.  Invalid UTF-8 is
** never rejected: each maximal subpart of an ill-formed sequence is one unit
** that behaves like U+FFFD, so segments always tile the input exactly.
** No function reads s[len] or beyond, allocates, or keeps state: all are
** safe to call from any number of threads at once.
*/
#ifndef pluk_segment_h
#define pluk_segment_h

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { PLUK_GRAPHEME = 0, PLUK_WORD = 1, PLUK_SENTENCE = 2 };

/* Grapheme_Cluster_Break values (UAX #29 table 2 order). */
enum {
  PLUK_GB_OTHER, PLUK_GB_CR, PLUK_GB_LF, PLUK_GB_CONTROL, PLUK_GB_EXTEND,
  PLUK_GB_ZWJ, PLUK_GB_REGIONAL_INDICATOR, PLUK_GB_PREPEND,
  PLUK_GB_SPACINGMARK, PLUK_GB_L, PLUK_GB_V, PLUK_GB_T, PLUK_GB_LV,
  PLUK_GB_LVT
};

/* Word_Break values (UAX #29 table 3 order). */
enum {
  PLUK_WB_OTHER, PLUK_WB_CR, PLUK_WB_LF, PLUK_WB_NEWLINE, PLUK_WB_EXTEND,
  PLUK_WB_ZWJ, PLUK_WB_REGIONAL_INDICATOR, PLUK_WB_FORMAT, PLUK_WB_KATAKANA,
  PLUK_WB_HEBREW_LETTER, PLUK_WB_ALETTER, PLUK_WB_SINGLE_QUOTE,
  PLUK_WB_DOUBLE_QUOTE, PLUK_WB_MIDNUMLET, PLUK_WB_MIDLETTER, PLUK_WB_MIDNUM,
  PLUK_WB_NUMERIC, PLUK_WB_EXTENDNUMLET, PLUK_WB_WSEGSPACE
};

/* Sentence_Break values (UAX #29 table 4 order). */
enum {
  PLUK_SB_OTHER, PLUK_SB_CR, PLUK_SB_LF, PLUK_SB_EXTEND, PLUK_SB_SEP,
  PLUK_SB_FORMAT, PLUK_SB_SP, PLUK_SB_LOWER, PLUK_SB_UPPER, PLUK_SB_OLETTER,
  PLUK_SB_NUMERIC, PLUK_SB_ATERM, PLUK_SB_SCONTINUE, PLUK_SB_STERM,
  PLUK_SB_CLOSE
};

/* Layout of a packed property entry (see core/unicode_gen.lua): one 16-bit
   value holds the three break properties and two flags, so that one table
   lookup serves every segmenter. */
#define PLUK_GB_SHIFT	0
#define PLUK_WB_SHIFT	4
#define PLUK_SB_SHIFT	9
#define PLUK_F_EXTPICT	(1u << 13)	/* Extended_Pictographic */
#define PLUK_F_WORDLIKE	(1u << 14)	/* letter, Nd/Nl number, or WB letter/number */
#define PLUK_PACK(gb, wb, sb, f) \
  ((uint16_t)(((unsigned)(gb) << PLUK_GB_SHIFT) | \
              ((unsigned)(wb) << PLUK_WB_SHIFT) | \
              ((unsigned)(sb) << PLUK_SB_SHIFT) | (unsigned)(f)))
#define PLUK_GB_OF(p)	(((p) >> PLUK_GB_SHIFT) & 15u)
#define PLUK_WB_OF(p)	(((p) >> PLUK_WB_SHIFT) & 31u)
#define PLUK_SB_OF(p)	(((p) >> PLUK_SB_SHIFT) & 15u)

/* Longest UTF-8 sequence. */
#define PLUK_UTF8_MAX	4

/* Decode the unit at s[pos] (pos < len): returns its byte length (>=1) and
   sets *cp to the code point, or to -1 when the bytes are an invalid
   sequence; an invalid sequence is its maximal subpart (Unicode ch. 3 /
   WHATWG practice), so units tile the input.  Never reads s[len] or beyond. */
size_t pluk_utf8_unit(const unsigned char *s, size_t len, size_t pos,
                      int32_t *cp);

/* 1 if s[0,len) is valid UTF-8, else 0 and *bad = byte offset of the first
   invalid sequence (bad may be NULL). */
int pluk_utf8_valid(const unsigned char *s, size_t len, size_t *bad);

/* pos must be a segment start (0 <= pos < len); returns the end (exclusive)
   of the segment of the given kind starting at pos, in (pos, len].  Text
   before pos is not consulted (pos acts as sot).  Returns pos if pos >= len
   or kind is unknown. */
size_t pluk_next_break(int kind, const unsigned char *s, size_t len,
                       size_t pos);

/* Number of segments of [0,len) of that kind (0 for len == 0). */
size_t pluk_count_segments(int kind, const unsigned char *s, size_t len);

/* Writes segment end offsets (exclusive) into out[0..cap) and returns how
   many segments there are in total (may be > cap; then only cap were
   written).  Fast path for bulk use; out may be NULL when cap == 0. */
size_t pluk_boundaries(int kind, const unsigned char *s, size_t len,
                       size_t *out, size_t cap);

/* 1 if the word segment s[0,len) is "word-like": holds a letter, number,
   ideograph, kana or Hangul (ICU's non-"none" rule status), i.e. is not only
   spaces/punctuation/symbols.  Letters are General_Category L*, numbers Nd
   and Nl, plus anything whose Word_Break is ALetter, Hebrew_Letter, Numeric
   or Katakana. */
int pluk_word_is_wordlike(const unsigned char *s, size_t len);

/* Property lookups (values are the enums above).  Out-of-range cp (< 0 or
   > 0x10FFFF) gets the properties of U+FFFD. */
int pluk_gb_property(int32_t cp);
int pluk_wb_property(int32_t cp);
int pluk_sb_property(int32_t cp);
int pluk_is_extended_pictographic(int32_t cp);

/* The packed entry (PLUK_PACK layout) of cp; U+FFFD's for out-of-range cp. */
unsigned pluk_ucd_entry(int32_t cp);

#ifdef __cplusplus
}
#endif

#endif
