import commaDelimitedParameters from '../functions/commaDelimitedParameters';
import emptyValueParameters from '../functions/emptyValueParameters';
import pluralQueryParameters from '../functions/pluralQueryParameters';
import queryParameterNames from '../functions/queryParameterNames';
import { documentRule } from './define';

/** Style guide: Query Parameters. */
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
  ...documentRule('capi-query-parameters-empty-value', {
    description: 'A query parameter whose empty value has a meaning declares allowEmptyValue: true, and its description says what an empty value means.',
    severity: 'warn',
    function: emptyValueParameters,
  }),
};
