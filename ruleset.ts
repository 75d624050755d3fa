import { oas } from '@stoplight/spectral-rulesets';
import { fullRuleset } from './full-ruleset';
import capiRules from './rules';

/**
 * The full ruleset: Spectral's recommended OpenAPI rules, re-tuned where they clash with the
 * CAPI style guide, plus every `capi-*` rule.
 */
export default fullRuleset(oas as any, capiRules as any);
