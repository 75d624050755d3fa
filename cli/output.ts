import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import * as formatters from '@stoplight/spectral-formatters';

// Spectral's own formatters, under the names `spectral lint --format` uses.
const FORMATTERS = {
  stylish: 'stylish',
  json: 'json',
  sarif: 'sarif',
  'github-actions': 'githubActions',
  junit: 'junit',
  text: 'text',
  pretty: 'pretty',
  html: 'html',
  teamcity: 'teamcity',
  markdown: 'markdown',
  'code-climate': 'codeClimate',
} as const;

export type Format = keyof typeof FORMATTERS;
export const FORMATS = Object.keys(FORMATTERS) as Format[];

export function formatResults(results: ISpectralDiagnostic[], format: Format, failSeverity: number, ruleset: Ruleset): string {
  const formatter = (formatters as any)[FORMATTERS[format]];
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
