import { oas } from '@stoplight/spectral-rulesets';
import capiRules from './rules';

/**
 * The full ruleset: Spectral's recommended OpenAPI rules, re-tuned where they clash with the
 * CAPI style guide, plus every `capi-*` rule.
 */
export default {
  extends: [[oas, 'recommended']],
  rules: {
    // Overlaps capi-status-success-codes, which also says which success code the operation needs.
    'operation-success-response': 'off',
    ...capiRules.rules,
  },
};
