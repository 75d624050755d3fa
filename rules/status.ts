import clientErrorCodes from '../functions/clientErrorCodes';
import getWithoutParametersNotFound from '../functions/getWithoutParametersNotFound';
import knownStatusCodes from '../functions/knownStatusCodes';
import notFoundDocumented from '../functions/notFoundDocumented';
import successAlternativesExplained from '../functions/successAlternativesExplained';
import successBody from '../functions/successBody';
import successCodes from '../functions/successCodes';
import { GUIDE_CLIENT_ERROR_CODES, GUIDE_STATUS_CODES, GUIDE_SUCCESS_CODES } from '../lib/status';
import { documentRule } from './define';

/** Style guide: Response Codes, Errors > Status Codes. The code sets are options to widen per project. */
export default {
  ...documentRule('capi-status-success-codes', {
    description: 'Each kind of operation returns the success codes the guide gives it (e.g. create: 201 or 202).',
    severity: 'error',
    function: successCodes,
    reportsAtReferences: true,
    functionOptions: { codes: GUIDE_SUCCESS_CODES },
  }),
  ...documentRule('capi-status-success-body', {
    description: '200 and 201 responses carry a body; 204 responses carry none.',
    severity: 'error',
    function: successBody,
    reportsAtReferences: true,
  }),
  ...documentRule('capi-status-client-error-codes', {
    description: 'Each verb documents only the client-error codes the guide lists for it (403 and 422 are not GET codes).',
    severity: 'error',
    function: clientErrorCodes,
    reportsAtReferences: true,
    functionOptions: { codes: GUIDE_CLIENT_ERROR_CODES },
  }),
  ...documentRule('capi-status-not-found-documented', {
    description: 'Operations on paths with parameters document 404 Not Found.',
    severity: 'error',
    function: notFoundDocumented,
    reportsAtReferences: true,
  }),
  ...documentRule('capi-status-list-no-not-found', {
    description: 'A list (a collection body) does not document 404; an empty list is 200.',
    severity: 'warn',
    function: getWithoutParametersNotFound,
    reportsAtReferences: true,
  }),
  ...documentRule('capi-status-known-codes', {
    description: 'Every documented status code is one the style guide lists.',
    severity: 'error',
    function: knownStatusCodes,
    reportsAtReferences: true,
    functionOptions: { codes: GUIDE_STATUS_CODES },
  }),
  ...documentRule('capi-status-alternatives-explained', {
    description: 'An operation documenting two or more success codes (201 or 202) says when each is returned.',
    severity: 'warn',
    function: successAlternativesExplained,
  }),
};
