// Mayar answers 429 "Duplicate request detected. Please wait 1 minute before trying again." when the same
// create arrives again within about a minute. The window starts at the accepted request; rejected repeats
// do not extend it.

export class DuplicateGuard {
  readonly #acceptedAt = new Map<string, number>();

  /** True when `key` was accepted less than `windowMs` before `now`; otherwise records it and returns false. */
  check(key: string, now: number, windowMs: number): boolean {
    this.#forgetOlderThan(now - windowMs);
    if (this.#acceptedAt.has(key)) return true;
    this.#acceptedAt.set(key, now);
    return false;
  }

  clear(): void {
    this.#acceptedAt.clear();
  }

  #forgetOlderThan(cutoff: number): void {
    for (const [key, at] of this.#acceptedAt) {
      if (at <= cutoff) this.#acceptedAt.delete(key);
    }
  }
}
