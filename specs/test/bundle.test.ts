// The spec is many files merged into one document; these tests hold every operation to the conventions the
// generator relies on (specs/CONVENTIONS.md), and check the rendered reference shows how sure we are.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Json, operationsOf, resolveRef, spec } from "./support/spec";

const operations = operationsOf(spec);
const namespaces = new Map<string, string>(
  spec.tags.map((tag: Json) => [tag.name, tag["x-mayar-namespace"]]),
);

describe("the bundled spec", () => {
  it("covers the whole v2 Headless, credit and licence API (about 90 operations)", () => {
    expect(operations.length).toBeGreaterThanOrEqual(85);
    const paths = Object.keys(spec.paths);
    expect(paths.some((p) => p.startsWith("/hl/v1/"))).toBe(false);
    for (const family of ["/hl/v2/", "/credit/v1/", "/saas/v1/", "/software/v1/"]) {
      expect(
        paths.some((p) => p.startsWith(family)),
        family,
      ).toBe(true);
    }
  });

  it.each(operations)("$method $path follows the conventions", ({ operation }) => {
    expect(operation.operationId).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(operation.tags).toHaveLength(1);
    expect(namespaces.get(operation.tags[0])).toMatch(/^[a-z][A-Za-z]+s$/);
    expect(operation["x-mayar-method"]).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(["data", "root"]).toContain(operation["x-mayar-result"]);
    expect(["high", "medium", "low"]).toContain(operation["x-mayar-confidence"]);
    expect(operation["x-mayar-source"]).toBeTruthy();
    expect(operation.responses["200"]).toBeTruthy();
    expect(Object.keys(operation.responses).some((status) => /^4/.test(status))).toBe(true);
    // The every-operation test calls each method with these examples.
    for (const parameter of (operation.parameters ?? []).map(resolveRef)) {
      expect(
        parameter.example ?? parameter.schema?.example,
        `${parameter.name} has no example`,
      ).toBeDefined();
    }
    const body = operation.requestBody?.content?.["application/json"];
    if (body) expect(Object.keys(body.examples ?? {}).length, "the body has no example").toBeGreaterThan(0);
  });

  it("gives each operation a unique operationId and each namespace method one operation", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const methods = operations.map(
      ({ operation }) => `${namespaces.get(operation.tags[0])}.${operation["x-mayar-method"]}`,
    );
    expect(new Set(methods).size).toBe(methods.length);
  });

  it("names the contract methods of the issue", () => {
    const methods = new Set(
      operations.map(
        ({ operation }) => `${namespaces.get(operation.tags[0])}.${operation["x-mayar-method"]}`,
      ),
    );
    for (const name of [
      "paymentRequests.create",
      "paymentRequests.update",
      "paymentRequests.get",
      "paymentRequests.list",
      "invoices.create",
      "invoices.update",
      "invoices.get",
      "invoices.list",
      "transactions.get",
      "transactions.list",
      "transactions.listUnpaid",
      "balances.get",
      "customers.create",
      "customers.list",
      "products.get",
      "products.list",
      "coupons.validate",
      "credits.generateImmutableCheckoutLink",
    ]) {
      expect(methods.has(name), name).toBe(true);
    }
  });
});

describe("the rendered reference", () => {
  const html = new URL("../dist/index.html", import.meta.url);

  it("says how sure we are of each operation, low confidence included", () => {
    expect(existsSync(html), "run `pnpm --filter @org/mayar-spec build` first").toBe(true);
    const text = readFileSync(html, "utf8");
    expect(text).toContain("**Confidence: high.**");
    expect(text).toContain("**Confidence: low.**");
  });
});
