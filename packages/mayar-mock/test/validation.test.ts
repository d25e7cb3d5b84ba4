import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import {
  CHECKOUT_PATH,
  CREATE_PATH,
  expectValidationError,
  post,
  validCheckout,
  validPaymentRequest,
} from "./support/requests.js";
import { expectSpecResponse } from "./support/spec.js";

const mock = createMayarMock();

function without<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

describe("createPaymentRequest body validation", () => {
  it.each(["name", "amount"] as const)("answers 400 when %s is missing", async (field) => {
    const response = await post(mock, CREATE_PATH, without(validPaymentRequest, field));
    const body = await expectValidationError(response, [
      { type: "required", message: `The '${field}' field is required.`, field },
    ]);
    expectSpecResponse("createPaymentRequest", "400", body);
  });

  it("reports every failing field with type, expected and actual", async () => {
    const response = await post(mock, CREATE_PATH, {
      name: 12,
      amount: "100000",
      email: true,
      expiredAt: "next tuesday",
      extraData: "x",
    });
    await expectValidationError(response, [
      {
        type: "type",
        message: "The 'name' field must be a string.",
        field: "name",
        expected: "string",
        actual: 12,
      },
      {
        type: "type",
        message: "The 'amount' field must be an integer.",
        field: "amount",
        expected: "integer",
        actual: "100000",
      },
      {
        type: "type",
        message: "The 'email' field must be a string.",
        field: "email",
        expected: "string",
        actual: true,
      },
      {
        type: "format",
        message: "The 'expiredAt' field must be a valid date-time.",
        field: "expiredAt",
        expected: "date-time",
        actual: "next tuesday",
      },
      {
        type: "type",
        message: "The 'extraData' field must be an object.",
        field: "extraData",
        expected: "object",
        actual: "x",
      },
    ]);
  });

  it("rejects a fractional amount (the spec says integer)", async () => {
    const response = await post(mock, CREATE_PATH, { ...validPaymentRequest, amount: 1000.5 });
    expect(response.status).toBe(400);
    expect((await response.json()).data).toEqual([
      {
        type: "type",
        message: "The 'amount' field must be an integer.",
        field: "amount",
        expected: "integer",
        actual: 1000.5,
      },
    ]);
  });

  it.each([
    ["not JSON", "name=Penagihan&amount=1"],
    ["an empty body", ""],
    ["truncated JSON", '{"name":"Penagihan",'],
  ])("answers 400 for %s", async (_label, raw) => {
    const response = await post(mock, CREATE_PATH, undefined, { raw });
    const body = await expectValidationError(response, [
      { type: "json", message: "The request body must be valid JSON.", field: "" },
    ]);
    expectSpecResponse("createPaymentRequest", "400", body);
  });

  it("answers 400 for JSON that is not an object", async () => {
    const response = await post(mock, CREATE_PATH, [validPaymentRequest]);
    expect(response.status).toBe(400);
    expect((await response.json()).data).toEqual([
      {
        type: "type",
        message: "The request body must be an object.",
        field: "",
        expected: "object",
        actual: [validPaymentRequest],
      },
    ]);
  });

  it("creates nothing when the body is invalid", () => {
    expect(mock.payments).toEqual([]);
  });
});

describe("generateImmutableCheckoutLink body validation", () => {
  it.each(["productId", "customerInfo"] as const)("answers 400 when %s is missing", async (field) => {
    const response = await post(mock, CHECKOUT_PATH, without(validCheckout, field));
    const body = await expectValidationError(
      response,
      [{ type: "required", message: `The '${field}' field is required.`, field }],
      "message",
    );
    expectSpecResponse("generateImmutableCheckoutLink", "400", body);
  });

  it.each(["name", "email", "mobile"] as const)(
    "answers 400 when customerInfo.%s is missing",
    async (field) => {
      const response = await post(mock, CHECKOUT_PATH, {
        ...validCheckout,
        customerInfo: without(validCheckout.customerInfo, field),
      });
      await expectValidationError(
        response,
        [
          {
            type: "required",
            message: `The 'customerInfo.${field}' field is required.`,
            field: `customerInfo.${field}`,
          },
        ],
        "message",
      );
    },
  );

  it("reports nested type errors with dotted paths", async () => {
    const response = await post(mock, CHECKOUT_PATH, {
      productId: 5,
      creditAmount: "1000",
      customerInfo: { name: "a", email: ["a@b.c"], mobile: 81234 },
    });
    expect(response.status).toBe(400);
    const { data } = await response.json();
    expect(data.map((item: { field: string; type: string }) => `${item.type} ${item.field}`)).toEqual([
      "type productId",
      "type creditAmount",
      "type customerInfo.email",
      "type customerInfo.mobile",
    ]);
    expect(data[2]).toEqual({
      type: "type",
      message: "The 'customerInfo.email' field must be a string.",
      field: "customerInfo.email",
      expected: "string",
      actual: ["a@b.c"],
    });
  });

  it("answers 400 with the singular message for non-JSON", async () => {
    const response = await post(mock, CHECKOUT_PATH, undefined, { raw: "<xml/>" });
    await expectValidationError(
      response,
      [{ type: "json", message: "The request body must be valid JSON.", field: "" }],
      "message",
    );
  });
});

