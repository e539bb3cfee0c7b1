/*
** lpluk.c -- the `pluk.core` C module: the small set of things the Lua half
** of pluk cannot do fast or at all in plain Lua (segmentation lives in
** ltext.c; this file holds system access and the output encoder).
**
** Loaded by the pluk command and libpluk through package.preload, and by a
** stock lua5.4 as the C module pluk/core.so.
*/
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <dirent.h>
#include <stdio.h>
#include <signal.h>
#include <time.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>
#include <lua-lpeg.h>
#include <utf8proc.h>
#include <zlib.h>

#include "ljson.h"
#include "lpool.h"
#include "lsandbox.h"
#include "ltext.h"
#include "pluk.h"
#include "segment.h"

#ifndef PLUK_RULES_DIR
#define PLUK_RULES_DIR "/usr/local/share/pluk/rules"
#endif

/* Unicode version of the segmentation tables and of utf8proc 2.8. */
#define PLUK_UNICODE_VERSION "15.0.0"


/*
** json_string(s) -> the JSON string literal for s (with the quotes).
** Invalid UTF-8 becomes U+FFFD, one per maximal invalid subpart, so the
** output is always valid UTF-8 and valid JSON whatever the input bytes.
** Control characters, '"' and '\\' are escaped; U+2028/U+2029 too, so the
** line is also a valid JavaScript literal.
*/
static int core_json_string (lua_State *L) {
  size_t len, i = 0;
  const unsigned char *s =
      (const unsigned char *)luaL_checklstring(L, 1, &len);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addchar(&b, '"');
  while (i < len) {
    size_t run = i;
    /* copy runs of plain ASCII in one go: the common case */
    while (run < len && s[run] >= 0x20 && s[run] < 0x80 && s[run] != '"' &&
           s[run] != '\\')
      run++;
    if (run > i) {
      luaL_addlstring(&b, (const char *)s + i, run - i);
      i = run;
      if (i >= len) break;
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      switch (c) {
        case '"': luaL_addstring(&b, "\\\""); break;
        case '\\': luaL_addstring(&b, "\\\\"); break;
        case '\n': luaL_addstring(&b, "\\n"); break;
        case '\r': luaL_addstring(&b, "\\r"); break;
        case '\t': luaL_addstring(&b, "\\t"); break;
        case '\b': luaL_addstring(&b, "\\b"); break;
        case '\f': luaL_addstring(&b, "\\f"); break;
        default: {
          char esc[8];
          esc[0] = '\\'; esc[1] = 'u'; esc[2] = '0'; esc[3] = '0';
          esc[4] = "0123456789abcdef"[c >> 4];
          esc[5] = "0123456789abcdef"[c & 15];
          luaL_addlstring(&b, esc, 6);
        }
      }
      i++;
    } else {
      int32_t cp;
      size_t n = pluk_utf8_unit(s, len, i, &cp);
      if (cp < 0)
        luaL_addstring(&b, "\xEF\xBF\xBD");  /* U+FFFD */
      else if (cp == 0x2028)
        luaL_addstring(&b, "\\u2028");
      else if (cp == 0x2029)
        luaL_addstring(&b, "\\u2029");
      else
        luaL_addlstring(&b, (const char *)s + i, n);
      i += n;
    }
  }
  luaL_addchar(&b, '"');
  luaL_pushresult(&b);
  return 1;
}


