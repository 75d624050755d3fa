import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../lib/input-error';
import { parse, SEVERITIES, USAGE } from './args';
import { baselinePath, describeWritten, previousBaseline, recordBaseline } from './baseline';
import { processIo, reportFailure, runAsBin, type Io } from './command';
import { lint } from './lint';
import { formatResults } from './output';
import { selectFindings } from './select-findings';
import { armTimeLimit } from './time-limit';

export { lint, type LintOptions, type LintOutcome } from './lint';
export { InputError } from '../lib/input-error';
export type { Io } from './command';

/** The embedded example, shipped in the package beside dist/. */
export const EXAMPLE = path.join(__dirname, '..', 'examples', 'capi-example.yaml');

/** `capi-lint [spec] [options]`; resolves to the exit code: 0 clean, 1 findings, 2 usage or input error. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // The language server ignores the other arguments: LSP clients add their own (`--stdio`).
  if (argv.includes('--lsp')) return serveLsp();
  try {
    const args = parse(argv);
    if (args.help) return io.stdout(`${USAGE}\n`), 0;
    if (args.version) return io.stdout(`${require('../package.json').version}\n`), 0;
    const progress = args.quiet ? undefined : io.progress;
    if (args.writeBaseline) {
      const baselineFile = baselinePath({ file: args.baseline, cwd: io.cwd });
      // Read before linting, so that a broken baseline fails at once.
      const previous = previousBaseline(baselineFile);
      const outcome = await lint(args.spec ?? EXAMPLE, { ruleset: args.ruleset, cwd: io.cwd, onProgress: progress?.step }).finally(() => progress?.done());
      const written = recordBaseline(outcome.results, baselineFile, previous);
      if (!args.quiet) io.stderr(`${describeWritten(written, baselineFile, io.cwd)}\n`);
      return 0;
    }
    const selection = await selectFindings({
      spec: args.spec ?? EXAMPLE,
      ruleset: args.ruleset,
      baseline: args.baseline,
      noBaseline: args.noBaseline,
      newSince: args.newSince,
      cwd: io.cwd,
      onProgress: progress?.step,
    }).finally(() => progress?.done());
    const { outcome, results } = selection;
    const failing = results.filter((result) => result.severity <= args.failSeverity);
    const reported = args.quiet ? failing : results;
    const shown = reported.slice(0, args.maxProblems ?? reported.length);
    const text = formatResults(shown, args.format, args.failSeverity, outcome.ruleset);
    if (args.output) writeReport(path.resolve(io.cwd, args.output), text);
    else if (text !== '') io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    if (!args.quiet) {
      const notes = [
        ...(shown.length < reported.length ? [`capi-lint: ${reported.length - shown.length} more findings not shown (--max-problems ${args.maxProblems}).`] : []),
        ...selection.notes,
        ...(failing.length === 0 && args.format === 'stylish' ? [`No ${selection.filtered ? 'new ' : ''}findings at or above "${SEVERITIES[args.failSeverity]}".`] : []),
      ];
      for (const note of notes) io.stderr(`${note}\n`);
    }
    return failing.length > 0 ? 1 : 0;
  } catch (error) {
    return reportFailure('capi-lint', error, io);
  }
}

/** Runs the language server on stdin/stdout; it ends the process when its client says exit. */
async function serveLsp(): Promise<number> {
  (await import('./lsp/server')).startServer();
  return new Promise<number>(() => {});
}

function writeReport(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error: any) {
    throw new InputError(`cannot write ${file} (${error?.code ?? error?.message})`);
  }
}

if (require.main === module) {
  // Debugging capi-lint includes the rules: let their errors through instead of no result.
  if (process.env.CAPI_LINT_DEBUG) process.env.CAPI_RULESET_DEBUG ??= '1';
  // A language server lives as long as its editor: the time limit is for one run of the command.
  if (!process.argv.includes('--lsp')) armTimeLimit(process.env.CAPI_LINT_TIME_LIMIT);
  runAsBin(main);
}
