import { MayarApiError, MayarNetworkError } from "@org/mayar-core";
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { useTransaction } from "../src/generated/hooks";
import { pollInterval } from "../src/queries/poll-interval";
import { ok, setupMayar } from "./helpers";

// The clock is fake: each step advances it exactly, and the fetches in between settle as microtasks.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** A Mayar whose transaction goes through `statuses`, one per request (the last one repeats). */
function transactionGoingThrough(...statuses: string[]) {
  const mayar = setupMayar({
    routes: {
      "GET /hl/v2/transactions/:id": ({ params }) =>
        ok({ id: params.id, amount: 100000, status: statuses.length > 1 ? statuses.shift() : statuses[0] }),
    },
  });
  return { ...mayar, requests: () => mayar.calls.length };
}

describe('useTransaction(id, { until: "paid" })', () => {
  test("polls 1 s, 2 s, 4 s... apart until the transaction is paid, then stops", async () => {
    const mayar = transactionGoingThrough("unpaid", "unpaid", "unpaid", "paid");
    const { result } = renderHook(() => useTransaction("tx_1", { until: "paid" }), {
      wrapper: mayar.wrapper,
    });

    await advance(0);
    expect(mayar.requests()).toBe(1);
    expect(result.current.data?.status).toBe("unpaid");

    await advance(999);
    expect(mayar.requests()).toBe(1);
    await advance(1);
    expect(mayar.requests()).toBe(2);
    await advance(2000);
    expect(mayar.requests()).toBe(3);
    await advance(4000);
    expect(mayar.requests()).toBe(4);

    await advance(60_000);
    expect(result.current.data?.status).toBe("paid");
    expect(mayar.requests()).toBe(4);
  });

  test("stops at expired too: the payment can no longer happen", async () => {
    const mayar = transactionGoingThrough("unpaid", "expired");
    const { result } = renderHook(() => useTransaction("tx_1", { until: "paid" }), {
      wrapper: mayar.wrapper,
    });

    await advance(1000);
    await advance(60_000);
    expect(result.current.data?.status).toBe("expired");
    expect(mayar.requests()).toBe(2);
  });

  test("the wait doubles up to 10 s, and backoff sets other bounds", async () => {
    const mayar = transactionGoingThrough("unpaid");
    renderHook(() => useTransaction("tx_1", { until: "paid" }), { wrapper: mayar.wrapper });
    await advance(0);
    const seen: number[] = [];
    for (const step of [1000, 2000, 4000, 8000, 10_000, 10_000]) {
      await advance(step);
      seen.push(mayar.requests());
    }
    expect(seen).toEqual([2, 3, 4, 5, 6, 7]);

    const quick = transactionGoingThrough("unpaid");
    renderHook(() => useTransaction("tx_1", { until: "paid", backoff: { firstMs: 10, maxMs: 20 } }), {
      wrapper: quick.wrapper,
    });
    await advance(0);
    await advance(10 + 20 + 20);
    expect(quick.requests()).toBe(4);
  });

  test("without until, no polling", async () => {
    const mayar = transactionGoingThrough("unpaid");
    renderHook(() => useTransaction("tx_1"), { wrapper: mayar.wrapper });
    await advance(60_000);
    expect(mayar.requests()).toBe(1);
  });

  test("a transaction that is already paid is not polled", async () => {
    const mayar = transactionGoingThrough("paid");
    renderHook(() => useTransaction("tx_1", { until: "paid" }), { wrapper: mayar.wrapper });
    await advance(60_000);
    expect(mayar.requests()).toBe(1);
  });
});

describe("pollInterval (the refetchInterval behind until)", () => {
  const state = (over: Record<string, unknown>) =>
    ({
      state: {
        data: undefined,
        error: null,
        status: "success",
        dataUpdateCount: 1,
        errorUpdateCount: 0,
        ...over,
      },
    }) as never;
  const interval = pollInterval(new Set(["paid", "expired"]));

  test("backs off from the first delay to the ceiling", () => {
    const waits = [1, 2, 3, 4, 5, 6].map((count) =>
      interval(state({ data: { status: "unpaid" }, dataUpdateCount: count })),
    );
    expect(waits).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  test("stops on the awaited and final statuses", () => {
    expect(interval(state({ data: { status: "paid" } }))).toBe(false);
    expect(interval(state({ data: { status: "expired" } }))).toBe(false);
    expect(interval(state({ data: { status: "created" } }))).toBe(1000);
  });

  test("keeps going through a passing error, stops on a lasting one", () => {
    const passing = new MayarNetworkError("offline");
    const lasting = new MayarApiError({ message: "not found", kind: "not_found", status: 404, body: null });
    expect(interval(state({ status: "error", error: passing, errorUpdateCount: 1 }))).toBe(2000);
    expect(interval(state({ status: "error", error: lasting, errorUpdateCount: 1 }))).toBe(false);
  });
});
