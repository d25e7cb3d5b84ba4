// createRedisWebhookStore against a real redis-server (started by this file on a free loopback port, stopped
// by PID), through both clients: node-redis (`redis`) and ioredis. Two handler instances sharing one Redis
// stand for two instances of a shop. Mayar's transaction detail is a fetch that answers from a table.
import { Redis } from "ioredis";
import { createClient } from "redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createMayarClient, MayarInputError } from "../src/index";
import {
  createMayarWebhookHandler,
  createMayarWebhookRequest,
  createRedisWebhookStore,
  type MayarConfirmedWebhookEvent,
  type MayarWebhookHandlerOptions,
  type MayarWebhookRedisClient,
  type MayarWebhookStore,
} from "../src/server";
import { isRunning, type RedisServer, startRedisServer } from "./helpers/redis-server";

const TOKEN = "whk_redis_0123456789abcdef";
const HOOK = "http://shop.test/api/mayar/webhook";

let server: RedisServer;
const open: (() => Promise<unknown>)[] = [];

/** A fresh connection of the named kind, closed in afterAll. */
async function connect(kind: "node-redis" | "ioredis"): Promise<MayarWebhookRedisClient> {
  if (kind === "node-redis") {
    const client = createClient({ url: server.url });
    await client.connect();
    open.push(() => client.close());
    return client;
  }
  const client = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  await client.connect();
  open.push(async () => client.disconnect());
  return client;
}

beforeAll(async () => {
  server = await startRedisServer();
}, 20_000);

afterAll(async () => {
  for (const close of open) await close().catch(() => {});
  await server.stop();
  expect(isRunning(server.pid)).toBe(false);
});

// ---- A fake Mayar: a fetch answering GET /hl/v2/transactions/{id} from a table ------------------------

let statuses: Map<string, "paid" | "unpaid">;
let asked: string[];
const mayarClient = () =>
  createMayarClient({
    apiKey: "sk_test_redis",
    baseUrl: "http://mayar.test",
    maxRetries: 0,
    fetch: async (url) => {
      const id = decodeURIComponent(url.split("/").pop() ?? "");
      asked.push(id);
      const status = statuses.get(id);
      return status
        ? Response.json({ statusCode: 200, messages: "success", data: { id, status, amount: 150000 } })
        : Response.json({ statusCode: 404, messages: "Transaction not found" }, { status: 404 });
    },
  });

let received: MayarConfirmedWebhookEvent[];
beforeEach(() => {
  statuses = new Map();
  asked = [];
  received = [];
});

const handlerWith = (store: MayarWebhookStore, options: Partial<MayarWebhookHandlerOptions> = {}) =>
  createMayarWebhookHandler({
    client: mayarClient(),
    token: TOKEN,
    store,
    onEvent: async (event) => {
      received.push(event);
    },
    onError: () => {},
    ...options,
  });

const paid = (id: string) =>
  createMayarWebhookRequest({
    url: HOOK,
    token: TOKEN,
    event: "payment.received",
    data: { id, transactionId: id, status: "SUCCESS", transactionStatus: "paid", amount: 150000 },
  });

let unique = 0;
const prefix = () => `test:${++unique}:`;

