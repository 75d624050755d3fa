import * as fs from 'fs';

/** Rewrites `file` with `change`, and fails the test when the change left it as it was. */
export function editFile(file: string, change: (text: string) => string): void {
  const text = fs.readFileSync(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit of ${file} changed nothing`);
  fs.writeFileSync(file, changed);
}
