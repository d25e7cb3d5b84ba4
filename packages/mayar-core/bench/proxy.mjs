// What the proxy adds per request: the same createPaymentRequest (POST, JSON body, JSON answer) sent
// straight to the upstream and through createMayarProxy on node:http (toNodeHandler), with and without a
// policy (authorize + prepare). Upstream (bench/server.mjs) and proxy (bench/proxy-server.mjs) each run in
// their own process on 127.0.0.1; the client calls with plain fetch over keep-alive. The variants run
// interleaved, in rounds, in a rotating order, so a slow moment hits all of them alike. Reported: the median
// of the per-round median latencies, in µs, and the proxy's added latency (through proxy − direct).
//
//   pnpm --filter @org/mayar-core build && pnpm --filter @org/mayar-core bench:proxy
//
// BENCH_ROUNDS and BENCH_CALLS (per variant per round) change the sample size.
import { fork } from "node:child_process";
import { once } from "node:events";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const LINK = "https://testingmayar.myr.id/pl/rqp9x2k7m3a";

const children = [];
const start = async (file, args = []) => {
  const child = fork(new URL(file, import.meta.url), args, { stdio: "inherit" });
  children.push(child);
  const [{ port }] = await once(child, "message");
  return `http://127.0.0.1:${port}`;
};

try {
  const upstream = await start("./server.mjs");
  const proxy = await start("./proxy-server.mjs", [upstream]);
  const payment = JSON.stringify({
    name: "Penagihan",
    amount: 100000,
    email: "budi@example.com",
    mobile: "081234567890",
  });
  const call =
    (url, headers = {}) =>
    async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: payment,
      });
      return (await response.json()).data;
    };
  const variants = {
    "direct to upstream": call(`${upstream}/hl/v2/payments/create`, {
      authorization: "Bearer sk_bench_0123456789",
    }),
    "through the proxy": call(`${proxy}/api/mayar/hl/v2/payments/create`),
    "through the proxy, authorize + prepare": call(`${proxy}/api/policy/hl/v2/payments/create`, {
      "x-session": "bench",
    }),
  };
  const names = Object.keys(variants);

  for (const [name, run] of Object.entries(variants)) {
    const result = await run();
    if (result?.link !== LINK)
      throw new Error(`${name} did not return the payment link: ${JSON.stringify(result)}`);
    for (let i = 0; i < 500; i++) await run(); // warm-up: connections open, JIT settled on all sides
  }

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const run = variants[name];
      const times = [];
      for (let n = 0; n < CALLS; n++) {
        const started = performance.now();
        await run();
        times.push((performance.now() - started) * 1000);
      }
      samples[name].push(median(times));
    }
  }

  const medians = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
  const direct = medians["direct to upstream"];
  console.log(
    `Node ${process.version}, ${ROUNDS} rounds × ${CALLS} calls per variant; upstream and proxy each in their own process on 127.0.0.1\n`,
  );
  console.log("| variant | median µs per request | added by the proxy |\n|---|---:|---:|");
  for (const name of names) {
    const added = medians[name] - direct;
    console.log(
      `| ${name} | ${medians[name].toFixed(0)} | ${name === "direct to upstream" ? "" : `${added.toFixed(0)} µs`} |`,
    );
  }
} finally {
  for (const child of children) child.kill();
}
