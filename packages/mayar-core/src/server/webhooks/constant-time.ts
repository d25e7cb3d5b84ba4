// Token comparison that takes the same time whatever the candidate is: both sides are hashed with Web Crypto
// (Node, Bun, Deno, edge runtimes and browsers all have `crypto.subtle`), so the compared buffers always have
// the same length, and the digests are compared without an early exit.

const encoder = new TextEncoder();

/** SHA-256 of a string's UTF-8 bytes. */
export const sha256 = async (text: string): Promise<Uint8Array> =>
  new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text)));

/**
 * True when `a` and `b` hold the same bytes. For equal lengths the time depends only on the length, never on
 * where the first difference is. Different lengths answer false at once: callers compare digests, whose
 * length is fixed, so that branch reveals nothing.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/**
 * Returns a check of a candidate against `secret`: SHA-256 of both, then `timingSafeEqual` of the digests.
 * The secret's digest is computed once, on first use.
 */
export function createSecretCheck(
  secret: string,
): (candidate: string | null | undefined) => Promise<boolean> {
  let expected: Promise<Uint8Array> | undefined;
  return async (candidate) => {
    if (typeof candidate !== "string") return false;
    expected ??= sha256(secret);
    const [want, got] = await Promise.all([expected, sha256(candidate)]);
    return timingSafeEqual(want, got);
  };
}
