// @vitest-environment node
// The naming rule of the generated hooks (tooling/generate/react.mjs), and the names it guarantees.
import { describe, expect, test } from "vitest";
// @ts-expect-error: plain .mjs module without types
import { checkNames, isRead, namesOf } from "../../../tooling/generate/react.mjs";
import * as exported from "../src/index";

const op = (id: string, httpMethod: string, pagination?: "cursor" | "page") => ({
  id,
  httpMethod,
  pagination,
});

describe("the naming rule", () => {
  test("a write: use<OperationId> and <operationId>MutationOptions", () => {
    expect(namesOf(op("createPaymentRequest", "POST"))).toMatchObject({
      kind: "mutation",
      hook: "useCreatePaymentRequest",
      factory: "createPaymentRequestMutationOptions",
    });
  });

  test("a read: the operationId without a leading get", () => {
    expect(namesOf(op("getInvoice", "GET"))).toMatchObject({
      kind: "query",
      hook: "useInvoice",
      factory: "invoiceQueryOptions",
    });
    expect(namesOf(op("getBalance", "GET")).hook).toBe("useBalance");
    expect(namesOf(op("getCustomerByEmail", "GET")).factory).toBe("customerByEmailQueryOptions");
  });

  test("a list: the operationId without a leading list, one page and every page", () => {
    expect(namesOf(op("listInvoices", "GET", "cursor"))).toMatchObject({
      hook: "useInvoices",
      factory: "invoicesQueryOptions",
      infiniteHook: "useInvoicesInfinite",
      infiniteFactory: "invoicesInfiniteQueryOptions",
    });
  });

  test("reads are GETs and lists over POST; every other POST is a write", () => {
    expect(isRead(op("getInvoice", "GET"))).toBe(true);
    expect(isRead(op("listThings", "POST", "cursor"))).toBe(true);
    expect(isRead(op("validateCoupon", "POST"))).toBe(false);
  });

  test("two operations that would export one name fail generation", () => {
    expect(() => checkNames([op("getInvoices", "GET"), op("listInvoices", "GET", "cursor")])).toThrow(
      "react: getInvoices and listInvoices would both export useInvoices; rename one operationId in the spec",
    );
  });

  test("a name the package writes by hand fails generation", () => {
    expect(() => checkNames([op("getMayarClient", "GET")])).toThrow(
      "react: getMayarClient would export useMayarClient, a name @org/mayar-react writes by hand",
    );
  });
});

describe("the package exports the generated names", () => {
  test.each([
    "useCreatePaymentRequest",
    "createPaymentRequestMutationOptions",
    "useGenerateImmutableCheckoutLink",
    "generateImmutableCheckoutLinkMutationOptions",
    "useInvoice",
    "invoiceQueryOptions",
    "usePaymentRequest",
    "useTransaction",
    "useBalance",
    "useInvoices",
    "useInvoicesInfinite",
    "invoicesInfiniteQueryOptions",
    "mayarKeys",
    "MayarProvider",
    "PayButton",
  ])("%s", (name) => {
    expect(typeof (exported as Record<string, unknown>)[name]).toBe(
      name === "mayarKeys" ? "object" : "function",
    );
  });
});
