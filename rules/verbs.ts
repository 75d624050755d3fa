import noPut from '../functions/noPut';
import postPurpose from '../functions/postPurpose';
import { DEFAULT_ACTION_VERBS } from '../lib/actions';
import noQueryParameters from '../functions/noQueryParameters';
import noRequestBody from '../functions/noRequestBody';
import { documentRule } from './define';

/** Style guide: Requests > GET, POST, PUT, PATCH, DELETE. */
export default {
  ...documentRule('capi-verbs-get-no-request-body', {
    description: 'GET requests must not include a request body.',
    severity: 'error',
    function: noRequestBody,
    functionOptions: { methods: ['get'] },
  }),
  ...documentRule('capi-verbs-post-no-query-parameters', {
    description: 'POST requests must not include query parameters.',
    severity: 'error',
    function: noQueryParameters,
    reportsAtReferences: true,
    functionOptions: { methods: ['post'] },
  }),
  ...documentRule('capi-verbs-patch-no-query-parameters', {
    description: 'PATCH requests must not include query parameters.',
    severity: 'error',
    function: noQueryParameters,
    reportsAtReferences: true,
    functionOptions: { methods: ['patch'] },
  }),
  ...documentRule('capi-verbs-delete-no-request-body', {
    description: 'DELETE requests must not include a request body.',
    severity: 'error',
    function: noRequestBody,
    functionOptions: { methods: ['delete'] },
  }),
  ...documentRule('capi-verbs-no-put', {
    description: 'PUT is not used; updates use PATCH.',
    severity: 'warn',
    function: noPut,
    functionOptions: { verbs: DEFAULT_ACTION_VERBS },
  }),
  ...documentRule('capi-verbs-post-purpose', {
    description: 'POST creates a resource, uploads a file, triggers an action or adds to a relationship.',
    severity: 'warn',
    function: postPurpose,
    functionOptions: { verbs: DEFAULT_ACTION_VERBS },
  }),
};
