/*
** main.c -- the pluk command.
**
**   pluk lua [options] [script [args]]   a lua5.4-compatible interpreter
**   pluk ...                              everything else: lua/pluk/cli.lua
**
** The C part only finds where the Lua modules and built-in rules are (the
** build tree or the installed prefix), builds the state through libpluk's
** host, and runs either the interpreter below or pluk.cli.
*/
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <limits.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "host.h"
#include "pluk.h"


/* Longest input line the REPL reads at once (longer lines are continued). */
#define PLUK_MAXINPUT 4096

static const char *progname = "pluk";
static lua_State *globalL = NULL;


/* Where the Lua half lives: see pluk_host_find_dirs (build tree, an
** install under any prefix, or the compiled-in paths). */
static char lua_dir[PLUK_MAXPATH], rules_dir[PLUK_MAXPATH];

static void find_dirs (void) {
  char exe[PLUK_MAXPATH];
  const char *anchor = NULL;
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      anchor = exe;
    }
  }
  pluk_host_find_dirs(anchor, lua_dir, rules_dir);
}


/* ---------------------------------------------------------------------
** Error reporting shared by both modes.
** --------------------------------------------------------------------- */

static void print_message (const char *pname, const char *msg) {
  if (pname) fprintf(stderr, "%s: ", pname);
  fprintf(stderr, "%s\n", msg);
  fflush(stderr);
}

static int report (lua_State *L, int status) {
  if (status != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    print_message(progname, msg ? msg : "(error object is not a string)");
    lua_pop(L, 1);
  }
  return status;
}

/* Ctrl-C while Lua runs: stop at the next hook instead of dying, as
** lua5.4 does, so the error carries a traceback. */
static void stop_hook (lua_State *L, lua_Debug *ar) {
  (void)ar;
  lua_sethook(L, NULL, 0, 0);
  luaL_error(L, "interrupted!");
}

static void on_sigint (int sig) {
  int mask = LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT;
  signal(sig, SIG_DFL);
  lua_sethook(globalL, stop_hook, mask, 1);
}

static int docall (lua_State *L, int narg, int nres) {
  int base = lua_gettop(L) - narg;
  lua_pushcfunction(L, pluk_host_traceback);
  lua_insert(L, base);
  globalL = L;
  signal(SIGINT, on_sigint);
  int status = lua_pcall(L, narg, nres, base);
  signal(SIGINT, SIG_DFL);
  lua_remove(L, base);
  return status;
}


/* ---------------------------------------------------------------------
** pluk lua: the stock interpreter's options and behaviour.
** --------------------------------------------------------------------- */

#define HAS_ERROR 1   /* bad option */
#define HAS_I     2   /* -i */
#define HAS_V     4   /* -v */
#define HAS_E     8   /* -e */
#define HAS_BIGE  16  /* -E */

static void print_usage (const char *badoption) {
  if (badoption[1] == 'e' || badoption[1] == 'l')
    fprintf(stderr, "%s: '%s' needs argument\n", progname, badoption);
  else
    fprintf(stderr, "%s: unrecognized option '%s'\n", progname, badoption);
  fprintf(stderr,
    "usage: pluk lua [options] [script [args]]\n"
    "Available options are:\n"
    "  -e stat   execute string 'stat'\n"
    "  -i        enter interactive mode after executing 'script'\n"
    "  -l mod    require library 'mod' into global 'mod'\n"
    "  -l g=mod  require library 'mod' into global 'g'\n"
    "  -v        show version information\n"
    "  -E        ignore environment variables\n"
    "  -W        turn warnings on\n"
    "  --        stop handling options\n"
    "  -         stop handling options and execute stdin\n");
}

static void print_version (void) {
  printf("%s (pluk %s)\n", LUA_COPYRIGHT, PLUK_VERSION);
  fflush(stdout);
}

/* Scans options; returns flags and sets *first to the script's index (or
** argc when there is none). */
static int collect_args (char **argv, int argc, int *first) {
  int flags = 0, i;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    *first = i;
    if (a[0] != '-') return flags;
    switch (a[1]) {
      case '-':
        if (a[2] != '\0') return HAS_ERROR;
        *first = i + 1;
        return flags;
      case '\0': return flags;  /* '-' is the script: stdin */
      case 'E': if (a[2]) return HAS_ERROR; flags |= HAS_BIGE; break;
      case 'W': if (a[2]) return HAS_ERROR; break;
      case 'i': if (a[2]) return HAS_ERROR; flags |= HAS_I | HAS_V; break;
      case 'v': if (a[2]) return HAS_ERROR; flags |= HAS_V; break;
      case 'e': flags |= HAS_E; /* FALLTHROUGH */
      case 'l':
        if (a[2] == '\0') {
          i++;
          if (i >= argc || argv[i][0] == '-') return HAS_ERROR;
        }
        break;
      default: return HAS_ERROR;
    }
  }
  *first = i;
  return flags;
}

