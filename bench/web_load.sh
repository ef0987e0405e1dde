#!/bin/sh
# Load on the web server: wrk against /api/search (and /healthz as the
# floor) on a temporary archive of N generated testimonies; prints a table.
#   bench/web_load.sh [N=2000] [seconds=10] [connections=16]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
n=${1:-2000}; secs=${2:-10}; conns=${3:-16}
command -v wrk >/dev/null || { echo "web_load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 amparo >/dev/null
amparo="$build/amparo"
work=$(mktemp -d "${TMPDIR:-/tmp}/amparo-web-load.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
AMPARO_MASTER_KEY=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n'); export AMPARO_MASTER_KEY
data="$work/data"
"$amparo" --data "$data" --yes init >/dev/null
printf 'load-test-password\n' | "$amparo" --data "$data" user add bench --role legal --password-file - >/dev/null

# Generated testimonies: places, violence and perpetrators vary, names are
# in known_identifiers so the redactor replaces them.
awk -v n="$n" 'BEGIN {
  split("Tapachula Palenque Veracruz Coatzacoalcos Reynosa Saltillo Tenosique Oaxaca", P, " ");
  split("secuestraron extorsionaron golpearon amenazaron robaron detuvieron", V, " ");
  split("kidnapping extortion assault threats robbery detention", T, " ");
  split("gang police military smugglers", G, " ");
  for (i = 1; i <= n; i++) {
    p = P[i % 8 + 1]; v = V[i % 6 + 1]; t = T[i % 6 + 1]; g = G[i % 4 + 1];
    printf "{\"case_code\":\"LOAD-%06d\",\"pseudonym\":\"Persona%d*\",\"language\":\"es\",\"recorded_on\":\"2025-%02d\",", i, i, i % 12 + 1;
    printf "\"title\":\"Relato %d\",\"text\":\"Me llamo Nombre%d Apellido%d. Salimos de Honduras en grupo. En %s nos %s ", i, i, i, p, v;
    printf "y nos pidieron dinero para dejarnos seguir. Después de varios días llegamos a la Ciudad de México, donde pedimos ayuda.\",";
    printf "\"known_identifiers\":{\"names\":[\"Nombre%d Apellido%d\"]},", i, i;
    printf "\"tags\":{\"violence\":[\"%s\"],\"perpetrator\":[\"%s\"],\"places\":[\"%s\"]},", t, g, p;
    printf "\"consent\":{\"scopes\":[\"legal\",\"publication\"],\"given_on\":\"2025-01-10\",\"method\":\"written\",\"recorded_by\":\"staff-1\"}}\n";
  }
}' > "$work/corpus.jsonl"
start=$(date +%s)
"$amparo" --data "$data" ingest --auto-approve "$work/corpus.jsonl" >/dev/null
ingest_s=$(( $(date +%s) - start ))

"$amparo" --data "$data" serve --listen 127.0.0.1:0 --no-access-log --threads 8 2> "$work/serve.log" &
pid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.log" | head -1)
  [ -n "$port" ] && break; sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 1; }
url="http://127.0.0.1:$port"
cookie=$(curl -s -D - -o /dev/null -H 'X-Amparo-CSRF: 1' -H 'Content-Type: application/json' \
  -d '{"user":"bench","password":"load-test-password"}' "$url/api/login" | sed -n 's/^Set-Cookie: \([^;]*\);.*/\1/p')
[ -n "$cookie" ] || { echo "web_load: login failed" >&2; exit 1; }

printf '\nweb load: %s testimonies (ingested in %ss), wrk -t2 -c%s -d%ss, %s\n\n' "$n" "$ingest_s" "$conns" "$secs" "$(nproc) cores"
printf '%-44s %10s %10s %10s %10s\n' "request" "req/s" "p50 ms" "p99 ms" "errors"
run() {
  label=$1; path=$2
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Cookie: $cookie" "$url$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx/ {n+=$5} /Socket errors/ {gsub(",", ""); n+=$4+$6+$8+$10} END {print n+0}')
  ms() { case "$1" in *us) echo "$1" | sed 's/us//' | awk '{printf "%.2f", $1/1000}';; *ms) echo "$1" | sed 's/ms//';; *s) echo "$1" | sed 's/s//' | awk '{printf "%.0f", $1*1000}';; *) echo "$1";; esac; }
  printf '%-44s %10s %10s %10s %10s\n' "$label" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${errs:-0}"
}
run "GET /healthz" "/healthz"
run "GET /api/search?q=secuestraron" "/api/search?q=secuestraron"
run "GET /api/search?q=extorsionaron+Tapachula&facets=1" "/api/search?q=extorsionaron+Tapachula&facets=1"
run "GET /api/search?q=dinero&place=Veracruz" "/api/search?q=dinero&place=Veracruz"
run "GET /api/search?q=dinero&facets=0" "/api/search?q=dinero&facets=0"
