import type { OffsetEdit } from './edit';
import { pairOf, type TextFile, type TextNode } from './text-tree';

/**
 * Small semantic edits on a file's text, each the fewest characters it can be, written in the
 * style of the node's neighbours: their indentation, key and value quoting, flow or block style,
 * and (in JSON) spacing after the colon. Nothing outside the inserted or replaced text moves.
 */

export type Scalar = string | number | boolean;

/** A new entry for a map: a scalar value, or a list of scalars (`required`). */
export interface Entry {
  key: string;
  value: Scalar | Scalar[];
}

/**
 * Sets each key of `map` to its value: an absent key is added after the last entry, a scalar of
 * another value is replaced; a key already right is left alone. Undefined when a key holds a
 * collection (replacing it would be a choice for a person).
 */
export function setKeys(tree: TextFile, map: TextNode, entries: Entry[]): OffsetEdit[] | undefined {
  const edits: OffsetEdit[] = [];
  const added: Entry[] = [];
  for (const entry of entries) {
    const pair = pairOf(map, entry.key);
    if (!pair) {
      added.push(entry);
      continue;
    }
    if (Array.isArray(entry.value) || (pair.value && pair.value.kind !== 'scalar')) return undefined;
    if (pair.value?.value === entry.value) continue;
    const rendered = renderScalar(tree, scalarsOf(map), entry.value);
    if (pair.value) edits.push({ start: pair.value.start, end: pair.value.end, text: rendered });
    else {
      const colon = tree.text.indexOf(':', pair.keyEnd) + 1;
      edits.push({ start: colon, end: colon, text: ` ${rendered}` });
    }
  }
  if (added.length > 0) edits.push(insertEntries(tree, map, added));
  return edits;
}

/** Appends `values` to `seq`, after its last item. */
export function appendItems(tree: TextFile, seq: TextNode, values: Scalar[]): OffsetEdit {
  const items = values.map((value) => renderScalar(tree, seq.items, value));
  if (!seq.flow) {
    const dash = indentAt(tree, seq.start);
    return insertAt(lineEnd(tree, seq.end), items.map((item) => `${tree.eol}${dash}- ${item}`).join(''));
  }
  if (seq.items.length === 0) return insertAt(seq.start + 1, items.join(', '));
  const last = seq.items[seq.items.length - 1];
  return insertAt(last.end, items.map((item) => (multiLine(tree, seq, seq.items[0].start) ? `,${tree.eol}${indentAt(tree, seq.items[0].start)}${item}` : `, ${item}`)).join(''));
}

/**
 * Adds each of `names` missing from the schema's `required` list: appended to the list, or a new
 * `required` key with them when it has none. Undefined when `required` is not a list.
 */
export function requireNames(tree: TextFile, schema: TextNode, names: string[]): OffsetEdit[] | undefined {
  const required = pairOf(schema, 'required');
  if (!required) return names.length ? [insertEntries(tree, schema, [{ key: 'required', value: names }])] : [];
  if (required.value?.kind !== 'seq') return undefined;
  const present = new Set(required.value.items.map((item) => item.value));
  const missing = names.filter((name) => !present.has(name));
  return missing.length ? [appendItems(tree, required.value, missing)] : [];
}

/** Deletes a map's entry with its line(s) (block style), or with its separating comma (flow style and JSON). */
export function deleteKey(tree: TextFile, map: TextNode, key: string): OffsetEdit | undefined {
  const index = map.pairs.findIndex((pair) => pair.key === key);
  if (index === -1) return undefined;
  const pair = map.pairs[index];
  const start = startOfPair(tree, pair.keyStart);
  const end = pair.value?.end ?? pair.keyEnd;
  if (!map.flow) {
    const from = tree.text.lastIndexOf('\n', start - 1) + 1;
    // The first entry of a sequence item (`- key: ...`) keeps the dash line: only its own text goes.
    if (tree.text.slice(from, start).trim() !== '') return undefined;
    const to = lineEnd(tree, end);
    return { start: from, end: Math.min(tree.text.length, to + (tree.text.startsWith('\r\n', to) ? 2 : 1)), text: '' };
  }
  if (map.pairs.length === 1) return { start: map.start + 1, end: map.end - 1, text: '' };
  if (index < map.pairs.length - 1) return { start, end: startOfPair(tree, map.pairs[index + 1].keyStart), text: '' };
  const previous = map.pairs[index - 1];
  return { start: previous.value?.end ?? previous.keyEnd, end, text: '' };
}

