import { documentFunction } from '../lib/document-function';

/** S24: actions (paths under `/actions/`) use POST. */
export default documentFunction('actionsPostOnly', null, (doc) =>
  doc.operations
    .filter(({ pathInfo, method }) => pathInfo.kind === 'action' && method !== 'post')
    .map(({ label, path, jsonPath }) => ({
      message: `${label}: actions must use POST; trigger it with POST ${path}.`,
      path: jsonPath,
    })),
);
