// Everything one mock remembers, bounded by `maxRecords` per kind of record, and the few operations that
// touch several kinds at once (paying, finding or creating a customer).
import { randomUuid } from "../util/random.js";
import { Clock } from "./clock.js";
import { DuplicateGuard } from "./duplicate-guard.js";
import { RecordStore } from "./record-store.js";
import {
  deepFreeze,
  type MockBalanceRow,
  type MockCustomer,
  type MockImmutableCheckout,
  type MockInvoice,
  type MockPayment,
  type MockPaymentMethod,
  type MockPaymentRequest,
  type MockTransaction,
  type MockWebhookDelivery,
  type Mutable,
} from "./records.js";

type Stored<T> = Mutable<T>;

export interface StateOptions {
  now: () => number;
  maxRecords: number;
}

export class MockState {
  readonly clock: Clock;
  readonly paymentRequests: RecordStore<Stored<MockPaymentRequest>>;
  readonly invoices: RecordStore<Stored<MockInvoice>>;
  readonly checkouts: RecordStore<Stored<MockImmutableCheckout>>;
  readonly transactions: RecordStore<Stored<MockTransaction>>;
  readonly customers: RecordStore<Stored<MockCustomer>>;
  readonly balance: RecordStore<MockBalanceRow>;
  readonly duplicates: DuplicateGuard;
  /** Every webhook delivery attempt, oldest first (the webhook history). */
  readonly webhookDeliveries: RecordStore<MockWebhookDelivery>;
  /**
   * Membership products created through the mock (`memberships.createProduct`), by id, with the ids of their
   * tiers (`memberships.createTier`): generateImmutableCheckoutLink answers these with per-tier links.
   */
  readonly membershipProducts = new Map<string, string[]>();
  /** The merchant's registered webhook URL (one per merchant), or null. */
  webhookUrl: string | null = null;

  constructor({ now, maxRecords }: StateOptions) {
    this.clock = new Clock(now);
    const slug = (record: { slug: string }) => record.slug;
    // Groups: the fields the lists filter on (see the list handlers), so a filtered page walks only
    // the records that can match.
    const status = (record: { status: string }) => record.status;
    const customerId = (record: { customerId: string | null }) => record.customerId ?? undefined;
    const paymentLinkId = (record: { paymentLinkId: string }) => record.paymentLinkId;
    this.paymentRequests = new RecordStore<Stored<MockPaymentRequest>>(maxRecords, { slug }, { status });
    this.invoices = new RecordStore<Stored<MockInvoice>>(maxRecords, { slug }, { status, customerId });
    this.checkouts = new RecordStore<Stored<MockImmutableCheckout>>(maxRecords, {
      slug,
      token: (record) => record.immutableToken,
    });
    this.transactions = new RecordStore<Stored<MockTransaction>>(
      maxRecords,
      {},
      { status, customerId, paymentLinkId },
    );
    this.customers = new RecordStore<Stored<MockCustomer>>(
      maxRecords,
      { email: (record) => record.email.toLowerCase() },
      { id: (record) => record.id },
    );
    this.balance = new RecordStore<MockBalanceRow>(
      maxRecords,
      {},
      { type: (row) => row.type, customerId, paymentLinkId },
    );
    this.duplicates = new DuplicateGuard(maxRecords);
    this.webhookDeliveries = new RecordStore<MockWebhookDelivery>(maxRecords);
  }

  /**
   * The payment a hosted page shows. With an `immutable` token: the checkout that token was issued for.
   * Without: the payment request or invoice with that slug, else the newest checkout of that product (a
   * product's slug is shared by its checkouts, and the mock has no product catalogue to show instead).
   */
  findBySlug(slug: string, immutableToken?: string | null): Stored<MockPayment> | undefined {
    if (immutableToken) {
      const checkout = this.checkouts.findBy("token", immutableToken);
      return checkout?.slug === slug ? checkout : undefined;
    }
    return (
      this.paymentRequests.findBy("slug", slug) ??
      this.invoices.findBy("slug", slug) ??
      this.checkouts.findBy("slug", slug)
    );
  }

  /** The payment request or invoice a transaction pays. */
  findByTransaction(transactionId: string): Stored<MockPaymentRequest | MockInvoice> | undefined {
    const transaction = this.transactions.get(transactionId);
    if (!transaction) return undefined;
    return transaction.type === "invoice"
      ? this.invoices.get(transaction.paymentLinkId)
      : this.paymentRequests.get(transaction.paymentLinkId);
  }

