import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';

const CLI = path.join(ROOT, 'dist', 'capi-lint.js');
const MULTI = path.join(ROOT, 'test', 'fixtures', 'multi', 'openapi.yaml');

/** Lints MULTI in a fresh process from `cwd`; returns the rule ids found and the modules it loaded. */
function lintInFreshProcess(ruleset: string | undefined, cwd: string): { codes: string[]; modules: string[] } {
  const script = `
    const { lint } = require(${JSON.stringify(CLI)});
    lint(${JSON.stringify(MULTI)}, { ruleset: ${JSON.stringify(ruleset)}, cwd: ${JSON.stringify(cwd)} }).then(({ results }) => {
      console.log(JSON.stringify({ codes: [...new Set(results.map((r) => r.code))], modules: Object.keys(require.cache) }));
    });`;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
  if (status !== 0) throw new Error(stderr);
  return JSON.parse(stdout);
}

const loaded = (modules: string[], pattern: RegExp) => modules.filter((file) => pattern.test(file.split(path.sep).join('/')));

describe('capi-lint loads only what its run needs', () => {
  it('runs the CAPI rules alone from any folder by their package export, without the ruleset bundler', () => {
    const { codes, modules } = lintInFreshProcess('@capi/ruleset/capi-rules', os.tmpdir());
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !code.startsWith('capi-'))).toEqual([]);
    expect(loaded(modules, /spectral-ruleset-bundler|spectral-ruleset-migrator|\/rollup\//)).toEqual([]);
    // Nothing of spectral:oas: its rules, nor the functions they call.
    expect(loaded(modules, /@stoplight\/spectral-(rulesets|functions)\//)).toEqual([]);
  });

  it('runs the full ruleset by default without the bundler, nor the AsyncAPI and Arazzo rulesets', () => {
    const { codes, modules } = lintInFreshProcess(undefined, os.tmpdir());
    expect(codes).toContain('capi-verbs-no-put');
    expect(codes).toContain('array-items');
    expect(loaded(modules, /spectral-ruleset-bundler|spectral-ruleset-migrator|\/rollup\//)).toEqual([]);
    expect(loaded(modules, /spectral-rulesets\/dist\/(asyncapi|arazzo)\//)).toEqual([]);
  });

  it('loads a user ruleset file through the bundler, as spectral lint -r does', () => {
    const { codes, modules } = lintInFreshProcess(path.join(ROOT, 'test', 'fixtures', 'rulesets', 'two-rules.yaml'), os.tmpdir());
    expect(codes.sort()).toEqual(['array-items', 'capi-verbs-no-put']);
    expect(loaded(modules, /spectral-ruleset-bundler/).length).toBeGreaterThan(0);
  });
});
