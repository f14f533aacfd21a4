#!/bin/bash
# Every test: installs what is missing (Debian 12), builds with clang (for
# the fuzzers), then runs CTest: CUnit plain, under ASan/UBSan and valgrind,
# the fuzzers, the generated-file check, and the tests in headless Calc
# (LibreOffice 7.4 from Debian 12 and 25.2 from Debian 13, in a chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/setup-office25.sh   # LibreOffice 25.2 in a chroot, for the *_lo25 tests (made once)
CC=clang cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
cd build
status=0
ctest --output-on-failure -j2 "$@" || status=$?
# Each office test printed the office it ran against: one line per test.
awk '/ Testing: /{t=$3} /^office: /{v=substr($0,9)}
     /^Test (Passed|Failed)/{if(v!="")printf "%-34s %-36s %s\n", t, v, $2; v=""}' \
  Testing/Temporary/LastTest.log | sort
exit $status
