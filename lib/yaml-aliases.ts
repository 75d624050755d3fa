import { InputError } from './input-error';

// An anchor (`&name`) and an alias (`*name`) where a YAML node may start: a cheap test that
// spares the walk below to the files (nearly all) that have no aliases.
const ANCHOR = /(?:^|[\s,[{])&[^\s,[\]{}]/;
const ALIAS = /(?:^|[\s,[{])\*[^\s,[\]{}]/;

/** False when `text` surely has no alias; true when it may have one. */
export function mayHaveAliases(text: string): boolean {
  return ANCHOR.test(text) && ALIAS.test(text);
}

/** Aliases may repeat a file's nodes up to this many times over, and past this many nodes in all. */
export const ALIAS_LIMITS = { factor: 10, nodes: 1_000_000 };

/**
 * Refuses a YAML file whose aliases expand it past ALIAS_LIMITS (an alias bomb, "billion
 * laughs", which a parser that copies each alias, as Spectral's does, never finishes), or that
 * has an alias inside its own anchor. `parsed` is the file as js-yaml read it (aliases shared,
 * not copied); without it the file is read here. A file that does not parse is left to the parser.
 */
export function checkAliases(file: string, text: string, parsed?: unknown): void {
  if (!mayHaveAliases(text)) return;
  let data = parsed;
  if (data === undefined) {
    try {
      // Redocly's YAML reader (js-yaml) shares an alias's node instead of copying it. Required
      // only for a file with aliases, to keep Redocly's package out of every other start-up.
      data = require('@redocly/openapi-core').parseYaml(text);
    } catch {
      return;
    }
  }
  const { distinct, expanded, recursive } = measure(data);
  if (recursive) throw new InputError(`${file}: a YAML alias is used inside its own anchor (a recursive alias), which capi-lint refuses`);
  if (expanded > Math.max(ALIAS_LIMITS.nodes, ALIAS_LIMITS.factor * distinct)) {
    const limit = `${ALIAS_LIMITS.factor} times the nodes written, and at least ${ALIAS_LIMITS.nodes.toLocaleString('en')}`;
    throw new InputError(`${file}: YAML aliases expand its ${distinct} nodes to ${expanded.toPrecision(3)} (an alias bomb); capi-lint refuses more than ${limit}`);
  }
}

/** Nodes as written (shared objects once) and as expanded (each alias a full copy). */
function measure(data: unknown): { distinct: number; expanded: number; recursive: boolean } {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let distinct = 0;
  let recursive = false;
  const size = (value: unknown): number => {
    if (typeof value !== 'object' || value === null) return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (open.has(value)) {
      recursive = true;
      return 1;
    }
    open.add(value);
    distinct++;
    let total = 1;
    for (const child of Object.values(value)) {
      if (typeof child !== 'object' || child === null) distinct++;
      total += size(child);
    }
    open.delete(value);
    sizes.set(value, total);
    return total;
  };
  const expanded = size(data);
  return { distinct, expanded, recursive };
}
