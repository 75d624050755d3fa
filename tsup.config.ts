import { defineConfig, type Options } from 'tsup';

// Everything but Spectral itself is bundled: Spectral's CLI resolves bare imports from the
// consumer's folder and the VS Code extension rewrites them to a CDN URL, which fails offline.
const shared: Options = {
  format: ['cjs'],
  cjsInterop: true,
  dts: true,
  target: 'node18',
  external: [/^@stoplight\/spectral-/],
  noExternal: [/^(?!@stoplight\/spectral-)/],
};

export default defineConfig([
  {
    ...shared,
    // Each ruleset entry has only a default export so that `module.exports` is the ruleset
    // itself, which is what Spectral's ruleset loader reads.
    entry: { index: 'ruleset.ts', 'capi-rules': 'rules/index.ts', functions: 'functions/index.ts' },
    splitting: true,
    // Both builds write dist/ at once, and a build's clean would delete the other's files (its
    // declaration build deletes every .d.ts): `npm run build` empties dist/ first (prebuild).
    clean: false,
  },
  {
    ...shared,
    // The `capi-lint` command (package `bin`) and its programmatic API; `capi-lsp`, its language
    // server; `capi-report`; `capi-action`, the GitHub Action's step (action.yml).
    entry: { 'capi-lint': 'cli/capi-lint.ts', 'capi-lsp': 'cli/capi-lsp.ts', 'capi-report': 'cli/report/capi-report.ts', 'capi-action': 'cli/action.ts' },
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
