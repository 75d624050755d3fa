import * as fs from 'fs';
import * as path from 'path';
import { parse } from '@stoplight/yaml';
import type Ajv from 'ajv';
import { exampleVerdict, type Verdict } from '../lib/example-verdict';
import { instanceFor } from '../lib/example-validator';
import { isObject } from '../lib/json';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

const DIALECTS = ['draft4', 'draft7', 'draft2020-12'];

/** What ajv itself says: compiled with the same instance the example rules use. */
function ajvSays(ajv: Ajv, schema: unknown, value: unknown): Verdict {
  return ajv.compile(schema as object)(value) ? 'valid' : 'invalid';
}

/** Each keyword the verdict reads, valid and invalid, in every dialect whose meta-schema takes the schema. */
const CASES: [string, unknown, unknown][] = [
  ['type string', { type: 'string' }, 'a'],
  ['type string, a number', { type: 'string' }, 1],
  ['type integer, a fraction', { type: 'integer' }, 1.5],
  ['type integer', { type: 'integer' }, 2],
  ['type number, an integer', { type: 'number' }, 2],
  ['a list of types', { type: ['string', 'null'] }, null],
  ['a list of types, not matched', { type: ['string', 'null'] }, true],
  ['nullable adds null', { type: 'string', nullable: true }, null],
  ['nullable false', { type: 'string', nullable: false }, null],
  ['type object, an array', { type: 'object' }, []],
  ['type array', { type: 'array' }, []],
  ['enum of objects', { enum: [{ a: 1 }, 'b'] }, { a: 1 }],
  ['enum, not a member', { enum: [{ a: 1 }, 'b'] }, { a: 2 }],
  ['enum, an array member', { enum: [[1, 2]] }, [1, 2]],
  ['format uuid', { type: 'string', format: 'uuid' }, '6f3a9ad6-6b0e-4cbb-9e4f-6d1b6a3d9f0e'],
  ['format uuid, not one', { type: 'string', format: 'uuid' }, 'nope'],
  ['format date-time', { format: 'date-time' }, '2020-01-01T00:00:00Z'],
  ['format date-time, not one', { format: 'date-time' }, '2020-13-01'],
  ['format on a value of another type', { format: 'uuid' }, 12],
  ['format int32 on a number', { type: 'integer', format: 'int32' }, 2 ** 40],
  ['an unknown format', { format: 'no-such-format' }, 'x'],
  ['pattern', { pattern: '^a+$' }, 'aaa'],
  ['pattern, not matched', { pattern: '^a+$' }, 'ab'],
  ['minLength counts code points', { minLength: 2 }, '😀'],
  ['maxLength', { maxLength: 2 }, 'abc'],
  ['minItems', { minItems: 1 }, []],
  ['maxItems', { maxItems: 1 }, [1]],
  ['minProperties', { minProperties: 1 }, {}],
  ['maxProperties', { maxProperties: 1 }, { a: 1, b: 2 }],
  ['minimum', { minimum: 3 }, 3],
  ['maximum', { maximum: 3 }, 4],
  ['draft 4 exclusiveMinimum', { minimum: 3, exclusiveMinimum: true }, 3],
  ['draft 4 exclusiveMaximum', { maximum: 3, exclusiveMaximum: true }, 2],
  ['draft 6 exclusiveMinimum', { exclusiveMinimum: 3 }, 3],
  ['draft 6 exclusiveMaximum', { exclusiveMaximum: 3 }, 2],
  ['multipleOf', { multipleOf: 0.1 }, 0.3],
  ['multipleOf, not a multiple', { multipleOf: 2 }, 3],
  ['uniqueItems', { uniqueItems: true }, [{ a: 1 }, { a: 1 }]],
  ['uniqueItems, all distinct', { uniqueItems: true }, [1, '1', { a: 1 }]],
  ['required', { required: ['a'] }, { b: 1 }],
  ['required on a string', { required: ['a'] }, 'x'],
  ['properties', { properties: { a: { type: 'string' } } }, { a: 1 }],
  ['properties, absent', { properties: { a: { type: 'string' } } }, {}],
  ['additionalProperties false', { properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 }],
  ['additionalProperties schema', { additionalProperties: { type: 'integer' } }, { a: 1, b: 2 }],
  ['additionalProperties schema, not matched', { additionalProperties: { type: 'integer' } }, { a: 'x' }],
  ['items', { items: { type: 'string' } }, ['a', 2]],
  ['items on an object', { items: { type: 'string' } }, { a: 2 }],
  ['allOf', { allOf: [{ required: ['a'] }, { required: ['b'] }] }, { a: 1 }],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, 2],
  ['oneOf, both match', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 2],
  ['oneOf, one matches', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 2.5],
  ['not', { not: { type: 'string' } }, 'a'],
  ['boolean schemas', { properties: { a: false, b: true } }, { b: 1 }],
  ['annotations and extensions', { description: 'd', readOnly: true, 'x-any': { $ref: '#/nowhere' }, discriminator: { propertyName: 'a' } }, 1],
];

