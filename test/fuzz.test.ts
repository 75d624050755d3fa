import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { stringifyYaml } from '@redocly/openapi-core';
import { run } from './run-cli';
import { runGuarded, writeTree } from './support/hostile';

// Property: whatever is done to a small CAPI-like multi-file spec, capi-lint ends within a bound
// with exit 0, 1 or 2, prints no stack trace and no "internal error", exit 2 is one line, and no
// rule fails to run (CAPI_RULESET_DEBUG=1 makes a rule's exception surface as an internal error;
// a `capi-ruleset-internal` finding says the same). Fixed seed and run counts: about a minute on
// two cores. Variants that could block the event loop (1 MB strings, deep nesting) run in a
// process of their own under a hang-guard; the rest run in-process through main().
const SEED = 20261129;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type Tree = Record<string, Json>;

function baseTree(): Tree {
  const paginated = (items: Json): Json => ({
    type: 'object',
    properties: { pagination: { $ref: '#/components/schemas/Pagination' }, resources: { type: 'array', items } },
  });
  const json = (schema: Json): Json => ({ content: { 'application/json': { schema } } });
  return {
    'openapi.yaml': {
      openapi: '3.0.3',
      info: { title: 'Fuzzed CAPI', version: '3.0.0', description: 'An experimental API.' },
      servers: [{ url: 'https://api.example.org' }],
      paths: {
        '/v3/apps': {
          get: {
            summary: 'List apps',
            parameters: [
              { name: 'page', in: 'query', schema: { type: 'integer' } },
              { name: 'names', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } },
              { name: 'created_ats[gt]', in: 'query', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'OK', ...(json(paginated({ $ref: 'schemas.yaml#/App' })) as object) } },
          },
          post: {
            summary: 'Create an app',
            requestBody: json({ $ref: 'schemas.yaml#/App' }) as any,
            responses: { '201': { description: 'Created', ...(json({ $ref: 'schemas.yaml#/App' }) as object) }, '422': { $ref: '#/components/responses/Error' } },
          },
        },
        '/v3/apps/{guid}': { $ref: 'paths.yaml#/app' },
        '/v3/apps/{guid}/actions/start': {
          parameters: [{ $ref: '#/components/parameters/Guid' }],
          post: { summary: 'Start an app (experimental)', 'x-experimental': true, responses: { '200': { description: 'OK', ...(json({ $ref: 'schemas.yaml#/App' }) as object) } } },
        },
      },
      components: {
        parameters: { Guid: { name: 'guid', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } } },
        responses: { Error: { description: 'Error', ...(json({ $ref: '#/components/schemas/Error' }) as object) } },
        schemas: {
          Pagination: { type: 'object', properties: { total_results: { type: 'integer' }, total_pages: { type: 'integer' }, first: { $ref: '#/components/schemas/Link' } } },
          Link: { type: 'object', properties: { href: { type: 'string' }, method: { type: 'string' } } },
          Error: {
            type: 'object',
            properties: { errors: { type: 'array', items: { type: 'object', properties: { detail: { type: 'string', example: 'Something went wrong.' }, title: { type: 'string' }, code: { type: 'integer' } } } } },
          },
        },
      },
    },
    'paths.yaml': {
      app: {
        parameters: [{ $ref: 'openapi.yaml#/components/parameters/Guid' }],
        get: { summary: 'Get an app', responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: 'schemas.yaml#/App' } } } }, '404': { $ref: 'openapi.yaml#/components/responses/Error' } } },
        patch: { summary: 'Update an app', responses: { '200': { description: 'OK' } } },
        delete: { summary: 'Delete an app', responses: { '202': { description: 'Accepted', headers: { Location: { schema: { type: 'string' } } } } } },
      },
    },
    'schemas.yaml': {
      App: {
        type: 'object',
        description: 'An app.',
        required: ['guid'],
        properties: {
          guid: { type: 'string', format: 'uuid' },
          created_at: { type: 'string', format: 'date-time' },
          name: { type: 'string', nullable: true, example: 'my-app', pattern: '^[a-z-]+$' },
          parent: { $ref: '#/App' },
          links: { type: 'object', properties: { self: { $ref: 'openapi.yaml#/components/schemas/Link' } } },
          relationships: { type: 'object', properties: { space: { type: 'object', properties: { data: { type: 'object', properties: { guid: { type: 'string' } } } } } } },
        },
      },
    },
  };
}

