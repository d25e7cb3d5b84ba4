// @vitest-environment node
// src/generated/ must be exactly what the one generator (tooling/generate) makes from the current spec:
// edit the spec, then run `pnpm generate`; never edit generated files by hand.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain .mjs modules without types
import { outputDir, render } from "../../../tooling/generate/index.mjs";
import { SLOW_TEST_TIMEOUT_MS } from "../../../tooling/test-timing";

describe("generated hooks and option factories", () => {
  it("are up to date with the spec (run `pnpm --filter @org/mayar-react generate` if this fails)", {
    timeout: SLOW_TEST_TIMEOUT_MS,
  }, async () => {
    const expected: Record<string, string> = await render("react");
    const dir: URL = outputDir("react");
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, contents] of Object.entries(expected)) {
      expect(readFileSync(new URL(name, dir), "utf8"), `src/generated/${name} is stale`).toBe(contents);
    }
  });
});
