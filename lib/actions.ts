import { DEFAULT_ACTION_VERBS } from './action-verbs';
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
