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
    [{ apiKey: "k", timeoutMs: 0 }, /timeoutMs must be a positive number of milliseconds, got 0/],
    [{ apiKey: "k", timeoutMs: "30s" }, /timeoutMs must be a positive number/],
    [{ apiKey: "k", fetch: "nope" }, /fetch must be a function/],
    [{ apiKey: "k", maxRetries: 11 }, /maxRetries must be an integer from 0 to 10, got 11/],
    [{ apiKey: "k", maxRetries: -1 }, /maxRetries must be an integer from 0 to 10, got -1/],
    [{ apiKey: "k", maxRetries: 1.5 }, /maxRetries must be an integer from 0 to 10/],
    [{ apiKey: "k", maxRetries: "2" }, /maxRetries must be an integer from 0 to 10/],
    [{ apiKey: "k", headers: "x-team: a" }, /headers must be an object of HTTP header names and values/],
    [{ apiKey: "k", headers: { "bad name": "a" } }, /headers must be an object of HTTP header names/],
    [{ apiKey: "sk_live_ab\ncd" }, /apiKey must be printable Latin-1 text without outer spaces/],
  ])("%j is refused", (options, message) => {
    const error = attempt(options);
    expect(error).toBeInstanceOf(MayarInputError);
    expect(error.message).toMatch(/^createMayarClient: /);
    expect(error.message).toMatch(message);
  });

  it("accepts a relative baseUrl with no key (a browser talking to its own proxy)", () => {
    expect(createMayarClient({ baseUrl: "/api/mayar" }).baseUrl).toBe("/api/mayar");
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
    expect(createMayarClient({ apiKey: "k", dangerouslyAllowBrowser: true }).environment).toBe("production");
    expect(createMayarClient({ baseUrl: "/api/mayar" }).environment).toBe("custom");
  });

  it("allows it with dangerouslyAllowBrowser, and allows a keyless proxy client", () => {
    (globalThis as { window?: unknown }).window = {};
    expect(createMayarClient({ apiKey: "k", dangerouslyAllowBrowser: true }).environment).toBe("production");
    expect(createMayarClient({ baseUrl: "/api/mayar" }).environment).toBe("custom");
  });
});

describe("per-call options", () => {
  it("refuses a bad per-call timeoutMs before sending", async () => {
    let sent = 0;
    const mayar = createMayarClient({
      apiKey: "k",
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