/*
** listdir(path) -> array of {name, kind} sorted by name (bytewise), where
** kind is "file", "dir", "link" or "other"; or nil, message on error.
** "." and ".." are left out. Symlinks are reported as "link": the caller
** decides whether to follow them (and must guard against loops).
*/
static int entry_cmp (const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int core_listdir (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  DIR *d = opendir(path);
  if (d == NULL) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(errno));
    return 2;
  }
  /* collect names first so they can be sorted; kept on the Lua stack in a
     table to stay safe if a Lua allocation fails */
  lua_newtable(L);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    lua_pushstring(L, e->d_name);
    lua_rawseti(L, -2, ++n);
  }
  closedir(d);
  const char **names = (const char **)lua_newuserdatauv(L,
      sizeof(char *) * (size_t)(n > 0 ? n : 1), 0);
  for (int k = 0; k < n; k++) {
    lua_rawgeti(L, -2, k + 1);
    names[k] = lua_tostring(L, -1);
    lua_pop(L, 1);  /* still anchored in the table */
  }
  qsort(names, (size_t)n, sizeof(char *), entry_cmp);
  lua_createtable(L, n, 0);
  luaL_Buffer full;
  for (int k = 0; k < n; k++) {
    struct stat st;
    const char *kind = "other";
    luaL_buffinit(L, &full);
    luaL_addstring(&full, path);
    luaL_addchar(&full, '/');
    luaL_addstring(&full, names[k]);
    luaL_pushresult(&full);
    if (lstat(lua_tostring(L, -1), &st) == 0) {
      if (S_ISLNK(st.st_mode)) kind = "link";
      else if (S_ISDIR(st.st_mode)) kind = "dir";
      else if (S_ISREG(st.st_mode)) kind = "file";
    }
    lua_pop(L, 1);
    lua_createtable(L, 2, 0);
    lua_pushstring(L, names[k]);
    lua_rawseti(L, -2, 1);
    lua_pushstring(L, kind);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, k + 1);
  }
  return 1;
}


/*
** stat(path) -> kind ("file", "dir", "other"), size, device..inode key;
** follows symlinks; nil, message when it does not exist.
*/
static int core_stat (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  struct stat st;
  if (stat(path, &st) != 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(errno));
    return 2;
  }
  lua_pushstring(L, S_ISDIR(st.st_mode) ? "dir"
                    : S_ISREG(st.st_mode) ? "file" : "other");
  lua_pushinteger(L, (lua_Integer)st.st_size);
  lua_pushfstring(L, "%I:%I", (lua_Integer)st.st_dev,
                  (lua_Integer)st.st_ino);
  return 3;
}


/* isatty(fd) -> boolean: is file descriptor fd (0, 1, 2) a terminal? */
static int core_isatty (lua_State *L) {
  lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
  return 1;
}


/* cpu_count() -> number of online processors (at least 1). */
static int core_cpu_count (lua_State *L) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  lua_pushinteger(L, n > 0 ? n : 1);
  return 1;
}


/*
** open_input(path [, gz]) -> reader, or nil, message. path "-" is standard
** input. The input is gzip'd when gz is true (a .gz name), or when its
** first two bytes are the gzip magic; gzip members may be concatenated.
**   reader:read(n) -> up to n bytes ("" at the end), or nil, message,
**                     offset (0-based, in the compressed input) for a
**                     truncated, corrupt or fake gzip file
**   reader:line(max) -> the next line without its "\n" (a last line may
**                     lack it) and the 0-based offset where it starts;
**                     false, length, offset for a line longer than max
**                     bytes, which streams past without being kept;
**                     nil at the end; nil, message, offset on an error
**   reader:close()
** Reading streams: memory stays bounded whatever the file's size. Lines
** are cut in C from a read buffer, so each byte of a JSONL dump is copied
** once on its way into its line's string.
*/
#define PLUK_READER "pluk.reader"
#define PLUK_INBUF 65536
#define PLUK_LINEBUF (256 * 1024)

typedef struct reader {
  FILE *f;
  int is_stdin, gz, done;
  z_stream z;
  int z_ready;
  unsigned char in[PLUK_INBUF];
  size_t consumed;     /* compressed bytes handed to zlib before `in` */
  size_t in_len;       /* bytes in `in` */
  const char *error;   /* a read error, reported once the lines before it are out */
  size_t error_at;
  char *buf;           /* line(): bytes read but not yet returned */
  size_t buf_pos, buf_len;
  size_t offset;       /* stream offset of buf[0] */
} reader;

