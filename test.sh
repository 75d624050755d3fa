#!/usr/bin/env bash
# Runs every test, including those against ../shared/capi-openapi. Sets itself up on first use.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
npm run typecheck --silent
npx jest "$@"
