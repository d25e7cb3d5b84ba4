import { MayarInputError } from "../errors/mayar-error";
import { servers } from "../generated/operations";
import { DEFAULT_MAX_RETRIES } from "../transport/retry";
import type { FetchLike } from "../transport/send";

export type MayarEnvironment = keyof typeof servers;

export interface MayarClientOptions {
  /** Your Mayar API key. Required unless `baseUrl` points at your own server (a proxy that adds it). */
  apiKey?: string;
  /**
   * `"sandbox"` (keys from web.mayar.club) or `"production"` (keys from web.mayar.id). Required unless
   * `baseUrl` is given: a key does not say which environment it belongs to, so the SDK never guesses
   * production.
   */
  environment?: MayarEnvironment;
  /** Overrides `environment`: your proxy (`"/api/mayar"` in a browser) or a mock. */
  baseUrl?: string;
  /** A fetch implementation (default: the global `fetch`). The SDK calls it as `fetch(url, init)`. */
  fetch?: FetchLike;
  /** Deadline per attempt, in milliseconds (default 30000). */
  timeoutMs?: number;
  /**
   * How often a GET is retried after a network error, a timeout, a 408, a 429 rate limit or a 5xx
   * (default 2, at most 10), waiting 0.5 s doubling to 5 s with jitter, or what `Retry-After` asks up to
   * 60 s. Writes are never retried by this default: pass `maxRetries` on the call to opt in.
   */
  maxRetries?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Allow an `apiKey` in a browser. Anyone who opens the page can read it: use a server proxy instead. */
  dangerouslyAllowBrowser?: boolean;
}

/** Per-call options, the optional last argument of every method. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for each attempt of this call. */
  timeoutMs?: number;
  /**
   * Overrides the client's `maxRetries` for this call (0 to 10). The only way to retry a write: Mayar has
   * no idempotency keys, so a retried create whose first attempt did arrive bills twice.
   */
  maxRetries?: number;
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

// One shape for every numeric option, so each message says the same thing the same way.
const numberProblem = (name: string, value: unknown, ok: boolean, what: string) =>
  value !== undefined && !ok ? `${name} must be ${what}, got ${String(value)}` : "";

export const timeoutProblem = (timeoutMs: unknown) =>
  numberProblem(
    "timeoutMs",
    timeoutMs,
    (timeoutMs as number) > 0 && (timeoutMs as number) < 2 ** 31,
    "a positive number of milliseconds",
  );

/** Why `value` is not a whole number from 1 to `max` `unit`, or "". createMayarProxy uses it for its sizes. */
export const wholeNumberProblem = (
  name: string,
  value: unknown,
  unit: string,
  max = Number.MAX_SAFE_INTEGER,
) =>
  numberProblem(
    name,
    value,
    Number.isInteger(value) && (value as number) > 0 && (value as number) <= max,
    `a positive whole number of ${unit}`,
  );

export const maxRetriesProblem = (maxRetries: unknown) =>
  numberProblem(
    "maxRetries",
    maxRetries,
    Number.isInteger(maxRetries) && (maxRetries as number) >= 0 && (maxRetries as number) <= 10,
    "an integer from 0 to 10",
  );

/** `new Headers()` is the judge; its own message is not quoted, as it can echo a value (a token). */
export const headersProblem = (headers: unknown) => {
  try {
    if (
      headers === undefined ||
      (!Array.isArray(headers) && new Headers(headers as Record<string, string>))
    ) {
      return "";
    }
  } catch {}
  return "headers must be an object of HTTP header names and values";
};

/**
 * Why `key` cannot be used as an API key, or "" when it can. It refuses what fetch would refuse with an
 * error quoting the whole header (line breaks, NUL) or send altered (outer whitespace, which fetch trims:
 * the key sent would differ from the one redacted), other control characters and non-Latin-1 ones.
 * The message never contains the key. createMayarProxy uses it too.
 */
export const apiKeyProblem = (key: unknown) =>
  !(typeof key === "string" && key.trim())
    ? "apiKey must be a non-empty string"
    : /^\s|\s$|[^ -~\x80-\xff]/.test(key)
      ? "apiKey must be printable Latin-1 text without outer spaces: copy it again"
      : "";

/** Why per-call options cannot be used, or "". The transport checks them on every call. */
export const requestOptionsProblem = (options: RequestOptions) =>
  (typeof options !== "object" || options === null || Array.isArray(options)
    ? `options must be an object like { timeoutMs, signal }, got ${JSON.stringify(options)}`
    : options.signal && typeof options.signal.addEventListener !== "function"
      ? "signal must be an AbortSignal"
      : "") ||
  timeoutProblem(options.timeoutMs) ||
  maxRetriesProblem(options.maxRetries) ||
  headersProblem(options.headers);

// Workers (dedicated, shared, service) have no `window` but are just as public as a page.
const inBrowser = () =>
  typeof window !== "undefined" ||
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined";

/**
 * Checks the options and works out the base URL. Each message names the option and the fix, never the
 * key. Written as one expression on purpose: this code ships in every browser bundle (see .size-limit.json).
 */
export function resolveOptions(options: MayarClientOptions) {
  const {
    apiKey,
    environment,
    baseUrl,
    fetch: fetchImpl = globalThis.fetch,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxRetries = DEFAULT_MAX_RETRIES,
    headers,
  } = Object(options) as MayarClientOptions;
  const problem =
    (apiKey !== undefined && apiKeyProblem(apiKey)) ||
    (environment !== undefined && !Object.hasOwn(servers, environment)
      ? `environment must be "production" or "sandbox", got "${String(environment)}"`
      : baseUrl !== undefined && !/^(https?:\/\/[^/]|\/)/.test(baseUrl)
        ? `baseUrl must be an http(s) URL or a path like "/api/mayar", got "${String(baseUrl)}"`
        : !apiKey && !baseUrl
          ? "pass { apiKey } on a server, or { baseUrl } of your createMayarProxy in a browser"
          : apiKey && inBrowser() && !options.dangerouslyAllowBrowser
            ? 'an apiKey in a browser is public. Mount createMayarProxy (@org/mayar-core/server) and use { baseUrl: "/api/mayar" }, or pass dangerouslyAllowBrowser: true'
            : !environment && !baseUrl
              ? 'environment is required: "sandbox" for a key from web.mayar.club, "production" from web.mayar.id (a key does not say which)'
              : typeof fetchImpl !== "function"
                ? "fetch must be a function"
                : requestOptionsProblem({ timeoutMs, maxRetries, headers }));
  if (problem) throw new MayarInputError(`createMayarClient: ${problem}.`);
  return {
    apiKey,
    environment: baseUrl ? ("custom" as const) : (environment as MayarEnvironment),
    baseUrl: (baseUrl ?? servers[environment as MayarEnvironment]).replace(/\/+$/, ""),
    fetch: fetchImpl,
    timeoutMs,
    maxRetries,
    headers,
  };
}