static reader *check_reader (lua_State *L) {
  reader *r = (reader *)luaL_checkudata(L, 1, PLUK_READER);
  if (r->f == NULL) luaL_error(L, "reader is closed");
  return r;
}

static int reader_close (lua_State *L) {
  reader *r = (reader *)luaL_checkudata(L, 1, PLUK_READER);
  if (r->z_ready) inflateEnd(&r->z);
  r->z_ready = 0;
  if (r->f && !r->is_stdin) fclose(r->f);
  r->f = NULL;
  free(r->buf);
  r->buf = NULL;
  return 0;
}

/* Refills r->in with the unread rest kept in front; returns bytes read. */
static size_t refill (reader *r) {
  size_t keep = r->z.avail_in;
  r->consumed += r->in_len - keep;
  memmove(r->in, r->z.next_in, keep);
  size_t n = fread(r->in + keep, 1, PLUK_INBUF - keep, r->f);
  r->in_len = keep + n;
  r->z.next_in = r->in;
  r->z.avail_in = (uInt)r->in_len;
  return n;
}

/* The stream offset of the compressed input read so far (for errors). */
static size_t in_offset (reader *r) {
  return r->consumed + (r->in_len - r->z.avail_in);
}

/* Reads up to want bytes into dst: sets *got (0 at the end) and returns
** NULL, or an error message (r->done is set either way at the end). */
static const char *read_some (reader *r, unsigned char *dst, size_t want,
                              size_t *got) {
  *got = 0;
  if (r->done) return NULL;
  if (!r->gz) {
    size_t n = 0;
    if (r->z.avail_in > 0) {  /* the bytes read to look for the magic */
      n = r->z.avail_in < want ? r->z.avail_in : want;
      memcpy(dst, r->z.next_in, n);
      r->z.next_in += n;
      r->z.avail_in -= (uInt)n;
    }
    if (n < want) n += fread(dst + n, 1, want - n, r->f);
    *got = n;
    if (n == 0) {
      r->done = 1;
      if (ferror(r->f)) return strerror(errno);
    }
    return NULL;
  }
  r->z.next_out = dst;
  r->z.avail_out = (uInt)want;
  while (r->z.avail_out > 0) {
    if (r->z.avail_in == 0 && refill(r) == 0) {
      /* no more input: fine only between members */
      if (r->z.total_in == 0 && r->z.total_out == 0) { r->done = 1; break; }
      r->done = 1;
      return "truncated gzip file";
    }
    int rc = inflate(&r->z, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      if (r->z.avail_in < 2) refill(r);
      if (r->z.avail_in == 0) { r->done = 1; break; }
      if (r->z.avail_in < 2 || r->z.next_in[0] != 0x1f || r->z.next_in[1] != 0x8b) {
        r->done = 1;
        return "trailing garbage after the last gzip member";
      }
      inflateReset(&r->z);  /* the next member of a concatenated file */
    } else if (rc == Z_DATA_ERROR) {
      r->done = 1;
      return r->z.msg ? r->z.msg : "corrupt gzip data";
    } else if (rc == Z_MEM_ERROR) {
      r->done = 1;
      return "out of memory in zlib";
    } else if (rc == Z_BUF_ERROR && r->z.avail_in > 0) {
      r->done = 1;
      return "corrupt gzip data";
    }
  }
  *got = want - r->z.avail_out;
  return NULL;
}

static int push_error (lua_State *L, const char *msg, size_t at) {
  luaL_pushfail(L);
  lua_pushstring(L, msg);
  lua_pushinteger(L, (lua_Integer)at);
  return 3;
}

