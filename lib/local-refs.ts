import { createHttpAndFileResolver, ResolverDepGraph } from '@stoplight/spectral-ref-resolver';
import { isObject, type JsonPath } from './json';

type Resolver = ReturnType<typeof createHttpAndFileResolver>;
type ResolveResult = Awaited<ReturnType<Resolver['resolve']>>;

/** A `$ref` this resolver handles itself: a whole component of the same document, as Redocly's bundle writes them. */
const COMPONENT_REF = /^#\/components\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** A root path that URI parsing keeps as it is (Spectral's resolver names graph nodes by URI). */
const PLAIN_PATH = /^\/[A-Za-z0-9_.\/-]*$/;

/**
 * Spectral's resolver for a bundle whose `$ref`s all name components of the same document: the
 * result of Spectral's own (json-ref-resolver: same `$ref`s inlined, same ones left circular,
 * same refMap and dependency graph) without its immer drafts and transitive dependency-graph
 * walks, which grow faster than the spec. Anything else goes to Spectral's resolver.
 */
export function localRefResolver(): Resolver {
  const fallback = createHttpAndFileResolver();
  const resolve = (source: unknown, options: { baseUri?: string } = {}) => {
    const root = options.baseUri ?? '';
    const refs = PLAIN_PATH.test(root) ? componentRefs(source) : undefined;
    return refs ? Promise.resolve(resolveLocally(source, root, refs) as unknown as ResolveResult) : fallback.resolve(source, options as any);
  };
  return Object.assign(Object.create(fallback), { resolve }) as Resolver;
}

interface Ref {
  /** Where the `$ref` is: its keys. */
  at: string[];
  target: string;
}

/** Every `$ref` in document order (not descending into a `$ref` object), or undefined if one is not a component ref that exists. */
function componentRefs(source: unknown): Ref[] | undefined {
  if (!isObject(source) || typeof source.$ref === 'string') return undefined;
  const refs: Ref[] = [];
  const targets = new Map<string, boolean>();
  const isTarget = (ref: string) => {
    let known = targets.get(ref);
    if (known === undefined) {
      known = COMPONENT_REF.test(ref) && isObject(valueAt(source, ref.slice(2).split('/'))) && !isRefObject(source, ref);
      targets.set(ref, known);
    }
    return known;
  };
  // The keys down to the node being walked; a `$ref`'s place and pointer are built only for it.
  const at: string[] = [];
  const walk = (node: object): boolean => {
    for (const key in node) {
      if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
      const value = (node as Record<string, unknown>)[key];
      if (isObject(value) && typeof value.$ref === 'string') {
        if (!isTarget(value.$ref)) return false;
        refs.push({ at: [...at, key], target: value.$ref });
      } else if (typeof value === 'object' && value !== null) {
        at.push(key);
        const walked = walk(value);
        at.pop();
        if (!walked) return false;
      }
    }
    return true;
  };
  return walk(source) ? refs : undefined;
}

function isRefObject(source: unknown, ref: string): boolean {
  const node = valueAt(source, ref.slice(2).split('/'));
  return isObject(node) && '$ref' in node;
}

function valueAt(node: unknown, path: JsonPath): unknown {
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function resolveLocally(source: unknown, root: string, refs: Ref[]) {
  const graph = new (ResolverDepGraph as unknown as new (options: { circular: boolean }) => InstanceType<typeof ResolverDepGraph>)({ circular: true });
  graph.addNode(root, { refMap: {}, data: source });
  const stems = new StemGraph();
  const targets = new Set(refs.map((ref) => ref.target));
  const longestTarget = longestOf(targets);
  // Per target, the refs to it.
  const dependants = new Map<string, Ref[]>();
  for (const ref of refs) {
    const targetPath = pointerToPath(ref.target);
    if (targetPath.every((part, index) => ref.at[index] === part)) continue; // a ref to its own ancestor stays
    // json-ref-resolver makes each place below the shared stem depend on the target; only a place
    // that is itself a target matters (circular stems are followed from targets, and every edge
    // leads to one), and the places only grow longer along `at`.
    let stem = '#';
    let tail = '';
    for (let index = 0; index < ref.at.length && stem.length + tail.length < longestTarget; index++) {
      const part = ref.at[index];
      if (part === targetPath[index]) {
        stem += `/${part}`;
      } else {
        tail += `/${part}`;
        const dependant = `${stem}${tail}`;
        if (targets.has(dependant) && dependant !== ref.target && dependant !== pointerOf(ref.at)) stems.depend(dependant, ref.target);
      }
    }
    let refsToTarget = dependants.get(ref.target);
    if (!refsToTarget) {
      dependants.set(ref.target, (refsToTarget = []));
      const node = `${root}${ref.target}`;
      graph.addNode(node, { refMap: {} });
      graph.addDependency(root, node);
    }
    refsToTarget.push(ref);
  }
  const result = copyOnTheWayToRefs(source as object, refs);
  const refMap: Record<string, string> = {};
  const pointers = new PointerEncoder();
  for (const [target, refsToIt] of dependants) {
    const targetPath = pointerToPath(target);
    const targetPointer = pointers.of(targetPath);
    const value = valueAt(result, targetPath);
    const circularStems = new Set([...stems.dependenciesOf(target)].map((stem) => segmentsKey(pointerToPath(stem))));
    const longestStem = longestOf(circularStems);
    for (const ref of refsToIt) {
      // json-ref-resolver reads a place back from its pointer, decoding `%` escapes on the way.
      const at = ref.at.some((part) => part.includes('%')) ? pointerToPath(pointerOf(ref.at)) : ref.at;
      if (circularStems.size > 0 && startsWithOneOf(at, circularStems, longestStem)) continue;
      refMap[pointers.of(at)] = targetPointer;
      setAt(result, at, value);
    }
  }
  graph.setNodeData(root, { refMap: { ...refMap }, data: result });
  return { result, graph, refMap, errors: [], runner: undefined };
}

function longestOf(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, text.length);
  return longest;
}

