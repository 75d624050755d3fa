import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, Ruleset, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { spectralRulesetLoader } from '../cli/spectral-loader';
import { INTERNAL_FAILURE, isInternalFailure } from '../lib/document-function';
import { openapi, ROOT } from './harness';

// The exported functions as a user's .spectral.js gets them (`@capi/ruleset/functions`).
const FUNCTIONS_FILE = path.join(ROOT, 'dist', 'functions.js');
const functions = require(FUNCTIONS_FILE) as Record<string, any>;
/** Loads a ruleset file as `spectral lint -r` does. */
const getRuleset = spectralRulesetLoader();
const { lint: capiLint } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

const withPut = openapi({ '/v3/apps/{guid}': { put: { responses: { '200': { description: 'ok' } } } }, '/v3/spaces/{guid}': { put: { responses: { '200': { description: 'ok' } } } } });

async function lintWith(rules: Record<string, unknown>, document: unknown) {
  const spectral = new Spectral();
  spectral.setRuleset(new Ruleset({ rules } as never));
  return spectral.run(new Document(JSON.stringify(document), Parsers.Json as never, '/user.json'));
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A .spectral.js in a temporary folder that re-uses `fn` with `functionOptions`, as docs/spectral.md shows. */
function userRuleset(fn: string, functionOptions: unknown, given = '$'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-functions-'));
  folders.push(folder);
  const file = path.join(folder, '.spectral.js');
  const rule = { given, severity: 'error', message: '{{error}}', then: { functionOptions } };
  fs.writeFileSync(
    file,
    `const { ${fn} } = require(${JSON.stringify(FUNCTIONS_FILE)});\n` +
      `const rule = ${JSON.stringify(rule)};\nrule.then.function = ${fn};\nmodule.exports = { rules: { 'my-rule': rule } };\n`,
  );
  return file;
}

describe('the exported functions', () => {
  it.each(Object.keys(functions))('%s carries its export name, which Spectral prints in option errors', (name) => {
    expect(functions[name].name).toBe(name);
  });

  const withOptions = Object.keys(functions).filter((name) => functions[name].schemas.options !== null);
  it.each(withOptions)('%s describes every option and says what is wrong with it, naming the function', (name) => {
    const schema = functions[name].schemas.options;
    const options = Object.entries(schema.properties as Record<string, any>);
    expect(options.length).toBeGreaterThan(0);
    for (const [option, property] of options) {
      expect(property.description).toMatch(/\w{3}/);
      expect(property.errorMessage).toMatch(new RegExp(`^"${name}" function: option "${option}" .{10}`));
    }
  });

  it('are all listed, with their options, in docs/functions.md', () => {
    const { withTable } = require(path.join(ROOT, 'scripts/function-table.js'));
    const page = fs.readFileSync(path.join(ROOT, 'docs/functions.md'), 'utf8');
    expect(withTable(page)).toBe(page);
  });

  it('reject wrong options with a message naming the function and the option, in Spectral\'s loader', async () => {
    await expect(getRuleset(userRuleset('noRequestBody', { methods: ['GET'] }))).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: '"noRequestBody" function: option "methods" must be a list of lowercase HTTP methods: get, post, patch, delete, put' })],
    });
    await expect(getRuleset(userRuleset('noRequestBody', { method: ['get'] }))).rejects.toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ message: '"noRequestBody" function does not support "method" option' })]),
    });
    await expect(getRuleset(userRuleset('successBody', { methods: ['put'] }))).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: '"successBody" function does not accept any options' })],
    });
  });

  it('reject wrong options in capi-lint with one line naming the function', async () => {
    const spec = path.join(ROOT, 'test', 'fixtures', 'clean.yaml');
    await expect(capiLint(spec, { ruleset: userRuleset('successCodes', { codes: { get: [200] } }) })).rejects.toThrow(
      /^ruleset .*\.spectral\.js: "successCodes" function: option "codes" must map each key to a list of three-digit status codes/,
    );
  });

  it('work in a user\'s rule at given: "$", their findings under the user\'s rule id', async () => {
    const rules = { 'my-no-put': { given: '$', severity: 'error', message: '{{error}}', then: { function: functions.noPut, functionOptions: { verbs: ['cancel'] } } } };
    const findings = await lintWith(rules, withPut);
    expect(findings.map(({ code, path }) => `${code} ${path.join('.')}`).sort()).toEqual(['my-no-put paths./v3/apps/{guid}.put', 'my-no-put paths./v3/spaces/{guid}.put']);
  });

  it('given another node than the document, say once per rule that they need given: "$"', async () => {
    const rules = { 'my-no-put': { given: '$.paths[*]', severity: 'error', message: '{{error}}', then: { function: functions.noPut, functionOptions: { verbs: ['cancel'] } } } };
    const findings = await lintWith(rules, withPut);
    expect(findings.map(({ code, message }) => ({ code, message }))).toEqual([
      {
        code: 'my-no-put',
        message:
          '"noPut" function checks the whole document and works only at given: "$", but rule "my-no-put" gives it paths./v3/apps/{guid}: ' +
          'set the rule\'s given to "$" (to skip part of a document, use overrides).',
      },
    ]);
  });

  it('given another node in a user\'s .spectral.js, say so in capi-lint, naming the function and the rule', async () => {
    const spec = path.join(ROOT, 'examples', 'capi-example.yaml');
    const { results } = await capiLint(spec, { ruleset: userRuleset('noRequestBody', { methods: ['get'] }, '$.paths[*]') });
    expect(results.map(({ code, message }) => `${code} ${message}`)).toEqual([
      expect.stringMatching(/^my-rule "noRequestBody" function checks the whole document and works only at given: "\$", but rule "my-rule" gives it paths\./),
    ]);
  });

  it('report a failure inside a rule as one finding naming the rule and the reason, never silence', () => {
    const throwing = new Proxy({}, { get: () => { throw new TypeError('boom'); } });
    const context = { path: [], rule: { name: 'capi-verbs-no-put' }, document: {}, documentInventory: {} };
    const findings = functions.noPut(throwing, { verbs: ['cancel'] }, context);
    expect(findings).toEqual([
      {
        message:
          `${INTERNAL_FAILURE}: rule "capi-verbs-no-put" could not check this document, so its findings are missing ` +
          '(function "noPut" failed with TypeError: boom). This is a bug in @capi/ruleset: please report it with the document.',
        path: [],
      },
    ]);
    expect(findings.every(isInternalFailure)).toBe(true);
  });
});

describe('a rule that fails inside @capi/ruleset, in capi-lint', () => {
  /** A warn-level .spectral.js rule whose exported function meets a document it cannot read. */
  function failingRuleset(): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-functions-'));
    folders.push(folder);
    const file = path.join(folder, '.spectral.js');
    fs.writeFileSync(
      file,
      `const { noPut } = require(${JSON.stringify(FUNCTIONS_FILE)});\n` +
        "const unreadable = new Proxy({}, { get() { throw new TypeError('boom'); } });\n" +
        "module.exports = { rules: { 'my-rule': { given: '$', severity: 'warn', message: '{{error}}', then: { function: (input, options, context) => noPut(unreadable, { verbs: ['cancel'] }, context) } } } };\n",
    );
    return file;
  }

  it('is reported as an error whatever the rule\'s own severity, so the run fails', async () => {
    const spec = path.join(ROOT, 'examples', 'capi-example.yaml');
    const { results } = await capiLint(spec, { ruleset: failingRuleset() });
    expect(results.map(({ code, severity, message }) => ({ code, severity, internal: isInternalFailure({ message }) }))).toEqual([
      { code: 'my-rule', severity: 0, internal: true },
    ]);
  });
});
