#!/bin/bash
# The main job: set up (Debian 12), build and package the extension, install
# it into a throwaway profile, compute and render the example dashboard.
# Results go to out/ (PDF, CSV per sheet, PNG of page 1, the .oxt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
CC=clang cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
/usr/bin/python3 scripts/main_job.py build out
