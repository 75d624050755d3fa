import { documentFunction } from '../lib/document-function';
import { JsonObject, JsonPath } from '../lib/json';
import { quoted } from '../lib/names';
import { resourceSchemas } from '../lib/resources';
import { allowsType, declaringSchema, formatOf, mergeSchema } from '../lib/schema';
import { describeSchema, reachableSchemas } from '../lib/schema-walk';

/** Each field every resource has, with the string format it declares. */
const REQUIRED_FIELDS: [string, string][] = [
  ['guid', 'uuid'],
  ['created_at', 'date-time'],
  ['updated_at', 'date-time'],
];

interface Unrequired {
  names: Set<string>;
  at: JsonPath;
  resources: string[];
}

/**
 * S21: a resource has `guid` (UUID), `created_at` and `updated_at` (date-time), merged across
 * allOf, and requires them (a resource MUST contain them). A field listed but not required is
 * reported once where it is declared (a shared base schema), naming the resources that use it.
 */
export default documentFunction('resourceRequiredFields', null, (doc) => {
  const { pathOf } = reachableSchemas(doc);
  const unrequired = new Map<JsonObject, Unrequired>();
  const shape = resourceSchemas(doc).flatMap(({ schema, path }) => {
    const merged = mergeSchema(doc.root, schema);
    return REQUIRED_FIELDS.flatMap(([name, format]) => {
      if (!merged.properties.has(name)) {
        return [{ message: `Resource ${describeSchema(path)} has no "${name}" field: every resource must declare "${name}" as a string with format "${format}".`, path }];
      }
      const field = merged.properties.get(name);
      if (!allowsType(doc.root, field, 'string') || formatOf(doc.root, field) !== format) {
        return [{ message: `Resource ${describeSchema(path)}: field "${name}" must be a string with format "${format}".`, path }];
      }
      if (!merged.required.has(name)) {
        const declaring = declaringSchema(doc.root, schema, name) ?? schema;
        const entry = unrequired.get(declaring) ?? { names: new Set<string>(), at: pathOf.get(declaring) ?? path, resources: [] };
        unrequired.set(declaring, entry);
        entry.names.add(name);
        const label = describeSchema(path);
        if (!entry.resources.includes(label)) entry.resources.push(label);
      }
      return [];
    });
  });
  const notRequired = [...unrequired.values()].map(({ names, at, resources: [first, ...more] }) => {
    const where = describeSchema(at);
    const users = first === where && more.length === 0 ? '' : `, in resource ${first}${more.length > 0 ? ` and ${more.length} more` : ''}`;
    const plural = names.size > 1;
    return {
      message: `Resource field${plural ? 's' : ''} ${quoted([...names])} (${where}${users}) ${plural ? 'are' : 'is'} listed but not required: every resource contains ${plural ? 'them' : 'it'}; add ${plural ? 'them' : 'it'} to "required".`,
      path: at,
    };
  });
  return [...shape, ...notRequired];
});
