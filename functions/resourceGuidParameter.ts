import pluralize from 'pluralize';
import { Classification, isParameterSegment } from '../lib/classify';
import { GUID_NAME, GuidShown, guidShownAt } from '../lib/resource-key';
import { documentFunction } from '../lib/document-function';
import { notUuidSentence, uuidAdvice } from '../lib/identifier-note';
import { isObject } from '../lib/json';
import { allowsType, declaredType, formatOf } from '../lib/schema';

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
        const shown = guidShownAt(doc, identified);
        if (index > 0 && (shown !== 'shown' || hasGuidAddress(doc, `${prefix}${segment}`))) return [];
        return [{ message: `"${identified}" identifies a resource of "${segment}" by "${next}"${keyAdvice(shown, resource)}.`, path: ['paths', path] }];
      }
      return doc.operations
        .filter((op) => op.path === path)
        .flatMap((op) => op.parameters)
        .filter(({ parameter }) => parameter.in === 'path' && parameter.name === name && !parametersReported.has(parameter))
        .filter(({ parameter }) => !allowsType(doc.root, parameter.schema, 'string') || formatOf(doc.root, parameter.schema) !== 'uuid')
        .map(({ parameter, jsonPath }) => {
          parametersReported.add(parameter);
          return {
            message: `Path parameter "${name}" of ${path} identifies a resource of "${segment}" but is not declared as a UUID: ${uuidAdvice(notUuidSentence(doc.root, parameter), `its schema ${declaredType(doc.root, parameter.schema)}; declare it as { type: string, format: uuid }`)}.`,
            path: isObject(parameter.schema) ? [...jsonPath, 'schema'] : jsonPath,
          };
        });
    }),
  );
});

/**
 * What to do about a member keyed by something else than its guid, given what the member path
 * returns: name the parameter after the guid it shows, or, when what it returns has no guid, say so
 * rather than ask for a `{guid}` the resource does not have.
 */
function keyAdvice(shown: GuidShown, resource: string): string {
  const wanted = `"{guid}" (or "{${resource}_guid}" after another guid)`;
  if (shown === 'shown') return `, while what it returns has a "guid": the guide addresses a resource by its guid, so use ${wanted}`;
  if (shown === 'none') {
    return `, and what it returns has no "guid": the guide gives every resource a guid and addresses it by that guid (/v3/:resource_name/:guid); either the API gives these resources a guid, addressed as ${wanted}, or the spec keeps this deviation on record (an override that turns the rule off for this path)`;
  }
  return `; the guide addresses a resource by its guid: if it has one, use ${wanted}`;
}

/** True when the collection is also addressed at the top level by a guid (`/v3/processes/{guid}`). */
function hasGuidAddress(doc: Classification, collectionPath: string): boolean {
  return doc.paths.some(({ path, segments }) => {
    const last = segments[segments.length - 1];
    return segments.length === 2 && path === `${collectionPath}/${last}` && isParameterSegment(last) && GUID_NAME.test(last.slice(1, -1));
  });
}
