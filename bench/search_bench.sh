#!/bin/sh
# Builds and runs the search benchmark on one seeded corpus and prints one
# table: the archive end to end (redaction, encryption, store, sealed index;
# searches through the facade), the sealed index alone, raw Xapian and
# SQLite FTS5, on the same testimonies and the same queries.
#   bench/search_bench.sh [N=100000] [queries=200]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 search_bench >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/amparo-search-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/bench/search_bench" "${1:-100000}" "$work/run" "${2:-200}"