/** Every path in a file's data, containers and leaves, for picking where to break it (no recursion: data may be 10,000 deep). */
function pathsOf(data: Json): Path[] {
  const found: Path[] = [];
  const stack: { value: Json; at: Path }[] = [{ value: data, at: [] }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    found.push(at);
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, at: [...at, index] }));
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) stack.push({ value: child, at: [...at, key] });
  }
  return found;
}

function parentOf(data: Json, at: Path): any {
  let node: any = data;
  for (const key of at.slice(0, -1)) node = node?.[key];
  return node;
}

const FILES = ['openapi.yaml', 'paths.yaml', 'schemas.yaml'];
const MB = 1_000_000;
const LONG_TEXTS = ['\n'.repeat(MB), '\r\n'.repeat(MB / 2), '  \n\n'.repeat(MB / 4), ' \n'.repeat(MB / 2), '{'.repeat(MB), 'a'.repeat(MB), '/{a}'.repeat(MB / 4)];
const ODD_KEYS = ['a/b', 'a~b', '~1', '~0/~1', '{guid}', '%7B', '%zz', 'ünïcödé', '名前', '😀', '', ' ', '$ref', '__proto__', 'constructor', '{{error}}', '#/x'];
const REFS = [
  '#', '#/', '#/components', '#/components/schemas', '#/nowhere', '#/paths/~1v3~1apps', '#/components/schemas/Missing', '#/components/schemas/%zz',
  'openapi.yaml', 'openapi.yaml#/components', 'schemas.yaml#/App', 'schemas.yaml#/Nope', 'missing.yaml', 'missing.yaml#/x', 'paths.yaml#/app', '%', '#%', 'http://', '../outside.yaml',
];
const WRONG_VALUES: Json[] = [null, 0, -1, 1.5, true, false, '', 'text', [], {}, [null], { $ref: null } as any, { $ref: 42 } as any];

type Mutation =
  | { kind: 'delete'; file: number; pick: number }
  | { kind: 'replace'; file: number; pick: number; value: Json }
  | { kind: 'ref'; file: number; pick: number; ref: string }
  | { kind: 'cycle'; file: number; pick: number; other: number }
  | { kind: 'rename'; file: number; pick: number; key: string }
  | { kind: 'long'; file: number; pick: number; text: number; asKey: boolean }
  | { kind: 'deep'; file: number; pick: number; depth: number; asArray: boolean }
  | { kind: 'corrupt'; file: number; at: number; insert: string };

const file = fc.nat({ max: FILES.length - 1 });
const pick = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), file, pick }),
  fc.record({ kind: fc.constant('replace' as const), file, pick, value: fc.constantFrom(...WRONG_VALUES) }),
  fc.record({ kind: fc.constant('ref' as const), file, pick, ref: fc.constantFrom(...REFS) }),
  fc.record({ kind: fc.constant('cycle' as const), file, pick, other: pick }),
  fc.record({ kind: fc.constant('rename' as const), file, pick, key: fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ kind: fc.constant('corrupt' as const), file, at: pick, insert: fc.constantFrom(':', '- ', '\t', '"', "'", '&a ', '*a ', '*nope ', '{', ']', '<<: *a\n', '\n  x', '%YAML 9\n', '---\n', '\u0000', '!!binary ') }),
);
const hangProne: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('long' as const), file, pick, text: fc.nat({ max: LONG_TEXTS.length - 1 }), asKey: fc.boolean() }),
  fc.record({ kind: fc.constant('deep' as const), file, pick, depth: fc.constantFrom(99, 150, 10_000), asArray: fc.boolean() }),
);

/** A placeholder for deep nesting, replaced in the file's text: no serializer recursion involved. */
function nested(depth: number, asArray: boolean): string {
  return `@@deep-${depth}-${asArray ? 'array' : 'object'}@@`;
}

function expandNested(text: string): string {
  return text.replace(/'?@@deep-(\d+)-(array|object)@@'?/g, (_, depth: string, shape: string) =>
    shape === 'array' ? `${'['.repeat(Number(depth))}1${']'.repeat(Number(depth))}` : `${'{"a": '.repeat(Number(depth))}1${'}'.repeat(Number(depth))}`,
  );
}