static int reader_read (lua_State *L) {
  reader *r = check_reader(L);
  lua_Integer want = luaL_checkinteger(L, 2);
  luaL_argcheck(L, want > 0, 2, "must be positive");
  luaL_argcheck(L, r->buf == NULL, 1, "read() after line()");
  luaL_Buffer b;
  unsigned char *p = (unsigned char *)luaL_buffinitsize(L, &b, (size_t)want);
  size_t got;
  const char *err = read_some(r, p, (size_t)want, &got);
  if (err) return push_error(L, err, r->gz ? in_offset(r) : 0);
  luaL_pushresultsize(&b, got);
  return 1;
}

/* Refills r->buf once all its bytes are taken: false at the end or on an
** error (kept in r->error, reported by the next call). */
static int fill_lines (reader *r) {
  r->offset += r->buf_len;
  r->buf_pos = r->buf_len = 0;
  if (r->error || r->done) return 0;
  size_t got;
  const char *err = read_some(r, (unsigned char *)r->buf, PLUK_LINEBUF, &got);
  if (err) {
    r->error = err;
    r->error_at = r->gz ? in_offset(r) : r->offset;
  }
  r->buf_len = got;
  return got > 0;
}

static int reader_line (lua_State *L) {
  reader *r = check_reader(L);
  lua_Integer max = luaL_checkinteger(L, 2);
  luaL_argcheck(L, max >= 0, 2, "must not be negative");
  if (r->buf == NULL) {
    r->buf = (char *)malloc(PLUK_LINEBUF);
    if (r->buf == NULL) return luaL_error(L, "not enough memory");
  }
  if (r->buf_pos == r->buf_len && !fill_lines(r)) {
    if (r->error) {
      const char *e = r->error;
      r->error = NULL;
      return push_error(L, e, r->error_at);
    }
    lua_pushnil(L);
    return 1;
  }
  size_t start = r->offset + r->buf_pos;
  const char *p = r->buf + r->buf_pos;
  size_t avail = r->buf_len - r->buf_pos;
  const char *nl = (const char *)memchr(p, '\n', avail);
  if (nl && (size_t)(nl - p) <= (size_t)max) {  /* the common case */
    lua_pushlstring(L, p, (size_t)(nl - p));
    r->buf_pos += (size_t)(nl - p) + 1;
    lua_pushinteger(L, (lua_Integer)start);
    return 2;
  }
  /* the line runs past the buffer: gather it, or only count it once it
  ** is over max */
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  size_t len = 0;
  int keep = 1;
  for (;;) {
    p = r->buf + r->buf_pos;
    avail = r->buf_len - r->buf_pos;
    nl = (const char *)memchr(p, '\n', avail);
    size_t n = nl ? (size_t)(nl - p) : avail;
    if (keep && len + n > (size_t)max) keep = 0;
    if (keep) luaL_addlstring(&b, p, n);
    len += n;
    if (nl) { r->buf_pos += n + 1; break; }
    r->buf_pos = r->buf_len;
    if (!fill_lines(r)) break;  /* the end, or an error reported next call */
  }
  if (!nl && r->error) {  /* a line cut short by a read error is lost */
    lua_pop(L, 1);
    const char *e = r->error;
    r->error = NULL;
    return push_error(L, e, r->error_at);
  }
  if (keep) {
    luaL_pushresult(&b);
    lua_pushinteger(L, (lua_Integer)start);
    return 2;
  }
  lua_pop(L, 1);  /* the unfinished buffer; its memory goes with it */
  lua_pushboolean(L, 0);
  lua_pushinteger(L, (lua_Integer)len);
  lua_pushinteger(L, (lua_Integer)start);
  return 3;
}

