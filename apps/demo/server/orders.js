// The shop's orders, in memory: one per payment the page starts. Enough for a demo (a restart forgets them);
// a real shop keeps them in its database.
//
// Bounded without losing money: an order that is pending or paid is never dropped to make room. Only an
// order that expired unpaid (and stayed so for `keepExpiredMs`, so a late webhook still finds it) can give
// its place to a new one. When every place holds an order that must be kept, `reserve()` says no and the
// shop refuses the new payment before anything reaches Mayar (503), instead of forgetting an order a
// customer may be paying right now.
import { randomInt } from "node:crypto";

/**
 * @typedef {"pending" | "paid" | "expired" | "review"} OrderStatus
 *   `review`: Mayar confirmed a payment whose amount is not the order's: flagged, not fulfilled.
 */

/**
 * @typedef {object} Order
 * @property {string} id             Mayar's payment request id (what the hosted checkout returns with).
 * @property {string} number         The short order number the customer reads (e.g. "7K3M-9QXA").
 * @property {string | undefined} transactionId  Mayar's transaction id (what payment.received names).
 * @property {"product" | "credit"} kind
 * @property {string} productId      A product id or a credit pack id of shared/catalogue.js.
 * @property {number | undefined} credits
 * @property {number} amount         Rupiah, from the server's catalogue.
 * @property {string | undefined} link  The hosted checkout of this payment (to try again after a failure).
 * @property {OrderStatus} status
 * @property {number} createdAt
 * @property {number} expiresAt
 * @property {number | undefined} expiredAt  When the order was seen expired (its place can go after a while).
 * @property {number | undefined} checkedAt  When the shop last asked Mayar about it (see shop.js).
 * @property {number | undefined} paidAt
 * @property {number | undefined} paidAmount  What Mayar says was paid (set with status paid or review).
 */

/** @typedef {Omit<Order, "number" | "status" | "createdAt" | "expiredAt" | "checkedAt" | "paidAt" | "paidAmount">} NewOrder */

export const DEFAULT_MAX_ORDERS = 10_000;
/** How long an expired order is kept before its place may go to a new one: room for a late webhook. */
export const DEFAULT_KEEP_EXPIRED_MS = 60 * 60 * 1000;

// Crockford's base 32: no I, L, O or U, so a number read out on the phone is not misheard or misread.
const NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "7K3M-9QXA": 8 characters (32^8, about 10^12 numbers), in two groups of four. */
function newOrderNumber() {
  let text = "";
  for (let index = 0; index < 8; index++) text += NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)];
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/**
 * @typedef {object} OrderSlot  A place in the book, held while Mayar is asked for the payment.
 * @property {(order: NewOrder) => Order} add  Records the order in this place (once).
 * @property {() => void} release  Gives the place back if it was not used (safe to call always).
 */

/**
 * @param {{ maxOrders?: number, keepExpiredMs?: number, now?: () => number }} [options]
 */
