import { documentFunction } from '../lib/document-function';
import { resourceSchemas } from '../lib/resources';
import { allowsType, formatOf, mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';

/** Each field every resource has, with the string format it declares. */
const REQUIRED_FIELDS: [string, string][] = [
  ['guid', 'uuid'],
  ['created_at', 'date-time'],
  ['updated_at', 'date-time'],
];

/** S21: a resource has `guid` (UUID), `created_at` and `updated_at` (date-time), merged across allOf. */
export default documentFunction('resourceRequiredFields', null, (doc) =>
  resourceSchemas(doc).flatMap(({ schema, path }) => {
    const properties = mergeSchema(doc.root, schema).properties;
    return REQUIRED_FIELDS.flatMap(([name, format]) => {
      if (!properties.has(name)) {
        return [{ message: `Resource ${describeSchema(path)} has no "${name}" field: every resource must declare "${name}" as a string with format "${format}".`, path }];
      }
      const field = properties.get(name);
      if (!allowsType(doc.root, field, 'string') || formatOf(doc.root, field) !== format) {
        return [{ message: `Resource ${describeSchema(path)}: field "${name}" must be a string with format "${format}".`, path }];
      }
      return [];
    });
  }),
);
