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
    fake.answer(ok({ id: "a b+c&d%", amount: 5, status: "unpaid" }));
    const found = await client().paymentRequests.get("a b+c&d%");
    expect(fake.requests[0]?.method).toBe("GET");
    expect(fake.requests[0]?.path).toBe("/hl/v2/payments/a%20b%2Bc%26d%25");
    expect(found).toMatchObject({ id: "a b+c&d%", status: "unpaid" });
  });

  // A ".." id was sent as /hl/v2/products/../transactions: fetch resolves the dot segment, and the walk
  // listed every transaction of the merchant. Percent-encoded dots are dot segments too for URL parsers
  // (".%2e") and for servers that decode once more ("%252e%252e").
  const DOT_SEGMENTS = [".", "..", "%2e", "%2E%2e", ".%2E", "%2e.", "%252e%252e", "%25252E.", " .. "];
  it.each(DOT_SEGMENTS)("refuses the dot segment %j as a path parameter, before sending", async (id) => {
    const error = await client()
      .products.listTransactions(id)
      .then(undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MayarInputError);
    expect((error as Error).message).toBe(
      'listProductTransactions: id must be an id: not "." or "..", and without "/", "\\", "?", "#" or control characters, in any encoding.',
    );
    await expect(client().paymentRequests.update({ id, amount: 1 })).rejects.toBeInstanceOf(MayarInputError);
    expect(fake.requests).toEqual([]);
  });

  // Encoded, these would be safe for a server that follows the URL rules; servers and CDNs that decode %2F or
  // %5C before routing are common, and no Mayar id, type or status holds them.
  it.each([
    ["a/b", "/"],
    ["a%2Fb", "/"],
    ["a%252Fb", "/"],
    ["a\\b", "\\"],
    ["a?b", "?"],
    ["a#b", "#"],
    ["a\nb", "a control character"],
    ["a%00b", "a control character"],
  ])("refuses %j (it holds %s), before sending", async (id, _what) => {
    const error = await client()
      .paymentRequests.get(id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarInputError);
    expect((error as Error).message).toBe(
      `getPaymentRequest: id must be an id: not "." or "..", and without "/", "\\", "?", "#" or control characters, in any encoding.`,
    );
    expect(fake.requests).toEqual([]);
  });

  it("accepts ids that merely contain dots, and numbers", async () => {
    fake.answer(ok({ id: "x", amount: 5, status: "unpaid" }), ok({ id: "x", amount: 5, status: "unpaid" }));
    await client().paymentRequests.get("...");
    await client().paymentRequests.get("v1.2..3");
    expect(fake.requests.map((r) => r.path)).toEqual(["/hl/v2/payments/...", "/hl/v2/payments/v1.2..3"]);
  });

  it("mayar.api refuses the same path parameters, and sends good ones encoded", async () => {
    const mayar = client();
    const get = (id: string) =>
      mayar.api
        .GET("/hl/v2/products/{id}/transactions", { params: { path: { id } } })
        .catch((e: unknown) => e);
    for (const id of ["..", "%2e%2E", "a/b", ""]) expect(await get(id)).toBeInstanceOf(MayarInputError);
    expect(((await get("..")) as Error).message).toBe(
      'mayar.api /hl/v2/products/{id}/transactions: id must be an id: not "." or "..", and without "/", "\\", "?", "#" or control characters, in any encoding.',
    );
    expect(fake.requests).toEqual([]);
    fake.answer(ok([]));
    await get("p 1");
    expect(fake.requests.map((r) => r.path)).toEqual(["/hl/v2/products/p%201/transactions"]);
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

  it("answers next() calls made before the last one settled in order, each item once, as a generator does", async () => {
    fake.answer(
      ok([invoice("a"), invoice("b")], { hasMore: true, nextStartingAfter: "300" }),
      ok([invoice("c")], { hasMore: false, nextStartingAfter: null }),
    );
    const walk = client().paymentRequests.list()[Symbol.asyncIterator]();
    const results = await Promise.all([walk.next(), walk.next(), walk.next(), walk.next(), walk.next()]);
    expect(results).toEqual([
      { done: false, value: invoice("a") },
      { done: false, value: invoice("b") },
      { done: false, value: invoice("c") },
      { done: true, value: undefined },
      { done: true, value: undefined },
    ]);
    expect(fake.requests).toHaveLength(2);
  });

  it("fetches no further page after the loop breaks", async () => {
    fake.answer(ok([invoice("a"), invoice("b")], { hasMore: true, nextStartingAfter: "300" }));
    const ids: string[] = [];
    for await (const item of client().paymentRequests.list()) {
      ids.push(item.id);
      break;
    }
    expect(ids).toEqual(["a"]);
    expect(fake.requests).toHaveLength(1);
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

  it("stops when Mayar comes back to any cursor of this walk (A, B, A would loop forever)", async () => {
    const pages = ["A", "B", "A", "B", "A", "B", "A", "B"].map((cursor, i) =>
      ok([invoice(`item-${i}`)], { hasMore: true, nextStartingAfter: cursor }),
    );
    fake.answer(...pages);
    const ids: string[] = [];
    const walk = async () => {
      for await (const item of client().paymentRequests.list({ startingAfter: "S" })) ids.push(item.id);
    };
    await expect(walk()).rejects.toMatchObject({
      kind: "unknown",
      message: "Mayar repeated the cursor A: stopped instead of looping forever",
    });
    expect(ids).toEqual(["item-0", "item-1", "item-2"]);
    expect(fake.requests.map((r) => r.path)).toEqual([
      "/hl/v2/payments?startingAfter=S",
      "/hl/v2/payments?startingAfter=A",
      "/hl/v2/payments?startingAfter=B",
    ]);
  });

  it("stops when Mayar leads back to the cursor the walk started from", async () => {
    fake.answer(ok([invoice("a")], { hasMore: true, nextStartingAfter: "S" }));
    const walk = async () => {
      for await (const _ of client().paymentRequests.list({ startingAfter: "S" })) {
      }
    };
    await expect(walk()).rejects.toThrow("Mayar repeated the cursor S");
    expect(fake.requests).toHaveLength(1);
  });

  it(`stops after ${3} pages in a row with nothing new, even with fresh cursors`, async () => {
    // Empty pages, then pages of items already yielded: neither moves the walk forward.
    fake.answer(
      ok([invoice("a")], { hasMore: true, nextStartingAfter: "1" }),
      ok([], { hasMore: true, nextStartingAfter: "2" }),
      ok([invoice("b")], { hasMore: true, nextStartingAfter: "3" }),
      ...[4, 5, 6, 7, 8, 9, 10].map((n) =>
        ok(n % 2 ? [] : [invoice("a"), invoice("b")], { hasMore: true, nextStartingAfter: String(n) }),
      ),
    );
    const ids: string[] = [];
    const walk = async () => {
      for await (const item of client().paymentRequests.list()) ids.push(item.id);
    };
    await expect(walk()).rejects.toMatchObject({
      kind: "unknown",
      message:
        "Mayar answered 3 pages in a row with nothing new (the last one after cursor 5): stopped instead of looping forever",
    });
    expect(ids).toEqual(["a", "b"]);
    // One empty page alone (after cursor 1) is no reason to stop: items can vanish between two requests.
    expect(fake.requests).toHaveLength(6);
  });

  it("an empty last page ends the walk normally", async () => {
    fake.answer(
      ok([invoice("a")], { hasMore: true, nextStartingAfter: "1" }),
      ok([], { hasMore: false, nextStartingAfter: null }),
    );
    const ids: string[] = [];
    for await (const item of client().paymentRequests.list()) ids.push(item.id);
    expect(ids).toEqual(["a"]);
  });

  it("follows a cursor Mayar sends as a number (its cursor is a timestamp): only the caller's query is checked", async () => {
    fake.answer(
      ok([invoice("a")], { hasMore: true, nextStartingAfter: 1752000000000 }),
      ok([invoice("b")], { hasMore: false, nextStartingAfter: null }),
    );
    const ids: string[] = [];
    for await (const item of client().paymentRequests.list({ limit: 1 })) ids.push(item.id);
    expect(ids).toEqual(["a", "b"]);
    expect(fake.requests[1]?.path).toBe("/hl/v2/payments?limit=1&startingAfter=1752000000000");
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
