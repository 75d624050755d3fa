import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { bundleFromParses, bundleSpec } from '../lib/bundle';
import { SourceFiles } from '../lib/source-files';
import { Fallback } from '../lib/tree-bundler';
import { ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

/** Redocly's own bundle of `root`: the document and the files it read. */
async function redoclyBundle(root: string): Promise<{ document: unknown; files: string[] }> {
  const result = await bundle({ ref: root, config: await createConfig({}), dereference: false });
  return { document: result.bundle.parsed, files: [...result.fileDependencies] };
}

/** Same values, same key order at every level, same objects shared between the same places. */
function expectSameBundle(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(sharing(actual)).toEqual(sharing(expected));
}

/** For each object reached more than once, the paths it is reached at (the bundle's sharing of hoisted nodes). */
function sharing(document: unknown): string[][] {
  const places = new Map<object, string[]>();
  const walk = (value: unknown, at: string): void => {
    if (typeof value !== 'object' || value === null) return;
    const seen = places.get(value);
    if (seen) return void seen.push(at);
    places.set(value, [at]);
    for (const [key, child] of Object.entries(value)) walk(child, `${at}/${key}`);
  };
  walk(document, '');
  return [...places.values()].filter((at) => at.length > 1);
}

function writeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-bundler-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, 'openapi.yaml');
}

async function expectAsRedocly(root: string, expectedFallback?: RegExp): Promise<void> {
  const ours = await bundleSpec(root);
  const theirs = await redoclyBundle(root);
  expectSameBundle(ours.document, theirs.document);
  expect([...ours.files].sort()).toEqual([...theirs.files].sort());
  if (expectedFallback) expect(ours.redoclyBecause).toMatch(expectedFallback);
  else expect(ours.redoclyBecause).toBeUndefined();
}

const SPEC = (version: string, rest: string): string => `openapi: ${version}\ninfo: {title: t, version: '1'}\n${rest}`;

