// Retries through the real transport, against a loopback server that fails on script. The backoff is
// injected (1 ms) so the tests run fast; each test reads back how many attempts reached the server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRedactor } from "../src/errors/redact";
import { createMayarClient, MayarApiError, MayarNetworkError, MayarTimeoutError } from "../src/index";
import { createSend, type SendSettings } from "../src/transport/send";
import { type FaultServer, OK, startFaultServer } from "./helpers/fault-server";

const API_KEY = "sk_test_retries_0123456789";
let server: FaultServer;

beforeEach(async () => {
  server = await startFaultServer();
});
afterEach(() => server.close());

const waits: { retries: number; retryAfter?: number }[] = [];
const sendWith = (settings: Partial<SendSettings> = {}) => {
  waits.length = 0;
  return createSend({
    fetch: (url, init) => fetch(url, init),
    apiKey: API_KEY,
    timeoutMs: 2_000,
    redact: createRedactor(API_KEY),
    backoff: (retries, retryAfter) => {
      waits.push({ retries, ...(retryAfter === undefined ? {} : { retryAfter }) });
      return 1;
    },
    ...settings,
  });
};
const get = (path = "/hl/v2/payments/pr_1") => ({ method: "GET", url: `${server.url}${path}` });
const post = { method: "POST", url: "", body: JSON.stringify({ name: "x", amount: 1 }) };
const postTo = () => ({ ...post, url: `${server.url}/hl/v2/payments/create` });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the call should have failed"),
    (error: unknown) => error,
  );

describe("a GET", () => {
  it.each([
    ["a dropped connection", "reset" as const],
    ["a 500", { status: 500, json: { statusCode: 500, messages: "oops" } }],
    ["a 502 HTML page", { status: 502, text: "<html>Bad Gateway</html>" }],
    ["a 503", { status: 503, json: { messages: "busy" } }],
    ["a 408", { status: 408, json: { messages: "Request Timeout" } }],
    ["a rate-limit 429", { status: 429, json: { messages: "Too Many Requests" } }],
    ["a 200 whose body says 500", { status: 200, json: { statusCode: 500, messages: "oops" } }],
  ])("is retried after %s and returns the answer that finally came", async (_, fault) => {
    server.script(fault);
    const sent = await sendWith()(get());
    expect(sent).toMatchObject({ status: 200, body: OK });
    expect(server.arrivals).toHaveLength(2);
    expect(waits).toEqual([{ retries: 0 }]);
  });

  it("is retried twice by default, then throws the last failure", async () => {
    server.script(
      "reset",
      { status: 503, json: { messages: "busy" } },
      { status: 500, json: { messages: "down" } },
    );
    const error = await failure(sendWith()(get()));
    expect(error).toBeInstanceOf(MayarApiError);
    expect(error).toMatchObject({ status: 500, kind: "server", message: "down" });
    expect(server.arrivals).toHaveLength(3);
    expect(waits.map((w) => w.retries)).toEqual([0, 1]);
  });

  it("follows the client's maxRetries, and a call's maxRetries over it", async () => {
    server.script("reset", "reset", "reset", "reset", "reset");
    expect(await failure(sendWith({ maxRetries: 0 })(get()))).toBeInstanceOf(MayarNetworkError);
    expect(server.arrivals).toHaveLength(1);

    const send = sendWith({ maxRetries: 0 });
    expect(await failure(send(get(), { maxRetries: 3 }))).toBeInstanceOf(MayarNetworkError);
    expect(server.arrivals).toHaveLength(5);
  });

  it("waits what Retry-After asks (seconds or an HTTP date), passing it to the backoff", async () => {
    const inTwoSeconds = new Date(Date.now() + 2_000).toUTCString();
    server.script(
      { status: 429, json: { messages: "slow down" }, headers: { "retry-after": "7" } },
      { status: 503, json: { messages: "busy" }, headers: { "retry-after": inTwoSeconds } },
    );
    await sendWith()(get());
    expect(waits[0]).toEqual({ retries: 0, retryAfter: 7 });
    expect(waits[1]?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(waits[1]?.retryAfter).toBeLessThanOrEqual(2);
  });

  it("ignores a negative or non-numeric Retry-After", async () => {
    server.script(
      { status: 429, json: { messages: "slow" }, headers: { "retry-after": "-5" } },
      { status: 429, json: { messages: "slow" }, headers: { "retry-after": "soon" } },
    );
    await sendWith()(get());
    expect(waits).toEqual([{ retries: 0 }, { retries: 1 }]);
  });

  it("throws at once, with retryAfter, when Retry-After asks for more than 60 s", async () => {
    server.script({
      status: 429,
      json: { messages: "Too Many Requests" },
      headers: { "retry-after": "120" },
    });
    const error = await failure(sendWith()(get()));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfter: 120 });
    expect(server.arrivals).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("is never retried after a duplicate-request 429, a 4xx or a redirect", async () => {
    server.script(
      { status: 429, json: { messages: "Duplicate request detected. Please wait 1 minute" } },
      { status: 404, json: { messages: "Not Found" } },
      { status: 302, headers: { location: "http://127.0.0.1:1/elsewhere" } },
    );
    const send = sendWith({ maxRetries: 5 });
    expect(await failure(send(get()))).toMatchObject({ kind: "duplicate_request" });
    expect(await failure(send(get()))).toMatchObject({ kind: "not_found" });
    expect(await failure(send(get()))).toMatchObject({ kind: "redirect" });
    expect(server.arrivals).toHaveLength(3);
  });

  it("is retried after a timed-out attempt; each attempt gets its own deadline", async () => {
    server.script("hang", "hang-after-headers");
    const started = performance.now();
    // A deadline long enough for the third attempt's answer on a machine 10x slower than usual.
    const sent = await sendWith({ timeoutMs: 1_000 })(get());
    expect(sent.status).toBe(200);
    expect(server.arrivals).toHaveLength(3);
    // Three attempts, two of which used their whole deadline: one shared deadline would have expired.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_990);
  });

  it("throws a MayarTimeoutError when every attempt timed out", async () => {
    server.script("hang", "hang");
    const error = await failure(sendWith({ timeoutMs: 80, maxRetries: 1 })(get()));
    expect(error).toBeInstanceOf(MayarTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 80 });
    expect(server.arrivals).toHaveLength(2);
  });

  it("sends the same request each attempt, key and headers included", async () => {
    server.script("reset");
    await sendWith({ headers: { "X-Team": "checkout" } })(get("/hl/v2/payments?page=2"), {
      headers: { "x-trace": "t-1" },
    });
    expect(
      server.arrivals.map((a) => [
        a.method,
        a.path,
        a.headers.authorization,
        a.headers["x-team"],
        a.headers["x-trace"],
      ]),
    ).toEqual([
      ["GET", "/hl/v2/payments?page=2", `Bearer ${API_KEY}`, "checkout", "t-1"],
      ["GET", "/hl/v2/payments?page=2", `Bearer ${API_KEY}`, "checkout", "t-1"],
    ]);
  });

  it("redacts every attempt's answer the same way", async () => {
    server.script(
      { status: 500, json: { messages: `boom ${API_KEY}` }, headers: { "x-echo": API_KEY } },
      { status: 503, json: { messages: `busy ${API_KEY}` }, headers: { "x-echo": `Bearer ${API_KEY}` } },
    );
    const error = await failure(sendWith({ maxRetries: 1 })(get()));
    expect(error).toMatchObject({
      message: "busy [redacted]",
      body: { messages: "busy [redacted]" },
      headers: { "x-echo": "Bearer [redacted]" },
    });
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });
});

