// Defects a security probe found in key handling, one test each: redaction must hold for any key, a key
// that cannot travel in a header is refused without being quoted, a network error's cause is scrubbed,
// and mayar.api's results are redacted like the methods'.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiKeyProblem } from "../src/client/options";
import { createRedactor } from "../src/errors/redact";
import {
  createMayarClient,
  MayarApiError,
  MayarError,
  MayarInputError,
  MayarNetworkError,
} from "../src/index";
import { type FaultServer, startFaultServer } from "./helpers/fault-server";

let server: FaultServer;
beforeEach(async () => {
  server = await startFaultServer();
});
afterEach(() => server.close());

const views = (value: unknown) => [
  String(value),
  (value as Error).message ?? "",
  (value as Error).stack ?? "",
  JSON.stringify(value) ?? "",
  inspect(value, { depth: 20, showHidden: true }),
];
const expectNoKey = (value: unknown, key: string) => {
  for (const view of views(value)) expect(view).not.toContain(key);
};

/** Mayar (or a hostile host) echoing the key back in an error answer: message, field list, a header. */
const echo = (key: string) => ({
  status: 401,
  json: { statusCode: 401, messages: `Invalid token ${key}`, data: [{ field: "auth", message: key }] },
  headers: { "x-echo": key },
});
const create = (key: string) =>
  createMayarClient({ apiKey: key, baseUrl: server.url })
    .paymentRequests.create({ name: "x", amount: 1 })
    .catch((e: unknown) => e);

describe("redaction holds for any key", () => {
  it.each([
    ["a double quote", 'sk_live_"quoted"_key'],
    ["a backslash", "sk_live_back\\slash\\key"],
    ["regex metacharacters", "sk_live_.*+?^$()|[]{2}_key"],
    ["JSON syntax", 'sk_live_{"a":[1,2]}_key'],
    ["Latin-1 letters", "sk_live_ÄÖÜß_key"],
  ])("a key with %s", async (_, key) => {
    server.script(echo(key));
    const error = await create(key);
    expect(error).toBeInstanceOf(MayarApiError);
    expect(error).toMatchObject({
      kind: "unauthorized",
      message: "Invalid token [redacted]",
      body: {
        statusCode: 401,
        messages: "Invalid token [redacted]",
        data: [{ field: "auth", message: "[redacted]" }],
      },
      fields: [{ field: "auth", message: "[redacted]" }],
      headers: { "x-echo": "[redacted]" },
    });
    expectNoKey(error, key);
  });

  it.each(['"', "\\", ":", "{", "."])("a one-character key %j: no crash, JSON keys intact", async (key) => {
    server.script(echo(key));
    const error = await create(key);
    expect(error).toBeInstanceOf(MayarApiError);
    expect((error as MayarApiError).body).toEqual({
      statusCode: 401,
      messages: "Invalid token [redacted]",
      data: [{ field: "auth", message: "[redacted]" }],
    });
    expect((error as MayarApiError).headers["x-echo"]).toBe("[redacted]");
  });

  it("a success answer echoing the key, in a `__proto__` member too", async () => {
    const key = "sk_live_proto_0123456789";
    server.script({
      status: 200,
      text: `{"statusCode":200,"messages":"success","data":{"id":"${key}","transactionId":"t","link":"l","__proto__":"${key}"}}`,
    });
    const mayar = createMayarClient({ apiKey: key, baseUrl: server.url });
    const result = await mayar.paymentRequests.create({ name: "x", amount: 1 });
    expect(result.id).toBe("[redacted]");
    expect(Object.getOwnPropertyDescriptor(result, "__proto__")?.value).toBe("[redacted]");
    expectNoKey(result, key);
  });
});

describe("a success answer is copied only when its text could hold the key, and then redacted", () => {
  // The transport skips the copy when one search of the raw text finds no key: the key spelled with JSON
  // escapes (which a plain search of the text would miss) must still be found and redacted.
  it.each([
    ["verbatim", "sk_live_echo_0123456789", (key: string) => key],
    ["with \\u escapes", "sk_live_echo_0123456789", (key: string) => key.replace("_", "\\u005f")],
    ["with an escaped slash", "sk_live/echo/0123456789", (key: string) => key.replaceAll("/", "\\/")],
    ["with an escaped quote", 'sk_live"echo"0123456789', (key: string) => key.replaceAll('"', '\\"')],
  ])("a list page echoing the key %s", async (_, key, spell) => {
    server.script({
      status: 200,
      text: `{"statusCode":200,"messages":"success","hasMore":false,"data":[{"id":"a","note":"token ${spell(key)}"}]}`,
    });
    const mayar = createMayarClient({ apiKey: key, baseUrl: server.url });
    const page = await mayar.paymentRequests.list();
    expect(page.data).toEqual([{ id: "a", note: "token [redacted]" }]);
    expectNoKey(page, key);
  });

  it("an answer without the key comes back whole", async () => {
    const key = "sk_live_echo_0123456789";
    const data = [{ id: "a", note: 'a \\ b "c" \u00e9', link: "https://x.test/a" }];
    server.script({ status: 200, json: { statusCode: 200, messages: "success", hasMore: false, data } });
    const page = await createMayarClient({ apiKey: key, baseUrl: server.url }).paymentRequests.list();
    expect(page.data).toEqual(data);
  });

  it("couldHold answers no only when no JSON spelling of the key can be in the text", () => {
    const redact = createRedactor("sk_live_abc");
    expect(redact.couldHold('{"a":"sk_live_abc"}')).toBe(true);
    expect(redact.couldHold('{"a":"sk\\u005flive_abc"}')).toBe(true);
    expect(redact.couldHold('{"a":"line\\nbreak"}')).toBe(false);
    expect(redact.couldHold('{"a":"clean"}')).toBe(false);
    expect(createRedactor("a/b").couldHold('{"a":"a\\/b"}')).toBe(true);
    expect(createRedactor(undefined).couldHold("anything")).toBe(false);
  });
});

