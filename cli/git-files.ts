import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../lib/input-error';
import { DISK, type FileReader } from '../lib/source-files';

/**
 * The files of a spec's tree as they are at a git commit, read from git's object store (`git
 * cat-file`), never from the working tree. `read` takes the same paths as for the working tree.
 */
export class GitFiles implements FileReader {
  private readonly texts = new Map<string, string>();
  private readonly absent = new Map<string, string>();

  private constructor(
    /** The repository's top folder, in the same spelling as the spec's path (symbolic links kept). */
    readonly top: string,
    /** Undefined before a repository's first commit (HEAD on a branch with no commit yet): nothing existed. */
    readonly commit: string | undefined,
  ) {}

  /**
   * The files at `ref` of the repository holding `root` (the spec's file). Throws InputError
   * outside a git repository, for an unknown ref, and when git is not installed.
   */
  static at(root: string, ref: string): GitFiles {
    const folder = path.dirname(root);
    if (!fs.existsSync(folder)) throw new InputError(`${root}: no such file`);
    const notRepository = (message: string) => (/not a git repository/.test(message) ? `${folder} is not inside a git repository` : `${folder}: ${message}`);
    const prefix = git(folder, ['rev-parse', '--show-prefix'], notRepository).trim();
    const top = path.resolve(folder, ...prefix.split('/').filter(Boolean).map(() => '..'));
    const unknown = () => `unknown git ref "${ref}" (a shallow clone lacks older commits: fetch them, e.g. actions/checkout with fetch-depth: 0)`;
    if (ref === '' || ref.startsWith('-')) throw new InputError(`--new-since: ${unknown()}`);
    // A pre-commit hook's first commit: HEAD names a branch that has no commit yet.
    if (ref === 'HEAD' && runGit(folder, ['rev-parse', '--verify', '--quiet', 'HEAD']).status !== 0 && runGit(folder, ['symbolic-ref', '--quiet', 'HEAD']).status === 0) {
      return new GitFiles(top, undefined);
    }
    const commit = git(folder, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], unknown).trim();
    const files = new GitFiles(top, commit);
    files.preload(folder);
    return files;
  }

  /** Whether `file` exists at the commit (a file, not a folder). */
  has(file: string): boolean {
    try {
      this.read(file);
      return true;
    } catch {
      return false;
    }
  }

  read(file: string): string {
    const name = this.nameOf(file);
    // A file outside the repository is not versioned by it: the same at every commit.
    if (name === undefined) return DISK.read(file);
    if (!this.texts.has(name) && !this.absent.has(name)) this.load([name]);
    const text = this.texts.get(name);
    if (text !== undefined) return text;
    const reason = this.absent.get(name)!;
    throw Object.assign(new Error(`${reason}: '${file}' at ${this.commit?.slice(0, 12) ?? 'HEAD, which has no commit yet'}`), { code: reason === 'tree' ? 'EISDIR' : 'ENOENT' });
  }

  parsed<T>(_kind: string, _file: string, _text: string, parse: () => T): T {
    return parse();
  }

  /** `file` as git names it at the commit (relative to the top, "/" separators); undefined outside it. */
  private nameOf(file: string): string | undefined {
    const relative = path.relative(this.top, path.resolve(file));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  }

  /** Reads every YAML and JSON file under the spec's folder at once: one git process, not one per file. */
  private preload(folder: string): void {
    if (this.commit === undefined) return;
    const listed = git(folder, ['ls-tree', '-r', '-z', '--name-only', '--full-name', this.commit, '--', '.'], (message) => message);
    this.load(listed.split('\0').filter((name) => /\.(ya?ml|json)$/i.test(name)));
  }

  private load(names: string[]): void {
    if (names.length === 0) return;
    if (this.commit === undefined) {
      for (const name of names) this.absent.set(name, 'missing');
      return;
    }
    const input = names.map((name) => `${this.commit}:${name}\n`).join('');
    const output = runGit(this.top, ['cat-file', '--batch', '--follow-symlinks'], input);
    if (output.status !== 0) throw new InputError(`--new-since: git cat-file failed: ${firstLine(output.stderr.toString())}`);
    const batch = output.stdout as Buffer;
    let at = 0;
    for (const name of names) {
      const end = batch.indexOf(0x0a, at);
      const header = batch.toString('utf8', at, end).split(' ');
      at = end + 1;
      if (header[header.length - 1] === 'missing' || header[header.length - 1] === 'ambiguous') {
        this.absent.set(name, 'missing');
        continue;
      }
      // "<oid> <type> <size>", or "<symlink|dangling|loop|notdir> <size>" followed by a name.
      const size = Number(header[header.length - 1]);
      const body = batch.subarray(at, at + size);
      at += size + 1;
      const type = header.length === 3 ? header[1] : header[0];
      if (type === 'blob') this.texts.set(name, body.toString('utf8'));
      else this.absent.set(name, type === 'tree' ? 'tree' : `${type} symbolic link`);
    }
  }
}

function git(cwd: string, args: string[], failure: (message: string) => string): string {
  const result = runGit(cwd, args);
  if (result.status !== 0) throw new InputError(`--new-since: ${failure(firstLine(result.stderr.toString()))}`);
  return result.stdout.toString();
}

function runGit(cwd: string, args: string[], input?: string) {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new InputError('--new-since needs git, which is not installed (not found on the PATH)');
  }
  if (result.error) throw new InputError(`--new-since: cannot run git (${result.error.message})`);
  return result;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0].replace(/^fatal: /, '');
}
