// Webhooks as Mayar sends them: registration, payment.received when a hosted page is paid (JSON, Mayar's
// payload), retries with backoff, the history (both shapes, cursor pages), manual retries, test deliveries,
// emitWebhook for forged events, webhooksIdle. Receivers are real HTTP servers on 127.0.0.1.
import { createMayarClient } from "@org/mayar-core";
import { afterEach, describe, expect, it } from "vitest";
import { createMayarMock, type MayarMock, type MayarMockOptions } from "../src/index.js";
import { closedPortUrl, closeReceivers, startReceiver } from "./support/receiver.js";
import { CREATE_PATH, post, validPaymentRequest } from "./support/requests.js";
import { expectSpecResponse } from "./support/spec.js";

afterEach(closeReceivers);

const fast: MayarMockOptions = { webhookBackoffMs: 5, webhookTimeoutMs: 2_000 };

function clientFor(mock: MayarMock) {
  return createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
}

async function createPayment(mock: MayarMock, body: object = validPaymentRequest) {
  const response = await post(mock, CREATE_PATH, body);
  expect(response.status).toBe(200);
  return (await response.json()).data as { id: string; transactionId: string; link: string };
}

const pay = (mock: MayarMock, link: string) => mock.fetch(`${link}/pay`, { method: "POST" });

async function history(mock: MayarMock, query = "") {
  const response = await mock.fetch(`/hl/v2/webhooks/history${query}`, {
    headers: { authorization: `Bearer ${mock.apiKey}` },
  });
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  expectSpecResponse("listWebhookHistory", "200", body);
  return body as {
    data: Array<Record<string, unknown>>;
    hasMore: boolean;
    nextStartingAfter: string | null;
  };
}

describe("registering the webhook URL", () => {
  it("stores one URL per merchant (the latest), and the webhookUrl option presets it", async () => {
    const mock = createMayarMock({ webhookUrl: "http://127.0.0.1:9/first" });
    expect(mock.webhookUrl).toBe("http://127.0.0.1:9/first");
    const mayar = clientFor(mock);
    await expect(
      mayar.webhooks.register({ urlHook: "https://shop.example/hook?token=abc" }),
    ).resolves.toEqual({});
    expect(mock.webhookUrl).toBe("https://shop.example/hook?token=abc");
    mock.reset();
    expect(mock.webhookUrl).toBe("http://127.0.0.1:9/first");
    expect(createMayarMock().webhookUrl).toBeNull();
  });

  it.each([
    ["registerWebhook", "/hl/v2/webhooks/update", {}, "urlHook is required"],
    ["registerWebhook", "/hl/v2/webhooks/update", { urlHook: "" }, "urlHook is required"],
    ["registerWebhook", "/hl/v2/webhooks/update", { urlHook: "not a url" }, "urlHook is not a valid URL"],
    ["registerWebhook", "/hl/v2/webhooks/update", { urlHook: "mailto:a@b.id" }, "urlHook is not a valid URL"],
    ["testWebhook", "/hl/v2/webhooks/test", {}, "Url tidak ditemukan. Silahkan masukkan url webhook anda."],
    [
      "testWebhook",
      "/hl/v2/webhooks/test",
      { urlHook: "ftp://x" },
      "Url tidak valid. Silahkan masukkan url webhook yang valid.",
    ],
  ])("%s (%s) answers Mayar's 400 for %j", async (operationId, path, body, message) => {
    const mock = createMayarMock();
    const response = await post(mock, path, body);
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer).toEqual({ statusCode: 400, messages: message });
    expectSpecResponse(operationId, "400", answer);
    expect(mock.webhookUrl).toBeNull();
  });
});

