#!/bin/sh
# Runs every benchmark and evaluation, each printing its table.
#   bench/run.sh [N=20000]   (N: corpus size for the search and load benchmarks;
#   the figures in docs/ are at N=100000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
echo "## Redaction speed"; "$here/redaction_bench.sh"
echo; echo "## Redaction quality"; "$here/redaction_eval.sh"
echo; echo "## Search: archive end to end, sealed index, raw Xapian, FTS5"; "$here/search_bench.sh" "${1:-20000}"
echo; echo "## HTTP load"; "$here/web_load.sh" "${1:-20000}"
