import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkExamples, type Example } from '../lib/example-check';
import type { JsonObject, JsonPath } from '../lib/json';

/**
 * spectral:oas's `oas3-valid-schema-example` check (its `oasExample` function with `type: schema`):
 * a schema's own `example` and `default` against the schema, with the same messages, faster,
 * in linear time, and under a schema that contains itself too (lib/example-check.ts).
 */
export default createRulesetFunction<JsonObject, null>(
  { input: { type: 'object' }, options: null },
  function schemaExample(target, _options, context) {
    return checkExamples(examplesOf(target, context.path), target, 'any', context);
  },
);

function* examplesOf(target: JsonObject, path: JsonPath): Generator<Example> {
  for (const field of ['example', 'default']) {
    if (field in target) yield { value: target[field], path: [...path, field] };
  }
}