describe("payment.received when a hosted page is paid", () => {
  it("POSTs Mayar's JSON payload to the registered URL, without delaying the checkout's answer", async () => {
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const receiver = await startReceiver(async () => {
      await answered; // the receiver holds its answer until the checkout has answered
      return Response.json({ received: true });
    });
    const mock = createMayarMock({ ...fast, now: () => Date.parse("2026-11-22T10:00:00.000Z") });
    await clientFor(mock).webhooks.register({ urlHook: `${receiver.origin}/mayar/webhook?token=secret` });
    const { id, transactionId, link } = await createPayment(mock);

    const paid = await pay(mock, link);
    expect(paid.status).toBe(303);
    release();
    await mock.webhooksIdle();

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery?.method).toBe("POST");
    expect(delivery?.url.pathname).toBe("/mayar/webhook");
    expect(delivery?.url.searchParams.get("token")).toBe("secret");
    expect(delivery?.headers.get("content-type")).toBe("application/json");
    expect(delivery?.json).toEqual({
      event: "payment.received",
      data: {
        id: transactionId,
        transactionId,
        status: "SUCCESS",
        transactionStatus: "paid",
        createdAt: "2026-11-22T10:00:00.000Z",
        updatedAt: "2026-11-22T10:00:00.000Z",
        merchantId: "348e083d-315a-4e5c-96b1-5a2a98c48413",
        merchantName: "Toko Mayar Demo",
        merchantEmail: "merchant@example.com",
        customerId: null,
        customerName: "budi.santoso@example.com",
        customerEmail: "budi.santoso@example.com",
        customerMobile: "081234567890",
        amount: 100000,
        isAdminFeeBorneByCustomer: null,
        isChannelFeeBorneByCustomer: null,
        productId: id,
        productName: "Penagihan",
        productType: "payment_request",
        pixelFbp: null,
        pixelFbc: null,
        qty: 1,
        couponUsed: null,
        paymentMethod: "QRIS",
      },
    });

    // One SUCCESS row in the history, its payload the body sent.
    const { data } = await history(mock);
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      status: "SUCCESS",
      type: "payment.received",
      urlDestination: `${receiver.origin}/mayar/webhook?token=secret`,
      paymentLinkId: id,
      paymentLinkTransactionId: transactionId,
      nextDelivery: null,
      source: "AUTOMATIC",
      responsePayload: '{"received":true}',
      userId: "348e083d-315a-4e5c-96b1-5a2a98c48413",
    });
    expect(JSON.parse(String(data[0]?.payload))).toEqual(delivery?.json);
  });

  it("sends invoices' payment.received with the customer, once however often Bayar is pressed", async () => {
    const receiver = await startReceiver();
    const mock = createMayarMock({ ...fast, webhookUrl: `${receiver.origin}/hook`, shopName: "Kopi Kita" });
    const response = await post(mock, "/hl/v2/invoices/create", {
      name: "Siti Rahmawati",
      email: "siti@example.com",
      mobile: "08123",
      items: [{ quantity: 2, rate: 42500, description: "Kopi Arabika Gayo 250 g" }],
    });
    const { link, transactionId } = (await response.json()).data;
    await pay(mock, link);
    await pay(mock, link);
    await mock.webhooksIdle();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.json?.data).toMatchObject({
      transactionId,
      amount: 85000,
      merchantName: "Kopi Kita",
      customerName: "Siti Rahmawati",
      customerEmail: "siti@example.com",
      customerMobile: "08123",
      productName: "INVOICE",
      productType: "invoice",
      customerId: expect.any(String),
    });
  });

  it("sends nothing without a registered URL", async () => {
    const calls: string[] = [];
    const mock = createMayarMock({
      webhookFetch: async (url) => {
        calls.push(url);
        return new Response("ok");
      },
    });
    const { link } = await createPayment(mock);
    await pay(mock, link);
    await mock.webhooksIdle();
    expect(calls).toEqual([]);
    expect(mock.webhookDeliveries).toEqual([]);
  });

  it("delivers through webhookFetch when given (tests, browsers)", async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const mock = createMayarMock({
      webhookUrl: "https://shop.example/hook",
      webhookFetch: async (url, init) => {
        calls.push({ url, init });
        return new Response(null, { status: 204 });
      },
    });
    const { link } = await createPayment(mock);
    await pay(mock, link);
    await mock.webhooksIdle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("https://shop.example/hook");
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.headers).toEqual({ "content-type": "application/json" });
    expect(JSON.parse(String(calls[0]?.init.body)).event).toBe("payment.received");
    expect(mock.webhookDeliveries[0]).toMatchObject({ status: "SUCCESS", responseStatus: 204 });
  });
});

