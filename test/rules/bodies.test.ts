import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { json, link, ok, ref, resource } from '../fixtures/schemas';

const toOne = { type: 'object', properties: { data: { oneOf: [{ type: 'object', properties: { guid: { type: 'string' } } }, { type: 'null' }] } } };
const toMany = { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { guid: { type: 'string' } } } } } };
const withRelationships = (relationships: Record<string, unknown>) =>
  openapi(
    {
      '/v3/apps': { post: { requestBody: json({ type: 'object', properties: { relationships: { type: 'object', properties: relationships } } }), responses: { '201': { description: 'ok', ...json(ref('App')) } } } },
      '/v3/apps/{guid}': { get: ok(ref('App')) },
    },
    { schemas: { Link: link, App: resource() } },
  );

testRule('capi-relationships-body-shape', [
  { name: 'to-one and to-many relationships pass', document: withRelationships({ space: toOne, routes: toMany }), errors: [] },
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
    document: withRelationships({ revision: { oneOf: [toOne, { type: 'null' }] } }),
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
    document: { ...withRelationships({ revision: { ...toOne, nullable: true } }), openapi: '3.0.3' },
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
        path: ['components', 'schemas', 'RelationshipToOne'],
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
        path: ['components', 'schemas', 'RelationshipToOne'],
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

const variant = (type: string) => ({ type: 'object', properties: { type: { type: 'string', enum: [type] }, name: { type: 'string' } } });
const polymorphic = (extra: Record<string, unknown>) =>
  openapi({ '/v3/packages': { post: { requestBody: json({ oneOf: [ref('Bits'), ref('Docker')], ...extra }), responses: { '201': { description: 'ok' } } } } }, {
    schemas: { Bits: variant('bits'), Docker: variant('docker') },
  });

testRule('capi-polymorphism-discriminator', [
  { name: 'a oneOf with a discriminator on type passes', document: polymorphic({ discriminator: { propertyName: 'type' } }), errors: [] },
  {
    name: 'a oneOf whose variants differ by type without a discriminator fails',
    document: polymorphic({}),
    errors: [
      {
        message:
          'The oneOf in POST /v3/packages at requestBody.content.application/json.schema has variants that each fix "type" (const or enum) but no discriminator on it: add "discriminator: { propertyName: type }".',
        path: ['paths', '/v3/packages', 'post', 'requestBody', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

const upload = (content: Record<string, unknown>) =>
  openapi({ '/v3/packages/{guid}/upload': { post: { requestBody: { content }, responses: { '200': { description: 'ok' } } } } });

testRule('capi-uploads-multipart', [
  { name: 'an upload accepting multipart/form-data passes', document: upload({ 'multipart/form-data': { schema: { type: 'object' } } }), errors: [] },
  {
    name: 'an upload accepting only JSON fails',
    document: upload({ 'application/json': { schema: { type: 'object' } } }),
    errors: [
      {
        message: 'POST /v3/packages/{guid}/upload is an upload but its request body accepts only application/json: accept "multipart/form-data" for the uploaded file.',
        path: ['paths', '/v3/packages/{guid}/upload', 'post', 'requestBody'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'an upload that also accepts JSON fails at the JSON media type',
    document: upload({ 'multipart/form-data': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } }),
    errors: [
      {
        message: 'POST /v3/packages/{guid}/upload is an upload but its request body also accepts "application/json": file uploads are multipart/form-data; remove "application/json".',
        path: ['paths', '/v3/packages/{guid}/upload', 'post', 'requestBody', 'content', 'application/json'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

const download = (content: Record<string, unknown>) =>
  openapi({ '/v3/droplets/{guid}/download': { get: { responses: { '200': { description: 'ok', content }, '302': { description: 'redirect' } } } } });

testRule('capi-downloads-binary', [
  {
    name: 'a download documented as the file\'s bytes passes',
    document: download({ 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }),
    errors: [],
  },
  {
    name: 'a download also documented as text/html fails at that media type',
    document: download({ 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'text/html': { schema: { type: 'string' } } }),
    errors: [
      {
        message:
          'GET /v3/droplets/{guid}/download 200 documents the download as "text/html"; a download returns the file\'s bytes (e.g. "application/octet-stream"), and HTML is none of the API\'s formats: remove "text/html".',
        path: ['paths', '/v3/droplets/{guid}/download', 'get', 'responses', '200', 'content', 'text/html'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
