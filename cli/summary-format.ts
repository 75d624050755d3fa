import type { ISpectralDiagnostic } from '@stoplight/spectral-core';

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/**
 * The `summary` format: one Markdown table of findings counted per rule and severity, most
 * severe first, then most frequent; for a report of hundreds of findings (a CI job summary).
 */
export function summary(results: ISpectralDiagnostic[]): string {
  if (results.length === 0) return 'No findings.\n';
  const counts = new Map<string, { rule: string; severity: number; count: number }>();
  for (const { code, severity } of results) {
    const key = `${severity} ${code}`;
    const row = counts.get(key) ?? counts.set(key, { rule: String(code), severity, count: 0 }).get(key)!;
    row.count++;
  }
  const rows = [...counts.values()].sort((a, b) => a.severity - b.severity || b.count - a.count || (a.rule < b.rule ? -1 : 1));
  const perSeverity = SEVERITY_NAMES.map((name, severity) => [name, results.filter((result) => result.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${count === 1 ? name : `${name}s`}`);
  return [
    '| Rule | Severity | Findings |',
    '| --- | --- | ---: |',
    ...rows.map(({ rule, severity, count }) => `| ${rule} | ${SEVERITY_NAMES[severity] ?? severity} | ${count} |`),
    `| **Total** | ${perSeverity.join(', ')} | **${results.length}** |`,
    '',
  ].join('\n');
}
