import { wholeNumberProblem } from "../../client/options";

/**
 * What a claim found: `"claimed"` (this delivery owns the key now: process it), `"processing"` (another
 * delivery owns it and has not finished) or `"done"` (processed already).
 */
export type MayarWebhookClaim = "claimed" | "processing" | "done";

/**
 * Where a webhook receiver remembers which events it processed, so each is processed once however often,
 * and however concurrently, Mayar delivers it. createMemoryWebhookStore serves one process;
 * createRedisWebhookStore serves several instances sharing one Redis. Write your own over any store with
 * an atomic "set if absent, with expiry" (a SQL unique key, DynamoDB conditional writes).
 *
 * `owner` is a random id per delivery; a store uses it so that a delivery releases only its own claim.
 */
export interface MayarWebhookStore {
  /**
   * Atomically claims `key` for `owner` unless it is claimed or done. A claim expires by itself after the
   * store's lease, so a process that dies mid-way cannot block the event forever.
   */
  claim(key: string, owner: string): Promise<MayarWebhookClaim>;
  /** Marks `key` done (remembered for the store's TTL): later deliveries answer "already processed". */
  complete(key: string, owner: string): Promise<void>;
  /** Drops `owner`'s claim on `key` (processing failed) so Mayar's next delivery processes it. */
  release(key: string, owner: string): Promise<void>;
}

/** How long a done key is remembered by default: 7 days, longer than Mayar plausibly keeps retrying. */
export const DEFAULT_WEBHOOK_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** How long a claim lasts by default before another delivery may take over: 5 minutes. */
export const DEFAULT_WEBHOOK_LEASE_MS = 5 * 60 * 1000;

const LIMIT_MS = 2 ** 31 - 1;

/** wholeNumberProblem, naming a value that is not a number by its type only (never quoting it). */
export const countProblem = (name: string, value: unknown, unit: string, max?: number) =>
  wholeNumberProblem(
    name,
    typeof value === "number" || value === undefined ? value : typeof value,
    unit,
    max,
  );

/** Why a duration option cannot be used, or "". */
export const durationProblem = (name: string, value: unknown) =>
  countProblem(name, value, `milliseconds (at most ${LIMIT_MS})`, LIMIT_MS);

/** True when `value` has the three methods of a MayarWebhookStore. */
export const isWebhookStore = (value: unknown): value is MayarWebhookStore =>
  typeof value === "object" &&
  value !== null &&
  ["claim", "complete", "release"].every(
    (name) => typeof (value as Record<string, unknown>)[name] === "function",
  );
