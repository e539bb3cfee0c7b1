/*
** lpool.h -- worker threads for pluk.core.pool (see lpool.c).
*/
#ifndef PLUK_LPOOL_H
#define PLUK_LPOOL_H

#include <lua.h>

/* Pushes the pool() constructor, bound to the pluk.core table at `core`. */
void pluk_open_pool (lua_State *L, int core);

#endif
