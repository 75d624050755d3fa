import * as path from 'path';
import type { IRange } from '@stoplight/types';
import { isObject, pointerToPath, safeDecode, valueAt, type JsonPath } from './json';
import { relativeFile } from './relative-file';
import { rangeIn, type SourceFiles } from './source-files';

export interface SourceLocation {
  file: string;
  /** The JSON path inside `file`. */
  path: JsonPath;
  range: IRange;
}

const START: IRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Where a path of the bundled document lives in the original tree: walks the path from the root
 * file, continuing in the file and at the pointer an external `$ref` names whenever it meets one
 * (reading the `$ref` value, not resolving the document). Local `$ref`s stay as they are in the
 * bundle, and Spectral already reports past them, so they are not followed; nor are URLs (a
 * finding inside a remote document is reported at the `$ref` to it). Stops at the closest
 * existing node, as Spectral does. With `atReference`, a path that ends at a `$ref` stays at it (a rule
 * with `resolved: false` reports at the place that uses a component, rules/define.ts).
 */
export function locate(sources: SourceFiles, root: string, bundlePath: JsonPath, atReference = false): SourceLocation {
  let file = path.resolve(root);
  let at: JsonPath = [];
  let node = sources.get(file).parsed.data;
  for (let index = 0; ; index++) {
    if (atReference && index === bundlePath.length) break;
    ({ file, at, node } = followRefs(sources, file, at, node));
    if (index === bundlePath.length) break;
    const key = bundlePath[index];
    const child = valueAt(node, [key]);
    if (child === undefined) break;
    node = child;
    at = [...at, key];
  }
  return { file, path: at, range: rangeIn(sources.get(file), at) ?? START };
}

/**
 * Where a finding at `treePath` is reported: as locate() finds it, staying at a `$ref` when its rule
 * reports at references. A finding about a whole path item (`paths./v3/apps`) is about its URL,
 * which is written as the key of the paths map: it stays at that key (in the root file of a
 * multi-file tree) rather than following the key's `$ref` to the top of the path file.
 */
export function locateFinding(sources: SourceFiles, root: string, treePath: JsonPath, reportsAtReferences: boolean): SourceLocation {
  const isPathItem = treePath.length === 2 && treePath[0] === 'paths';
  return locate(sources, root, treePath, reportsAtReferences || isPathItem);
}

function followRefs(sources: SourceFiles, file: string, at: JsonPath, node: unknown) {
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string' && !/^(#|[a-z][a-z0-9+.-]*:\/\/)/i.test(node.$ref)) {
    const [target, fragment = ''] = node.$ref.split('#', 2);
    const nextFile = relativeFile(file, safeDecode(target, decodeURI));
    const nextAt = pointerToPath(fragment);
    const key = `${nextFile}#${fragment}`;
    if (seen.has(key)) break;
    seen.add(key);
    const nextNode = valueAt(sources.get(nextFile).parsed.data, nextAt);
    if (nextNode === undefined) break;
    [file, at, node] = [nextFile, nextAt, nextNode];
  }
  return { file, at, node };
}
