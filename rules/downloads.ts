import downloadBinary from '../functions/downloadBinary';
import { documentRule } from './define';

/** Style guide: API Technologies (downloads are the file itself). */
export default {
  ...documentRule('capi-downloads-binary', {
    description: 'A download returns the file itself, not an HTML page (text/html).',
    severity: 'warn',
    function: downloadBinary,
    reportsAtReferences: true,
  }),
};
