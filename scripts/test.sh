#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, and runs the whole
# suite with ctest (unit, integration, CLI, HTTP, nginx and browser tests).
#   AMPARO_SANITIZE=1 scripts/test.sh   runs it under ASan+UBSan (build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ "${AMPARO_SANITIZE:-0}" = 1 ]; then
  export AMPARO_BUILD_DIR=${AMPARO_BUILD_DIR:-build-asan}
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
fi
BUILD_DIR=${AMPARO_BUILD_DIR:-build}
bash scripts/build.sh
cd "$BUILD_DIR"
# Timing-based network tests (slow clients, session expiry) get one retry.
ctest --output-on-failure -j "${AMPARO_TEST_JOBS:-2}" --repeat until-pass:2 ${AMPARO_CTEST_ARGS:-}
