import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { BUILT_RULESET, DiagnosticSeverity, openapi, testRule } from '../harness';

const json = (schema: unknown = { type: 'object' }) => ({ content: { 'application/json': { schema } } });
const withBody = (description = 'ok') => ({ description, ...json() });
const empty = (description = 'done') => ({ description });
const list = { description: 'ok', ...json({ properties: { resources: { type: 'array' }, pagination: { type: 'object' } } }) };
const errorsResponse = { description: 'error', ...json() };
const op = (responses: Record<string, unknown>) => ({ responses });

testRule('capi-status-success-codes', [
  {
    name: 'the guide codes per kind pass: 200 GET, 201/202 create, 200/202 action, 200 PATCH, 202/204 DELETE, 302 download',
    document: openapi({
      '/v3/apps': { get: op({ '200': list }), post: op({ '201': withBody(), '202': empty() }) },
      '/v3/apps/{guid}': { get: op({ '200': withBody() }), patch: op({ '200': withBody() }), delete: op({ '202': empty(), '204': empty() }) },
      '/v3/apps/{guid}/actions/start': { post: op({ '200': withBody() }) },
      '/v3/packages/{guid}/download': { get: op({ '302': empty() }) },
    }),
    errors: [],
  },
  {
    name: 'a create with 200, a PATCH with 204, a GET with 202 and an operation without success fail',
    document: openapi({
      '/v3/apps': { get: op({ '200': list }), post: op({ '200': withBody() }) },
      '/v3/apps/{guid}': { get: op({ '202': empty() }), patch: op({ '204': empty() }), delete: op({ '404': errorsResponse }) },
    }),
    errors: [
      {
        message: 'POST /v3/apps documents 200, but creating a resource returns 201 or 202: use one of those instead.',
        path: ['paths', '/v3/apps', 'post', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'GET /v3/apps/{guid} documents 202, but showing a resource returns 200: use 200 instead.',
        path: ['paths', '/v3/apps/{guid}', 'get', 'responses', '202'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'PATCH /v3/apps/{guid} documents 204, but an update returns 200 or 202: use one of those instead.',
        path: ['paths', '/v3/apps/{guid}', 'patch', 'responses', '204'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'DELETE /v3/apps/{guid} documents no success response; a delete returns 202 or 204: document it.',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'responses'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a POST to a collection whose summary names an action (a purge) is an action, not a create: its 200 is not pointed to 201',
    document: openapi({
      '/v3/usage_events': {
        get: op({ '200': list }),
        post: { summary: 'Purge and reseed all usage events', ...op({ '200': withBody() }) },
      },
    }),
    errors: [],
  },
  {
    name: 'a POST to a collection that answers 201 with the resource is a create, whatever its summary says, and its 200 fails',
    document: openapi({
      '/v3/usage_events': {
        get: op({ '200': list }),
        post: { summary: 'Start a usage event', ...op({ '200': withBody(), '201': { description: 'created', ...json({ properties: { guid: { type: 'string' } } }) } }) },
      },
    }),
    errors: [
      {
        message: 'POST /v3/usage_events documents 200, but creating a resource returns 201 or 202: use one of those instead.',
        path: ['paths', '/v3/usage_events', 'post', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a POST that answers 200 with the list its GET shows adds members and passes',
    document: openapi(
      {
        '/v3/routes/{guid}/destinations': {
          get: op({ '200': { description: 'ok', ...json({ $ref: '#/components/schemas/DestinationList' }) } }),
          post: op({ '200': { description: 'ok', ...json({ $ref: '#/components/schemas/DestinationList' }) } }),
        },
        '/v3/routes/{guid}/destinations/{destination_guid}': { delete: op({ '204': empty() }) },
      },
      { schemas: { DestinationList: { type: 'object', properties: { pagination: { type: 'object' }, destinations: { type: 'array', items: { type: 'object' } } } } } },
    ),
    errors: [],
  },
  {
    name: 'a POST that answers 200 with something else than the list its GET shows is a create and fails',
    document: openapi(
      {
        '/v3/routes/{guid}/destinations': {
          get: op({ '200': { description: 'ok', ...json({ $ref: '#/components/schemas/DestinationList' }) } }),
          post: op({ '200': withBody() }),
        },
        '/v3/routes/{guid}/destinations/{destination_guid}': { delete: op({ '204': empty() }) },
      },
      { schemas: { DestinationList: { type: 'object', properties: { pagination: { type: 'object' }, destinations: { type: 'array', items: { type: 'object' } } } } } },
    ),
    errors: [
      {
        message: 'POST /v3/routes/{guid}/destinations documents 200, but creating a resource returns 201 or 202: use one of those instead.',
        path: ['paths', '/v3/routes/{guid}/destinations', 'post', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a shared response is reported at the status code\'s key of the operation that uses it, not at the component',
    document: openapi(
      { '/v3/apps/{guid}': { patch: op({ '204': { $ref: '#/components/responses/NoContent' } }) } },
      { responses: { NoContent: empty() } },
    ),
    errors: [
      {
        message: 'PATCH /v3/apps/{guid} documents 204, but an update returns 200 or 202: use one of those instead.',
        path: ['paths', '/v3/apps/{guid}', 'patch', 'responses', '204'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-status-success-body', [
  {
    name: '200 and 201 with a body, 204 without pass',
    document: openapi({ '/v3/apps/{guid}': { get: op({ '200': withBody() }), delete: op({ '204': empty() }) }, '/v3/apps': { post: op({ '201': withBody() }) } }),
    errors: [],
  },
  {
    name: '200 without a body and 204 with one fail; only a DELETE is pointed to 204, which the guide lists for DELETE alone, and an action that may return nothing is told the guide has no code for it',
    document: openapi({
      '/v3/apps/{guid}': { get: op({ '200': empty('ok') }), delete: op({ '204': withBody() }) },
      '/v3/apps/{guid}/actions/purge': { post: op({ '200': empty('ok') }) },
      '/v3/droplets/{guid}': { delete: op({ '200': empty('ok') }) },
    }),
    errors: [
      {
        message: 'GET /v3/apps/{guid} documents 200 without a body; a 200 returns the resource: declare its "content".',
        path: ['paths', '/v3/apps/{guid}', 'get', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message:
          'POST /v3/apps/{guid}/actions/purge documents 200 without a body; an action\'s 200 returns the resource it acted on: declare that resource as its "content"; if the action returns nothing, the guide has no code for it (204 is for DELETE): keep it and record the deviation (an override).',
        path: ['paths', '/v3/apps/{guid}/actions/purge', 'post', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'DELETE /v3/droplets/{guid} documents 200 without a body; a 200 returns the resource: declare its "content", or use 204 when nothing is returned.',
        path: ['paths', '/v3/droplets/{guid}', 'delete', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'DELETE /v3/apps/{guid} documents 204 with a body; 204 No Content carries none: remove "content", or use 200 to return the resource.',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'responses', '204', 'content'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a 201 without a body but with a Location header, as a 202 is documented, is told to be that 202, not to return a resource or use 204',
    document: openapi({
      '/v3/spaces/{guid}/manifest_diff': { post: op({ '201': { description: 'accepted', headers: { Location: { schema: { type: 'string' } } } }, '202': { description: 'accepted', headers: { Location: { schema: { type: 'string' } } } } }) },
      '/v3/diffs': { post: op({ '201': { description: 'accepted', headers: { Location: { schema: { type: 'string' } } } } }) },
    }),
    errors: [
      {
        message:
          'POST /v3/spaces/{guid}/manifest_diff documents 201 without a body but with a Location header, as a 202 Accepted names its job; a 201 returns the resource: if the work goes on after the response, remove it (the operation documents that 202 already); else declare the resource as its "content".',
        path: ['paths', '/v3/spaces/{guid}/manifest_diff', 'post', 'responses', '201'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message:
          'POST /v3/diffs documents 201 without a body but with a Location header, as a 202 Accepted names its job; a 201 returns the resource: if the work goes on after the response, document it as 202; else declare the resource as its "content".',
        path: ['paths', '/v3/diffs', 'post', 'responses', '201'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-status-client-error-codes', [
  {
    name: 'GET with 400/401/404 and PATCH with 403/422 pass; codes no verb lists are left to capi-status-known-codes',
    document: openapi({
      '/v3/apps/{guid}': {
        get: op({ '200': withBody(), '400': errorsResponse, '401': errorsResponse, '404': errorsResponse, '409': errorsResponse }),
        patch: op({ '200': withBody(), '403': errorsResponse, '422': errorsResponse }),
      },
    }),
    errors: [],
  },
  {
    name: 'GET with 403 or 422 fails',
    document: openapi({ '/v3/apps': { get: op({ '200': list, '403': errorsResponse, '422': errorsResponse }) } }),
    errors: ['403', '422'].map((code) => ({
      message: `GET /v3/apps documents ${code}, which the style guide does not list for GET (GET client errors are 400, 401 or 404): remove it or return one of those.`,
      path: ['paths', '/v3/apps', 'get', 'responses', code],
      severity: DiagnosticSeverity.Error,
    })),
  },
]);

testRule('capi-status-not-found-documented', [
  {
    name: 'operations on parameterised paths with 404, and on collections without, pass',
    document: openapi({ '/v3/apps': { get: op({ '200': list }) }, '/v3/apps/{guid}': { get: op({ '200': withBody(), '404': errorsResponse }) } }),
    errors: [],
  },
  {
    name: 'an operation on a parameterised path without 404 fails',
    document: openapi({ '/v3/apps/{guid}': { delete: op({ '204': empty() }) } }),
    errors: [
      {
        message:
          'DELETE /v3/apps/{guid} addresses a resource by path parameter but documents no 404: add a 404 Not Found response (returned when it does not exist or the user cannot see it).',
        path: ['paths', '/v3/apps/{guid}', 'delete', 'responses'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-status-known-codes', [
  {
    name: 'the guide codes and "default" pass',
    document: openapi({ '/v3/apps': { post: op({ '201': withBody(), '422': errorsResponse, '503': errorsResponse, default: errorsResponse }) } }),
    errors: [],
  },
  {
    name: '409 and 429 fail',
    document: openapi({ '/v3/apps': { post: op({ '201': withBody(), '409': errorsResponse, '429': errorsResponse }) } }),
    errors: ['409', '429'].map((code) => ({
      message: `POST /v3/apps documents ${code}, which is not among the style guide's status codes (200, 201, 202, 204, 302, 400, 401, 403, 404, 422, 500, 502, 503): use the one that fits, or add ${code} to this rule's "codes" option.`,
      path: ['paths', '/v3/apps', 'post', 'responses', code],
      severity: DiagnosticSeverity.Error,
    })),
  },
]);

describe('widening the allowed codes in a .spectral.js', () => {
  it('silences capi-status-known-codes for an added code, as documented', async () => {
    // The documented recipe: spread the rule and replace its functionOptions.
    const capi = require(BUILT_RULESET);
    const rule = capi.rules['capi-status-known-codes'];
    const widened = { ...rule, then: { ...rule.then, functionOptions: { codes: [...rule.then.functionOptions.codes, '409'] } } };
    const spectral = new Spectral();
    spectral.setRuleset({ rules: { 'capi-status-known-codes': widened } });
    const document = openapi({ '/v3/apps': { post: op({ '201': withBody(), '409': errorsResponse, '429': errorsResponse }) } });
    const results = await spectral.run(new Document(JSON.stringify(document), Parsers.Json as never, '/fixture.json'));
    expect(results.map((r) => r.message)).toEqual([expect.stringContaining('POST /v3/apps documents 429')]);
  });
});

testRule('capi-status-list-no-not-found', [
  {
    name: 'a list and a root document without 404, and a show with 404, pass',
    document: openapi({
      '/': { get: op({ '200': withBody() }) },
      '/v3/apps': { get: op({ '200': list, '401': errorsResponse }) },
      '/v3/apps/{guid}': { get: op({ '200': withBody(), '404': errorsResponse }) },
    }),
    errors: [],
  },
  {
    name: 'a list with 404 fails; a singleton without path parameters (one object, not a list) and the root may document 404',
    document: openapi({
      '/': { get: op({ '200': withBody(), '404': errorsResponse }) },
      '/v3/info': { get: op({ '200': { description: 'ok', ...json({ properties: { name: { type: 'string' }, version: { type: 'integer' } } }) }, '404': errorsResponse }) },
      '/v3/apps': { get: op({ '200': list, '404': errorsResponse }) },
    }),
    errors: [
      {
        message: 'GET /v3/apps is a list but documents 404: a list answers 200 with an empty list to a user who cannot see anything: remove the 404.',
        path: ['paths', '/v3/apps', 'get', 'responses', '404'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a list is told by its body, not its path: a nested path without parameters that returns a collection fails',
    document: openapi({ '/v3/info/usage_summaries': { get: op({ '200': list, '404': errorsResponse }) } }),
    errors: [
      {
        message: 'GET /v3/info/usage_summaries is a list but documents 404: a list answers 200 with an empty list to a user who cannot see anything: remove the 404.',
        path: ['paths', '/v3/info/usage_summaries', 'get', 'responses', '404'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

/** POST /v3/service_credential_bindings answering 201 and 202 with the given descriptions. */
const createBinding = (created: string, accepted: string, description = 'Create a binding.') =>
  openapi({
    '/v3/service_credential_bindings': {
      post: {
        description,
        responses: {
          '201': { description: created, content: { 'application/json': { schema: { type: 'object' } } } },
          '202': { description: accepted, headers: { Location: { schema: { type: 'string' } } } },
        },
      },
    },
  });
const CREATED_DESCRIPTION = ['paths', '/v3/service_credential_bindings', 'post', 'responses', '201', 'description'];

testRule('capi-status-alternatives-explained', [
  {
    name: 'two success codes whose descriptions say when each is returned pass',
    document: createBinding('Created at once, for a user-provided service instance.', 'Accepted: a managed service instance creates the binding in a job.'),
    errors: [],
  },
  {
    name: 'codes named in the operation description pass',
    document: createBinding('Created', 'Accepted', 'Creates a binding: 201 for user-provided instances, 202 (a job) for managed ones.'),
    errors: [],
  },
  {
    name: 'two success codes described only by their reason phrases fail, at the first one\'s description',
    document: createBinding('Created', 'Accepted'),
    errors: [
      {
        message:
          'POST /v3/service_credential_bindings answers 201 or 202 but does not say when: 201 is described only as "Created", 202 is described only as "Accepted"; say in each response\'s description when it is returned (e.g. "Returned when the work completes at once."), or name each code in the operation\'s description.',
        path: CREATED_DESCRIPTION,
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'two success codes with the same description fail',
    document: createBinding('Accepted for processing', 'Accepted for processing'),
    errors: [
      {
        message:
          'POST /v3/service_credential_bindings answers 201 or 202 but does not say when: 201 is described only as "Accepted for processing", 202 is described only as "Accepted for processing"; say in each response\'s description when it is returned (e.g. "Returned when the work completes at once."), or name each code in the operation\'s description.',
        path: CREATED_DESCRIPTION,
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a single success code needs no explanation',
    document: openapi({ '/v3/apps': { post: { responses: { '201': { description: 'Created', content: { 'application/json': { schema: { type: 'object' } } } } } } } }),
    errors: [],
  },
]);
