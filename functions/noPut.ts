import { documentFunction } from '../lib/document-function';

/** S12: PUT is not used; updates are PATCH, actions are POST. */
export default documentFunction('noPut', null, (doc) =>
  doc.operations
    .filter(({ method }) => method === 'put')
    .map(({ path, pathInfo, jsonPath }) => ({
      message:
        pathInfo.kind === 'action'
          ? `PUT ${path}: PUT is not used in the v3 API; trigger actions with POST.`
          : `PUT ${path}: PUT is not used in the v3 API; use PATCH to update a resource.`,
      path: jsonPath,
    })),
);
