/*
** pluk.c -- libpluk: the embedding API (pluk.h) over one Lua state per
** handle. The pluk command is its first user: both go through
** pluk_host_newstate() and the Lua module `pluk`, so a C host gets exactly
** the records the command prints.
*/
#define _GNU_SOURCE  /* dladdr */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "host.h"
#include "pluk.h"

#ifndef PLUK_LUA_DIR
#define PLUK_LUA_DIR "/usr/local/share/lua/5.4"
#endif
#ifndef PLUK_RULES_DIR
#define PLUK_RULES_DIR "/usr/local/share/pluk/rules"
#endif

/* Longest error message kept on a handle (longer ones are cut). */
#define PLUK_MAXERROR 4096

static int is_file (const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}


void pluk_host_find_dirs (const char *anchor, char *lua_dir,
                          char *rules_dir) {
  static const struct { const char *lua, *rules; } layouts[] = {
    {"/../lua", "/../rules"},                          /* build tree */
    {"/../../lua", "/../../rules"},                    /* build/asan */
    {"/../share/lua/5.4", "/../share/pluk/rules"},     /* installed */
  };
  char probe[PLUK_MAXPATH + 64], root[PATH_MAX];
  if (anchor != NULL && strlen(anchor) < PLUK_MAXPATH - 64) {
    for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++) {
      snprintf(probe, sizeof probe, "%s%s/pluk/init.lua", anchor,
               layouts[k].lua);
      if (is_file(probe)) {
        snprintf(probe, sizeof probe, "%s%s", anchor, layouts[k].lua);
        if (realpath(probe, root) == NULL) continue;
        snprintf(lua_dir, PLUK_MAXPATH, "%s", root);
        snprintf(probe, sizeof probe, "%s%s", anchor, layouts[k].rules);
        if (realpath(probe, root) == NULL) continue;
        snprintf(rules_dir, PLUK_MAXPATH, "%s", root);
        return;
      }
    }
  }
  snprintf(lua_dir, PLUK_MAXPATH, "%s", PLUK_LUA_DIR);
  snprintf(rules_dir, PLUK_MAXPATH, "%s", PLUK_RULES_DIR);
}


/* The directory of the object holding this code (libpluk.so, or the
** program libpluk.a is linked into). */
static void library_dirs (char *lua_dir, char *rules_dir) {
  Dl_info info;
  char dir[PLUK_MAXPATH];
  const char *anchor = NULL;
  if (dladdr((void *)pluk_new, &info) && info.dli_fname &&
      strlen(info.dli_fname) < sizeof dir) {
    strcpy(dir, info.dli_fname);
    char *slash = strrchr(dir, '/');
    if (slash) {
      *slash = '\0';
      anchor = dir;
    }
  }
  pluk_host_find_dirs(anchor, lua_dir, rules_dir);
}


struct pluk {
  lua_State *L;
  pluk_alloc alloc;
  int rules_ok;              /* rules loaded without error */
  char error[PLUK_MAXERROR];
};


int pluk_host_set_memory_limit (lua_State *L, size_t bytes) {
  void *ud;
  if (lua_getallocf(L, &ud) != pluk_alloc_f) return 0;
  pluk_alloc *a = (pluk_alloc *)ud;
  a->limit = bytes > 0 ? a->used + bytes : 0;
  return 1;
}


int pluk_host_traceback (lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
      return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)",
                          luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}


static int open_pluk_core_with_dirs (lua_State *L) {
  const char *lua_dir = lua_tostring(L, lua_upvalueindex(1));
  const char *rules_dir = lua_tostring(L, lua_upvalueindex(2));
  luaopen_pluk_core(L);
  if (lua_dir) {
    lua_pushstring(L, lua_dir);
    lua_setfield(L, -2, "LUA_DIR");
  }
  if (rules_dir) {
    lua_pushstring(L, rules_dir);
    lua_setfield(L, -2, "RULES_DIR");
  }
  return 1;
}


