// The shop's orders, in memory: one per payment the page starts. Enough for a demo (a restart forgets them);
// a real shop keeps them in its database.

/**
 * @typedef {"pending" | "paid" | "expired" | "review"} OrderStatus
 *   `review`: Mayar confirmed a payment whose amount is not the order's: flagged, not fulfilled.
 */

/**
 * @typedef {object} Order
 * @property {string} id             Mayar's payment request id (what the hosted checkout returns with).
 * @property {string | undefined} transactionId  Mayar's transaction id (what payment.received names).
 * @property {"product" | "credit"} kind
 * @property {string} productId      A product id or a credit pack id of shared/catalogue.js.
 * @property {number | undefined} credits
 * @property {number} amount         Rupiah, from the server's catalogue.
 * @property {OrderStatus} status
 * @property {number} createdAt
 * @property {number} expiresAt
 * @property {number | undefined} paidAt
 * @property {number | undefined} paidAmount  What Mayar says was paid (set with status paid or review).
 */

export const DEFAULT_MAX_ORDERS = 10_000;

/**
 * @param {{ maxOrders?: number, now?: () => number }} [options]
 */
export function createOrderBook({ maxOrders = DEFAULT_MAX_ORDERS, now = Date.now } = {}) {
  /** @type {Map<string, Order>} */
  const byId = new Map();
  /** @type {Map<string, string>} */
  const idByTransaction = new Map();

  /** @param {Order} order */
  const current = (order) => {
    if (order.status === "pending" && now() >= order.expiresAt) order.status = "expired";
    return order;
  };

  return {
    /**
     * @param {Omit<Order, "status" | "createdAt" | "paidAt" | "paidAmount">} order
     * @returns {Order}
     */
    add(order) {
      /** @type {Order} */
      const stored = {
        ...order,
        status: "pending",
        createdAt: now(),
        paidAt: undefined,
        paidAmount: undefined,
      };
      byId.delete(stored.id);
      byId.set(stored.id, stored);
      if (stored.transactionId) idByTransaction.set(stored.transactionId, stored.id);
      // Bounded: the oldest order goes first (a Map iterates in insertion order).
      while (byId.size > maxOrders) {
        const [oldestId, oldest] = byId.entries().next().value ?? [];
        if (oldestId === undefined) break;
        byId.delete(oldestId);
        if (oldest?.transactionId) idByTransaction.delete(oldest.transactionId);
      }
      return stored;
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
     * for review (never fulfilled). Returns the new status.
     * @param {Order} order
     * @param {number} paidAmount
     * @returns {OrderStatus}
     */
    confirmPayment(order, paidAmount) {
      order.paidAmount = paidAmount;
      order.paidAt = now();
      order.status = paidAmount === order.amount ? "paid" : "review";
      return order.status;
    },

    /** @param {Order} order */
    expire(order) {
      if (order.status === "pending") order.status = "expired";
    },
  };
}

/** @typedef {ReturnType<typeof createOrderBook>} OrderBook */

/**
 * What the browser may know about an order: from the server's state only.
 * @param {Order} order
 */
export const publicOrder = (order) => ({
  id: order.id,
  kind: order.kind,
  product: order.productId,
  ...(order.credits === undefined ? {} : { credits: order.credits }),
  amount: order.amount,
  status: order.status,
});
