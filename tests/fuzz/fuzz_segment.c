/*
** fuzz_segment: UTF-8 decoding and the three UAX #29 segmenters
** (core/segment.c) on arbitrary bytes. Checks:
**   - pluk_utf8_unit agrees with the reference decoder (fuzz.h, from
**     Unicode table 3-7) at every unit start: length and code point;
**   - pluk_utf8_valid agrees, and *bad is the first invalid unit;
**   - for each segmenter, repeated pluk_next_break tiles the input: every
**     break is in (pos, len] and falls on a unit start;
**   - "pos acts as sot": the break after pos is the same when the text
**     before pos is cut off;
**   - pluk_count_segments == the number of breaks, and pluk_boundaries
**     writes exactly those breaks (also with a small buffer, when it
**     still returns the full count and writes only `cap`);
**   - pluk_word_is_wordlike runs on every word segment.
** The input is copied into a buffer of exactly its size, so AddressSanitizer
** sees any read at s[len] or beyond (the SSE2 fast paths included).
*/
#include "fuzz.h"
#include "segment.h"

static const char *const KIND[] = { "grapheme", "word", "sentence" };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t len) {
  unsigned char *s = (unsigned char *)malloc(len ? len : 1);
  unsigned char *starts = (unsigned char *)calloc(len + 1, 1);
  size_t *ends = (size_t *)malloc((len + 1) * sizeof(size_t));
  size_t *bulk = (size_t *)malloc((len + 1) * sizeof(size_t));
  CHECK(s && starts && ends && bulk, "out of memory");
  memcpy(s, data, len);

  /* units: the reference tiling, and agreement with pluk_utf8_unit */
  size_t i = 0, first_bad = (size_t)-1;
  while (i < len) {
    int32_t cp_ref, cp;
    size_t n_ref = ref_unit(s, len, i, &cp_ref);
    size_t n = pluk_utf8_unit(s, len, i, &cp);
    CHECK(n == n_ref && cp == cp_ref,
          "pluk_utf8_unit at %zu: length %zu cp %d, want %zu cp %d",
          i, n, (int)cp, n_ref, (int)cp_ref);
    if (cp < 0 && first_bad == (size_t)-1) first_bad = i;
    starts[i] = 1;
    i += n;
  }
  starts[len] = 1;
  {
    int32_t cp;
    CHECK(pluk_utf8_unit(s, len, len, &cp) == 0 && cp == -1,
          "pluk_utf8_unit at len must return 0 and cp -1");
  }
  size_t bad = 12345;
  int valid = pluk_utf8_valid(s, len, &bad);
  CHECK(valid == (first_bad == (size_t)-1), "pluk_utf8_valid says %d", valid);
  if (!valid) CHECK(bad == first_bad, "bad = %zu, want %zu", bad, first_bad);

  for (int kind = 0; kind < 3; kind++) {
    size_t count = 0, pos = 0;
    while (pos < len) {
      size_t e = pluk_next_break(kind, s, len, pos);
      CHECK(e > pos && e <= len, "%s break %zu after %zu (len %zu)",
            KIND[kind], e, pos, len);
      CHECK(starts[e], "%s break %zu inside a UTF-8 unit", KIND[kind], e);
      /* nothing before pos is consulted */
      size_t e2 = pos + pluk_next_break(kind, s + pos, len - pos, 0);
      CHECK(e2 == e, "%s break after %zu: %zu, but %zu with the text "
            "before cut off", KIND[kind], pos, e, e2);
      if (kind == PLUK_WORD) (void)pluk_word_is_wordlike(s + pos, e - pos);
      ends[count++] = e;
      pos = e;
    }
    CHECK(pluk_next_break(kind, s, len, len) == len, "break at len");
    size_t c = pluk_count_segments(kind, s, len);
    CHECK(c == count, "%s count %zu, want %zu", KIND[kind], c, count);
    size_t nb = pluk_boundaries(kind, s, len, bulk, len + 1);
    CHECK(nb == count, "%s boundaries %zu, want %zu", KIND[kind], nb, count);
    for (size_t k = 0; k < count; k++)
      CHECK(bulk[k] == ends[k], "%s boundary %zu is %zu, want %zu",
            KIND[kind], k, bulk[k], ends[k]);
    /* a buffer too small: the full count, only cap written */
    if (count > 1) {
      size_t cap = count / 2;
      size_t *small = (size_t *)malloc(cap * sizeof(size_t));
      CHECK(small != NULL, "out of memory");
      nb = pluk_boundaries(kind, s, len, small, cap);
      CHECK(nb == count, "%s boundaries with cap %zu: %zu, want %zu",
            KIND[kind], cap, nb, count);
      for (size_t k = 0; k < cap; k++)
        CHECK(small[k] == ends[k], "%s boundary %zu (cap %zu) is %zu, "
              "want %zu", KIND[kind], k, cap, small[k], ends[k]);
      free(small);
    }
    CHECK(pluk_boundaries(kind, s, len, NULL, 0) == count,
          "%s boundaries with no buffer", KIND[kind]);
  }
  CHECK(pluk_next_break(7, s, len, 0) == 0, "unknown kind");
  free(s);
  free(starts);
  free(ends);
  free(bulk);
  return 0;
}
