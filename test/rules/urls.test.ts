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
        message: 'Collection segment "app" in "/v3/app/{guid}" must be a plural resource name, e.g. "apps".',
        path: ['paths', '/v3/app/{guid}'],
        severity: DiagnosticSeverity.Warning,
      },
      {
        message:
          'Collection segment "serviceInstances" in "/v3/serviceInstances/{guid}" must be lowercase snake_case (a-z and "_"), e.g. "service_instances".',
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
        message: 'Collection segment "stack" in "/v3/stack" must be a plural resource name, e.g. "stacks".',
        path: ['paths', '/v3/stack'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
