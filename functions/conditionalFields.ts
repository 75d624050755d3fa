import { documentFunction, Finding } from '../lib/document-function';
import { Classification } from '../lib/classify';
import { asObject, deref, isObject, JsonObject, JsonPath, valueAt } from '../lib/json';
import { describeSchema, reachableSchemas } from '../lib/schema-walk';
import { fixedValues } from '../lib/variants';

/**
 * "required when type is app", "optional when the type is key", "required if type is organization":
 * a condition on a field's value. Linear: each start tries at most 60 characters before the
 * `when`/`if`, and everything after it is a fixed sequence of bounded pieces.
 */
const CONDITION = /\b(?:required|optional|mandatory|only|allowed|ignored)\b[^.;:\n]{0,60}?\b(?:when|if)\s(?:the\s)?[`'"]?([a-z_]+)[`'"]?\s(?:is|=)\s[`'"]?([\w-]+)/gi;

/** How deep below the schema nested fields are read (relationships.app is 2). */
const DEPTH = 3;

interface Condition {
  /** The field the description is on (`relationships.app`). */
  field: string;
  /** The field whose value it depends on (`type`). */
  kind: string;
  text: string;
}

/**
 * E02 (spec edge cases, conditional fields per type): a body with a field that takes one of
 * several values (`type: app | key`) whose other fields say in prose that they are required or
 * optional for some of those values is split into `oneOf` variants, one per value, each
 * requiring its own fields, so validators and clients know the rule the prose states.
 */
export default documentFunction('conditionalFields', null, (doc, _options, unresolved) =>
  reachableSchemas(doc).nodes.flatMap(({ schema, path }): Finding[] => {
    if (schema.oneOf !== undefined || schema.anyOf !== undefined || schema.if !== undefined) return [];
    const kinds = new Map<string, Set<string>>();
    for (const [name, field] of Object.entries(asObject(schema.properties))) {
      const values = fixedValues(doc.root, field);
      if (values !== undefined && values.length >= 2) kinds.set(name.toLowerCase(), new Set(values.map((value) => String(value).toLowerCase())));
    }
    if (kinds.size === 0) return [];
    const conditions = conditionsIn(doc, schema, path, unresolved, kinds);
    if (conditions.length === 0) return [];
    const on = [...new Set(conditions.map(({ kind }) => kind))].map((kind) => `"${kind}"`).join(', ');
    const listed = conditions.map(({ field, text }) => `${field}: "${text}"`).join('; ');
    return [{
      message: `The schema ${describeSchema(path)} says in prose that fields depend on ${on} (${listed}) but is one schema for every value: make it a oneOf of one variant per value, each requiring its own fields, with a discriminator on that field.`,
      path,
    }];
  }),
);

/** Fields below `schema` whose description (as written beside a `$ref`, or resolved) makes them depend on a value of a `kinds` field. */
function conditionsIn(doc: Classification, schema: JsonObject, path: JsonPath, unresolved: unknown, kinds: Map<string, Set<string>>): Condition[] {
  const found: Condition[] = [];
  const visit = (node: JsonObject, at: JsonPath, prefix: string, depth: number) => {
    for (const [name, raw] of Object.entries(asObject(node.properties))) {
      const field = prefix === '' ? name : `${prefix}.${name}`;
      const child = deref(doc.root, raw);
      const written = valueAt(unresolved, [...at, 'properties', name]);
      for (const description of new Set([asObject(written).description, asObject(child).description])) {
        const condition = conditionIn(description, kinds);
        if (condition !== undefined) found.push({ field, ...condition });
      }
      if (depth < DEPTH && isObject(child) && doc.componentPath(child) === undefined) visit(child, [...at, 'properties', name], field, depth + 1);
    }
  };
  visit(schema, path, '', 1);
  return found;
}

function conditionIn(description: unknown, kinds: Map<string, Set<string>>): { kind: string; text: string } | undefined {
  if (typeof description !== 'string') return undefined;
  for (const match of description.matchAll(CONDITION)) {
    const kind = match[1].toLowerCase();
    if (kinds.get(kind)?.has(match[2].toLowerCase())) return { kind, text: match[0] };
  }
  return undefined;
}
