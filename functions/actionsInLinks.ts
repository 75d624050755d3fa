import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { resourceLinks } from '../lib/links';
import { propertiesPath } from '../lib/fault-path';
import { mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';

/**
 * S26: every action is listed in the `links` of the resource it acts on (POST
 * /v3/apps/{guid}/actions/start → a `start` link on the app). Actions on collections have no
 * resource to list them, and a resource without a `links` schema is capi-resources' concern.
 * Reported where the link is to be added: the `properties` of the resource's `links` schema.
 */
export default documentFunction('actionsInLinks', null, (doc) => {
  const linksOf = resourceLinks(doc);
  return doc.paths
    .filter(({ kind }) => kind === 'action')
    .flatMap(({ path, segments }) => {
      const resourcePath = path.slice(0, path.lastIndexOf('/actions/'));
      if (!isParameterSegment(resourcePath.slice(resourcePath.lastIndexOf('/') + 1))) return [];
      const shown = linksOf.filter((entry) => entry.resourcePath === resourcePath);
      const name = segments[segments.length - 1];
      if (shown.length === 0 || shown.some(({ links }) => mergeSchema(doc.root, links, true).properties.has(name))) return [];
      const { links, linksPath } = shown[0];
      return [{
        message: `Action ${path} is not listed in the links of GET ${resourcePath}: add a "${name}" link ({ href, method: POST }) to the resource's "links" (${describeSchema(linksPath)}).`,
        path: propertiesPath(doc, links, linksPath),
      }];
    });
});
