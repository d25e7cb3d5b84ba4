// The webhook token is compared in constant time: every byte of the secret is read whatever the candidate is
// (shorter, longer, differing early or late), with no early exit, and no hashing per delivery.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSecretCheck, sha256, timingSafeEqual } from "../src/server/webhooks/constant-time";

afterEach(() => {
  vi.restoreAllMocks();
});

/** A byte array that counts how many of its bytes were read. */
function counted(bytes: number[]) {
  const reads = { count: 0 };
  const array = new Proxy(Uint8Array.from(bytes), {
    get(target, property) {
      if (typeof property === "string" && /^\d+$/.test(property)) reads.count++;
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { array, reads };
}

describe("timingSafeEqual", () => {
  it("answers whether two byte arrays are equal", () => {
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(timingSafeEqual(Uint8Array.of(0, 2, 3), Uint8Array.of(1, 2, 3))).toBe(false);
    expect(timingSafeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 3))).toBe(false);
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2))).toBe(false);
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), new Uint8Array(0))).toBe(false);
    expect(timingSafeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it("reads every byte of the secret once, however the candidate differs (no early exit, not even on length)", () => {
    for (const candidate of [
      [9, 2, 3, 4, 5, 6, 7, 8],
      [1, 2, 3, 4, 5, 6, 7, 9],
      [1],
      [],
      Array(40).fill(1),
    ]) {
      const secret = counted([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(timingSafeEqual(secret.array, Uint8Array.from(candidate))).toBe(false);
      expect(secret.reads.count).toBe(8);
    }
  });
});

describe("createSecretCheck", () => {
  it("accepts the secret and refuses anything else: a prefix, a longer string, a different case, nothing", () => {
    const check = createSecretCheck("whsec-0123456789abcdef");
    expect(check("whsec-0123456789abcdef")).toBe(true);
    expect(check("whsec-0123456789abcde")).toBe(false);
    expect(check("whsec-0123456789abcdef0")).toBe(false);
    expect(check("WHSEC-0123456789ABCDEF")).toBe(false);
    expect(check("")).toBe(false);
    expect(check(null)).toBe(false);
    expect(check(undefined)).toBe(false);
  });

  it("never hashes per delivery: the secret is encoded once, when the check is made", () => {
    const digest = vi.spyOn(globalThis.crypto.subtle, "digest");
    const encode = vi.spyOn(TextEncoder.prototype, "encode");
    const check = createSecretCheck("whsec-0123456789abcdef");
    expect(encode).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) check(`candidate-${i}`);
    expect(encode).toHaveBeenCalledTimes(6); // the secret once, then each candidate
    expect(digest).not.toHaveBeenCalled();
  });

  it("sha256 gives the standard digest", async () => {
    const hex = Array.from(await sha256("abc"), (byte) => byte.toString(16).padStart(2, "0")).join("");
    expect(hex).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
