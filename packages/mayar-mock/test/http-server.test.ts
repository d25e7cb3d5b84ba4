// The mock behind a real HTTP server on 127.0.0.1, called with the global fetch, as the demo mounts it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, serve } from "../src/cli/node-server.js";
import { createMayarMock, type MayarMock } from "../src/index.js";
import { CREATE_PATH, validPaymentRequest } from "./support/requests.js";
import { expectSpecResponse } from "./support/spec.js";

describe("mounted in a real HTTP server", () => {
  let server: RunningServer;
  let mock: MayarMock;

  beforeAll(async () => {
    // The port is only known after listening; the handler reads `mock` per request.
    server = await serve((request) => mock.handle(request), { port: 0, host: "127.0.0.1" });
    mock = createMayarMock({ publicUrl: `${server.origin}/mock-mayar` });
  });

  afterAll(async () => {
    await server?.close();
  });

  it("creates a payment request, serves its page and takes the payment", async () => {
    const created = await fetch(`${mock.publicUrl}${CREATE_PATH}`, {
      method: "POST",
      headers: { authorization: `Bearer ${mock.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(validPaymentRequest),
    });
    expect(created.status).toBe(200);
    const body = await created.json();
    expectSpecResponse("createPaymentRequest", "200", body);
    expect(body.data.link.startsWith(`${server.origin}/mock-mayar/pl/`)).toBe(true);

    const page = await fetch(body.data.link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Bayar");

    const paid = await fetch(`${body.data.link}/pay`, { method: "POST", redirect: "manual" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(
      `${server.origin}/mock-mayar/paid?status=paid&id=${body.data.id}`,
    );
    expect(mock.payments[0]?.status).toBe("paid");

    // Following the redirect lands on the mock's own return page.
    const followed = await fetch(`${body.data.link}/pay`, { method: "POST" });
    expect(followed.status).toBe(200);
    expect(await followed.text()).toContain("Pembayaran berhasil");
  });

  it("answers 401 and 404 over the wire", async () => {
    const unauthorized = await fetch(`${mock.publicUrl}${CREATE_PATH}`, { method: "POST", body: "{}" });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ statusCode: 401, messages: "Unauthorized" });

    const missing = await fetch(`${server.origin}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ statusCode: 404, messages: "Not Found" });
  });

  it("turns an injected network error into a failed fetch", async () => {
    mock.failNext("createPaymentRequest", "network-error");
    await expect(
      fetch(`${mock.publicUrl}${CREATE_PATH}`, { method: "POST", body: JSON.stringify(validPaymentRequest) }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
