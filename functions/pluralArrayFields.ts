import { documentFunction, stringList } from '../lib/document-function';
import { asObject } from '../lib/json';
import { isPluralName, pluralName } from '../lib/names';
import { allowsType } from '../lib/schema';
import { describeSchema, resourceFieldSchemas } from '../lib/schema-walk';
import { fieldPath } from '../lib/fault-path';

/** S28: a field that holds several values (an array) has a plural name; `data` is the guide's own. */
export default documentFunction<{ allowed: string[] }>('pluralArrayFields',
  { allowed: stringList('Array field names allowed to be singular (data).', 'must be a list of field names') },
  (doc, options) => {
    const allowed = new Set(options.allowed);
    return resourceFieldSchemas(doc).nodes.flatMap(({ schema, path }) =>
      Object.entries(asObject(schema.properties))
        .filter(([name, field]) => !allowed.has(name) && allowsType(doc.root, field, 'array') && !isPluralName(name))
        .map(([name]) => ({
          message: `Field "${name}" (${describeSchema(path)}) holds several values and must be plural: rename it to "${pluralName(name)}".`,
          path: fieldPath(doc, schema, path, name),
        })),
    );
  },
);
