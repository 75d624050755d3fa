import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';

/** The built capi-report: its programmatic API in-process. */
export const REPORT_CLI = path.join(ROOT, 'dist', 'capi-report.js');
const { main } = require(REPORT_CLI) as typeof import('../cli/report/capi-report');

export const REPORT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'report');
export const ENDPOINTS_3BBBA90 = path.resolve(ROOT, '..', 'shared', 'capi-docs', 'endpoints-3bbba90.txt');

/** Runs `capi-report argv` in `cwd`, collecting its output. */
export async function report(argv: string[], cwd = REPORT_FIXTURES) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

/** A temporary folder for a test file's own inputs, removed after its tests. */
export function temporaryFiles(prefix: string) {
  let folder = '';
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  return {
    get folder() {
      return folder;
    },
    /** Writes `text` to `name` in the folder; returns the file's path. */
    write(name: string, text: string): string {
      const file = path.join(folder, name);
      fs.writeFileSync(file, text);
      return file;
    },
  };
}
