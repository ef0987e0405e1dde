#!/bin/sh
# Load on the web server: wrk against /api/search with a mix of queries
# (words, phrases, boolean queries with filters, faceted queries: every
# response carries 10 ranked hits with snippets decrypted at query time,
# exact totals and, unless facets=0, exact facet counts), directly and
# through the shipped nginx configuration (TLS), on an archive of N
# generated testimonies (bench/corpus_generator.h, ~3 KB each, es/en/fr).
# Prints one table: requests per second and latency percentiles as wrk sees
# them, errors, the server's CPU time per request (user + system, from
# /proc/PID/stat: steadier than req/s on a shared machine) and its memory
# before and after each run. The 12 queries repeat, so after the first
# round the engine's cache of recent results answers the matching (see
# docs/search.md for the engine alone); what each request then costs is
# the HTTP exchange, reading, decrypting and snippeting 10 hits, the JSON
# answer and the audit entry.
#
#   bench/web_load.sh [N=100000] [seconds=30] [connections=64]
#
# WEB_LOAD_ARCHIVE=DIR keeps the generated archive in DIR and reuses it on the
# next run (with the same AMPARO_MASTER_KEY); building 100,000 testimonies
# takes a few minutes. WEB_LOAD_SOAK=K repeats the direct search mix K more
# times, to see whether the server's memory levels off.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
n=${1:-100000}; secs=${2:-30}; conns=${3:-64}
command -v wrk >/dev/null || { echo "web_load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 amparo archive_ingest_bench >/dev/null
amparo="$build/amparo"
work=$(mktemp -d "${TMPDIR:-/tmp}/amparo-web-load.XXXXXX")
pid=""; nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill -TERM "$nginx_pid" 2>/dev/null
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
: "${AMPARO_MASTER_KEY:=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')}"
export AMPARO_MASTER_KEY
data=${WEB_LOAD_ARCHIVE:-$work/data}

if [ ! -f "$data/amparo.json" ]; then
  start=$(date +%s)
  BENCH_ARCHIVE_DIR="$data" "$build/bench/archive_ingest_bench" "$n" 1000 0 >/dev/null 2>&1
  echo "web_load: $n testimonies ingested in $(( $(date +%s) - start )) s" >&2
fi
printf 'load-test-password\n' | "$amparo" --data "$data" user add bench --role legal --password-file - \
  >/dev/null 2>&1 || true

# One worker per connection: cpp-httplib keeps a connection on its worker
# while it is kept alive, so the pool is sized to the connections (of
# which only --active, by default 2 per core, compute at once).
threads=$(( conns + 8 ))
"$amparo" --data "$data" serve --listen 127.0.0.1:0 --no-access-log --threads "$threads" \
  --queue 256 2> "$work/serve.log" &
pid=$!
port=""
for _ in $(seq 1 300); do
  port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.log" | head -1)
  [ -n "$port" ] && break; sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 1; }
url="http://127.0.0.1:$port"
cookie=$(curl -s -D - -o /dev/null -H 'X-Amparo-CSRF: 1' -H 'Content-Type: application/json' \
  -d '{"user":"bench","password":"load-test-password"}' "$url/api/login" | sed -n 's/^Set-Cookie: \([^;]*\);.*/\1/p')
[ -n "$cookie" ] || { echo "web_load: login failed" >&2; exit 1; }

