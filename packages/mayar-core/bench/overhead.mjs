// What the SDK costs per call on top of openapi-fetch and plain fetch, with the network taken out: every
// variant calls the same in-process fetch that answers Mayar's documented success body at once, so the
// difference is pure client work (body check, middleware, deadline transport, envelope, unwrap).
// Run: node bench/overhead.mjs   (after a build). bench/http.mjs (`pnpm bench`) measures over real HTTP.
import createClient from "openapi-fetch";
import { createMayarClient } from "../dist/index.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);
const BODY = JSON.stringify({
  statusCode: 200,
  messages: "success",
  data: { id: "6f8c19ff", transactionId: "a1b2c3d4", link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a" },
});
const answer = async () => new Response(BODY, { headers: { "content-type": "application/json" } });
const payment = { name: "Penagihan", amount: 100000, email: "budi@example.com", mobile: "081234567890" };

const raw = createClient({ baseUrl: "https://api.mayar.id", fetch: answer });
const mayar = createMayarClient({ apiKey: "bench-key", environment: "production", fetch: answer });

const variants = {
  "plain fetch + JSON.parse": async () => {
    const response = await answer(
      new Request("https://api.mayar.id/hl/v2/payments/create", {
        method: "POST",
        body: JSON.stringify(payment),
      }),
    );
    return (await response.json()).data;
  },
  "openapi-fetch POST": async () =>
    (await raw.POST("/hl/v2/payments/create", { body: payment, headers: { Authorization: "Bearer k" } }))
      .data,
  "mayar.paymentRequests.create": () => mayar.paymentRequests.create(payment),
};

async function measure(run) {
  for (let i = 0; i < 2_000; i++) await run(); // warm-up: let the JIT settle
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) await run();
  return ((performance.now() - started) * 1000) / ITERATIONS; // µs per call
}

console.log(`Node ${process.version}, ${ITERATIONS} calls per variant, in-process fetch (no network)\n`);
console.log("| variant | µs per call |\n|---|---|");
for (const [name, run] of Object.entries(variants)) {
  console.log(`| ${name} | ${(await measure(run)).toFixed(1)} |`);
}
