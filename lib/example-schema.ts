import traverse from 'json-schema-traverse';
import { RecentCache } from './cache';
import { pointLocalRefsAtComponents, textWithComponentRefs } from './example-components';
import type { PreparedSchema } from './example-validator';
import { isObject, type JsonObject } from './json';

/** What a schema is checked for: any example, or one in a request body or a response. */
export type ExampleUse = 'any' | 'request' | 'response';

/**
 * `schema` as spectral:oas's example rules prepare it (a copy: `id`s under unknown keywords
 * dropped, read-only properties not required in requests nor write-only ones in responses),
 * then without annotations no validator reads (`example`, `default`, string `description` and
 * `title`), so that schemas which differ only in those share one compiled validator.
 * With `components` (the component pointers of a resolved document), a schema where the resolver
 * left a local `$ref` (a schema that contains itself) names the components it holds by `$ref`,
 * and each `$ref` an ajv component (lib/example-components.ts), where Spectral's rules cannot
 * follow the `$ref` and skip the example.
 * The same object for the same schema object in one `lint` (one Spectral document inventory),
 * and for the same text in this lint and the next.
 */
export function preparedSchema(schema: unknown, use: ExampleUse, lint: object, components?: WeakMap<object, string>): PreparedSchema {
  let byObject = preparedByObject.get(lint);
  if (!byObject) preparedByObject.set(lint, (byObject = new WeakMap()));
  const variant = components ? `${use} refs` : use;
  const known = isObject(schema) ? byObject.get(schema)?.[variant] : undefined;
  if (known) return known;
  let text = JSON.stringify(schema) ?? 'null';
  const followRefs = components !== undefined && text.includes('"$ref":"#/');
  if (followRefs) text = textWithComponentRefs(schema, components);
  const prepared = preparedByText.get(lint, `${variant}\n${text}`, () => {
    const copy = JSON.parse(text) as JsonObject;
    dropIds(copy);
    relaxRequired(copy, use);
    dropAnnotations(copy);
    const refs = followRefs ? pointLocalRefsAtComponents(copy, use) : [];
    return { schema: copy, key: JSON.stringify(copy), refs };
  });
  if (isObject(schema)) byObject.set(schema, { ...byObject.get(schema), [variant]: prepared });
  return prepared;
}

const preparedByText = new RecentCache<PreparedSchema>();
const preparedByObject = new WeakMap<object, WeakMap<object, Record<string, PreparedSchema>>>();

const { keywords, arrayKeywords, propsKeywords } = traverse as unknown as Record<string, Record<string, true>>;
const KNOWN_KEYWORDS = new Set([...Object.keys(keywords), ...Object.keys(arrayKeywords), ...Object.keys(propsKeywords)]);

/**
 * Spectral drops `id` from subschemas found under unknown keywords (an `id` there is data, not
 * a schema id), and, through a slip, `id` again for a `$id`: kept as is, for the same findings.
 */
function dropIds(schema: JsonObject): void {
  traverse(schema, { allKeys: true }, (fragment, _pointer, _root, _parentPointer, parentKeyword) => {
    if (parentKeyword === undefined || KNOWN_KEYWORDS.has(parentKeyword)) return;
    if ('id' in fragment || '$id' in fragment) delete fragment.id;
  });
}

/** Request bodies need no readOnly fields, responses no writeOnly ones (except under `not`). */
function relaxRequired(schema: JsonObject, use: ExampleUse): void {
  if (use === 'any') return;
  const notPointers: string[] = [];
  traverse(schema, {}, (fragment, pointer, _root, parentPointer, parentKeyword, parent, property) => {
    if (parentKeyword === 'not') {
      notPointers.push(pointer);
      return;
    }
    if (parentPointer !== undefined && notPointers.some((not) => parentPointer === not || parentPointer.startsWith(`${not}/`))) return;
    const dropped = (fragment.readOnly === true && use === 'request') || (fragment.writeOnly === true && use === 'response');
    if (!dropped || parentKeyword !== 'properties' || !parent || !(parent.required === undefined || Array.isArray(parent.required))) return;
    parent.required = parent.required?.filter((name: string) => name !== property);
    if (parent.required?.length === 0) delete parent.required;
  });
}

/**
 * Annotations that no meta-schema constrains in the form dropped (ajv validates a schema
 * against its meta-schema when compiling, so a numeric `description` must stay to be reported).
 */
function dropAnnotations(schema: JsonObject): void {
  traverse(schema, {}, (fragment) => {
    delete fragment.example;
    delete fragment.default;
    if (typeof fragment.description === 'string') delete fragment.description;
    if (typeof fragment.title === 'string') delete fragment.title;
  });
}