describe('exampleVerdict', () => {
  for (const dialect of DIALECTS) {
    describe(`in ${dialect}`, () => {
      const ajv = instanceFor(dialect);
      for (const [name, schema, value] of CASES) {
        it(`reads ${name} as ajv does`, () => {
          if (ajv.validateSchema(schema as object) !== true) return; // not a schema of this dialect
          const verdict = exampleVerdict(schema, value, ajv);
          expect(verdict).not.toBe('unknown');
          expect(verdict).toBe(ajvSays(ajv, schema, value));
        });
      }
    });
  }

  it('checks each case in at least one dialect', () => {
    const unchecked = CASES.filter(([, schema]) => DIALECTS.every((dialect) => instanceFor(dialect).validateSchema(schema as object) !== true));
    expect(unchecked.map(([name]) => name)).toEqual([]);
  });

  describe('with components registered with ajv', () => {
    const NODE = 'https://components.test.invalid/node';
    const node = { type: 'object', required: ['name'], properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: NODE } } } };
    const ajv = instanceFor('draft2020-12');
    if (!ajv.getSchema(NODE)) ajv.addSchema(node, NODE);
    const components = (id: string) => (id === NODE ? node : undefined);
    it.each([
      ['a tree', { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }] }],
      ['a tree with a nameless node deep down', { name: 'a', children: [{ name: 'b', children: [{}] }] }],
    ])('follows $refs as ajv does: %s', (_name, value) => {
      const verdict = exampleVerdict({ $ref: NODE }, value, ajv, components);
      expect(verdict).not.toBe('unknown');
      expect(verdict).toBe(ajvSays(ajv, { $ref: NODE }, value));
    });
    it('is unknown for a $ref to a component it is not given, or with keywords beside it', () => {
      expect(exampleVerdict({ $ref: 'https://components.test.invalid/other' }, {}, ajv, components)).toBe('unknown');
      expect(exampleVerdict({ $ref: NODE, required: ['x'] }, {}, ajv, components)).toBe('unknown');
    });
    it('is unknown for a $ref that leads back to itself without going into the value', () => {
      const LOOP = 'https://components.test.invalid/loop';
      const loop = { allOf: [{ $ref: LOOP }] };
      expect(exampleVerdict(loop, 1, ajv, (id) => (id === LOOP ? loop : undefined))).toBe('unknown');
    });
  });

  it.each([
    ['a $ref', { properties: { a: { $ref: '#/definitions/a' } } }, {}],
    ['a keyword it does not read, even where the value does not reach', { properties: { a: { patternProperties: {} } } }, {}],
    ['nullable without a type, which ajv refuses to compile', { nullable: true }, null],
    ['a pattern JavaScript refuses', { pattern: '(' }, 'x'],
    ['a value JSON cannot carry', { type: 'number' }, Number.NaN],
    ['an object that is not plain', { type: 'object' }, new Date(0)],
  ])('is unknown for %s', (_name, schema, value) => {
    expect(exampleVerdict(schema, value, instanceFor('draft7'))).toBe('unknown');
  });
});

describeWithSharedSpec('exampleVerdict on the official spec', () => {
  it('agrees with ajv on every example of the spec and on values changed from them', () => {
    const document = parse(fs.readFileSync(path.join(CAPI_OPENAPI, 'bundled.yaml'), 'utf8'));
    const ajv = instanceFor('draft2020-12');
    const counts: Record<Verdict, number> = { valid: 0, invalid: 0, unknown: 0 };
    const compiled = new Map<string, ReturnType<Ajv['compile']>>();
    for (const { schema, value } of examplesOf(document)) {
      for (const candidate of [value, ...changed(value)]) {
        const verdict = exampleVerdict(schema, candidate, ajv);
        counts[verdict]++;
        if (verdict === 'unknown') continue;
        const key = JSON.stringify(schema);
        if (!compiled.has(key)) compiled.set(key, ajv.compile(schema as object));
        expect({ schema, candidate, verdict }).toEqual({ schema, candidate, verdict: compiled.get(key)!(candidate) ? 'valid' : 'invalid' });
      }
    }
    // Both answers given often enough for the agreement to mean something.
    expect(counts.valid).toBeGreaterThan(300);
    expect(counts.invalid).toBeGreaterThan(300);
  });
});

/** Every schema with an example in a document, its local `$ref`s inlined (a cycle keeps its `$ref`). */
function* examplesOf(document: unknown): Generator<{ schema: unknown; value: unknown }> {
  const inline = (node: unknown, seen: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, seen));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      if (seen.includes(node.$ref)) return node;
      const target = node.$ref.slice(2).split('/').reduce<unknown>((at, key) => (isObject(at) ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
      return inline(target, [...seen, node.$ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value, seen)]));
  };
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    if (!isObject(node)) continue;
    pending.push(...Object.values(node));
    if (!isObject(node.schema)) continue;
    const schema = inline(node.schema, []);
    if ('example' in node) yield { schema, value: node.example };
    if (isObject(node.examples)) {
      for (const example of Object.values(node.examples)) if (isObject(example) && 'value' in example) yield { schema, value: example.value };
    }
  }
}

/** Values a step away from `value`: a member dropped, retyped or added, at each place down to two levels. */
function changed(value: unknown, depth = 0): unknown[] {
  if (depth > 2) return [];
  const changes: unknown[] = [];
  if (Array.isArray(value)) {
    changes.push([], [...value, 'extra'], ...value.slice(0, 3).flatMap((item, index) => changed(item, depth + 1).map((change) => value.map((old, at) => (at === index ? change : old)))));
  } else if (isObject(value)) {
    changes.push({ ...value, extra_member: 1 });
    for (const key of Object.keys(value).slice(0, 6)) {
      const { [key]: _dropped, ...rest } = value;
      changes.push(rest, { ...value, [key]: null }, { ...value, [key]: 7 }, { ...value, [key]: 'text' });
      changes.push(...changed(value[key], depth + 1).map((change) => ({ ...value, [key]: change })));
    }
  } else {
    changes.push(null, 0, 'text', true);
  }
  return changes;
}
