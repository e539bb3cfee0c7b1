/*
** segment_bench.c -- pluk's UAX #29 segmenters against ICU's BreakIterator.
**
**   sh tests/bench/make_corpus.sh          # /tmp/pluk_bench_{en,nl}.txt
**   gcc -O2 -Icore tests/bench/segment_bench.c core/segment.c \
**       -o /tmp/segment_bench $(pkg-config --cflags --libs icu-uc icu-i18n)
**   /tmp/segment_bench /tmp/pluk_bench_en.txt:en /tmp/pluk_bench_nl.txt:nl
**
** For each file (optionally suffixed with :LOCALE for ICU) and each kind it
** times pluk_count_segments (best of REPEAT runs) and ICU over the same
** UTF-8 bytes (utext_openUTF8 + ubrk_next, best of ICU_REPEAT runs), prints
** MB/s (10^6 bytes per CPU second) and the pluk/ICU ratio, then walks both
** boundary streams side by side and reports how many positions differ and
** which character pairs they fall between (ICU 72 tailors the default rules
** in a few places; pluk follows UAX #29).
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "segment.h"

#define REPEAT		5	/* pluk runs per measurement (best kept) */
#define ICU_REPEAT	2	/* ICU runs per measurement (best kept) */
#define MAXPAIRS	4096	/* distinct (before, after, side) pairs tracked */
#define SHOWPAIRS	8	/* most frequent pairs shown per kind */
#define SHOWSTATUS	5	/* word-like disagreements shown */

static const char *const kindname[3] = { "graphemes", "words", "sentences" };
static const UBreakIteratorType icutype[3] = {
  UBRK_CHARACTER, UBRK_WORD, UBRK_SENTENCE
};


/* CPU time of this (single-threaded) process: a busy machine stretches
   wall time, not this. */
static double now (void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}


static unsigned char *readfile (const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  unsigned char *buf;
  long size;
  if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0) {
    perror(path);
    exit(2);
  }
  rewind(f);
  buf = malloc((size_t)size + 1);
  if (buf == NULL || fread(buf, 1, (size_t)size, f) != (size_t)size) {
    perror(path);
    exit(2);
  }
  fclose(f);
  *len = (size_t)size;
  return buf;
}


static UBreakIterator *icu_open (int kind, const char *locale,
                                 const unsigned char *s, size_t len,
                                 UText **ut) {
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *bi;
  *ut = utext_openUTF8(NULL, (const char *)s, (int64_t)len, &st);
  bi = ubrk_open(icutype[kind], locale, NULL, 0, &st);
  ubrk_setUText(bi, *ut, &st);
  if (U_FAILURE(st)) {
    fprintf(stderr, "ICU: %s\n", u_errorName(st));
    exit(2);
  }
  return bi;
}


static size_t icu_count (UBreakIterator *bi) {
  size_t n = 0;
  ubrk_first(bi);
  while (ubrk_next(bi) != UBRK_DONE) n++;
  return n;
}


/* Code point ending just before offset i (for reporting only). */
static long cp_before (const unsigned char *s, size_t i) {
  size_t k = i, n;
  int32_t cp;
  if (i == 0) return -2;
  while (k > 0 && i - k < PLUK_UTF8_MAX && (s[k - 1] & 0xC0) == 0x80) k--;
  if (k > 0) k--;
  n = pluk_utf8_unit(s, i, k, &cp);
  return (k + n == i) ? cp : -1;
}

static long cp_at (const unsigned char *s, size_t len, size_t i) {
  int32_t cp;
  if (i >= len) return -2;
  pluk_utf8_unit(s, len, i, &cp);
  return cp;
}


struct pair { long before, after; int side; size_t count, first; };

static void note_pair (struct pair *pairs, size_t *npairs,
                       const unsigned char *s, size_t len, size_t pos,
                       int side) {
  long b = cp_before(s, pos), a = cp_at(s, len, pos);
  size_t k;
  for (k = 0; k < *npairs; k++)
    if (pairs[k].before == b && pairs[k].after == a && pairs[k].side == side) {
      pairs[k].count++;
      return;
    }
  if (*npairs < MAXPAIRS) {
    pairs[*npairs].before = b; pairs[*npairs].after = a;
    pairs[*npairs].side = side; pairs[*npairs].count = 1;
    pairs[*npairs].first = pos;
    (*npairs)++;
  }
}

static int bycount (const void *x, const void *y) {
  const struct pair *a = x, *b = y;
  if (a->count != b->count) return a->count < b->count ? 1 : -1;
  return a->first < b->first ? -1 : a->first > b->first;
}

static void show_cp (long cp) {
  if (cp == -2) printf("sot/eot");
  else if (cp < 0) printf("invalid");
  else if (cp >= 0x21 && cp < 0x7F) printf("'%c'", (int)cp);
  else printf("U+%04lX", (unsigned long)cp);
}

static void show_context (const unsigned char *s, size_t len, size_t pos) {
  size_t a = pos > 24 ? pos - 24 : 0, b = pos + 24 < len ? pos + 24 : len, i;
  while (a > 0 && (s[a] & 0xC0) == 0x80) a--;
  while (b < len && (s[b] & 0xC0) == 0x80) b++;
  printf("      \"");
  for (i = a; i < b; i++) {
    if (i == pos) printf("|");
    if (s[i] == '\n') printf("\\n");
    else if (s[i] == '\r') printf("\\r");
    else putchar(s[i]);
  }
  printf("\"\n");
}


