import { runInNewContext } from 'vm';
import { surveyBundle } from '../lib/bundle-survey';

describe('surveyBundle', () => {
  it('keeps the first path, in document order, of each $ref value', () => {
    const shared = { $ref: '#/components/schemas/A' };
    const document = { paths: { '/a': { get: { schema: shared } }, '/b': [{ $ref: '#/components/schemas/B' }, shared] }, components: { x: { $ref: '#/components/schemas/A' } } };
    const { referrers } = surveyBundle(document);
    expect([...referrers]).toEqual([
      ['#/components/schemas/A', ['paths', '/a', 'get', 'schema']],
      ['#/components/schemas/B', ['paths', '/b', 0]],
    ]);
  });

  it('names the path where an object repeats inside itself, and none for an object shared between places', () => {
    const shared = { type: 'string' };
    expect(surveyBundle({ a: shared, b: { c: shared } }).cycle).toBeUndefined();
    const components: Record<string, unknown> = { schemas: {} };
    (components.schemas as Record<string, unknown>).all = { items: [components] };
    expect(surveyBundle({ openapi: '3.1.0', components }).cycle).toEqual(['components', 'schemas', 'all', 'items', 0]);
  });

  it.each([
    ['NaN', { x: Number.NaN }],
    ['Infinity', { x: [1, Number.POSITIVE_INFINITY] }],
    ['a Buffer', { x: Buffer.from('hi') }],
    ['a Date', { x: new Date(0) }],
    ['undefined', { x: undefined }],
  ])('says that a bundle holding %s is not what JSON would carry', (_, document) => {
    expect(surveyBundle(document).jsonSafe).toBe(false);
  });

  it('says that a bundle of JSON values is what JSON would carry, its objects made in any realm', () => {
    const otherRealm = runInNewContext('({ b: { $ref: "#/components/schemas/B" } })');
    const { jsonSafe, referrers } = surveyBundle({ a: [1, 'b', true, null, { c: Object.create(null) }], otherRealm });
    expect(jsonSafe).toBe(true);
    expect(referrers.get('#/components/schemas/B')).toEqual(['otherRealm', 'b']);
  });
});
