import type { JsonPath } from '../json';
import { parseSource, type FileReader, type SourceFile } from '../source-files';
import { MAP, MAPPING, SCALAR, SEQ, type YamlSyntax } from '../yaml-syntax';

/**
 * A YAML or JSON file as nodes with the offsets where each is written, built from Spectral's own
 * parsers (so a fix places its edits where capi-lint places findings). Fixes edit the text at
 * these offsets; nothing is ever re-serialised.
 */
export interface TextNode {
  kind: 'map' | 'seq' | 'scalar';
  /** Offset of the node's first character (a flow collection's bracket). */
  start: number;
  /** Offset after its last character: a flow collection's closing bracket, a block node's last content. */
  end: number;
  /** `{...}` / `[...]` (always, in JSON). */
  flow: boolean;
  pairs: TextPair[];
  items: TextNode[];
  /** A scalar's value (a string, number, boolean or null); an alias is a scalar with no value. */
  value?: unknown;
}

export interface TextPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Absent for `key:` with nothing after it. */
  value?: TextNode;
}

export interface TextFile {
  file: string;
  text: string;
  json: boolean;
  root?: TextNode;
  /** Offset of each line's first character. */
  lineStarts: number[];
  eol: string;
}

/** Parses `text` as a lint does (kept by `cache` when given); undefined when it does not parse (the caller names that). */
export function parseTextFile(file: string, text: string, cache?: Pick<FileReader, 'parsed'>): TextFile | undefined {
  let source;
  try {
    source = parseSource(file, text, cache);
  } catch {
    return undefined;
  }
  return textFileOf(file, text, source);
}

/** The text tree of `text` from the syntax tree Spectral's parser made of it (JSON when `file` ends in .json). */
function textFileOf(file: string, text: string, source: SourceFile): TextFile {
  const json = /\.json$/i.test(file);
  const root = json ? fromJson(source.parsed.ast) : source.syntax && fromYaml(source.syntax, source.syntax.root, text);
  return { file, text, json, root, lineStarts: lineStarts(text), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A node on the way down a path, with the key or index it is at in its parent. */
export interface Step {
  node: TextNode;
  key?: string | number;
}

/** The nodes from the root down `at`, as far as they exist: the last one is the closest existing node. */
export function nodesAlong(tree: TextFile, at: JsonPath): Step[] {
  const chain: Step[] = [];
  let step: Step | undefined = tree.root && { node: tree.root };
  for (const segment of [...at, undefined]) {
    if (!step) break;
    chain.push(step);
    if (segment === undefined) break;
    const child = childOf(step.node, segment);
    step = child && { node: child, key: segment };
  }
  return chain;
}

export function childOf(node: TextNode, segment: string | number): TextNode | undefined {
  if (node.kind === 'map') return pairOf(node, String(segment))?.value;
  if (node.kind === 'seq') return node.items[Number(segment)];
  return undefined;
}

export function pairOf(node: TextNode | undefined, key: string): TextPair | undefined {
  return node?.kind === 'map' ? node.pairs.find((pair) => pair.key === key) : undefined;
}

/** 0-based line and character of an offset, as LSP and Spectral count them. */
export function positionOf(tree: TextFile, offset: number): { line: number; character: number } {
  let low = 0;
  let high = tree.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tree.lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - tree.lineStarts[low] };
}

export function offsetOf(lineStartOffsets: number[], textLength: number, position: { line: number; character: number }): number {
  if (position.line >= lineStartOffsets.length) return textLength;
  return Math.min(lineStartOffsets[position.line] + position.character, textLength);
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function fromYaml(syntax: YamlSyntax, node: number, text: string): TextNode | undefined {
  if (node < 0) return undefined;
  const kind = syntax.kind(node);
  if (kind === MAP) {
    const pairs: TextPair[] = syntax
      .childrenOf(node)
      .filter((pair) => pair >= 0 && syntax.kind(pair) === MAPPING && syntax.keyOf(pair) >= 0)
      .map((pair) => {
        const key = syntax.keyOf(pair);
        return { key: String(syntax.scalar(key).value), keyStart: syntax.start(key), keyEnd: syntax.end(key), value: fromYaml(syntax, syntax.valueOf(pair), text) };
      });
    return collection('map', syntax.start(node), syntax.end(node), text, pairs, []);
  }
  if (kind === SEQ) {
    const items = syntax.childrenOf(node).map((item) => fromYaml(syntax, item, text));
    return collection('seq', syntax.start(node), syntax.end(node), text, [], items.filter((item): item is TextNode => item !== undefined));
  }
  const start = syntax.start(node);
  // A block scalar's extent runs on over the line breaks that follow it.
  const end = start + text.slice(start, syntax.end(node)).trimEnd().length;
  return { kind: 'scalar', start, end, flow: false, pairs: [], items: [], value: kind === SCALAR ? scalarValue(syntax.scalar(node)) : undefined };
}

function collection(kind: 'map' | 'seq', nodeStart: number, nodeEnd: number, text: string, pairs: TextPair[], items: TextNode[]): TextNode {
  const open = firstContent(text, nodeStart);
  const flow = text[open] === (kind === 'map' ? '{' : '[');
  const children = kind === 'map' ? pairs.map((pair) => pair.value?.end ?? pair.keyEnd) : items.map((item) => item.end);
  const end = flow ? nodeEnd : Math.max(nodeStart, ...children);
  return { kind, start: flow ? open : nodeStart, end, flow, pairs, items };
}

/** Skips an anchor (`&name `) or tag before a node's content. */
function firstContent(text: string, offset: number): number {
  let at = offset;
  while (text[at] === '&' || text[at] === '!') {
    while (at < text.length && !/\s/.test(text[at])) at++;
    while (text[at] === ' ') at++;
  }
  return at;
}

function scalarValue(node: { value: unknown; doubleQuoted: boolean; singleQuoted: boolean }): unknown {
  if (node.doubleQuoted || node.singleQuoted) return node.value;
  const text = String(node.value);
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^(null|Null|NULL|~|)$/.test(text)) return null;
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return Number(text);
  return node.value;
}

function fromJson(node: any): TextNode | undefined {
  if (!node) return undefined;
  const end = node.offset + node.length;
  if (node.type === 'object') {
    const pairs = (node.children ?? []).filter((property: any) => property.children?.length >= 1).map((property: any) => {
      const [key, value] = property.children;
      return { key: String(key.value), keyStart: key.offset, keyEnd: key.offset + key.length, value: fromJson(value) };
    });
    return { kind: 'map', start: node.offset, end, flow: true, pairs, items: [] };
  }
  if (node.type === 'array') return { kind: 'seq', start: node.offset, end, flow: true, pairs: [], items: (node.children ?? []).map(fromJson).filter(Boolean) };
  return { kind: 'scalar', start: node.offset, end, flow: false, pairs: [], items: [], value: node.value };
}
