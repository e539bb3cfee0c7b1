/*
** lpool.c -- worker threads, one Lua state each, and the reorder window.
**
** pluk.core.pool(n, setup [, window]) starts n threads. Each builds its own
** Lua state (same modules and rules as the caller's) and runs the Lua
** chunk `setup`, which must return a function process(job) -> string.
** Jobs and results are plain strings, so no Lua value ever crosses states.
**
**   pool:submit(job)       queue a job; an error when the window is full
**                          (call next() first: memory stays bounded)
**   pool:full()            true when submit() would fail
**   pool:next([any [, nowait]])
**                          the next result in submission order (or, with
**                          any = true, whichever finished first):
**                          ok, result, seq  -- ok false: result is the error
**                          nil when nothing is in flight, or (nowait) when
**                          that result is not ready yet
**   pool:close()           stop and join the threads (also on collection)
**
** Output order is the submission order, so a run is the same whatever n.
**
** Small articles take a worker some microseconds, less than waking a
** sleeping thread, so threads are woken in batches: a queued job wakes an
** idle worker only once PLUK_POOL_BATCH jobs (or PLUK_POOL_BATCH_BYTES)
** wait, or when the caller is about to wait itself; a finished job wakes
** the caller only when it waits for that very job.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>

#include "host.h"
#include "lpool.h"

#define PLUK_POOL_MAXTHREADS 256
#define PLUK_POOL_BATCH 8
#define PLUK_POOL_BATCH_BYTES (256 * 1024)
/* default window: 4 jobs per thread whatever their size, up to 64 per
** thread while the jobs in flight total under PLUK_POOL_WINDOW_BYTES */
#define PLUK_POOL_MIN_PER_THREAD 4
#define PLUK_POOL_MAX_PER_THREAD 64
#define PLUK_POOL_WINDOW_BYTES (8 * 1024 * 1024)
/* a job at least this big is followed by a full garbage collection */
#define PLUK_POOL_COLLECT_BYTES (1024 * 1024)
#define PLUK_POOL_TYPE "pluk.pool"

typedef struct pool_slot {
  char *job;              /* owned; NULL once taken by a worker */
  size_t job_len;
  char *result;           /* owned, set by the worker */
  size_t result_len;
  int state;              /* SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE */
  int ok;                 /* process() returned normally */
  lua_Integer seq;
} pool_slot;

