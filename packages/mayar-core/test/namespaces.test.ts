// The namespace methods generated from the spec: how arguments become requests, how results come back, how
// lists page. Checked on a recording loopback fake Mayar.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bindNamespace } from "../src/client/bind-namespace";
import { createRedactor } from "../src/errors/redact";
import { createMayarClient, MayarApiError, MayarInputError } from "../src/index";
import type { OperationDescriptor } from "../src/operations/descriptor";
import { createSend } from "../src/transport/send";
import { type FakeMayar, startFakeMayar } from "./helpers/fake-mayar";

const API_KEY = "sk_test_namespaces_0123456789";
let fake: FakeMayar;

beforeEach(async () => {
  fake = await startFakeMayar();
});
afterEach(() => fake.close());

const client = () => createMayarClient({ apiKey: API_KEY, baseUrl: fake.url });
const ok = (data: unknown, extra: Record<string, unknown> = {}) => ({
  status: 200,
  json: { statusCode: 200, messages: "success", data, ...extra },
});
const invoice = (id: string) => ({ id, amount: 1000, status: "paid" });

describe("path parameters", () => {
  it("get(id) puts the id in the path, encoded, and returns data", async () => {
    fake.answer(ok({ id: "a/b?c", amount: 5, status: "unpaid" }));
    const found = await client().paymentRequests.get("a/b?c");
    expect(fake.requests[0]?.method).toBe("GET");
    expect(fake.requests[0]?.path).toBe("/hl/v2/payments/a%2Fb%3Fc");
    expect(found).toMatchObject({ id: "a/b?c", status: "unpaid" });
  });

  it("refuses a missing or empty id before sending", async () => {
    for (const id of [undefined, "", "  ", null]) {
      // @ts-expect-error: a bad id is the point
      await expect(client().paymentRequests.get(id)).rejects.toBeInstanceOf(MayarInputError);
    }
    await expect(client().paymentRequests.get("")).rejects.toThrow(
      'getPaymentRequest: id must be a non-empty string, got "".',
    );
    expect(fake.requests).toEqual([]);
  });

  it("update(body) sends POST …/{id}/update with the body's id in the path and in the body", async () => {
    fake.answer(ok({ id: "pr-1", link: "https://shop.myr.id/pl/x" }));
    const body = { id: "pr-1", amount: 150000, description: "revised" };
    const updated = await client().paymentRequests.update(body);
    expect(fake.requests[0]?.method).toBe("POST");
    expect(fake.requests[0]?.path).toBe("/hl/v2/payments/pr-1/update");
    expect(JSON.parse(fake.requests[0]?.body ?? "")).toEqual(body);
    expect(updated).toEqual({ id: "pr-1", link: "https://shop.myr.id/pl/x" });
  });

  it("update(body) without an id is refused before sending", async () => {
    // @ts-expect-error: the missing id is the point
    await expect(client().paymentRequests.update({ amount: 1 })).rejects.toMatchObject({
      kind: "invalid_input",
      fields: [{ field: "id", type: "required", message: "id is required" }],
    });
    expect(fake.requests).toEqual([]);
  });

  it("path parameters come before the query or body, in path order", async () => {
    fake.answer({ status: 200, json: { statusCode: 200, messages: "success" } });
    await client().paymentRequests.setStatus("pr-9", "close");
    expect(fake.requests[0]?.path).toBe("/hl/v2/payments/pr-9/close");
  });
});

