import type { MayarEnvironment } from "../client/options";
import { MayarInputError } from "../errors/mayar-error";
import { type OperationId, operations, servers } from "../generated/operations";

/**
 * What the proxy does for one allowed operation. Empty for now: `{}` forwards the call as it is.
 * Later versions add hooks here (rewrite the body, check the session, pin the amount).
 */
export type MayarProxyPolicy = Record<string, never>;

export interface MayarProxyOptions {
  /** Your Mayar API key. It stays on the server: added to forwarded calls, never sent back. */
  apiKey: string;
  /** `"production"` (default) or `"sandbox"`. */
  environment?: MayarEnvironment;
  /** Where to forward instead of Mayar (a mock, a recording server). Overrides `environment`. */
  baseUrl?: string;
  /** The path the proxy is mounted under, stripped before matching, e.g. `"/api/mayar"`. */
  basePath?: string;
  /** The operations the browser may call, by operationId. Everything else answers 404. */
  allow: Partial<Record<OperationId, MayarProxyPolicy>>;
  /** A fetch implementation for the upstream call (default: the global `fetch`). */
  fetch?: (request: Request) => Promise<Response>;
  /** Deadline for the upstream call in milliseconds (default 30000); a timeout answers 504. */
  timeoutMs?: number;
  /** Largest request body accepted, in bytes (default 64 KiB); larger answers 413. */
  maxBodyBytes?: number;
}

/** Request headers worth forwarding. Everything else (Authorization, Cookie, X-Forwarded-*) is dropped. */
const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "accept-language", "idempotency-key"];
/** Response headers worth returning. Set-Cookie and the upstream's server details are not. */
const FORWARDED_RESPONSE_HEADERS = ["content-type", "retry-after", "x-request-id"];

const json = (status: number, messages: string) =>
  Response.json({ statusCode: status, messages }, { status, headers: { "cache-control": "no-store" } });

const fail = (message: string): never => {
  throw new MayarInputError(`createMayarProxy: ${message}`);
};

/** Turns `/hl/v2/payments/{id}/update` into a matcher for concrete paths. */
const pathMatcher = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`);

function checkOptions(options: MayarProxyOptions) {
  if (!options || typeof options !== "object") fail("pass an options object with apiKey and allow.");
  const { apiKey, environment = "production", baseUrl, basePath = "", allow } = options;
  if (typeof apiKey !== "string" || !apiKey.trim()) {
    fail("apiKey is required (read it from the server's environment, e.g. process.env.MAYAR_API_KEY).");
  }
  if (!(environment in servers))
    fail(`environment must be "production" or "sandbox", got "${String(environment)}".`);
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(String(baseUrl))) {
    fail(`baseUrl must be an absolute http(s) URL, got "${String(baseUrl)}".`);
  }
  if (typeof basePath !== "string" || (basePath && !basePath.startsWith("/"))) {
    fail(`basePath must be a path starting with "/", e.g. "/api/mayar", got "${String(basePath)}".`);
  }
  if (!allow || typeof allow !== "object" || Object.keys(allow).length === 0) {
    fail("allow must name at least one operation, e.g. { createPaymentRequest: {} }.");
  }
  for (const [operationId, policy] of Object.entries(allow)) {
    if (!(operationId in operations)) {
      fail(
        `allow names "${operationId}", which is not a Mayar operation. Known: ${Object.keys(operations).join(", ")}.`,
      );
    }
    if (!policy || typeof policy !== "object") fail(`allow.${operationId} must be a policy object, e.g. {}.`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") fail("fetch must be a function.");
  for (const name of ["timeoutMs", "maxBodyBytes"] as const) {
    const value = options[name];
    if (value !== undefined && !(typeof value === "number" && value > 0))
      fail(`${name} must be a positive number.`);
  }
}

/**
 * A server-side handler that lets a browser call the operations you allow, with your API key added on the
 * server. It is a standard `(request: Request) => Promise<Response>`: mount it in Hono, Next.js route
 * handlers, Remix, Bun or Deno as it is.
 *
 * ```ts
 * const proxy = createMayarProxy({ apiKey: process.env.MAYAR_API_KEY!, basePath: "/api/mayar",
 *   allow: { createPaymentRequest: {} } });
 * app.all("/api/mayar/*", (c) => proxy(c.req.raw));
 * ```
 */
export function createMayarProxy(options: MayarProxyOptions): (request: Request) => Promise<Response> {
  checkOptions(options);
  const { apiKey, basePath = "", allow, fetch: upstreamFetch = globalThis.fetch } = options;
  const upstream = (options.baseUrl ?? servers[options.environment ?? "production"]).replace(/\/+$/, "");
  const prefix = basePath.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const allowed = Object.keys(allow).map((id) => {
    const { method, path } = operations[id as OperationId];
    return { method, matches: pathMatcher(path) };
  });

  return async (request) => {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
    if (!path || !allowed.some((op) => op.method === request.method && op.matches.test(path))) {
      return json(404, `Not found: this proxy does not forward ${request.method} ${url.pathname}.`);
    }

    const body =
      request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    if (body && body.byteLength > maxBodyBytes) return json(413, "Request body too large.");

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    headers.set("authorization", `Bearer ${apiKey}`);

    let answer: Response;
    try {
      answer = await upstreamFetch(
        new Request(`${upstream}${path}${url.search}`, {
          method: request.method,
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        }),
      );
    } catch (error) {
      const timedOut = (error as Error)?.name === "TimeoutError";
      return timedOut ? json(504, "Mayar did not answer in time.") : json(502, "Could not reach Mayar.");
    }

    const responseHeaders = new Headers({ "cache-control": "no-store" });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value) responseHeaders.set(name, value);
    }
    // Mayar does not echo the key, but a proxy must not depend on that: scrub it from what goes back.
    const text = (await answer.text()).split(apiKey).join("[redacted]");
    return new Response(answer.status === 204 ? null : text, {
      status: answer.status,
      headers: responseHeaders,
    });
  };
}
