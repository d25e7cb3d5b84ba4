// The proxy's own origin: the one a browser page served beside the proxy sends as `Origin`, allowed without
// being listed in `origins`. Read from what the platform gives (the Request's URL, and its Host header when it
// has a well-formed one: under `next start` the URL is always http://localhost:PORT while Host is the browser's),
// and from X-Forwarded-Host / X-Forwarded-Proto only with `trustProxy: true`. The hostile cases check that a
// header the platform did not vouch for never widens what the proxy accepts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MayarInputError } from "../src/index";
import { type MayarProxyOptions, toNodeHandler } from "../src/server";
import { isHostValue, ownOrigin } from "../src/server/proxy/own-origin";
import { type FakeMayar, startFakeMayar } from "./helpers/fake-mayar";
import { listen } from "./helpers/listen";
import { testProxy } from "./helpers/upstream";

const SERVER_KEY = "sk_live_server_only_987";
const CREATE = "/api/mayar/hl/v2/payments/create";
const PAYMENT = { name: "Order 1", amount: 100_000 };

/** A Request as `next start` hands it to a route handler: the URL on localhost, the browser's Host beside it. */
const nextStartRequest = (headers: Record<string, string>, url = `http://localhost:3000${CREATE}`) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(PAYMENT),
  });

const originOf = (headers: Record<string, string>, trustProxy = false, url = "http://localhost:3000/x") =>
  ownOrigin(new Request(url, { headers }), new URL(url), trustProxy);

