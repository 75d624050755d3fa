import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { link, ok, query, ref, resource } from '../fixtures/schemas';
import { apps, commaList } from './support/apps-with-parameters';

const errorBody = {
  type: 'object',
  properties: { errors: { type: 'array', items: { type: 'object', properties: { detail: { type: 'string' }, backtrace: { type: 'array', items: { type: 'string' } }, 'Trace-Id': { type: 'string' } } } } },
};
const errorResponse = { description: 'error', content: { 'application/json': { schema: errorBody } } };

testRule('capi-fields-snake-case', [
  {
    name: 'the root documents and error bodies are not resources: their field names are not checked',
    document: openapi({
      '/': { get: ok({ type: 'object', properties: { links: { type: 'object', properties: { cloud_controller_v2: link } } } }) },
      '/v3/apps/{guid}': { get: { responses: { ...ok({ type: 'object', properties: { name: { type: 'string' } } }).responses, '404': errorResponse } } },
    }),
    errors: [],
  },
  {
    name: 'a resource field with a digit fails',
    document: openapi({ '/v3/apps/{guid}': { get: ok({ type: 'object', properties: { cloud_controller_v2: { type: 'string' } } }) } }),
    errors: [
      {
        message: 'Field "cloud_controller_v2" (in GET /v3/apps/{guid} at responses.200.content.application/json.schema) must contain only lowercase letters a-z and "_": rename it without digits or other characters.',
        path: ['paths', '/v3/apps/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'cloud_controller_v2'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
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
    name: 'an array field of an error body (backtrace, the lines of one trace) is not a resource field and passes',
    document: openapi({ '/v3/apps/{guid}': { get: { responses: { ...ok({ type: 'object', properties: { name: { type: 'string' } } }).responses, '500': errorResponse } } } }),
    errors: [],
  },
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
    name: 'fields declared as a plain string (the comma-delimited list as written) passes',
    document: apps([query('fields', { type: 'string' })]),
    errors: [],
  },
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
        message: '"fields" of GET /v3/apps is an object (fields[<resource>]=...) but not "style: deepObject": declare "style: deepObject" (the fields parameter is a proposal of the guide; this is its proposed form).',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3],
        severity: DiagnosticSeverity.Information,
      },
    ],
  },
]);
