import { parseArgs } from 'util';
import { InputError } from '../lib/input-error';
import { SEVERITIES } from '../lib/severity';
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
  -h, --help                   show this help
  -v, --version                show the version

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
  return {
    spec: positionals[0],
    format,
    output: values.output,
    failSeverity,
    ruleset: values.ruleset,
    quiet: values.quiet!,
    help: values.help!,
    version: values.version!,
  };
}
