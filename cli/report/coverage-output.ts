import * as path from 'path';
import { endpointLabel } from './endpoints';
import { coverageJson, type Coverage } from './coverage';
import { markdownTable, plural, twoColumns } from './text';
import { sourceLine, type LoadedSpec } from './spec';

export const COVERAGE_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

interface Where {
  spec: LoadedSpec;
  endpointsFile: string;
  cwd: string;
}

/** Each list as `[endpoint, where it is written]` rows, the lists titled, then the counts. */
export function formatCoverage(result: Coverage, format: CoverageFormat, where: Where): string {
  if (format === 'json') return `${JSON.stringify(coverageJson(result), null, 2)}\n`;
  const file = path.relative(where.cwd, where.endpointsFile) || where.endpointsFile;
  const sections = [
    {
      title: 'Documented but missing from the spec',
      rows: result.missing.map((endpoint) => [endpointLabel(endpoint), `${file}:${endpoint.line}`]),
    },
    {
      title: 'In the spec but not documented',
      rows: result.undocumented.map((operation) => [operation.label, sourceLine(where.spec, operation.jsonPath, where.cwd)]),
    },
    {
      title: 'Query parameters the docs use and the spec lacks',
      rows: result.missingQueryParameters.map(({ endpoint, parameter, documented }) => [`${endpoint} ?${parameter}`, `${file}:${documented.line}`]),
    },
  ];
  const counts = summary(result);
  if (format === 'markdown') {
    const body = sections.map(({ title, rows }) =>
      `## ${title} (${rows.length})\n\n${rows.length === 0 ? 'None.' : markdownTable(['Endpoint', 'Where'], rows.map(([label, at]) => [`\`${label}\``, at]))}`,
    );
    return `# Coverage of ${path.relative(where.cwd, where.spec.file) || where.spec.file} against ${file}\n\n${counts}\n\n${body.join('\n\n')}\n`;
  }
  const body = sections.filter(({ rows }) => rows.length > 0).map(({ title, rows }) => `${title} (${rows.length}):\n${twoColumns(rows)}`);
  return `${[...body, counts].join('\n\n')}\n`;
}

function summary(result: Coverage): string {
  return (
    `${plural(result.documented.length, 'documented endpoint')}, ${plural(result.operations.length, 'spec operation')}: ` +
    `${result.matched.length} matched, ${result.missing.length} missing from the spec, ${result.undocumented.length} not documented, ` +
    `${plural(result.missingQueryParameters.length, 'missing query parameter')}.`
  );
}
