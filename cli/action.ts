import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../lib/input-error';
import { SEVERITIES } from '../lib/severity';
import { processIo, reportFailure, runAsBin, type Io } from './command';
import { formatResults } from './output';
import { writeOutputFile } from './output-file';
import { selectFindings } from './select-findings';
import { summary } from './summary-format';
import { armTimeLimit } from './time-limit';

/**
 * The GitHub Action's step (action.yml at the repository root): lints the spec once and writes,
 * from that one result, the annotations (`-f github-actions` workflow commands on stdout), the
 * per-rule summary into $GITHUB_STEP_SUMMARY, the SARIF file, and the outputs `findings` and
 * `errors` into $GITHUB_OUTPUT; resolves to capi-lint's exit code.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env, io: Io = processIo): Promise<number> {
  const input = (name: string) => inputOf(env, name);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || io.cwd);
  try {
    const spec = input('spec');
    if (spec === '') throw new InputError('the spec input is required: the root file of the tree, relative to the repository');
    const failSeverity = SEVERITIES.indexOf((input('fail-severity') || 'error') as any);
    if (failSeverity === -1) throw new InputError(`the fail-severity input must be one of ${SEVERITIES.join(', ')}; got "${input('fail-severity')}"`);
    const selection = await selectFindings({
      spec,
      ruleset: input('ruleset') || undefined,
      baseline: input('baseline') || undefined,
      noBaseline: false,
      newSince: input('new-since') || undefined,
      cwd: workspace,
    });
    const { outcome, results } = selection;
    // Spectral's formatters name each file relative to the process's folder: the workspace, as GitHub wants it.
    process.chdir(workspace);
    const annotations = formatResults(results, 'github-actions', failSeverity, outcome.ruleset);
    if (annotations !== '') io.stdout(`${annotations}\n`);
    const sarifFile = input('sarif-file');
    // Code scanning keeps its own record of what is new: it gets every finding.
    if (sarifFile !== '') writeOutputFile(path.resolve(workspace, sarifFile), formatResults(outcome.results, 'sarif', failSeverity, outcome.ruleset));
    const heading = `### capi-lint ${spec}${selection.filtered ? ': new findings' : ''}\n\n`;
    const notes = selection.notes.map((note) => `${note.replace(/^capi-lint: /, '')}\n`).join('');
    if (env.GITHUB_STEP_SUMMARY) writeOutputFile(env.GITHUB_STEP_SUMMARY, `${heading}${summary(results)}${notes && `\n${notes}`}\n`, { append: true });
    const errors = results.filter((result) => result.severity === 0).length;
    if (env.GITHUB_OUTPUT) writeOutputFile(env.GITHUB_OUTPUT, `findings=${results.length}\nerrors=${errors}\n`, { append: true });
    for (const note of selection.notes) io.stderr(`${note}\n`);
    return results.some((result) => result.severity <= failSeverity) ? 1 : 0;
  } catch (error) {
    // The one line capi-lint prints, also as an error annotation, so that the run's page shows it.
    return reportFailure('capi-lint', error, { ...io, stderr: (text) => (io.stderr(text), io.stdout(`::error title=capi-lint::${escapeData(text.trimEnd())}\n`)) });
  }
}

/** An input as the runner passes it: INPUT_ and the name upper-cased (dashes kept; a composite step may spell them "_"). */
function inputOf(env: NodeJS.ProcessEnv, name: string): string {
  const upper = name.toUpperCase();
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '').trim();
}

/** A workflow command's message: GitHub reads %, CR and LF escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

if (require.main === module) {
  armTimeLimit(process.env.CAPI_LINT_TIME_LIMIT);
  runAsBin(() => runAction());
}
