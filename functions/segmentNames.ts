import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { renameHint } from '../lib/names';

const SNAKE_CASE = /^[a-z]+(_[a-z]+)*$/;

/** What a literal segment names, for messages: the word before it decides. */
function roleOf(segments: string[], index: number): string {
  const before = segments[index - 1];
  if (before === 'actions') return 'Action name';
  if (before === 'relationships') return 'Relationship name';
  return 'Path segment';
}

/**
 * S76: every literal path segment other than a collection (capi-paths-collection-names) is
 * lowercase snake_case too: action names (`/actions/clear_buildpack_cache`), relationship names
 * (`/relationships/shared_organizations`) and pseudo-resources (`/environment_variables`), the
 * same names a resource's `links` and `relationships` use as fields. Reported once per segment.
 */
export default documentFunction('segmentNames', null, (doc) => {
  const reported = new Set<string>();
  return doc.paths.flatMap(({ path, segments, collectionSegments }) =>
    segments.flatMap((segment, index) => {
      if (isParameterSegment(segment) || collectionSegments.includes(index) || SNAKE_CASE.test(segment)) return [];
      // Another API version (`/v2/...`) is capi-paths-v3-prefix's.
      if (index === 0 && /^v[0-9]+$/.test(segment)) return [];
      const prefix = segments.slice(0, index + 1).join('/');
      if (reported.has(prefix)) return [];
      reported.add(prefix);
      return [{
        message: `${roleOf(segments, index)} "${segment}" in "${path}" must be lowercase snake_case (a-z and "_"): ${renameHint(segment)}.`,
        path: ['paths', path],
      }];
    }),
  );
});
