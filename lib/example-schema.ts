import traverse from 'json-schema-traverse';
import { RecentCache } from './cache';
import type { PreparedSchema } from './example-validator';
import { isObject, pointerToPath, valueAt, type JsonObject } from './json';

/** What a schema is checked for: any example, or one in a request body or a response. */
export type ExampleUse = 'any' | 'request' | 'response';

/**
 * `schema` as spectral:oas's example rules prepare it (a copy: `id`s under unknown keywords
 * dropped, read-only properties not required in requests nor write-only ones in responses),
 * then without annotations no validator reads (`example`, `default`, string `description` and
 * `title`), so that schemas which differ only in those share one compiled validator.
 * A `$ref` the resolver left (a cycle: a schema that contains itself) is made one ajv can follow:
 * the schemas it reaches are copied from `document` under the same pointers. Spectral's own
 * rules cannot follow it and skip such examples without a word.
 * The same object for the same schema object in one `lint` (one Spectral document inventory),
 * and for the same text in this lint and the next.
 */
export function preparedSchema(schema: unknown, use: ExampleUse, lint: object, document: unknown): PreparedSchema {
  let byObject = preparedByObject.get(lint);
  if (!byObject) preparedByObject.set(lint, (byObject = new WeakMap()));
  const known = isObject(schema) ? byObject.get(schema)?.[use] : undefined;
  if (known) return known;
  const text = JSON.stringify(schema) ?? 'null';
  const prepare = () => {
    const copy = JSON.parse(text) as JsonObject;
    const attached = attachReferenced(copy, document);
    for (const part of [copy, ...attached]) {
      dropIds(part);
      relaxRequired(part, use);
      dropAnnotations(part);
    }
    return { schema: copy, key: JSON.stringify(copy) };
  };
  // What a `$ref` reaches is the document's, which may have changed since the last lint.
  const prepared = text.includes('"$ref":"#') ? prepare() : preparedByText.get(lint, `${use}\n${text}`, prepare);
  if (isObject(schema)) byObject.set(schema, { ...byObject.get(schema), [use]: prepared });
  return prepared;
}

/**
 * Copies into `copy`, at the same pointers, what its local `$ref`s point to in `document`, and
 * what those point to in turn; returns the copies. A pointer that starts with a key `copy`
 * already has, or leads nowhere, is left for ajv to report.
 */
function attachReferenced(copy: JsonObject, document: unknown): JsonObject[] {
  const attached: JsonObject[] = [];
  const done = new Set<string>();
  const pending = localRefsIn(copy);
  const ownKeys = new Set(Object.keys(copy));
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (done.has(ref)) continue;
    done.add(ref);
    const path = pointerToPath(ref.slice(1)).map(String);
    const target = valueAt(document, path);
    if (path.length === 0 || ownKeys.has(path[0]) || !isObject(target)) continue;
    let parent: JsonObject = copy;
    for (const key of path.slice(0, -1)) {
      if (!isObject(parent[key])) parent[key] = {};
      parent = parent[key] as JsonObject;
    }
    const targetCopy = JSON.parse(JSON.stringify(target)) as JsonObject;
    parent[path[path.length - 1]] = targetCopy;
    attached.push(targetCopy);
    pending.push(...localRefsIn(targetCopy));
  }
  return attached;
}

function localRefsIn(schema: JsonObject): string[] {
  const refs: string[] = [];
  traverse(schema, { allKeys: true }, (fragment) => {
    if (typeof fragment.$ref === 'string' && fragment.$ref.startsWith('#/')) refs.push(fragment.$ref);
  });
  return refs;
}

const preparedByText = new RecentCache<PreparedSchema>();
const preparedByObject = new WeakMap<object, WeakMap<object, Partial<Record<ExampleUse, PreparedSchema>>>>();

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