/** Applies the mutations to a fresh tree; returns the files' texts (YAML, or JSON text after a corruption). */
function mutate(mutations: Mutation[]): Record<string, string> {
  const tree = baseTree();
  const corruptions: Mutation[] = [];
  for (const change of mutations) {
    if (change.kind === 'corrupt') {
      corruptions.push(change);
      continue;
    }
    const name = FILES[change.file];
    const all = pathsOf(tree[name]).filter((at) => at.length > 0);
    const at = all[change.pick % all.length];
    const parent = parentOf(tree[name], at);
    const key = at[at.length - 1];
    if (parent === null || typeof parent !== 'object') continue;
    switch (change.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      case 'replace':
        parent[key] = change.value;
        break;
      case 'ref':
        parent[key] = { $ref: change.ref };
        break;
      case 'cycle': {
        const other = all[change.other % all.length];
        parent[key] = { $ref: `#/${other.map((segment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` };
        break;
      }
      case 'rename':
        if (!Array.isArray(parent)) {
          const value = parent[key];
          delete parent[key];
          parent[change.key] = value;
        }
        break;
      case 'long':
        if (change.asKey && !Array.isArray(parent)) parent[LONG_TEXTS[change.text]] = parent[key];
        else parent[key] = LONG_TEXTS[change.text];
        break;
      case 'deep':
        parent[key] = nested(change.depth, change.asArray);
        break;
    }
  }
  const texts: Record<string, string> = {};
  for (const name of FILES) {
    let text = expandNested(stringifyYaml(tree[name], { noRefs: true, lineWidth: -1 }));
    for (const corruption of corruptions.filter((c) => FILES[c.file] === name) as Extract<Mutation, { kind: 'corrupt' }>[]) {
      const at = corruption.at % (text.length + 1);
      text = text.slice(0, at) + corruption.insert + text.slice(at);
    }
    texts[name] = text;
  }
  return texts;
}

/** What must hold of every run, whatever the input. */
function checkOutcome(code: number | null, stdout: string, stderr: string): void {
  expect(stderr).not.toMatch(/internal error|\n\s+at |threw an exception/);
  expect([0, 1, 2]).toContain(code);
  if (code === 2) {
    expect(stderr).toMatch(/^capi-lint: .+\n$/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    return;
  }
  const findings: { code: string; message: string }[] = JSON.parse(stdout);
  const failed = findings.filter((finding) => /capi-ruleset-internal|could not check|threw an exception/.test(`${finding.code} ${finding.message}`));
  expect(failed).toEqual([]);
}

describe('capi-lint on fuzzed variants of a small CAPI-like spec', () => {
  const debug = process.env.CAPI_RULESET_DEBUG;
  beforeAll(() => {
    process.env.CAPI_RULESET_DEBUG = '1';
  });
  afterAll(() => {
    if (debug === undefined) delete process.env.CAPI_RULESET_DEBUG;
    else process.env.CAPI_RULESET_DEBUG = debug;
  });

  it('lints the unbroken spec cleanly enough to be a fair base', async () => {
    const folder = writeTree(mutate([]));
    const { code, stdout, stderr } = await run([path.join(folder, 'openapi.yaml'), '-f', 'json']);
    checkOutcome(code, stdout, stderr);
    expect(code).not.toBe(2);
  });

  it('ends every variant with exit 0, 1 or 2, one line on error, no rule failing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const folder = writeTree(mutate(mutations));
        try {
          const { code, stdout, stderr } = await run([path.join(folder, 'openapi.yaml'), '-f', 'json']);
          checkOutcome(code, stdout, stderr);
        } finally {
          fs.rmSync(folder, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
  });

  it('ends every variant with 1 MB strings or deep nesting within the hang-guard', async () => {
    await fc.assert(
      fc.property(fc.tuple(hangProne, fc.array(mutation, { maxLength: 2 })), ([hostile, others]) => {
        const folder = writeTree(mutate([hostile, ...others]));
        try {
          const { code, signal, stdout, stderr } = runGuarded([path.join(folder, 'openapi.yaml'), '-f', 'json'], 60);
          expect(signal).toBeNull();
          checkOutcome(code, stdout, stderr);
        } finally {
          fs.rmSync(folder, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: 10, endOnFailure: true },
    );
  });
});
