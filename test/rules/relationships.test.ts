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
        message: 'PATCH /v3/apps/{guid}/relationships/space request body: "data" has no "guid" (it declares "name"); a to-one relationship body is { data: { guid } } (data may be null): add "guid" to it.',
        path: ['paths', '/v3/apps/{guid}/relationships/space', 'patch', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'data', 'properties'],
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
        message: 'POST /v3/spaces/{guid}/relationships/isolation_segments 200: the "data" items have no "guid" (they declare "name"); a to-many relationship body is { data: [ { guid } ] }: add "guid" to them.',
        path: ['paths', '/v3/spaces/{guid}/relationships/isolation_segments', 'post', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'data', 'items', 'properties'],
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
          'Relationship "space" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships): it declares "guid" outside "data"; a relationship is { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: wrap the guid in "data".',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'space', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

testRule('capi-relationships-body-shape', [
  {
    name: 'OAS 3.1: a to-one relationship that may itself be null (a null variant) while its data already may fails, told to drop the null from the relationship',
    document: withRelationships({ revision: { oneOf: [toOneOnCreate, { type: 'null' }] } }),
    errors: [
      {
        message:
          'Relationship "revision" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships) may itself be null; an empty to-one relationship is { "data": null }: "data" already declares null, so remove the null from the relationship itself.',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'revision'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'OAS 3.0: a to-one relationship declared nullable whose data is not fails, told to make data nullable instead',
    document: { ...withRelationships({ revision: { type: 'object', nullable: true, properties: { data: { type: 'object', properties: { guid: { type: 'string' } } } } } }), openapi: '3.0.3' },
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

/** Two resources whose relationships use the component `Shared`, one through a bare $ref and one through allOf with a description. */
const sharingRelationship = (shared: unknown) =>
  openapi(
    { '/v3/apps/{guid}': { get: ok(ref('App')) }, '/v3/spaces/{guid}': { get: ok(ref('Space')) } },
    {
      schemas: {
        Link: link,
        App: resource({ relationships: { type: 'object', properties: { owner: ref('Shared') } } }),
        Space: resource({ relationships: { type: 'object', properties: { owner: { allOf: [ref('Shared'), { description: 'the owner' }] } } } }),
        Shared: shared,
      },
    },
  );

testRule('capi-relationships-body-shape', [
  {
    name: 'a shared relationship schema that may itself be null is reported once, at its own type, whatever number of relationships use it',
    document: sharingRelationship({ ...toOneOnCreate, type: ['object', 'null'] }),
    errors: [
      {
        message:
          'Relationship "owner" (schema "App" at properties.relationships, schema "Shared") may itself be null; an empty to-one relationship is { "data": null }: "data" already declares null, so remove the null from the relationship itself.',
        path: ['components', 'schemas', 'Shared', 'type'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a shared relationship schema without "data" is reported once, at its own properties',
    document: sharingRelationship({ type: 'object', properties: { guid: { type: 'string' } } }),
    errors: [
      {
        message:
          'Relationship "owner" (schema "App" at properties.relationships, schema "Shared"): it declares "guid" outside "data"; a relationship is { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: wrap the guid in "data".',
        path: ['components', 'schemas', 'Shared', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  { name: 'a shared relationship schema of the guide\'s shape, used through $ref and allOf, passes', document: sharingRelationship(toOneOnCreate), errors: [] },
  {
    name: 'a "data" without "guid" is told what it declares, not to wrap a guid in "data"',
    document: withRelationships({ space: { type: 'object', properties: { data: { type: 'object', properties: { name: { type: 'string' } } } } } }),
    errors: [
      {
        message:
          'Relationship "space" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships): "data" has no "guid" (it declares "name"); a relationship is { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: add "guid" to it.',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'space', 'properties', 'data', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a relationship with neither "data" nor "guid" is told to add "data"',
    document: withRelationships({ space: { type: 'object', properties: { name: { type: 'string' } } } }),
    errors: [
      {
        message:
          'Relationship "space" (in POST /v3/apps at requestBody.content.application/json.schema.properties.relationships): it has no "data" (it declares "name"); a relationship is { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: add "data".',
        path: ['paths', '/v3/apps', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'relationships', 'properties', 'space', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

const SHARED_MEMBERS = '/v3/spaces/{guid}/relationships/isolation_segments';
/** A to-many relationship whose GET, POST and PATCH bodies all use the component `Members`. */
const sharingBody = (members: unknown) =>
  openapi({ [SHARED_MEMBERS]: { get: ok(ref('Members')), post: send(ref('Members'), ref('Members')), patch: send(ref('Members'), ref('Members')) } }, { schemas: { Members: members } });
const itemsBesideData = { type: 'object', properties: { data: { type: 'array' }, items: guid } };

testRule('capi-relationships-to-many', [
  {
    name: 'a body component without guids that every operation uses is reported once, where it is written',
    document: sharingBody({ type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { name: {} } } } } }),
    errors: [
      {
        message: `GET ${SHARED_MEMBERS} 200 (schema "Members"): the "data" items have no "guid" (they declare "name"); a to-many relationship body is { data: [ { guid } ] }: add "guid" to them.`,
        path: ['components', 'schemas', 'Members', 'properties', 'data', 'items', 'properties'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  { name: 'a body component of the guide\'s shape that every operation uses passes', document: sharingBody(toMany), errors: [] },
  {
    name: 'a property named "items" beside "data" is told that "data" has no "items" schema',
    document: sharingBody(itemsBesideData),
    errors: [
      {
        message: `GET ${SHARED_MEMBERS} 200 (schema "Members"): "data" is an array with no "items" schema (a property named "items" sits beside "data"); a to-many relationship body is { data: [ { guid } ] }: move that "items" schema under "data".`,
        path: ['components', 'schemas', 'Members', 'properties', 'data'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: '"items" written on the body instead of on "data" is told that "data" has no "items" schema',
    document: sharingBody({ type: 'object', properties: { data: { type: 'array' } }, items: guid }),
    errors: [
      {
        message: `GET ${SHARED_MEMBERS} 200 (schema "Members"): "data" is an array with no "items" schema ("items" sits beside "properties", on the body, one level too high); a to-many relationship body is { data: [ { guid } ] }: move that "items" schema under "data".`,
        path: ['components', 'schemas', 'Members', 'properties', 'data'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a "data" array with no "items" at all is told to give it one',
    document: sharingBody({ type: 'object', properties: { data: { type: 'array' } } }),
    errors: [
      {
        message: `GET ${SHARED_MEMBERS} 200 (schema "Members"): "data" is an array with no "items" schema; a to-many relationship body is { data: [ { guid } ] }: give "data" an "items" schema { guid }.`,
        path: ['components', 'schemas', 'Members', 'properties', 'data'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
