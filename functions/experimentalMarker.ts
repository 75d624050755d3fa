import { Classification, OperationInfo } from '../lib/classify';
import { documentFunction, Finding } from '../lib/document-function';
import { describedAsExperimental, partDescribedAsExperimental } from '../lib/experimental';
import { marksAnyExperimental, namedPart, requestSchemas } from '../lib/experimental-parts';
import { asObject, deref, isObject, JsonObject } from '../lib/json';
import { reachableSchemas, SchemaNode, schemasUnder } from '../lib/schema-walk';

const MARK = 'add it so that clients and docs can flag it.';

/**
 * S66: an operation or field whose summary or description calls it experimental carries
 * `x-experimental: true`. The marker says the whole is experimental: a description that calls
 * only a part so (an option, a variant, a case) asks for the marker on that part (the field or
 * parameter it names, or the variant schema of the case), not on the whole.
 */
export default documentFunction('experimentalMarker', null, (doc) => {
  const operations = doc.operations.flatMap((op): Finding[] => {
    const { label, jsonPath, operation } = op;
    if (operation['x-experimental'] === true) return [];
    if (describedAsExperimental(operation)) {
      return [{ message: `${label} is described as experimental but lacks "x-experimental: true": ${MARK}`, path: jsonPath }];
    }
    const part = partDescribedAsExperimental(operation);
    if (part === undefined) return [];
    const said = describingKey(operation, part);
    const found = partFinding(doc, requestSchemas(doc, op), part, 'operation', op);
    if (found !== 'unnamed') return found;
    return [{
      message: `${label} is described as experimental only in part (${part}), and "x-experimental" would mark the whole operation: mark the field, parameter or oneOf variant schema of that case with "x-experimental: true" instead.`,
      path: [...jsonPath, said],
    }];
  });
  const seen = new Set<unknown>();
  // Schemas reached from the operations, each once: `properties` inside example data are not fields.
  const fields = reachableSchemas(doc).nodes.flatMap(({ schema, path }) =>
    Object.entries(asObject(schema.properties)).flatMap(([name, raw]): Finding[] => {
      const field = deref(doc.root, raw);
      if (!isObject(field) || seen.has(field) || field['x-experimental'] === true) return [];
      seen.add(field);
      const at = [...path, 'properties', name];
      if (describedAsExperimental(field)) return [{ message: `Field "${name}" is described as experimental but lacks "x-experimental: true": ${MARK}`, path: at }];
      const part = partDescribedAsExperimental(field);
      if (part === undefined) return [];
      const found = partFinding(doc, schemasUnder(doc, [{ schema: field, path: at }]).slice(1), part, 'field');
      if (found !== 'unnamed') return found;
      return [{
        message: `Field "${name}" is described as experimental only in part (${part}), and "x-experimental" would mark the whole field: mark the sub-field or oneOf variant schema of that case with "x-experimental: true" instead.`,
        path: [...at, describingKey(field, part)],
      }];
    }),
  );
  return [...operations, ...fields];
});

/**
 * The finding for a part a description calls experimental: none when something under it is
 * marked already; at the field or parameter it names when that lacks the marker; 'unnamed' when
 * it names nothing there (a case, "when type is docker": its variant schema is to be marked).
 */
function partFinding(doc: Classification, schemas: SchemaNode[], part: string, whole: 'operation' | 'field', op?: OperationInfo): Finding[] | 'unnamed' {
  const named = namedPart(doc, schemas, part, op);
  if (named !== undefined) {
    // Marked already, or its own text calls it experimental: then the field's own finding asks for the marker.
    if (named.node['x-experimental'] === true || (named.kind === 'field' && describedAsExperimental(named.node))) return [];
    return [{
      message: `${named.what} is the part that its ${whole}'s description calls experimental, but it lacks "x-experimental: true": add it to the ${named.kind}, not to the ${whole}.`,
      path: named.path,
    }];
  }
  return marksAnyExperimental(schemas) ? [] : 'unnamed';
}

/** The key whose text makes the part claim: the description unless only the summary does. */
function describingKey(node: JsonObject, part: string): 'summary' | 'description' {
  return partDescribedAsExperimental({ description: node.description }) === part ? 'description' : 'summary';
}
