// The per-attempt deadline and the caller's abort, with fetches that misbehave: one that ignores its
// signal, one whose body never ends. Fake timers: the deadline is an event the test fires, not a wait.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRedactor } from "../src/errors/redact";
import { MayarTimeoutError } from "../src/index";
import { createSend, type FetchLike } from "../src/transport/send";

const API_KEY = "sk_test_deadline_0123456789";
const URL_ = "https://api.mayar.id/hl/v2/payments/create";
const exchange = { method: "POST", url: URL_, body: "{}" };
const OK_BODY = JSON.stringify({ statusCode: 200, messages: "success", data: { id: "1" } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const sendWith = (fetch: FetchLike, timeoutMs = 1_000) =>
  createSend({ fetch, apiKey: API_KEY, timeoutMs, redact: createRedactor(API_KEY), backoff: () => 1 });

/** A fetch that never settles and never looks at its signal. */
const deaf: FetchLike = () => new Promise<Response>(() => {});

describe("the deadline", () => {
  it("holds with a fetch that ignores its signal", async () => {
    const signals: AbortSignal[] = [];
    const pending = sendWith((url, init) => {
      if (init.signal) signals.push(init.signal);
      return deaf(url, init);
    })(exchange).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error).toBeInstanceOf(MayarTimeoutError);
    expect(error).toMatchObject({
      kind: "timeout",
      timeoutMs: 1_000,
      message: `Mayar did not answer POST ${URL_} within 1000 ms (it may still have processed it)`,
    });
    // The attempt's signal is aborted too, so a fetch that does listen lets go of its connection.
    expect(signals[0]?.aborted).toBe(true);
  });

  it("covers the body: headers that arrive in time do not stop the clock", async () => {
    const neverEnds = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"status')) });
    const pending = sendWith(async () => new Response(neverEnds), 500)(exchange).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toBeInstanceOf(MayarTimeoutError);
  });

  it("uses the call's timeoutMs over the client's", async () => {
    const pending = sendWith(deaf, 60_000)(exchange, { timeoutMs: 10 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(await pending).toMatchObject({ kind: "timeout", timeoutMs: 10 });
  });

  it("starts again for each attempt of a retried GET", async () => {
    let calls = 0;
    const pending = sendWith(
      (url, init) => (++calls < 3 ? deaf(url, init) : Promise.resolve(new Response(OK_BODY))),
      100,
    )({
      method: "GET",
      url: URL_,
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(101);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(101);
    expect((await pending).status).toBe(200);
    expect(calls).toBe(3);
  });

  it("leaves no timer and no listener behind once an answer is in", async () => {
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    const sent = await sendWith(async () => new Response(OK_BODY))(exchange, { signal: controller.signal });
    expect(sent.status).toBe(200);
    expect(vi.getTimerCount()).toBe(0);
    expect(removed).toHaveBeenCalledWith("abort", expect.any(Function));
  });
});

describe("the caller's abort", () => {
  it("rejects at once with the caller's reason, even with a fetch that ignores its signal", async () => {
    const controller = new AbortController();
    const pending = sendWith(deaf)(exchange, { signal: controller.signal }).catch((e: unknown) => e);
    const reason = new DOMException("left the page", "AbortError");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const fetch = vi.fn(deaf);
    const error = await sendWith(fetch)(exchange, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(fetch).not.toHaveBeenCalled();
  });
});