  /** Every status change goes through here, so the lists' status groups stay right. */
  setStatus(payment: Stored<MockPayment>, status: Stored<MockPayment>["status"]): void {
    const change = () => {
      payment.status = status;
    };
    if (payment.operationId === "createPaymentRequest") this.paymentRequests.update(payment, change);
    else if (payment.operationId === "createInvoice") this.invoices.update(payment, change);
    else this.checkouts.update(payment, change);
  }

  findPayment(id: string): Stored<MockPayment> | undefined {
    return this.paymentRequests.get(id) ?? this.invoices.get(id) ?? this.checkouts.get(id);
  }

  /**
   * "Bayar": marks the payment paid, its transaction paid, and writes the balance-history row the paid list
   * shows. Idempotent: paying twice keeps the first `paidAt` ("already-paid"). Closed and expired payments
   * cannot be paid ("refused").
   */
  pay(payment: Stored<MockPayment>, method: MockPaymentMethod = "QRIS"): "paid" | "already-paid" | "refused" {
    if (payment.status === "paid") return "already-paid";
    if (payment.status === "closed" || payment.status === "expired") return "refused";
    const at = this.clock.now();
    this.setStatus(payment, "paid");
    payment.paidAt = at;
    payment.paymentMethod = method;
    if (payment.operationId === "generateImmutableCheckoutLink") return "paid";
    const transaction = this.transactions.get(payment.transactionId);
    if (transaction) {
      this.transactions.update(transaction, () => {
        transaction.status = "paid";
      });
      transaction.paidAt = at;
    }
    this.balance.add({
      id: randomUuid(),
      transactionId: payment.transactionId,
      paymentLinkId: payment.id,
      type: payment.operationId === "createInvoice" ? "invoice" : "payment_request",
      credit: payment.amount,
      customerId: payment.customerId,
      createdAt: this.clock.stamp(),
      paymentMethod: method,
    });
    return "paid";
  }

  /**
   * "Let it expire": the payment and its transaction turn `expired` for good (the unpaid list shows the
   * transaction as `expired`; the page can no longer be paid). Only an unpaid (or unlisted) payment expires.
   */
  expire(payment: Stored<MockPayment>): boolean {
    if (payment.status === "expired") return true;
    if (payment.status !== "unpaid" && payment.status !== "unlisted") return false;
    this.setStatus(payment, "expired");
    if (payment.operationId !== "generateImmutableCheckoutLink") {
      const transaction = this.transactions.get(payment.transactionId);
      if (transaction && transaction.status !== "paid") {
        this.transactions.update(transaction, () => {
          transaction.status = "expired";
        });
      }
    }
    return true;
  }

  /** The customer with this email (case-insensitive), created when there is none. */
  customerFor(details: { name?: string; email: string; mobile?: string }): Stored<MockCustomer> {
    const existing = this.customers.findBy("email", details.email.toLowerCase());
    if (existing) return existing;
    const at = this.clock.stamp();
    const customer: Stored<MockCustomer> = {
      id: randomUuid(),
      name: details.name ?? details.email,
      email: details.email,
      mobile: details.mobile ?? null,
      createdAt: at,
      updatedAt: at,
    };
    this.customers.add(customer);
    return customer;
  }

  /** Frozen copies of every payment, oldest first: assertions can read them, nothing can change the state. */
  snapshot(): readonly MockPayment[] {
    const all: MockPayment[] = [
      ...this.paymentRequests.values(),
      ...this.invoices.values(),
      ...this.checkouts.values(),
    ];
    all.sort((a, b) => a.createdAt - b.createdAt);
    return Object.freeze(all.map((payment) => Object.freeze({ ...payment }) as MockPayment));
  }

  clear(): void {
    for (const store of [
      this.paymentRequests,
      this.invoices,
      this.checkouts,
      this.transactions,
      this.customers,
      this.balance,
      this.webhookDeliveries,
    ]) {
      store.clear();
    }
    this.webhookUrl = null;
    this.duplicates.clear();
    this.clock.reset();
  }
}

/**
 * A request body kept as a record's own, frozen so no snapshot reader can change the mock's state. Bodies
 * are parsed by the mock from the request's text, so no caller holds a reference to them: freezing is
 * enough, no copy is needed. Values merged on update are JSON from the same source.
 */
export function ownFrozen<T>(value: T): T {
  return deepFreeze(value);
}
