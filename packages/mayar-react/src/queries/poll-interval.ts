import type { MayarError } from "@org/mayar-core";
import type { QueryState } from "@tanstack/react-query";

/** How long to wait between polls: the first delay, doubled after each poll up to `maxMs`. */
export interface PollBackoff {
  /** Default 1000. */
  firstMs?: number;
  /** Default 10000. */
  maxMs?: number;
}

// Worth asking again: Mayar may answer next time. Anything else (404, 401, a refused id...) will not change.
const TRANSIENT = new Set(["network", "timeout", "server", "rate_limited", "request_timeout"]);

/**
 * A `refetchInterval` that polls until `data.status` is one of `stops` (the awaited status and the final
 * ones), backing off from `firstMs` to `maxMs`. A lasting error (not found, unauthorised...) stops it too;
 * a passing one (network, timeout, 5xx, 429) keeps it going.
 */
export function pollInterval(stops: ReadonlySet<string>, backoff: PollBackoff = {}) {
  const { firstMs = 1000, maxMs = 10_000 } = backoff;
  return (query: { state: QueryState<unknown, MayarError> }): number | false => {
    const { data, error, status, dataUpdateCount, errorUpdateCount } = query.state;
    if (status === "error" && !TRANSIENT.has(error?.kind ?? "")) return false;
    const current = (data as { status?: unknown } | undefined)?.status;
    if (typeof current === "string" && stops.has(current)) return false;
    const polls = Math.max(dataUpdateCount + errorUpdateCount - 1, 0);
    return Math.min(firstMs * 2 ** polls, maxMs);
  };
}
