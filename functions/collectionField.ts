import { documentFunction } from '../lib/document-function';
import { successBodies } from '../lib/resources';
import { allowsType, mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';
import { fieldPath, propertiesPath } from '../lib/fault-path';

/** S31 (`resources`, an array) and S32 (`pagination`, an object): fields every collection body has. */
export default documentFunction<{ field: string; type: string }>('collectionField',
  {
    field: { schema: { type: 'string' }, description: 'The field every collection body must have (resources, pagination).', errorMessage: 'must be a field name (a string)' },
    type: { schema: { type: 'string', enum: ['array', 'object'] }, description: 'The type the field must allow.', errorMessage: 'must be "array" or "object"' },
  },
  (doc, { field, type }) => {
    const reported = new Set<object>();
    return doc.operations
      .filter(({ kind }) => kind === 'list')
      .flatMap((operation) =>
        successBodies(doc, operation).flatMap(({ schema, path }) => {
          if (reported.has(schema)) return [];
          reported.add(schema);
          const declared = mergeSchema(doc.root, schema).properties.get(field);
          if (declared !== undefined && allowsType(doc.root, declared, type)) return [];
          const problem = declared === undefined ? `has no "${field}" field` : `declares "${field}" that is not an ${type}`;
          return [{
            message: `Collection returned by ${operation.label} (${describeSchema(path)}) ${problem}: a collection must contain a "${field}" ${type}.`,
            path: declared === undefined ? propertiesPath(doc, schema, path) : fieldPath(doc, schema, path, field),
          }];
        }),
      );
  },
);
