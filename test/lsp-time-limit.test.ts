import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './harness';
import { LspClient } from './lsp-client';
import { writeTree } from './support/hostile';

// A rule of the user's own that backtracks on the spec's title ("a" 40 times and a "!": longer
// than anyone waits), and only on that title.
const RULESET = `rules:
  title-all-a:
    description: The title is made of "a"s.
    message: The title must be made of "a"s.
    severity: warn
    given: $.info
    then:
      field: title
      function: pattern
      functionOptions:
        match: "^(a+)+$"
`;

const spec = (title: string) => `openapi: 3.0.3
info:
  title: "${title}"
  version: 1.0.0
paths: {}
`;

describe('capi-lint language server: a lint that never ends', () => {
  let folder: string;
  let client: LspClient;

  beforeAll(async () => {
    folder = writeTree({ 'openapi.yaml': spec('aaaa'), '.spectral.yaml': RULESET });
    // Started as `capi-lint --lsp`: its lint worker is dist/capi-lsp.js all the same.
    client = new LspClient([path.join(ROOT, 'dist', 'capi-lint.js'), '--lsp']);
    await client.initialize(folder, { capi: { specs: ['openapi.yaml'], timeLimitSeconds: 10 } });
  });

  afterAll(() => {
    client?.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('is stopped at capi.timeLimitSeconds with one diagnostic naming the limit and the phase; the server keeps serving and lints the next edit', async () => {
    const root = path.join(folder, 'openapi.yaml');
    await client.open(root, spec(`${'a'.repeat(40)}!`));
    const [stopped, ...more] = await client.diagnosticsOf(root, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'time-limit'));
    expect(more).toEqual([]);
    expect(stopped).toMatchObject({ severity: 1, source: 'capi-lint', range: { start: { line: 0, character: 0 } } });
    expect(stopped.message).toBe(`capi-lint stopped linting ${root} after 10 s (capi.timeLimitSeconds) while running the rules; a rule may be stuck on a spec's own regular expression (a schema "pattern")`);

    await client.change(root, spec('aaaab'));
    const linted = await client.diagnosticsOf(root, (diagnostics) => !diagnostics.some((diagnostic) => diagnostic.code === 'time-limit'));
    expect(linted.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual([['title-all-a', 2]]);
    expect(await client.stop()).toBe(0);
  });
});
