import { documentFunction } from '../lib/document-function';
import { asArray, asObject, deref } from '../lib/json';
import { resourceLinks } from '../lib/links';
import { mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';
import { writtenFieldPath } from '../lib/fault-path';

/**
 * S30: a link without `method` must work with GET, so a resource's link to one of its actions
 * (`POST <resource>/actions/<name>`) declares `method`: required, or fixed by `const`/`enum`.
 * Reported at the link where the links schema names it (its `$ref` to a shared Link schema).
 */
export default documentFunction('actionLinkMethod', null, (doc) => {
  // A schema shown at two paths (a process under /v3/processes and /v3/apps/{guid}/processes) is reported once.
  const reported = new Set<string>();
  return resourceLinks(doc).flatMap(({ links, linksPath, resourcePath }) => {
    const actions = new Set(
      doc.operations
        .filter(({ kind, path }) => kind === 'action' && path.startsWith(`${resourcePath}/actions/`))
        .map(({ pathInfo }) => pathInfo.segments[pathInfo.segments.length - 1]),
    );
    return [...mergeSchema(doc.root, links).properties.entries()]
      .filter(([name, link]) => actions.has(name) && !declaresMethod(doc.root, link) && once(reported, `${linksPath.join('/')} ${name}`))
      .map(([name]) => ({
        message: `Link "${name}" (${describeSchema(linksPath)}) points to the action POST ${resourcePath}/actions/${name}: declare its "method" (required, "POST"), since a link without "method" must work with GET.`,
        path: writtenFieldPath(doc, links, linksPath, name),
      }));
  });
});

function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function declaresMethod(root: unknown, link: unknown): boolean {
  const merged = mergeSchema(root, link);
  const method = asObject(deref(root, merged.properties.get('method')));
  return merged.required.has('method') || method.const !== undefined || asArray(method.enum).length > 0;
}
