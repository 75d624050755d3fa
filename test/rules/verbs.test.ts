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

testRule('capi-verbs-post-no-query-parameters', [
  {
    name: 'a shared query parameter on a POST is reported at the POST\'s entry that uses it, not at the component',
    document: openapi(
      { '/v3/apps': { get: { ...ok, parameters: [{ $ref: '#/components/parameters/Names' }] }, post: { ...ok, parameters: [{ $ref: '#/components/parameters/Names' }] } } },
      { parameters: { Names: query('names') } },
    ),
    errors: [
      {
        message: 'POST /v3/apps declares query parameter "names"; POST requests must not take query parameters: move it into the request body.',
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
    // The action rules own these (capi-actions-post-only, capi-actions-under-actions), with POST …/actions/… as the fix.
    name: 'PUT on an action, or on a path an action verb names, is left to the action rules',
    document: openapi({ '/v3/tasks/{guid}/actions/cancel': { put: ok }, '/v3/tasks/{guid}/cancel': { put: ok } }),
    errors: [],
  },
]);

const listed = { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { properties: { resources: {}, pagination: {} } } } } } } };

const showsVisibility = {
  responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Visibility' } } } } },
};

testRule('capi-verbs-post-purpose', [
  {
    name: 'create, upload, action and relationship add pass',
    document: openapi({
      '/v3/apps': { get: listed, post: ok },
      '/v3/packages/{guid}/upload': { post: ok },
      '/v3/apps/{guid}/actions/start': { post: ok },
      '/v3/spaces/{guid}/relationships/isolation_segments': { post: ok },
    }),
    errors: [],
  },
  {
    name: 'a POST on a pseudo-resource that answers 200 with the list its GET shows appends to it and passes',
    document: openapi(
      { '/v3/service_plans/{guid}/visibility': { get: showsVisibility, post: showsVisibility } },
      { schemas: { Visibility: { type: 'object', properties: { type: { type: 'string' }, organizations: { type: 'array', items: { type: 'object' } } } } } },
    ),
    errors: [],
  },
  {
    name: 'a POST on a pseudo-resource or resource fails; one named like an action is left to capi-actions-under-actions',
    document: openapi({
      '/v3/spaces/{guid}/manifest_diff': { post: ok },
      '/v3/apps/{guid}': { get: ok, post: ok },
      '/v3/apps/{guid}/restart': { post: ok },
    }),
    errors: [
      {
        message:
          'POST /v3/spaces/{guid}/manifest_diff is not a create on a collection, a file upload, an action or an add to a relationship or list (the path is a pseudo-resource, nested under a resource): if it triggers an action, move it to POST /v3/spaces/{guid}/actions/manifest_diff; if it creates something, POST to its collection.',
        path: ['paths', '/v3/spaces/{guid}/manifest_diff', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'POST /v3/apps/{guid} is not a create on a collection, a file upload, an action or an add to a relationship or list (the path is a resource): if it triggers an action, move it to POST /v3/apps/{guid}/actions/<name>; if it creates something, POST to its collection.',
        path: ['paths', '/v3/apps/{guid}', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a POST to a collection that creates (a body in, 201 or a resource out) passes, whatever its summary opens with',
    document: openapi({
      '/v3/apps': { get: listed, post: { summary: 'Start tracking an app', requestBody: body, responses: { '201': { description: 'created', ...body } } } },
      '/v3/service_brokers': { get: listed, post: { requestBody: body, responses: { '202': { description: 'accepted', headers: { Location: { schema: { type: 'string' } } } } } } },
    }),
    errors: [],
  },
  {
    name: 'a POST to a collection whose summary, operationId or description names an action, or that takes no body and answers 202 or 204 with nothing, is an action out of place: one finding',
    document: openapi({
      '/v3/app_usage_events': { get: listed, post: { summary: 'Destructively purge and re-seed all events', responses: { '202': { description: 'accepted' } } } },
      '/v3/service_usage_events': { get: listed, post: { operationId: 'reseedServiceUsageEvents', requestBody: body, responses: { '200': { description: 'ok', ...body } } } },
      '/v3/caches': { get: listed, post: { responses: { '204': { description: 'cleared' } } } },
    }),
    errors: [
      {
        message: 'POST /v3/app_usage_events triggers an action, not a create (its summary names the action "purge"): actions are nested under /actions, move it to POST /v3/app_usage_events/actions/purge.',
        path: ['paths', '/v3/app_usage_events', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'POST /v3/service_usage_events triggers an action, not a create (its operationId names the action "reseed"): actions are nested under /actions, move it to POST /v3/service_usage_events/actions/reseed.',
        path: ['paths', '/v3/service_usage_events', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'POST /v3/caches triggers an action, not a create (it takes no request body and answers 204 with no resource): actions are nested under /actions, move it to POST /v3/caches/actions/<name>.',
        path: ['paths', '/v3/caches', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a POST on a top-level path that is neither a collection nor a resource fails, and is not called a pseudo-resource',
    document: openapi({ '/v3/resource_matches': { post: { ...ok, requestBody: body } } }),
    errors: [
      {
        message:
          'POST /v3/resource_matches is not a create on a collection, a file upload, an action or an add to a relationship or list (the path is a top-level path that is neither a collection nor a resource): if it triggers an action, move it to POST …/actions/<name>; if it creates something, POST to its collection.',
        path: ['paths', '/v3/resource_matches', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
