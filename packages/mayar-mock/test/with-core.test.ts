// The client against @org/mayar-mock, the in-memory Mayar that validates requests against the same spec.
import { createMayarClient, MayarInputError, MayarNetworkError, MayarTimeoutError } from "@org/mayar-core";
import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index";

function setup() {
  const mock = createMayarMock();
  const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
  return { mock, mayar };
}

describe("client + mock", () => {
  it("creates a payment request whose link opens the mock's checkout page", async () => {
    const { mock, mayar } = setup();
    const { id, link } = await mayar.paymentRequests.create({ name: "Kopi", amount: 25000 });
    expect(link.startsWith(`${mock.publicUrl}/pl/`)).toBe(true);
    expect(mock.payments.map((p) => p.id)).toContain(id);
    const page = await mock.fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Rp\u00a025\.000/); // Intl id-ID puts a no-break space after "Rp"
  });

  it("repeating the same create within a minute is a duplicate_request", async () => {
    const { mayar } = setup();
    await mayar.paymentRequests.create({ name: "Kopi", amount: 25000 });
    await expect(mayar.paymentRequests.create({ name: "Kopi", amount: 25000 })).rejects.toMatchObject({
      kind: "duplicate_request",
      status: 429,
    });
  });

  it("a wrong key is unauthorized; a field the spec rejects comes back with Mayar's field list", async () => {
    const mock = createMayarMock();
    const wrongKey = createMayarClient({ baseUrl: mock.publicUrl, apiKey: "not-the-key", fetch: mock.fetch });
    await expect(wrongKey.paymentRequests.create({ name: "x", amount: 1 })).rejects.toMatchObject({
      kind: "unauthorized",
    });

    // expiredAt: "tomorrow" breaks the spec's `format: date-time`: the client refuses it before sending (the
    // same generated rules the mock validates with), and the mock, sent it directly, refuses the same field
    // for the same reason.
    const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
    const body = { name: "x", amount: 1, expiredAt: "tomorrow" };
    const error = await mayar.paymentRequests.create(body).catch((e) => e);
    expect(error).toBeInstanceOf(MayarInputError);
    expect(error.fields).toEqual([
      {
        field: "expiredAt",
        type: "format",
        message: "expiredAt must be a date-time like 2026-01-31T23:59:59Z",
      },
    ]);
    expect(mock.payments).toEqual([]);

    const direct = await mock.fetch("/hl/v2/payments/create", {
      method: "POST",
      headers: { authorization: `Bearer ${mock.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(direct.status).toBe(400);
    const answer = await direct.json();
    expect(answer.data.map((f: { field: string; type: string }) => [f.field, f.type])).toEqual([
      ["expiredAt", "format"],
    ]);
  });

  it("injected faults surface as the SDK's error classes", async () => {
    const { mock, mayar } = setup();
    mock.failNext("createPaymentRequest", "network-error");
    await expect(mayar.paymentRequests.create({ name: "a", amount: 1 })).rejects.toBeInstanceOf(
      MayarNetworkError,
    );
    mock.failNext("createPaymentRequest", { status: 502, body: "<html>Bad Gateway</html>" });
    await expect(mayar.paymentRequests.create({ name: "b", amount: 1 })).rejects.toMatchObject({
      kind: "server",
      status: 502,
    });
  });

  it("the deadline holds even with a fetch that ignores abort signals", async () => {
    const mayar = createMayarClient({
      apiKey: "k",
      environment: "sandbox",
      timeoutMs: 50,
      fetch: () => new Promise<Response>(() => {}),
    });
    await expect(mayar.paymentRequests.create({ name: "x", amount: 1 })).rejects.toBeInstanceOf(
      MayarTimeoutError,
    );
  });
});
