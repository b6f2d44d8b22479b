#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report test (JUnit tag "browser") when no Chromium or
# Chrome is on the PATH. The test starts it headless with a fresh profile and no network use.
set -euo pipefail

for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    echo "chromium: using $(command -v "$name")"
    exit 0
  fi
done

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2; do
  if $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; then
    echo "chromium: installed $(command -v chromium)"
    exit 0
  fi
  echo "chromium: apt-get failed (attempt $attempt)" >&2
  sleep 5
done
echo "chromium: could not be installed; the HTML browser test cannot run" >&2
exit 1
