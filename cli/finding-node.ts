import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { JsonPath } from '../lib/json';

/**
 * A finding's node in the bundled document (`paths./v3/apps.get...`, `components.schemas.App...`),
 * kept beside the source-file pointer that lint() gives it: what a message names as its own place
 * is written in bundle terms. A registered symbol, so that copies of the result keep it, and
 * JSON output and other copies of this module see the same key.
 */
const BUNDLE_PATH = Symbol.for('@capi/ruleset.bundlePath');

export function withBundlePath<T extends ISpectralDiagnostic>(result: T, bundlePath: JsonPath): T {
  return Object.assign(result, { [BUNDLE_PATH]: bundlePath });
}

/** Undefined for a finding that did not come from lint(). */
export function bundlePathOf(result: ISpectralDiagnostic): JsonPath | undefined {
  return (result as { [BUNDLE_PATH]?: JsonPath })[BUNDLE_PATH];
}
