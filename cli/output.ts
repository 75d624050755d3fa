import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import { spectralFormatter } from './spectral-private';
import { summary } from './summary-format';

type Formatter = (results: ISpectralDiagnostic[], options: { failSeverity: number }, context: { ruleset: Ruleset; spectralVersion: string }) => string;

// Spectral's own formatters, under the names `spectral lint --format` uses: [file, export].
const SPECTRAL_FORMATTERS = {
  stylish: ['stylish', 'stylish'],
  json: ['json', 'json'],
  sarif: ['sarif', 'sarif'],
  'github-actions': ['github-actions', 'githubActions'],
  junit: ['junit', 'junit'],
  text: ['text', 'text'],
  pretty: ['pretty', 'pretty'],
  html: ['html/index', 'html'],
  teamcity: ['teamcity', 'teamcity'],
  markdown: ['markdown', 'markdown'],
  'code-climate': ['code-climate', 'codeClimate'],
} as const;

export type Format = keyof typeof SPECTRAL_FORMATTERS | 'summary';
export const FORMATS = [...Object.keys(SPECTRAL_FORMATTERS), 'summary'] as Format[];
export const SPECTRAL_FORMATTER_FILES = Object.values(SPECTRAL_FORMATTERS);

/** Loads only the formatter asked for. */
export function formatResults(results: ISpectralDiagnostic[], format: Format, failSeverity: number, ruleset: Ruleset): string {
  if (format === 'summary') return summary(results);
  const [file, exportName] = SPECTRAL_FORMATTERS[format];
  const formatter: Formatter = spectralFormatter(file, exportName);
  return formatter(results, { failSeverity }, { ruleset, spectralVersion: spectralVersion() });
}

/** Named in SARIF output; spectral-cli is an optional peer of the ruleset alone. */
function spectralVersion(): string {
  try {
    return require('@stoplight/spectral-cli/package.json').version;
  } catch {
    return 'unknown';
  }
}
