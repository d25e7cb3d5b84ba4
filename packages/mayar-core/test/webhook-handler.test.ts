// createMayarWebhookHandler with the default memory store. Mayar's transaction detail is a tiny loopback
// server answered per transaction id, reached by a real MayarClient; some deliveries also go over real HTTP
// through a Node server in front of the handler.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMayarClient, type MayarClient, MayarInputError } from "../src/index";
import {
  createMayarWebhookHandler,
  createMayarWebhookRequest,
  createMemoryWebhookStore,
  type MayarConfirmedWebhookEvent,
  type MayarWebhookHandlerOptions,
} from "../src/server";
import { refusedUrl } from "./helpers/fake-mayar";

const API_KEY = "sk_test_webhook_api_key_4242";
const TOKEN = "whk_3c1d9f2a7b6e4c58a0d1";
const ORIGIN = "http://shop.test";
const HOOK = `${ORIGIN}/api/mayar/webhook`;

// ---- A fake Mayar that knows a few transactions -------------------------------------------------------

type Known = { status: "created" | "unpaid" | "paid" | "expired"; amount: number } | 404 | 500;

interface FakeMayar {
  url: string;
  /** Transaction ids asked for, in order. */
  asked: string[];
  /** Authorization headers received. */
  auth: string[];
  set(id: string, known: Known): void;
  /**
   * Look ids up the way a lenient database might: percent-decoded, trimmed and lower-cased, answering the
   * transaction under its own (canonical) id. Off by default: ids must match exactly.
   */
  lenient: boolean;
  /** Answer this id for the transaction asked as the key (a Mayar answering another transaction). */
  answerAs: Map<string, string>;
  close(): Promise<void>;
}

