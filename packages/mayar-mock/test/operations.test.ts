import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { base64DecodeUtf8 } from "../src/util/base64.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout, validPaymentRequest } from "./support/requests.js";
import { expectSpecResponse } from "./support/spec.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("createPaymentRequest", () => {
  it("answers Mayar's success envelope, valid against the spec's 200 schema", async () => {
    const mock = createMayarMock({ publicUrl: "http://localhost:4000/mock-mayar", now: () => 1_000 });
    const response = await post(mock, CREATE_PATH, validPaymentRequest);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await response.json();
    expectSpecResponse("createPaymentRequest", "200", body);
    expect(Object.keys(body)).toEqual(["statusCode", "messages", "data"]);
    expect(body.statusCode).toBe(200);
    expect(body.messages).toBe("success");
    expect(Object.keys(body.data)).toEqual(["id", "transactionId", "link"]);
    expect(body.data.id).toMatch(UUID);
    expect(body.data.transactionId).toMatch(UUID);
    expect(body.data.id).not.toBe(body.data.transactionId);
    expect(body.data.link).toMatch(/^http:\/\/localhost:4000\/mock-mayar\/pl\/[a-z0-9]{11}$/);

    expect(mock.payments).toEqual([
      {
        operationId: "createPaymentRequest",
        id: body.data.id,
        transactionId: body.data.transactionId,
        slug: body.data.link.split("/").pop(),
        link: body.data.link,
        status: "unpaid",
        createdAt: 1_000,
        updatedAt: 1_000,
        paidAt: null,
        name: "Penagihan",
        amount: 100000,
        customerId: null,
        request: validPaymentRequest,
      },
    ]);
  });

  it("exposes payments as frozen snapshots", async () => {
    const mock = createMayarMock();
    await post(mock, CREATE_PATH, validPaymentRequest);
    const [payment] = mock.payments;
    expect(Object.isFrozen(mock.payments)).toBe(true);
    expect(Object.isFrozen(payment)).toBe(true);
    expect(Object.isFrozen(payment?.request)).toBe(true);
  });
});

describe("duplicate create guard", () => {
  function clockedMock() {
    let now = 1_700_000_000_000;
    const mock = createMayarMock({ now: () => now, duplicateWindowMs: 60_000 });
    return { mock, advance: (ms: number) => (now += ms) };
  }

  it("answers 429 for the same body within the window and accepts it after", async () => {
    const { mock, advance } = clockedMock();
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);

    advance(59_999);
    // Same body, keys in another order: still the same request.
    const reordered = Object.fromEntries(Object.entries(validPaymentRequest).reverse());
    const duplicate = await post(mock, CREATE_PATH, reordered);
    expect(duplicate.status).toBe(429);
    const body = await duplicate.json();
    expect(body).toEqual({
      statusCode: 429,
      messages: "Duplicate request detected. Please wait 1 minute before trying again.",
    });
    expectSpecResponse("createPaymentRequest", "429", body);

    advance(1);
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
    expect(mock.payments).toHaveLength(2);
  });

  it("accepts a different body at once", async () => {
    const { mock } = clockedMock();
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
    expect((await post(mock, CREATE_PATH, { ...validPaymentRequest, amount: 100001 })).status).toBe(200);
  });

  it("is forgotten on reset", async () => {
    const { mock } = clockedMock();
    await post(mock, CREATE_PATH, validPaymentRequest);
    mock.reset();
    expect(mock.payments).toEqual([]);
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
  });

  it("honours duplicateWindowMs: 0 (guard off)", async () => {
    const mock = createMayarMock({ duplicateWindowMs: 0, now: () => 5 });
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
  });
});

describe("generateImmutableCheckoutLink", () => {
  it("answers the top-level envelope with singular message, valid against the spec", async () => {
    const mock = createMayarMock({ publicUrl: "https://shop.test/mock" });
    const response = await post(mock, CHECKOUT_PATH, validCheckout);
    expect(response.status).toBe(200);
    const body = await response.json();
    expectSpecResponse("generateImmutableCheckoutLink", "200", body);
    expect(Object.keys(body)).toEqual([
      "statusCode",
      "message",
      "creditUsageImmutableCheckoutUrl",
      "paymentLinkUrl",
    ]);
    expect(body.statusCode).toBe(200);
    expect(body.message).toBe("success");
    expect(body.paymentLinkUrl).toBe("https://shop.test/mock/pl/credit-0e787345-9aaf-4b72-aa00-1174be6b52b1");

    const [base, token] = body.creditUsageImmutableCheckoutUrl.split("?immutable=");
    expect(base).toBe(body.paymentLinkUrl);
    const [payload, signature] = token.split(".");
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(base64DecodeUtf8(payload))).toEqual({
      name: "memberTambahan",
      email: "tambahan@gg.com",
      mobile: "08777777799",
      creditAmount: 1000,
    });

    const [payment] = mock.payments;
    expect(payment).toMatchObject({
      operationId: "generateImmutableCheckoutLink",
      status: "unpaid",
      link: body.creditUsageImmutableCheckoutUrl,
      paymentLinkUrl: body.paymentLinkUrl,
      productId: validCheckout.productId,
      creditAmount: 1000,
      immutableToken: token,
    });
  });

  it("accepts any productId and keeps non-Latin names intact", async () => {
    const mock = createMayarMock();
    const response = await post(mock, CHECKOUT_PATH, {
      productId: "Produk Kredit/Ω #1",
      customerInfo: { name: "Siti Ñúñez 😀", email: "s@x.id", mobile: "0812" },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.paymentLinkUrl).toBe("http://127.0.0.1/mock-mayar/pl/credit-produk-kredit-1");
    const payload = body.creditUsageImmutableCheckoutUrl.split("?immutable=")[1].split(".")[0];
    expect(JSON.parse(base64DecodeUtf8(payload))).toEqual({
      name: "Siti Ñúñez 😀",
      email: "s@x.id",
      mobile: "0812",
    });
  });
});
