import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseYaml } from '@stoplight/spectral-parsers';
import { ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';
import { sarifErrors } from './sarif-schema';

const ACTION = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).data as any;

const GIT_ENV = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface ActionRun {
  /** The exit code of the step that ended the action: the first that failed, else the last. */
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `${{ inputs.NAME }}` and `${{ steps.ID.outputs.NAME }}` in `text`, as the runner evaluates them (the only expressions action.yml uses). */
function evaluate(text: string, inputs: Record<string, string>, steps: Record<string, Record<string, string>> = {}): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (expression, name: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(name);
    if (input) return inputs[input[1]] ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(name);
    if (output) return steps[output[1]]?.[output[2]] ?? '';
    throw new Error(`action.yml uses an expression this test does not evaluate: ${expression}`);
  });
}

/** A $GITHUB_OUTPUT file's name=value lines (the action writes no multi-line value). */
function readOutputs(file: string): Record<string, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

/**
 * Runs action.yml as a runner runs a composite action: `with:` values (else the inputs'
 * defaults) as the `inputs` context and as INPUT_* variables, each `run` step with bash as
 * `shell: bash` does, in the workspace, with its own $GITHUB_OUTPUT, stopping at the first step
 * that fails; then the action's outputs from its steps' outputs.
 */
function runAction(workspace: string, given: Record<string, string>): ActionRun {
  expect(ACTION.runs.using).toBe('composite');
  const inputs: Record<string, string> = {};
  for (const [name, definition] of Object.entries<any>(ACTION.inputs)) inputs[name] = given[name] ?? String(definition.default ?? '');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-action-run-'));
  const summaryFile = path.join(scratch, 'step-summary.md');
  fs.writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const steps: Record<string, Record<string, string>> = {};
  let last: ReturnType<typeof spawnSync> | undefined;
  let stdout = '';
  let stderr = '';
  try {
    for (const [index, step] of (ACTION.runs.steps as any[]).entries()) {
      expect(step.shell).toBe('bash');
      const outputFile = path.join(scratch, `output-${index}`);
      fs.writeFileSync(outputFile, '');
      const stepEnv = Object.fromEntries(Object.entries<string>(step.env ?? {}).map(([name, value]) => [name, evaluate(String(value), inputs)]));
      const env = {
        ...process.env,
        ...inputEnv,
        ...stepEnv,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_OUTPUT: outputFile,
      };
      last = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(step.run, inputs)], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 1 << 26 });
      stdout += last.stdout;
      stderr += last.stderr;
      if (step.id) steps[step.id] = readOutputs(outputFile);
      if (last.status !== 0) break;
    }
    const outputs = Object.fromEntries(Object.entries<any>(ACTION.outputs).map(([name, output]) => [name, evaluate(output.value, inputs, steps)]));
    return { status: last!.status, stdout, stderr, outputs, summary: fs.readFileSync(summaryFile, 'utf8') };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const ANNOTATION = /^::(error|warning|notice) title=([\w-]+),file=([^,]+),col=\d+,endColumn=\d+,line=(\d+),endLine=\d+::/;
const annotations = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::') && !line.startsWith('::group::') && !line.startsWith('::endgroup::'));

describe('action.yml', () => {
  it('declares the inputs and outputs the docs name, and maps every input into its lint step', () => {
    expect(Object.keys(ACTION.inputs)).toEqual(['spec', 'ruleset', 'fail-severity', 'baseline', 'new-since', 'sarif-file']);
    expect(Object.keys(ACTION.outputs)).toEqual(['findings', 'errors']);
    const lintStep = ACTION.runs.steps.find((step: any) => step.id === 'lint');
    for (const name of Object.keys(ACTION.inputs)) expect(Object.values(lintStep.env)).toContain(`\${{ inputs.${name} }}`);
  });
});

