// What the proxy adds, against the least a forwarder can add, in one run. The same createPaymentRequest
// (POST, JSON body, JSON answer) is sent three ways:
//   direct    straight to the upstream (bench/server.mjs), with the key;
//   pipe      through a plain node:http forwarder that pipes request and answer (bench/pipe-server.mjs);
//   fetch forwarder  the same forwarder calling the upstream with the global fetch, as the proxy's transport
//             does (reported, no target: what fetch itself costs over node:http);
//   proxy     through createMayarProxy on node:http via toNodeHandler (bench/proxy-server.mjs, the built dist);
//   proxy+policy  the same with authorize + prepare (reported, no target).
// Upstream, pipe and proxy each run in their own process on 127.0.0.1, so none shares the client's event
// loop. Two measures, each in interleaved rounds in a rotating order so a slow moment hits all alike:
//   latency     one request at a time: the median of per-round median µs; "added" = variant − direct;
//   throughput  CONCURRENCY (100) requests in flight at once over keep-alive: requests per second, the
//               median of the rounds.
// Targets (ISSUE-10 part 7): the proxy adds at most 1.5x the pipe forwarder's latency, and keeps at least
// 0.8x direct throughput at 100 concurrent.
//
//   pnpm --filter @org/mayar-core build && pnpm --filter @org/mayar-core bench:proxy [-- --check]
//
// --check exits 1 when a target fails. BENCH_ROUNDS, BENCH_CALLS (latency calls per variant per round) and
// BENCH_BURST (throughput requests per variant per round) change the sample size.
import { fork } from "node:child_process";
import { once } from "node:events";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 4000);
const CONCURRENCY = 100;
const LINK = "https://testingmayar.myr.id/pl/rqp9x2k7m3a";
const check = process.argv.includes("--check");

const children = [];
const start = async (file, args = []) => {
  const child = fork(new URL(file, import.meta.url), args, { stdio: "inherit" });
  children.push(child);
  const [{ port }] = await once(child, "message");
  return `http://127.0.0.1:${port}`;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  const upstream = await start("./server.mjs");
  const [pipe, proxy] = await Promise.all([
    start("./pipe-server.mjs", [upstream]),
    start("./proxy-server.mjs", [upstream]),
  ]);
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
      const { data } = await response.json();
      if (data?.link !== LINK) throw new Error(`${url} answered ${response.status} without the link`);
    };
  const CREATE = "/hl/v2/payments/create";
  const variants = {
    direct: call(`${upstream}${CREATE}`, { authorization: "Bearer sk_bench_0123456789" }),
    pipe: call(`${pipe}/api/mayar${CREATE}`),
    "fetch forwarder": call(`${pipe}/api/fetch${CREATE}`),
    proxy: call(`${proxy}/api/mayar${CREATE}`),
    "proxy+policy": call(`${proxy}/api/policy${CREATE}`, { "x-session": "bench" }),
  };
  const names = Object.keys(variants);
  const throughputNames = ["direct", "pipe", "fetch forwarder", "proxy"];

  /** `total` requests with `CONCURRENCY` in flight at once; resolves with requests per second. */
  const burst = async (run, total) => {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < total) await run();
      }),
    );
    return total / ((performance.now() - started) / 1000);
  };

  // Warm-up: connections open (100 of them per target), JIT settled on every side.
  for (const name of names) {
    for (let i = 0; i < 300; i++) await variants[name]();
    await burst(variants[name], 2000);
  }

  const latency = Object.fromEntries(names.map((name) => [name, []]));
  const throughput = Object.fromEntries(throughputNames.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const times = [];
      for (let n = 0; n < CALLS; n++) {
        const started = performance.now();
        await variants[name]();
        times.push((performance.now() - started) * 1000);
      }
      latency[name].push(median(times));
    }
    for (let i = 0; i < throughputNames.length; i++) {
      const name = throughputNames[(round + i) % throughputNames.length];
      throughput[name].push(await burst(variants[name], BURST));
    }
  }

  const us = Object.fromEntries(names.map((name) => [name, median(latency[name])]));
  const rps = Object.fromEntries(throughputNames.map((name) => [name, median(throughput[name])]));
  const added = (name) => us[name] - us.direct;
  console.log(
    `Node ${process.version}, ${ROUNDS} rounds; latency ${CALLS} sequential calls, throughput ${BURST} requests at ${CONCURRENCY} concurrent, per variant per round; upstream, pipe and proxy each in their own process on 127.0.0.1\n`,
  );
  console.log("| variant | median µs per request | added | requests/s at 100 concurrent |");
  console.log("|---|---:|---:|---:|");
  for (const name of names) {
    console.log(
      `| ${name} | ${us[name].toFixed(0)} | ${name === "direct" ? "" : `${added(name).toFixed(0)} µs`} | ${rps[name] ? rps[name].toFixed(0) : ""} |`,
    );
  }
  const targets = [
    {
      line: "proxy added latency",
      ours: added("proxy"),
      anchorName: "pipe forwarder added latency",
      anchor: added("pipe"),
      unit: " µs",
      op: "<=",
      limit: 1.5,
    },
    {
      line: "proxy throughput at 100 concurrent",
      ours: rps.proxy,
      anchorName: "direct throughput",
      anchor: rps.direct,
      unit: " req/s",
      op: ">=",
      limit: 0.8,
    },
  ];
  console.log("");
  let failed = false;
  for (const { line, ours, anchorName, anchor, unit, op, limit } of targets) {
    const ratio = ours / anchor;
    const pass = op === "<=" ? ratio <= limit : ratio >= limit;
    failed ||= !pass;
    console.log(
      `TARGET ${line}: ${ours.toFixed(0)}${unit} vs ${anchorName} ${anchor.toFixed(0)}${unit} → ${ratio.toFixed(2)}x (target ${op} ${limit}) ${pass ? "PASS" : "FAIL"}`,
    );
  }
  if (check && failed) process.exitCode = 1;
} finally {
  for (const child of children) child.kill();
}
