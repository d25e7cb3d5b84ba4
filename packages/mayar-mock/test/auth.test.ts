import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout, validPaymentRequest } from "./support/requests.js";
import { expectSpecResponse } from "./support/spec.js";

describe("authentication", () => {
  const mock = createMayarMock({ apiKey: "sk-test-123" });

  it.each([
    ["missing header", null],
    ["wrong key", "Bearer sk-test-999"],
    ["no scheme", "sk-test-123"],
    ["Basic scheme", "Basic sk-test-123"],
    ["empty bearer", "Bearer "],
    ["key with suffix", "Bearer sk-test-1234"],
  ])("createPaymentRequest answers 401 for %s", async (_label, authorization) => {
    const response = await post(mock, CREATE_PATH, validPaymentRequest, { authorization });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toEqual({ statusCode: 401, messages: "Unauthorized" });
    expectSpecResponse("createPaymentRequest", "401", body);
  });

  it("uses the credit family's singular message", async () => {
    const response = await post(mock, CHECKOUT_PATH, validCheckout, { authorization: "Bearer nope" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ statusCode: 401, message: "Unauthorized" });
  });

  it("checks auth before the body", async () => {
    const response = await post(mock, CREATE_PATH, undefined, { authorization: null, raw: "not json" });
    expect(response.status).toBe(401);
  });

  it("accepts the key with any letter case of the scheme", async () => {
    const response = await post(mock, CREATE_PATH, validPaymentRequest, {
      authorization: "bearer sk-test-123",
    });
    expect(response.status).toBe(200);
    expect(mock.payments).toHaveLength(1);
  });
});
