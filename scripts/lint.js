#!/usr/bin/env node
// Lints a spec (default: the embedded example), single- or multi-file, with the built capi-lint
// and the full @capi/ruleset. Extra arguments go to capi-lint (e.g. -f json; a later -r wins).
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'dist', 'capi-lint.js'), '--ruleset', path.join(root, 'dist', 'index.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 2);
