// What the shop decides on its server: the price of everything the browser asks Mayar for (the proxy's
// `prepare`), the orders those payments belong to, and when an order counts as paid (Mayar's webhook,
// confirmed by createMayarWebhookHandler).
import { randomUUID } from "node:crypto";
import { MayarInputError } from "@org/mayar-core";
import { findCreditPack, findProduct } from "../shared/catalogue.js";
import { withLanguage } from "../shared/checkout-link.js";
import { CUSTOMER_FIELDS, cleanCustomer, customerProblems, MAX_NAME_LENGTH } from "../shared/customer.js";
import { publicOrder } from "./orders.js";
import { clientKey } from "./rate-limit.js";

/** How long a payment request stays payable (sent to Mayar as `expiredAt`, and the order's own expiry). */
export const PAYMENT_LIFETIME_MS = 60 * 60 * 1000;
/** A pending order asks Mayar whether its payment expired at most this often. */
export const STATUS_CHECK_INTERVAL_MS = 3_000;
/** What a full order book asks the browser to wait before trying again. */
const FULL_RETRY_AFTER_S = 60;

const FIELD_MESSAGES = {
  name: { required: "name is required", tooLong: `name must have at most ${MAX_NAME_LENGTH} characters` },
  email: { required: "email is required", invalid: "email must be an address like siti@example.com" },
  mobile: {
    required: "mobile is required",
    invalid: "mobile must be an Indonesian mobile number like 081234567890",
  },
};

/**
 * Refuses a request from `prepare`: the proxy answers a MayarInputError as a 400 in Mayar's validation shape
 * (`{ statusCode: 400, messages, data: [{ field, type, message }] }`) and forwards nothing.
 * @param {Array<{ field: string, type: string, message: string }>} fields
 * @returns {never}
 */
const refuse = (fields) => {
  throw new MayarInputError(`Validation Error: ${fields.map((field) => field.message).join("; ")}.`, fields);
};

/**
 * A refusal before anything reaches Mayar, in Mayar's error shape (the page's <PayButton> shows its own
 * message for the status, in the page's language, and the wait `Retry-After` gives).
 * @param {429 | 503} status
 * @param {string} messages
 * @param {number} retryAfterSeconds
 */
const refusal = (status, messages, retryAfterSeconds) =>
  new Response(JSON.stringify({ statusCode: status, messages }), {
    status,
    headers: {
      "content-type": "application/json",
      "cache-control": "no-store",
      "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))),
    },
  });

/**
 * The language the customer reads the shop in: the page's own choice when it sent one (`extraData.locale`),
 * else the first of Indonesian or English in the request's Accept-Language (the page's Mayar client sends
 * the shop's language there), else Indonesian.
 * @param {Request} request
 * @param {unknown} [explicit]
 * @returns {"id" | "en"}
 */
function shopLanguage(request, explicit) {
  if (explicit === "id" || explicit === "en") return explicit;
  for (const part of (request.headers.get("accept-language") ?? "").split(",")) {
    const primary = part.trim().slice(0, 2).toLowerCase();
    if (primary === "id" || primary === "en") return primary;
  }
  return "id";
}

/** @param {unknown} value */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The customer's details from the browser's body, checked with the page's own rules.
 * @param {Record<string, unknown>} details
 * @param {string} prefix  how the fields are named in the refusal ("" or "customerInfo.")
 */
function checkedCustomer(details, prefix) {
  const problems = customerProblems(details);
  const fields = CUSTOMER_FIELDS.flatMap((field) => {
    const problem = problems[field];
    return problem
      ? [{ field: `${prefix}${field}`, type: problem, message: FIELD_MESSAGES[field][problem] ?? "" }]
      : [];
  });
  return { customer: cleanCustomer(details), fields };
}

/**
 * The refusal entry for an id the browser sent that names nothing of the shop's catalogue.
 * @param {string} field
 * @param {unknown} value
 * @param {string} what  "a product" or "a credit pack"
 */
const notInCatalogue = (field, value, what) => ({
  field,
  type: "enum",
  message: `${field} must name ${what} of the shop (${JSON.stringify(value ?? null)} is not one)`,
});

