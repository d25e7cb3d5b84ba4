import { MayarApiError, type MayarApiErrorKind, type MayarFieldError } from "./mayar-error";

// Mayar answers 429 for two different things; only the duplicate-create one has this wording.
const DUPLICATE_REQUEST = /duplicate request/i;

const KIND_BY_STATUS: Record<number, MayarApiErrorKind> = {
  400: "validation",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
};

/**
 * Mayar's own words: most endpoints say `messages`, the credit family and v2 writes say `message`.
 * A text body (a proxy's HTML error page) is not quoted: it is kept whole in `error.body`.
 */
function messageOf(status: number, body: unknown): string {
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
 * normalise-envelope.ts for Mayar's failures inside 2xx answers).
 */
export function toApiError(status: number, body: unknown, headers?: Headers): MayarApiError {
  const message = messageOf(status, body);
  const kind: MayarApiErrorKind =
    status === 429
      ? DUPLICATE_REQUEST.test(message)
        ? "duplicate_request"
        : "rate_limited"
      : status >= 500
        ? "server"
        : (KIND_BY_STATUS[status] ?? "unknown");
  const retryAfterHeader = Number.parseInt(headers?.get("retry-after") ?? "", 10);
  const fields = fieldsOf(body);
  return new MayarApiError({
    message,
    kind,
    status,
    body,
    ...(fields?.length ? { fields } : {}),
    ...(Number.isFinite(retryAfterHeader) ? { retryAfter: retryAfterHeader } : {}),
  });
}
