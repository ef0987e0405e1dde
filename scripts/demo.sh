#!/usr/bin/env bash
# The demo: installs what is missing, builds, creates a demo archive from the
# fictional sample testimonies in samples/, shows what protection does, and
# starts the web server on it (Ctrl-C stops it; AMPARO_DEMO_NO_SERVE=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
AMPARO_BROWSER_TESTS=0 bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
AMPARO=$PWD/build/amparo
DATA=$PWD/demo-data
rm -rf "$DATA" "$DATA.key"
export AMPARO_DATA=$DATA

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Create an archive (master key in $DATA.key, mode 0600, outside the data)"
$AMPARO init

say "Ingest 9 fictional testimonies (es, en, fr) with planted names, phones, e-mails, CURP, addresses"
$AMPARO ingest --auto-approve samples/testimonies.jsonl

say "What came in (sample line, as a survivor told it)"
head -n 1 samples/testimonies.jsonl | python3 -c 'import json,sys; print(json.load(sys.stdin)["text"])' | fold -s -w 100

say "What the archive keeps: redacted, pseudonymized, places kept"
FIRST=$($AMPARO --json list | python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin) if t["pseudonym"]=="Yahir*"][0])')
$AMPARO show "$FIRST" | fold -s -w 100

say "Nothing readable on disk: grep for the survivor's name and phone in $DATA"
if grep -rlaF -e "Mejía" -e "9876 5432" -e "CAI-2025-0110" "$DATA"; then echo "LEAK"; exit 1; else echo "no match: the store and the index hold no plaintext"; fi

say "A legal advocate searches: secuestro (finds kidnapping, enlèvement, levantón...)"
$AMPARO search "secuestro" --role legal --facets

say "Communications staff see only stories with publication consent"
$AMPARO search "secuestro" --role comms

say "Consent expired in 2022 (Kenia*): listed as expired, invisible to legal"
$AMPARO list | grep -i expired || true

say "Withdraw a testimony by case code: erased, with a signed receipt"
$AMPARO withdraw --yes --case CAI-2025-0202 | tee "$DATA.receipt.txt"
$AMPARO receipt verify "$DATA.receipt.txt"
$AMPARO search "kidnapping" --role admin | head -n 1

say "Integrity: every record authenticates; the audit chain is intact"
$AMPARO verify
$AMPARO audit verify
$AMPARO audit | tail -n 5

if [ "${AMPARO_DEMO_NO_SERVE:-0}" != 1 ] && $AMPARO serve --help >/dev/null 2>&1; then
  say "Web interface"
  for role in admin reviewer legal comms; do
    printf 'demo-%s-pass\n' "$role" > "$DATA.$role.pw"
    $AMPARO user add "$role" --role "$role" --password-file "$DATA.$role.pw" >/dev/null
    rm -f "$DATA.$role.pw"
  done
  # Two testimonies wait in the review queue for the reviewer.
  $AMPARO ingest samples/review-queue.jsonl >/dev/null
  echo "Open http://127.0.0.1:8080/ and log in as:"
  for role in admin reviewer legal comms; do echo "  $role / demo-$role-pass"; done
  echo "(Ctrl-C stops the server)"
  exec $AMPARO serve --listen 127.0.0.1:8080
fi
