#!/usr/bin/env node
// `npm run package:vscode`: builds the VS Code extension in editors/vscode and packages it to
// editors/vscode/capi-lint-<version>.vsix, offline. Two bundles, each one self-contained file set:
// - dist/extension.js: the extension, with vscode-languageclient inside (`vscode` is VS Code's own);
// - server/capi-lsp.js (+ server/capi-rules.js, which it requires by path, and shared chunks): the
//   language server with the ruleset and Spectral inside, so the .vsix needs no npm install. Only
//   what loads a workspace's own ruleset file (@stoplight/spectral-cli's ruleset bundler) is left
//   out: a workspace with a `.spectral.*` gets one line naming the package to install, unless it
//   installs @capi/ruleset itself, whose server the extension then starts (editors/vscode/src/server-module.ts).
// Then `vsce package --no-dependencies`: nothing is fetched, as everything is bundled.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { build } = require('tsup');
const { commandPlugins } = require('./bundle-plugins');

const ROOT = path.join(__dirname, '..');
const EXTENSION = path.join(ROOT, 'editors', 'vscode');
/** Left out of the bundled server: @stoplight/spectral-cli's ruleset loader (rollup among it), see above. */
const RULESET_LOADER = /^@stoplight\/spectral-ruleset-(bundler|migrator)(\/|$)/;

async function main() {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
  const { version } = require(path.join(ROOT, 'package.json'));
  if (manifest.version !== version) fail(`editors/vscode/package.json has version ${manifest.version}, the package ${version}: make them the same`);
  for (const folder of ['dist', 'server']) fs.rmSync(path.join(EXTENSION, folder), { recursive: true, force: true });

  const common = { config: false, format: ['cjs'], platform: 'node', target: 'node18', dts: false, silent: true, clean: false };
  await build({
    ...common,
    entry: { extension: path.join(EXTENSION, 'src', 'extension.ts') },
    outDir: path.join(EXTENSION, 'dist'),
    external: ['vscode'],
    noExternal: [/^(?!vscode$)/],
  });
  await build({
    ...common,
    entry: { 'capi-lsp': path.join(ROOT, 'cli', 'capi-lsp.ts'), 'capi-rules': path.join(ROOT, 'rules', 'index.ts') },
    outDir: path.join(EXTENSION, 'server'),
    splitting: true,
    // capi-rules.js's module.exports is the ruleset itself, as in dist/ (the server requires it by path).
    cjsInterop: true,
    // tsup bundles whatever noExternal matches, external or not.
    external: [RULESET_LOADER],
    noExternal: [new RegExp(`^(?!${RULESET_LOADER.source.slice(1)})`)],
    esbuildPlugins: commandPlugins,
  });

  const vsix = `capi-lint-${version}.vsix`;
  fs.rmSync(path.join(EXTENSION, vsix), { force: true });
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', vsix], { cwd: EXTENSION, stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(path.relative(process.cwd(), path.join(EXTENSION, vsix)));
}

function fail(message) {
  console.error(`package-vscode: ${message}`);
  process.exit(2);
}

main().catch((error) => fail(error?.message ?? String(error)));