# The query mix (as a legal advocate): each connection walks the list from
# its own starting point.
cat > "$work/mix.lua" <<'EOF'
local paths = {
  "/api/search?q=secuestro",
  "/api/search?q=extortion&facets=0",
  "/api/search?q=frontera+tren",
  "/api/search?q=%22cobro+de+piso%22",
  "/api/search?q=%22war+tax%22&facets=0",
  "/api/search?q=%22la+police%22",
  "/api/search?q=kidnapping&place=Tapachula",
  "/api/search?q=extortion+NOT+homicide+year%3A2024",
  "/api/search?q=violence%3Atorture+AND+perpetrator%3Apolice",
  "/api/search?q=polic%C3%ADa&page=3",
  "/api/search?q=migrants+NEAR+border&facets=0",
  "/api/search?q=enl%C3%A8vement+lang%3Afr",
}
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("offset", counter * 5) end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[((i + (offset or 0)) % #paths) + 1])
end
EOF

rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }  # utime + stime
ms() {
  case "$1" in
    *us) echo "$1" | sed 's/us//' | awk '{printf "%.2f", $1/1000}';;
    *ms) echo "$1" | sed 's/ms//';;
    *s) echo "$1" | sed 's/s//' | awk '{printf "%.0f", $1*1000}';;
    *) echo "$1";;
  esac
}
row() {
  label=$1; target=$2; shift 2
  before=$(rss); cpu_before=$(cpu_ticks)
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -H "Cookie: $cookie" "$@" "$target")
  after=$(rss); cpu_after=$(cpu_ticks)
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu_ms=$(awk -v t="$(( cpu_after - cpu_before ))" -v hz="$(getconf CLK_TCK)" -v n="$reqs" \
    'BEGIN {printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0)}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p90=$(echo "$out" | awk '$1 == "90%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx/ {n+=$5} /Socket errors/ {gsub(",", ""); n+=$4+$6+$8+$10} END {print n+0}')
  printf '| %-40s | %8s | %7s | %7s | %7s | %6s | %10s | %6s -> %-6s |\n' "$label" "$rps" "$(ms "$p50")" \
    "$(ms "$p90")" "$(ms "$p99")" "${errs:-0}" "$cpu_ms" "$before" "$after"
}

printf '\nweb load: %s testimonies, wrk -t2 -c%s -d%ss, server --threads %s, %s cores\n\n' \
  "$n" "$conns" "$secs" "$threads" "$(nproc)"
printf '| %-40s | %8s | %7s | %7s | %7s | %6s | %10s | %-16s |\n' "requests" "req/s" "p50 ms" "p90 ms" \
  "p99 ms" "errors" "CPU ms/req" "server RSS MB"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "------------------------------------------" "----------" \
  "---------" "---------" "---------" "--------" "------------" "------------------"
row "direct: GET /healthz" "$url/healthz"
row "direct: search mix (12 queries)" "$url/" -s "$work/mix.lua"
row "direct: search mix, again" "$url/" -s "$work/mix.lua"
# WEB_LOAD_SOAK=K runs the direct mix K more times: does memory level off?
for k in $(seq 1 "${WEB_LOAD_SOAK:-0}"); do
  row "direct: search mix, run $(( k + 2 ))" "$url/" -s "$work/mix.lua"
done

nginx=$(command -v nginx || echo /usr/sbin/nginx)
if [ -x "$nginx" ] && command -v openssl >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1
  tls_port=$(( port + 1 )); plain_port=$(( port + 2 ))
  # The shipped configuration, with this run's ports, certificate and log
  # directory. One change: all 64 connections come from one address here,
  # so the per-address connection cap (20) is raised for the run.
  sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$tls_port ssl http2;|" \
      -e "s|listen 80;|listen 127.0.0.1:$plain_port;|" \
      -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$port;|" \
      -e "s|/etc/ssl/amparo/fullchain.pem|$work/cert.pem|" \
      -e "s|/etc/ssl/amparo/privkey.pem|$work/key.pem|" \
      -e "s|/var/log/nginx/|$work/|" \
      -e "s|limit_conn amparo_conn 20;|limit_conn amparo_conn $(( conns + 16 ));|" \
      "$root/docs/nginx/amparo.conf" > "$work/amparo.conf"
  user=""; [ "$(id -u)" = 0 ] && user="user root;"
  cat > "$work/nginx.conf" <<EOF
$user
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log crit;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  client_body_temp_path $work/body; proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fcgi; uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  include $work/amparo.conf;
}
EOF
  "$nginx" -p "$work" -c "$work/nginx.conf" &
  nginx_pid=$!
  for _ in $(seq 1 50); do
    curl -sk -o /dev/null "https://127.0.0.1:$tls_port/healthz" && break; sleep 0.1
  done
  row "nginx (TLS): GET /healthz" "https://127.0.0.1:$tls_port/healthz"
  row "nginx (TLS): search mix (12 queries)" "https://127.0.0.1:$tls_port/" -s "$work/mix.lua"
else
  echo "(nginx or openssl not installed: no run through nginx)"
fi
