// createMayarProxy, step by step: route → size → content type → origin → parse → authorize → prepare →
// validate → forward → answer, each refusal a Mayar-shaped JSON answer and nothing forwarded. The upstream is
// a recording fake Mayar on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMayarClient, MayarInputError } from "../src/index";
import { createMayarProxy, type MayarProxyOptions } from "../src/server";
import { type FakeMayar, refusedUrl, startFakeMayar } from "./helpers/fake-mayar";
import { testProxy } from "./helpers/upstream";

const SERVER_KEY = "sk_live_server_only_987";
const ORIGIN = "http://shop.test";
const CREATE = "/api/mayar/hl/v2/payments/create";
let fake: FakeMayar;

beforeEach(async () => {
  fake = await startFakeMayar();
});
afterEach(() => fake.close());

const proxyFor = (options: Partial<MayarProxyOptions> = {}) => testProxy(fake.url, SERVER_KEY, options);

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, { headers });

const PAYMENT = { name: "Order 1", amount: 100_000 };

describe("forwarding", () => {
  it("forwards an allowed operation with the server's key and no browser header", async () => {
    const response = await proxyFor()(
      post(CREATE, PAYMENT, {
        authorization: "Bearer browser-forged",
        cookie: "session=abc",
        "x-forwarded-for": "10.0.0.1",
        "accept-language": "id",
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({
      data: { link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a" },
    });

    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/hl/v2/payments/create" });
    expect(request?.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    for (const name of ["cookie", "x-forwarded-for"]) expect(request?.headers[name]).toBeUndefined();
    expect(request?.headers["accept-language"]).not.toBe("id");
    expect(JSON.parse(request?.body ?? "")).toEqual(PAYMENT);
  });

  it("passes Mayar's error answers through with their status and body, never the key", async () => {
    fake.answer({ status: 401, json: { statusCode: 401, messages: `bad token ${SERVER_KEY}` } });
    const response = await proxyFor()(post(CREATE, PAYMENT));
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain(SERVER_KEY);
    expect(JSON.parse(text)).toEqual({ statusCode: 401, messages: "bad token [redacted]" });
  });

  it("answers the status Mayar meant when it reports a failure inside a 200", async () => {
    fake.answer({ status: 200, json: { statusCode: 400, messages: "failed", data: [{ field: "x" }] } });
    const response = await proxyFor()(post(CREATE, PAYMENT));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ messages: "failed" });
  });

  it("wraps a non-JSON error page from upstream in Mayar's shape", async () => {
    fake.answer({ status: 503, text: "<html>down</html>" });
    const response = await proxyFor()(post(CREATE, PAYMENT));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      statusCode: 503,
      messages: "Mayar answered HTTP 503 with a body that is not JSON.",
    });
  });

  it("answers 502 when Mayar cannot be reached and 504 when it does not answer in time", async () => {
    const errors: number[] = [];
    const unreachable = createMayarProxy({
      apiKey: SERVER_KEY,
      baseUrl: await refusedUrl(),
      allow: { createPaymentRequest: {} },
      onError: (_, { status }) => errors.push(status),
    });
    const refused = await unreachable(post("/hl/v2/payments/create", PAYMENT));
    expect(refused.status).toBe(502);
    expect(await refused.json()).toEqual({ statusCode: 502, messages: "Could not reach Mayar." });

    fake.answer("hang");
    const slow = proxyFor({ timeoutMs: 100, onError: (_, { status }) => errors.push(status) });
    expect((await slow(post(CREATE, PAYMENT))).status).toBe(504);
    expect(errors).toEqual([502, 504]);
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
});

describe("1. route", () => {
  it("answers JSON 404 for every path that is not an allowed operation, without calling Mayar", async () => {
    const proxy = proxyFor();
    const refused = [
      post("/api/mayar/credit/v1/credit/generate/immutable/checkout", {}), // a real operation, not allowed
      post("/api/mayar/hl/v1/balance", {}),
      post("/hl/v2/payments/create", PAYMENT), // outside basePath
      post("/api/mayar/hl/v2/payments/create/../../../hl/v2/balances", {}),
      post("/api/mayarx/hl/v2/payments/create", PAYMENT),
      post("/api/mayar/hl/v2/payments/create/", PAYMENT),
      post("/api/mayar", PAYMENT),
      post(`/api/mayar/${"x/".repeat(5000)}`, PAYMENT),
    ];
    for (const request of refused) {
      const response = await proxy(request);
      expect(response.status, `${request.method} ${request.url.slice(0, 80)}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.json();
      expect(body).toMatchObject({ statusCode: 404 });
      expect(body.messages.length).toBeLessThan(300);
    }
    expect(fake.requests).toEqual([]);
  });

  it("answers 405 with Allow for a known path and another method", async () => {
    const proxy = proxyFor();
    for (const method of ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]) {
      const response = await proxy(new Request(`${ORIGIN}${CREATE}`, { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
    }
    expect(fake.requests).toEqual([]);
  });

  it("prefers literal segments: /payments/create is never getPaymentRequest('create')", async () => {
    const proxy = proxyFor({ allow: { getPaymentRequest: {} } });
    // GET /hl/v2/payments/create is the create operation's path (not allowed): 405 would leak nothing, 404 is right.
    expect((await proxy(get("/api/mayar/hl/v2/payments/create"))).status).toBe(404);
    fake.answer({ status: 200, json: { statusCode: 200, messages: "success", data: { id: "p-1" } } });
    expect((await proxy(get("/api/mayar/hl/v2/payments/p-1"))).status).toBe(200);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /hl/v2/payments/p-1"]);
  });

  it("reads a path the way the upstream router does: percent-decoded segments, re-encoded parameters", async () => {
    const proxy = proxyFor({ allow: { getPaymentRequest: {}, createPaymentRequest: {} } });
    expect((await proxy(post("/api/mayar/hl/v2/payments/cre%61te", PAYMENT))).status).toBe(200);
    expect((await proxy(get("/api/mayar/hl/v2/payments/a%20b"))).status).toBeLessThan(500);
    const slash = await proxy(get("/api/mayar/hl/v2/payments/..%2Fbalances"));
    expect(slash.status).toBe(400);
    expect(await slash.json()).toMatchObject({ data: [{ field: "id", type: "path" }] });
    expect((await proxy(get("/api/mayar/hl/v2/payments/%E0%A4%A"))).status).toBe(404);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /hl/v2/payments/create",
      "GET /hl/v2/payments/a%20b",
    ]);
  });
});

describe("2. size and 3. content type", () => {
  it("refuses bodies over maxBodyBytes with 413, by declared length or by what arrives", async () => {
    const proxy = proxyFor({ maxBodyBytes: 10 });
    expect((await proxy(post(CREATE, PAYMENT))).status).toBe(413);
    const lying = post(CREATE, PAYMENT, { "content-length": "5" });
    expect((await proxy(lying)).status).toBe(413);
    expect(fake.requests).toEqual([]);
  });

  it.each([
    undefined,
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/json; charset=latin1",
    "application/jsonx",
  ])("answers 415 to a body sent as %s", async (type) => {
    const request = new Request(`${ORIGIN}${CREATE}`, {
      method: "POST",
      body: JSON.stringify(PAYMENT),
      headers: type ? { "content-type": type } : {},
    });
    if (!type) request.headers.delete("content-type");
    const response = await proxyFor()(request);
    expect(response.status).toBe(415);
    expect(fake.requests).toEqual([]);
  });

  it("takes application/json with a UTF-8 charset, any case", async () => {
    const response = await proxyFor()(
      post(CREATE, PAYMENT, { "content-type": "Application/JSON; charset=UTF-8" }),
    );
    expect(response.status).toBe(200);
  });

  it("does not ask a body-less operation for a content type, and sends it none", async () => {
    const proxy = proxyFor({ allow: { changePaymentRequestStatus: {} } });
    fake.answer({ status: 200, json: { statusCode: 200, messages: "success" } });
    const response = await proxy(
      new Request(`${ORIGIN}/api/mayar/hl/v2/payments/p-1/close`, { method: "POST" }),
    );
    expect(response.status).toBe(200);
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/hl/v2/payments/p-1/close", body: "" });
  });
});

describe("4. origin", () => {
  it("lets same-origin browsers and requests without Origin through by default, refuses others with 403", async () => {
    const proxy = proxyFor();
    expect((await proxy(post(CREATE, PAYMENT, { origin: ORIGIN }))).status).toBe(200);
    expect((await proxy(post(CREATE, PAYMENT))).status).toBe(200);
    for (const origin of ["https://evil.example", "null", "http://shop.test:8080", "https://shop.test"]) {
      const response = await proxy(post(CREATE, PAYMENT, { origin }));
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toMatchObject({ statusCode: 403 });
    }
    expect(fake.requests).toHaveLength(2);
  });

  it("lets the listed origins call cross-origin with CORS headers, and answers their preflight", async () => {
    const proxy = proxyFor({ origins: ["https://shop.example"] });
    const response = await proxy(post(CREATE, PAYMENT, { origin: "https://shop.example" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    // The proxy's own origin stays allowed: a page served beside it is never cross-site.
    expect((await proxy(post(CREATE, PAYMENT, { origin: ORIGIN }))).status).toBe(200);
    expect((await proxy(post(CREATE, PAYMENT, { origin: "https://evil.example" }))).status).toBe(403);

    const preflight = await proxy(
      new Request(`${ORIGIN}${CREATE}`, {
        method: "OPTIONS",
        headers: { origin: "https://shop.example", "access-control-request-method": "POST" },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type");
    const refused = await proxy(
      new Request(`${ORIGIN}${CREATE}`, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      }),
    );
    expect(refused.status).toBe(403);
    expect(fake.requests).toHaveLength(2);
  });

  it('lets any origin call with origins: "*"', async () => {
    const response = await proxyFor({ origins: "*" })(
      post(CREATE, PAYMENT, { origin: "https://any.example" }),
    );
    expect(response.status).toBe(200);
  });
});

describe("5. parse", () => {
  it.each([
    ["invalid JSON", "{name:"],
    ["an array", "[1,2]"],
    ["a string", '"x"'],
    ["null", "null"],
    ["empty", ""],
    ["33 levels", `${"[".repeat(33)}${"]".repeat(33)}`],
    ["100 000 levels", `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`],
  ])("answers 400 to %s", async (_, body) => {
    const response = await proxyFor({ maxBodyBytes: 1024 * 1024 })(post(CREATE, body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: 400 });
    expect(fake.requests).toEqual([]);
  });

  it("answers 400 to bytes that are not UTF-8", async () => {
    const request = new Request(`${ORIGIN}${CREATE}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect((await proxyFor()(request)).status).toBe(400);
  });

  it("takes 32 levels (within the rules' reach, extraData may nest)", async () => {
    const deep = { ...PAYMENT, extraData: JSON.parse(`${'{"a":'.repeat(30)}1${"}".repeat(30)}`) };
    expect((await proxyFor()(post(CREATE, deep))).status).toBe(200);
  });
});

describe("6. authorize and 7. prepare", () => {
  it("forwards only when authorize returns true", async () => {
    const seen: unknown[] = [];
    const results: unknown[] = [true, false, undefined, "yes", 1];
    const proxy = proxyFor({
      allow: {
        createPaymentRequest: {
          authorize: (request, context) => {
            seen.push([request.headers.get("cookie"), context.operationId]);
            return results.shift() as boolean;
          },
        },
      },
    });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await proxy(post(CREATE, PAYMENT, { cookie: "s=1" }))).status);
    expect(statuses).toEqual([200, 403, 403, 403, 403]);
    expect(seen[0]).toEqual(["s=1", "createPaymentRequest"]);
    expect(fake.requests).toHaveLength(1);
  });

  it.each(["authorize", "prepare"] as const)(
    "answers a generic 500 when %s throws, and leaks nothing",
    async (hook) => {
      const errors: unknown[] = [];
      const proxy = proxyFor({
        allow: {
          createPaymentRequest: {
            [hook]: () => {
              throw new Error(`db password hunter2 ${SERVER_KEY}`);
            },
          },
        },
        onError: (error, context) => errors.push([String(error), context]),
      });
      const response = await proxy(post(CREATE, PAYMENT));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain("hunter2");
      expect(text).not.toContain(SERVER_KEY);
      expect(JSON.parse(text)).toEqual({
        statusCode: 500,
        messages: "The proxy could not handle this request.",
      });
      expect(errors).toEqual([
        [
          expect.stringContaining("hunter2"),
          { status: 500, operationId: "createPaymentRequest", stage: hook },
        ],
      ]);
      expect(fake.requests).toEqual([]);
    },
  );

  it("sends exactly what prepare returns, and gives it the request and the parsed body", async () => {
    const proxy = proxyFor({
      allow: {
        createPaymentRequest: {
          prepare: (body, { request }) => ({
            name: String(body.name),
            amount: 50_000,
            email: request.headers.get("x-user-email") ?? undefined,
          }),
        },
      },
    });
    const response = await proxy(
      post(CREATE, { ...PAYMENT, amount: 1, admin: true }, { "x-user-email": "a@b.co" }),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(fake.requests[0]?.body ?? "")).toEqual({
      name: "Order 1",
      amount: 50_000,
      email: "a@b.co",
    });
  });

  it("answers 500 when prepare returns something that is not a body object", async () => {
    for (const value of [undefined, null, [1], "x"]) {
      const proxy = proxyFor({ allow: { createPaymentRequest: { prepare: () => value as never } } });
      expect((await proxy(post(CREATE, PAYMENT))).status).toBe(500);
    }
    expect(fake.requests).toEqual([]);
  });

  it("answers a MayarInputError thrown by prepare as a 400 refusal in Mayar's shape, forwarding nothing", async () => {
    const errors: number[] = [];
    const field = {
      field: "extraData.productId",
      type: "catalogue",
      message: "extraData.productId is not for sale",
    };
    const proxy = proxyFor({
      onError: (_, { status }) => errors.push(status),
      allow: {
        createPaymentRequest: {
          prepare: () => {
            throw new MayarInputError("extraData.productId is not for sale.", [field]);
          },
        },
      },
    });
    const response = await proxy(post(CREATE, PAYMENT));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      statusCode: 400,
      messages: "extraData.productId is not for sale.",
      data: [field],
    });
    expect(errors).toEqual([]);
    expect(fake.requests).toEqual([]);
  });
});

describe("8. validate", () => {
  it("answers 400 with Mayar's field list for a body that breaks the rules", async () => {
    const response = await proxyFor()(post(CREATE, { name: "", amount: 0.5, email: "nope" }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.statusCode).toBe(400);
    expect(body.messages).toContain("createPaymentRequest:");
    expect(body.data).toEqual(
      expect.arrayContaining([
        { field: "name", type: "minLength", message: "name must not be empty" },
        expect.objectContaining({ field: "amount", type: "type" }),
        expect.objectContaining({ field: "email", type: "format" }),
      ]),
    );
    expect(fake.requests).toEqual([]);
  });

  it("checks what prepare returns, not what the browser sent", async () => {
    const proxy = proxyFor({
      allow: { createPaymentRequest: { prepare: (body) => ({ ...body, amount: -1 }) } },
    });
    const response = await proxy(post(CREATE, PAYMENT));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ data: [{ field: "amount" }] });
    expect(fake.requests).toEqual([]);
  });

  it("forwards only the declared query parameters, checked and normalised", async () => {
    const proxy = proxyFor({ allow: { listTransactions: {}, getBalance: {} } });
    fake.answer(
      { status: 200, json: { statusCode: 200, messages: "success", data: [] } },
      { status: 200, json: { statusCode: 200, messages: "success", data: {} } },
    );
    expect(
      (await proxy(get("/api/mayar/hl/v2/transactions?limit=010&status=paid&apiKey=x&limit=2"))).status,
    ).toBe(200);
    expect((await proxy(get("/api/mayar/hl/v2/transactions?limit=500"))).status).toBe(400);
    expect((await proxy(get("/api/mayar/hl/v2/transactions?status=weird"))).status).toBe(400);
    expect((await proxy(get("/api/mayar/hl/v2/balances?limit=1&x=2"))).status).toBe(200);
    expect(fake.requests.map((r) => r.path)).toEqual([
      "/hl/v2/transactions?status=paid&limit=10",
      "/hl/v2/balances",
    ]);
  });

  it("refuses an update whose body id differs from the path's, so authorize never checks the wrong id", async () => {
    const proxy = proxyFor({ allow: { updatePaymentRequest: {} } });
    const update = { id: "other", amount: 1000 };
    const response = await proxy(post("/api/mayar/hl/v2/payments/mine/update", update));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ data: [{ field: "id", type: "path" }] });
    fake.answer({
      status: 200,
      json: { statusCode: 200, messages: "success", data: { id: "mine", link: "l" } },
    });
    expect(
      (await proxy(post("/api/mayar/hl/v2/payments/mine/update", { ...update, id: "mine" }))).status,
    ).toBe(200);
    expect(fake.requests.map((r) => r.path)).toEqual(["/hl/v2/payments/mine/update"]);
  });
});

