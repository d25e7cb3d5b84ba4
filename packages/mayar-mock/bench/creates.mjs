// Creates per second, fresh and after 80 000 creates, through `mock.fetch` (the in-memory path every test
// uses). Every create lands inside the 60 s duplicate window (the clock advances 1 ms per call), which is
// what made the old guard slow down. Target: the rate after 80 000 creates stays >= 0.5x the fresh rate (an
// O(1) guard keeps it near 1x or better once warm; the old scanning guard fell to about 0.1x).
//
//   pnpm --filter @org/mayar-mock build && node --expose-gc packages/mayar-mock/bench/creates.mjs [--check] [path/to/dist/index.js]
import { pathToFileURL } from "node:url";
import { reportTarget } from "./target.mjs";

const [given] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const entry = given ? pathToFileURL(given).href : new URL("../dist/index.js", import.meta.url).href;
const { createMayarMock } = await import(entry);

const FILL = 80_000;
const SAMPLE = 5_000;
let now = 1_700_000_000_000;
// Default options (an older build would reject options it does not know).
const mock = createMayarMock({ now: () => now++ });
const headers = { authorization: `Bearer ${mock.apiKey}`, "content-type": "application/json" };
let counter = 0;

async function creates(count) {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const n = counter++;
    const response = await mock.fetch("/hl/v2/payments/create", {
      method: "POST",
      headers,
      body: JSON.stringify({ name: `Order ${n}`, amount: 1000 + n }),
    });
    if (response.status !== 200) throw new Error(`create ${n} answered ${response.status}`);
    await response.arrayBuffer();
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}

await creates(2_000); // warm-up
const fresh = await creates(SAMPLE);
const filled = performance.now();
await creates(FILL);
const fillSeconds = ((performance.now() - filled) / 1000).toFixed(1);
const after = await creates(SAMPLE);
globalThis.gc?.();
const heapMb = Math.round(process.memoryUsage().heapUsed / 1_048_576);
console.log(
  `fresh: ${fresh} creates/s; after ${FILL} more creates (${fillSeconds} s): ${after} creates/s; heap ${heapMb} MB; payments kept: ${mock.payments.length}`,
);
reportTarget({
  name: `mock create rate after ${FILL} creates`,
  ours: after,
  anchorName: "fresh rate",
  anchor: fresh,
  unit: "creates/s",
  op: ">=",
  limit: 0.5,
});
