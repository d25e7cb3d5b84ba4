// Reads the demo server's configuration from the environment and checks it.
// Every message names the variable and the fix; none ever shows the API key.

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = "127.0.0.1";
export const ENVIRONMENTS = ["sandbox", "production"];
/** Payments one client address may start per 10 minutes (CREATES_PER_CLIENT). */
export const DEFAULT_CREATES_PER_CLIENT = 10;
/** Orders the server keeps in memory (MAX_ORDERS); see server/orders.js for which may make room. */
export const DEFAULT_MAX_ORDERS = 10_000;
/** The credit product the top-up sells when MAYAR_CREDIT_PRODUCT_ID is unset (the mock takes any id). */
export const DEFAULT_CREDIT_PRODUCT_ID = "demo-credit-pack";

export class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
}

/** An unset variable and one set to "" (or only spaces) mean the same: not configured. */
const read = (env, name) => {
  const value = env[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/**
 * @typedef {object} DemoConfig
 * @property {"mock" | "sandbox" | "production"} mode
 * @property {string | undefined} apiKey   Only in sandbox/production mode.
 * @property {string | undefined} baseUrl  MAYAR_BASE_URL: forward to another Mayar-compatible server.
 * @property {number} port
 * @property {string} host
 * @property {string | undefined} publicOrigin  PUBLIC_ORIGIN: how browsers reach the shop, when not host:port.
 * @property {string | undefined} webhookToken  MAYAR_WEBHOOK_TOKEN: the secret in the webhook URL (unset: random
 *   per start). Never printed.
 * @property {string} creditProductId  MAYAR_CREDIT_PRODUCT_ID: Mayar's id of the credit product the packs sell.
 * @property {number} createsPerClient  CREATES_PER_CLIENT: payments one client address may start per 10 minutes.
 * @property {number} maxOrders  MAX_ORDERS: orders kept in memory; when all must be kept, new ones are refused.
 * @property {string[]} notes  Harmless oddities worth one log line each.
 */

/**
 * @param {Record<string, string | undefined>} env
 * @returns {DemoConfig}
 */
export function readConfig(env = process.env) {
  const problems = [];
  const notes = [];

  const portText = read(env, "PORT");
  let port = DEFAULT_PORT;
  if (portText !== undefined) {
    port = /^\d+$/.test(portText) ? Number(portText) : Number.NaN;
    if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) {
      problems.push(
        `PORT must be a whole number from 0 to 65535 (0 picks a free port); got ${JSON.stringify(portText)}.`,
      );
    }
  }

  const host = read(env, "HOST") ?? DEFAULT_HOST;
  if (/[\s/]/.test(host)) {
    problems.push(`HOST must be a host name or IP address such as 127.0.0.1; got ${JSON.stringify(host)}.`);
  }

  const apiKey = read(env, "MAYAR_API_KEY");
  if (apiKey !== undefined && /\s/.test(apiKey)) {
    // The value is never echoed: it is a secret even when it is malformed.
    problems.push("MAYAR_API_KEY must not contain spaces or line breaks (check how it was pasted).");
  }

  const environment = read(env, "MAYAR_ENVIRONMENT");
  if (environment !== undefined && !ENVIRONMENTS.includes(environment)) {
    problems.push(
      `MAYAR_ENVIRONMENT must be "sandbox" or "production"; got ${JSON.stringify(environment)}. ` +
        "Leave it unset for sandbox.",
    );
  }

  const baseUrl = read(env, "MAYAR_BASE_URL");
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) {
    problems.push(
      `MAYAR_BASE_URL must be an absolute http(s) URL such as https://api.mayar.club; got ${JSON.stringify(baseUrl)}.`,
    );
  }

  const publicOriginText = read(env, "PUBLIC_ORIGIN");
  let publicOrigin;
  if (publicOriginText !== undefined) {
    try {
      const url = new URL(publicOriginText);
      if (!/^https?:$/.test(url.protocol) || url.href.replace(/\/$/, "") !== url.origin) throw new Error();
      publicOrigin = url.origin;
    } catch {
      problems.push(
        `PUBLIC_ORIGIN must be an origin such as http://127.0.0.1:5173 (no path); got ${JSON.stringify(publicOriginText)}.`,
      );
    }
  }

  const webhookToken = read(env, "MAYAR_WEBHOOK_TOKEN");
  if (webhookToken !== undefined && !/^[\x21-\x7e]{16,}$/.test(webhookToken)) {
    // Like the key, the token is a secret: described, never echoed.
    problems.push(
      "MAYAR_WEBHOOK_TOKEN must be at least 16 printable ASCII characters without spaces " +
        "(generate one with node -e 'console.log(crypto.randomBytes(32).toString(\"base64url\"))').",
    );
  }

  const creditProductId = read(env, "MAYAR_CREDIT_PRODUCT_ID") ?? DEFAULT_CREDIT_PRODUCT_ID;

  /** A whole number of at least 1 from `name`, or `fallback` when unset. */
  const count = (name, fallback, meaning) => {
    const text = read(env, name);
    if (text === undefined) return fallback;
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isSafeInteger(value) && value >= 1) return value;
    problems.push(`${name} must be a whole number of at least 1 (${meaning}); got ${JSON.stringify(text)}.`);
    return fallback;
  };
  const createsPerClient = count(
    "CREATES_PER_CLIENT",
    DEFAULT_CREATES_PER_CLIENT,
    "payments one client address may start per 10 minutes",
  );
  const maxOrders = count("MAX_ORDERS", DEFAULT_MAX_ORDERS, "orders kept in memory");

  if (apiKey === undefined) {
    if (environment !== undefined) {
      notes.push(
        `MAYAR_ENVIRONMENT=${environment} is ignored: MAYAR_API_KEY is not set, so the mock is used.`,
      );
    }
    if (baseUrl !== undefined) {
      notes.push("MAYAR_BASE_URL is ignored: MAYAR_API_KEY is not set, so the mock is used.");
    }
  }

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }

  return {
    mode: apiKey === undefined ? "mock" : /** @type {"sandbox" | "production"} */ (environment ?? "sandbox"),
    apiKey,
    baseUrl: apiKey === undefined ? undefined : baseUrl,
    port,
    host,
    publicOrigin,
    webhookToken,
    creditProductId,
    createsPerClient,
    maxOrders,
    notes,
  };
}

/** The URL a browser on this machine uses to reach the server (wildcard hosts become 127.0.0.1). */
export function originFor(host, port) {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" || host === "[::]" ? "[::1]" : host;
  const bracketed = reachable.includes(":") && !reachable.startsWith("[") ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}`;
}
