import { parseArgs } from 'util';
import { InputError } from '../lib/input-error';
import { SEVERITIES } from '../lib/severity';
import { FIXABILITY } from '../lib/fix/registry';
import { FORMATS, type Format } from './output';

export { SEVERITIES };

export interface Args {
  spec?: string;
  format: Format;
  output?: string;
  /** 0 error, 1 warn, 2 info, 3 hint: Spectral's DiagnosticSeverity. */
  failSeverity: number;
  ruleset?: string;
  quiet: boolean;
  /** --baseline FILE (default: .capi-lint-baseline.yaml in the current folder). */
  baseline?: string;
  noBaseline: boolean;
  writeBaseline: boolean;
  /** --new-since REF: report only the findings the spec did not have at git REF. */
  newSince?: string;
  /** --max-problems N: report at most N findings. */
  maxProblems?: number;
  /** --fix: apply every safe fix, write the files, then report what is left. */
  fix: boolean;
  /** --fix-dry-run: print the diff --fix would make, write nothing. */
  fixDryRun: boolean;
  /** --fix-rule ID (repeatable): only these rules' fixes. */
  fixRules?: string[];
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: capi-lint [spec] [options]

Lints a single- or multi-file OpenAPI 3.x spec (default: the embedded example) with @capi/ruleset
and reports each finding at its source file, line and column.

Options:
  -f, --format FORMAT          ${FORMATS.join(' | ')} (default: stylish)
  -o, --output FILE            write the report to FILE instead of stdout
  -F, --fail-severity LEVEL    ${SEVERITIES.join(' | ')}: exit 1 on findings at or above it (default: error)
  -r, --ruleset FILE|PACKAGE   a .spectral.yaml/.json/.js or an installed ruleset package
                               (default: .spectral.* in the current folder, else @capi/ruleset)
  -q, --quiet                  report only findings at or above the fail severity, and nothing else
      --write-baseline         record every current finding in the baseline file and exit 0
      --baseline FILE          the baseline file to read or write (default: .capi-lint-baseline.yaml
                               in the current folder, read when it exists)
      --no-baseline            report every finding, baselined or not
      --new-since REF          report only the findings the spec did not have at git REF (a commit,
                               branch or tag; the spec's tree is read from git, the working tree
                               is left alone): HEAD in a pre-commit hook, origin/main in a pull
                               request. With a baseline, only findings in neither are reported
      --max-problems N         report at most N findings (the exit code still counts them all)
      --fix                    apply every safe fix (baselined findings too), then report what is left
      --fix-dry-run            print the unified diff --fix would make; change nothing
      --fix-rule ID            with --fix or --fix-dry-run: only this rule's fixes (repeatable)
  -h, --help                   show this help
  -v, --version                show the version
      --lsp                    run as a language server over stdio (for editors; see docs/editors.md)

Exit codes: 0 no findings at or above the fail severity, 1 some, 2 usage or input error.`;

export function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        'fail-severity': { type: 'string', short: 'F', default: 'error' },
        ruleset: { type: 'string', short: 'r' },
        quiet: { type: 'boolean', short: 'q', default: false },
        baseline: { type: 'string' },
        'no-baseline': { type: 'boolean', default: false },
        'write-baseline': { type: 'boolean', default: false },
        'new-since': { type: 'string' },
        'max-problems': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'fix-rule': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error: any) {
    throw new InputError(error.message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new InputError(`one spec at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new InputError(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  const failSeverity = SEVERITIES.indexOf(values['fail-severity'] as any);
  if (failSeverity === -1) throw new InputError(`--fail-severity must be one of ${SEVERITIES.join(', ')}; got "${values['fail-severity']}"`);
  if (values['no-baseline'] && (values['write-baseline'] || values.baseline !== undefined)) {
    throw new InputError('--no-baseline cannot be combined with --baseline or --write-baseline');
  }
  if (values['new-since'] !== undefined && values['write-baseline']) {
    throw new InputError('--new-since cannot be combined with --write-baseline (a baseline records every finding)');
  }
  const fixRules = values['fix-rule'];
  if (values.fix && values['fix-dry-run']) throw new InputError('--fix and --fix-dry-run cannot be combined: --fix-dry-run shows what --fix would write');
  if (fixRules && !values.fix && !values['fix-dry-run']) throw new InputError('--fix-rule needs --fix or --fix-dry-run');
  for (const rule of fixRules ?? []) {
    if (FIXABILITY[rule]?.kind !== 'fix') {
      const fixing = Object.keys(FIXABILITY).filter((id) => FIXABILITY[id].kind === 'fix');
      throw new InputError(`--fix-rule ${rule}: ${FIXABILITY[rule] ? 'this rule has no safe fix' : 'no such capi rule'}; the rules that fix are ${fixing.join(', ')}`);
    }
  }
  if ((values.fix || values['fix-dry-run']) && values['write-baseline']) throw new InputError('--write-baseline cannot be combined with --fix or --fix-dry-run');
  return {
    spec: positionals[0],
    format,
    output: values.output,
    failSeverity,
    ruleset: values.ruleset,
    quiet: values.quiet!,
    baseline: values.baseline,
    noBaseline: values['no-baseline']!,
    writeBaseline: values['write-baseline']!,
    newSince: values['new-since'],
    maxProblems: values['max-problems'] === undefined ? undefined : count('--max-problems', values['max-problems']),
    fix: values.fix!,
    fixDryRun: values['fix-dry-run']!,
    fixRules,
    help: values.help!,
    version: values.version!,
  };
}

function count(option: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new InputError(`${option} must be a whole number; got "${text}"`);
  return Number(text);
}
