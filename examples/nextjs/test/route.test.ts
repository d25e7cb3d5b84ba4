// The route file as a module: imported as Next.js imports it, and called with the Requests Next.js gives its
// GET and POST exports under `next start` (the URL on localhost, the browser's Host beside it). The upstream
// is @org/mayar-mock over HTTP; `next-start.test.ts` runs the same file in a real `next start`.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type MockServer, startMockServer } from "./support/mock-server";

const SITE = "http://shop.example:3000";
let upstream: MockServer;
let route: typeof import("../app/api/mayar/[...path]/route");

beforeAll(async () => {
  upstream = await startMockServer();
  vi.stubEnv("MAYAR_API_KEY", upstream.mock.apiKey);
  vi.stubEnv("MAYAR_BASE_URL", upstream.url);
  route = await import("../app/api/mayar/[...path]/route");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await upstream.close();
});

/** A POST as `next start` hands it over: request.url is always http://localhost:PORT. */
const create = (body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/mayar/hl/v2/payments/create", {
    method: "POST",
    headers: { "content-type": "application/json", host: "shop.example:3000", origin: SITE, ...headers },
    body: JSON.stringify(body),
  });

describe("app/api/mayar/[...path]/route.ts", () => {
  it("exports one handler as GET and POST, built on the first request (next build imports it without a key)", () => {
    expect(typeof route.GET).toBe("function");
    expect(route.POST).toBe(route.GET);
    expect(route.dynamic).toBe("force-dynamic");
  });

  it("POST creates a payment request at the catalogue's price with the server's key, same-origin by Host", async () => {
    const response = await route.POST(
      create({ name: "Budi", amount: 1, extraData: { sku: "mug-white" } }, { "x-shop-session": "s1" }),
    );
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.link).toMatch(`${upstream.url}/pl/`);
    const created = upstream.mock.payments.find((payment) => payment.id === data.id);
    expect(created).toMatchObject({ name: "Budi", amount: 75_000 });
  });

  it("POST refuses another origin, a visitor without a session and an unknown product, forwarding none", async () => {
    const before = upstream.mock.payments.length;
    const mug = { name: "Budi", amount: 1, extraData: { sku: "mug-white" } };
    const session = { "x-shop-session": "s1" };
    expect((await route.POST(create(mug, { ...session, origin: "http://evil.example" }))).status).toBe(403);
    expect((await route.POST(create(mug))).status).toBe(403);
    const unknown = await route.POST(create({ ...mug, extraData: { sku: "free" } }, session));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ data: [{ field: "amount" }] });
    expect(upstream.mock.payments.length).toBe(before);
  });

  it("GET reads a payment request back, and answers 405 for POST-only paths", async () => {
    const [first] = upstream.mock.payments;
    const response = await route.GET(
      new Request(`http://localhost:3000/api/mayar/hl/v2/payments/${first?.id}`),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { id: first?.id } });
    const wrong = await route.GET(new Request("http://localhost:3000/api/mayar/hl/v2/payments/create"));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
  });
});