static int core_open_input (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int want_gz = lua_toboolean(L, 2);
  reader *r = (reader *)lua_newuserdatauv(L, sizeof(reader), 0);
  memset(r, 0, sizeof *r);
  luaL_setmetatable(L, PLUK_READER);
  r->is_stdin = strcmp(path, "-") == 0;
  r->f = r->is_stdin ? stdin : fopen(path, "rb");
  if (r->f == NULL) {
    luaL_pushfail(L);
    lua_pushstring(L, strerror(errno));
    return 2;
  }
  r->z.next_in = r->in;
  r->z.avail_in = 0;
  refill(r);
  int magic = r->in_len >= 2 && r->in[0] == 0x1f && r->in[1] == 0x8b;
  if (want_gz && !magic && r->in_len > 0) {
    if (!r->is_stdin) fclose(r->f);
    r->f = NULL;
    luaL_pushfail(L);
    lua_pushstring(L, "not a gzip file (no gzip header)");
    return 2;
  }
  r->gz = magic;
  if (r->gz) {
    if (inflateInit2(&r->z, 15 + 16) != Z_OK)
      return luaL_error(L, "zlib: cannot initialise");
    r->z_ready = 1;
  }
  return 1;
}

/*
** catch_interrupt([tmp_path]) makes SIGINT and SIGTERM set a flag instead
** of killing the process, so the runner can stop between two articles: no
** half-written line, the temporary output removed, exit status 130. An
** article that runs on (a slow rule) must not make pluk unkillable: a
** second signal, or PLUK_GRACE_SECONDS after the first, ends the process
** at once (_exit(130)), removing tmp_path. Only the pluk command calls
** this; the library itself installs no handler.
** interrupted() -> the signal number caught, or false.
*/
#define PLUK_GRACE_SECONDS 3

static volatile sig_atomic_t caught_signal = 0;
static char cleanup_path[4096];

static void hard_exit (int sig) {
  (void)sig;
  if (cleanup_path[0]) unlink(cleanup_path);
  _exit(130);
}

static void on_signal (int sig) {
  if (caught_signal) hard_exit(sig);
  caught_signal = sig;
  alarm(PLUK_GRACE_SECONDS);
}

static int core_catch_interrupt (lua_State *L) {
  const char *tmp = luaL_optstring(L, 1, "");
  snprintf(cleanup_path, sizeof cleanup_path, "%s", tmp);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_RESTART;  /* a write in progress completes */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sa.sa_handler = hard_exit;
  sigaction(SIGALRM, &sa, NULL);
  return 0;
}

static int core_interrupted (lua_State *L) {
  if (caught_signal) lua_pushinteger(L, caught_signal);
  else lua_pushboolean(L, 0);
  return 1;
}


/* clock() -> seconds of wall time (monotonic), for progress and rates. */
static int core_clock (lua_State *L) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  lua_pushnumber(L, (lua_Number)ts.tv_sec + (lua_Number)ts.tv_nsec * 1e-9);
  return 1;
}


/* crc32(s) -> the CRC-32 of s (zlib's): a stable hash for --shard. */
static int core_crc32 (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  uLong crc = crc32(0L, Z_NULL, 0);
  while (len > 0) {  /* crc32 takes a uInt length */
    uInt n = len > 0x40000000u ? 0x40000000u : (uInt)len;
    crc = crc32(crc, (const Bytef *)s, n);
    s += n;
    len -= n;
  }
  lua_pushinteger(L, (lua_Integer)crc);
  return 1;
}


/*
** check_record(rec, text, null, rule, id) -> nothing when rec is a
** well-formed record of text, else what is wrong first:
**   "table"         rec is not a table
**   "span"          start or end is not an integer
**   "range"         not 0 <= start <= end <= #text
**   "text"          rec.text is not the bytes [start, end) of text
**   "key"           a field name that is not a string
**   "value", name   a field whose value is not a string, number, boolean
**                   or null (the JSON null sentinel)
** What pluk.record.check does, in this order: a type that is not a string
** becomes `rule and (rule.type or rule.name)` (the rule may be nil); then
** the checks; rec.text is filled with the span's bytes when it is nil;
** and a good record gets doc = id. pluk.record.check turns the answer
** into the rule's error message. In C because it runs for every field of
** every record, and in Lua it cost about 7% of the figures rule (a type()
** call and a lookup per field).
**
** The common record (a plain table with a string type, no metatable)
** takes one lua_next walk that checks every field and picks up start, end
** and text on the way; anything else (an error, a missing type, a
** metatable) takes record_check_fields, in the order above, so every
** answer and every change to rec is the same either way.
*/