describe("retries", () => {
  it("retries non-2xx answers with doubling backoff, one history row per attempt", async () => {
    const times: number[] = [];
    const receiver = await startReceiver((_request, index) => {
      times.push(performance.now());
      return index < 2 ? new Response("busy", { status: 500 }) : new Response("thanks", { status: 200 });
    });
    const mock = createMayarMock({ webhookBackoffMs: 40, webhookUrl: `${receiver.origin}/hook` });
    const { link, transactionId } = await createPayment(mock);
    await pay(mock, link);
    await mock.webhooksIdle();

    expect(receiver.received).toHaveLength(3);
    expect(receiver.received.map((r) => r.text)).toEqual(Array(3).fill(receiver.received[0]?.text));
    // 40 ms, then 80 ms (timers may fire a little early or late; the order of magnitude is what counts).
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(35);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(75);

    const rows = mock.webhookDeliveries;
    expect(rows.map((row) => [row.attempt, row.status, row.responseStatus, row.responsePayload])).toEqual([
      [1, "FAILED", 500, "busy"],
      [2, "FAILED", 500, "busy"],
      [3, "SUCCESS", 200, "thanks"],
    ]);
    expect(rows[0]?.nextDelivery).toEqual(expect.any(Number));
    expect(rows[2]?.nextDelivery).toBeNull();

    // The API lists them newest first, in both shapes.
    const { data } = await history(mock);
    expect(data.map((row) => row.status)).toEqual(["SUCCESS", "FAILED", "FAILED"]);
    expect(data.every((row) => row.paymentLinkTransactionId === transactionId)).toBe(true);
    const failed = await history(mock, "?status=FAILED");
    expect(failed.data).toHaveLength(2);

    const newHistory = await (
      await mock.fetch("/hl/v2/webhooks/new-history", { headers: { authorization: `Bearer ${mock.apiKey}` } })
    ).json();
    expectSpecResponse("listWebhookNewHistory", "200", newHistory);
    expect(newHistory.data).toHaveLength(3);
    expect(newHistory.data[2]).toMatchObject({
      status: "FAILED",
      Webhooktype: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      nextDelivery: expect.stringMatching(/Z$/),
    });
  });

  it("gives up after webhookRetries, recording network errors", async () => {
    const url = await closedPortUrl();
    const mock = createMayarMock({ ...fast, webhookRetries: 2, webhookUrl: url });
    const { link } = await createPayment(mock);
    await pay(mock, link);
    await mock.webhooksIdle();
    const rows = mock.webhookDeliveries;
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.status === "FAILED" && row.responseStatus === null)).toBe(true);
    expect(rows[0]?.responsePayload).toMatch(/fetch failed|ECONNREFUSED/);
    expect(rows[2]?.nextDelivery).toBeNull();
  });

  it("fails (and retries) a receiver that does not answer within webhookTimeoutMs", async () => {
    const receiver = await startReceiver(() => new Promise<Response>(() => {}));
    const mock = createMayarMock({
      webhookRetries: 0,
      webhookTimeoutMs: 50,
      webhookUrl: `${receiver.origin}/slow`,
    });
    const result = await mock.emitWebhook("payment.received", { transactionId: "tx-1" });
    expect(result).toMatchObject({ ok: false, status: null, error: "no answer within 50 ms" });
  });

  it("webhooks.retry sends a recorded delivery again; unknown ids answer 404, no URL 400", async () => {
    const receiver = await startReceiver((_request, index) =>
      index === 0 ? new Response("down", { status: 503 }) : new Response("ok"),
    );
    const mock = createMayarMock({ ...fast, webhookRetries: 0, webhookUrl: `${receiver.origin}/hook` });
    const mayar = clientFor(mock);
    const { link } = await createPayment(mock);
    await pay(mock, link);
    await mock.webhooksIdle();
    const [first] = mock.webhookDeliveries;
    expect(first?.status).toBe("FAILED");

    await expect(mayar.webhooks.retry({ webhookHistoryId: first?.id ?? "" })).resolves.toEqual({});
    await mock.webhooksIdle();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.text).toBe(receiver.received[0]?.text);
    expect(mock.webhookDeliveries[1]).toMatchObject({ status: "SUCCESS", source: "MANUAL" });

    const unknown = await post(mock, "/hl/v2/webhooks/retry", { webhookHistoryId: "nope" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ statusCode: 404, messages: "Webhook history not found" });

    const bare = createMayarMock();
    const noUrl = await post(bare, "/hl/v2/webhooks/retry", { webhookHistoryId: "nope" });
    expect(noUrl.status).toBe(400);
    const body = await noUrl.json();
    expect(body).toEqual({
      statusCode: 400,
      messages: "Url tidak ditemukan. Silahkan register url webhook anda terlebih dahulu.",
    });
    expectSpecResponse("retryWebhook", "400", body);
  });

  it("reset() stops deliveries waiting to be retried", async () => {
    let firstArrived = () => {};
    const arrived = new Promise<void>((resolve) => {
      firstArrived = resolve;
    });
    const receiver = await startReceiver(() => {
      firstArrived();
      return new Response("no", { status: 500 });
    });
    const mock = createMayarMock({ webhookBackoffMs: 60_000, webhookUrl: `${receiver.origin}/hook` });
    const { link } = await createPayment(mock);
    await pay(mock, link);
    await arrived;
    mock.reset();
    await mock.webhooksIdle(); // resolves at once instead of after a minute
    expect(receiver.received).toHaveLength(1);
    expect(mock.webhookDeliveries).toEqual([]);
  });
});

