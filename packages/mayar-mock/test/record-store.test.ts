// The record store's grouped indexes: a filtered list page walks only the records of the groups it asks for
// (a status filter over 100 000 records used to test every record), and stays right as records change group
// and get evicted. Work is counted (how many records the filter sees), never timed.
import { describe, expect, it } from "vitest";
import { RecordStore } from "../src/state/record-store.js";

interface Row {
  id: string;
  createdAt: number;
  status: string;
  customerId: string;
}

function storeOf(count: number, maxRecords = count) {
  const store = new RecordStore<Row>(
    maxRecords,
    {},
    {
      status: (row) => row.status,
      customerId: (row) => row.customerId,
    },
  );
  for (let i = 0; i < count; i++) {
    store.add({
      id: `r${i}`,
      createdAt: 1_000 + i,
      status: i % 100 === 0 ? "paid" : "unpaid",
      customerId: `c${i % 7}`,
    });
  }
  return store;
}

/** Every id a filtered walk gives, page by page, newest first. */
function walk(
  store: RecordStore<Row>,
  filter: (row: Row) => boolean,
  where: { group: string; keys: string[] },
) {
  const ids: string[] = [];
  let cursor: number | undefined;
  for (;;) {
    const page = store.page(7, cursor, filter, where);
    ids.push(...page.items.map((row) => row.id));
    if (!page.nextStartingAfter) return ids;
    cursor = Number(page.nextStartingAfter);
  }
}

describe("RecordStore groups", () => {
  it("a filtered page looks only at the records of the groups asked for", () => {
    const store = storeOf(10_000);
    let seen = 0;
    const isPaid = (row: Row) => {
      seen++;
      return row.status === "paid";
    };
    const page = store.page(10, undefined, isPaid, { group: "status", keys: ["paid"] });
    expect(page.items.map((row) => row.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `r${9_900 - i * 100}`),
    );
    expect(page.hasMore).toBe(true);
    // The 11 paid records it needed (10 and one to know there is more), not the 9 900 unpaid between them.
    expect(seen).toBeLessThanOrEqual(11);
  });

  it("walks several groups at once in creation order, with the cursor", () => {
    const store = storeOf(300);
    const wanted = (row: Row) => row.customerId === "c1" || row.customerId === "c3";
    const ids = walk(store, wanted, { group: "customerId", keys: ["c3", "c1"] });
    const expected = store
      .values()
      .filter(wanted)
      .map((row) => row.id)
      .reverse();
    expect(ids).toEqual(expected);
  });

  it("moves a record between groups when it changes, and forgets evicted ones", () => {
    const store = storeOf(50, 50);
    const row = store.get("r10") as Row;
    store.update(row, () => {
      row.status = "paid";
    });
    const paid = (r: Row) => r.status === "paid";
    const unpaid = (r: Row) => r.status === "unpaid";
    expect(walk(store, paid, { group: "status", keys: ["paid"] })).toEqual(["r10", "r0"]);
    expect(walk(store, unpaid, { group: "status", keys: ["unpaid"] })).not.toContain("r10");
    store.update(row, () => {
      row.status = "unpaid";
    });
    expect(walk(store, unpaid, { group: "status", keys: ["unpaid"] }).filter((id) => id === "r10")).toEqual([
      "r10",
    ]);

    // Over the cap: the oldest (r0, paid) goes, from its group too.
    store.add({ id: "r50", createdAt: 5_000, status: "paid", customerId: "c0" });
    expect(walk(store, paid, { group: "status", keys: ["paid"] })).toEqual(["r50"]);
    store.clear();
    expect(walk(store, paid, { group: "status", keys: ["paid"] })).toEqual([]);
  });
});
