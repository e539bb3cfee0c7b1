/*
** host.h -- internal: how libpluk and the pluk command build a Lua state.
** Not installed; the public face is pluk.h.
*/
#ifndef PLUK_HOST_H
#define PLUK_HOST_H

#include <stddef.h>
#include <lua.h>

/*
** The allocator of a state (alloc.c): accounting for its limit (0 = none)
** and the free lists of its small blocks. Zero-initialise it; after
** lua_close, pluk_alloc_release gives its memory back.
*/
typedef struct pluk_alloc {
  size_t used;
  size_t limit;
  struct pluk_pool *pool;
} pluk_alloc;

/* lua_Alloc over a pluk_alloc (the ud). */
void *pluk_alloc_f (void *ud, void *ptr, size_t osize, size_t nsize);

/* Frees what a's states left in its free lists; call after lua_close. */
void pluk_alloc_release (pluk_alloc *a);

/*
** A new Lua state with the standard libraries, `lpeg`, `re` and `pluk.core`
** loadable, package.path led by lua_dir (when not NULL) and pluk.core's
** RULES_DIR set to rules_dir (when not NULL). Returns NULL when memory is
** exhausted. `a` must outlive the state.
*/
lua_State *pluk_host_newstate (pluk_alloc *a, const char *lua_dir,
                               const char *rules_dir);

/* Longest directory name the host keeps. */
#define PLUK_MAXPATH 4096

/*
** Where the Lua modules and the built-in rules are, judged from `anchor`,
** the directory holding the running binary or library:
**   anchor/../lua, anchor/../rules                 a build tree (build/)
**   anchor/../share/lua/5.4, anchor/../share/pluk/rules   an install under
**                                                  any prefix (relocatable)
**   else PLUK_LUA_DIR, PLUK_RULES_DIR as compiled in.
** Both buffers hold PLUK_MAXPATH bytes.
*/
void pluk_host_find_dirs (const char *anchor, char *lua_dir, char *rules_dir);

/* Caps the memory of a state made by pluk_host_newstate at what it holds
** now plus `bytes` (0 removes the cap). Returns 0 when L does not use the
** limiting allocator (a state of a foreign host). */
int pluk_host_set_memory_limit (lua_State *L, size_t bytes);

/* Message handler for lua_pcall: adds a traceback to string errors. */
int pluk_host_traceback (lua_State *L);

#endif
