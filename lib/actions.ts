import { DEFAULT_ACTION_VERBS } from './action-verbs';
import type { OperationInfo } from './classify';
import { stringList } from './document-function';

export { DEFAULT_ACTION_VERBS };

export const actionVerbsOption = {
  verbs: stringList(
    'Words that name an action when they open a path\'s last segment (cancel, apply_manifest).',
    'must be a list of lowercase words (a-z)',
    { type: 'string', pattern: '^[a-z]+$' },
  ),
};

/** True when the segment is a literal whose first snake_case word is one of the verbs. */
export function namesAnAction(segment: string | undefined, verbs: string[]): boolean {
  if (segment === undefined || segment.startsWith('{')) return false;
  return verbs.includes(segment.split('_')[0]);
}

/**
 * A PUT that triggers an action (under `/actions/`, or on a path named by an action verb): the
 * action rules own it (capi-actions-post-only, capi-actions-under-actions), whose advice, POST
 * …/actions/… or removing the alias, settles everything else about it too.
 */
export function isPutAction(op: Pick<OperationInfo, 'method' | 'pathInfo'>, verbs: string[] = DEFAULT_ACTION_VERBS): boolean {
  return op.method === 'put' && (op.pathInfo.kind === 'action' || namesAnAction(op.pathInfo.segments[op.pathInfo.segments.length - 1], verbs));
}
