// What the client puts on the wire for each launch operation, checked on a recording fake Mayar.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMayarClient } from "../src/index";
import { type FakeMayar, startFakeMayar } from "./helpers/fake-mayar";

const API_KEY = "sk_test_wire_0123456789";
let fake: FakeMayar;

beforeEach(async () => {
  fake = await startFakeMayar();
});
afterEach(() => fake.close());

const client = () => createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });

describe("paymentRequests.create", () => {
  const body = {
    name: "Penagihan",
    amount: 100000,
    email: "budi.santoso@example.com",
    mobile: "081234567890",
    description: "Pembayaran jasa konsultasi",
    expiredAt: "2026-07-19T16:43:23.000Z",
  };

  it("POSTs the documented path with the bearer key and the body as JSON", async () => {
    await client().paymentRequests.create(body);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/hl/v2/payments/create");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual(body);
  });

  it("returns the documented fields from the data envelope", async () => {
    const result = await client().paymentRequests.create(body);
    expect(result).toEqual({
      id: "6f8c19ff-5b97-4792-aa89-d2a12797b356",
      transactionId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
      link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a",
    });
  });

  it("sends client headers and per-call headers, but never lets them replace Authorization", async () => {
    const mayar = createMayarClient({
      apiKey: API_KEY,
      baseUrl: fake.url,
      headers: { "X-Team": "checkout" },
    });
    await mayar.paymentRequests.create(body, {
      headers: { "X-Trace": "t-1", Authorization: "Bearer stolen" },
    });
    const [request] = fake.requests;
    expect(request?.headers["x-team"]).toBe("checkout");
    expect(request?.headers["x-trace"]).toBe("t-1");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});

describe("credits.generateImmutableCheckoutLink", () => {
  const body = {
    productId: "0e787345-9aaf-4b72-aa00-1174be6b52b1",
    creditAmount: 1000,
    customerInfo: { name: "memberTambahan", email: "tambahan@gg.com", mobile: "08777777799" },
  };

  it("POSTs the documented path with the bearer key and the body as JSON", async () => {
    await client().credits.generateImmutableCheckoutLink(body);
    const [request] = fake.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/credit/v1/credit/generate/immutable/checkout");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(request?.body ?? "")).toEqual(body);
  });

  it("returns the top-level fields of the singular-message envelope", async () => {
    const result = await client().credits.generateImmutableCheckoutLink(body);
    expect(result).toEqual({
      creditUsageImmutableCheckoutUrl: "https://shop.myr.id/pl/credit?immutable=eyJ9.abc",
      paymentLinkUrl: "https://shop.myr.id/pl/credit",
    });
  });
});

describe("environments", () => {
  const urlsFor = async (options: Parameters<typeof createMayarClient>[0]) => {
    const seen: string[] = [];
    const mayar = createMayarClient({
      ...options,
      fetch: async (url) => {
        seen.push(String(url));
        return Response.json({
          statusCode: 200,
          messages: "success",
          data: { id: "1", transactionId: "2", link: "l" },
        });
      },
    });
    await mayar.paymentRequests.create({ name: "x", amount: 1 });
    return { seen, mayar };
  };

  it("goes to production or sandbox as environment says (it has no default, see options.test.ts)", async () => {
    expect((await urlsFor({ apiKey: API_KEY, environment: "production" })).seen).toEqual([
      "https://api.mayar.id/hl/v2/payments/create",
    ]);
    expect((await urlsFor({ apiKey: API_KEY, environment: "sandbox" })).seen).toEqual([
      "https://api.mayar.club/hl/v2/payments/create",
    ]);
  });

  it("lets baseUrl override the environment, trailing slash or not", async () => {
    const { seen, mayar } = await urlsFor({
      apiKey: API_KEY,
      environment: "sandbox",
      baseUrl: "http://proxy.test/x/",
    });
    expect(seen).toEqual(["http://proxy.test/x/hl/v2/payments/create"]);
    expect(mayar.baseUrl).toBe("http://proxy.test/x");
    expect(mayar.environment).toBe("custom");
  });

  it("sends no Authorization when there is no key (a proxy adds it)", async () => {
    const headers: (string | null)[] = [];
    const mayar = createMayarClient({
      baseUrl: "http://proxy.test",
      fetch: async (_url, init) => {
        headers.push(new Headers(init?.headers).get("authorization"));
        return Response.json({
          statusCode: 200,
          messages: "success",
          data: { id: "1", transactionId: "2", link: "l" },
        });
      },
    });
    await mayar.paymentRequests.create({ name: "x", amount: 1 });
    expect(headers).toEqual([null]);
  });
});

describe("raw typed client", () => {
  it("exposes openapi-fetch with the same auth, returning { data, error, response }", async () => {
    const mayar = client();
    const ok = await mayar.api.POST("/hl/v2/payments/create", { body: { name: "x", amount: 1 } });
    expect(ok.data?.data.link).toBe("https://testingmayar.myr.id/pl/rqp9x2k7m3a");
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);

    fake.answer({ status: 409, json: { statusCode: 409, messages: "already exist" } });
    const failed = await mayar.api.POST("/hl/v2/payments/create", { body: { name: "x", amount: 1 } });
    expect(failed.response.status).toBe(409);
    expect(failed.error).toEqual({ statusCode: 409, messages: "already exist" });
  });
});
