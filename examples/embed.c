/* embed.c -- pluk inside another program: read a file, print its quotes,
** attributions and figures as JSON lines, one record per callback.
**
**   cc embed.c $(pkg-config --cflags --libs pluk) -o embed
**   ./embed article.txt            (default rules)
**   ./embed article.txt figures    (chosen rules)
*/
#include <stdio.h>
#include <stdlib.h>
#include <pluk.h>

static int on_record (const pluk_record *rec, void *ud) {
  int *count = ud;
  ++*count;
  printf("%s\n", rec->json);   /* or rec->type, rec->start, rec->fields ... */
  return 0;                    /* non-zero would stop extraction */
}

int main (int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: embed FILE [RULES]\n"); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 1; }
  static char text[1 << 20];
  size_t len = fread(text, 1, sizeof text, f);
  fclose(f);

  pluk_options opt = {0};
  opt.rules = argc > 2 ? argv[2] : NULL;   /* NULL: the default rules */
  pluk *p = pluk_new(&opt);
  if (!p) { fprintf(stderr, "out of memory\n"); return 1; }
  int count = 0;
  if (pluk_extract(p, text, len, argv[1], on_record, &count) != PLUK_OK) {
    fprintf(stderr, "embed: %s\n", pluk_error(p));
    pluk_free(p);
    return 1;
  }
  fprintf(stderr, "%d records (pluk %s)\n", count, pluk_version());
  pluk_free(p);
  return 0;
}
