import actionLinkMethod from '../functions/actionLinkMethod';
import linkObjects from '../functions/linkObjects';
import { documentRule } from './define';

/** Style guide: Links. */
export default {
  ...documentRule('capi-links-object', {
    description: 'Each member of a links object must be an object with a string href and an optional method.',
    severity: 'error',
    function: linkObjects,
  }),
  ...documentRule('capi-links-action-method', {
    description: 'A link to an action must carry its method; a link without method must be available using GET.',
    severity: 'error',
    reportsAtReferences: true,
    function: actionLinkMethod,
  }),
};
