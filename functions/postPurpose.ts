import { actionVerbsOption, namesAnAction } from '../lib/actions';
import { documentFunction } from '../lib/document-function';

/** Relationship paths have their own rules (capi-relationships-*). */
const OWN_RULES = new Set(['relationship-to-one', 'relationship-to-many', 'relationship-member']);

/**
 * S13: a POST creates on a collection, uploads a file, triggers an action under `/actions/`, or
 * adds to a to-many relationship or another list (answering 200 with the list its GET shows). A POST named like an action is capi-actions-under-actions'.
 */
export default documentFunction<{ verbs: string[] }>('postPurpose', actionVerbsOption, (doc, { verbs }) =>
  doc.operations
    .filter(({ method, kind, pathInfo }) =>
      method === 'post' &&
      kind === 'other' &&
      !OWN_RULES.has(pathInfo.kind) &&
      !namesAnAction(pathInfo.segments[pathInfo.segments.length - 1], verbs))
    .map(({ label, path, pathInfo, jsonPath }) => ({
      message: `${label} is not a create on a collection, a file upload, an action or an add to a relationship or list (the path is a ${pathInfo.kind}): if it triggers an action, move it to POST …/actions/<name>; if it creates something, POST to its collection.`,
      path: jsonPath,
    })),
);
