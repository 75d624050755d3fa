import { createRulesetFunction, type IFunctionResult, type RulesetFunctionContext } from '@stoplight/spectral-core';
import { extractDraftVersion, oas3_0, oas3_1, oas3_2 } from '@stoplight/spectral-formats';
import { schema as validateSchema } from '@stoplight/spectral-functions';
import traverse from 'json-schema-traverse';
import { isObject, pointerToPath, type JsonObject, type JsonPath } from '../lib/json';

/**
 * spectral:oas's `oas3-valid-media-example` check (its `oasExample` function with
 * `type: media`), with the same findings and messages, but one prepared schema per distinct
 * schema content and document. Spectral's own deep-copies the schema for every example, which
 * defeats the compiled-validator cache of its `schema` function: on the CAPI spec it compiled
 * 535 validators for 178 distinct schemas.
 */
export default createRulesetFunction<JsonObject, null>(
  { input: { type: 'object' }, options: null },
  function mediaExample(target, _options, context) {
    const request = isUnder(context.path, REQUEST_MEDIA_PATHS);
    const response = isUnder(context.path, RESPONSE_MEDIA_PATHS);
    const schema = preparedSchema(context, target.schema, request, response);
    const results: IFunctionResult[] = [];
    for (const example of examplesOf(target, context.path)) {
      const found = validateSchema(example.value, schemaOptions(schema, context), { ...context, path: example.path });
      if (Array.isArray(found)) results.push(...found);
    }
    return results.length > 0 ? results : undefined;
  },
);

const REQUEST_MEDIA_PATHS = [
  ['components', 'requestBodies'],
  ['paths', '*', '*', 'requestBody'],
];
const RESPONSE_MEDIA_PATHS = [
  ['components', 'responses'],
  ['paths', '*', '*', 'responses'],
];

function isUnder(path: JsonPath, prefixes: string[][]): boolean {
  return prefixes.some((prefix) => prefix.every((segment, index) => segment === '*' || segment === path[index]));
}

/** `example` if present, else each keyed `examples` entry's `value` (not `externalValue`). */
function* examplesOf(target: JsonObject, path: JsonPath): Generator<{ value: unknown; path: JsonPath }> {
  if ('example' in target) {
    yield { value: target.example, path: [...path, 'example'] };
    return;
  }
  if (!('examples' in target) || !isObject(target.examples)) return;
  for (const [key, example] of Object.entries(target.examples)) {
    if (!isObject(example) || 'externalValue' in example) continue;
    yield { value: example.value, path: [...path, 'examples', key, 'value'] };
  }
}

type Prepared = Map<string, JsonObject>;
const preparedPerDocument = new WeakMap<object, Prepared>();

/** A copy of `schema` ready for validation, the same object for the same content in one document. */
function preparedSchema(context: RulesetFunctionContext, schema: unknown, request: boolean, response: boolean): JsonObject {
  const text = JSON.stringify(schema);
  const key = `${request ? 'r' : '-'}${response ? 'w' : '-'}${text}`;
  let prepared = preparedPerDocument.get(context.documentInventory);
  if (!prepared) preparedPerDocument.set(context.documentInventory, (prepared = new Map()));
  let copy = prepared.get(key);
  if (!copy) {
    copy = JSON.parse(text) as JsonObject;
    dropIds(copy);
    relaxRequired(copy, request, response);
    prepared.set(key, copy);
  }
  return copy;
}

/** The dialect and OpenAPI 3.0 `nullable` handling of spectral:oas's `oasSchema`. */
function schemaOptions(schema: JsonObject, context: RulesetFunctionContext) {
  const formats = context.document.formats;
  if (!formats) return { schema, dialect: 'auto' as const };
  if (formats.has(oas3_2) || formats.has(oas3_1)) {
    const data = context.document.data as JsonObject;
    const declared = isObject(data) && typeof data.jsonSchemaDialect === 'string' ? extractDraftVersion(data.jsonSchemaDialect) : null;
    return { schema, dialect: (declared ?? 'draft2020-12') as 'draft2020-12' };
  }
  return {
    schema,
    dialect: 'draft4' as const,
    prepareResults: formats.has(oas3_0) ? (errors: { keyword: string; schemaPath: string; message?: string }[]) => markNullable(schema, errors) : undefined,
  };
}

/** OpenAPI 3.0: a `type` error on a `nullable: true` schema names null as allowed. */
function markNullable(schema: JsonObject, errors: { keyword: string; schemaPath: string; message?: string }[]): void {
  for (const error of errors) {
    if (error.keyword !== 'type') continue;
    const parent = objectAt(schema, pointerToPath(error.schemaPath.replace(/^#/, '')).slice(0, -1));
    if (isObject(parent) && parent.nullable === true) error.message += ',null';
  }
}

/** Through objects only, as Spectral's does: a `type` error inside `allOf/0` is left as it is. */
function objectAt(schema: JsonObject, path: JsonPath): unknown {
  let value: unknown = schema;
  for (const segment of path) {
    if (!isObject(value)) return undefined;
    value = value[segment];
  }
  return value;
}


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
function relaxRequired(schema: JsonObject, request: boolean, response: boolean): void {
  if (!request && !response) return;
  const notPointers: string[] = [];
  traverse(schema, {}, (fragment, pointer, _root, parentPointer, parentKeyword, parent, property) => {
    if (parentKeyword === 'not') {
      notPointers.push(pointer);
      return;
    }
    if (parentPointer !== undefined && notPointers.some((not) => parentPointer === not || parentPointer.startsWith(`${not}/`))) return;
    const dropped = (fragment.readOnly === true && request) || (fragment.writeOnly === true && response);
    if (!dropped || parentKeyword !== 'properties' || !parent || !(parent.required === undefined || Array.isArray(parent.required))) return;
    parent.required = parent.required?.filter((name: string) => name !== property);
    if (parent.required?.length === 0) delete parent.required;
  });
}
