import { documentFunction } from '../lib/document-function';
import { asObject } from '../lib/json';
import { NAME_CHARACTERS, renameHint } from '../lib/names';
import { describeSchema, resourceFieldSchemas } from '../lib/schema-walk';
import { fieldPath } from '../lib/fault-path';

/**
 * S27: declared field names (`properties` keys of request and response bodies) contain only a-z
 * and "_". Map keys (`additionalProperties`) and examples are data and are not looked at.
 */
export default documentFunction('fieldNames', null, (doc) =>
  resourceFieldSchemas(doc).nodes.flatMap(({ schema, path }) =>
    Object.keys(asObject(schema.properties))
      .filter((name) => !NAME_CHARACTERS.test(name))
      .map((name) => ({
        message: `Field "${name}" (${describeSchema(path)}) must contain only lowercase letters a-z and "_": ${renameHint(name)}.`,
        path: fieldPath(doc, schema, path, name),
      })),
  ),
);
