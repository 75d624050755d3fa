import paginationFields from '../functions/paginationFields';
import paginationParameters from '../functions/paginationParameters';
import { documentRule } from './define';

/** Style guide: Pagination. */
export default {
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
