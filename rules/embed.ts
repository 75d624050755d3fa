import embedValues from '../functions/embedValues';
import { documentRule } from './define';

/** Style guide: Including Related Resources (`embed`, newer than the seed guide). */
export default {
  ...documentRule('capi-embed-values', {
    description: 'embed names pseudo-resources without a list endpoint of their own, on a single resource or a list.',
    severity: 'warn',
    function: embedValues,
  }),
};