/* the type default, then the checks; the answer as core_check_record's */
static int record_check_fields (lua_State *L) {
  size_t len, tlen;
  const char *text, *given;
  lua_Integer start, end;
  if (lua_getfield(L, 1, "type") != LUA_TSTRING) {
    if (!lua_toboolean(L, 4))
      lua_pushvalue(L, 4);
    else if (lua_getfield(L, 4, "type"), !lua_toboolean(L, -1)) {
      lua_pop(L, 1);
      lua_getfield(L, 4, "name");
    }
    lua_setfield(L, 1, "type");
  }
  text = luaL_checklstring(L, 2, &len);
  lua_settop(L, 5);
  lua_getfield(L, 1, "start");
  lua_getfield(L, 1, "end");
  if (!lua_isinteger(L, 6) || !lua_isinteger(L, 7)) {
    lua_pushliteral(L, "span");
    return 1;
  }
  start = lua_tointeger(L, 6);
  end = lua_tointeger(L, 7);
  if (start < 0 || end < start || (lua_Unsigned)end > (lua_Unsigned)len) {
    lua_pushliteral(L, "range");
    return 1;
  }
  lua_settop(L, 5);
  switch (lua_getfield(L, 1, "text")) {
    case LUA_TNIL:
      lua_pushlstring(L, text + start, (size_t)(end - start));
      lua_setfield(L, 1, "text");
      break;
    case LUA_TSTRING:
      given = lua_tolstring(L, -1, &tlen);
      if (tlen == (size_t)(end - start) && memcmp(given, text + start, tlen) == 0)
        break;
      /* FALLTHROUGH */
    default:
      lua_pushliteral(L, "text");
      return 1;
  }
  lua_settop(L, 5);
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    if (lua_type(L, -2) != LUA_TSTRING) {
      lua_pushliteral(L, "key");
      return 1;
    }
    switch (lua_type(L, -1)) {
      case LUA_TSTRING: case LUA_TNUMBER: case LUA_TBOOLEAN:
        break;
      default:
        if (!lua_rawequal(L, -1, 3)) {
          lua_pushliteral(L, "value");
          lua_pushvalue(L, -3);
          return 2;
        }
    }
    lua_pop(L, 1);
  }
  lua_pushvalue(L, 5);
  lua_setfield(L, 1, "doc");
  return 0;
}