/* arg table: arg[0] the script, positive indices its arguments, negative
** ones the interpreter and its options (as lua5.4 builds it). */
static void create_arg_table (lua_State *L, char **argv, int argc,
                              int script) {
  int narg = argc - (script + 1);
  lua_createtable(L, narg, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

static int dochunk (lua_State *L, int status) {
  if (status == LUA_OK) status = docall(L, 0, 0);
  return report(L, status);
}

static int dostring (lua_State *L, const char *s, const char *name) {
  return dochunk(L, luaL_loadbuffer(L, s, strlen(s), name));
}

static int dolibrary (lua_State *L, char *spec) {
  char *eq = strchr(spec, '=');
  const char *global = spec, *mod = spec;
  if (eq) {
    *eq = '\0';
    mod = eq + 1;
  }
  lua_getglobal(L, "require");
  lua_pushstring(L, mod);
  int status = docall(L, 1, 1);
  if (status == LUA_OK) lua_setglobal(L, global);
  if (eq) *eq = '=';
  return report(L, status);
}

static int run_args (lua_State *L, char **argv, int n) {
  for (int i = 1; i < n; i++) {
    int opt = argv[i][1];
    if (opt == 'e' || opt == 'l') {
      char *extra = argv[i] + 2;
      if (*extra == '\0') extra = argv[++i];
      int status = opt == 'e' ? dostring(L, extra, "=(command line)")
                              : dolibrary(L, extra);
      if (status != LUA_OK) return 0;
    } else if (opt == 'W') {
      lua_warning(L, "@on", 0);
    }
  }
  return 1;
}

static int handle_luainit (lua_State *L) {
  const char *name = "=LUA_INIT_5_4";
  const char *init = getenv(name + 1);
  if (init == NULL) {
    name = "=LUA_INIT";
    init = getenv(name + 1);
  }
  if (init == NULL) return LUA_OK;
  if (init[0] == '@') return dochunk(L, luaL_loadfile(L, init + 1));
  return dostring(L, init, name);
}

static int push_script_args (lua_State *L) {
  int n = (int)luaL_len(L, -1);
  luaL_checkstack(L, n + 3, "too many arguments to script");
  for (int i = 1; i <= n; i++) lua_rawgeti(L, -i, i);
  lua_remove(L, -(n + 1));
  return n;
}

static int handle_script (lua_State *L, char **argv) {
  const char *fname = argv[0];
  if (strcmp(fname, "-") == 0 && strcmp(argv[-1], "--") != 0) fname = NULL;
  int status = luaL_loadfile(L, fname);
  if (status == LUA_OK) {
    lua_getglobal(L, "arg");
    int n = push_script_args(L);
    status = docall(L, n, LUA_MULTRET);
  }
  return report(L, status);
}

/* REPL: a line is first tried as `return <line>`, then as a statement;
** an error ending in <eof> means "incomplete", so another line is read. */
static const char *get_prompt (lua_State *L, int first) {
  /* leaves the prompt string on the stack, for the caller to pop */
  if (lua_getglobal(L, first ? "_PROMPT" : "_PROMPT2") == LUA_TNIL) {
    lua_pop(L, 1);
    return lua_pushstring(L, first ? "> " : ">> ");
  }
  const char *p = luaL_tolstring(L, -1, NULL);
  lua_remove(L, -2);
  return p;
}

static int read_line (lua_State *L, int first) {
  char buf[PLUK_MAXINPUT];
  const char *prompt = get_prompt(L, first);
  fputs(prompt, stdout);
  fflush(stdout);
  lua_pop(L, 1);
  if (fgets(buf, sizeof buf, stdin) == NULL) return 0;
  size_t l = strlen(buf);
  if (l > 0 && buf[l - 1] == '\n') buf[--l] = '\0';
  if (first && buf[0] == '=')  /* Lua 5.2 habit: "=x" prints x */
    lua_pushfstring(L, "return %s", buf + 1);
  else
    lua_pushlstring(L, buf, l);
  return 1;
}

static int is_incomplete (lua_State *L, int status) {
  if (status != LUA_ERRSYNTAX) return 0;
  size_t lmsg;
  const char *msg = lua_tolstring(L, -1, &lmsg);
  const char *eof = "<eof>";
  size_t le = strlen(eof);
  if (lmsg >= le && strcmp(msg + lmsg - le, eof) == 0) {
    lua_pop(L, 1);
    return 1;
  }
  return 0;
}

static int try_return (lua_State *L) {
  const char *line = lua_tostring(L, -1);
  const char *ret = lua_pushfstring(L, "return %s;", line);
  int status = luaL_loadbuffer(L, ret, strlen(ret), "=stdin");
  if (status == LUA_OK) lua_remove(L, -2);
  else lua_pop(L, 2);
  return status;
}

static int multiline (lua_State *L) {
  for (;;) {
    size_t len;
    const char *line = lua_tolstring(L, 1, &len);
    int status = luaL_loadbuffer(L, line, len, "=stdin");
    if (!is_incomplete(L, status) || !read_line(L, 0)) return status;
    lua_pushliteral(L, "\n");
    lua_insert(L, -2);
    lua_concat(L, 3);
  }
}

static int load_line (lua_State *L) {
  lua_settop(L, 0);
  if (!read_line(L, 1)) return -1;
  int status = try_return(L);
  if (status != LUA_OK) status = multiline(L);
  lua_remove(L, 1);  /* the line itself */
  return status;
}

static void print_results (lua_State *L) {
  int n = lua_gettop(L);
  if (n > 0) {
    luaL_checkstack(L, LUA_MINSTACK, "too many results to print");
    lua_getglobal(L, "print");
    lua_insert(L, 1);
    if (lua_pcall(L, n, 0, 0) != LUA_OK)
      print_message(progname, lua_pushfstring(L, "error calling 'print' (%s)",
                                              lua_tostring(L, -1)));
  }
}

static void repl (lua_State *L) {
  int status;
  const char *old = progname;
  progname = NULL;
  while ((status = load_line(L)) != -1) {
    if (status == LUA_OK) status = docall(L, 0, LUA_MULTRET);
    if (status == LUA_OK) print_results(L);
    else report(L, status);
  }
  lua_settop(L, 0);
  fputs("\n", stdout);
  fflush(stdout);
  progname = old;
}

/* Body of `pluk lua`, run in protected mode like lua.c's pmain. */
static int lua_main (lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  int script = argc;
  int flags = collect_args(argv, argc, &script);
  if (flags == HAS_ERROR) {
    print_usage(argv[script]);
    return 0;
  }
  if (flags & HAS_V) print_version();
  if (flags & HAS_BIGE) {
    lua_pushboolean(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, "LUA_NOENV");
  }
  create_arg_table(L, argv, argc, script == argc ? 0 : script);
  if (!(flags & HAS_BIGE) && handle_luainit(L) != LUA_OK) return 0;
  if (!run_args(L, argv, script)) return 0;
  if (script < argc && handle_script(L, argv + script) != LUA_OK) return 0;
  if (flags & HAS_I) {
    repl(L);
  } else if (script == argc && !(flags & (HAS_E | HAS_V))) {
    if (isatty(0)) {
      print_version();
      repl(L);
    } else if (dochunk(L, luaL_loadfile(L, NULL)) != LUA_OK) {
      return 0;
    }
  }
  lua_pushboolean(L, 1);
  return 1;
}


/* ---------------------------------------------------------------------
** Everything else: pluk.cli.main(argv) -> exit status.
** --------------------------------------------------------------------- */

static int cli_main (lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "pluk.cli");
  lua_call(L, 1, 1);
  lua_getfield(L, -1, "main");
  lua_createtable(L, argc, 0);
  for (int i = 1; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i);
  }
  lua_call(L, 1, 1);
  return 1;
}


