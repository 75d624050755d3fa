/** The server's settings, section `capi` (initializationOptions `{ capi: {...} }` or workspace/configuration). */
export interface Settings {
  /** Spec roots, relative to the workspace folder; none: discovered at the folder's top. */
  specs?: string[];
  /** Pause after the last change before a tree is linted again. */
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** Reads `{ capi: { specs, debounceMs } }`; a value of the wrong type is ignored with a warning. */
export function readSettings(source: unknown, warn: (message: string) => void = () => {}): Settings {
  const capi = (source as { capi?: unknown } | undefined)?.capi;
  const settings: Settings = { debounceMs: DEFAULT_DEBOUNCE_MS };
  if (capi === undefined || capi === null) return settings;
  if (typeof capi !== 'object') {
    warn(`the "capi" settings must be an object; got ${JSON.stringify(capi)}`);
    return settings;
  }
  const { specs, debounceMs } = capi as Record<string, unknown>;
  if (Array.isArray(specs) && specs.every((spec) => typeof spec === 'string')) settings.specs = specs;
  else if (specs !== undefined) warn(`"capi.specs" must be a list of paths; got ${JSON.stringify(specs)}: spec roots are discovered instead`);
  if (typeof debounceMs === 'number' && debounceMs >= 0) settings.debounceMs = debounceMs;
  else if (debounceMs !== undefined) warn(`"capi.debounceMs" must be a number >= 0; got ${JSON.stringify(debounceMs)}`);
  return settings;
}
