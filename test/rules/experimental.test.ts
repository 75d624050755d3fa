import { DiagnosticSeverity, openapi, testRule } from '../harness';

const ok = { responses: { '200': { description: 'ok' } } };

testRule('capi-experimental-marker', [
  {
    name: 'marked experimental operations and fields pass; a mere mention of something experimental is not a claim',
    document: openapi(
      {
        '/v3/spaces/{guid}/manifest_diff': { post: { ...ok, summary: 'Create a manifest diff (experimental)', 'x-experimental': true } },
        '/v3/routes/{guid}/destinations': { patch: { ...ok, description: 'Development of the experimental Istio routing layer was discontinued.' } },
      },
      { schemas: { Deployment: { type: 'object', properties: { strategy: { type: 'string', description: 'This feature is experimental.', 'x-experimental': true } } } } },
    ),
    errors: [],
  },
  {
    name: 'an operation or field described as experimental without the marker fails',
    document: openapi(
      {
        '/v3/routes/{guid}/relationships/shared_spaces': { post: { ...ok, summary: 'Share a route with other spaces (experimental)' } },
        '/v3/deployments/{guid}': {
          get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Deployment' } } } } } },
        },
      },
      {
        schemas: {
          Deployment: { type: 'object', properties: { strategy: { type: 'string', description: 'Canary deployments are experimental and may change.' } } },
          // Not reached from any operation: its `properties` are not fields of the API.
          Unused: { type: 'object', properties: { beta: { type: 'string', description: 'This field is experimental.' } } },
        },
      },
    ),
    errors: [
      {
        message: 'POST /v3/routes/{guid}/relationships/shared_spaces is described as experimental but lacks "x-experimental: true": add it so that clients and docs can flag it.',
        path: ['paths', '/v3/routes/{guid}/relationships/shared_spaces', 'post'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'Field "strategy" is described as experimental but lacks "x-experimental: true": add it so that clients and docs can flag it.',
        path: ['components', 'schemas', 'Deployment', 'properties', 'strategy'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

testRule('capi-experimental-boolean', [
  { name: 'a boolean passes', document: openapi({ '/v3/apps': { get: { ...ok, 'x-experimental': false } } }), errors: [] },
  {
    name: 'a string fails',
    document: openapi({ '/v3/apps': { get: { ...ok, 'x-experimental': 'yes' } } }),
    errors: [
      {
        message: '"x-experimental" must be a boolean (true or false), not "yes".',
        path: ['paths', '/v3/apps', 'get', 'x-experimental'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-experimental-described', [
  {
    name: 'a marked operation whose description says so passes',
    document: openapi({ '/v3/apps': { get: { ...ok, description: 'Lists apps. This endpoint is experimental.', 'x-experimental': true } } }),
    errors: [],
  },
  {
    name: 'a marked operation whose description is silent fails',
    document: openapi({ '/v3/apps': { get: { ...ok, description: 'Lists apps.', 'x-experimental': true } } }),
    errors: [
      {
        message: 'GET /v3/apps is marked "x-experimental: true" but its description does not say so: add a sentence such as "This endpoint is experimental and may change."',
        path: ['paths', '/v3/apps', 'get', 'description'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
