import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { operationHandlers } from "../src/operations/index.js";
import { specOperations } from "../src/spec/operations.js";
import { CHECKOUT_PATH, CREATE_PATH, validPaymentRequest } from "./support/requests.js";
import { operationLocation, spec } from "./support/spec.js";

const auth = { authorization: "Bearer mock-api-key" };
const body = JSON.stringify(validPaymentRequest);

describe("routing", () => {
  it("reads the operation table from the spec", () => {
    const table = specOperations().map(({ operationId, method, path, messageKey }) => ({
      operationId,
      method,
      path,
      messageKey,
    }));
    expect(table).toEqual([
      { operationId: "createPaymentRequest", method: "POST", path: CREATE_PATH, messageKey: "messages" },
      {
        operationId: "generateImmutableCheckoutLink",
        method: "POST",
        path: CHECKOUT_PATH,
        messageKey: "message",
      },
    ]);
    expect(operationLocation("createPaymentRequest")).toEqual([CREATE_PATH, "post"]);
  });

  it("implements every operation of the spec", () => {
    const specIds = Object.values<Record<string, { operationId?: string }>>(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
    );
    expect(Object.keys(operationHandlers).sort()).toEqual(specIds.sort());
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
