import { MayarError } from "../errors/mayar-error";

/** Retries a GET gets when neither the client nor the call says. */
export const DEFAULT_MAX_RETRIES = 2;
/** The longest `Retry-After` worth waiting for inside one call; a longer one is thrown at once. */
export const MAX_RETRY_AFTER_S = 60;

/**
 * Whether a failed attempt is worth another, given the retries already made. Retried: no answer at all
 * (network error, timeout) and answers that say "later" (408, 429 rate limit, 5xx), unless their
 * `Retry-After` is longer than a call should block. Never retried: a caller's abort, anything the SDK
 * refused, a duplicate-request 429 (the first create went through), a redirect, any other 4xx.
 * Which methods may retry at all is decided by the budget (`maxRetries`), not here.
 */
export function shouldRetry(error: unknown, retries: number, maxRetries: number): boolean {
  if (retries >= maxRetries || !(error instanceof MayarError)) return false;
  const { kind, retryAfter = 0 } = error as MayarError & { retryAfter?: number };
  return (
    kind === "network" ||
    kind === "timeout" ||
    ((kind === "rate_limited" || kind === "request_timeout" || kind === "server") &&
      retryAfter <= MAX_RETRY_AFTER_S)
  );
}

/**
 * Milliseconds to wait before retry number `retries + 1`: 0.5 s doubling to at most 5 s, each spread
 * over its upper half so clients that failed together do not retry together, and never less than what
 * `Retry-After` asked.
 */
export function backoffMs(retries: number, retryAfter?: number, random: () => number = Math.random): number {
  const ceiling = Math.min(500 * 2 ** retries, 5_000);
  return Math.max(ceiling * (0.5 + random() / 2), (retryAfter ?? 0) * 1000);
}
