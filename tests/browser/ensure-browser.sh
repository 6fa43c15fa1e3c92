#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's chromium
# (playwright drives it by path; no browser download) and axe-core from npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/need.sh chromium chromium "for the browser tests" ||
  echo "WARNING: without chromium the browser tests will be skipped." >&2
if [ ! -f node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null 2>&1; then
  npm ci --silent --no-audit --no-fund
fi