async function startFakeMayar(): Promise<FakeMayar> {
  const known = new Map<string, Known>();
  const asked: string[] = [];
  const auth: string[] = [];
  const answerAs = new Map<string, string>();
  const fake = { lenient: false };
  const canonical = (id: string) => {
    if (!fake.lenient) return id;
    try {
      return decodeURIComponent(id).trim().toLowerCase();
    } catch {
      return id;
    }
  };
  const server = createServer((req, res) => {
    const match = /^\/hl\/v2\/transactions\/([^/?]+)$/.exec(req.url ?? "");
    const askedId = decodeURIComponent(match?.[1] ?? "");
    asked.push(askedId);
    auth.push(String(req.headers.authorization));
    const id = answerAs.get(askedId) ?? canonical(askedId);
    const answer = match ? (known.get(id) ?? 404) : 404;
    const [status, body] =
      answer === 404
        ? [404, { statusCode: 404, messages: "Transaction not found" }]
        : answer === 500
          ? [500, { statusCode: 500, messages: "Internal server error" }]
          : [
              200,
              { statusCode: 200, messages: "success", data: { id, createdAt: 1745919343635, ...answer } },
            ];
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    auth,
    answerAs,
    get lenient() {
      return fake.lenient;
    },
    set lenient(value: boolean) {
      fake.lenient = value;
    },
    set: (id, answer) => known.set(id, answer),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---- Helpers ------------------------------------------------------------------------------------------

let mayar: FakeMayar;
let client: MayarClient;
let received: MayarConfirmedWebhookEvent[];
let errors: { error: unknown; status: number }[];

beforeEach(async () => {
  mayar = await startFakeMayar();
  client = createMayarClient({ apiKey: API_KEY, baseUrl: mayar.url, maxRetries: 0 });
  received = [];
  errors = [];
});
afterEach(() => mayar.close());

const handlerWith = (options: Partial<MayarWebhookHandlerOptions> = {}) =>
  createMayarWebhookHandler({
    client,
    token: TOKEN,
    onEvent: async (event) => {
      received.push(event);
    },
    onError: (error, { status }) => errors.push({ error, status }),
    ...options,
  });

const paymentData = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  transactionId: id,
  status: "SUCCESS",
  transactionStatus: "paid",
  amount: 150000,
  customerEmail: "budi@example.com",
  ...extra,
});

const delivery = (event: string, data: Record<string, unknown>, token: string | undefined = TOKEN) =>
  createMayarWebhookRequest({ url: HOOK, token, event, data });

const paid = (id: string, token?: string) => delivery("payment.received", paymentData(id), token);

/** A POST whose body stream records whether anyone pulled from it (highWaterMark 0: nothing reads ahead). */
function watchedPost(
  url: string,
  text = JSON.stringify({ event: "payment.received", data: paymentData("tx") }),
  headers: Record<string, string> = {},
) {
  const state = { pulled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled = true;
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, state };
}

const messagesOf = async (response: Response) =>
  (await response.json()) as { statusCode: number; messages: string };

// ---- Options ------------------------------------------------------------------------------------------

describe("createMayarWebhookHandler: options are checked at creation", () => {
  const refuses = (options: unknown, says: string) => {
    expect(() => createMayarWebhookHandler(options as MayarWebhookHandlerOptions)).toThrow(MayarInputError);
    expect(() => createMayarWebhookHandler(options as MayarWebhookHandlerOptions)).toThrow(says);
  };
  const valid = () => ({ client, token: TOKEN, onEvent: () => {} });

  it("refuses a missing options object, client, or a client without transactions.get", () => {
    refuses(undefined, "pass an options object");
    refuses({ ...valid(), client: undefined }, "client must be a server MayarClient with transactions.get");
    refuses({ ...valid(), client: { transactions: {} } }, "createMayarClient({ apiKey");
  });

  it("refuses tokens that are missing, short, padded with whitespace or not printable ASCII, never echoing them", () => {
    refuses({ ...valid(), token: undefined }, "token is required");
    refuses({ ...valid(), token: "" }, "token is required");
    refuses({ ...valid(), token: "short-secret-15" }, "at least 16 characters");
    refuses({ ...valid(), token: `${TOKEN}\n` }, "token contains whitespace");
    refuses({ ...valid(), token: "tokén-with-accent-0123" }, "printable ASCII");
    for (const token of [`${TOKEN}\n`, "short-secret-15", "tokén-with-accent-0123"]) {
      try {
        createMayarWebhookHandler({ ...valid(), token });
      } catch (error) {
        expect((error as Error).message).not.toContain(token.trim());
      }
    }
    expect(() => createMayarWebhookHandler({ ...valid(), token: "a".repeat(16) })).not.toThrow();
  });

  it("refuses tokens with characters a query string changes (+ & # % and controls), naming the fix, never echoing them", () => {
    for (const token of [
      "whk+3c1d9f2a7b6e4c58a0d1",
      "whk&3c1d9f2a7b6e4c58a0d1",
      "whk#3c1d9f2a7b6e4c58a0d1",
      "whk%3c1d9f2a7b6e4c58a0d1",
    ]) {
      refuses({ ...valid(), token }, "cannot be sent unencoded in the webhook URL's query string");
      refuses({ ...valid(), token }, 'crypto.randomBytes(32).toString("base64url")');
      expect(() => createMayarWebhookHandler({ ...valid(), token })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(token) }),
      );
    }
    refuses({ ...valid(), token: "whk\u00003c1d9f2a7b6e4c58a0d1" }, "printable ASCII");
    refuses({ ...valid(), token: "whk 3c1d9f2a7b6e4c58a0d1" }, "token contains whitespace");
    expect(() =>
      createMayarWebhookHandler({ ...valid(), token: "whk-3c1d9f2a_7b6e.4c58~a0d1" }),
    ).not.toThrow();
  });

  it("refuses a storeTimeoutMs that is not a positive whole number of milliseconds", () => {
    refuses({ ...valid(), storeTimeoutMs: 0 }, "storeTimeoutMs must be a positive whole number");
    refuses({ ...valid(), storeTimeoutMs: "3s" }, "got string");
    expect(() => createMayarWebhookHandler({ ...valid(), storeTimeoutMs: 250 })).not.toThrow();
  });

  it("refuses an onEvent that is not a function, a store without claim/complete/release, a bad maxBodyBytes", () => {
    refuses({ ...valid(), onEvent: "fulfil" }, "onEvent must be a function");
    refuses({ ...valid(), store: new Map() }, "store must have claim, complete and release methods");
    refuses({ ...valid(), maxBodyBytes: 0 }, "maxBodyBytes must be a positive whole number of bytes, got 0");
    refuses({ ...valid(), maxBodyBytes: "64kb" }, "got string");
    refuses({ ...valid(), onError: true }, "onError must be a function");
  });
});

// ---- Who may deliver ----------------------------------------------------------------------------------

