import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { link, list, ok, pagination, paging, query, ref, resource } from '../fixtures/schemas';

const commaList = (name: string, ...values: string[]) => query(name, list(...values), { style: 'form', explode: false });
const schemas = {
  Link: link,
  Pagination: pagination,
  App: resource({ included: { type: 'object' } }),
  AppList: { type: 'object', properties: { pagination: ref('Pagination'), resources: { type: 'array', items: ref('App') }, included: { type: 'object' } } },
};
/** GET /v3/apps taking the pagination parameters and `parameters`; GET /v3/apps/{guid} taking `show`. */
const apps = (parameters: unknown[], show: unknown[] = []) =>
  openapi(
    {
      '/v3/apps': { get: { ...ok(ref('AppList')), parameters: [...paging, ...parameters] } },
      '/v3/apps/{guid}': { get: { ...ok(ref('App')), parameters: show } },
      '/v3/apps/{guid}/environment_variables': { get: ok({ type: 'object' }) },
      '/v3/spaces/{guid}': { get: ok(ref('App')) },
    },
    { schemas },
  );
const error = (message: string, index: number) => ({ message, path: ['paths', '/v3/apps', 'get', 'parameters', index], severity: DiagnosticSeverity.Error });

testRule('capi-query-parameters-names', [
  {
    name: 'snake_case names and the guide\'s bracket forms pass',
    document: apps([commaList('space_guids'), query('created_ats[gte]'), query('names[not]'), query('fields[space.organization]'), query('page[apps]')]),
    errors: [],
  },
  {
    name: 'camelCase, dotted names and unknown bracket operators fail',
    document: apps([query('spaceGuids'), query('lifecycle.type'), query('names[like]')]),
    errors: [
      error('Query parameter "spaceGuids" of GET /v3/apps must contain only lowercase letters a-z and "_": rename it to "space_guids".', 3),
      error('Query parameter "lifecycle.type" of GET /v3/apps must contain only lowercase letters a-z and "_": rename it to "lifecycle_type".', 4),
      error('Query parameter "names[like]" of GET /v3/apps uses "[like]", which the style guide does not define: use [lt], [lte], [gt], [gte], [not].', 5),
    ],
  },
]);

testRule('capi-query-parameters-plural', [
  { name: 'plural array parameters, include and fields pass', document: apps([commaList('names'), commaList('include', 'space')]), errors: [] },
  {
    name: 'a singular array parameter fails',
    document: apps([commaList('space_guid')]),
    errors: [error('Query parameter "space_guid" of GET /v3/apps takes several values and must be plural: rename it to "space_guids".', 3)],
  },
]);

testRule('capi-query-parameters-comma-delimited', [
  { name: 'a form, non-exploded array passes', document: apps([commaList('names')]), errors: [] },
  {
    name: 'a bare array parameter and a pipe-delimited one fail',
    document: apps([query('names', list()), query('states', list(), { style: 'pipeDelimited', explode: false })]),
    errors: [
      error(
        'Query parameter "names" of GET /v3/apps takes several values as repeated parameters (?names=a&names=b): declare "style: form" and "explode: false" so it takes one comma-delimited value (?names=a,b).',
        3,
      ),
      error(
        'Query parameter "states" of GET /v3/apps takes several values as style "pipeDelimited": declare "style: form" and "explode: false" so it takes one comma-delimited value (?states=a,b).',
        4,
      ),
    ],
  },
]);

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
      error(
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
          'Filter "created_ats" (GET /v3/apps) supports operators only in its description: declare "created_ats[lt]", "created_ats[lte]", "created_ats[gt]", "created_ats[gte]" as query parameters so clients can find and validate them.',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3],
        severity: DiagnosticSeverity.Information,
      },
    ],
  },
]);

testRule('capi-include-values', [
  { name: 'period-separated relationship names pass', document: apps([commaList('include', 'space', 'space.organization')]), errors: [] },
  {
    name: 'other separators fail',
    document: apps([commaList('include', 'space/organization')]),
    errors: [
      error(
        '"include" of GET /v3/apps allows "space/organization": each include value must be relationship names (a-z, "_") separated by periods, e.g. "space.organization".',
        3,
      ),
    ],
  },
]);

testRule('capi-include-included', [
  { name: 'operations with include that return included pass', document: apps([commaList('include', 'space')], [commaList('include', 'space')]), errors: [] },
  {
    name: 'an operation with fields whose response has no included fails',
    document: openapi({ '/v3/spaces/{guid}': { get: { ...ok({ type: 'object' }), parameters: [query('fields', { type: 'object' }, { style: 'deepObject' })] } } }),
    errors: [
      {
        message: 'GET /v3/spaces/{guid} accepts "fields" but its 200 response has no "included" object: add "included" for the included resources.',
        path: ['paths', '/v3/spaces/{guid}', 'get', 'responses', '200'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

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

testRule('capi-fields-parameter', [
  {
    name: 'fields as a comma-delimited list, and fields[...] as a deepObject, pass',
    document: apps([commaList('fields')], [query('fields', { type: 'object' }, { style: 'deepObject' })]),
    errors: [],
  },
  {
    name: 'fields as an object without deepObject fails',
    document: apps([query('fields', { type: 'object' })]),
    errors: [
      {
        message: '"fields" of GET /v3/apps is an object (fields[<resource>]=...) but not "style: deepObject": declare "style: deepObject".',
        path: ['paths', '/v3/apps', 'get', 'parameters', 3],
        severity: DiagnosticSeverity.Information,
      },
    ],
  },
]);
