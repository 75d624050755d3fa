import { documentFunction } from '../lib/document-function';
import { isPluralName, pluralName, renameHint } from '../lib/names';

const SNAKE_CASE = /^[a-z]+(_[a-z]+)*$/;

/**
 * S04: a segment that names a collection (it is followed by an identifier, or lists resources)
 * is the plural resource name in lowercase snake_case. Pseudo-resources and actions are not
 * collections, so `environment_variables`, `manifest` or `stats` are never asked to be plural.
 */
export default documentFunction('collectionNames', null, (doc) => {
  const reported = new Set<string>();
  return doc.paths.flatMap(({ path, segments, collectionSegments }) =>
    collectionSegments.flatMap((index) => {
      const segment = segments[index];
      const key = `${path}|${segment}`;
      if (reported.has(key)) return [];
      reported.add(key);
      if (!SNAKE_CASE.test(segment)) {
        return [{
          message: `Collection segment "${segment}" in "${path}" must be lowercase snake_case (a-z and "_"): ${renameHint(segment)}.`,
          path: ['paths', path],
        }];
      }
      if (!isPluralName(segment)) {
        return [{
          message: `Collection segment "${segment}" in "${path}" must be a plural resource name: rename it to "${pluralName(segment)}".`,
          path: ['paths', path],
        }];
      }
      return [];
    }),
  );
});
