import type { SourceFile } from './source-files';
import { mayHaveAliases } from './yaml-aliases';

/**
 * Text where Spectral's parsers and Redocly's YAML reading (js-yaml, JSON schema with merge keys
 * and explicit tags) may give different data; `test/plain-data.test.ts` shows each:
 * - `!!` tags (`!!binary`, `!!str 12`), which Spectral's parser ignores or refuses;
 * - `0b101`, an integer to js-yaml and a string to Spectral;
 * - `?` complex keys, `<<` merge keys and `__proto__` keys, which Spectral's parser drops or merges otherwise;
 * - block scalars that keep their final line breaks (`|+`), which Spectral's parser trims.
 */
const READ_OTHERWISE = /!!|\b0b[01]|^[\t -]*\?(?:[\t ]|$)|<<|__proto__|[|>][1-9]?\+/m;

/** Spectral's warning for a key written as a number, true, false or null, which both readings turn into the same string. */
const SAME_KEY = /^mapping key must be a string scalar rather than (?:number|boolean|null)$/;

/** js-yaml refuses a file nested 100 levels deep (counting keys); well short of that, the copy leaves it to Redocly's reading. */
const MAX_DEPTH = 80;

/**
 * A file's data as Redocly's bundler reads it (js-yaml: plain objects, shared by nothing), copied
 * from Spectral's parse instead of parsing the file a second time; undefined when the two
 * readings may differ (READ_OTHERWISE, YAML aliases, a parse with diagnostics other than SAME_KEY,
 * a number that is not finite, is -0 or is too large for a double, nesting past MAX_DEPTH), and
 * the caller lets Redocly read it.
 */
export function plainData(source: SourceFile): unknown {
  if (source.parsed.diagnostics.some((diagnostic) => !SAME_KEY.test(diagnostic.message)) || READ_OTHERWISE.test(source.text) || mayHaveAliases(source.text)) return undefined;
  try {
    return copy(source.parsed.data, 0);
  } catch (error) {
    if (error === DIFFERENT) return undefined;
    throw error;
  }
}

const DIFFERENT = Symbol('read otherwise');

function copy(value: unknown, depth: number): unknown {
  if (typeof value === 'bigint') throw DIFFERENT;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw DIFFERENT;
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw DIFFERENT;
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) plain[key] = copy((value as Record<string, unknown>)[key], depth + 1);
  return plain;
}
