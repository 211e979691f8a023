/**
 * Two read-only maps seen as one, without copying either: a server's view puts its few added documents
 * beside the shared corpus's hundred thousand, and thousands of servers must not each hold a copy of them.
 * Keys of `first` win; the two are expected not to share keys.
 */
export class UnionMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly first: ReadonlyMap<K, V>,
    private readonly second: ReadonlyMap<K, V>,
  ) {}

  get size(): number {
    return this.first.size + this.second.size;
  }

  get(key: K): V | undefined {
    return this.first.get(key) ?? this.second.get(key);
  }

  has(key: K): boolean {
    return this.first.has(key) || this.second.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    yield* this.first.entries();
    for (const [k, v] of this.second) if (!this.first.has(k)) yield [k, v];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
}
