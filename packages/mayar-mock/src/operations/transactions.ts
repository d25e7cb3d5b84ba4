// Transactions: one per payment request or invoice. `get` answers its status (`unpaid`/`created`, then
// `paid` once paid on the hosted page); the unpaid list shows the open ones; the paid list is Mayar's
// balance history, one row per payment; the daily totals add up today's payments.
import { exampleData, exampleItem } from "../spec/examples.js";
import type { MockBalanceRow, MockTransaction } from "../state/records.js";
import type { OperationContext, OperationHandler } from "./context.js";
import { customerSummary } from "./customers.js";
import { groupOf, pageOf, withinRange } from "./lists.js";
import { dataResponse, fill, notFound, pageResponse } from "./respond.js";

function paymentLinkView(context: OperationContext, paymentLinkId: string) {
  const { state } = context;
  const link = state.paymentRequests.get(paymentLinkId) ?? state.invoices.get(paymentLinkId);
  if (!link) return undefined;
  return {
    id: link.id,
    name: link.operationId === "createInvoice" ? "INVOICE" : link.name,
    type: link.operationId === "createInvoice" ? "invoice" : "payment_request",
    link: link.slug,
    amount: link.amount,
  };
}

const customerOf = (context: OperationContext, id: string | null) =>
  id === null ? undefined : context.state.customers.get(id);

export const getTransaction: OperationHandler = (context) => {
  const transaction = context.state.transactions.get(context.params.id ?? "");
  if (!transaction) return notFound(context.operation);
  return dataResponse(
    context.operation,
    fill(exampleData("getTransaction"), {
      id: transaction.id,
      status: transaction.status,
      amount: transaction.amount,
      createdAt: transaction.createdAt,
      paymentLinkId: transaction.paymentLinkId,
      customer: customerSummary(customerOf(context, transaction.customerId)),
    }),
  );
};

function expired(context: OperationContext, transaction: MockTransaction): boolean {
  if (transaction.status === "expired") return true;
  const link = context.state.findByTransaction(transaction.id);
  const expiredAt =
    link?.operationId === "createInvoice"
      ? link.expiredAt
      : typeof link?.request.expiredAt === "string"
        ? Date.parse(link.request.expiredAt)
        : null;
  return expiredAt !== null && expiredAt <= context.state.clock.now();
}

function unpaidRow(context: OperationContext, transaction: MockTransaction) {
  return fill(exampleItem("listUnpaidTransactions"), {
    id: transaction.id,
    createdAt: transaction.createdAt,
    type: transaction.type,
    amount: transaction.amount,
    status: expired(context, transaction) ? "expired" : "active",
    paymentLinkId: transaction.paymentLinkId,
    customerId: transaction.customerId,
    customer: customerSummary(customerOf(context, transaction.customerId)),
    paymentLink: paymentLinkView(context, transaction.paymentLinkId),
    paymentUrl: `${context.options.publicUrl}/select-channel/${transaction.id}`,
  });
}

/** Open transactions of payment requests and invoices that are not closed. */
export const listUnpaidTransactions: OperationHandler = (context) => {
  const { query, state } = context;
  const page = pageOf(
    context,
    state.transactions,
    (transaction) => {
      if (transaction.status === "paid") return false;
      if (state.findByTransaction(transaction.id)?.status === "closed") return false;
      if (query.customerId !== undefined && transaction.customerId !== query.customerId) return false;
      if (query.paymentLinkId !== undefined && transaction.paymentLinkId !== query.paymentLinkId)
        return false;
      if (query.status !== undefined && (query.status === "expired") !== expired(context, transaction)) {
        return false;
      }
      return withinRange(query, transaction.createdAt);
    },
    groupOf("paymentLinkId", query.paymentLinkId),
    groupOf("customerId", query.customerId),
    { group: "status", keys: ["unpaid", "created", "expired"] },
  );
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, (transaction) => unpaidRow(context, transaction));
};

function balanceRow(context: OperationContext, row: MockBalanceRow) {
  return fill(exampleItem("listTransactions"), {
    id: row.id,
    credit: row.credit,
    status: "paid",
    balanceHistoryType: row.type,
    paymentMethod: row.paymentMethod,
    customerId: row.customerId,
    createdAt: row.createdAt,
    paymentLinkTransactionId: row.transactionId,
    fee: [],
    paymentLinkId: row.paymentLinkId,
    subscriptionId: null,
    subscription: null,
    xenditTransactionId: null,
    paymentLinkTransaction: {
      id: row.transactionId,
      urlParamTrackingData: null,
      isAdminFeeBorneByCustomer: false,
      isChannelFeeBorneByCustomer: false,
    },
    customer: customerSummary(customerOf(context, row.customerId)),
    paymentLink: paymentLinkView(context, row.paymentLinkId),
  });
}

/** The paid list: one balance-history row per payment (the mock charges no fees). */
export const listTransactions: OperationHandler = (context) => {
  const { query, state } = context;
  const page = pageOf(
    context,
    state.balance,
    (row) =>
      (query.type === undefined || row.type === query.type) &&
      (query.customerId === undefined || row.customerId === query.customerId) &&
      (query.paymentLinkId === undefined || row.paymentLinkId === query.paymentLinkId) &&
      withinRange(query, row.createdAt),
    groupOf("paymentLinkId", query.paymentLinkId),
    groupOf("customerId", query.customerId),
    groupOf("type", query.type),
  );
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, (row) => balanceRow(context, row));
};

/** Today's (UTC) payments: total volume and count. */
export const getDailyTransactions: OperationHandler = (context) => {
  const { state } = context;
  const now = state.clock.now();
  const date = new Date(now).toISOString().slice(0, 10);
  const dayStart = Date.parse(`${date}T00:00:00.000Z`);
  const today = state.balance.page(Number.MAX_SAFE_INTEGER, undefined, (row) => row.createdAt >= dayStart);
  return dataResponse(context.operation, {
    date,
    tpvCount: today.items.reduce((sum, row) => sum + row.credit, 0),
    trxCount: today.items.length,
  });
};
