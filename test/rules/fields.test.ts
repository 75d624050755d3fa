import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { link, ok, query, ref, resource } from '../fixtures/schemas';
import { apps, commaList } from './support/apps-with-parameters';

testRule('capi-fields-snake-case', [
  {
    name: 'snake_case fields pass; map keys and examples are data',
    document: openapi(
      { '/v3/apps/{guid}': { get: ok(ref('App')) } },
      {
        schemas: {
          Link: link,
          App: resource({
            labels: { type: 'object', additionalProperties: { type: 'string' } },
            var: { type: 'object', example: { RAILS_ENV: 'production' } },
          }),
        },
      },
    ),
    errors: [],
  },
  {
    name: 'camelCase and dotted field names fail',
    document: openapi({ '/v3/apps/{guid}': { get: ok(ref('App')) } }, { schemas: { Link: link, App: resource({ memoryInMb: { type: 'integer' }, 'disk.quota': { type: 'integer' } }) } }),
    errors: [
      {
        message: 'Field "memoryInMb" (schema "App") must contain only lowercase letters a-z and "_": rename it to "memory_in_mb".',
        path: ['components', 'schemas', 'App', 'properties', 'memoryInMb'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Field "disk.quota" (schema "App") must contain only lowercase letters a-z and "_": rename it to "disk_quota".',
        path: ['components', 'schemas', 'App', 'properties', 'disk.quota'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-fields-plural-arrays', [
  {
    name: 'plural array fields and "data" pass',
    document: openapi(
      { '/v3/apps/{guid}': { get: ok(ref('App')) } },
      { schemas: { Link: link, App: resource({ animals: { type: 'array', items: { type: 'string' } }, data: { type: 'array' } }) } },
    ),
    errors: [],
  },
  {
    name: 'a singular array field fails',
    document: openapi({ '/v3/apps/{guid}': { get: ok(ref('App')) } }, { schemas: { Link: link, App: resource({ usage_summary: { type: 'array' } }) } }),
    errors: [
      {
        message: 'Field "usage_summary" (schema "App") holds several values and must be plural: rename it to "usage_summaries".',
        path: ['components', 'schemas', 'App', 'properties', 'usage_summary'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-fields-parameter', [
  {
    name: 'fields as a comma-delimited list, and fields[...] as a deepObject, pass',
    document: apps([commaList('fields')], [query('fields', { type: 'object' }, { style: 'deepObject' })]),
    errors: [],
  },
  {
    name: 'fields as an object without deepObject fails',
    document: apps([query('fields', { type: 'object' })]),
    errors: [
      {
        message: '"fields" of GET /v3/apps is an object (fields[<resource>]=...) but not "style: deepObject": declare "style: deepObject".',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3],
        severity: DiagnosticSeverity.Information,
      },
    ],
  },
]);