describe("createRedactor", () => {
  const redact = createRedactor('k"\\y');

  it("redacts string values at any depth and leaves everything else alone, member names of Mayar's data too", () => {
    const clean = { a: [1, true, null, { b: "fine" }] };
    expect(redact(clean)).toEqual(clean);
    // What a fetch threw has nothing to say its member names are safe: they are redacted too.
    expect(redact({ 'k"\\y': "x" }, true)).toEqual({ "[redacted]": "x" });
    expect(redact({ 'k"\\y': 'x k"\\y', list: ['k"\\y'] })).toEqual({
      'k"\\y': "x [redacted]",
      list: ["[redacted]"],
    });
    expect(redact('k"\\yk"\\y')).toBe("[redacted][redacted]");
  });

  it("never throws: cycles, throwing getters and absurd nesting become [redacted]", () => {
    const cyclic: Record<string, unknown> = { a: 'k"\\y' };
    cyclic.self = cyclic;
    expect(() => redact(cyclic)).not.toThrow();
    const hostile = Object.defineProperty({}, "boom", {
      enumerable: true,
      get() {
        throw new Error('k"\\y');
      },
    });
    expect(redact(hostile)).toBe("[redacted]");
    let deep: unknown = 'k"\\y';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(JSON.stringify(redact(deep))).not.toContain('k"\\y');
  });

  it("is the identity when there is no key", () => {
    const value = { a: "anything" };
    expect(createRedactor(undefined)(value)).toBe(value);
  });
});

describe("a key that cannot travel in an HTTP header is refused, unquoted", () => {
  it.each([
    ["a line feed", "sk_live_abc\ndef"],
    ["a carriage return", "sk_live_abc\rdef"],
    ["NUL", "sk_live_abc\0def"],
    ["a tab", "sk_live_abc\tdef"],
    ["a non-Latin-1 character", "sk_live_abc€def"],
    ["an emoji", "sk_live_abc😀def"],
    ["a trailing line break", "sk_live_abcdef\n"],
    ["a leading space", " sk_live_abcdef"],
  ])("%s", (_, key) => {
    let error: unknown;
    try {
      createMayarClient({ apiKey: key, baseUrl: server.url });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MayarInputError);
    expect((error as Error).message).toMatch(/^createMayarClient: apiKey /);
    expectNoKey(error, key);
    expectNoKey(error, key.trim().slice(8, 14));
    expect(apiKeyProblem(key)).toMatch(/^apiKey /);
    expect(server.arrivals).toEqual([]);
  });

  it("apiKeyProblem accepts any printable Latin-1 key and refuses a non-string or blank one", () => {
    for (const key of ["sk_live_abc", 'a"b\\c', "Ä ß ÿ"]) expect(apiKeyProblem(key)).toBe("");
    for (const key of [undefined, 42, "", "   "])
      expect(apiKeyProblem(key)).toBe("apiKey must be a non-empty string");
  });
});

