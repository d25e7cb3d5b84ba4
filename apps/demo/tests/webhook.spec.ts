// Mayar's webhook: an order turns paid only when Mayar confirms the payment, for the order's amount.
import { expect, test } from "@playwright/test";
import { createOrderBook } from "../server/orders.js";
import { createRateLimiter } from "../server/rate-limit.js";
import { createShop } from "../server/shop.js";
import { createPayment, expectOrderStatus, orderOf, payOnMock, WEBHOOK } from "./support/shop";
import { TEST_WEBHOOK_TOKEN } from "./support/test-server";

const url = (token = TEST_WEBHOOK_TOKEN) => `${WEBHOOK}?token=${encodeURIComponent(token)}`;

/** A payment.received as anyone who knows the URL could send it: the payload claims "paid". */
const forged = (transactionId: string, amount = 85_000) => ({
  event: "payment.received",
  data: {
    id: transactionId,
    transactionId,
    status: "SUCCESS",
    transactionStatus: "paid",
    amount,
    productType: "payment_request",
  },
});

test.describe("webhook", () => {
  test("paying on the hosted page marks the order paid, through the webhook", async ({ request }) => {
    const created = await createPayment(request, "batik-tulis");
    expect((await orderOf(request, created.id)).body.status).toBe("pending");
    const location = await payOnMock(request, created.link);
    expect(new URL(location).pathname).toBe("/order");
    expect(new URL(location).searchParams.get("id")).toBe(created.id);
    await expectOrderStatus(request, created.id, "paid");
    expect((await orderOf(request, created.id)).body).toEqual({
      id: created.id,
      number: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      kind: "product",
      product: "batik-tulis",
      amount: 350_000,
      status: "paid",
    });
  });

  test("a forged paid event with the right token leaves an unpaid order pending", async ({ request }) => {
    const created = await createPayment(request);
    const response = await request.post(url(), { data: forged(created.transactionId) });
    // createMayarWebhookHandler asked Mayar, which says the transaction is not paid: 425, Mayar would retry.
    expect(response.status()).toBe(425);
    expect((await orderOf(request, created.id)).body.status).toBe("pending");
  });

  test("a wrong or missing token is refused with 401 and changes nothing", async ({ request }) => {
    const created = await createPayment(request);
    for (const target of [url("wrong-token-0123456789abcdef"), WEBHOOK, `${WEBHOOK}?token=`]) {
      const response = await request.post(target, { data: forged(created.transactionId) });
      expect(response.status(), target).toBe(401);
    }
    expect((await orderOf(request, created.id)).body.status).toBe("pending");
  });

  test("only POST is accepted", async ({ request }) => {
    const response = await request.get(url());
    expect(response.status()).toBe(405);
    expect(response.headers().allow).toBe("POST");
  });

  test("an amount that differs from the order's is flagged for review, not fulfilled", async () => {
    const orders = createOrderBook();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const shop = createShop({
        orders,
        creditProductId: "demo-credit-pack",
        client: { transactions: { get: async () => ({}) as never } },
        creates: createRateLimiter({ limit: 1, windowMs: 1 }),
      });
      const slot = orders.reserve();
      if (!slot) throw new Error("an empty order book has room");
      const order = slot.add({
        id: "pr-1",
        transactionId: "tx-1",
        kind: "product",
        productId: "kopi-gayo",
        credits: undefined,
        amount: 85_000,
        link: "https://checkout.test/pl/pr-1",
        expiresAt: Date.now() + 60_000,
      });
      const event = (amount: number) =>
        ({
          type: "payment.received",
          data: { transactionId: "tx-1" },
          transaction: { id: "tx-1", amount, status: "paid" },
        }) as never;
      shop.onEvent(event(1_000));
      expect(order.status).toBe("review");
      expect(order.paidAmount).toBe(1_000);
      expect(warnings.join("\n")).toMatch(
        /Order pr-1: Mayar confirmed 1000 rupiah, the order is 85000: flagged/,
      );

      // A later delivery (another transaction state, a retry) does not turn it paid.
      shop.onEvent(event(85_000));
      expect(order.status).toBe("review");
    } finally {
      console.warn = warn;
    }
  });
});
