import betterAjvErrors from '@stoplight/better-ajv-errors';
import type { IFunctionResult } from '@stoplight/spectral-core';
import Ajv, { MissingRefError, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
// ajv's documented entry points for the other drafts (ajv.js.org/json-schema.html).
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import draft6MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import AjvDraft4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RecentCache } from './cache';
import type { ComponentRef } from './example-components';
import { exampleVerdict, type Components } from './example-verdict';
import type { JsonObject, JsonPath } from './json';
import { linearRegExp } from './linear-regexp';
import { isLegalSchema } from './schema-legality';

/** A JSON Schema dialect as spectral-formats names it ('draft4', 'draft7', 'draft2020-12', ...). */
export type Dialect = string;

/** A schema ready for validation, the key of its content and the components it names (see lib/example-schema.ts). */
export interface PreparedSchema {
  schema: JsonObject;
  key: string;
  refs: ComponentRef[];
}

export interface ExampleCheck {
  /** The lint it is part of (Spectral's document inventory): validators are kept for it and the next. */
  lint: object;
  /** Where the example is, for the findings' paths. */
  path: JsonPath;
  dialect: Dialect;
  /** False for a rule run on the unresolved document: a `$ref` ajv cannot follow is then reported. */
  resolved: boolean;
  /** Rewrites ajv's errors before they are worded (OpenAPI 3.0's `nullable`). */
  prepareErrors?: (errors: ErrorObject[]) => void;
  /** The schema a component ref's pointer names in the document, prepared as the example's own. */
  componentAt?: (pointer: string) => PreparedSchema | undefined;
  /** The example's schema prepared as Spectral's rules see it, its `$ref`s not followed. */
  unfollowed?: () => PreparedSchema;
}

/**
 * `value` validated against `prepared`, worded as Spectral's `schema` function words it (the
 * messages of @stoplight/better-ajv-errors, array items and unmatched `oneOf`/`anyOf` named),
 * but a spec's `pattern` runs in linear time (lib/linear-regexp.ts), and one validator is
 * compiled per schema content and dialect, kept for the next lint too (Spectral compiles one per
 * schema object and document), so a language server re-linting a spec compiles nothing that did
 * not change.
 */
