// The webhook token is compared in constant time: both sides hashed with Web Crypto's SHA-256, then the
// digests compared without an early exit.
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
    expect(timingSafeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it("reads every byte even when the first one differs (no early exit)", () => {
    const first = counted([9, 2, 3, 4, 5, 6, 7, 8]);
    const last = counted([1, 2, 3, 4, 5, 6, 7, 9]);
    const reference = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
    expect(timingSafeEqual(first.array, reference)).toBe(false);
    expect(timingSafeEqual(last.array, reference)).toBe(false);
    expect(first.reads.count).toBe(8);
    expect(last.reads.count).toBe(8);
  });
});

describe("createSecretCheck", () => {
  it("accepts the secret and refuses anything else: a prefix, a longer string, a different case, nothing", async () => {
    const check = createSecretCheck("whsec-0123456789abcdef");
    expect(await check("whsec-0123456789abcdef")).toBe(true);
    expect(await check("whsec-0123456789abcde")).toBe(false);
    expect(await check("whsec-0123456789abcdef0")).toBe(false);
    expect(await check("WHSEC-0123456789ABCDEF")).toBe(false);
    expect(await check("")).toBe(false);
    expect(await check(null)).toBe(false);
    expect(await check(undefined)).toBe(false);
  });

  it("hashes both sides with crypto.subtle.digest, so the compared buffers never differ in length", async () => {
    const digest = vi.spyOn(globalThis.crypto.subtle, "digest");
    const compared: number[] = [];
    const check = createSecretCheck("whsec-0123456789abcdef");
    await check("short");
    await check("a much longer candidate than the secret itself, 64 characters long");
    const algorithms = digest.mock.calls.map(([algorithm]) => algorithm);
    expect(algorithms).toEqual(["SHA-256", "SHA-256", "SHA-256"]); // the secret once, then each candidate
    for (const result of digest.mock.results) compared.push(((await result.value) as ArrayBuffer).byteLength);
    expect(compared).toEqual([32, 32, 32]);
  });

  it("sha256 gives the standard digest", async () => {
    const hex = Array.from(await sha256("abc"), (byte) => byte.toString(16).padStart(2, "0")).join("");
    expect(hex).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
