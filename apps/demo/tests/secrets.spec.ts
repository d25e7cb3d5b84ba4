// The API key never reaches the browser: not in the build, not in any response, not in the logs.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createMayarMock, MOCK_API_KEY } from "@org/mayar-mock";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { DIST_DIR } from "./support/paths";
import { type DemoProcess, type HttpServer, serveFetch, startDemo } from "./support/processes";
import { CUSTOMER, productBody } from "./support/shop";

/** A key-shaped marker: if it shows up anywhere a browser can see, the key leaked. */
const MARKER_KEY = `sk-demo-secret-${crypto.randomUUID()}`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The page at `origin` and every script, style sheet and icon it links, as text. */
async function pageAndAssets(request: APIRequestContext, origin: string, path = "/") {
  const page = await request.get(`${origin}${path}`);
  const html = await page.text();
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => new URL(match[1] ?? "", origin));
  const local = urls.filter((url) => url.origin === origin);
  expect(local.length).toBeGreaterThan(1);
  const assets = await Promise.all(
    local.map(async (url) => {
      const response = await request.get(url.href);
      expect(response.status(), url.href).toBe(200);
      return { url: url.href, text: await response.text() };
    }),
  );
  return [{ url: `${origin}${path}`, text: html }, ...assets];
}

test.describe("secrets", () => {
  test("the browser build holds no key, no mock and no server code", () => {
    const files = filesUnder(DIST_DIR);
    expect(files.some((file) => file.endsWith(".js"))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, "latin1");
      const name = relative(DIST_DIR, file);
      expect(text, name).not.toContain(MOCK_API_KEY);
      expect(text, name).not.toContain("sk-demo-secret");
      expect(text, name).not.toMatch(/Bearer\s+[\w-]{8,}/);
      // Strings only the mock's and the proxy's code hold: neither belongs in the browser.
      expect(text, name).not.toContain("Halaman simulasi Mayar");
      expect(text, name).not.toContain("this proxy does not forward");
      expect(text, name).not.toContain("must name a product of the shop");
      expect(text, name).not.toContain("flagged for review");
      expect(text, name).not.toContain("MAYAR_API_KEY=");
      expect(file.endsWith(".map"), `${name}: no source maps ship`).toBe(false);
    }
  });

  test("mock mode: the page and its assets hold no key", async ({ request, baseURL }) => {
    const texts = [
      ...(await pageAndAssets(request, baseURL ?? "")),
      ...(await pageAndAssets(request, baseURL ?? "", "/order?status=paid&id=x")),
    ];
    for (const { url, text } of texts) expect(text, url).not.toContain(MOCK_API_KEY);
  });

  test.describe("with MAYAR_API_KEY set", () => {
    let upstream: HttpServer;
    let demo: DemoProcess;
    /** What reached "Mayar" (the upstream stand-in), header by header, and each body. */
    const received: Array<Record<string, string>> = [];
    const bodies: string[] = [];
    const webhookToken = `whk-secret-${crypto.randomUUID()}`;

    test.beforeAll(async () => {
      // A stand-in for Mayar that accepts only the marker key and records every request's headers.
      let mock = createMayarMock({ apiKey: MARKER_KEY });
      upstream = await serveFetch(async (request) => {
        received.push(Object.fromEntries(request.headers));
        const body = request.method === "POST" ? await request.clone().text() : "";
        bodies.push(body);
        // A careless upstream that echoes the key back: the proxy must scrub it.
        if (body.includes("echo-authorization")) {
          return Response.json(
            { statusCode: 400, messages: `Rejected ${request.headers.get("authorization")}` },
            { status: 400 },
          );
        }
        return mock.handle(request);
      });
      mock = createMayarMock({ apiKey: MARKER_KEY, publicUrl: upstream.origin });
      demo = await startDemo({
        MAYAR_API_KEY: MARKER_KEY,
        MAYAR_BASE_URL: upstream.origin,
        MAYAR_WEBHOOK_TOKEN: webhookToken,
      });
    });

    test.afterAll(async () => {
      const code = await demo?.stop();
      await upstream?.close();
      // Stopped by SIGTERM through its own graceful shutdown.
      expect(code).toBe(0);
      expect(demo.output()).toContain("SIGTERM received");
      expect(demo.output()).not.toContain(MARKER_KEY);
      expect(demo.output()).not.toContain(webhookToken);
    });

    test("starts in sandbox mode and never prints the key or the webhook token", () => {
      expect(demo.output()).toContain(`Demo shop running at ${demo.origin} (mode: sandbox)`);
      expect(demo.output()).toContain(
        `Mayar webhook receiver: register ${demo.origin}/api/mayar-webhook?token=<MAYAR_WEBHOOK_TOKEN>`,
      );
      expect(demo.output()).not.toContain(MARKER_KEY);
      expect(demo.output()).not.toContain(webhookToken);
      expect(demo.output()).not.toContain(MOCK_API_KEY);
    });

    test("mounts no mock", async ({ request }) => {
      const response = await request.get(`${demo.origin}/mock-mayar/paid`);
      expect(response.status()).toBe(404);
    });

    test("forwards with the server's key only, and answers without it", async ({ request }) => {
      received.length = 0;
      bodies.length = 0;
      const create = `${demo.origin}/api/mayar/hl/v2/payments/create`;
      const answers = await Promise.all([
        request.post(create, {
          headers: {
            authorization: "Bearer from-the-browser",
            cookie: "session=browser-cookie",
            "x-forwarded-for": "203.0.113.9",
          },
          data: productBody("kopi-gayo"),
        }),
        request.post(`${demo.origin}/api/mayar/credit/v1/credit/generate/immutable/checkout`, {
          data: { productId: "credits-100", customerInfo: CUSTOMER },
        }),
        // A careless upstream that echoes the key back (see beforeAll): the proxy must scrub it.
        request.post(create, {
          data: productBody("sambal-roa", { email: "echo-authorization@example.com" }),
        }),
        request.post(create, { data: { name: "invalid" } }),
        request.get(`${demo.origin}/api/mayar/hl/v1/balance`),
      ]);
      expect(answers.map((answer) => answer.status())).toEqual([200, 200, 400, 400, 404]);
      for (const answer of answers) {
        expect(await answer.text()).not.toContain(MARKER_KEY);
        expect(JSON.stringify(answer.headers())).not.toContain(MARKER_KEY);
      }
      expect(await answers[2]?.text()).toContain("[redacted]");

      // Three calls reached upstream (the refused ones did not), each with the server's key and nothing of
      // the browser's.
      expect(received).toHaveLength(3);
      for (const headers of received) {
        expect(headers.authorization).toBe(`Bearer ${MARKER_KEY}`);
        expect(headers.cookie).toBeUndefined();
        expect(headers["x-forwarded-for"]).toBeUndefined();
      }
    });

    test("Mayar gets the catalogue's price, never the browser's; refused requests are not forwarded", async ({
      request,
    }) => {
      received.length = 0;
      bodies.length = 0;
      const create = `${demo.origin}/api/mayar/hl/v2/payments/create`;
      const tampered = await request.post(create, {
        data: productBody("kopi-gayo", { amount: 1, name: "Gratis", paymentMethod: "qris" }),
      });
      expect(tampered.status()).toBe(200);
      expect(bodies).toHaveLength(1);
      const sent = JSON.parse(bodies[0] ?? "{}");
      expect(sent).toMatchObject({
        name: "Kopi Arabika Gayo 250\u00a0g",
        amount: 85_000,
        email: CUSTOMER.email,
      });
      expect(sent.paymentMethod).toBeUndefined();

      const refused = await Promise.all([
        // A cross-origin form post (text/plain needs no preflight): 415 before anything is read.
        request.post(create, {
          headers: { "content-type": "text/plain", origin: "https://evil.example" },
          data: JSON.stringify(productBody("kopi-gayo", { amount: 1 })),
        }),
        request.post(create, { headers: { origin: "https://evil.example" }, data: productBody("kopi-gayo") }),
        request.post(create, { data: productBody("no-such-product") }),
      ]);
      expect(refused.map((answer) => answer.status())).toEqual([415, 403, 400]);
      expect(bodies).toHaveLength(1);
    });

    test("the webhook token is never in an answer", async ({ request }) => {
      const answers = await Promise.all([
        request.post(`${demo.origin}/api/mayar-webhook?token=wrong-token-0123456789`, { data: {} }),
        request.get(`${demo.origin}/api/mayar-webhook`),
        request.get(`${demo.origin}/`),
      ]);
      expect(answers.map((answer) => answer.status())).toEqual([401, 405, 200]);
      for (const answer of answers) {
        expect(await answer.text()).not.toContain(webhookToken);
        expect(JSON.stringify(answer.headers())).not.toContain(webhookToken);
      }
    });

    test("the page, its assets and every response the browser gets hold no key", async ({
      page,
      request,
    }) => {
      for (const { url, text } of await pageAndAssets(request, demo.origin)) {
        expect(text, url).not.toContain(MARKER_KEY);
      }

      const seen: Array<Promise<string>> = [];
      page.on("response", (response) => {
        if (response.url().startsWith(demo.origin)) {
          seen.push(
            response
              .text()
              .catch(() => "")
              .then((text) => `${response.url()} ${JSON.stringify(response.headers())} ${text}`),
          );
        }
      });
      await page.goto(demo.origin);
      await expect(page.getByText(/^Ini toko contoh: pembayarannya uji coba/)).toBeVisible();
      await page.getByRole("article", { name: "Sambal Roa (3 botol)" }).getByRole("button").click();
      // The stand-in's hosted page: the link came from "Mayar" through the proxy.
      await page.waitForURL(new RegExp(`^${upstream.origin}/pl/`));
      const texts = await Promise.all(seen);
      expect(texts.some((text) => text.includes("/api/mayar/hl/v2/payments/create"))).toBe(true);
      for (const text of texts) expect(text).not.toContain(MARKER_KEY);
    });
  });
});