export function checkExample(value: unknown, prepared: PreparedSchema, check: ExampleCheck): IFunctionResult[] {
  if (isSurelyValid(value, prepared, check)) return [];
  let validate: ValidateFunction;
  try {
    validate = validatorFor(prepared, check);
  } catch (error) {
    // What Spectral does: a schema ajv cannot compile is the finding, except a `$ref` it cannot
    // follow in a resolved document (one that leads nowhere, which the resolver reports).
    if (check.resolved && error instanceof MissingRefError) return [];
    return [{ message: error instanceof Error ? error.message : String(error), path: check.path }];
  }
  if (validate(value) || !Array.isArray(validate.errors)) return [];
  const errors = validate.errors;
  check.prepareErrors?.(errors);
  const unmatched = unmatchedCombinators(errors);
  return betterAjvErrors(prepared.schema, errors, { propertyPath: check.path, targetValue: value }).map(({ suggestion, error, path: errorPath }) => ({
    message: withUnmatchedCombinator(asArrayItem(suggestion === undefined ? error : `${error}. ${suggestion}`, errorPath), unmatched.get(errorPath)),
    path: [...check.path, ...(errorPath === '' ? [] : errorPath.replace(/^\//, '').split('/'))],
  }));
}

/**
 * True when ajv would compile `prepared` and find `value` valid, known without compiling
 * (lib/example-verdict.ts); a schema its dialect's meta-schema refuses is compiled as before.
 */
function isSurelyValid(value: unknown, prepared: PreparedSchema, check: ExampleCheck): boolean {
  if (prepared.refs.length === 0) {
    const ajv = instanceFor(check.dialect);
    return isValidSchema(ajv, prepared) && exampleVerdict(prepared.schema, value, ajv) === 'valid';
  }
  const document = documentSchemasFor(check);
  registerComponents(document, prepared.refs, check.componentAt);
  return isValidSchema(document.ajv, prepared) && exampleVerdict(prepared.schema, value, document.ajv, document.components) === 'valid';
}

const validSchemas = new WeakMap<Ajv, WeakMap<PreparedSchema, boolean>>();

function isValidSchema(ajv: Ajv, prepared: PreparedSchema): boolean {
  let known = validSchemas.get(ajv);
  if (!known) validSchemas.set(ajv, (known = new WeakMap()));
  let valid = known.get(prepared);
  if (valid === undefined) known.set(prepared, (valid = isMetaValid(ajv, prepared.schema)));
  return valid;
}

/** What ajv's validateSchema says, most often known without compiling the meta-schema (lib/schema-legality.ts). */
function isMetaValid(ajv: Ajv, schema: JsonObject): boolean {
  return isLegalSchema(schema, ajv) ?? ajv.validateSchema(schema) === true;
}

interface Compiled {
  validate?: ValidateFunction;
  error?: Error;
  ajv: Ajv;
  schema: JsonObject;
}

const validators = new RecentCache<Compiled>(({ ajv, schema }) => ajv.removeSchema(schema));
const instances = new Map<string, Ajv>();

/**
 * Where a schema's components cannot all be compiled (one is not a valid schema, a `$ref` leads
 * nowhere), the example is checked as Spectral's rules check it: with the message it gives, or
 * skipped at a `$ref` it cannot follow.
 */
function validatorFor(prepared: PreparedSchema, check: ExampleCheck): ValidateFunction {
  let compiled = prepared.refs.length > 0 ? documentValidatorFor(prepared, check) : undefined;
  if (!compiled || (compiled.error && check.unfollowed)) {
    const stock = compiled ? (check.unfollowed as () => PreparedSchema)() : prepared;
    compiled = validators.get(check.lint, `${check.dialect}\n${stock.key}`, () => compile(instanceFor(check.dialect), stock.schema));
  }
  if (compiled.error) throw compiled.error;
  return compiled.validate as ValidateFunction;
}

function compile(ajv: Ajv, schema: JsonObject): Compiled {
  try {
    // As ajv's own check of a schema before it compiles one (which the instances leave to this).
    if (isLegalSchema(schema, ajv) !== true && !ajv.validateSchema(schema)) throw new Error(`schema is invalid: ${ajv.errorsText()}`);
    return { validate: ajv.compile(schema), ajv, schema };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)), ajv, schema };
  }
}

/** One ajv instance per lint and dialect for schemas that name components, each registered once. */
interface DocumentSchemas {
  ajv: Ajv;
  registered: Set<string>;
  validators: Map<string, Compiled>;
  /** The components ajv has, by id. */
  components: Components;
  schemas: Map<string, JsonObject>;
}

const documentSchemas = new WeakMap<object, Map<Dialect, DocumentSchemas>>();

/**
 * A schema whose `$ref`s name the document's components (lib/example-components.ts): compiled by
 * the lint's own ajv instance, where each component it reaches is registered once, so that what a
 * component holds is compiled once per lint however many schemas reach it. Kept for this lint
 * only: what a component holds may change by the next.
 */
function documentValidatorFor(prepared: PreparedSchema, check: ExampleCheck): Compiled {
  const document = documentSchemasFor(check);
  let compiled = document.validators.get(prepared.key);
  if (!compiled) {
    registerComponents(document, prepared.refs, check.componentAt);
    compiled = compile(document.ajv, prepared.schema);
    document.validators.set(prepared.key, compiled);
  }
  return compiled;
}

function documentSchemasFor(check: ExampleCheck): DocumentSchemas {
  let byDialect = documentSchemas.get(check.lint);
  if (!byDialect) documentSchemas.set(check.lint, (byDialect = new Map()));
  let document = byDialect.get(check.dialect);
  if (!document) {
    const schemas = new Map<string, JsonObject>();
    document = { ajv: newInstance(check.dialect, { verbose: true }), registered: new Set(), validators: new Map(), schemas, components: (id) => schemas.get(id) };
    byDialect.set(check.dialect, document);
  }
  return document;
}

