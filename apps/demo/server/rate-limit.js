// How many payments one client may start: a token bucket per client address. A customer gets a burst of
// `limit` (paying, coming back, paying again with another product...), then one more every
// `windowMs / limit`: a script that creates payments in a loop from one address is slowed to that pace and
// cannot fill the shop's order book on its own.
import { isIPv6 } from "node:net";

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of an IPv6 address (one
 * household or phone gets a whole /64, so counting single IPv6 addresses would count nothing).
 * @param {string | undefined} address  The socket's remote address.
 */
export function clientKey(address) {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("%")[0]?.split("::") ?? [];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * @param {object} options
 * @param {number} options.limit     The burst, and how many fit in `windowMs`.
 * @param {number} options.windowMs
 * @param {number} [options.maxClients]  Clients tracked at once; past it, the least recently seen is
 *   forgotten (which only gives that client a fresh bucket).
 * @param {() => number} [options.now]
 */
export function createRateLimiter({ limit, windowMs, maxClients = 100_000, now = Date.now }) {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a whole number of at least 1; got ${limit}.`);
  }
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be a positive number; got ${windowMs}.`);
  const perMs = limit / windowMs;
  /**
   * Least recently seen first (a take moves a client to the end), so the buckets worth forgetting are at
   * the front.
   * @type {Map<string, { tokens: number, at: number }>}
   */
  const buckets = new Map();

  /** @param {{ tokens: number, at: number }} bucket @param {number} time */
  const level = (bucket, time) => Math.min(limit, bucket.tokens + (time - bucket.at) * perMs);

  /** Forgets full buckets (they hold nothing) and the least recent ones past `maxClients`. */
  const prune = (/** @type {number} */ time) => {
    for (const [key, bucket] of buckets) {
      if (buckets.size <= maxClients && level(bucket, time) < limit) break;
      buckets.delete(key);
    }
  };

  return {
    /**
     * Counts one payment for `key`: 0 when it may go ahead, otherwise the milliseconds until it may.
     * @param {string} key
     */
    take(key) {
      const time = now();
      prune(time);
      const bucket = buckets.get(key);
      const tokens = bucket ? level(bucket, time) : limit;
      if (tokens < 1) return Math.ceil((1 - tokens) / perMs);
      buckets.delete(key);
      buckets.set(key, { tokens: tokens - 1, at: time });
      return 0;
    },
  };
}

/** @typedef {ReturnType<typeof createRateLimiter>} RateLimiter */
