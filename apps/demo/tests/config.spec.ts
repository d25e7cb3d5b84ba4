// Configuration: readConfig's rules, and how `node server/main.js` reports a bad one.
import { expect, test } from "@playwright/test";
import { ConfigError, originFor, readConfig } from "../server/config.js";
import { runDemoToExit } from "./support/processes";

test.describe("config", () => {
  test("no configuration means mock mode on 127.0.0.1:3000", () => {
    expect(readConfig({})).toEqual({
      mode: "mock",
      apiKey: undefined,
      baseUrl: undefined,
      port: 3000,
      host: "127.0.0.1",
      publicOrigin: undefined,
      webhookToken: undefined,
      creditProductId: "demo-credit-pack",
      createsPerClient: 10,
      maxOrders: 10_000,
      notes: [],
    });
  });

  test("empty values count as unset", () => {
    const config = readConfig({ PORT: "", HOST: " ", MAYAR_API_KEY: "", MAYAR_ENVIRONMENT: "" });
    expect(config).toMatchObject({ mode: "mock", port: 3000, host: "127.0.0.1" });
  });

  test("a key selects sandbox unless MAYAR_ENVIRONMENT says production", () => {
    expect(readConfig({ MAYAR_API_KEY: "k1" })).toMatchObject({ mode: "sandbox", apiKey: "k1" });
    expect(readConfig({ MAYAR_API_KEY: "k1", MAYAR_ENVIRONMENT: "production" })).toMatchObject({
      mode: "production",
    });
    expect(readConfig({ MAYAR_API_KEY: "k1", MAYAR_BASE_URL: "http://127.0.0.1:9/" })).toMatchObject({
      baseUrl: "http://127.0.0.1:9/",
    });
  });

  test("settings that need a key are noted, not silently dropped", () => {
    const config = readConfig({ MAYAR_ENVIRONMENT: "production", MAYAR_BASE_URL: "http://x.test" });
    expect(config.mode).toBe("mock");
    expect(config.baseUrl).toBeUndefined();
    expect(config.notes.join("\n")).toMatch(/MAYAR_ENVIRONMENT=production is ignored/);
    expect(config.notes.join("\n")).toMatch(/MAYAR_BASE_URL is ignored/);
  });

  const invalid: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: "abc" }, /PORT must be a whole number from 0 to 65535.*"abc"/],
    [{ PORT: "70000" }, /PORT must be/],
    [{ PORT: "-1" }, /PORT must be/],
    [{ PORT: "30.5" }, /PORT must be/],
    [{ HOST: "http://x" }, /HOST must be/],
    [{ MAYAR_ENVIRONMENT: "staging" }, /MAYAR_ENVIRONMENT must be "sandbox" or "production"; got "staging"/],
    [{ MAYAR_API_KEY: "k1", MAYAR_BASE_URL: "api.mayar.club" }, /MAYAR_BASE_URL must be an absolute/],
    [{ PUBLIC_ORIGIN: "http://127.0.0.1:5173/shop" }, /PUBLIC_ORIGIN must be an origin/],
    [{ MAYAR_WEBHOOK_TOKEN: "short" }, /MAYAR_WEBHOOK_TOKEN must be at least 16 printable ASCII/],
    [{ MAYAR_WEBHOOK_TOKEN: "with a space in the middle" }, /MAYAR_WEBHOOK_TOKEN must be/],
    [{ CREATES_PER_CLIENT: "0" }, /CREATES_PER_CLIENT must be a whole number of at least 1 .*"0"/],
    [{ CREATES_PER_CLIENT: "ten" }, /CREATES_PER_CLIENT must be/],
    [
      { MAX_ORDERS: "1.5" },
      /MAX_ORDERS must be a whole number of at least 1 \(orders kept in memory\); got "1.5"/,
    ],
  ];
  for (const [env, message] of invalid) {
    test(`refuses ${JSON.stringify(env)}`, () => {
      expect(() => readConfig(env)).toThrow(ConfigError);
      expect(() => readConfig(env)).toThrow(message);
    });
  }

  test("the per-client payment limit and the order book's size are read when set", () => {
    expect(readConfig({ CREATES_PER_CLIENT: "3", MAX_ORDERS: "50" })).toMatchObject({
      createsPerClient: 3,
      maxOrders: 50,
    });
  });

  test("a webhook token and a credit product are read when set; a bad token is never echoed", () => {
    expect(
      readConfig({ MAYAR_WEBHOOK_TOKEN: "tok-0123456789abcdef", MAYAR_CREDIT_PRODUCT_ID: "prod-7" }),
    ).toMatchObject({ webhookToken: "tok-0123456789abcdef", creditProductId: "prod-7" });
    expect(() => readConfig({ MAYAR_WEBHOOK_TOKEN: "tooshort-secret" })).not.toThrow(/tooshort-secret/);
    expect(() => readConfig({ MAYAR_WEBHOOK_TOKEN: "tooshort-secret" })).toThrow(ConfigError);
  });

  test("lists every problem at once and never shows the key", () => {
    const secret = "sk-live secret-with-a-space";
    let message = "";
    try {
      readConfig({ PORT: "x", MAYAR_ENVIRONMENT: "prod", MAYAR_API_KEY: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/MAYAR_ENVIRONMENT/);
    expect(message).toMatch(/MAYAR_API_KEY must not contain spaces/);
    expect(message).not.toContain("secret");
  });

  test("origins for wildcard and IPv6 hosts", () => {
    expect(originFor("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
    expect(originFor("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000");
    expect(originFor("::", 80)).toBe("http://[::1]:80");
    expect(originFor("::1", 80)).toBe("http://[::1]:80");
  });

  test("node server/main.js exits 1 with a clear message on a bad PORT", async () => {
    const { code, output } = await runDemoToExit({ PORT: "eighty" });
    expect(code).toBe(1);
    expect(output).toContain(
      'PORT must be a whole number from 0 to 65535 (0 picks a free port); got "eighty".',
    );
  });

  test("node server/main.js exits 1 on an unknown MAYAR_ENVIRONMENT, without echoing the key", async () => {
    const key = `sk-demo-secret-${crypto.randomUUID()}`;
    const { code, output } = await runDemoToExit({ MAYAR_API_KEY: key, MAYAR_ENVIRONMENT: "live" });
    expect(code).toBe(1);
    expect(output).toContain('MAYAR_ENVIRONMENT must be "sandbox" or "production"; got "live"');
    expect(output).not.toContain(key);
  });

  test("node server/main.js exits 1 when the port is taken", async ({ baseURL }) => {
    const { code, output } = await runDemoToExit({ PORT: new URL(baseURL ?? "").port, HOST: "127.0.0.1" });
    expect(code).toBe(1);
    expect(output).toMatch(/port \d+ on 127\.0\.0\.1 is already in use/);
  });
});
