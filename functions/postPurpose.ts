import { actionVerbsOption, namesAnAction } from '../lib/actions';
import { PathKind } from '../lib/classify';
import { documentFunction } from '../lib/document-function';

/** Relationship paths have their own rules (capi-relationships-*). */
const OWN_RULES = new Set(['relationship-to-one', 'relationship-to-many', 'relationship-member']);

/** What a path that takes no create, upload, action or add is, in the guide's words. */
const PATH_WORDS: Partial<Record<PathKind, string>> = {
  resource: 'a resource',
  'pseudo-resource': 'a pseudo-resource, nested under a resource',
  singleton: 'a top-level path that is neither a collection nor a resource',
  download: 'a download',
  root: 'the API root',
};

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
    .map(({ label, pathInfo, jsonPath }) => ({
      message: `${label} is not a create on a collection, a file upload, an action or an add to a relationship or list (the path is ${PATH_WORDS[pathInfo.kind] ?? `a ${pathInfo.kind}`}): if it triggers an action, move it to POST …/actions/<name>; if it creates something, POST to its collection.`,
      path: jsonPath,
    })),
);
