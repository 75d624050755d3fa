import { documentFunction } from '../lib/document-function';
import { JsonObject, JsonPath } from '../lib/json';
import { quoted } from '../lib/names';
import { resourceSchemas } from '../lib/resources';
import { allowsType, declaredType, declaringSchema, formatOf, mergeSchema } from '../lib/schema';
import { describeSchema } from '../lib/schema-walk';
import { notUuidSentence, uuidAdvice } from '../lib/identifier-note';
import { nonGuidAddress } from '../lib/resource-key';
import { declaringNode, fieldPath, propertiesPath, requiredPath } from '../lib/fault-path';

/** Each field every resource has, with the string format it declares. */
const REQUIRED_FIELDS: [string, string][] = [
  ['guid', 'uuid'],
  ['created_at', 'date-time'],
  ['updated_at', 'date-time'],
];

interface Unrequired {
  names: Set<string>;
  /** Where the fix goes (the `required` list), and the schema that declares the fields. */
  at: JsonPath;
  schemaAt: JsonPath;
  resources: string[];
}

/**
 * S21: a resource has `guid` (UUID), `created_at` and `updated_at` (date-time), merged across
 * allOf, and requires them (a resource MUST contain them). A field listed but not required is
 * reported once where it is declared (a shared base schema), naming the resources that use it.
 */
export default documentFunction('resourceRequiredFields', null, (doc) => {
  const unrequired = new Map<JsonObject, Unrequired>();
  const shape = resourceSchemas(doc).flatMap(({ schema, path }) => {
    const merged = mergeSchema(doc.root, schema);
    return REQUIRED_FIELDS.flatMap(([name, format]) => {
      if (!merged.properties.has(name)) {
        const address = name === 'guid' ? nonGuidAddress(doc, schema) : undefined;
        if (address !== undefined) {
          return [{
            message: `Resource ${describeSchema(path)} has no "guid" field: it is addressed by its "${address.key.slice(1, -1)}" (${address.operation.label}), while the guide says every resource contains a "guid" (a UUID) and is addressed by it: either the API gives it one ("guid" as a string with format "uuid") or the spec keeps this deviation on record (an override that turns the rule off for it).`,
            path: propertiesPath(doc, schema, path),
          }];
        }
        return [{ message: `Resource ${describeSchema(path)} has no "${name}" field: every resource must declare "${name}" as a string with format "${format}".`, path: propertiesPath(doc, schema, path) }];
      }
      const field = merged.properties.get(name);
      if (!allowsType(doc.root, field, 'string') || formatOf(doc.root, field) !== format) {
        const note = format === 'uuid' ? notUuidSentence(doc.root, field) : undefined;
        const advice = note === undefined ? `${declaredType(doc.root, field)}: it must be a string with format "${format}"` : `is not declared as a UUID: ${uuidAdvice(note, '')}`;
        return [{ message: `Resource ${describeSchema(path)}: field "${name}" ${advice}.`, path: fieldPath(doc, schema, path, name) }];
      }
      if (!merged.required.has(name)) {
        const declaring = declaringSchema(doc.root, schema, name) ?? schema;
        const entry = unrequired.get(declaring) ?? { names: new Set<string>(), at: requiredPath(doc, schema, path, name), schemaAt: declaringNode(doc, schema, path, name).path, resources: [] };
        unrequired.set(declaring, entry);
        entry.names.add(name);
        const label = describeSchema(path);
        if (!entry.resources.includes(label)) entry.resources.push(label);
      }
      return [];
    });
  });
  const notRequired = [...unrequired.values()].map(({ names, at, schemaAt, resources: [first, ...more] }) => {
    const where = describeSchema(schemaAt);
    const users = first === where && more.length === 0 ? '' : `, in resource ${first}${more.length > 0 ? ` and ${more.length} more` : ''}`;
    const plural = names.size > 1;
    return {
      message: `Resource field${plural ? 's' : ''} ${quoted([...names])} (${where}${users}) ${plural ? 'are' : 'is'} listed but not required: every resource contains ${plural ? 'them' : 'it'}; add ${plural ? 'them' : 'it'} to "required".`,
      path: at,
    };
  });
  return [...shape, ...notRequired];
});
