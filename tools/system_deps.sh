#!/usr/bin/env bash
# Install the Debian libraries Qt needs, the German spelling dictionary (and,
# with --test, the optional test tools) when run as root; otherwise print the
# one apt command that would.
set -euo pipefail

packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libx11-6 libdbus-1-3)
if [ -n "${DISPLAY:-}" ]; then
  # A real X11 window needs Qt's xcb platform libraries as well (docs/TECH_NOTES.md).
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
             libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
fi
# Spell checking: Hunspell's German dictionary, read through Enchant. Optional:
# without them the editor works, only without underlines.
optional=(hunspell-de-de libenchant-2-2)
packages+=("${optional[@]}")
if [ "${1:-}" = "--test" ]; then
  # Test-only tools: pandoc checks the Markdown export, poppler reads PDFs, and the
  # tests start a throwaway PostgreSQL server of their own (tests/pg_server.py).
  packages+=(pandoc poppler-utils postgresql)
fi

command -v dpkg >/dev/null 2>&1 || exit 0  # not Debian: nothing we can check

missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages; install them with: sudo apt-get install ${missing[*]}"
  # Qt cannot start without its libraries; the dictionary and test tools are optional.
  [ "${1:-}" = "--test" ] && exit 0
  for pkg in "${missing[@]}"; do
    [[ " ${optional[*]} " == *" $pkg "* ]] || exit 1
  done
  exit 0
fi