describe('the tree bundler makes the bundle Redocly makes', () => {
  it('on the multi-file fixtures', async () => {
    for (const root of ['multi/openapi.yaml', 'fix/tree/openapi.yaml', 'shared-places/openapi.yaml']) {
      await expectAsRedocly(path.join(ROOT, 'test', 'fixtures', root));
    }
  });

  it.each(['3.0.3', '3.1.0'])('hoists shared schemas, parameters, responses, headers, examples, links and request bodies, and inlines path items (OpenAPI %s)', async (version) => {
    const root = writeTree({
      'openapi.yaml': SPEC(
        version,
        `paths:
  /v3/apps:
    $ref: paths/apps.yaml#/~1v3~1apps
  /v3/apps/{guid}:
    $ref: paths/apps.yaml#/app
components:
  schemas:
    Local:
      type: object
      properties:
        app: {$ref: schemas/App.yaml}
  parameters:
    Guid: {name: guid, in: path, required: true, schema: {type: string}}
`,
      ),
      'paths/apps.yaml': `/v3/apps:
  get:
    parameters:
      - $ref: ../parameters.yaml#/PerPage
      - $ref: ../openapi.yaml#/components/parameters/Guid
    responses:
      '200':
        $ref: ../responses.yaml#/AppList
      '404':
        description: not found
        headers:
          X-Trace: {$ref: ../headers.yaml}
  post:
    requestBody: {$ref: ../bodies.yaml#/NewApp}
    responses:
      '201':
        description: created
        content:
          application/json:
            schema: {$ref: ../schemas/App.yaml}
            examples:
              one: {$ref: ../examples.yaml#/One}
        links:
          self: {$ref: ../links.yaml#/Self}
app:
  description: one app
  get:
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema:
              $ref: ../schemas/App.yaml
              description: a sibling of the $ref
`,
      'parameters.yaml': 'PerPage: {name: per_page, in: query, schema: {type: integer}}\n',
      'responses.yaml': `AppList:
  description: apps
  content:
    application/json:
      schema:
        type: object
        properties:
          resources: {type: array, items: {$ref: schemas/App.yaml}}
`,
      'responses/schemas/App.yaml': 'type: object\nproperties: {name: {type: string}}\n',
      'headers.yaml': 'schema: {type: string}\n',
      'bodies.yaml': 'NewApp:\n  content:\n    application/json:\n      schema: {$ref: "./schemas/App.yaml#/properties/relationships"}\n',
      'examples.yaml': 'One: {value: {name: one}}\n',
      'links.yaml': 'Self: {operationId: getApp}\n',
      'schemas/App.yaml': `type: object
required: [guid]
properties:
  guid: {type: string, format: uuid}
  relationships:
    type: object
    properties:
      space: {$ref: Relationship.yaml}
  '200': {type: string}
  '100': {type: string}
  lifecycle: {$ref: '#/$defs/Lifecycle'}
  status: {$ref: '#/properties/guid'}
$defs:
  Lifecycle: {type: string, enum: [buildpack, docker]}
`,
      'schemas/Relationship.yaml': 'type: object\nproperties:\n  data: {type: object, properties: {guid: {type: string}}}\n',
    });
    await expectAsRedocly(root);
  });

  it('names components of one base name as Redocly does: the same content once, other content numbered from 2', async () => {
    const root = writeTree({
      'openapi.yaml': SPEC(
        '3.1.0',
        `paths:
  /a:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: a/Item.yaml}}}}
        '201': {description: ok, content: {application/json: {schema: {$ref: b/Item.yaml}}}}
        '202': {description: ok, content: {application/json: {schema: {$ref: c/Item.yaml}}}}
`,
      ),
      'a/Item.yaml': 'type: string\n',
      'b/Item.yaml': 'type: integer\n',
      'c/Item.yaml': 'type: string\n',
    });
    await expectAsRedocly(root);
  });

  it('keeps $refs inside the root, follows a chain of $refs and a $ref met half-way along a pointer, and a discriminator mapping', async () => {
    const root = writeTree({
      'openapi.yaml': SPEC(
        '3.0.3',
        `paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
        '201':
          $ref: '#/components/responses/Created'
components:
  responses:
    Created: {$ref: responses.yaml#/Created}
  schemas:
    Pet:
      oneOf: [{$ref: pets.yaml#/Cat}, {$ref: pets.yaml#/Dog}]
      discriminator:
        propertyName: kind
        mapping:
          cat: pets.yaml#/Cat
          dog: '#/components/schemas/Dog'
    Dog: {$ref: pets.yaml#/Dog}
`,
      ),
      'pets.yaml': `Cat: {type: object, properties: {kind: {type: string}, owner: {$ref: 'more.yaml#/Owner/properties/name'}}}
Dog: {$ref: '#/Cat'}
`,
      'more.yaml': 'Owner: {$ref: owner.yaml}\n',
      'owner.yaml': 'type: object\nproperties: {name: {type: string}}\n',
      'responses.yaml': 'Created: {$ref: "#/Base"}\nBase: {description: created}\n',
    });
    await expectAsRedocly(root);
  });

  it('inlines $refs under extensions and examples as Redocly does, and leaves deeper ones as they are', async () => {
    const root = writeTree({
      'openapi.yaml': SPEC(
        '3.1.0',
        `x-top: {$ref: ext.yaml}
x-deep: {a: {$ref: ext.yaml}}
paths:
  /a:
    x-op: {$ref: ext.yaml}
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, example: {$ref: ext.yaml}}
              example: {inner: {$ref: ext.yaml}}
`,
      ),
      'ext.yaml': 'kind: extension\n',
    });
    await expectAsRedocly(root);
  });

  it.each([
    ['a URL $ref', { 'openapi.yaml': SPEC('3.1.0', 'paths:\n  /a: {$ref: "https://example.com/a.yaml"}\n') }, /URL/],
    ['an externalValue', { 'openapi.yaml': SPEC('3.1.0', 'components:\n  examples:\n    One: {externalValue: one.json}\n'), 'one.json': '{"a": 1}' }, /externalValue/],
    ['YAML aliases', { 'openapi.yaml': SPEC('3.1.0', 'components:\n  schemas:\n    A: &a {type: string}\n    B: *a\n') }, /may read otherwise/],
    ['a !!binary value', { 'openapi.yaml': SPEC('3.1.0', 'components:\n  schemas:\n    A: {type: string, example: !!binary aGk=}\n') }, /may read otherwise/],
    ['a $ref to a missing pointer', { 'openapi.yaml': SPEC('3.1.0', 'paths:\n  /a: {$ref: paths.yaml#/nothing}\n'), 'paths.yaml': '/a: {}\n' }, /unresolved/],
  ])('leaves %s to Redocly', async (_name, files, fallback) => {
    const root = writeTree(files as Record<string, string>);
    const ours = await bundleSpec(root).catch((error: Error) => error);
    if (ours instanceof Error) {
      await expect(redoclyBundle(root).then(() => bundleSpec(root))).rejects.toThrow(ours.message);
      return;
    }
    expect(ours.redoclyBecause).toMatch(fallback);
    expectSameBundle(ours.document, (await redoclyBundle(root)).document);
  });
});

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every object of `data` with the pointer (from `#/`) it is at. */
function objectsOf(data: unknown, at = ''): { node: Record<string, unknown>; pointer: string }[] {
  if (typeof data !== 'object' || data === null) return [];
  const here = Array.isArray(data) ? [] : [{ node: data as Record<string, unknown>, pointer: at }];
  return [...here, ...Object.entries(data).flatMap(([key, value]) => objectsOf(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

/** A copy of a multi-file tree with a few `$ref`s, siblings and keys changed at random places (each file written as JSON, which YAML reads). */
function mutatedTree(files: Record<string, unknown>, next: () => number): Record<string, string> {
  const data = structuredClone(files);
  const names = Object.keys(data);
  const pick = <T,>(items: T[]): T => items[Math.floor(next() * items.length)];
  for (let change = 0; change < 1 + Math.floor(next() * 3); change++) {
    const file = pick(names);
    const places = objectsOf(data[file]).filter(({ pointer }) => pointer !== '' && !pointer.startsWith('/info'));
    if (places.length === 0) continue;
    const { node } = pick(places);
    const kind = next();
    if (kind < 0.45) {
      const target = pick(names);
      const pointer = pick(objectsOf(data[target])).pointer;
      const relative = path.relative(path.dirname(file), target) || path.basename(target);
      const key = pick(Object.keys(node).filter((name) => name !== '$ref')) ?? 'x';
      node[key] = { $ref: target === file && next() < 0.5 ? `#${pointer}` : `${relative}${pointer ? `#${pointer}` : ''}` };
    } else if (kind < 0.6) {
      if (typeof node.$ref === 'string') node.description = 'a sibling';
      else node.$ref = '../openapi.yaml#/components/schemas/App'.slice(file.includes('/') ? 0 : 3);
    } else if (kind < 0.85) {
      const key = pick(Object.keys(node));
      if (key !== undefined) delete node[key];
    } else {
      node['x-extra'] = { $ref: pick(names) };
    }
  }
  return Object.fromEntries(names.map((name) => [name, JSON.stringify(data[name], null, 1)]));
}

/** A serialization that keeps key order and names a cycle instead of failing on it. */
function canonical(value: unknown, inside: object[] = []): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  if (inside.includes(value)) return `<cycle ${inside.indexOf(value)}>`;
  const within = [...inside, value];
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, within)).join(',')}]`;
  return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${canonical(item, within)}`).join(',')}}`;
}

describe('the tree bundler on trees changed at random', () => {
  it('makes the bundle Redocly makes, or leaves the tree to Redocly with a reason other than a failure of its own', async () => {
    const base: Record<string, unknown> = {
      'openapi.yaml': { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/apps': { $ref: 'paths/apps.yaml#/~1apps' }, '/apps/{guid}': { $ref: 'paths/apps.yaml#/app' } }, components: { schemas: { App: { $ref: 'schemas/App.yaml' }, Local: { type: 'object', properties: { app: { $ref: 'schemas/App.yaml' } } } }, parameters: { Guid: { name: 'guid', in: 'path', required: true, schema: { type: 'string' } } } } },
      'paths/apps.yaml': {
        '/apps': { get: { parameters: [{ $ref: '../openapi.yaml#/components/parameters/Guid' }], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '../schemas/AppList.yaml' }, examples: { one: { $ref: '../examples.yaml#/One' } } } } } } } },
        app: { get: { responses: { '200': { description: 'ok', headers: { 'X-Id': { $ref: '../headers.yaml#/Id' } }, content: { 'application/json': { schema: { $ref: '../schemas/App.yaml', description: 'one' } } } } } } },
      },
      'schemas/App.yaml': { type: 'object', required: ['guid'], properties: { guid: { type: 'string' }, links: { $ref: '#/$defs/Links' }, list: { $ref: 'AppList.yaml' } }, $defs: { Links: { type: 'object' } } },
      'schemas/AppList.yaml': { type: 'object', properties: { resources: { type: 'array', items: { $ref: 'App.yaml' } }, other: { $ref: '../other/App.yaml' } } },
      'other/App.yaml': { type: 'string' },
      'examples.yaml': { One: { value: { guid: 'a' } } },
      'headers.yaml': { Id: { schema: { type: 'string' } } },
    };
    const next = random(20261207);
    const tally = { same: 0, redocly: 0, refused: 0 };
    for (let trial = 0; trial < 120; trial++) {
      const root = writeTree(trial === 0 ? Object.fromEntries(Object.entries(base).map(([name, data]) => [name, JSON.stringify(data)])) : mutatedTree(base, next));
      const ours = await bundleFromParses(root, new SourceFiles()).catch((error: Error) => error);
      if (ours instanceof Fallback) {
        expect(ours.reason).not.toMatch(/tree bundler failed/);
        tally.redocly++;
        continue;
      }
      if (ours instanceof Error) {
        tally.refused++; // a $ref problem named before bundling, as on Redocly's path
        continue;
      }
      const theirs = await bundle({ ref: root, config: await createConfig({}), dereference: false });
      expect({ trial, problems: theirs.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message) }).toEqual({ trial, problems: [] });
      expect({ trial, bundle: canonical(ours.document) }).toEqual({ trial, bundle: canonical(theirs.bundle.parsed) });
      expect(sharing(ours.document)).toEqual(sharing(theirs.bundle.parsed));
      tally.same++;
    }
    expect(tally.same).toBeGreaterThan(60);
  });
});

describeWithSharedSpec('the tree bundler on the official spec', () => {
  it('makes the bundle Redocly makes, from the lint parses alone', async () => {
    await expectAsRedocly(path.join(CAPI_OPENAPI, 'openapi.yaml'));
  });
});
