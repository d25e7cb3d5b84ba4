import type { MayarWebhookEventType } from "./events";

export interface MayarWebhookRequestInit {
  /** Your receiver's URL, without the token: `"http://localhost:3000/api/mayar/webhook"`. */
  url: string;
  /** Added as `?token=`; leave it out to build a delivery without one. */
  token?: string;
  /** Mayar's `event` member (any string, to test unknown types). */
  event: MayarWebhookEventType | (string & {});
  /** Mayar's `data` member. */
  data: Record<string, unknown>;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/**
 * Builds a delivery the way Mayar sends one (POST, JSON, `{ event, data }`), for testing your receiver:
 * a genuine one with your token, a forged one without it or with another.
 *
 * ```ts
 * const response = await webhook(createMayarWebhookRequest({
 *   url: "http://shop.test/api/mayar/webhook", token: "test-token-0123456789",
 *   event: "payment.received", data: { id: "tx_1", transactionId: "tx_1", amount: 150000 },
 * }));
 * ```
 */
export function createMayarWebhookRequest(init: MayarWebhookRequestInit): Request {
  const url = new URL(init.url);
  if (init.token !== undefined) url.searchParams.set("token", init.token);
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: JSON.stringify({ event: init.event, data: init.data }),
  });
}