/** A place's pointer as json-ref-resolver writes it: only ~ and / escaped. */
function pointerOf(at: string[]): string {
  return `#${at.map((part) => `/${part.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;
}

/**
 * `source` with each object on the way to a `$ref` copied (one copy per place: setAt() writes
 * only into these), the rest shared with `source`, which stays as it was; as json-ref-resolver's
 * immer drafts share what they do not change.
 */
function copyOnTheWayToRefs(source: object, refs: Ref[]): object {
  const copies = new Set<object>();
  const copy = (node: object) => {
    const copied = Array.isArray(node) ? [...node] : { ...node };
    copies.add(copied);
    return copied;
  };
  const result = copy(source);
  for (const ref of refs) {
    let node = result as Record<string, unknown>;
    for (let index = 0; index < ref.at.length - 1; index++) {
      const key = ref.at[index];
      let child = node[key] as Record<string, unknown>;
      if (!copies.has(child)) node[key] = child = copy(child) as Record<string, unknown>;
      node = child;
    }
  }
  return result;
}

/** json-ref-resolver's "stem" graph: which pointers depend (transitively) on which targets. */
class StemGraph {
  private readonly edges = new Map<string, Set<string>>();
  depend(from: string, to: string): void {
    let edges = this.edges.get(from);
    if (!edges) this.edges.set(from, (edges = new Set()));
    edges.add(to);
  }
  dependenciesOf(node: string): Set<string> {
    const found = new Set<string>();
    const pending = [...(this.edges.get(node) ?? [])];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...(this.edges.get(next) ?? []));
    }
    found.delete(node);
    return found;
  }
}

function setAt(data: unknown, path: string[], value: unknown): void {
  let node = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

// @stoplight/json's pointer functions, as json-ref-resolver applies them.
function decodePointer(segment: string): string {
  if (!segment.includes('%') && !segment.includes('~')) return segment;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    decoded = segment.replace(/%[0-9a-f]+/gi, (octet) => {
      try {
        return decodeURIComponent(octet);
      } catch {
        return octet;
      }
    });
  }
  return decoded.split('~1').join('/').split('~0').join('~');
}

const paths = new Map<string, string[]>();

/** Callers never change the array: it is shared by every caller with the same pointer. */
function pointerToPath(pointer: string): string[] {
  let path = paths.get(pointer);
  if (!path) {
    path = pointer === '#' ? [] : pointer.substring(2).split('/').map(decodePointer);
    if (paths.size > 100_000) paths.clear();
    paths.set(pointer, path);
  }
  return path;
}

const ENCODABLE_CHAR = /[^a-zA–Z0–9_.!~*'()\/\-\u{D800}-\u{DFFF}]/gu; // sic: en dashes, as in @stoplight/json

const PLAIN_SEGMENT = /^[A-Za-z0-9_.!*'()-]*$/;

/** @stoplight/json's pathToPointer, each segment encoded once per resolve (the same keys recur at every path). */
class PointerEncoder {
  private readonly segments = new Map<string, string>();
  of(path: string[]): string {
    if (path.length === 0) return '#';
    let pointer = '#';
    for (const segment of path) {
      let encoded = this.segments.get(segment);
      if (encoded === undefined) {
        encoded = PLAIN_SEGMENT.test(segment) ? segment : segment.split('~').join('~0').split('/').join('~1').replace(ENCODABLE_CHAR, encodeURIComponent);
        this.segments.set(segment, encoded);
      }
      pointer += `/${encoded}`;
    }
    return pointer;
  }
}

/**
 * A path's segments as json-ref-resolver compares them when it asks whether one path starts with
 * another: two segments are the same when parseInt() reads the same number from both ("01" and
 * "1"), or, when it reads none from either, when they are the same text.
 */
function segmentsKey(path: string[]): string {
  return path.map(segmentKey).join('\0');
}

function segmentKey(segment: string): string {
  const number = parseInt(segment);
  return isNaN(number) ? `s${segment}` : `n${number}`;
}

/** Whether some prefix of `path` (or the whole of it) has its segmentsKey() in `stems`, none of them longer than `longest`. */
function startsWithOneOf(path: string[], stems: Set<string>, longest: number): boolean {
  let key = '';
  for (let index = 0; index < path.length && key.length <= longest; index++) {
    key += (index === 0 ? '' : '\0') + segmentKey(path[index]);
    if (stems.has(key)) return true;
  }
  return false;
}
