#!/bin/sh
# Checks that a change leaves every redaction decision as it was: runs
# bench/redaction_diff of this tree and of another build (e.g. main before
# the change, built with bench/redaction_diff.cc copied in) over the same
# labeled data and compares their outputs byte for byte.
#   bench/redaction_diff.sh OTHER_REDACTION_DIFF_BINARY [shared-data-dir]
# Prints "identical" and exits 0, or the first differences and exits 1. The
# outputs hold the test corpora's text; they go to a temporary directory that
# is removed at the end.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AMPARO_BUILD_DIR:-$root/build}
other=$1
data=${2:-${AMPARO_SHARED_DATA:-$root/../shared/data}}
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 redaction_diff >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$other" "$data" > "$tmp/other.txt"
"$build/bench/redaction_diff" "$data" > "$tmp/this.txt"
if cmp -s "$tmp/other.txt" "$tmp/this.txt"; then
  echo "identical ($(grep -c '^== ' "$tmp/this.txt") redactions, $(wc -c < "$tmp/this.txt") bytes)"
else
  diff "$tmp/other.txt" "$tmp/this.txt" | head -40
  exit 1
fi
