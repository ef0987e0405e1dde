#!/usr/bin/env bash
# Browser tests of the Amparo web UI: creates a temporary archive with the
# amparo CLI (users of every role, a few testimonies, one pending review),
# starts `amparo serve` on a free loopback port, drives Debian's headless
# Chromium with playwright-core, then stops the server with SIGTERM and
# checks that it shut down cleanly. Screenshots go to tests/browser/artifacts/.
#
# Usage: tests/browser/run.sh [path/to/amparo]   (default: build/amparo)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
AMPARO="${1:-${AMPARO_BIN:-$ROOT/build/amparo}}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [[ ! -x "$AMPARO" ]]; then echo "run.sh: amparo binary not found at $AMPARO" >&2; exit 1; fi
if [[ ! -x "$CHROMIUM" ]]; then echo "run.sh: SKIP: $CHROMIUM not installed" >&2; exit 0; fi
if ! command -v node >/dev/null; then echo "run.sh: node is required" >&2; exit 1; fi

cd "$HERE"
if [[ ! -d node_modules/playwright-core ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

WORK="$(mktemp -d /tmp/amparo-browser-XXXXXX)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

export AMPARO_MASTER_KEY="$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')"
DATA="$WORK/data"
PASSWORD="browser-test-password"
A() { "$AMPARO" --data "$DATA" --yes "$@"; }

A init >/dev/null
for spec in admin1:admin reviewer1:reviewer legal1:legal comms1:comms; do
  printf '%s\n' "$PASSWORD" | A user add "${spec%%:*}" --role "${spec##*:}" --password-file - >/dev/null
done

cat > "$WORK/approved.jsonl" <<'JSONL'
{"case_code":"CAI-2025-0101","pseudonym":"Yahir*","language":"es","recorded_on":"2025-06","recorded_at":"Ciudad de México","title":"Del miedo a empezar de nuevo","text":"Me llamo Yahir Mejía. En Tapachula nos secuestraron a mi hermano y a mí. Los hombres del grupo criminal pedían dinero a mi familia. Mi teléfono era +504 9876 5432.","known_identifiers":{"names":["Yahir Mejía"],"phones":["+504 9876 5432"]},"tags":{"violence":["kidnapping","extortion"],"perpetrator":["gang"],"places":["Tapachula"]},"consent":{"scopes":["legal","publication"],"given_on":"2025-06-12","method":"written","recorded_by":"staff-17","expires_on":"2030-06-12"}}
{"case_code":"CAI-2025-0102","pseudonym":"Lucía*","language":"es","recorded_on":"2025-05","recorded_at":"Ciudad de México","title":"Solo para uso legal","text":"Me llamo Lucía Ramos. En Palenque la policía nos detuvo y nos extorsionó; nos quitaron todo el dinero.","known_identifiers":{"names":["Lucía Ramos"]},"tags":{"violence":["extortion"],"perpetrator":["police"],"places":["Palenque"]},"consent":{"scopes":["legal"],"given_on":"2025-05-02","method":"verbal-recorded","recorded_by":"staff-04"}}
{"case_code":"CAI-2025-0103","pseudonym":"Marco*","language":"es","recorded_on":"2025-04","recorded_at":"Ciudad de México","title":"El tren en Veracruz","text":"Me llamo Marco Díaz. En Veracruz unos hombres armados nos extorsionaron en el tren. Pedían cien dólares por persona.","known_identifiers":{"names":["Marco Díaz"]},"tags":{"violence":["extortion"],"perpetrator":["gang"],"places":["Veracruz"]},"consent":{"scopes":["legal","publication"],"given_on":"2025-04-20","method":"written","recorded_by":"staff-17"}}
{"case_code":"CAI-2025-0999","pseudonym":"Rosa*","language":"es","recorded_on":"2025-03","recorded_at":"Ciudad de México","title":"Testimonio que será retirado","text":"Me llamo Rosa Pérez. En Ciudad Juárez nos secuestraron durante tres días hasta que pagaron.","known_identifiers":{"names":["Rosa Pérez"]},"tags":{"violence":["kidnapping"],"perpetrator":["gang"],"places":["Ciudad Juárez"]},"consent":{"scopes":["legal","publication"],"given_on":"2025-03-10","method":"written","recorded_by":"staff-17"}}
JSONL
cat > "$WORK/pending.jsonl" <<'JSONL'
{"case_code":"CAI-2025-0201","pseudonym":"Ana*","language":"es","recorded_on":"2025-07","recorded_at":"Ciudad de México","title":"Pendiente de revisión","text":"Me llamo Ana Gómez y mi hermana es María Gómez. Nos amenazaron por teléfono al +52 55 1234 5678 en Tapachula.","known_identifiers":{"names":["Ana Gómez","María Gómez"],"phones":["+52 55 1234 5678"]},"tags":{"violence":["extortion"]},"consent":{"scopes":["legal","publication"],"given_on":"2025-07-01","method":"written","recorded_by":"staff-17"}}
JSONL
A ingest --auto-approve "$WORK/approved.jsonl" >/dev/null
A ingest "$WORK/pending.jsonl" >/dev/null

"$AMPARO" --data "$DATA" serve --listen 127.0.0.1:0 2> "$WORK/server.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
  PORT="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/server.log" | head -1)"
  [[ -n "$PORT" ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
if [[ -z "$PORT" ]]; then echo "run.sh: server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; fi

mkdir -p "$HERE/artifacts"
status=0
AMPARO_URL="http://127.0.0.1:$PORT" AMPARO_PASSWORD="$PASSWORD" CHROMIUM="$CHROMIUM" \
  ARTIFACTS="$HERE/artifacts" node "$HERE/ui.test.mjs" || status=$?

# Graceful shutdown: SIGTERM, in-flight work finishes, exit code 0.
kill -TERM "$SERVER_PID"
server_status=0
wait "$SERVER_PID" || server_status=$?
SERVER_PID=""
if [[ $server_status -ne 0 ]] || ! grep -q "amparo serve: stopped" "$WORK/server.log"; then
  echo "run.sh: server did not shut down cleanly (exit $server_status)" >&2
  cat "$WORK/server.log" >&2
  status=1
fi
# The server log holds routes and statuses only: no query text, no content.
for secret in secuestraron Yahir "Rosa Pérez" Palenque; do
  if grep -q "$secret" "$WORK/server.log"; then echo "run.sh: server log leaks \"$secret\"" >&2; status=1; fi
done
# The archive can be reopened after the shutdown.
A verify >/dev/null || { echo "run.sh: archive does not verify after shutdown" >&2; status=1; }
exit $status
