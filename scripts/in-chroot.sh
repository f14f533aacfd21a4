#!/bin/bash
# Runs CMD as USER (or root) inside the chroot ROOT made by
# scripts/setup-office25.sh, with what the tests use bound in at the same
# paths as outside: /tmp (throwaway profiles, X display sockets), the
# repository with its build tree, the current folder.  The mounts live in a
# private mount namespace and vanish with the command.  Run as root.
# usage: in-chroot.sh ROOT USER CMD...
set -euo pipefail
root=$1 user=$2
shift 2
repo=$(cd "$(dirname "$0")/.." && pwd)
exec unshare --mount --propagation private /bin/bash -ec '
  root=$1 user=$2 repo=$3
  shift 3
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --bind /tmp "$root/tmp"
  bind() { mkdir -p "$root$1"; mount --bind "$1" "$root$1"; }
  case "$repo" in /tmp|/tmp/*) ;; *) bind "$repo" ;; esac
  case "$PWD" in /tmp|/tmp/*|"$repo"|"$repo"/*) ;; *) bind "$PWD" ;; esac
  [ "$user" = root ] || set -- runuser -u "$user" -- "$@"
  exec chroot "$root" /bin/sh -c "cd \"\$0\" 2>/dev/null || cd /; exec \"\$@\"" "$PWD" "$@"
' in-chroot "$root" "$user" "$repo" "$@"