static int core_check_record (lua_State *L) {
  size_t len, klen, tlen = 0;
  const char *text, *key, *given = NULL;
  lua_Integer start = 0, end = 0;
  int seen = 0;  /* RECORD_* bits: the fields found good */
  enum { RECORD_START = 1, RECORD_END = 2, RECORD_TYPE = 4 };
  lua_settop(L, 5);
  if (!lua_istable(L, 1)) {
    lua_pushliteral(L, "table");
    return 1;
  }
  if (lua_type(L, 2) != LUA_TSTRING || lua_getmetatable(L, 1))
    return record_check_fields(L);
  text = lua_tolstring(L, 2, &len);
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    switch (lua_type(L, -1)) {
      case LUA_TSTRING: case LUA_TNUMBER: case LUA_TBOOLEAN:
        break;
      default:
        if (!lua_rawequal(L, -1, 3)) return record_check_fields(L);
    }
    if (lua_type(L, -2) != LUA_TSTRING) return record_check_fields(L);
    key = lua_tolstring(L, -2, &klen);
    if (klen == 5 && memcmp(key, "start", 5) == 0) {
      if (!lua_isinteger(L, -1)) return record_check_fields(L);
      start = lua_tointeger(L, -1);
      seen |= RECORD_START;
    } else if (klen == 3 && memcmp(key, "end", 3) == 0) {
      if (!lua_isinteger(L, -1)) return record_check_fields(L);
      end = lua_tointeger(L, -1);
      seen |= RECORD_END;
    } else if (klen == 4 && memcmp(key, "text", 4) == 0) {
      /* a string, or the check below fails; the table keeps it alive */
      if (lua_type(L, -1) != LUA_TSTRING) return record_check_fields(L);
      given = lua_tolstring(L, -1, &tlen);
    } else if (klen == 4 && memcmp(key, "type", 4) == 0) {
      if (lua_type(L, -1) != LUA_TSTRING) return record_check_fields(L);
      seen |= RECORD_TYPE;
    }
    lua_pop(L, 1);
  }
  if (seen != (RECORD_START | RECORD_END | RECORD_TYPE)
      || start < 0 || end < start || (lua_Unsigned)end > (lua_Unsigned)len)
    return record_check_fields(L);
  if (given == NULL) {
    lua_pushlstring(L, text + start, (size_t)(end - start));
    lua_setfield(L, 1, "text");
  } else if (tlen != (size_t)(end - start) || memcmp(given, text + start, tlen) != 0)
    return record_check_fields(L);
  lua_pushvalue(L, 5);
  lua_setfield(L, 1, "doc");
  return 0;
}


static const luaL_Reg core_funcs[] = {
  {"check_record", core_check_record},
  {"catch_interrupt", core_catch_interrupt},
  {"interrupted", core_interrupted},
  {"clock", core_clock},
  {"crc32", core_crc32},
  {"open_input", core_open_input},
  {"json_string", core_json_string},
  {"listdir", core_listdir},
  {"stat", core_stat},
  {"isatty", core_isatty},
  {"cpu_count", core_cpu_count},
  {NULL, NULL}
};


int luaopen_pluk_core (lua_State *L) {
  /* lpeg: one copy per state. If none is loaded or preloaded yet, offer the
     statically linked one, so `require "lpeg"` and the patterns in
     pluk.text agree. */
  lua_getglobal(L, "package");
  if (lua_istable(L, -1)) {
    lua_getfield(L, -1, "preload");
    lua_getfield(L, -2, "loaded");
    lua_getfield(L, -1, "lpeg");
    lua_getfield(L, -3, "lpeg");
    if (lua_isnil(L, -1) && lua_isnil(L, -2)) {
      lua_pushcfunction(L, luaopen_lpeg);
      lua_setfield(L, -5, "lpeg");
    }
    lua_pop(L, 4);
  }
  lua_pop(L, 1);

  if (luaL_newmetatable(L, PLUK_READER)) {
    static const luaL_Reg reader_methods[] = {
      {"read", reader_read}, {"line", reader_line}, {"close", reader_close},
      {NULL, NULL}
    };
    luaL_newlib(L, reader_methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, reader_close);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  luaL_newlib(L, core_funcs);
  pluk_open_pool(L, -1);
  lua_setfield(L, -2, "pool");
  pluk_open_sandbox(L, -1);
  pluk_open_json(L, -1);
  pluk_open_text(L);
  lua_setfield(L, -2, "text");
  lua_pushliteral(L, PLUK_VERSION);
  lua_setfield(L, -2, "VERSION");
  lua_pushstring(L, utf8proc_version());
  lua_setfield(L, -2, "UTF8PROC_VERSION");
  lua_pushliteral(L, PLUK_UNICODE_VERSION);
  lua_setfield(L, -2, "UNICODE_VERSION");
  lua_pushliteral(L, LUA_RELEASE);
  lua_setfield(L, -2, "LUA_RELEASE");
  lua_pushliteral(L, PLUK_RULES_DIR);
  lua_setfield(L, -2, "INSTALLED_RULES_DIR");
  return 1;
}
