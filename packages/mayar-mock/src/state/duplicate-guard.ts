// Mayar answers 429 "Duplicate request detected. Please wait 1 minute before trying again." when the same
// create arrives again within about a minute. The window starts at the accepted request; rejected repeats
// do not extend it.
//
// A Map keyed by the canonical request, in acceptance order: a create looks its key up (O(1)) and drops
// expired entries from the front until it meets one still inside the window (amortised O(1)), instead of
// scanning every remembered create. At most `maxEntries` are remembered; beyond that the oldest go first.

export class DuplicateGuard {
  readonly #acceptedAt = new Map<string, number>();
  readonly #maxEntries: number;

  constructor(maxEntries = Number.POSITIVE_INFINITY) {
    this.#maxEntries = maxEntries;
  }

  /** How many creates are remembered. */
  get size(): number {
    return this.#acceptedAt.size;
  }

  /** True when `key` was accepted less than `windowMs` before `now`; otherwise records it and returns false. */
  check(key: string, now: number, windowMs: number): boolean {
    if (windowMs <= 0) return false;
    this.#expire(now - windowMs);
    const acceptedAt = this.#acceptedAt.get(key);
    // Checked per key too: a clock that steps back can leave an expired entry behind a fresh one.
    if (acceptedAt !== undefined && now - acceptedAt < windowMs) return true;
    // Re-inserted at the end, so the Map's order stays the order of acceptance.
    this.#acceptedAt.delete(key);
    this.#acceptedAt.set(key, now);
    if (this.#acceptedAt.size > this.#maxEntries) this.#dropOldest();
    return false;
  }

  clear(): void {
    this.#acceptedAt.clear();
  }

  #expire(cutoff: number): void {
    for (const [key, acceptedAt] of this.#acceptedAt) {
      if (acceptedAt > cutoff) return;
      this.#acceptedAt.delete(key);
    }
  }

  #dropOldest(): void {
    const oldest = this.#acceptedAt.keys().next();
    if (!oldest.done) this.#acceptedAt.delete(oldest.value);
  }
}
