import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { json, ref } from '../fixtures/schemas';

const variant = (type: string) => ({ type: 'object', properties: { type: { type: 'string', enum: [type] }, name: { type: 'string' } } });
const polymorphic = (extra: Record<string, unknown>, schemas: Record<string, unknown> = { Bits: variant('bits'), Docker: variant('docker') }) =>
  openapi({ '/v3/packages': { post: { requestBody: json({ oneOf: [ref('Bits'), ref('Docker')], ...extra }), responses: { '201': { description: 'ok' } } } } }, {
    schemas,
  });
const REQUEST = ['paths', '/v3/packages', 'post', 'requestBody', 'content', 'application/json', 'schema'];
const oas30 = (document: Record<string, unknown>) => ({ ...document, openapi: '3.0.3' });

testRule('capi-polymorphism-discriminator', [
  { name: 'a oneOf with a discriminator on type passes', document: polymorphic({ discriminator: { propertyName: 'type' } }), errors: [] },
  {
    name: 'a oneOf whose variants differ by type without a discriminator fails',
    document: polymorphic({}),
    errors: [
      {
        message:
          'The oneOf in POST /v3/packages at requestBody.content.application/json.schema has variants that each fix "type" (const or enum) but no discriminator on it: add "discriminator: { propertyName: type }".',
        path: REQUEST,
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'variants that fix type with const (OAS 3.1) without a discriminator fail',
    document: polymorphic({}, { Bits: { type: 'object', properties: { type: { const: 'bits' } } }, Docker: { type: 'object', properties: { type: { const: 'docker' } } } }),
    errors: [
      {
        message:
          'The oneOf in POST /v3/packages at requestBody.content.application/json.schema has variants that each fix "type" (const or enum) but no discriminator on it: add "discriminator: { propertyName: type }".',
        path: REQUEST,
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'variants that fix type to the same value are left to capi-polymorphism-distinct-variants (a discriminator cannot tell them apart)',
    document: polymorphic({}, { Bits: variant('bits'), Docker: variant('bits') }),
    errors: [],
  },
]);

/** A body `oneOf: [A, B]` with the given variants. */
const twoVariants = (a: unknown, b: unknown, extra: Record<string, unknown> = {}) => polymorphic(extra, { Bits: a, Docker: b });
const object = (required: string[], properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  required,
  properties: { ...Object.fromEntries(required.map((name) => [name, { type: 'string' }])), ...properties },
  ...extra,
});
const SAME_OBJECT =
  'The oneOf in POST /v3/packages at requestBody.content.application/json.schema has variants oneOf[0] (schema "Bits") and oneOf[1] (schema "Docker") that both accept the same object, so such a body fails the oneOf and a client cannot tell which it is: add a discriminator on a field each variant fixes to its own value, or make the variants exclude each other (each requiring a member the other does not, or a field fixed to different const/enum values).';
const BOTH_NULL =
  'The oneOf in POST /v3/packages at requestBody.content.application/json.schema has variants oneOf[0] (schema "Bits") and oneOf[1] (schema "Docker") that both accept null, so such a body matches two variants and fails the oneOf: allow it in one variant only (for null, a variant { type: \'null\' } of its own).';

testRule('capi-polymorphism-distinct-variants', [
  {
    name: 'variants that each require a member the other does not (guid, or username) pass',
    document: twoVariants(object(['guid']), object(['username'], { origin: { type: 'string' } })),
    errors: [],
  },
  {
    name: 'a variant whose required members are all required by the other fails: every object of the other fits it too',
    document: twoVariants(object(['name']), object(['name', 'image'])),
    errors: [{ message: SAME_OBJECT, path: REQUEST, severity: DiagnosticSeverity.Error }],
  },
  {
    name: 'the same required members but one forbidding the member the other requires (additionalProperties: false) pass',
    document: twoVariants(object(['name'], {}, { additionalProperties: false }), object(['name', 'image'])),
    errors: [],
  },
  {
    name: 'variants with a shared field fixed to different const values (OAS 3.1) pass',
    document: twoVariants(object([], { kind: { const: 'token' } }), object([], { kind: { const: 'basic' } }), { discriminator: { propertyName: 'kind' } }),
    errors: [],
  },
  {
    name: 'variants with a shared field whose enum values overlap fail',
    document: twoVariants(object([], { kind: { type: 'string', enum: ['a', 'b'] } }), object([], { kind: { type: 'string', enum: ['b', 'c'] } })),
    errors: [{ message: SAME_OBJECT, path: REQUEST, severity: DiagnosticSeverity.Error }],
  },
  {
    name: 'variants that fix type to different values are told apart (the missing discriminator is capi-polymorphism-discriminator\'s)',
    document: polymorphic({}),
    errors: [],
  },
  {
    name: 'variants that fix type to the same value fail',
    document: polymorphic({}, { Bits: variant('bits'), Docker: variant('bits') }),
    errors: [{ message: SAME_OBJECT, path: REQUEST, severity: DiagnosticSeverity.Error }],
  },
  {
    name: 'a discriminator tells objects apart whatever the variants require',
    document: twoVariants(object(['name']), object(['name']), { discriminator: { propertyName: 'type' } }),
    errors: [],
  },
  {
    name: "two variants of type: [object, 'null'] (OAS 3.1) both accept null and fail, even with a discriminator",
    document: twoVariants(object(['guid'], {}, { type: ['object', 'null'] }), object(['username'], {}, { type: ['object', 'null'] }), { discriminator: { propertyName: 'type' } }),
    errors: [{ message: BOTH_NULL, path: REQUEST, severity: DiagnosticSeverity.Error }],
  },
  {
    name: 'two nullable variants (OAS 3.0) both accept null and fail',
    document: oas30(twoVariants(object(['guid'], {}, { nullable: true }), object(['username'], {}, { nullable: true }))),
    errors: [{ message: BOTH_NULL, path: REQUEST, severity: DiagnosticSeverity.Error }],
  },
  {
    name: "null as a variant of its own (OAS 3.1 { type: 'null' }) passes",
    document: openapi({ '/v3/packages': { post: { requestBody: json({ oneOf: [ref('Bits'), ref('Docker'), { type: 'null' }] }), responses: { '201': { description: 'ok' } } } } }, {
      schemas: { Bits: object(['guid']), Docker: object(['username']) },
    }),
    errors: [],
  },
  {
    name: 'a nullable variant beside a non-nullable one (OAS 3.0) passes',
    document: oas30(twoVariants(object(['guid'], {}, { nullable: true }), object(['username']))),
    errors: [],
  },
  {
    name: 'a oneOf of one object and null (OAS 3.1) is not polymorphic and passes',
    document: openapi({ '/v3/packages': { post: { requestBody: json({ oneOf: [ref('Bits'), { type: 'null' }] }), responses: { '201': { description: 'ok' } } } } }, {
      schemas: { Bits: object(['guid']) },
    }),
    errors: [],
  },
  {
    name: 'indistinguishable variants in a response list are reported where the oneOf is',
    document: openapi(
      {
        '/v3/credentials': {
          get: { responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { resources: { type: 'array', items: { oneOf: [object(['name']), object(['name'])] } } } }) } } },
        },
      },
      {},
    ),
    errors: [
      {
        message:
          'The oneOf in GET /v3/credentials at responses.200.content.application/json.schema.properties.resources.items has variants oneOf[0] and oneOf[1] that both accept the same object, so such a body fails the oneOf and a client cannot tell which it is: add a discriminator on a field each variant fixes to its own value, or make the variants exclude each other (each requiring a member the other does not, or a field fixed to different const/enum values).',
        path: ['paths', '/v3/credentials', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'resources', 'items'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const credentials = { Basic: object(['username', 'password']), Token: object(['token']) };
/** `POST /v3/buildpacks` whose body is `oneOf: [Basic, Token]`, with `media` added to its media type and `schemas` replacing the variants. */
const withExamples = (media: Record<string, unknown>, schemas: Record<string, unknown> = credentials) =>
  openapi(
    {
      '/v3/buildpacks': {
        post: {
          requestBody: { content: { 'application/json': { schema: { oneOf: [ref('Basic'), ref('Token')] }, ...media } } },
          responses: { '201': { description: 'ok' } },
        },
      },
    },
    { schemas },
  );
const MEDIA = ['paths', '/v3/buildpacks', 'post', 'requestBody', 'content', 'application/json'];

testRule('capi-polymorphism-variant-examples', [
  {
    name: 'media type examples that fit each variant pass',
    document: withExamples({ examples: { basic: { value: { username: 'u', password: 'p' } }, token: { value: { token: 't' } } } }),
    errors: [],
  },
  {
    name: 'an example on each variant passes',
    document: withExamples({}, { Basic: { ...credentials.Basic, example: { username: 'u', password: 'p' } }, Token: { ...credentials.Token, examples: [{ token: 't' }] } }),
    errors: [],
  },
  {
    name: 'media type examples that fit only one variant fail, at the examples, naming the other',
    document: withExamples({ examples: { basic: { value: { username: 'u', password: 'p' } } } }),
    errors: [
      {
        message:
          'The polymorphic body of the POST /v3/buildpacks request (application/json) has no example for variant oneOf[1] (schema "Token"): add an example of each variant to the media type\'s examples, or an example on each variant.',
        path: [...MEDIA, 'examples'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'an example fits a variant by its fixed values (OAS 3.0 enum), not by members alone',
    document: oas30(
      withExamples(
        { example: { type: 'docker', image: 'x' } },
        { Basic: { type: 'object', properties: { type: { type: 'string', enum: ['bits'] } } }, Token: { type: 'object', properties: { type: { type: 'string', enum: ['docker'] }, image: { type: 'string' } } } },
      ),
    ),
    errors: [
      {
        message:
          'The polymorphic body of the POST /v3/buildpacks request (application/json) has no example for variant oneOf[0] (schema "Basic"): add an example of each variant to the media type\'s examples, or an example on each variant.',
        path: [...MEDIA, 'example'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a polymorphic response without any example fails, naming every variant',
    document: openapi(
      { '/v3/buildpacks/{guid}': { get: { responses: { '200': { description: 'ok', ...json({ oneOf: [ref('Basic'), ref('Token')] }) } } } } },
      { schemas: credentials },
    ),
    errors: [
      {
        message:
          'The polymorphic body of the GET /v3/buildpacks/{guid} 200 response (application/json) has no example for variants oneOf[0] (schema "Basic"), oneOf[1] (schema "Token"): add an example of each variant to the media type\'s examples, or an example on each variant.',
        path: ['paths', '/v3/buildpacks/{guid}', 'get', 'responses', '200', 'content', 'application/json'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a body that is not polymorphic (one object and null) needs no example per variant',
    document: withExamples({}, { Basic: credentials.Basic, Token: { type: 'null' } }),
    errors: [],
  },
]);

/** `POST /v3/service_credential_bindings` whose body is `body`, with a shared relationship schema. */
const bindingCreate = (body: unknown, openapiVersion = '3.1.0') => ({
  ...openapi(
    { '/v3/service_credential_bindings': { post: { requestBody: json(body), responses: { '201': { description: 'ok' } } } } },
    { schemas: { ToOne: { type: 'object', properties: { data: { type: 'object', properties: { guid: { type: 'string' } } } } } } },
  ),
  openapi: openapiVersion,
});
const typeField = { type: 'string', enum: ['app', 'key'] };
const BINDING = ['paths', '/v3/service_credential_bindings', 'post', 'requestBody', 'content', 'application/json', 'schema'];

testRule('capi-polymorphism-conditional-fields', [
  {
    name: 'a body whose nested field (described beside its $ref) is required for one type fails',
    document: bindingCreate({
      type: 'object',
      required: ['type'],
      properties: {
        type: typeField,
        name: { type: 'string', description: 'Name of the binding. name is optional when the type is app' },
        relationships: { type: 'object', properties: { app: { $ref: '#/components/schemas/ToOne', description: 'The app to be bound. Required when type is app' } } },
      },
    }),
    errors: [
      {
        message:
          'The schema in POST /v3/service_credential_bindings at requestBody.content.application/json.schema says in prose that fields depend on "type" (name: "optional when the type is app"; relationships.app: "Required when type is app") but is one schema for every value: make it a oneOf of one variant per value, each requiring its own fields, with a discriminator on that field.',
        path: BINDING,
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a condition on a value the type field does not take is not a variant (OAS 3.0)',
    document: bindingCreate({ type: 'object', properties: { type: typeField, name: { type: 'string', description: 'Required when type is docker' } } }, '3.0.3'),
    errors: [],
  },
  {
    name: 'a body split into a oneOf of one variant per type passes',
    document: bindingCreate({
      oneOf: [
        { type: 'object', required: ['type', 'relationships'], properties: { type: { const: 'app' }, relationships: { type: 'object', required: ['app'], properties: { app: { $ref: '#/components/schemas/ToOne', description: 'The app to be bound. Required when type is app' } } } } },
        { type: 'object', required: ['type'], properties: { type: { const: 'key' } } },
      ],
      discriminator: { propertyName: 'type' },
    }),
    errors: [],
  },
]);
