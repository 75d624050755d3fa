import * as fs from 'fs';
import * as path from 'path';
import type { FileReader } from '../lib/source-files';
import { WorkspaceFiles } from '../cli/lsp/workspace-files';
import { ROOT } from './harness';
import { copyOfficialTree } from './lsp-client';
import { describeWithSharedSpec } from './shared';

const { lint } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

const summary = (results: { code: unknown; source?: unknown; range: unknown; message: string }[]) =>
  results.map(({ code, source, range, message }) => ({ code, source, range, message }));

describeWithSharedSpec("the language server's file cache, through lint()", () => {
  let folder: string;
  let root: string;
  let apps: string;
  const buffers = new Map<string, string>();
  const parsedFiles: string[] = [];
  let reader: FileReader;

  beforeAll(() => {
    folder = copyOfficialTree();
    root = path.join(folder, 'openapi.yaml');
    apps = path.join(folder, 'paths', 'Apps.yaml');
    const files = new WorkspaceFiles((file) => buffers.get(file));
    reader = {
      read: (file) => files.read(file),
      parsed: (kind, file, text, parse) => files.parsed(kind, file, text, () => (parsedFiles.push(path.relative(folder, file)), parse())),
    };
  });

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('gives the findings of a plain lint, the second time without reading or parsing any file again', async () => {
    const plain = await lint(root, { cwd: folder });
    const first = await lint(root, { cwd: folder, files: reader });
    expect(summary(first.results)).toEqual(summary(plain.results));
    expect(parsedFiles.length).toBeGreaterThan(100);
    expect(first.files).toContain(apps);

    parsedFiles.length = 0;
    // The fs module itself: `import * as fs` gives this file a copy whose properties cannot be spied on.
    const reads = jest.spyOn(require('fs') as typeof fs, 'readFileSync');
    try {
      const second = await lint(root, { cwd: folder, files: reader });
      expect(summary(second.results)).toEqual(summary(plain.results));
      expect(reads.mock.calls.filter(([file]) => String(file).startsWith(folder))).toEqual([]);
    } finally {
      reads.mockRestore();
    }
    expect(parsedFiles).toEqual([]);
  });

  const withPut = () => fs.readFileSync(apps, 'utf8').replace('/v3/apps/{guid}:\n', '/v3/apps/{guid}:\n  put:\n    responses:\n      "200":\n        description: OK\n');

  it('lints an unsaved buffer from its text, parsing only that file again', async () => {
    buffers.set(apps, withPut());
    parsedFiles.length = 0;
    const edited = await lint(root, { cwd: folder, files: reader });
    expect([...new Set(parsedFiles)]).toEqual([path.join('paths', 'Apps.yaml')]);
    expect(edited.results.filter((result) => result.code === 'capi-verbs-no-put' && result.source === apps)).toHaveLength(1);
    buffers.delete(apps);
  });

  it('reads a file on disk again once it changed', async () => {
    expect((await lint(root, { cwd: folder, files: reader })).results.filter((result) => result.code === 'capi-verbs-no-put' && result.source === apps)).toEqual([]);
    fs.writeFileSync(apps, withPut());
    const changed = await lint(root, { cwd: folder, files: reader });
    expect(changed.results.filter((result) => result.code === 'capi-verbs-no-put' && result.source === apps)).toHaveLength(1);
  });
});
