import { DiagnosticSeverity, openapi, testRule } from '../harness';

const location = { Location: { schema: { type: 'string', format: 'uri' } } };
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const error = { type: 'object', required: ['detail', 'title', 'code'], properties: { detail: { type: 'string' }, title: { type: 'string' }, code: { type: 'integer' } } };
const job = {
  type: 'object',
  properties: {
    guid: { type: 'string' },
    state: { type: 'string' },
    operation: { type: 'string' },
    errors: { type: 'array', items: error },
    warnings: { type: 'array', items: { type: 'object', properties: { detail: { type: 'string' } } } },
    links: { type: 'object', properties: { self: { type: 'object' } } },
  },
};

testRule('capi-async-accepted-location', [
  {
    name: 'an empty 202 with a Location header passes',
    document: openapi({ '/v3/apps/{guid}': { delete: { responses: { '202': { description: 'accepted', headers: location } } } } }),
    errors: [],
  },
  {
    name: 'a PUT alias of an action is left to the action rules: only the POST form\'s 202 is reported',
    document: openapi({
      '/v3/deployments/{guid}/actions/cancel': {
        post: { responses: { '202': { description: 'accepted' } } },
        put: { responses: { '202': { description: 'accepted' } } },
      },
      '/v3/deployments/{guid}/cancel': { put: { responses: { '202': { description: 'accepted' } } } },
    }),
    errors: [
      {
        message: 'POST /v3/deployments/{guid}/actions/cancel 202 declares no Location header: add a "Location" header with the URL of the job that tracks the work (e.g. /v3/jobs/{guid}).',
        path: ['paths', '/v3/deployments/{guid}/actions/cancel', 'post', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a 202 that returns a resource and no Location fails once, pointing to 200 since the work is done when it answers',
    document: openapi({ '/v3/processes/{guid}/actions/scale': { post: { responses: { '202': { description: 'accepted', ...json({ type: 'object', properties: { guid: { type: 'string' } } }) } } } } }),
    errors: [
      {
        message: 'POST /v3/processes/{guid}/actions/scale 202 returns a body that is not a job and declares no Location header, so the client gets no job to follow; a 202 Accepted is empty and names its job in "Location": if the work is complete when the response is sent, document 200 with this body instead of 202; if it goes on after, return an empty 202 with a "Location" header naming its job.',
        path: ['paths', '/v3/processes/{guid}/actions/scale', 'post', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a create that answers 202 with a resource that reports its own state (a task) is told the resource may carry the state, not that the work is done',
    document: openapi({
      '/v3/apps/{guid}/tasks': {
        get: { responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { resources: { type: 'array' }, pagination: { type: 'object' } } }) } } },
        post: { requestBody: json({ type: 'object' }), responses: { '202': { description: 'accepted', ...json({ type: 'object', properties: { guid: { type: 'string' }, state: { type: 'string' } } }) } } },
      },
    }),
    errors: [
      {
        message:
          'POST /v3/apps/{guid}/tasks 202 returns the resource itself, whose "state" reports the work that goes on, and declares no Location header; a 202 Accepted is empty and names a job in "Location": answer 201 with this body, the resource showing its own progress in "state" (Asynchronicity: surface state on the resource itself), or give the work a job: an empty 202 with a "Location" header naming it.',
        path: ['paths', '/v3/apps/{guid}/tasks', 'post', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a create that answers 202 with the resource and no Location is pointed to 201',
    document: openapi({
      '/v3/tasks': { post: { responses: { '202': { description: 'accepted', ...json({ type: 'object', properties: { guid: { type: 'string' } } }) } } } },
      '/v3/tasks/{guid}': { get: { responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { guid: { type: 'string' } } }) } } } },
    }),
    errors: [
      {
        message: 'POST /v3/tasks 202 returns a body that is not a job and declares no Location header, so the client gets no job to follow; a 202 Accepted is empty and names its job in "Location": if the work is complete when the response is sent, document 201 with this body instead of 202; if it goes on after, return an empty 202 with a "Location" header naming its job.',
        path: ['paths', '/v3/tasks', 'post', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a 202 that returns the job and no Location fails once: the job moves to Location',
    document: openapi({ '/v3/apps/{guid}': { delete: { responses: { '202': { description: 'accepted', ...json(job) } } } } }),
    errors: [
      {
        message: 'DELETE /v3/apps/{guid} 202 returns the job as its body and declares no Location header; a 202 Accepted is empty and names its job in "Location": add a "Location" header with the URL of the job that tracks the work (e.g. /v3/jobs/{guid}) and remove "content".',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'an empty 202 without Location and a 202 with Location and a body fail, each at what to change',
    document: openapi({
      '/v3/apps/{guid}': { delete: { responses: { '202': { description: 'accepted' } } } },
      '/v3/apps/{guid}/actions/restage': { post: { responses: { '202': { description: 'accepted', headers: location, ...json(job) } } } },
    }),
    errors: [
      {
        message: 'DELETE /v3/apps/{guid} 202 declares no Location header: add a "Location" header with the URL of the job that tracks the work (e.g. /v3/jobs/{guid}).',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'POST /v3/apps/{guid}/actions/restage 202 has a body; a 202 Accepted is empty and the client follows its Location header to the job: remove "content".',
        path: ['paths', '/v3/apps/{guid}/actions/restage', 'post', 'responses', '202', 'content'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a shared 202 response is reported at the status code of each operation that uses it',
    document: openapi(
      { '/v3/apps/{guid}': { delete: { responses: { '202': { $ref: '#/components/responses/Accepted' } } } } },
      { responses: { Accepted: { description: 'accepted' } } },
    ),
    errors: [
      {
        message: 'DELETE /v3/apps/{guid} 202 declares no Location header: add a "Location" header with the URL of the job that tracks the work (e.g. /v3/jobs/{guid}).',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

const SHAPE = 'a job shows { state, operation, errors: [error objects], warnings: [{ detail }], links: { self } }';

testRule('capi-async-job-resource', [
  { name: 'the guide job passes', document: openapi({ '/v3/jobs/{guid}': { get: { responses: { '200': { description: 'job', ...json(job) } } } } }), errors: [] },
  {
    name: 'a job without operation and with loose error objects fails; so does a job endpoint without 200',
    document: openapi({
      '/v3/jobs/{guid}': {
        get: {
          responses: {
            '200': { description: 'job', ...json({ ...job, properties: { ...job.properties, operation: undefined, errors: { type: 'array', items: { type: 'object', properties: error.properties } } } }) },
          },
        },
      },
    }),
    errors: [
      {
        message: `Job resource (GET /v3/jobs/{guid} 200): it has no "operation"; ${SHAPE}.`,
        path: ['paths', '/v3/jobs/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: `Job resource (GET /v3/jobs/{guid} 200): in "errors", error objects do not require "detail", "title", "code"; ${SHAPE}.`,
        path: ['paths', '/v3/jobs/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'errors', 'items', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'loose error objects that error responses list too are left to capi-errors-body-schema: one deviation, one finding',
    document: openapi(
      {
        '/v3/jobs/{guid}': {
          get: {
            responses: {
              '200': { description: 'job', ...json({ ...job, properties: { ...job.properties, errors: { type: 'array', items: { $ref: '#/components/schemas/Error' } } } }) },
              '404': { description: 'not found', ...json({ $ref: '#/components/schemas/Errors' }) },
            },
          },
        },
      },
      {
        schemas: {
          Error: { type: 'object', properties: error.properties },
          Errors: { type: 'object', required: ['errors'], properties: { errors: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    ),
    errors: [],
  },
  {
    name: 'a shared job whose "errors" items refer to the error body schema instead of the error object fails at that $ref',
    document: openapi(
      { '/v3/jobs/{guid}': { get: { responses: { '200': { description: 'job', ...json({ $ref: '#/components/schemas/Job' }) } } } } },
      {
        schemas: {
          Job: { ...job, properties: { ...job.properties, errors: { type: 'array', items: { $ref: '#/components/schemas/Errors' } } } },
          Error: error,
          Errors: { type: 'object', required: ['errors'], properties: { errors: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    ),
    errors: [
      {
        message: `Job resource (GET /v3/jobs/{guid} 200): in "errors", the items refer to the error body schema "Errors" ({ errors: [...] }), not to error objects: refer to "Error", the error object schema it lists, instead; ${SHAPE}.`,
        path: ['components', 'schemas', 'Job', 'properties', 'errors', 'items'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a shared job whose "errors" items refer to the error object schema passes',
    document: openapi(
      { '/v3/jobs/{guid}': { get: { responses: { '200': { description: 'job', ...json({ $ref: '#/components/schemas/Job' }) } } } } },
      { schemas: { Job: { ...job, properties: { ...job.properties, errors: { type: 'array', items: { $ref: '#/components/schemas/Error' } } } }, Error: error } },
    ),
    errors: [],
  },
  {
    name: 'a job endpoint without a 200 fails',
    document: openapi({ '/v3/jobs/{guid}': { get: { responses: { '404': { description: 'not found' } } } } }),
    errors: [
      {
        message: `GET /v3/jobs/{guid} must document 200 with the job as JSON; ${SHAPE}.`,
        path: ['paths', '/v3/jobs/{guid}', 'get', 'responses'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);
