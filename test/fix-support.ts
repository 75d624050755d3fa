import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { lint, run } from './run-cli';
import { parseTextFile } from '../lib/fix/text-tree';

/** A writable copy of `folder` in a new temporary folder; returns the copy's path. */
export function copyTree(folder: string, name = path.basename(folder)): string {
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'capi-fix-')), name);
  fs.cpSync(folder, target, { recursive: true });
  for (const file of filesUnder(target)) fs.chmodSync(file, 0o644);
  return target;
}

export function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath ?? (entry as any).path, entry.name));
}

export function snapshot(folder: string): Map<string, string> {
  return new Map(filesUnder(folder).map((file) => [path.relative(folder, file), fs.readFileSync(file, 'utf8')]));
}

/** Findings by rule, file (relative to `folder`) and path: what --fix must not add. */
export function keys(results: ISpectralDiagnostic[], folder: string): string[] {
  return results.map((result) => JSON.stringify([result.code, path.relative(folder, String(result.source)), result.path])).sort();
}

export function added(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((key) => {
    const index = left.indexOf(key);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

/** --fix on a copy of `folder`: fixed count, findings before and after, changed files; all checks of a safe fix. */
export async function checkFixRun(folder: string, spec: string, minimum: number): Promise<void> {
  const copy = copyTree(folder);
  try {
    const original = snapshot(copy);
    const beforeLint = await lint(spec, { cwd: copy });
    const dry = await run([spec, '--fix-dry-run', '--no-baseline', '-f', 'json'], copy);
    expect(snapshot(copy)).toEqual(original);
    const { fixDryRun } = JSON.parse(dry.stdout);
    expect(fixDryRun.files.every(({ diff }: { diff: string }) => /^--- a\//.test(diff))).toBe(true);
    const result = await run([spec, '--fix', '--no-baseline', '-f', 'json'], copy);
    const fixed = Number(/fixed (\d+) findings?/.exec(result.stderr)?.[1]);
    expect(fixed).toBeGreaterThanOrEqual(minimum);
    expect(fixDryRun.fixed).toBe(fixed);
    const afterLint = await lint(spec, { cwd: copy });
    expect(added(keys(beforeLint.results, copy), keys(afterLint.results, copy))).toEqual([]);
    expect(beforeLint.results.length - afterLint.results.length).toBe(fixed);
    const now = snapshot(copy);
    for (const [file, text] of now) if (text !== original.get(file)) expect([file, parseTextFile(file, text) !== undefined]).toEqual([file, true]);
    const operations = (document: any) => Object.entries(document.paths ?? {}).map(([route, item]: [string, any]) => `${route} ${Object.keys(item).sort().join(' ')}`);
    const { bundleSpec } = await import('../lib/bundle');
    const [a, b] = [await bundleSpec(path.join(folder, spec)), await bundleSpec(path.join(copy, spec))];
    expect(operations(b.document)).toEqual(operations(a.document));
    const second = await run([spec, '--fix', '--no-baseline', '-f', 'json'], copy);
    expect(second.stderr).toContain('fixed 0 findings in 0 files');
    expect(snapshot(copy)).toEqual(now);
  } finally {
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

