import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GitFiles } from '../cli/git-files';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the files of a spec at a git commit', () => {
  let scratch: string;
  let repository: string;
  let files: GitFiles;
  const at = (...names: string[]) => path.join(repository, ...names);

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-git-files-'));
    repository = path.join(scratch, 'repository');
    fs.mkdirSync(at('spec', 'paths'), { recursive: true });
    fs.mkdirSync(at('common'));
    fs.writeFileSync(at('spec', 'openapi.yaml'), 'committed: root\n');
    fs.writeFileSync(at('spec', 'paths', 'apps.yaml'), 'committed: apps\n');
    fs.writeFileSync(at('common', 'errors.yaml'), 'committed: errors\n');
    fs.symlinkSync('../common/errors.yaml', at('spec', 'errors.yaml'));
    git(['init', '-q'], repository);
    git(['add', '-A'], repository);
    git(['commit', '-qm', 'first'], repository);
    fs.writeFileSync(at('spec', 'openapi.yaml'), 'working tree: root\n');
    fs.writeFileSync(at('common', 'errors.yaml'), 'working tree: errors\n');
    fs.writeFileSync(at('spec', 'new.yaml'), 'working tree: new\n');
    fs.writeFileSync(path.join(scratch, 'outside.yaml'), 'outside the repository\n');
    files = GitFiles.at(at('spec', 'openapi.yaml'), 'HEAD');
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('reads each file as committed, not as in the working tree, inside and outside the spec folder', () => {
    expect(files.read(at('spec', 'openapi.yaml'))).toBe('committed: root\n');
    expect(files.read(at('spec', 'paths', 'apps.yaml'))).toBe('committed: apps\n');
    expect(files.read(at('common', 'errors.yaml'))).toBe('committed: errors\n');
  });

  it('follows a symbolic link inside the repository as committed', () => {
    expect(files.read(at('spec', 'errors.yaml'))).toBe('committed: errors\n');
  });

  it('reads a file outside the repository from disk, which no commit versions', () => {
    expect(files.read(path.join(scratch, 'outside.yaml'))).toBe('outside the repository\n');
  });

  it('throws ENOENT for a file the commit lacks and EISDIR for a folder, as the disk reader does', () => {
    expect(() => files.read(at('spec', 'new.yaml'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(files.has(at('spec', 'new.yaml'))).toBe(false);
    expect(() => files.read(at('spec', 'paths'))).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });

  it('leaves the working tree as it was', () => {
    expect(git(['status', '--porcelain'], repository)).toBe(' M common/errors.yaml\n M spec/openapi.yaml\n?? spec/new.yaml\n');
  });
});
