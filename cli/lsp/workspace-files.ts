import * as fs from 'fs';
import { regularFileStat, type FileReader } from '../../lib/source-files';

/**
 * The language server's view of the workspace's files: an editor's unsaved buffer wins over the
 * file on disk; a file on disk is read again only when its modification time or size changed;
 * each parse is kept until the file's text changes (one per file and kind of parse, so the
 * memory it takes is that of the workspace, not of the number of edits).
 */
export class WorkspaceFiles implements FileReader {
  private readonly disk = new Map<string, { mtimeMs: number; size: number; text: string }>();
  private readonly kept = new Map<string, { text: string; value: unknown }>();

  constructor(private readonly buffer: (file: string) => string | undefined) {}

  read(file: string): string {
    const open = this.buffer(file);
    if (open !== undefined) return open;
    const { mtimeMs, size } = regularFileStat(file);
    const known = this.disk.get(file);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known.text;
    const text = fs.readFileSync(file, 'utf8');
    this.disk.set(file, { mtimeMs, size, text });
    return text;
  }

  parsed<T>(kind: string, file: string, text: string, parse: () => T): T {
    const key = `${kind}\0${file}`;
    const known = this.kept.get(key);
    if (known && known.text === text) return known.value as T;
    const value = parse();
    this.kept.set(key, { text, value });
    return value;
  }
}
