import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { isMainThread } from 'worker_threads';

/**
 * Runs a command's bundle (`dist/<name>.bundle.js`) as if it were the launcher's own module (its
 * `module`, `require.main`, `__filename` and `__dirname`), compiled through a V8 code cache kept
 * in the user's cache folder: V8 then skips parsing and compiling what the last run compiled, a
 * quarter of a start (docs/performance.md). The cache is only ever a shortcut: one that is
 * missing, stale, corrupt or cannot be written leaves the command as it is without it, and
 * `CAPI_RULESET_CODE_CACHE=0` turns it off. `CAPI_RULESET_DEBUG` prints what became of it.
 */
export function launch(bundle: string, launcher: NodeModule): void {
  const file = launcher.filename;
  const source = fs.readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const cacheFile = codeCacheFile(bundle);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  debug(cachedData === undefined ? 'none to read' : script.cachedDataRejected ? 'rejected' : 'accepted', cacheFile);
  // A worker thread (the language server's lint worker) reads it; the command's own thread writes it.
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected) && isMainThread) {
    // At exit: the cache then holds what the run compiled, not only the top level.
    process.once('exit', () => writeCache(cacheFile, script));
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(launcher.exports, launcher.exports, createRequire(file), launcher, file, path.dirname(file));
}

/**
 * Where the cache of `bundle` is kept: one file per installed command (named by the bundle's
 * path), and in its name what it was made from (the bundle's size and time, Node's version and
 * the machine), since V8 itself checks only the source's length. Undefined when turned off.
 */
function codeCacheFile(bundle: string): string | undefined {
  if (process.env.CAPI_RULESET_CODE_CACHE === '0') return undefined;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(bundle);
  } catch {
    return undefined;
  }
  const folder = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'capi-ruleset');
  const made = shortHash(`${stat.size}\n${stat.mtimeMs}\n${process.version}\n${process.arch}`);
  return path.join(folder, `${path.basename(bundle, '.js')}-${shortHash(bundle)}-${made}${SUFFIX}`);
}

const SUFFIX = '.v8-cache';

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function readCache(cacheFile: string): Buffer | undefined {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Written atomically (a temporary file, then a rename); the caches of earlier builds of the same installed command are removed. */
function writeCache(cacheFile: string, script: vm.Script): void {
  const folder = path.dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, cacheFile);
    const installed = path.basename(cacheFile).replace(/[0-9a-f]+\.v8-cache$/, '');
    for (const old of fs.readdirSync(folder)) {
      if (old.startsWith(installed) && old.endsWith(SUFFIX) && path.join(folder, old) !== cacheFile) fs.rmSync(path.join(folder, old), { force: true });
    }
    debug('written', cacheFile);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there.
    }
    debug(`not written (${error instanceof Error ? error.message : String(error)})`, cacheFile);
  }
}

function debug(what: string, cacheFile: string | undefined): void {
  if (process.env.CAPI_RULESET_DEBUG) process.stderr.write(`capi-ruleset: code cache ${cacheFile ?? '(off)'}: ${what}\n`);
}
