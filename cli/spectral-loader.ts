import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { Ruleset } from '@stoplight/spectral-core';
import type * as Bundler from '@stoplight/spectral-ruleset-bundler';
import type * as Migrator from '@stoplight/spectral-ruleset-migrator';
import { InputError } from '../lib/input-error';

export type RulesetLoader = (file: string) => Promise<Ruleset>;

/**
 * What `spectral lint -r FILE` does with a ruleset file, through the public exports of the
 * packages @stoplight/spectral-cli installs with it: a YAML/JSON ruleset is migrated to
 * JavaScript, then bundled with rollup (its `@stoplight/spectral-*` imports bound to ours) and
 * evaluated. Loaded on first use: the bundler is heavy and our own rulesets never need it.
 */
export function spectralRulesetLoader(): RulesetLoader {
  let parts;
  try {
    parts = {
      bundleRuleset: (require('@stoplight/spectral-ruleset-bundler') as typeof Bundler).bundleRuleset,
      node: require('@stoplight/spectral-ruleset-bundler/presets/node').node,
      builtins: require('@stoplight/spectral-ruleset-bundler/plugins/builtins').builtins,
      commonjs: require('@stoplight/spectral-ruleset-bundler/plugins/commonjs').commonjs,
      stdin: require('@stoplight/spectral-ruleset-bundler/plugins/stdin').stdin,
      migrator: require('@stoplight/spectral-ruleset-migrator') as typeof Migrator,
      fetch: require('@stoplight/spectral-runtime').fetch,
      parsers: require('@stoplight/spectral-parsers'),
    };
  } catch {
    throw new InputError('capi-lint needs @stoplight/spectral-cli to load this ruleset: npm install --save-dev @stoplight/spectral-cli');
  }
  const { bundleRuleset, node, builtins, commonjs, stdin, migrator, fetch, parsers } = parts;
  const bundle = (file: string, plugins: unknown[]) =>
    bundleRuleset(file, { target: 'node', format: 'commonjs', plugins: [...plugins, builtins(), commonjs(), ...node({ fs, fetch })] as any });

  return async (file) => {
    let source: string;
    let sourceContext;
    if (await migrator.isBasicRuleset(file)) {
      sourceContext = rulesetSourceContext(file, parsers);
      const migrated = await migrator.migrateRuleset(file, { format: 'esm', fs: fs as any });
      file = path.join(path.dirname(file), '.spectral.js');
      source = await bundle(file, [stdin(migrated, file)]);
    } else {
      source = await bundle(file, []);
    }
    return new Ruleset(evaluate(source, file), { severity: 'recommended', source: file, sourceContext });
  };
}

/** Where a YAML/JSON ruleset's validation errors point. */
function rulesetSourceContext(file: string, parsers: typeof import('@stoplight/spectral-parsers')) {
  try {
    const parser = path.extname(file) === '.json' ? parsers.Json : parsers.Yaml;
    const parsed = parser.parse(fs.readFileSync(file, 'utf8'));
    return { source: file, getLocationForJsonPath: (jsonPath: any) => parser.getLocationForJsonPath(parsed as any, jsonPath) };
  } catch {
    return undefined;
  }
}

/** Runs the bundled CommonJS ruleset; its requires resolve from its folder, then from ours. */
function evaluate(source: string, file: string): any {
  const localRequire = createRequire(file);
  const paths = [path.dirname(file), __dirname];
  const module = { exports: undefined as unknown };
  Function('module, require', source)(module, (id: string) => localRequire(localRequire.resolve(id, { paths })));
  if (typeof module.exports !== 'object' || module.exports === null) throw new Error('No valid export found');
  return module.exports;
}
