import * as path from 'path';
import { smallSpec, writeTree } from './support/hostile';
import { ROOT } from './harness';

const { main } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

async function run(spec: string) {
  let stderr = '';
  const code = await main([spec, '-f', 'json'], { stdout: () => undefined, stderr: (text) => (stderr += text), cwd: ROOT });
  return { code, stderr };
}

/** Exit 2 with exactly one line, naming what it must name, and no JavaScript internals. */
async function expectInputError(spec: string, ...mentions: RegExp[]) {
  const { code, stderr } = await run(spec);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const mention of mentions) expect(stderr).toMatch(mention);
  expect(code).toBe(2);
}

const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe('capi-lint on input no bundler can follow', () => {
  it('lints a spec whose section is null when nothing points into it', async () => {
    const spec = smallSpec();
    spec.paths['/v3/apps'].get.responses['200'].content['application/json'].schema = { type: 'object' };
    spec.components = { schemas: null };
    const folder = writeTree({ 'openapi.json': spec });
    const { code, stderr } = await run(path.join(folder, 'openapi.json'));
    expect(stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(code);
  });

  it('names the $ref that points through a null section', async () => {
    const spec = smallSpec();
    spec.components = { schemas: null };
    const folder = writeTree({ 'openapi.json': spec });
    await expectInputError(path.join(folder, 'openapi.json'), escape(path.join(folder, 'openapi.json')), escape('$ref "#/components/schemas/App"'), /which is null/);
  });

  it('names a $ref that points to itself', async () => {
    const spec = smallSpec();
    spec.components.schemas.App = { $ref: '#/components/schemas/App' };
    const folder = writeTree({ 'openapi.json': spec });
    await expectInputError(path.join(folder, 'openapi.json'), escape('$ref "#/components/schemas/App" at #/components/schemas/App points to itself'));
  });

  it('names two $refs that point at each other', async () => {
    const spec = smallSpec();
    spec.components.schemas.App = { $ref: '#/components/schemas/Other' };
    spec.components.schemas.Other = { $ref: '#/components/schemas/App' };
    const folder = writeTree({ 'openapi.json': spec });
    await expectInputError(path.join(folder, 'openapi.json'), /\$ref "#\/components\/schemas\/(App|Other)"/, /cycle of 2 \$refs/);
  });

  it('names a $ref with a malformed %-escape', async () => {
    const spec = smallSpec();
    spec.paths['/v3/apps'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/A%zz' };
    const folder = writeTree({ 'openapi.json': spec });
    await expectInputError(path.join(folder, 'openapi.json'), escape('$ref "#/components/schemas/A%zz"'), /malformed %-escape/);
  });

  it('names a $ref that includes the object containing it (a bundle that would contain itself)', async () => {
    const spec = smallSpec();
    spec.paths['/v3/apps'].get.responses['200'].content['application/json'].schema = { $ref: 'schemas.json#/Wrapper' };
    const folder = writeTree({
      'openapi.json': spec,
      'schemas.json': { Wrapper: { type: 'object', properties: { all: { $ref: 'openapi.json#/components' } } } },
    });
    await expectInputError(path.join(folder, 'openapi.json'), escape(`${path.join(folder, 'schemas.json')}: $ref "openapi.json#/components" at #/Wrapper/properties/all`), /contain itself/);
  });
});

describe('capi-lint on YAML that expands or nests without bound', () => {
  const laughs = ['x-laughs:', '  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level++) laughs.push(`  a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(',')}]`);
  const yaml = (extra: string) => `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\n${extra}\n`;

  it('refuses an alias bomb in the root file, naming it', async () => {
    const folder = writeTree({ 'openapi.yaml': yaml(laughs.join('\n')) });
    await expectInputError(path.join(folder, 'openapi.yaml'), escape(path.join(folder, 'openapi.yaml')), /alias bomb/);
  });

  it('refuses an alias bomb in a referenced file, naming that file', async () => {
    const folder = writeTree({
      'openapi.yaml': yaml("components:\n  schemas:\n    S: { $ref: 'schemas.yaml#/S' }"),
      'schemas.yaml': `S:\n  type: object\n${laughs.map((line) => `  ${line}`).join('\n')}\n`,
    });
    await expectInputError(path.join(folder, 'openapi.yaml'), escape(path.join(folder, 'schemas.yaml')), /alias bomb/);
  });

  it('lints a file whose aliases only reuse a few nodes', async () => {
    const folder = writeTree({ 'openapi.yaml': yaml("x-a: &shared { type: string }\nx-b: *shared\nx-c: *shared") });
    const { code, stderr } = await run(path.join(folder, 'openapi.yaml'));
    expect(stderr).not.toMatch(/alias|internal error/);
    expect([0, 1]).toContain(code);
  });

  it('refuses an alias inside its own anchor', async () => {
    const folder = writeTree({ 'openapi.yaml': yaml('x-loop: &loop\n  again: *loop') });
    await expectInputError(path.join(folder, 'openapi.yaml'), /recursive alias/);
  });

  it('refuses 10,000 levels of nesting in YAML and in JSON', async () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    const folder = writeTree({ 'openapi.yaml': yaml(`x-deep: ${deep}`), 'openapi.json': `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":${deep}}` });
    await expectInputError(path.join(folder, 'openapi.yaml'), /nested/);
    await expectInputError(path.join(folder, 'openapi.json'), /nested/);
  });

  it('refuses nesting past the bundler limit in a referenced file, naming its line', async () => {
    const deep = `${'{"a":'.repeat(150)}1${'}'.repeat(150)}`;
    const folder = writeTree({ 'openapi.yaml': yaml("components:\n  schemas:\n    S: { $ref: 'deep.json' }"), 'deep.json': deep });
    await expectInputError(path.join(folder, 'openapi.yaml'), escape(`${path.join(folder, 'deep.json')}:1:`), /nested more than 100 levels/);
  });
});
