import {
  apiKeyProblem,
  type MayarEnvironment,
  timeoutProblem,
  wholeNumberProblem,
} from "../../client/options";
import { MayarInputError } from "../../errors/mayar-error";
import { createRedactor } from "../../errors/redact";
import { type OperationId, operations, servers } from "../../generated/operations";
import type { BodyOf } from "../../operations/types";

/** What the policy hooks are told besides the body: the browser's request and what the route matched. */
export interface MayarProxyContext<Id extends OperationId = OperationId> {
  /**
   * The browser's request. Its body is already read: `prepare` gets it parsed. Under `toNodeHandler` it is
   * built when first read, without the body.
   */
  request: Request;
  operationId: Id;
  /** Path parameters, percent-decoded (`{ id: "..." }` for `/hl/v2/payments/{id}`). */
  params: Readonly<Record<string, string>>;
  /** The operation's declared query parameters that the request carried (numbers and booleans converted). */
  query: Readonly<Record<string, unknown>>;
}

/**
 * The browser's JSON body as it arrived: a parsed object, and nothing else checked yet. Read it defensively
 * (`body.extraData?.sku`): a throw in `prepare` answers 500, except a `MayarInputError` (a 400 refusal).
 */
// biome-ignore lint/suspicious/noExplicitAny: untrusted JSON; `unknown` members would make every read a cast.
export type MayarProxyUncheckedBody = Record<string, any>;

/** What the proxy does for one allowed operation. `{}` forwards the operation as the browser sent it. */
export interface MayarProxyPolicy<Id extends OperationId = OperationId> {
  /**
   * Decides whether this request may run the operation: check the session, the user's rights, a rate limit.
   * Only `true` lets it through; anything else answers 403 and nothing is forwarded. A throw answers 500
   * with a generic message (the error goes to `onError`, never to the browser).
   */
  authorize?: (request: Request, context: MayarProxyContext<Id>) => boolean | Promise<boolean>;
  /**
   * Returns the body to send instead of the browser's: pin what the browser must not choose (the amount
   * from your price list, the customer from the session). What it returns is checked against the
   * operation's rules (400 with Mayar's field list when it breaks one) and is exactly what Mayar gets. To
   * refuse the request (an unknown product), throw a `MayarInputError(message, fields)`: the browser gets
   * 400 with that message and those fields, so word them for the browser. Any other throw answers 500 with
   * a generic message. Only for operations that take a JSON body.
   */
  prepare?: (
    body: MayarProxyUncheckedBody,
    context: MayarProxyContext<Id>,
  ) => BodyOf<Id> | Record<string, unknown> | Promise<BodyOf<Id> | Record<string, unknown>>;
}

/** Told to `onError`: the answer the proxy gave for a failure on its side (5xx), and where it happened. */
export interface MayarProxyErrorContext {
  status: number;
  operationId?: OperationId;
  stage: "authorize" | "prepare" | "request" | "upstream" | "answer";
}

export interface MayarProxyOptions {
  /** Your Mayar API key. It stays on the server: added to forwarded calls, never sent back. */
  apiKey: string;
  /**
   * `"sandbox"` (a key from web.mayar.club) or `"production"` (web.mayar.id). Required unless `baseUrl` is
   * given, as for the client: a key does not say which environment it belongs to, and a proxy that guessed
   * production would forward a test shop's calls to real money.
   */
  environment?: MayarEnvironment;
  /** Where to forward instead of Mayar (a mock, a recording server). Overrides `environment`. */
  baseUrl?: string;
  /** The path the proxy is mounted under, stripped before matching, e.g. `"/api/mayar"` (default: none). */
  basePath?: string;
  /**
   * The operations the browser may call, by operationId, each with its policy (`{}` for none). Everything
   * else answers 404 and is never forwarded.
   */
  allow: { [Id in OperationId]?: MayarProxyPolicy<Id> };
  /**
   * Browser origins allowed to call the proxy besides its own, like `["https://shop.example"]` (scheme, host
   * and port, no path), or `"*"` for any. The request's own origin is always allowed, and is the only one by
   * default: the Request URL's scheme with its Host header's host (see `trustProxy` behind a reverse proxy). Requests without an `Origin` header (servers, curl) are not browsers and pass; a
   * browser origin not allowed answers 403. Allowed cross-origin callers get CORS headers and preflight
   * answers.
   */
  origins?: readonly string[] | "*";
  /**
   * Read the proxy's own origin from X-Forwarded-Host and X-Forwarded-Proto (the first of comma-separated
   * values) instead of the Host header and the Request URL's scheme (default false). Set it only when a
   * reverse proxy you run (nginx, a load balancer terminating TLS) sets those headers and the app cannot be
   * reached around it: without one, any client could name its own host there.
   */
  trustProxy?: boolean;
  /** The upstream fetch (default: the global `fetch`). It is called with one `Request`. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Deadline for the upstream call in milliseconds, body included (default 25000: under the browser
   * client's own 30 s, so the browser gets the proxy's 504 rather than its own timeout). Holds even when
   * `fetch` ignores its signal.
   */
  timeoutMs?: number;
  /** Largest request body accepted, in bytes (default 64 KiB); larger answers 413. */
  maxBodyBytes?: number;
  /**
   * Largest answer from Mayar passed back, in decoded bytes (default 1 MiB): a compressed answer counts as
   * it inflates, and is cut off once it passes the cap. Larger answers 502.
   */
  maxResponseBytes?: number;
  /**
   * Told about every 5xx the proxy answers on its own (a policy hook threw, Mayar unreachable or too slow,
   * a redirect). Default: `console.error`. Errors from the transport never hold the key.
   */
  onError?: (error: unknown, context: MayarProxyErrorContext) => void;
}

