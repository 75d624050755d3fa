/**
 * `compute` run once per key object (a document or its classification) and remembered in a
 * WeakMap, so nothing outlives the lint that made it.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * Values computed for the current lint (`scope`: a document or its inventory) and the one before
 * it, by key: a long-lived process (a language server) re-linting a spec reuses what did not
 * change and keeps nothing older. `evict` frees a value dropped from the cache.
 */
export class RecentCache<V> {
  private scope: object | undefined;
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly evict: (value: V) => void = () => {}) {}

  get(scope: object, key: string, compute: () => V): V {
    if (scope !== this.scope) {
      for (const [oldKey, value] of this.previous) if (!this.current.has(oldKey)) this.evict(value);
      this.previous = this.current;
      this.current = new Map();
      this.scope = scope;
    }
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = compute();
    this.current.set(key, value);
    return value;
  }
}
