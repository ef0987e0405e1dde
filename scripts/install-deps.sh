#!/usr/bin/env bash
# Installs the Debian 12 packages Amparo needs to build, test and run.
# Idempotent: packages already present are skipped. Needs root (apt-get).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  librocksdb-dev libsodium-dev libxapian-dev libcpp-httplib-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev libsimdjson-dev libcli11-dev libre2-dev libicu-dev libjemalloc-dev
  sqlite3 libsqlite3-dev
  hunspell-es hunspell-fr hunspell-en-us
  nginx-light wrk
)
if [ "${AMPARO_BROWSER_TESTS:-1}" = 1 ]; then
  PACKAGES+=(chromium)
  command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nginx-light and nginx provide the same binary: either will do.
if [[ " ${missing[*]} " == *" nginx-light "* ]] && command -v nginx >/dev/null 2>&1; then
  missing=("${missing[@]/nginx-light}")
fi
missing=($(printf '%s\n' "${missing[@]}" | sed '/^$/d'))
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "amparo: missing packages: ${missing[*]} — run this as root (apt-get install)" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
