import * as path from 'path';
import type { OperationInfo } from '../../lib/classify';
import { processIo, reportFailure, runAsBin, type Io } from '../command';
import { parse, USAGE } from './args';
import { endpointFacts, endpointsToReport, type EndpointFacts } from './capabilities';
import { formatCapabilities } from './capabilities-output';
import { coverage } from './coverage';
import { formatCoverage } from './coverage-output';
import { readEndpointsFile } from './endpoints-file';
import { checkNeeds, failsAt } from './needs';
import { readNeedsFile } from './needs-file';
import { loadSpec } from './spec';

export { InputError } from '../../lib/input-error';
export type { Io } from '../command';

/** `capi-report coverage|capabilities ...`; resolves to the exit code (see USAGE). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parse(argv);
    if (args.command === 'help') return io.stdout(`${USAGE}\n`), 0;
    if (args.command === 'version') return io.stdout(`${require('../package.json').version}\n`), 0;
    if (args.command === 'coverage') {
      const endpointsFile = path.resolve(io.cwd, args.endpoints);
      const documented = readEndpointsFile(endpointsFile);
      const spec = await loadSpec(args.spec, io.cwd);
      const result = coverage(spec, documented);
      io.stdout(formatCoverage(result, args.format, { spec, endpointsFile, cwd: io.cwd }));
      return result.missing.length > 0 || result.missingQueryParameters.length > 0 ? 1 : 0;
    }
    const needsFile = args.needs === undefined ? undefined : path.resolve(io.cwd, args.needs);
    const needs = needsFile === undefined ? undefined : readNeedsFile(needsFile);
    const spec = await loadSpec(args.spec, io.cwd);
    const facts = new Map<OperationInfo, EndpointFacts>();
    const factsOf = (operation: OperationInfo) => {
      let found = facts.get(operation);
      if (!found) facts.set(operation, (found = endpointFacts(spec.doc, operation)));
      return found;
    };
    const results = needs === undefined ? undefined : checkNeeds(spec, needs, factsOf);
    const endpoints = endpointsToReport(spec.doc).map((operation) => factsOf(operation).capabilities);
    io.stdout(formatCapabilities({ spec: spec.file, endpoints, needs: results && { file: needsFile!, results }, cwd: io.cwd }, args.format));
    return results !== undefined && failsAt(results, args.failPriority) ? 1 : 0;
  } catch (error) {
    return reportFailure('capi-report', error, io);
  }
}

if (require.main === module) runAsBin(main);