/** A component that cannot be found, is not a valid schema or cannot be registered is left out: ajv then finds its `$ref` missing. */
function registerComponents(document: DocumentSchemas, refs: ComponentRef[], componentAt: ExampleCheck['componentAt']): void {
  const pending = [...refs];
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (document.registered.has(ref.id)) continue;
    document.registered.add(ref.id);
    const component = componentAt?.(ref.pointer);
    // Validated first: ajv keeps a schema that `addSchema` found invalid, and compiles it later.
    if (!component || !isMetaValid(document.ajv, component.schema)) continue;
    try {
      document.ajv.addSchema(component.schema, ref.id, undefined, false);
    } catch {
      continue;
    }
    document.schemas.set(ref.id, component.schema);
    pending.push(...component.refs);
  }
}

const AJV_CLASSES: Record<string, typeof Ajv> = {
  draft4: AjvDraft4 as unknown as typeof Ajv,
  'draft2019-09': Ajv2019,
  'draft2020-12': Ajv2020,
};

/** Spectral's ajv options, but for `pattern`s run in linear time and no console output. */
const OPTIONS: Options = {
  allErrors: false,
  meta: true,
  // Checked by compile() and registerComponents(), most often without compiling the meta-schema (lib/schema-legality.ts).
  validateSchema: false,
  messages: true,
  strict: false,
  allowUnionTypes: true,
  logger: false,
  unicodeRegExp: false,
  // A top-level `$id` is not registered: schemas of different documents may share one.
  addUsedSchema: false,
  // ajv's optimizer takes half of a compile (quadratic in a schema's size) and saves nothing that
  // a few hundred validations would notice.
  code: { regExp: linearRegExp, optimize: false },
};

/** The ajv instance examples without component refs are compiled by, per dialect. */
export function instanceFor(dialect: Dialect): Ajv {
  const family = dialect in AJV_CLASSES ? dialect : 'default';
  let ajv = instances.get(family);
  if (!ajv) instances.set(family, (ajv = newInstance(dialect)));
  return ajv;
}

/** `verbose` keeps on each error the schema that raised it, for errors inside a component. */
function newInstance(dialect: Dialect, options: Options = {}): Ajv {
  const AjvClass = AJV_CLASSES[dialect] ?? Ajv;
  const ajv = new AjvClass({ ...OPTIONS, ...options });
  addFormats(ajv);
  if (AjvClass === Ajv) ajv.addSchema(draft6MetaSchema);
  return ajv;
}

/** `"2" property type must be string` -> `Item at index 2 must be string`, as Spectral words array items. */
function asArrayItem(message: string, errorPath: string): string {
  const index = errorPath.split('/').pop();
  if (index === undefined || !/^\d+$/.test(index)) return message;
  for (const prefix of [`"${index}" property type`, `"${index}" property`]) {
    if (message.startsWith(prefix)) return `Item at index ${index}${message.slice(prefix.length)}`;
  }
  return message;
}

/** The data paths where a `oneOf`/`anyOf` matched none of its schemas, with the keyword. */
function unmatchedCombinators(errors: ErrorObject[]): Map<string, string> {
  const unmatched = new Map<string, string>();
  for (const { keyword, instancePath, params } of errors) {
    if ((keyword === 'oneOf' || keyword === 'anyOf') && !Array.isArray((params as { passingSchemas?: unknown }).passingSchemas)) unmatched.set(instancePath, keyword);
  }
  return unmatched;
}

function withUnmatchedCombinator(message: string, keyword: string | undefined): string {
  return keyword !== undefined && message.endsWith(` in ${keyword}`) ? `${message}. None of the schemas matched, see the other errors reported for this value` : message;
}
