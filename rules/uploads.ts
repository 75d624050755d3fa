import uploadMultipart from '../functions/uploadMultipart';
import { documentRule } from './define';

/** The spec's upload endpoints (an edge case the style guide does not cover). */
export default {
  ...documentRule('capi-uploads-multipart', {
    description: 'An upload endpoint accepts multipart/form-data.',
    severity: 'warn',
    function: uploadMultipart,
  }),
};
