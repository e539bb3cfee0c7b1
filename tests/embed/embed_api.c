/*
** embed_api.c -- tests of libpluk's C API (core/pluk.h), linked against
** build/libpluk.a:
**   - two threads, each with its own handle, on the same text, give the
**     same records as one handle alone
**   - fields, json and spans of a record
**   - errors: a rule that does not load, a rule that raises, the record
**     callback stopping, NULL arguments, the memory limit
**   - the sandbox option: a rule calling os.execute fails with its file
** Prints "embed-api: N passed, M failed" last.
**   usage: embed_api RULE_DIR ARTICLE
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pluk.h"

#define MAXOUT (1 << 20)

static int passed, failed;

static void check (int cond, const char *name) {
  if (cond) passed++;
  else {
    failed++;
    printf("FAIL embed-api: %s\n", name);
  }
}

typedef struct collected {
  char out[MAXOUT];
  size_t len;
  int count;
  int stop_after;   /* 0: never */
  int spans_ok;
  const char *text;
} collected;

static int on_record (const pluk_record *r, void *ud) {
  collected *c = (collected *)ud;
  size_t n = strlen(r->json);
  if (c->len + n + 1 < MAXOUT) {
    memcpy(c->out + c->len, r->json, n);
    c->len += n;
    c->out[c->len++] = '\n';
  }
  /* text is exactly the bytes [start, end) of the input */
  if (r->end < r->start || strncmp(c->text + r->start, r->text,
                                   r->end - r->start) != 0 ||
      strlen(r->text) != r->end - r->start)
    c->spans_ok = 0;
  c->count++;
  return c->stop_after > 0 && c->count >= c->stop_after;
}

static char *slurp (const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = malloc(MAXOUT);
  *len = fread(buf, 1, MAXOUT - 1, f);
  buf[*len] = '\0';
  fclose(f);
  return buf;
}

typedef struct job {
  const char *rules;
  const char *text;
  size_t len;
  collected result;
  int rc;
} job;

static void *run_job (void *arg) {
  job *j = (job *)arg;
  pluk_options opt;
  memset(&opt, 0, sizeof opt);
  opt.rules = j->rules;
  pluk *p = pluk_new(&opt);
  memset(&j->result, 0, sizeof j->result);
  j->result.spans_ok = 1;
  j->result.text = j->text;
  j->rc = p ? pluk_extract(p, j->text, j->len, "doc", on_record, &j->result)
            : -1;
  pluk_free(p);
  return NULL;
}

int main (int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: embed_api RULE_DIR ARTICLE\n");
    return 2;
  }
  char rule[4096], bad[4096], raising[4096];
  snprintf(rule, sizeof rule, "%s/capitals.lua", argv[1]);
  snprintf(bad, sizeof bad, "%s/does-not-exist.lua", argv[1]);
  snprintf(raising, sizeof raising, "%s/raises.lua", argv[1]);
  size_t len;
  char *text = slurp(argv[2], &len);
  check(text != NULL, "article readable");
  if (!text) return 1;

  /* one handle alone, then two threads at once */
  job solo = {rule, text, len, {{0}, 0, 0, 0, 0, NULL}, 0};
  run_job(&solo);
  check(solo.rc == PLUK_OK, "extract ok");
  check(solo.result.count > 0, "records found");
  check(solo.result.spans_ok, "record text equals its span");
  check(strstr(solo.result.out, "\"type\":\"acronym\"") != NULL, "json has the type");
  job a = solo, b = solo;
  pthread_t ta, tb;
  pthread_create(&ta, NULL, run_job, &a);
  pthread_create(&tb, NULL, run_job, &b);
  pthread_join(ta, NULL);
  pthread_join(tb, NULL);
  check(a.rc == PLUK_OK && b.rc == PLUK_OK, "both threads ok");
  check(a.result.len == solo.result.len &&
        memcmp(a.result.out, solo.result.out, solo.result.len) == 0,
        "thread 1 gives the same records as one handle alone");
  check(b.result.len == solo.result.len &&
        memcmp(b.result.out, solo.result.out, solo.result.len) == 0,
        "thread 2 gives the same records as one handle alone");

  /* errors */
  pluk_options opt;
  memset(&opt, 0, sizeof opt);
  opt.rules = bad;
  pluk *p = pluk_new(&opt);
  check(p != NULL, "handle even when the rule is missing");
  collected c;
  memset(&c, 0, sizeof c);
  c.text = text;
  check(pluk_extract(p, text, len, "d", on_record, &c) == PLUK_ERRRULE,
        "missing rule: PLUK_ERRRULE");
  check(strstr(pluk_error(p), "not found") != NULL, "missing rule: message");
  check(pluk_load_rules(p, rule) == PLUK_OK, "load_rules replaces the rules");
  c.stop_after = 1;
  check(pluk_extract(p, text, len, "d", on_record, &c) == PLUK_ERRSTOP,
        "callback stops extraction");
  check(c.count == 1, "no record after the stop");
  check(pluk_extract(p, NULL, 5, "d", on_record, &c) == PLUK_ERRARG,
        "NULL text with a length: PLUK_ERRARG");
  check(pluk_extract(p, "", 0, NULL, NULL, NULL) == PLUK_OK,
        "empty text, no callback");
  check(pluk_load_rules(p, raising) == PLUK_OK, "raising rule loads");
  check(pluk_extract(p, text, len, "d", on_record, &c) == PLUK_ERRRULE,
        "raising rule: PLUK_ERRRULE");
  check(strstr(pluk_error(p), "raises.lua:3: no luck") != NULL,
        "raising rule: error names file:line");
  check(pluk_lua(p) != NULL, "pluk_lua gives the state");
  pluk_free(p);

  memset(&opt, 0, sizeof opt);
  opt.rules = rule;
  opt.mem_limit = 64 * 1024;  /* far too little for the rules */
  p = pluk_new(&opt);
  check(p == NULL || pluk_extract(p, text, len, "d", NULL, NULL) != PLUK_OK,
        "memory limit reported, never a crash");
  pluk_free(p);

  /* the sandbox: os is not there, the error names the rule file */
  char execute[4096];
  snprintf(execute, sizeof execute, "%s/executes.lua", argv[1]);
  memset(&opt, 0, sizeof opt);
  opt.rules = execute;
  opt.sandbox = 1;
  opt.sandbox_seconds = 2;
  p = pluk_new(&opt);
  check(p != NULL && pluk_extract(p, text, len, "d", NULL, NULL) == PLUK_ERRRULE,
        "sandbox: os.execute fails");
  check(p != NULL && strstr(pluk_error(p), "executes.lua:2:") != NULL,
        "sandbox: error names the rule file and line");
  pluk_free(p);
  memset(&opt, 0, sizeof opt);
  opt.rules = rule;
  opt.sandbox = 1;
  p = pluk_new(&opt);
  memset(&c, 0, sizeof c);
  c.text = text;
  c.spans_ok = 1;
  int rc = p ? pluk_extract(p, text, len, "doc", on_record, &c) : -1;
  check(rc == PLUK_OK, "sandbox: extract ok");
  if (rc != PLUK_OK) printf("    %s\n", p ? pluk_error(p) : "no handle");
  check(c.len == solo.result.len && memcmp(c.out, solo.result.out, c.len) == 0,
        "sandbox: same records as unsandboxed");
  pluk_free(p);

  check(strcmp(pluk_version(), PLUK_VERSION) == 0, "runtime version");
  free(text);
  printf("embed-api: %d passed, %d failed\n", passed, failed);
  return failed != 0;
}
