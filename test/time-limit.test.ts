import { spawnSync } from 'child_process';
import * as net from 'net';
import * as path from 'path';
import { CLI, smallSpec, writeTree } from './support/hostile';

function lintWithLimit(spec: unknown, limit: string) {
  const folder = writeTree({ 'openapi.json': spec });
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

  it('stops a run waiting for a URL that never answers with one line naming the phase, exit 2', async () => {
    // Accepts connections (the kernel does, while spawnSync blocks this process) and never answers.
    const server = net.createServer(() => {});
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const spec = smallSpec();
      spec.paths['/v3/apps'] = { $ref: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/paths.json#/~1v3~1apps` };
      const { status, stderr } = lintWithLimit(spec, '2');
      expect(stderr).toBe('capi-lint: stopped after 2 s (CAPI_LINT_TIME_LIMIT) while reading and bundling the spec; a URL that a $ref names may not be answering\n');
      expect(status).toBe(2);
    } finally {
      server.close();
    }
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
