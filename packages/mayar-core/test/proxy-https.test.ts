// The proxy's node:http upstream over TLS, as it reaches the real Mayar (https://api.mayar.id): a local
// HTTPS server with a test-only self-signed certificate for 127.0.0.1 (test/fixtures), trusted for this
// file only by turning certificate checks off around each call.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { createMayarProxy } from "../src/server";
import { PAYMENT_CREATED } from "./helpers/upstream";

const KEY = "sk_live_https_upstream_0123";
let server: Server;
let url: string;
const seen: { authorization?: string; path?: string; fetchMode?: string }[] = [];
let connections = 0;

beforeAll(async () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  server = createServer(
    { key: fixture("tls-test-only.key"), cert: fixture("tls-test-only.crt") },
    (req, res) => {
      // undici's fetch marks its requests with sec-fetch-mode; node:https does not.
      seen.push({
        authorization: req.headers.authorization,
        path: req.url,
        fetchMode: req.headers["sec-fetch-mode"] as string | undefined,
      });
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json", "x-request-id": "tls-1" });
        res.end(JSON.stringify(PAYMENT_CREATED));
      });
    },
  );
  server.on("secureConnection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
});
afterEach(() => {
  if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
});

it("forwards over HTTPS with the key and passes Mayar's answer back, twice on one kept-alive connection", async () => {
  const proxy = createMayarProxy({ apiKey: KEY, baseUrl: url, allow: { createPaymentRequest: {} } });
  for (let i = 0; i < 2; i++) {
    const response = await proxy(
      new Request("https://shop.example/hl/v2/payments/create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Budi", amount: 10000 }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("tls-1");
    expect(await response.json()).toEqual(PAYMENT_CREATED);
  }
  expect(seen).toEqual([
    { authorization: `Bearer ${KEY}`, path: "/hl/v2/payments/create", fetchMode: undefined },
    { authorization: `Bearer ${KEY}`, path: "/hl/v2/payments/create", fetchMode: undefined },
  ]);
  expect(connections).toBe(1);
});
