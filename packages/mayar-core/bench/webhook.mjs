// What createMayarWebhookHandler costs per delivery against a bare receiver that does only the essentials:
// compare the token, JSON.parse the body, re-fetch the transaction with the same MayarClient and answer.
// Both run in one process against the same in-process fetch (Mayar answering `paid` at once), each delivery
// a new transaction, so the difference is the handler's own work: body limit, payload checks, event key,
// store claim/complete with their deadline, the constant-time token check.
// Run: node bench/webhook.mjs [--check]   (after a build: pnpm --filter @org/mayar-core build)
import { createMayarClient } from "../dist/index.js";
import { createMayarWebhookHandler, createMemoryWebhookStore } from "../dist/server.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);
const WARMUP = 3_000;
const ROUNDS = 7;
const TARGET = 0.8;
const TOKEN = "whk_bench_0123456789abcdef0123456789";
const URL_WITH_TOKEN = `https://shop.example/api/mayar/webhook?token=${TOKEN}`;

const fetch = async (request) => {
  const id = decodeURIComponent(
    new URL(typeof request === "string" ? request : request.url).pathname.split("/").pop(),
  );
  return Response.json({
    statusCode: 200,
    messages: "success",
    data: { id, status: "paid", amount: 150000, createdAt: 1745919343635 },
  });
};
const client = createMayarClient({
  apiKey: "sk_bench_key_0123456789",
  baseUrl: "https://api.mayar.test",
  fetch,
});

let sequence = 0;
const delivery = () => {
  const id = `c3d4e5f6-a7b8-4901-c234-${String(++sequence).padStart(12, "0")}`;
  return new Request(URL_WITH_TOKEN, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      event: "payment.received",
      data: {
        id,
        transactionId: id,
        status: "SUCCESS",
        transactionStatus: "paid",
        createdAt: "2025-04-29T09:35:43.635Z",
        merchantId: "348e083d-315a-4e5c-96b1-5a2a98c48413",
        customerEmail: "budi.santoso@example.com",
        amount: 150000,
        productName: "Buku Digital Premium",
        qty: 1,
      },
    }),
  });
};

/** The anchor: what a receiver written by hand minimally does. */
const bare = async (request) => {
  if (new URL(request.url).searchParams.get("token") !== TOKEN) return new Response(null, { status: 401 });
  const event = JSON.parse(await request.text());
  const transaction = await client.transactions.get(event.data.transactionId ?? event.data.id);
  if (transaction.status !== "paid")
    return Response.json({ statusCode: 425, messages: "not paid" }, { status: 425 });
  return Response.json({ statusCode: 200, messages: "Processed." });
};

const ours = createMayarWebhookHandler({
  client,
  token: TOKEN,
  store: createMemoryWebhookStore({ maxEntries: (WARMUP + ITERATIONS) * ROUNDS + 10 }),
  onEvent: () => {},
});

/** CPU µs per delivery; the Requests are built before the clock starts (building one costs as much as handling it). */
async function measure(handler) {
  const deliveries = Array.from({ length: ITERATIONS }, delivery);
  // CPU time of this process (every thread, so Web Crypto's thread pool counts too), not wall-clock time:
  // on a shared machine other processes' load then mostly stays out of the figure.
  const started = process.cpuUsage();
  for (const request of deliveries) {
    const response = await handler(request);
    if (response.status !== 200) throw new Error(`answered ${response.status}`);
  }
  const { user, system } = process.cpuUsage(started);
  return (user + system) / ITERATIONS;
}

for (const handler of [bare, ours]) for (let i = 0; i < WARMUP; i++) await handler(delivery());
// Interleaved rounds, best of each, so a noisy neighbour hurts both alike.
const best = { bare: Number.POSITIVE_INFINITY, ours: Number.POSITIVE_INFINITY };
for (let round = 0; round < ROUNDS; round++) {
  best.bare = Math.min(best.bare, await measure(bare));
  best.ours = Math.min(best.ours, await measure(ours));
}
const ratio = best.bare / best.ours; // throughput of ours relative to the bare receiver
const pass = ratio >= TARGET;
console.log(
  `Node ${process.version}, ${ITERATIONS} deliveries per round, best of ${ROUNDS}, in-process fetch`,
);
console.log(
  `bare parse+refetch: ${best.bare.toFixed(1)} CPU µs/delivery; createMayarWebhookHandler: ${best.ours.toFixed(1)} CPU µs/delivery`,
);
console.log(
  `TARGET webhook-handler-throughput: ${(1e6 / best.ours).toFixed(0)}/s vs bare parse+refetch ${(1e6 / best.bare).toFixed(0)}/s → ${ratio.toFixed(2)}x (target >= ${TARGET}) ${pass ? "PASS" : "FAIL"}`,
);
if (!pass && process.argv.includes("--check")) process.exit(1);
