// What the mock has created, for the hosted pages and for test assertions.
import type {
  CreatePaymentRequestBody,
  CustomerInfo,
  GenerateImmutableCheckoutLinkBody,
} from "../operations/types.js";

export type PaymentStatus = "unpaid" | "paid";

interface MockPaymentBase {
  /** The id returned by the API (createPaymentRequest `data.id`), and `id` in the return URL after paying. */
  readonly id: string;
  /** Path segment of the hosted page: `${publicUrl}/pl/<slug>`. */
  readonly slug: string;
  /** The URL the API returned for the customer to open. */
  readonly link: string;
  readonly status: PaymentStatus;
  /** `now()` when it was created, epoch milliseconds. */
  readonly createdAt: number;
  /** `now()` when "Bayar" was pressed, or null while unpaid. */
  readonly paidAt: number | null;
}

/** A single payment request made by createPaymentRequest. */
export interface MockPaymentRequest extends MockPaymentBase {
  readonly operationId: "createPaymentRequest";
  readonly transactionId: string;
  readonly name: string;
  /** Rupiah. */
  readonly amount: number;
  /** The request body as received (validated against the spec). */
  readonly request: Readonly<CreatePaymentRequestBody>;
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

export type MockPayment = MockPaymentRequest | MockImmutableCheckout;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class PaymentStore {
  readonly #payments: Mutable<MockPayment>[] = [];

  add(payment: MockPayment): void {
    // Keep our own copy of the request so later edits to the caller's object change nothing.
    this.#payments.push({ ...payment, request: deepFreeze(structuredClone(payment.request)) } as MockPayment);
  }

  /** Frozen copies: assertions can read them, nothing outside can change the mock's state. */
  snapshot(): readonly MockPayment[] {
    return Object.freeze(this.#payments.map((payment) => Object.freeze({ ...payment }) as MockPayment));
  }

  /**
   * The payment a hosted page shows. With an `immutable` token: the checkout that token was issued for.
   * Without: the newest payment on that slug (a payment request's slug is unique; a product's slug is
   * shared by its checkouts, and the mock has no product catalogue to show instead).
   */
  find(slug: string, immutableToken?: string | null): MockPayment | undefined {
    for (let i = this.#payments.length - 1; i >= 0; i--) {
      const payment = this.#payments[i];
      if (!payment || payment.slug !== slug) continue;
      if (!immutableToken) return payment;
      if (
        payment.operationId === "generateImmutableCheckoutLink" &&
        payment.immutableToken === immutableToken
      ) {
        return payment;
      }
    }
    return undefined;
  }

  /** Marks a payment paid (idempotent: paying twice keeps the first paidAt). */
  markPaid(id: string, at: number): MockPayment | undefined {
    const payment = this.#payments.find((p) => p.id === id);
    if (payment && payment.status !== "paid") {
      payment.status = "paid";
      payment.paidAt = at;
    }
    return payment;
  }

  clear(): void {
    this.#payments.length = 0;
  }
}
