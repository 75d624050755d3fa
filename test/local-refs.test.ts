import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { bundle, createConfig } from '@redocly/openapi-core';
import { createHttpAndFileResolver } from '@stoplight/spectral-ref-resolver';
import { localRefResolver } from '../lib/local-refs';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

// capi-lint resolves a bundle's component $refs itself; Spectral's own resolver, run beside it,
// must give the same resolved document (same refs inlined, same left circular), refMap and graph.

const ROOT = '/spec/openapi.yaml';
const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });

async function both(document: unknown, root = ROOT) {
  const before = JSON.stringify(document);
  const [stock, ours] = await Promise.all([createHttpAndFileResolver().resolve(document, { baseUri: root }), localRefResolver().resolve(document, { baseUri: root })]);
  const view = (result: typeof stock) => ({
    result: JSON.parse(JSON.stringify(result.result)),
    refMap: result.refMap,
    nodes: result.graph.overallOrder().sort(),
    rootRefMap: result.graph.getNodeData(root).refMap,
    errors: result.errors.length,
  });
  // The resolved document shares what it does not change with the original, which stays as it was.
  return { stock: view(stock), ours: view(ours), local: ours.runner === undefined, unchanged: JSON.stringify(document) === before };
}

const DOCUMENTS: [string, unknown][] = [
  ['a schema that refers to itself', { paths: { '/a': { get: { responses: { '200': { content: { 'application/json': { schema: schema('A') } } } } } } }, components: { schemas: { A: { properties: { self: schema('A'), list: { items: schema('A') } } } } } }],
  ['two schemas in a cycle', { paths: { '/a': { get: { schema: schema('A') } } }, components: { schemas: { A: { properties: { b: schema('B') } }, B: { properties: { a: schema('A') } } } } }],
  ['three schemas in a cycle, and a oneOf cycle', { x: [schema('A'), schema('D')], components: { schemas: { A: { allOf: [schema('B')] }, B: { allOf: [schema('C')] }, C: { properties: { a: schema('A') } }, D: { oneOf: [schema('E')] }, E: { oneOf: [schema('D')] } } } }],
  ['keys with ~, / and % escapes', { paths: { '/v3/a~b/{guid}': { 'x%7By': schema('A'), 'a/b': [schema('A')] } }, components: { schemas: { A: { type: 'object' } } } }],
  ['a key with a / that spells a component, in a cycle', { 'components/schemas': { A: { x: schema('B') } }, paths: { '/a': { get: { schema: schema('A') } } }, components: { schemas: { A: { properties: { b: schema('B') } }, B: { properties: { a: schema('A'), c: schema('C') } }, C: { items: schema('B') } } } }],
  ['keys that read as the same number, and a component under a % key', { x: { '01': schema('A'), '1': [schema('B')] }, 'y%2Fz': { a: schema('A') }, components: { schemas: { A: { items: [schema('B'), { '001': schema('A') }] }, B: { properties: { '1a': schema('A') } } } } }],
  ['shared responses and parameters', { paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/P' }], responses: { '404': { $ref: '#/components/responses/E' } } } } }, components: { parameters: { P: { name: 'p', schema: schema('A') } }, responses: { E: { content: { 'application/json': { schema: schema('A') } } } }, schemas: { A: { properties: { p: schema('A') } } } } }],
];

describe('the local $ref resolver', () => {
  it.each(DOCUMENTS)('resolves %s as Spectral does, without Spectral, leaving the document as it was', async (_, document) => {
    const { stock, ours, local, unchanged } = await both(document);
    expect(local).toBe(true);
    expect(ours).toEqual(stock);
    expect(unchanged).toBe(true);
  });

  it.each([
    ['an external $ref', { a: { $ref: './other.yaml#/x' } }],
    ['a $ref to a pointer that is not a component', { a: { $ref: '#/paths/~1a' }, paths: { '/a': {} } }],
    ['a $ref to a missing component', { a: schema('Missing'), components: { schemas: {} } }],
    ['a $ref to a component that is itself a $ref', { a: schema('A'), components: { schemas: { A: schema('B'), B: { type: 'string' } } } }],
  ])('leaves %s to Spectral', async (_, document) => {
    const { stock, ours, local } = await both(document);
    expect(local).toBe(false);
    expect(ours).toEqual(stock);
  });
});

describeWithSharedSpec('the local $ref resolver on the official tree', () => {
  it('resolves its bundle as Spectral does, leaving the bundle as it was', async () => {
    const root = path.join(CAPI_OPENAPI, 'openapi.yaml');
    const { bundle: bundled } = await bundle({ ref: root, config: await createConfig({}), dereference: false });
    const { stock, ours, local, unchanged } = await both(JSON.parse(JSON.stringify(bundled.parsed)), root);
    expect(local).toBe(true);
    expect(unchanged).toBe(true);
    expect(Object.keys(stock.refMap).length).toBeGreaterThan(1000);
    expect(isDeepStrictEqual(ours, stock)).toBe(true);
  });
});
