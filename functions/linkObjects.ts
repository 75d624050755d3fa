import { documentFunction } from '../lib/document-function';
import { asObject, deref, isObject } from '../lib/json';
import { linksObjects } from '../lib/links';
import { allowsType, mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';
import { fieldPath } from '../lib/fault-path';

/** S29: each member of a `links` object is an object with a string `href` and an optional string `method`. */
export default documentFunction('linkObjects', null, (doc) =>
  linksObjects(doc).flatMap(({ schema, path }) => {
    const members = Object.entries(asObject(schema.properties)).map(([name, member]) => ({ name, member, at: fieldPath(doc, schema, path, name) }));
    if (isObject(deref(doc.root, schema.additionalProperties))) {
      members.push({ name: '(any name)', member: schema.additionalProperties, at: [...path, 'additionalProperties'] });
    }
    return members.flatMap(({ name, member, at }) => {
      const link = mergeSchema(doc.root, member);
      const href = link.properties.get('href');
      const method = link.properties.get('method');
      const problem =
        href === undefined
          ? 'has no "href"'
          : !allowsType(doc.root, href, 'string')
            ? 'has an "href" that is not a string'
            : method !== undefined && !allowsType(doc.root, method, 'string')
              ? 'has a "method" that is not a string'
              : undefined;
      if (!problem) return [];
      return [{ message: `Link "${name}" (${describeSchema(path)}) ${problem}: a link must be an object with a string "href" and an optional string "method".`, path: at }];
    });
  }),
);
