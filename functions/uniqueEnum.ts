import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkExamples } from '../lib/example-check';
import type { JsonObject } from '../lib/json';

/**
 * spectral:oas's `duplicated-entry-in-enum` check (`oasSchema` with `{ type: array, uniqueItems:
 * true }`): an `enum` without repeated values, with the same findings and messages. An enum
 * without a repeat is passed in one pass over its values; ajv (with its validator kept between
 * lints) words only those that repeat one, where Spectral compiles per lint and compares every
 * pair of values.
 */
export default createRulesetFunction<unknown[], null>(
  { input: { type: 'array' }, options: null },
  function uniqueEnum(target, _options, context) {
    if (!mayRepeat(target)) return undefined;
    return checkExamples([{ value: target, path: context.path }], UNIQUE_ITEMS, 'any', context);
  },
);

const UNIQUE_ITEMS: JsonObject = { type: 'array', uniqueItems: true };

/** False only when no two values are deep-equal (the same value as JSON, keys in any order). */
function mayRepeat(values: unknown[]): boolean {
  const seen = new Set<string>();
  for (const value of values) {
    const key = typeof value === 'object' && value !== null ? `o${JSON.stringify(sortedKeys(value))}` : `${typeof value}${String(value)}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as JsonObject)[key])]));
}
