#!/usr/bin/env node
// Lints a spec (default: the embedded example) with the built ruleset through the Spectral CLI.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const spec = process.argv[2] ?? path.join(root, 'examples', 'capi-example.yaml');
const cli = require.resolve('@stoplight/spectral-cli/dist/index.js');
const result = spawnSync(
  process.execPath,
  [cli, 'lint', spec, '--ruleset', path.join(root, 'dist', 'index.js'), ...process.argv.slice(3)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 2);
