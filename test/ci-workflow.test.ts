import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseYaml } from '@stoplight/spectral-parsers';
import { ROOT } from './harness';
import { CLI, run } from './run-cli';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

const WORKFLOW = path.join(ROOT, 'examples', 'github-actions', 'capi-lint.yml');

/** The workflow's capi-lint steps, as bash runs them on a runner, with `npx capi-lint` this build. */
function capiLintSteps(): { name: string; script: string }[] {
  const workflow = parseYaml(fs.readFileSync(WORKFLOW, 'utf8')).data as any;
  return workflow.jobs['capi-lint'].steps
    .filter((step: any) => typeof step.run === 'string' && step.run.includes('npx capi-lint'))
    .map((step: any) => ({ name: step.name, script: step.run.replace(/npx capi-lint/g, `node ${JSON.stringify(CLI)}`) }));
}

describeWithSharedSpec('the example GitHub Actions workflow on a copy of the official tree with a baseline', () => {
  let checkout: string;
  let summaryFile: string;
  const runStep = (name: string) => {
    const step = capiLintSteps().find((candidate) => candidate.name === name)!;
    const env = { ...process.env, SPEC: 'openapi.yaml', GITHUB_STEP_SUMMARY: summaryFile };
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.script], { cwd: checkout, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  };

  beforeAll(async () => {
    checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-workflow-'));
    fs.cpSync(CAPI_OPENAPI, checkout, { recursive: true });
    summaryFile = path.join(checkout, 'step-summary.md');
    fs.writeFileSync(summaryFile, '');
    expect((await run(['openapi.yaml', '--write-baseline'], checkout)).code).toBe(0);
  }, 120000);
  afterAll(() => fs.rmSync(checkout, { recursive: true, force: true }));

  it('has the three steps docs/ci.md describes', () => {
    expect(capiLintSteps().map((step) => step.name)).toEqual(['capi-lint', 'Job summary', 'SARIF report']);
  });

  it('passes on the baselined tree, and writes the job summary and a SARIF report of every finding', () => {
    expect(runStep('capi-lint')).toMatchObject({ status: 0, stdout: '' });
    expect(runStep('Job summary').status).toBe(0);
    expect(fs.readFileSync(summaryFile, 'utf8')).toMatch(/^No findings\.\n\| Code +\| Path/);
    expect(runStep('SARIF report').status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(checkout, 'capi-lint.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(400);
  }, 120000);

  it('fails with an annotation on a new error, and puts it in the job summary', () => {
    const apps = path.join(checkout, 'paths', 'Apps.yaml');
    fs.writeFileSync(apps, fs.readFileSync(apps, 'utf8').replace(/^\/v3\/apps:\n {2}get:\n/m, '/v3/apps:\n  get:\n    requestBody:\n      content:\n        application/json:\n          schema:\n            type: object\n'));
    const annotations = runStep('capi-lint');
    expect(annotations.status).toBe(1);
    expect(annotations.stdout).toMatch(/^::error title=capi-verbs-get-no-request-body,file=paths\/Apps\.yaml,col=\d+,endColumn=\d+,line=\d+,endLine=\d+::GET \/v3\/apps declares a request body/);
    expect(annotations.stdout.trimEnd().split('\n')).toHaveLength(1);
    fs.writeFileSync(summaryFile, '');
    expect(runStep('Job summary').status).toBe(0);
    const summary = fs.readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('| capi-verbs-get-no-request-body | error | 1 |');
    expect(summary).toMatch(/\| \[capi-verbs-get-no-request-body\]\(.*\) +\| \\\/v3\\\/apps\.get\.requestBody +\| GET/);
  }, 120000);
});
