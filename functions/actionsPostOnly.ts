import { documentFunction } from '../lib/document-function';

/** S24: actions (paths under `/actions/`) use POST; a PUT beside the POST is an alias to remove. Owns a PUT action (capi-verbs-no-put leaves it). */
export default documentFunction('actionsPostOnly', null, (doc) =>
  doc.operations
    .filter(({ pathInfo, method }) => pathInfo.kind === 'action' && method !== 'post')
    .map(({ label, path, pathInfo, jsonPath }) => ({
      message: pathInfo.item.post !== undefined
        ? `${label}: actions must use POST, and POST ${path} already triggers this action: remove the ${label.split(' ')[0]} alias.`
        : `${label}: actions must use POST; trigger it with POST ${path}.`,
      path: jsonPath,
    })),
);
