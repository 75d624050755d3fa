import collectionField from '../functions/collectionField';
import paginationFields from '../functions/paginationFields';
import paginationParameters from '../functions/paginationParameters';
import { documentRule } from './define';

/** Style guide: Collections, Pagination. */
export default {
  ...documentRule('capi-collections-resources', {
    description: 'A collection must contain a resources array.',
    severity: 'error',
    function: collectionField,
    functionOptions: { field: 'resources', type: 'array' },
  }),
  ...documentRule('capi-collections-pagination', {
    description: 'A collection must contain a pagination object.',
    severity: 'error',
    function: collectionField,
    functionOptions: { field: 'pagination', type: 'object' },
  }),
  ...documentRule('capi-pagination-fields', {
    description: 'Pagination must have integer total_results and total_pages and first, last, next, previous links (a link object or null).',
    severity: 'error',
    function: paginationFields,
  }),
  ...documentRule('capi-pagination-parameters', {
    description: 'List endpoints must support the page, per_page and order_by query parameters.',
    severity: 'error',
    function: paginationParameters,
    functionOptions: { parameters: ['page', 'per_page', 'order_by'] },
  }),
};
