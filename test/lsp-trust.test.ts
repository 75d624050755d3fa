import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT } from './harness';
import { LspClient } from './lsp-client';

// VS Code's workspace trust, as the capi-lint extension passes it: initializationOptions.workspaceTrusted.

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A folder with the embedded example as openapi.yaml (it has a PUT: capi-verbs-no-put, a warning), and `ruleset` as `.spectral.js`. */
function workspace(ruleset?: string): { folder: string; spec: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-lsp-trust-'));
  folders.push(folder);
  const spec = path.join(folder, 'openapi.yaml');
  fs.copyFileSync(path.join(ROOT, 'examples', 'capi-example.yaml'), spec);
  if (ruleset !== undefined) fs.writeFileSync(path.join(folder, '.spectral.js'), ruleset);
  return { folder, spec };
}

/** Printed on stderr by the JavaScript ruleset when it runs. */
const RAN = 'the workspace ruleset ran';
/** A JavaScript ruleset that says when it runs and makes capi-verbs-no-put an info. */
const JS_RULESET =
  `console.error(${JSON.stringify(RAN)});\n` +
  `const capi = require(${JSON.stringify(path.join(ROOT, 'dist', 'index.js'))});\n` +
  `module.exports = { extends: [capi], rules: { 'capi-verbs-no-put': 'info' } };\n`;

/** The spec's diagnostics, and the server's stderr (its lint worker's) once it exited. */
async function lintWith(initializationOptions: unknown, spec: string, folder: string): Promise<{ diagnostics: Diagnostic[]; stderr: string }> {
  const client = new LspClient();
  try {
    await client.initialize(folder, initializationOptions);
    await client.open(spec);
    const diagnostics = await client.diagnosticsOf(spec);
    expect(await client.stop()).toBe(0);
    return { diagnostics, stderr: client.stderr };
  } finally {
    client.kill();
  }
}

const noPut = (diagnostics: Diagnostic[]) => diagnostics.find((diagnostic) => diagnostic.code === 'capi-verbs-no-put');

describe('capi-lint language server: an untrusted workspace', () => {
  it("does not run the workspace's JavaScript ruleset, and says why in one diagnostic at the top of the spec", async () => {
    const { folder, spec } = workspace(JS_RULESET);
    const { diagnostics, stderr } = await lintWith({ workspaceTrusted: false }, spec, folder);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: DiagnosticSeverity.Error,
      code: 'input-error',
      range: { start: { line: 0, character: 0 } },
    });
    expect(diagnostics[0].message).toMatch(/^\.spectral\.js not loaded: this workspace is not trusted, .*trust the workspace/);
    expect(stderr).not.toContain(RAN);
  });

  it('does not load a YAML ruleset either (it can name JavaScript functions and packages)', async () => {
    const { folder, spec } = workspace();
    fs.writeFileSync(path.join(folder, '.spectral.yaml'), 'extends: ["@capi/ruleset"]\nfunctionsDir: ./functions\nfunctions: [mine]\n');
    const { diagnostics } = await lintWith({ workspaceTrusted: false }, spec, folder);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/^\.spectral\.yaml not loaded: this workspace is not trusted/)]);
  });

  it('lints with the bundled ruleset when the workspace has no ruleset of its own', async () => {
    const { folder, spec } = workspace();
    const { diagnostics } = await lintWith({ workspaceTrusted: false }, spec, folder);
    expect(noPut(diagnostics)?.severity).toBe(DiagnosticSeverity.Warning);
    expect(diagnostics.some((diagnostic) => diagnostic.code === 'input-error')).toBe(false);
  });

  it.each([
    ['trusted', { workspaceTrusted: true }],
    ['not told (any other client)', undefined],
  ])("runs the workspace's JavaScript ruleset when %s", async (_, initializationOptions) => {
    const { folder, spec } = workspace(JS_RULESET);
    const { diagnostics, stderr } = await lintWith(initializationOptions, spec, folder);
    expect(noPut(diagnostics)?.severity).toBe(DiagnosticSeverity.Information);
    expect(stderr).toContain(RAN);
  });
});
