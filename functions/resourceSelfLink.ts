import { documentFunction } from '../lib/document-function';
import { resourceSchemas } from '../lib/resources';
import { mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';
import { fieldPath, propertiesPath } from '../lib/fault-path';

/** S22: a resource has a `links` object with a `self` link. A job's is capi-async-job-resource's. */
export default documentFunction('resourceSelfLink', null, (doc) =>
  resourceSchemas(doc).filter(({ schema }) => doc.schemaKind(schema) !== 'job').flatMap(({ schema, path }) => {
    const links = mergeSchema(doc.root, schema).properties.get('links');
    if (links === undefined) {
      return [{ message: `Resource ${describeSchema(path)} has no "links" field: add a "links" object with a "self" link.`, path: propertiesPath(doc, schema, path) }];
    }
    if (!mergeSchema(doc.root, links).properties.has('self')) {
      return [{ message: `Resource ${describeSchema(path)}: its "links" object has no "self" link: add "self" (an object with "href").`, path: fieldPath(doc, schema, path, 'links') }];
    }
    return [];
  }),
);
