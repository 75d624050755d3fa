import { testRule } from '../harness';
import { list, query } from '../fixtures/schemas';
import { apps, commaList, parameterError } from './support/apps-with-parameters';

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
      parameterError('Query parameter "spaceGuids" of GET /v3/apps must contain only lowercase letters a-z and "_": rename it to "space_guids".', 3),
      parameterError('Query parameter "lifecycle.type" of GET /v3/apps must contain only lowercase letters a-z and "_": rename it to "lifecycle_type".', 4),
      parameterError('Query parameter "names[like]" of GET /v3/apps uses "[like]", which the style guide does not define: use [lt], [lte], [gt], [gte], [not].', 5),
    ],
  },
]);

testRule('capi-query-parameters-plural', [
  { name: 'plural array parameters, include and fields pass', document: apps([commaList('names'), commaList('include', 'space')]), errors: [] },
  {
    name: 'a singular array parameter fails',
    document: apps([commaList('space_guid')]),
    errors: [parameterError('Query parameter "space_guid" of GET /v3/apps takes several values and must be plural: rename it to "space_guids".', 3)],
  },
]);

testRule('capi-query-parameters-comma-delimited', [
  { name: 'a form, non-exploded array passes', document: apps([commaList('names')]), errors: [] },
  {
    name: 'a bare array parameter and a pipe-delimited one fail',
    document: apps([query('names', list()), query('states', list(), { style: 'pipeDelimited', explode: false })]),
    errors: [
      parameterError(
        'Query parameter "names" of GET /v3/apps takes several values as repeated parameters (?names=a&names=b): declare "style: form" and "explode: false" so it takes one comma-delimited value (?names=a,b).',
        3,
      ),
      parameterError(
        'Query parameter "states" of GET /v3/apps takes several values as style "pipeDelimited": declare "style: form" and "explode: false" so it takes one comma-delimited value (?states=a,b).',
        4,
      ),
    ],
  },
]);