/*
** Walk pluk's and ICU's boundaries together; count positions found by only
** one of them and group them by the code points around them.
*/
static void compare (int kind, const char *locale, const unsigned char *s,
                     size_t len) {
  static struct pair pairs[MAXPAIRS];
  size_t npairs = 0, only_pluk = 0, only_icu = 0, nsegs = 0, k, p = 0;
  size_t ps = 0, qs = 0, words = 0, status_diff = 0;
  UText *ut;
  UBreakIterator *bi = icu_open(kind, locale, s, len, &ut);
  int32_t q;
  ubrk_first(bi);
  q = ubrk_next(bi);
  p = len ? pluk_next_break(kind, s, len, 0) : 0;
  while (p != 0 || q != UBRK_DONE) {
    size_t qq = (q == UBRK_DONE) ? (size_t)-1 : (size_t)q;
    size_t pp = (p == 0) ? (size_t)-1 : p;
    if (pp <= qq && p != 0) nsegs++;
    if (pp == qq) {
      if (kind == PLUK_WORD && ps == qs) {	/* same segment: same status? */
        int wl = pluk_word_is_wordlike(s + ps, pp - ps);
        if (wl != (ubrk_getRuleStatus(bi) != UBRK_WORD_NONE)) {
          if (status_diff < SHOWSTATUS) {
            printf("    word-like: pluk %d, ICU status %d for \"%.*s\"\n", wl,
                   ubrk_getRuleStatus(bi), (int)(pp - ps), (const char *)s + ps);
          }
          status_diff++;
        }
        words++;
      }
      ps = qs = pp;
      p = (p < len) ? pluk_next_break(kind, s, len, p) : 0;
      q = ubrk_next(bi);
    }
    else if (pp < qq) {
      only_pluk++;
      note_pair(pairs, &npairs, s, len, pp, 0);
      ps = pp;
      p = (p < len) ? pluk_next_break(kind, s, len, p) : 0;
    }
    else {
      only_icu++;
      note_pair(pairs, &npairs, s, len, qq, 1);
      qs = qq;
      q = ubrk_next(bi);
    }
  }
  if (kind == PLUK_WORD)
    printf("  words     word-like (pluk_word_is_wordlike vs ICU rule status "
           "!= NONE) differs on %zu of %zu common segments\n", status_diff,
           words);
  ubrk_close(bi);
  utext_close(ut);
  printf("  %-9s differing positions: %zu (pluk only %zu, ICU only %zu)%s\n",
         kindname[kind], only_pluk + only_icu, only_pluk, only_icu,
         nsegs == pluk_count_segments(kind, s, len) ? "" :
         "  ** pluk_count_segments disagrees with pluk_next_break **");
  qsort(pairs, npairs, sizeof pairs[0], bycount);
  for (k = 0; k < npairs && k < SHOWPAIRS; k++) {
    printf("    %7zu x %s breaks between ", pairs[k].count,
           pairs[k].side ? "only ICU" : "only pluk");
    show_cp(pairs[k].before);
    printf(" and ");
    show_cp(pairs[k].after);
    printf(", e.g. at %zu:\n", pairs[k].first);
    show_context(s, len, pairs[k].first);
  }
  if (npairs > SHOWPAIRS) printf("    (%zu more kinds)\n", npairs - SHOWPAIRS);
}


static void bench_file (const char *arg) {
  char path[4096];
  const char *locale = "en";
  char *colon;
  unsigned char *s;
  size_t len;
  int kind;
  double mb;
  snprintf(path, sizeof path, "%s", arg);
  if ((colon = strrchr(path, ':')) != NULL) { *colon = '\0'; locale = colon + 1; }
  s = readfile(path, &len);
  mb = (double)len / 1e6;
  printf("%s: %.1f MB, ICU locale \"%s\", valid UTF-8: %s\n", path, mb,
         locale, pluk_utf8_valid(s, len, NULL) ? "yes" : "no");
  printf("  %-9s %12s %12s %9s %9s %7s\n", "kind", "pluk count", "ICU count",
         "pluk MB/s", "ICU MB/s", "ratio");
  for (kind = 0; kind < 3; kind++) {
    double best = 1e30, ibest = 1e30, t;
    size_t n = 0, in = 0;
    int r;
    UText *ut;
    UBreakIterator *bi;
    for (r = 0; r < REPEAT; r++) {
      t = now();
      n = pluk_count_segments(kind, s, len);
      t = now() - t;
      if (t < best) best = t;
    }
    bi = icu_open(kind, locale, s, len, &ut);
    for (r = 0; r < ICU_REPEAT; r++) {
      t = now();
      in = icu_count(bi);
      t = now() - t;
      if (t < ibest) ibest = t;
    }
    ubrk_close(bi);
    utext_close(ut);
    printf("  %-9s %12zu %12zu %9.0f %9.0f %6.1fx\n", kindname[kind], n, in,
           mb / best, mb / ibest, ibest / best);
    fflush(stdout);
  }
  for (kind = 0; kind < 3; kind++) compare(kind, locale, s, len);
  free(s);
}


int main (int argc, char **argv) {
  int i;
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE[:LOCALE]...\n", argv[0]);
    return 2;
  }
  for (i = 1; i < argc; i++) bench_file(argv[i]);
  return 0;
}
