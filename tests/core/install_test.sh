# make install / uninstall with DESTDIR, a relocated install that runs, the
# Lua module from a stock lua5.4, and examples/embed.c built against the
# installed library with pkg-config.
SUITE=install
. tests/core/lib.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
root=$tmp/usr/local

ok "make install DESTDIR" make -s install SANITIZE=0 DESTDIR="$tmp"
for f in bin/pluk lib/libpluk.a lib/libpluk.so.0 lib/libpluk.so include/pluk.h \
         lib/pkgconfig/pluk.pc lib/lua/5.4/pluk/core.so share/lua/5.4/pluk/init.lua \
         share/pluk/rules/nl/function_words.txt share/man/man1/pluk.1; do
  ok "installed $f" test -e "$root/$f"
done
soname=$(objdump -p "$root/lib/libpluk.so.0" 2>/dev/null | awk '/SONAME/ {print $2}')
same "versioned soname" "$soname" "libpluk.so.0"

out=$("$root/bin/pluk" rules 2>&1)
has "installed pluk finds its rules under the prefix" "$root/share/pluk/rules" "$out"
out=$(echo '{"text":"De NOS en de VVD."}' | "$root/bin/pluk" -r tests/core/fixtures/capitals.lua)
has "installed pluk runs a rule" '"text":"NOS"' "$out"

out=$(LUA_PATH="$root/share/lua/5.4/?.lua;$root/share/lua/5.4/?/init.lua;;" \
      LUA_CPATH="$root/lib/lua/5.4/?.so;;" \
      lua5.4 -e 'local p = require "pluk"
        local r = p.extract("Zij zegt: NAVO en EU.", {rules = {"tests/core/fixtures/capitals.lua"}})
        print(p.VERSION, #r, r[1] and r[1].acronym, p.text.count("Een. Twee.", "sentence"))' 2>&1)
same "require 'pluk' from stock lua5.4" "$out" "0.1.0	1	NAVO	2"

flags=$(PKG_CONFIG_PATH="$root/lib/pkgconfig" pkg-config --define-variable=prefix="$root" --cflags --libs pluk)
ok "examples/embed.c builds with pkg-config" cc -Wall -Wextra -Werror examples/embed.c $flags -o "$tmp/embed"
out=$(LD_LIBRARY_PATH="$root/lib" "$tmp/embed" examples/articles/nl-lassy-WR-P-P-H-0000000005.txt \
      tests/core/fixtures/capitals.lua 2>&1)
has "embed prints records as JSON lines" '"type":"acronym"' "$out"
has "embed counts records" "records (pluk 0.1.0)" "$out"

if command -v man >/dev/null 2>&1; then
  out=$(MANPATH="$root/share/man" man -P cat pluk 2>/dev/null)
  has "man page renders" "quotes, figures and attributions" "$out"
fi

ok "make uninstall" make -s uninstall SANITIZE=0 DESTDIR="$tmp"
left=$(find "$tmp/usr" -type f | wc -l | tr -d ' ')
same "uninstall removes every file" "$left" "0"
finish
