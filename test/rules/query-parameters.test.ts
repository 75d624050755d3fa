import { DiagnosticSeverity, testRule } from '../harness';
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

const stacks = (extra: Record<string, unknown>) => query('stacks', list(), { style: 'form', explode: false, ...extra });
const emptyValueAt = (message: string, ...inside: string[]) => ({ message, path: ['paths', '/v3/apps', 'get', 'parameters', 3, ...inside], severity: DiagnosticSeverity.Warning });

testRule('capi-query-parameters-empty-value', [
  {
    name: 'an empty value described and declared with allowEmptyValue: true passes',
    document: apps([stacks({ allowEmptyValue: true, description: 'Comma-delimited list of stacks; use an empty value to filter for NULL stacks' })]),
    errors: [],
  },
  {
    name: 'a description giving an empty value a meaning without allowEmptyValue fails',
    document: apps([stacks({ description: 'Comma-delimited list of stacks. `stacks=` selects buildpacks without a stack.' })]),
    errors: [
      emptyValueAt('Query parameter "stacks" (GET /v3/apps) gives an empty value a meaning in its description but does not declare it: add "allowEmptyValue: true" so clients and validators accept "stacks=".'),
    ],
  },
  {
    name: 'an empty entry in a list (hosts=a,,b) is an empty value given a meaning',
    document: apps([query('hosts', list(), { style: 'form', explode: false, description: 'Comma-delimited list of hosts: hosts=a,,b matches routes without a host too.' })]),
    errors: [
      emptyValueAt('Query parameter "hosts" (GET /v3/apps) gives an empty value a meaning in its description but does not declare it: add "allowEmptyValue: true" so clients and validators accept "hosts=".'),
    ],
  },
  {
    name: 'allowEmptyValue: true without saying what an empty value means fails, at allowEmptyValue',
    document: apps([stacks({ allowEmptyValue: true, description: 'Comma-delimited list of stacks to filter by' })]),
    errors: [
      emptyValueAt(
        'Query parameter "stacks" (GET /v3/apps) declares "allowEmptyValue: true" but its description does not say what an empty value means: add a sentence such as "An empty value (stacks=) selects ...".',
        'allowEmptyValue',
      ),
    ],
  },
  { name: 'a parameter saying nothing of empty values and not allowing them passes', document: apps([stacks({ description: 'Comma-delimited list of stacks to filter by' })]), errors: [] },
]);
