import * as path from 'path';
import { runGuarded, smallSpec, writeTree } from './support/hostile';

// Every regular expression capi-lint or a rule runs over user text must take time linear in it.
// Each case is a 1 MB string built to make a backtracking pattern rescan (runs of newlines,
// `\r\n`, blank lines, spaces with newlines, `{`, "is "), linted in a process of its own under a
// generous hang-guard; a quadratic pattern takes hours on 1 MB, a linear one a second.
const MB = 1_000_000;
const TEXTS: Record<string, string> = {
  newlines: '\n'.repeat(MB),
  crlf: '\r\n'.repeat(MB / 2),
  'blank lines': '  \n\n'.repeat(MB / 4),
  'spaces and newlines': ' \n'.repeat(MB / 2),
  braces: '{'.repeat(MB),
  '"is " runs': 'is '.repeat(MB / 3),
  // The description patterns of lib/description-text.ts and functions/conditionalFields.ts.
  '"required when" runs': 'required when the kind is '.repeat(MB / 26),
  '"empty all" runs': 'empty all logical  '.repeat(MB / 19),
  'dots before a letter': `${'.'.repeat(MB - 1)}x`,
};

function lintGuarded(spec: unknown) {
  const folder = writeTree({ 'openapi.json': spec });
  return runGuarded([path.join(folder, 'openapi.json'), '-f', 'json', '-q']);
}

function expectLinted(result: ReturnType<typeof runGuarded>) {
  expect(result.signal).toBeNull();
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  expect([0, 1]).toContain(result.code);
}

describe('capi-lint on 1 MB adversarial text', () => {
  it('lints descriptions and summaries of each kind of text', () => {
    const spec = smallSpec();
    const template = JSON.stringify(spec.paths['/v3/apps']);
    Object.values(TEXTS).forEach((text, index) => {
      const item = JSON.parse(template);
      Object.assign(item.get, { summary: text.slice(0, 1000), description: text, operationId: `op${index}` });
      // Query parameter descriptions (empty values, label_selector), a body with a `kind` field
      // whose fields' descriptions are read for conditions, a request body's operation prose and
      // the descriptions of two success responses.
      item.get.parameters.push({ name: 'label_selector', in: 'query', allowEmptyValue: true, schema: { type: 'string' }, description: text });
      item.get.responses['200'].content['application/json'].schema = { $ref: `#/components/schemas/App${index}` };
      item.post = {
        summary: text.slice(0, 1000),
        description: text,
        requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/App${index}` } } } },
        responses: { '201': { description: text }, '202': { description: text } },
      };
      spec.paths[`/v3/apps${index}`] = item;
      spec.components.schemas[`App${index}`] = {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['a', 'b'] }, name: { type: 'string', description: `${text}experimental` }, nested: { type: 'object', properties: { inner: { type: 'string', description: text } } } },
      };
    });
    expectLinted(lintGuarded(spec));
  });

  it("lints examples against a spec's own catastrophic pattern (exponential in a backtracking engine)", () => {
    const spec = smallSpec();
    const website = { type: 'string', pattern: String.raw`^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$` };
    const long = `http://a.com/${'a'.repeat(100_000)}!`;
    spec.components.schemas.App.properties.website = { ...website, example: long, default: long };
    spec.paths['/v3/apps'].get.parameters.push({ name: 'website', in: 'query', schema: website, example: long });
    const result = lintGuarded(spec);
    expectLinted(result);
    const examples = JSON.parse(result.stdout).filter((finding: { code: string }) => /^oas3-valid-(schema|media)-example$/.test(finding.code));
    expect(examples.map((finding: { code: string; message: string }) => `${finding.code} ${finding.message.split(' "^')[0]}`).sort()).toEqual([
      'oas3-valid-media-example "example" property must match pattern',
      'oas3-valid-schema-example "default" property must match pattern',
      'oas3-valid-schema-example "example" property must match pattern',
    ]);
  });

  it('lints 1 MB query parameter names and 4,000-character field names of each kind of text', () => {
    const spec = smallSpec();
    Object.values(TEXTS).forEach((text, index) => {
      spec.paths['/v3/apps'].get.parameters.push({ name: `x${index}${text}[gt]`, in: 'query', schema: { type: 'array', items: { type: 'string' } } });
      // Keys stop at capi-lint's key limit (4,096 characters), refused past it (below).
      spec.components.schemas.App.properties[`a${index}${text.slice(0, 4000)}_guid`] = { type: 'array', items: { type: 'string' } };
    });
    expectLinted(lintGuarded(spec));
  });

  it('lints path keys of many segments and parameters up to the URL limit', () => {
    const spec = smallSpec();
    const item = spec.paths['/v3/apps'];
    spec.paths[`/v3${'/apps'.repeat(800)}`] = item;
    spec.paths[`/v3${'/{guid}'.repeat(580)}`] = item;
    spec.paths[`/v3/${'a_'.repeat(2000)}`] = item;
    expectLinted(lintGuarded(spec));
  });

  it.each([
    ['segments', '/apps'.repeat(MB / 5)],
    ['parameters', '/{guid}'.repeat(MB / 7)],
    ['braces', `/${'{'.repeat(MB)}`],
  ])('refuses a 1 MB path key of %s in one line naming the limit', (_, tail) => {
    const spec = smallSpec();
    spec.paths[`/v3${tail}`] = spec.paths['/v3/apps'];
    const { code, signal, stderr } = lintGuarded(spec);
    expect(signal).toBeNull();
    expect(stderr).toMatch(/openapi\.json: at #\/paths key ".*" is \d+ characters long; capi-lint lints up to 4096\n$/);
    expect(code).toBe(2);
  });

  it('refuses a 1 MB field name in one line naming where it is', () => {
    const spec = smallSpec();
    spec.components.schemas.App.properties[`a${TEXTS.braces}`] = { type: 'string' };
    const { code, stderr } = lintGuarded(spec);
    expect(stderr).toMatch(/openapi\.json: at #\/components\/schemas\/App\/properties key "a\{+…" is 1000001 characters long; capi-lint lints up to 4096\n$/);
    expect(code).toBe(2);
  });

  it('refuses a 1 MB server URL in one line', () => {
    const spec = smallSpec();
    spec.servers = [{ url: `https://example.org/${'{'.repeat(MB)}` }];
    const { code, stderr } = lintGuarded(spec);
    expect(stderr).toMatch(/server URL ".*" is \d+ characters long/);
    expect(code).toBe(2);
  });
});
