#!/bin/sh
# Builds and runs the redaction evaluation on the labeled data in
# ../shared/data (or $AMPARO_SHARED_DATA, or the first argument).
# Extra arguments go to the program (--names-only, --rules-only, --train,
# --show-errors N, --only SET, --no-throughput).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AMPARO_BUILD_DIR:-$root/build}
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 redaction_eval >/dev/null
data=${AMPARO_SHARED_DATA:-$root/../shared/data}
case "$1" in
  ""|-*) ;;
  *) data=$1; shift ;;
esac
exec "$build/bench/redaction_eval" "$@" "$data"
