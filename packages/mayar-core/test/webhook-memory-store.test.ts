// createMemoryWebhookStore: claim, complete and release in one process, bounded and with expiry.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MayarInputError } from "../src/index";
import { createMemoryWebhookStore, DEFAULT_WEBHOOK_LEASE_MS, DEFAULT_WEBHOOK_TTL_MS } from "../src/server";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createMemoryWebhookStore", () => {
  it("lets one owner claim a key; others see it processing, then done once completed", async () => {
    const store = createMemoryWebhookStore();
    expect(await store.claim("k", "a")).toBe("claimed");
    expect(await store.claim("k", "b")).toBe("processing");
    await store.complete("k", "a");
    expect(await store.claim("k", "b")).toBe("done");
  });

  it("never mistakes a claim for done, whatever the owner (even none)", async () => {
    const store = createMemoryWebhookStore();
    expect(await store.claim("k", undefined as never)).toBe("claimed");
    expect(await store.claim("k", "b")).toBe("processing");
    await store.complete("k", "b");
    await store.release("k", undefined as never);
    expect(await store.claim("k", "c")).toBe("done");
  });

  it("claims atomically: of many concurrent claims, exactly one wins", async () => {
    const store = createMemoryWebhookStore();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.claim("k", `o${i}`)));
    expect(results.filter((r) => r === "claimed")).toHaveLength(1);
  });

  it("release frees the key for the next delivery, but only when the releasing owner holds it", async () => {
    const store = createMemoryWebhookStore();
    await store.claim("k", "a");
    await store.release("k", "someone-else");
    expect(await store.claim("k", "b")).toBe("processing");
    await store.release("k", "a");
    expect(await store.claim("k", "b")).toBe("claimed");
  });

  it("a claim lapses after leaseMs (a crashed delivery cannot block the event); a late release keeps the new claim", async () => {
    const store = createMemoryWebhookStore({ leaseMs: 1_000 });
    await store.claim("k", "crashed");
    vi.advanceTimersByTime(999);
    expect(await store.claim("k", "b")).toBe("processing");
    vi.advanceTimersByTime(1);
    expect(await store.claim("k", "b")).toBe("claimed");
    await store.release("k", "crashed");
    expect(await store.claim("k", "c")).toBe("processing");
  });

  it("remembers a done key for ttlMs, by default 7 days", async () => {
    expect(DEFAULT_WEBHOOK_TTL_MS).toBe(7 * 24 * 3600 * 1000);
    expect(DEFAULT_WEBHOOK_LEASE_MS).toBe(5 * 60 * 1000);
    const store = createMemoryWebhookStore();
    await store.claim("k", "a");
    await store.complete("k", "a");
    vi.advanceTimersByTime(DEFAULT_WEBHOOK_TTL_MS - 1);
    expect(await store.claim("k", "b")).toBe("done");
    vi.advanceTimersByTime(1);
    expect(await store.claim("k", "b")).toBe("claimed");
  });

  it("keeps at most maxEntries keys: expired ones make room, live ones are never forgotten (claims are refused)", async () => {
    const store = createMemoryWebhookStore({ maxEntries: 3, ttlMs: 10_000, leaseMs: 1_000 });
    await store.claim("lapsed", "a"); // lapses after 1 s
    vi.advanceTimersByTime(500);
    for (const key of ["one", "two"]) {
      await store.claim(key, "a");
      await store.complete(key, "a");
    }
    vi.advanceTimersByTime(600);
    expect(await store.claim("three", "a")).toBe("claimed"); // full: the lapsed claim makes room
    expect(await store.claim("one", "b")).toBe("done");
    expect(await store.claim("two", "b")).toBe("done");
    // Full of live keys: a new claim is refused, and "one" is still remembered as done.
    await expect(store.claim("four", "a")).rejects.toThrow(Error);
    await expect(store.claim("four", "a")).rejects.toThrow(
      "createMemoryWebhookStore: full (maxEntries 3 events remembered within their TTL)",
    );
    expect(await store.claim("one", "b")).toBe("done");
    // Completing a claim never needs room: it replaces the claim.
    await store.complete("three", "a");
    expect(await store.claim("three", "b")).toBe("done");
    // Once "one" and "two" expire, there is room again.
    vi.advanceTimersByTime(10_000 - 600);
    expect(await store.claim("four", "a")).toBe("claimed");
    expect(await store.claim("one", "b")).toBe("claimed");
  });

  describe("costs O(1) per call at the cap (counted in Map iterator steps, not timed)", () => {
    const iteratorProto = Object.getPrototypeOf(new Map().keys()) as { next: () => unknown };
    const originalNext = iteratorProto.next;
    let steps = 0;
    beforeEach(() => {
      steps = 0;
      iteratorProto.next = function (this: unknown) {
        steps++;
        return originalNext.call(this);
      };
    });
    afterEach(() => {
      iteratorProto.next = originalNext;
    });

    it("refusing a claim when 10,000 live events fill the store does not walk them", async () => {
      const store = createMemoryWebhookStore({ maxEntries: 10_000 });
      for (let i = 0; i < 10_000; i++) {
        await store.claim(`k${i}`, "a");
        await store.complete(`k${i}`, "a");
      }
      steps = 0;
      for (let i = 0; i < 100; i++) await expect(store.claim(`new${i}`, "a")).rejects.toThrow("full");
      expect(steps).toBeLessThanOrEqual(100 * 4);
    });

    it("at the cap, with the oldest events expiring one by one, each claim drops a few: not a scan", async () => {
      const store = createMemoryWebhookStore({ maxEntries: 10_000, ttlMs: 10_000 });
      for (let i = 0; i < 10_000; i++) {
        await store.claim(`k${i}`, "a");
        await store.complete(`k${i}`, "a");
        vi.advanceTimersByTime(1);
      }
      // Now 1 ms later each new claim finds the oldest done key expired: it makes room for exactly one.
      steps = 0;
      for (let i = 0; i < 1_000; i++) {
        vi.advanceTimersByTime(1);
        expect(await store.claim(`new${i}`, "a")).toBe("claimed");
        await store.complete(`new${i}`, "a");
      }
      expect(steps).toBeLessThanOrEqual(1_000 * 8);
    });
  });

  it("refuses options it cannot use, naming them", () => {
    expect(() => createMemoryWebhookStore({ maxEntries: 0 })).toThrow(MayarInputError);
    expect(() => createMemoryWebhookStore({ maxEntries: 1.5 })).toThrow(
      "maxEntries must be a positive whole number",
    );
    expect(() => createMemoryWebhookStore({ ttlMs: -1 })).toThrow("ttlMs must be a positive whole number");
    expect(() => createMemoryWebhookStore({ leaseMs: Number.NaN })).toThrow("leaseMs must be");
    expect(() => createMemoryWebhookStore(null as never)).toThrow("options must be an object");
  });
});