describe("ownOrigin without trustProxy: what the platform gives", () => {
  it("is the URL's origin when the Request has no Host header (Bun, Deno, tests)", () => {
    expect(originOf({}, false, "https://shop.example/api")).toBe("https://shop.example");
  });

  it("takes the host from the Host header and the scheme from the URL (next start: the URL is localhost)", () => {
    expect(originOf({ host: "shop.example" })).toBe("http://shop.example");
    expect(originOf({ host: "shop.example:8080" })).toBe("http://shop.example:8080");
    expect(originOf({ host: "shop.example" }, false, "https://localhost/x")).toBe("https://shop.example");
  });

  it("ignores X-Forwarded-Host and X-Forwarded-Proto, which any client can send", () => {
    const spoofed = {
      host: "shop.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    };
    expect(originOf(spoofed)).toBe("http://shop.example");
    expect(originOf({ "x-forwarded-host": "evil.example" }, false, "http://shop.example/x")).toBe(
      "http://shop.example",
    );
  });

  it.each([
    ["uppercase", "SHOP.Example", "http://shop.example"],
    ["the scheme's default port", "shop.example:80", "http://shop.example"],
    ["a port", "shop.example:3000", "http://shop.example:3000"],
    ["IPv4", "127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["IPv6 with a port", "[::1]:3000", "http://[::1]:3000"],
    ["IPv6 without a port", "[2001:DB8::1]", "http://[2001:db8::1]"],
    ["a trailing dot", "shop.example.", "http://shop.example."],
  ])("reads a Host with %s like a browser writes its Origin", (_, host, origin) => {
    expect(originOf({ host })).toBe(origin);
  });

  it.each([
    ["empty", ""],
    ["only spaces", "   "],
    ["a path", "shop.example/x"],
    ["user info", "evil.example@shop.example"],
    ["two hosts", "shop.example, evil.example"],
    ["a port out of range", "shop.example:99999"],
    ["an empty port", "shop.example:"],
    ["a bare IPv6 address", "::1"],
    ["a scheme", "http://shop.example"],
    ["a space inside", "shop example"],
    ["a percent escape", "shop%2eexample"],
    ["a backslash", "shop.example\\evil"],
  ])("falls back to the URL's origin for a Host with %s", (_, host) => {
    expect(originOf({ host })).toBe("http://localhost:3000");
  });
});

describe("ownOrigin with trustProxy: true (a reverse proxy you run sets the forwarded headers)", () => {
  it("takes X-Forwarded-Host and X-Forwarded-Proto", () => {
    expect(
      originOf(
        { host: "localhost:3000", "x-forwarded-host": "shop.example", "x-forwarded-proto": "https" },
        true,
      ),
    ).toBe("https://shop.example");
    expect(originOf({ "x-forwarded-host": "shop.example:8443", "x-forwarded-proto": "HTTPS" }, true)).toBe(
      "https://shop.example:8443",
    );
    expect(originOf({ "x-forwarded-host": "shop.example:443", "x-forwarded-proto": "https" }, true)).toBe(
      "https://shop.example",
    );
  });

  it("takes the first of comma-separated values: the host and scheme the browser used (Express, Next.js)", () => {
    const headers = {
      "x-forwarded-host": "shop.example, internal.lb:8080",
      "x-forwarded-proto": "https, http",
    };
    expect(originOf(headers, true)).toBe("https://shop.example");
  });

  it("falls back to Host and the URL's scheme for whichever forwarded header is missing or malformed", () => {
    expect(originOf({ host: "shop.example", "x-forwarded-proto": "https" }, true)).toBe(
      "https://shop.example",
    );
    expect(originOf({ host: "shop.example", "x-forwarded-host": "shop.example" }, true)).toBe(
      "http://shop.example",
    );
    for (const forwarded of ["", "evil.example/path", "a@b", ", shop.example"]) {
      expect(originOf({ host: "shop.example", "x-forwarded-host": forwarded }, true), forwarded).toBe(
        "http://shop.example",
      );
    }
    for (const proto of ["ftp", "javascript", "", "https:"]) {
      expect(originOf({ host: "shop.example", "x-forwarded-proto": proto }, true), proto).toBe(
        "http://shop.example",
      );
    }
    expect(originOf({}, true)).toBe("http://localhost:3000");
  });
});

describe("isHostValue", () => {
  it("accepts host[:port] and [IPv6][:port], nothing else", () => {
    for (const good of ["shop.example", "SHOP.example:3000", "127.0.0.1", "[::1]:443", "a-b.c"]) {
      expect(isHostValue(good), good).toBe(true);
    }
    for (const bad of [
      "",
      " shop.example",
      "shop.example/",
      "a@b",
      "a,b",
      "::1",
      "shop.example:99999",
      "x:",
    ]) {
      expect(isHostValue(bad), bad).toBe(false);
    }
  });
});

describe("createMayarProxy: the own origin decides the same-origin check", () => {
  let fake: FakeMayar;
  beforeEach(async () => {
    fake = await startFakeMayar();
  });
  afterEach(() => fake.close());
  const proxyFor = (options: Partial<MayarProxyOptions> = {}) => testProxy(fake.url, SERVER_KEY, options);

  it("lets a same-origin POST through under next start (URL on localhost, Host the shop's), without CORS headers", async () => {
    const response = await proxyFor()(
      nextStartRequest({ host: "shop.example:3000", origin: "http://shop.example:3000" }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(fake.requests).toHaveLength(1);
  });

  it("still refuses another origin, and one that only a spoofed X-Forwarded-Host would make its own", async () => {
    const proxy = proxyFor();
    const cases: Record<string, string>[] = [
      { host: "shop.example:3000", origin: "https://evil.example" },
      { host: "shop.example:3000", origin: "https://evil.example", "x-forwarded-host": "evil.example" },
      { host: "shop.example:3000", origin: "https://shop.example:3000", "x-forwarded-proto": "https" },
      // The URL's own origin is not the request's any more when Host names another one.
      { host: "shop.example:3000", origin: "http://localhost:3000" },
    ];
    for (const headers of cases) {
      const response = await proxy(nextStartRequest(headers));
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(fake.requests).toEqual([]);
  });

  it("answers a same-origin preflight by the Host, and refuses a spoofed one", async () => {
    const preflight = (headers: Record<string, string>) =>
      proxyFor()(
        new Request(`http://localhost:3000${CREATE}`, {
          method: "OPTIONS",
          headers: { "access-control-request-method": "POST", ...headers },
        }),
      );
    expect((await preflight({ host: "shop.example", origin: "http://shop.example" })).status).toBe(204);
    expect(
      (
        await preflight({
          host: "shop.example",
          origin: "http://evil.example",
          "x-forwarded-host": "evil.example",
        })
      ).status,
    ).toBe(403);
  });

  it("with trustProxy, takes the site's origin from the forwarded headers and refuses the internal one", async () => {
    const proxy = proxyFor({ trustProxy: true });
    const behindTls = {
      host: "localhost:3000",
      "x-forwarded-host": "shop.example",
      "x-forwarded-proto": "https",
    };
    expect((await proxy(nextStartRequest({ ...behindTls, origin: "https://shop.example" }))).status).toBe(
      200,
    );
    expect((await proxy(nextStartRequest({ ...behindTls, origin: "http://localhost:3000" }))).status).toBe(
      403,
    );
    expect((await proxy(nextStartRequest({ ...behindTls, origin: "https://evil.example" }))).status).toBe(
      403,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it("reads the Host through toNodeHandler on a real server, where the URL is built from it too", async () => {
    const server = (await import("node:http")).createServer(toNodeHandler(proxyFor()));
    const { url, close } = await listen(server);
    try {
      const port = new URL(url).port;
      const call = (origin: string, extra: Record<string, string> = {}) =>
        fetch(`${url}${CREATE}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, ...extra },
          body: JSON.stringify(PAYMENT),
        });
      expect((await call(`http://127.0.0.1:${port}`)).status).toBe(200);
      const spoofed = await call("https://evil.example", { "x-forwarded-host": "evil.example" });
      expect(spoofed.status).toBe(403);
    } finally {
      await close();
    }
  });

  it("refuses a trustProxy that is not a boolean, saying when to set it", () => {
    for (const trustProxy of ["true", 1, null, {}]) {
      let error: unknown;
      try {
        proxyFor({ trustProxy } as unknown as Partial<MayarProxyOptions>);
      } catch (caught) {
        error = caught;
      }
      expect(error, String(trustProxy)).toBeInstanceOf(MayarInputError);
      expect((error as Error).message).toMatch(/trustProxy must be true or false/);
      expect((error as Error).message).toMatch(/X-Forwarded-Host/);
    }
  });
});
