/**
 * The most recently used values by key, at most `limit` of them: the engine keeps each query text's
 * parse and validation outcome here, as GraphQL servers commonly do, since clients send the same few
 * documents again and again. Both are pure functions of the text and the (fixed) schema, so a cached
 * outcome is the one a fresh parse and validation would give.
 */
export class DocumentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, made by `make` on a miss; a hit becomes the most recently used. */
  get(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}
