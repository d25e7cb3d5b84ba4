// The browser-facing API of the demo server in mock mode: only the two launch operations get through.
import { expect, test } from "@playwright/test";

const CREATE = "/api/mayar/hl/v2/payments/create";
const CREDIT = "/api/mayar/credit/v1/credit/generate/immutable/checkout";

const refused: Array<[method: string, path: string]> = [
  // The allowed paths with other methods.
  ["GET", CREATE],
  ["PUT", CREATE],
  ["PATCH", CREATE],
  ["DELETE", CREATE],
  ["GET", CREDIT],
  ["DELETE", CREDIT],
  // Other Mayar operations the proxy was not given.
  ["GET", "/api/mayar/hl/v1/balance"],
  ["GET", "/api/mayar/hl/v1/product"],
  ["POST", "/api/mayar/hl/v1/payment/create"],
  ["POST", "/api/mayar/hl/v1/invoice/create"],
  ["GET", "/api/mayar/hl/v1/transactions"],
  ["POST", "/api/mayar/hl/v1/webhook/register"],
  ["POST", "/api/mayar/hl/v2/payments/abc/update"],
  // Near misses of the allowed paths.
  ["POST", "/api/mayar/hl/v2/payments/create/extra"],
  ["POST", "/api/mayar/HL/V2/PAYMENTS/CREATE"],
  ["POST", "/api/mayar//hl/v2/payments/create"],
  ["POST", `${CREDIT}/`],
  ["POST", "/api/mayar"],
  ["GET", "/api/mayar/"],
  ["POST", "/api/other"],
  // The embedded mock's API is not reachable around the proxy.
  ["POST", "/mock-mayar/hl/v2/payments/create"],
  ["POST", "/mock-mayar/credit/v1/credit/generate/immutable/checkout"],
];

test.describe("proxy", () => {
  for (const [method, path] of refused) {
    test(`refuses ${method} ${path} with JSON 404`, async ({ request }) => {
      const response = await request.fetch(path, {
        method,
        headers: { "content-type": "application/json" },
        data: method === "GET" ? undefined : { name: "Kopi", amount: 85_000 },
      });
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      const body = await response.json();
      expect(body).toMatchObject({ statusCode: 404 });
    });
  }

  test("forwards createPaymentRequest and returns the hosted link on this server", async ({
    request,
    baseURL,
  }) => {
    const response = await request.post(CREATE, {
      data: { name: "Kopi (proxy test)", amount: 85_000, notes: crypto.randomUUID() },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(body.data.link).toMatch(new RegExp(`^${baseURL}/mock-mayar/pl/[^/]+$`));
  });

  test("replaces the browser's Authorization and drops its Cookie", async ({ request }) => {
    // The mock accepts only its own key: a wrong one from the browser can only succeed if the proxy replaced it.
    const response = await request.post(CREATE, {
      headers: { authorization: "Bearer not-the-key", cookie: "session=browser-cookie" },
      data: { name: "Kopi (header test)", amount: 85_000, notes: crypto.randomUUID() },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });

  test("forwards generateImmutableCheckoutLink", async ({ request }) => {
    const response = await request.post(CREDIT, {
      data: {
        productId: "demo-credit-pack",
        creditAmount: 100,
        customerInfo: { name: "Siti", email: "siti@example.com", mobile: "081234567890" },
      },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.creditUsageImmutableCheckoutUrl).toMatch(
      /\/mock-mayar\/pl\/credit-demo-credit-pack\?immutable=/,
    );
  });

  test("passes the mock's validation errors through", async ({ request }) => {
    const response = await request.post(CREATE, { data: { name: "Kopi" } });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
});
