import type Ajv from 'ajv';
import { isObject, type JsonObject } from './json';
import { linearRegExp, type RegExpLike } from './linear-regexp';

/** What ajv would say of a value, or `unknown` where this reading does not follow ajv exactly. */
export type Verdict = 'valid' | 'invalid' | 'unknown';

/**
 * Whether `value` is valid against `schema` as ajv (`ajv`, with the options of
 * lib/example-validator.ts) decides it, read without compiling: compiling costs about a
 * millisecond a schema, which is most of checking a spec's examples, and almost every example
 * is valid. Only schemas made wholly of keywords whose meaning is plain (and the same in every
 * dialect ajv is given here) are read; a schema with any other keyword anywhere, a `$ref`, or
 * something ajv would refuse to compile, and a value JSON cannot carry, give `unknown`, and the
 * caller compiles as before. `valid` and `invalid` are always what ajv says:
 * test/example-verdict.test.ts holds that against ajv itself.
 */
export function exampleVerdict(schema: unknown, value: unknown, ajv: Ajv): Verdict {
  if (!isReadable(schema) || !isJsonValue(value)) return 'unknown';
  return verdict(schema, value, ajv);
}

/** Keywords that change nothing ajv decides (annotations, and keywords ajv ignores under `strict: false`). */
const ANNOTATIONS = new Set(['title', 'description', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'xml', 'externalDocs', 'discriminator']);
const COUNTS = new Set(['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']);
const LIMITS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
const OBJECT_PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

const readable = new WeakMap<object, boolean>();

/** A schema (and every schema in it) made only of the keywords verdict() reads, in forms ajv compiles. */
function isReadable(schema: unknown): boolean {
  if (typeof schema === 'boolean') return true;
  if (!isObject(schema)) return false;
  let known = readable.get(schema);
  if (known === undefined) {
    readable.set(schema, false); // a schema that contains itself is not read
    known = Object.keys(schema).every((key) => isReadableKeyword(key, schema));
    readable.set(schema, known);
  }
  return known;
}

function isReadableKeyword(key: string, schema: JsonObject): boolean {
  const rule = schema[key];
  if (ANNOTATIONS.has(key) || key.startsWith('x-')) return true;
  if (COUNTS.has(key)) return typeof rule === 'number' && Number.isInteger(rule) && rule >= 0;
  if (LIMITS.has(key)) return (typeof rule === 'number' && Number.isFinite(rule) && (key !== 'multipleOf' || rule > 0)) || (typeof rule === 'boolean' && key.startsWith('exclusive'));
  switch (key) {
    case 'type': {
      const types = typeof rule === 'string' ? [rule] : rule;
      return Array.isArray(types) && types.length > 0 && types.every((type) => JSON_TYPES.has(type as string));
    }
    case 'nullable':
      // ajv refuses `nullable` without `type`, and `nullable: false` beside a null type.
      return typeof rule === 'boolean' && 'type' in schema && !(rule === false && [schema.type].flat().includes('null'));
    case 'enum':
      return Array.isArray(rule) && rule.length > 0 && rule.every(isJsonValue);
    case 'format':
      return typeof rule === 'string';
    case 'pattern':
      return typeof rule === 'string' && patternOf(rule) !== undefined;
    case 'uniqueItems':
      return typeof rule === 'boolean';
    case 'required':
      return Array.isArray(rule) && rule.every((name) => typeof name === 'string' && !OBJECT_PROTOTYPE_NAMES.has(name));
    case 'properties':
      return isObject(rule) && Object.entries(rule).every(([name, property]) => !OBJECT_PROTOTYPE_NAMES.has(name) && isReadable(property));
    case 'additionalProperties':
    case 'items':
    case 'not':
      return isReadable(rule);
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return Array.isArray(rule) && rule.length > 0 && rule.every(isReadable);
    default:
      return false;
  }
}

const patterns = new Map<string, RegExpLike | undefined>();

/** A `pattern` as ajv runs it (lib/linear-regexp.ts, without the `u` flag), or undefined where it does not compile. */
function patternOf(pattern: string): RegExpLike | undefined {
  if (!patterns.has(pattern)) {
    let compiled: RegExpLike | undefined;
    try {
      compiled = linearRegExp(pattern, '');
    } catch {
      compiled = undefined;
    }
    patterns.set(pattern, compiled);
  }
  return patterns.get(pattern);
}

function verdict(schema: unknown, value: unknown, ajv: Ajv): Verdict {
  if (typeof schema === 'boolean') return verdictOf(schema);
  const object = schema as JsonObject;
  let result: Verdict = 'valid';
  for (const key of Object.keys(object)) {
    const found = keyword(key, object, value, ajv);
    if (found === 'unknown') return 'unknown';
    if (found === 'invalid') result = 'invalid';
  }
  return result;
}