export function createOrderBook({
  maxOrders = DEFAULT_MAX_ORDERS,
  keepExpiredMs = DEFAULT_KEEP_EXPIRED_MS,
  now = Date.now,
} = {}) {
  if (!Number.isInteger(maxOrders) || maxOrders < 1) {
    throw new RangeError(`maxOrders must be a whole number of at least 1; got ${maxOrders}.`);
  }
  /** @type {Map<string, Order>} */
  const byId = new Map();
  /** @type {Map<string, string>} */
  const idByTransaction = new Map();
  /** @type {Set<string>} */
  const numbers = new Set();
  /**
   * The orders that may one day give their place (not paid, not under review), oldest first. Every order
   * lives as long (PAYMENT_LIFETIME_MS), so the oldest is also the first to expire: finding room looks at
   * the front only.
   * @type {Map<string, Order>}
   */
  const unpaid = new Map();
  /** Places promised to payments Mayar is being asked for. */
  let reserved = 0;

  /** @param {Order} order */
  const current = (order) => {
    if (order.status === "pending" && now() >= order.expiresAt) {
      order.status = "expired";
      order.expiredAt = order.expiresAt;
    }
    return order;
  };

  /** @param {Order} order */
  const drop = (order) => {
    byId.delete(order.id);
    unpaid.delete(order.id);
    numbers.delete(order.number);
    if (order.transactionId) idByTransaction.delete(order.transactionId);
  };

  /** Frees one place if the oldest unpaid order expired long enough ago; true when it did. */
  const freeOne = () => {
    const oldest = unpaid.values().next().value;
    if (!oldest) return false;
    current(oldest);
    if (oldest.status !== "expired" || now() - (oldest.expiredAt ?? now()) < keepExpiredMs) return false;
    drop(oldest);
    return true;
  };

  const full = () => byId.size + reserved >= maxOrders;

  /** @param {NewOrder} order */
  const record = (order) => {
    let number = newOrderNumber();
    while (numbers.has(number)) number = newOrderNumber();
    /** @type {Order} */
    const stored = {
      ...order,
      number,
      status: "pending",
      createdAt: now(),
      expiredAt: undefined,
      checkedAt: undefined,
      paidAt: undefined,
      paidAmount: undefined,
    };
    const previous = byId.get(stored.id);
    if (previous) drop(previous);
    byId.set(stored.id, stored);
    unpaid.set(stored.id, stored);
    numbers.add(number);
    if (stored.transactionId) idByTransaction.set(stored.transactionId, stored.id);
    return stored;
  };

  return {
    /** How many orders the book holds. */
    get size() {
      return byId.size;
    },

    /**
     * A place for one more order, or undefined when every place holds an order that must be kept (pending,
     * paid, under review, or expired too recently). Take it before asking Mayar for the payment.
     * @returns {OrderSlot | undefined}
     */
    reserve() {
      while (full() && freeOne()) {
        // freed one expired order; look again
      }
      if (full()) return undefined;
      reserved++;
      let open = true;
      const release = () => {
        if (!open) return;
        open = false;
        reserved--;
      };
      return {
        add(order) {
          if (!open) throw new Error("This order slot was already used or released.");
          release();
          return record(order);
        },
        release,
      };
    },

    /** @param {string} id */
    get(id) {
      const order = byId.get(id);
      return order && current(order);
    },

    /** @param {string} transactionId */
    byTransaction(transactionId) {
      const id = idByTransaction.get(transactionId);
      return id === undefined ? undefined : this.get(id);
    },

    /**
     * Mayar confirmed `paidAmount` for this order: paid when it is the order's amount, otherwise flagged
     * for review (never fulfilled). Either way the order is kept for good. Returns the new status.
     * @param {Order} order
     * @param {number} paidAmount
     * @returns {OrderStatus}
     */
    confirmPayment(order, paidAmount) {
      order.paidAmount = paidAmount;
      order.paidAt = now();
      order.status = paidAmount === order.amount ? "paid" : "review";
      unpaid.delete(order.id);
      return order.status;
    },

    /** Mayar says the payment expired. @param {Order} order */
    expire(order) {
      if (order.status !== "pending") return;
      order.status = "expired";
      order.expiredAt = now();
    },
  };
}

/** @typedef {ReturnType<typeof createOrderBook>} OrderBook */

/**
 * What the browser may know about an order: from the server's state only. The hosted checkout's link is
 * given while the order can still be paid (to try again after a failed or cancelled attempt).
 * @param {Order} order
 */
export const publicOrder = (order) => ({
  id: order.id,
  number: order.number,
  kind: order.kind,
  product: order.productId,
  ...(order.credits === undefined ? {} : { credits: order.credits }),
  amount: order.amount,
  status: order.status,
  ...(order.status === "pending" && order.link ? { paymentUrl: order.link } : {}),
});
