/*
** conformance.c -- check core/segment.c against the official UAX #29 tests.
**
**   cc -O2 -Icore tests/unicode/conformance.c core/segment.c -o conformance
**   ./conformance [UCD dir, default /usr/share/unicode]
**
** Runs every case of auxiliary/{Grapheme,Word,Sentence}BreakTest.txt plus a
** few hand cases of invalid UTF-8, prints one line per failure and, as the
** last line, "unicode-conformance: N passed, M failed"; exit 0 iff M == 0.
** Each case text is copied into a buffer of exactly its length, so that a
** run under valgrind or -fsanitize=address catches any read past len.
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"

#define MAXLINE	4096
#define MAXCPS	256			/* code points in one test case */
#define MAXBYTES	(MAXCPS * PLUK_UTF8_MAX)

static const char *const kindname[3] = { "grapheme", "word", "sentence" };
static long passed, failed;


static size_t encode (unsigned char *p, unsigned long cp) {
  if (cp < 0x80) { p[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    p[0] = (unsigned char)(0xC0 | (cp >> 6));
    p[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    p[0] = (unsigned char)(0xE0 | (cp >> 12));
    p[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    p[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  p[0] = (unsigned char)(0xF0 | (cp >> 18));
  p[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  p[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  p[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}


static void printlist (const char *label, const size_t *v, size_t n) {
  size_t i;
  printf(" %s [", label);
  for (i = 0; i < n; i++) printf(i ? " %zu" : "%zu", v[i]);
  printf("]");
}


/*
** Segment text[0,len) of the given kind three ways (pluk_boundaries,
** chained pluk_next_break, pluk_count_segments) and compare each with the
** expected ends.  Returns 1 when all agree; otherwise prints the failure.
*/
static int check (int kind, const char *where, const unsigned char *text,
                  size_t len, const size_t *want, size_t nwant) {
  size_t got[MAXBYTES + 1], chained[MAXBYTES + 1];
  size_t ngot, nchain = 0, ncount, i, pos = 0;
  unsigned char *buf = malloc(len ? len : 1);
  int ok;
  if (buf == NULL) { perror("malloc"); exit(2); }
  memcpy(buf, text, len);
  ngot = pluk_boundaries(kind, buf, len, got, MAXBYTES + 1);
  while (pos < len && nchain <= MAXBYTES) {
    size_t e = pluk_next_break(kind, buf, len, pos);
    chained[nchain++] = e;
    if (e <= pos) break;		/* would loop */
    pos = e;
  }
  ncount = pluk_count_segments(kind, buf, len);
  free(buf);
  ok = (ngot == nwant && nchain == nwant && ncount == nwant);
  for (i = 0; ok && i < nwant; i++)
    ok = (got[i] == want[i] && chained[i] == want[i]);
  if (!ok) {
    printf("FAIL %s %s:", kindname[kind], where);
    printlist("expected", want, nwant);
    printlist("got", got, ngot < MAXBYTES ? ngot : MAXBYTES);
    if (nchain != ngot || ncount != ngot) {
      printlist("chained", chained, nchain);
      printf(" count %zu", ncount);
    }
    printf("\n");
  }
  return ok;
}


/* Parse one test line "÷ 0020 × 0308 ÷ # ..." into text and boundary ends;
   returns 0 for comment or blank lines. */
static int parse (const char *line, unsigned char *text, size_t *len,
                  size_t *ends, size_t *nends) {
  const unsigned char *p = (const unsigned char *)line;
  int any = 0;
  *len = 0; *nends = 0;
  while (*p && *p != '#') {
    if (p[0] == 0xC3 && p[1] == 0xB7) {		/* ÷ */
      if (*len > 0) ends[(*nends)++] = *len;
      p += 2;
    }
    else if (p[0] == 0xC3 && p[1] == 0x97) p += 2;	/* × */
    else if ((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'F')) {
      char *end;
      unsigned long cp = strtoul((const char *)p, &end, 16);
      if (*len + PLUK_UTF8_MAX > MAXBYTES) return 0;
      *len += encode(text + *len, cp);
      p = (const unsigned char *)end;
      any = 1;
    }
    else p++;
  }
  return any;
}


static void run_file (const char *dir, const char *file, int kind) {
  char path[1024], line[MAXLINE];
  unsigned char text[MAXBYTES];
  size_t ends[MAXBYTES], len, nends;
  long lineno = 0, cases = 0;
  FILE *f;
  snprintf(path, sizeof path, "%s/auxiliary/%s", dir, file);
  f = fopen(path, "r");
  if (f == NULL) {
    printf("FAIL %s: cannot open %s\n", kindname[kind], path);
    failed++;
    return;
  }
  while (fgets(line, sizeof line, f)) {
    char where[64];
    lineno++;
    if (!parse(line, text, &len, ends, &nends)) continue;
    cases++;
    snprintf(where, sizeof where, "line %ld", lineno);
    if (check(kind, where, text, len, ends, nends)) passed++;
    else failed++;
  }
  fclose(f);
  if (cases == 0) {
    printf("FAIL %s: no cases in %s\n", kindname[kind], path);
    failed++;
  }
}


/*
** Invalid UTF-8.  Each case gives the bytes, the expected unit lengths
** (maximal subparts), the offset of the first invalid unit (-1 if valid) and
** the expected segment ends of each kind.  An invalid unit is U+FFFD:
** Other for graphemes and words, Other (not a terminator) for sentences.
*/
#define MAXH	16
struct handcase {
  const char *name;
  const char *bytes;
  size_t len;
  size_t units[MAXH];		/* unit lengths, 0-terminated */
  long bad;
  size_t ends[3][MAXH];		/* per kind, 0-terminated */
};

static const struct handcase hand[] = {
  { "overlong C0 AF", "a\xC0\xAF" "b", 4, {1, 1, 1, 1}, 1,
    { {1, 2, 3, 4}, {1, 2, 3, 4}, {4} } },
  { "overlong E0 80 AF", "x\xE0\x80\xAF", 4, {1, 1, 1, 1}, 1,
    { {1, 2, 3, 4}, {1, 2, 3, 4}, {4} } },
  { "surrogate ED A0 80", "\xED\xA0\x80z", 4, {1, 1, 1, 1}, 0,
    { {1, 2, 3, 4}, {1, 2, 3, 4}, {4} } },
  { "truncated F0 9F 98 at end", "ab\xF0\x9F\x98", 5, {1, 1, 3}, 2,
    { {1, 2, 5}, {2, 5}, {5} } },
  { "truncated F0 9F 98 before ASCII", "\xF0\x9F\x98" "A", 4, {3, 1}, 0,
    { {3, 4}, {3, 4}, {4} } },
  { "truncated E2 82 before ASCII", "\xE2\x82x. Y", 6, {2, 1, 1, 1, 1}, 0,
    { {2, 3, 4, 5, 6}, {2, 3, 4, 5, 6}, {5, 6} } },
  { "stray 80", "a\x80" "b", 3, {1, 1, 1}, 1,
    { {1, 2, 3}, {1, 2, 3}, {3} } },
  { "F5..FF", "\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF", 11,
    {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 0,
    { {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
      {11} } },
  { "above U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80", 4, {1, 1, 1, 1}, 0,
    { {1, 2, 3, 4}, {1, 2, 3, 4}, {4} } },
  { "invalid + combining acute", "\xC0\xCC\x81" "a", 4, {1, 2, 1}, 0,
    { {3, 4}, {3, 4}, {4} } },
  { "invalid between letters and terminator", "Ab\xFF. c", 6,
    {1, 1, 1, 1, 1, 1}, 2,
    { {1, 2, 3, 4, 5, 6}, {2, 3, 4, 5, 6}, {6} } },
  { "valid 4-byte emoji + ZWJ sequence", "\xF0\x9F\x91\xA9\xE2\x80\x8D"
    "\xF0\x9F\x94\xAC", 11, {4, 3, 4}, -1,
    { {11}, {11}, {11} } },
};


static void run_hand (void) {
  size_t c;
  for (c = 0; c < sizeof hand / sizeof hand[0]; c++) {
    const struct handcase *h = &hand[c];
    const unsigned char *s = (const unsigned char *)h->bytes;
    size_t pos = 0, u = 0, bad = (size_t)-1, firstbad = (size_t)-1, n;
    int ok = 1, kind, valid;
    char where[128];
    /* units tile the input with the expected lengths */
    while (pos < h->len) {
      int32_t cp;
      n = pluk_utf8_unit(s, h->len, pos, &cp);
      if (u >= MAXH || n != h->units[u]) {
        printf("FAIL utf8 %s: unit %zu at %zu has length %zu, expected %zu\n",
               h->name, u, pos, n, u < MAXH ? h->units[u] : 0);
        ok = 0;
        break;
      }
      if (cp >= 0) {		/* a valid unit re-encodes to its bytes */
        unsigned char e[PLUK_UTF8_MAX];
        if (encode(e, (unsigned long)cp) != n || memcmp(e, s + pos, n) != 0) {
          printf("FAIL utf8 %s: unit at %zu decodes to U+%04lX\n", h->name,
                 pos, (unsigned long)cp);
          ok = 0;
        }
      }
      else if (firstbad == (size_t)-1) firstbad = pos;
      pos += n; u++;
    }
    if (ok && (u >= MAXH ? 0 : h->units[u]) != 0) {
      printf("FAIL utf8 %s: %zu units, expected more\n", h->name, u);
      ok = 0;
    }
    if (firstbad != (h->bad < 0 ? (size_t)-1 : (size_t)h->bad)) {
      printf("FAIL utf8 %s: first invalid unit at %ld, expected %ld\n",
             h->name, (long)firstbad, h->bad);
      ok = 0;
    }
    valid = pluk_utf8_valid(s, h->len, &bad);
    if (valid != (h->bad < 0) || (!valid && bad != (size_t)h->bad)) {
      printf("FAIL utf8 %s: valid %d bad %zu, expected bad %ld\n",
             h->name, valid, valid ? 0 : bad, h->bad);
      ok = 0;
    }
    for (kind = 0; kind < 3; kind++) {
      size_t nends = 0;
      while (nends < MAXH && h->ends[kind][nends]) nends++;
      snprintf(where, sizeof where, "invalid-utf8 \"%s\"", h->name);
      if (!check(kind, where, s, h->len, h->ends[kind], nends)) ok = 0;
    }
    if (ok) passed++;
    else failed++;
  }
}


/*
** Bulk versus incremental.  pluk_count_segments and pluk_boundaries take
** shortcuts (e.g. SIMD over all-ASCII stretches) that pluk_next_break does
** not; on random texts mixing every ASCII byte with assorted non-ASCII
** units, both must give the same segments.  One case per kind.
*/
#define RANDTEXTS	3000
#define RANDMAX	400		/* bytes per random text, at most */

static uint32_t rng = 2463534242u;
static uint32_t xorshift (void) {
  rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
  return rng;
}

static size_t random_text (unsigned char *t) {
  static const char *const pieces[] = {
    "a", "Z", "q", "7", "0", "_", " ", " ", ".", ",", ":", ";", "'", "\"",
    "\r\n", "\n", "\r", "!", "?", ")", "(", "\t",
    "\xC3\xA9", "\xCC\x81", "\xE2\x80\x8D", "\xC2\xA0", "\xE3\x80\x80",
    "\xD7\x90", "\xE3\x82\xA2", "\xF0\x9F\x87\xB3", "\xF0\x9F\x98\x80",
    "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\xA8", "\xC2\x85", "\xE3\x80\x82",
    "\xE0\xA4\x95", "\xE0\xA5\x8D", "\xE1\x84\x80", "\xEA\xB0\x80", "\xEF\xBB\xBF",
    "\xFF", "\x80", "\xE2\x82", "\xF0\x9F\x98", "\xED\xA0\x80"
  };
  size_t npieces = sizeof pieces / sizeof pieces[0];
  size_t want = xorshift() % RANDMAX, len = 0;
  /* most texts are plain ASCII with rare other units, so that the long
     all-ASCII stretches the fast paths look for do occur */
  uint32_t rate = xorshift() % 4 == 0 ? 2 : 40;
  while (len < want) {
    uint32_t r = xorshift();
    if (r % rate != 0) {
      unsigned c = (r >> 8) % 160;		/* any ASCII byte, letters often */
      t[len++] = (unsigned char)(c < 128 ? c : (unsigned)"etaoin  ..'',:19_"[c % 17]);
    }
    else {
      const char *p = pieces[(r >> 8) % npieces];
      size_t n = strlen(p);
      if (len + n > RANDMAX) break;
      memcpy(t + len, p, n);
      len += n;
    }
  }
  return len;
}

static void run_random (void) {
  static unsigned char text[RANDMAX];
  int kind;
  for (kind = 0; kind < 3; kind++) {
    int c, ok = 1;
    rng = 2463534242u;
    for (c = 0; c < RANDTEXTS && ok; c++) {
      size_t len = random_text(text), want[RANDMAX], n = 0, pos = 0;
      char where[64];
      while (pos < len) want[n++] = pos = pluk_next_break(kind, text, len, pos);
      snprintf(where, sizeof where, "random text %d (bulk vs incremental)", c);
      ok = check(kind, where, text, len, want, n);
    }
    if (ok) passed++;
    else failed++;
  }
}


int main (int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/usr/share/unicode";
  run_file(dir, "GraphemeBreakTest.txt", PLUK_GRAPHEME);
  run_file(dir, "WordBreakTest.txt", PLUK_WORD);
  run_file(dir, "SentenceBreakTest.txt", PLUK_SENTENCE);
  run_hand();
  run_random();
  printf("unicode-conformance: %ld passed, %ld failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
