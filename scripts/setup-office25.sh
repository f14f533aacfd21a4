#!/bin/bash
# A current LibreOffice (Debian 13 "trixie": 25.2) beside Debian 12's 7.4,
# in a chroot made with debootstrap from Debian's own packages.  The office
# tests run against both (scripts/lo.py, LO_CHROOT).  Run as root.  Made
# once and reused: when the chroot is complete this does nothing (packages
# added to the list below are installed into it).
#   INKOOPKPI_LO25_ROOT  where the chroot lives (default below, outside the repo)
#   INKOOPKPI_MIRROR     Debian mirror (default: the one apt uses here)
set -euo pipefail
ROOT="${INKOOPKPI_LO25_ROOT:-/var/cache/inkoopkpi/trixie}"
PACKAGES="libreoffice-calc libreoffice-gtk3 fonts-dejavu-core"
STAMP="$ROOT/.inkoopkpi-complete"

# The tests run the office as this user (scripts/lo.py); files it owns in
# the shared /tmp must carry the same uid inside the chroot.
TEST_USER=inkoopkpi-test
sync_user() {
  id -u "$TEST_USER" >/dev/null 2>&1 || useradd --system --create-home "$TEST_USER"
  local uid gid
  uid=$(id -u "$TEST_USER") gid=$(id -g "$TEST_USER")
  [ "$(chroot "$ROOT" id -u "$TEST_USER" 2>/dev/null)" = "$uid" ] && return
  chroot "$ROOT" userdel "$TEST_USER" 2>/dev/null || true
  chroot "$ROOT" groupadd --gid "$gid" --non-unique "$TEST_USER" 2>/dev/null || true
  chroot "$ROOT" useradd --system --uid "$uid" --gid "$gid" --non-unique --create-home "$TEST_USER"
}

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$PACKAGES" ]; then
  sync_user
  exit 0
fi

# Packages into the chroot ($1), with /proc and /dev only in a private
# mount namespace: gone when it ends.
install_packages() {
  unshare --mount --propagation private sh -ec '
    R="$1"; shift
    mount -t proc proc "$R/proc"
    mount --rbind /dev "$R/dev"
    chroot "$R" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive chroot "$R" apt-get install -y -q --no-install-recommends "$@" >/dev/null
    chroot "$R" apt-get clean
  ' sh "$1" $PACKAGES
}

if [ -f "$STAMP" ]; then  # made before, with fewer packages
  install_packages "$ROOT"
  echo "$PACKAGES" > "$STAMP"
  sync_user
  exit 0
fi

mirror="${INKOOPKPI_MIRROR:-}"
if [ -z "$mirror" ]; then
  # The Debian mirror apt is configured with (deb822 or one-line sources).
  mirror=$(grep -hoE '(URIs:|deb)[[:space:]]+https?://[^[:space:]]+/debian/?([[:space:]]|$)' \
             /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
           | awk '{print $2}' | head -n1 || true)
  mirror="${mirror:-http://deb.debian.org/debian}"
fi

command -v debootstrap >/dev/null || {
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap
}

start=$(date +%s)
echo "setup-office25: making $ROOT from $mirror (once)"
rm -rf "$ROOT.partial"
mkdir -p "$(dirname "$ROOT")"
debootstrap --variant=minbase trixie "$ROOT.partial" "$mirror" >/dev/null

# No services start inside the chroot.
printf '#!/bin/sh\nexit 101\n' > "$ROOT.partial/usr/sbin/policy-rc.d"
chmod 755 "$ROOT.partial/usr/sbin/policy-rc.d"

install_packages "$ROOT.partial"

rm -rf "$ROOT"
mv "$ROOT.partial" "$ROOT"
sync_user
echo "$PACKAGES" > "$STAMP"
echo "setup-office25: $("$(dirname "$0")/in-chroot.sh" "$ROOT" root \
     /usr/lib/libreoffice/program/soffice --version)" "ready in $(( $(date +%s) - start )) s"
