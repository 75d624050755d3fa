import { DiagnosticSeverity, openapi, testRule } from '../harness';

const error = { type: 'object', required: ['detail', 'title', 'code'], properties: { detail: { type: 'string' }, title: { type: 'string' }, code: { type: 'integer' } } };
const errors = { type: 'object', required: ['errors'], properties: { errors: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Error' } } } };
const respond = (schema: unknown, extra: Record<string, unknown> = {}) => ({ description: 'error', content: { 'application/json': { schema, ...extra } } });
const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } };

testRule('capi-errors-body-schema', [
  {
    name: 'a shared { errors: [ { detail, title, code } ] } body passes',
    document: openapi(
      { '/v3/apps': { get: { responses: { '200': ok, '400': respond({ $ref: '#/components/schemas/Errors' }), '500': respond({ $ref: '#/components/schemas/Errors' }) } } } },
      { schemas: { Error: error, Errors: errors } },
    ),
    errors: [],
  },
  {
    name: 'a loose shared body fails once per problem, at the schema; a bare error object fails',
    document: openapi(
      {
        '/v3/apps': { get: { responses: { '200': ok, '400': respond({ $ref: '#/components/schemas/Errors' }), '502': respond({ $ref: '#/components/schemas/Error' }) } } },
        '/v3/spaces': { get: { responses: { '200': ok, '400': respond({ $ref: '#/components/schemas/Errors' }) } } },
      },
      { schemas: { Error: { type: 'object', properties: error.properties }, Errors: { type: 'object', properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/Error' } } } } } },
    ),
    errors: [
      ...['"errors" is not required', '"errors" does not declare "minItems: 1"', 'error objects do not require "detail", "title", "code"'].map((problem) => ({
        message: `Error body schema of GET /v3/apps 400 and 1 more error responses: ${problem}; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.`,
        path: ['components', 'schemas', 'Errors'],
        severity: DiagnosticSeverity.Error,
      })),
      {
        message:
          'Error body schema of GET /v3/apps 502: it has no "errors" list; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.',
        path: ['components', 'schemas', 'Error'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-errors-detail-sentence', [
  {
    name: 'capitalised details ending with a full stop pass',
    document: openapi({
      '/v3/apps': { post: { responses: { '422': respond(errors, { example: { errors: [{ detail: 'Name must be a string.', title: 'CF-UnprocessableEntity', code: 10008 }] } }) } } },
    }),
    errors: [],
  },
  {
    name: 'details in example and examples that are lowercase or lack the full stop fail',
    document: openapi({
      '/v3/apps': {
        post: {
          responses: {
            '422': respond(errors, {
              examples: { taken: { value: { errors: [{ detail: 'The given app name is already taken', title: 'CF-UniquenessError', code: 10016 }] } } },
            }),
          },
        },
      },
      '/v3/jobs/{guid}': { get: { responses: { '200': respond({ type: 'object' }, { example: { state: 'FAILED', errors: [{ detail: 'something went wrong', title: 'CF-X', code: 1 }] } }) } } },
    }),
    errors: [
      {
        message:
          'Error detail "The given app name is already taken" in the example of POST /v3/apps 422 must end with a full stop ("."): error messages are complete sentences.',
        path: ['paths', '/v3/apps', 'post', 'responses', '422', 'content', 'application/json', 'examples', 'taken', 'value', 'errors', '0', 'detail'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message:
          'Error detail "something went wrong" in the example of GET /v3/jobs/{guid} 200 must start with a capital letter and end with a full stop ("."): error messages are complete sentences.',
        path: ['paths', '/v3/jobs/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'example', 'errors', '0', 'detail'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);
