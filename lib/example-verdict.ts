import type Ajv from 'ajv';
import { isJsonScalar, isObject, isPlainObject, sameJson, type JsonObject } from './json';
import { linearRegExp, type RegExpLike } from './linear-regexp';

/** What ajv would say of a value, or `unknown` where this reading does not follow ajv exactly. */
export type Verdict = 'valid' | 'invalid' | 'unknown';

/**
 * Whether `value` is valid against `schema` as ajv (`ajv`, with the options of
 * lib/example-validator.ts) decides it, read without compiling: compiling costs about a
 * millisecond a schema, which is most of checking a spec's examples, and almost every example
 * is valid. Only schemas made wholly of keywords whose meaning is plain (and the same in every
 * dialect ajv is given here) are read, and `$ref`s to the `components` ajv has registered; a
 * schema with any other keyword anywhere, another `$ref`, or something ajv would refuse to
 * compile, and a value JSON cannot carry, give `unknown`, and the caller compiles as before. `valid` and `invalid` are always what ajv says:
 * test/example-verdict.test.ts holds that against ajv itself.
 */
export function exampleVerdict(schema: unknown, value: unknown, ajv: Ajv, components?: Components): Verdict {
  const reader = components ? readerFor(components, ajv) : readerFor(ajv, ajv);
  if (!reader.isReadable(schema) || !isJsonValue(value)) return 'unknown';
  return reader.verdict(schema, value, 0);
}

/** The schemas `$ref`s name by id (lib/example-components.ts), as ajv has them registered; undefined for one it has not. */
export type Components = (id: string) => unknown;

/** One reader per ajv instance, or per set of components (a lint's): what it learnt of a schema holds for them. */
const readers = new WeakMap<object, Reader>();

function readerFor(owner: object, ajv: Ajv): Reader {
  let reader = readers.get(owner);
  if (!reader) readers.set(owner, (reader = new Reader(ajv, owner === ajv ? undefined : (owner as Components))));
  return reader;
}

/** Past this depth of schemas (a `$ref` that leads back to itself without going into the value) the answer is unknown. */
const MAX_DEPTH = 100;

/** Keywords that change nothing ajv decides (annotations, and keywords ajv ignores under `strict: false`). */
const ANNOTATIONS = new Set(['title', 'description', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'xml', 'externalDocs', 'discriminator']);
const COUNTS = new Set(['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']);
const LIMITS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
const OBJECT_PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

class Reader {
  private readonly readable = new WeakMap<object, boolean>();

  constructor(
    private readonly ajv: Ajv,
    private readonly components?: Components,
  ) {}

  /** A schema (and every schema in it, and every component it names) made only of the keywords verdict() reads, in forms ajv compiles. */
  isReadable(schema: unknown): boolean {
    if (!isObject(schema)) return typeof schema === 'boolean';
    const visited = new Set<object>();
    const readable = this.readAll(schema, visited);
    // Schemas that lead back to one being read were taken as readable meanwhile: only a whole
    // success confirms them.
    if (readable) for (const seen of visited) this.readable.set(seen, true);
    else this.readable.set(schema, false);
    return readable;
  }

  private readAll(schema: unknown, visited: Set<object>): boolean {
    if (!isObject(schema)) return typeof schema === 'boolean';
    const known = this.readable.get(schema);
    if (known !== undefined) return known;
    if (visited.has(schema)) return true;
    visited.add(schema);
    return Object.keys(schema).every((key) => this.isReadableKeyword(key, schema, visited));
  }

