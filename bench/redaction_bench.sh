#!/bin/sh
# Builds and runs the redaction speed benchmark, then measures peak memory
# at 1 MB and 10 MB of input (the whole pass, the pattern detector alone, and
# the whole pass on the same text without line breaks, and on text made of
# the bytes where nicknames and surname mentions may start).
# Usage: bench/redaction_bench.sh [build-dir]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 redaction_bench >/dev/null
bin=$build/bench/redaction_bench
"$bin" --benchmark_counters_tabular=true
echo
printf '%-10s %-16s %10s %12s\n' input pass seconds peak_RSS_MB
for mb in 1 10; do
  for pass in whole patterns whole-one-line whole-openers; do
    flag=""
    [ "$pass" = patterns ] && flag=--patterns
    [ "$pass" = whole-one-line ] && flag=--one-line
    [ "$pass" = whole-openers ] && flag=--openers
    out=$(/usr/bin/time -v "$bin" --once=$mb $flag 2>&1 >/dev/null)
    rss=$(echo "$out" | awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}')
    secs=$(echo "$out" | awk -F': ' '/Elapsed \(wall clock\)/ {print $2}')
    printf '%-10s %-16s %10s %12.1f\n' "${mb}MB" "$pass" "$secs" "$(echo "$rss / 1024" | bc -l)"
  done
done
