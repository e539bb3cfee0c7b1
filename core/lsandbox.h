/*
** lsandbox.h -- the limits behind --sandbox (see lsandbox.c).
*/
#ifndef PLUK_LSANDBOX_H
#define PLUK_LSANDBOX_H

#include <lua.h>

/* Adds set_memory_limit, set_instruction_limit, reset_instructions and
** isolated to the pluk.core table at index `core`. */
void pluk_open_sandbox (lua_State *L, int core);

#endif