describe("Mayar's documented constraints (minimum, exclusiveMinimum, email, minLength)", () => {
  it("refuses amount 0, an empty name and a malformed email, naming each field", async () => {
    const response = await post(mock, CREATE_PATH, { name: "", amount: 0, email: "siti@@example" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expectSpecResponse("createPaymentRequest", "400", body);
    expect(body.data).toEqual([
      {
        type: "minLength",
        message: "The 'name' field must not be empty.",
        field: "name",
        expected: 1,
        actual: "",
      },
      {
        type: "minimum",
        message: "The 'amount' field must be greater than or equal to 1.",
        field: "amount",
        expected: 1,
        actual: 0,
      },
      {
        type: "format",
        message: "The 'email' field must be a valid email.",
        field: "email",
        expected: "email",
        actual: "siti@@example",
      },
    ]);
  });

  it("refuses a negative invoice rate with Mayar's sentence", async () => {
    const response = await post(mock, "/hl/v2/invoices/create", {
      name: "Siti",
      email: "siti@example.com",
      mobile: "0812",
      items: [
        { quantity: 1, rate: 1000, description: "A" },
        { quantity: 1, rate: -200, description: "B" },
      ],
    });
    expect(response.status).toBe(400);
    expect((await response.json()).data).toEqual([
      {
        type: "exclusiveMinimum",
        message: "The 'items[1].rate' field must be a positive number.",
        field: "items[1].rate",
        expected: 0,
        actual: -200,
      },
    ]);
  });
});

describe("query and path parameters", () => {
  const get = (path: string) => mock.fetch(path, { headers: { authorization: `Bearer ${mock.apiKey}` } });

  it.each([
    ["51", "maximum", "The 'limit' field must be less than or equal to 50."],
    ["0", "minimum", "The 'limit' field must be greater than or equal to 1."],
    ["ten", "type", "The 'limit' field must be an integer."],
  ])("refuses limit=%s", async (limit, type, message) => {
    const response = await get(`/hl/v2/payments?limit=${limit}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expectSpecResponse("listPaymentRequests", "400", body);
    expect(body).toMatchObject({
      statusCode: 400,
      messages: "Validation Error",
      data: [{ type, message, field: "limit" }],
    });
  });

  it("accepts limit=50 and ignores parameters the spec does not list", async () => {
    expect((await get("/hl/v2/payments?limit=50&color=blue")).status).toBe(200);
  });

  it("refuses a missing required query parameter and an enum it does not know", async () => {
    const noEmail = await get("/hl/v2/customers/detail");
    expect(noEmail.status).toBe(400);
    expect((await noEmail.json()).data).toEqual([
      { type: "required", message: "The 'email' field is required.", field: "email" },
    ]);
    const status = await get("/hl/v2/payments?status=lost");
    expect((await status.json()).data).toMatchObject([
      {
        type: "enum",
        message: "The 'status' field must be one of: active, unpaid, paid, closed.",
        field: "status",
      },
    ]);
  });

  it("refuses a path action outside the spec's enum", async () => {
    const response = await post(mock, "/hl/v2/payments/abc/explode", undefined);
    expect(response.status).toBe(400);
    expect((await response.json()).data).toMatchObject([
      { type: "enum", field: "action", actual: "explode" },
    ]);
  });
});

describe("the envelope key of errors follows the family's success schema", () => {
  it("membership writes (success requires `message`) answer 400 with `message`", async () => {
    const response = await post(mock, "/hl/v2/memberships/members/create", { productId: "" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ statusCode: 400, message: "Validation Error" });
    expect(body).not.toHaveProperty("messages");
    expect(body.data.map((item: { field: string }) => item.field).sort()).toEqual([
      "customerInfo",
      "membershipTierId",
      "productId",
    ]);
  });

  it("membership reads (success requires `messages`) answer 400 with `messages`", async () => {
    const response = await mock.fetch("/hl/v2/memberships/members", {
      headers: { authorization: `Bearer ${mock.apiKey}` },
    });
    expect(await response.json()).toMatchObject({
      statusCode: 400,
      messages: "Validation Error",
      data: [{ type: "required", field: "productId" }],
    });
  });
});
