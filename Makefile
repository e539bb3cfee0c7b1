# pluk -- build, test, install.
#
#   make run      install missing Debian packages (as root), build, run the
#                 default rules over examples/articles/
#   make test     the same dependency step, build, every test suite
#   make test-scale  the same output through GNU parallel, ssh, Dask, shards
#   make fuzz     the fuzz targets, FUZZ_SECONDS each
#   make eval     accuracy on ../shared gold sets and peer tests
#   make bench    speed figures (needs libicu-dev, installed on demand)
#   make install  PREFIX=/usr/local DESTDIR=  (make uninstall undoes it)

PREFIX    ?= /usr/local
DESTDIR   ?=
CC        ?= cc
CFLAGS    ?= -O2 -g
SHARED    ?= ../shared

# Debian packages the build, tests and examples need (package: why).
#   pkg-config       find the libraries below
#   liblua5.4-dev    the Lua 5.4 we embed
#   lua5.4           the stock interpreter: `require "pluk"` tests, table
#                    generator
#   lua-lpeg-dev     LPeg 1.0.2, linked statically (liblua5.4-lpeg.a)
#   lua-lpeg         re.lua, the regex-like front end of LPeg
#   libutf8proc-dev  normalisation, case folding, categories, widths
#   unicode-data     UCD 15.0 tables and the official break tests
#   zlib1g-dev       reading .gz article dumps
DEB_PACKAGES = pkg-config gcc make liblua5.4-dev lua5.4 lua-lpeg-dev \
               lua-lpeg libutf8proc-dev unicode-data zlib1g-dev

VERSION   := $(shell sed -n 's/^\#define PLUK_VERSION "\(.*\)"/\1/p' core/pluk.h)
ABI       := $(shell sed -n 's/^\#define PLUK_ABI \([0-9]*\)/\1/p' core/pluk.h)

# Where Lua modules go: Debian's lua5.4 paths for PREFIX=/usr, else the
# PREFIX/share/lua/5.4 and PREFIX/lib/lua/5.4 that stock lua5.4 searches.
ifeq ($(PREFIX),/usr)
LUA_LMOD  ?= $(shell pkg-config --variable=INSTALL_LMOD lua5.4 2>/dev/null)
LUA_CMOD  ?= $(shell pkg-config --variable=INSTALL_CMOD lua5.4 2>/dev/null)
else
LUA_LMOD  ?= $(PREFIX)/share/lua/5.4
LUA_CMOD  ?= $(PREFIX)/lib/lua/5.4
endif
BINDIR    ?= $(PREFIX)/bin
LIBDIR    ?= $(PREFIX)/lib
INCDIR    ?= $(PREFIX)/include
DATADIR   ?= $(PREFIX)/share/pluk
PCDIR     ?= $(LIBDIR)/pkgconfig
MANDIR    ?= $(PREFIX)/share/man

PKGS       = lua5.4 libutf8proc
DEP_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
DEP_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lz -lm -lpthread
LPEG_A     = $(shell $(CC) -print-file-name=liblua5.4-lpeg.a)
# The pluk command carries Debian's static Lua (liblua5.4.a, in
# liblua5.4-dev) inside: its calls into the Lua API then skip the PLT of
# the shared library, 4-7% of the rules' time (docs/eval.md). -Wl,-E
# still exports the API to the C modules a script may require.
LUA_A      = $(shell $(CC) -print-file-name=liblua5.4.a)
EXE_LIBS   = $(LIB_A) $(LPEG_A) $(LUA_A) $(shell pkg-config --libs libutf8proc 2>/dev/null) \
             -lz -lm -lpthread

WARN       = -Wall -Wextra
ifeq ($(SANITIZE),1)
CFLAGS    += -fsanitize=address,undefined -fno-omit-frame-pointer -DPLUK_NO_POOL
LDFLAGS   += -fsanitize=address,undefined
endif
ALL_CFLAGS = $(CFLAGS) $(WARN) -fPIC $(DEP_CFLAGS) \
             -DPLUK_LUA_DIR='"$(LUA_LMOD)"' -DPLUK_RULES_DIR='"$(DATADIR)/rules"'

# A sanitizer build lives apart, so it never mixes objects with the
# normal one.
ifeq ($(SANITIZE),1)
B          = build/asan
else
B          = build
endif
LIB_SRC    = core/alloc.c core/pluk.c core/lpluk.c core/ljson.c core/lpool.c core/lsandbox.c \
             core/ltext.c core/segment.c
