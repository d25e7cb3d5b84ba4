// `seed: "examples"`: starts the mock with the records the spec's examples describe, so calls with the
// documented ids (`getPaymentRequest("6f8c19ff-…")`, `getCustomerByEmail({ email: "budi.santoso@…" })`,
// `getTransaction("dc37faf8-…")`) answer as documented. The examples reuse ids across resources (the
// documented payment request and invoice share an id and a transaction id); each store keeps its own, and a
// transaction id already seeded is not seeded twice.
import type { ResolvedOptions } from "../options.js";
import { exampleData, exampleItems } from "../spec/examples.js";
import { findOperation } from "../spec/operations.js";
import type { MockState } from "./mock-state.js";
import { ownFrozen } from "./mock-state.js";
import type { MockTransaction, Mutable, PaymentStatus } from "./records.js";

type Json = Readonly<Record<string, unknown>>;

const text = (value: unknown, fallback = ""): string => (typeof value === "string" ? value : fallback);
const integer = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) ? value : undefined;

function statusOf(value: unknown): PaymentStatus {
  return value === "paid" || value === "closed" || value === "unlisted" ? value : "unpaid";
}

function firstTransactionId(record: Json): string | undefined {
  const transactions = record.transactions;
  const first = Array.isArray(transactions) ? (transactions[0] as Json | undefined) : undefined;
  return text(record.transactionId) || text(first?.id) || undefined;
}

function seedCustomers(state: MockState): void {
  for (const customer of [exampleData("getCustomerByEmail"), ...exampleItems("listCustomers")]) {
    const email = text(customer?.email);
    if (!customer || !email || state.customers.findBy("email", email.toLowerCase())) continue;
    const createdAt = integer(customer.createdAt) ?? state.clock.stamp();
    state.customers.add({
      id: text(customer.id),
      name: text(customer.name, email),
      email,
      mobile: typeof customer.mobile === "string" ? customer.mobile : null,
      createdAt,
      updatedAt: integer(customer.updatedAt) ?? createdAt,
    });
  }
}

function addTransaction(state: MockState, transaction: Mutable<MockTransaction>): void {
  if (!state.transactions.get(transaction.id)) state.transactions.add(transaction);
}

function seedPaymentRequest(state: MockState, options: ResolvedOptions): void {
  const detail = exampleData("getPaymentRequest");
  const transactionId = detail && firstTransactionId(detail);
  if (!detail || !transactionId) return;
  const listed = exampleItems("listPaymentRequests").find((item) => item.id === detail.id);
  const createdAt = integer(listed?.createdAt) ?? state.clock.stamp();
  const status = statusOf(detail.status);
  const amount = integer(detail.amount) ?? 1;
  const record = {
    operationId: "createPaymentRequest" as const,
    id: text(detail.id),
    transactionId,
    slug: text(detail.link),
    link: `${options.publicUrl}/pl/${text(detail.link)}`,
    status,
    createdAt,
    updatedAt: createdAt,
    paidAt: status === "paid" ? createdAt : null,
    name: text(detail.name, "Payment request"),
    amount,
    customerId: null,
    request: ownFrozen({ name: text(detail.name), amount, description: text(detail.description) }),
  };
  state.paymentRequests.add(record);
  addTransaction(state, {
    id: transactionId,
    paymentLinkId: record.id,
    type: "payment_request",
    amount,
    status: status === "paid" ? "paid" : "unpaid",
    createdAt,
    paidAt: record.paidAt,
    customerId: null,
  });
}

