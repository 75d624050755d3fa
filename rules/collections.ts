import collectionField from '../functions/collectionField';
import { documentRule } from './define';

/** Style guide: Collections. */
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
};
