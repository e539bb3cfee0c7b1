/*
** fixed_time.c -- an LD_PRELOAD shim for tests/bench/rules_instr.sh:
** time() answers FIXED_TIME (default 1000000) instead of the clock.
**
** Why: Lua 5.4 seeds its string hash with time() when a state opens, so
** the table layouts, and with them the instruction counts, move by about
** 1% from one run to the next. Under valgrind the addresses that go into
** the seed repeat; with this shim the time does too, and two runs of the
** same tree count the same instructions, so a change of 0.5% shows.
*/
#include <stdlib.h>
#include <time.h>

time_t time (time_t *t) {
  const char *e = getenv("FIXED_TIME");
  time_t v = e ? (time_t)atol(e) : 1000000;
  if (t != NULL) *t = v;
  return v;
}
