import { parseArgs, type ParseArgsConfig } from 'util';
import { InputError } from '../../lib/input-error';
import { COVERAGE_FORMATS, type CoverageFormat } from './coverage-output';
import { CAPABILITIES_FORMATS, type CapabilitiesFormat } from './capabilities-output';
import { PRIORITIES, type Priority } from './needs-file';

export type ReportArgs =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'coverage'; spec: string; endpoints: string; format: CoverageFormat }
  | { command: 'capabilities'; spec: string; needs?: string; failPriority: Priority; format: CapabilitiesFormat };

export const USAGE = `Usage: capi-report coverage SPEC --endpoints FILE [-f stylish|markdown|json]
       capi-report capabilities SPEC [--needs FILE] [--fail-priority LEVEL] [-f markdown|json]

Reports on a single- or multi-file OpenAPI 3.x spec, bundled and classified as capi-lint does.

coverage      compares the spec's operations with FILE, documented endpoints one "METHOD PATH" a line
              (path parameters :name or {name}; "#" comments). Lists documented endpoints the spec
              lacks, spec operations not documented, and query parameters of documented lines
              (POST /v3/droplets?source_guid=:guid) the matching operation lacks.
              Exit codes: 0 nothing documented is missing, 1 something is, 2 usage or input error.
  --endpoints FILE           the documented endpoints (required)
  -f, --format FORMAT        ${COVERAGE_FORMATS.join(' | ')} (default: stylish)

capabilities  lists, for every GET list and show endpoint, the include and order_by values, filters,
              label_selector, fields[...], per_page bounds, and the links and relationships of the
              resource it returns. With --needs, checks a client's needs against them.
              Exit codes: 0 no need at or above the fail priority is unmet or without endpoint,
              1 some are, 2 usage or input error (a malformed needs file).
  --needs FILE               a YAML list of needs ("needs: [{ endpoint, include|order_by|filter|link|field, priority, why }]")
  --fail-priority LEVEL      ${PRIORITIES.join(' | ')}: exit 1 when a need at or above it is unmet (default: high)
  -f, --format FORMAT        ${CAPABILITIES_FORMATS.join(' | ')} (default: markdown)

  -h, --help                 show this help
  -v, --version              show the version`;

const COMMON = { help: { type: 'boolean', short: 'h', default: false }, version: { type: 'boolean', short: 'v', default: false } } as const;

export function parse(argv: string[]): ReportArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new InputError('a command is needed: "coverage" or "capabilities" (capi-report --help)');
  if (command === '-h' || command === '--help') return { command: 'help' };
  if (command === '-v' || command === '--version') return { command: 'version' };
  if (command === 'coverage') {
    const { values, spec } = parseCommand(command, rest, { ...COMMON, endpoints: { type: 'string' }, format: { type: 'string', short: 'f', default: 'stylish' } });
    if (values.help) return { command: 'help' };
    if (typeof values.endpoints !== 'string') throw new InputError('coverage needs --endpoints FILE (one "METHOD PATH" a line)');
    return { command, spec: required(command, spec), endpoints: values.endpoints, format: oneOf('--format', values.format, COVERAGE_FORMATS) };
  }
  if (command === 'capabilities') {
    const { values, spec } = parseCommand(command, rest, {
      ...COMMON,
      needs: { type: 'string' },
      'fail-priority': { type: 'string', default: 'high' },
      format: { type: 'string', short: 'f', default: 'markdown' },
    });
    if (values.help) return { command: 'help' };
    return {
      command,
      spec: required(command, spec),
      needs: values.needs as string | undefined,
      failPriority: oneOf('--fail-priority', values['fail-priority'], PRIORITIES),
      format: oneOf('--format', values.format, CAPABILITIES_FORMATS),
    };
  }
  throw new InputError(`unknown command "${command}": use "coverage" or "capabilities" (capi-report --help)`);
}

function parseCommand(command: string, args: string[], options: ParseArgsConfig['options']) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
    if (positionals.length > 1) throw new InputError(`${command}: one spec at a time, got ${positionals.length}: ${positionals.join(' ')}`);
    return { values: values as Record<string, string | boolean | undefined>, spec: positionals[0] };
  } catch (error: any) {
    throw error instanceof InputError ? error : new InputError(`${command}: ${error.message}`);
  }
}

function required(command: string, spec: string | undefined): string {
  if (spec === undefined) throw new InputError(`${command} needs a SPEC: the root file of an OpenAPI 3.x spec`);
  return spec;
}

function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new InputError(`${option} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}
