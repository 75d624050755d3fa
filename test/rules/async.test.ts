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
    name: 'a 202 with a body and without Location fails twice',
    document: openapi({ '/v3/processes/{guid}/actions/scale': { post: { responses: { '202': { description: 'accepted', ...json({ type: 'object' }) } } } } }),
    errors: [
      {
        message: 'POST /v3/processes/{guid}/actions/scale 202 declares no Location header: add a "Location" header with the URL of the job that tracks the work (e.g. /v3/jobs/{guid}).',
        path: ['paths', '/v3/processes/{guid}/actions/scale', 'post', 'responses', '202'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'POST /v3/processes/{guid}/actions/scale 202 has a body; a 202 Accepted is empty and the client follows its Location header to the job: remove "content".',
        path: ['paths', '/v3/processes/{guid}/actions/scale', 'post', 'responses', '202', 'content'],
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
        path: ['paths', '/v3/jobs/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: `Job resource (GET /v3/jobs/{guid} 200): in "errors", error objects do not require "detail", "title", "code"; ${SHAPE}.`,
        path: ['paths', '/v3/jobs/{guid}', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Error,
      },
    ],
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
