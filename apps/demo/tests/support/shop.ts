// Helpers for tests that talk to the tests' demo server the way the page does.
import { type APIRequestContext, expect } from "@playwright/test";

export const CREATE = "/api/mayar/hl/v2/payments/create";
export const CREDIT = "/api/mayar/credit/v1/credit/generate/immutable/checkout";
export const WEBHOOK = "/api/mayar-webhook";

export const CUSTOMER = { name: "Siti Rahmawati", email: "siti@example.com", mobile: "081234567890" };

/** What the page's <PayButton> sends for a product (amount and name only feed the button's label). */
export function productBody(productId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: "Kopi",
    amount: 85_000,
    email: CUSTOMER.email,
    mobile: CUSTOMER.mobile,
    extraData: { productId, customerName: CUSTOMER.name, locale: "id" },
    ...overrides,
  };
}

export interface CreatedPayment {
  id: string;
  transactionId: string;
  link: string;
}

/** Creates a payment request through the proxy, as the page does, and returns Mayar's answer. */
export async function createPayment(
  request: APIRequestContext,
  productId = "kopi-gayo",
  overrides: Record<string, unknown> = {},
): Promise<CreatedPayment> {
  const response = await request.post(CREATE, { data: productBody(productId, overrides) });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).data;
}

/** The address a button of the hosted page posts to: `<page>/<action>`, keeping the page's query. */
export function checkoutAction(link: string, action: "pay" | "fail" | "expire") {
  const url = new URL(link);
  url.pathname += `/${action}`;
  return url.href;
}

/** "Bayar" on the embedded mock's hosted page, without a browser: answers the 303 to the order page. */
export async function payOnMock(request: APIRequestContext, link: string) {
  const response = await request.post(checkoutAction(link, "pay"), { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  return response.headers().location ?? "";
}

/** The order as the demo server knows it. */
export async function orderOf(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/orders/${encodeURIComponent(id)}`);
  return { status: response.status(), body: await response.json() };
}

/** Waits until the server's order has `status` (the webhook is delivered in the background). */
export async function expectOrderStatus(request: APIRequestContext, id: string, status: string) {
  await expect.poll(async () => (await orderOf(request, id)).body.status, { timeout: 5_000 }).toBe(status);
}
