/*
** ljson.h -- pluk.core.json_decode (see ljson.c).
*/
#ifndef PLUK_LJSON_H
#define PLUK_LJSON_H

#include <lua.h>

/* Adds json_decode to the pluk.core table at index `core`. */
void pluk_open_json (lua_State *L, int core);

#endif
