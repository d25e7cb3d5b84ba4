// The published bundle, loaded by Node itself (not vitest's transform of src/): catches ESM/CJS interop
// problems that only show up in the built output. Turbo builds before testing.
import { existsSync } from "node:fs";
import { expect, it } from "vitest";

const entry = new URL("../dist/index.js", import.meta.url);

it("dist/index.js loads and validates a request", async () => {
  expect(existsSync(entry), "dist/index.js is missing: run `pnpm --filter @org/mayar-mock build` first").toBe(
    true,
  );
  const { createMayarMock, MOCK_API_KEY } = (await import(
    /* @vite-ignore */ entry.href
  )) as typeof import("../src/index.js");
  const mock = createMayarMock();
  const headers = { authorization: `Bearer ${MOCK_API_KEY}` };
  const invalid = await mock.fetch("/hl/v2/payments/create", { method: "POST", headers, body: "{}" });
  expect(invalid.status).toBe(400);
  const created = await mock.fetch("/hl/v2/payments/create", {
    method: "POST",
    headers,
    body: JSON.stringify({ name: "Penagihan", amount: 100000, expiredAt: "2026-07-19T16:43:23.000Z" }),
  });
  expect(created.status).toBe(200);
});

it("the library's built files import no Node built-ins (only dist/cli.js may)", async () => {
  const { readFileSync } = await import("node:fs");
  const seen = new Set<string>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    const text = readFileSync(file, "utf8");
    expect(text, file.pathname).not.toMatch(/^import[^;]*from\s*"node:/m);
    for (const [, spec] of text.matchAll(/^(?:import|export)[^;]*from\s*"(\.[^"]+)"/gm)) {
      visit(new URL(spec as string, file));
    }
  };
  visit(entry);
  expect(seen.size).toBeGreaterThan(1);
});

it("carries no copy of the spec and no second validator: it validates with core's generated rules", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const dist = new URL("../dist/", import.meta.url);
  for (const name of readdirSync(dist).filter((file) => file.endsWith(".js"))) {
    const text = readFileSync(new URL(name, dist), "utf8");
    expect(text, name).not.toMatch(/from\s*"ajv/);
    expect(text, name).not.toContain('"openapi": "3.1');
    expect(text, name).not.toContain('"components"');
  }
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  expect(Object.keys(pkg.dependencies)).toEqual(["@org/mayar-core"]);
});
