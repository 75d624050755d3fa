import { oas3_0, oas3_1 } from '@stoplight/spectral-formats';
import type { RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import type { Severity } from '../lib/severity';

export const DOCS_BASE_URL = 'https://github.com/cloudfoundry-community/capi-ruleset/blob/main/docs/rules/';

export interface CapiRule {
  description: string;
  message: string;
  severity: Severity;
  formats: (typeof oas3_0)[];
  given: string;
  documentationUrl: string;
  /** false for a rule that `reportsAtReferences`. */
  resolved?: false;
  then: { function: RulesetFunctionWithValidator<any, any>; functionOptions?: Record<string, unknown> };
}

/**
 * A rule over the whole document: its function reads the cached classification and returns
 * findings with their own paths and messages.
 */
export function documentRule(
  id: string,
  spec: {
    description: string;
    severity: Severity;
    function: RulesetFunctionWithValidator<any, any>;
    functionOptions?: Record<string, unknown>;
    /**
     * The rule's findings are about the place that uses a shared component (an operation that
     * documents a status code through a `$ref` to `components/responses`), not about the
     * component: Spectral reports them at the `$ref` (the status code's key) instead of following
     * it into the component. Its function still sees the resolved document (lib/document-function.ts).
     */
    reportsAtReferences?: true;
  },
): Record<string, CapiRule> {
  return {
    [id]: {
      description: spec.description,
      message: '{{error}}',
      severity: spec.severity,
      formats: [oas3_0, oas3_1],
      given: '$',
      documentationUrl: `${DOCS_BASE_URL}${id}.md`,
      ...(spec.reportsAtReferences ? { resolved: false as const } : {}),
      then: { function: spec.function, ...(spec.functionOptions ? { functionOptions: spec.functionOptions } : {}) },
    },
  };
}
