// The mock's deliveries against the SDK's own receiver (@org/mayar-core/server's createMayarWebhookHandler,
// mounted on 127.0.0.1): the token in `?token=`, the transaction re-fetched from the mock through the SDK,
// onEvent only for what Mayar confirms as paid. Needs core built (`pnpm --filter @org/mayar-core build`).
import { createMayarClient } from "@org/mayar-core";
import { createMayarWebhookHandler, type MayarConfirmedWebhookEvent } from "@org/mayar-core/server";
import { afterEach, describe, expect, it } from "vitest";
import { createMayarMock, type MayarMock } from "../src/index.js";
import { closeReceivers, startReceiver } from "./support/receiver.js";
import { CREATE_PATH, post, validPaymentRequest } from "./support/requests.js";

afterEach(closeReceivers);

const TOKEN = "test-token-0123456789abcdef";

/** A mock whose registered URL is a real SDK receiver, and what that receiver's onEvent saw. */
async function shop(onEventFailures = 0) {
  const events: MayarConfirmedWebhookEvent[] = [];
  const answers: number[] = [];
  let failures = onEventFailures;
  const mock = createMayarMock({ webhookBackoffMs: 5, webhookTimeoutMs: 5_000 });
  const handler = createMayarWebhookHandler({
    client: createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch }),
    token: TOKEN,
    onEvent: (event) => {
      if (failures-- > 0) throw new Error("database is down");
      events.push(event);
    },
    onError: () => {},
  });
  const receiver = await startReceiver(async (request) => {
    const response = await handler(request);
    answers.push(response.status);
    return response;
  });
  const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
  await mayar.webhooks.register({ urlHook: `${receiver.origin}/api/mayar/webhook?token=${TOKEN}` });
  return { mock, mayar, events, answers, receiver };
}

async function createPayment(mock: MayarMock) {
  const response = await post(mock, CREATE_PATH, validPaymentRequest);
  return (await response.json()).data as { id: string; transactionId: string; link: string };
}

describe("deliveries to core's createMayarWebhookHandler", () => {
  it("paying on the hosted page runs onEvent once, with the transaction Mayar confirms as paid", async () => {
    const { mock, events, answers } = await shop();
    const { transactionId, link } = await createPayment(mock);
    const paid = await mock.fetch(`${link}/pay`, { method: "POST" });
    expect(paid.status).toBe(303);
    await mock.webhooksIdle();

    expect(answers).toEqual([200]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "payment.received",
      data: { transactionId, transactionStatus: "paid", amount: 100000 },
      transaction: { id: transactionId, status: "paid", amount: 100000 },
    });

    // A redelivery of the same event (webhooks.retry) is recognised and not processed again.
    const [row] = mock.webhookDeliveries;
    await createMayarClient({
      baseUrl: mock.publicUrl,
      apiKey: mock.apiKey,
      fetch: mock.fetch,
    }).webhooks.retry({
      webhookHistoryId: row?.id ?? "",
    });
    await mock.webhooksIdle();
    expect(answers).toEqual([200, 200]);
    expect(events).toHaveLength(1);
  });

  it("a forged paid event for an unpaid transaction never reaches onEvent", async () => {
    const { mock, events } = await shop();
    const { transactionId } = await createPayment(mock);
    const forged = await mock.emitWebhook("payment.received", {
      transactionId,
      transactionStatus: "paid",
      status: "SUCCESS",
    });
    expect(forged.status).toBe(425); // "not paid yet": Mayar would deliver again later
    expect(events).toEqual([]);

    // Without the token, or with another one, the receiver refuses before reading anything.
    const url = mock.webhookUrl?.replace(TOKEN, "wrong-token-0123456789") ?? "";
    expect((await mock.emitWebhook("payment.received", { transactionId }, { url })).status).toBe(401);
    expect(events).toEqual([]);
  });

  it("an expired transaction is refused too (409)", async () => {
    const { mock, events } = await shop();
    const { transactionId, link } = await createPayment(mock);
    expect((await mock.fetch(`${link}/expire`, { method: "POST" })).status).toBe(303);
    await mock.webhooksIdle();
    const forged = await mock.emitWebhook("payment.received", { transactionId });
    expect(forged.status).toBe(409);
    expect(events).toEqual([]);
  });

  it("a receiver failing twice (500) then succeeding is retried: 3 attempts, 3 history rows", async () => {
    const { mock, mayar, events, answers } = await shop(2);
    const { transactionId, link } = await createPayment(mock);
    await mock.fetch(`${link}/pay`, { method: "POST" });
    await mock.webhooksIdle();

    expect(answers).toEqual([500, 500, 200]);
    expect(events).toHaveLength(1);
    expect(events[0]?.transaction?.id).toBe(transactionId);

    const page = await mayar.webhooks.listHistory({ limit: 10 });
    expect(page.data.map((row) => row.status)).toEqual(["SUCCESS", "FAILED", "FAILED"]);
    expect(page.data.every((row) => row.paymentLinkTransactionId === transactionId)).toBe(true);
    expect(page.data[2]?.nextDelivery).toEqual(expect.any(Number));
    expect(page.data[0]?.nextDelivery).toBeNull();
  });
});
