import { RecentCache } from '../lib/cache';

describe('a cache of what the current and the previous lint computed', () => {
  it('reuses a value across consecutive lints and frees what two lints in a row did not use', () => {
    const evicted: string[] = [];
    const cache = new RecentCache<string>((value) => evicted.push(value));
    const computed: string[] = [];
    const get = (lint: object, key: string) => cache.get(lint, key, () => (computed.push(key), `value of ${key}`));
    const [first, second, third] = [{}, {}, {}];
    get(first, 'a');
    get(first, 'b');
    expect(get(first, 'a')).toBe('value of a');
    get(second, 'a');
    get(third, 'a');
    expect(computed).toEqual(['a', 'b']);
    expect(evicted).toEqual(['value of b']);
    get(third, 'b');
    expect(computed).toEqual(['a', 'b', 'b']);
  });
});
