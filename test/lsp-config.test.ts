import * as fs from 'fs';
import * as path from 'path';
import { specRoots } from '../cli/lsp/spec-roots';
import { ROOT } from './harness';
import { copyOfficialTree, LspClient } from './lsp-client';
import { describeWithSharedSpec } from './shared';

const { main } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

const PUT = ['  put:', '    summary: Replace an app', '    operationId: replaceApp', '    responses:', "      '200':", '        description: OK'];

describeWithSharedSpec('capi-lint language server: workspace set-up', () => {
  let folder: string;

  beforeAll(() => {
    folder = copyOfficialTree();
  });

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('discovers the OpenAPI 3.x documents at the top of the folder as spec roots, not the files they reference', () => {
    const read = (file: string) => fs.readFileSync(file, 'utf8');
    expect(specRoots(folder, undefined, read).map((file) => path.basename(file))).toEqual(['bundled.yaml', 'openapi.yaml']);
    expect(specRoots(folder, ['openapi.yaml'], read)).toEqual([path.join(folder, 'openapi.yaml')]);
  });

  it("applies the folder's .spectral.yaml (a changed severity) and its baseline (only findings it does not hold); re-lints on changes on disk", async () => {
    fs.writeFileSync(
      path.join(folder, '.spectral.yaml'),
      `extends: [${JSON.stringify(path.join(ROOT, 'dist', 'index.js'))}]\nrules:\n  capi-verbs-no-put: info\n`,
    );
    const quiet = { stdout: () => {}, stderr: () => {}, cwd: folder };
    expect(await main(['openapi.yaml', '--write-baseline'], quiet)).toBe(0);

    const client = new LspClient([path.join(ROOT, 'dist', 'capi-lint.js'), '--lsp', '--stdio']);
    try {
      await client.initialize(folder, { capi: { specs: ['openapi.yaml'] } }, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
      const apps = path.join(folder, 'paths', 'Apps.yaml');
      const text = fs.readFileSync(apps, 'utf8');
      await client.open(apps);
      expect(await client.diagnosticsOf(apps)).toEqual([]);

      const lines = text.split('\n');
      const at = lines.indexOf('/v3/apps/{guid}:') + 1;
      await client.change(apps, [...lines.slice(0, at), ...PUT, ...lines.slice(at)].join('\n'));
      const added = await client.diagnosticsOf(apps, (diagnostics) => diagnostics.length > 0);
      expect(added.find((diagnostic) => diagnostic.code === 'capi-verbs-no-put')?.severity).toBe(3);
      expect(added.filter((diagnostic) => diagnostic.range.start.line < at || diagnostic.range.start.line >= at + PUT.length)).toEqual([]);

      // A file of the tree changed on disk, not in the editor: its tree is linted again.
      expect(client.registered).toContain('workspace/didChangeWatchedFiles');
      const stacks = path.join(folder, 'paths', 'Stacks.yaml');
      const stacksLines = fs.readFileSync(stacks, 'utf8').split('\n');
      const stacksAt = stacksLines.indexOf('/v3/stacks/{guid}:') + 1;
      fs.writeFileSync(stacks, [...stacksLines.slice(0, stacksAt), ...PUT, ...stacksLines.slice(stacksAt)].join('\n'));
      await client.changedOnDisk(stacks);
      const onDisk = await client.diagnosticsOf(stacks, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'capi-verbs-no-put'));
      expect(onDisk.find((diagnostic) => diagnostic.code === 'capi-verbs-no-put')?.range.start.line).toBe(stacksAt);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});
