// The demo server as a Hono app: the Mayar proxy (whose prices come from the server's catalogue), the
// orders and Mayar's webhook, the embedded mock (mock mode) and the browser build.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createMayarClient } from "@org/mayar-core";
import { createMayarProxy, createMayarWebhookHandler } from "@org/mayar-core/server";
import { createMayarMock } from "@org/mayar-mock";
import { Hono } from "hono";
import { contentSecurityPolicy } from "./csp.js";
import { createOrderBook } from "./orders.js";
import { createRateLimiter } from "./rate-limit.js";
import { createShop } from "./shop.js";
import { mountStatic } from "./static.js";

export const PROXY_PATH = "/api/mayar";
export const WEBHOOK_PATH = "/api/mayar-webhook";
export const ORDERS_PATH = "/api/orders";
export const MOCK_PATH = "/mock-mayar";
export const ORDER_PAGE_PATH = "/order";
export const API_REFERENCE_PATH = "/docs/api";
export const SHOP_NAME = "Toko Nusantara";
/** CREATES_PER_CLIENT payments per client address in this window (a burst, then one every window / limit). */
export const CREATE_WINDOW_MS = 10 * 60 * 1000;
/** The HTML API reference rendered from the spec by `pnpm --filter @org/mayar-spec build`. */
const API_REFERENCE_FILE = fileURLToPath(import.meta.resolve("@org/mayar-spec/reference.html"));
export const DEFAULT_DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));

/** The hosted pages a customer's browser may open on the embedded mock; its API stays behind the proxy. */
const MOCK_PAGE = /^\/mock-mayar\/(?:pl\/[^/]+(?:\/(?:pay|fail|expire))?|paid)$/;

const jsonAnswer = (c, status, body) => c.json(body, status, { "Cache-Control": "no-store" });
const notFoundJson = (c, message) => jsonAnswer(c, 404, { statusCode: 404, messages: message });

/**
 * The address of the client's connection (@hono/node-server puts the socket in `env.incoming`); undefined
 * for a request made in-process. Behind a reverse proxy this is the proxy's address: see the README.
 */
const remoteAddress = (c) => c.env?.incoming?.socket?.remoteAddress;

/**
 * The origins the proxy takes browser calls from: the shop's own, and the other loopback spelling of it
 * (a browser on http://localhost:3000 reaches a server that calls itself http://127.0.0.1:3000).
 * @param {string} origin
 */
function ownOrigins(origin) {
  const url = new URL(origin);
  const aliases = [origin];
  const loopback = ["127.0.0.1", "localhost", "[::1]"];
  if (loopback.includes(url.hostname)) {
    for (const host of loopback) aliases.push(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
  }
  return [...new Set(aliases)];
}

/**
 * @param {object} options
 * @param {import("./config.js").DemoConfig} options.config
 * @param {string} options.origin  How browsers reach this server, e.g. http://127.0.0.1:3000.
 * @param {string} [options.distDir]  The Vite build (default: ../dist next to this folder).
 */
export function createDemoApp({ config, origin, distDir = DEFAULT_DIST_DIR }) {
  const app = new Hono();
  const orders = createOrderBook({ maxOrders: config.maxOrders });
  const creates = createRateLimiter({ limit: config.createsPerClient, windowMs: CREATE_WINDOW_MS });
  // The secret in the webhook's URL: Mayar does not sign its webhooks. Random per start unless configured;
  // never printed.
  const webhookToken = config.webhookToken ?? randomBytes(32).toString("base64url");
  const webhookUrl = `${origin}${WEBHOOK_PATH}?token=${encodeURIComponent(webhookToken)}`;

  /** @type {import("@org/mayar-mock").MayarMock | undefined} */
  let mock;
  /** Where Mayar is, for the server's own client and for the browser's proxy alike. */
  let upstream;
  if (config.mode === "mock") {
    mock = createMayarMock({
      publicUrl: `${origin}${MOCK_PATH}`,
      returnUrl: `${origin}${ORDER_PAGE_PATH}`,
      shopName: SHOP_NAME,
      // Registered as Mayar's dashboard would have it, and delivered in-process (no network, and it works
      // whatever PUBLIC_ORIGIN says): the same request, token and handler as a delivery over HTTP.
      webhookUrl,
      webhookFetch: (url, init) => app.fetch(new Request(url, init)),
    });
    // The mock in-process: no key, no network.
    upstream = { apiKey: mock.apiKey, baseUrl: mock.publicUrl, fetch: mock.fetch };
  } else {
    upstream = {
      apiKey: config.apiKey,
      environment: config.mode,
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    };
  }
  const client = createMayarClient({ ...upstream, timeoutMs: 10_000 });

  const shop = createShop({ orders, creditProductId: config.creditProductId, client, creates, mock });
  const proxy = createMayarProxy({
    ...upstream,
    basePath: PROXY_PATH,
    allow: shop.allow,
    origins: ownOrigins(origin),
    onError: shop.onProxyError,
  });
  const webhook = createMayarWebhookHandler({
    client,
    token: webhookToken,
    onEvent: shop.onEvent,
    onError: (error, { status, type }) =>
      console.error(
        `Webhook: answered ${status}${type ? ` for ${type}` : ""}:`,
        error instanceof Error ? error.message : error,
      ),
  });

  app.onError((error, c) => {
    console.error("Unexpected error:", error instanceof Error ? error.message : error);
    return c.json({ statusCode: 500, messages: "Internal server error." }, 500);
  });

  app.get("/healthz", (c) => c.json({ ok: true, mode: config.mode }));

  // The API reference, so the people trying the demo can read what each operation takes and returns. The
  // page carries its own CSP (it needs inline scripts): no stricter header here.
  app.get(API_REFERENCE_PATH, (c) =>
    existsSync(API_REFERENCE_FILE)
      ? c.html(readFileSync(API_REFERENCE_FILE, "utf8"))
      : c.text("The API reference is not built yet: run `pnpm --filter @org/mayar-spec build`.", 503),
  );
  for (const path of ["/docs", "/docs/", `${API_REFERENCE_PATH}/`]) {
    app.get(path, (c) => c.redirect(API_REFERENCE_PATH, 301));
  }

  // The old return page: the hosted checkout now returns to the order page.
  app.get("/thanks", (c) => {
    const query = new URL(c.req.url).search;
    return c.redirect(`${ORDER_PAGE_PATH}${query}`, 301);
  });

  app.all(`${PROXY_PATH}/*`, (c) => shop.handle(c.req.raw, proxy, remoteAddress(c)));
  app.all(PROXY_PATH, (c) =>
    notFoundJson(c, `Not found: this proxy does not forward ${c.req.method} ${PROXY_PATH}.`),
  );

  app.all(WEBHOOK_PATH, (c) => webhook(c.req.raw));

  // An order as the server knows it: paid only once Mayar's webhook was confirmed.
  app.get(`${ORDERS_PATH}/:id`, async (c) => {
    const order = await shop.orderAnswer(c.req.param("id"));
    return order ? jsonAnswer(c, 200, order) : notFoundJson(c, "Not found: no order with this id.");
  });

  app.all("/api/*", (c) => notFoundJson(c, "Not found."));

  if (mock) {
    const embedded = mock;
    app.all(`${MOCK_PATH}/*`, (c) =>
      MOCK_PAGE.test(c.req.path) ? embedded.handle(c.req.raw) : notFoundJson(c, "Not found."),
    );
  }

  const statics = mountStatic(app, distDir, config.mode, contentSecurityPolicy());
  return { app, mock, orders, hasBuild: statics.hasBuild, missingBuild: statics.missingBuild };
}
