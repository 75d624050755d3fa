import type { Fixer } from './fixer';
import { commaDelimited, experimentalBoolean, experimentalMarker, fieldsParameter, paginationRequiredFields, removeResponse, removeRequestBody, resourceRequiredFields, uuidPathParameter } from './fixers';

/** What a rule offers: a safe fix `--fix` applies, a suggestion for a person, or neither (and why). */
export type Fixability = { kind: 'fix' | 'suggestion'; fixer: Fixer } | { kind: 'none'; why: string };

const NAMING = 'a new name is a choice, and renaming changes what clients send or read';
const SHAPE = 'the change is to what the API returns or accepts, which only a person can decide';

/**
 * Every capi rule, and whether it fixes, suggests or neither. A fix is safe: it changes the
 * document only at the node at fault, writes what the guide prescribes without a choice, and
 * changes no behaviour of the API (it declares what CAPI already does). A test fails when a rule
 * has no entry here.
 */
export const FIXABILITY: Record<string, Fixability> = {
  'capi-paths-v3-prefix': { kind: 'none', why: 'moving an endpoint changes its URL' },
  'capi-paths-collection-names': { kind: 'none', why: NAMING },
  'capi-paths-resource-guid-parameter': { kind: 'suggestion', fixer: uuidPathParameter },
  'capi-paths-segment-names': { kind: 'none', why: NAMING },
  'capi-verbs-get-no-request-body': { kind: 'suggestion', fixer: removeRequestBody },
  'capi-verbs-post-no-query-parameters': { kind: 'none', why: 'where the values go instead (the body) is a design choice' },
  'capi-verbs-patch-no-query-parameters': { kind: 'none', why: 'where the values go instead (the body) is a design choice' },
  'capi-verbs-delete-no-request-body': { kind: 'suggestion', fixer: removeRequestBody },
  'capi-verbs-no-put': { kind: 'none', why: 'turning a PUT into a PATCH (or an action) changes the API' },
  'capi-verbs-post-purpose': { kind: 'none', why: SHAPE },
  'capi-status-success-codes': { kind: 'none', why: 'which success code is right is a choice (e.g. 201 or 202)' },
  'capi-status-success-body': { kind: 'none', why: SHAPE },
  'capi-status-client-error-codes': { kind: 'suggestion', fixer: removeResponse },
  'capi-status-not-found-documented': { kind: 'none', why: 'a 404 response needs its description and body written' },
  'capi-status-list-no-not-found': { kind: 'suggestion', fixer: removeResponse },
  'capi-status-known-codes': { kind: 'suggestion', fixer: removeResponse },
  'capi-actions-post-only': { kind: 'none', why: 'changing an action\'s verb changes the API' },
  'capi-actions-under-actions': { kind: 'none', why: 'moving an action changes its URL' },
  'capi-actions-in-links': { kind: 'none', why: 'a link needs its href template written' },
  'capi-relationships-to-one': { kind: 'none', why: SHAPE },
  'capi-relationships-to-many': { kind: 'none', why: SHAPE },
  'capi-relationships-body-shape': { kind: 'none', why: SHAPE },
  'capi-async-accepted-location': { kind: 'none', why: SHAPE },
  'capi-async-job-resource': { kind: 'none', why: SHAPE },
  'capi-errors-body-schema': { kind: 'none', why: SHAPE },
  'capi-errors-detail-sentence': { kind: 'none', why: 'rewording an error message is for a person' },
  'capi-experimental-marker': { kind: 'fix', fixer: experimentalMarker },
  'capi-experimental-boolean': { kind: 'fix', fixer: experimentalBoolean },
  'capi-experimental-described': { kind: 'none', why: 'the sentence to add is for a person to word' },
  'capi-resources-required-fields': { kind: 'fix', fixer: resourceRequiredFields },
  'capi-resources-self-link': { kind: 'none', why: 'a links object needs its href templates written' },
  'capi-fields-snake-case': { kind: 'none', why: NAMING },
  'capi-fields-plural-arrays': { kind: 'none', why: NAMING },
  'capi-fields-parameter': { kind: 'fix', fixer: fieldsParameter },
  'capi-links-object': { kind: 'none', why: SHAPE },
  'capi-links-action-method': { kind: 'none', why: 'which method the link takes is for a person to say' },
  'capi-collections-resources': { kind: 'none', why: SHAPE },
  'capi-collections-pagination': { kind: 'none', why: SHAPE },
  'capi-pagination-fields': { kind: 'fix', fixer: paginationRequiredFields },
  'capi-pagination-parameters': { kind: 'none', why: 'a new query parameter is new API behaviour' },
  'capi-query-parameters-names': { kind: 'none', why: NAMING },
  'capi-query-parameters-plural': { kind: 'none', why: NAMING },
  'capi-query-parameters-comma-delimited': { kind: 'fix', fixer: commaDelimited },
  'capi-filters-multiple-values': { kind: 'none', why: 'a filter that takes a list is new API behaviour' },
  'capi-filters-boolean-values': { kind: 'none', why: 'the guide leaves it to a person (the rule is informational)' },
  'capi-filters-operators-declared': { kind: 'none', why: 'declaring the operators means writing new parameters with their descriptions' },
  'capi-include-values': { kind: 'none', why: NAMING },
  'capi-include-included': { kind: 'none', why: SHAPE },
  'capi-embed-values': { kind: 'none', why: SHAPE },
  'capi-polymorphism-discriminator': { kind: 'none', why: 'a discriminator\'s mapping is for a person to write' },
  'capi-uploads-multipart': { kind: 'none', why: SHAPE },
  'capi-downloads-binary': { kind: 'none', why: SHAPE },
  'capi-polymorphism-distinct-variants': { kind: 'none', why: 'telling variants apart (a discriminator, a required member, a const) is a design choice' },
  'capi-polymorphism-variant-examples': { kind: 'none', why: 'the values of an example are for a person to write' },
  'capi-polymorphism-conditional-fields': { kind: 'none', why: 'splitting a body into variants changes the shape of its schema' },
  'capi-query-parameters-empty-value': { kind: 'none', why: 'what an empty value means is prose for a person to write' },
  'capi-filters-label-selector-and': { kind: 'none', why: 'the wording of the description is for a person to write' },
  'capi-yaml-request-body': { kind: 'none', why: 'a YAML media type needs its schema and example written' },
  'capi-actions-equivalents-named': { kind: 'none', why: 'the wording of the descriptions is for a person to write' },
  'capi-status-alternatives-explained': { kind: 'none', why: 'when each code is returned is for a person to write' },
};

/** The fixer of `rule`, when it has one. */
export function fixerOf(rule: string): Fixer | undefined {
  const entry = FIXABILITY[rule];
  return entry && entry.kind !== 'none' ? entry.fixer : undefined;
}
