#!/bin/sh
# Builds and runs the search benchmarks on one seeded corpus; prints the
# index-level table (sealed index vs raw Xapian vs SQLite FTS5), then the
# archive end to end (redaction, encryption, store, sealed index; searches
# through the facade with consent filters, exact facets and snippets).
#   bench/search_bench.sh [N=100000] [queries=200]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 search_bench archive_ingest_bench >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/amparo-search-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/bench/search_bench" "${1:-100000}" "$work/run" "${2:-200}"
echo
TMPDIR="$work" "$build/bench/archive_ingest_bench" "${1:-100000}" 1000 "${2:-200}" 2>/dev/null
