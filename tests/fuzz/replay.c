/*
** replay: runs a fuzz target's LLVMFuzzerTestOneInput over files, without
** libFuzzer, so `make test` replays the seed corpus and every regression
** input through exactly the checks the fuzzer applies.
**
**   replay PATH...    each PATH a file or a directory (its files, in name
**                     order; names starting with '.' are skipped)
**
** Prints "replay: N inputs" and exits 0; a failed check aborts (the CHECK
** message names the check), so the exit status is non-zero. An input that
** runs longer than $PLUK_REPLAY_TIMEOUT seconds (default 20; libFuzzer's
** -timeout, for a replay) is a failure too: a hang must not hang
** `make test`.
*/
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t len);
int LLVMFuzzerInitialize (int *argc, char ***argv) __attribute__((weak));

static size_t ninputs = 0;
static const char *current = "";

static void on_alarm (int sig) {
  (void)sig;
  /* only async-signal-safe calls here */
  static const char msg[] = "\nreplay: TIMEOUT: input ran too long: ";
  ssize_t w = write(2, msg, sizeof msg - 1);
  w = write(2, current, strlen(current));
  w = write(2, "\n", 1);
  (void)w;
  abort();
}

static void run_file (const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) { perror(path); exit(2); }
  size_t cap = 4096, len = 0, n;
  uint8_t *buf = (uint8_t *)malloc(cap);
  while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) buf = (uint8_t *)realloc(buf, cap *= 2);
  }
  fclose(f);
  if (buf == NULL) { fprintf(stderr, "%s: out of memory\n", path); exit(2); }
  /* an exactly sized copy, as libFuzzer passes it, so overreads show */
  uint8_t *exact = (uint8_t *)malloc(len ? len : 1);
  memcpy(exact, buf, len);
  free(buf);
  fprintf(stderr, "replay: %s\n", path);
  current = path;
  const char *t = getenv("PLUK_REPLAY_TIMEOUT");
  alarm(t && atoi(t) > 0 ? (unsigned)atoi(t) : 20);
  LLVMFuzzerTestOneInput(exact, len);
  alarm(0);
  free(exact);
  ninputs++;
}

static int cmp (const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_path (const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) { perror(path); exit(2); }
  if (!S_ISDIR(st.st_mode)) { run_file(path); return; }
  DIR *d = opendir(path);
  if (d == NULL) { perror(path); exit(2); }
  char **names = NULL;
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    names = (char **)realloc(names, (n + 1) * sizeof *names);
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp);
  for (size_t k = 0; k < n; k++) {
    size_t l = strlen(path) + strlen(names[k]) + 2;
    char *full = (char *)malloc(l);
    snprintf(full, l, "%s/%s", path, names[k]);
    run_path(full);
    free(full);
    free(names[k]);
  }
  free(names);
}

int main (int argc, char **argv) {
  signal(SIGALRM, on_alarm);
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  for (int k = 1; k < argc; k++) run_path(argv[k]);
  printf("replay: %zu inputs\n", ninputs);
  return 0;
}
