/** An LRU bounded by entry count and approximate bytes, whose entries carry tags and a deadline. */
export class BoundedCache<V> {
  private entries = new Map<string, { value: V; tags: readonly string[]; expires: number; size: number }>();
  private bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  /** The fresh value for `key`; a hit moves it to the back of the eviction order. */
  get(key: string, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.expires <= now) {
      this.bytes -= e.size;
      return undefined;
    }
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V, tags: readonly string[], expires: number, size: number) {
    this.delete(key);
    if (size > this.maxBytes / 8) return;
    this.entries.set(key, { value, tags, expires, size });
    this.bytes += size;
    // Map order is insertion order: the first key is the least recently used.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.size;
  }

  /** Drops every entry carrying `tag`. */
  dropTag(tag: string) {
    for (const [key, e] of this.entries) if (e.tags.includes(tag)) this.delete(key);
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  stats() {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
