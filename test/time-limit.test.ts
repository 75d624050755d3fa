import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { CLI, smallSpec, writeTree } from './support/hostile';

function lintWithLimit(spec: unknown, limit: string, folder = writeTree({ 'openapi.json': spec })) {
  return spawnSync(process.execPath, [CLI, path.join(folder, 'openapi.json'), '-q'], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, CAPI_LINT_TIME_LIMIT: limit },
  });
}

describe('capi-lint time limit', () => {
  // oas3-valid-schema-example runs the schema's own pattern on its example, by RE2 unless RE2
  // cannot express it (a lookahead): then by JavaScript's engine, which backtracks on this one for
  // longer than the universe is old.
  const catastrophic = smallSpec();
  catastrophic.components.schemas.App.properties.name = { type: 'string', pattern: '^(?=a)(a+)+$', example: `${'a'.repeat(60)}!` };

  it('stops a run stuck in a rule with one line naming the phase', () => {
    const { status, signal, stderr } = lintWithLimit(catastrophic, '3');
    expect(stderr).toBe('capi-lint: stopped after 3 s (CAPI_LINT_TIME_LIMIT) while running the rules; a rule may be stuck on a spec\'s own regular expression (a schema "pattern")\n');
    expect(signal ?? status).toBe('SIGKILL');
  });

  it('stops a run blocked reading a file that never ends (a $ref to a pipe), naming the cause', () => {
    const spec = smallSpec();
    spec.paths['/v3/apps'] = { $ref: './pipe.json#/~1v3~1apps' };
    const folder = writeTree({ 'openapi.json': spec });
    execFileSync('mkfifo', [path.join(folder, 'pipe.json')]);
    const { status, signal, stderr } = lintWithLimit(spec, '2', folder);
    expect(stderr).toBe('capi-lint: stopped after 2 s (CAPI_LINT_TIME_LIMIT) while reading and bundling the spec; a file the spec reads may never end (a pipe or a device)\n');
    expect(signal ?? status).toBe('SIGKILL');
  });

  it('lets a normal run finish under the default limit', () => {
    const { status, stderr } = lintWithLimit(smallSpec(), '');
    expect(stderr).not.toMatch(/stopped after/);
    expect([0, 1]).toContain(status);
  });

  it('rejects a limit that is not a number of seconds', () => {
    const { status, stderr } = lintWithLimit(smallSpec(), 'soon');
    expect(stderr).toBe('capi-lint: CAPI_LINT_TIME_LIMIT must be a number of seconds (0 for no limit), not "soon"\n');
    expect(status).toBe(2);
  });
});