describeWithSharedSpec('the GitHub Action run as a runner runs it, on a repository holding the official tree in a subfolder', () => {
  let workspace: string;
  const apps = () => path.join(workspace, 'api', 'paths', 'Apps.yaml');

  beforeAll(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-action-'));
    fs.cpSync(CAPI_OPENAPI, path.join(workspace, 'api'), { recursive: true });
    git(['init', '-q'], workspace);
    git(['add', '-A'], workspace);
    git(['commit', '-qm', 'the official tree'], workspace);
  });
  afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('annotates every finding at its file (relative to the workspace) and line, writes the summary, the outputs and a valid SARIF file, and fails on errors', () => {
    const run = runAction(workspace, { spec: 'api/openapi.yaml' });
    expect(run.status).toBe(1);
    const lines = annotations(run.stdout);
    expect(lines.length).toBeGreaterThan(400);
    for (const line of lines) {
      const [, , , file, at] = ANNOTATION.exec(line) ?? [line];
      expect(file).toMatch(/^api\/((paths|components)\/[\w/]+|openapi)\.yaml$/);
      expect(Number(at)).toBeLessThanOrEqual(fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').length);
    }
    const errors = lines.filter((line) => line.startsWith('::error ')).length;
    expect(errors).toBeGreaterThan(0);
    expect(run.outputs).toEqual({ findings: String(lines.length), errors: String(errors) });
    expect(run.summary).toMatch(/^### capi-lint api\/openapi\.yaml\n\n\| Rule \| Severity \| Findings \|\n/);
    expect(run.summary).toContain(`| **Total** | ${errors} errors,`);
    expect(run.summary).toContain(`**${lines.length}** |`);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'capi-lint.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(lines.length);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^api\//);
    fs.rmSync(path.join(workspace, 'capi-lint.sarif'));
  }, 300000);

  it('with new-since, annotates only the finding a commit adds, and still gives code scanning every finding', () => {
    const text = fs.readFileSync(apps(), 'utf8');
    fs.writeFileSync(apps(), text.replace(/^\/v3\/apps:\n {2}get:\n/m, '/v3/apps:\n  get:\n    requestBody:\n      content:\n        application/json:\n          schema:\n            type: object\n'));
    git(['commit', '-qam', 'a GET with a request body'], workspace);
    const requestBody = fs.readFileSync(apps(), 'utf8').split('\n').indexOf('    requestBody:') + 1;
    const run = runAction(workspace, { spec: 'api/openapi.yaml', 'new-since': 'HEAD~1', 'sarif-file': 'reports/capi.sarif', 'fail-severity': 'warn' });
    expect(annotations(run.stdout)).toEqual([expect.stringMatching(new RegExp(`^::error title=capi-verbs-get-no-request-body,file=api/paths/Apps\\.yaml,col=\\d+,endColumn=\\d+,line=${requestBody},endLine=\\d+::GET /v3/apps declares a request body`))]);
    expect(run.outputs).toEqual({ findings: '1', errors: '1' });
    expect(run.summary).toContain('| capi-verbs-get-no-request-body | error | 1 |');
    expect(run.summary).toMatch(/\n\d{3} findings already at HEAD~1 left out \(--new-since\)\.\n/);
    expect(run.stderr).toMatch(/capi-lint: \d{3} findings already at HEAD~1 left out/);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'reports', 'capi.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.length).toBeGreaterThan(400);
  }, 300000);

  it('passes with no annotation when nothing is new, with zero outputs', () => {
    const run = runAction(workspace, { spec: 'api/openapi.yaml', 'new-since': 'HEAD', 'sarif-file': '' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs).toEqual({ findings: '0', errors: '0' });
    expect(run.summary).toMatch(/^### capi-lint api\/openapi\.yaml: new findings\n\nNo findings\.\n/);
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(workspace, 'capi-lint.sarif'))).toBe(false);
  }, 300000);

  it('fails a bad input with one line, as an error annotation too, exit 2', () => {
    const missing = runAction(workspace, { spec: 'api/nothing.yaml' });
    expect(missing.status).toBe(2);
    expect(missing.stdout.trimEnd().split('\n').filter((line) => !line.includes('group::'))).toEqual([`::error title=capi-lint::capi-lint: ${path.join(workspace, 'api', 'nothing.yaml')}: no such file`]);
    expect(missing.outputs).toEqual({ findings: '', errors: '' });
    const severity = runAction(workspace, { spec: 'api/openapi.yaml', 'fail-severity': 'fatal' });
    expect(severity.status).toBe(2);
    expect(severity.stderr).toContain('capi-lint: the fail-severity input must be one of error, warn, info, hint; got "fatal"\n');
  });
});
