#!/usr/bin/env bash
# Installs dependencies when node_modules is missing or older than package-lock.json, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi
npm run build --silent >/dev/null
