import { documentFunction } from '../lib/document-function';
import { deref, isObject } from '../lib/json';
import { quoted } from '../lib/names';
import { successBodies } from '../lib/resources';
import { allowsType, mergeSchema } from '../lib/schema';
import { describeSchema, reachableSchemas } from '../lib/schema-walk';
import { propertiesPath, requiredPath } from '../lib/fault-path';

const COUNTS = ['total_results', 'total_pages'];
const LINKS = ['first', 'last', 'next', 'previous'];

/**
 * S33, S34: a collection's `pagination` has integer `total_results` and `total_pages` and the
 * links `first`, `last`, `next`, `previous`, each a link object (with `href`) or null, all six
 * required (the guide says pagination MUST include them).
 */
export default documentFunction('paginationFields', null, (doc) => {
  const { pathOf } = reachableSchemas(doc);
  const seen = new Set<object>();
  return doc.operations
    .filter(({ kind }) => kind === 'list')
    .flatMap((operation) => successBodies(doc, operation))
    .flatMap(({ schema, path }) => {
      const pagination = deref(doc.root, mergeSchema(doc.root, schema).properties.get('pagination'));
      if (!isObject(pagination) || seen.has(pagination)) return [];
      seen.add(pagination);
      const at = pathOf.get(pagination) ?? [...path, 'properties', 'pagination'];
      const merged = mergeSchema(doc.root, pagination);
      const fields = merged.properties;
      const missing = (names: string[]) => names.filter((name) => !fields.has(name));
      const unrequired = [...COUNTS, ...LINKS].filter((name) => fields.has(name) && !merged.required.has(name));
      const problems = [
        ...(missing(COUNTS).length ? [`add ${quoted(missing(COUNTS))} (integers)`] : []),
        ...COUNTS.filter((name) => fields.has(name) && !allowsType(doc.root, fields.get(name), 'integer')).map((name) => `"${name}" must be an integer`),
        ...(missing(LINKS).length ? [`add ${missing(LINKS).length > 1 ? 'the links' : 'the link'} ${quoted(missing(LINKS))} (a link object or null)`] : []),
        ...LINKS.filter((name) => fields.has(name) && !isLinkOrNull(doc.root, fields.get(name))).map(
          (name) => `"${name}" must be a link object with "href", or null`,
        ),
        ...(unrequired.length ? [`require ${quoted(unrequired)} (pagination must include them; a link may be null, not absent)`] : []),
      ];
      // Only fields left out of `required`: the `required` list; anything else: the `properties`.
      const fix = problems.length === 1 && unrequired.length > 0 ? requiredPath(doc, pagination, at, unrequired[0]) : propertiesPath(doc, pagination, at);
      return problems.length ? [{ message: `Pagination (${describeSchema(at)}): ${problems.join('; ')}.`, path: fix }] : [];
    });
});

function isLinkOrNull(root: unknown, schema: unknown): boolean {
  const merged = mergeSchema(root, schema, true);
  return merged.properties.has('href') || (merged.types.size === 1 && merged.types.has('null'));
}
