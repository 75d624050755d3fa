import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../lib/input-error';
import { parse, SEVERITIES, USAGE } from './args';
import { processIo, reportFailure, runAsBin, type Io } from './command';
import { lint } from './lint';
import { formatResults } from './output';

export { lint, type LintOptions, type LintOutcome } from './lint';
export { InputError } from '../lib/input-error';
export type { Io } from './command';

/** The embedded example, shipped in the package beside dist/. */
export const EXAMPLE = path.join(__dirname, '..', 'examples', 'capi-example.yaml');

/** `capi-lint [spec] [options]`; resolves to the exit code: 0 clean, 1 findings, 2 usage or input error. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parse(argv);
    if (args.help) return io.stdout(`${USAGE}\n`), 0;
    if (args.version) return io.stdout(`${require('../package.json').version}\n`), 0;
    const outcome = await lint(args.spec ?? EXAMPLE, { ruleset: args.ruleset, cwd: io.cwd });
    const failing = outcome.results.filter((result) => result.severity <= args.failSeverity);
    const reported = args.quiet ? failing : outcome.results;
    const text = formatResults(reported, args.format, args.failSeverity, outcome.ruleset);
    if (args.output) writeReport(path.resolve(io.cwd, args.output), text);
    else if (text !== '') io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    if (!args.quiet && failing.length === 0 && args.format === 'stylish') {
      io.stderr(`No findings at or above "${SEVERITIES[args.failSeverity]}".\n`);
    }
    return failing.length > 0 ? 1 : 0;
  } catch (error) {
    return reportFailure('capi-lint', error, io);
  }
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
  runAsBin(main);
}
