// Token comparison that takes the same time whatever the candidate is. The secret is encoded once, when the
// check is made; each candidate is compared against every byte of it without an early exit, and a length
// difference is folded into the result instead of returning at once. So the time depends only on the secret's
// length (fixed) and the candidate's own length (the sender's choice): nothing about the secret's bytes leaks.
// No hashing per delivery: Web Crypto's digest is asynchronous and costs more than the rest of the handler.

const encoder = new TextEncoder();

/** SHA-256 of a string's UTF-8 bytes (for event keys of events without an id). */
export const sha256 = async (text: string): Promise<Uint8Array> =>
  new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text)));

/**
 * True when `candidate` holds the same bytes as `expected`. Reads every byte of `expected` exactly once
 * whatever `candidate` is (shorter, longer, differing at the first byte or the last), so its time never
 * depends on where the first difference is nor reveals `expected`'s bytes.
 */
export function timingSafeEqual(expected: Uint8Array, candidate: Uint8Array): boolean {
  let difference = expected.length ^ candidate.length;
  const last = candidate.length - 1;
  for (let i = 0; i < expected.length; i++) {
    // Past the candidate's end, compare with its last byte (or 0): the same work, and already a difference.
    difference |= (expected[i] as number) ^ (last < 0 ? 0 : (candidate[Math.min(i, last)] as number));
  }
  return difference === 0;
}

/** Returns a check of a candidate against `secret`, whose bytes are encoded once, here. */
export function createSecretCheck(secret: string): (candidate: string | null | undefined) => boolean {
  const expected = encoder.encode(secret);
  return (candidate) => typeof candidate === "string" && timingSafeEqual(expected, encoder.encode(candidate));
}