describe.each(["node-redis", "ioredis"] as const)("createRedisWebhookStore with %s", (kind) => {
  it("claims atomically with SET NX PX: of 20 concurrent claims from two connections, one wins", async () => {
    const options = { prefix: prefix() };
    const a = createRedisWebhookStore(await connect(kind), options);
    const b = createRedisWebhookStore(await connect(kind), options);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim("payment.received:tx_1:paid", `owner-${i}`)),
    );
    expect(results.filter((r) => r === "claimed")).toHaveLength(1);
    expect(results.filter((r) => r === "processing")).toHaveLength(19);
  });

  it("stores processing:<owner> with the lease, then done with the TTL, under the prefix", async () => {
    const redis = await connect(kind);
    const options = { prefix: prefix(), ttlMs: 60_000, leaseMs: 5_000 };
    const store = createRedisWebhookStore(redis, options);
    const inspect = new Redis(server.url);
    open.push(async () => inspect.disconnect());
    const name = `${options.prefix}k`;

    expect(await store.claim("k", "owner-1")).toBe("claimed");
    expect(await inspect.get(name)).toBe("processing:owner-1");
    const lease = await inspect.pttl(name);
    expect(lease).toBeGreaterThan(4_000);
    expect(lease).toBeLessThanOrEqual(5_000);

    await store.complete("k", "owner-1");
    expect(await inspect.get(name)).toBe("done");
    expect(await inspect.pttl(name)).toBeGreaterThan(59_000);
    expect(await store.claim("k", "owner-2")).toBe("done");
  });

  it("release deletes only the releasing owner's claim (compare-and-delete)", async () => {
    const store = createRedisWebhookStore(await connect(kind), { prefix: prefix() });
    await store.claim("k", "a");
    await store.release("k", "b");
    expect(await store.claim("k", "c")).toBe("processing");
    await store.release("k", "a");
    expect(await store.claim("k", "c")).toBe("claimed");
  });

  it("a claim lapses after leaseMs, so a crashed instance cannot block the event", async () => {
    const options = { prefix: prefix(), leaseMs: 200 };
    const store = createRedisWebhookStore(await connect(kind), options);
    const inspect = new Redis(server.url);
    open.push(async () => inspect.disconnect());
    const name = `${options.prefix}k`;
    expect(await store.claim("k", "crashed")).toBe("claimed");
    // The claim carries the lease (or, on a very slow machine, has lapsed already): never a key without expiry.
    const lease = await inspect.pttl(name);
    expect(lease).not.toBe(-1);
    expect(lease).toBeLessThanOrEqual(200);
    // Wait for Redis itself to expire the claim (an event, not a guess of the clock), then claim again.
    await vi.waitFor(async () => expect(await inspect.exists(name)).toBe(0), {
      timeout: 15_000,
      interval: 20,
    });
    expect(await store.claim("k", "b")).toBe("claimed");
    expect(await store.claim("k", "c")).toBe("processing");
  });

  it("two handler instances sharing one Redis: 5 concurrent deliveries, spread over both, run onEvent once", async () => {
    statuses.set("tx_1", "paid");
    const options = { prefix: prefix() };
    const instances = [
      handlerWith(createRedisWebhookStore(await connect(kind), options)),
      handlerWith(createRedisWebhookStore(await connect(kind), options)),
    ];
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        (instances[i % 2] as (r: Request) => Promise<Response>)(paid("tx_1")),
      ),
    );
    expect(received).toHaveLength(1);
    expect(received[0]?.transaction?.status).toBe("paid");
    // One delivery processes it; the others found it in flight (409) or, arriving later, done (200).
    const answers = await Promise.all(responses.map(async (r) => [r.status, (await r.json()).messages]));
    expect(
      answers.filter(([, messages]) => messages === "Processed this payment.received event."),
    ).toHaveLength(1);
    expect(answers.every(([status]) => status === 200 || status === 409)).toBe(true);
    expect(asked).toEqual(["tx_1"]);
  });

  it("two handler instances sharing one Redis: 5 sequential deliveries, alternating, run onEvent once", async () => {
    statuses.set("tx_2", "paid");
    const options = { prefix: prefix() };
    const instances = [
      handlerWith(createRedisWebhookStore(await connect(kind), options)),
      handlerWith(createRedisWebhookStore(await connect(kind), options)),
    ];
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await (instances[i % 2] as (r: Request) => Promise<Response>)(paid("tx_2"))).status);
    expect(codes).toEqual([200, 200, 200, 200, 200]);
    expect(received).toHaveLength(1);
  });

  it("onEvent throws on one instance: 500 and released, the retry on the other instance runs it once", async () => {
    statuses.set("tx_3", "paid");
    const options = { prefix: prefix() };
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls === 1) throw new Error("mail server down");
    };
    const first = handlerWith(createRedisWebhookStore(await connect(kind), options), { onEvent: flaky });
    const second = handlerWith(createRedisWebhookStore(await connect(kind), options), { onEvent: flaky });
    expect((await first(paid("tx_3"))).status).toBe(500);
    expect((await second(paid("tx_3"))).status).toBe(200);
    expect((await first(paid("tx_3"))).status).toBe(200);
    expect(calls).toBe(2);
  });

  it("a forged 'paid' for an unpaid transaction leaves nothing behind in Redis", async () => {
    statuses.set("tx_4", "unpaid");
    const options = { prefix: prefix() };
    const redis = await connect(kind);
    const response = await handlerWith(createRedisWebhookStore(redis, options))(paid("tx_4"));
    expect(response.status).toBe(425);
    expect(received).toEqual([]);
    const inspect = new Redis(server.url);
    open.push(async () => inspect.disconnect());
    expect(await inspect.keys(`${options.prefix}*`)).toEqual([]);
  });
});

