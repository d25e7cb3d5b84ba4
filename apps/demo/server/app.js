// The demo server as a Hono app: the Mayar proxy, the embedded mock (mock mode) and the browser build.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createMayarProxy } from "@org/mayar-core/server";
import { createMayarMock } from "@org/mayar-mock";
import { Hono } from "hono";
import { mountStatic } from "./static.js";

export const PROXY_PATH = "/api/mayar";
export const MOCK_PATH = "/mock-mayar";
export const API_REFERENCE_PATH = "/docs/api";
/** The HTML API reference rendered from the spec by `pnpm --filter @org/mayar-spec build`. */
const API_REFERENCE_FILE = fileURLToPath(import.meta.resolve("@org/mayar-spec/reference.html"));
export const DEFAULT_DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));

/** The only operations the browser may ask for: the two the shop launches with. */
export const ALLOWED_OPERATIONS = Object.freeze({
  createPaymentRequest: {},
  generateImmutableCheckoutLink: {},
});

/** The hosted pages a customer's browser may open on the embedded mock; its API stays behind the proxy. */
const MOCK_PAGE = /^\/mock-mayar\/(?:pl\/[^/]+(?:\/pay)?|paid)$/;

const notFoundJson = (c, message) =>
  c.json({ statusCode: 404, messages: message }, 404, { "Cache-Control": "no-store" });

/**
 * @param {object} options
 * @param {import("./config.js").DemoConfig} options.config
 * @param {string} options.origin  How browsers reach this server, e.g. http://127.0.0.1:3000.
 * @param {string} [options.distDir]  The Vite build (default: ../dist next to this folder).
 */
export function createDemoApp({ config, origin, distDir = DEFAULT_DIST_DIR }) {
  const app = new Hono();
  /** @type {import("@org/mayar-mock").MayarMock | undefined} */
  let mock;
  let proxy;

  if (config.mode === "mock") {
    mock = createMayarMock({ publicUrl: `${origin}${MOCK_PATH}`, returnUrl: `${origin}/thanks` });
    // The proxy talks to the mock in-process: no key, no network.
    proxy = createMayarProxy({
      apiKey: mock.apiKey,
      baseUrl: mock.publicUrl,
      basePath: PROXY_PATH,
      allow: ALLOWED_OPERATIONS,
      fetch: (request) => mock.handle(request),
    });
  } else {
    proxy = createMayarProxy({
      apiKey: config.apiKey,
      environment: config.mode,
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
      basePath: PROXY_PATH,
      allow: ALLOWED_OPERATIONS,
    });
  }

  app.onError((error, c) => {
    console.error("Unexpected error:", error instanceof Error ? error.message : error);
    return c.json({ statusCode: 500, messages: "Internal server error." }, 500);
  });

  app.get("/healthz", (c) => c.json({ ok: true, mode: config.mode }));

  // The API reference, so the people trying the demo can read what each operation takes and returns.
  app.get(API_REFERENCE_PATH, (c) =>
    existsSync(API_REFERENCE_FILE)
      ? c.html(readFileSync(API_REFERENCE_FILE, "utf8"))
      : c.text("The API reference is not built yet: run `pnpm --filter @org/mayar-spec build`.", 503),
  );

  app.all(`${PROXY_PATH}/*`, (c) => proxy(c.req.raw));
  app.all(PROXY_PATH, (c) =>
    notFoundJson(c, `Not found: this proxy does not forward ${c.req.method} ${PROXY_PATH}.`),
  );
  app.all("/api/*", (c) => notFoundJson(c, "Not found."));

  if (mock) {
    const embedded = mock;
    app.all(`${MOCK_PATH}/*`, (c) =>
      MOCK_PAGE.test(c.req.path) ? embedded.handle(c.req.raw) : notFoundJson(c, "Not found."),
    );
  }

  const statics = mountStatic(app, distDir, config.mode);
  return { app, mock, hasBuild: statics.hasBuild, missingBuild: statics.missingBuild };
}