/**
 * @param {object} options
 * @param {import("./orders.js").OrderBook} options.orders
 * @param {string} options.creditProductId  Mayar's id of the credit product the packs are sold from.
 * @param {import("@org/mayar-core/server").MayarWebhookClient} options.client  Asks Mayar about a transaction.
 * @param {import("./rate-limit.js").RateLimiter} options.creates  How many payments one client may start.
 * @param {import("@org/mayar-mock").MayarMock} [options.mock]  The embedded mock, in mock mode.
 * @param {() => number} [options.now]
 */
export function createShop({ orders, creditProductId, client, creates, mock, now = Date.now }) {
  /**
   * What `prepare` decided for a request, by the browser's Request object: the order to record once Mayar
   * answers, and the language of the hosted checkout it opens.
   * @type {WeakMap<Request, { language: "id" | "en", order: { kind: "product" | "credit", productId: string, credits?: number, amount: number, expiresAt: number } }>}
   */
  const decisions = new WeakMap();

  /** @type {import("@org/mayar-core/server").MayarProxyOptions["allow"]} */
  const allow = {
    createPaymentRequest: {
      prepare: (body, { request }) => {
        const extraData = isObject(body.extraData) ? body.extraData : {};
        const product = findProduct(extraData.productId);
        const { customer, fields } = checkedCustomer(
          { name: extraData.customerName, email: body.email, mobile: body.mobile },
          "",
        );
        if (!product) fields.unshift(notInCatalogue("extraData.productId", extraData.productId, "a product"));
        if (!product || fields.length) refuse(fields);
        const locale = shopLanguage(request, extraData.locale);
        const expiresAt = now() + PAYMENT_LIFETIME_MS;
        decisions.set(request, {
          language: locale,
          order: { kind: "product", productId: product.id, amount: product.price, expiresAt },
        });
        // Built from scratch: nothing the browser sent reaches Mayar unless it is named here.
        return {
          name: product.name[locale],
          amount: product.price,
          email: customer.email,
          mobile: customer.mobile,
          description: product.description[locale],
          expiredAt: new Date(expiresAt).toISOString(),
          // A fresh reference per order: Mayar refuses an identical create within a minute.
          extraData: { productId: product.id, customerName: customer.name, orderRef: randomUUID() },
        };
      },
    },
    generateImmutableCheckoutLink: {
      prepare: (body, { request }) => {
        // The browser names a pack of shared/catalogue.js in `productId`; Mayar gets the shop's credit
        // product and the pack's size.
        const pack = findCreditPack(body.productId);
        const { customer, fields } = checkedCustomer(
          isObject(body.customerInfo) ? body.customerInfo : {},
          "customerInfo.",
        );
        if (!pack) fields.unshift(notInCatalogue("productId", body.productId, "a credit pack"));
        if (!pack || fields.length) refuse(fields);
        decisions.set(request, {
          language: shopLanguage(request),
          order: {
            kind: "credit",
            productId: pack.id,
            credits: pack.credits,
            amount: pack.price,
            expiresAt: now() + PAYMENT_LIFETIME_MS,
          },
        });
        return { productId: creditProductId, creditAmount: pack.credits, customerInfo: customer };
      },
    },
  };

  /**
   * The id the hosted checkout returns with for a credit checkout: the mock's record of it (mock mode), else
   * the link's signature (real Mayar does not document what its credit checkout returns with).
   * @param {string} link
   */
  const creditCheckoutId = (link) => {
    if (mock) {
      const payments = mock.payments;
      for (let index = payments.length - 1; index >= 0; index--) {
        const payment = payments[index];
        if (payment?.link === link) return payment.id;
      }
    }
    return new URL(link).searchParams.get("immutable")?.split(".").pop() ?? randomUUID();
  };

  /**
   * Runs the proxy for the browser's request and records the order of every payment Mayar created.
   *
   * Every POST the proxy takes starts a payment (it forwards only the two creates), so each one first needs
   * a place in the order book and a token of its client's rate limit; without either it is refused here and
   * Mayar is never asked: 503 when the book is full of orders that must be kept (pending, paid), 429 when
   * this client started too many. The answer's link is given in the shop's language (`lang=`).
   * @param {Request} request
   * @param {(request: Request) => Promise<Response>} proxy
   * @param {string | undefined} remoteAddress  The client's address (the socket's).
   */
  async function handle(request, proxy, remoteAddress) {
    if (request.method !== "POST") return proxy(request);
    const slot = orders.reserve();
    if (!slot) {
      console.warn("Orders: the order book is full of open and paid orders; a new payment was refused.");
      return refusal(
        503,
        "The shop cannot take new orders right now. Please try again in a few minutes.",
        FULL_RETRY_AFTER_S,
      );
    }
    try {
      const waitMs = creates.take(clientKey(remoteAddress));
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        return refusal(
          429,
          `Too many payments started from this address. Please wait ${seconds} seconds and try again.`,
          seconds,
        );
      }
      const response = await proxy(request);
      const decision = decisions.get(request);
      if (!decision || response.status !== 200) return response;
      /** @type {any} */
      const answer = await response
        .clone()
        .json()
        .catch(() => undefined);
      const data = answer?.data;
      if (
        decision.order.kind === "product" &&
        typeof data?.id === "string" &&
        typeof data.link === "string"
      ) {
        slot.add({
          ...decision.order,
          id: data.id,
          transactionId: data.transactionId,
          credits: undefined,
          link: data.link,
        });
        data.link = withLanguage(data.link, decision.language);
      } else if (
        decision.order.kind === "credit" &&
        typeof answer?.creditUsageImmutableCheckoutUrl === "string"
      ) {
        const link = answer.creditUsageImmutableCheckoutUrl;
        slot.add({ ...decision.order, id: creditCheckoutId(link), transactionId: undefined, link });
        answer.creditUsageImmutableCheckoutUrl = withLanguage(link, decision.language);
      } else {
        return response;
      }
      const headers = new Headers(response.headers);
      headers.delete("content-length");
      return new Response(JSON.stringify(answer), { status: response.status, headers });
    } finally {
      slot.release();
    }
  }

  /** The proxy's onError: its own 5xx answers, logged (prepare's refusals are 400s and never reach it). */
  const onProxyError = (
    /** @type {unknown} */ error,
    /** @type {{ status: number, stage: string }} */ context,
  ) => {
    console.error(
      `Mayar proxy: answered ${context.status} (${context.stage}):`,
      error instanceof Error ? error.message : error,
    );
  };

  /**
   * createMayarWebhookHandler's onEvent: payment.received arrives only once Mayar confirmed the transaction
   * as paid, with Mayar's own record of it in `event.transaction`.
   * @param {import("@org/mayar-core/server").MayarConfirmedWebhookEvent} event
   */
  function onEvent(event) {
    if (event.type !== "payment.received") return;
    const transactionId = String(event.transaction.id ?? event.data.transactionId ?? "");
    const order = orders.byTransaction(transactionId);
    if (!order) {
      console.warn(`Webhook: payment.received for transaction ${transactionId}, which no order here has.`);
      return;
    }
    if (order.status === "paid" || order.status === "review") return;
    const status = orders.confirmPayment(order, Number(event.transaction.amount));
    if (status === "review") {
      console.warn(
        `Order ${order.id}: Mayar confirmed ${event.transaction.amount} rupiah, the order is ${order.amount}: flagged for review, not fulfilled.`,
      );
    }
  }

  /**
   * A pending order asks Mayar (at most every few seconds) whether its payment expired: "Let it expire" on
   * the hosted page. Only the webhook makes an order paid.
   * @param {import("./orders.js").Order} order
   */
  async function refresh(order) {
    if (order.status !== "pending") return;
    // Kept on the order itself: a side table would need a bound, and past it the throttle would forget.
    if (order.checkedAt !== undefined && now() - order.checkedAt < STATUS_CHECK_INTERVAL_MS) return;
    order.checkedAt = now();
    try {
      if (order.kind === "product" && order.transactionId) {
        const transaction = await client.transactions.get(order.transactionId);
        if (transaction.status === "expired") orders.expire(order);
      } else if (order.kind === "credit" && mock) {
        // The mock sends no webhook for credit checkouts (Mayar documents none): its own record is the
        // confirmation here, read on the server, never from the address the customer came back with.
        const checkout = mock.payments.find((payment) => payment.id === order.id);
        if (checkout?.status === "paid") orders.confirmPayment(order, order.amount);
        else if (checkout?.status === "expired") orders.expire(order);
      }
    } catch {
      // Mayar unreachable: the order stays as it is, the page asks again.
    }
  }

  /** GET /api/orders/:id */
  async function orderAnswer(/** @type {string} */ id) {
    const order = orders.get(id);
    if (!order) return undefined;
    await refresh(order);
    return publicOrder(order);
  }

  return { allow, handle, onProxyError, onEvent, orderAnswer };
}
