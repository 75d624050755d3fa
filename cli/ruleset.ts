import * as fs from 'fs';
import * as path from 'path';
import { Ruleset } from '@stoplight/spectral-core';
import { InputError } from '../lib/input-error';

const OWN_PACKAGE = '@capi/ruleset';

/**
 * Loads the ruleset the way `spectral lint -r` does (YAML/JSON/JS, `extends`, overrides), and
 * also accepts an installed package name. Without one: a `.spectral.*` in `cwd`, else ours.
 */
export async function loadRuleset(requested: string | undefined, cwd: string): Promise<Ruleset> {
  const file = rulesetFile(requested, cwd);
  // Our own ruleset is already bundled CommonJS: require it rather than let Spectral's loader
  // re-bundle it with rollup, which costs a quarter of a second on every run.
  if (file === ownRuleset()) return new Ruleset(require(file), { severity: 'recommended', source: file });
  const getRuleset = spectralRulesetLoader();
  try {
    return await getRuleset(file);
  } catch (error: any) {
    throw new InputError(`ruleset ${file}: ${firstLine(reasonOf(error))}`);
  }
}

/** Spectral's CLI loader (a peer dependency) handles every ruleset format, `extends` and overrides. */
function spectralRulesetLoader(): typeof import('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset').getRuleset {
  try {
    return require('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset').getRuleset;
  } catch {
    throw new InputError('capi-lint needs @stoplight/spectral-cli: npm install --save-dev @stoplight/spectral-cli');
  }
}

function rulesetFile(requested: string | undefined, cwd: string): string {
  if (requested === undefined) {
    const found = filesIn(cwd).find((name) => Ruleset.isDefaultRulesetFile(name));
    return found ? path.join(cwd, found) : ownRuleset();
  }
  const asFile = path.resolve(cwd, requested);
  if (fs.existsSync(asFile)) return asFile;
  if (!requested.startsWith('.') && !path.isAbsolute(requested)) {
    try {
      return require.resolve(requested, { paths: [cwd] });
    } catch {
      if (requested === OWN_PACKAGE) return ownRuleset();
    }
  }
  throw new InputError(`ruleset ${requested}: no such file, nor an installed package`);
}

function filesIn(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch (error: any) {
    throw new InputError(`cannot read ${folder} (${error?.code ?? error?.message})`);
  }
}

/** dist/index.js, next to the built CLI. */
function ownRuleset(): string {
  return path.join(__dirname, 'index.js');
}

/** Invalid function options arrive as an AggregateError with an empty message and one error per problem. */
function reasonOf(error: any): string {
  const errors: unknown[] = Array.isArray(error?.errors) ? error.errors : [];
  if (errors.length > 0) return errors.map((each: any) => firstLine(String(each?.message ?? each))).join('; ');
  return error?.message ?? String(error);
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}
