import pluralize from 'pluralize';
import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { allowsType, formatOf } from '../lib/schema';

const GUID_NAME = /^([a-z0-9]+_)*guid$/;

/**
 * S05: the segment after a collection is the resource's guid: `{guid}` (or `{app_guid}` in nested
 * paths), declared as a UUID string. Reported once per identifier, at the first path using it.
 */
export default documentFunction('resourceGuidParameter', null, (doc) => {
  const namesReported = new Set<string>();
  const parametersReported = new Set<unknown>();
  return doc.paths.flatMap(({ path, segments, collectionSegments }) =>
    collectionSegments.flatMap((index) => {
      const segment = segments[index];
      const next = segments[index + 1];
      if (next === undefined || !isParameterSegment(next)) return [];
      const name = next.slice(1, -1);
      const resource = pluralize.singular(segment);
      if (!GUID_NAME.test(name)) {
        const identified = `${path.startsWith('/v3/') ? '/v3/' : '/'}${segments.slice(0, index + 2).join('/')}`;
        if (namesReported.has(identified)) return [];
        namesReported.add(identified);
        return [{
          message: `"${identified}" identifies a resource of "${segment}" by "${next}"; resources are addressed by their guid: use "{guid}" (or "{${resource}_guid}" after another guid).`,
          path: ['paths', path],
        }];
      }
      return doc.operations
        .filter((op) => op.path === path)
        .flatMap((op) => op.parameters)
        .filter(({ parameter }) => parameter.in === 'path' && parameter.name === name && !parametersReported.has(parameter))
        .filter(({ parameter }) => !allowsType(doc.root, parameter.schema, 'string') || formatOf(doc.root, parameter.schema) !== 'uuid')
        .map(({ parameter, jsonPath }) => {
          parametersReported.add(parameter);
          return {
            message: `Path parameter "${name}" of ${path} identifies a resource of "${segment}" but is not declared as a UUID: declare its schema as { type: string, format: uuid }.`,
            path: jsonPath,
          };
        });
    }),
  );
});
