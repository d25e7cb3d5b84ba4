import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout, validPaymentRequest } from "./support/requests.js";

describe("failNext", () => {
  it("serves a status with a JSON body once, then behaves normally", async () => {
    const mock = createMayarMock();
    mock.failNext("createPaymentRequest", {
      status: 409,
      body: { statusCode: 409, messages: "already exist" },
      headers: { "x-request-id": "abc" },
    });
    const failed = await post(mock, CREATE_PATH, validPaymentRequest);
    expect(failed.status).toBe(409);
    expect(failed.headers.get("x-request-id")).toBe("abc");
    expect(await failed.json()).toEqual({ statusCode: 409, messages: "already exist" });
    expect(mock.payments).toEqual([]);

    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
  });

  it("defaults the body to the operation family's envelope", async () => {
    const mock = createMayarMock();
    mock.failNext("createPaymentRequest", { status: 500 });
    mock.failNext("generateImmutableCheckoutLink", { status: 503 });
    const create = await post(mock, CREATE_PATH, validPaymentRequest);
    expect(create.status).toBe(500);
    expect(await create.json()).toEqual({ statusCode: 500, messages: "Internal Server Error" });
    const checkout = await post(mock, CHECKOUT_PATH, validCheckout);
    expect(checkout.status).toBe(503);
    expect(await checkout.json()).toEqual({ statusCode: 503, message: "Service Unavailable" });
  });

  it("serves a raw string body such as a gateway's HTML page", async () => {
    const mock = createMayarMock();
    const page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    mock.failNext("generateImmutableCheckoutLink", {
      status: 502,
      body: page,
      headers: { "Content-Type": "text/html" },
    });
    const response = await post(mock, CHECKOUT_PATH, validCheckout);
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("text/html");
    expect(await response.text()).toBe(page);
  });

  it("rejects with a TypeError for a network error", async () => {
    const mock = createMayarMock();
    mock.failNext("createPaymentRequest", "network-error");
    const call = post(mock, CREATE_PATH, validPaymentRequest);
    await expect(call).rejects.toBeInstanceOf(TypeError);
    await expect(call).rejects.toThrow("fetch failed");
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
  });

  it("is served before auth and only to the named operation", async () => {
    const mock = createMayarMock();
    mock.failNext("generateImmutableCheckoutLink", { status: 500 });
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
    expect((await post(mock, CHECKOUT_PATH, validCheckout, { authorization: null })).status).toBe(500);
    expect((await post(mock, CHECKOUT_PATH, validCheckout, { authorization: null })).status).toBe(401);
  });

  it("queues several faults in order and reset clears them", async () => {
    const mock = createMayarMock();
    mock.failNext("createPaymentRequest", { status: 502 });
    mock.failNext("createPaymentRequest", { status: 504 });
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(502);
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(504);
    mock.failNext("createPaymentRequest", { status: 500 });
    mock.reset();
    expect((await post(mock, CREATE_PATH, validPaymentRequest)).status).toBe(200);
  });

  it("validates its arguments", () => {
    const mock = createMayarMock();
    expect(() => mock.failNext("listPayments" as never, { status: 500 })).toThrow(
      'failNext: unknown operationId "listPayments"; expected an operationId of the spec, such as createPaymentRequest or listInvoices.',
    );
    expect(() => mock.failNext("createPaymentRequest", { status: 99 })).toThrow(
      'failNext("createPaymentRequest", ...): status must be an integer from 200 to 599; got 99.',
    );
    expect(() => mock.failNext("createPaymentRequest", "offline" as never)).toThrow(
      /must be "network-error" or/,
    );
    expect(() =>
      mock.failNext("createPaymentRequest", {
        status: 500,
        headers: { "retry-after": 5 as unknown as string },
      }),
    ).toThrow(/headers must be an object of string values/);
  });
});
