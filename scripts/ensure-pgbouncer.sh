#!/bin/sh
# Installs Debian's pgbouncer for the transaction-pooling test (test/pgbouncer.test.ts) when it is
# missing. Never downloads a build of its own: the Debian package is the only source.
set -eu
if [ -x "${PGBOUNCER_PATH:-/usr/sbin/pgbouncer}" ]; then
  exit 0
fi
if command -v pgbouncer >/dev/null 2>&1; then
  exit 0
fi
echo "ensure-pgbouncer: installing Debian's pgbouncer package" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends pgbouncer >/dev/null
[ -x /usr/sbin/pgbouncer ] || command -v pgbouncer >/dev/null 2>&1
