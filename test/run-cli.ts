import * as path from 'path';
import { ROOT } from './harness';

/** The built `capi-lint` bin; its programmatic API runs in-process (fast), the file itself in spawns. */
export const CLI = path.join(ROOT, 'dist', 'capi-lint.js');
export const { lint, main } = require(CLI) as typeof import('../cli/capi-lint');

/** Runs `capi-lint argv` in `cwd` in-process: its exit code and what it printed. */
export async function run(argv: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}
