// Orders under pressure: a full order book refuses new payments instead of forgetting one a customer is
// paying (or has paid), one client cannot start payments without end, and the shop's check with Mayar
// stays throttled however many orders are open.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createOrderBook } from "../server/orders.js";
import { clientKey, createRateLimiter } from "../server/rate-limit.js";
import { createShop } from "../server/shop.js";
import { type DemoProcess, startDemo } from "./support/processes";
import { CREATE, checkoutAction, productBody } from "./support/shop";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** POST a payment as the page does, from a chosen loopback address (127.0.0.0/8 all reach the server). */
function createFrom(origin: string, localAddress: string, productId = "kopi-gayo"): Promise<Answer> {
  const body = JSON.stringify(productBody(productId));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${origin}${CREATE}`,
      {
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

test.describe("orders under pressure", () => {
  let demo: DemoProcess | undefined;
  test.afterEach(async () => {
    await demo?.stop();
    demo = undefined;
  });

  test("a full order book refuses new payments with 503 and keeps every paid and pending order", async ({
    request,
  }) => {
    demo = await startDemo({ MAX_ORDERS: "4", CREATES_PER_CLIENT: "1000" });
    const origin = demo.origin;
    const create = async () => request.post(`${origin}${CREATE}`, { data: productBody("kopi-gayo") });
    const order = async (id: string) => request.get(`${origin}/api/orders/${id}`);

    const paid = (await (await create()).json()).data;
    const location = await request.post(checkoutAction(paid.link, "pay"), { maxRedirects: 0 });
    expect(location.status()).toBe(303);
    await expect.poll(async () => (await (await order(paid.id)).json()).status).toBe("paid");
    const pending = (await (await create()).json()).data;

    // Two more fit; after that every place holds an order that must be kept.
    for (let index = 0; index < 2; index++) expect((await create()).status()).toBe(200);
    const refused = await create();
    expect(refused.status()).toBe(503);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      statusCode: 503,
      messages: "The shop cannot take new orders right now. Please try again in a few minutes.",
    });
    // More pressure changes nothing: the paid order and the one being paid are still there.
    for (let index = 0; index < 5; index++) expect((await create()).status()).toBe(503);
    expect(await (await order(paid.id)).json()).toMatchObject({ id: paid.id, status: "paid" });
    expect(await (await order(pending.id)).json()).toMatchObject({ id: pending.id, status: "pending" });
    // A webhook for the pending order still finds it.
    expect((await request.post(checkoutAction(pending.link, "pay"), { maxRedirects: 0 })).status()).toBe(303);
    await expect.poll(async () => (await (await order(pending.id)).json()).status).toBe("paid");
  });

  test("one client may start CREATES_PER_CLIENT payments, then gets 429 with Retry-After; another client is not slowed", async () => {
    demo = await startDemo({ CREATES_PER_CLIENT: "3" });
    for (let index = 0; index < 3; index++) {
      expect((await createFrom(demo.origin, "127.0.0.1")).status).toBe(200);
    }
    const limited = await createFrom(demo.origin, "127.0.0.1");
    expect(limited.status).toBe(429);
    // One payment more every 10 minutes / 3: at most 200 s to wait, said in whole seconds.
    const retryAfter = Number(limited.headers["retry-after"]);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(200);
    expect(JSON.parse(limited.body)).toMatchObject({ statusCode: 429 });
    expect(JSON.parse(limited.body).messages).toContain(`wait ${retryAfter} seconds`);
    // Another address has its own allowance.
    expect((await createFrom(demo.origin, "127.0.0.2")).status).toBe(200);
  });

  test("the check with Mayar stays throttled past 1,000 open orders", async () => {
    let time = 1_000_000;
    const asked: string[] = [];
    // A plain order store: the shop's throttle alone is under test.
    const book = new Map<string, Record<string, unknown>>();
    const orders = {
      get: (id: string) => book.get(id),
      byTransaction: () => undefined,
      confirmPayment: () => "paid",
      expire: () => {},
    };
    const shop = createShop({
      orders: orders as never,
      creditProductId: "demo-credit-pack",
      client: {
        transactions: {
          get: async (id: string) => {
            asked.push(id);
            return { id, status: "unpaid" } as never;
          },
        },
      } as never,
      creates: createRateLimiter({ limit: 1, windowMs: 1 }),
      now: () => time,
    });
    const count = 1_500;
    for (let index = 0; index < count; index++) {
      book.set(`pr-${index}`, {
        id: `pr-${index}`,
        number: `N-${index}`,
        transactionId: `tx-${index}`,
        kind: "product",
        productId: "kopi-gayo",
        amount: 85_000,
        status: "pending",
        createdAt: time,
        expiresAt: time + 3_600_000,
      });
    }
    // Every open order page polls once: each order asks Mayar once.
    for (let index = 0; index < count; index++) await shop.orderAnswer(`pr-${index}`);
    expect(asked).toHaveLength(count);
    // A second poll of each a second later: all inside the 3 s, so nobody asks Mayar again.
    time += 1_000;
    for (let index = 0; index < count; index++) await shop.orderAnswer(`pr-${index}`);
    expect(asked).toHaveLength(count);
    // Past the interval, each asks once more.
    time += 3_000;
    await shop.orderAnswer("pr-0");
    expect(asked).toHaveLength(count + 1);
  });
});

test.describe("the order book", () => {
  const order = (id: string, now: number) => ({
    id,
    transactionId: `tx-${id}`,
    kind: "product" as const,
    productId: "kopi-gayo",
    credits: undefined,
    amount: 85_000,
    link: `https://checkout.test/pl/${id}`,
    expiresAt: now + 3_600_000,
  });

  test("never drops a pending or paid order to make room: it refuses the new one", () => {
    const time = 0;
    const orders = createOrderBook({ maxOrders: 2, keepExpiredMs: 60_000, now: () => time });
    const paid = orders.reserve()?.add(order("a", time));
    orders.confirmPayment(paid as never, 85_000);
    orders.reserve()?.add(order("b", time));
    expect(orders.reserve()).toBeUndefined();
    expect(orders.get("a")?.status).toBe("paid");
    expect(orders.get("b")?.status).toBe("pending");
    expect(orders.byTransaction("tx-a")?.id).toBe("a");
  });

  test("an expired order gives its place once it has been expired for keepExpiredMs", () => {
    let time = 0;
    const orders = createOrderBook({ maxOrders: 2, keepExpiredMs: 60_000, now: () => time });
    orders.reserve()?.add(order("a", time));
    orders.reserve()?.add(order("b", time));
    time = 3_600_000; // both expired just now: a late webhook may still come
    expect(orders.reserve()).toBeUndefined();
    time += 60_000;
    const slot = orders.reserve();
    expect(slot).toBeDefined();
    slot?.add(order("c", time));
    expect(orders.get("a")).toBeUndefined();
    expect(orders.get("b")?.status).toBe("expired");
    expect(orders.get("c")?.status).toBe("pending");
  });

  test("a place held while Mayar is asked counts, and comes back when the payment was not created", () => {
    const orders = createOrderBook({ maxOrders: 1 });
    const slot = orders.reserve();
    expect(orders.reserve()).toBeUndefined();
    slot?.release();
    slot?.release(); // twice is harmless
    expect(orders.reserve()).toBeDefined();
  });

  test("order numbers are short, readable and unique", () => {
    const orders = createOrderBook({ maxOrders: 2_000 });
    const numbers = new Set<string>();
    for (let index = 0; index < 2_000; index++) {
      const stored = orders.reserve()?.add(order(`o-${index}`, Date.now()));
      expect(stored?.number).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      numbers.add(stored?.number ?? "");
    }
    expect(numbers.size).toBe(2_000);
  });
});

test.describe("the per-client limit", () => {
  test("a burst of `limit`, then one more every windowMs / limit, with the wait said", () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => time });
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(30_000);
    expect(limiter.take("b")).toBe(0);
    time += 10_000;
    expect(limiter.take("a")).toBe(20_000);
    time += 20_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(30_000);
  });

  test("forgets the least recent client past maxClients (which only gives that one a fresh start)", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxClients: 2, now: () => 0 });
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("b")).toBe(0);
    expect(limiter.take("c")).toBe(0);
    expect(limiter.take("c")).toBeGreaterThan(0);
    expect(limiter.take("b")).toBeGreaterThan(0);
  });

  test("counts an IPv6 client by its /64 and an IPv4-mapped one by its IPv4 address", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("2001:db8:0:12:aaaa::1")).toBe("2001:db8:0:12::/64");
    expect(clientKey("2001:db8:0:12:bbbb:cccc:dddd:eeee")).toBe("2001:db8:0:12::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
  });
});
