// Public options and their validation. Errors name the option, say what is expected and (except for the
// API key, which is never echoed) show what was received, so a caller can fix the call without reading code.

/** The API key the mock accepts unless `apiKey` is given. Not a secret: it only unlocks the mock. */
export const MOCK_API_KEY = "mock-api-key";

/** Where the hosted pages live unless `publicUrl` is given. */
export const DEFAULT_PUBLIC_URL = "http://127.0.0.1/mock-mayar";

export const DEFAULT_DUPLICATE_WINDOW_MS = 60_000;
export const DEFAULT_MAX_RECORDS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
export const DEFAULT_MAX_JSON_DEPTH = 64;
export const DEFAULT_WEBHOOK_RETRIES = 3;
export const DEFAULT_WEBHOOK_BACKOFF_MS = 1_000;
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
export const DEFAULT_SHOP_NAME = "Toko Mayar Demo";

/** The hosted pages' languages: Indonesian (Mayar's own) and English. */
export type MockLanguage = "id" | "en";

/** What deliveries are sent with: `fetch`, or anything that answers `(url, init)` like it. */
export type WebhookFetch = (input: string, init: RequestInit) => Promise<Response>;

export interface MayarMockOptions {
  /** The one API key accepted (`Authorization: Bearer <apiKey>`). Default {@link MOCK_API_KEY}. */
  apiKey?: string;
  /**
   * Absolute http(s) URL where the mock is reachable, e.g. `http://127.0.0.1:3000/mock-mayar`. Links the API
   * returns are `${publicUrl}/pl/<slug>`; its path is the mount prefix stripped before routing.
   * Default {@link DEFAULT_PUBLIC_URL}.
   */
  publicUrl?: string;
  /** Absolute http(s) URL the hosted checkout sends the customer to after "Bayar". Default `${publicUrl}/paid`. */
  returnUrl?: string;
  /** Clock in epoch milliseconds, for the duplicate-create window. Default `Date.now`. */
  now?: () => number;
  /** How long an identical create (payment request, invoice) is answered with 429. Default 60 000 ms (Mayar: "1 minute"). */
  duplicateWindowMs?: number;
  /**
   * How many records of each kind (payment requests, invoices, checkouts, transactions, customers,
   * balance rows, remembered creates) the mock keeps; beyond it the oldest is forgotten. Default 10 000.
   */
  maxRecords?: number;
  /** Request bodies larger than this answer 413. Default 1 MiB (1 048 576 bytes). */
  maxBodyBytes?: number;
  /** JSON bodies nested deeper than this answer 400. Default 64 levels. */
  maxJsonDepth?: number;
  /**
   * `"examples"` starts the mock with the records the spec's examples describe (the documented payment
   * request, invoice, customer and transactions), so calls with the documented ids answer. Default `"none"`.
   */
  seed?: "none" | "examples";
  /**
   * The merchant's webhook URL from the start, as if registered with `webhooks.register` (which replaces
   * it). Absolute http(s). Default: none (with `seed: "examples"`, the documented
   * `https://webhook.example.com`).
   */
  webhookUrl?: string;
  /** How many times a failed delivery (non-2xx answer, network error, timeout) is sent again. Default 3. */
  webhookRetries?: number;
  /**
   * The wait before the first retry, in milliseconds; it doubles for each further one (1 s, 2 s, 4 s by
   * default). Default 1000. Tests pass a few milliseconds.
   */
  webhookBackoffMs?: number;
  /** A delivery that has not answered after this many milliseconds fails (and is retried). Default 10 000. */
  webhookTimeoutMs?: number;
  /**
   * What deliveries are sent with. Default: the global `fetch` (looked up at delivery time). Pass your own
   * to record deliveries in a test, or to route them inside a browser (e.g. to a service worker).
   */
  webhookFetch?: WebhookFetch;
  /** The merchant's shop name: the hosted pages' header and `merchantName` in webhooks. Default "Toko Mayar Demo". */
  shopName?: string;
  /**
   * The shop's language for the hosted pages. A link's `?lang=en|id` always wins; without this option the
   * customer's `Accept-Language` decides (Indonesian unless the browser prefers English). Default: unset.
   */
  language?: MockLanguage;
}

export interface ResolvedOptions {
  apiKey: string;
  /** publicUrl without a trailing slash. */
  publicUrl: string;
  returnUrl: string;
  now: () => number;
  duplicateWindowMs: number;
  maxRecords: number;
  maxBodyBytes: number;
  maxJsonDepth: number;
  seed: "none" | "examples";
  webhookUrl: string | undefined;
  webhookRetries: number;
  webhookBackoffMs: number;
  webhookTimeoutMs: number;
  webhookFetch: WebhookFetch | undefined;
  shopName: string;
  language: MockLanguage | undefined;
}

const KNOWN_OPTIONS = [
  "apiKey",
  "publicUrl",
  "returnUrl",
  "now",
  "duplicateWindowMs",
  "maxRecords",
  "maxBodyBytes",
  "maxJsonDepth",
  "seed",
  "webhookUrl",
  "webhookRetries",
  "webhookBackoffMs",
  "webhookTimeoutMs",
  "webhookFetch",
  "shopName",
  "language",
] as const;

