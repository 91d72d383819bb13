#!/bin/sh
# Installs Debian's Chromium for the browser tests and `npm run audit:web` when it is missing.
# Never downloads a browser build of its own: the Debian package is the only source.
set -eu
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
echo "ensure-chromium: installing Debian's chromium package" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
command -v chromium >/dev/null 2>&1