describe("the history", () => {
  it("pages newest first with Mayar's cursor and filters by type, URL and time", async () => {
    let clock = Date.parse("2026-11-01T00:00:00.000Z");
    const receiver = await startReceiver();
    const mock = createMayarMock({ ...fast, now: () => clock, webhookUrl: `${receiver.origin}/a` });
    for (let i = 0; i < 5; i++) {
      clock += 60_000;
      await mock.emitWebhook(i % 2 ? "payment.reminder" : "payment.received", { transactionId: `tx-${i}` });
    }
    await mock.emitWebhook("membership.memberExpired", {}, { url: `${receiver.origin}/b` });

    const first = await history(mock, "?limit=4");
    expect(first.data).toHaveLength(4);
    expect(first.hasMore).toBe(true);
    const second = await history(mock, `?limit=4&startingAfter=${first.nextStartingAfter}`);
    expect(second.data).toHaveLength(2);
    expect(second.hasMore).toBe(false);
    expect(second.nextStartingAfter).toBeNull();
    const ids = [...first.data, ...second.data].map((row) => row.id);
    expect(new Set(ids).size).toBe(6);

    expect((await history(mock, "?type=payment.reminder")).data).toHaveLength(2);
    expect(
      (await history(mock, `?urlDestination=${encodeURIComponent(`${receiver.origin}/b`)}`)).data,
    ).toHaveLength(1);
    const since = (await history(mock, `?startAt=${encodeURIComponent("2026-11-01T00:03:00.000Z")}`)).data;
    expect(since.map((row) => JSON.parse(String(row.payload)).data.transactionId)).toEqual([
      undefined,
      "tx-4",
      "tx-3",
      "tx-2",
    ]);
  });

  it("seed: examples starts with the documented URL and rows", async () => {
    const mock = createMayarMock({ seed: "examples", webhookFetch: async () => new Response("ok") });
    expect(mock.webhookUrl).toBe("https://webhook.example.com");
    const { data } = await history(mock);
    expect(data.map((row) => row.id)).toEqual([
      "e5f6a7b8-c9d0-4123-e456-789abcdef012",
      "a1b2c3d4-e5f6-4789-a012-3456789abcde",
    ]);
  });
});

