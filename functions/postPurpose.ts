import { actionVerbsOption, namesAnAction } from '../lib/actions';
import { Classification, isParameterSegment, OperationInfo, PathInfo, PathKind } from '../lib/classify';
import { collectionAction } from '../lib/collection-action';
import { documentFunction, Finding } from '../lib/document-function';
import { orList } from '../lib/status';

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
 * adds to a to-many relationship or another list (answering 200 with the list its GET shows). A
 * POST named like an action is capi-actions-under-actions'. A POST to a collection that the
 * classifier reads as an action (a purge, a re-seed: lib/collection-action.ts) is this rule's,
 * as the one finding of that deviation: it is no create, so no rule asks it for a 201.
 */
export default documentFunction<{ verbs: string[] }>('postPurpose', actionVerbsOption, (doc, { verbs }) =>
  doc.operations
    .filter(({ method, pathInfo }) =>
      method === 'post' &&
      !OWN_RULES.has(pathInfo.kind) &&
      !namesAnAction(pathInfo.segments[pathInfo.segments.length - 1], verbs))
    .flatMap((op) => {
      const { label, pathInfo, jsonPath } = op;
      if (op.kind === 'action' && pathInfo.kind !== 'action') return [actionOutOfPlace(doc, op)];
      if (op.kind !== 'other') return [];
      return [{
        message: `${label} is not a create on a collection, a file upload, an action or an add to a relationship or list (the path is ${PATH_WORDS[pathInfo.kind] ?? `a ${pathInfo.kind}`}): if it triggers an action, move it to POST ${actionPath(pathInfo)}; if it creates something, POST to its collection.`,
        path: jsonPath,
      }];
    }),
);

/** A POST to a collection that triggers an action: it belongs under the collection's `/actions/`. */
function actionOutOfPlace(doc: Classification, { label, path, operation, responses, jsonPath }: OperationInfo): Finding {
  const evidence = collectionAction(operation, responses, doc.schemaKind);
  const reason = evidence === undefined
    ? 'it creates no resource'
    : 'verb' in evidence
      ? `its ${evidence.in} names the action "${evidence.verb}"`
      : `it takes no request body and answers ${orList(evidence.codes)} with no resource`;
  const name = evidence !== undefined && 'verb' in evidence ? evidence.verb : '<name>';
  return {
    message: `${label} triggers an action, not a create (${reason}): actions are nested under /actions, move it to POST ${path}/actions/${name}.`,
    path: jsonPath,
  };
}

/**
 * Where the action would go: under the resource the path is nested in
 * (`/v3/spaces/{guid}/manifest_diff` → `/v3/spaces/{guid}/actions/manifest_diff`), under the
 * resource itself, or, for a path under no resource, a place the message cannot name.
 */
function actionPath({ path, segments, kind }: PathInfo): string {
  if (kind === 'resource') return `${path}/actions/<name>`;
  const name = segments[segments.length - 1];
  const parent = path.slice(0, path.length - name.length - 1);
  return kind === 'pseudo-resource' && isParameterSegment(parent.slice(parent.lastIndexOf('/') + 1)) ? `${parent}/actions/${name}` : '…/actions/<name>';
}
