import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { readSettings } from '../cli/lsp/settings';
import { BUNDLED_SERVER, serverModule, WORKSPACE_SERVER } from '../editors/vscode/src/server-module';
import { DiagnosticSeverity, fakeVscode, TextDocument, type FakeWorkspace } from './support/fake-vscode';
import { zipEntries } from './support/zip';
import { ROOT } from './harness';

// The VS Code extension (editors/vscode), as `npm run package:vscode` packages it. VS Code itself
// cannot run here: these tests check the .vsix, and run its extension with the real
// vscode-languageclient (bundled in it) against a fake `vscode` module (test/support/fake-vscode.ts).

// picomatch (there through jest and Spectral's CLI) matches globs as VS Code's workspaceContains does, for these patterns.
const picomatch: { isMatch(file: string, pattern: string, options: object): boolean } = require('picomatch');

const EXTENSION = path.join(ROOT, 'editors', 'vscode');
const { version } = require(path.join(ROOT, 'package.json'));
const VSIX = path.join(EXTENSION, `capi-lint-${version}.vsix`);

const temporary: string[] = [];
const tempFolder = (prefix: string) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(folder);
  return folder;
};
afterAll(() => temporary.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

let entries: Map<string, Buffer>;
/** The .vsix unpacked: its `extension/` folder is what VS Code installs. */
let installed: string;
let manifest: any;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package-vscode.js')], { cwd: ROOT, stdio: 'pipe' });
  entries = await zipEntries(VSIX);
  const unpacked = tempFolder('capi-vsix-');
  for (const [name, content] of entries) {
    fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    fs.writeFileSync(path.join(unpacked, name), content);
  }
  installed = path.join(unpacked, 'extension');
  manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
}, 300_000);

describe('the VS Code extension package', () => {
  it('holds the manifest, the extension entry, the bundled server, and no sources', () => {
    const names = [...entries.keys()];
    expect(names).toEqual(
      expect.arrayContaining(['extension.vsixmanifest', 'extension/package.json', 'extension/readme.md', 'extension/dist/extension.js', 'extension/server/capi-lsp.js', 'extension/server/capi-rules.js']),
    );
    expect(path.posix.join('extension', manifest.main)).toBe('extension/dist/extension.js');
    expect(names.filter((name) => name.endsWith('.ts') || name.includes('/src/') || name.includes('node_modules/'))).toEqual([]);
    expect(manifest.version).toBe(version);
  });

  it('contributes exactly the capi.* settings the server reads, with its defaults and a description each', () => {
    const properties: Record<string, any> = manifest.contributes.configuration.properties;
    expect(Object.keys(properties).sort()).toEqual(serverSettings().map((name) => `capi.${name}`).sort());
    const defaults = readSettings(undefined) as unknown as Record<string, unknown>;
    for (const name of serverSettings()) {
      expect([name, properties[`capi.${name}`].default]).toEqual([name, defaults[name] ?? null]);
      expect(properties[`capi.${name}`].markdownDescription ?? properties[`capi.${name}`].description).toMatch(/\w+ \w+ \w+ \w+/);
    }
  });

  it('activates only in a workspace with an OpenAPI file, never on any YAML file', () => {
    const patterns = manifest.activationEvents.map((event: string) => {
      expect(event).toMatch(/^workspaceContains:/);
      return event.slice('workspaceContains:'.length);
    });
    const activates = (file: string) => patterns.some((pattern: string) => picomatch.isMatch(file, pattern, { dot: true }));
    for (const file of ['openapi.yaml', 'openapi.json', 'spec/openapi.yml', 'apps.openapi.yaml', '.capi-lint-baseline.yaml']) expect([file, activates(file)]).toEqual([file, true]);
    for (const file of ['docker-compose.yml', 'package.json', 'paths/Apps.yaml', 'swagger.json']) expect([file, activates(file)]).toEqual([file, false]);
  });

  it('supports an untrusted workspace in a limited way, and says how', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: 'limited', description: expect.stringMatching(/\.spectral\..*not loaded/) });
  });
});

