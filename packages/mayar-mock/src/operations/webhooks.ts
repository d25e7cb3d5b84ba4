// Webhook management: the merchant's URL (one per merchant), test deliveries, the delivery history (every
// attempt, newest first, in both of Mayar's shapes) and manual retries. The messages are Mayar's own
// (REFERENCE §1.5 and §2.13).
import { errorResponse } from "../http/responses.js";
import type { MockWebhookDelivery } from "../state/records.js";
import { MERCHANT_ID, testPayload } from "../webhooks/payload.js";
import type { OperationContext, OperationHandler } from "./context.js";
import { pageOf } from "./lists.js";
import { notFound, pageResponse, rootResponse } from "./respond.js";
import type { RegisterWebhookBody, RetryWebhookBody, TestWebhookBody } from "./types.js";

const REGISTER_MISSING = "urlHook is required";
const REGISTER_INVALID = "urlHook is not a valid URL";
const TEST_MISSING = "Url tidak ditemukan. Silahkan masukkan url webhook anda.";
const TEST_INVALID = "Url tidak valid. Silahkan masukkan url webhook yang valid.";
const RETRY_NO_URL = "Url tidak ditemukan. Silahkan register url webhook anda terlebih dahulu.";
const HISTORY_NOT_FOUND = "Webhook history not found";

/** An absolute http(s) URL (what the mock can deliver to), or undefined. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : undefined;
  } catch {
    return undefined;
  }
}

const isBlank = (value: unknown) => value === undefined || value === null || value === "";

/**
 * The documented 400 for a webhook body that fails the spec (no `urlHook`, or not a URL), or undefined to
 * answer the usual validator envelope (other fields).
 */
function urlHookError(missing: string, invalid: string) {
  return (body: unknown): Response | undefined => {
    const urlHook =
      body !== null && typeof body === "object" ? (body as { urlHook?: unknown }).urlHook : undefined;
    if (isBlank(urlHook)) return errorResponse(400, "messages", missing);
    if (!httpUrl(urlHook)) return errorResponse(400, "messages", invalid);
    return undefined;
  };
}

export const registerWebhookBodyError = urlHookError(REGISTER_MISSING, REGISTER_INVALID);
export const testWebhookBodyError = urlHookError(TEST_MISSING, TEST_INVALID);

/** `POST /hl/v2/webhooks/update`: sets the merchant's URL (replacing any earlier one). */
export const registerWebhook: OperationHandler<RegisterWebhookBody> = (context) => {
  const { body, state, operation } = context;
  const url = httpUrl(body.urlHook);
  if (!url) return errorResponse(400, operation.messageKey, REGISTER_INVALID);
  state.webhookUrl = url;
  return rootResponse(operation);
};

/**
 * `POST /hl/v2/webhooks/test`: one delivery (no retries) of the `testing` event to the given URL, in the
 * background; it is recorded in the history with `source: "TEST"`.
 */
export const testWebhook: OperationHandler<TestWebhookBody> = (context) => {
  const { body, options, operation, webhooks } = context;
  const url = httpUrl(body.urlHook);
  if (!url) return errorResponse(400, operation.messageKey, TEST_INVALID);
  webhooks.deliver(url, testPayload(options), { source: "TEST", retries: 0 });
  return rootResponse(operation);
};

/** `POST /hl/v2/webhooks/retry`: sends a recorded delivery's payload again, once, to the registered URL. */
export const retryWebhook: OperationHandler<RetryWebhookBody> = (context) => {
  const { body, state, operation, webhooks } = context;
  const url = state.webhookUrl;
  if (!url) return errorResponse(400, operation.messageKey, RETRY_NO_URL);
  const row = state.webhookDeliveries.get(body.webhookHistoryId);
  if (!row) return notFound(operation, HISTORY_NOT_FOUND);
  webhooks.send({
    url,
    event: row.event,
    body: row.payload,
    source: "MANUAL",
    retries: 0,
    paymentLinkId: row.paymentLinkId,
    transactionId: row.paymentLinkTransactionId,
  });
  return rootResponse(operation);
};

/** `startAt`/`endAt` as epoch milliseconds: digits are milliseconds, anything else is read as a date. */
function instant(value: unknown): number | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function matchesFilters(context: OperationContext, row: MockWebhookDelivery): boolean {
  const { status, type, urlDestination, startAt, endAt } = context.query;
  const start = instant(startAt);
  const end = instant(endAt);
  return (
    (status === undefined || row.status === status) &&
    (type === undefined || row.event === type) &&
    (urlDestination === undefined || row.urlDestination === urlDestination) &&
    (start === undefined || row.createdAt >= start) &&
    (end === undefined || row.createdAt <= end)
  );
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A row of `GET /hl/v2/webhooks/history` (epoch-millisecond times). */
function historyView(row: MockWebhookDelivery) {
  return {
    id: row.id,
    createdAt: row.createdAt,
    nextDelivery: row.nextDelivery,
    paymentLinkId: row.paymentLinkId,
    payload: row.payload,
    status: row.status,
    type: row.event,
    updatedAt: row.createdAt,
    userId: MERCHANT_ID,
    paymentLinkTransactionId: row.paymentLinkTransactionId,
    urlDestination: row.urlDestination,
    responsePayload: row.responsePayload,
    source: row.source,
  };
}

/** A row of `GET /hl/v2/webhooks/new-history` (ISO times, and Mayar's `Webhooktype`). */
function newHistoryView(row: MockWebhookDelivery) {
  return {
    id: row.id,
    userId: MERCHANT_ID,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.createdAt),
    nextDelivery: iso(row.nextDelivery),
    payload: row.payload,
    paymentLinkId: row.paymentLinkId,
    paymentLinkTransactionId: row.paymentLinkTransactionId,
    responsePayload: row.responsePayload,
    source: row.source,
    status: row.status,
    type: row.event,
    Webhooktype: null,
    urlDestination: row.urlDestination,
  };
}

export const listWebhookHistory: OperationHandler = (context) => {
  const page = pageOf(context, context.state.webhookDeliveries, (row) => matchesFilters(context, row));
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, historyView);
};

export const listWebhookNewHistory: OperationHandler = (context) => {
  const page = pageOf(context, context.state.webhookDeliveries);
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, newHistoryView);
};
