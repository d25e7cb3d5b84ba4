// The pre-flight check refuses bodies that cannot succeed, naming each field, before anything is sent.
import { describe, expect, it } from "vitest";
import { createMayarClient, MayarInputError } from "../src/index";
import { checkFields } from "../src/operations/check-fields";

function recordingClient() {
  const sent: string[] = [];
  const mayar = createMayarClient({
    apiKey: "k",
    environment: "sandbox",
    fetch: async (_url, init) => {
      sent.push(String(init?.body));
      return Response.json({
        statusCode: 200,
        messages: "success",
        data: { id: "1", transactionId: "2", link: "l" },
      });
    },
  });
  return { mayar, sent };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the call should have been refused"),
    (error: unknown) => error as MayarInputError,
  );

describe("pre-flight body check", () => {
  it("names every missing required field at once", async () => {
    const { mayar, sent } = recordingClient();
    // @ts-expect-error: missing fields are the point
    const error = await refusal(mayar.paymentRequests.create({ email: "a@b.c" }));
    expect(error).toBeInstanceOf(MayarInputError);
    expect(error.kind).toBe("invalid_input");
    expect(error.message).toBe("createPaymentRequest: name is required; amount is required.");
    expect(error.fields).toEqual([
      { field: "name", type: "required", message: "name is required" },
      { field: "amount", type: "required", message: "amount is required" },
    ]);
    expect(sent).toEqual([]);
  });

  it("checks types from the spec: integer amount, string email, nested customerInfo", async () => {
    const { mayar } = recordingClient();
    // @ts-expect-error: wrong types are the point
    const payment = await refusal(mayar.paymentRequests.create({ name: "x", amount: 10.5, email: 7 }));
    expect(payment.message).toBe("createPaymentRequest: amount must be integer; email must be string.");

    const credit = await refusal(
      mayar.credits.generateImmutableCheckoutLink({
        productId: "p",
        // wrong nested types are the point
        customerInfo: { name: "n", email: null } as never,
      }),
    );
    expect(credit.fields.map((f) => f.field)).toEqual(["customerInfo.mobile", "customerInfo.email"]);
  });

  it("refuses a body that is not an object", async () => {
    const { mayar } = recordingClient();
    // @ts-expect-error: a string body is the point
    const error = await refusal(mayar.paymentRequests.create("name=x"));
    expect(error.message).toBe("createPaymentRequest: the body must be an object, got string.");
  });

  it("lets a valid body through untouched, optional fields included", async () => {
    const { mayar, sent } = recordingClient();
    const body = {
      name: "x",
      amount: 1,
      extraData: { orderId: "A-1" },
      expiredAt: "2026-07-19T16:43:23.000Z",
    };
    await mayar.paymentRequests.create(body);
    expect(sent.map((s) => JSON.parse(s))).toEqual([body]);
  });

  it("enforces Mayar's documented constraints: positive amounts, emails, non-empty names", async () => {
    const { mayar, sent } = recordingClient();
    const error = await refusal(
      mayar.paymentRequests.create({ name: "", amount: 0, email: "siti@@example" }),
    );
    // `type` is the JSON Schema keyword that failed: the mock reports the same ones (sdk-agreement test).
    expect(error.fields).toEqual([
      { field: "name", type: "minLength", message: "name must not be empty" },
      { field: "amount", type: "minimum", message: "amount must be at least 1" },
      { field: "email", type: "format", message: "email must be an email address" },
    ]);
    expect(sent).toEqual([]);
  });
});

describe("checkFields rules", () => {
  const item = {
    type: "object",
    required: ["rate", "quantity"],
    properties: { rate: { type: "number", exclusiveMinimum: 0 }, quantity: { type: "integer", minimum: 1 } },
  };
  const rules = {
    type: "object",
    properties: {
      items: { type: "array", items: item },
      status: { type: "string", enum: ["active", "paid"] },
      tags: { type: "array", minItems: 1, maxItems: 2 },
    },
  };

  it("fans out over arrays and names each failing element", () => {
    let caught: unknown;
    try {
      checkFields("createInvoice", rules, {
        items: [
          { rate: 100, quantity: 1 },
          { rate: -200, quantity: 0 },
        ],
        status: "open",
        tags: [],
      });
    } catch (error) {
      caught = error;
    }
    expect((caught as MayarInputError).fields.map((f) => f.message)).toEqual([
      "items[1].rate must be greater than 0",
      "items[1].quantity must be at least 1",
      "status must be one of active, paid",
      "tags must not be empty",
    ]);
  });

  it("passes a body that keeps every rule", () => {
    expect(() =>
      checkFields("createInvoice", rules, {
        items: [{ rate: 0.5, quantity: 2 }],
        status: "paid",
        tags: ["a"],
      }),
    ).not.toThrow();
  });
});
