import { DiagnosticSeverity, openapi, testRule } from '../harness';

const ok = { responses: { '200': { description: 'ok' } } };
const guid = { name: 'guid', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

testRule('capi-paths-v3-prefix', [
  {
    name: 'paths under /v3/ and the API roots pass',
    document: openapi({ '/': { get: ok }, '/v3': { get: ok }, '/v3/apps': { get: ok } }),
    errors: [],
  },
  {
    name: 'a path outside /v3/ fails',
    document: openapi({ '/v2/apps': { get: ok }, '/v3apps': { get: ok } }),
    errors: [
      {
        message: 'Path "/v2/apps" must start with "/v3/": move it under /v3 (only "/" and "/v3" are exempt).',
        path: ['paths', '/v2/apps'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Path "/v3apps" must start with "/v3/": move it under /v3 (only "/" and "/v3" are exempt).',
        path: ['paths', '/v3apps'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-paths-collection-names', [
  {
    name: 'plural snake_case collections and singular pseudo-resources pass',
    document: openapi({
      '/v3/service_instances': { get: ok },
      '/v3/service_instances/{guid}': { parameters: [guid], get: ok },
      '/v3/service_instances/{guid}/relationships/space': { parameters: [guid], get: ok },
      '/v3/apps/{guid}': { parameters: [guid], get: ok },
      '/v3/apps/{guid}/environment_variables': { parameters: [guid], get: ok },
      '/v3/apps/{guid}/manifest': { parameters: [guid], get: ok },
      '/v3/apps/{guid}/ssh_enabled': { parameters: [guid], get: ok },
      '/v3/apps/{guid}/actions/start': { parameters: [guid], post: ok },
    }),
    errors: [],
  },
  {
    name: 'a singular or camelCase collection segment fails',
    document: openapi({
      '/v3/app/{guid}': { parameters: [guid], get: ok },
      '/v3/serviceInstances/{guid}': { parameters: [guid], get: ok },
    }),
    errors: [
      {
        message: 'Collection segment "app" in "/v3/app/{guid}" must be a plural resource name: rename it to "apps".',
        path: ['paths', '/v3/app/{guid}'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'Collection segment "serviceInstances" in "/v3/serviceInstances/{guid}" must be lowercase snake_case (a-z and "_"): rename it to "service_instances".',
        path: ['paths', '/v3/serviceInstances/{guid}'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a singular segment that lists resources is a collection',
    document: openapi({
      '/v3/stack': {
        get: {
          responses: {
            '200': {
              description: 'list',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { pagination: { type: 'object' }, resources: { type: 'array' } } },
                },
              },
            },
          },
        },
      },
    }),
    errors: [
      {
        message: 'Collection segment "stack" in "/v3/stack" must be a plural resource name: rename it to "stacks".',
        path: ['paths', '/v3/stack'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

const guidParameter = (name: string, schema: Record<string, unknown> = { type: 'string', format: 'uuid' }) => ({ name, in: 'path', required: true, schema });
const show = { responses: { '200': { description: 'ok' } } };
const showing = (properties: Record<string, unknown>) => ({
  responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties } } } } },
});

testRule('capi-paths-resource-guid-parameter', [
  {
    name: '{guid} and {x_guid} declared as UUIDs pass; pseudo-resources and relationship members are not resources',
    document: openapi({
      '/v3/apps/{guid}': { parameters: [guidParameter('guid')], get: show },
      '/v3/apps/{guid}/droplets/{droplet_guid}': { parameters: [guidParameter('guid'), guidParameter('droplet_guid')], get: show },
      '/v3/apps/{guid}/environment_variables': { parameters: [guidParameter('guid')], get: show },
    }),
    errors: [],
  },
  {
    name: 'a top-level collection keyed by name fails once per identified resource',
    document: openapi({
      '/v3/feature_flags/{name}': { get: show, patch: show },
      '/v3/feature_flags/{name}/history': { get: show },
    }),
    errors: [
      {
        message: '"/v3/feature_flags/{name}" identifies a resource of "feature_flags" by "{name}"; the guide addresses a resource by its guid: if it has one, use "{guid}" (or "{feature_flag_guid}" after another guid).',
        path: ['paths', '/v3/feature_flags/{name}'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a top-level collection keyed by name whose members show no guid is told they have none, not to use "{guid}"',
    document: openapi({ '/v3/feature_flags/{name}': { get: showing({ name: { type: 'string' }, enabled: { type: 'boolean' } }) } }),
    errors: [
      {
        message:
          '"/v3/feature_flags/{name}" identifies a resource of "feature_flags" by "{name}", and what it returns has no "guid": the guide gives every resource a guid and addresses it by that guid (/v3/:resource_name/:guid); either the API gives these resources a guid, addressed as "{guid}" (or "{feature_flag_guid}" after another guid), or the spec keeps this deviation on record (an override that turns the rule off for this path).',
        path: ['paths', '/v3/feature_flags/{name}'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a top-level collection keyed by another parameter whose members show a guid is told to name the parameter after the guid',
    document: openapi({ '/v3/widgets/{id}': { get: showing({ guid: { type: 'string', format: 'uuid' } }) } }),
    errors: [
      {
        message: '"/v3/widgets/{id}" identifies a resource of "widgets" by "{id}", while what it returns has a "guid": the guide addresses a resource by its guid, so use "{guid}" (or "{widget_guid}" after another guid).',
        path: ['paths', '/v3/widgets/{id}'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a nested resource that shows a guid but is keyed by name fails',
    document: openapi({
      '/v3/apps/{guid}/widgets/{name}': { parameters: [guidParameter('guid')], get: showing({ guid: { type: 'string', format: 'uuid' } }) },
    }),
    errors: [
      {
        message: '"/v3/apps/{guid}/widgets/{name}" identifies a resource of "widgets" by "{name}", while what it returns has a "guid": the guide addresses a resource by its guid, so use "{guid}" (or "{widget_guid}" after another guid).',
        path: ['paths', '/v3/apps/{guid}/widgets/{name}'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'nested pseudo-resources keyed by name or index and nested aliases of a guid-addressed resource pass',
    document: openapi({
      '/v3/processes/{guid}': { parameters: [guidParameter('guid')], get: showing({ guid: { type: 'string', format: 'uuid' } }) },
      '/v3/processes/{guid}/instances/{index}': { parameters: [guidParameter('guid')], delete: show },
      '/v3/apps/{guid}/processes/{type}': { parameters: [guidParameter('guid')], get: showing({ guid: { type: 'string', format: 'uuid' } }) },
      '/v3/apps/{guid}/processes/{type}/instances/{index}': { parameters: [guidParameter('guid')], delete: show },
      '/v3/apps/{guid}/features/{name}': { parameters: [guidParameter('guid')], get: showing({ name: { type: 'string' }, enabled: { type: 'boolean' } }) },
    }),
    errors: [],
  },
  {
    name: 'a guid parameter not declared as a UUID fails once, where it is declared',
    document: openapi(
      {
        '/v3/users/{guid}': { parameters: [{ $ref: '#/components/parameters/UserGuid' }], get: show, patch: show },
        '/v3/users/{guid}/roles': { parameters: [{ $ref: '#/components/parameters/UserGuid' }], get: show },
      },
      { parameters: { UserGuid: guidParameter('guid', { type: 'string' }) } },
    ),
    errors: [
      {
        message: 'Path parameter "guid" of /v3/users/{guid} identifies a resource of "users" but is not declared as a UUID: its schema is a string without a format; declare it as { type: string, format: uuid }.',
        path: ['components', 'parameters', 'UserGuid', 'schema'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a guid parameter whose description says it may not be a UUID is told so, not asked for format: uuid',
    document: openapi({
      '/v3/users/{guid}': {
        parameters: [{ ...guidParameter('guid', { type: 'string' }), description: 'The user id or a client id. A client id may not be a uuid.' }],
        get: show,
      },
    }),
    errors: [
      {
        message:
          'Path parameter "guid" of /v3/users/{guid} identifies a resource of "users" but is not declared as a UUID: its description says it may not be one ("A client id may not be a uuid."), so "format: uuid" would be wrong: the guide identifies resources by UUID guids, so either the API changes it or the spec keeps this deviation on record (an override that turns the rule off for it).',
        path: ['paths', '/v3/users/{guid}', 'parameters', 0, 'schema'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);

testRule('capi-paths-segment-names', [
  {
    name: 'snake_case action, relationship and pseudo-resource names pass',
    document: openapi({
      '/v3/apps/{guid}/actions/clear_buildpack_cache': { post: show },
      '/v3/domains/{guid}/relationships/shared_organizations': { get: show },
      '/v3/apps/{guid}/environment_variables': { get: show },
    }),
    errors: [],
  },
  {
    name: 'kebab-case action names and camelCase relationship names fail once per segment',
    document: openapi({
      '/v3/apps/{guid}/actions/clear-buildpack-cache': { post: show },
      '/v3/domains/{guid}/relationships/sharedOrganizations': { get: show, post: show },
      '/v3/domains/{guid}/relationships/sharedOrganizations/{org_guid}': { delete: show },
    }),
    errors: [
      {
        message: 'Action name "clear-buildpack-cache" in "/v3/apps/{guid}/actions/clear-buildpack-cache" must be lowercase snake_case (a-z and "_"): rename it to "clear_buildpack_cache".',
        path: ['paths', '/v3/apps/{guid}/actions/clear-buildpack-cache'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message: 'Relationship name "sharedOrganizations" in "/v3/domains/{guid}/relationships/sharedOrganizations" must be lowercase snake_case (a-z and "_"): rename it to "shared_organizations".',
        path: ['paths', '/v3/domains/{guid}/relationships/sharedOrganizations'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
