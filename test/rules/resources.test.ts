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
      components({ Base: { type: 'object', properties: base }, App: { allOf: [ref('Base'), { properties: { name: { type: 'string' } } }] } }),
    ),
    errors: [],
  },
  {
    name: 'a resource without created_at and with a guid that is not a UUID fails, once for a shared schema',
    document: openapi(
      {
        '/v3/apps': { get: ok({ type: 'object', properties: { resources: { type: 'array', items: ref('App') } } }) },
        '/v3/apps/{guid}': { get: ok(ref('App')) },
      },
      components({
        App: { type: 'object', properties: { guid: { type: 'string' }, updated_at: base.updated_at } },
      }),
    ),
    errors: [
      {
        message: 'Resource schema "App" has no "created_at" field: every resource must declare "created_at" as a string with format "date-time".',
        path: ['components', 'schemas', 'App'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Resource schema "App": field "guid" must be a string with format "uuid".',
        path: ['components', 'schemas', 'App'],
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
        path: ['components', 'schemas', 'App'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Resource schema "Space": its "links" object has no "self" link: add "self" (an object with "href").',
        path: ['components', 'schemas', 'Space'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);