describe('the VS Code extension with the real language client (a fake VS Code)', () => {
  /** A workspace folder with the embedded example (a PUT: capi-verbs-no-put, a warning) as openapi.yaml. */
  function workspaceWith(files: Record<string, string> = {}): { folder: string; spec: string } {
    const folder = tempFolder('capi-vscode-');
    const spec = path.join(folder, 'openapi.yaml');
    fs.copyFileSync(path.join(ROOT, 'examples', 'capi-example.yaml'), spec);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
    return { folder, spec };
  }

  /** Activates the unpacked extension in `workspace`, returns the diagnostics of `spec` and what the output channel said, and deactivates it. */
  async function run(workspace: FakeWorkspace, spec: string) {
    const fake = fakeVscode(workspace);
    jest.resetModules();
    jest.doMock('vscode', () => fake.vscode, { virtual: true });
    const extension = require(path.join(installed, 'dist', 'extension.js'));
    const context = { subscriptions: [] as { dispose(): unknown }[], extensionPath: installed };
    try {
      await extension.activate(context);
      try {
        const diagnostics = await fake.diagnostics.of(spec, (found) => found.length > 0, 60_000);
        return { diagnostics, output: fake.output.join('\n'), settingsRead: fake.settingsRead };
      } catch (error: any) {
        throw new Error(`${error.message}\nthe output channel:\n${fake.output.join('\n')}`);
      }
    } finally {
      await extension.deactivate();
      context.subscriptions.forEach((each) => each.dispose());
    }
  }

  it('starts the bundled server, which lints the open spec with the settings VS Code holds', async () => {
    const { folder, spec } = workspaceWith();
    const { diagnostics, output, settingsRead } = await run({ folder, trusted: true, settings: { capi: { specs: ['openapi.yaml'], debounceMs: 0 } }, documents: [new TextDocument(spec, 'yaml')] }, spec);
    // The server asked for the `capi` section (workspace/configuration), which the client read from VS Code.
    expect(settingsRead).toContain('capi');
    expect(output).toContain(`starting ${path.join(installed, BUNDLED_SERVER)} (bundled with the extension)`);
    const noPut = diagnostics.find((diagnostic) => (diagnostic.code as any)?.value === 'capi-verbs-no-put');
    expect(noPut).toMatchObject({ severity: DiagnosticSeverity.Warning, source: 'capi-lint', message: expect.stringContaining('PUT /v3/apps/{guid}') });
    expect(String((noPut!.code as any).target)).toMatch(/\/docs\/rules\/capi-verbs-no-put\.md$/);
    expect(noPut!.range.start.line).toBeGreaterThan(0);
    expect(diagnostics.length).toBeGreaterThan(10);
  });

  it("tells the server of an untrusted workspace, whose .spectral.js is then not run and says why in one diagnostic", async () => {
    const ruleset = `console.error('the workspace ruleset ran');\nmodule.exports = { rules: {} };\n`;
    const { folder, spec } = workspaceWith({ '.spectral.js': ruleset });
    const { diagnostics } = await run({ folder, trusted: false, settings: {}, documents: [new TextDocument(spec, 'yaml')] }, spec);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/^\.spectral\.js not loaded: this workspace is not trusted/)]);
  });

  it("says in one error what to install for a trusted workspace's .spectral.yaml, which the bundled server cannot load", async () => {
    const { folder, spec } = workspaceWith({ '.spectral.yaml': 'extends: ["@capi/ruleset"]\n' });
    const { diagnostics } = await run({ folder, trusted: true, settings: {}, documents: [new TextDocument(spec, 'yaml')] }, spec);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/needs @stoplight\/spectral-cli to load this ruleset: npm install --save-dev/)]);
  });
});

describe("the extension's choice of server", () => {
  it("starts a trusted workspace's own @capi/ruleset, else the bundled server; never an untrusted workspace's", () => {
    const folder = tempFolder('capi-vscode-server-');
    const extensionPath = '/extensions/capi-lint';
    expect(serverModule(extensionPath, [folder], true)).toEqual({ module: path.join(extensionPath, BUNDLED_SERVER), from: 'extension' });
    fs.mkdirSync(path.dirname(path.join(folder, WORKSPACE_SERVER)), { recursive: true });
    fs.writeFileSync(path.join(folder, WORKSPACE_SERVER), '');
    expect(serverModule(extensionPath, [folder], true)).toEqual({ module: path.join(folder, WORKSPACE_SERVER), from: 'workspace' });
    expect(serverModule(extensionPath, [folder], false)).toEqual({ module: path.join(extensionPath, BUNDLED_SERVER), from: 'extension' });
  });
});

/** The settings the server reads: the members of `Settings` in cli/lsp/settings.ts. */
function serverSettings(): string[] {
  const source = ts.createSourceFile('settings.ts', fs.readFileSync(path.join(ROOT, 'cli', 'lsp', 'settings.ts'), 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Settings') {
      for (const member of node.members) if (member.name && ts.isIdentifier(member.name)) names.push(member.name.text);
    }
  });
  expect(names.length).toBeGreaterThan(0);
  return names;
}
