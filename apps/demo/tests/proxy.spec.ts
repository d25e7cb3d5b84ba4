// The browser-facing API of the demo server in mock mode: only the two launch operations get through, and
// the server, not the browser, decides what they cost.
import { expect, test } from "@playwright/test";
import { CREATE, CREDIT, CUSTOMER, createPayment, orderOf, productBody } from "./support/shop";

const wrongMethod: Array<[method: string, path: string, allow: string]> = [
  ["GET", CREATE, "POST"],
  ["PUT", CREATE, "POST"],
  ["PATCH", CREATE, "POST"],
  ["DELETE", CREATE, "POST"],
  ["GET", CREDIT, "POST"],
  ["DELETE", CREDIT, "POST"],
];

const notForwarded: Array<[method: string, path: string]> = [
  // Other Mayar operations the proxy was not given.
  ["GET", "/api/mayar/hl/v1/balance"],
  ["GET", "/api/mayar/hl/v1/product"],
  ["POST", "/api/mayar/hl/v1/payment/create"],
  ["POST", "/api/mayar/hl/v1/invoice/create"],
  ["GET", "/api/mayar/hl/v1/transactions"],
  ["GET", "/api/mayar/hl/v2/transactions/abc"],
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
  ["GET", "/mock-mayar/hl/v2/transactions/abc"],
];

/** The credit amount inside an immutable checkout link (`?immutable=<base64 JSON>.<signature>`). */
const creditsIn = (link: string) => {
  const token = new URL(link).searchParams.get("immutable") ?? "";
  return JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64").toString("utf8")).creditAmount;
};

