// src/generated/ must be exactly what the one generator (tooling/generate) makes from the current spec:
// edit the spec, then run `pnpm generate`; never edit generated files by hand.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain .mjs modules without types
import { outputDir, render } from "../../../tooling/generate/index.mjs";
// @ts-expect-error: plain .mjs modules without types
import { buildModel } from "../../../tooling/generate/model.mjs";
import { SLOW_TEST_TIMEOUT_MS } from "../../../tooling/test-timing";
import { namespaces } from "../src/generated/namespaces";
import { operations } from "../src/generated/operations";

describe("generated code", () => {
  // Rendering runs openapi-typescript over the whole spec: seconds when idle, far more on a busy machine.
  it("is up to date with the spec (run `pnpm generate` if this fails)", {
    timeout: SLOW_TEST_TIMEOUT_MS,
  }, async () => {
    const expected: Record<string, string> = await render("core");
    const dir: URL = outputDir("core");
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, contents] of Object.entries(expected)) {
      expect(readFileSync(new URL(name, dir), "utf8"), `src/generated/${name} is stale`).toBe(contents);
    }
  });

  it("docs/methods.md is up to date with the spec too", async () => {
    const expected: Record<string, string> = await render("core-docs");
    for (const [name, contents] of Object.entries(expected)) {
      expect(readFileSync(new URL(name, outputDir("core-docs")), "utf8"), `docs/${name} is stale`).toBe(
        contents,
      );
    }
  });

  it("describes every operation of the spec, and each has exactly one namespace method", () => {
    const { spec } = buildModel();
    const fromSpec = Object.values<Record<string, { operationId: string }>>(spec.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect(Object.keys(operations).sort()).toEqual(fromSpec.sort());
    const bound = Object.values(namespaces).flatMap((table) =>
      Object.values(table as Record<string, { id: string }>).map((descriptor) => descriptor.id),
    );
    expect(bound.sort()).toEqual(fromSpec.sort());
  });
});
