// A bounded, ordered record store: records by id plus secondary indexes (slug, email, transaction id), kept
// in creation order so a newest-first cursor page is a binary search and a short walk. Groups (status,
// customer, payment link) keep each value's records in creation order too, so a filtered list walks only
// the records that can match instead of every record (a status filter over 100 000 records tested them
// all). When more than `maxRecords` are kept, the oldest is evicted (with its index and group entries): the
// mock's memory stays bounded however long a load test runs.

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

/** Which groups a filtered page may walk: the records whose `group` key is one of `keys`. */
export interface GroupSelection {
  group: string;
  keys: readonly string[];
}

/** The first position in `list` (sorted by createdAt) whose createdAt is >= `at` (> `at` when `after`). */
function positionIn(list: readonly StoredRecord[], at: number, after = false): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const createdAt = (list[middle] as StoredRecord).createdAt;
    if (after ? createdAt <= at : createdAt < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class RecordStore<T extends StoredRecord> {
  readonly #maxRecords: number;
  readonly #indexKeys: IndexKeys<T>;
  /** Creation order; entries before #start are evicted (compacted now and then). */
  #order: (T | undefined)[] = [];
  #start = 0;
  readonly #byId = new Map<string, T>();
  readonly #indexes = new Map<string, Map<string, T>>();
  readonly #groupKeys: IndexKeys<T>;
  /** Per group, per key: the records with that key, in creation order. */
  readonly #groups = new Map<string, Map<string, T[]>>();

  /**
   * @param indexKeys lookups of one record by a unique key (`findBy`)
   * @param groupKeys groups of records sharing a key, for filtered pages (`page(..., { group, keys })`)
   */
  constructor(maxRecords: number, indexKeys: IndexKeys<T> = {}, groupKeys: IndexKeys<T> = {}) {
    this.#maxRecords = maxRecords;
    this.#indexKeys = indexKeys;
    this.#groupKeys = groupKeys;
    for (const name of Object.keys(indexKeys)) this.#indexes.set(name, new Map());
    for (const name of Object.keys(groupKeys)) this.#groups.set(name, new Map());
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
    for (const name of Object.keys(this.#groupKeys)) this.#joinGroup(name, record);
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

  /**
   * Changes a stored record through `change` (say, its status), keeping its lookups and groups right: every
   * change to a field an index or a group reads goes through here.
   */
  update(record: T, change: () => void): void {
    const before = Object.entries(this.#groupKeys).map(([name, key]) => [name, key(record)] as const);
    const lookups = Object.entries(this.#indexKeys).map(([name, key]) => [name, key(record)] as const);
    change();
    for (const [name, previous] of before) {
      if (this.#groupKeys[name]?.(record) === previous) continue;
      this.#leaveGroup(name, record, previous);
      this.#joinGroup(name, record);
    }
    for (const [name, previous] of lookups) {
      if (this.#indexKeys[name]?.(record) !== previous) this.reindex(name, record, previous);
    }
  }

  /** Oldest first. */
  values(): T[] {
    return this.#order.slice(this.#start).filter((record): record is T => record !== undefined);
  }

  /**
   * Newest first, `limit` records created before `startingAfter` (a createdAt) that pass `filter`. With
   * `within`, only the records of those groups are looked at (the filter still decides; the groups only
   * narrow where it looks). Creation times are unique within a mock (see Clock.stamp), so the cursor never
   * splits or repeats a page.
   */
  page(
    limit: number,
    startingAfter: number | undefined,
    filter: (record: T) => boolean = () => true,
    within?: GroupSelection,
  ): Page<T> {
    const items: T[] = [];
    let hasMore = false;
    const candidates = within ? this.#newestFirstIn(within, startingAfter) : this.#newestFirst(startingAfter);
    for (const record of candidates) {
      if (!filter(record)) continue;
      if (items.length === limit) {
        hasMore = true;
        break;
      }
      items.push(record);
    }
    const last = items[items.length - 1];
    return { items, hasMore, nextStartingAfter: hasMore && last ? String(last.createdAt) : null };
  }

  *#newestFirst(startingAfter: number | undefined): Generator<T> {
    const end = startingAfter === undefined ? this.#order.length : this.#insertionPoint(startingAfter, true);
    for (let i = end - 1; i >= this.#start; i--) {
      const record = this.#order[i];
      if (record) yield record;
    }
  }

  /** The groups' records, newest first: a merge of their lists, each already in creation order. */
  *#newestFirstIn({ group, keys }: GroupSelection, startingAfter: number | undefined): Generator<T> {
    const byKey = this.#groups.get(group);
    if (!byKey) throw new Error(`RecordStore: no group "${group}"`);
    // One cursor per list: the position of its newest record not yet given.
    const cursors = [...new Set(keys)].flatMap((key) => {
      const list = byKey.get(key);
      if (!list) return [];
      const at = startingAfter === undefined ? list.length - 1 : positionIn(list, startingAfter) - 1;
      return [{ list, at }];
    });
    for (;;) {
      let newest: { list: T[]; at: number } | undefined;
      for (const cursor of cursors) {
        const record = cursor.list[cursor.at];
        if (record && (!newest || record.createdAt > (newest.list[newest.at] as T).createdAt))
          newest = cursor;
      }
      if (!newest) return;
      yield newest.list[newest.at--] as T;
    }
  }

  clear(): void {
    this.#order = [];
    this.#start = 0;
    this.#byId.clear();
    for (const index of this.#indexes.values()) index.clear();
    for (const groups of this.#groups.values()) groups.clear();
  }

  #joinGroup(name: string, record: T): void {
    const key = this.#groupKeys[name]?.(record);
    const groups = this.#groups.get(name);
    if (key === undefined || !groups) return;
    const list = groups.get(key) ?? [];
    if (!list.length) groups.set(key, list);
    const last = list[list.length - 1];
    if (!last || last.createdAt < record.createdAt) list.push(record);
    else list.splice(positionIn(list, record.createdAt), 0, record);
  }

  #leaveGroup(name: string, record: T, key: string | undefined): void {
    const list = key === undefined ? undefined : this.#groups.get(name)?.get(key);
    if (!list) return;
    const at = positionIn(list, record.createdAt);
    if (list[at] === record) list.splice(at, 1);
    if (list.length === 0) this.#groups.get(name)?.delete(key as string);
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
    for (const [name, key] of Object.entries(this.#groupKeys)) this.#leaveGroup(name, oldest, key(oldest));
  }
}
