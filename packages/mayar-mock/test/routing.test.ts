import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { matchOperation, specOperations } from "../src/spec/operations.js";
import { CREATE_PATH, validPaymentRequest } from "./support/requests.js";
import { operationLocation, spec } from "./support/spec.js";

const auth = { authorization: "Bearer mock-api-key" };
const body = JSON.stringify(validPaymentRequest);

describe("routing", () => {
  it("routes a concrete path of every spec operation to that operation", () => {
    const specIds: string[] = [];
    for (const [template, item] of Object.entries<Record<string, { operationId?: string }>>(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!operation?.operationId) continue;
        specIds.push(operation.operationId);
        const concrete = template.replace(/\{([^}]+)\}/g, (_, name) => `example-${name}`);
        const match = matchOperation(method.toUpperCase(), concrete);
        expect(match?.route.operationId, `${method.toUpperCase()} ${concrete}`).toBe(operation.operationId);
      }
    }
    expect(
      specOperations()
        .map((op) => op.operationId)
        .sort(),
    ).toEqual(specIds.sort());
    expect(operationLocation("createPaymentRequest")).toEqual([CREATE_PATH, "post"]);
  });

  it.each([
    ["GET", "/hl/v2/transactions/unpaid", "listUnpaidTransactions", {}],
    ["GET", "/hl/v2/transactions/tx-1", "getTransaction", { id: "tx-1" }],
    ["POST", "/hl/v2/payments/pr-1/update", "updatePaymentRequest", { id: "pr-1" }],
    ["POST", "/hl/v2/payments/pr-1/close", "changePaymentRequestStatus", { id: "pr-1", action: "close" }],
    ["GET", "/hl/v2/invoices/filter", "listInvoicesByEmail", {}],
    ["GET", "/hl/v2/invoices/in%2F1", "getInvoice", { id: "in/1" }],
  ])("prefers the more specific template: %s %s", (method, path, operationId, params) => {
    const match = matchOperation(method, path);
    expect(match?.route.operationId).toBe(operationId);
    expect(match?.params).toEqual(params);
  });

  it("routes with core's path matcher, as the proxy does (one router)", () => {
    // The ranking itself (a literal segment beats a parameter at the first place two templates differ) is
    // core's, tested in packages/mayar-core/test/match-path.test.ts; here, that the mock uses it.
    expect(matchOperation("POST", "/hl/v2/products/payment-link/create")?.route.operationId).toBe(
      "createPaymentLink",
    );
    expect(matchOperation("POST", "/hl/v2/products/abc/close")?.route.operationId).toBe(
      "changeProductStatus",
    );
  });

  it.each([
    ["under publicUrl's path", "http://127.0.0.1/mock-mayar/hl/v2/payments/create"],
    ["from the root, any host", "https://api.mayar.test/hl/v2/payments/create"],
    ["as a relative URL", "/hl/v2/payments/create"],
  ])("routes %s", async (_label, url) => {
    const mock = createMayarMock({
      now: (() => {
        let t = 0;
        return () => (t += 120_000);
      })(),
    });
    const response = await mock.fetch(url, { method: "POST", headers: auth, body });
    expect(response.status).toBe(200);
  });

  it("mounts at the root when publicUrl has no path", async () => {
    const mock = createMayarMock({ publicUrl: "http://localhost:9999" });
    const response = await mock.handle(
      new Request("http://localhost:9999/hl/v2/payments/create", { method: "POST", headers: auth, body }),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).data.link).toMatch(/^http:\/\/localhost:9999\/pl\//);
  });

  it.each([
    ["GET", CREATE_PATH],
    ["POST", "/hl/v2/payments/create/"],
    ["POST", "/hl/v2/payments"],
    ["POST", "/mock-mayarx/hl/v2/payments/create"],
    ["GET", "/"],
    ["DELETE", "/pl/abc"],
  ])("answers 404 JSON for %s %s", async (method, path) => {
    const mock = createMayarMock();
    const response = await mock.handle(
      new Request(`http://127.0.0.1${path}`, {
        method,
        headers: auth,
        body: method === "POST" ? body : null,
      }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, messages: "Not Found" });
  });

  it("rejects an aborted request like fetch does", async () => {
    const mock = createMayarMock();
    const controller = new AbortController();
    controller.abort();
    await expect(
      mock.fetch(CREATE_PATH, { method: "POST", headers: auth, body, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });

  it("explains a non-Request argument to handle", async () => {
    const mock = createMayarMock();
    await expect(mock.handle("/hl/v2/payments/create" as never)).rejects.toThrow(
      "MayarMock.handle expects a Request; use mock.fetch(url, init) for fetch-style calls.",
    );
  });
});
