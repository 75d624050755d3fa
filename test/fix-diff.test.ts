import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { unifiedDiff } from '../lib/fix/unified-diff';

/** `diff -u`'s hunks for the two texts (its header lines, with their dates, left off). */
function diffU(before: string, after: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-diff-'));
  try {
    fs.writeFileSync(path.join(folder, 'a'), before);
    fs.writeFileSync(path.join(folder, 'b'), after);
    const { stdout } = spawnSync('diff', ['-u', 'a', 'b'], { cwd: folder, encoding: 'utf8' });
    return stdout.split('\n').slice(2).join('\n');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** `before` with `diff` applied by patch(1). */
function patched(before: string, diff: string): string {
  if (diff === '') return before;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-patch-'));
  try {
    fs.writeFileSync(path.join(folder, 'f'), before);
    const result = spawnSync('patch', ['-p1', '--quiet'], { cwd: folder, input: diff, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`patch failed: ${result.stdout}${result.stderr}`);
    return fs.readFileSync(path.join(folder, 'f'), 'utf8');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const hasPatch = spawnSync('patch', ['--version'], { stdio: 'ignore' }).status === 0;
/** Under CI a missing `patch` fails the test (.ci/run installs Debian's patch); elsewhere it skips, saying so. */
const itWithPatch = hasPatch || process.env.CI ? it : (name: string, body: () => void) => {
  console.warn(`Skipping "${name}": patch is not installed (CI is unset; apt-get install patch).`);
  it.skip(name, body);
};

describe('unified diff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('x.yaml', 'a\n', 'a\n')).toBe('');
  });

  it('names the file and writes hunks as diff -u does', () => {
    const before = Array.from({ length: 30 }, (_, index) => `line ${index}`).join('\n') + '\n';
    const after = before.replace('line 3\n', 'line 3\n  style: form\n').replace('line 20\n', '').replace('line 27\n', 'changed\n');
    const diff = unifiedDiff('paths/Apps.yaml', before, after);
    expect(diff.startsWith('--- a/paths/Apps.yaml\n+++ b/paths/Apps.yaml\n@@ -2,6 +2,7 @@\n')).toBe(true);
    expect(diff.split('\n').slice(2).join('\n')).toBe(diffU(before, after));
  });

  itWithPatch('on any texts of a few lines: patch turns the old text into the new with it, and it changes as few lines as diff -u', () => {
    // Some texts end without a line break.
    const text = fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 14 }), fc.boolean()).map(([lines, cut]) => {
      const joined = lines.map((line) => `${line}\n`).join('');
      return cut ? joined.slice(0, -1) : joined;
    });
    const changed = (diff: string) => diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line)).length;
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff('f', before, after);
        expect(changed(diff)).toBe(changed(diffU(before, after)));
        expect(patched(before, diff)).toBe(after);
      }),
      { numRuns: 120 },
    );
  });
});
