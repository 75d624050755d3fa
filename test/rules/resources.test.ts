import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { base, link, ok, ref, resource } from '../fixtures/schemas';

const components = (schemas: Record<string, unknown>) => ({ schemas: { Link: link, ...schemas } });

testRule('capi-resources-required-fields', [
  {
    name: 'a resource with guid, created_at and updated_at (through allOf) passes; a pseudo-resource is exempt',
    document: openapi(
      {
        '/v3/apps/{guid}': { get: ok(ref('App')) },
        '/v3/apps/{guid}/environment_variables': { get: ok({ type: 'object', properties: { var: { type: 'object' } } }) },
      },
      components({ Base: { type: 'object', required: Object.keys(base), properties: base }, App: { allOf: [ref('Base'), { properties: { name: { type: 'string' } } }] } }),
    ),
    errors: [],
  },
  {
    name: 'resources whose shared base lists guid, created_at and updated_at without requiring them fail once, at the base',
    document: openapi(
      {
        '/v3/apps/{guid}': { get: ok(ref('App')) },
        '/v3/spaces/{guid}': { get: ok(ref('Space')) },
      },
      components({
        Base: { type: 'object', properties: base },
        App: { allOf: [ref('Base'), { properties: { name: { type: 'string' } } }] },
        Space: { allOf: [ref('Base'), { properties: { name: { type: 'string' } } }] },
      }),
    ),
    errors: [
      {
        message:
          'Resource fields "guid", "created_at", "updated_at" (schema "Base", in resource schema "App" and 1 more) are listed but not required: every resource contains them; add them to "required".',
        path: ['components', 'schemas', 'Base', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a field missing from an allOf resource is reported at the properties of its inline member; a required list that lacks a field at that list',
    document: openapi(
      { '/v3/apps/{guid}': { get: ok(ref('App')) } },
      components({
        Base: { type: 'object', required: ['guid'], properties: { guid: base.guid, updated_at: base.updated_at } },
        App: { allOf: [ref('Base'), { properties: { name: { type: 'string' } } }] },
      }),
    ),
    errors: [
      {
        message: 'Resource schema "App" has no "created_at" field: every resource must declare "created_at" as a string with format "date-time".',
        path: ['components', 'schemas', 'App', 'allOf', 1, 'properties'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Resource field "updated_at" (schema "Base", in resource schema "App") is listed but not required: every resource contains it; add it to "required".',
        path: ['components', 'schemas', 'Base', 'required'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a guid field whose description says it may not be a UUID is told so, not asked for format: uuid',
    document: openapi(
      { '/v3/users/{guid}': { get: ok(ref('User')) } },
      components({
        User: { type: 'object', required: Object.keys(base), properties: { ...base, guid: { type: 'string', description: 'A user id or a client id. A client id may not be a uuid.' } } },
      }),
    ),
    errors: [
      {
        message:
          'Resource schema "User": field "guid" is not declared as a UUID: its description says it may not be one ("A client id may not be a uuid."), so "format: uuid" would be wrong: the guide identifies resources by UUID guids, so either the API changes it or the spec keeps this deviation on record (an override that turns the rule off for it).',
        path: ['components', 'schemas', 'User', 'properties', 'guid'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a resource without created_at and with a guid that is not a UUID fails, once for a shared schema',
    document: openapi(
      {
        '/v3/apps': { get: ok({ type: 'object', properties: { resources: { type: 'array', items: ref('App') } } }) },
        '/v3/apps/{guid}': { get: ok(ref('App')) },
      },
      components({
        App: { type: 'object', required: ['guid', 'updated_at'], properties: { guid: { type: 'string' }, updated_at: base.updated_at } },
      }),
    ),
    errors: [
      {
        message: 'Resource schema "App" has no "created_at" field: every resource must declare "created_at" as a string with format "date-time".',
        path: ['components', 'schemas', 'App', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Resource schema "App": field "guid" is a string without a format: it must be a string with format "uuid".',
        path: ['components', 'schemas', 'App', 'properties', 'guid'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-resources-self-link', [
  { name: 'a resource with links.self passes', document: openapi({ '/v3/apps/{guid}': { get: ok(ref('App')) } }, components({ App: resource() })), errors: [] },
  {
    name: 'a resource without links, or without a self link, fails',
    document: openapi(
      { '/v3/apps/{guid}': { get: ok(ref('App')) }, '/v3/spaces/{guid}': { get: ok(ref('Space')) } },
      components({
        App: { type: 'object', properties: base },
        Space: { type: 'object', properties: { ...base, links: { type: 'object', properties: { apps: ref('Link') } } } },
      }),
    ),
    errors: [
      {
        message: 'Resource schema "App" has no "links" field: add a "links" object with a "self" link.',
        path: ['components', 'schemas', 'App', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Resource schema "Space": its "links" object has no "self" link: add "self" (an object with "href").',
        path: ['components', 'schemas', 'Space', 'properties', 'links'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const includedOnly = (Space: unknown) =>
  openapi(
    { '/v3/apps/{guid}': { get: ok(ref('App')) } },
    components({
      App: resource({ included: { type: 'object', properties: { spaces: { type: 'array', items: ref('Space') } } } }),
      Space: Space,
    }),
  );
const jobShow = (Job: unknown) => openapi({ '/v3/jobs/{guid}': { get: ok(ref('Job')) } }, components({ Job }));
const jobFields = { state: { type: 'string' }, operation: { type: 'string' }, errors: { type: 'array' }, warnings: { type: 'array' } };

testRule('capi-resources-required-fields', [
  { name: 'a resource reachable only through "included" with the guide\'s fields passes', document: includedOnly(resource({ name: { type: 'string' } })), errors: [] },
  {
    name: 'a resource reachable only through "included" without created_at fails',
    document: includedOnly({ type: 'object', required: ['guid', 'updated_at'], properties: { guid: base.guid, updated_at: base.updated_at, links: { type: 'object', properties: { self: ref('Link') } } } }),
    errors: [
      {
        message: 'Resource schema "Space" has no "created_at" field: every resource must declare "created_at" as a string with format "date-time".',
        path: ['components', 'schemas', 'Space', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  { name: 'the job resource with guid, created_at and updated_at passes', document: jobShow(resource(jobFields)), errors: [] },
  {
    name: 'the job resource without guid fails',
    document: jobShow({ type: 'object', required: ['created_at', 'updated_at'], properties: { ...jobFields, created_at: base.created_at, updated_at: base.updated_at, links: { type: 'object', properties: { self: ref('Link') } } } }),
    errors: [
      {
        message: 'Resource schema "Job" has no "guid" field: every resource must declare "guid" as a string with format "uuid".',
        path: ['components', 'schemas', 'Job', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

/** A resource that the API addresses by its name, as `GET /v3/feature_flags/{name}` shows it. */
const keyedByName = (flag: unknown) => openapi({ '/v3/feature_flags/{name}': { get: ok(ref('FeatureFlag')) } }, components({ FeatureFlag: flag }));
const namedFields = { name: { type: 'string' }, created_at: base.created_at, updated_at: base.updated_at, links: { type: 'object', properties: { self: ref('Link') } } };

testRule('capi-resources-required-fields', [
  {
    name: 'a resource addressed by its name without a guid is told how it is keyed and what the guide wants, not only that every resource has one',
    document: keyedByName({ type: 'object', required: ['name', 'created_at', 'updated_at'], properties: namedFields }),
    errors: [
      {
        message:
          'Resource schema "FeatureFlag" has no "guid" field: it is addressed by its "name" (GET /v3/feature_flags/{name}), while the guide says every resource contains a "guid" (a UUID) and is addressed by it: either the API gives it one ("guid" as a string with format "uuid") or the spec keeps this deviation on record (an override that turns the rule off for it).',
        path: ['components', 'schemas', 'FeatureFlag', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a resource field of the wrong type is told what type it has and what the guide wants',
    document: keyedByName({ type: 'object', required: Object.keys(base), properties: { ...namedFields, guid: base.guid, created_at: { type: 'integer' } } }),
    errors: [
      {
        message: 'Resource schema "FeatureFlag": field "created_at" is of type integer: it must be a string with format "date-time".',
        path: ['components', 'schemas', 'FeatureFlag', 'properties', 'created_at'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a resource addressed by its name that has a guid passes',
    document: keyedByName({ type: 'object', required: Object.keys(base), properties: { ...namedFields, guid: base.guid } }),
    errors: [],
  },
]);

testRule('capi-resources-self-link', [
  {
    name: 'a resource reachable only through "included" without a self link fails',
    document: includedOnly({ type: 'object', required: Object.keys(base), properties: { ...base, links: { type: 'object', properties: { apps: ref('Link') } } } }),
    errors: [
      {
        message: 'Resource schema "Space": its "links" object has no "self" link: add "self" (an object with "href").',
        path: ['components', 'schemas', 'Space', 'properties', 'links'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);