enum { SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

typedef struct pluk_pool {
  pthread_mutex_t lock;
  pthread_cond_t work;    /* a job was queued, or stop */
  pthread_cond_t done;    /* a job finished, or a worker failed to start */
  pool_slot *slots;       /* ring of `window` slots */
  size_t window;          /* jobs in flight at most */
  size_t min_window;      /* ... and at least, whatever their bytes */
  size_t window_bytes;    /* beyond min_window: bytes of jobs in flight */
  size_t bytes_in_flight;
  size_t queued, queued_bytes;  /* jobs no worker has taken yet */
  int idle;               /* workers waiting for work */
  int waiting;            /* the caller waits in next() ... */
  lua_Integer wait_seq;   /* ... for this job, or -1: for any */
  lua_Integer next_seq;   /* sequence number of the next submission */
  lua_Integer out_seq;    /* sequence number next() returns next */
  size_t in_flight;
  int stop;
  int nthreads, started;
  pthread_t *threads;
  char *setup;            /* the setup chunk, shared read-only */
  char *lua_dir, *rules_dir;
  char *start_error;      /* first worker that could not start */
} pluk_pool;


static char *dup_bytes (const char *s, size_t len) {
  char *d = (char *)malloc(len + 1);
  if (d) {
    memcpy(d, s, len);
    d[len] = '\0';
  }
  return d;
}


/* The worker's Lua side: builds process() from the setup chunk. */
static int worker_init (lua_State *L) {
  const char *setup = (const char *)lua_touserdata(L, 1);
  if (luaL_loadbuffer(L, setup, strlen(setup), "=pool setup") != LUA_OK)
    return lua_error(L);
  lua_call(L, 0, 1);
  if (!lua_isfunction(L, -1))
    return luaL_error(L, "pool setup must return a function");
  return 1;
}


static void *worker_main (void *arg) {
  pluk_pool *p = (pluk_pool *)arg;
  pluk_alloc alloc = {0};
  lua_State *L = pluk_host_newstate(&alloc, p->lua_dir, p->rules_dir);
  int ready = 0;
  if (L != NULL) {
    lua_pushcfunction(L, pluk_host_traceback);
    lua_pushcfunction(L, worker_init);
    lua_pushlightuserdata(L, p->setup);
    ready = lua_pcall(L, 1, 1, 1) == LUA_OK;  /* stack: handler, process */
  }
  if (!ready) {
    pthread_mutex_lock(&p->lock);
    if (p->start_error == NULL) {
      const char *msg = L ? lua_tostring(L, -1) : "not enough memory";
      p->start_error = dup_bytes(msg ? msg : "?", strlen(msg ? msg : "?"));
    }
    pthread_cond_broadcast(&p->done);
    pthread_mutex_unlock(&p->lock);
    if (L) lua_close(L);
    pluk_alloc_release(&alloc);
    return NULL;
  }
  for (;;) {
    pthread_mutex_lock(&p->lock);
    pool_slot *slot = NULL;
    while (!p->stop) {
      /* the oldest queued job first: keeps the reorder window short */
      for (lua_Integer s = p->out_seq; s < p->next_seq; s++) {
        pool_slot *c = &p->slots[(size_t)s % p->window];
        if (c->state == SLOT_QUEUED) { slot = c; break; }
      }
      if (slot) break;
      p->idle++;
      pthread_cond_wait(&p->work, &p->lock);
      p->idle--;
    }
    if (slot == NULL) {  /* stop */
      pthread_mutex_unlock(&p->lock);
      break;
    }
    slot->state = SLOT_RUNNING;
    p->queued--;
    p->queued_bytes -= slot->job_len;
    char *job = slot->job;
    size_t job_len = slot->job_len;
    slot->job = NULL;
    pthread_mutex_unlock(&p->lock);

    lua_pushvalue(L, 2);
    lua_pushlstring(L, job, job_len);
    free(job);
    int ok = lua_pcall(L, 1, 1, 1) == LUA_OK;
    size_t rlen = 0;
    const char *r = lua_tolstring(L, -1, &rlen);
    if (r == NULL) {
      r = ok ? "" : "(error object is not a string)";
      rlen = strlen(r);
      if (ok) ok = lua_isnil(L, -1);  /* nil is an empty result */
    }
    char *copy = dup_bytes(r, rlen);
    lua_settop(L, 2);
    /* the garbage of a big article goes at once, not when the collector
    ** would get to it: memory stays near one article's worth */
    if (job_len >= PLUK_POOL_COLLECT_BYTES) lua_gc(L, LUA_GCCOLLECT);

    pthread_mutex_lock(&p->lock);
    slot->result = copy;
    slot->result_len = copy ? rlen : 0;
    slot->ok = ok && copy != NULL;
    if (copy == NULL) slot->result = dup_bytes("not enough memory", 17);
    slot->state = SLOT_DONE;
    if (p->waiting && (p->wait_seq < 0 || p->wait_seq == slot->seq))
      pthread_cond_broadcast(&p->done);
    pthread_mutex_unlock(&p->lock);
  }
  lua_close(L);
  pluk_alloc_release(&alloc);
  return NULL;
}


static pluk_pool *check_pool (lua_State *L) {
  pluk_pool **pp = (pluk_pool **)luaL_checkudata(L, 1, PLUK_POOL_TYPE);
  if (*pp == NULL) luaL_error(L, "pool is closed");
  return *pp;
}


static void pool_free (pluk_pool *p) {
  pthread_mutex_lock(&p->lock);
  p->stop = 1;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->lock);
  for (int i = 0; i < p->started; i++) pthread_join(p->threads[i], NULL);
  for (size_t i = 0; i < p->window; i++) {
    free(p->slots[i].job);
    free(p->slots[i].result);
  }
  pthread_mutex_destroy(&p->lock);
  pthread_cond_destroy(&p->work);
  pthread_cond_destroy(&p->done);
  free(p->slots);
  free(p->threads);
  free(p->setup);
  free(p->lua_dir);
  free(p->rules_dir);
  free(p->start_error);
  free(p);
}


