// composeMayarClient: a client with only the namespaces passed (the small browser bundle). Its type carries
// exactly those namespaces, so code that calls another one fails to compile instead of failing at run time
// (tsc runs this file in `typecheck`).
import { describe, expect, expectTypeOf, it } from "vitest";
import { composeMayarClient, type MayarClientBase, paymentRequests, transactions } from "../src/index";

describe("composeMayarClient", () => {
  const mayar = composeMayarClient({ baseUrl: "/api/mayar" }, { paymentRequests, transactions });

  it("has the namespaces passed, and is a MayarClientBase", () => {
    expect(Object.keys(mayar).sort()).toEqual(["baseUrl", "environment", "paymentRequests", "transactions"]);
    expectTypeOf(mayar).toExtend<MayarClientBase>();
    expectTypeOf(mayar.paymentRequests.create).toBeFunction();
    expectTypeOf(mayar.transactions.get).toBeFunction();
  });

  it("has no other namespace, in its type as at run time", () => {
    // @ts-expect-error: invoices was not passed
    expect(mayar.invoices).toBeUndefined();
    // @ts-expect-error: only createMayarClient has the raw openapi-fetch client
    expect(mayar.api).toBeUndefined();
  });
});
