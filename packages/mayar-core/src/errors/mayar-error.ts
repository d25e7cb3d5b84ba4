/** What went wrong, as one word a program can switch on. */
export type MayarApiErrorKind =
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "duplicate_request"
  | "rate_limited"
  | "server"
  | "unknown";

export type MayarErrorKind = MayarApiErrorKind | "network" | "timeout" | "invalid_input";

/** One failing field, as Mayar's validator (or the SDK's own pre-flight check) reports it. */
export interface MayarFieldError {
  field: string;
  message: string;
  type?: string;
}

/**
 * The base of every error the SDK throws: `catch (e) { if (e instanceof MayarError) ... }` covers them all.
 * Errors never hold the API key: messages and bodies are redacted before an error is built, and no
 * request headers are kept. `JSON.stringify(error)` gives the facts (name, kind, status, body, fields).
 */
export class MayarError extends Error {
  override name = "MayarError";
  declare readonly kind: MayarErrorKind;

  constructor(message: string, kind: MayarErrorKind = "unknown", options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, { kind });
  }
}

/** Mayar answered with an error (HTTP 4xx/5xx, or a 2xx whose body says it failed). */
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
  /** Seconds to wait, from `Retry-After`, when Mayar sent it. */
  declare readonly retryAfter?: number;

  constructor(init: {
    message: string;
    kind: MayarApiErrorKind;
    status: number;
    body: unknown;
    fields?: MayarFieldError[];
    retryAfter?: number;
  }) {
    const { message, kind, ...facts } = init;
    super(message, kind);
    Object.assign(this, facts);
  }
}

/** Mayar could not be reached: DNS, refused or reset connection, TLS, offline. Nothing was answered. */
export class MayarNetworkError extends MayarError {
  override name = "MayarNetworkError";
  declare readonly kind: "network";

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
