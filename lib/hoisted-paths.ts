import { surveyBundle } from './bundle-survey';
import { escapeSegment, type JsonPath } from './json';

/**
 * Turns a path of a bundle that hoists external files into `components` (as Redocly's bundler
 * does: lib/bundle.ts, shared/capi-openapi/bundled.yaml) into a path of the tree, for locate():
 * a hoisted component `components/<type>/<name>` that the tree's root does not declare is
 * replaced by the path of a `$ref` to it, which in the tree is the `$ref` to the original file.
 */
export class HoistedPaths {
  /**
   * `referrers`: the first path (in document order) of each local `$ref` value of `bundle`, when
   * the caller has already walked it.
   */
  constructor(
    bundle: unknown,
    private readonly treeRoot: unknown,
    private readonly referrers: ReadonlyMap<string, JsonPath> = surveyBundle(bundle).referrers,
  ) {}

  treePath(bundlePath: JsonPath, depth = 0): JsonPath {
    const [top, type, name] = bundlePath;
    if (top !== 'components' || name === undefined || depth > 20) return bundlePath;
    const declared = (this.treeRoot as any)?.components?.[type]?.[name];
    const referrer = this.referrers.get(`#/components/${escapeSegment(type)}/${escapeSegment(name)}`);
    if (declared !== undefined || !referrer) return bundlePath;
    return [...this.treePath(referrer, depth + 1), ...bundlePath.slice(3)];
  }
}
