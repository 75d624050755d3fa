import { InputError } from '../lib/input-error';
import { terminalProgress, type Progress } from './progress';

/** Where a command writes, and the folder relative paths are read from; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Where to show progress (stderr when it is a terminal); none when absent. */
  progress?: Progress;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  progress: terminalProgress(process.stderr),
};

/** `capi-lint` -> `CAPI_LINT_DEBUG`: set, an internal error prints its stack. */
export function debugVariable(command: string): string {
  return `${command.toUpperCase().replace(/-/g, '_')}_DEBUG`;
}

/**
 * The commands' failure convention: one line on stderr, exit code 2. An InputError (a missing file,
 * malformed YAML, a bad option) as it is; anything else as an internal error, its stack on request.
 */
export function reportFailure(command: string, error: any, io: Io): number {
  if (error instanceof InputError) {
    io.stderr(`${command}: ${error.message}\n`);
  } else {
    const debug = debugVariable(command);
    io.stderr(`${command}: internal error: ${error?.message ?? error} (set ${debug}=1 for details)\n`);
    if (process.env[debug]) io.stderr(`${error?.stack}\n`);
  }
  return 2;
}

/** Runs a command's `main` as a process: its result is the exit code; a reader that stops early (`| head`) is not an error. */
export function runAsBin(main: (argv: string[]) => Promise<number>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
