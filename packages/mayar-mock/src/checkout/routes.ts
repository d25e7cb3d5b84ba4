// Routes the customer's browser uses: no API key, HTML in and out.
//   GET  /pl/<slug>[?immutable=<token>]      checkout page (payment requests, credit checkouts)
//   GET  /invoices/<slug>                    checkout page of an invoice
//   GET  /select-channel/<transaction id>    the unpaid list's `paymentUrl`: the same page
//   POST /pl/<slug>/pay[?immutable=<token>]  "Bayar": marks the payment paid, 303 to returnUrl
//   POST /invoices/<slug>/pay                "Bayar" on an invoice
//   GET  /paid                               default return page
import { rawQueryParam } from "../http/query.js";
import { htmlResponse, redirectResponse } from "../http/responses.js";
import type { ResolvedOptions } from "../options.js";
import type { MockState } from "../state/mock-state.js";
import type { MockPayment } from "../state/records.js";
import type { WebhookDispatcher } from "../webhooks/dispatcher.js";
import { paymentData } from "../webhooks/payload.js";
import { checkoutPage, notFoundPage, paidPage } from "./pages.js";

const PAGE = /^\/(pl|invoices)\/([^/]+)$/;
const PAY = /^\/(pl|invoices)\/([^/]+)\/pay$/;
const SELECT_CHANNEL = /^\/select-channel\/([^/]+)$/;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The return URL with `status=paid&id=<id>` added to whatever query it already has. */
function returnLocation(returnUrl: string, paymentId: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set("status", "paid");
  url.searchParams.set("id", paymentId);
  return url.href;
}

const folderOf = (payment: MockPayment) => (payment.operationId === "createInvoice" ? "invoices" : "pl");

function find(state: MockState, folder: string, segment: string, token: string | null) {
  const slug = decodeSegment(segment);
  const payment = slug === undefined ? undefined : state.findBySlug(slug, token);
  // An invoice lives under /invoices/, everything else under /pl/.
  return payment && folderOf(payment) === folder ? payment : undefined;
}

/** The hosted-page response, or undefined when the path is not a hosted-page route. */
export function handleCheckout(
  request: Request,
  url: URL,
  path: string,
  options: ResolvedOptions,
  state: MockState,
  webhooks: WebhookDispatcher,
): Response | undefined {
  const method = request.method.toUpperCase();
  const token = rawQueryParam(url, "immutable");
  const reading = method === "GET" || method === "HEAD";

  const page = PAGE.exec(path);
  if (page && reading) {
    const payment = find(state, page[1] ?? "", page[2] ?? "", token);
    if (!payment) return htmlResponse(404, notFoundPage());
    const action = `./${encodeURIComponent(payment.slug)}/pay${token ? `?immutable=${encodeURIComponent(token)}` : ""}`;
    return htmlResponse(200, checkoutPage(payment, action));
  }

  const channel = SELECT_CHANNEL.exec(path);
  if (channel && reading) {
    const transactionId = decodeSegment(channel[1] ?? "");
    const payment = transactionId === undefined ? undefined : state.findByTransaction(transactionId);
    if (!payment) return htmlResponse(404, notFoundPage());
    const action = `../${folderOf(payment)}/${encodeURIComponent(payment.slug)}/pay`;
    return htmlResponse(200, checkoutPage(payment, action));
  }

  const pay = PAY.exec(path);
  if (pay && method === "POST") {
    const payment = find(state, pay[1] ?? "", pay[2] ?? "", token);
    // A closed payment can no longer be paid: the same page as an unknown link.
    const paid = payment ? state.pay(payment) : "refused";
    if (!payment || paid === "refused") return htmlResponse(404, notFoundPage());
    if (paid === "paid") sendPaymentReceived(options, state, webhooks, payment);
    return redirectResponse(returnLocation(options.returnUrl, payment.id));
  }

  if (path === "/paid" && reading) {
    return htmlResponse(200, paidPage(url.searchParams.get("id")));
  }
  return undefined;
}

/**
 * What Mayar does once a payment is made: payment.received to the registered URL (if any), in the
 * background, retried on failure. Credit checkouts have no transaction in the mock, so they send none.
 */
export function sendPaymentReceived(
  options: ResolvedOptions,
  state: MockState,
  webhooks: WebhookDispatcher,
  payment: MockPayment,
): void {
  const url = state.webhookUrl;
  if (!url || payment.operationId === "generateImmutableCheckoutLink") return;
  const transaction = state.transactions.get(payment.transactionId);
  if (!transaction) return;
  webhooks.deliver(
    url,
    { event: "payment.received", data: paymentData(state, options, transaction, "paid") },
    {
      source: "AUTOMATIC",
      retries: options.webhookRetries,
      paymentLinkId: payment.id,
      transactionId: transaction.id,
    },
  );
}
