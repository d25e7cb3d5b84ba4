// The SDK's pre-flight check and the mock validate with the same generated rules and interpreter (core's),
// so for the same invalid body both name the same fields: the client refuses before sending, and the mock
// refuses the same body sent without the SDK. (validator-agreement.test.ts checks it over generated bodies.)
import { createMayarClient, MayarInputError } from "@org/mayar-core";
import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { post } from "./support/requests.js";

const invoice = {
  name: "Siti Rahma",
  email: "siti@example.com",
  mobile: "081234567890",
  items: [{ quantity: 1, rate: 50000, description: "Konsultasi" }],
};

const cases = [
  ["amount 0", "paymentRequests", "/hl/v2/payments/create", { name: "Kopi", amount: 0 }, ["amount"]],
  ["an empty name", "paymentRequests", "/hl/v2/payments/create", { name: "", amount: 25000 }, ["name"]],
  [
    "items[].rate -200",
    "invoices",
    "/hl/v2/invoices/create",
    { ...invoice, items: [...invoice.items, { quantity: 2, rate: -200, description: "Diskon" }] },
    ["items[1].rate"],
  ],
  [
    "email siti@@example",
    "customers",
    "/hl/v2/customers/create",
    { name: "Siti", email: "siti@@example", mobile: "0812" },
    ["email"],
  ],
  [
    "all at once",
    "invoices",
    "/hl/v2/invoices/create",
    { ...invoice, name: "", email: "siti@@example", items: [{ quantity: 0, rate: -200, description: "" }] },
    ["email", "items[0].description", "items[0].quantity", "items[0].rate", "name"],
  ],
] as const;

describe("the SDK's pre-flight check and the mock agree on invalid bodies", () => {
  it.each(cases)("%s", async (_label, namespace, path, body, fields) => {
    const mock = createMayarMock();
    const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });

    const create = (mayar[namespace] as unknown as { create(body: unknown): Promise<unknown> }).create;
    const error = await create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarInputError);
    const sdkFields = (error as MayarInputError).fields.map((f) => f.field).sort();
    expect(mock.payments, "the SDK sent nothing").toEqual([]);

    const response = await post(mock, path, body);
    expect(response.status).toBe(400);
    const mockFields = ((await response.json()).data as Array<{ field: string }>).map((f) => f.field).sort();

    expect(sdkFields).toEqual([...fields]);
    expect(mockFields).toEqual(sdkFields);
  });
});
