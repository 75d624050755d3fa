import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';
import { copyOfficialTree } from './lsp-client';
import { describeWithSharedSpec } from './shared';

const { lint } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

const hasNeovim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;

/** Under CI a missing `nvim` fails the test (.ci/run installs Debian's neovim); elsewhere it skips, saying so. */
function describeWithNeovim(name: string, body: () => void): void {
  if (hasNeovim || process.env.CI) {
    describeWithSharedSpec(name, body);
  } else {
    console.warn(`Skipping "${name}": nvim is not installed (CI is unset; apt-get install neovim).`);
    describe.skip(name, body);
  }
}

/**
 * Runs a Lua script of test/fixtures/neovim in headless Neovim with editors/neovim/capi-lint.lua
 * and the built language server; `env` adds the script's own variables (CAPI_FILE, CAPI_OUT, ...).
 * It expects a clean exit.
 */
function runNeovimScript(script: string, cwd: string, env: Record<string, string>): void {
  const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test', 'fixtures', 'neovim', script)}`], {
    cwd,
    encoding: 'utf8',
    timeout: 170_000,
    env: {
      ...process.env,
      CAPI_NVIM_CONFIG: path.join(ROOT, 'editors', 'neovim', 'capi-lint.lua'),
      CAPI_NODE: process.execPath,
      CAPI_LSP: path.join(ROOT, 'dist', 'capi-lsp.js'),
      CAPI_WAIT_MS: '150000',
      ...env,
    },
  });
  expect({ status: run.status, error: run.error?.message, stderr: run.stderr }).toEqual({ status: 0, error: undefined, stderr: '' });
}

describeWithNeovim('Neovim with editors/neovim/capi-lint.lua', () => {
  let folder: string;

  beforeAll(() => {
    folder = copyOfficialTree();
  });

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("shows capi-lint's findings in an opened path file of the official tree", async () => {
    expect(hasNeovim).toBe(true);
    const file = path.join(folder, 'paths', 'Apps.yaml');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'capi-nvim-')), 'diagnostics.json');
    runNeovimScript('diagnostics.lua', folder, { CAPI_FILE: file, CAPI_OUT: out });
    const shown = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(path.dirname(out), { recursive: true, force: true });

    const expected = (await lint(path.join(folder, 'openapi.yaml'), { cwd: folder })).results.filter((result) => result.source === file);
    expect(expected.length).toBeGreaterThan(0);
    expect(shown.published).toBe(true);
    expect(shown.filetype).toBe('yaml');
    const byPosition = (a: { lnum: number; code: string }, b: { lnum: number; code: string }) => a.lnum - b.lnum || a.code.localeCompare(b.code);
    expect(shown.diagnostics.map(({ code, lnum, source }: any) => ({ code, lnum, source })).sort(byPosition)).toEqual(
      expected.map((result) => ({ code: String(result.code), lnum: result.range.start.line, source: 'capi-lint' })).sort(byPosition),
    );
  }, 200_000);
});

describeWithNeovim('Neovim applies a capi-lint quick fix', () => {
  it('vim.lsp.buf.code_action applies the preferred fix headless, then the diagnostic is gone', () => {
    expect(hasNeovim).toBe(true);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-nvim-fix-'));
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'fix'), copy, { recursive: true });
    const tree = path.join(copy, 'tree');
    const file = path.join(tree, 'components', 'parameters', 'Names.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const out = path.join(copy, 'result.json');
    try {
      runNeovimScript('code-action.lua', tree, { CAPI_FILE: file, CAPI_CODE: 'capi-query-parameters-comma-delimited', CAPI_OUT: out });
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      expect(result).toEqual({
        found: true,
        chosen: 'Declare "style: form" and "explode: false" on query parameter "names"',
        gone: true,
        text: `${before}style: form\nexplode: false`,
      });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 200_000);
});
