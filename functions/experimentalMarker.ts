import { documentFunction } from '../lib/document-function';
import { describedAsExperimental } from '../lib/experimental';
import { asObject, deref, isObject } from '../lib/json';
import { reachableSchemas } from '../lib/schema-walk';

/** S66: an operation or field whose summary or description calls it experimental carries `x-experimental: true`. */
export default documentFunction('experimentalMarker', null, (doc) => {
  const operations = doc.operations
    .filter(({ operation }) => describedAsExperimental(operation) && operation['x-experimental'] !== true)
    .map(({ label, jsonPath }) => ({
      message: `${label} is described as experimental but lacks "x-experimental: true": add it so that clients and docs can flag it.`,
      path: jsonPath,
    }));
  const seen = new Set<unknown>();
  // Schemas reached from the operations, each once: `properties` inside example data are not fields.
  const fields = reachableSchemas(doc).nodes.flatMap(({ schema, path }) =>
    Object.entries(asObject(schema.properties)).flatMap(([name, raw]) => {
      const field = deref(doc.root, raw);
      if (!isObject(field) || seen.has(field) || !describedAsExperimental(field) || field['x-experimental'] === true) return [];
      seen.add(field);
      return [{
        message: `Field "${name}" is described as experimental but lacks "x-experimental: true": add it so that clients and docs can flag it.`,
        path: [...path, 'properties', name],
      }];
    }),
  );
  return [...operations, ...fields];
});
