// Routes the customer's browser uses: no API key, HTML in and out.
//   GET  /pl/<slug>[?immutable=<token>]      checkout page
//   POST /pl/<slug>/pay[?immutable=<token>]  "Bayar": marks the payment paid, 303 to returnUrl
//   GET  /paid                               default return page
import { rawQueryParam } from "../http/query.js";
import { htmlResponse, redirectResponse } from "../http/responses.js";
import type { ResolvedOptions } from "../options.js";
import type { PaymentStore } from "../state/payments.js";
import { checkoutPage, notFoundPage, paidPage } from "./pages.js";

const PAGE = /^\/pl\/([^/]+)$/;
const PAY = /^\/pl\/([^/]+)\/pay$/;

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

/** The hosted-page response, or undefined when the path is not a hosted-page route. */
export function handleCheckout(
  request: Request,
  url: URL,
  path: string,
  options: ResolvedOptions,
  payments: PaymentStore,
): Response | undefined {
  const method = request.method.toUpperCase();
  const token = rawQueryParam(url, "immutable");

  const page = PAGE.exec(path);
  if (page && (method === "GET" || method === "HEAD")) {
    const slug = decodeSegment(page[1] ?? "");
    const payment = slug === undefined ? undefined : payments.find(slug, token);
    if (!payment) return htmlResponse(404, notFoundPage());
    const action = `./${encodeURIComponent(payment.slug)}/pay${token ? `?immutable=${encodeURIComponent(token)}` : ""}`;
    return htmlResponse(200, checkoutPage(payment, action));
  }

  const pay = PAY.exec(path);
  if (pay && method === "POST") {
    const slug = decodeSegment(pay[1] ?? "");
    const found = slug === undefined ? undefined : payments.find(slug, token);
    if (!found) return htmlResponse(404, notFoundPage());
    payments.markPaid(found.id, options.now());
    return redirectResponse(returnLocation(options.returnUrl, found.id));
  }

  if (path === "/paid" && (method === "GET" || method === "HEAD")) {
    return htmlResponse(200, paidPage(url.searchParams.get("id")));
  }
  return undefined;
}
