import commaDelimitedParameters from '../functions/commaDelimitedParameters';
import embedValues from '../functions/embedValues';
import fieldsParameter from '../functions/fieldsParameter';
import includedObject from '../functions/includedObject';
import includeValues from '../functions/includeValues';
import multiValueFilters from '../functions/multiValueFilters';
import pluralQueryParameters from '../functions/pluralQueryParameters';
import queryParameterNames from '../functions/queryParameterNames';
import { documentRule } from './define';

/** Style guide: Query Parameters, Filtering, Including Related Resources, Requesting Specific Fields. */
export default {
  ...documentRule('capi-query-parameters-names', {
    description: 'Query parameter names must contain only a-z and "_", apart from the guide\'s bracket forms ([lt], [lte], [gt], [gte], [not], fields[...], page[...]).',
    severity: 'error',
    function: queryParameterNames,
    functionOptions: { operators: ['lt', 'lte', 'gt', 'gte', 'not'], resourceBrackets: ['fields', 'page'] },
  }),
  ...documentRule('capi-query-parameters-plural', {
    description: 'Query parameters that accept multiple values must be pluralized.',
    severity: 'error',
    function: pluralQueryParameters,
    functionOptions: { allowed: ['include', 'fields', 'embed'] },
  }),
  ...documentRule('capi-query-parameters-comma-delimited', {
    description: 'Query parameters with several values take one comma-delimited value (style: form, explode: false).',
    severity: 'error',
    function: commaDelimitedParameters,
  }),
  ...documentRule('capi-filters-multiple-values', {
    description: 'Filters must accept a comma-delimited list of values.',
    severity: 'error',
    function: multiValueFilters,
    // after_guid is a cursor (events after one guid), not a filter by value: a list of guids makes no sense there.
    functionOptions: { notFilters: ['page', 'per_page', 'order_by', 'include', 'fields', 'embed', 'label_selector', 'after_guid'] },
  }),
  ...documentRule('capi-include-values', {
    description: 'Each include value must be a period-separated path of relationship names.',
    severity: 'error',
    function: includeValues,
  }),
  ...documentRule('capi-include-included', {
    description: 'An operation that accepts include (or fields) must return an included object.',
    severity: 'error',
    function: includedObject,
    functionOptions: { parameters: ['include', 'fields'] },
  }),
  ...documentRule('capi-embed-values', {
    description: 'embed names pseudo-resources without a list endpoint of their own, on a single resource or a list.',
    severity: 'warn',
    function: embedValues,
  }),
  ...documentRule('capi-fields-parameter', {
    description: 'The fields query parameter is a comma-delimited list of field names (fields[<resource>] a deepObject).',
    severity: 'info',
    function: fieldsParameter,
  }),
};