describe("createRedisWebhookStore: mixed clients and failures", () => {
  it("a node-redis instance and an ioredis instance share one Redis: 5 concurrent deliveries, onEvent once", async () => {
    statuses.set("tx_mixed", "paid");
    const options = { prefix: prefix() };
    const instances = [
      handlerWith(createRedisWebhookStore(await connect("node-redis"), options)),
      handlerWith(createRedisWebhookStore(await connect("ioredis"), options)),
    ];
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        (instances[i % 2] as (r: Request) => Promise<Response>)(paid("tx_mixed")),
      ),
    );
    expect(received).toHaveLength(1);
  });

  it("answers 503 while Redis cannot be reached (Mayar delivers again), and processes once it can", async () => {
    statuses.set("tx_5", "paid");
    const client = createClient({ url: server.url });
    await client.connect();
    const store = createRedisWebhookStore(client, { prefix: prefix() });
    const errors: number[] = [];
    const webhook = handlerWith(store, { onError: (_, { status }) => errors.push(status) });
    await client.close();
    expect((await webhook(paid("tx_5"))).status).toBe(503);
    expect(errors).toEqual([503]);
    expect(received).toEqual([]);
    await client.connect();
    open.push(() => client.close());
    expect((await webhook(paid("tx_5"))).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("refuses what is not a node-redis or ioredis client, and bad options, naming the fix", async () => {
    const refuses = (call: () => unknown, says: string) => {
      expect(call).toThrow(MayarInputError);
      expect(call).toThrow(says);
    };
    refuses(() => createRedisWebhookStore(undefined as never), "pass a connected Redis client");
    refuses(
      () => createRedisWebhookStore({ set() {}, get() {}, del() {} } as never),
      "neither a node-redis client (it has a boolean isOpen) nor an ioredis one",
    );
    refuses(
      () => createRedisWebhookStore({ isOpen: true, set() {} } as never),
      "the client has no get, del method",
    );
    const redis = await connect("ioredis");
    refuses(() => createRedisWebhookStore(redis, { prefix: 1 as never }), "prefix must be a string");
    refuses(() => createRedisWebhookStore(redis, { ttlMs: 0 }), "ttlMs must be a positive whole number");
    refuses(() => createRedisWebhookStore(redis, { leaseMs: 1.5 }), "leaseMs must be");
  });

  it("works with a client that has no EVAL (release falls back to GET then DEL)", async () => {
    const redis = new Redis(server.url);
    open.push(async () => redis.disconnect());
    const bare = {
      status: redis.status,
      set: (...args: Parameters<Redis["set"]>) => redis.set(...args),
      get: (key: string) => redis.get(key),
      del: (key: string) => redis.del(key),
    };
    const store = createRedisWebhookStore(bare as never, { prefix: prefix() });
    await store.claim("k", "a");
    await store.release("k", "b");
    expect(await store.claim("k", "c")).toBe("processing");
    await store.release("k", "a");
    expect(await store.claim("k", "c")).toBe("claimed");
  });
});

describe("createRedisWebhookStore: a Redis that stops answering (SIGSTOP: the connection stays open, nothing comes back)", () => {
  let stalled: RedisServer;
  const closeStalled: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    stalled = await startRedisServer();
  }, 20_000);
  afterAll(async () => {
    if (isRunning(stalled.pid)) process.kill(stalled.pid, "SIGCONT");
    for (const close of closeStalled) await close().catch(() => {});
    await stalled.stop();
  });

  it("two instances answer 503 within storeTimeoutMs, run nothing, and once Redis answers again run onEvent once", async () => {
    statuses.set("tx_stall", "paid");
    const options = { prefix: prefix() };
    const nodeRedis = createClient({ url: stalled.url });
    await nodeRedis.connect();
    closeStalled.push(() => nodeRedis.close());
    const ioredis = new Redis(stalled.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await ioredis.connect();
    closeStalled.push(async () => ioredis.disconnect());
    const inspect = new Redis(stalled.url);
    await inspect.ping();
    closeStalled.push(async () => inspect.disconnect());
    const errors: number[] = [];
    const instances = [nodeRedis, ioredis].map((redis) =>
      handlerWith(createRedisWebhookStore(redis, options), {
        storeTimeoutMs: 300,
        onError: (_, { status }) => errors.push(status),
      }),
    ) as ((request: Request) => Promise<Response>)[];
    const deliverToBoth = () => Promise.all(instances.map((webhook) => webhook(paid("tx_stall"))));

    process.kill(stalled.pid, "SIGSTOP");
    let during: Response[];
    try {
      during = await deliverToBoth();
    } finally {
      process.kill(stalled.pid, "SIGCONT");
    }
    expect(during.map((r) => r.status)).toEqual([503, 503]);
    expect(errors).toEqual([503, 503]);
    expect(received).toEqual([]);
    expect(asked).toEqual([]);

    // The claims Redis applied late are released by the deliveries that gave up on them, so the event is not
    // blocked for the lease (5 minutes by default).
    await vi.waitFor(async () => expect(await inspect.keys(`${options.prefix}*`)).toEqual([]), {
      timeout: 15_000,
      interval: 20,
    });
    const after = await deliverToBoth();
    expect(after.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
    expect(received).toHaveLength(1);
    expect(await inspect.get(`${options.prefix}payment.received:tx_stall:paid`)).toBe("done");
  });
});
