// createPathMatcher: which spec operation a concrete path belongs to, as Mayar's router reads its templates.
import { describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations";
import { createPathMatcher } from "../src/operations/match-path";

const match = createPathMatcher(Object.values(operations));
const idOf = (path: string) => match(path)?.route.id;

describe("createPathMatcher", () => {
  it("prefers a literal segment at the first place two templates differ", () => {
    expect(idOf("/hl/v2/payments/create")).toBe("createPaymentRequest");
    expect(idOf("/hl/v2/payments/p-1")).toBe("getPaymentRequest");
    expect(idOf("/hl/v2/payments/p-1/update")).toBe("updatePaymentRequest");
    expect(idOf("/hl/v2/payments/p-1/close")).toBe("changePaymentRequestStatus");
    expect(idOf("/hl/v2/products/types/reviews")).toBe("listProductsByType");
  });

  it("returns the parameters by name, percent-decoded", () => {
    expect(match("/hl/v2/payments/a%20b/close")?.params).toEqual({ id: "a b", action: "close" });
    expect(match("/hl/v2/payments/cre%61te")?.route.id).toBe("createPaymentRequest");
    expect(match("/hl/v2/payments/..%2Fx")?.params).toEqual({ id: "../x" });
  });

  it("matches nothing for unknown paths, empty parameters, trailing slashes and malformed escapes", () => {
    for (const path of [
      "/",
      "",
      "/hl/v2/nothing",
      "/hl/v2/payments/",
      "/hl/v2/payments//close",
      "/hl/v2/payments/%E0%A4%A",
      "/hl/v2/payments/create/",
    ]) {
      expect(match(path), path).toBeUndefined();
    }
  });

  it("finds every operation from its own template with sample parameters", () => {
    for (const operation of Object.values(operations)) {
      const path = operation.path.replace(/\{[^}]+\}/g, "sample-1");
      const found = match(path)?.route;
      // Where a literal template shadows this one for the sample (none do for "sample-1"), the literal wins.
      expect(found?.id, path).toBe(operation.id);
    }
  });
});
