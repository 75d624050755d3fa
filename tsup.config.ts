import { readFileSync } from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { defineConfig, type Options } from 'tsup';

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

/**
 * A file inside `dist/` of a Spectral package whose `exports` do not name it (spectral-core's, spectral-formatters') (cli/spectral-private.ts
 * reaches them): resolved by its path, so that it is bundled with the rest of that package. A
 * release that moves it fails the build.
 */
const spectralPrivateFiles = {
  name: 'spectral-private-files',
  setup(build: any) {
    build.onResolve({ filter: /^@stoplight\/spectral-(core|formatters)\/dist\// }, (args: { path: string; resolveDir: string }) => {
      const [, pkg, rest] = /^(@stoplight\/spectral-[a-z-]+)\/(dist\/.*)$/.exec(args.path)!;
      const main = createRequire(path.join(args.resolveDir, 'index.js')).resolve(pkg);
      const root = main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`));
      return { path: path.join(root, rest.endsWith('.js') ? rest : `${rest}.js`) };
    });
  },
};

/**
 * Optional packages a dependency tries in a `try` and does without (node-fetch's `encoding`): not
 * installed here, so built in as absent rather than looked up on every start.
 */
const ABSENT_OPTIONAL = /^encoding$/;
const absentOptionals = {
  name: 'absent-optionals',
  setup(build: any) {
    build.onResolve({ filter: ABSENT_OPTIONAL }, (args: { path: string }) => ({ path: args.path, namespace: 'absent-optional' }));
    build.onLoad({ filter: /.*/, namespace: 'absent-optional' }, (args: { path: string }) => ({
      contents: `throw new Error(${JSON.stringify(`Cannot find module '${args.path}'`)});`,
      loader: 'js',
    }));
  },
};

/**
 * A function's name is part of Spectral's messages ("undefined" function does not accept any
 * options), and esbuild renames a function expression named `undefined` (to `undefined2`).
 * Spectral's `undefined` function becomes a method of that name, which esbuild leaves as it is.
 * (esbuild's keepNames would keep every name, but costs a quarter more CPU time in a lint: it
 * names each closure as it is made.)
 */
const keepUndefinedName = {
  name: 'keep-undefined-name',
  setup(build: any) {
    build.onLoad({ filter: /spectral-functions[\\/]dist[\\/]undefined\.js$/ }, (args: { path: string }) => {
      const text = readFileSync(args.path, 'utf8');
      const start = '}, function undefined(targetVal) {';
      const end = text.lastIndexOf('});');
      if (!text.includes(start) || end < 0) throw new Error(`${args.path}: Spectral's undefined function is no longer written as this build expects`);
      const contents = `${text.slice(0, end).replace(start, '}, { undefined(targetVal) {')}} }.undefined);${text.slice(end + 3)}`;
      return { contents, loader: 'js' };
    });
  },
};

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
    // `capi-report`; `capi-action`, the GitHub Action's step (action.yml).
    entry: { 'capi-lint': 'cli/capi-lint.ts', 'capi-lsp': 'cli/capi-lsp.ts', 'capi-report': 'cli/report/capi-report.ts', 'capi-action': 'cli/action.ts' },
    external: [COMMAND_EXTERNALS],
    noExternal: [/^(?!@stoplight\/spectral-(cli|ruleset-bundler|ruleset-migrator)(\/|$))/],
    esbuildPlugins: [spectralPrivateFiles, absentOptionals, keepUndefinedName],
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
