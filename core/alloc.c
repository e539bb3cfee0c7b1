/*
** alloc.c -- the allocator of every Lua state pluk makes (lua_Alloc's
** contract): it keeps the state under pluk_alloc.limit, and it serves
** small blocks from free lists.
**
** Why free lists: a rule run makes and drops millions of small strings,
** tables and closures; glibc's malloc/realloc/free took 6.6% of the
** instructions of a quotes+attributions run (callgrind). Blocks of up to
** PLUK_SMALL_MAX bytes are cut from PLUK_CHUNK-byte chunks and go back to
** a free list per size class when Lua frees them; the chunks return to
** the system when the state is closed (pluk_alloc_release). A block's size
** as Lua reports it decides where it lives, so a small block is always a
** pool block and a large one always a malloc block. The limit counts the
** sizes Lua asked for, as before.
**
** With PLUK_NO_POOL (the SANITIZE=1 build) every block goes to malloc, so
** AddressSanitizer still sees use after free inside Lua objects.
*/
#include <stdlib.h>
#include <string.h>

#include "host.h"

/* Largest block served from the free lists; a multiple of PLUK_GRAIN.
   (1024, not 256: the array part of a token list, text.tokens over a
   cue's window of some 70 bytes, is 36 slots of 16 bytes, and such
   tables and sentence-long strings went to malloc and free, 1% of a
   quotes+attributions run; 512 kept half of that, 2048 no more than
   1024) */
#define PLUK_SMALL_MAX 1024
/* Size-class step: also the alignment of every pool block. */
#define PLUK_GRAIN 16
/* Bytes malloc'd at a time for small blocks. */
#define PLUK_CHUNK (64 * 1024)

struct pluk_chunk { struct pluk_chunk *next; };

/* A free block holds the next free block of its class. */
typedef struct pluk_free_block { struct pluk_free_block *next; } pluk_free_block;

struct pluk_pool {
  pluk_free_block *free[PLUK_SMALL_MAX / PLUK_GRAIN + 1];
  struct pluk_chunk *chunks;   /* every chunk, to release them */
  char *cut, *cut_end;         /* the uncut rest of the newest chunk */
};

#define size_class(n) (((n) + PLUK_GRAIN - 1) / PLUK_GRAIN)

#ifndef PLUK_NO_POOL

/* A block of class k (k * PLUK_GRAIN bytes), or NULL when memory is out. */
static void *pool_get (pluk_alloc *a, size_t k) {
  struct pluk_pool *p = a->pool;
  if (p == NULL) {
    p = a->pool = (struct pluk_pool *)calloc(1, sizeof *p);
    if (p == NULL) return NULL;
  }
  pluk_free_block *b = p->free[k];
  if (b != NULL) {
    p->free[k] = b->next;
    return b;
  }
  size_t bytes = k * PLUK_GRAIN;
  if ((size_t)(p->cut_end - p->cut) < bytes) {
    /* the chunk's header takes one grain, so blocks stay aligned */
    struct pluk_chunk *c = (struct pluk_chunk *)malloc(PLUK_CHUNK);
    if (c == NULL) return NULL;
    c->next = p->chunks;
    p->chunks = c;
    p->cut = (char *)c + PLUK_GRAIN;
    p->cut_end = (char *)c + PLUK_CHUNK;
  }
  void *block = p->cut;
  p->cut += bytes;
  return block;
}

static void pool_put (pluk_alloc *a, void *block, size_t k) {
  pluk_free_block *b = (pluk_free_block *)block;
  b->next = a->pool->free[k];
  a->pool->free[k] = b;
}

#define is_small(n) ((n) <= PLUK_SMALL_MAX)

#else

#define pool_get(a, k) NULL
#define pool_put(a, b, k) ((void)0)
#define is_small(n) 0

#endif


void *pluk_alloc_f (void *ud, void *ptr, size_t osize, size_t nsize) {
  pluk_alloc *a = (pluk_alloc *)ud;
  if (ptr == NULL) osize = 0;  /* osize is a type tag then */
  if (nsize == 0) {
    if (ptr != NULL) {
      if (is_small(osize)) pool_put(a, ptr, size_class(osize));
      else free(ptr);
      a->used -= osize;
    }
    return NULL;
  }
  if (a->limit > 0 && nsize > osize && a->used + (nsize - osize) > a->limit)
    return NULL;
  void *np;
  if (is_small(nsize)) {
    if (ptr != NULL && is_small(osize) && size_class(osize) == size_class(nsize))
      np = ptr;  /* same class: the block already fits */
    else {
      np = pool_get(a, size_class(nsize));
      if (np != NULL && ptr != NULL) {
        memcpy(np, ptr, osize < nsize ? osize : nsize);
        if (is_small(osize)) pool_put(a, ptr, size_class(osize));
        else free(ptr);
      }
    }
  } else if (ptr == NULL || !is_small(osize)) {
    np = realloc(ptr, nsize);
  } else {  /* a small block grows out of the pool */
    np = malloc(nsize);
    if (np != NULL) {
      memcpy(np, ptr, osize);
      pool_put(a, ptr, size_class(osize));
    }
  }
  if (np != NULL) a->used = a->used - osize + nsize;
  return np;
}


void pluk_alloc_release (pluk_alloc *a) {
  struct pluk_pool *p = a->pool;
  if (p == NULL) return;
  while (p->chunks != NULL) {
    struct pluk_chunk *c = p->chunks;
    p->chunks = c->next;
    free(c);
  }
  free(p);
  a->pool = NULL;
}
