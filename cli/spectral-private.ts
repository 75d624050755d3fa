import * as fs from 'fs';
import * as path from 'path';
import type { RulesetDefinition } from '@stoplight/spectral-core';

// The only module that reaches past Spectral's public exports. Each use is a speed-up of
// capi-lint's default run with a public fallback; test/spectral-private.test.ts fails by name
// when a Spectral release moves one of them.

/** `spectral:oas` alone: the package root also loads the AsyncAPI and Arazzo rulesets (about 0.1 s). */
export function oasRuleset(): RulesetDefinition {
  try {
    return require('@stoplight/spectral-rulesets/dist/oas').default;
  } catch {
    return require('@stoplight/spectral-rulesets').oas;
  }
}

/**
 * Runs `build` without Spectral's ruleset validation, whose validator takes a quarter of a
 * second to compile on every run. Only for our own prebuilt rulesets, which the tests validate.
 */
export function withoutRulesetValidation<T>(build: () => T): T {
  const assertions = rulesetAssertions();
  const original = assertions?.assertValidRuleset;
  if (!assertions || typeof original !== 'function') return build();
  assertions.assertValidRuleset = () => undefined;
  try {
    return build();
  } finally {
    assertions.assertValidRuleset = original;
  }
}

export const RULESET_ASSERTIONS = path.join('ruleset', 'validation', 'assertions.js');

/** spectral-core's own module that its Ruleset constructor calls (not in its package exports). */
export function rulesetAssertions(): { assertValidRuleset: unknown } | undefined {
  try {
    return require(path.join(path.dirname(require.resolve('@stoplight/spectral-core')), RULESET_ASSERTIONS));
  } catch {
    return undefined;
  }
}

/**
 * One of Spectral's formatters, loaded alone: the package's index loads all eleven (SARIF's
 * builder among them) on every run. Its exports name only the index, which is the fallback.
 */
export function spectralFormatter(file: string, exportName: string): (...args: any[]) => string {
  const alone = formatterFile(file);
  return (fs.existsSync(alone) ? require(alone) : require('@stoplight/spectral-formatters'))[exportName];
}

/** dist/<file>.js beside the Node entry of @stoplight/spectral-formatters. */
export function formatterFile(file: string): string {
  return path.join(path.dirname(require.resolve('@stoplight/spectral-formatters')), `${file}.js`);
}
