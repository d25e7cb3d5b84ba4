// The published bundle, loaded by Node itself (not vitest's transform of src/): catches ESM/CJS interop
// problems with ajv and ajv-formats that only show up in the built output. Turbo builds before testing.
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
