import { DiagnosticSeverity, testRule } from '../harness';
import { query } from '../fixtures/schemas';
import { apps, commaList, parameterError } from './support/apps-with-parameters';

testRule('capi-filters-multiple-values', [
  {
    name: 'array filters, plural timestamp strings, operators, booleans and label_selector pass',
    document: apps([commaList('names'), query('created_ats'), query('created_ats[gt]'), query('label_selector'), query('unmapped', { type: 'boolean' })]),
    errors: [],
  },
  {
    name: 'a single-valued filter on a list endpoint fails',
    document: apps([query('type', { type: 'string', enum: ['app', 'key'] })], [query('type')]),
    errors: [
      parameterError(
        'Filter "type" of GET /v3/apps takes a single value: filters must accept a comma-delimited list; declare it as a plural-named array with "style: form" and "explode: false".',
        3,
      ),
    ],
  },
]);

testRule('capi-filters-boolean-values', [
  {
    name: 'list filters that are not booleans pass',
    document: apps([commaList('names'), query('created_ats')]),
    errors: [],
  },
  {
    name: 'a boolean filter is reported at info with the reason',
    document: apps([query('unmapped', { type: 'boolean' })]),
    errors: [
      {
        message:
          'Filter "unmapped" of GET /v3/apps is a boolean and takes one value, while the guide says filters accept a comma-delimited list: a list of true and false would filter nothing, so keep it single-valued if that is intended, or make it a list.',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3],
        severity: DiagnosticSeverity.Information,
      },
    ],
  },
]);

const timestamps = (description: string) => query('created_ats', { type: 'string' }, { description });

testRule('capi-filters-operators-declared', [
  {
    name: 'a timestamp filter whose relational operators are declared as parameters passes',
    document: apps([
      timestamps('Timestamp to filter by. Also supports filtering with relational operators.'),
      query('created_ats[lt]'),
      query('created_ats[lte]'),
      query('created_ats[gt]'),
      query('created_ats[gte]'),
    ]),
    errors: [],
  },
  {
    name: 'a timestamp filter whose relational operators exist only in its description fails',
    document: apps([timestamps('Timestamp to filter by. Also supports filtering with [relational operators](#relational-operators).')]),
    errors: [
      {
        message:
          'Filter "created_ats" (GET /v3/apps) supports operators only in its description: declare "created_ats[lt]", "created_ats[lte]", "created_ats[gt]", "created_ats[gte]" as query parameters so clients can find and validate them (filtering on inequalities is a proposal of the guide; this is its proposed form).',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3, 'description'],
        severity: DiagnosticSeverity.Information,
      },
    ],
  },
]);

const labelSelector = (description?: string) => query('label_selector', { type: 'string' }, description === undefined ? {} : { description });

testRule('capi-filters-label-selector-and', [
  {
    name: 'a label_selector whose description says all requirements must match passes',
    document: apps([labelSelector('A comma-separated list of label requirements; resources match only if they satisfy all of them')]),
    errors: [],
  },
  { name: 'a description saying AND passes', document: apps([labelSelector('Label requirements, combined with AND')]), errors: [] },
  {
    name: 'a label_selector whose description does not say how requirements combine fails, at the description',
    document: apps([labelSelector('A query string containing a list of label selector requirements')]),
    errors: [
      {
        message:
          'Query parameter "label_selector" (GET /v3/apps) takes requirements that must all match (AND), unlike other filters (OR), but its description does not say so: add a sentence such as "Resources match only if they satisfy all of the requirements."',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3, 'description'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'a label_selector without a description fails, at the parameter',
    document: apps([labelSelector()]),
    errors: [
      {
        message:
          'Query parameter "label_selector" (GET /v3/apps) takes requirements that must all match (AND), unlike other filters (OR), but its description does not say so: add a sentence such as "Resources match only if they satisfy all of the requirements."',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
