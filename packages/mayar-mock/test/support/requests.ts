import { expect } from "vitest";
import type { MayarMock } from "../../src/index.js";

export const CREATE_PATH = "/hl/v2/payments/create";
export const CHECKOUT_PATH = "/credit/v1/credit/generate/immutable/checkout";

export const validPaymentRequest = {
  name: "Penagihan",
  amount: 100000,
  email: "budi.santoso@example.com",
  mobile: "081234567890",
  description: "Pembayaran jasa konsultasi",
  expiredAt: "2026-07-19T16:43:23.000Z",
};

export const validCheckout = {
  productId: "0e787345-9aaf-4b72-aa00-1174be6b52b1",
  creditAmount: 1000,
  customerInfo: { name: "memberTambahan", email: "tambahan@gg.com", mobile: "08777777799" },
};

interface PostOptions {
  /** The Authorization header value; `null` sends none. Default: `Bearer <mock.apiKey>`. */
  authorization?: string | null;
  /** A raw body, sent as is instead of JSON.stringify(body). */
  raw?: string;
}

/** POSTs to `${mock.publicUrl}${path}` through mock.fetch. */
export function post(
  mock: MayarMock,
  path: string,
  body?: unknown,
  options: PostOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const authorization = options.authorization === undefined ? `Bearer ${mock.apiKey}` : options.authorization;
  if (authorization !== null) headers.authorization = authorization;
  return mock.fetch(`${mock.publicUrl}${path}`, {
    method: "POST",
    headers,
    body: options.raw ?? JSON.stringify(body),
  });
}

/**
 * Asserts a 400 in Mayar's validation envelope, exactly: `{ statusCode: 400, <messageKey>: "Validation
 * Error", data }`. Returns the parsed body.
 */
export async function expectValidationError(
  response: Response,
  data: unknown[],
  messageKey: "messages" | "message" = "messages",
): Promise<unknown> {
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body).toEqual({ statusCode: 400, [messageKey]: "Validation Error", data });
  return body;
}
