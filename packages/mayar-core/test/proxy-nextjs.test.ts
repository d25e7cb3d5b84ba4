// The README's Next.js App Router route file (examples/nextjs/app/api/mayar/[...path]/route.ts), imported
// as Next.js would and called with the Requests Next.js would give its GET and POST exports.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startUpstream, type Upstream } from "./helpers/upstream";

// The example imports the package by name, as an app would; here that name is this package's source.
vi.mock("@org/mayar-core/server", () => import("../src/server"));

const KEY = "sk_test_nextjs_route_123";
const SITE = "https://shop.example";
let upstream: Upstream;
let route: { GET: (request: Request) => Promise<Response>; POST: (request: Request) => Promise<Response> };

beforeAll(async () => {
  upstream = await startUpstream();
  vi.stubEnv("MAYAR_API_KEY", KEY);
  vi.stubEnv("MAYAR_BASE_URL", upstream.url);
  // A variable, not a literal: the typecheck of this package leaves the example to its own tsconfig.
  const file = "../examples/nextjs/app/api/mayar/[...path]/route";
  route = await import(/* @vite-ignore */ file);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await upstream.close();
});

const create = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${SITE}/api/mayar/hl/v2/payments/create`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: SITE, ...headers },
    body: JSON.stringify(body),
  });

describe("examples/nextjs route.ts", () => {
  it("exports the proxy as GET and POST", () => {
    expect(typeof route.GET).toBe("function");
    expect(route.POST).toBe(route.GET);
  });

  it("POST creates a payment request at the server's price, with the server's key", async () => {
    const response = await route.POST(
      create({ name: "Budi", amount: 1, extraData: { sku: "mug-white" } }, { "x-shop-session": "s1" }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { link: expect.any(String) } });
    const [arrival] = upstream.arrivals;
    expect(arrival?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(arrival?.body ?? "")).toEqual({
      name: "Budi",
      amount: 75_000,
      extraData: { sku: "mug-white" },
    });
  });

  it("POST refuses a visitor without a session (403) and an unknown product (400), forwarding neither", async () => {
    const before = upstream.arrivals.length;
    expect(
      (await route.POST(create({ name: "Budi", amount: 1, extraData: { sku: "mug-white" } }))).status,
    ).toBe(403);
    const unknown = await route.POST(
      create({ name: "Budi", amount: 1, extraData: { sku: "free" } }, { "x-shop-session": "s1" }),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ data: [{ field: "amount" }] });
    expect(upstream.arrivals.length).toBe(before);
  });

  it("GET reads a payment request, and answers 405 for POST-only paths", async () => {
    upstream.script({ status: 200, json: { statusCode: 200, messages: "success", data: { id: "p-1" } } });
    const response = await route.GET(new Request(`${SITE}/api/mayar/hl/v2/payments/p-1`));
    expect(response.status).toBe(200);
    expect(upstream.arrivals.at(-1)?.path).toBe("/hl/v2/payments/p-1");
    const wrong = await route.GET(new Request(`${SITE}/api/mayar/hl/v2/payments/create`));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
  });
});