function fail(message: string): never {
  throw new TypeError(`createMayarMock: ${message}`);
}

function describeValue(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function httpUrl(name: string, value: unknown, example: string): string {
  const expected = `${name} must be an absolute http(s) URL such as "${example}"`;
  if (typeof value !== "string") fail(`${expected}; got ${describeValue(value)}.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(`${expected}; got ${describeValue(value)}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail(`${expected}; got the ${url.protocol} URL ${describeValue(value)}.`);
  }
  return value;
}

export function resolveOptions(options: MayarMockOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    fail(`options must be an object (or omitted); got ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!(KNOWN_OPTIONS as readonly string[]).includes(key)) {
      fail(`unknown option "${key}". Known options: ${KNOWN_OPTIONS.join(", ")}.`);
    }
  }

  const apiKey = options.apiKey ?? MOCK_API_KEY;
  // The value is never echoed: a real key pasted here by mistake must not end up in a log.
  if (typeof apiKey !== "string" || apiKey.length === 0 || /\s/.test(apiKey)) {
    fail(
      "apiKey must be a non-empty string without whitespace (it is sent as `Authorization: Bearer <apiKey>`).",
    );
  }

  const publicUrlText = httpUrl("publicUrl", options.publicUrl ?? DEFAULT_PUBLIC_URL, DEFAULT_PUBLIC_URL);
  const parsedPublicUrl = new URL(publicUrlText);
  if (parsedPublicUrl.search || parsedPublicUrl.hash) {
    fail(
      `publicUrl must not have a query or fragment (links are built by appending paths); got "${publicUrlText}".`,
    );
  }
  const publicUrl = parsedPublicUrl.href.replace(/\/+$/, "");

  const returnUrl =
    options.returnUrl === undefined
      ? `${publicUrl}/paid`
      : httpUrl("returnUrl", options.returnUrl, "http://127.0.0.1:3000/checkout/done");

  const now = options.now ?? Date.now;
  if (typeof now !== "function")
    fail(`now must be a function returning epoch milliseconds; got ${describeValue(now)}.`);

  const duplicateWindowMs = options.duplicateWindowMs ?? DEFAULT_DUPLICATE_WINDOW_MS;
  if (typeof duplicateWindowMs !== "number" || !Number.isFinite(duplicateWindowMs) || duplicateWindowMs < 0) {
    fail(
      `duplicateWindowMs must be a finite number of milliseconds >= 0; got ${describeValue(duplicateWindowMs)}.`,
    );
  }

  const maxRecords = positiveInteger("maxRecords", options.maxRecords, DEFAULT_MAX_RECORDS);
  const maxBodyBytes = positiveInteger("maxBodyBytes", options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
  const maxJsonDepth = positiveInteger("maxJsonDepth", options.maxJsonDepth, DEFAULT_MAX_JSON_DEPTH);

  const seed = options.seed ?? "none";
  if (seed !== "none" && seed !== "examples") {
    fail(`seed must be "none" or "examples"; got ${describeValue(seed)}.`);
  }

  const webhookUrl =
    options.webhookUrl === undefined
      ? undefined
      : httpUrl("webhookUrl", options.webhookUrl, "http://127.0.0.1:3000/api/mayar/webhook?token=...");
  const webhookRetries = wholeNumber("webhookRetries", options.webhookRetries, DEFAULT_WEBHOOK_RETRIES, 0);
  const webhookBackoffMs = wholeNumber(
    "webhookBackoffMs",
    options.webhookBackoffMs,
    DEFAULT_WEBHOOK_BACKOFF_MS,
    0,
  );
  const webhookTimeoutMs = positiveInteger(
    "webhookTimeoutMs",
    options.webhookTimeoutMs,
    DEFAULT_WEBHOOK_TIMEOUT_MS,
  );
  const webhookFetch = options.webhookFetch;
  if (webhookFetch !== undefined && typeof webhookFetch !== "function") {
    fail(
      `webhookFetch must be a function like fetch, (url, init) => Promise<Response>; got ${describeValue(webhookFetch)}.`,
    );
  }
  const shopName = options.shopName ?? DEFAULT_SHOP_NAME;
  if (typeof shopName !== "string" || shopName.trim() === "" || shopName.length > 100) {
    fail(`shopName must be a non-empty string of at most 100 characters; got ${describeValue(shopName)}.`);
  }
  const language = options.language;
  if (language !== undefined && language !== "id" && language !== "en") {
    fail(
      `language must be "id" or "en" (or omitted: the customer's browser decides); got ${describeValue(language)}.`,
    );
  }

  return {
    apiKey,
    publicUrl,
    returnUrl,
    now,
    duplicateWindowMs,
    maxRecords,
    maxBodyBytes,
    maxJsonDepth,
    seed,
    webhookUrl,
    webhookRetries,
    webhookBackoffMs,
    webhookTimeoutMs,
    webhookFetch,
    shopName: shopName.trim(),
    language,
  };
}

function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    fail(`${name} must be a whole number >= 1 (default ${fallback}); got ${describeValue(value)}.`);
  }
  return value;
}

function wholeNumber(name: string, value: unknown, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    fail(`${name} must be a whole number >= ${minimum} (default ${fallback}); got ${describeValue(value)}.`);
  }
  return value;
}
