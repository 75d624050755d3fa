import type { JsonPath } from './json';

// yaml-ast-parser's node kinds.
export const SCALAR = 0;
export const MAPPING = 1;
export const MAP = 2;
export const SEQ = 3;

const NONE = -1;
const DOUBLE_QUOTED = 1;
const SINGLE_QUOTED = 2;

/**
 * A YAML file's syntax tree (yaml-ast-parser's, as @stoplight/yaml parses it) held in flat arrays
 * of numbers rather than an object per node: the tree is kept for the whole lint to place
 * findings and fixes, and as objects it is the lint's largest live data, which every garbage
 * collection of a large spec moves and scans. Nodes are numbers (NONE for `null`): a map's
 * children are its pairs (`key: value`, kind MAPPING), a sequence's its items. An alias is kept as
 * a node without children.
 */
export class YamlSyntax {
  readonly root: number;
  /** False when getLocationForJsonPath would read the tree otherwise (see the constructor): those files keep their object tree. */
  readonly placesPaths: boolean;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly parents: Int32Array;
  /** A pair's key; a map's or sequence's first child in `children`. */
  private readonly first: Int32Array;
  /** A pair's value; a map's or sequence's number of children. */
  private readonly second: Int32Array;
  private readonly children: Int32Array;
  private readonly quotes: Uint8Array;
  /** A scalar's value (yaml-ast-parser's text of it). */
  private readonly values: unknown[];

  constructor(ast: unknown) {
    const nodes: any[] = ast ? [ast] : [];
    const parents: number[] = ast ? [NONE] : [];
    const first: number[] = [];
    const second: number[] = [];
    const children: number[] = [];
    let placesPaths = true;
    const add = (node: any, parent: number): number => {
      if (!node) return NONE;
      parents.push(parent);
      return nodes.push(node) - 1;
    };
    // Breadth first, each node numbered as it is met, so that its parent's number is known.
    for (let id = 0; id < nodes.length; id++) {
      const node = nodes[id];
      // What getLocationForJsonPath reads otherwise is left to it: a parent link that is not the
      // node's place, `<<` keys (it merges them), a missing key, value or child (it trips on them).
      if (node.parent !== (parents[id] === NONE ? null : nodes[parents[id]])) placesPaths = false;
      if (node.kind === MAPPING) {
        if (!node.key || node.key.value === '<<' || node.value === undefined) placesPaths = false;
        first[id] = add(node.key, id);
        second[id] = add(node.value, id);
      } else if (node.kind === MAP || node.kind === SEQ) {
        const kids: unknown[] = node.kind === MAP ? node.mappings : node.items;
        if (node.kind === MAP ? kids.some((kid) => !kid) : kids.includes(undefined)) placesPaths = false;
        first[id] = children.length;
        second[id] = kids.length;
        for (const kid of kids) children.push(add(kid, id));
      }
    }
    const count = nodes.length;
    this.kinds = new Uint8Array(count);
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.parents = Int32Array.from(parents);
    this.first = Int32Array.from({ length: count }, (_, id) => first[id] ?? NONE);
    this.second = Int32Array.from({ length: count }, (_, id) => second[id] ?? NONE);
    this.children = Int32Array.from(children);
    this.quotes = new Uint8Array(count);
    this.values = new Array(count);
    nodes.forEach((node, id) => {
      this.kinds[id] = node.kind;
      this.starts[id] = node.startPosition;
      this.ends[id] = node.endPosition;
      if (node.kind === SCALAR) {
        this.values[id] = node.value;
        this.quotes[id] = (node.doubleQuoted ? DOUBLE_QUOTED : 0) | (node.singleQuoted ? SINGLE_QUOTED : 0);
      }
    });
    this.root = count > 0 ? 0 : NONE;
    this.placesPaths = placesPaths;
  }

  kind(node: number): number {
    return this.kinds[node];
  }

  start(node: number): number {
    return this.starts[node];
  }

  end(node: number): number {
    return this.ends[node];
  }

  /** A map's pairs or a sequence's items, NONE where the tree has none. */
  childrenOf(node: number): number[] {
    const kind = this.kinds[node];
    if (kind !== MAP && kind !== SEQ) return [];
    return Array.from(this.children.subarray(this.first[node], this.first[node] + this.second[node]));
  }

  /** A pair's key node. */
  keyOf(pair: number): number {
    return this.first[pair];
  }

  /** A pair's value node (NONE for `key:` with nothing after it). */
  valueOf(pair: number): number {
    return this.second[pair];
  }

  /** A scalar's value as yaml-ast-parser reads it, and how it is quoted. */
  scalar(node: number): { value: unknown; doubleQuoted: boolean; singleQuoted: boolean } {
    const quotes = this.quotes[node];
    return { value: this.values[node], doubleQuoted: (quotes & DOUBLE_QUOTED) !== 0, singleQuoted: (quotes & SINGLE_QUOTED) !== 0 };
  }

  /**
   * The offsets Spectral's YAML parser gives for `at` (@stoplight/yaml's getLocationForJsonPath):
   * from where the node's value starts to where it ends; undefined where no node is at `at`.
   * Only where placesPaths.
   */
  place(at: JsonPath, firstLineStart: number): { start: number; end: number } | undefined {
    let node = this.root;
    for (const segment of at) {
      if (node === NONE) break;
      node = this.childAt(node, segment);
    }
    return node === NONE ? undefined : { start: this.startOf(node, firstLineStart), end: this.endOf(node) };
  }

  /** A map's value at `key` (its key node for `key:` with nothing after it; the last pair of that key), a sequence's item. */
  private childAt(node: number, segment: string | number): number {
    const kind = this.kinds[node];
    if (kind === MAP) {
      for (let index = this.second[node] - 1; index >= 0; index--) {
        const pair = this.children[this.first[node] + index];
        if (pair !== NONE && this.values[this.first[pair]] === segment) return this.second[pair] === NONE ? this.first[pair] : this.second[pair];
      }
    } else if (kind === SEQ) {
      const index = Number(segment);
      if (Number.isInteger(index) && index >= 0 && index < this.second[node]) return this.children[this.first[node] + index];
    }
    return NONE;
  }

  private startOf(node: number, firstLineStart: number): number {
    const parent = this.parents[node];
    if (parent !== NONE && this.kinds[parent] === MAPPING) {
      if (this.second[parent] === NONE) return this.ends[parent];
      if (this.kinds[node] !== SCALAR) return this.ends[this.first[parent]] + 1;
    }
    if (parent === NONE && firstLineStart - this.starts[node] === 0) return 0;
    return this.starts[node];
  }

  private endOf(node: number): number {
    const kind = this.kinds[node];
    if (kind === SEQ || kind === MAP) {
      const count = this.second[node];
      const last = count > 0 ? this.children[this.first[node] + count - 1] : NONE;
      if (last !== NONE) return this.endOf(last);
    } else if (kind === MAPPING) {
      if (this.second[node] !== NONE) return this.endOf(this.second[node]);
    } else if (kind === SCALAR) {
      const parent = this.parents[node];
      if (parent !== NONE && this.kinds[parent] === MAPPING && this.second[parent] === NONE) return this.ends[parent];
    }
    return this.ends[node];
  }
}
