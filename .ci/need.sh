#!/usr/bin/env bash
# `need.sh COMMAND PACKAGE [WHY]`: install Debian's PACKAGE when COMMAND is missing.
# Exits 0 when COMMAND is there afterwards, 1 (with a message) when it cannot be
# installed here (not root, or no apt-get): the caller decides whether that stops it.
set -euo pipefail
command=$1 package=$2 why=${3:-}
command -v "$command" >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's $package${why:+ $why}…"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; } || true
fi
command -v "$command" >/dev/null 2>&1 && exit 0
echo "$command is missing and cannot be installed here: apt-get install $package${why:+ ($why)}." >&2
exit 1
