// The retry policy as pure functions: which failures earn another attempt, and how long to wait first.
import { describe, expect, it } from "vitest";
import { MayarInputError, MayarNetworkError, MayarTimeoutError, toApiError } from "../src/index";
import { backoffMs, shouldRetry } from "../src/transport/retry";

const answered = (status: number, messages = "x", retryAfter?: string) =>
  toApiError(status, { messages }, retryAfter === undefined ? {} : { "retry-after": retryAfter });

describe("shouldRetry", () => {
  it("retries what did not get an answer: network errors and timeouts", () => {
    expect(shouldRetry(new MayarNetworkError("down"), 0, 2)).toBe(true);
    expect(shouldRetry(new MayarTimeoutError("slow", 10), 1, 2)).toBe(true);
  });

  it("retries answers that say 'later': 408, a rate-limit 429, every 5xx", () => {
    for (const status of [408, 429, 500, 502, 503, 504])
      expect(shouldRetry(answered(status), 0, 2)).toBe(true);
  });

  it("never retries a duplicate-request 429: the first create went through", () => {
    const duplicate = answered(429, "Duplicate request detected. Please wait 1 minute");
    expect(duplicate.kind).toBe("duplicate_request");
    expect(shouldRetry(duplicate, 0, 10)).toBe(false);
  });

  it("never retries other 4xx, redirects, refusals or a caller's abort", () => {
    for (const status of [400, 401, 402, 403, 404, 405, 409, 413, 422, 302]) {
      expect(shouldRetry(answered(status), 0, 10)).toBe(false);
    }
    expect(shouldRetry(new MayarInputError("bad"), 0, 10)).toBe(false);
    expect(shouldRetry(new DOMException("stop", "AbortError"), 0, 10)).toBe(false);
    expect(shouldRetry(new TypeError("bug"), 0, 10)).toBe(false);
  });

  it("stops when the budget is spent (0 means no retry at all)", () => {
    const down = new MayarNetworkError("down");
    expect(shouldRetry(down, 0, 0)).toBe(false);
    expect(shouldRetry(down, 1, 2)).toBe(true);
    expect(shouldRetry(down, 2, 2)).toBe(false);
  });

  it("honours Retry-After up to 60 s, and refuses to block longer", () => {
    expect(shouldRetry(answered(429, "slow", "60"), 0, 2)).toBe(true);
    expect(shouldRetry(answered(503, "busy", "61"), 0, 2)).toBe(false);
    // An absurd value is ignored, as if absent: an ordinary retry.
    expect(shouldRetry(answered(429, "slow", "99999999"), 0, 2)).toBe(true);
  });
});

describe("backoffMs", () => {
  const low = () => 0;
  const high = () => 0.999999;

  it("starts at 0.5 s and doubles, jittered over the upper half", () => {
    expect([0, 1, 2, 3].map((n) => backoffMs(n, undefined, low))).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((n) => Math.round(backoffMs(n, undefined, high)))).toEqual([
      500, 1000, 2000, 4000,
    ]);
  });

  it("is capped at 5 s", () => {
    expect(Math.round(backoffMs(4, undefined, high))).toBe(5000);
    expect(Math.round(backoffMs(30, undefined, high))).toBe(5000);
    expect(backoffMs(30, undefined, low)).toBe(2500);
  });

  it("spreads clients that failed together", () => {
    const waits = new Set(Array.from({ length: 20 }, () => backoffMs(1)));
    expect(waits.size).toBeGreaterThan(1);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(500);
  });

  it("never waits less than Retry-After asked", () => {
    expect(backoffMs(0, 3, low)).toBe(3000);
    expect(backoffMs(0, 0, low)).toBe(250);
  });
});
