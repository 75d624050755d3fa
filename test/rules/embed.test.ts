import { DiagnosticSeverity, testRule } from '../harness';
import { apps, commaList } from './support/apps-with-parameters';

testRule('capi-embed-values', [
  { name: 'embedding a pseudo-resource passes', document: apps([], [commaList('embed', 'environment_variables')]), errors: [] },
  {
    name: 'embedding something with a list endpoint fails',
    document: apps([], [commaList('embed', 'app')]),
    errors: [
      {
        message: '"embed" of GET /v3/apps/{guid} allows "app", which has a list endpoint of its own: embed names pseudo-resources only; use "include" for "app".',
        path: ['paths', '/v3/apps/{guid}', 'get', 'parameters', 0],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