describe("createMayarWebhookHandler: the token", () => {
  it.each([
    ["no token", HOOK],
    ["an empty token", `${HOOK}?token=`],
    ["a wrong token of the same length", `${HOOK}?token=${TOKEN.slice(0, -1)}X`],
    ["the token as a prefix", `${HOOK}?token=${TOKEN.slice(0, 16)}`],
    ["the token under another name", `${HOOK}?Token=${TOKEN}`],
  ])("answers 401 for %s and never reads the body", async (_, url) => {
    const webhook = handlerWith();
    const { request, state } = watchedPost(url);
    const response = await webhook(request);
    expect(response.status).toBe(401);
    expect(await messagesOf(response)).toEqual({
      statusCode: 401,
      messages: "Unauthorized: the webhook URL's token is missing or wrong.",
    });
    expect(state.pulled).toBe(false);
    expect(request.bodyUsed).toBe(false);
    expect(received).toEqual([]);
    expect(mayar.asked).toEqual([]);
  });

  it("reads the body once the token matches (the watched stream works)", async () => {
    mayar.set("tx", { status: "paid", amount: 150000 });
    const { request, state } = watchedPost(`${HOOK}?token=${TOKEN}`);
    expect((await handlerWith()(request)).status).toBe(200);
    expect(state.pulled).toBe(true);
  });

  it("answers 405 with Allow: POST to other methods, before anything else", async () => {
    const webhook = handlerWith();
    for (const method of ["GET", "HEAD", "PUT", "OPTIONS"]) {
      const response = await webhook(new Request(`${HOOK}?token=${TOKEN}`, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
    }
  });

  it("never puts the token or the API key in an answer or a header", async () => {
    mayar.set("tx_ok", { status: "paid", amount: 1 });
    mayar.set("tx_500", 500);
    const webhook = handlerWith({
      onEvent: async () => {
        throw new Error("boom");
      },
    });
    const requests = [
      paid("tx_ok"),
      paid("tx_500"),
      paid("tx_missing"),
      paid("tx_ok", "wrong-token-0123456789"),
      delivery("payment.received", { amount: 1 }),
    ];
    for (const request of requests) {
      const response = await webhook(request);
      const text = `${[...response.headers].join()} ${await response.text()}`;
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(API_KEY);
    }
    for (const { error } of errors) expect(String((error as Error).message)).not.toContain(API_KEY);
  });
});

// ---- Bodies -------------------------------------------------------------------------------------------

describe("createMayarWebhookHandler: bodies", () => {
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request(`${HOOK}?token=${TOKEN}`, { method: "POST", headers, body });

  it("answers 413 from Content-Length alone, without reading the body", async () => {
    const { request, state } = watchedPost(`${HOOK}?token=${TOKEN}`, undefined, {
      "content-length": String(64 * 1024 + 1),
    });
    const response = await handlerWith()(request);
    expect(response.status).toBe(413);
    expect(state.pulled).toBe(false);
  });

  it("answers 413 while streaming a body with no Content-Length, and stops reading it", async () => {
    let pulls = 0;
    let cancelled = false;
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(`${HOOK}?token=${TOKEN}`, {
      method: "POST",
      body: endless,
      duplex: "half",
    } as RequestInit);
    const response = await handlerWith()(request);
    expect(response.status).toBe(413);
    expect(pulls).toBe(5); // 5 × 16 KiB is the first count over 64 KiB
    expect(cancelled).toBe(true);
  });

  it("honours maxBodyBytes, and accepts a body of exactly the limit", async () => {
    const body = JSON.stringify({ event: "shipper.status", data: { transactionId: "tx_1", status: "SENT" } });
    const size = new TextEncoder().encode(body).byteLength;
    expect((await handlerWith({ maxBodyBytes: size })(post(body))).status).toBe(200);
    expect((await handlerWith({ maxBodyBytes: size - 1 })(post(body))).status).toBe(413);
  });

  it.each([
    ["not JSON", "event=payment.received", "the body is not JSON"],
    ["empty", "", "the body is not JSON"],
    ["a JSON array", "[]", "must be a JSON object"],
    ["a JSON string", '"payment.received"', "must be a JSON object"],
    ["an object without event", '{"data":{}}', "event must be a string"],
    [
      "a payment without data",
      '{"event":"payment.received"}',
      "data of a payment.received event must be an object",
    ],
    [
      "33 levels deep",
      `{"event":"shipper.status","data":{"a":${"[".repeat(31)}${"]".repeat(31)}}}`,
      "deeper than 32",
    ],
  ])("answers 400 to a body that is %s, naming the problem", async (_, body, says) => {
    const response = await handlerWith()(post(body));
    expect(response.status).toBe(400);
    const { statusCode, messages } = await messagesOf(response);
    expect(statusCode).toBe(400);
    expect(messages).toContain(says);
    expect(received).toEqual([]);
  });

  it("answers 400 to bytes that are not UTF-8", async () => {
    const response = await handlerWith()(post(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)));
    expect(response.status).toBe(400);
  });

  it("answers 500 when a middleware already read the body, and says so to onError", async () => {
    const request = paid("tx_1");
    await request.text();
    const response = await handlerWith()(request);
    expect(response.status).toBe(500);
    expect(String(errors[0]?.error)).toContain("mount the handler before it");
  });

  it("answers 200 to an event type Mayar does not document, without calling onEvent, Mayar or the store", async () => {
    const calls: string[] = [];
    const store = createMemoryWebhookStore();
    const spy = {
      claim: (key: string, owner: string) => {
        calls.push("claim");
        return store.claim(key, owner);
      },
      complete: (key: string, owner: string) => store.complete(key, owner),
      release: (key: string, owner: string) => store.release(key, owner),
    };
    const response = await handlerWith({ store: spy })(delivery("payment.refunded", paymentData("tx_1")));
    expect(response.status).toBe(200);
    expect(await messagesOf(response)).toEqual({
      statusCode: 200,
      messages: "Ignored: not an event type this receiver handles.",
    });
    expect(received).toEqual([]);
    expect(calls).toEqual([]);
    expect(mayar.asked).toEqual([]);
  });
});

// ---- payment.received is confirmed with Mayar ---------------------------------------------------------

describe("createMayarWebhookHandler: payment.received waits for Mayar's word", () => {
  it("runs onEvent with the transaction Mayar answered, asked for with the server's key", async () => {
    mayar.set("tx_1", { status: "paid", amount: 150000 });
    const response = await handlerWith()(delivery("payment.received", paymentData("tx_1", { amount: 1 })));
    expect(response.status).toBe(200);
    expect(await messagesOf(response)).toEqual({
      statusCode: 200,
      messages: "Processed this payment.received event.",
    });
    expect(mayar.asked).toEqual(["tx_1"]);
    expect(mayar.auth).toEqual([`Bearer ${API_KEY}`]);
    expect(received).toHaveLength(1);
    const [event] = received;
    expect(event?.type).toBe("payment.received");
    expect(event?.data.amount).toBe(1); // what the payload claimed
    expect(event?.transaction).toMatchObject({ id: "tx_1", status: "paid", amount: 150000 }); // what Mayar says
  });

  it("asks for data.transactionId when it differs from data.id", async () => {
    mayar.set("tx_real", { status: "paid", amount: 5 });
    await handlerWith()(delivery("payment.received", { id: "wh_1", transactionId: "tx_real" }));
    expect(mayar.asked).toEqual(["tx_real"]);
    expect(received).toHaveLength(1);
  });

  it("a forged 'paid' for an unpaid transaction reaches nothing: 425, and a later genuine delivery goes through", async () => {
    mayar.set("tx_1", { status: "unpaid", amount: 150000 });
    const webhook = handlerWith();
    const forged = await webhook(paid("tx_1"));
    expect(forged.status).toBe(425);
    expect((await messagesOf(forged)).messages).toContain("not report this transaction as paid yet");
    expect(received).toEqual([]);

    mayar.set("tx_1", { status: "paid", amount: 150000 }); // the customer pays; Mayar delivers again
    expect((await webhook(paid("tx_1"))).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("answers 409 for an expired transaction, 425 for a created one", async () => {
    mayar.set("tx_old", { status: "expired", amount: 1 });
    mayar.set("tx_new", { status: "created", amount: 1 });
    expect((await handlerWith()(paid("tx_old"))).status).toBe(409);
    expect((await handlerWith()(paid("tx_new"))).status).toBe(425);
    expect(received).toEqual([]);
  });

  it("answers 422 for a transaction Mayar does not know, calling nothing", async () => {
    const response = await handlerWith()(paid("tx_invented"));
    expect(response.status).toBe(422);
    expect(received).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("answers 422 when Mayar confirms a transaction under another id than the one asked for, calling nothing", async () => {
    mayar.set("tx_other", { status: "paid", amount: 1 });
    mayar.answerAs.set("tx_asked", "tx_other");
    const response = await handlerWith()(paid("tx_asked"));
    expect(response.status).toBe(422);
    expect((await messagesOf(response)).messages).toContain("Mayar confirms another transaction id");
    expect(received).toEqual([]);
    // Nothing was remembered: the transaction's own id still goes through, once.
    expect((await handlerWith()(paid("tx_other"))).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("five spellings of one transaction id that a lenient Mayar resolves to it run onEvent once", async () => {
    mayar.lenient = true;
    mayar.set("tx_abc", { status: "paid", amount: 150000 });
    const webhook = handlerWith();
    const spellings = [
      { transactionId: "TX_ABC" },
      { transactionId: " tx_abc" },
      { transactionId: "tx_abc\n" },
      { transactionId: "tx%5Fabc" },
      { id: "Tx_Abc" },
      { id: "tx_abc", transactionId: "tx_abc" },
    ];
    const statuses: number[] = [];
    for (const data of spellings) {
      statuses.push((await webhook(delivery("payment.received", { status: "SUCCESS", ...data }))).status);
    }
    expect(received).toHaveLength(1);
    expect(received[0]?.transaction?.id).toBe("tx_abc");
    // Only the exact id Mayar answers with reaches onEvent; the other spellings are refused as not that id,
    // and one with a control character never reaches Mayar (the client's path-parameter rule: 400).
    expect(statuses).toEqual([422, 422, 400, 422, 422, 200]);
    // Concurrent deliveries of all spellings: still once.
    const again = handlerWith();
    await Promise.all(spellings.map((data) => again(delivery("payment.received", data))));
    expect(received).toHaveLength(2);
  });

  it("answers 503 when Mayar fails or cannot be reached, so Mayar delivers again; onError hears why", async () => {
    mayar.set("tx_1", 500);
    expect((await handlerWith()(paid("tx_1"))).status).toBe(503);

    const unreachable = createMayarClient({ apiKey: API_KEY, baseUrl: await refusedUrl(), maxRetries: 0 });
    expect((await handlerWith({ client: unreachable })(paid("tx_1"))).status).toBe(503);
    expect(errors.map((e) => e.status)).toEqual([503, 503]);
    expect(received).toEqual([]);
  });

  it("answers 502 when Mayar answers something unexpected (a 401 for the shop's own key)", async () => {
    const refused = createMayarClient({
      apiKey: API_KEY,
      baseUrl: "http://mayar.test",
      fetch: async () => Response.json({ statusCode: 401, messages: "Unauthorized" }, { status: 401 }),
    });
    expect((await handlerWith({ client: refused })(paid("tx_1"))).status).toBe(502);
    expect(errors).toHaveLength(1);
  });
});

// ---- Once ---------------------------------------------------------------------------------------------

describe("createMayarWebhookHandler: each event is processed once", () => {
  it("5 concurrent deliveries of one payment: onEvent once, Mayar asked once, the rest 409 (or 200 once done)", async () => {
    mayar.set("tx_1", { status: "paid", amount: 150000 });
    const webhook = handlerWith();
    const responses = await Promise.all(Array.from({ length: 5 }, () => webhook(paid("tx_1"))));
    expect(received).toHaveLength(1);
    expect(mayar.asked).toEqual(["tx_1"]);
    // A delivery that arrives while the first is in flight is told to come back (409); one that arrives after
    // it finished is answered 200 "already processed". On a busy machine either can happen: onEvent once is
    // the property, and at least the first answer is a 200.
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    expect(statuses[0]).toBe(200);
    // Once processed, the deliveries Mayar retries are answered 200 without asking Mayar again.
    expect((await webhook(paid("tx_1"))).status).toBe(200);
    expect(mayar.asked).toEqual(["tx_1"]);
  });

  it("5 sequential deliveries: onEvent once, every answer 200", async () => {
    mayar.set("tx_1", { status: "paid", amount: 150000 });
    const webhook = handlerWith();
    const statuses: number[] = [];
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await webhook(paid("tx_1"));
      statuses.push(response.status);
      messages.push((await messagesOf(response)).messages);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(messages.slice(1)).toEqual(Array(4).fill("Already processed this payment.received event."));
    expect(received).toHaveLength(1);
  });

  it("onEvent throws: 500 and the claim is released, so the retry runs it again, once", async () => {
    mayar.set("tx_1", { status: "paid", amount: 150000 });
    let calls = 0;
    const webhook = handlerWith({
      onEvent: async () => {
        calls++;
        if (calls === 1) throw new Error("database down");
      },
    });
    const first = await webhook(paid("tx_1"));
    expect(first.status).toBe(500);
    expect((await messagesOf(first)).messages).not.toContain("database down");
    expect(errors.map((e) => [e.status, (e.error as Error).message])).toEqual([[500, "database down"]]);

    expect((await webhook(paid("tx_1"))).status).toBe(200);
    expect((await webhook(paid("tx_1"))).status).toBe(200);
    expect(calls).toBe(2);
  });

  it("a delivery that arrives while another is in onEvent answers 409, and succeeds after", async () => {
    let finish = () => {};
    const webhook = handlerWith({
      onEvent: (event) =>
        new Promise<void>((resolve) => {
          received.push(event);
          finish = resolve;
        }),
    });
    const data = { memberId: "MBR1", status: "ACTIVE" };
    const first = webhook(delivery("membership.newMemberRegistered", data));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    const during = await webhook(delivery("membership.newMemberRegistered", data));
    expect(during.status).toBe(409);
    expect((await messagesOf(during)).messages).toContain("being processed by another delivery");
    finish();
    expect((await first).status).toBe(200);
    expect((await webhook(delivery("membership.newMemberRegistered", data))).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("other events are keyed by id and status: a new status is a new event", async () => {
    const webhook = handlerWith();
    const member = { memberId: "MBR1", customerId: "c1" };
    await webhook(delivery("membership.memberExpired", { ...member, status: "INACTIVE" }));
    await webhook(delivery("membership.memberExpired", { ...member, status: "INACTIVE" }));
    await webhook(delivery("shipper.status", { transactionId: "tx_1", status: "PICKED_UP" }));
    await webhook(delivery("shipper.status", { transactionId: "tx_1", status: "DELIVERED" }));
    await webhook(delivery("shipper.status", { transactionId: "tx_1", status: "DELIVERED" }));
    expect(received.map((e) => [e.type, e.data.status])).toEqual([
      ["membership.memberExpired", "INACTIVE"],
      ["shipper.status", "PICKED_UP"],
      ["shipper.status", "DELIVERED"],
    ]);
    expect(mayar.asked).toEqual([]); // only payments are confirmed
  });

  it("two handlers with separate memory stores do not share what they processed (use Redis for that)", async () => {
    mayar.set("tx_1", { status: "paid", amount: 1 });
    await handlerWith()(paid("tx_1"));
    await handlerWith()(paid("tx_1"));
    expect(received).toHaveLength(2);
  });

  it("shipper.status: a new tracking code or description is a new event; the same update is not", async () => {
    const webhook = handlerWith();
    const update = (extra: Record<string, unknown>) =>
      webhook(delivery("shipper.status", { transactionId: "tx_9", status: "ON_PROCESS", ...extra }));
    await update({ trackingCode: "JNE123", description: "Picked up in Jakarta" });
    await update({ trackingCode: "JNE123", description: "Picked up in Jakarta" });
    await update({ trackingCode: "JNE123", description: "Arrived at Bandung hub" });
    await update({ trackingCode: "JNE124", description: "Arrived at Bandung hub" });
    expect(received.map((e) => e.data.description)).toEqual([
      "Picked up in Jakarta",
      "Arrived at Bandung hub",
      "Arrived at Bandung hub",
    ]);
  });

  it("answers 503 when a store call outlives storeTimeoutMs (a store that never answers), and runs nothing", async () => {
    const stalled = {
      claim: () => new Promise<never>(() => {}),
      complete: async () => {},
      release: async () => {},
    };
    const response = await handlerWith({ store: stalled, storeTimeoutMs: 50 })(
      delivery("shipper.status", { transactionId: "s1", status: "SENT" }),
    );
    expect(response.status).toBe(503);
    expect((await messagesOf(response)).messages).toContain("The webhook store is unavailable");
    expect(errors.map((e) => [e.status, (e.error as Error).message])).toEqual([
      [503, "createMayarWebhookHandler: the webhook store did not answer claim within 50 ms."],
    ]);
    expect(received).toEqual([]);
  });

  it("a completion that outlives storeTimeoutMs still answers 200 (onEvent ran), and onError hears it", async () => {
    const memory = createMemoryWebhookStore();
    const slowComplete = { ...memory, complete: () => new Promise<void>(() => {}) };
    const response = await handlerWith({ store: slowComplete, storeTimeoutMs: 50 })(
      delivery("shipper.status", { transactionId: "s2", status: "SENT" }),
    );
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(errors.map((e) => e.status)).toEqual([200]);
  });

  it("answers 503 when the memory store is full of events it must still remember, and forgets none of them", async () => {
    const webhook = handlerWith({ store: createMemoryWebhookStore({ maxEntries: 2 }) });
    const shipment = (id: string) => delivery("shipper.status", { transactionId: id, status: "SENT" });
    expect((await webhook(shipment("a"))).status).toBe(200);
    expect((await webhook(shipment("b"))).status).toBe(200);
    const full = await webhook(shipment("c"));
    expect(full.status).toBe(503);
    expect(errors.map((e) => [e.status, (e.error as Error).message])).toEqual([
      [
        503,
        "createMemoryWebhookStore: full (maxEntries 2 events remembered within their TTL): refusing new events rather than forgetting processed ones. Raise maxEntries, lower ttlMs, or use createRedisWebhookStore.",
      ],
    ]);
    expect((await webhook(shipment("a"))).status).toBe(200); // still remembered: not run again
    expect(received.map((e) => e.data.transactionId)).toEqual(["a", "b"]);
  });

  it("answers 503 when the store fails, so Mayar delivers again", async () => {
    const broken = {
      claim: async () => {
        throw new Error("store offline");
      },
      complete: async () => {},
      release: async () => {},
    };
    const response = await handlerWith({ store: broken })(
      delivery("shipper.status", { id: "s1", status: "SENT" }),
    );
    expect(response.status).toBe(503);
    expect(received).toEqual([]);
  });
});

// ---- Over real HTTP ----------------------------------------------------------------------------------

/** A Node server that turns each request into a web Request for the handler (what adapters do). */
async function serve(handler: (request: Request) => Promise<Response>, watch: { pulled: number }) {
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    // The body as a web stream read on demand (what adapters such as @hono/node-server do), counting pulls.
    let cancelled = false;
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>(
      {
        start(c) {
          controller = c;
        },
        pull() {
          watch.pulled++;
          req.resume();
        },
        cancel() {
          cancelled = true;
          req.resume(); // drain the rest, so the answer can still be sent
        },
      },
      { highWaterMark: 0 },
    );
    req.pause();
    req.on("data", (chunk: Buffer) => {
      if (cancelled) return;
      req.pause();
      controller.enqueue(new Uint8Array(chunk));
    });
    req.on("end", () => {
      if (!cancelled) controller.close();
    });
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      ...(req.method === "GET" || req.method === "HEAD" ? {} : { body, duplex: "half" }),
    } as RequestInit);
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/mayar/webhook`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("createMayarWebhookHandler over real HTTP", () => {
  it("processes a genuine delivery once across 5 concurrent POSTs, and refuses a forged one unread", async () => {
    mayar.set("tx_http", { status: "paid", amount: 99000 });
    const watch = { pulled: 0 };
    const receiver = await serve(handlerWith(), watch);
    try {
      const body = JSON.stringify({ event: "payment.received", data: paymentData("tx_http") });
      const forged = await fetch(`${receiver.url}?token=guess-guess-guess-guess`, { method: "POST", body });
      expect(forged.status).toBe(401);
      expect(watch.pulled).toBe(0);

      const genuine = () =>
        fetch(`${receiver.url}?token=${TOKEN}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
      const statuses = (await Promise.all(Array.from({ length: 5 }, genuine))).map((r) => r.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
      expect(received).toHaveLength(1);
      expect(received[0]?.transaction?.amount).toBe(99000);
    } finally {
      await receiver.close();
    }
  });

  it("answers 413 to a chunked body over the limit without buffering it all", async () => {
    const watch = { pulled: 0 };
    const receiver = await serve(handlerWith({ maxBodyBytes: 1024 }), watch);
    try {
      const chunks = async function* () {
        for (let i = 0; i < 64; i++) yield new Uint8Array(1024).fill(0x20);
      };
      const response = await fetch(`${receiver.url}?token=${TOKEN}`, {
        method: "POST",
        body: Readable.toWeb(Readable.from(chunks())) as ReadableStream,
        duplex: "half",
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(watch.pulled).toBeLessThan(64);
    } finally {
      await receiver.close();
    }
  });
});
