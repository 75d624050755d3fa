import * as fs from 'fs';
import * as path from 'path';
import { parse } from '@stoplight/yaml';
import { instanceFor } from '../lib/example-validator';
import { isObject } from '../lib/json';
import { isLegalSchema } from '../lib/schema-legality';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

const DIALECTS = ['draft4', 'draft7', 'draft2019-09', 'draft2020-12'];

/** Schemas that each dialect's meta-schema takes or refuses, keyword by keyword. */
const SCHEMAS: unknown[] = [
  {}, true, false, [], 'string', null,
  { type: 'string' }, { type: 'strung' }, { type: ['string', 'null'] }, { type: ['string', 'string'] }, { type: [] }, { type: 3 },
  { type: 'string', nullable: true }, { nullable: 'yes' },
  { enum: ['a', 'b'] }, { enum: [] }, { enum: ['a', 'a'] }, { enum: [{ a: 1 }, { a: 1 }] }, { enum: 'a' },
  { format: 'uuid' }, { format: 3 },
  { pattern: '^a+$' }, { pattern: '(' }, { pattern: '[a-z\\-]' }, { pattern: 'a\\Z' }, { pattern: 3 },
  { minLength: 0 }, { minLength: -1 }, { maxItems: 1.5 }, { minProperties: '1' }, { maxLength: 2.0 },
  { minimum: 1 }, { maximum: '1' }, { minimum: 1, exclusiveMinimum: true }, { exclusiveMinimum: true }, { exclusiveMaximum: 3 }, { maximum: 3, exclusiveMaximum: false },
  { multipleOf: 0 }, { multipleOf: 0.5 }, { multipleOf: -2 },
  { uniqueItems: true }, { uniqueItems: 'yes' },
  { required: ['a'] }, { required: [] }, { required: ['a', 'a'] }, { required: [1] }, { required: 'a' },
  { properties: { a: { type: 'string' } } }, { properties: { a: true } }, { properties: { a: { type: 'strung' } } }, { properties: [] },
  { additionalProperties: false }, { additionalProperties: { type: 'string' } }, { additionalProperties: 'no' },
  { items: { type: 'string' } }, { items: true }, { items: [{ type: 'string' }] }, { items: [true] }, { items: 'a' },
  { allOf: [{ type: 'string' }] }, { allOf: [] }, { anyOf: [true] }, { oneOf: [{ minLength: -1 }] }, { not: { type: 'string' } }, { not: 'a' },
  { $ref: '#/components/schemas/App' }, { $ref: 'https://example.com/a b' }, { $ref: 3 },
  { title: 't', description: 'd' }, { title: 3 }, { description: [] }, { $comment: 3 }, { examples: [1] }, { examples: 1 },
  { readOnly: true }, { readOnly: 'yes' }, { writeOnly: 1 }, { deprecated: true }, { deprecated: 'yes' },
  { default: { any: 'thing' } }, { example: 1 }, { 'x-anything': { $ref: 3 } }, { discriminator: { propertyName: 'a' } }, { xml: 1 },
  { const: 1 }, { type: 'object', patternProperties: { '^a': {} } },
  { type: 'object', properties: { a: { allOf: [{ $ref: '#/x' }, { required: ['b'] }] } }, additionalProperties: { enum: [1, 2] } },
];

function expectAsAjv(schema: unknown): number {
  let answered = 0;
  for (const dialect of DIALECTS) {
    const ajv = instanceFor(dialect);
    const legal = isLegalSchema(schema, ajv);
    if (legal === undefined) continue;
    answered++;
    expect({ dialect, schema, legal }).toEqual({ dialect, schema, legal: ajv.validateSchema(schema as object) === true });
  }
  return answered;
}

describe('isLegalSchema', () => {
  it('says what each dialect\'s meta-schema says, or nothing', () => {
    let answered = 0;
    for (const schema of SCHEMAS) answered += expectAsAjv(schema);
    expect(answered).toBeGreaterThan(SCHEMAS.length * 3);
  });

  it('leaves a keyword it does not know to ajv', () => {
    expect(isLegalSchema({ const: 1 }, instanceFor('draft2020-12'))).toBeUndefined();
    expect(isLegalSchema({ properties: { a: { prefixItems: [] } } }, instanceFor('draft2020-12'))).toBeUndefined();
  });
});

describeWithSharedSpec('isLegalSchema on the official spec', () => {
  it('answers for every schema of the spec, as ajv does', () => {
    const document = parse(fs.readFileSync(path.join(CAPI_OPENAPI, 'bundled.yaml'), 'utf8'));
    const schemas: unknown[] = Object.values((document as any).components.schemas);
    const pending: unknown[] = [document];
    while (pending.length > 0) {
      const node = pending.pop();
      if (Array.isArray(node)) pending.push(...node);
      if (!isObject(node)) continue;
      if (isObject(node.schema)) schemas.push(node.schema);
      pending.push(...Object.values(node));
    }
    expect(schemas.length).toBeGreaterThan(300);
    for (const schema of schemas) {
      expect(isLegalSchema(schema, instanceFor('draft2020-12'))).not.toBeUndefined();
      expectAsAjv(schema);
    }
  });
});
