import { MayarInputError } from "../../errors/mayar-error";
import {
  DEFAULT_WEBHOOK_LEASE_MS,
  DEFAULT_WEBHOOK_TTL_MS,
  durationProblem,
  type MayarWebhookStore,
} from "./store";

// Structural types, so @org/mayar-core needs neither package. The parameters are `never[]` so that each
// client's own overloaded, generic signatures are assignable; the store calls them through `Callable`.

/** A client of the `redis` package (node-redis v4 and later): `createClient()` or `createCluster()`. */
export interface NodeRedisLikeClient {
  readonly isOpen: boolean;
  set(...args: never[]): Promise<unknown>;
  get(...args: never[]): Promise<unknown>;
  del(...args: never[]): Promise<unknown>;
}

/** An `ioredis` client: `new Redis()` or `new Redis.Cluster()`. */
export interface IoRedisLikeClient {
  readonly status: string;
  set(...args: never[]): Promise<unknown>;
  get(...args: never[]): Promise<unknown>;
  del(...args: never[]): Promise<unknown>;
}

/** How the store calls either client (node-redis: `set(key, value, { NX, PX })`; ioredis: `set(key, value, "PX", ms, "NX")`). */
interface Callable {
  set(key: string, value: string, ...modifiers: unknown[]): Promise<unknown>;
  get(key: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval?(script: string, ...args: unknown[]): Promise<unknown>;
}

/** A connected node-redis or ioredis client. */
export type MayarWebhookRedisClient = NodeRedisLikeClient | IoRedisLikeClient;

export interface RedisWebhookStoreOptions {
  /** Prepended to every key (default `"mayar:webhook:"`). Give each environment its own. */
  prefix?: string;
  /** How long a processed event is remembered, in ms (default 7 days). */
  ttlMs?: number;
  /** How long a claim lasts before another delivery may take over, in ms (default 5 minutes). */
  leaseMs?: number;
}

/** The four commands the store needs, over either client. */
interface Commands {
  /** SET key value PX ms NX: true when it was set. */
  claim(key: string, value: string, ms: number): Promise<boolean>;
  /** SET key value PX ms. */
  put(key: string, value: string, ms: number): Promise<void>;
  get(key: string): Promise<string | null>;
  /** Deletes key only while it holds value (atomically, with EVAL, when the client has it). */
  deleteIf(key: string, value: string): Promise<void>;
}

const DONE = "done";
const DELETE_IF_EQUAL =
  'if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0';

const has = (value: object, name: string, type: string) =>
  typeof (value as Record<string, unknown>)[name] === type;

function commandsOf(redis: MayarWebhookRedisClient): Commands {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const isNodeRedis = has(redis, "isOpen", "boolean");
  const client = redis as unknown as Callable;
  const evalDelete = isNodeRedis
    ? (key: string, value: string) => client.eval?.(DELETE_IF_EQUAL, { keys: [key], arguments: [value] })
    : (key: string, value: string) => client.eval?.(DELETE_IF_EQUAL, 1, key, value);
  const get = async (key: string) => text(await client.get(key));
  return {
    claim: async (key, value, ms) =>
      (isNodeRedis
        ? await client.set(key, value, { NX: true, PX: ms })
        : await client.set(key, value, "PX", ms, "NX")) !== null,
    put: async (key, value, ms) => {
      await (isNodeRedis ? client.set(key, value, { PX: ms }) : client.set(key, value, "PX", ms));
    },
    get,
    deleteIf: async (key, value) => {
      if (typeof client.eval === "function") {
        await evalDelete(key, value);
      } else if ((await get(key)) === value) {
        // No EVAL (a minimal client or proxy): a GET then a DEL, which a claim landing in between could lose.
        await client.del(key);
      }
    },
  };
}

/**
 * A MayarWebhookStore in Redis, for shops with several instances: every instance that shares the Redis
 * processes each event once. Pass a connected client of either package, it is told apart by its shape:
 *
 * ```ts
 * import { createClient } from "redis";           // node-redis v4+
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * // or: import Redis from "ioredis"; const redis = new Redis(process.env.REDIS_URL);
 * const store = createRedisWebhookStore(redis, { prefix: "shop:mayar:webhook:" });
 * ```
 *
 * A claim is `SET <prefix><key> processing:<owner> PX <leaseMs> NX` (atomic: one delivery wins); done is
 * `SET <prefix><key> done PX <ttlMs>`; a release deletes the key only while it still holds the releasing
 * delivery's claim (a Lua compare-and-delete). The client stays yours: the store never connects or quits it.
 */
export function createRedisWebhookStore(
  redis: MayarWebhookRedisClient,
  options: RedisWebhookStoreOptions = {},
): MayarWebhookStore {
  const fail = (problem: string): never => {
    throw new MayarInputError(`createRedisWebhookStore: ${problem}.`);
  };
  if (typeof redis !== "object" || redis === null) {
    fail(
      'pass a connected Redis client: createClient() from "redis" (after await client.connect()) or new Redis() from "ioredis"',
    );
  }
  if (!(has(redis, "isOpen", "boolean") || has(redis, "status", "string"))) {
    fail(
      'the client is neither a node-redis client (it has a boolean isOpen) nor an ioredis one (it has a string status): pass createClient() from "redis" or new Redis() from "ioredis"',
    );
  }
  const missing = ["set", "get", "del"].filter((name) => !has(redis, name, "function"));
  if (missing.length)
    fail(`the client has no ${missing.join(", ")} method: pass a node-redis or ioredis client`);
  if (typeof options !== "object" || options === null)
    fail("options must be an object like { prefix, ttlMs }");
  const {
    prefix = "mayar:webhook:",
    ttlMs = DEFAULT_WEBHOOK_TTL_MS,
    leaseMs = DEFAULT_WEBHOOK_LEASE_MS,
  } = options;
  const problem =
    (typeof prefix !== "string"
      ? `prefix must be a string like "mayar:webhook:", got ${typeof prefix}`
      : "") ||
    durationProblem("ttlMs", ttlMs) ||
    durationProblem("leaseMs", leaseMs);
  if (problem) fail(problem);

  const commands = commandsOf(redis);
  const claimOf = (owner: string) => `processing:${owner}`;
  return {
    async claim(key, owner) {
      const name = prefix + key;
      // Two rounds: a claim that expires between the SET and the GET leaves nothing to report, so try again.
      for (let round = 0; round < 2; round++) {
        if (await commands.claim(name, claimOf(owner), leaseMs)) return "claimed";
        const value = await commands.get(name);
        if (value !== null) return value === DONE ? "done" : "processing";
      }
      return "processing";
    },
    async complete(key) {
      await commands.put(prefix + key, DONE, ttlMs);
    },
    async release(key, owner) {
      await commands.deleteIf(prefix + key, claimOf(owner));
    },
  };
}