export const DEFAULT_PROXY_TIMEOUT_MS = 25_000;
export const DEFAULT_PROXY_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_PROXY_MAX_RESPONSE_BYTES = 1024 * 1024;

const POLICY_KEYS = ["authorize", "prepare"];

/** The origin a value names exactly (`https://shop.example`), or undefined. */
const exactOrigin = (value: unknown) => {
  try {
    const origin = new URL(String(value)).origin;
    return origin === value && /^https?:/.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
};

/** Why the options cannot be used, or "". Each message names the option and the fix, never the key. */
function problemWith(options: MayarProxyOptions): string {
  const { apiKey, environment, baseUrl, basePath = "", allow, origins } = options;
  const numbers =
    timeoutProblem(options.timeoutMs) ||
    wholeNumberProblem("timeoutMs", options.timeoutMs, "milliseconds") ||
    wholeNumberProblem("maxBodyBytes", options.maxBodyBytes, "bytes") ||
    wholeNumberProblem("maxResponseBytes", options.maxResponseBytes, "bytes");
  if (apiKeyProblem(apiKey)) {
    return `${apiKeyProblem(apiKey)} (read it from the server's environment, e.g. process.env.MAYAR_API_KEY)`;
  }
  if (environment !== undefined && !Object.hasOwn(servers, String(environment))) {
    return `environment must be "production" or "sandbox", got "${String(environment)}"`;
  }
  if (environment === undefined && baseUrl === undefined) {
    return 'environment is required: "sandbox" for a key from web.mayar.club, "production" from web.mayar.id (a key does not say which), or baseUrl for a mock';
  }
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(String(baseUrl))) {
    return `baseUrl must be an absolute http(s) URL, got "${String(baseUrl)}"`;
  }
  if (typeof basePath !== "string" || (basePath && !/^\/[^?#]*$/.test(basePath))) {
    return `basePath must be a path starting with "/", e.g. "/api/mayar", got "${String(basePath)}"`;
  }
  if (!allow || typeof allow !== "object" || Object.keys(allow).length === 0) {
    return "allow must name at least one operation, e.g. { createPaymentRequest: {} }";
  }
  for (const [operationId, policy] of Object.entries(allow as Record<string, unknown>)) {
    if (!Object.hasOwn(operations, operationId)) {
      return `allow names "${operationId}", which is not a Mayar operation. Known: ${Object.keys(operations).join(", ")}`;
    }
    if (!policy || typeof policy !== "object" || Array.isArray(policy)) {
      return `allow.${operationId} must be a policy object: {} or { authorize, prepare }`;
    }
    for (const [key, hook] of Object.entries(policy)) {
      if (!POLICY_KEYS.includes(key)) {
        return `allow.${operationId} has "${key}": a policy has only authorize and prepare`;
      }
      if (hook !== undefined && typeof hook !== "function") {
        return `allow.${operationId}.${key} must be a function`;
      }
    }
    const { body, method } = operations[operationId as OperationId] as { body?: unknown; method: string };
    if ((policy as MayarProxyPolicy).prepare && !body) {
      return `allow.${operationId}.prepare cannot be used: ${method} ${operationId} takes no JSON body (use authorize)`;
    }
  }
  if (
    origins !== undefined &&
    origins !== "*" &&
    !(Array.isArray(origins) && origins.length && origins.every((origin) => exactOrigin(origin)))
  ) {
    const bad = Array.isArray(origins) ? origins.find((origin) => !exactOrigin(origin)) : undefined;
    let hint = "";
    try {
      hint = bad === undefined ? "" : ` (write "${new URL(String(bad)).origin}")`;
    } catch {}
    return Array.isArray(origins) && origins.length
      ? `origins must list origins like "https://shop.example" (scheme, host, port; no path), got "${String(bad)}"${hint}`
      : 'origins must be a non-empty array of origins like ["https://shop.example"], or "*" (leave it out to allow only the proxy\'s own origin)';
  }
  if (options.trustProxy !== undefined && typeof options.trustProxy !== "boolean") {
    return `trustProxy must be true or false, got ${JSON.stringify(options.trustProxy) ?? typeof options.trustProxy} (true only when a reverse proxy you run sets X-Forwarded-Host and X-Forwarded-Proto and the app cannot be reached around it)`;
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") return "fetch must be a function";
  if (options.onError !== undefined && typeof options.onError !== "function") {
    return "onError must be a function";
  }
  return numbers;
}

/** Checks the options (throwing an actionable MayarInputError) and fills in the defaults. */
export function resolveProxyOptions(options: MayarProxyOptions) {
  if (!options || typeof options !== "object") {
    throw new MayarInputError("createMayarProxy: pass an options object with apiKey and allow.");
  }
  const problem = problemWith(options);
  if (problem) {
    // The key is never quoted on purpose; redacting still covers one pasted into another option.
    const key = typeof options.apiKey === "string" && options.apiKey.length > 3 ? options.apiKey : undefined;
    throw new MayarInputError(createRedactor(key)(`createMayarProxy: ${problem}.`));
  }
  return {
    apiKey: options.apiKey,
    baseUrl: (options.baseUrl ?? servers[options.environment as MayarEnvironment]).replace(/\/+$/, ""),
    basePath: (options.basePath ?? "").replace(/\/+$/, ""),
    allow: options.allow as Record<OperationId, MayarProxyPolicy>,
    origins: options.origins === "*" ? ("*" as const) : new Set(options.origins ?? []),
    trustProxy: options.trustProxy ?? false,
    /** Undefined: the global fetch, looked up on each call. */
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_PROXY_MAX_BODY_BYTES,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_PROXY_MAX_RESPONSE_BYTES,
    onError: options.onError,
  };
}