describe("options", () => {
  it.each([
    [{ allow: { createPaymentRequest: {} } }, /apiKey must be a non-empty string/],
    [{ apiKey: "sk\r\nx", allow: { createPaymentRequest: {} } }, /apiKey must be printable Latin-1/],
    [{ apiKey: SERVER_KEY, allow: {} }, /allow must name at least one operation/],
    [
      { apiKey: SERVER_KEY, allow: { createPayment: {} } },
      /allow names "createPayment", which is not a Mayar operation/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: true } },
      /allow.createPaymentRequest must be a policy object/,
    ],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: { authorise: () => true } } }, /has "authorise"/],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: { prepare: 1 } } }, /prepare must be a function/],
    [{ apiKey: SERVER_KEY, allow: { getBalance: { prepare: (b: unknown) => b } } }, /takes no JSON body/],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, basePath: "api" }, /basePath must be a path/],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, environment: "dev" }, /environment must be/],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, baseUrl: "/relative" },
      /baseUrl must be an absolute/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, origins: "https://shop.example" },
      /origins must/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, origins: [] },
      /origins must be a non-empty array/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, origins: ["https://shop.example/"] },
      /write "https:\/\/shop.example"/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, origins: ["shop.example"] },
      /origins must list/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, maxBodyBytes: 1500.5 },
      /maxBodyBytes must be/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, maxBodyBytes: Infinity },
      /maxBodyBytes must be/,
    ],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, maxResponseBytes: 0 },
      /maxResponseBytes must be/,
    ],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, timeoutMs: 2 ** 31 }, /timeoutMs must be/],
    [{ apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, fetch: "fetch" }, /fetch must be a function/],
    [
      { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} }, onError: true },
      /onError must be a function/,
    ],
  ])("refuses bad options %#", (options, message) => {
    // Each case is otherwise valid: the environment is given, so only the named mistake is refused.
    const given = { environment: "sandbox", ...options } as unknown as MayarProxyOptions;
    expect(() => createMayarProxy(given)).toThrow(MayarInputError);
    expect(() => createMayarProxy(given)).toThrow(message);
  });

  it("requires environment (or baseUrl), as the client does: it never guesses production", () => {
    const options = { apiKey: SERVER_KEY, allow: { createPaymentRequest: {} } } as MayarProxyOptions;
    expect(() => createMayarProxy(options)).toThrow(MayarInputError);
    expect(() => createMayarProxy(options)).toThrow(
      'createMayarProxy: environment is required: "sandbox" for a key from web.mayar.club, "production" from web.mayar.id (a key does not say which), or baseUrl for a mock.',
    );
    expect(() => createMayarProxy({ ...options, environment: "production" })).not.toThrow();
    expect(() => createMayarProxy({ ...options, baseUrl: "http://127.0.0.1:4010" })).not.toThrow();
  });

  it("forwards to the environment it names", async () => {
    const seen: string[] = [];
    for (const environment of ["sandbox", "production"] as const) {
      const proxy = createMayarProxy({
        apiKey: SERVER_KEY,
        environment,
        allow: { getBalance: {} },
        fetch: async (request) => {
          seen.push(new URL(request.url).origin);
          return Response.json({ statusCode: 200, messages: "success", data: { balance: 1 } });
        },
      });
      expect((await proxy(new Request("https://shop.example/hl/v2/balances"))).status).toBe(200);
    }
    expect(seen).toEqual(["https://api.mayar.club", "https://api.mayar.id"]);
  });

  it("never puts the key in an options error", () => {
    const messages: string[] = [];
    for (const options of [
      { apiKey: SERVER_KEY, allow: { nope: {} } },
      { apiKey: `${SERVER_KEY}\n`, allow: { createPaymentRequest: {} } },
      { apiKey: "sk_ünï\u0100code", allow: { createPaymentRequest: {} } },
      { apiKey: SERVER_KEY, baseUrl: `ftp://${SERVER_KEY}`, allow: { createPaymentRequest: {} } },
    ]) {
      try {
        createMayarProxy(options as unknown as MayarProxyOptions);
      } catch (error) {
        messages.push(String(error));
      }
    }
    expect(messages).toHaveLength(4);
    for (const message of messages) {
      expect(message).not.toContain(SERVER_KEY);
      expect(message).not.toContain("ünï");
    }
  });

  it("takes the demo's allow-list of empty policies", () => {
    expect(() =>
      createMayarProxy({
        apiKey: SERVER_KEY,
        environment: "sandbox",
        allow: { createPaymentRequest: {}, generateImmutableCheckoutLink: {} },
      }),
    ).not.toThrow();
  });
});
