import * as fs from 'fs';
import * as path from 'path';

/** The file system calls a write makes; tests pass a failing one to see that nothing is lost. */
export interface WriteOps {
  writeFileSync: typeof fs.writeFileSync;
  renameSync: typeof fs.renameSync;
}

/**
 * Replaces `file`'s content with `text` atomically: writes a temporary file beside it (same
 * folder, so the rename does not cross file systems), with the file's mode, then renames it over
 * the file. A failure leaves the original as it was and removes the temporary file. A symlink is
 * followed: its target is written, the link stays.
 */
export function writeAtomic(file: string, text: string, ops: WriteOps = fs): void {
  const target = fs.realpathSync(file);
  const { mode } = fs.statSync(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.capi-fix.tmp`);
  try {
    ops.writeFileSync(temporary, text, { mode, flush: true } as fs.WriteFileOptions);
    ops.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Why capi-lint must not write `file`, or undefined when it may: a file outside the root spec's
 * folder (a `$ref` above it, or a symlink pointing out of it), or one it may not write.
 */
export function whyNotWritable(file: string, rootFolder: string): string | undefined {
  const inside = (folder: string, candidate: string) => {
    const relative = path.relative(folder, candidate);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  if (!inside(path.resolve(rootFolder), path.resolve(file))) return "outside the spec's folder";
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (error: any) {
    return `cannot be read (${error.code ?? error.message})`;
  }
  if (!inside(fs.realpathSync(rootFolder), real)) return "a symlink pointing out of the spec's folder";
  // The mode too: root may write a file nobody is meant to write.
  if ((fs.statSync(real).mode & 0o222) === 0) return 'read-only';
  try {
    fs.accessSync(real, fs.constants.W_OK);
    fs.accessSync(path.dirname(real), fs.constants.W_OK);
  } catch {
    return 'read-only';
  }
  return undefined;
}
