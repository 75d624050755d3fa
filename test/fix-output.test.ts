import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './harness';
import { run } from './run-cli';
import { applyEdits } from '../lib/fix/edit';
import { copyTree } from './fix-support';
import { sarifErrors } from './sarif-schema';

const SINGLE = path.join(ROOT, 'test', 'fixtures', 'fix', 'single');

describe('fixes in the JSON and SARIF reports', () => {
  let folder: string;
  let text: string;
  beforeAll(() => {
    folder = copyTree(SINGLE);
    text = fs.readFileSync(path.join(folder, 'openapi.yaml'), 'utf8');
  });
  afterAll(() => fs.rmSync(path.dirname(folder), { recursive: true, force: true }));

  it('-f json: a safe fix as `fix`, a suggestion as `suggestions`, each a title and edits that make the change', async () => {
    const { stdout } = await run(['openapi.yaml', '-f', 'json', '--no-baseline'], folder);
    const entries = JSON.parse(stdout);
    const comma = entries.find((entry: any) => entry.code === 'capi-query-parameters-comma-delimited');
    expect(comma.fix.title).toBe('Declare "style: form" and "explode: false" on query parameter "names"');
    expect(applyEdits(text, comma.fix.edits)).toBe(text.replace('              type: string\n', '              type: string\n          style: form\n          explode: false\n'));
    const body = entries.find((entry: any) => entry.code === 'capi-verbs-get-no-request-body');
    expect(body.fix).toBeUndefined();
    expect(body.suggestions.map((suggestion: any) => suggestion.title)).toEqual(['Remove the request body']);
    expect(applyEdits(text, body.suggestions[0].edits)).not.toContain('requestBody');
    expect(entries.filter((entry: any) => entry.code === 'capi-verbs-no-put' || entry.code === 'operation-tags').every((entry: any) => !entry.fix && !entry.suggestions)).toBe(true);
  });

  it('-f sarif: SARIF 2.1.0 `fixes`, valid against the schema, with 1-based regions', async () => {
    const cwd = process.cwd();
    process.chdir(folder);
    let stdout: string;
    try {
      ({ stdout } = await run(['openapi.yaml', '-f', 'sarif', '--no-baseline'], folder));
    } finally {
      process.chdir(cwd);
    }
    const log = JSON.parse(stdout);
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    const comma = results.find((result: any) => result.ruleId === 'capi-query-parameters-comma-delimited');
    expect(comma.fixes).toEqual([
      {
        description: { text: 'Declare "style: form" and "explode: false" on query parameter "names"' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'openapi.yaml' },
            replacements: [{ deletedRegion: { startLine: 22, startColumn: 27, endLine: 22, endColumn: 27 }, insertedContent: { text: '\n          style: form\n          explode: false' } }],
          },
        ],
        properties: { kind: 'fix', rule: 'capi-query-parameters-comma-delimited' },
      },
    ]);
    expect(text.split('\n')[21]).toBe('              type: string');
    const body = results.find((result: any) => result.ruleId === 'capi-verbs-get-no-request-body');
    expect(body.fixes[0].properties.kind).toBe('suggestion');
    expect(results.filter((result: any) => result.fixes).length).toBe(2);
  });
});

describe('--fix-dry-run with a report a program reads: stdout stays one document', () => {
  let folder: string;
  let text: string;
  const diff = '--- a/openapi.yaml\n+++ b/openapi.yaml\n@@ -20,6 +20,8 @@\n             type: array\n             items:\n               type: string\n+          style: form\n+          explode: false\n       responses:\n         \'200\':\n           description: OK\n';
  beforeAll(() => {
    folder = copyTree(SINGLE);
    text = fs.readFileSync(path.join(folder, 'openapi.yaml'), 'utf8');
  });
  afterAll(() => fs.rmSync(path.dirname(folder), { recursive: true, force: true }));

  it('a report people read: the diff on stdout, then the report', async () => {
    const { stdout } = await run(['openapi.yaml', '--fix-dry-run', '--no-baseline', '-f', 'text'], folder);
    expect(stdout.startsWith(diff)).toBe(true);
    expect(stdout.slice(diff.length)).toMatch(/^\S*openapi\.yaml:\d+:\d+ /);
  });

  it('-f json: one JSON document, the findings that would be left beside the diff of each file, and nothing written', async () => {
    const { stdout, stderr } = await run(['openapi.yaml', '--fix-dry-run', '--no-baseline', '-f', 'json'], folder);
    const report = JSON.parse(stdout);
    expect(report.fixDryRun).toEqual({ fixed: 1, fixedPerRule: { 'capi-query-parameters-comma-delimited': 1 }, files: [{ file: 'openapi.yaml', diff }], notFixed: [] });
    const codes = report.findings.map((finding: any) => finding.code);
    expect(codes).toContain('capi-verbs-get-no-request-body');
    expect(codes).not.toContain('capi-query-parameters-comma-delimited');
    expect(report.findings.find((finding: any) => finding.code === 'capi-verbs-get-no-request-body').suggestions).toHaveLength(1);
    expect(stderr).toContain('capi-lint: --fix would fix 1 finding in 1 file (dry run: nothing written).');
    expect(fs.readFileSync(path.join(folder, 'openapi.yaml'), 'utf8')).toBe(text);
  });

  it('-f sarif: one SARIF log, valid against the schema, the dry run in the run\'s property bag', async () => {
    const { stdout } = await run(['openapi.yaml', '--fix-dry-run', '--no-baseline', '-f', 'sarif'], folder);
    const log = JSON.parse(stdout);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].properties.fixDryRun.files).toEqual([{ file: 'openapi.yaml', diff }]);
    expect(log.runs[0].results.map((result: any) => result.ruleId)).not.toContain('capi-query-parameters-comma-delimited');
  });

  it('-f junit: the report alone on stdout, the diff on stderr', async () => {
    const { stdout, stderr } = await run(['openapi.yaml', '--fix-dry-run', '--no-baseline', '-f', 'junit'], folder);
    expect(stdout.startsWith('<?xml')).toBe(true);
    expect(stdout).not.toContain('--- a/');
    expect(stderr.startsWith(diff)).toBe(true);
  });

  it('-o FILE: the diff on stdout, and the report in the file carries it too', async () => {
    const { stdout } = await run(['openapi.yaml', '--fix-dry-run', '--no-baseline', '-f', 'json', '-o', 'report.json'], folder);
    expect(stdout).toBe(diff);
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'report.json'), 'utf8')).fixDryRun.files).toEqual([{ file: 'openapi.yaml', diff }]);
  });
});
