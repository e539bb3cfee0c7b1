/*
** lsandbox.c -- the limits behind `--sandbox` (policy is in
** lua/pluk/sandbox.lua):
**
**   set_memory_limit(bytes)      cap the state's memory at what it holds
**                                now plus `bytes` (0: no cap); false when
**                                the state does not use pluk's allocator
**   set_instruction_limit(n)     after n VM instructions since the last
**                                reset_instructions(), raise an error (0: off)
**   reset_instructions()
**   isolated(fn, arg, seconds)   run fn(arg) -> string in a child process
**                                limited to `seconds` of CPU time; returns
**                                true, result | false, message
**   sandbox_mark(s)              in that child, note what runs (a rule
**                                file) for the parent's message
**
** A pure-C LPeg match never reaches a Lua hook, so only a process limit can
** stop it; the child is forked from the worker, runs the one article and
** exits. After fork() only the calling thread exists in the child; glibc
** keeps malloc usable there, and the child touches nothing but its own
** Lua state and the pipe.
*/
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE  /* MAP_ANONYMOUS */

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>

#include "host.h"
#include "lsandbox.h"

/* VM instructions between two looks at the budget. */
#define PLUK_HOOK_EVERY 1000
#define PLUK_REG_BUDGET "pluk.instruction_budget"
#define PLUK_REG_LIMIT "pluk.instruction_limit"
#define PLUK_REG_MARK "pluk.sandbox_mark"
#define PLUK_REG_WHERE "pluk.sandbox_where"
/* Size of the page where a child notes what it is running. */
#define PLUK_MARK_SIZE 4096


static int sb_set_memory_limit (lua_State *L) {
  lua_Integer bytes = luaL_checkinteger(L, 1);
  luaL_argcheck(L, bytes >= 0, 1, "must not be negative");
  lua_pushboolean(L, pluk_host_set_memory_limit(L, (size_t)bytes));
  return 1;
}


static void count_hook (lua_State *L, lua_Debug *ar) {
  /* note where Lua is, so an out-of-memory error (which carries no
     position) can still name the rule's line: see sandbox_where() */
  if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) {
    lua_pushfstring(L, "%s:%d", ar->short_src, ar->currentline);
    lua_setfield(L, LUA_REGISTRYINDEX, PLUK_REG_WHERE);
  }
  lua_getfield(L, LUA_REGISTRYINDEX, PLUK_REG_BUDGET);
  lua_Integer left = lua_tointeger(L, -1) - PLUK_HOOK_EVERY;
  lua_pop(L, 1);
  lua_pushinteger(L, left);
  lua_setfield(L, LUA_REGISTRYINDEX, PLUK_REG_BUDGET);
  if (left < 0) {
    lua_getfield(L, LUA_REGISTRYINDEX, PLUK_REG_LIMIT);
    lua_Integer limit = lua_tointeger(L, -1);
    lua_pop(L, 1);
    /* name the rule's line: the hook's `ar` is the interrupted function */
    if (ar->currentline > 0)
      lua_pushfstring(L, "%s:%d: ", ar->short_src, ar->currentline);
    else
      lua_pushliteral(L, "");
    lua_pushfstring(L, "sandbox: instruction limit (%I) exceeded", limit);
    lua_concat(L, 2);
    lua_error(L);
  }
}


/* sandbox_where() -> "file:line" Lua was running at the hook's last look
** (every PLUK_HOOK_EVERY instructions), or nil. */
static int sb_where (lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, PLUK_REG_WHERE);
  return 1;
}


static int sb_reset_instructions (lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, PLUK_REG_LIMIT);
  lua_setfield(L, LUA_REGISTRYINDEX, PLUK_REG_BUDGET);
  return 0;
}


static int sb_set_instruction_limit (lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 1);
  luaL_argcheck(L, n >= 0, 1, "must not be negative");
  lua_pushinteger(L, n);
  lua_setfield(L, LUA_REGISTRYINDEX, PLUK_REG_LIMIT);
  sb_reset_instructions(L);
  if (n > 0) lua_sethook(L, count_hook, LUA_MASKCOUNT, PLUK_HOOK_EVERY);
  else lua_sethook(L, NULL, 0, 0);
  return 0;
}


static int write_all (int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}


