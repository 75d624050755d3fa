import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../lib/input-error';

/**
 * Writes (or appends to) a file the user named for a report (`-o`, a SARIF file, a job summary),
 * its folder made when missing; a failure is an input error naming the file.
 */
export function writeOutputFile(file: string, text: string, { append = false } = {}): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (append) fs.appendFileSync(file, text);
    else fs.writeFileSync(file, text);
  } catch (error: any) {
    throw new InputError(`cannot write ${file} (${error?.code ?? error?.message})`);
  }
}
