// What the SDK costs per call over real HTTP, against plain fetch and openapi-fetch doing the same
// createPaymentRequest (POST, JSON body, bearer key, JSON answer). The server runs in another process
// (bench/server.mjs) on 127.0.0.1; the variants run interleaved, in rounds, in a rotating order, so a
// slow moment (GC, a CPU hiccup) hits all of them alike. Reported: the median of the per-round means.
//
//   pnpm --filter @org/mayar-core build && pnpm --filter @org/mayar-core bench [-- --check]
//
// --check exits 1 when the SDK exceeds its targets: ≤ 1.10× openapi-fetch and ≤ 1.25× plain fetch.
// BENCH_ROUNDS and BENCH_CALLS (per variant per round) change the sample size.
import { fork } from "node:child_process";
import { once } from "node:events";
import createClient from "openapi-fetch";
import { createMayarClient } from "../dist/index.js";

const TARGETS = { "openapi-fetch": 1.1, "plain fetch": 1.25 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const CALLS = Number(process.env.BENCH_CALLS ?? 250);
const check = process.argv.includes("--check");

const server = fork(new URL("./server.mjs", import.meta.url), { stdio: "inherit" });
try {
  const [{ port }] = await once(server, "message");
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/hl/v2/payments/create`;
  const apiKey = "sk_bench_0123456789";
  const payment = { name: "Penagihan", amount: 100000, email: "budi@example.com", mobile: "081234567890" };

  const raw = createClient({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
  const mayar = createMayarClient({ apiKey, baseUrl });

  const variants = {
    "plain fetch": async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: JSON.stringify(payment),
      });
      return (await response.json()).data;
    },
    "openapi-fetch": async () => (await raw.POST("/hl/v2/payments/create", { body: payment })).data.data,
    SDK: () => mayar.paymentRequests.create(payment),
  };
  const names = Object.keys(variants);

  for (const [name, run] of Object.entries(variants)) {
    const result = await run();
    if (result?.link !== "https://testingmayar.myr.id/pl/rqp9x2k7m3a") {
      throw new Error(`${name} did not return the payment link: ${JSON.stringify(result)}`);
    }
    for (let i = 0; i < 500; i++) await run(); // warm-up: connections open, JIT settled
  }

  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const run = variants[name];
      const started = performance.now();
      for (let call = 0; call < CALLS; call++) await run();
      samples[name].push(((performance.now() - started) * 1000) / CALLS);
    }
  }

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const medians = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
  const ratio = (other) => medians.SDK / medians[other];

  console.log(
    `Node ${process.version}, ${ROUNDS} rounds × ${CALLS} calls per variant, server in another process on 127.0.0.1\n`,
  );
  console.log("| variant | median µs per call | SDK ÷ variant |\n|---|---:|---:|");
  for (const name of names) {
    console.log(`| ${name} | ${medians[name].toFixed(1)} | ${ratio(name).toFixed(3)}× |`);
  }
  const failures = Object.entries(TARGETS).filter(([other, limit]) => ratio(other) > limit);
  console.log(
    `\nTargets: SDK ≤ ${TARGETS["openapi-fetch"]}× openapi-fetch (${ratio("openapi-fetch").toFixed(3)}×), ` +
      `≤ ${TARGETS["plain fetch"]}× plain fetch (${ratio("plain fetch").toFixed(3)}×): ` +
      (failures.length ? `MISSED (${failures.map(([name]) => name).join(", ")})` : "met"),
  );
  if (check && failures.length) process.exitCode = 1;
} finally {
  server.kill();
}