/* The child's side: run fn(arg), send a status byte and the string. */
static void run_child (lua_State *L, int fd, lua_Integer seconds) {
  struct rlimit rl;
  rl.rlim_cur = (rlim_t)seconds;
  rl.rlim_max = (rlim_t)seconds + 1;  /* SIGXCPU first, SIGKILL a second on */
  setrlimit(RLIMIT_CPU, &rl);
  signal(SIGINT, SIG_IGN);  /* the parent decides about interrupts */
  lua_pushcfunction(L, pluk_host_traceback);
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  int ok = lua_pcall(L, 1, 1, -3) == LUA_OK;
  size_t len = 0;
  const char *s = lua_tolstring(L, -1, &len);
  if (s == NULL) {
    s = ok ? "" : "(error object is not a string)";
    len = strlen(s);
  }
  char status = ok ? 'o' : 'e';
  int rc = write_all(fd, &status, 1) == 0 && write_all(fd, s, len) == 0;
  _exit(rc ? 0 : 1);
}


/* mark(s): a rule starts. The position sandbox_where() keeps is from
** before it, so it is dropped: a memory error in the rule then names the
** rule's line only if the hook saw one. In a child made by isolated(),
** also note s (e.g. the rule file being run) where the parent can read it
** if the child is killed. */
static int sb_mark (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_pushnil(L);
  lua_setfield(L, LUA_REGISTRYINDEX, PLUK_REG_WHERE);
  lua_getfield(L, LUA_REGISTRYINDEX, PLUK_REG_MARK);
  char *page = (char *)lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (page != NULL) {
    if (len >= PLUK_MARK_SIZE) len = PLUK_MARK_SIZE - 1;
    memcpy(page, s, len);
    page[len] = '\0';
  }
  return 0;
}


static int sb_isolated (lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  luaL_checkstring(L, 2);
  lua_Integer seconds = luaL_checkinteger(L, 3);
  luaL_argcheck(L, seconds >= 1, 3, "at least one second");
  lua_settop(L, 3);
  int fds[2];
  char *page = (char *)mmap(NULL, PLUK_MARK_SIZE, PROT_READ | PROT_WRITE,
                            MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (page == MAP_FAILED) return luaL_error(L, "mmap: %s", strerror(errno));
  page[0] = '\0';
  if (pipe(fds) != 0) {
    munmap(page, PLUK_MARK_SIZE);
    return luaL_error(L, "pipe: %s", strerror(errno));
  }
  fflush(NULL);  /* nothing buffered may be written twice */
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    munmap(page, PLUK_MARK_SIZE);
    return luaL_error(L, "fork: %s", strerror(errno));
  }
  if (pid == 0) {
    close(fds[0]);
    lua_pushlightuserdata(L, page);
    lua_setfield(L, LUA_REGISTRYINDEX, PLUK_REG_MARK);
    run_child(L, fds[1], seconds);
  }
  close(fds[1]);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fds[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    luaL_addlstring(&b, chunk, (size_t)n);
  }
  close(fds[0]);
  luaL_pushresult(&b);
  int st = 0;
  while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
  size_t len;
  const char *out = lua_tolstring(L, -1, &len);
  if (WIFSIGNALED(st)) {
    int sig = WTERMSIG(st);
    lua_pushboolean(L, 0);
    lua_pushstring(L, page[0] ? page : "?");
    if (sig == SIGXCPU || sig == SIGKILL)
      lua_pushfstring(L, ": sandbox: CPU time limit (%I s) exceeded", seconds);
    else
      lua_pushfstring(L, ": sandbox: rule process killed by signal %d", sig);
    lua_concat(L, 2);
    munmap(page, PLUK_MARK_SIZE);
    return 2;
  }
  munmap(page, PLUK_MARK_SIZE);
  if (len == 0 || WEXITSTATUS(st) != 0) {
    lua_pushboolean(L, 0);
    lua_pushliteral(L, "sandbox: rule process ended without a result");
    return 2;
  }
  lua_pushboolean(L, out[0] == 'o');
  lua_pushlstring(L, out + 1, len - 1);
  return 2;
}


static const luaL_Reg sandbox_funcs[] = {
  {"set_memory_limit", sb_set_memory_limit},
  {"set_instruction_limit", sb_set_instruction_limit},
  {"reset_instructions", sb_reset_instructions},
  {"isolated", sb_isolated},
  {"sandbox_mark", sb_mark},
  {"sandbox_where", sb_where},
  {NULL, NULL}
};


void pluk_open_sandbox (lua_State *L, int core) {
  core = lua_absindex(L, core);
  for (const luaL_Reg *r = sandbox_funcs; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, core, r->name);
  }
}