LIB_OBJ    = $(LIB_SRC:core/%.c=$(B)/%.o)
HEADERS    = $(wildcard core/*.h)

PLUK       = $(B)/pluk
LIB_A      = $(B)/libpluk.a
LIB_SO     = $(B)/libpluk.so.$(ABI)
LUA_MOD    = $(B)/lua/pluk/core.so

.PHONY: all deps run test test-scale fuzz eval bench install uninstall clean

all: $(PLUK) $(LIB_A) $(LIB_SO) $(LUA_MOD) $(B)/pluk.pc

# Missing packages: root installs them, anyone else gets the one line to run.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "missing Debian packages; run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(B)/%.o: core/%.c $(HEADERS) Makefile | $(B)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B):
	@mkdir -p $(B)/lua/pluk

$(LIB_A): $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(LIB_SO): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libpluk.so.$(ABI) $(LDFLAGS) -o $@ $(LIB_OBJ) -llua5.4-lpeg $(DEP_LIBS)
	ln -sf libpluk.so.$(ABI) $(B)/libpluk.so

# Shared objects link Debian's shared LPeg (liblua5.4-lpeg.so.2, package
# lua-lpeg): the static archive is not position-independent throughout, so
# only the pluk command and libpluk.a carry LPeg inside.
# The module for a stock lua5.4: the interpreter provides the Lua API, so
# liblua is not linked.
$(LUA_MOD): $(B)/alloc.o $(B)/lpluk.o $(B)/ljson.o $(B)/lpool.o $(B)/lsandbox.o $(B)/pluk.o \
            $(B)/ltext.o $(B)/segment.o
	@mkdir -p $(dir $@)
	$(CC) -shared $(LDFLAGS) -o $@ $^ -llua5.4-lpeg $(shell pkg-config --libs libutf8proc) -lz -lpthread

$(PLUK): $(B)/main.o $(LIB_A)
	$(CC) $(LDFLAGS) -o $@ $(B)/main.o $(EXE_LIBS) -Wl,-E

$(B)/pluk.pc: Makefile | $(B)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(patsubst $(PREFIX)%,$${prefix}%,$(LIBDIR))' \
	  'includedir=$(patsubst $(PREFIX)%,$${prefix}%,$(INCDIR))' '' \
	  'Name: pluk' 'Description: quotes, figures and attributions from news text' \
	  'Version: $(VERSION)' \
	  'Libs: -L$${libdir} -lpluk' \
	  'Libs.private: -llua5.4 -llua5.4-lpeg -lutf8proc -lz -lm' \
	  'Cflags: -I$${includedir}' > $@

# Test programs (not installed).
$(B)/unicode_conformance: tests/unicode/conformance.c $(B)/segment.o
	$(CC) $(CFLAGS) $(WARN) -Icore $(LDFLAGS) -o $@ $^

$(B)/embed_api: tests/embed/embed_api.c $(LIB_A)
	$(CC) $(CFLAGS) $(WARN) -Icore $(LDFLAGS) -o $@ $< $(LIB_A) $(LPEG_A) $(DEP_LIBS)

run: deps all
	./$(PLUK) examples/articles

test: deps all $(B)/unicode_conformance $(B)/embed_api
	@SHARED=$(SHARED) BUILD=$(B) sh tests/run.sh

# GNU parallel (local and over ssh to 127.0.0.1), Dask and --shard runs
# must give the output of one pluk run, byte for byte (docs/scale.md).
test-scale: deps all
	@PLUK_SCALE=1 SHARED=$(SHARED) BUILD=$(B) sh tests/scale/scale_test.sh

# libFuzzer targets (clang, ASan+UBSan), FUZZ_SECONDS each (default 60);
# see tests/fuzz/README.md.
fuzz: deps all
	@sh tests/fuzz/run.sh

eval: deps all
	@LUA_PATH="tests/?.lua;lua/?.lua;lua/?/init.lua;;" ./$(PLUK) lua tests/eval/eval.lua $(SHARED)

bench: deps all
	@sh tests/bench/run.sh $(SHARED)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(PCDIR) $(DESTDIR)$(LUA_LMOD)/pluk $(DESTDIR)$(LUA_CMOD)/pluk \
	  $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(PLUK) $(DESTDIR)$(BINDIR)/pluk
	install -m 644 docs/pluk.1 $(DESTDIR)$(MANDIR)/man1/pluk.1
	install -m 644 $(LIB_A) $(DESTDIR)$(LIBDIR)/libpluk.a
	install -m 755 $(LIB_SO) $(DESTDIR)$(LIBDIR)/libpluk.so.$(ABI)
	ln -sf libpluk.so.$(ABI) $(DESTDIR)$(LIBDIR)/libpluk.so
	install -m 644 core/pluk.h $(DESTDIR)$(INCDIR)/pluk.h
	install -m 644 $(B)/pluk.pc $(DESTDIR)$(PCDIR)/pluk.pc
	install -m 755 $(LUA_MOD) $(DESTDIR)$(LUA_CMOD)/pluk/core.so
	cd lua && find pluk -type f | while read f; do \
	  install -D -m 644 "$$f" "$(DESTDIR)$(LUA_LMOD)/$$f"; done
	find rules -type f | while read f; do \
	  install -D -m 644 "$$f" "$(DESTDIR)$(DATADIR)/$$f"; done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pluk $(DESTDIR)$(LIBDIR)/libpluk.a \
	  $(DESTDIR)$(LIBDIR)/libpluk.so $(DESTDIR)$(LIBDIR)/libpluk.so.$(ABI) \
	  $(DESTDIR)$(INCDIR)/pluk.h $(DESTDIR)$(PCDIR)/pluk.pc \
	  $(DESTDIR)$(LUA_CMOD)/pluk/core.so $(DESTDIR)$(MANDIR)/man1/pluk.1
	rm -rf $(DESTDIR)$(LUA_LMOD)/pluk $(DESTDIR)$(DATADIR)
	-rmdir $(DESTDIR)$(LUA_CMOD)/pluk 2>/dev/null

clean:
	rm -rf $(B)
