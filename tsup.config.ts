import { defineConfig } from 'tsup';

// Everything but Spectral itself is bundled: Spectral's CLI resolves bare imports from the
// consumer's folder and the VS Code extension rewrites them to a CDN URL, which fails offline.
// Each entry has only a default export so that `module.exports` is the ruleset itself, which is
// what Spectral's ruleset loader reads.
export default defineConfig({
  entry: { index: 'ruleset.ts', 'capi-rules': 'rules/index.ts', functions: 'functions/index.ts' },
  format: ['cjs'],
  cjsInterop: true,
  splitting: true,
  dts: true,
  clean: true,
  target: 'node18',
  external: [/^@stoplight\/spectral-/],
  noExternal: [/^(?!@stoplight\/spectral-)/],
});
