import * as path from 'path';
import { InputError } from '../lib/input-error';
import { DiskFiles } from '../lib/source-files';
import { parse, SEVERITIES, USAGE } from './args';
import { baselinePath, describeWritten, previousBaseline, recordBaseline } from './baseline';
import { processIo, reportFailure, runAsBin, type Io } from './command';
import { lint } from './lint';
import { fixSpec, type FixRun } from './fix';
import { displayName } from './display-name';
import { carriesFixes, dryRunDiffStream, dryRunOf, fixesOf, withDryRun, withFixes } from './fix-output';
import type { Fix } from '../lib/fix/edit';
import { formatResults } from './output';
import { writeOutputFile } from './output-file';
import { selectFindings } from './select-findings';
import { armTimeLimit } from './time-limit';

export { lint, type LintOptions, type LintOutcome } from './lint';
export { fixSpec, type FixOptions, type FixRun } from './fix';
export { fixFor, TextTrees } from '../lib/fix/fixes-for';
export { FIXABILITY } from '../lib/fix/registry';
export { writeAtomic } from '../lib/fix/atomic-write';
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
    if (args.fix && args.spec === undefined) throw new InputError('--fix needs a spec: the embedded example is not yours to change (try --fix-dry-run)');
    if (args.writeBaseline) {
      const baselineFile = baselinePath({ file: args.baseline, cwd: io.cwd });
      // Read before linting, so that a broken baseline fails at once.
      const previous = previousBaseline(baselineFile);
      const outcome = await lint(args.spec ?? EXAMPLE, { ruleset: args.ruleset, cwd: io.cwd, onProgress: progress?.step }).finally(() => progress?.done());
      const written = recordBaseline(outcome.results, baselineFile, previous);
      if (!args.quiet) io.stderr(`${describeWritten(written, baselineFile, io.cwd)}\n`);
      return 0;
    }
    const spec = args.spec ?? EXAMPLE;
    // Read and parsed once for the lint and for the fixes a report carries.
    const files = new DiskFiles();
    let run: FixRun | undefined;
    const fix = args.fix || args.fixDryRun
      ? async () => (run = await fixSpec(spec, { ruleset: args.ruleset, cwd: io.cwd, onProgress: progress?.step, rules: args.fixRules, dryRun: args.fixDryRun })).outcome
      : () => lint(spec, { ruleset: args.ruleset, cwd: io.cwd, onProgress: progress?.step, files });
    const selection = await selectFindings({
      spec,
      ruleset: args.ruleset,
      baseline: args.baseline,
      noBaseline: args.noBaseline,
      newSince: args.newSince,
      cwd: io.cwd,
      onProgress: progress?.step,
      lint: fix,
    }).finally(() => progress?.done());
    const { outcome, results } = selection;
    const dryRun = run && args.fixDryRun ? dryRunOf(run, io.cwd) : undefined;
    const diffStream = dryRunDiffStream(args.format, args.output);
    if (dryRun && diffStream) {
      const diff = dryRun.files.map((file) => file.diff).join('');
      if (diff) io[diffStream](diff);
    }
    const failing = results.filter((result) => result.severity <= args.failSeverity);
    const reported = args.quiet ? failing : results;
    const shown = reported.slice(0, args.maxProblems ?? reported.length);
    const formatted = formatResults(shown, args.format, args.failSeverity, outcome.ruleset);
    const fixes = () => (run ? fixesOf(shown, run.read) : fixesOf(shown, (file) => files.read(file), files));
    const fixed = carriesFixes(args.format) ? withFixes(formatted, args.format, fixes()) : formatted;
    const text = dryRun && carriesFixes(args.format) ? withDryRun(fixed, args.format, dryRun) : fixed;
    if (args.output) writeOutputFile(path.resolve(io.cwd, args.output), text);
    else if (text !== '') io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    if (!args.quiet) {
      const notes = [
        ...(run ? describeFixRun(run, args.fixDryRun, io.cwd) : []),
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

/** What --fix did (or --fix-dry-run would do): each fix left out and why, then the count. */
function describeFixRun(run: FixRun, dryRun: boolean, cwd: string): string[] {
  const files = run.changed.size;
  const counted = `${run.fixed} ${run.fixed === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'}`;
  const groups = new Map<string, Fix[]>();
  for (const { fix, reason } of run.dropped) {
    const key = JSON.stringify([displayName(fix.edits[0].file, cwd), reason]);
    groups.set(key, [...(groups.get(key) ?? []), fix]);
  }
  return [
    ...[...groups].map(([key, fixes]) => {
      const [file, reason] = JSON.parse(key);
      const what = fixes.length === 1 ? `${fixes[0].title} (${fixes[0].rule})` : `${fixes.length} fixes (${[...new Set(fixes.map((fix) => fix.rule))].join(', ')})`;
      return `capi-lint: not fixed in ${file}: ${what}: ${reason}.`;
    }),
    dryRun ? `capi-lint: --fix would fix ${counted} (dry run: nothing written).` : `capi-lint: fixed ${counted}.`,
  ];
}

/** Runs the language server on stdin/stdout; it ends the process when its client says exit. */
async function serveLsp(): Promise<number> {
  (await import('./lsp/server')).startServer();
  return new Promise<number>(() => {});
}

if (require.main === module) {
  // Debugging capi-lint includes the rules: let their errors through instead of no result.
  if (process.env.CAPI_LINT_DEBUG) process.env.CAPI_RULESET_DEBUG ??= '1';
  // A language server lives as long as its editor: the time limit is for one run of the command.
  if (!process.argv.includes('--lsp')) armTimeLimit(process.env.CAPI_LINT_TIME_LIMIT);
  runAsBin(main);
}
