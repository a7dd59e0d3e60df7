#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: PostgreSQL (private servers per test run), ffmpeg and
# espeak-ng (audio), poppler-utils (reading PDFs back), Chromium (the clinic page), DejaVu fonts, Node.js with npm
# (the real @microsoft/signalr client drives the live-encounter tests), and libgomp1 (OpenMP, which the whisper.cpp
# library of Whisper.net.Runtime links against).
set -euo pipefail

missing=()
command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
dpkg-query -W -f='${Status}' libgomp1 2>/dev/null | grep -q 'install ok installed' || missing+=(libgomp1)

install_signalr_client() {
  # The SignalR client the live-encounter tests run, pinned by tests/live-client/package-lock.json.
  if [ ! -d tests/live-client/node_modules/@microsoft/signalr ]; then
    npm ci --prefix tests/live-client --no-audit --no-fund --loglevel=error
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_signalr_client
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "The tests need these Debian packages: ${missing[*]}. Install them (apt-get install ${missing[*]}) or run as root." >&2
  exit 1
fi

echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_signalr_client
