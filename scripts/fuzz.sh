#!/bin/sh
# Fuzzes one target of tests/fuzz with libFuzzer (clang, ASan + UBSan).
#   scripts/fuzz.sh TARGET [SECONDS=300]    fuzz, starting from its saved inputs
#   scripts/fuzz.sh --merge TARGET          keep, minimized, the new inputs that
#                                           reach new code, in tests/fuzz/corpus
# Targets: query_fuzz, redactor_fuzz, intake_fuzz, record_fuzz. A failing
# input is written to build-fuzz/crashes/TARGET/; once fixed, copy it into
# tests/fuzz/corpus/TARGET so the test suite replays it from then on.
# Needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AMPARO_FUZZ_BUILD_DIR:-$root/build-fuzz}
merge=0
if [ "${1:-}" = "--merge" ]; then merge=1; shift; fi
target=${1:?usage: scripts/fuzz.sh [--merge] TARGET [SECONDS]}
seconds=${2:-300}
if [ ! -f "$build/build.ninja" ]; then
  CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAMPARO_FUZZ=ON -DAMPARO_BUILD_BENCH=OFF >/dev/null
fi
ninja -C "$build" "$target" >/dev/null
saved=$root/tests/fuzz/corpus/$target
work=$build/corpus/$target
mkdir -p "$work" "$build/crashes/$target"
if [ "$merge" = 1 ]; then
  exec "$build/tests/$target" -merge=1 "$saved" "$work"
fi
# Leaks are reported by the replay tests' sanitizer build; here they would
# stop the run at the first cached allocation.
exec "$build/tests/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -detect_leaks=0 -artifact_prefix="$build/crashes/$target/" "$work" "$saved"
