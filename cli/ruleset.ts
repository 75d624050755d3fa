import * as fs from 'fs';
import * as path from 'path';
import { Ruleset, type RulesetDefinition } from '@stoplight/spectral-core';
import { InputError } from '../lib/input-error';
import { oasRuleset, withoutRulesetValidation } from './spectral-private';
import { spectralRulesetLoader } from './spectral-loader';

const OWN_PACKAGE = '@capi/ruleset';
/** Our prebuilt ruleset entries (dist/, next to the built CLI), by package export. */
const OWN_ENTRIES: Record<string, string> = { [OWN_PACKAGE]: 'index.js', [`${OWN_PACKAGE}/capi-rules`]: 'capi-rules.js' };

/**
 * Loads the ruleset the way `spectral lint -r` does (YAML/JSON/JS, `extends`, overrides), and
 * also accepts an installed package name. Without one: a `.spectral.*` in `cwd`, else ours.
 */
export async function loadRuleset(requested: string | undefined, cwd: string): Promise<Ruleset> {
  const file = rulesetFile(requested, cwd);
  const own = ownRuleset(file);
  if (own) return own;
  const getRuleset = spectralRulesetLoader();
  try {
    return await getRuleset(file);
  } catch (error: any) {
    throw new InputError(`ruleset ${file}: ${firstLine(reasonOf(error))}`);
  }
}

/**
 * Our own rulesets are built into this command, with the Spectral it runs: taken from there
 * rather than from dist/index.js and dist/capi-rules.js (which load the installed Spectral, for
 * `spectral lint`), nor re-bundled by Spectral's loader, nor validated again (our tests do), and
 * the full one built on `spectral:oas` alone. What only the full ruleset uses (`spectral:oas`,
 * Spectral's functions) is required only for it.
 */
function ownRuleset(file: string): Ruleset | undefined {
  const context = { severity: 'recommended' as const, source: file };
  if (file === ownEntry(OWN_PACKAGE)) return withoutRulesetValidation(() => new Ruleset(ownFullRuleset(), context));
  if (file === ownEntry(`${OWN_PACKAGE}/capi-rules`)) return withoutRulesetValidation(() => new Ruleset(ownCapiRules(), context));
  return undefined;
}

/** `@capi/ruleset/capi-rules`, as built into this command. */
export function ownCapiRules(): RulesetDefinition {
  return (require('../rules') as typeof import('../rules')).default as RulesetDefinition;
}

/** `@capi/ruleset`, as built into this command. */
export function ownFullRuleset(): RulesetDefinition {
  // The example functions of the full ruleset come with it (they load Spectral's functions).
  const { fullRuleset } = require('../full-ruleset') as typeof import('../full-ruleset');
  return fullRuleset(oasRuleset() as any, ownCapiRules() as any);
}

/** The `.spectral.*` file in `folder` that capi-lint uses when no ruleset is named, if there is one. */
export function folderRulesetFile(folder: string): string | undefined {
  const found = filesIn(folder).find((name) => Ruleset.isDefaultRulesetFile(name));
  return found ? path.join(folder, found) : undefined;
}

function rulesetFile(requested: string | undefined, cwd: string): string {
  if (requested === undefined) return folderRulesetFile(cwd) ?? ownEntry(OWN_PACKAGE);
  const asFile = path.resolve(cwd, requested);
  if (fs.existsSync(asFile)) return asFile;
  if (!requested.startsWith('.') && !path.isAbsolute(requested)) {
    // Our own package names mean this copy's files, installed in `cwd` or not.
    if (Object.prototype.hasOwnProperty.call(OWN_ENTRIES, requested)) return ownEntry(requested);
    try {
      return require.resolve(requested, { paths: [cwd] });
    } catch {
      // reported below
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

function ownEntry(name: string): string {
  return path.join(__dirname, OWN_ENTRIES[name]);
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