/* Runs in protected mode: the body of pluk_host_newstate. */
static int init_state (lua_State *L) {
  const char *lua_dir = (const char *)lua_touserdata(L, 1);
  const char *rules_dir = (const char *)lua_touserdata(L, 2);
  luaL_openlibs(L);
  /* package.preload["pluk.core"] with the directories as upvalues;
     luaopen_pluk_core offers the static lpeg in preload itself, but the
     command wants `require "lpeg"` to work before pluk is required */
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "preload");
  if (lua_dir) lua_pushstring(L, lua_dir); else lua_pushnil(L);
  if (rules_dir) lua_pushstring(L, rules_dir); else lua_pushnil(L);
  lua_pushcclosure(L, open_pluk_core_with_dirs, 2);
  lua_setfield(L, -2, "pluk.core");
  lua_pushcfunction(L, luaopen_pluk_core);
  lua_call(L, 0, 1);  /* registers lpeg in preload; result unused */
  lua_pop(L, 2);
  if (lua_dir) {
    lua_getfield(L, -1, "path");
    lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;%s", lua_dir, lua_dir,
                    lua_tostring(L, -1));
    lua_setfield(L, -3, "path");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 0;
}


lua_State *pluk_host_newstate (pluk_alloc *a, const char *lua_dir,
                               const char *rules_dir) {
  lua_State *L = lua_newstate(pluk_alloc_f, a);
  if (L == NULL) {
    pluk_alloc_release(a);
    return NULL;
  }
  lua_pushcfunction(L, init_state);
  lua_pushlightuserdata(L, (void *)lua_dir);
  lua_pushlightuserdata(L, (void *)rules_dir);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    lua_close(L);
    pluk_alloc_release(a);
    return NULL;
  }
  return L;
}


static void set_error (pluk *p, const char *msg) {
  if (msg == NULL) msg = "(error object is not a string)";
  strncpy(p->error, msg, PLUK_MAXERROR - 1);
  p->error[PLUK_MAXERROR - 1] = '\0';
}


/* require("pluk.embed")[name]: in protected mode, so a broken module is an
** error on the handle, not a panic. */
static int embed_lookup (lua_State *L) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "pluk.embed");
  lua_call(L, 1, 1);
  lua_getfield(L, -1, lua_tostring(L, 1));
  return 1;
}


/* Calls pluk.embed[fname] with the nargs values on the stack; returns a
** PLUK_* code and leaves nresults on the stack on success, nothing on
** failure (the message goes to p->error). */
static int call_embed (pluk *p, const char *fname, int nargs, int nresults) {
  lua_State *L = p->L;
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, pluk_host_traceback);
  lua_pushcfunction(L, embed_lookup);
  lua_pushstring(L, fname);
  int rc = lua_pcall(L, 1, 1, base + nargs + 1);
  if (rc == LUA_OK) {
    lua_rotate(L, base + 1, 2);  /* handler and function below the args */
    rc = lua_pcall(L, nargs, nresults, base + 1);
    lua_remove(L, base + 1);     /* the handler */
  }
  if (rc == LUA_OK) return PLUK_OK;
  set_error(p, lua_tostring(L, -1));
  lua_settop(L, base);
  return rc == LUA_ERRMEM ? PLUK_ERRMEM : PLUK_ERRRULE;
}


static void push_opt (lua_State *L, const char *key, const char *value) {
  if (value == NULL) return;
  lua_pushstring(L, value);
  lua_setfield(L, -2, key);
}


