// The mock's clock. `now()` is the caller's clock (options.now); `stamp()` gives creation times that are
// unique and increasing across the whole mock: Mayar's list cursor is a millisecond timestamp
// (`startingAfter`), so two records created in the same millisecond would be split or repeated across pages.
// A burst of creates therefore gets consecutive milliseconds.

export class Clock {
  readonly #now: () => number;
  #last = Number.NEGATIVE_INFINITY;

  constructor(now: () => number) {
    this.#now = now;
  }

  now(): number {
    return this.#now();
  }

  /** A creation time: `now()`, or one millisecond after the previous stamp when that is later. */
  stamp(): number {
    const at = Math.max(Math.floor(this.#now()), this.#last + 1);
    this.#last = at;
    return at;
  }

  reset(): void {
    this.#last = Number.NEGATIVE_INFINITY;
  }
}
