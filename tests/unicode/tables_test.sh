# The committed Unicode tables are exactly what the generator makes from
# the installed UCD (unicode-data 15.0).
SUITE=unicode-tables
. tests/core/lib.sh
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
ok "generator runs" sh -c "lua5.4 core/unicode_gen.lua /usr/share/unicode > '$tmp'"
ok "core/unicode_tables.h reproduced byte for byte" cmp "$tmp" core/unicode_tables.h
finish