pluk *pluk_new (const pluk_options *opt) {
  pluk_options none;
  pluk *p = (pluk *)calloc(1, sizeof(pluk));
  if (p == NULL) return NULL;
  if (opt == NULL) {
    memset(&none, 0, sizeof none);
    opt = &none;
  }
  p->alloc.limit = opt->mem_limit;
  char lua_dir[PLUK_MAXPATH], rules_dir[PLUK_MAXPATH];
  library_dirs(lua_dir, rules_dir);
  p->L = pluk_host_newstate(&p->alloc,
                            opt->lua_dir ? opt->lua_dir : lua_dir,
                            opt->rules_dir ? opt->rules_dir : rules_dir);
  if (p->L == NULL) {
    free(p);
    return NULL;
  }
  lua_State *L = p->L;
  lua_createtable(L, 0, 4);
  push_opt(L, "rules", opt->rules);
  push_opt(L, "rules_path", opt->rules_path);
  push_opt(L, "lang", opt->lang);
  if (opt->sandbox) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "sandbox");
    if (opt->sandbox_seconds > 0) {
      lua_pushinteger(L, (lua_Integer)opt->sandbox_seconds);
      lua_setfield(L, -2, "sandbox_seconds");
    }
  }
  p->rules_ok = call_embed(p, "setup", 1, 0) == PLUK_OK;
  return p;
}


int pluk_load_rules (pluk *p, const char *rules) {
  if (p == NULL) return PLUK_ERRARG;
  p->error[0] = '\0';
  lua_createtable(p->L, 0, 1);
  push_opt(p->L, "rules", rules);
  int rc = call_embed(p, "setup", 1, 0);
  p->rules_ok = rc == PLUK_OK;
  return rc;
}


/* Reads string field k of the table at the top; "" when absent. */
static const char *field_string (lua_State *L, const char *k) {
  lua_getfield(L, -1, k);
  const char *s = lua_tostring(L, -1);
  lua_pop(L, 1);  /* the record table keeps it alive */
  return s ? s : "";
}


static size_t field_size (lua_State *L, const char *k) {
  lua_getfield(L, -1, k);
  lua_Integer n = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return n > 0 ? (size_t)n : 0;
}


int pluk_extract (pluk *p, const char *text, size_t len, const char *id,
                  pluk_record_fn fn, void *ud) {
  if (p == NULL || (text == NULL && len > 0)) return PLUK_ERRARG;
  if (!p->rules_ok) return PLUK_ERRRULE;  /* error kept from loading */
  p->error[0] = '\0';
  lua_State *L = p->L;
  int top = lua_gettop(L);
  lua_pushlstring(L, text ? text : "", len);
  lua_pushstring(L, id ? id : "-");
  int rc = call_embed(p, "extract", 2, 1);
  if (rc != PLUK_OK) return rc;
  /* the result is an array of flattened records, see lua/pluk/embed.lua */
  lua_Integer n = luaL_len(L, -1);
  for (lua_Integer i = 1; i <= n && rc == PLUK_OK; i++) {
    lua_rawgeti(L, -1, i);
    pluk_record r;
    pluk_field fields[64];
    r.type = field_string(L, "type");
    r.start = field_size(L, "start");
    r.end = field_size(L, "end");
    r.text = field_string(L, "text");
    r.json = field_string(L, "json");
    lua_getfield(L, -1, "fields");
    lua_Integer nf = luaL_len(L, -1) / 2;
    if (nf > 64) nf = 64;  /* records are flat and small; more is a bug */
    for (lua_Integer f = 0; f < nf; f++) {
      lua_rawgeti(L, -1, 2 * f + 1);
      fields[f].key = lua_tostring(L, -1);
      lua_pop(L, 1);
      lua_rawgeti(L, -1, 2 * f + 2);
      fields[f].value = lua_tostring(L, -1);
      lua_pop(L, 1);
    }
    r.nfields = (size_t)nf;
    r.fields = fields;
    if (fn != NULL && fn(&r, ud) != 0) {
      set_error(p, "stopped by the record callback");
      rc = PLUK_ERRSTOP;
    }
    lua_pop(L, 2);
  }
  lua_settop(L, top);
  return rc;
}


const char *pluk_error (const pluk *p) {
  return p ? p->error : "no handle";
}


void pluk_free (pluk *p) {
  if (p == NULL) return;
  lua_close(p->L);
  pluk_alloc_release(&p->alloc);
  free(p);
}


lua_State *pluk_lua (pluk *p) {
  return p ? p->L : NULL;
}


const char *pluk_version (void) {
  return PLUK_VERSION;
}
