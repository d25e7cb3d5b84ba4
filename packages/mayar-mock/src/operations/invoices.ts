// Invoices: create (hosted link `${publicUrl}/invoices/<slug>`, customer found or created by email), update
// by body id, get, list (all, or one customer's by email), status changes. Each has a transaction
// (`transactionId`, status `created` until paid on the hosted page).
import { exampleData, exampleItem } from "../spec/examples.js";
import { ownFrozen } from "../state/mock-state.js";
import type { MockInvoice, MockInvoiceItem, Mutable } from "../state/records.js";
import { randomSlug, randomUuid } from "../util/random.js";
import type { OperationContext, OperationHandler } from "./context.js";
import { customerSummary } from "./customers.js";
import { groupOf, pageOf } from "./lists.js";
import {
  changeStatus,
  duplicateAnswer,
  epochMs,
  hasStatus,
  newTransaction,
  statusGroup,
  syncTransaction,
} from "./payment-links.js";
import { dataResponse, fill, notFound, pageResponse } from "./respond.js";
import type { CreateInvoiceBody, UpdateInvoiceBody } from "./types.js";

type Stored = Mutable<MockInvoice>;

/** The invoice lines as kept: only the members the mock reads. */
function itemsOf(items: readonly MockInvoiceItem[]): MockInvoiceItem[] {
  return items.map(({ quantity, rate, description }) => ({ quantity, rate, description }));
}

/** Rupiah: the sum of quantity × rate, rounded (Mayar's amounts are integers). */
function totalOf(items: readonly MockInvoiceItem[]): number {
  return Math.round(items.reduce((sum, item) => sum + item.quantity * item.rate, 0));
}

/** An invoice as lists show it (or, with `detail`, as the detail does). */
function invoiceView(context: OperationContext, record: Stored, detail: boolean) {
  const template = detail ? exampleData("getInvoice") : exampleItem("listInvoices");
  const transaction = context.state.transactions.get(record.transactionId);
  const extraData = (record.request.extraData as Record<string, unknown> | undefined) ?? null;
  return fill(template, {
    id: record.id,
    amount: record.amount,
    status: record.status,
    link: record.slug,
    createdAt: record.createdAt,
    expiredAt: record.expiredAt,
    description: typeof record.request.description === "string" ? record.request.description : "",
    customerId: record.customerId,
    customer: customerSummary(context.state.customers.get(record.customerId)),
    transactions: [
      detail
        ? { id: record.transactionId, extraData }
        : { id: record.transactionId, status: transaction?.status ?? "created", extraData },
    ],
    ...(detail
      ? { transactionId: record.transactionId, paymentUrl: record.link, paymentLinkId: record.id }
      : {}),
  });
}

export const createInvoice: OperationHandler<CreateInvoiceBody> = (context) => {
  const { body, options, state, operation } = context;
  const items = itemsOf(body.items);
  const amount = totalOf(items);
  // Mayar's duplicate rule for invoices: one customer at one amount (mayarid/skills).
  const duplicate = duplicateAnswer(context, `${body.email.toLowerCase()} ${amount}`);
  if (duplicate) return duplicate;

  const customer = state.customerFor({ name: body.name, email: body.email, mobile: body.mobile });
  const createdAt = state.clock.stamp();
  const slug = randomSlug();
  const record: Stored = {
    operationId: "createInvoice",
    id: randomUuid(),
    transactionId: randomUuid(),
    slug,
    link: `${options.publicUrl}/invoices/${slug}`,
    status: "unpaid",
    createdAt,
    updatedAt: createdAt,
    paidAt: null,
    name: body.name,
    amount,
    customerId: customer.id,
    items,
    expiredAt: epochMs(body.expiredAt),
    request: ownFrozen(body as Record<string, unknown>),
  };
  state.invoices.add(record);
  state.transactions.add(newTransaction(record, "invoice"));
  return dataResponse(operation, {
    id: record.id,
    transactionId: record.transactionId,
    link: record.link,
    ...(record.expiredAt === null ? {} : { expiredAt: record.expiredAt }),
    extraData: body.extraData ?? null,
  });
};

/** v2 update: the body's `id` selects the invoice (the path's id is cosmetic, as on Mayar). */
export const updateInvoice: OperationHandler<UpdateInvoiceBody> = (context) => {
  const { body, state, operation } = context;
  const record = state.invoices.get(body.id);
  if (!record) return notFound(operation);
  const { id: _id, ...changes } = body;
  if (body.items) {
    record.items = itemsOf(body.items);
    record.amount = totalOf(record.items);
  }
  if (body.expiredAt !== undefined) record.expiredAt = epochMs(body.expiredAt);
  record.request = ownFrozen({ ...record.request, ...changes });
  record.updatedAt = state.clock.now();
  syncTransaction(context, record);
  return dataResponse(operation, { id: record.id, link: record.link });
};

export const getInvoice: OperationHandler = (context) => {
  const record = context.state.invoices.get(context.params.id ?? "");
  if (!record) return notFound(context.operation);
  return dataResponse(context.operation, invoiceView(context, record, true));
};

/** `search` matches the customer's name or email, the description or an item's description. */
function matchesSearch(context: OperationContext, record: Stored): boolean {
  const search = context.query.search;
  if (typeof search !== "string" || search === "") return true;
  const customer = context.state.customers.get(record.customerId);
  const haystack = [
    customer?.name,
    customer?.email,
    record.request.description,
    ...record.items.map((item) => item.description),
  ];
  const needle = search.toLowerCase();
  return haystack.some((text) => typeof text === "string" && text.toLowerCase().includes(needle));
}

function listWhere(context: OperationContext, customerId?: string): Response {
  const page = pageOf(
    context,
    context.state.invoices,
    (record) =>
      (customerId === undefined || record.customerId === customerId) &&
      hasStatus(record, context.query.status) &&
      matchesSearch(context, record),
    groupOf("customerId", customerId),
    statusGroup(context.query.status),
  );
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, (record) => invoiceView(context, record, false));
}

export const listInvoices: OperationHandler = (context) => listWhere(context);

export const listInvoicesByEmail: OperationHandler = (context) => {
  const email = String(context.query.email).toLowerCase();
  const customer = context.state.customers.findBy("email", email);
  // No customer with that email: an empty page (no invoice can match).
  return listWhere(context, customer?.id ?? "");
};

export const changeInvoiceStatus: OperationHandler = (context) => {
  const record = context.state.invoices.get(context.params.id ?? "");
  if (!record) return notFound(context.operation);
  return changeStatus(context, record);
};