function seedInvoice(state: MockState, options: ResolvedOptions): void {
  const detail = exampleData("getInvoice");
  const transactionId = detail && firstTransactionId(detail);
  const customerInfo = detail?.customer as Json | undefined;
  if (!detail || !transactionId || !customerInfo) return;
  const customer = state.customerFor({
    name: text(customerInfo.name),
    email: text(customerInfo.email),
    mobile: text(customerInfo.mobile),
  });
  const createdAt = integer(detail.createdAt) ?? state.clock.stamp();
  const status = statusOf(detail.status);
  const amount = integer(detail.amount) ?? 1;
  const items = [{ quantity: 1, rate: amount, description: "Invoice" }];
  const record = {
    operationId: "createInvoice" as const,
    id: text(detail.id),
    transactionId,
    slug: text(detail.link),
    link: `${options.publicUrl}/invoices/${text(detail.link)}`,
    status,
    createdAt,
    updatedAt: createdAt,
    paidAt: status === "paid" ? createdAt : null,
    name: customer.name,
    amount,
    customerId: customer.id,
    items,
    expiredAt: integer(detail.expiredAt) ?? null,
    request: ownFrozen({ name: customer.name, email: customer.email, items }),
  };
  state.invoices.add(record);
  addTransaction(state, {
    id: transactionId,
    paymentLinkId: record.id,
    type: "invoice",
    amount,
    status: status === "paid" ? "paid" : "created",
    createdAt,
    paidAt: record.paidAt,
    customerId: customer.id,
  });
}

/** The documented transaction (`getTransaction`'s example) and the paid list's documented rows. */
function seedTransactions(state: MockState): void {
  const detail = exampleData("getTransaction");
  if (detail && text(detail.id)) {
    const createdAt = integer(detail.createdAt) ?? state.clock.stamp();
    const status = detail.status === "paid" ? "paid" : detail.status === "created" ? "created" : "unpaid";
    const customerEmail = text((detail.customer as Json | undefined)?.email);
    addTransaction(state, {
      id: text(detail.id),
      paymentLinkId: text(detail.paymentLinkId),
      type: "payment_request",
      amount: integer(detail.amount) ?? 1,
      status,
      createdAt,
      paidAt: status === "paid" ? createdAt : null,
      customerId: customerEmail ? (state.customers.findBy("email", customerEmail)?.id ?? null) : null,
    });
  }
  for (const row of exampleItems("listTransactions")) {
    const transactionId = text(row.paymentLinkTransactionId);
    if (!transactionId || !text(row.id)) continue;
    state.balance.add({
      id: text(row.id),
      transactionId,
      paymentLinkId: text(row.paymentLinkId),
      type: row.balanceHistoryType === "invoice" ? "invoice" : "payment_request",
      credit: integer(row.credit) ?? 0,
      customerId: state.transactions.get(transactionId)?.customerId ?? null,
      createdAt: integer(row.createdAt) ?? state.clock.stamp(),
      paymentMethod: "QRIS",
    });
  }
}

/** The documented URL (`registerWebhook`'s example) and the documented history rows of both lists. */
function seedWebhooks(state: MockState): void {
  const registered = findOperation("registerWebhook")?.requestExample;
  const urlHook = (registered as Json | undefined)?.urlHook;
  if (typeof urlHook === "string") state.webhookUrl = urlHook;
  for (const row of [...exampleItems("listWebhookHistory"), ...exampleItems("listWebhookNewHistory")]) {
    const id = text(row.id);
    if (!id || state.webhookDeliveries.get(id)) continue;
    const createdAt = instant(row.createdAt) ?? state.clock.stamp();
    state.webhookDeliveries.add({
      id,
      createdAt,
      event: text(row.type),
      payload: text(row.payload, "{}"),
      status: row.status === "FAILED" ? "FAILED" : "SUCCESS",
      urlDestination: text(row.urlDestination),
      nextDelivery: instant(row.nextDelivery) ?? null,
      paymentLinkId: typeof row.paymentLinkId === "string" ? row.paymentLinkId : null,
      paymentLinkTransactionId:
        typeof row.paymentLinkTransactionId === "string" ? row.paymentLinkTransactionId : null,
      responsePayload: typeof row.responsePayload === "string" ? row.responsePayload : null,
      responseStatus: null,
      source: row.source === "MANUAL" || row.source === "TEST" ? row.source : "AUTOMATIC",
      attempt: 1,
    });
  }
}

/** Epoch milliseconds from a documented time (an integer, or an ISO string). */
function instant(value: unknown): number | undefined {
  if (typeof value === "string") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return integer(value);
}

export function seedFromExamples(state: MockState, options: ResolvedOptions): void {
  seedCustomers(state);
  seedPaymentRequest(state, options);
  seedInvoice(state, options);
  seedTransactions(state);
  seedWebhooks(state);
}
