import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { json, link, ok, ref, resource } from '../fixtures/schemas';

const guid = { type: 'object', properties: { guid: { type: 'string', format: 'uuid' } } };
const toOne = { type: 'object', properties: { data: { oneOf: [guid, { type: 'null' }] } } };
const toMany = { type: 'object', properties: { data: { type: 'array', items: guid } } };
const send = (request: unknown, response: unknown) => ({ requestBody: json(request), ...ok(response) });
const done = { responses: { '204': { description: 'done' } } };

testRule('capi-relationships-to-one', [
  {
    name: 'GET and PATCH with { data: { guid } } (or null) pass',
    document: openapi({ '/v3/apps/{guid}/relationships/space': { get: ok(toOne), patch: send(toOne, toOne) } }),
    errors: [],
  },
  {
    name: 'another method and a body without { data: { guid } } fail',
    document: openapi({
      '/v3/apps/{guid}/relationships/space': { get: ok(toOne), patch: send({ type: 'object', properties: { data: { type: 'object', properties: { name: { type: 'string' } } } } }, toOne), delete: done },
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
      '/v3/spaces/{guid}/relationships/isolation_segments': { get: ok(toMany), post: send(toMany, toMany), patch: send(toMany, toMany) },
      '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}': { delete: done },
    }),
    errors: [],
  },
  {
    name: 'DELETE on the relationship, GET on a member, a body without guids and a path nested below fail',
    document: openapi({
      '/v3/spaces/{guid}/relationships/isolation_segments': { post: send(toMany, { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { name: {} } } } } }), delete: done },
      '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}': { get: ok(guid) },
      '/v3/service_instances/{guid}/relationships/shared_spaces': { get: ok(toMany) },
      '/v3/service_instances/{guid}/relationships/shared_spaces/usage_summary': { get: ok({ type: 'object' }) },
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

/** A to-one and a to-many relationship as a create request's "relationships" declares them. */
const toOneOnCreate = { type: 'object', properties: { data: { oneOf: [{ type: 'object', properties: { guid: { type: 'string' } } }, { type: 'null' }] } } };
const toManyOnCreate = { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { guid: { type: 'string' } } } } } };
const withRelationships = (relationships: Record<string, unknown>) =>
  openapi(
    {
      '/v3/apps': { post: { requestBody: json({ type: 'object', properties: { relationships: { type: 'object', properties: relationships } } }), responses: { '201': { description: 'ok', ...json(ref('App')) } } } },
      '/v3/apps/{guid}': { get: ok(ref('App')) },
    },
    { schemas: { Link: link, App: resource() } },
  );

testRule('capi-relationships-body-shape', [
  { name: 'to-one and to-many relationships pass', document: withRelationships({ space: toOneOnCreate, routes: toManyOnCreate }), errors: [] },
  {
    name: 'a relationship without data fails',
    document: withRelationships({ space: { type: 'object', properties: { guid: { type: 'string' } } } }),
    errors: [
      {
        message:
          'Relationship "space" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships) must be { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: wrap the related guid(s) in "data".',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'space'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

testRule('capi-relationships-body-shape', [
  {
    name: 'OAS 3.1: a to-one relationship that may itself be null (a null variant) fails',
    document: withRelationships({ revision: { oneOf: [toOneOnCreate, { type: 'null' }] } }),
    errors: [
      {
        message:
          'Relationship "revision" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships) may itself be null; an empty to-one relationship is { "data": null }: make "data" nullable instead of the relationship.',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'revision'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'OAS 3.0: a to-one relationship declared nullable fails',
    document: { ...withRelationships({ revision: { ...toOneOnCreate, nullable: true } }), openapi: '3.0.3' },
    errors: [
      {
        message:
          'Relationship "revision" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships) may itself be null; an empty to-one relationship is { "data": null }: make "data" nullable instead of the relationship.',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'revision', 'nullable'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'OAS 3.0: a to-one relationship whose data is nullable passes',
    document: {
      ...withRelationships({ space: { type: 'object', properties: { data: { type: 'object', nullable: true, properties: { guid: { type: 'string' } } } } } }),
      openapi: '3.0.3',
    },
    errors: [],
  },
]);

const relationshipGuid = { type: 'object', properties: { guid: { type: 'string' } } };
const withToOne = (data: unknown, version = '3.1.0') => ({
  ...openapi(
    { '/v3/apps/{guid}': { get: ok(ref('App')) } },
    {
      schemas: {
        Link: link,
        App: resource({ relationships: { type: 'object', properties: { space: ref('RelationshipToOne') } } }),
        RelationshipToOne: { type: 'object', properties: { data } },
        Relationship: relationshipGuid,
      },
    },
  ),
  openapi: version,
});

testRule('capi-relationships-body-shape', [
  {
    name: 'OAS 3.1: "data" typed [object, "null"] beside a $ref fails, as the $ref still forbids null',
    document: withToOne({ type: ['object', 'null'], $ref: '#/components/schemas/Relationship' }),
    errors: [
      {
        message:
          '"data" (schema "RelationshipToOne") declares null beside a $ref to "#/components/schemas/Relationship", whose type still forbids null, so an empty to-one ({ "data": null }) is invalid: write "data": { oneOf: [ { $ref: "#/components/schemas/Relationship" }, { type: "null" } ] } (OAS 3.0: a nullable schema without the $ref).',
        path: ['components', 'schemas', 'RelationshipToOne', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'OAS 3.1: "data" as oneOf [$ref, null] passes',
    document: withToOne({ oneOf: [{ $ref: '#/components/schemas/Relationship' }, { type: 'null' }] }),
    errors: [],
  },
  {
    name: 'OAS 3.0: "data" nullable beside a $ref fails',
    document: withToOne({ nullable: true, $ref: '#/components/schemas/Relationship' }, '3.0.3'),
    errors: [
      {
        message:
          '"data" (schema "RelationshipToOne") declares null beside a $ref to "#/components/schemas/Relationship", whose type still forbids null, so an empty to-one ({ "data": null }) is invalid: write "data": { oneOf: [ { $ref: "#/components/schemas/Relationship" }, { type: "null" } ] } (OAS 3.0: a nullable schema without the $ref).',
        path: ['components', 'schemas', 'RelationshipToOne', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'OAS 3.0: a nullable "data" object without a $ref passes',
    document: withToOne({ ...relationshipGuid, nullable: true }, '3.0.3'),
    errors: [],
  },
]);
