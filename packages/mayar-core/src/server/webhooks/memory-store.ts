import { MayarInputError } from "../../errors/mayar-error";
import {
  countProblem,
  DEFAULT_WEBHOOK_LEASE_MS,
  DEFAULT_WEBHOOK_TTL_MS,
  durationProblem,
  type MayarWebhookStore,
} from "./store";

export interface MemoryWebhookStoreOptions {
  /** Most keys kept (default 10000). When full, expired keys go first, then the oldest. */
  maxEntries?: number;
  /** How long a processed event is remembered, in ms (default 7 days). */
  ttlMs?: number;
  /** How long a claim lasts before another delivery may take over, in ms (default 5 minutes). */
  leaseMs?: number;
}

interface Entry {
  done: boolean;
  /** Who claimed it (while not done). */
  owner?: string;
  expiresAt: number;
}

/**
 * A MayarWebhookStore in this process's memory: the handler's default. Bounded (`maxEntries`) and with
 * expiry. It forgets everything on restart and is not shared between instances: with several instances
 * (serverless, a cluster, blue-green deploys) use createRedisWebhookStore.
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

  // A Map keeps insertion order: every write re-inserts, so the first entries are the oldest.
  const entries = new Map<string, Entry>();
  const live = (key: string, now: number) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now) entries.delete(key);
    return entry && entry.expiresAt > now ? entry : undefined;
  };
  const put = (key: string, entry: Entry, now: number) => {
    entries.delete(key);
    if (entries.size >= maxEntries) {
      for (const [old, { expiresAt }] of entries) if (expiresAt <= now) entries.delete(old);
      for (const old of entries.keys()) {
        if (entries.size < maxEntries) break;
        entries.delete(old);
      }
    }
    entries.set(key, entry);
  };

  return {
    async claim(key, owner) {
      const now = Date.now();
      const entry = live(key, now);
      if (entry) return entry.done ? "done" : "processing";
      put(key, { done: false, owner, expiresAt: now + leaseMs }, now);
      return "claimed";
    },
    async complete(key) {
      const now = Date.now();
      put(key, { done: true, expiresAt: now + ttlMs }, now);
    },
    async release(key, owner) {
      const entry = entries.get(key);
      if (entry && !entry.done && entry.owner === owner) entries.delete(key);
    },
  };
}