/* Raises the start error of a worker, if there is one (lock held). */
static void check_started (lua_State *L, pluk_pool *p) {
  if (p->start_error) {
    lua_pushfstring(L, "worker failed to start: %s", p->start_error);
    pthread_mutex_unlock(&p->lock);
    lua_error(L);
  }
}


/* The ring holds the jobs from out_seq to next_seq; with next(true) taking
** results out of order, a slot is reused only once out_seq has passed it. */
static int window_full (pluk_pool *p) {
  size_t n = (size_t)(p->next_seq - p->out_seq);
  return n >= p->window ||
         (n >= p->min_window && p->bytes_in_flight >= p->window_bytes);
}


/* Wakes the idle workers when jobs wait for them (lock held). */
static void wake_workers (pluk_pool *p) {
  if (p->idle > 0 && p->queued > 0) pthread_cond_broadcast(&p->work);
}


/* pool:submit(job) */
static int pool_submit (lua_State *L) {
  pluk_pool *p = check_pool(L);
  size_t len;
  const char *job = luaL_checklstring(L, 2, &len);
  char *copy = dup_bytes(job, len);
  if (copy == NULL) return luaL_error(L, "not enough memory");
  pthread_mutex_lock(&p->lock);
  if (p->start_error || window_full(p)) {
    free(copy);
    check_started(L, p);
    pthread_mutex_unlock(&p->lock);
    return luaL_error(L, "pool window is full: take results with next() first");
  }
  pool_slot *slot = &p->slots[(size_t)p->next_seq % p->window];
  slot->job = copy;
  slot->job_len = len;
  slot->state = SLOT_QUEUED;
  slot->seq = p->next_seq++;
  p->in_flight++;
  p->bytes_in_flight += len;
  p->queued++;
  p->queued_bytes += len;
  if (p->queued >= PLUK_POOL_BATCH || p->queued_bytes >= PLUK_POOL_BATCH_BYTES)
    wake_workers(p);
  pthread_mutex_unlock(&p->lock);
  lua_pushinteger(L, slot->seq);
  return 1;
}


/* pool:full() -> true when submit would block (the window is full). */
static int pool_full (lua_State *L) {
  pluk_pool *p = check_pool(L);
  pthread_mutex_lock(&p->lock);
  int full = window_full(p);
  pthread_mutex_unlock(&p->lock);
  lua_pushboolean(L, full);
  return 1;
}


/* pool:next([any [, nowait]]) -> ok, result, seq | nil */
static int pool_next (lua_State *L) {
  pluk_pool *p = check_pool(L);
  int any = lua_toboolean(L, 2);
  int nowait = lua_toboolean(L, 3);
  pthread_mutex_lock(&p->lock);
  if (p->in_flight == 0) {
    pthread_mutex_unlock(&p->lock);
    lua_pushnil(L);
    return 1;
  }
  pool_slot *slot = NULL;
  for (;;) {
    check_started(L, p);
    if (any) {
      for (lua_Integer s = p->out_seq; s < p->next_seq; s++) {
        pool_slot *c = &p->slots[(size_t)s % p->window];
        if (c->state == SLOT_DONE) { slot = c; break; }
      }
    } else {
      pool_slot *c = &p->slots[(size_t)p->out_seq % p->window];
      if (c->state == SLOT_DONE) slot = c;
    }
    if (slot) break;
    wake_workers(p);  /* the last jobs of a batch too */
    if (nowait) {
      pthread_mutex_unlock(&p->lock);
      lua_pushnil(L);
      return 1;
    }
    p->waiting = 1;
    p->wait_seq = any ? -1 : p->out_seq;
    pthread_cond_wait(&p->done, &p->lock);
    p->waiting = 0;
  }
  char *result = slot->result;
  size_t rlen = slot->result_len;
  int ok = slot->ok;
  lua_Integer seq = slot->seq;
  slot->result = NULL;
  slot->state = SLOT_FREE;
  p->in_flight--;
  p->bytes_in_flight -= slot->job_len;
  /* out_seq moves past every freed slot, keeping the ring contiguous */
  while (p->out_seq < p->next_seq &&
         p->slots[(size_t)p->out_seq % p->window].state == SLOT_FREE)
    p->out_seq++;
  pthread_mutex_unlock(&p->lock);
  lua_pushboolean(L, ok);
  lua_pushlstring(L, result ? result : "", rlen);
  free(result);
  lua_pushinteger(L, seq);
  return 3;
}


