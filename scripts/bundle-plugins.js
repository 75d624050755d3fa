// esbuild plugins for bundling the commands with their dependencies (tsup.config.ts) and the VS Code
// extension's language server (scripts/package-vscode.js).
const { readFileSync } = require('fs');
const { createRequire } = require('module');
const path = require('path');

/**
 * A file inside `dist/` of a Spectral package whose `exports` do not name it (spectral-core's, spectral-formatters') (cli/spectral-private.ts
 * reaches them): resolved by its path, so that it is bundled with the rest of that package. A
 * release that moves it fails the build.
 */
const spectralPrivateFiles = {
  name: 'spectral-private-files',
  setup(build) {
    build.onResolve({ filter: /^@stoplight\/spectral-(core|formatters)\/dist\// }, (args) => {
      const [, pkg, rest] = /^(@stoplight\/spectral-[a-z-]+)\/(dist\/.*)$/.exec(args.path);
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
  setup(build) {
    build.onResolve({ filter: ABSENT_OPTIONAL }, (args) => ({ path: args.path, namespace: 'absent-optional' }));
    build.onLoad({ filter: /.*/, namespace: 'absent-optional' }, (args) => ({
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
  setup(build) {
    build.onLoad({ filter: /spectral-functions[\\/]dist[\\/]undefined\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const start = '}, function undefined(targetVal) {';
      const end = text.lastIndexOf('});');
      if (!text.includes(start) || end < 0) throw new Error(`${args.path}: Spectral's undefined function is no longer written as this build expects`);
      const contents = `${text.slice(0, end).replace(start, '}, { undefined(targetVal) {')}} }.undefined);${text.slice(end + 3)}`;
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Spectral's runner requires `nimma/legacy`: nimma's JSONPath engine compiled down for old
 * engines, where every private field is a helper call through a WeakMap. The Node versions the
 * commands run on have private fields, and nimma's own build for them (`nimma`, the same modules
 * file for file) is what the commands bundle instead: the traversal takes a tenth of a lint.
 */
const nimmaNative = {
  name: 'nimma-native',
  setup(build) {
    build.onResolve({ filter: /^nimma\/legacy(\/|$)/ }, (args) =>
      build.resolve(args.path.replace(/^nimma\/legacy/, 'nimma'), { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

module.exports = { commandPlugins: [spectralPrivateFiles, absentOptionals, keepUndefinedName, nimmaNative] };
