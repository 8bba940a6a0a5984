#!/usr/bin/env bash
# Installs what the slow service tests need on a fresh Debian 12 machine, as root; safe to run twice.
#   - chromium + chromium-driver: the browser tests (Selenium drives /usr/bin/chromedriver).
# PostgreSQL needs nothing here: the store tests start zonky embedded-postgres (PG 17 binaries
# come from Maven, they run offline).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if [ "${#need[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup-services: need root to install ${need[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${need[@]}" fonts-dejavu-core
fi
chromium --version || true
chromedriver --version || true
