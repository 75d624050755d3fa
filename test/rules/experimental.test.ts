import { applyEdits } from '../../lib/fix/edit';
import { fixFor, TextTrees } from '../../lib/fix/fixes-for';
import type { JsonPath } from '../../lib/json';
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

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const canaryOption = (marker: Record<string, unknown> = {}) => ({ type: 'object', properties: { canary: { type: 'object', ...marker } } });
const dockerVariants = (marker: Record<string, unknown> = {}) => ({
  oneOf: [
    { type: 'object', properties: { type: { const: 'buildpack' } } },
    { type: 'object', properties: { type: { const: 'docker' } }, ...marker },
  ],
});
const fieldsParameter = (marker: Record<string, unknown> = {}) => ({ name: 'fields', in: 'query', schema: { type: 'string' }, ...marker });

testRule('capi-experimental-marker', [
  {
    name: 'a description that calls only an option, a parameter or a case experimental passes when that part is marked, and the operation is not asked for the marker',
    document: openapi({
      '/v3/deployments': { post: { ...ok, description: 'Creates a deployment. The `canary` option is experimental.', requestBody: json(canaryOption({ 'x-experimental': true })) } },
      '/v3/builds': { post: { ...ok, description: 'Creates a build. Experimental when type is docker.', requestBody: json(dockerVariants({ 'x-experimental': true })) } },
      '/v3/apps': { get: { ...ok, description: 'Lists apps. The `fields` parameter is experimental.', parameters: [fieldsParameter({ 'x-experimental': true })] } },
    }),
    errors: [],
  },
  {
    name: 'a field that an operation calls experimental and that calls itself so gets one finding, its own',
    document: openapi({
      '/v3/deployments': {
        post: { ...ok, description: 'The `canary` option is experimental.', requestBody: json(canaryOption({ description: 'This field is experimental.' })) },
      },
    }),
    errors: [
      {
        message: 'Field "canary" is described as experimental but lacks "x-experimental: true": add it so that clients and docs can flag it.',
        path: ['paths', '/v3/deployments', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'canary'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a description that calls only a part experimental asks for the marker on that part: the field or parameter it names, else a variant schema of the case',
    document: openapi(
      {
        '/v3/deployments': { post: { ...ok, description: 'Creates a deployment. The `canary` option is experimental.', requestBody: json(canaryOption()) } },
        '/v3/builds': { post: { ...ok, description: 'Creates a build. Experimental when type is docker.', requestBody: json(dockerVariants()) } },
        '/v3/apps': { get: { ...ok, description: 'Lists apps. The `fields` parameter is experimental.', parameters: [fieldsParameter()] } },
        '/v3/deployments/{guid}': { get: { responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Deployment' }) } } } },
      },
      { schemas: { Deployment: { type: 'object', properties: { strategy: { type: 'string', enum: ['rolling', 'canary'], description: 'The `canary` value is experimental.' } } } } },
    ),
    errors: [
      {
        message: 'Field "canary" is the part that its operation\'s description calls experimental, but it lacks "x-experimental: true": add it to the field, not to the operation.',
        path: ['paths', '/v3/deployments', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'canary'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'POST /v3/builds is described as experimental only in part (when type is docker), and "x-experimental" would mark the whole operation: mark the field, parameter or oneOf variant schema of that case with "x-experimental: true" instead.',
        path: ['paths', '/v3/builds', 'post', 'description'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'Parameter "fields" is the part that its operation\'s description calls experimental, but it lacks "x-experimental: true": add it to the parameter, not to the operation.',
        path: ['paths', '/v3/apps', 'get', 'parameters', '0'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'Field "strategy" is described as experimental only in part (canary), and "x-experimental" would mark the whole field: mark the sub-field or oneOf variant schema of that case with "x-experimental: true" instead.',
        path: ['components', 'schemas', 'Deployment', 'properties', 'strategy', 'description'],
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
  {
    name: 'a value that names a variant fails, and is told to mark that variant instead',
    document: openapi({ '/v3/deployments': { post: { ...ok, 'x-experimental': 'canary strategy only' } } }),
    errors: [
      {
        message:
          '"x-experimental" must be a boolean (true or false), not "canary strategy only": it marks this node as a whole; to mark only an option or a variant of it, put "x-experimental: true" on that option\'s field or the variant\'s schema and leave it off here.',
        path: ['paths', '/v3/deployments', 'post', 'x-experimental'],
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
  {
    name: 'a marked operation whose description calls only an option experimental is told that the marker says more',
    document: openapi({ '/v3/deployments': { post: { ...ok, description: 'Creates a deployment. The `canary` option is experimental.', 'x-experimental': true } } }),
    errors: [
      {
        message:
          'POST /v3/deployments is marked "x-experimental: true", which makes the whole operation experimental, but its description calls only a part of it so (canary): if only that part is, move the marker to its field, parameter or oneOf variant schema; if the whole operation is, say so in the description.',
        path: ['paths', '/v3/deployments', 'post', 'description'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

describe('capi-experimental-marker --fix', () => {
  const fixed = (text: string, at: JsonPath) => {
    const fix = fixFor({ code: 'capi-experimental-marker', source: '/t/o.yaml', path: at }, new TextTrees(() => text));
    return fix ? applyEdits(text, fix.edits) : text;
  };

  it('marks an operation that its description calls experimental as a whole', () => {
    const text = 'post:\n  description: This endpoint is experimental.\n  responses: {}\n';
    expect(fixed(text, ['post'])).toBe(`${text}  x-experimental: true\n`);
  });

  it('offers nothing for an operation whose description calls only an option or a case experimental', () => {
    const option = 'post:\n  description: The `canary` option is experimental.\n  responses: {}\n';
    expect(fixed(option, ['post', 'description'])).toBe(option);
    const variant = 'post:\n  description: Experimental when type is docker.\n  requestBody:\n    content: {}\n  responses: {}\n';
    expect(fixed(variant, ['post', 'description'])).toBe(variant);
  });
});
