// src/generated/ is committed: it must be exactly what `pnpm generate` (tooling/generate) writes from the spec.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outputDir, render } from "../../../tooling/generate/index.mjs";
import { SLOW_TEST_TIMEOUT_MS } from "../../../tooling/test-timing";

describe("src/generated", () => {
  it("is up to date with specs/dist/openapi.json (run `pnpm generate`)", {
    timeout: SLOW_TEST_TIMEOUT_MS,
  }, async () => {
    const expected: Record<string, string> = await render("mock");
    const dir: URL = outputDir("mock");
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, contents] of Object.entries(expected)) {
      expect(readFileSync(new URL(name, dir), "utf8"), `src/generated/${name} is stale`).toBe(contents);
    }
  });

  it("starts with the do-not-edit header", () => {
    expect(readFileSync(new URL("operations.ts", outputDir("mock")), "utf8")).toMatch(
      /^\/\/ Generated from specs/,
    );
  });
});
