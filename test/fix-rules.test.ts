import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';
import { CLI, lint } from './run-cli';

const { fixSpec, FIXABILITY } = require(CLI) as typeof import('../cli/capi-lint');

/** The clean example: each scenario breaks it for one rule, and --fix must give back the exact text it says. */
const CLEAN = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'clean.yaml'), 'utf8');

/** A failing document made from the clean one by `replace`, and the text --fix must turn it into. */
interface Scenario {
  failing: [string, string];
  fixed: [string, string];
}

const LIST_APPS_END = "          $ref: '#/components/responses/Unauthenticated'\n    post:\n      operationId: createApp\n";

const SCENARIOS: Record<string, Scenario> = {
  'capi-query-parameters-comma-delimited': {
    failing: ['      description: Comma-delimited list of names to filter by.\n      style: form\n      explode: false\n', '      description: Comma-delimited list of names to filter by.\n'],
    fixed: ['          type: string\n    SpaceGuids:', '          type: string\n      style: form\n      explode: false\n    SpaceGuids:'],
  },
  'capi-fields-parameter': {
    failing: ["        - $ref: '#/components/parameters/Include'\n", "        - $ref: '#/components/parameters/Include'\n        - name: fields\n          in: query\n          description: Fields of the included resources.\n          schema:\n            type: object\n"],
    fixed: ['          schema:\n            type: object\n', '          schema:\n            type: object\n          style: deepObject\n'],
  },
  'capi-resources-required-fields': {
    failing: ['      required: [guid, created_at, updated_at]\n', '      required: [guid]\n'],
    fixed: ['      required: [guid]\n', '      required: [guid, created_at, updated_at]\n'],
  },
  'capi-pagination-fields': {
    failing: ['      required: [total_results, total_pages, first, last, next, previous]\n', '      required: [total_results, total_pages, first, last]\n'],
    fixed: ['      required: [total_results, total_pages, first, last]\n', '      required: [total_results, total_pages, first, last, next, previous]\n'],
  },
  'capi-experimental-marker': {
    failing: ['      description: Lists the apps the user can see.\n', '      description: Lists the apps the user can see. This endpoint is experimental.\n'],
    fixed: [LIST_APPS_END, LIST_APPS_END.replace('    post:', '      x-experimental: true\n    post:')],
  },
  'capi-experimental-boolean': {
    failing: [LIST_APPS_END, LIST_APPS_END.replace('    post:', "      x-experimental: 'false'\n    post:")],
    fixed: ["      x-experimental: 'false'\n", '      x-experimental: false\n'],
  },
};

describe('each rule that fixes: a failing document, its exact fixed text, and the fixed document clean for that rule', () => {
  it('has a scenario for every rule that fixes', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(Object.keys(FIXABILITY).filter((rule) => FIXABILITY[rule].kind === 'fix').sort());
  });

  for (const [rule, { failing, fixed }] of Object.entries(SCENARIOS)) {
    it(rule, async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-fix-rule-'));
      try {
        expect(CLEAN).toContain(failing[0]);
        const text = CLEAN.replace(failing[0], failing[1]);
        const spec = path.join(folder, 'openapi.yaml');
        fs.writeFileSync(spec, text);
        const findings = async () => (await lint(spec, { cwd: folder })).results.filter((result) => result.code === rule);
        expect((await findings()).length).toBeGreaterThan(0);
        const run = await fixSpec(spec, { cwd: folder, rules: [rule] });
        expect(run.dropped).toEqual([]);
        expect(text).toContain(fixed[0]);
        expect(fs.readFileSync(spec, 'utf8')).toBe(text.replace(fixed[0], fixed[1]));
        expect(await findings()).toEqual([]);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }, 60000);
  }
});
