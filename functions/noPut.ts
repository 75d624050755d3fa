import { actionVerbsOption, isPutAction } from '../lib/actions';
import { documentFunction } from '../lib/document-function';

/**
 * S12: PUT is not used; updates are PATCH. A PUT that triggers an action (under `/actions/`, or on
 * a path named by an action verb) is owned by the action rules (capi-actions-post-only,
 * capi-actions-under-actions), whose advice is POST …/actions/…, not PATCH: one deviation, one finding.
 */
export default documentFunction<{ verbs: string[] }>('noPut', actionVerbsOption, (doc, { verbs }) =>
  doc.operations
    .filter((op) => op.method === 'put' && !isPutAction(op, verbs))
    .map(({ path, jsonPath }) => ({
      message: `PUT ${path}: PUT is not used in the v3 API; use PATCH to update a resource.`,
      path: jsonPath,
    })),
);
