// app/api/mayar/[...path]/route.ts: the browser calls /api/mayar/hl/v2/payments/create and this route adds the
// server's key. Next.js route handlers take a Request and return a Response, so the proxy is the handler.
import { createMayarProxy } from "@org/mayar-core/server";

/** Your price list: the browser names a product, the server decides what it costs. */
const PRICES: Record<string, number> = { "tshirt-black-m": 150_000, "mug-white": 75_000 };

const proxy = createMayarProxy({
  apiKey: process.env.MAYAR_API_KEY ?? "",
  environment: process.env.MAYAR_ENVIRONMENT === "production" ? "production" : "sandbox",
  // A mock or a recording server instead of Mayar, when set (tests, local development).
  ...(process.env.MAYAR_BASE_URL ? { baseUrl: process.env.MAYAR_BASE_URL } : {}),
  basePath: "/api/mayar",
  allow: {
    createPaymentRequest: {
      // Replace with your session check, e.g. `(await auth()) !== null`.
      authorize: (request) => request.headers.get("x-shop-session") !== null,
      prepare: (body) => {
        const sku = String(body.extraData?.sku ?? "");
        // An unknown product leaves amount 0, which the proxy refuses (400) before anything is sent.
        return { ...body, amount: PRICES[sku] ?? 0, extraData: { sku } };
      },
    },
    getPaymentRequest: {},
  },
});

export const GET = proxy;
export const POST = proxy;
// The key is read at request time on the server, never at build time, and answers are never cached.
export const dynamic = "force-dynamic";
