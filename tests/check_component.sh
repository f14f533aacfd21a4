#!/bin/bash
# The component is pure C: no C++ runtime among its dependencies, and it
# exports only the two entry points the office's loader calls.
set -euo pipefail
lib="$1"
echo "NEEDED by $(basename "$lib"):"
objdump -p "$lib" | awk '/NEEDED/ {print "  " $2}'
if objdump -p "$lib" | grep -q 'NEEDED.*libstdc++'; then
  echo "FAIL: links libstdc++"; exit 1
fi
exported=$(nm -D --defined-only "$lib" | awk '{print $3}' | sort)
echo "exported: $(echo $exported)"
if [ "$exported" != "$(printf 'component_getFactory\ncomponent_getImplementationEnvironment')" ]; then
  echo "FAIL: exports more or less than the two component entry points"; exit 1
fi
