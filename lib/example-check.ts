import type { IFunctionResult, RulesetFunctionContext } from '@stoplight/spectral-core';
import { detectDialect, extractDraftVersion, oas3_0, oas3_1, oas3_2 } from '@stoplight/spectral-formats';
import type { ErrorObject } from 'ajv';
import { componentPointers } from './example-components';
import { preparedSchema, type ExampleUse } from './example-schema';
import { checkExample, type ExampleCheck } from './example-validator';
import { isObject, pointerToPath, valueAt, type JsonObject, type JsonPath } from './json';

export interface Example {
  value: unknown;
  path: JsonPath;
}

/**
 * The check of spectral:oas's example rules (its `oasExample` and `oasSchema` functions): each
 * example validated against `schema` in the document's JSON Schema dialect, OpenAPI 3.0's
 * `nullable` named in type errors, with the same messages, faster and in linear time
 * (lib/example-validator.ts), and also under a schema that contains itself, which Spectral's
 * skip: the `$ref` the resolver left there is followed into the resolved document
 * (lib/example-components.ts).
 */
export function checkExamples(examples: Iterable<Example>, schema: unknown, use: ExampleUse, context: RulesetFunctionContext): IFunctionResult[] | undefined {
  const lint = context.documentInventory;
  // The resolved document the rule's targets come from (public on Spectral's DocumentInventory,
  // not on the interface the context is typed with).
  const resolved = (lint as { resolved?: unknown }).resolved;
  const components = context.rule.resolved && isObject(resolved) ? componentPointers(resolved) : undefined;
  const prepared = preparedSchema(schema, use, lint, components);
  const { dialect, nullable } = dialectOf(context, prepared.schema);
  const componentAt = (pointer: string) => {
    const target = valueAt(resolved, pointerToPath(pointer));
    return isObject(target) ? preparedSchema(target, use, lint, components) : undefined;
  };
  const results: IFunctionResult[] = [];
  for (const example of examples) {
    const check: ExampleCheck = {
      lint: context.documentInventory,
      path: example.path,
      dialect,
      resolved: context.rule.resolved,
      prepareErrors: nullable ? (errors) => markNullable(prepared.schema, errors) : undefined,
      componentAt: components ? componentAt : undefined,
      unfollowed: () => preparedSchema(schema, use, lint),
    };
    results.push(...checkExample(example.value, prepared, check));
  }
  return results.length > 0 ? results : undefined;
}

/** The dialect spectral:oas's `oasSchema` validates in, and whether OpenAPI 3.0's `nullable` applies. */
function dialectOf(context: RulesetFunctionContext, schema: JsonObject): { dialect: string; nullable: boolean } {
  const formats = context.document.formats;
  if (!formats) return { dialect: detectDialect(schema) ?? 'draft7', nullable: false };
  if (formats.has(oas3_2) || formats.has(oas3_1)) {
    const data = context.document.data;
    const declared = isObject(data) && typeof data.jsonSchemaDialect === 'string' ? extractDraftVersion(data.jsonSchemaDialect) : null;
    return { dialect: declared ?? 'draft2020-12', nullable: false };
  }
  return { dialect: 'draft4', nullable: formats.has(oas3_0) };
}

/**
 * OpenAPI 3.0: a `type` error on a `nullable: true` schema names null as allowed. An error inside
 * a component carries its schema (ajv's `verbose`): its `schemaPath` is the component's.
 */
function markNullable(schema: JsonObject, errors: ErrorObject[]): void {
  for (const error of errors) {
    if (error.keyword !== 'type') continue;
    const parent = error.parentSchema ?? objectAt(schema, pointerToPath(error.schemaPath.replace(/^#/, '')).slice(0, -1));
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
