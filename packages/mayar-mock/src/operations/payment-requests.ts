// Single payment requests: create (hosted link `${publicUrl}/pl/<slug>`), update by body id, get, list,
// status changes. Each has a transaction (`transactionId`) that turns `paid` on the hosted page.
import { exampleData, exampleItem } from "../spec/examples.js";
import { ownFrozen } from "../state/mock-state.js";
import type { MockPaymentRequest, Mutable } from "../state/records.js";
import { canonicalJson } from "../util/canonical-json.js";
import { randomSlug, randomUuid } from "../util/random.js";
import type { OperationHandler } from "./context.js";
import { pageOf } from "./lists.js";
import {
  changeStatus,
  duplicateAnswer,
  hasStatus,
  newTransaction,
  statusGroup,
  syncTransaction,
} from "./payment-links.js";
import { dataResponse, fill, notFound, pageResponse } from "./respond.js";
import type { CreatePaymentRequestBody, UpdatePaymentRequestBody } from "./types.js";

type Stored = Mutable<MockPaymentRequest>;

/** A payment request as the list shows it (or, with `detail`, as the detail does). */
function paymentRequestView(record: Stored, detail: boolean): Record<string, unknown> {
  const template = detail ? exampleData("getPaymentRequest") : exampleItem("listPaymentRequests");
  return fill(template, {
    id: record.id,
    amount: record.amount,
    status: record.status,
    name: record.name,
    description: record.request.description ?? null,
    createdAt: record.createdAt,
    link: record.slug,
    transactions: [{ id: record.transactionId, extraData: record.request.extraData ?? null }],
    ...(detail ? { linkUrl: record.link, linkPayment: record.link } : {}),
  });
}

export const createPaymentRequest: OperationHandler<CreatePaymentRequestBody> = (context) => {
  const { body, options, state } = context;
  // "The same create" is the same body, whatever its key order.
  const duplicate = duplicateAnswer(context, canonicalJson(body));
  if (duplicate) return duplicate;

  const createdAt = state.clock.stamp();
  const slug = randomSlug();
  const record: Stored = {
    operationId: "createPaymentRequest",
    id: randomUuid(),
    transactionId: randomUuid(),
    slug,
    link: `${options.publicUrl}/pl/${slug}`,
    status: "unpaid",
    createdAt,
    updatedAt: createdAt,
    paidAt: null,
    name: body.name,
    amount: body.amount,
    customerId: body.email ? (state.customers.findBy("email", body.email.toLowerCase())?.id ?? null) : null,
    request: ownFrozen(body),
  };
  state.paymentRequests.add(record);
  state.transactions.add(newTransaction(record, "payment_request"));
  return dataResponse(context.operation, {
    id: record.id,
    transactionId: record.transactionId,
    link: record.link,
  });
};

/** v2 update: the body's `id` selects the record (the path's id is cosmetic, as on Mayar). */
export const updatePaymentRequest: OperationHandler<UpdatePaymentRequestBody> = (context) => {
  const { body, state, operation } = context;
  const record = state.paymentRequests.get(body.id);
  if (!record) return notFound(operation);
  const { id: _id, ...changes } = body;
  record.amount = body.amount;
  record.request = ownFrozen({ ...record.request, ...changes });
  record.updatedAt = state.clock.now();
  syncTransaction(context, record);
  return dataResponse(operation, { id: record.id, link: record.link });
};

export const getPaymentRequest: OperationHandler = (context) => {
  const record = context.state.paymentRequests.get(context.params.id ?? "");
  if (!record) return notFound(context.operation);
  return dataResponse(context.operation, paymentRequestView(record, true));
};

export const listPaymentRequests: OperationHandler = (context) => {
  const { status } = context.query;
  const page = pageOf(
    context,
    context.state.paymentRequests,
    (r) => hasStatus(r, status),
    statusGroup(status),
  );
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, (record) => paymentRequestView(record, false));
};

export const changePaymentRequestStatus: OperationHandler = (context) => {
  const record = context.state.paymentRequests.get(context.params.id ?? "");
  if (!record) return notFound(context.operation);
  return changeStatus(context, record);
};
