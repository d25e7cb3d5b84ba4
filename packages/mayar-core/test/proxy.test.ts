// createMayarProxy forwards only what it is allowed to, with the server's key, to a recording fake Mayar.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMayarClient, MayarInputError } from "../src/index";
import { createMayarProxy, type MayarProxyOptions } from "../src/server";
import { type FakeMayar, refusedUrl, startFakeMayar } from "./helpers/fake-mayar";

const SERVER_KEY = "sk_live_server_only_987";
const ORIGIN = "http://shop.test";
let fake: FakeMayar;

beforeEach(async () => {
  fake = await startFakeMayar();
});
afterEach(() => fake.close());

const proxyFor = (options: Partial<MayarProxyOptions> = {}) =>
  createMayarProxy({
    apiKey: SERVER_KEY,
    baseUrl: fake.url,
    basePath: "/api/mayar",
    allow: { createPaymentRequest: {} },
    ...options,
  });

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("createMayarProxy", () => {
  it("forwards an allowed operation with the server's key, dropping the browser's Authorization and Cookie", async () => {
    const proxy = proxyFor();
    const response = await proxy(
      post(
        "/api/mayar/hl/v2/payments/create",
        { name: "x", amount: 1 },
        {
          authorization: "Bearer browser-forged",
          cookie: "session=abc",
          "x-forwarded-for": "10.0.0.1",
        },
      ),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      data: { link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a" },
    });

    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/hl/v2/payments/create" });
    expect(request?.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers["x-forwarded-for"]).toBeUndefined();
    expect(JSON.parse(request?.body ?? "")).toEqual({ name: "x", amount: 1 });
  });

  it("answers JSON 404 for every operation it was not given, without calling Mayar", async () => {
    const proxy = proxyFor();
    const refused = [
      post("/api/mayar/credit/v1/credit/generate/immutable/checkout", {}), // a real operation, not allowed
      new Request(`${ORIGIN}/api/mayar/hl/v2/payments/create`), // allowed path, wrong method
      post("/api/mayar/hl/v1/balance", {}),
      post("/hl/v2/payments/create", {}), // outside basePath
      post("/api/mayar/hl/v2/payments/create/../../../hl/v2/balances", {}),
      post("/api/mayarx/hl/v2/payments/create", {}),
    ];
    for (const request of refused) {
      const response = await proxy(request);
      expect(response.status, `${request.method} ${request.url}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toMatchObject({ statusCode: 404 });
    }
    expect(fake.requests).toEqual([]);
  });

  it("passes Mayar's error answers through with their status, never the key", async () => {
    fake.answer({ status: 401, json: { statusCode: 401, messages: `bad token ${SERVER_KEY}` } });
    const response = await proxyFor()(post("/api/mayar/hl/v2/payments/create", { name: "x", amount: 1 }));
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain(SERVER_KEY);
    expect(JSON.parse(text)).toEqual({ statusCode: 401, messages: "bad token [redacted]" });
  });

  it("answers 502 when Mayar cannot be reached and 504 when it does not answer in time", async () => {
    const unreachable = createMayarProxy({
      apiKey: SERVER_KEY,
      baseUrl: await refusedUrl(),
      allow: { createPaymentRequest: {} },
    });
    expect((await unreachable(post("/hl/v2/payments/create", {}))).status).toBe(502);

    fake.answer("hang");
    const slow = proxyFor({ timeoutMs: 100 });
    const response = await slow(post("/api/mayar/hl/v2/payments/create", { name: "x", amount: 1 }));
    expect(response.status).toBe(504);
  });

  it("refuses bodies over maxBodyBytes with 413", async () => {
    const response = await proxyFor({ maxBodyBytes: 10 })(
      post("/api/mayar/hl/v2/payments/create", { name: "a long name", amount: 1 }),
    );
    expect(response.status).toBe(413);
    expect(fake.requests).toEqual([]);
  });

  it("works end to end with a keyless browser-style client pointed at it", async () => {
    const proxy = proxyFor({ allow: { createPaymentRequest: {}, generateImmutableCheckoutLink: {} } });
    const mayar = createMayarClient({
      baseUrl: `${ORIGIN}/api/mayar`,
      fetch: (url, init) => proxy(new Request(url, init)),
    });
    await expect(mayar.paymentRequests.create({ name: "x", amount: 1 })).resolves.toMatchObject({
      id: expect.any(String),
    });
    await expect(
      mayar.credits.generateImmutableCheckoutLink({
        productId: "p",
        customerInfo: { name: "a", email: "b@example.com", mobile: "c" },
      }),
    ).resolves.toMatchObject({ paymentLinkUrl: "https://shop.myr.id/pl/credit" });
    expect(fake.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${SERVER_KEY}`,
      `Bearer ${SERVER_KEY}`,
    ]);
  });

  it.each([
    [{ allow: { createPaymentRequest: {} } }, /apiKey is required/],
    [{ apiKey: SERVER_KEY, allow: {} }, /allow must name at least one operation/],
    [
      { apiKey: SERVER_KEY, allow: { createPayment: {} } },
      /allow names "createPayment", which is not a Mayar operation/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: true } },
      /allow.createPaymentRequest must be a policy object/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, basePath: "api" },
      /basePath must be a path starting with "\/"/,
    ],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, environment: "dev" }, /environment must be/],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, baseUrl: "/relative" },
      /baseUrl must be an absolute/,
    ],
  ])("refuses bad options %#", (options, message) => {
    expect(() => createMayarProxy(options as unknown as MayarProxyOptions)).toThrow(MayarInputError);
    expect(() => createMayarProxy(options as unknown as MayarProxyOptions)).toThrow(message);
  });

  it("never puts the key in an options error", () => {
    let message = "";
    try {
      createMayarProxy({ apiKey: SERVER_KEY, allow: { nope: {} } } as unknown as MayarProxyOptions);
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('allow names "nope"');
    expect(message).not.toContain(SERVER_KEY);
  });
});