describe("webhooks.test", () => {
  it("sends one `testing` delivery to the given URL, recorded with source TEST", async () => {
    const receiver = await startReceiver(() => new Response("nope", { status: 500 }));
    const mock = createMayarMock(fast);
    await expect(clientFor(mock).webhooks.test({ urlHook: `${receiver.origin}/probe` })).resolves.toEqual({});
    await mock.webhooksIdle();
    expect(receiver.received).toHaveLength(1); // a test is never retried
    expect(receiver.received[0]?.json).toMatchObject({
      event: "testing",
      data: { merchantName: "Toko Mayar Demo", status: "SUCCESS" },
    });
    expect(mock.webhookDeliveries).toMatchObject([{ source: "TEST", status: "FAILED", event: "testing" }]);
    expect(mock.webhookUrl).toBeNull(); // testing a URL does not register it
  });
});

describe("emitWebhook", () => {
  it("sends any event to the registered URL (or { url }) and resolves with the result", async () => {
    const receiver = await startReceiver(() => new Response("got it", { status: 202 }));
    const mock = createMayarMock({ ...fast, webhookUrl: `${receiver.origin}/hook` });
    const { transactionId } = await createPayment(mock);

    // A forged payment.received for an unpaid transaction: the payload a real one would carry.
    const result = await mock.emitWebhook("payment.received", { transactionId });
    expect(result).toMatchObject({
      ok: true,
      status: 202,
      body: "got it",
      attempts: 1,
      url: `${receiver.origin}/hook`,
      historyId: mock.webhookDeliveries[0]?.id,
    });
    expect(result.payload.data).toMatchObject({ transactionId, transactionStatus: "paid", amount: 100000 });
    expect(receiver.received[0]?.json).toEqual(result.payload);

    const expired = await mock.emitWebhook(
      "membership.memberExpired",
      { memberId: "MBR1" },
      { url: `${receiver.origin}/other` },
    );
    expect(receiver.received[1]?.url.pathname).toBe("/other");
    expect(expired.payload).toEqual({
      event: "membership.memberExpired",
      data: expect.objectContaining({
        memberId: "MBR1",
        merchantName: "Toko Mayar Demo",
        status: "INACTIVE",
      }),
    });

    const custom = await mock.emitWebhook("shipper.status", { id: "s1", status: "DELIVERED" });
    expect(custom.payload.data).toEqual({
      merchantId: "348e083d-315a-4e5c-96b1-5a2a98c48413",
      merchantName: "Toko Mayar Demo",
      id: "s1",
      status: "DELIVERED",
    });
  });

  it("retries when asked, and rejects bad arguments or a missing URL", async () => {
    const receiver = await startReceiver(
      (_request, index) => new Response(null, { status: index ? 200 : 500 }),
    );
    const mock = createMayarMock({ ...fast });
    const result = await mock.emitWebhook(
      "payment.received",
      {},
      { url: `${receiver.origin}/x`, retries: 2 },
    );
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 2 });

    await expect(mock.emitWebhook("payment.received")).rejects.toThrow(
      /emitWebhook: no webhook URL is registered/,
    );
    await expect(mock.emitWebhook("", {}, { url: receiver.origin })).rejects.toThrow(/event must be/);
    await expect(mock.emitWebhook("x", [] as never, { url: receiver.origin })).rejects.toThrow(/data must/);
    await expect(mock.emitWebhook("x", {}, { url: "ftp://x" })).rejects.toThrow(/absolute http\(s\) URL/);
    await expect(mock.emitWebhook("x", {}, { url: receiver.origin, retries: -1 })).rejects.toThrow(
      /retries must be/,
    );
  });
});

describe("options", () => {
  it.each([
    [{ webhookUrl: "/hook" }, /webhookUrl must be an absolute http\(s\) URL/],
    [{ webhookRetries: -1 }, /webhookRetries must be a whole number >= 0 \(default 3\)/],
    [{ webhookBackoffMs: 1.5 }, /webhookBackoffMs must be a whole number >= 0 \(default 1000\)/],
    [{ webhookTimeoutMs: 0 }, /webhookTimeoutMs must be a whole number >= 1 \(default 10000\)/],
    [{ webhookFetch: "fetch" }, /webhookFetch must be a function/],
  ])("rejects %j", (options, message) => {
    expect(() => createMayarMock(options as MayarMockOptions)).toThrow(message);
  });
});
