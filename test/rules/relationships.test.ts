import { DiagnosticSeverity, openapi, testRule } from '../harness';

const guid = { type: 'object', properties: { guid: { type: 'string', format: 'uuid' } } };
const toOne = { type: 'object', properties: { data: { oneOf: [guid, { type: 'null' }] } } };
const toMany = { type: 'object', properties: { data: { type: 'array', items: guid } } };
const body = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const returns = (schema: unknown) => ({ responses: { '200': { description: 'ok', ...body(schema) } } });
const send = (request: unknown, response: unknown) => ({ requestBody: body(request), ...returns(response) });
const done = { responses: { '204': { description: 'done' } } };

testRule('capi-relationships-to-one', [
  {
    name: 'GET and PATCH with { data: { guid } } (or null) pass',
    document: openapi({ '/v3/apps/{guid}/relationships/space': { get: returns(toOne), patch: send(toOne, toOne) } }),
    errors: [],
  },
  {
    name: 'another method and a body without { data: { guid } } fail',
    document: openapi({
      '/v3/apps/{guid}/relationships/space': { get: returns(toOne), patch: send({ type: 'object', properties: { data: { type: 'object', properties: { name: { type: 'string' } } } } }, toOne), delete: done },
    }),
    errors: [
      {
        message: 'DELETE /v3/apps/{guid}/relationships/space: a to-one relationship is only viewed (GET) and set or cleared (PATCH with { data: { guid } } or { data: null }): remove DELETE.',
        path: ['paths', '/v3/apps/{guid}/relationships/space', 'delete'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'PATCH /v3/apps/{guid}/relationships/space request body: "data" has no "guid"; a to-one relationship body is { data: { guid } } (data may be null).',
        path: ['paths', '/v3/apps/{guid}/relationships/space', 'patch', 'requestBody', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

testRule('capi-relationships-to-many', [
  {
    name: 'GET, POST, PATCH with { data: [ { guid } ] } and DELETE on a member pass',
    document: openapi({
      '/v3/spaces/{guid}/relationships/isolation_segments': { get: returns(toMany), post: send(toMany, toMany), patch: send(toMany, toMany) },
      '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}': { delete: done },
    }),
    errors: [],
  },
  {
    name: 'DELETE on the relationship, GET on a member, a body without guids and a path nested below fail',
    document: openapi({
      '/v3/spaces/{guid}/relationships/isolation_segments': { post: send(toMany, { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { name: {} } } } } }), delete: done },
      '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}': { get: returns(guid) },
      '/v3/service_instances/{guid}/relationships/shared_spaces': { get: returns(toMany) },
      '/v3/service_instances/{guid}/relationships/shared_spaces/usage_summary': { get: returns({ type: 'object' }) },
    }),
    errors: [
      {
        message:
          'DELETE /v3/spaces/{guid}/relationships/isolation_segments: a to-many relationship takes GET (view), POST (add) and PATCH (replace); remove members one at a time with DELETE /v3/spaces/{guid}/relationships/isolation_segments/{guid}: remove DELETE.',
        path: ['paths', '/v3/spaces/{guid}/relationships/isolation_segments', 'delete'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'POST /v3/spaces/{guid}/relationships/isolation_segments 200: the "data" items have no "guid"; a to-many relationship body is { data: [ { guid } ] }.',
        path: ['paths', '/v3/spaces/{guid}/relationships/isolation_segments', 'post', 'responses', '200', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'GET /v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}: a relationship member only supports DELETE (removing it from the relationship): remove GET.',
        path: ['paths', '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}', 'get'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'Path "/v3/service_instances/{guid}/relationships/shared_spaces/usage_summary" nests "usage_summary" below the relationship /v3/service_instances/{guid}/relationships/shared_spaces: only /v3/service_instances/{guid}/relationships/shared_spaces/{guid} (to remove one member) may follow a relationship; move it elsewhere.',
        path: ['paths', '/v3/service_instances/{guid}/relationships/shared_spaces/usage_summary'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
