import { MayarApiError, type MayarApiErrorKind, type MayarFieldError } from "./mayar-error";

// Mayar answers 429 for two different things; only the duplicate-create one has this wording.
const DUPLICATE_REQUEST = /duplicate request/i;

const KIND_BY_STATUS: Record<number, MayarApiErrorKind> = {
  400: "validation",
  401: "unauthorized",
  402: "payment_required",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  408: "request_timeout",
  409: "conflict",
  413: "payload_too_large",
  422: "unprocessable",
};

// A longer wait than this is not advice but a broken or hostile header: it is ignored, not obeyed.
const MAX_SENSIBLE_RETRY_AFTER_S = 86_400;

/**
 * `Retry-After` in seconds: an integer, or an HTTP date (a past one means now). Negative, fractional,
 * unparseable and absurd (over a day) values give `undefined`, as if Mayar had not sent the header.
 */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | undefined {
  const text = header?.trim() ?? "";
  // An HTTP date has a weekday and a month name; without letters, Date.parse would read "-1" as 2001.
  const seconds = /^\d+$/.test(text)
    ? +text
    : /[a-z]/i.test(text)
      ? Math.max(0, Math.ceil((Date.parse(text) - now) / 1000))
      : Number.NaN;
  return seconds <= MAX_SENSIBLE_RETRY_AFTER_S ? seconds : undefined;
}

/**
 * Mayar's own words: most endpoints say `messages`, the credit family and v2 writes say `message`.
 * A text body (a proxy's HTML error page) is not quoted: it is kept whole in `error.body`. A redirect's
 * body is never quoted: it may come from a host that is not Mayar.
 */
function messageOf(status: number, body: unknown, location?: string): string {
  if (status < 400) {
    return `Mayar answered ${status ? `HTTP ${status}` : "with a redirect"}${location ? ` to ${location}` : ""}: a Mayar API must not redirect, so it was not followed (check baseUrl)`;
  }
  const { messages, message } = (body ?? {}) as { messages?: unknown; message?: unknown };
  const text = messages ?? message;
  if (typeof text === "string" && text) return text;
  return typeof body === "string" && body
    ? `Mayar answered HTTP ${status} with a non-JSON body`
    : `Mayar answered HTTP ${status} with no message`;
}

/** Mayar's validator list (`data: [{ type, message, field, expected?, actual? }]`), kept as sent. */
function fieldsOf(body: unknown): MayarFieldError[] | undefined {
  const data = (body as { data?: unknown } | null)?.data;
  return Array.isArray(data) ? data.filter((item) => typeof item?.field === "string") : undefined;
}

/**
 * The one place an HTTP answer becomes an error: a pure function of (status, body, headers), so every
 * mapping rule is unit-tested without a server. `status` is already the status Mayar meant (see
 * normalise-envelope.ts for Mayar's failures inside 2xx answers); 0 is a browser's opaque redirect.
 * `headers` are kept on the error as given: the transport passes them already redacted.
 */
export function toApiError(
  status: number,
  body: unknown,
  headers?: HeadersInit,
  now?: number,
): MayarApiError {
  const plain: Record<string, string> = Object.fromEntries(new Headers(headers));
  const message = messageOf(status, body, plain.location);
  const kind: MayarApiErrorKind =
    status < 400
      ? "redirect"
      : status === 429
        ? DUPLICATE_REQUEST.test(message)
          ? "duplicate_request"
          : "rate_limited"
        : status >= 500
          ? "server"
          : (KIND_BY_STATUS[status] ?? "unknown");
  const retryAfter = retryAfterSeconds(plain["retry-after"], now);
  const requestId = plain["x-request-id"] ?? plain["cf-ray"];
  const fields = fieldsOf(body);
  return new MayarApiError({
    message,
    kind,
    status,
    body,
    headers: plain,
    ...(fields?.length ? { fields } : {}),
    ...(retryAfter === undefined ? {} : { retryAfter }),
    ...(requestId ? { requestId } : {}),
  });
}
