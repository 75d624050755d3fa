import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './harness';
import { run } from './run-cli';
import { applyEdits } from '../lib/fix/edit';
import { copyTree } from './fix-support';

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
    const Ajv = require('ajv-draft-04');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    require('ajv-formats')(ajv);
    const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
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
