import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { ok, query } from '../fixtures/schemas';
import { apps, commaList, parameterError } from './support/apps-with-parameters';

testRule('capi-include-values', [
  { name: 'period-separated relationship names pass', document: apps([commaList('include', 'space', 'space.organization')]), errors: [] },
  {
    name: 'other separators fail',
    document: apps([commaList('include', 'space/organization')]),
    errors: [
      parameterError(
        '"include" of GET /v3/apps allows "space/organization": each include value must be relationship names (a-z, "_") separated by periods, e.g. "space.organization".',
        3,
      ),
    ],
  },
]);

testRule('capi-include-included', [
  { name: 'operations with include that return included pass', document: apps([commaList('include', 'space')], [commaList('include', 'space')]), errors: [] },
  {
    // fields selects fields of the resource and of what include asks for; alone it includes nothing.
    name: 'an operation with fields but no include passes without included',
    document: openapi({ '/v3/spaces/{guid}': { get: { ...ok({ type: 'object' }), parameters: [query('fields', { type: 'object' }, { style: 'deepObject' })] } } }),
    errors: [],
  },
  {
    name: 'an operation with include whose response has no included fails, at its 200',
    document: openapi({ '/v3/spaces/{guid}': { get: { ...ok({ type: 'object' }), parameters: [commaList('include', 'organization')] } } }),
    errors: [
      {
        message: 'GET /v3/spaces/{guid} accepts "include" but its 200 response has no "included" object: add "included" for the included resources.',
        path: ['paths', '/v3/spaces/{guid}', 'get', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);
