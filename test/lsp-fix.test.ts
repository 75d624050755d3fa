import * as fs from 'fs';
import * as path from 'path';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileURLToPath } from 'url';
import { ROOT } from './harness';
import { LspClient, uriOf } from './lsp-client';
import { copyTree } from './fix-support';
import { applyEdits } from '../lib/fix/edit';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'fix');

describe('language server code actions', () => {
  let folder: string;
  let client: LspClient;
  let things: string;

  beforeAll(async () => {
    folder = path.join(copyTree(FIXTURE), 'tree');
    things = path.join(folder, 'paths', 'things.yaml');
    client = new LspClient();
    await client.initialize(folder, { capi: { specs: ['openapi.yaml'] } });
  });

  afterAll(() => {
    client?.kill();
    fs.rmSync(path.dirname(path.dirname(folder)), { recursive: true, force: true });
  });

  const actions = (file: string, diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(file) },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;

  /** The unsaved texts of the files the test opened. */
  const buffers = new Map<string, string>();
  const open = async (file: string) => {
    buffers.set(file, fs.readFileSync(file, 'utf8'));
    await client.open(file);
  };

  /** Applies a workspace edit as an editor does: to the buffer of an open file, else to the file on disk. */
  async function apply(action: CodeAction): Promise<void> {
    for (const [uri, edits] of Object.entries(action.edit!.changes!)) {
      const file = fileURLToPath(uri);
      const text = applyEdits(buffers.get(file) ?? fs.readFileSync(file, 'utf8'), edits.map((edit) => ({ file, ...edit })));
      if (buffers.has(file)) {
        buffers.set(file, text);
        await client.change(file, text);
      } else {
        fs.writeFileSync(file, text);
        await client.changedOnDisk(file);
      }
    }
  }

  it('advertises quick fixes and source.fixAll.capi', () => {
    expect(client.serverCapabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.capi'] });
  });

  it('offers a preferred quick fix for a diagnostic with a safe fix, none for one without', async () => {
    await open(things);
    const diagnostics = await client.diagnosticsOf(things, (found) => found.some((diagnostic) => diagnostic.code === 'capi-query-parameters-comma-delimited'));
    const comma = diagnostics.find((diagnostic) => diagnostic.code === 'capi-query-parameters-comma-delimited')!;
    const tags = diagnostics.find((diagnostic) => diagnostic.code === 'operation-tags')!;
    const found = await actions(things, [comma, tags], ['quickfix']);
    expect(found.map(({ title, kind, isPreferred, diagnostics: fixed }) => ({ title, kind, isPreferred, codes: fixed?.map((diagnostic) => diagnostic.code) }))).toEqual([
      { title: 'Declare "style: form" and "explode: false" on query parameter "guids"', kind: 'quickfix', isPreferred: true, codes: ['capi-query-parameters-comma-delimited'] },
    ]);
    expect(Object.keys(found[0].edit!.changes!)).toEqual([uriOf(things)]);
  }, 120000);

  it('fix-all edits every file of the tree (the component definitions too, none above the spec\'s folder), and the findings go', async () => {
    const [fixAll] = await actions(things, [], ['source.fixAll.capi']);
    expect(fixAll.kind).toBe('source.fixAll.capi');
    const files = Object.keys(fixAll.edit!.changes!).map((uri) => path.relative(folder, fileURLToPath(uri))).sort();
    expect(files).toEqual([path.join('components', 'parameters', 'Names.yaml'), path.join('components', 'schemas', 'Pagination.yaml'), path.join('components', 'schemas', 'Thing.yaml'), path.join('paths', 'things.yaml'), path.join('paths', 'widgets.yaml')]);
    await apply(fixAll);
    const fixable = ['capi-query-parameters-comma-delimited', 'capi-resources-required-fields', 'capi-pagination-fields'];
    const names = path.join(folder, 'components', 'parameters', 'Names.yaml');
    expect(fs.readFileSync(names, 'utf8')).toMatch(/description: Names\nstyle: form\nexplode: false\n$/);
    await open(names);
    await client.diagnosticsOf(names, (found) => !found.some((diagnostic) => fixable.includes(String(diagnostic.code))));
    // The operation's marker and the parameter that ends it insert at one place: one of them waits for the next fix-all.
    const overlapping = ['capi-query-parameters-comma-delimited', 'capi-experimental-marker'];
    const waiting = (found: Diagnostic[]) => found.filter((diagnostic) => overlapping.includes(String(diagnostic.code)));
    await client.diagnosticsOf(things, (found) => waiting(found).length === 1 && !found.some((diagnostic) => diagnostic.message.includes('"guids"')));
    const [again] = await actions(things, [], ['source.fixAll.capi']);
    expect(Object.keys(again.edit!.changes!)).toEqual([uriOf(things)]);
    await apply(again);
    await client.diagnosticsOf(things, (found) => waiting(found).length === 0);
  }, 120000);
});
