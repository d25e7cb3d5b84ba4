import { MayarInputError } from "../../errors/mayar-error";
import {
  countProblem,
  DEFAULT_WEBHOOK_LEASE_MS,
  DEFAULT_WEBHOOK_TTL_MS,
  durationProblem,
  type MayarWebhookStore,
} from "./store";

export interface MemoryWebhookStoreOptions {
  /**
   * Most events kept (default 10000), claimed or done. When full of events still inside their lease or TTL,
   * new claims are refused (the handler answers 503, so Mayar delivers again later) rather than forgetting
   * an event already processed, which would let a redelivery run it twice.
   */
  maxEntries?: number;
  /** How long a processed event is remembered, in ms (default 7 days). */
  ttlMs?: number;
  /** How long a claim lasts before another delivery may take over, in ms (default 5 minutes). */
  leaseMs?: number;
}

/**
 * Each queue holds entries of one duration (the lease or the TTL), so its insertion order is its expiry
 * order: the first entry is always the next to expire, and dropping expired entries never walks the rest.
 */
type Queue<Value> = Map<string, Value>;

/** Deletes the expired entries at the front of `queue`: each entry is deleted once, so O(1) amortised. */
function dropExpired<Value>(queue: Queue<Value>, expiresAt: (value: Value) => number, now: number) {
  for (;;) {
    const first = queue.entries().next();
    if (first.done || expiresAt(first.value[1]) > now) return;
    queue.delete(first.value[0]);
  }
}

/**
 * The stores made here: their calls settle before they return, so they need no deadline (the handler skips
 * the two timers a deadline costs per call).
 */
export const settlesAtOnce = new WeakSet<MayarWebhookStore>();

/**
 * A MayarWebhookStore in this process's memory: the handler's default. Bounded (`maxEntries`) and with
 * expiry; each call costs O(1). It forgets everything on restart and is not shared between instances: with
 * several instances (serverless, a cluster, blue-green deploys) use createRedisWebhookStore.
 */
export function createMemoryWebhookStore(options: MemoryWebhookStoreOptions = {}): MayarWebhookStore {
  if (typeof options !== "object" || options === null) {
    throw new MayarInputError(
      "createMemoryWebhookStore: options must be an object like { maxEntries, ttlMs }.",
    );
  }
  const { maxEntries = 10_000, ttlMs = DEFAULT_WEBHOOK_TTL_MS, leaseMs = DEFAULT_WEBHOOK_LEASE_MS } = options;
  const problem =
    countProblem("maxEntries", maxEntries, "entries") ||
    durationProblem("ttlMs", ttlMs) ||
    durationProblem("leaseMs", leaseMs);
  if (problem) throw new MayarInputError(`createMemoryWebhookStore: ${problem}.`);

  const claims: Queue<{ owner: string; expiresAt: number }> = new Map();
  const done: Queue<number> = new Map();
  const makeRoom = (now: number) => {
    dropExpired(claims, (claim) => claim.expiresAt, now);
    dropExpired(done, (expiresAt) => expiresAt, now);
    if (claims.size + done.size >= maxEntries) {
      throw new Error(
        `createMemoryWebhookStore: full (maxEntries ${maxEntries} events remembered within their TTL): refusing new events rather than forgetting processed ones. Raise maxEntries, lower ttlMs, or use createRedisWebhookStore.`,
      );
    }
  };

  const store: MayarWebhookStore = {
    async claim(key, owner) {
      const now = Date.now();
      const doneUntil = done.get(key);
      if (doneUntil !== undefined) {
        if (doneUntil > now) return "done";
        done.delete(key);
      }
      const claim = claims.get(key);
      if (claim !== undefined) {
        if (claim.expiresAt > now) return "processing";
        claims.delete(key);
      }
      makeRoom(now);
      claims.set(key, { owner, expiresAt: now + leaseMs });
      return "claimed";
    },
    async complete(key) {
      const now = Date.now();
      // A completed claim frees its own slot; only a key completed without a claim needs room.
      if (!claims.delete(key) && !done.delete(key)) makeRoom(now);
      done.set(key, now + ttlMs);
    },
    async release(key, owner) {
      if (claims.get(key)?.owner === owner) claims.delete(key);
    },
  };
  settlesAtOnce.add(store);
  return store;
}