function insertEntries(tree: TextFile, map: TextNode, entries: Entry[]): OffsetEdit {
  const key = (name: string) => renderKey(tree, map, name);
  if (!map.flow) {
    const indent = map.pairs.length ? indentAt(tree, startOfPair(tree, map.pairs[0].keyStart)) : '';
    const seqIndent = blockSequenceIndent(tree);
    const lines = entries.map(({ key: name, value }) =>
      Array.isArray(value)
        ? `${tree.eol}${indent}${key(name)}:${value.map((item) => `${tree.eol}${indent}${seqIndent}- ${renderScalar(tree, [], item)}`).join('')}`
        : `${tree.eol}${indent}${key(name)}: ${renderScalar(tree, scalarsOf(map), value)}`,
    );
    return insertAt(lineEnd(tree, map.end), lines.join(''));
  }
  const colon = colonStyle(tree, map);
  const rendered = entries.map(({ key: name, value }) =>
    `${key(name)}${colon}${Array.isArray(value) ? `[${value.map((item) => renderScalar(tree, [], item)).join(', ')}]` : renderScalar(tree, scalarsOf(map), value)}`,
  );
  if (map.pairs.length === 0) return insertAt(map.start + 1, rendered.join(', '));
  const last = map.pairs[map.pairs.length - 1];
  const after = last.value?.end ?? last.keyEnd;
  const first = startOfPair(tree, map.pairs[0].keyStart);
  return insertAt(after, rendered.map((entry) => (multiLine(tree, map, first) ? `,${tree.eol}${indentAt(tree, first)}${entry}` : `, ${entry}`)).join(''));
}

function insertAt(offset: number, text: string): OffsetEdit {
  return { start: offset, end: offset, text };
}

/** A flow collection whose first entry is on another line than its opening bracket is laid out one entry a line. */
function multiLine(tree: TextFile, collection: TextNode, firstEntry: number): boolean {
  return tree.text.slice(collection.start, firstEntry).includes('\n');
}

/** The whitespace before `offset` on its line, or spaces of that width when other text (`- `) precedes it. */
function indentAt(tree: TextFile, offset: number): string {
  const lineStart = tree.text.lastIndexOf('\n', offset - 1) + 1;
  const before = tree.text.slice(lineStart, offset);
  return /^\s*$/.test(before) ? before : ' '.repeat(before.length);
}

/** The offset of the end of the line `offset` is on (before its line break), a trailing comment included. */
function lineEnd(tree: TextFile, offset: number): number {
  const newline = tree.text.indexOf('\n', offset);
  if (newline === -1) return tree.text.length;
  return tree.text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** A quoted key's offset may be its first character inside the quote: the pair starts at the quote. */
function startOfPair(tree: TextFile, keyStart: number): number {
  return keyStart > 0 && /["']/.test(tree.text[keyStart - 1]) && !/["']/.test(tree.text[keyStart]) ? keyStart - 1 : keyStart;
}

/** How far a block sequence under a key is indented past the key in this file ('' or '  ' or ...); two spaces when none says. */
function blockSequenceIndent(tree: TextFile): string {
  const search = (node: TextNode | undefined): string | undefined => {
    if (!node) return undefined;
    for (const pair of node.pairs) {
      if (pair.value?.kind === 'seq' && !pair.value.flow) {
        const keyLineStart = tree.text.lastIndexOf('\n', pair.keyStart - 1) + 1;
        const dashLineStart = tree.text.lastIndexOf('\n', pair.value.start - 1) + 1;
        const width = pair.value.start - dashLineStart - (startOfPair(tree, pair.keyStart) - keyLineStart);
        if (dashLineStart !== keyLineStart && width >= 0) return ' '.repeat(width);
      }
      const found = search(pair.value);
      if (found !== undefined) return found;
    }
    for (const item of node.items) {
      const found = search(item);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return search(tree.root) ?? '  ';
}

/** JSON's separator after a key as the map's first entry writes it (`: ` or `:`); YAML's is `: `. */
function colonStyle(tree: TextFile, map: TextNode): string {
  const first = map.pairs[0];
  if (!tree.json || !first?.value) return ': ';
  const between = tree.text.slice(first.keyEnd, first.value.start);
  return /^\s*:\s*$/.test(between) && !between.includes('\n') ? between.trimStart() : ': ';
}

function scalarsOf(map: TextNode): TextNode[] {
  return map.pairs.flatMap((pair) => (pair.value?.kind === 'scalar' ? [pair.value] : []));
}

function renderKey(tree: TextFile, map: TextNode, key: string): string {
  if (tree.json) return JSON.stringify(key);
  const quote = map.pairs.length ? tree.text[startOfPair(tree, map.pairs[0].keyStart)] : '';
  if (quote === '"') return JSON.stringify(key);
  if (quote === "'") return `'${key.replace(/'/g, "''")}'`;
  return isPlainSafe(key) ? key : JSON.stringify(key);
}

/** A value as its neighbours write theirs: strings quoted the way the other strings are, when they are. */
function renderScalar(tree: TextFile, neighbours: TextNode[], value: Scalar): string {
  if (tree.json || typeof value !== 'string') return JSON.stringify(value);
  // Only a string that needs no quotes shows a style: a quoted sentence is quoted by necessity.
  const quoted = neighbours
    .filter((node) => typeof node.value === 'string' && isPlainSafe(node.value))
    .map((node) => tree.text[node.start])
    .find((first) => first === '"' || first === "'");
  if (quoted === '"') return JSON.stringify(value);
  if (quoted === "'") return `'${value.replace(/'/g, "''")}'`;
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** A string YAML reads back as the same string when written without quotes. */
function isPlainSafe(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(text) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(text);
}
