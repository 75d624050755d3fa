import * as fs from 'fs';
import * as path from 'path';
import { parseYaml } from '@redocly/openapi-core';
import { plainData } from '../lib/plain-data';
import { parseSource } from '../lib/source-files';
import { ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

/** Redocly's reading of a file (its bundler's YAML reader, which also reads JSON). */
function redoclyData(text: string): unknown {
  return parseYaml(text);
}

function plainDataOf(text: string, file = 'spec.yaml'): unknown {
  return plainData(parseSource(path.join(ROOT, file), text));
}

/** The same data, the same key order at every level, no object shared. */
function expectSameData(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

function specFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ya?ml|json)$/i.test(name)).map((name) => path.join(dir, name));
}

describe('a file read from the lint parse, as Redocly reads it', () => {
  it('is the data Redocly reads, or nothing, for every YAML and JSON fixture', () => {
    let compared = 0;
    for (const file of specFiles(path.join(ROOT, 'test', 'fixtures'))) {
      const text = fs.readFileSync(file, 'utf8');
      let expected: unknown;
      let source;
      try {
        expected = redoclyData(text);
        source = parseSource(file, text);
      } catch {
        continue; // a fixture one of the readers refuses is never bundled by the tree bundler
      }
      const actual = plainData(source);
      if (actual === undefined) continue;
      expectSameData(actual, expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('orders keys as plain objects do (numbers first), whatever order they are written in', () => {
    const text = "b: 1\n'404': {description: x}\n200: {description: y}\na: [1, {z: 1, '1': 2}]\n";
    expectSameData(plainDataOf(text), redoclyData(text));
    expect(Object.keys(plainDataOf(text) as object)).toEqual(['200', '404', 'b', 'a']);
  });

  it.each([
    ['an explicit tag', 'k: !!str 12\n'],
    ['a binary value', 'k: !!binary aGk=\n'],
    ['a 0b integer', 'k: 0b101\n'],
    ['a complex key', '? [a]\n: 1\n'],
    ['a merge key', 'a: &x {p: 1}\nb: {<<: *x, q: 2}\n'],
    ['an alias', 'a: &x {p: 1}\nb: *x\n'],
    ['a __proto__ key', '__proto__: {a: 1}\nb: 2\n'],
    ['a block scalar that keeps its line breaks', 'k: |+\n  a\n\nl: 1\n'],
    ['-0', 'k: -0\n'],
    ['a number past a double', 'k: 1e400\n'],
    ['a key past a double', '12345678901234567890: a\n'],
    ['nesting near js-yaml\'s depth limit', `${'['.repeat(90)}${']'.repeat(90)}\n`],
  ])('is nothing for %s, which the two readings may read differently', (_name, text) => {
    expect(plainDataOf(text)).toBeUndefined();
  });

  it('reads keys written as numbers, booleans and null as Redocly does', () => {
    const text = '200: a\n1.0: b\n0x10: c\ntrue: d\nnull: e\n';
    expectSameData(plainDataOf(text), redoclyData(text));
  });
});

describeWithSharedSpec('the official spec read from the lint parse', () => {
  it('is, file by file, the data Redocly reads', () => {
    const files = specFiles(CAPI_OPENAPI).filter((file) => !file.endsWith('bundled.yaml'));
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const actual = plainData(parseSource(file, text));
      expect(actual).not.toBeUndefined();
      expectSameData(actual, redoclyData(text));
    }
  });
});
