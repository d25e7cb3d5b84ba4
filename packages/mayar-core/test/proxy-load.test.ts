// A bounded load test: 1,000 concurrent requests from 1,000 connections through the proxy on node:http
// (toNodeHandler) to an upstream that holds the answers until every create has arrived, so all are in flight at once.
// Sized for a busy machine: a warm-up burst of 100, then the 1,000; no step waits on a timer, so a slower
// machine only takes longer.
// Every answer must be the right one, and the heap must stay bounded: what the run allocated at its peak,
// and what it left behind after a full GC (a leak per request would show there).
import { once } from "node:events";
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMayarProxy, toNodeHandler } from "../src/server";
import { PAYMENT_CREATED } from "./helpers/upstream";

const KEY = "sk_live_load_test_42";
const CONCURRENT = 1_000;
/** A burst's requests n with n % 10 < 7 are valid creates: the ones forwarded. */
const createsIn = (requests: number) => Math.ceil((requests * 7) / 10);
/** The warm-up burst of forwarded calls: JIT, lazily built tables. */
const WARM_UP = 100;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const servers: Server[] = [];
let proxyUrl = "";
let inFlight = 0;
let maxInFlight = 0;
let agent: Agent;

async function listen(server: Server) {
  servers.push(server);
  // Idle keep-alive sockets outlive a slow run: the proxy's pooled connections to the upstream are never
  // closed under a request.
  server.keepAliveTimeout = 60_000;
  server.listen({ port: 0, host: "127.0.0.1", backlog: 4096 });
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** How many creates the upstream holds before answering them all: set before each burst. */
let holdUntil = 0;

beforeAll(async () => {
  const body = JSON.stringify(PAYMENT_CREATED);
  // The upstream holds every answer until all the creates of a burst have arrived, then answers them
  // together: all of them are in flight through the proxy at the same moment, however slow the machine is.
  // Each answer closes its connection, so the proxy's pool keeps no idle sockets for the heap check to count.
  let held: Array<() => void> = [];
  const upstreamUrl = await listen(
    createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        held.push(() => {
          inFlight--;
          res.writeHead(200, { "content-type": "application/json", connection: "close" });
          res.end(body);
        });
        if (held.length >= holdUntil) {
          const answers = held;
          held = [];
          for (const answer of answers) answer();
        }
      });
    }),
  );
  const proxy = createMayarProxy({
    apiKey: KEY,
    baseUrl: upstreamUrl,
    basePath: "/api/mayar",
    allow: { createPaymentRequest: {} },
    onError: () => {},
  });
  proxyUrl = await listen(createServer(toNodeHandler(proxy)));
  // A connection per request, as 1,000 browsers would open (and none left idle for the server to close
  // under a later request).
  agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
});
afterAll(async () => {
  agent.destroy();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A POST over the test's own agent (many sockets at once), resolving with the status and the body text. */
const post = (url: string, headers: Record<string, string>, body: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers, agent }, async (res) => {
      let text = "";
      for await (const chunk of res) text += chunk;
      resolve({ status: res.statusCode ?? 0, body: text });
    });
    req.on("error", reject);
    req.end(body);
  });

/** Each request's kind follows from its number: mostly valid creates, some invalid, forbidden or unknown. */
async function call(n: number): Promise<boolean> {
  const kind = n % 10 === 7 ? "invalid" : n % 10 === 8 ? "forbidden" : n % 10 === 9 ? "unknown" : "create";
  const path = kind === "unknown" ? "/api/mayar/hl/v2/balances" : "/api/mayar/hl/v2/payments/create";
  const response = await post(
    `${proxyUrl}${path}`,
    {
      "content-type": "application/json",
      ...(kind === "forbidden" ? { origin: "https://evil.example" } : {}),
    },
    JSON.stringify({ name: `Order ${n}`, amount: kind === "invalid" ? -1 : 1000 + n }),
  );
  const answer = JSON.parse(response.body) as { statusCode?: number; data?: { link?: string } };
  const expected = { create: 200, invalid: 400, forbidden: 403, unknown: 404 }[kind];
  return (
    response.status === expected &&
    answer.statusCode === expected &&
    (kind !== "create" || answer.data?.link === PAYMENT_CREATED.data.link)
  );
}

async function burst(requests: number): Promise<{ correct: number; peak: number }> {
  holdUntil = createsIn(requests);
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  const results = await Promise.all(Array.from({ length: requests }, (_, n) => call(n)));
  clearInterval(sampler);
  return { correct: results.filter(Boolean).length, peak };
}

describe("proxy under load", () => {
  it(`answers ${CONCURRENT} concurrent requests correctly with bounded memory`, {
    timeout: 60_000,
  }, async () => {
    // Warm-up: JIT and lazily built tables (not the 700-connection pool to the upstream: see the heap bound).
    expect((await burst(WARM_UP)).correct).toBe(WARM_UP);
    maxInFlight = 0;
    const before = heapAfterGc();
    const started = performance.now();
    const { correct, peak } = await burst(CONCURRENT);
    const seconds = (performance.now() - started) / 1000;
    const after = heapAfterGc();
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.info(
      `proxy load test: ${correct}/${CONCURRENT} correct in ${seconds.toFixed(2)} s, ${maxInFlight} upstream calls in flight at once; heap ${mb(before)} MB before, peak +${mb(peak - before)} MB, +${mb(after - before)} MB after GC`,
    );
    expect(correct).toBe(CONCURRENT);
    // The 700 creates were forwarded, and the upstream held all of them at the same moment.
    expect(maxInFlight).toBe(createsIn(CONCURRENT));
    // Client, proxy and upstream share this heap: 1,000 requests in flight through all three stay well under this.
    expect(peak - before).toBeLessThan(128 * 1024 * 1024);
    // What stays (about 8 MB measured) is what grew for 700 concurrent upstream calls and is kept for reuse
    // (fetch's connection pool); a leak of 8 KB per request would break the bound.
    expect(after - before).toBeLessThan(16 * 1024 * 1024);
  });
});
