import pluralize from 'pluralize';
import { documentFunction } from '../lib/document-function';
import { declaredValues, queryParameters } from '../lib/query-parameters';

/**
 * S51 (current guide): `embed` is taken by a single resource or a list, and its values name
 * pseudo-resources, which have no list endpoint of their own (those are `include`d instead).
 */
export default documentFunction('embedValues', null, (doc) => {
  const collections = new Set(
    doc.paths.filter(({ kind }) => kind === 'collection' || kind === 'nested-collection').map(({ segments }) => segments[segments.length - 1]),
  );
  return queryParameters(doc)
    .filter(({ name }) => name === 'embed')
    .flatMap(({ parameter, path, operations }) => [
      ...operations
        .filter(({ kind }) => kind !== 'show' && kind !== 'list')
        .map(({ label }) => ({ message: `${label} accepts "embed": only a single resource (show) or a list may embed pseudo-resources; remove it.`, path })),
      ...declaredValues(doc.root, parameter)
        .filter((value) => typeof value === 'string' && (collections.has(value) || collections.has(pluralize.plural(value))))
        .map((value) => ({
          message: `"embed" of ${operations[0].label} allows "${String(value)}", which has a list endpoint of its own: embed names pseudo-resources only; use "include" for "${String(value)}".`,
          path,
        })),
    ]);
});
