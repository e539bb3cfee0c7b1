/*
** ltext.h -- the C half of the `pluk.text` Lua API (see ltext.c and
** docs/lua-text.md).
*/
#ifndef PLUK_LTEXT_H
#define PLUK_LTEXT_H

#include <lua.h>

/*
** Pushes a new table holding the pluk.text C functions (segment iterators,
** counts, normalisation, case mapping, width, categories, validation and
** the code point ranges the LPeg classes are built from). Returns 1.
** luaopen_pluk_core stores it as `core.text`; lua/pluk/text.lua builds the
** user-facing module on top of it.
*/
int pluk_open_text (lua_State *L);

#endif
