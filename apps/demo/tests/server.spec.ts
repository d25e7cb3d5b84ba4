// What the demo server sends besides the proxy: the page with its headers, the assets, health, shutdown.
import { expect, test } from "@playwright/test";
import { startDemo } from "./support/processes";
import { productBody } from "./support/shop";

test.describe("server", () => {
  test("the page goes out with a strict Content-Security-Policy and the server's mode", async ({
    request,
  }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toMatch(/^text\/html/);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'; ");
    expect(csp).toContain("connect-src 'self'");
    // Styles from this origin, plus <PayButton>'s one inline stylesheet by its hash: no 'unsafe-inline'.
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(await response.text()).toContain('<meta name="demo-mode" content="mock" />');
  });

  test("hashed assets are cached for good; index.html is not served by name", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await request.get(script ?? "");
    expect(asset.status()).toBe(200);
    expect(asset.headers()["content-type"]).toMatch(/javascript/);
    expect(asset.headers()["cache-control"]).toContain("immutable");
    const byName = await request.get("/index.html");
    expect(byName.status()).toBe(404);
    const missing = await request.get("/assets/nope.js");
    expect(missing.status()).toBe(404);
  });

  test("serves the API reference rendered from the spec at /docs/api", async ({ request }) => {
    const response = await request.get("/docs/api");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    const html = await response.text();
    // The spec goes out inside the page: its operations are there before any script runs.
    expect(html).toContain("Create Single Payment Request");
    expect(html).toContain("/hl/v2/payments/create");
  });

  test("the API reference renders in Chromium", async ({ page }) => {
    // Redoc lays out the whole spec (1.4 MB of inline JSON) on the page's main thread once the page has
    // loaded: a second or two on an idle machine, tens of seconds when two cores are shared by several test
    // runs. The event the test needs is the rendered heading, and it waits for that event with a budget
    // sized for the slow case, not for an idle machine.
    test.setTimeout(180_000);
    const response = await page.goto("/docs/api", { timeout: 60_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Create Single Payment Request" }).first()).toBeVisible({
      timeout: 150_000,
    });
  });

  test("/docs and /docs/api/ lead to the API reference, which keeps its own policy", async ({ request }) => {
    for (const path of ["/docs", "/docs/", "/docs/api/"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(301);
      expect(response.headers().location, path).toBe("/docs/api");
    }
    const reference = await request.get("/docs/api");
    expect(reference.status()).toBe(200);
    // The reference runs inline scripts under its own meta CSP: the shop's stricter header is not added.
    expect(reference.headers()["content-security-policy"]).toBeUndefined();
    expect(await reference.text()).toContain('http-equiv="Content-Security-Policy"');
  });

  test("health and icon", async ({ request }) => {
    expect(await (await request.get("/healthz")).json()).toEqual({ ok: true, mode: "mock" });
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  });

  test("a mock mode server picks a free port with PORT=0 and stops on SIGINT", async ({ request }) => {
    const demo = await startDemo({ PORT: "0" });
    try {
      expect(demo.output()).toMatch(/Demo shop running at http:\/\/127\.0\.0\.1:\d+ \(mode: mock\)/);
      const created = await request.post(`${demo.origin}/api/mayar/hl/v2/payments/create`, {
        data: productBody("kopi-gayo"),
      });
      // The links point at this instance's own mock.
      expect((await created.json()).data.link).toMatch(new RegExp(`^${demo.origin}/mock-mayar/pl/`));
    } finally {
      expect(await demo.stop("SIGINT")).toBe(0);
    }
    expect(demo.output()).toContain("SIGINT received: shutting down.");
  });
});
