import actionsInLinks from '../functions/actionsInLinks';
import actionsPostOnly from '../functions/actionsPostOnly';
import actionsUnderActions from '../functions/actionsUnderActions';
import equivalentActions from '../functions/equivalentActions';
import { DEFAULT_ACTION_VERBS } from '../lib/actions';
import { documentRule } from './define';

/** Style guide: Actions. */
export default {
  ...documentRule('capi-actions-post-only', {
    description: 'Actions use POST.',
    severity: 'error',
    function: actionsPostOnly,
  }),
  ...documentRule('capi-actions-under-actions', {
    description: 'Actions are nested under /actions.',
    severity: 'error',
    function: actionsUnderActions,
    functionOptions: { verbs: DEFAULT_ACTION_VERBS },
  }),
  ...documentRule('capi-actions-in-links', {
    description: 'Every action is listed in the links of the resource it acts on.',
    severity: 'error',
    function: actionsInLinks,
  }),
  ...documentRule('capi-actions-equivalents-named', {
    description: 'Two actions that do the same on different paths (same name, same request and response schemas) each name the other.',
    severity: 'warn',
    function: equivalentActions,
  }),
};
