import pluralize from 'pluralize';
import { Classification, isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { notUuidSentence, uuidAdvice } from '../lib/identifier-note';
import { isObject } from '../lib/json';
import { allowsType, formatOf, mergeSchema } from '../lib/schema';

const GUID_NAME = /^([a-z0-9]+_)*guid$/;

/**
 * S05: the segment after a collection is the resource's guid: `{guid}` (or `{app_guid}` in nested
 * paths), declared as a UUID string. Reported once per identifier, at the first path using it.
 * A nested member keyed by a name or an index is not a resource identifier when it is a
 * pseudo-resource (it shows no `guid`: `/v3/apps/{guid}/features/{name}`,
 * `/v3/processes/{guid}/instances/{index}`) or an alias of a resource the API also addresses by
 * guid at the top level (`/v3/apps/{guid}/processes/{type}` for `/v3/processes/{guid}`).
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
        const prefix = path.startsWith('/v3/') ? '/v3/' : '/';
        const identified = `${prefix}${segments.slice(0, index + 2).join('/')}`;
        if (namesReported.has(identified)) return [];
        namesReported.add(identified);
        if (index > 0 && (!showsGuid(doc, identified) || hasGuidAddress(doc, `${prefix}${segment}`))) return [];
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
            message: `Path parameter "${name}" of ${path} identifies a resource of "${segment}" but is not declared as a UUID: ${uuidAdvice(notUuidSentence(doc.root, parameter), 'declare its schema as { type: string, format: uuid }')}.`,
            path: isObject(parameter.schema) ? [...jsonPath, 'schema'] : jsonPath,
          };
        });
    }),
  );
});

/** True when GET on the member path shows an object with a `guid`: a resource, not a pseudo-resource. */
function showsGuid(doc: Classification, memberPath: string): boolean {
  const get = doc.operations.find((op) => op.path === memberPath && op.method === 'get');
  const shown = get?.responses.find(({ code }) => code === '200')?.schema;
  return shown !== undefined && mergeSchema(doc.root, shown, true).properties.has('guid');
}

/** True when the collection is also addressed at the top level by a guid (`/v3/processes/{guid}`). */
function hasGuidAddress(doc: Classification, collectionPath: string): boolean {
  return doc.paths.some(({ path, segments }) => {
    const last = segments[segments.length - 1];
    return segments.length === 2 && path === `${collectionPath}/${last}` && isParameterSegment(last) && GUID_NAME.test(last.slice(1, -1));
  });
}