describe("a write", () => {
  it("is not retried by default: Mayar has no idempotency keys, a second create could bill twice", async () => {
    for (const fault of ["reset", { status: 503, json: { messages: "busy" } }, "hang"] as const) {
      server.script(fault);
      // The hang must reach the server before its deadline, busy machine or not.
      await failure(sendWith({ maxRetries: 10, timeoutMs: 1_000 })(postTo()));
    }
    expect(server.arrivals).toHaveLength(3);
    expect(waits).toEqual([]);
  });

  it("is retried when the call passes maxRetries, with the same body", async () => {
    server.script({ status: 502, text: "bad gateway" });
    const sent = await sendWith({ maxRetries: 0 })(postTo(), { maxRetries: 1 });
    expect(sent.status).toBe(200);
    expect(server.arrivals.map((a) => [a.method, a.body])).toEqual([
      ["POST", post.body],
      ["POST", post.body],
    ]);
  });

  it("even then, is never retried after a duplicate-request 429", async () => {
    server.script({ status: 429, json: { messages: "Duplicate request detected." } });
    await failure(sendWith()(postTo(), { maxRetries: 3 }));
    expect(server.arrivals).toHaveLength(1);
  });
});

describe("the caller's signal", () => {
  it("aborts the wait between attempts with the caller's own reason", async () => {
    server.script("reset");
    const controller = new AbortController();
    let waiting: () => void = () => {};
    const entered = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const send = sendWith({
      backoff: () => {
        waiting();
        return 60_000;
      },
    });
    const pending = failure(send(get(), { signal: controller.signal }));
    await entered;
    const reason = new DOMException("the user left", "AbortError");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(server.arrivals).toHaveLength(1);
  });

  it("aborts an attempt in flight without retrying it", async () => {
    server.script("hang");
    const controller = new AbortController();
    const pending = failure(sendWith()(get(), { signal: controller.signal }));
    await server.arrived(1);
    controller.abort();
    expect(await pending).toMatchObject({ name: "AbortError" });
    expect(server.arrivals).toHaveLength(1);
    expect(waits).toEqual([]);
  });
});

describe("through createMayarClient", () => {
  it("takes maxRetries as a client option (validated) and per call", async () => {
    expect(() => createMayarClient({ apiKey: API_KEY, environment: "sandbox", maxRetries: 11 })).toThrow(
      "createMayarClient: maxRetries must be an integer from 0 to 10, got 11.",
    );
    expect(() => createMayarClient({ apiKey: API_KEY, environment: "sandbox", maxRetries: -1 })).toThrow(
      /maxRetries/,
    );
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 });
    server.script({ status: 503, json: { messages: "busy" } });
    await expect(mayar.transactions.getDaily()).rejects.toMatchObject({ kind: "server" });
    expect(server.arrivals).toHaveLength(1);

    // One real (0.25–0.5 s) backoff: the per-call budget reaches the transport.
    server.script({ status: 503, json: { messages: "busy" } }, { status: 200, json: OK });
    await mayar.paymentRequests.create({ name: "x", amount: 1 }, { maxRetries: 1 });
    expect(server.arrivals.slice(1).map((a) => a.method)).toEqual(["POST", "POST"]);
  });
});
