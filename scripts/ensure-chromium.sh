#!/usr/bin/env bash
# The widget's end-to-end tests drive a real Chromium through playwright-core, which cannot
# download a browser of its own here: use the system's. Installs Debian's package if missing
# and we may; otherwise says how.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium: install it (e.g. 'sudo apt-get install chromium')" >&2
echo "or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
