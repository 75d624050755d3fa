#!/usr/bin/env bash
# Lints a spec with @capi/ruleset (default: the embedded example). Sets itself up on first use.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec node scripts/lint.js "$@"
