import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT } from './harness';
import { copyOfficialTree, LspClient } from './lsp-client';
import { describeWithSharedSpec } from './shared';

const { lint } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

const PUT = ['  put:', '    summary: Replace an app', '    operationId: replaceApp', '    responses:', "      '200':", '        description: OK'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describeWithSharedSpec('capi-lint language server on the official multi-file tree', () => {
  let folder: string;
  let client: LspClient;
  let apps: string;
  let appsText: string;
  let original: Diagnostic[];

  beforeAll(async () => {
    folder = copyOfficialTree();
    apps = path.join(folder, 'paths', 'Apps.yaml');
    appsText = fs.readFileSync(apps, 'utf8');
    client = new LspClient();
    await client.initialize(folder, { capi: { specs: ['openapi.yaml'] } });
  });

  afterAll(() => {
    client?.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("publishes capi-lint's findings for an opened path file at capi-lint's ranges, with rule id, docs page and severity", async () => {
    await client.open(apps);
    const diagnostics = await client.diagnosticsOf(apps);
    original = diagnostics;
    const expected = (await lint(path.join(folder, 'openapi.yaml'), { cwd: folder })).results.filter((result) => result.source === apps);
    expect(expected.length).toBeGreaterThan(0);
    expect(diagnostics).toEqual(
      expected.map((result) => ({
        range: result.range,
        severity: result.severity + 1,
        code: result.code,
        codeDescription: { href: result.documentationUrl },
        source: 'capi-lint',
        message: result.message,
      })),
    );
  });

  it('lints the unsaved buffer: a PUT typed into Apps.yaml is reported at its line, and gone once removed', async () => {
    const lines = appsText.split('\n');
    const at = lines.indexOf('/v3/apps/{guid}:') + 1;
    const withPut = [...lines.slice(0, at), ...PUT, ...lines.slice(at)].join('\n');
    await client.change(apps, withPut);
    const added = await client.diagnosticsOf(apps, (diagnostics) => codes(diagnostics).includes('capi-verbs-no-put'));
    const put = added.find((diagnostic) => diagnostic.code === 'capi-verbs-no-put')!;
    expect(put.range.start.line).toBe(at);
    expect(put.severity).toBe(2);
    expect(fs.readFileSync(apps, 'utf8')).toBe(appsText);

    await client.change(apps, appsText);
    const fixed = await client.diagnosticsOf(apps, (diagnostics) => !codes(diagnostics).includes('capi-verbs-no-put'));
    expect(fixed).toEqual(original);
  });

  it('reports a half-typed YAML file of the tree as one diagnostic where the parser stopped, clears the rest, and recovers', async () => {
    const stacks = path.join(folder, 'paths', 'Stacks.yaml');
    const text = fs.readFileSync(stacks, 'utf8');
    await client.open(stacks, `${text}\n/v3/stacks/broken:\n  get: [unclosed\n`);
    const [broken, ...more] = await client.diagnosticsOf(stacks, (diagnostics) => codes(diagnostics).includes('input-error'));
    expect(more).toEqual([]);
    expect(broken.message).toMatch(/Stacks\.yaml:\d+:\d+: malformed YAML/);
    expect(broken.range.start.line).toBeGreaterThanOrEqual(text.split('\n').length);
    expect(await client.diagnosticsOf(apps, (diagnostics) => diagnostics.length === 0)).toEqual([]);

    await client.change(stacks, text);
    expect(await client.diagnosticsOf(apps, (diagnostics) => diagnostics.length > 0)).toEqual(original);
    expect(await client.diagnosticsOf(stacks, (diagnostics) => !codes(diagnostics).includes('input-error'))).not.toContainEqual(broken);
  });

  it('reports a broken $ref at the $ref, naming the missing file', async () => {
    const line = appsText.split('\n').findIndex((text) => text.includes('Page.yaml'));
    await client.change(apps, appsText.replace('../components/parameters/Page.yaml', '../components/parameters/Pag.yaml'));
    const [broken, ...more] = await client.diagnosticsOf(apps, (diagnostics) => codes(diagnostics).includes('input-error'));
    expect(more).toEqual([]);
    expect(broken.message).toContain('points to a missing file');
    expect(broken.message).toContain('Pag.yaml');
    expect(broken.range.start.line).toBe(line);

    await client.change(apps, appsText);
    expect(await client.diagnosticsOf(apps, (diagnostics) => !codes(diagnostics).includes('input-error'))).toEqual(original);
  });

  it('keeps the findings of a tree in which no file changed (a save) without linting it again', async () => {
    const root = path.join(folder, 'openapi.yaml');
    client.logs.splice(0);
    client.forget(apps);
    await client.save(apps);
    await client.logged(new RegExp(`^capi-lint: ${escape(root)}: no file of it changed since its last lint`));
    expect(await client.diagnosticsOf(apps)).toEqual(original);
    expect(client.logs.filter((message) => message.startsWith('capi-lint: linted'))).toEqual([]);
  });

  it('shuts down and exits with code 0', async () => {
    expect(await client.stop()).toBe(0);
  });
});
