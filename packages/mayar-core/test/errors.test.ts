// Every way a call can fail, on a real loopback server: the error class and kind a user can switch on.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isAbortError } from "../src/errors/mayar-error";
import {
  createMayarClient,
  MayarApiError,
  MayarError,
  MayarNetworkError,
  MayarTimeoutError,
} from "../src/index";
import { type Answer, type FakeMayar, refusedUrl, startFakeMayar } from "./helpers/fake-mayar";

const API_KEY = "sk_test_errors_0123456789";
const body = { name: "Penagihan", amount: 100000 };
let fake: FakeMayar;

beforeEach(async () => {
  fake = await startFakeMayar();
});
afterEach(() => fake.close());

async function failureOf(answer: Answer, timeoutMs?: number): Promise<unknown> {
  fake.answer(answer);
  const mayar = createMayarClient({
    apiKey: API_KEY,
    baseUrl: fake.url,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return mayar.paymentRequests.create(body).then(
    () => expect.fail("the call should have failed"),
    (error: unknown) => error,
  );
}

describe("HTTP error answers become MayarApiError with a kind", () => {
  it.each([
    [400, { statusCode: 400, messages: "Validation Error" }, "validation", "Validation Error"],
    [401, { statusCode: 401, messages: "Unauthorized" }, "unauthorized", "Unauthorized"],
    [402, { statusCode: 402, messages: "Insufficient balance" }, "payment_required", "Insufficient balance"],
    [403, { statusCode: 403, messages: "Forbidden" }, "forbidden", "Forbidden"],
    [404, { statusCode: 404, messages: "Not Found" }, "not_found", "Not Found"],
    [405, { statusCode: 405, messages: "Method Not Allowed" }, "method_not_allowed", "Method Not Allowed"],
    [408, { statusCode: 408, messages: "Request Timeout" }, "request_timeout", "Request Timeout"],
    [409, { statusCode: 409, messages: "already exist" }, "conflict", "already exist"],
    [413, { statusCode: 413, messages: "Too Large" }, "payload_too_large", "Too Large"],
    [422, { statusCode: 422, messages: "Unprocessable" }, "unprocessable", "Unprocessable"],
    [
      429,
      { statusCode: 429, messages: "Duplicate request detected. Please wait 1 minute before trying again." },
      "duplicate_request",
      "Duplicate request detected. Please wait 1 minute before trying again.",
    ],
    [429, { statusCode: 429, messages: "Too Many Requests" }, "rate_limited", "Too Many Requests"],
    [500, { statusCode: 500, messages: "Internal Server Error" }, "server", "Internal Server Error"],
    [418, { statusCode: 418, messages: "teapot" }, "unknown", "teapot"],
  ] as const)("%i %j → %s", async (status, json, kind, message) => {
    const error = await failureOf({ status, json });
    expect(error).toBeInstanceOf(MayarApiError);
    expect(error).toBeInstanceOf(MayarError);
    expect(error).toMatchObject({ status, kind, message, body: json, name: "MayarApiError" });
  });

  it("keeps Mayar's field list from a 400", async () => {
    const fields = [{ type: "required", message: "The 'amount' field is required.", field: "amount" }];
    const error = await failureOf({
      status: 400,
      json: { statusCode: 400, messages: "Validation Error", data: fields },
    });
    expect(error).toMatchObject({ kind: "validation", fields });
  });

  it("reads Retry-After on a rate limit", async () => {
    const error = await failureOf({
      status: 429,
      json: { statusCode: 429, messages: "Too Many Requests" },
      headers: { "retry-after": "17" },
    });
    expect(error).toMatchObject({ kind: "rate_limited", retryAfter: 17 });
  });

  it("keeps the request id and the answer's headers", async () => {
    const error = await failureOf({
      status: 404,
      json: { statusCode: 404, messages: "Not Found" },
      headers: { "x-request-id": "req_42", "x-powered-by": "mayar" },
    });
    expect(error).toMatchObject({
      requestId: "req_42",
      headers: { "x-request-id": "req_42", "x-powered-by": "mayar", "content-type": "application/json" },
    });
  });

  it("reads the singular `message` of the credit family", async () => {
    fake.answer({ status: 400, json: { statusCode: 400, message: "productId is required" } });
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    const error = await mayar.credits
      .generateImmutableCheckoutLink({
        productId: "p",
        customerInfo: { name: "a", email: "a@example.com", mobile: "c" },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "validation", message: "productId is required", status: 400 });
  });

  it("turns an HTML error page into a MayarApiError, not a parse crash", async () => {
    const page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const error = await failureOf({ status: 502, text: page });
    expect(error).toBeInstanceOf(MayarApiError);
    expect(error).toMatchObject({ status: 502, kind: "server", body: page });
    expect((error as Error).message).toBe("Mayar answered HTTP 502 with a non-JSON body");
  });
});

describe("failures Mayar reports inside a 2xx answer (the body is authoritative)", () => {
  it("a 200 whose body says statusCode 400 is a validation error", async () => {
    const error = await failureOf({ status: 200, json: { statusCode: 400, messages: "Validation Error" } });
    expect(error).toMatchObject({ status: 400, kind: "validation" });
  });

  it('a 200 with messages "failed" and a validator list is a validation error with fields', async () => {
    const data = [{ type: "required", message: "The 'name' field is required.", field: "name" }];
    const error = await failureOf({ status: 200, json: { statusCode: 200, messages: "failed", data } });
    expect(error).toMatchObject({ status: 400, kind: "validation", fields: data });
  });

  it("a 200 that is not JSON is a server error (502), never a SyntaxError", async () => {
    const error = await failureOf({ status: 200, text: "<html>captive portal</html>" });
    expect(error).toMatchObject({ status: 502, kind: "server" });
  });

  it("a 200 without the documented result is an unknown MayarApiError", async () => {
    const error = await failureOf({ status: 200, json: { statusCode: 200, messages: "success" } });
    expect(error).toMatchObject({ status: 200, kind: "unknown" });
  });
});

describe("transport failures", () => {
  it("a refused connection is a MayarNetworkError", async () => {
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: await refusedUrl() });
    const error = await mayar.paymentRequests.create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarNetworkError);
    expect(error).toMatchObject({ kind: "network" });
    expect((error as Error).message).toMatch(
      /Could not reach Mayar for POST http:\/\/127\.0\.0\.1:\d+\/hl\/v2\/payments\/create/,
    );
  });

  it("a server that never answers is a MayarTimeoutError after timeoutMs", async () => {
    const started = performance.now();
    const error = await failureOf("hang", 150);
    expect(error).toBeInstanceOf(MayarTimeoutError);
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 150 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("a server that sends headers and then hangs still times out", async () => {
    const error = await failureOf("hang-after-headers", 150);
    expect(error).toBeInstanceOf(MayarTimeoutError);
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    fake.answer("hang");
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url, timeoutMs: 60_000 });
    const error = await mayar.paymentRequests.create(body, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 100 });
  });

  it("each request gets its own deadline signal, not one shared from client creation", async () => {
    const signals: AbortSignal[] = [];
    const mayar = createMayarClient({
      apiKey: API_KEY,
      baseUrl: fake.url,
      // Long enough that no deadline fires on a busy machine: the signals' identity is what is checked.
      timeoutMs: 30_000,
      fetch: (url, init) => {
        if (init.signal) signals.push(init.signal);
        return fetch(url, init);
      },
    });
    await mayar.paymentRequests.create(body);
    await mayar.paymentRequests.create({ ...body, name: "second" });
    expect(signals).toHaveLength(2);
    expect(signals[0]).not.toBe(signals[1]);
    expect(signals.map((s) => s.aborted)).toEqual([false, false]);
  });

  it("a caller's abort stays an abort (AbortError), not a timeout or network error", async () => {
    fake.answer("hang");
    const controller = new AbortController();
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    const pending = mayar.paymentRequests.create(body, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(MayarError);
    expect((error as Error).name).toBe("AbortError");
  });

  it("an already-aborted signal aborts without sending", async () => {
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    const error = await mayar.paymentRequests
      .create(body, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("isAbortError", () => {
  it("is true for what a caller's abort produces, and for a MayarError of kind aborted", async () => {
    const controller = new AbortController();
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    fake.answer("hang");
    const pending = mayar.paymentRequests
      .create(body, { signal: controller.signal })
      .catch((e: unknown) => e);
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    expect(isAbortError(new DOMException("stopped", "AbortError"))).toBe(true);
    expect(isAbortError(new MayarError("stopped", "aborted"))).toBe(true);
  });

  it("is false for everything else, including a timeout", () => {
    for (const value of [
      new MayarTimeoutError("slow", 5),
      new MayarNetworkError("down"),
      new Error("AbortError"),
      "AbortError",
      null,
      undefined,
    ]) {
      expect(isAbortError(value)).toBe(false);
    }
  });
});
