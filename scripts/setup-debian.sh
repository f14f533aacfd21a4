#!/bin/bash
# Installs what building and testing need on Debian 12 (run as root, or
# with sudo available).  Safe to run again.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PACKAGES=(
  cmake make gcc clang pkg-config zip unzip     # build
  libcunit1-dev libxml2-dev                     # unit tests, XML checks
  libreoffice-dev libreoffice-calc             # SDK and the office (GUI build: also runs headless)
  xvfb xdotool imagemagick x11-utils            # a real Calc window for the GUI tests, screenshots
  libreoffice-l10n-nl                           # a Dutch Calc for the menu command's Dutch texts
  python3 python3-uno                           # office test driver
  gnumeric                                      # an independent engine for the Excel workbook
  valgrind poppler-utils binutils               # memory checks, PDF to PNG, objdump/nm
  fonts-dejavu-core                             # PDF rendering
  debootstrap                                   # LibreOffice 25.2 in a Debian 13 chroot (setup-office25.sh)
  librsvg2-bin                                  # rsvg-convert: the extension's icon from its SVG
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
# An engine with Excel's semantics for the tests (HyperFormula reading
# .xlsx with exceljs), pinned by tests/excel/package-lock.json.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends nodejs npm
fi
(cd "$(dirname "$0")/../tests/excel" && npm ci --no-audit --no-fund --loglevel=error)
