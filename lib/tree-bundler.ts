import { escapeSegment, isObject, isRef, sameJson, type JsonObject } from './json';
import { openApiTypes, specExtensionType, type NodeType, type OpenApiVersion } from './redocly-types';
import { relativeFile } from './relative-file';

/**
 * Bundles a multi-file spec exactly as Redocly's `bundle()` (`@redocly/openapi-core`, with
 * `dereference: false`) does, without reading any file again: it takes each file's data from
 * the lint's own parse (lib/plain-data.ts) and walks it once to resolve and once to bundle, as
 * Redocly's resolver and bundle visitor do, on Redocly's own type trees (lib/redocly-types.ts).
 * Whatever it does not follow the way Redocly does (a URL, a YAML anchor `$ref`, an
 * `externalValue`, a `$ref` that does not resolve, a file it may read otherwise, a failure of its
 * own) ends the walk with a Fallback, and the caller runs Redocly's bundler instead;
 * `test/tree-bundler.test.ts` holds both to the same document.
 */

export class Fallback {
  constructor(readonly reason: string) {}
}

/** A file's data, or a Fallback thrown when it cannot be read as Redocly reads it. */
export type LoadFile = (file: string) => unknown;

export interface TreeBundle {
  document: unknown;
  /** Every file read, in the order first read (Redocly's `fileDependencies`). */
  files: string[];
}

interface Doc {
  file: string;
  parsed: unknown;
}

interface Resolved {
  document: Doc;
  node: unknown;
  /** Escaped, from `#/`. */
  nodePointer: string;
}

/** A node and where it is: a `$ref`'s target with its pointer, or a node that is not a `$ref` with its own document. */
interface Located {
  node: unknown;
  document: Doc;
  pointer?: string;
}

const UNKNOWN: NodeType = { name: 'unknown', properties: {} };
const SCALAR: NodeType = { name: 'scalar', properties: {} };

const COMPONENT_OF_TYPE: Record<string, string> = {
  Schema: 'schemas',
  Parameter: 'parameters',
  Response: 'responses',
  Example: 'examples',
  RequestBody: 'requestBodies',
  Header: 'headers',
  SecuritySchema: 'securitySchemes',
  Link: 'links',
  Callback: 'callbacks',
};

