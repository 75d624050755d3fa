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
    name: 'a loose shared body fails once per problem, each at the node to change; a bare error object fails',
    document: openapi(
      {
        '/v3/apps': { get: { responses: { '200': ok, '400': respond({ $ref: '#/components/schemas/Errors' }), '502': respond({ $ref: '#/components/schemas/Error' }) } } },
        '/v3/spaces': { get: { responses: { '200': ok, '400': respond({ $ref: '#/components/schemas/Errors' }) } } },
      },
      { schemas: { Error: { type: 'object', properties: error.properties }, Errors: { type: 'object', properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/Error' } } } } } },
    ),
    errors: [
      // Each at the node to change: the missing `required` goes beside `properties`; the error
      // objects' `required` belongs in the item schema (Error), where the edit goes.
      ...([
        ['"errors" is not required', ['components', 'schemas', 'Errors', 'properties']],
        ['"errors" does not declare "minItems: 1"', ['components', 'schemas', 'Errors', 'properties', 'errors']],
        ['error objects do not require "detail", "title", "code"', ['components', 'schemas', 'Error', 'properties']],
      ] as const).map(([problem, path]) => ({
        message: `Error body schema of GET /v3/apps 400 and 1 more error responses: ${problem}; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.`,
        path: [...path],
        severity: DiagnosticSeverity.Error,
      })),
      {
        message:
          'GET /v3/apps 502 refers to the error object schema "Error" as its body, not to an error body: refer to "Errors" (whose "errors" list holds such objects) instead; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.',
        path: ['paths', '/v3/apps', 'get', 'responses', '502', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a shared error response that refers to the error object schema instead of the error body fails once, at its $ref',
    document: openapi(
      {
        '/v3/apps': { get: { responses: { '200': ok, '400': respond({ $ref: '#/components/schemas/Errors' }), '502': { $ref: '#/components/responses/BadGateway' } } } },
        '/v3/spaces': { get: { responses: { '200': ok, '502': { $ref: '#/components/responses/BadGateway' } } } },
      },
      { schemas: { Error: error, Errors: errors }, responses: { BadGateway: respond({ $ref: '#/components/schemas/Error' }) } },
    ),
    errors: [
      {
        message:
          'Error response "BadGateway" (GET /v3/apps 502 and 1 more) refers to the error object schema "Error" as its body, not to an error body: refer to "Errors" (whose "errors" list holds such objects) instead; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.',
        path: ['components', 'responses', 'BadGateway', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a body that is one error object, in a document with no error body, fails at that body with the wrapping to add',
    document: openapi({ '/v3/apps': { get: { responses: { '200': ok, '422': respond(error) } } } }),
    errors: [
      {
        message:
          'GET /v3/apps 422 has a single error object as its body, not an error body: wrap it in { errors: [ ... ] } (a body schema whose "errors" list holds it); error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.',
        path: ['paths', '/v3/apps', 'get', 'responses', '422', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a body with neither an "errors" list nor an error object field fails at its properties',
    document: openapi({ '/v3/apps': { get: { responses: { '200': ok, '422': respond({ type: 'object', properties: { message: { type: 'string' } } }) } } } }),
    errors: [
      {
        message: 'Error body schema of GET /v3/apps 422: it has no "errors" list; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.',
        path: ['paths', '/v3/apps', 'get', 'responses', '422', 'content', 'application/json', 'schema', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const errorsWith = (items: unknown) => ({ type: 'object', required: ['errors'], properties: { errors: { type: 'array', minItems: 1, items } } });

testRule('capi-errors-body-schema', [
  {
    name: 'an error object missing "code" fails',
    document: openapi({
      '/v3/apps': {
        get: { responses: { '200': ok, '400': respond(errorsWith({ type: 'object', required: ['detail', 'title'], properties: { detail: error.properties.detail, title: error.properties.title } })) } },
      },
    }),
    errors: [
      {
        message: 'Error body schema of GET /v3/apps 400: error objects have no "code"; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.',
        path: ['paths', '/v3/apps', 'get', 'responses', '400', 'content', 'application/json', 'schema', 'properties', 'errors', 'items', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'an error response also offered as text/html fails once, at the shared response',
    document: openapi(
      {
        '/v3/apps': { get: { responses: { '200': ok, '400': { $ref: '#/components/responses/BadRequest' } } } },
        '/v3/spaces': { get: { responses: { '200': ok, '400': { $ref: '#/components/responses/BadRequest' } } } },
      },
      {
        schemas: { Error: error, Errors: errors },
        responses: { BadRequest: { description: 'Bad Request', content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } }, 'text/html': { schema: { type: 'string' } } } } },
      },
    ),
    errors: [
      {
        message: 'Error response "BadRequest" (GET /v3/apps 400) offers the error body as "text/html"; every error body is the JSON object { errors: [ { detail, title, code } ] }: remove "text/html".',
        path: ['components', 'responses', 'BadRequest', 'content', 'text/html'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'an error response offered only as JSON passes',
    document: openapi(
      { '/v3/apps': { get: { responses: { '200': ok, '400': { $ref: '#/components/responses/BadRequest' } } } } },
      { schemas: { Error: error, Errors: errors }, responses: { BadRequest: respond({ $ref: '#/components/schemas/Errors' }) } },
    ),
    errors: [],
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
