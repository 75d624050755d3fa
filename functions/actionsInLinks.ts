import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { deref, isObject } from '../lib/json';
import { mergeSchema } from '../lib/schema';

/**
 * S26: every action is listed in the `links` of the resource it acts on (POST
 * /v3/apps/{guid}/actions/start → a `start` link on the app). Actions on collections have no
 * resource to list them, and a resource without a `links` schema is capi-resources' concern.
 */
export default documentFunction(null, (doc) =>
  doc.paths
    .filter(({ kind }) => kind === 'action')
    .flatMap(({ path, segments }) => {
      const resourcePath = path.slice(0, path.lastIndexOf('/actions/'));
      if (!isParameterSegment(resourcePath.slice(resourcePath.lastIndexOf('/') + 1))) return [];
      const show = doc.operations.find((op) => op.path === resourcePath && op.method === 'get');
      const schema = show?.responses.find(({ code }) => code === '200')?.schema;
      if (show === undefined || schema === undefined) return [];
      const links = mergeSchema(doc.root, schema, true).properties.get('links');
      if (!isObject(deref(doc.root, links))) return [];
      const name = segments[segments.length - 1];
      if (mergeSchema(doc.root, links, true).properties.has(name)) return [];
      return [{
        message: `Action ${path} is not listed in the links of ${show.label}: add a "${name}" link ({ href, method: POST }) to the resource's "links".`,
        path: ['paths', path],
      }];
    }),
);
