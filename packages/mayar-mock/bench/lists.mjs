// A filtered list page against an unfiltered one over 100 000 payment requests, through `mock.fetch`.
// Ten of them are paid, spread over the whole list (a shop's rare status: paid among abandoned carts, or
// closed ones). A `status=paid` page must cost about what an unfiltered page costs, because the store keeps
// each status's records in their own ordered group; before that, the filter tested every record on the way
// (about 100x slower). Target: filtered <= 2x unfiltered, per page of 10.
//
//   pnpm --filter @org/mayar-mock build && node packages/mayar-mock/bench/lists.mjs [--check] [path/to/dist/index.js]
import { pathToFileURL } from "node:url";
import { reportTarget } from "./target.mjs";

const [given] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const entry = given ? pathToFileURL(given).href : new URL("../dist/index.js", import.meta.url).href;
const { createMayarMock } = await import(entry);

const RECORDS = 100_000;
const PAID_EVERY = RECORDS / 10;
const PAGES = 500;
let now = 1_700_000_000_000;
const mock = createMayarMock({ now: () => now++, maxRecords: RECORDS, duplicateWindowMs: 0 });
const headers = { authorization: `Bearer ${mock.apiKey}` };

for (let i = 0; i < RECORDS; i++) {
  const response = await mock.fetch("/hl/v2/payments/create", {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ name: `Order ${i}`, amount: 1000 + i }),
  });
  const { data } = await response.json();
  if (i % PAID_EVERY === 0) {
    const paid = await mock.fetch(`${data.link}/pay`, { method: "POST" });
    if (paid.status !== 303) throw new Error(`paying ${data.id} answered ${paid.status}`);
  }
}

/** Microseconds per first page of 10. */
async function perPage(query) {
  const first = await (await mock.fetch(`/hl/v2/payments?limit=10${query}`, { headers })).json();
  if (first.data.length !== 10) throw new Error(`${query}: expected a full page`);
  const started = performance.now();
  for (let i = 0; i < PAGES; i++) {
    const response = await mock.fetch(`/hl/v2/payments?limit=10${query}`, { headers });
    await response.arrayBuffer();
  }
  return ((performance.now() - started) * 1000) / PAGES;
}

await perPage(""); // warm-up
await perPage("&status=paid");
const unfiltered = await perPage("");
const filtered = await perPage("&status=paid");
reportTarget({
  name: `mock list page, status filter over ${RECORDS / 1000}k records`,
  ours: filtered,
  anchorName: "unfiltered page",
  anchor: unfiltered,
  unit: "µs/page",
  op: "<=",
  limit: 2,
});
