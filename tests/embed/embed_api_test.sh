# The C API, in a program linked against build/libpluk.a (see embed_api.c).
B=${BUILD:-build}
"$B/embed_api" tests/core/fixtures examples/articles/nl-lassy-WR-P-P-H-0000000005.txt
