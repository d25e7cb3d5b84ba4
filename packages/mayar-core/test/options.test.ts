// createMayarClient refuses bad options before any request, with a message that names the fix.
import { afterEach, describe, expect, it } from "vitest";
import { createMayarClient, MayarInputError } from "../src/index";

const attempt = (options: unknown) => {
  try {
    createMayarClient(options as Parameters<typeof createMayarClient>[0]);
  } catch (error) {
    return error as Error;
  }
  throw new Error("createMayarClient accepted the options");
};

describe("createMayarClient options", () => {
  it.each([
    [undefined, /pass \{ apiKey \} on a server, or \{ baseUrl \}/],
    ["sk_key", /pass \{ apiKey \} on a server/],
    [{}, /pass \{ apiKey \} on a server, or \{ baseUrl \} of your createMayarProxy/],
    [{ apiKey: "" }, /apiKey must be a non-empty string/],
    [{ apiKey: 42 }, /apiKey must be a non-empty string/],
    [{ apiKey: "k", environment: "staging" }, /environment must be "production" or "sandbox", got "staging"/],
    [
      { apiKey: "k", baseUrl: "api.mayar.id" },
      /baseUrl must be an http\(s\) URL or a path like "\/api\/mayar"/,
    ],
    [
      { apiKey: "k", environment: "sandbox", timeoutMs: 0 },
      /timeoutMs must be a positive number of milliseconds, got 0/,
    ],
    [{ apiKey: "k", environment: "sandbox", timeoutMs: "30s" }, /timeoutMs must be a positive number/],
    [{ apiKey: "k", environment: "sandbox", fetch: "nope" }, /fetch must be a function/],
    [
      { apiKey: "k", environment: "sandbox", maxRetries: 11 },
      /maxRetries must be an integer from 0 to 10, got 11/,
    ],
    [
      { apiKey: "k", environment: "sandbox", maxRetries: -1 },
      /maxRetries must be an integer from 0 to 10, got -1/,
    ],
    [{ apiKey: "k", environment: "sandbox", maxRetries: 1.5 }, /maxRetries must be an integer from 0 to 10/],
    [{ apiKey: "k", environment: "sandbox", maxRetries: "2" }, /maxRetries must be an integer from 0 to 10/],
    [
      { apiKey: "k", environment: "sandbox", headers: "x-team: a" },
      /headers must be an object of HTTP header names and values/,
    ],
    [
      { apiKey: "k", environment: "sandbox", headers: { "bad name": "a" } },
      /headers must be an object of HTTP header names/,
    ],
    [{ apiKey: "sk_live_ab\ncd" }, /apiKey must be printable Latin-1 text without outer spaces/],
    // A key does not say whether it is a sandbox or a production key: the SDK never guesses production.
    [
      { apiKey: "k" },
      /environment is required: "sandbox" for a key from web.mayar.club, "production" from web.mayar.id/,
    ],
    [{ apiKey: "k", environment: undefined }, /environment is required/],
    [{ apiKey: "k", environment: "toString" }, /environment must be "production" or "sandbox"/],
  ])("%j is refused", (options, message) => {
    const error = attempt(options);
    expect(error).toBeInstanceOf(MayarInputError);
    expect(error.message).toMatch(/^createMayarClient: /);
    expect(error.message).toMatch(message);
  });

  it("accepts a relative baseUrl with no key (a browser talking to its own proxy)", () => {
    expect(createMayarClient({ baseUrl: "/api/mayar" }).baseUrl).toBe("/api/mayar");
  });

  it("goes where environment says, and needs no environment with a baseUrl", () => {
    const sandbox = createMayarClient({ apiKey: "k", environment: "sandbox" });
    expect([sandbox.environment, sandbox.baseUrl]).toEqual(["sandbox", "https://api.mayar.club"]);
    const production = createMayarClient({ apiKey: "k", environment: "production" });
    expect([production.environment, production.baseUrl]).toEqual(["production", "https://api.mayar.id"]);
    const mock = createMayarClient({ apiKey: "k", baseUrl: "http://127.0.0.1:1" });
    expect(mock.environment).toBe("custom");
  });
});

describe("in a browser", () => {
  const globals = globalThis as { window?: unknown; WorkerGlobalScope?: unknown };
  afterEach(() => {
    delete globals.window;
    delete globals.WorkerGlobalScope;
  });

  it("refuses an apiKey in a Web Worker too: a worker's code is as public as a page's", () => {
    globals.WorkerGlobalScope = class {};
    const error = attempt({ apiKey: "sk_live_worker_secret" });
    expect(error).toBeInstanceOf(MayarInputError);
    expect(error.message).toContain("an apiKey in a browser is public");
    expect(error.message).not.toContain("sk_live_worker_secret");
    expect(
      createMayarClient({ apiKey: "k", environment: "production", dangerouslyAllowBrowser: true })
        .environment,
    ).toBe("production");
    expect(createMayarClient({ baseUrl: "/api/mayar" }).environment).toBe("custom");
  });

  it("allows it with dangerouslyAllowBrowser, and allows a keyless proxy client", () => {
    (globalThis as { window?: unknown }).window = {};
    expect(
      createMayarClient({ apiKey: "k", environment: "production", dangerouslyAllowBrowser: true })
        .environment,
    ).toBe("production");
    expect(createMayarClient({ baseUrl: "/api/mayar" }).environment).toBe("custom");
  });
});

describe("per-call options", () => {
  it("refuses a bad per-call timeoutMs before sending", async () => {
    let sent = 0;
    const mayar = createMayarClient({
      apiKey: "k",
      environment: "production",
      fetch: async () => {
        sent++;
        return new Response("{}");
      },
    });
    const create = (options: object) => mayar.paymentRequests.create({ name: "x", amount: 1 }, options);
    await expect(create({ timeoutMs: -5 })).rejects.toThrow(
      "POST https://api.mayar.id/hl/v2/payments/create: timeoutMs must be a positive number of milliseconds, got -5.",
    );
    await expect(create({ maxRetries: 11 })).rejects.toThrow(
      "maxRetries must be an integer from 0 to 10, got 11",
    );
    await expect(create({ maxRetries: 1.5 })).rejects.toThrow(MayarInputError);
    await expect(create({ signal: "stop" })).rejects.toThrow("signal must be an AbortSignal");
    await expect(create({ headers: { "bad name": "x" } })).rejects.toThrow(
      /headers must be an object of HTTP/,
    );
    expect(sent).toBe(0);
  });
});
