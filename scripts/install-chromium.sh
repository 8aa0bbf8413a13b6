#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (and its driver) for the public page's end-to-end test.
# Idempotent: does nothing when /usr/bin/chromium is already there. Needs root (CI and developers run as root).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
echo "chromium: $(/usr/bin/chromium --version)"
