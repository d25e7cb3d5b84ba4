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
    if (!payment || !state.pay(payment)) return htmlResponse(404, notFoundPage());
    return redirectResponse(returnLocation(options.returnUrl, payment.id));
  }

  if (path === "/paid" && reading) {
    return htmlResponse(200, paidPage(url.searchParams.get("id")));
  }
  return undefined;
}
