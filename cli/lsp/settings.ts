/** The server's settings, section `capi` (initializationOptions `{ capi: {...} }` or workspace/configuration). */
export interface Settings {
  /** Spec roots, relative to the workspace folder; none: discovered at the folder's top. */
  specs?: string[];
  /** Pause after the last change of a burst before a tree is linted again (LintQueue). */
  debounceMs: number;
  /** A lint that takes longer is stopped and reported as one diagnostic; 0: no limit. */
  timeLimitSeconds: number;
}

/**
 * The pause that ends a burst of changes (typing); a change after a quiet spell (an edit, a paste,
 * a fix) is linted at once. Longer than most pauses between keystrokes inside a word of a fluent
 * typist, so that a burst is linted once, after it (its first change's lint is dropped, and stops
 * before its rules run when the next change comes soon). Other servers sit in the same range
 * (Vetur 200 ms, VS Code's JSON server 300 ms).
 */
export const DEFAULT_DEBOUNCE_MS = 150;
/** Generous: a cold lint of the official tree takes about 2 s, a warm one well under 1 s. */
export const DEFAULT_TIME_LIMIT_SECONDS = 60;

/** Reads `{ capi: { specs, debounceMs, timeLimitSeconds } }`; a value of the wrong type is ignored with a warning. */
export function readSettings(source: unknown, warn: (message: string) => void = () => {}): Settings {
  const capi = (source as { capi?: unknown } | undefined)?.capi;
  const settings: Settings = { debounceMs: DEFAULT_DEBOUNCE_MS, timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS };
  if (capi === undefined || capi === null) return settings;
  if (typeof capi !== 'object') {
    warn(`the "capi" settings must be an object; got ${JSON.stringify(capi)}`);
    return settings;
  }
  const { specs, debounceMs, timeLimitSeconds } = capi as Record<string, unknown>;
  if (Array.isArray(specs) && specs.every((spec) => typeof spec === 'string')) settings.specs = specs;
  else if (specs !== undefined) warn(`"capi.specs" must be a list of paths; got ${JSON.stringify(specs)}: spec roots are discovered instead`);
  if (typeof debounceMs === 'number' && debounceMs >= 0) settings.debounceMs = debounceMs;
  else if (debounceMs !== undefined) warn(`"capi.debounceMs" must be a number >= 0; got ${JSON.stringify(debounceMs)}`);
  if (typeof timeLimitSeconds === 'number' && timeLimitSeconds >= 0) settings.timeLimitSeconds = timeLimitSeconds;
  else if (timeLimitSeconds !== undefined) warn(`"capi.timeLimitSeconds" must be a number >= 0 (0 for no limit); got ${JSON.stringify(timeLimitSeconds)}`);
  return settings;
}
