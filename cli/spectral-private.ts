import * as fs from 'fs';
import * as path from 'path';
import type { RulesetDefinition } from '@stoplight/spectral-core';

// The only module that reaches past Spectral's public exports. Each use is a speed-up of
// capi-lint's default run with a public fallback; test/spectral-private.test.ts fails by name
// when a Spectral release moves one of them.
//
// Each private file is named twice: by a literal `require`, which the build resolves and bundles
// into the commands with the Spectral they bundle (tsup.config.ts; the build fails if the file
// moves), and by its path beside the installed package, for this code run from source, where
// Node refuses the literal one (the package's `exports` do not name it).

/**
 * `spectral:oas` alone: the package root also loads the AsyncAPI and Arazzo rulesets (about 0.1 s
 * installed, 5 MB of the commands bundled). No fallback to the root, which would put them back in.
 */
export function oasRuleset(): RulesetDefinition {
  return require('@stoplight/spectral-rulesets/dist/oas').default;
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
    return require('@stoplight/spectral-core/dist/ruleset/validation/assertions.js');
  } catch {
    // run from source
  }
  try {
    return require(path.join(path.dirname(require.resolve('@stoplight/spectral-core')), RULESET_ASSERTIONS));
  } catch {
    return undefined;
  }
}

type FormatterModule = Record<string, (...args: any[]) => string>;

/** Each formatter capi-lint offers, by its file in @stoplight/spectral-formatters' dist/. */
const FORMATTER_MODULES: Record<string, () => FormatterModule> = {
  stylish: () => require('@stoplight/spectral-formatters/dist/stylish.js'),
  json: () => require('@stoplight/spectral-formatters/dist/json.js'),
  sarif: () => require('@stoplight/spectral-formatters/dist/sarif.js'),
  'github-actions': () => require('@stoplight/spectral-formatters/dist/github-actions.js'),
  junit: () => require('@stoplight/spectral-formatters/dist/junit.js'),
  text: () => require('@stoplight/spectral-formatters/dist/text.js'),
  pretty: () => require('@stoplight/spectral-formatters/dist/pretty.js'),
  'html/index': () => require('@stoplight/spectral-formatters/dist/html/index.js'),
  teamcity: () => require('@stoplight/spectral-formatters/dist/teamcity.js'),
  markdown: () => require('@stoplight/spectral-formatters/dist/markdown.js'),
  'code-climate': () => require('@stoplight/spectral-formatters/dist/code-climate.js'),
};

/** The formatter files this module names (the test checks each against output.ts's list). */
export const BUNDLED_FORMATTER_FILES = Object.keys(FORMATTER_MODULES);

/**
 * One of Spectral's formatters, loaded alone: the package's index loads all eleven (SARIF's
 * builder among them) on every run. Its exports name only the index, which is the fallback.
 */
export function spectralFormatter(file: string, exportName: string): (...args: any[]) => string {
  try {
    const bundled = FORMATTER_MODULES[file]?.();
    if (bundled) return bundled[exportName];
  } catch {
    // run from source
  }
  const alone = formatterFile(file);
  return (fs.existsSync(alone) ? require(alone) : require('@stoplight/spectral-formatters'))[exportName];
}

/** dist/<file>.js beside the Node entry of @stoplight/spectral-formatters. */
export function formatterFile(file: string): string {
  return path.join(path.dirname(require.resolve('@stoplight/spectral-formatters')), `${file}.js`);
}
