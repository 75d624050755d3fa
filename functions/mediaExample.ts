import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkExamples, type Example } from '../lib/example-check';
import type { ExampleUse } from '../lib/example-schema';
import { isObject, type JsonObject, type JsonPath } from '../lib/json';

/**
 * spectral:oas's `oas3-valid-media-example` check (its `oasExample` function with `type: media`):
 * a media type's, parameter's or header's examples against its `schema`, with the same messages,
 * faster, in linear time, and under a schema that contains itself too (lib/example-check.ts).
 */
export default createRulesetFunction<JsonObject, null>(
  { input: { type: 'object' }, options: null },
  function mediaExample(target, _options, context) {
    return checkExamples(examplesOf(target, context.path), target.schema, useOf(context.path), context);
  },
);

const REQUEST_MEDIA_PATHS = [
  ['components', 'requestBodies'],
  ['paths', '*', '*', 'requestBody'],
];
const RESPONSE_MEDIA_PATHS = [
  ['components', 'responses'],
  ['paths', '*', '*', 'responses'],
];

function useOf(path: JsonPath): ExampleUse {
  if (isUnder(path, REQUEST_MEDIA_PATHS)) return 'request';
  return isUnder(path, RESPONSE_MEDIA_PATHS) ? 'response' : 'any';
}

function isUnder(path: JsonPath, prefixes: string[][]): boolean {
  return prefixes.some((prefix) => prefix.every((segment, index) => segment === '*' || segment === path[index]));
}

/** `example` if present, else each keyed `examples` entry's `value` (not `externalValue`). */
function* examplesOf(target: JsonObject, path: JsonPath): Generator<Example> {
  if ('example' in target) {
    yield { value: target.example, path: [...path, 'example'] };
    return;
  }
  if (!('examples' in target) || !isObject(target.examples)) return;
  for (const [key, example] of Object.entries(target.examples)) {
    if (!isObject(example) || 'externalValue' in example) continue;
    yield { value: example.value, path: [...path, 'examples', key, 'value'] };
  }
}
