import { documentFunction } from '../lib/document-function';
import { callsItExperimental } from '../lib/experimental';
import { asObject, deref, isObject } from '../lib/json';
import { objectsOf } from '../lib/walk';

const describedAsExperimental = (node: Record<string, unknown>) => callsItExperimental(node.summary) || callsItExperimental(node.description);

/** S66: an operation or field whose summary or description calls it experimental carries `x-experimental: true`. */
export default documentFunction(null, (doc) => {
  const operations = doc.operations
    .filter(({ operation }) => describedAsExperimental(operation) && operation['x-experimental'] !== true)
    .map(({ label, jsonPath }) => ({
      message: `${label} is described as experimental but lacks "x-experimental: true": add it so that clients and docs can flag it.`,
      path: jsonPath,
    }));
  const seen = new Set<unknown>();
  const fields = objectsOf(doc.root).flatMap(({ node, path }) =>
    Object.entries(asObject(node.properties)).flatMap(([name, raw]) => {
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
