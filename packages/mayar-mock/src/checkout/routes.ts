// Routes the customer's browser uses: no API key, HTML in and out. Links and form actions are relative, so
// the pages work wherever the mock is mounted.
//   GET  /pl/<slug>[?immutable=<token>][&lang=id|en]  checkout page (payment requests, credit checkouts)
//   GET  /invoices/<slug>                             checkout page of an invoice
//   GET  /select-channel/<transaction id>             the unpaid list's `paymentUrl`: the same page
//   POST /pl/<slug>/pay[?immutable=<token>]           "Bayar": paid, payment.received sent, 303 to returnUrl
//   POST /pl/<slug>/fail                              "Simulasikan gagal": stays unpaid, the failure page
//   POST /pl/<slug>/expire                            "Biarkan kedaluwarsa": expired for good, 303 to the page
//   POST /invoices/<slug>/pay|fail|expire             the same for invoices
//   GET  /paid                                        default return page
// The forms post `method` (qris | va | ewallet) and `lang`; both are optional.
import { readBody } from "@org/mayar-core/internal";
import { decodeSegment } from "../http/mount.js";
import { rawQueryParam } from "../http/query.js";
import { htmlResponse, redirectResponse } from "../http/responses.js";
import type { MockLanguage, ResolvedOptions } from "../options.js";
import type { MockState } from "../state/mock-state.js";
import type { MockPayment } from "../state/records.js";
import type { WebhookDispatcher } from "../webhooks/dispatcher.js";
import { paymentData } from "../webhooks/payload.js";
import { pickLanguage } from "./i18n.js";
import {
  type CheckoutLinks,
  checkoutPage,
  failedPage,
  notFoundPage,
  offeredMethods,
  type PageChrome,
  returnPage,
} from "./pages.js";

const PAGE = /^\/(pl|invoices)\/([^/]+)$/;
const ACTION = /^\/(pl|invoices)\/([^/]+)\/(pay|fail|expire)$/;
const SELECT_CHANNEL = /^\/select-channel\/([^/]+)$/;

/** Form bodies of the hosted pages are a few fields: anything larger is not from them. */
const MAX_FORM_BYTES = 16 * 1024;

/** The shop's return URL with `status` and `id` added to whatever query it already has. */
function returnLocation(returnUrl: string, paymentId: string, status: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set("status", status);
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

/** `?immutable=<token>&lang=<language>`, the query that keeps a page what it is (either part optional). */
function pageQuery(token: string | null, language?: MockLanguage): string {
  const parts = [
    ...(token ? [`immutable=${encodeURIComponent(token)}`] : []),
    ...(language ? [`lang=${language}`] : []),
  ];
  return parts.length ? `?${parts.join("&")}` : "";
}

/** The form fields of a POST from the hosted pages (empty when there is no form body). */
async function formOf(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return new URLSearchParams();
  }
  const read = await readBody(request, MAX_FORM_BYTES);
  return new URLSearchParams("text" in read ? read.text : "");
}

/** The hosted-page response, or undefined when the path is not a hosted-page route. */
export async function handleCheckout(
  request: Request,
  url: URL,
  path: string,
  options: ResolvedOptions,
  state: MockState,
  webhooks: WebhookDispatcher,
): Promise<Response | undefined> {
  const method = request.method.toUpperCase();
  const token = rawQueryParam(url, "immutable");
  const reading = method === "GET" || method === "HEAD";
  const acceptLanguage = request.headers.get("accept-language");
  const chromeFor = (explicit: string | null, languageHref?: PageChrome["languageHref"]): PageChrome => ({
    language: pickLanguage(explicit, options.language, acceptLanguage),
    shopName: options.shopName,
    ...(languageHref ? { languageHref } : {}),
  });
  const notFound = (explicit: string | null = url.searchParams.get("lang")) =>
    htmlResponse(404, notFoundPage(chromeFor(explicit)));

  /** The page of `payment`; `base` is the path from the page to the payment's folder (`./` or `../pl/`). */
  const page = (payment: MockPayment, base: string) => {
    const chrome = chromeFor(url.searchParams.get("lang"), (language) => pageQuery(token, language));
    const at = `${base}${encodeURIComponent(payment.slug)}`;
    const query = pageQuery(token);
    const links: CheckoutLinks = {
      pay: `${at}/pay${query}`,
      fail: `${at}/fail${query}`,
      expire: `${at}/expire${query}`,
      back: returnLocation(options.returnUrl, payment.id, "cancelled"),
      backPaid: returnLocation(options.returnUrl, payment.id, "paid"),
      backExpired: returnLocation(options.returnUrl, payment.id, "expired"),
    };
    return htmlResponse(200, checkoutPage(payment, chrome, links));
  };

  const shown = PAGE.exec(path);
  if (shown && reading) {
    const payment = find(state, shown[1] ?? "", shown[2] ?? "", token);
    return payment ? page(payment, "./") : notFound();
  }

  const channel = SELECT_CHANNEL.exec(path);
  if (channel && reading) {
    const transactionId = decodeSegment(channel[1] ?? "");
    const payment = transactionId === undefined ? undefined : state.findByTransaction(transactionId);
    return payment ? page(payment, `../${folderOf(payment)}/`) : notFound();
  }

  const action = ACTION.exec(path);
  if (action && method === "POST") {
    const form = await formOf(request);
    const explicit = form.get("lang") ?? url.searchParams.get("lang");
    const payment = find(state, action[1] ?? "", action[2] ?? "", token);
    if (!payment) return notFound(explicit);
    const chrome = chromeFor(explicit);
    const offered = offeredMethods(payment);
    const chosen = (offered.find((m) => m.value === form.get("method")) ?? offered[0])?.method ?? "QRIS";
    // Back to the page (which shows what happened), in the language the customer was reading.
    const toPage = redirectResponse(
      `../${encodeURIComponent(payment.slug)}${pageQuery(token, chrome.language)}`,
    );

    if (action[3] === "pay") {
      const paid = state.pay(payment, chosen);
      if (paid === "refused" && payment.status === "expired") return toPage;
      // A closed payment can no longer be paid: the same page as an unknown link.
      if (paid === "refused") return notFound(explicit);
      if (paid === "paid") sendPaymentReceived(options, state, webhooks, payment);
      return redirectResponse(returnLocation(options.returnUrl, payment.id, "paid"));
    }
    if (action[3] === "expire") {
      // Paid or closed payments do not expire; either way the page shows where the payment stands.
      state.expire(payment);
      return toPage;
    }
    // fail: nothing changes. A payment that cannot be paid any more shows its page instead.
    if (payment.status !== "unpaid" && payment.status !== "unlisted") return toPage;
    return htmlResponse(
      200,
      failedPage(payment, chrome, chosen, {
        retry: `../${encodeURIComponent(payment.slug)}${pageQuery(token, chrome.language)}`,
        back: returnLocation(options.returnUrl, payment.id, "failed"),
      }),
    );
  }

  if (path === "/paid" && reading) {
    const chrome = chromeFor(url.searchParams.get("lang"), (language) => {
      const query = new URLSearchParams(url.searchParams);
      query.set("lang", language);
      return `?${query}`;
    });
    return htmlResponse(200, returnPage(chrome, url.searchParams.get("status"), url.searchParams.get("id")));
  }
  return undefined;
}

/**
 * What Mayar does once a payment is made: payment.received to the registered URL (if any), in the
 * background, retried on failure. Credit checkouts have no transaction in the mock, so they send none.
 */
function sendPaymentReceived(
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
