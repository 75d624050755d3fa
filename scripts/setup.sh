#!/usr/bin/env bash
# Installs dependencies when node_modules is missing or older than package-lock.json, then builds
# dist/ unless it is newer than every source file and build setting.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi
built() {
  local output
  for output in dist/index.js dist/capi-lint.js dist/capi-lint.bundle.js dist/capi-action.js dist/capi-action.bundle.js; do
    [ -f "$output" ] || return 1
    [ -z "$(find cli lib functions rules ./*.ts scripts/bundle-plugins.js tsconfig.json package.json package-lock.json -newer "$output" -print -quit 2>/dev/null)" ] || return 1
  done
}
built || npm run build --silent >/dev/null
