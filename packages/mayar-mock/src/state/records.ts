// What the mock has created: payment links (payment requests, invoices, immutable credit checkouts), their
// transactions, customers, and the balance-history rows written when something is paid.
import type {
  CreatePaymentRequestBody,
  CustomerInfo,
  GenerateImmutableCheckoutLinkBody,
} from "../operations/types.js";

/**
 * `unpaid` until paid on the hosted page; `closed` and `unlisted` after `setStatus` (`open`/`active` turn
 * them back to `unpaid`); `expired` once the hosted page's "let it expire" was pressed (for good).
 */
export type PaymentStatus = "unpaid" | "paid" | "closed" | "unlisted" | "expired";

/** The payment methods the hosted page offers (sent as `paymentMethod` in payment.received). */
export type MockPaymentMethod = "QRIS" | "VIRTUAL_ACCOUNT" | "EWALLET";

interface MockPaymentBase {
  /** The id returned by the API (`data.id`), and `id` in the return URL after paying. */
  readonly id: string;
  /** Path segment of the hosted page: `${publicUrl}/pl/<slug>`. */
  readonly slug: string;
  /** The URL the API returned for the customer to open. */
  readonly link: string;
  readonly status: PaymentStatus;
  /** When it was created, epoch milliseconds (unique within a mock; see `Clock.stamp`). */
  readonly createdAt: number;
  /** `now()` when "Bayar" was pressed, or null while unpaid. */
  readonly paidAt: number | null;
  /** The method chosen on the hosted page when it was paid (undefined while unpaid). */
  readonly paymentMethod?: MockPaymentMethod;
}

/** A single payment request made by createPaymentRequest. */
export interface MockPaymentRequest extends MockPaymentBase {
  readonly operationId: "createPaymentRequest";
  readonly transactionId: string;
  readonly name: string;
  /** Rupiah. */
  readonly amount: number;
  /** The customer found or created by the request's `email`, or null without one. */
  readonly customerId: string | null;
  /** `now()` of the last update (the creation time until then). */
  readonly updatedAt: number;
  /** The request body as received, with later updates applied (validated against the spec). */
  readonly request: Readonly<CreatePaymentRequestBody>;
}

/** One line of an invoice. */
export interface MockInvoiceItem {
  readonly quantity: number;
  readonly rate: number;
  readonly description: string;
}

/** An invoice made by createInvoice. */
export interface MockInvoice extends MockPaymentBase {
  readonly operationId: "createInvoice";
  readonly transactionId: string;
  /** The customer's name (Mayar lists invoices with the name "INVOICE"). */
  readonly name: string;
  /** Rupiah: the sum of quantity × rate over the items, rounded. */
  readonly amount: number;
  readonly customerId: string;
  readonly items: readonly MockInvoiceItem[];
  /** Epoch milliseconds, or null when the invoice does not expire. */
  readonly expiredAt: number | null;
  readonly updatedAt: number;
  /** The request body as received, with later updates applied. */
  readonly request: Readonly<Record<string, unknown>>;
}

/** A credit top-up checkout made by generateImmutableCheckoutLink. */
export interface MockImmutableCheckout extends MockPaymentBase {
  readonly operationId: "generateImmutableCheckoutLink";
  readonly productId: string;
  readonly customerInfo: Readonly<CustomerInfo>;
  /** Credits, not rupiah; undefined when the caller left it to the checkout page. */
  readonly creditAmount: number | undefined;
  /** The product's general (mutable) link, `paymentLinkUrl` in the response. */
  readonly paymentLinkUrl: string;
  /** The `immutable` query value of `link`. */
  readonly immutableToken: string;
  readonly request: Readonly<GenerateImmutableCheckoutLinkBody>;
}

export type MockPayment = MockPaymentRequest | MockInvoice | MockImmutableCheckout;

/** The transaction a payment request or invoice is paid through (`transactionId`). */
export interface MockTransaction {
  readonly id: string;
  /** The payment request or invoice. */
  readonly paymentLinkId: string;
  readonly type: "payment_request" | "invoice";
  readonly amount: number;
  /**
   * Payment requests start `unpaid`, invoices `created` (as Mayar shows them); both end `paid`, or
   * `expired` when the hosted page's "let it expire" was pressed.
   */
  readonly status: "unpaid" | "created" | "paid" | "expired";
  readonly createdAt: number;
  readonly paidAt: number | null;
  readonly customerId: string | null;
}

export interface MockCustomer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly mobile: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A row of the paid-transactions list: Mayar's balance history, one credit per payment. */
export interface MockBalanceRow {
  readonly id: string;
  readonly transactionId: string;
  readonly paymentLinkId: string;
  readonly type: "payment_request" | "invoice";
  /** Rupiah credited (the mock takes no fees). */
  readonly credit: number;
  readonly customerId: string | null;
  readonly createdAt: number;
  /** How it was paid on the hosted page. */
  readonly paymentMethod: MockPaymentMethod;
}

/** One webhook delivery attempt: a row of `webhooks.history` / `webhooks.newHistory`. */
export interface MockWebhookDelivery {
  readonly id: string;
  /** When the attempt finished (epoch milliseconds, unique within a mock: the list cursor). */
  readonly createdAt: number;
  /** The event name (`payment.received`, ...): `type` in the history. */
  readonly event: string;
  /** The body sent, `{"event":...,"data":{...}}`, as a JSON string. */
  readonly payload: string;
  readonly status: "SUCCESS" | "FAILED";
  readonly urlDestination: string;
  /** When the next automatic attempt is due, or null (delivered, or no retries left). */
  readonly nextDelivery: number | null;
  readonly paymentLinkId: string | null;
  readonly paymentLinkTransactionId: string | null;
  /** The receiver's answer body (at most 2 000 characters), or the network error; null for an empty body. */
  readonly responsePayload: string | null;
  /** The receiver's HTTP status, or null when it could not be reached. */
  readonly responseStatus: number | null;
  /**
   * `AUTOMATIC` for deliveries of events (and their retries), `MANUAL` for `webhooks.retry`, `TEST` for
   * `webhooks.test`.
   */
  readonly source: "AUTOMATIC" | "MANUAL" | "TEST";
  /** 1 for the first attempt of a delivery, 2 for its first retry, ... */
  readonly attempt: number;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
