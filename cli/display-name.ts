import * as path from 'path';

/** `file` as a person at `cwd` names it: relative (with `/`) when it is below `cwd`, else absolute. */
export function displayName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
