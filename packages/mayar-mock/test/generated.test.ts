// src/generated/ is committed: it must be exactly what `pnpm generate` writes from the current spec.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  generatedUrl,
  readSpecJson,
  renderGeneratedModule,
  renderGeneratedTypes,
  typesUrl,
} from "../scripts/generate.mjs";

describe("src/generated", () => {
  it("is up to date with specs/dist/openapi.json (run `pnpm --filter @org/mayar-mock generate`)", () => {
    const expected: string = renderGeneratedModule(readSpecJson());
    expect(readFileSync(generatedUrl, "utf8")).toBe(expected);
  });

  it("types.ts is up to date with the spec too", async () => {
    expect(readFileSync(typesUrl, "utf8")).toBe(await renderGeneratedTypes(readSpecJson()));
  });

  it("starts with the do-not-edit header", () => {
    expect(readFileSync(generatedUrl, "utf8")).toMatch(/^\/\/ generated, do not edit/);
  });

  it("detects drift (the check can fail)", () => {
    const spec = JSON.parse(readSpecJson());
    spec.info.version = "drifted";
    expect(renderGeneratedModule(JSON.stringify(spec))).not.toBe(readFileSync(generatedUrl, "utf8"));
  });
});
