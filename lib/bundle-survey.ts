import { isJsonScalar, isPlainObject, type JsonPath } from './json';
import { pathOf, type Frame } from './walk';

/** What capi-lint needs to know of a whole bundle, found in one walk of it. */
export interface BundleSurvey {
  /** The first path (in document order) of each `$ref` value, for HoistedPaths. */
  referrers: Map<string, JsonPath>;
  /** The path of the first object (in document order) that is its own ancestor: the bundle contains itself. */
  cycle?: JsonPath;
  /** False when the bundle holds a value JSON cannot carry (YAML's `.nan` or `.inf`, a `!!binary`). */
  jsonSafe: boolean;
}

interface SurveyFrame extends Frame {
  /** Set while the walk is inside `value`: it is an ancestor of what is visited. */
  entered?: boolean;
}

/**
 * Walks the bundle once, depth-first in document order, each object once (a bundle may share
 * objects between places, and a self-containing one is cyclic), without recursion; a path is
 * built only for what is reported.
 */
export function surveyBundle(document: unknown): BundleSurvey {
  const survey: BundleSurvey = { referrers: new Map(), jsonSafe: true };
  const inside = new Set<object>();
  const seen = new Set<object>();
  if (typeof document !== 'object' || document === null) return { ...survey, jsonSafe: isJsonScalar(document) };
  const stack: SurveyFrame[] = [{ value: document }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value as object;
    if (frame.entered) {
      inside.delete(value);
      continue;
    }
    if (seen.has(value)) {
      if (survey.cycle === undefined && inside.has(value)) survey.cycle = pathOf(frame);
      continue;
    }
    seen.add(value);
    if (!Array.isArray(value) && !isPlainObject(value)) {
      survey.jsonSafe = false;
      continue;
    }
    const ref = (value as { $ref?: unknown }).$ref;
    if (!Array.isArray(value) && typeof ref === 'string' && !survey.referrers.has(ref)) survey.referrers.set(ref, pathOf(frame));
    inside.add(value);
    frame.entered = true;
    stack.push(frame);
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (value as Record<string, unknown>)[keys[index]];
      // Only objects get a frame of their own: most values are strings.
      if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: frame, key: Array.isArray(value) ? index : keys[index] });
      else if (!isJsonScalar(child)) survey.jsonSafe = false;
    }
  }
  return survey;
}
