#!/bin/bash
# Every test: installs what is missing (Debian 12), builds with clang (for
# the fuzzers), then runs CTest: CUnit plain, under ASan/UBSan and valgrind,
# the fuzzers, the generated-file check, and the tests in headless Calc.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
CC=clang cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
cd build && ctest --output-on-failure -j2 "$@"
