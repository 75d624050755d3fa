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
