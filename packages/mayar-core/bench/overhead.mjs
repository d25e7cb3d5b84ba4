// What the SDK costs where users feel it, against what they would write without it, over real HTTP: the
// server (bench/server.mjs) runs in its own process on 127.0.0.1 and answers Mayar's documented bodies.
// - create: paymentRequests.create (POST, JSON body, bearer key, JSON answer) vs plain fetch + JSON.parse,
//   and vs openapi-fetch's POST;
// - list walk: `for await` over mayar.paymentRequests.list() (3 pages of 10, following nextStartingAfter)
//   vs a loop of plain fetch calls doing the same, and vs the same loop over openapi-fetch's GET.
// Variants run interleaved, in rounds, in a rotating order, so a slow moment (GC, a busy core) hits all of
// them alike. Reported: the median of the per-round means, and one TARGET line per target.
//
//   pnpm --filter @org/mayar-core build && pnpm --filter @org/mayar-core bench [-- --check]
//
// --check exits 1 when a target is missed. BENCH_ROUNDS and BENCH_CALLS (per variant per round) change the
// sample size. --only <regex> runs the matching variants (profile the SDK alone: node --cpu-prof bench/overhead.mjs --only SDK)
import { fork } from "node:child_process";
import { once } from "node:events";
import createClient from "openapi-fetch";
import { createMayarClient } from "../dist/index.js";
import { PAGES, PER_PAGE } from "./server.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const check = process.argv.includes("--check");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const LINK = "https://testingmayar.myr.id/pl/rqp9x2k7m3a";

// [name, SDK variant, anchor variant, limit on SDK ÷ anchor]
const TARGETS = [
  ["create vs plain fetch", "create: SDK", "create: plain fetch", 1.15],
  ["create vs openapi-fetch", "create: SDK", "create: openapi-fetch", 1.1],
  ["list walk vs plain fetch loop", "list walk: SDK for await", "list walk: plain fetch loop", 1.15],
  ["list walk vs openapi-fetch loop", "list walk: SDK for await", "list walk: openapi-fetch loop", 1.1],
];

const server = fork(new URL("./server.mjs", import.meta.url), { stdio: "inherit" });
try {
  const [{ port }] = await once(server, "message");
  const baseUrl = `http://127.0.0.1:${port}`;
  const apiKey = "sk_bench_0123456789";
  const authorization = `Bearer ${apiKey}`;
  const payment = { name: "Penagihan", amount: 100000, email: "budi@example.com", mobile: "081234567890" };

  const raw = createClient({ baseUrl, headers: { Authorization: authorization } });
  const mayar = createMayarClient({ apiKey, baseUrl });

  const variants = {
    "create: plain fetch": async () => {
      const response = await fetch(`${baseUrl}/hl/v2/payments/create`, {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify(payment),
      });
      return (await response.json()).data;
    },
    "create: openapi-fetch": async () =>
      (await raw.POST("/hl/v2/payments/create", { body: payment })).data.data,
    "create: SDK": () => mayar.paymentRequests.create(payment),

    "list walk: plain fetch loop": async () => {
      const ids = [];
      for (let cursor; ; ) {
        const response = await fetch(
          `${baseUrl}/hl/v2/payments${cursor ? `?startingAfter=${encodeURIComponent(cursor)}` : ""}`,
          { headers: { authorization } },
        );
        const page = await response.json();
        for (const item of page.data) ids.push(item.id);
        if (!page.hasMore) return ids;
        cursor = page.nextStartingAfter;
      }
    },
    "list walk: openapi-fetch loop": async () => {
      const ids = [];
      for (let cursor; ; ) {
        const { data: page } = await raw.GET("/hl/v2/payments", {
          params: { query: cursor ? { startingAfter: cursor } : {} },
        });
        for (const item of page.data) ids.push(item.id);
        if (!page.hasMore) return ids;
        cursor = page.nextStartingAfter;
      }
    },
    "list walk: SDK for await": async () => {
      const ids = [];
      for await (const item of mayar.paymentRequests.list()) ids.push(item.id);
      return ids;
    },
  };
  const names = Object.keys(variants).filter((name) => !only || new RegExp(only).test(name));

  for (const name of names) {
    const run = variants[name];
    const result = await run();
    const ok = name.startsWith("create")
      ? result?.link === LINK
      : Array.isArray(result) && new Set(result).size === PAGES * PER_PAGE;
    if (!ok) throw new Error(`${name} did not do its work: ${JSON.stringify(result)?.slice(0, 200)}`);
    for (let i = 0; i < 300; i++) await run(); // warm-up: connections open, JIT settled
  }

  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const run = variants[name];
      // A list walk is three requests: a third of the calls keeps each variant's round about as long.
      const calls = name.startsWith("list") ? Math.ceil(CALLS / PAGES) : CALLS;
      const started = performance.now();
      for (let call = 0; call < calls; call++) await run();
      samples[name].push(((performance.now() - started) * 1000) / calls);
    }
  }

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const medians = Object.fromEntries(names.map((name) => [name, median(samples[name])]));

  console.log(
    `Node ${process.version}, ${ROUNDS} rounds × ${CALLS} creates (${Math.ceil(CALLS / PAGES)} walks of ${PAGES} pages) per variant, server in another process on 127.0.0.1\n`,
  );
  console.log("| variant | median µs per call |\n|---|---:|");
  for (const name of names) console.log(`| ${name} | ${medians[name].toFixed(1)} |`);
  console.log("");
  let missed = false;
  for (const [target, ours, anchor, limit] of TARGETS) {
    if (!(ours in medians && anchor in medians)) continue;
    const ratio = medians[ours] / medians[anchor];
    const pass = ratio <= limit;
    missed ||= !pass;
    console.log(
      `TARGET ${target}: ${medians[ours].toFixed(1)} µs vs ${anchor.split(": ")[1]} ${medians[anchor].toFixed(1)} µs → ${ratio.toFixed(3)}x (target <= ${limit}) ${pass ? "PASS" : "FAIL"}`,
    );
  }
  if (check && missed) process.exitCode = 1;
} finally {
  server.kill();
}
