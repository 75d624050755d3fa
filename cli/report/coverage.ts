import type { OperationInfo } from '../../lib/classify';
import { endpointLabel, OperationIndex } from './endpoints';
import type { DocumentedEndpoint } from './endpoints-file';
import type { LoadedSpec } from './spec';

export interface MissingQueryParameter {
  /** The spec operation, `METHOD /path` as the spec writes it. */
  endpoint: string;
  parameter: string;
  documented: DocumentedEndpoint;
}

export interface Coverage {
  /** Documented endpoints with no spec operation of that method and path shape, in file order. */
  missing: DocumentedEndpoint[];
  /** Spec operations no documented line names, in spec order. */
  undocumented: OperationInfo[];
  /** Query parameters of documented lines that the matching spec operation does not declare. */
  missingQueryParameters: MissingQueryParameter[];
  /** Spec operations some documented line names. */
  matched: OperationInfo[];
  documented: DocumentedEndpoint[];
  operations: OperationInfo[];
}

/** Compares the spec's operations with a list of documented endpoints, by method and path shape. */
export function coverage(spec: LoadedSpec, documented: DocumentedEndpoint[]): Coverage {
  const index = new OperationIndex(spec.doc);
  const matched = new Set<OperationInfo>();
  const missing: DocumentedEndpoint[] = [];
  const missingQueryParameters: MissingQueryParameter[] = [];
  for (const endpoint of documented) {
    const operations = index.find(endpoint);
    if (operations.length === 0) {
      missing.push(endpoint);
      continue;
    }
    operations.forEach((operation) => matched.add(operation));
    for (const parameter of endpoint.query) {
      for (const operation of operations) {
        if (!takesQueryParameter(operation, parameter)) missingQueryParameters.push({ endpoint: operation.label, parameter, documented: endpoint });
      }
    }
  }
  const operations = spec.doc.operations;
  return {
    missing,
    undocumented: operations.filter((operation) => !matched.has(operation)),
    missingQueryParameters,
    matched: operations.filter((operation) => matched.has(operation)),
    documented,
    operations,
  };
}

function takesQueryParameter(operation: OperationInfo, name: string): boolean {
  return operation.parameters.some(({ parameter }) => parameter.in === 'query' && parameter.name === name);
}

/** The JSON report: paths as the spec writes them where it has them, else as the file with `{name}`. */
export function coverageJson(result: Coverage) {
  return {
    missing: result.missing.map(endpointLabel),
    undocumented: result.undocumented.map(({ label }) => label),
    missingQueryParameters: result.missingQueryParameters.map(({ endpoint, parameter }) => ({ endpoint, parameter })),
    matched: result.matched.length,
  };
}
