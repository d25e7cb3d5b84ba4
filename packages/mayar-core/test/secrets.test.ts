// The API key must never leak through an error: message, toString(), JSON, inspect, cause, body.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMayarClient, MayarError } from "../src/index";
import { type FakeMayar, refusedUrl, startFakeMayar } from "./helpers/fake-mayar";

const API_KEY = "sk_live_SECRET_do_not_leak_42";
let fake: FakeMayar;

beforeEach(async () => {
  fake = await startFakeMayar();
});
afterEach(() => fake.close());

function expectNoKey(error: unknown) {
  expect(error).toBeInstanceOf(MayarError);
  const views = [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
  ];
  for (const view of views) expect(view).not.toContain(API_KEY);
}

describe("no error ever contains the API key", () => {
  it("even when Mayar echoes the key in its error body and message", async () => {
    fake.answer({
      status: 401,
      json: {
        statusCode: 401,
        messages: `Invalid token ${API_KEY}`,
        data: [{ field: "auth", message: API_KEY }],
      },
    });
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    const error = await mayar.paymentRequests.create({ name: "x", amount: 1 }).catch((e: unknown) => e);
    expectNoKey(error);
    expect((error as Error).message).toBe("Invalid token [redacted]");
  });

  it("on an HTML error page echoing the key", async () => {
    fake.answer({ status: 502, text: `<pre>Authorization: Bearer ${API_KEY}</pre>` });
    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    expectNoKey(await mayar.paymentRequests.create({ name: "x", amount: 1 }).catch((e: unknown) => e));
  });

  it("on network errors, timeouts and input errors", async () => {
    const refused = createMayarClient({ apiKey: API_KEY, baseUrl: await refusedUrl() });
    expectNoKey(await refused.paymentRequests.create({ name: "x", amount: 1 }).catch((e: unknown) => e));

    fake.answer("hang");
    const slow = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url, timeoutMs: 50 });
    expectNoKey(await slow.paymentRequests.create({ name: "x", amount: 1 }).catch((e: unknown) => e));

    const mayar = createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
    // A wrong type carrying the key: the input error must not quote the value.
    const body = { name: API_KEY, amount: API_KEY } as never;
    expectNoKey(await mayar.paymentRequests.create(body).catch((e: unknown) => e));
  });

  it("the client object does not expose the key", () => {
    const mayar = createMayarClient({ apiKey: API_KEY, environment: "production" });
    expect(inspect(mayar, { depth: 10, showHidden: true })).not.toContain(API_KEY);
    expect(JSON.stringify({ ...mayar, api: undefined })).not.toContain(API_KEY);
  });
});
