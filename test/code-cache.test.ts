import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';
import { CLI } from './run-cli';

const EXAMPLE = path.join(ROOT, 'examples', 'capi-example.yaml');

/** capi-lint on the embedded example with `XDG_CACHE_HOME` at `cacheHome`: its exit code, report and what it said of its code cache. */
function lintWithCache(cacheHome: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, EXAMPLE, '-f', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, CAPI_RULESET_DEBUG: '1', CAPI_RULESET_CODE_CACHE: '', ...env },
  });
  const cache = result.stderr.split('\n').filter((line) => line.startsWith('capi-ruleset: code cache'));
  return { status: result.status, report: result.stdout, cache: cache.map((line) => line.replace(/^capi-ruleset: code cache \S+: /, '')) };
}

function cacheFiles(cacheHome: string): string[] {
  const folder = path.join(cacheHome, 'capi-ruleset');
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.startsWith('capi-lint.bundle-')).map((name) => path.join(folder, name)) : [];
}

describe('the commands’ V8 code cache', () => {
  let cacheHome: string;
  let plain: ReturnType<typeof lintWithCache>;

  beforeAll(() => {
    plain = lintWithCache(os.tmpdir(), { CAPI_RULESET_CODE_CACHE: '0' });
  });
  beforeEach(() => {
    cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-code-cache-'));
  });
  afterEach(() => fs.rmSync(cacheHome, { recursive: true, force: true }));

  it('is written by a first run and used by the next, which reports the same', () => {
    const first = lintWithCache(cacheHome);
    expect(first.cache).toEqual(['none to read', 'written']);
    expect(cacheFiles(cacheHome)).toHaveLength(1);
    const second = lintWithCache(cacheHome);
    expect(second.cache).toEqual(['accepted']);
    for (const run of [first, second]) expect({ status: run.status, report: run.report }).toEqual({ status: plain.status, report: plain.report });
    expect(plain.status).toBe(1);
  });

  it('is replaced when it is corrupt, and the run is as without it', () => {
    lintWithCache(cacheHome);
    const [file] = cacheFiles(cacheHome);
    fs.writeFileSync(file, 'not a code cache');
    const run = lintWithCache(cacheHome);
    expect(run.cache).toEqual(['rejected', 'written']);
    expect({ status: run.status, report: run.report }).toEqual({ status: plain.status, report: plain.report });
    expect(lintWithCache(cacheHome).cache).toEqual(['accepted']);
  });

  it('of an earlier build is removed when this build writes its own', () => {
    lintWithCache(cacheHome);
    const [file] = cacheFiles(cacheHome);
    const stale = file.replace(/[0-9a-f]+\.v8-cache$/, '000000000000.v8-cache');
    fs.renameSync(file, stale);
    expect(lintWithCache(cacheHome).cache).toEqual(['none to read', 'written']);
    expect(cacheFiles(cacheHome)).toEqual([file]);
  });

  it('that cannot be written leaves the run as it is', () => {
    const notAFolder = path.join(cacheHome, 'file');
    fs.writeFileSync(notAFolder, '');
    const run = lintWithCache(notAFolder);
    expect(run.cache[0]).toBe('none to read');
    expect(run.cache[1]).toMatch(/^not written \(.*ENOTDIR/);
    expect({ status: run.status, report: run.report }).toEqual({ status: plain.status, report: plain.report });
  });

  it('is neither read nor written when CAPI_RULESET_CODE_CACHE=0', () => {
    const run = lintWithCache(cacheHome, { CAPI_RULESET_CODE_CACHE: '0' });
    expect(run.cache).toEqual(['none to read']);
    expect(cacheFiles(cacheHome)).toEqual([]);
  });

  it('is not written by a program that requires the command as a module', () => {
    const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(CLI)})`], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    expect(result.status).toBe(0);
    expect(cacheFiles(cacheHome)).toEqual([]);
  });
});