static int pool_close (lua_State *L) {
  pluk_pool **pp = (pluk_pool **)luaL_checkudata(L, 1, PLUK_POOL_TYPE);
  if (*pp) {
    pool_free(*pp);
    *pp = NULL;
  }
  return 0;
}


static char *field_dup (lua_State *L, const char *key) {
  lua_getfield(L, lua_upvalueindex(1), key);
  const char *s = lua_tostring(L, -1);
  char *d = s ? dup_bytes(s, strlen(s)) : NULL;
  lua_pop(L, 1);
  return d;
}


/*
** pool(n, setup [, window [, min_window [, window_bytes]]]): n worker
** threads (1..256), setup a Lua chunk returning process(job). At most
** `window` jobs are in flight (default 64n); beyond `min_window` (default
** 4n) only while the jobs in flight total under window_bytes (default
** 8 MiB), so memory is bounded by min_window of the largest jobs.
** Errors when a thread cannot be started.
*/
static int pool_new (lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 1);
  size_t setup_len;
  const char *setup = luaL_checklstring(L, 2, &setup_len);
  luaL_argcheck(L, n >= 1 && n <= PLUK_POOL_MAXTHREADS, 1,
                "between 1 and 256 threads");
  lua_Integer window = luaL_optinteger(L, 3, PLUK_POOL_MAX_PER_THREAD * n);
  luaL_argcheck(L, window >= n && window <= 1 << 20, 3, "window out of range");
  lua_Integer min_window = luaL_optinteger(L, 4,
    PLUK_POOL_MIN_PER_THREAD * n < window ? PLUK_POOL_MIN_PER_THREAD * n : window);
  luaL_argcheck(L, min_window >= 1 && min_window <= window, 4,
                "min_window out of range");
  lua_Integer window_bytes = luaL_optinteger(L, 5, PLUK_POOL_WINDOW_BYTES);
  luaL_argcheck(L, window_bytes >= 0, 5, "window_bytes must not be negative");
  pluk_pool **pp = (pluk_pool **)lua_newuserdatauv(L, sizeof(pluk_pool *), 0);
  *pp = NULL;
  luaL_setmetatable(L, PLUK_POOL_TYPE);
  pluk_pool *p = (pluk_pool *)calloc(1, sizeof(pluk_pool));
  if (p == NULL) return luaL_error(L, "not enough memory");
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  p->window = (size_t)window;
  p->min_window = (size_t)min_window;
  p->window_bytes = (size_t)window_bytes;
  p->slots = (pool_slot *)calloc(p->window, sizeof(pool_slot));
  p->threads = (pthread_t *)calloc((size_t)n, sizeof(pthread_t));
  p->setup = dup_bytes(setup, setup_len);
  p->lua_dir = field_dup(L, "LUA_DIR");
  p->rules_dir = field_dup(L, "RULES_DIR");
  *pp = p;  /* from here on, __gc frees it */
  if (!p->slots || !p->threads || !p->setup)
    return luaL_error(L, "not enough memory");
  p->nthreads = (int)n;
  for (int i = 0; i < p->nthreads; i++) {
    if (pthread_create(&p->threads[i], NULL, worker_main, p) != 0)
      return luaL_error(L, "cannot start worker thread %d", i + 1);
    p->started++;
  }
  return 1;
}


static const luaL_Reg pool_methods[] = {
  {"submit", pool_submit},
  {"next", pool_next},
  {"full", pool_full},
  {"close", pool_close},
  {NULL, NULL}
};


/* Pushes pool() as a closure over the pluk.core table at index `core`
** (it reads LUA_DIR and RULES_DIR from there when a pool starts). */
void pluk_open_pool (lua_State *L, int core) {
  core = lua_absindex(L, core);
  if (luaL_newmetatable(L, PLUK_POOL_TYPE)) {
    luaL_newlib(L, pool_methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, pool_close);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, pool_close);
    lua_setfield(L, -2, "__close");
  }
  lua_pop(L, 1);
  lua_pushvalue(L, core);
  lua_pushcclosure(L, pool_new, 1);
}
