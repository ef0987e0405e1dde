#!/usr/bin/env bash
# Configures and builds Amparo into build/ (or $AMPARO_BUILD_DIR).
# AMPARO_SANITIZE=1 builds with AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${AMPARO_BUILD_DIR:-build}
SANITIZE=OFF
[ "${AMPARO_SANITIZE:-0}" = 1 ] && SANITIZE=ON
cmake -S . -B "$BUILD_DIR" -G Ninja -DAMPARO_SANITIZE=$SANITIZE ${AMPARO_CMAKE_ARGS:-} >/dev/null
ninja -C "$BUILD_DIR" -j "${AMPARO_JOBS:-$(nproc)}"
