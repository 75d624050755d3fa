import errorBodySchema from '../functions/errorBodySchema';
import errorDetailSentence from '../functions/errorDetailSentence';
import { documentRule } from './define';

/** Style guide: Errors > Response Body, Error Messages. */
export default {
  ...documentRule('capi-errors-body-schema', {
    description: 'Error bodies are { errors: [ { detail, title, code } ] } with at least one error.',
    severity: 'error',
    function: errorBodySchema,
    reportsAtReferences: true,
  }),
  ...documentRule('capi-errors-detail-sentence', {
    description: 'Error messages (detail) in examples start with a capital letter and end with a full stop.',
    severity: 'error',
    function: errorDetailSentence,
  }),
};
