// What payment requests and invoices share: the duplicate-create window, status changes, the status filter
// of their lists, and their transaction.
import { errorResponse } from "../http/responses.js";
import type { GroupSelection } from "../state/record-store.js";
import type { MockInvoice, MockPaymentRequest, MockTransaction, Mutable } from "../state/records.js";
import type { OperationContext } from "./context.js";
import { rootResponse } from "./respond.js";

const DUPLICATE_MESSAGE = "Duplicate request detected. Please wait 1 minute before trying again.";

type Link = Mutable<MockPaymentRequest | MockInvoice>;

/** The 429 Mayar answers when the same create arrives again within the window, or undefined. */
export function duplicateAnswer(context: OperationContext, key: string): Response | undefined {
  const { state, options, operation } = context;
  const duplicate = state.duplicates.check(
    `${operation.operationId} ${key}`,
    state.clock.now(),
    options.duplicateWindowMs,
  );
  return duplicate ? errorResponse(429, operation.messageKey, DUPLICATE_MESSAGE) : undefined;
}

/**
 * `POST .../{id}/{action}`: `close`/`closed` close it (no longer payable), `unlisted` hides it from the
 * store, `open`/`active` reopen it (back to `paid` or `unpaid`).
 */
export function changeStatus(context: OperationContext, link: Link): Response {
  const action = context.params.action;
  if (action === "open" || action === "active") {
    if (link.status === "closed" || link.status === "unlisted") {
      const expired = context.state.transactions.get(link.transactionId)?.status === "expired";
      context.state.setStatus(link, link.paidAt ? "paid" : expired ? "expired" : "unpaid");
    }
  } else {
    context.state.setStatus(link, action === "unlisted" ? "unlisted" : "closed");
  }
  link.updatedAt = context.state.clock.now();
  return rootResponse(context.operation);
}

/** The statuses the list filter `status` keeps: `active` means still payable (unpaid or unlisted). */
function statusesFor(wanted: string): string[] {
  return wanted === "active" ? ["unpaid", "unlisted"] : [wanted];
}

/** The list filter `status`: `active` means still payable (unpaid or unlisted); others match exactly. */
export function hasStatus(link: Link, wanted: unknown): boolean {
  return typeof wanted !== "string" || statusesFor(wanted).includes(link.status);
}

/** The status group a filtered list walks, or undefined without a status filter. */
export function statusGroup(wanted: unknown): GroupSelection | undefined {
  return typeof wanted === "string" ? { group: "status", keys: statusesFor(wanted) } : undefined;
}

/** ISO-8601 → epoch milliseconds (the body was validated as `format: date-time`). */
export function epochMs(iso: unknown): number | null {
  return typeof iso === "string" ? Date.parse(iso) : null;
}

/** The transaction a new payment request or invoice is paid through. */
export function newTransaction(
  link: Pick<Link, "transactionId" | "id" | "amount" | "createdAt" | "customerId">,
  type: MockTransaction["type"],
): Mutable<MockTransaction> {
  return {
    id: link.transactionId,
    paymentLinkId: link.id,
    type,
    amount: link.amount,
    status: type === "invoice" ? "created" : "unpaid",
    createdAt: link.createdAt,
    paidAt: null,
    customerId: link.customerId,
  };
}

/** After an update changes the amount: the transaction follows while it is unpaid. */
export function syncTransaction(context: OperationContext, link: Link): void {
  const transaction = context.state.transactions.get(link.transactionId);
  if (transaction && transaction.status !== "paid") transaction.amount = link.amount;
}
