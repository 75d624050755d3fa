import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';

const CLI = path.join(ROOT, 'dist', 'capi-lint.js');
// What requiring the command loads: its launcher, then its bundle (cli/bin/capi-lint.ts).
const CLI_FILES = [CLI, path.join(ROOT, 'dist', 'capi-lint.bundle.js')];
const MULTI = path.join(ROOT, 'test', 'fixtures', 'multi', 'openapi.yaml');

/** Lints MULTI in a fresh process from `cwd`; returns the rule ids found, their messages and the modules it loaded. */
function lintInFreshProcess(ruleset: string | undefined, cwd: string): { codes: string[]; messages: string[]; modules: string[] } {
  const script = `
    const { lint } = require(${JSON.stringify(CLI)});
    lint(${JSON.stringify(MULTI)}, { ruleset: ${JSON.stringify(ruleset)}, cwd: ${JSON.stringify(cwd)} }).then(({ results }) => {
      const messages = results.map((r) => r.message);
      console.log(JSON.stringify({ codes: [...new Set(results.map((r) => r.code))], messages, modules: Object.keys(require.cache) }));
    });`;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
  if (status !== 0) throw new Error(stderr);
  return JSON.parse(stdout);
}

const loaded = (modules: string[], pattern: RegExp) => modules.filter((file) => pattern.test(file.split(path.sep).join('/')));

describe('capi-lint loads only what its run needs', () => {
  it('runs the CAPI rules alone from any folder by their package export, loading no module but its own file', () => {
    const { codes, modules } = lintInFreshProcess('@capi/ruleset/capi-rules', os.tmpdir());
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !code.startsWith('capi-'))).toEqual([]);
    expect(modules).toEqual(CLI_FILES);
  });

  it('runs the full ruleset by default loading no module but its own file', () => {
    const { codes, modules } = lintInFreshProcess(undefined, os.tmpdir());
    expect(codes).toContain('capi-verbs-no-put');
    expect(codes).toContain('array-items');
    expect(modules).toEqual(CLI_FILES);
  });

  it('loads a user ruleset file through the bundler, as spectral lint -r does', () => {
    const { codes, modules } = lintInFreshProcess(path.join(ROOT, 'test', 'fixtures', 'rulesets', 'two-rules.yaml'), os.tmpdir());
    expect(codes.sort()).toEqual(['array-items', 'capi-verbs-no-put']);
    expect(loaded(modules, /spectral-ruleset-bundler/).length).toBeGreaterThan(0);
  });

  it("gives a user ruleset the Spectral capi-lint runs, not the installed one (the same classes, for instanceof)", () => {
    const { codes, messages } = lintInFreshProcess(path.join(ROOT, 'test', 'fixtures', 'rulesets', 'same-spectral.js'), os.tmpdir());
    expect(codes).toEqual(['same-spectral']);
    expect(messages).toEqual(['one Spectral']);
  });
});

// The commands carry Spectral and every other dependency (tsup.config.ts); the ruleset entries
// must not: `spectral lint` loads them into its own Spectral.
const DIST = path.join(ROOT, 'dist');
const distText = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');
/** A require() call; not one inside generated code text (ajv's standalone code emits `'require("ajv/dist/runtime/uri")'`). */
const REQUIRE_CALL = /(?<![`'"])require\(["']([^"']+)["']\)/g;
const requiredPackages = (file: string) => [...distText(file).matchAll(REQUIRE_CALL)].map((match) => match[1]).filter((id) => !id.startsWith('.') && !builtinModules.includes(id.replace(/^node:/, '')));
const RULESET_ENTRIES = ['index.js', 'capi-rules.js', 'functions.js'];
const COMMANDS = ['capi-lint.bundle.js', 'capi-lsp.bundle.js', 'capi-report.bundle.js', 'capi-action.bundle.js'];
const LAUNCHERS = ['capi-lint.js', 'capi-lsp.js', 'capi-report.js', 'capi-action.js'];

describe('dist/', () => {
  it("the ruleset entries use the host's @stoplight/spectral-* packages and carry no copy of Spectral", () => {
    const chunks = fs.readdirSync(DIST).filter((file) => file.startsWith('chunk-') && file.endsWith('.js'));
    const entries = [...RULESET_ENTRIES, ...chunks];
    expect(new Set(entries.flatMap(requiredPackages).filter((id) => !id.startsWith('@stoplight/spectral-')))).toEqual(new Set());
    expect(entries.flatMap(requiredPackages)).toContain('@stoplight/spectral-core');
    for (const file of entries) expect({ file, copy: /node_modules\/@stoplight\/spectral-/.test(distText(file)) }).toEqual({ file, copy: false });
  });

  it('each command is one file and its launcher: nothing required but Node built-ins and the optional Spectral CLI that loads a user ruleset', () => {
    for (const file of COMMANDS) {
      const outside = requiredPackages(file).filter((id) => !/^@stoplight\/spectral-(cli|ruleset-bundler|ruleset-migrator)(\/|$)/.test(id));
      expect({ file, outside }).toEqual({ file, outside: [] });
    }
    for (const file of LAUNCHERS) expect({ file, outside: requiredPackages(file) }).toEqual({ file, outside: [] });
    for (const file of ['capi-lint.bundle.js', 'capi-lsp.bundle.js']) expect({ file, spectral: distText(file).includes('node_modules/@stoplight/spectral-core/') }).toEqual({ file, spectral: true });
  });

  it("the commands that run Spectral carry nimma's build for current Node, not the legacy one Spectral's runner names", () => {
    for (const file of ['capi-lint.bundle.js', 'capi-lsp.bundle.js']) {
      const text = distText(file);
      expect({ file, native: text.includes('node_modules/nimma/dist/cjs/runtime/traverse.js'), legacy: text.includes('node_modules/nimma/dist/legacy/') }).toEqual({ file, native: true, legacy: false });
    }
  });

  it("the commands carry spectral:oas alone, not the AsyncAPI and Arazzo rulesets", () => {
    for (const file of COMMANDS) expect({ file, others: /node_modules\/@stoplight\/spectral-rulesets\/dist\/(asyncapi|arazzo)\//.test(distText(file)) }).toEqual({ file, others: false });
  });
});
