import * as fs from 'fs';
import * as path from 'path';
import * as Parsers from '@stoplight/spectral-parsers';
import { parseWithPointers } from '@stoplight/yaml';
import type { JsonPath } from '../lib/json';
import { rangeIn, parseSource } from '../lib/source-files';
import { YamlSyntax } from '../lib/yaml-syntax';
import { ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

// capi-lint keeps each YAML file's syntax tree as numbers (lib/yaml-syntax.ts) and places findings
// on it: every place must be the one Spectral's YAML parser (@stoplight/yaml's getLocationForJsonPath) gives on the tree
// as objects, for every node of a file and for paths that end before, past or beside one.

const OPTIONS = { ignoreDuplicateKeys: false, mergeKeys: true, preserveKeyOrder: false, attachComments: false };

/** Every path to a node of `data`, and for each a path one key past it, one missing beside it and one index too far. */
function pathsOf(data: unknown): JsonPath[] {
  const paths: JsonPath[] = [[]];
  const walk = (value: unknown, at: JsonPath) => {
    paths.push([...at, 'missing'], [...at, '99'], [...at, 0]);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const next = [...at, Array.isArray(value) ? Number(key) : key];
      paths.push(next, Array.isArray(value) ? [...at, key] : next);
      walk(child, next);
    }
  };
  walk(data, []);
  return paths;
}

/** The places of every path of `text` that differ between the two trees (none is the test). */
function differences(text: string, onNumbers = true): { path: JsonPath; objects: unknown; numbers: unknown }[] {
  const parsed = parseWithPointers(text, OPTIONS);
  const source = parseSource('x.yaml', text);
  // The lint's parse places paths on the numbers alone (it has let the objects go), or keeps the objects.
  expect([source.syntax?.placesPaths, source.parsed.ast === undefined]).toEqual([onNumbers, onNumbers]);
  return pathsOf(parsed.data).flatMap((at) => {
    const objects = Parsers.Yaml.getLocationForJsonPath(parsed as never, at)?.range;
    const numbers = rangeIn(source, at);
    return JSON.stringify(objects) === JSON.stringify(numbers) ? [] : [{ path: at, objects, numbers }];
  });
}

const SNIPPETS: [string, string][] = [
  ['nested maps and a key with nothing after it', 'a:\n  b: 1\n  c:\n  d: x\n'],
  ['flow collections, an empty item and quoted keys', 'a: {b: [1, , 3], "c": \'d\'}\n"e f": [ {g: h} ]\n'],
  ['sequences of maps and of sequences', 'list:\n  - name: a\n    value: 1\n  -\n  - - x\n    - y\n'],
  ['block scalars and comments', '# top\na: |\n  line one\n  line two\n\nb: >-\n  folded\n# end\n'],
  ['an anchor and an alias', 'x: &A {y: 1}\nz: *A\nw: [*A]\n'],
  ['a document marker and a key that reads as a number', '---\n200:\n  description: ok\n"404": {}\n'],
  ['a scalar document', 'just text\n'],
  ['an empty map and list', 'a: {}\nb: []\n'],
  ['text that does not start at the first character', '\n\n  a: 1\n  b:\n    - c\n'],
];

describe('YAML syntax trees held as numbers', () => {
  it.each(SNIPPETS)('place every path of %s where Spectral\'s parser does', (_, text) => {
    expect(differences(text)).toEqual([]);
  });

  it('place every path of every YAML fixture where Spectral\'s parser does', () => {
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ya?ml$/.test(entry.name)) files.push(file);
      }
    };
    walk(path.join(ROOT, 'test', 'fixtures'));
    expect(files.length).toBeGreaterThan(20);
    const compared = files.filter((file) => {
      const parsed = parseWithPointers(fs.readFileSync(file, 'utf8'), OPTIONS);
      return parsed.diagnostics.length === 0 && new YamlSyntax(parsed.ast).placesPaths;
    });
    expect(compared.length).toBeGreaterThan(20);
    for (const file of compared) expect({ file, differences: differences(fs.readFileSync(file, 'utf8')) }).toEqual({ file, differences: [] });
  });

  it('leave the places in a file with a << merge key to Spectral\'s parser, on the tree as objects', () => {
    expect(differences('base: &B {a: 1}\nx:\n  <<: *B\n  b: 2\n', false)).toEqual([]);
  });
});

describeWithSharedSpec('YAML syntax trees held as numbers, on the official tree', () => {
  it('place every path of every file where Spectral\'s parser does', () => {
    const files = fs.readdirSync(CAPI_OPENAPI, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml') && !file.endsWith('bundled.yaml'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect({ file, differences: differences(fs.readFileSync(path.join(CAPI_OPENAPI, file), 'utf8')) }).toEqual({ file, differences: [] });
  });
});