  private isReadableKeyword(key: string, schema: JsonObject, visited: Set<object>): boolean {
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
        return isObject(rule) && Object.entries(rule).every(([name, property]) => !OBJECT_PROTOTYPE_NAMES.has(name) && this.readAll(property, visited));
      case 'additionalProperties':
      case 'items':
      case 'not':
        return this.readAll(rule, visited);
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        return Array.isArray(rule) && rule.length > 0 && rule.every((member) => this.readAll(member, visited));
      case '$ref':
        // A component registered with ajv, named alone: dialects differ on what a `$ref`'s siblings mean.
        return typeof rule === 'string' && this.components?.(rule) !== undefined && Object.keys(schema).every((other) => other === '$ref' || ANNOTATIONS.has(other) || other.startsWith('x-')) && this.readAll(this.components(rule), visited);
      default:
        return false;
    }
  }

  /** `schema` must be readable (isReadable()). */
  verdict(schema: unknown, value: unknown, depth: number): Verdict {
    if (typeof schema === 'boolean') return verdictOf(schema);
    if (depth > MAX_DEPTH) return 'unknown';
    const object = schema as JsonObject;
    let result: Verdict = 'valid';
    for (const key of Object.keys(object)) {
      const found = this.keyword(key, object, value, depth);
      if (found === 'unknown') return 'unknown';
      if (found === 'invalid') result = 'invalid';
    }
    return result;
  }

  private keyword(key: string, schema: JsonObject, value: unknown, depth: number): Verdict {
    const rule = schema[key];
    const below = (subschema: unknown, subvalue: unknown) => this.verdict(subschema, subvalue, depth + 1);
    switch (key) {
      case 'type': {
        const allowed = [rule, schema.nullable === true ? 'null' : []].flat() as string[];
        return verdictOf(allowed.some((type) => isOfType(type, value)));
      }
      case 'enum':
        return verdictOf((rule as unknown[]).some((allowed) => sameJson(allowed, value)));
      case 'format':
        return this.format(rule as string, value);
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
        return this.properties(schema, value, depth);
      case 'additionalProperties':
        // Read with `properties` when there are some.
        return 'properties' in schema ? 'valid' : this.properties(schema, value, depth);
      case 'items':
        return Array.isArray(value) ? all(value.map((item) => below(rule, item))) : 'valid';
      case 'allOf':
      case 'anyOf':
      case 'oneOf': {
        const verdicts = (rule as unknown[]).map((member) => below(member, value));
        if (verdicts.includes('unknown')) return 'unknown';
        const valid = verdicts.filter((found) => found === 'valid').length;
        return verdictOf(key === 'allOf' ? valid === verdicts.length : key === 'anyOf' ? valid > 0 : valid === 1);
      }
      case 'not': {
        const found = below(rule, value);
        return found === 'unknown' ? 'unknown' : verdictOf(found === 'invalid');
      }
      case '$ref':
        return below(this.components!(rule as string), value);
      default:
        // Annotations (isReadable() let no other keyword through).
        return 'valid';
    }
  }

  /** A format ajv knows, as its `format` keyword applies it: only to values of the format's type; one it does not know is ignored. */
  private format(name: string, value: unknown): Verdict {
    const known = (this.ajv.formats as Record<string, unknown>)[name];
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

  /** `properties` with `additionalProperties`. */
  private properties(schema: JsonObject, value: unknown, depth: number): Verdict {
    if (!isObject(value)) return 'valid';
    const declared = (schema.properties ?? {}) as JsonObject;
    const additional = schema.additionalProperties;
    const verdicts: Verdict[] = [];
    for (const [name, property] of Object.entries(declared)) {
      if (value[name] !== undefined) verdicts.push(this.verdict(property, value[name], depth + 1));
    }
    if (additional !== undefined && additional !== true) {
      for (const name of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(declared, name)) verdicts.push(this.verdict(additional, value[name], depth + 1));
      }
    }
    return all(verdicts);
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

function withinCount(key: string, count: number, rule: number): boolean {
  return key.startsWith('min') ? count >= rule : count <= rule;
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
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value === 'object' && value !== null) return isPlainObject(value) && Object.values(value).every(isJsonValue);
  return isJsonScalar(value);
}

/** fast-deep-equal on JSON values, as ajv compares `enum` and `uniqueItems` members. */
