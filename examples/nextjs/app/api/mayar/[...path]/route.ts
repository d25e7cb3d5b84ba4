// app/api/mayar/[...path]/route.ts: the browser calls /api/mayar/hl/v2/payments/create and this route adds the
// server's key. Next.js route handlers take a Request and return a Response, so the proxy is the handler.
import { createMayarProxy, type MayarProxyHandler } from "@org/mayar-core/server";
import { PRICES } from "../../../catalogue";

// Made on the first request, not when the module loads: `next build` imports this file to collect page
// data, without your run-time secrets, and createMayarProxy refuses an empty key.
const makeProxy = () =>
  createMayarProxy({
    apiKey: process.env.MAYAR_API_KEY ?? "",
    environment: process.env.MAYAR_ENVIRONMENT === "production" ? "production" : "sandbox",
    // A mock or a recording server instead of Mayar, when set (tests, local development).
    ...(process.env.MAYAR_BASE_URL ? { baseUrl: process.env.MAYAR_BASE_URL } : {}),
    basePath: "/api/mayar",
    // Under `next start` request.url is always http://localhost:PORT: the proxy reads its own origin from the
    // Host header instead. Behind a reverse proxy you run (nginx, a load balancer terminating TLS) that sets
    // X-Forwarded-Host and X-Forwarded-Proto, and that nothing can reach the app around, set trustProxy.
    trustProxy: process.env.MAYAR_TRUST_PROXY === "true",
    allow: {
      createPaymentRequest: {
        // Replace with your session check, e.g. `(await auth()) !== null`.
        authorize: (request) => request.headers.get("x-shop-session") !== null,
        prepare: (body) => {
          const sku = String(body.extraData?.sku ?? "");
          // An unknown product leaves amount 0, which the proxy refuses (400) before anything is sent.
          return { ...body, amount: PRICES[sku]?.price ?? 0, extraData: { sku } };
        },
      },
      getPaymentRequest: {},
    },
  });
let proxy: MayarProxyHandler | undefined;
const handler = (request: Request) => {
  proxy ??= makeProxy();
  return proxy(request);
};

export const GET = handler;
export const POST = handler;
// Preflights go to the proxy too (Next.js would otherwise answer every OPTIONS with 204 itself): it answers
// the `origins` you list, and refuses every other origin with 403.
export const OPTIONS = handler;
// Answered on each request (the key is read at run time on the server, never at build time), never cached.
export const dynamic = "force-dynamic";
