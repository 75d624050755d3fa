import * as path from 'path';
import { bundleSpec, type Bundle } from '../../lib/bundle';
import { classify, type Classification } from '../../lib/classify';
import { locate } from '../../lib/source-map';
import type { JsonPath } from '../../lib/json';

export interface LoadedSpec {
  /** The root file, absolute. */
  file: string;
  bundle: Bundle;
  doc: Classification;
}

/** Bundles a single- or multi-file spec as capi-lint does and classifies it; InputError on bad input. */
export async function loadSpec(spec: string, cwd: string): Promise<LoadedSpec> {
  const file = path.resolve(cwd, spec);
  const bundle = await bundleSpec(file);
  return { file, bundle, doc: classify(bundle.document) };
}

/** `paths/Tasks.yaml:97`: where a path of the bundled document is written, relative to `cwd`. */
export function sourceLine(spec: LoadedSpec, at: JsonPath, cwd: string): string {
  const location = locate(spec.bundle.sources, spec.file, spec.bundle.hoisted.treePath(at));
  return `${path.relative(cwd, location.file) || location.file}:${location.range.start.line + 1}`;
}