test.describe("proxy", () => {
  for (const [method, path, allow] of wrongMethod) {
    test(`answers ${method} ${path} with JSON 405`, async ({ request }) => {
      const response = await request.fetch(path, { method });
      expect(response.status()).toBe(405);
      expect(response.headers().allow).toBe(allow);
      expect(await response.json()).toMatchObject({ statusCode: 405 });
    });
  }

  for (const [method, path] of notForwarded) {
    test(`refuses ${method} ${path} with JSON 404`, async ({ request }) => {
      const response = await request.fetch(path, {
        method,
        headers: { "content-type": "application/json" },
        data: method === "GET" ? undefined : productBody("kopi-gayo"),
      });
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ statusCode: 404 });
    });
  }

  test("creates a payment for a product of the catalogue, with the hosted link on this server", async ({
    request,
    baseURL,
  }) => {
    const response = await request.post(CREATE, { data: productBody("sambal-roa") });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const { data } = await response.json();
    // The hosted checkout opens in the shop's language (the page sent extraData.locale "id").
    expect(data.link).toMatch(new RegExp(`^${baseURL}/mock-mayar/pl/[^/?]+\\?lang=id$`));
    // The server recorded the order, priced from its own catalogue, with a short number for the customer
    // and the checkout to go back to while it is unpaid.
    expect(await orderOf(request, data.id)).toEqual({
      status: 200,
      body: {
        id: data.id,
        number: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
        kind: "product",
        product: "sambal-roa",
        amount: 120_000,
        status: "pending",
        paymentUrl: data.link.replace("?lang=id", ""),
      },
    });
  });

  test("the hosted checkout's link carries the shop's language: extraData.locale, else Accept-Language", async ({
    request,
  }) => {
    const english = await request.post(CREATE, {
      data: productBody("sambal-roa", {
        extraData: { productId: "sambal-roa", customerName: "Siti", locale: "en" },
      }),
    });
    expect((await english.json()).data.link).toMatch(/\?lang=en$/);
    const credit = await request.post(CREDIT, {
      headers: { "accept-language": "en" },
      data: { productId: "credits-100", creditAmount: 100, customerInfo: CUSTOMER },
    });
    const link = (await credit.json()).creditUsageImmutableCheckoutUrl as string;
    // Added after the signed token, which is left exactly as Mayar wrote it.
    expect(link).toMatch(/\?immutable=[^&]+&lang=en$/);
    expect(creditsIn(link)).toBe(100);
    const indonesian = await request.post(CREDIT, {
      headers: { "accept-language": "fr-FR, id;q=0.8" },
      data: { productId: "credits-100", creditAmount: 100, customerInfo: CUSTOMER },
    });
    expect((await indonesian.json()).creditUsageImmutableCheckoutUrl).toMatch(/&lang=id$/);
  });

  test("a tampered amount is replaced by the catalogue's price", async ({ request, page }) => {
    // What the issue reported: amount 1 for the 85,000-rupiah coffee. The name is rewritten too.
    const created = await createPayment(request, "kopi-gayo", {
      amount: 1,
      name: "Gratis",
      expiredAt: "2099-01-01T00:00:00Z",
    });
    expect((await orderOf(request, created.id)).body.amount).toBe(85_000);
    // What Mayar (the mock) created: its hosted page shows the catalogue's name and price.
    await page.goto(created.link);
    await expect(page.getByRole("heading", { level: 1, name: "Kopi Arabika Gayo 250 g" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(/Rp\s85\.000/);
    await expect(page.getByRole("main")).not.toContainText(/Rp\s1\b/);
    await expect(page.getByRole("main")).not.toContainText("Gratis");
  });

  test("an unknown product is refused with 400 in Mayar's shape", async ({ request }) => {
    for (const productId of ["free-coffee", undefined, 42]) {
      const response = await request.post(CREATE, { data: productBody(productId as string) });
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body).toMatchObject({
        statusCode: 400,
        messages: expect.stringMatching(/^Validation Error: extraData\.productId must name a product/),
        data: [{ field: "extraData.productId", type: "enum" }],
      });
    }
  });

  test("invalid customer details are refused with every field named", async ({ request }) => {
    const response = await request.post(CREATE, {
      data: productBody("kopi-gayo", {
        email: "siti@@example",
        mobile: "0812abcd",
        extraData: { productId: "kopi-gayo", customerName: " " },
      }),
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).data).toEqual([
      { field: "name", type: "required", message: "name is required" },
      { field: "email", type: "invalid", message: "email must be an address like siti@example.com" },
      {
        field: "mobile",
        type: "invalid",
        message: "mobile must be an Indonesian mobile number like 081234567890",
      },
    ]);
  });

  test("a cross-origin text/plain POST (a CSRF form) is refused before anything is read", async ({
    request,
  }) => {
    const response = await request.post(CREATE, {
      headers: { "content-type": "text/plain", origin: "https://evil.example" },
      data: JSON.stringify(productBody("kopi-gayo", { amount: 1 })),
    });
    expect(response.status()).toBe(415);
  });

  test("a cross-origin JSON POST is refused with 403; the shop's own origin gets through", async ({
    request,
    baseURL,
  }) => {
    const evil = await request.post(CREATE, {
      headers: { origin: "https://evil.example" },
      data: productBody("kopi-gayo"),
    });
    expect(evil.status()).toBe(403);
    expect(evil.headers()["access-control-allow-origin"]).toBeUndefined();
    const own = await request.post(CREATE, {
      headers: { origin: baseURL ?? "" },
      data: productBody("kopi-gayo"),
    });
    expect(own.status()).toBe(200);
  });

  test("replaces the browser's Authorization and drops its Cookie", async ({ request }) => {
    // The mock accepts only its own key: a wrong one from the browser can only succeed if the proxy replaced it.
    const response = await request.post(CREATE, {
      headers: { authorization: "Bearer not-the-key", cookie: "session=browser-cookie" },
      data: productBody("batik-tulis"),
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });

  test("a credit top-up takes its size from the server's pack, whatever the browser says", async ({
    request,
  }) => {
    const response = await request.post(CREDIT, {
      data: { productId: "credits-100", creditAmount: 1_000_000, customerInfo: CUSTOMER },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    // The shop's credit product (not the pack id the browser named), and the pack's 100 credits.
    expect(body.creditUsageImmutableCheckoutUrl).toMatch(
      /\/mock-mayar\/pl\/credit-demo-credit-pack\?immutable=/,
    );
    expect(creditsIn(body.creditUsageImmutableCheckoutUrl)).toBe(100);
  });

  test("an unknown credit pack or invalid customer info is refused with 400", async ({ request }) => {
    const unknown = await request.post(CREDIT, {
      data: { productId: "demo-credit-pack", creditAmount: 5, customerInfo: CUSTOMER },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).data).toEqual([
      expect.objectContaining({ field: "productId", type: "enum" }),
    ]);

    const invalid = await request.post(CREDIT, {
      data: { productId: "credits-500", customerInfo: { ...CUSTOMER, email: "siti@@example" } },
    });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).data).toEqual([
      expect.objectContaining({ field: "customerInfo.email", type: "invalid" }),
    ]);
  });

  test("the order endpoint knows only the server's orders", async ({ request }) => {
    const unknown = await request.get("/api/orders/not-an-order");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toMatchObject({ statusCode: 404 });
  });
});
