import type { RulesetDefinition, RulesetFunctionWithValidator } from '@stoplight/spectral-core';

type RulesetObject = Extract<RulesetDefinition, { rules: unknown }> & { documentationUrl?: string };

/**
 * The full ruleset from its parts: Spectral's recommended `spectral:oas` rules, re-tuned where
 * they clash with the CAPI style guide or are slow, plus every `capi-*` rule. `ruleset.ts`
 * builds the published one from the public `spectral:oas`; capi-lint builds the same from
 * `spectral:oas` loaded without the AsyncAPI and Arazzo rulesets.
 */
export function fullRuleset(oas: RulesetObject, capiRules: RulesetObject, mediaExample: RulesetFunctionWithValidator<any, any>) {
  return {
    extends: [[oas, 'recommended']],
    rules: {
      // Overlaps capi-status-success-codes, which also says which success code the operation needs.
      'operation-success-response': 'off',
      // The same check with its compiled validators cached per schema (functions/mediaExample.ts).
      'oas3-valid-media-example': withFunction(oas, 'oas3-valid-media-example', mediaExample),
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
