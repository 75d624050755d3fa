import { Classification } from './classify';
import { asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { successBodies } from './resources';
import { mergeSchema } from './schema';
import { oncePer } from './cache';
import { reachableSchemas, SchemaNode } from './schema-walk';

/** Every schema declared as a `links` field of a request or response body, each once at its own location. */
export const linksObjects = oncePer((doc: Classification): SchemaNode[] => {
  const { nodes, pathOf } = reachableSchemas(doc);
  const links = new Map<JsonObject, JsonPath>();
  for (const { schema, path } of nodes) {
    const resolved = deref(doc.root, asObject(schema.properties).links);
    if (isObject(resolved) && !links.has(resolved)) links.set(resolved, pathOf.get(resolved) ?? [...path, 'properties', 'links']);
  }
  return [...links.entries()].map(([schema, path]) => ({ schema, path }));
});

export interface ResourceLinks {
  links: JsonObject;
  linksPath: JsonPath;
  /** The path of the resource the links belong to, e.g. `/v3/apps/{guid}`. */
  resourcePath: string;
}

/** The `links` object of each resource shown by `GET <resource path>`, with that path. */
export function resourceLinks(doc: Classification): ResourceLinks[] {
  const { pathOf } = reachableSchemas(doc);
  const seen = new Set<string>();
  return doc.operations
    .filter(({ kind, pathInfo }) => kind === 'show' && pathInfo.kind === 'resource')
    .flatMap((operation) =>
      successBodies(doc, operation).flatMap(({ schema, path }) => {
        const links = deref(doc.root, mergeSchema(doc.root, schema).properties.get('links'));
        if (!isObject(links)) return [];
        const linksPath = pathOf.get(links) ?? [...path, 'properties', 'links'];
        const key = `${linksPath.join('/')} ${operation.path}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ links, linksPath, resourcePath: operation.path }];
      }),
    );
}
