import allMatchFilters from '../functions/allMatchFilters';
import booleanFilters from '../functions/booleanFilters';
import filterOperators from '../functions/filterOperators';
import multiValueFilters from '../functions/multiValueFilters';
import { documentRule } from './define';

// after_guid is a cursor (events after one guid), not a filter by value: a list of guids makes no sense there.
const NOT_FILTERS = ['page', 'per_page', 'order_by', 'include', 'fields', 'embed', 'label_selector', 'after_guid'];

/** Style guide: Filtering. */
export default {
  ...documentRule('capi-filters-multiple-values', {
    description: 'Filters must accept a comma-delimited list of values.',
    severity: 'error',
    function: multiValueFilters,
    functionOptions: { notFilters: NOT_FILTERS },
  }),
  ...documentRule('capi-filters-boolean-values', {
    description: 'A boolean filter takes one value where the guide says filters take a comma-delimited list (for you to decide).',
    severity: 'info',
    function: booleanFilters,
    functionOptions: { notFilters: NOT_FILTERS },
  }),
  ...documentRule('capi-filters-operators-declared', {
    description: 'Relational ([lt], [gte], ...) and [not] filter operators a filter supports are declared as query parameters, not only described.',
    severity: 'info',
    function: filterOperators,
    functionOptions: { notFilters: NOT_FILTERS },
  }),
  ...documentRule('capi-filters-label-selector-and', {
    description: 'The label_selector description says its requirements must all match (AND), unlike other filters (OR).',
    severity: 'warn',
    function: allMatchFilters,
    functionOptions: { names: ['label_selector'] },
  }),
};
