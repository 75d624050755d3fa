/** A rule's severity names, in the order of Spectral's numeric severities (0 error ... 3 hint). */
export const SEVERITIES = ['error', 'warn', 'info', 'hint'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** Spectral's numeric severity of a finding (`DiagnosticSeverity` of @stoplight/types). */
export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}
