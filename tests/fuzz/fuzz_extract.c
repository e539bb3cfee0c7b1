/*
** fuzz_extract: extraction through the embedding API (pluk_new /
** pluk_extract, core/pluk.h) on arbitrary bytes, with the default rules
** that exist in the tree (rules/quotes.lua, attributions.lua,
** figures.lua), the test rule tests/bad-input/fixtures/spans.lua (records
** covering the whole article) and the fixture rule capitals.lua.
**   PLUK_FUZZ_RULES=a,b   other rules (names or paths)
**   PLUK_FUZZ_LANG=nl     a fixed language (default: detected per input,
**                         so undetectable input runs every language)
**   PLUK_FUZZ_ALLOW_RULE_ERRORS=1   a rule raising an error is not a
**                         finding (by default it is: a rule must not fail
**                         on any input)
** Checks, per record: 0 <= start <= end <= len; records in text order;
** `text` is the bytes [start,end) (up to a NUL byte: the C API hands out
** a NUL-terminated copy); `json` is one strict JSON object, valid UTF-8,
** whose start/end are the record's and whose "text" is those bytes with
** each invalid UTF-8 subpart as U+FFFD; every field value is valid JSON.
*/
#define PLUK_FUZZ_LUA 1
#include <unistd.h>
#include "fuzz.h"

static pluk *P;
static const unsigned char *cur;
static size_t curlen, last_start;
static jbuf text;

static int on_record (const pluk_record *r, void *ud) {
  (void)ud;
  CHECK(r->start <= r->end && r->end <= curlen,
        "record %s span [%zu,%zu) outside the text (%zu bytes)", r->type,
        r->start, r->end, curlen);
  CHECK(r->start >= last_start, "records out of text order: %zu after %zu",
        r->start, last_start);
  last_start = r->start;
  CHECK(r->type != NULL && r->type[0] != '\0', "record without a type");
  size_t n = r->end - r->start;
  const unsigned char *slice = cur + r->start;
  const unsigned char *nul = (const unsigned char *)memchr(slice, 0, n);
  size_t want = nul ? (size_t)(nul - slice) : n;
  CHECK(strnlen(r->text, n + 1) == want && memcmp(r->text, slice, want) == 0,
        "record %s [%zu,%zu): text is not those bytes", r->type, r->start,
        r->end);
  long long js, je;
  const char *bad = json_record(r->json, strlen(r->json), &js, &je, &text);
  CHECK(bad == NULL, "record line is not valid JSON (%s): %s", bad, r->json);
  CHECK(js == (long long)r->start && je == (long long)r->end,
        "JSON start/end %lld/%lld, record %zu/%zu: %s", js, je, r->start,
        r->end, r->json);
  size_t rl;
  unsigned char *rep = ref_repair(slice, n, &rl);
  CHECK(rl == text.n && memcmp(rep, text.p, rl) == 0,
        "JSON text is not the repaired bytes [%zu,%zu): %s", r->start,
        r->end, r->json);
  free(rep);
  for (size_t k = 0; k < r->nfields; k++) {
    const char *v = r->fields[k].value;
    jin J = { v, strlen(v), 0, 0, NULL };
    CHECK(jvalue(&J) && J.pos == J.len, "field %s: not one JSON value: %s",
          r->fields[k].key, v);
  }
  return 0;
}

int LLVMFuzzerInitialize (int *argc, char ***argv) {
  (void)argc; (void)argv;
  static char rules[8192];
  const char *env = getenv("PLUK_FUZZ_RULES");
  if (env && *env) {
    snprintf(rules, sizeof rules, "%s", env);
  } else {
    const char *root = fuzz_root();
    size_t o = 0;
    static const char *const defaults[] = { "quotes", "attributions", "figures" };
    for (int k = 0; k < 3; k++) {
      char path[4096];
      snprintf(path, sizeof path, "%s/rules/%s.lua", root, defaults[k]);
      if (access(path, R_OK) == 0)
        o += (size_t)snprintf(rules + o, sizeof rules - o, "%s,", path);
    }
    snprintf(rules + o, sizeof rules - o,
             "%s/tests/bad-input/fixtures/spans.lua,"
             "%s/tests/core/fixtures/capitals.lua", root, root);
  }
  const char *lang = getenv("PLUK_FUZZ_LANG");
  P = fuzz_handle(rules, lang && *lang ? lang : NULL);
  /* warm up: the rules compile their grammars on first use per language
     (all of them for text in no known language), which takes longer than
     a unit may; do it here, outside the timeout */
  static const char *const warm[] = {
    "", "De NAVO zegt dat het kabinet 12 miljoen euro uitgeeft.",
    "The minister said that 15,000 people came.",
    "Die Regierung sagte, dass 1,5 Millionen kamen.",
    "Le ministre a dit que 3 000 personnes sont venues.",
  };
  for (size_t k = 0; k < sizeof warm / sizeof warm[0]; k++)
    (void)pluk_extract(P, warm[k], strlen(warm[k]), "warm-up", NULL, NULL);
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t len) {
  cur = data;
  curlen = len;
  last_start = 0;
  int rc = pluk_extract(P, (const char *)data, len, "fuzz", on_record, NULL);
  if (rc == PLUK_ERRRULE && getenv("PLUK_FUZZ_ALLOW_RULE_ERRORS")) return 0;
  CHECK(rc == PLUK_OK, "pluk_extract returned %d: %s", rc, pluk_error(P));
  return 0;
}
