import acceptedLocation from '../functions/acceptedLocation';
import jobResource from '../functions/jobResource';
import { documentRule } from './define';

/** Style guide: Asynchronicity. */
export default {
  ...documentRule('capi-async-accepted-location', {
    description: 'A 202 Accepted has a Location header pointing to the job, and no body.',
    severity: 'warn',
    function: acceptedLocation,
    reportsAtReferences: true,
  }),
  ...documentRule('capi-async-job-resource', {
    description: 'GET /v3/jobs/{guid} returns 200 with state, operation, errors, warnings and links.self.',
    severity: 'error',
    function: jobResource,
    reportsAtReferences: true,
  }),
};