/*
** Article texts and job strings of a few kB to megabytes are allocated and
** freed all the time. glibc's defaults hand each freed top of the heap
** back to the kernel (trim threshold 128 kB) and map larger blocks one
** by one, so every article's memory was faulted in afresh: a third of
** the reading time went to page faults. The command keeps up to
** PLUK_MALLOC_TRIM of free memory per arena and maps only blocks over
** PLUK_MALLOC_MMAP (glibc's own upper limit), so the memory bound of
** docs/reliability.md grows by at most that much per worker. libpluk
** leaves the embedding program's malloc alone.
*/
#define PLUK_MALLOC_TRIM (64 * 1024 * 1024)
#define PLUK_MALLOC_MMAP (32 * 1024 * 1024)

static void tune_malloc (void) {
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
  mallopt(M_TRIM_THRESHOLD, PLUK_MALLOC_TRIM);
  mallopt(M_MMAP_THRESHOLD, PLUK_MALLOC_MMAP);
#endif
}


int main (int argc, char **argv) {
  pluk_alloc alloc = {0};
  tune_malloc();
  find_dirs();
  lua_State *L = pluk_host_newstate(&alloc, lua_dir, rules_dir);
  if (L == NULL) {
    print_message(progname, "cannot create state: not enough memory");
    return EXIT_FAILURE;
  }
  int is_lua = argc > 1 && strcmp(argv[1], "lua") == 0;
  int status, code;
  if (is_lua) {
    /* the interpreter sees argv shifted by one: "pluk lua x" is "lua x" */
    lua_pushcfunction(L, lua_main);
    lua_pushinteger(L, argc - 1);
    lua_pushlightuserdata(L, argv + 1);
    status = docall(L, 2, 1);
    int ok = lua_toboolean(L, -1);
    report(L, status);
    code = (ok && status == LUA_OK) ? EXIT_SUCCESS : EXIT_FAILURE;
  } else {
    lua_pushcfunction(L, cli_main);
    lua_pushinteger(L, argc);
    lua_pushlightuserdata(L, argv);
    status = docall(L, 2, 1);
    if (status != LUA_OK) {
      report(L, status);
      code = 2;  /* an error that escaped pluk.cli: a bug or a bad script */
    } else {
      code = (int)lua_tointeger(L, -1);
    }
  }
  lua_close(L);
  pluk_alloc_release(&alloc);
  return code;
}
