// What the mock's webhooks carry: Mayar's `{ event, data }` (REFERENCE §3.3, described once in the spec's
// `webhooks:` section), built from the mock's state.
// The merchant is the documented one (its id and email), named after the `shopName` option.

import { DOCUMENTED_WEBHOOK_DATA } from "../generated/webhook-events.js";
import type { ResolvedOptions } from "../options.js";
import type { MockState } from "../state/mock-state.js";
import type { MockInvoice, MockPaymentRequest, MockTransaction } from "../state/records.js";

/** The merchant's user id in the documented payloads (and `userId` of every history row). */
export const MERCHANT_ID = "348e083d-315a-4e5c-96b1-5a2a98c48413";
const MERCHANT_EMAIL = "merchant@example.com";

/** The event the test delivery (`webhooks.test`) sends: Mayar's is not documented. */
const TEST_EVENT = "testing";

export type WebhookData = Record<string, unknown>;

export interface WebhookPayload {
  event: string;
  data: WebhookData;
}

const iso = (ms: number | null | undefined) =>
  typeof ms === "number" && Number.isFinite(ms) ? new Date(ms).toISOString() : null;

function merchantFields(options: ResolvedOptions): WebhookData {
  return { merchantId: MERCHANT_ID, merchantName: options.shopName, merchantEmail: MERCHANT_EMAIL };
}

/**
 * `data` of payment.received (or payment.reminder) for a transaction of the mock, as Mayar sends it: the
 * documented members in the documented order. `transactionStatus` is what the event says (`paid` for
 * payment.received), not necessarily what the transaction is: forged events are built with this too.
 */
export function paymentData(
  state: MockState,
  options: ResolvedOptions,
  transaction: MockTransaction,
  transactionStatus: string,
): WebhookData {
  const link = state.findByTransaction(transaction.id) as MockPaymentRequest | MockInvoice | undefined;
  const customer = transaction.customerId ? state.customers.get(transaction.customerId) : undefined;
  const request = link?.operationId === "createPaymentRequest" ? link.request : undefined;
  const email = customer?.email ?? request?.email ?? null;
  return {
    id: transaction.id,
    transactionId: transaction.id,
    status: "SUCCESS",
    transactionStatus,
    createdAt: iso(transaction.createdAt),
    updatedAt: iso(transaction.paidAt ?? state.clock.now()),
    ...merchantFields(options),
    customerId: customer?.id ?? null,
    customerName: customer?.name ?? email,
    customerEmail: email,
    customerMobile: customer?.mobile ?? request?.mobile ?? null,
    amount: transaction.amount,
    isAdminFeeBorneByCustomer: null,
    isChannelFeeBorneByCustomer: null,
    productId: transaction.paymentLinkId,
    productName: link ? (link.operationId === "createInvoice" ? "INVOICE" : link.name) : null,
    productType: transaction.type,
    pixelFbp: null,
    pixelFbc: null,
    qty: 1,
    couponUsed: null,
    paymentMethod: link?.paymentMethod ?? null,
  };
}

/**
 * The documented `data` of an event (the spec's `webhooks:` section, generated): the sample for events the
 * mock has no record for.
 */
function documentedData(event: string): WebhookData | undefined {
  const data = Object.hasOwn(DOCUMENTED_WEBHOOK_DATA, event) ? DOCUMENTED_WEBHOOK_DATA[event] : undefined;
  return data ? { ...data } : undefined;
}

/**
 * The payload `mock.emitWebhook(event, data)` sends. For payment.received / payment.reminder naming a
 * transaction of the mock (`data.transactionId` or `data.id`), the data a real delivery would carry; else
 * the documented sample of that event, if any; the mock's merchant either way; then `data` over it.
 */
export function emittedPayload(
  state: MockState,
  options: ResolvedOptions,
  event: string,
  data: WebhookData,
): WebhookPayload {
  const id = data.transactionId ?? data.id;
  const transaction = typeof id === "string" ? state.transactions.get(id) : undefined;
  let base: WebhookData;
  if (transaction && (event === "payment.received" || event === "payment.reminder")) {
    base = paymentData(
      state,
      options,
      transaction,
      event === "payment.received" ? "paid" : transaction.status,
    );
  } else {
    const sample = documentedData(event);
    const merchant = { merchantId: MERCHANT_ID, merchantName: options.shopName };
    // The documented samples name the documented merchant: the mock's replaces it (and its email, if any).
    base = sample
      ? { ...sample, ...merchant, ...("merchantEmail" in sample ? { merchantEmail: MERCHANT_EMAIL } : {}) }
      : merchant;
  }
  return { event, data: { ...base, ...data } };
}

/** The test delivery's payload: the documented payment.received sample under the `testing` event. */
export function testPayload(options: ResolvedOptions): WebhookPayload {
  return {
    event: TEST_EVENT,
    data: { ...(documentedData("payment.received") ?? {}), ...merchantFields(options) },
  };
}