/** The bundle of the spec at `root`, or a Fallback naming what it would not bundle as Redocly does. */
export function bundleTree(root: string, documents: TreeDocuments): TreeBundle | Fallback {
  try {
    const rootDoc = documents.get(root);
    const version = openApiVersion(rootDoc.parsed);
    const types = openApiTypes(version);
    const refs = resolveRefs(rootDoc, types.Root, documents);
    return { document: bundleWalk(rootDoc, types.Root, refs), files: documents.files() };
  } catch (error) {
    // A failure of its own is left to Redocly too, named (test/tree-bundler.test.ts fails on one).
    return error instanceof Fallback ? error : new Fallback(`the tree bundler failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The files of one bundle, each read once through `load`, for checkRefs and the walks alike. */
export class TreeDocuments {
  private readonly documents = new Map<string, Doc | Fallback>();

  constructor(private readonly load: LoadFile) {}

  get(file: string): Doc {
    let document = this.documents.get(file);
    if (document === undefined) {
      try {
        document = { file, parsed: this.load(file) };
      } catch (error) {
        if (!(error instanceof Fallback)) throw error;
        document = error;
      }
      this.documents.set(file, document);
    }
    if (document instanceof Fallback) throw document;
    return document;
  }

  files(): string[] {
    return [...this.documents.keys()];
  }
}

function openApiVersion(root: unknown): OpenApiVersion {
  const version = isObject(root) ? root.openapi : undefined;
  if (typeof version === 'string' && version.startsWith('3.0')) return '3.0';
  if (typeof version === 'string' && (version.startsWith('3.1') || version.startsWith('3.2'))) return '3.1';
  throw new Fallback(`OpenAPI version ${JSON.stringify(version)}`);
}

/** Redocly's resolveDocument: every `$ref` its walk meets, by `<file>::<$ref>`. */
function resolveRefs(rootDoc: Doc, rootType: NodeType, documents: TreeDocuments): Map<string, Resolved> {
  const resolved = new Map<string, Resolved>();
  // Redocly keys what it has walked by type and pointer; in data without YAML aliases (lib/plain-data.ts) each object has one pointer.
  const seen = new Map<string, Set<object>>();
  const extension = specExtensionType();
  walk(rootDoc.parsed, rootType, rootDoc);
  return resolved;

  /** Walks `node`, written in `document`, for the `$ref`s in it. */
  function walk(node: unknown, type: NodeType, document: Doc): void {
    if (typeof node !== 'object' || node === null) return;
    let seenOfType = seen.get(type.name);
    if (!seenOfType) seen.set(type.name, (seenOfType = new Set()));
    if (seenOfType.has(node)) return;
    seenOfType.add(node);
    const lenient = type === UNKNOWN || type === extension;
    if (Array.isArray(node)) {
      const itemsType = type.items as unknown;
      if (itemsType === undefined && !lenient) return;
      for (const item of node) {
        const itemType = typeof itemsType === 'function' ? itemsType(item, '') : itemsType;
        if (itemType === undefined && !lenient) continue;
        walk(item, isNamedType(itemType) ? itemType : UNKNOWN, document);
      }
      return;
    }
    for (const name of Object.keys(node)) {
      // Redocly's resolver walks on under a property its type does not know.
      const child = childType(type, name, (node as JsonObject)[name], UNKNOWN);
      if (isNamedType(child.type) && typeof child.value === 'object') walk(child.value, child.type, document);
    }
    if (isRef(node)) {
      const target = follow(document, node, [node]);
      walk(target.node, type, target.document);
    }
    if (typeof (node as JsonObject).externalValue === 'string') throw new Fallback(`an externalValue in ${document.file}`);
  }

  /** Redocly's followRef, for a `$ref` written in `document`; refStack holds the `$ref`s followed to get here. */
  function follow(document: Doc, ref: JsonObject & { $ref: string }, refStack: object[]): Resolved {
    if (refStack.slice(0, -1).includes(ref)) throw new Fallback(`a $ref chain that loops at ${document.file}: ${ref.$ref}`);
    if (/^#[A-Za-z][A-Za-z0-9\-_:.]*$/.test(ref.$ref)) throw new Fallback(`anchor $ref ${ref.$ref}`);
    const { uri, pointer } = parseRef(ref.$ref);
    let targetDoc = uri === null ? document : documents.get(fileOf(document.file, uri));
    let result: Resolved = { document: targetDoc, node: document.parsed, nodePointer: '#/' };
    let target: unknown = targetDoc.parsed;
    for (const segment of pointer) {
      if (target === null) throw new Fallback(`$ref ${ref.$ref} through null`);
      if (typeof target !== 'object') {
        target = undefined;
        break;
      } else if ((target as JsonObject)[segment] !== undefined) {
        target = (target as JsonObject)[segment];
        result.nodePointer = joinPointer(result.nodePointer, escapeSegment(segment));
      } else if (isRef(target)) {
        result = follow(targetDoc, target, [...refStack, target]);
        targetDoc = result.document;
        if (result.node === null) throw new Fallback(`$ref ${ref.$ref} through null`);
        if (typeof result.node !== 'object') {
          target = undefined;
          break;
        }
        target = (result.node as JsonObject)[segment];
        result.nodePointer = joinPointer(result.nodePointer, escapeSegment(segment));
      } else {
        target = undefined;
        break;
      }
    }
    result.node = target;
    result.document = targetDoc;
    if (isRef(target)) result = follow(result.document, target, [...refStack, target]);
    resolved.set(refId(document.file, ref.$ref), result);
    return { ...result };
  }
}

/** Redocly's bundle walk (walkDocument with its bundle visitor), rewriting the documents in place. */
function bundleWalk(rootDoc: Doc, rootType: NodeType, refs: Map<string, Resolved>): unknown {
  const seenPerType = new Map<string, Set<unknown>>();
  let components: JsonObject = {};
  walkNode(rootDoc.parsed, rootType, rootDoc, undefined, '');
  return rootDoc.parsed;

  function resolve(node: unknown, from: Doc): Located {
    if (!isRef(node)) return { node, document: from };
    const target = refs.get(refId(from.file, node.$ref));
    if (!target) throw new Fallback(`unresolved $ref ${node.$ref} in ${from.file}`);
    return { node: target.node, document: target.document, pointer: target.nodePointer };
  }

  function walkNode(node: unknown, type: NodeType, document: Doc, parent: JsonObject | unknown[] | undefined, key: string | number): void {
    const target = resolve(node, document);
    const resolvedNode = target.node;
    if (resolvedNode !== undefined && type.name !== 'scalar') {
      let seen = seenPerType.get(type.name);
      if (!seen) seenPerType.set(type.name, (seen = new Set()));
      if (!seen.has(resolvedNode)) {
        seen.add(resolvedNode);
        if (type.name === 'Root') components = (resolvedNode as JsonObject).components = ((resolvedNode as JsonObject).components as JsonObject) || {};
        walkChildren(node, resolvedNode, type, document, target.document);
        if (type.name === 'DiscriminatorMapping') bundleMapping(resolvedNode as JsonObject, target.document);
      }
    }
    if (isRef(node)) bundleRef(node, type, document, parent, key, target);
  }

  function walkChildren(node: unknown, resolvedNode: unknown, type: NodeType, document: Doc, resolvedDoc: Doc): void {
    if (Array.isArray(resolvedNode)) {
      const itemsType = type.items as unknown;
      if (itemsType === undefined) return;
      for (let i = 0; i < resolvedNode.length; i++) {
        const itemType = typeof itemsType === 'function' ? itemsType(resolvedNode[i], '') : itemsType;
        if (isNamedType(itemType)) walkNode(resolvedNode[i], itemType, resolvedDoc, resolvedNode, i);
      }
      return;
    }
    if (typeof resolvedNode !== 'object' || resolvedNode === null) return;
    for (const name of visitOrder(type, resolvedNode, node)) {
      let value = (resolvedNode as JsonObject)[name];
      let at = resolvedDoc;
      if (value === undefined) {
        value = (node as JsonObject)[name];
        at = document;
      }
      if (value === undefined) continue;
      const child = childType(type, name, value, undefined);
      if (!isNamedType(child.type) || (child.type.name === 'scalar' && !isRef(child.value))) continue;
      walkNode(child.value, child.type, at, resolvedNode as JsonObject, name);
    }
  }

  /** The bundle visitor's `ref.leave`. */
  function bundleRef(node: JsonObject & { $ref: string }, type: NodeType, document: Doc, parent: JsonObject | unknown[] | undefined, key: string | number, target: Located): void {
    if (target.node === undefined) throw new Fallback(`unresolved $ref ${node.$ref} in ${document.file}`);
    if (target.document === rootDoc && document === rootDoc && type.name !== 'scalar') return;
    const componentType = COMPONENT_OF_TYPE[type.name];
    if (!componentType) {
      replaceRef(node, target.node, parent, key);
      return;
    }
    node.$ref = saveComponent(componentType, target);
    refs.set(refId(document.file, node.$ref), { document: rootDoc, node: target.node, nodePointer: node.$ref });
  }

  /** The bundle visitor's `DiscriminatorMapping.leave`. */
  function bundleMapping(mapping: JsonObject, document: Doc): void {
    for (const name of Object.keys(mapping)) {
      const target = resolve({ $ref: mapping[name] }, document);
      if (target.node === undefined) throw new Fallback(`unresolved mapping ${String(mapping[name])}`);
      mapping[name] = saveComponent('schemas', target);
    }
  }

  function saveComponent(componentType: string, target: Located): string {
    const group = (components[componentType] = (components[componentType] as JsonObject) || {});
    const name = componentName(target, group);
    group[name] = target.node;
    return `#/components/${componentType}/${name}`;
  }

  /** Redocly's getComponentName: the pointer's last segments, then the file's base name, then that name numbered from 2. */
  function componentName(target: Located, group: JsonObject): string {
    const parts = (target.pointer ?? '#/').slice(2).split('/').filter(Boolean);
    let name = '';
    while (parts.length > 0) {
      name = parts.pop() + (name ? `-${name}` : '');
      if (!group[name] || isEqualOrEqualRef(group[name], target)) return name;
    }
    name = baseName(target.document.file) + (name ? `_${name}` : '');
    const taken = name;
    for (let serial = 2; group[name] && !isEqualOrEqualRef(group[name], target); serial++) name = `${taken}-${serial}`;
    return name;
  }

  /** A component already there is the target when it is equal to it, or a `$ref` (read from the root) to the same place. */
  function isEqualOrEqualRef(component: unknown, target: Located): boolean {
    if (isRef(component)) {
      const same = refs.get(refId(rootDoc.file, component.$ref));
      if (same && absolutePointer(same.document, same.nodePointer) === absolutePointer(target.document, target.pointer ?? '#/')) return true;
    }
    return sameJson(component, target.node);
  }
}

function replaceRef(ref: JsonObject, target: unknown, parent: JsonObject | unknown[] | undefined, key: string | number): void {
  if (!isObject(target)) {
    (parent as any)[key] = target;
    return;
  }
  delete ref.$ref;
  Object.assign(ref, Object.assign({}, target, ref));
}

const typeProperties = new WeakMap<NodeType, Map<string, number>>();

/**
 * The properties of `resolvedNode` (and of `node`, a `$ref` with siblings) in the order Redocly
 * visits them: those its type lists, in the type's order; then, for a type with additional
 * properties or extensions, the others in the node's order; then the `$ref`'s other siblings.
 */
function visitOrder(type: NodeType, resolvedNode: object, node: unknown): string[] {
  let position = typeProperties.get(type);
  if (!position) typeProperties.set(type, (position = new Map(Object.keys(type.properties).map((name, index) => [name, index]))));
  const listed: string[] = [];
  const others: string[] = [];
  for (const name of Object.keys(resolvedNode)) {
    if (position.has(name)) listed.push(name);
    else if (type.additionalProperties || (type.extensionsPrefix && name.startsWith(type.extensionsPrefix))) others.push(name);
  }
  if (isRef(node)) {
    const present = new Set([...listed, ...others]);
    for (const name of Object.keys(node)) {
      if (name === '$ref' || present.has(name)) continue;
      (position.has(name) ? listed : others).push(name);
    }
  }
  if (listed.length > 1) listed.sort((a, b) => position!.get(a)! - position!.get(b)!);
  return others.length > 0 ? listed.concat(others) : listed;
}

/**
 * The type both of Redocly's walks give property `name` (holding `value`) of a node of `type`:
 * the type's own, an extension's, or `unknown` (`UNKNOWN` to the resolver, none to the bundler);
 * a string that stands for a `$ref` (a discriminator's mapping) is walked as one; a scalar's
 * schema is the `scalar` type.
 */
function childType(type: NodeType, name: string, value: unknown, unknown: NodeType | undefined): { type: any; value: unknown } {
  let propType: any = type.properties[name];
  if (propType === undefined) propType = type.additionalProperties;
  if (typeof propType === 'function') propType = propType(value, name);
  if (propType === undefined) propType = type.extensionsPrefix && name.startsWith(type.extensionsPrefix) ? specExtensionType() : unknown;
  if (!isNamedType(propType) && propType?.directResolveAs) return { type: propType.directResolveAs, value: { $ref: value } };
  if (propType && propType.name === undefined && propType.resolvable !== false) propType = SCALAR;
  return { type: propType, value };
}

function isNamedType(type: unknown): type is NodeType {
  return typeof (type as any)?.name === 'string';
}


function refId(file: string, ref: string): string {
  return `${file}::${ref}`;
}

function fileOf(base: string, uri: string): string {
  if (/^https?:\/\//.test(uri)) throw new Fallback(`URL $ref ${uri}`);
  return relativeFile(base, uri);
}

/** Redocly's parseRef: the file part (null for a local `$ref`) and the pointer's segments. */
function parseRef(ref: string): { uri: string | null; pointer: string[] } {
  const [uri, pointer = ''] = ref.split('#/');
  let segments: string[];
  try {
    segments = pointer
      .split('/')
      .map((segment) => decodeURIComponent(segment.replace(/~1/g, '/').replace(/~0/g, '~')))
      .filter(Boolean);
  } catch {
    throw new Fallback(`malformed escape in $ref ${ref}`);
  }
  return { uri: (uri.endsWith('#') ? uri.slice(0, -1) : uri) || null, pointer: segments };
}

function joinPointer(base: string, key: string | number): string {
  if (base === '') base = '#/';
  return base[base.length - 1] === '/' ? base + key : `${base}/${key}`;
}

function absolutePointer(document: Doc, pointer: string): string {
  return document.file + (pointer === '#/' ? '' : pointer);
}

function baseName(file: string): string {
  const parts = file.split(/[/\\]/);
  return parts[parts.length - 1].replace(/\.[^.]+$/, '');
}
