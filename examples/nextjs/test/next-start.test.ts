// The example as it runs in production: the build of `next build` (turbo's build task, or made here when
// there is none) served by `next start` on a free port of 127.0.0.1, the route's upstream @org/mayar-mock
// (MAYAR_BASE_URL), and Debian's Chromium sending Host and Origin `shop.example:PORT` (--host-resolver-rules
// maps the name to 127.0.0.1). Under `next start` a route handler's request.url is always localhost: these
// pin that the page's own POST passes the proxy's same-origin check anyway, that another origin is still
// refused, and that `trustProxy` reads the site's origin from a reverse proxy's X-Forwarded-* headers.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../../tooling/chromium";
import { type MockServer, startMockServer } from "./support/mock-server";
import { buildUnlessFresh, type NextServer, startNext } from "./support/next";

const CREATE = "/api/mayar/hl/v2/payments/create";
/** Names the browser resolves to 127.0.0.1: the shop, and another site. */
const SHOP = "shop.example";
const EVIL = "evil.example";

/**
 * A reverse proxy like nginx's defaults: it passes the upstream's own address as Host and records the
 * browser's in X-Forwarded-Host (and the scheme in X-Forwarded-Proto).
 */
async function startReverseProxy(targetPort: number): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: targetPort,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          host: `127.0.0.1:${targetPort}`,
          "x-forwarded-host": req.headers.host ?? "",
          "x-forwarded-proto": "http",
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A POST straight to the server with the Host and Origin a browser would send (node:http sets both as given). */
function post(port: number, headers: Record<string, string>, method = "POST") {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const call = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method,
        path: CREATE,
        headers: { "content-type": "application/json", ...headers },
      },
      (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk: string) => {
          body += chunk;
        });
        answer.on("end", () => resolve({ status: answer.statusCode ?? 0, body }));
      },
    );
    call.on("error", reject);
    call.end(
      method === "POST" ? JSON.stringify({ name: "Budi", amount: 1, extraData: { sku: "mug-white" } }) : "",
    );
  });
}

let upstream: MockServer;
let plain: NextServer;
let trusting: NextServer;
let browser: Browser;
const proxies: Server[] = [];
/** Requests any page made to a host other than the mapped names and 127.0.0.1 (refused). */
const external: string[] = [];
/** Console errors and uncaught page errors. */
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildUnlessFresh();
  upstream = await startMockServer();
  const env = { MAYAR_API_KEY: upstream.mock.apiKey, MAYAR_BASE_URL: upstream.url };
  [plain, trusting, browser] = await Promise.all([
    startNext(env),
    startNext({ ...env, MAYAR_TRUST_PROXY: "true" }),
    chromium.launch({
      ...chromiumLaunchOptions,
      args: [
        ...chromiumLaunchOptions.args,
        `--host-resolver-rules=MAP ${SHOP} 127.0.0.1, MAP ${EVIL} 127.0.0.1`,
      ],
    }),
  ]);
});

// The mock answers an identical create within a minute with 429, as Mayar does: each test starts afresh.
beforeEach(() => upstream.mock.reset());

afterAll(async () => {
  await browser?.close();
  for (const server of proxies) {
    server.closeAllConnections();
    server.close();
  }
  await Promise.all([plain?.stop(), trusting?.stop()]);
  await upstream?.close();
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function open(url: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ locale: "id-ID" });
  await context.route("**/*", (route) => {
    const { hostname } = new URL(route.request().url());
    if ([SHOP, EVIL, "127.0.0.1"].includes(hostname)) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    // The refusals these tests provoke are logged by Chromium as failed loads; anything else is a defect.
    const refusal = /Failed to load resource|blocked by CORS policy/.test(message.text());
    if (message.type() === "error" && !refusal) pageErrors.push(message.text());
  });
  await page.goto(url);
  return { page, context };
}

/** Clicks the page's PayButton; resolves with the proxy's answer to the POST it made. */
async function pay(page: Page) {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.url().endsWith(CREATE) && answer.request().method() === "POST"),
    page.getByRole("button", { name: /^Bayar/ }).click(),
  ]);
  return response;
}

describe("next start, reached as http://shop.example:PORT", () => {
  it("the page's PayButton POST passes the same-origin check: 200 and the payment link shown", async () => {
    const site = `http://${SHOP}:${plain.port}`;
    const { page, context } = await open(`${site}/`);
    const before = upstream.mock.payments.length;
    const response = await pay(page);
    const sent = await response.request().allHeaders();
    expect(sent.origin).toBe(site);
    expect(response.status()).toBe(200);
    const link = page.getByRole("link", { name: "Buka halaman pembayaran" });
    await expect.poll(() => link.getAttribute("href")).toMatch(`${upstream.url}/pl/`);
    const created = upstream.mock.payments.slice(before);
    expect(created).toMatchObject([{ name: "Mug putih", amount: 75_000 }]);
    await context.close();
  });

  it("refuses another origin: the browser's preflight fails, a direct POST answers 403, nothing is created", async () => {
    const before = upstream.mock.payments.length;
    const { page, context } = await open(`http://${EVIL}:${plain.port}/`);
    const outcome = await page.evaluate(async (url) => {
      try {
        const answer = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-shop-session": "visitor" },
          body: JSON.stringify({ name: "Budi", amount: 1, extraData: { sku: "mug-white" } }),
        });
        return `answered ${answer.status}`;
      } catch (error) {
        return `refused: ${(error as Error).name}`;
      }
    }, `http://${SHOP}:${plain.port}${CREATE}`);
    expect(outcome).toBe("refused: TypeError");
    await context.close();

    const host = `${SHOP}:${plain.port}`;
    const session = { "x-shop-session": "visitor" };
    const crossOrigin = await post(plain.port, { host, origin: `http://${EVIL}:${plain.port}`, ...session });
    expect(crossOrigin.status).toBe(403);
    expect(JSON.parse(crossOrigin.body)).toMatchObject({ statusCode: 403 });
    const preflight = await post(
      plain.port,
      { host, origin: `http://${EVIL}`, "access-control-request-method": "POST" },
      "OPTIONS",
    );
    expect(preflight.status).toBe(403);
    // A spoofed X-Forwarded-Host does not make the other site the proxy's own without trustProxy.
    const spoofed = await post(plain.port, {
      host,
      origin: `http://${EVIL}`,
      "x-forwarded-host": EVIL,
      ...session,
    });
    expect(spoofed.status).toBe(403);
    expect(upstream.mock.payments.length).toBe(before);
  });
});

describe("behind a reverse proxy that sets X-Forwarded-Host (Host is the app's own address)", () => {
  it("with trustProxy, the page's POST passes; without it, the same page is refused 403", async () => {
    for (const [server, expected] of [
      [trusting, 200],
      [plain, 403],
    ] as const) {
      const front = await startReverseProxy(server.port);
      proxies.push(front.server);
      const { page, context } = await open(`http://${SHOP}:${front.port}/`);
      const response = await pay(page);
      expect(response.status(), `trustProxy ${server === trusting}`).toBe(expected);
      if (expected === 200) {
        await expect.poll(() => page.getByRole("link", { name: "Buka halaman pembayaran" }).count()).toBe(1);
      } else {
        // PayButton's message for a 403 (Next.js's route announcer is another role="alert").
        await expect.poll(() => page.getByText(/Hubungi penjual/).count()).toBe(1);
      }
      await context.close();
    }
  });
});
