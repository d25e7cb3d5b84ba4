// The reference works offline: opened in Chromium (Debian's, tooling/chromium.ts) from a server on
// 127.0.0.1 that this test starts and stops, the page makes no request to any other origin, trips no
// Content-Security-Policy (a blocked attempt counts as a request), logs no error, and renders: an operation
// heading, its TypeScript sample, and the search (Redoc's blob: worker). It also leaves a screenshot at
// 1280 px in test-results/ to look at.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../tooling/chromium";
import { SLOW_TEST_TIMEOUT_MS } from "../../tooling/test-timing";
import { inRepository, isRelativeLink } from "./support/repository-paths";

const PAGE_PATH = "/docs/api"; // where the demo serves it: the page must not care
const built = new URL("../dist/index.html", import.meta.url);
if (!existsSync(built))
  throw new Error("dist/index.html is missing: run `pnpm --filter @org/mayar-spec build` first");
const html = readFileSync(built);
const results = new URL("../test-results/", import.meta.url);
// Redoc renders the whole spec in the page: seconds when idle, far more on a busy 2-core machine. Each wait
// ends as soon as its condition holds; these are only ceilings (tooling/test-timing.ts).
const RENDER_TIMEOUT_MS = SLOW_TEST_TIMEOUT_MS / 2;

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === PAGE_PATH) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(html);
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every request of the context: the page, its frames and its workers.
  context.on("request", (request) => requests.push(request.url()));
  page = await context.newPage();
  page.setDefaultTimeout(RENDER_TIMEOUT_MS); // goto, waitForLoadState and locator waits alike
  page.on("websocket", (socket) => requests.push(socket.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  // A request the page's policy blocks never reaches the network: record the attempt.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`);
    });
  });
  await page.goto(`${origin}${PAGE_PATH}`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("the API reference in Chromium", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it("renders the operations and their TypeScript samples", async () => {
    const heading = page.getByRole("heading", { name: "Create Single Payment Request" }).first();
    await heading.waitFor({ state: "visible" });
    await heading.scrollIntoViewIfNeeded();
    const sample = page.getByText("mayar.paymentRequests.create(", { exact: false }).first();
    await sample.waitFor({ state: "visible" });

    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: new URL("reference-create-1280.png", results).pathname });
    // A list: its sample shows one page, then `for await` over every item.
    const list = page.getByRole("heading", { name: "Get List Invoice" }).first();
    await list.scrollIntoViewIfNeeded();
    await page.getByText("for await (const item of mayar.invoices.list(").first().waitFor();
    await page.screenshot({ path: new URL("reference-list-1280.png", results).pathname });
  });

  it("searches (Redoc's worker runs under the page's policy)", async () => {
    await page.getByPlaceholder("Search...").fill("invoice");
    const result = page.locator('[data-role="search:results"] [role="menuitem"]', {
      hasText: "Get List Invoice",
    });
    await result.first().waitFor();
    await page.getByPlaceholder("Search...").fill("");
  });

  it("makes no request off its own origin, trips no policy and logs no error", async () => {
    // Let anything late (images, the worker) start, walking the whole page so lazily shown parts show.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 4000) {
        window.scrollTo(0, y);
        // Two animation frames: the browser has painted what scrolled into view (and started its loads).
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    });
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(0);
    const offOrigin = requests.filter((url) => {
      // blob: URLs carry their creator's origin (blob:http://127.0.0.1:.../uuid); data: URLs load nothing.
      if (url.startsWith("data:")) return false;
      return new URL(url.replace(/^blob:/, "")).origin !== origin;
    });
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("links only to files of the repository, beyond its own #anchors and absolute URLs", async () => {
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll("[href], [src]")].map(
        (element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "",
      ),
    );
    expect(targets.length).toBeGreaterThan(100);
    const relative = targets.filter(isRelativeLink);
    expect(relative.filter((target) => !inRepository(target))).toEqual([]);
  });
});
