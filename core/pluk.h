/*
** pluk.h -- the embedding API of pluk: extract quotes, figures and
** attributions from news text with Lua rules, from any C program.
**
** A `pluk` handle owns one Lua state with the default or chosen rules
** loaded. There is no global state: create one handle per thread (a handle
** must not be used by two threads at once). The library never prints,
** never exits and installs no signal handlers; every failure is reported
** through a return code and pluk_error().
**
** Minimal use:
**
**   pluk *p = pluk_new(NULL);                 // default rules
**   if (!p) ... out of memory
**   if (pluk_extract(p, text, len, NULL, on_record, ud) != PLUK_OK)
**     fprintf(stderr, "%s\n", pluk_error(p));
**   pluk_free(p);
**
** See docs/c-api.md for the full contract.
*/
#ifndef PLUK_H
#define PLUK_H

#include <stddef.h>

#define PLUK_VERSION_MAJOR 0
#define PLUK_VERSION_MINOR 1
#define PLUK_VERSION_PATCH 0
#define PLUK_VERSION "0.1.0"
/* Bumped on every incompatible change of this header; it is the soname
** suffix (libpluk.so.PLUK_ABI). */
#define PLUK_ABI 0

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pluk pluk;
struct lua_State;

/* Return codes. */
#define PLUK_OK      0
#define PLUK_ERRRULE 1   /* a rule could not be found, loaded or run */
#define PLUK_ERRARG  2   /* bad argument (NULL text with len > 0, ...) */
#define PLUK_ERRMEM  3   /* allocation failed or the memory limit was hit */
#define PLUK_ERRSTOP 4   /* the record callback asked to stop */

/* Options for pluk_new(); zero-initialise and set what you need. Every
** string may be NULL for the default. */
typedef struct pluk_options {
  const char *rules;       /* comma-separated rule names or paths;
                              NULL = the default rules */
  const char *rules_path;  /* ';'-separated directories searched before
                              $PLUK_RULES_PATH, XDG and the built-in rules */
  const char *lua_dir;     /* where the pluk.* Lua modules live;
                              NULL = the installed location */
  const char *rules_dir;   /* where the built-in rules live;
                              NULL = the installed location */
  const char *lang;        /* default article language: "nl", "en", ...
                              or NULL/"auto" to detect per text */
  size_t mem_limit;        /* bytes the Lua state may hold; 0 = no limit */
  int sandbox;             /* non-zero: rules from others. Restricted
                              environment, memory and instruction limits,
                              and each text extracted in a forked child
                              process limited in CPU time (docs/sandbox.md) */
  unsigned sandbox_seconds;  /* CPU seconds per text in the sandbox;
                                0 = the default (10) */
} pluk_options;

/* One extracted record. Pointers are valid only during the callback. */
typedef struct pluk_field {
  const char *key;
  const char *value;       /* the field as JSON text: "\"zegt\"", "87000000",
                              "null", "true" */
} pluk_field;

typedef struct pluk_record {
  const char *type;        /* "quote", "attribution", "figure", ... */
  size_t start, end;       /* 0-based byte span in the text, end exclusive */
  const char *text;        /* the bytes [start,end), NUL-terminated copy */
  size_t nfields;          /* the type's own fields, in record order */
  const pluk_field *fields;
  const char *json;        /* the whole record as one JSON object line */
} pluk_record;

/* Return non-zero to stop extraction (pluk_extract then returns
** PLUK_ERRSTOP). */
typedef int (*pluk_record_fn)(const pluk_record *rec, void *ud);

/* Creates a handle and loads its rules. Returns NULL only when memory is
** exhausted; a rule that fails to load still returns a handle whose
** pluk_error() says why and whose pluk_extract() fails with PLUK_ERRRULE. */
pluk *pluk_new(const pluk_options *opt);

/* Replaces the handle's rules with `rules` (comma-separated names or
** paths). */
int pluk_load_rules(pluk *p, const char *rules);

/* Runs the rules over text[0,len) (any bytes; invalid UTF-8 is handled
** as documented in docs/records.md) and calls `fn` once per record, in
** text order. `id` names the document in the records (NULL: "-"). */
int pluk_extract(pluk *p, const char *text, size_t len, const char *id,
                 pluk_record_fn fn, void *ud);

/* The last error as "file:line: message" or "input offset N: message";
** "" when there was none. Valid until the next call on the handle. */
const char *pluk_error(const pluk *p);

/* Frees the handle and its Lua state. NULL is a no-op. */
void pluk_free(pluk *p);

/* The handle's Lua state, for hosts that want to call pluk.* directly. */
struct lua_State *pluk_lua(pluk *p);

/* The library's version string at run time (PLUK_VERSION of the build). */
const char *pluk_version(void);

/* Opens the `pluk.core` C module (also registers lpeg in package.preload
** when no lpeg is loaded yet). For hosts that build their own state. */
int luaopen_pluk_core(struct lua_State *L);

#ifdef __cplusplus
}
#endif

#endif
