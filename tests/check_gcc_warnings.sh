#!/bin/bash
# The build uses clang; this compiles every C file of the product with gcc
# as well (-O2, where gcc's flow-based warnings appear), warnings as errors.
# usage: check_gcc_warnings.sh SOURCE_DIR LO_INCLUDE_DIR
set -euo pipefail
src="$1" lo="$2"
flags=(-O2 -Wall -Wextra -Werror -DLINUX -DUNX -I"$src/src" -I"$src/bridge" -I"$src/addin" -isystem "$lo")
status=0
for f in "$src"/src/*.c "$src"/bridge/*.c "$src"/addin/*.c "$src"/tools/*.c; do
  std=-std=c11
  case "$f" in */addin/*) std=-std=gnu11 ;; esac   # the SDK's C headers need GNU C
  gcc $std "${flags[@]}" $(pkg-config --cflags libxml-2.0) -c "$f" -o /dev/null || status=1
done
[ $status -eq 0 ] && echo "gcc: no warnings in $(ls "$src"/src/*.c "$src"/bridge/*.c "$src"/addin/*.c "$src"/tools/*.c | wc -l) files"
exit $status
