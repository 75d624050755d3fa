import { DiagnosticSeverity, openapi, testRule } from '../harness';

const ok = { responses: { '200': { description: 'ok' } } };
const resource = (links: string[]) => ({
  responses: {
    '200': {
      description: 'ok',
      content: {
        'application/json': {
          schema: { type: 'object', properties: { guid: { type: 'string' }, links: { type: 'object', properties: Object.fromEntries(links.map((name) => [name, { type: 'object' }])) } } },
        },
      },
    },
  },
});

testRule('capi-actions-post-only', [
  { name: 'POST on an action passes', document: openapi({ '/v3/apps/{guid}/actions/start': { post: ok } }), errors: [] },
  {
    name: 'PUT on an action fails',
    document: openapi({ '/v3/tasks/{guid}/actions/cancel': { put: ok } }),
    errors: [
      {
        message: 'PUT /v3/tasks/{guid}/actions/cancel: actions must use POST; trigger it with POST /v3/tasks/{guid}/actions/cancel.',
        path: ['paths', '/v3/tasks/{guid}/actions/cancel', 'put'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'PUT beside the POST of an action fails as an alias to remove',
    document: openapi({ '/v3/tasks/{guid}/actions/cancel': { post: ok, put: ok } }),
    errors: [
      {
        message: 'PUT /v3/tasks/{guid}/actions/cancel: actions must use POST, and POST /v3/tasks/{guid}/actions/cancel already triggers this action: remove the PUT alias.',
        path: ['paths', '/v3/tasks/{guid}/actions/cancel', 'put'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-actions-under-actions', [
  {
    name: 'an action spelled outside /actions/ beside the POST …/actions/ form fails as an alias to remove',
    document: openapi({ '/v3/tasks/{guid}/cancel': { put: ok }, '/v3/tasks/{guid}/actions/cancel': { post: ok } }),
    errors: [
      {
        message: 'PUT /v3/tasks/{guid}/cancel triggers the action "cancel" outside /actions/, as an alias of POST /v3/tasks/{guid}/actions/cancel, which exists: remove this alias (actions are nested under /actions and use POST).',
        path: ['paths', '/v3/tasks/{guid}/cancel', 'put'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'actions under /actions/ and nouns elsewhere pass',
    document: openapi({ '/v3/apps/{guid}/actions/restart': { post: ok }, '/v3/apps/{guid}/stats': { get: ok }, '/v3/spaces/{guid}/manifest_diff': { post: ok } }),
    errors: [],
  },
  {
    name: 'a verb-named last segment outside /actions/ fails, whatever the method',
    document: openapi({ '/v3/tasks/{guid}/cancel': { put: ok }, '/v3/spaces/{guid}/apply_manifest': { post: ok } }),
    errors: [
      {
        message: 'PUT /v3/tasks/{guid}/cancel triggers the action "cancel" outside /actions/: actions are nested under /actions, move it to POST /v3/tasks/{guid}/actions/cancel.',
        path: ['paths', '/v3/tasks/{guid}/cancel', 'put'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message:
          'POST /v3/spaces/{guid}/apply_manifest triggers the action "apply_manifest" outside /actions/: actions are nested under /actions, move it to POST /v3/spaces/{guid}/actions/apply_manifest.',
        path: ['paths', '/v3/spaces/{guid}/apply_manifest', 'post'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const listedApps = { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { properties: { resources: { type: 'array' }, pagination: { type: 'object' } } } } } } } };

testRule('capi-actions-under-actions', [
  {
    name: 'actions under a resource or a collection pass',
    document: openapi({
      '/v3/apps/{guid}/actions/start': { post: ok },
      '/v3/app_usage_events': { get: listedApps },
      '/v3/app_usage_events/actions/destructively_purge_all_and_reseed': { post: ok },
    }),
    errors: [],
  },
  {
    name: 'an action under a namespace with no resource above it fails once per path, saying it acts on no single resource rather than naming one',
    document: openapi({ '/v3/admin/actions/clear_buildpack_cache': { post: ok } }),
    errors: [
      {
        message:
          "Action /v3/admin/actions/clear_buildpack_cache hangs off /v3/admin, which is neither a resource nor a collection (the spec has no endpoint there), and no resource lies above it, so it acts on no single resource and no resource's links can list it: the guide nests every action under /actions of the resource it acts on. If it acts on the members of one collection, move it to that collection's /actions/clear_buildpack_cache; if it acts on no resource, the guide has no place for it: keep it, and record the exception (an override or a baseline entry for this path).",
        path: ['paths', '/v3/admin/actions/clear_buildpack_cache'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'an action under a pseudo-resource of a resource fails, pointing to the /actions of that resource',
    document: openapi({
      '/v3/apps/{guid}': { get: resource(['self']) },
      '/v3/apps/{guid}/environment_variables': { get: ok },
      '/v3/apps/{guid}/environment_variables/actions/reset': { post: ok },
    }),
    errors: [
      {
        message:
          "Action /v3/apps/{guid}/environment_variables/actions/reset hangs off /v3/apps/{guid}/environment_variables, which is neither a resource nor a collection (it is a pseudo-resource, with no identifier of its own), so no resource's links can list it: actions are nested under /actions of the resource they act on; move it to /v3/apps/{guid}/actions/reset, under the resource it lies in, and list it in that resource's links.",
        path: ['paths', '/v3/apps/{guid}/environment_variables/actions/reset'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-actions-in-links', [
  {
    name: 'an action listed in its resource links passes; actions on collections have no resource',
    document: openapi({
      '/v3/apps/{guid}': { get: resource(['self', 'start']) },
      '/v3/apps/{guid}/actions/start': { post: ok },
      '/v3/admin/actions/clear_buildpack_cache': { post: ok },
    }),
    errors: [],
  },
  {
    name: 'an action missing from its resource links fails once per action path, at the links schema where the link goes',
    document: openapi({ '/v3/tasks/{guid}': { get: resource(['self']) }, '/v3/tasks/{guid}/actions/cancel': { post: ok, put: ok } }),
    errors: [
      {
        message:
          'Action /v3/tasks/{guid}/actions/cancel is not listed in the links of GET /v3/tasks/{guid}: add a "cancel" link ({ href, method: POST }) to the resource\'s "links" (in GET /v3/tasks/{guid} at responses.200.content.application/json.schema.properties.links).',
        path: ['paths', '/v3/tasks/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'links', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const scaleBody = { content: { 'application/json': { schema: { type: 'object', properties: { instances: { type: ['integer', 'null'] } } } } } };
const scaled = { '202': { description: 'accepted', content: { 'application/json': { schema: { $ref: '#/components/schemas/Process' } } } } };
/** The same scale action on two path shapes, with the given descriptions and the second one's request body. */
const scales = (first: string, second: string, secondBody: unknown = scaleBody) =>
  openapi(
    {
      '/v3/processes/{guid}/actions/scale': { post: { operationId: 'scaleProcess', description: first, requestBody: scaleBody, responses: scaled } },
      '/v3/apps/{guid}/processes/{type}/actions/scale': { post: { operationId: 'scaleProcessForApp', description: second, requestBody: secondBody, responses: scaled } },
    },
    { schemas: { Process: { type: 'object', properties: { guid: { type: 'string' } } } } },
  );

testRule('capi-actions-equivalents-named', [
  {
    name: 'equivalent actions that name each other (by operationId, or by path) pass',
    document: scales('Scale a process. Equivalent to scaleProcessForApp.', 'Scale a process of an app, as POST /v3/processes/{guid}/actions/scale does.'),
    errors: [],
  },
  {
    name: 'equivalent actions (the same name, request and response schemas, written twice) that do not name each other fail, each at its description',
    document: scales('Scale a process.', 'Scale a specific process for an app.'),
    errors: [
      {
        message:
          'POST /v3/processes/{guid}/actions/scale does what POST /v3/apps/{guid}/processes/{type}/actions/scale (scaleProcessForApp) does (the same action with the same request and response schemas) but does not name it: add to its description a sentence such as "Equivalent to POST /v3/apps/{guid}/processes/{type}/actions/scale (scaleProcessForApp)."',
        path: ['paths', '/v3/processes/{guid}/actions/scale', 'post', 'description'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'POST /v3/apps/{guid}/processes/{type}/actions/scale does what POST /v3/processes/{guid}/actions/scale (scaleProcess) does (the same action with the same request and response schemas) but does not name it: add to its description a sentence such as "Equivalent to POST /v3/processes/{guid}/actions/scale (scaleProcess)."',
        path: ['paths', '/v3/apps/{guid}/processes/{type}/actions/scale', 'post', 'description'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'actions of the same name with different request schemas are not equivalent',
    document: scales('Scale a process.', 'Scale a specific process for an app.', { content: { 'application/json': { schema: { type: 'object', properties: { memory_in_mb: { type: 'integer' } } } } } }),
    errors: [],
  },
]);
