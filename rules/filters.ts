import multiValueFilters from '../functions/multiValueFilters';
import { documentRule } from './define';

/** Style guide: Filtering. */
export default {
  ...documentRule('capi-filters-multiple-values', {
    description: 'Filters must accept a comma-delimited list of values.',
    severity: 'error',
    function: multiValueFilters,
    // after_guid is a cursor (events after one guid), not a filter by value: a list of guids makes no sense there.
    functionOptions: { notFilters: ['page', 'per_page', 'order_by', 'include', 'fields', 'embed', 'label_selector', 'after_guid'] },
  }),
};
