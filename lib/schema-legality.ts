import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft4 from 'ajv-draft-04';
import { isObject, type JsonObject } from './json';

/**
 * Whether ajv's `validateSchema` accepts `schema` (its dialect's meta-schema, with the formats the
 * instance has), answered without compiling that meta-schema (tens of milliseconds for 2020-12,
 * more than checking a whole spec's examples): true or false for a schema made only of the
 * keywords below, undefined for any other, which the caller gives to ajv.
 * test/schema-legality.test.ts holds it to ajv in each dialect.
 */
export function isLegalSchema(schema: unknown, ajv: Ajv): boolean | undefined {
  return legal(schema, dialectOf(ajv), 0);
}

type Dialect = 'draft4' | 'draft7' | 'draft2019' | 'draft2020';

/** The meta-schema `validateSchema` applies, the default of the instance's class (lib/example-validator.ts adds draft 6 beside 7, not as default). */
function dialectOf(ajv: Ajv): Dialect | undefined {
  if (ajv instanceof AjvDraft4) return 'draft4';
  if (ajv instanceof Ajv2019) return 'draft2019';
  if (ajv instanceof Ajv2020) return 'draft2020';
  return ajv instanceof Ajv ? 'draft7' : undefined;
}

const MAX_DEPTH = 100;
const COUNTS = new Set(['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']);
const SIMPLE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
/** Keywords no meta-schema here constrains: OpenAPI's own, and `default`, which takes anything. */
const FREE = new Set(['default', 'example', 'xml', 'externalDocs', 'discriminator']);

function legal(schema: unknown, dialect: Dialect | undefined, depth: number): boolean | undefined {
  if (dialect === undefined || depth > MAX_DEPTH) return undefined;
  // ajv takes a boolean schema in every dialect; draft 4's meta-schema refuses one inside another.
  if (typeof schema === 'boolean') return depth === 0 || dialect !== 'draft4';
  if (!isObject(schema)) return depth === 0 ? undefined : false;
  let answer: boolean | undefined = true;
  for (const key of Object.keys(schema)) {
    const found = legalKeyword(key, schema, dialect, depth);
    if (found === false) return false;
    if (found === undefined) answer = undefined;
  }
  return answer;
}

function legalKeyword(key: string, schema: JsonObject, dialect: Dialect, depth: number): boolean | undefined {
  const rule = schema[key];
  const below = (subschema: unknown) => legal(subschema, dialect, depth + 1);
  if (FREE.has(key) || key.startsWith('x-')) return true;
  if (COUNTS.has(key)) return typeof rule === 'number' && Number.isInteger(rule) && rule >= 0;
  switch (key) {
    case 'title':
    case 'description':
    case '$comment':
      return typeof rule === 'string' ? true : undefined;
    case 'examples':
      return Array.isArray(rule) ? true : undefined;
    case 'readOnly':
    case 'writeOnly':
    case 'deprecated':
      // Annotations the dialects' meta-schemas type differently (or not at all): a value of the right type is legal in each.
      return typeof rule === 'boolean' ? true : undefined;
    case 'type': {
      if (typeof rule === 'string') return SIMPLE_TYPES.has(rule);
      return Array.isArray(rule) && rule.length > 0 && rule.every((type) => SIMPLE_TYPES.has(type)) && new Set(rule).size === rule.length;
    }
    case 'enum':
      if (!Array.isArray(rule)) return false;
      // ajv's draft 4 and 7 meta-schemas want a list of distinct values; 2019-09 and 2020-12 any list.
      return dialect === 'draft2019' || dialect === 'draft2020' || (rule.length > 0 && distinctScalars(rule));
    case 'nullable':
      // ajv's own keyword, with no meta-schema: left to ajv unless it is a flag.
      return typeof rule === 'boolean' ? true : undefined;
    case 'format':
      return dialect === 'draft4' || typeof rule === 'string';
    case 'pattern':
      // The meta-schemas' `format`s (regex, uri-reference) are not checked when ajv validates a schema.
      return typeof rule === 'string';
    case '$ref':
      return dialect === 'draft4' || typeof rule === 'string';
    case 'minimum':
    case 'maximum':
      return Number.isFinite(rule);
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      // Draft 4: a flag on `minimum`/`maximum`, which it needs beside it; later drafts: the bound itself.
      if (dialect === 'draft4') return typeof rule === 'boolean' && (key === 'exclusiveMinimum' ? 'minimum' : 'maximum') in schema;
      return Number.isFinite(rule);
    case 'multipleOf':
      return Number.isFinite(rule) && (rule as number) > 0;
    case 'uniqueItems':
      return typeof rule === 'boolean';
    case 'required':
      return Array.isArray(rule) && rule.every((name) => typeof name === 'string') && new Set(rule).size === rule.length && (dialect !== 'draft4' || rule.length > 0);
    case 'properties':
      return isObject(rule) ? every(Object.values(rule), below) : false;
    case 'additionalProperties':
      return typeof rule === 'boolean' || (isObject(rule) && below(rule));
    case 'items':
      return Array.isArray(rule) ? (dialect === 'draft2020' ? false : every(rule, below)) : below(rule);
    case 'not':
      return below(rule);
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return Array.isArray(rule) && rule.length > 0 && every(rule, below);
    default:
      return undefined;
  }
}

/** false if one is false, else undefined if one is undefined, else true. */
function every(items: unknown[], check: (item: unknown) => boolean | undefined): boolean | undefined {
  let answer: boolean | undefined = true;
  for (const item of items) {
    const found = check(item);
    if (found === false) return false;
    if (found === undefined) answer = undefined;
  }
  return answer;
}

/** Distinct as JSON Schema compares them, for scalars; undefined (ask ajv) for a list with objects or arrays. */
function distinctScalars(items: unknown[]): boolean | undefined {
  if (items.some((item) => typeof item === 'object' && item !== null)) return undefined;
  return new Set(items.map((item) => JSON.stringify(item))).size === items.length;
}