describe("a network error's cause is scrubbed", () => {
  const key = "sk_live_cause_0123456789";
  const clientWith = (fetch: () => Promise<Response>) =>
    createMayarClient({ apiKey: key, baseUrl: server.url, fetch });

  it("when fetch throws an Error whose message, cause and own properties hold the key", async () => {
    const thrown = Object.assign(
      new TypeError(`fetch failed for Bearer ${key}`, {
        cause: Object.assign(new Error(`connect refused, token=${key}`), {
          code: "ECONNREFUSED",
          token: key,
        }),
      }),
      { config: { headers: { Authorization: `Bearer ${key}` } }, code: "ERR_X" },
    );
    const error = await clientWith(async () => {
      throw thrown;
    })
      .paymentRequests.create({ name: "x", amount: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarNetworkError);
    expect((error as Error).message).toContain("connect refused, token=[redacted]");
    expectNoKey(error, key);
    const cause = (error as Error).cause as Error & { code?: string; cause?: Error & { code?: string } };
    expectNoKey(cause, key);
    expect(cause).toMatchObject({
      name: "TypeError",
      message: "fetch failed for Bearer [redacted]",
      code: "ERR_X",
    });
    expect(cause.cause).toMatchObject({ message: "connect refused, token=[redacted]", code: "ECONNREFUSED" });
  });

  it("when fetch throws something that is not an Error", async () => {
    for (const thrown of [`Bearer ${key}`, { reason: key }, Object.create(null)]) {
      const error = await clientWith(async () => {
        throw thrown;
      })
        .paymentRequests.create({ name: "x", amount: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MayarNetworkError);
      expectNoKey(error, key);
    }
  });
});

describe("a cause that is not an Error cannot carry the key out", () => {
  const key = "sk_live_hostile_cause_0123456789";
  const clientWith = (fetch: () => Promise<Response>) =>
    createMayarClient({ apiKey: key, baseUrl: server.url, fetch });
  /** Every way the error, and each cause down its chain, turns into text. */
  const everyView = (error: unknown) => {
    const texts: string[] = [];
    for (let level = error, depth = 0; level != null && depth < 10; depth++) {
      for (const view of [
        () => String(level),
        () => JSON.stringify(level) ?? "",
        () => inspect(level, { depth: 20, showHidden: true }),
        () => String((level as Error).message),
        () => String((level as Error).stack),
        () => String((level as { toString?: () => unknown }).toString?.()),
      ]) {
        try {
          texts.push(view());
        } catch {}
      }
      level = (level as { cause?: unknown }).cause;
    }
    return texts;
  };
  // Methods and names that print the key when asked, as own members (a copy keeps those) and inherited.
  const ownHostile = () => ({
    toString: () => `Bearer ${key}`,
    toJSON: () => ({ authorization: `Bearer ${key}` }),
    valueOf: () => key,
    [Symbol.toPrimitive]: () => key,
    [inspect.custom]: () => `Bearer ${key}`,
    get header() {
      return `Bearer ${key}`;
    },
    [`Bearer ${key}`]: true,
    named: Object.defineProperty(() => {}, "name", { value: key }),
    nested: { deeper: { toJSON: () => key, toString: () => key } },
  });
  class Hostile {
    toString() {
      return `Bearer ${key}`;
    }
    toJSON() {
      return key;
    }
    [inspect.custom]() {
      return key;
    }
  }

  it.each([
    [
      "as an Error's cause, with own hostile members",
      () => new TypeError("fetch failed", { cause: ownHostile() }),
    ],
    ["thrown itself, with own hostile members", ownHostile],
    [
      "as an Error's cause, a class with hostile methods",
      () => new TypeError("fetch failed", { cause: new Hostile() }),
    ],
    ["thrown itself, a class with hostile methods", () => new Hostile()],
    ["a function named after the key", () => Object.defineProperty(() => {}, "name", { value: key })],
    [
      "an Error whose code and extra members are hostile",
      () => Object.assign(new Error("x"), { code: ownHostile(), extra: new Hostile() }),
    ],
  ])("%s", async (_, make) => {
    const error = await clientWith(async () => {
      throw make();
    })
      .paymentRequests.create({ name: "x", amount: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarNetworkError);
    for (const text of everyView(error)) expect(text).not.toContain(key);
  });
});

describe("mayar.api results are redacted like the methods'", () => {
  const key = "sk_live_api_0123456789";

  it("success and error bodies, and headers", async () => {
    const mayar = createMayarClient({ apiKey: key, baseUrl: server.url });
    server.script(
      {
        status: 200,
        json: { statusCode: 200, messages: "success", data: { id: key, transactionId: "t", link: "l" } },
        headers: { "x-echo": key },
      },
      echo(key),
    );
    const ok = await mayar.api.POST("/hl/v2/payments/create", { body: { name: "x", amount: 1 } });
    expect(ok.data?.data.id).toBe("[redacted]");
    expect(ok.response.headers.get("x-echo")).toBe("[redacted]");
    const failed = await mayar.api.POST("/hl/v2/payments/create", { body: { name: "x", amount: 1 } });
    expect(failed.response.status).toBe(401);
    expect(failed.error).toEqual({
      statusCode: 401,
      messages: "Invalid token [redacted]",
      data: [{ field: "auth", message: "[redacted]" }],
    });
    expect(failed.response.headers.get("x-echo")).toBe("[redacted]");
    expect(server.arrivals.map((a) => a.headers.authorization)).toEqual([`Bearer ${key}`, `Bearer ${key}`]);
  });

  it("an answer with no body stays empty", async () => {
    const mayar = createMayarClient({ apiKey: key, baseUrl: server.url });
    server.script({ status: 204 });
    const { data, response } = await mayar.api.GET("/hl/v2/transactions/daily");
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

it("errors stay MayarErrors (sanity)", () => {
  expect(new MayarNetworkError("x")).toBeInstanceOf(MayarError);
});
