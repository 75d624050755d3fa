import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { Ruleset } from '@stoplight/spectral-core';
import type * as Bundler from '@stoplight/spectral-ruleset-bundler';
import type * as Migrator from '@stoplight/spectral-ruleset-migrator';
import { InputError } from '../lib/input-error';
import { oasRuleset } from './spectral-private';

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
    };
  } catch {
    throw new InputError('capi-lint needs @stoplight/spectral-cli to load this ruleset: npm install --save-dev @stoplight/spectral-cli');
  }
  const { bundleRuleset, node, builtins, commonjs, stdin, migrator } = parts;
  const ours = ownSpectral();
  const bundle = (file: string, plugins: unknown[]) =>
    bundleRuleset(file, { target: 'node', format: 'commonjs', plugins: [...plugins, builtins(ours), commonjs(), ...node({ fs, fetch: ours['@stoplight/spectral-runtime'].fetch })] as any });

  return async (file) => {
    let source: string;
    let sourceContext;
    if (await migrator.isBasicRuleset(file)) {
      sourceContext = rulesetSourceContext(file, ours['@stoplight/spectral-parsers'] as typeof import('@stoplight/spectral-parsers'));
      const migrated = await migrator.migrateRuleset(file, { format: 'esm', fs: fs as any });
      file = path.join(path.dirname(file), '.spectral.js');
      source = await bundle(file, [stdin(migrated, file)]);
    } else {
      source = await bundle(file, []);
    }
    return new Ruleset(evaluate(source, file, ours), { severity: 'recommended', source: file, sourceContext });
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

/**
 * The modules a user's ruleset gets for `@stoplight/spectral-*` and `@capi/ruleset...`: the ones
 * this command runs. The commands carry their own Spectral (tsup.config.ts); a ruleset built from
 * the installed one would hand ours functions made by another copy of Spectral, whose errors
 * (RulesetValidationError) ours would not recognise by `instanceof`. Spectral's ruleset bundler
 * takes these as overrides of the modules it provides (its `builtins` plugin); what it leaves to
 * `require` (a package the ruleset imports) comes to evaluate(), which gives ours first.
 */
function ownSpectral(): Record<string, Record<string, any>> {
  return {
    '@stoplight/spectral-core': require('@stoplight/spectral-core'),
    '@stoplight/spectral-formats': require('@stoplight/spectral-formats'),
    '@stoplight/spectral-functions': require('@stoplight/spectral-functions'),
    '@stoplight/spectral-parsers': require('@stoplight/spectral-parsers'),
    '@stoplight/spectral-ref-resolver': require('@stoplight/spectral-ref-resolver'),
    // spectral:oas alone: the AsyncAPI and Arazzo rulesets stay those of the installed package.
    '@stoplight/spectral-rulesets': { oas: oasRuleset() },
    '@stoplight/spectral-runtime': require('@stoplight/spectral-runtime'),
  };
}

/** Our own package's exports, as built into this command (cli/ruleset.ts). */
const OWN_EXPORTS: Record<string, () => unknown> = {
  '@capi/ruleset': () => require('./ruleset').ownFullRuleset(),
  '@capi/ruleset/capi-rules': () => require('./ruleset').ownCapiRules(),
  '@capi/ruleset/functions': () => require('../functions'),
};

/** Runs the bundled CommonJS ruleset; its requires resolve from its folder, then from ours. */
function evaluate(source: string, file: string, ours: Record<string, unknown>): any {
  const localRequire = createRequire(file);
  const paths = [path.dirname(file), __dirname];
  const module = { exports: undefined as unknown };
  const load = (id: string) => {
    if (Object.prototype.hasOwnProperty.call(OWN_EXPORTS, id)) return OWN_EXPORTS[id]();
    if (Object.prototype.hasOwnProperty.call(ours, id) && id !== '@stoplight/spectral-rulesets') return ours[id];
    return localRequire(localRequire.resolve(id, { paths }));
  };
  Function('module, require', source)(module, load);
  if (typeof module.exports !== 'object' || module.exports === null) throw new Error('No valid export found');
  return module.exports;
}