describe("results", () => {
  it("an answer whose payload lacks what the schema requires is a MayarApiError, not a cast value", async () => {
    fake.answer(ok({}));
    const error = await client()
      .paymentRequests.create({ name: "x", amount: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarApiError);
    expect((error as MayarApiError).message).toBe(
      "Mayar answered createPaymentRequest (HTTP 200) without id, transactionId, link",
    );
  });

  it("a root result is the envelope's members less statusCode and messages", async () => {
    fake.answer({ status: 200, json: { statusCode: 200, messages: "success" } });
    await expect(client().paymentRequests.setStatus("pr-9", "open")).resolves.toEqual({});
  });

  it("options must be an object", async () => {
    // @ts-expect-error: a number is the point
    await expect(client().paymentRequests.get("x", 5)).rejects.toThrow(/options must be an object/);
  });
});

describe("lists", () => {
  it("await list(query) resolves one page and sends only the defined query values", async () => {
    fake.answer(ok([invoice("a")], { hasMore: true, nextStartingAfter: "1700" }));
    const page = await client().paymentRequests.list({ limit: 10, status: undefined });
    expect(fake.requests[0]?.path).toBe("/hl/v2/payments?limit=10");
    expect(page).toEqual({ data: [invoice("a")], hasMore: true, nextStartingAfter: "1700" });
    expect(fake.requests).toHaveLength(1);
  });

  it("refuses a query that breaks the spec (limit above 50) before sending", async () => {
    const error = await client()
      .paymentRequests.list({ limit: 51 })
      .then(undefined, (e: unknown) => e);
    expect(error).toMatchObject({
      kind: "invalid_input",
      message: "listPaymentRequests: limit must be at most 50.",
    });
    expect(fake.requests).toEqual([]);
  });

  it("for await walks three pages following nextStartingAfter, each item exactly once", async () => {
    fake.answer(
      ok([invoice("a"), invoice("b")], { hasMore: true, nextStartingAfter: "300" }),
      // Mayar's cursor is a millisecond timestamp: an item on the boundary can come back on the next page.
      ok([invoice("b"), invoice("c"), invoice("d")], { hasMore: true, nextStartingAfter: "200" }),
      ok([invoice("e")], { hasMore: false, nextStartingAfter: null }),
    );
    const ids: string[] = [];
    for await (const item of client().paymentRequests.list({ status: "paid", limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(fake.requests.map((r) => r.path)).toEqual([
      "/hl/v2/payments?status=paid&limit=2",
      "/hl/v2/payments?status=paid&limit=2&startingAfter=300",
      "/hl/v2/payments?status=paid&limit=2&startingAfter=200",
    ]);
  });

  it("stops with an error instead of looping when Mayar repeats a cursor", async () => {
    fake.answer(
      ok([invoice("a")], { hasMore: true, nextStartingAfter: "300" }),
      ok([invoice("b")], { hasMore: true, nextStartingAfter: "300" }),
    );
    const ids: string[] = [];
    const loop = async () => {
      for await (const item of client().paymentRequests.list()) ids.push(item.id);
    };
    await expect(loop()).rejects.toThrow("Mayar repeated the cursor 300");
    expect(ids).toEqual(["a", "b"]);
  });

  it("breaking out of the loop fetches no further page", async () => {
    fake.answer(ok([invoice("a"), invoice("b")], { hasMore: true, nextStartingAfter: "300" }));
    for await (const item of client().paymentRequests.list()) {
      if (item.id === "a") break;
    }
    expect(fake.requests).toHaveLength(1);
  });

  it("a page without a data list is a MayarApiError", async () => {
    fake.answer({ status: 200, json: { statusCode: 200, messages: "success", hasMore: false } });
    await expect(client().paymentRequests.list()).rejects.toThrow(
      "listPaymentRequests (HTTP 200) without a list",
    );
  });

  it("page-numbered lists follow page until totalPages", async () => {
    const history: OperationDescriptor = {
      id: "listHistory",
      method: "GET",
      path: "/history",
      result: "data",
      query: {
        type: "object",
        properties: { page: { type: "integer", minimum: 1 }, limit: { type: "integer" } },
      },
      page: "page",
    };
    const send = createSend({
      fetch: globalThis.fetch,
      timeoutMs: 5000,
      redact: createRedactor(API_KEY),
    } as never);
    const credits = bindNamespace<{ listHistory: (q?: object) => AsyncIterable<{ id: string }> }>(
      { send, baseUrl: fake.url },
      { listHistory: history },
    );
    const pageOf = (page: number, ids: string[]) => ({
      status: 200,
      json: {
        statusCode: 200,
        message: "success",
        total: 3,
        page,
        limit: 1,
        totalPages: 3,
        data: ids.map(invoice),
      },
    });
    fake.answer(pageOf(1, ["x"]), pageOf(2, ["y"]), pageOf(3, ["z"]));
    const ids: string[] = [];
    for await (const item of credits.listHistory({ limit: 1 })) ids.push(item.id);
    expect(ids).toEqual(["x", "y", "z"]);
    expect(fake.requests.map((r) => r.path)).toEqual([
      "/history?limit=1",
      "/history?limit=1&page=2",
      "/history?limit=1&page=3",
    ]);
  });
});
