// What the shop decides on its server: the price of everything the browser asks Mayar for (the proxy's
// `prepare`), the orders those payments belong to, and when an order counts as paid (Mayar's webhook,
// confirmed by createMayarWebhookHandler).
import { randomUUID } from "node:crypto";
import { MayarInputError } from "@org/mayar-core";
import { findCreditPack, findProduct } from "../shared/catalogue.js";
import { CUSTOMER_FIELDS, cleanCustomer, customerProblems, MAX_NAME_LENGTH } from "../shared/customer.js";
import { publicOrder } from "./orders.js";

/** How long a payment request stays payable (sent to Mayar as `expiredAt`, and the order's own expiry). */
export const PAYMENT_LIFETIME_MS = 60 * 60 * 1000;
/** A pending order asks Mayar whether its payment expired at most this often. */
const STATUS_CHECK_INTERVAL_MS = 3_000;

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
 * @param {import("@org/mayar-mock").MayarMock} [options.mock]  The embedded mock, in mock mode.
 * @param {() => number} [options.now]
 */
export function createShop({ orders, creditProductId, client, mock, now = Date.now }) {
  /**
   * What `prepare` decided for a request, by the browser's Request object: the order to record once Mayar
   * answers.
   * @type {WeakMap<Request, { order?: { kind: "product" | "credit", productId: string, credits?: number, amount: number, expiresAt: number } }>}
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
        const locale = extraData.locale === "en" ? "en" : "id";
        const expiresAt = now() + PAYMENT_LIFETIME_MS;
        decisions.set(request, {
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
   * @param {Request} request
   * @param {(request: Request) => Promise<Response>} proxy
   */
  async function handle(request, proxy) {
    const response = await proxy(request);
    const decision = decisions.get(request);
    if (decision?.order && response.status === 200) {
      /** @type {any} */
      const answer = await response
        .clone()
        .json()
        .catch(() => undefined);
      const data = answer?.data;
      if (decision.order.kind === "product" && typeof data?.id === "string") {
        orders.add({ ...decision.order, id: data.id, transactionId: data.transactionId, credits: undefined });
      } else if (
        decision.order.kind === "credit" &&
        typeof answer?.creditUsageImmutableCheckoutUrl === "string"
      ) {
        orders.add({
          ...decision.order,
          id: creditCheckoutId(answer.creditUsageImmutableCheckoutUrl),
          transactionId: undefined,
        });
      }
    }
    return response;
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

  /** @type {Map<string, number>} */
  const lastChecked = new Map();

  /**
   * A pending order asks Mayar (at most every few seconds) whether its payment expired: "Let it expire" on
   * the hosted page. Only the webhook makes an order paid.
   * @param {import("./orders.js").Order} order
   */
  async function refresh(order) {
    if (order.status !== "pending") return;
    const last = lastChecked.get(order.id) ?? 0;
    if (now() - last < STATUS_CHECK_INTERVAL_MS) return;
    lastChecked.set(order.id, now());
    if (lastChecked.size > 1_000) lastChecked.delete(lastChecked.keys().next().value ?? "");
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
