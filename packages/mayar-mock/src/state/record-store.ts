// A bounded, ordered record store: records by id plus secondary indexes (slug, email, transaction id), kept
// in creation order so a newest-first cursor page is a binary search and a short walk. When more than
// `maxRecords` are kept, the oldest is evicted (with its index entries): the mock's memory stays bounded
// however long a load test runs.

export interface StoredRecord {
  readonly id: string;
  /** Creation time, epoch milliseconds: the order of the store and the list cursor. */
  readonly createdAt: number;
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
  /** The cursor for the next page (the last item's createdAt, as a string), or null on the last page. */
  nextStartingAfter: string | null;
}

type IndexKeys<T> = Record<string, (record: T) => string | undefined>;

export class RecordStore<T extends StoredRecord> {
  readonly #maxRecords: number;
  readonly #indexKeys: IndexKeys<T>;
  /** Creation order; entries before #start are evicted (compacted now and then). */
  #order: (T | undefined)[] = [];
  #start = 0;
  readonly #byId = new Map<string, T>();
  readonly #indexes = new Map<string, Map<string, T>>();

  constructor(maxRecords: number, indexKeys: IndexKeys<T> = {}) {
    this.#maxRecords = maxRecords;
    this.#indexKeys = indexKeys;
    for (const name of Object.keys(indexKeys)) this.#indexes.set(name, new Map());
  }

  get size(): number {
    return this.#byId.size;
  }

  add(record: T): void {
    const last = this.#order[this.#order.length - 1];
    if (!last || last.createdAt <= record.createdAt) this.#order.push(record);
    else this.#order.splice(this.#insertionPoint(record.createdAt), 0, record); // seeds only: rare, O(n)
    this.#byId.set(record.id, record);
    for (const name of Object.keys(this.#indexKeys)) this.#index(name, record);
    while (this.#byId.size > this.#maxRecords) this.#evictOldest();
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  /** The newest record whose `name` index key is `key`. */
  findBy(name: string, key: string): T | undefined {
    return this.#indexes.get(name)?.get(key);
  }

  /** Call after changing a field an index reads, with the key it had before. */
  reindex(name: string, record: T, previousKey: string | undefined): void {
    const index = this.#indexes.get(name);
    if (previousKey !== undefined && index?.get(previousKey) === record) index.delete(previousKey);
    this.#index(name, record);
  }

  /** Oldest first. */
  values(): T[] {
    return this.#order.slice(this.#start).filter((record): record is T => record !== undefined);
  }

  /**
   * Newest first, `limit` records created before `startingAfter` (a createdAt) that pass `filter`.
   * Creation times are unique within a mock (see Clock.stamp), so the cursor never splits or repeats a page.
   */
  page(
    limit: number,
    startingAfter: number | undefined,
    filter: (record: T) => boolean = () => true,
  ): Page<T> {
    const items: T[] = [];
    let hasMore = false;
    const end = startingAfter === undefined ? this.#order.length : this.#insertionPoint(startingAfter, true);
    for (let i = end - 1; i >= this.#start; i--) {
      const record = this.#order[i];
      if (!record || !filter(record)) continue;
      if (items.length === limit) {
        hasMore = true;
        break;
      }
      items.push(record);
    }
    const last = items[items.length - 1];
    return { items, hasMore, nextStartingAfter: hasMore && last ? String(last.createdAt) : null };
  }

  clear(): void {
    this.#order = [];
    this.#start = 0;
    this.#byId.clear();
    for (const index of this.#indexes.values()) index.clear();
  }

  #index(name: string, record: T): void {
    const key = this.#indexKeys[name]?.(record);
    if (key !== undefined) this.#indexes.get(name)?.set(key, record);
  }

  /** The first position whose createdAt is > `at` (or >= `at` when `strict`), from #start. */
  #insertionPoint(at: number, strict = false): number {
    let low = this.#start;
    let high = this.#order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const createdAt = this.#order[middle]?.createdAt ?? Number.NEGATIVE_INFINITY;
      if (strict ? createdAt < at : createdAt <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #evictOldest(): void {
    const oldest = this.#order[this.#start];
    this.#order[this.#start] = undefined;
    this.#start++;
    if (this.#start > 1024 && this.#start * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#start);
      this.#start = 0;
    }
    if (!oldest) return;
    this.#byId.delete(oldest.id);
    for (const [name, index] of this.#indexes) {
      const key = this.#indexKeys[name]?.(oldest);
      if (key !== undefined && index.get(key) === oldest) index.delete(key);
    }
  }
}
