import { DiagnosticSeverity, openapi, testRule } from '../harness';

const ok = { responses: { '200': { description: 'ok' } } };
const body = { content: { 'application/json': { schema: { type: 'object' } } } };
const query = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });

testRule('capi-verbs-get-no-request-body', [
  { name: 'GET without a body passes', document: openapi({ '/v3/apps': { get: ok, post: { ...ok, requestBody: body } } }), errors: [] },
  {
    name: 'GET with a body fails',
    document: openapi({ '/v3/apps': { get: { ...ok, requestBody: body } } }),
    errors: [
      {
        message:
          'GET /v3/apps declares a request body; GET requests must not have one: remove "requestBody" and pass the data as path or query parameters.',
        path: ['paths', '/v3/apps', 'get', 'requestBody'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-verbs-delete-no-request-body', [
  {
    name: 'DELETE with query parameters and no body passes',
    document: openapi({ '/v3/apps/{guid}': { delete: { ...ok, parameters: [query('purge')] } } }),
    errors: [],
  },
  {
    name: 'DELETE with a body fails',
    document: openapi({ '/v3/apps/{guid}': { delete: { ...ok, requestBody: body } } }),
    errors: [
      {
        message:
          'DELETE /v3/apps/{guid} declares a request body; DELETE requests must not have one: remove "requestBody" and pass the data as path or query parameters.',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'requestBody'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-verbs-post-no-query-parameters', [
  { name: 'POST with only a body passes', document: openapi({ '/v3/apps': { post: { ...ok, requestBody: body } } }), errors: [] },
  {
    name: 'POST with a query parameter, also one declared on the path item, fails',
    document: openapi({ '/v3/apps': { parameters: [query('names')], get: ok, post: { ...ok, parameters: [query('async')] } } }),
    errors: [
      {
        message: 'POST /v3/apps declares query parameter "names"; POST requests must not take query parameters: move it into the request body.',
        path: ['paths', '/v3/apps', 'parameters', 0],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'POST /v3/apps declares query parameter "async"; POST requests must not take query parameters: move it into the request body.',
        path: ['paths', '/v3/apps', 'post', 'parameters', 0],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-verbs-patch-no-query-parameters', [
  { name: 'PATCH with only a body passes', document: openapi({ '/v3/apps/{guid}': { patch: { ...ok, requestBody: body } } }), errors: [] },
  {
    name: 'PATCH with a query parameter fails',
    document: openapi({ '/v3/apps/{guid}': { patch: { ...ok, parameters: [query('force')] } } }),
    errors: [
      {
        message: 'PATCH /v3/apps/{guid} declares query parameter "force"; PATCH requests must not take query parameters: move it into the request body.',
        path: ['paths', '/v3/apps/{guid}', 'patch', 'parameters', 0],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-verbs-no-put', [
  { name: 'PATCH for updates passes', document: openapi({ '/v3/apps/{guid}': { patch: ok } }), errors: [] },
  {
    name: 'PUT fails',
    document: openapi({ '/v3/apps/{guid}': { put: ok } }),
    errors: [
      {
        message: 'PUT /v3/apps/{guid}: PUT is not used in the v3 API; use PATCH to update a resource.',
        path: ['paths', '/v3/apps/{guid}', 'put'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'PUT on an action fails with advice to POST',
    document: openapi({ '/v3/tasks/{guid}/actions/cancel': { put: ok } }),
    errors: [
      {
        message: 'PUT /v3/tasks/{guid}/actions/cancel: PUT is not used in the v3 API; trigger actions with POST.',
        path: ['paths', '/v3/tasks/{guid}/actions/cancel', 'put'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