function keyword(key: string, schema: JsonObject, value: unknown, ajv: Ajv): Verdict {
  const rule = schema[key];
  switch (key) {
    case 'type': {
      const allowed = [rule, schema.nullable === true ? 'null' : []].flat() as string[];
      return verdictOf(allowed.some((type) => isOfType(type, value)));
    }
    case 'enum':
      return verdictOf((rule as unknown[]).some((allowed) => sameJson(allowed, value)));
    case 'format':
      return format(rule as string, value, ajv);
    case 'pattern':
      return typeof value === 'string' ? verdictOf(patternOf(rule as string)!.test(value)) : 'valid';
    case 'minLength':
    case 'maxLength':
      return typeof value === 'string' ? verdictOf(withinCount(key, codePoints(value), rule as number)) : 'valid';
    case 'minItems':
    case 'maxItems':
      return Array.isArray(value) ? verdictOf(withinCount(key, value.length, rule as number)) : 'valid';
    case 'minProperties':
    case 'maxProperties':
      return isObject(value) ? verdictOf(withinCount(key, Object.keys(value).length, rule as number)) : 'valid';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return typeof value === 'number' ? limit(key, schema, value) : 'valid';
    case 'multipleOf':
      // ajv's own test: the quotient is what parseInt makes of it.
      return typeof value === 'number' ? verdictOf(value / (rule as number) === parseInt(String(value / (rule as number)))) : 'valid';
    case 'uniqueItems':
      if (rule !== true || !Array.isArray(value)) return 'valid';
      if (value.length > 1000) return 'unknown';
      return verdictOf(value.every((item, index) => value.slice(0, index).every((earlier) => !sameJson(earlier, item))));
    case 'required':
      return isObject(value) ? verdictOf((rule as string[]).every((name) => value[name] !== undefined)) : 'valid';
    case 'properties':
      return properties(schema, value, ajv);
    case 'additionalProperties':
      // Read with `properties` when there are some.
      return 'properties' in schema ? 'valid' : properties(schema, value, ajv);
    case 'items':
      return Array.isArray(value) ? all(value.map((item) => verdict(rule, item, ajv))) : 'valid';
    case 'allOf':
    case 'anyOf':
    case 'oneOf': {
      const verdicts = (rule as unknown[]).map((member) => verdict(member, value, ajv));
      if (verdicts.includes('unknown')) return 'unknown';
      const valid = verdicts.filter((found) => found === 'valid').length;
      return verdictOf(key === 'allOf' ? valid === verdicts.length : key === 'anyOf' ? valid > 0 : valid === 1);
    }
    case 'not': {
      const found = verdict(rule, value, ajv);
      return found === 'unknown' ? 'unknown' : verdictOf(found === 'invalid');
    }
    default:
      // Annotations (isReadable() let no other keyword through).
      return 'valid';
  }
}

function withinCount(key: string, count: number, rule: number): boolean {
  return key.startsWith('min') ? count >= rule : count <= rule;
}

/** A format ajv knows, as its `format` keyword applies it: only to values of the format's type; one it does not know is ignored. */
function format(name: string, value: unknown, ajv: Ajv): Verdict {
  const known = (ajv.formats as Record<string, unknown>)[name];
  if (known === undefined || known === true) return 'valid';
  let type: unknown = 'string';
  let check: unknown = known;
  if (isObject(known) && !(known instanceof RegExp)) {
    if (known.async) return 'unknown';
    type = known.type ?? 'string';
    check = known.validate;
  }
  if (typeof value !== type) return 'valid';
  if (check instanceof RegExp) return verdictOf(check.test(value as string));
  return typeof check === 'function' ? verdictOf(Boolean(check(value))) : 'unknown';
}

/** Numeric limits; draft 4's boolean `exclusiveMinimum`/`exclusiveMaximum` modify `minimum`/`maximum`. */
function limit(key: string, schema: JsonObject, value: number): Verdict {
  const rule = schema[key];
  if (typeof rule === 'boolean') return 'valid';
  const bound = rule as number;
  switch (key) {
    case 'minimum':
      return verdictOf(schema.exclusiveMinimum === true ? value > bound : value >= bound);
    case 'maximum':
      return verdictOf(schema.exclusiveMaximum === true ? value < bound : value <= bound);
    case 'exclusiveMinimum':
      return verdictOf(value > bound);
    default:
      return verdictOf(value < bound);
  }
}

/** `properties` with `additionalProperties`. */
function properties(schema: JsonObject, value: unknown, ajv: Ajv): Verdict {
  if (!isObject(value)) return 'valid';
  const declared = (schema.properties ?? {}) as JsonObject;
  const additional = schema.additionalProperties;
  const verdicts: Verdict[] = [];
  for (const [name, property] of Object.entries(declared)) {
    if (value[name] !== undefined) verdicts.push(verdict(property, value[name], ajv));
  }
  if (additional !== undefined && additional !== true) {
    for (const name of Object.keys(value)) {
      if (!Object.prototype.hasOwnProperty.call(declared, name)) verdicts.push(verdict(additional, value[name], ajv));
    }
  }
  return all(verdicts);
}

function verdictOf(valid: boolean): Verdict {
  return valid ? 'valid' : 'invalid';
}

function all(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('unknown')) return 'unknown';
  return verdicts.includes('invalid') ? 'invalid' : 'valid';
}

function isOfType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

/** What ajv counts as a string's length: code points, a surrogate pair once. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A value of JSON (finite numbers, plain objects), as examples parsed from YAML or JSON are but for `.nan`, `.inf` or a tag. */
function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (!isObject(value)) return false;
  // A plain object of any realm (a cached parse may come from another).
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || Object.getPrototypeOf(prototype) === null) && Object.values(value).every(isJsonValue);
}

/** fast-deep-equal on JSON values, as ajv compares `enum` and `uniqueItems` members. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, index) => sameJson(item, (b as unknown[])[index]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameJson((a as JsonObject)[key], (b as JsonObject)[key]));
}
