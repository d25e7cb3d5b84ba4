import { MayarInputError } from "../errors/mayar-error";
import { servers } from "../generated/operations";
import type { FetchLike } from "../transport/transport";

export type MayarEnvironment = keyof typeof servers;

export interface MayarClientOptions {
  /** Your Mayar API key. Required unless `baseUrl` points at your own server (a proxy that adds it). */
  apiKey?: string;
  /** `"production"` (default) or `"sandbox"`. Sandbox and production keys are separate. */
  environment?: MayarEnvironment;
  /** Overrides `environment`: your proxy (`"/api/mayar"` in a browser) or a mock. */
  baseUrl?: string;
  /** A fetch implementation (default: the global `fetch`). */
  fetch?: FetchLike;
  /** Deadline per request, in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Allow an `apiKey` in a browser. Anyone who opens the page can read it: use a server proxy instead. */
  dangerouslyAllowBrowser?: boolean;
}

/** Per-call options, the optional last argument of every method. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export const timeoutProblem = (timeoutMs: unknown) =>
  timeoutMs !== undefined && !((timeoutMs as number) > 0 && (timeoutMs as number) < 2 ** 31)
    ? `timeoutMs must be a positive number of milliseconds, got ${String(timeoutMs)}`
    : "";

/**
 * Checks the options and works out the base URL. Each message names the option and the fix, never the
 * key. Written as one expression on purpose: this code ships in every browser bundle (see .size-limit.json).
 */
export function resolveOptions(options: MayarClientOptions) {
  const {
    apiKey,
    environment = "production",
    baseUrl,
    fetch: fetchImpl = globalThis.fetch,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    headers,
  } = Object(options) as MayarClientOptions;
  const problem =
    apiKey !== undefined && !(typeof apiKey === "string" && apiKey.trim())
      ? "apiKey must be a non-empty string"
      : !(environment in servers)
        ? `environment must be "production" or "sandbox", got "${String(environment)}"`
        : baseUrl !== undefined && !/^(https?:\/\/[^/]|\/)/.test(baseUrl)
          ? `baseUrl must be an http(s) URL or a path like "/api/mayar", got "${String(baseUrl)}"`
          : !apiKey && !baseUrl
            ? "pass { apiKey } on a server, or { baseUrl } of your createMayarProxy in a browser"
            : apiKey && typeof window !== "undefined" && !options.dangerouslyAllowBrowser
              ? 'an apiKey in a browser is public. Mount createMayarProxy (@org/mayar-core/server) and use { baseUrl: "/api/mayar" }, or pass dangerouslyAllowBrowser: true'
              : typeof fetchImpl !== "function"
                ? "fetch must be a function"
                : timeoutProblem(timeoutMs);
  if (problem) throw new MayarInputError(`createMayarClient: ${problem}.`);
  return {
    apiKey,
    environment: baseUrl ? ("custom" as const) : environment,
    baseUrl: (baseUrl ?? servers[environment]).replace(/\/+$/, ""),
    fetch: fetchImpl,
    timeoutMs,
    headers,
  };
}
