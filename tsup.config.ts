import { createRequire } from 'module';
import * as path from 'path';
import { defineConfig, type Options } from 'tsup';

// esbuild plugins the commands need (Spectral's private files, absent optional packages, the name
// of Spectral's `undefined` function), shared with the VS Code extension's server bundle
// (scripts/package-vscode.js): a CommonJS file, required at run time rather than bundled into this
// config (tsup bundles the config as ESM, where that file's own requires would fail). tsup runs in
// the project's root.
const { commandPlugins } = createRequire(path.resolve('tsup.config.ts'))('./scripts/bundle-plugins.js') as {
  commandPlugins: NonNullable<Options['esbuildPlugins']>;
};

const shared: Options = {
  format: ['cjs'],
  cjsInterop: true,
  dts: true,
  target: 'node18',
};

/**
 * What the commands leave to the installed packages: Spectral's CLI and its ruleset bundler and
 * migrator, an optional peer that loads a user's `.spectral.*` (cli/spectral-loader.ts).
 */
export const COMMAND_EXTERNALS = /^@stoplight\/spectral-(cli|ruleset-bundler|ruleset-migrator)(\/|$)/;

export default defineConfig([
  {
    ...shared,
    // The ruleset entries bundle everything but Spectral: `spectral lint` loads them into its
    // own Spectral, and Spectral's CLI resolves bare imports from the consumer's folder (the VS
    // Code extension rewrites them to a CDN URL, which fails offline).
    // Each has only a default export so that `module.exports` is the ruleset itself, which is
    // what Spectral's ruleset loader reads.
    entry: { index: 'ruleset.ts', 'capi-rules': 'rules/index.ts', functions: 'functions/index.ts' },
    external: [/^@stoplight\/spectral-/],
    noExternal: [/^(?!@stoplight\/spectral-)/],
    splitting: true,
    // Both builds write dist/ at once, and a build's clean would delete the other's files (its
    // declaration build deletes every .d.ts): `npm run build` empties dist/ first (prebuild).
    clean: false,
  },
  {
    ...shared,
    // The commands, each one file with Spectral, Redocly's bundler and every other dependency
    // in it: Node loads one file far faster than the hundreds of modules they are made of
    // (docs/performance.md). `capi-lint` (package `bin`) and its programmatic API; `capi-lsp`,
    // its language server (and the server's lint worker, which runs dist/capi-lsp.js);
    // `capi-report`; `capi-action`, the GitHub Action's step (action.yml). Each is started by its
    // launcher (below) as `dist/<command>.js`.
    entry: { 'capi-lint.bundle': 'cli/capi-lint.ts', 'capi-lsp.bundle': 'cli/capi-lsp.ts', 'capi-report.bundle': 'cli/report/capi-report.ts', 'capi-action.bundle': 'cli/action.ts' },
    external: [COMMAND_EXTERNALS],
    noExternal: [/^(?!@stoplight\/spectral-(cli|ruleset-bundler|ruleset-migrator)(\/|$))/],
    esbuildPlugins: commandPlugins,
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
  {
    ...shared,
    // The commands' launchers (cli/launcher.ts): each runs its bundle through a V8 code cache.
    entry: { 'capi-lint': 'cli/bin/capi-lint.ts', 'capi-lsp': 'cli/bin/capi-lsp.ts', 'capi-report': 'cli/bin/capi-report.ts', 'capi-action': 'cli/bin/capi-action.ts' },
    dts: false,
    external: [/\.bundle\.js$/],
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
