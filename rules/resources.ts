import resourceRequiredFields from '../functions/resourceRequiredFields';
import resourceSelfLink from '../functions/resourceSelfLink';
import { documentRule } from './define';

/** Style guide: Resources. */
export default {
  ...documentRule('capi-resources-required-fields', {
    description: 'A resource must contain guid (UUID), created_at and updated_at (date-time).',
    severity: 'error',
    function: resourceRequiredFields,
  }),
  ...documentRule('capi-resources-self-link', {
    description: 'A resource must contain a links object with a self link.',
    severity: 'error',
    function: resourceSelfLink,
  }),
};
