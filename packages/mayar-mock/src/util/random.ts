// Identifiers from the Web Crypto RNG, available in Node 20 and every browser the mock targets.

function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function randomHex(byteLength: number): string {
  return Array.from(randomBytes(byteLength), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A v4 UUID. `crypto.randomUUID` is missing in insecure browser contexts (plain http on a LAN IP). */
export function randomUuid(): string {
  if (typeof globalThis.crypto.randomUUID === "function") return globalThis.crypto.randomUUID();
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SLUG_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A payment-link slug shaped like Mayar's (`rqp9x2k7m3a`: 11 lower-case alphanumerics). */
export function randomSlug(length = 11): string {
  // 256 is not a multiple of 36; the slight bias is irrelevant for a mock's link slugs.
  return Array.from(randomBytes(length), (b) => SLUG_ALPHABET[b % SLUG_ALPHABET.length]).join("");
}
