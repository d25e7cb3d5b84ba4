// src/generated/ must be exactly what the generator makes from the current spec: edit the spec, then run
// `pnpm generate`; never edit generated files by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { renderGenerated } from "../scripts/generate.mjs";

describe("generated code", () => {
  it("is up to date with specs/mayar.openapi.yaml (run `pnpm generate` if this fails)", async () => {
    const expected: Record<string, string> = await renderGenerated();
    expect(Object.keys(expected).sort()).toEqual(["openapi.ts", "operations.ts"]);
    for (const [name, contents] of Object.entries(expected)) {
      const onDisk = readFileSync(new URL(`../src/generated/${name}`, import.meta.url), "utf8");
      expect(onDisk, `src/generated/${name} is stale`).toBe(contents);
    }
  });

  it("describes every operation of the spec", async () => {
    const spec = JSON.parse(
      readFileSync(new URL("../../../specs/dist/openapi.json", import.meta.url), "utf8"),
    );
    const { operations } = await import("../src/generated/operations");
    const fromSpec = Object.values<Record<string, { operationId: string }>>(spec.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect(Object.keys(operations).sort()).toEqual(fromSpec.sort());
  });
});
