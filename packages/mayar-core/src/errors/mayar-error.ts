/** What went wrong, as one word a program can switch on. */
export type MayarApiErrorKind =
  | "validation"
  | "unauthorized"
  | "payment_required"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "request_timeout"
  | "conflict"
  | "payload_too_large"
  | "unprocessable"
  | "duplicate_request"
  | "rate_limited"
  | "server"
  | "redirect"
  | "unknown";

/**
 * Every kind a MayarError can have. `"aborted"` is never thrown by the transport (a caller's abort stays
 * the caller's own AbortError); UI layers use it to label one, see `isAbortError`.
 */
export type MayarErrorKind = MayarApiErrorKind | "network" | "timeout" | "invalid_input" | "aborted";

/** One failing field, as Mayar's validator (or the SDK's own pre-flight check) reports it. */
export interface MayarFieldError {
  field: string;
  message: string;
  type?: string;
}

/**
 * The base of every error the SDK throws: `catch (e) { if (e instanceof MayarError) ... }` covers them all.
 * Errors never hold the API key: messages, bodies, headers and causes are redacted before an error is
 * built, and no request headers are kept. `JSON.stringify(error)` gives the facts (name, kind, status,
 * body, fields, headers).
 */
export class MayarError extends Error {
  override name = "MayarError";
  declare readonly kind: MayarErrorKind;

  constructor(message: string, kind: MayarErrorKind = "unknown", options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, { kind });
  }
}

/** Mayar answered with an error (HTTP 3xx/4xx/5xx, or a 2xx whose body says it failed). */
export class MayarApiError extends MayarError {
  override name = "MayarApiError";
  declare readonly kind: MayarApiErrorKind;
  // `declare`: assigned by Object.assign below, so no field initialisers are emitted (bundle size).
  /** The status Mayar meant: the body's `statusCode` when it disagrees with the HTTP status. */
  declare readonly status: number;
  /** The parsed JSON body, or the raw text when it was not JSON (an HTML 502 page). */
  declare readonly body: unknown;
  /** The failing fields, when Mayar listed them. */
  declare readonly fields?: MayarFieldError[];
  /** Seconds to wait, from `Retry-After` (seconds or an HTTP date), when Mayar sent a sensible one. */
  declare readonly retryAfter?: number;
  /** The answer's request id (`x-request-id`, else Cloudflare's `cf-ray`): quote it to support. */
  declare readonly requestId?: string;
  /** The answer's headers, lower-case names, values redacted. */
  declare readonly headers: Record<string, string>;

  constructor(init: {
    message: string;
    kind: MayarApiErrorKind;
    status: number;
    body: unknown;
    fields?: MayarFieldError[];
    retryAfter?: number;
    requestId?: string;
    headers?: Record<string, string>;
  }) {
    const { message, kind, ...facts } = init;
    super(message, kind);
    Object.assign(this, { headers: {} }, facts);
  }
}

/** Mayar could not be reached: DNS, refused or reset connection, TLS, offline. Nothing was answered. */
export class MayarNetworkError extends MayarError {
  override name = "MayarNetworkError";
  declare readonly kind: "network";

  /** @param cause - already a redacted plain-data copy (see createRedactor) */
  constructor(message: string, cause?: unknown) {
    super(message, "network", { cause });
  }
}

/** Mayar did not answer within `timeoutMs`. The request may or may not have been processed. */
export class MayarTimeoutError extends MayarError {
  override name = "MayarTimeoutError";
  declare readonly kind: "timeout";
  declare readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number) {
    super(message, "timeout");
    Object.assign(this, { timeoutMs });
  }
}

/** The SDK refused a call before sending it: an option or a body field is missing or has the wrong type. */
export class MayarInputError extends MayarError {
  override name = "MayarInputError";
  declare readonly kind: "invalid_input";
  declare readonly fields: MayarFieldError[];

  constructor(message: string, fields: MayarFieldError[] = []) {
    super(message, "invalid_input");
    Object.assign(this, { fields });
  }
}

export const isMayarError = (value: unknown): value is MayarError => value instanceof MayarError;

/**
 * True when a call ended because its caller aborted it: the `AbortError` a `signal` produces (the SDK
 * rethrows it untouched, so it is not a MayarError), or a MayarError of kind `"aborted"`. A UI should
 * stay quiet about these: the user or the component chose to stop.
 */
export const isAbortError = (value: unknown): boolean =>
  (value as Error | null)?.name === "AbortError" || (value as MayarError | null)?.kind === "aborted";
