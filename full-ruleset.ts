import type { RulesetDefinition, RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import mediaExample from './functions/mediaExample';
import schemaExample from './functions/schemaExample';
import uniqueEnum from './functions/uniqueEnum';

type RulesetObject = Extract<RulesetDefinition, { rules: unknown }> & { documentationUrl?: string };

/**
 * The full ruleset from its parts: Spectral's recommended `spectral:oas` rules, re-tuned where
 * they clash with the CAPI style guide or are slow, plus every `capi-*` rule. `ruleset.ts`
 * builds the published one from the public `spectral:oas`; capi-lint builds the same from
 * `spectral:oas` loaded without the AsyncAPI and Arazzo rulesets.
 */
export function fullRuleset(oas: RulesetObject, capiRules: RulesetObject) {
  return {
    extends: [[oas, 'recommended']],
    rules: {
      // Overlaps capi-status-success-codes, which also says which success code the operation needs.
      'operation-success-response': 'off',
      // The same checks, with validators cached by schema content and a spec's `pattern`s run in
      // linear time (lib/example-check.ts): Spectral's compile a validator per example and hang
      // on a catastrophic `pattern`.
      'oas3-valid-media-example': withFunction(oas, 'oas3-valid-media-example', mediaExample),
      'oas3-valid-schema-example': withFunction(oas, 'oas3-valid-schema-example', schemaExample),
      // The same check, with its validator kept between lints and no pairwise comparison of an
      // enum that repeats nothing (Spectral's compares every pair: seconds on a spec with big enums).
      'duplicated-entry-in-enum': withFunction(oas, 'duplicated-entry-in-enum', uniqueEnum),
      ...capiRules.rules,
    },
  } as RulesetDefinition;
}

/** One of `ruleset`'s rules, unchanged but for its function, keeping its docs link. */
function withFunction(ruleset: RulesetObject, id: string, fn: RulesetFunctionWithValidator<any, any>) {
  const rule = (ruleset.rules as Record<string, any>)[id];
  const then = Array.isArray(rule.then) ? rule.then : [rule.then];
  return {
    ...rule,
    documentationUrl: rule.documentationUrl ?? `${ruleset.documentationUrl}#${id}`,
    then: then.map(({ functionOptions: _, ...step }: any) => ({ ...step, function: fn })),
  };
}
