// Response builders. Every JSON body goes through `jsonResponse` so headers stay consistent.
import type { MessageKey } from "../spec/operations.js";

const JSON_TYPE = "application/json; charset=utf-8";
const HTML_TYPE = "text/html; charset=utf-8";

/** Defaults first, then the caller's headers replace them whatever their letter case. */
export function mergeHeaders(defaults: Record<string, string>, overrides?: Record<string, string>): Headers {
  const headers = new Headers(defaults);
  for (const [name, value] of Object.entries(overrides ?? {})) headers.set(name, value);
  return headers;
}

export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: mergeHeaders({ "content-type": JSON_TYPE, "cache-control": "no-store" }, headers),
  });
}

/** Mayar's error envelope, spelled the way the operation's family spells it. */
export function errorEnvelope(
  statusCode: number,
  messageKey: MessageKey,
  text: string,
  data?: unknown,
): Record<string, unknown> {
  const body: Record<string, unknown> = { statusCode, [messageKey]: text };
  if (data !== undefined) body.data = data;
  return body;
}

export function errorResponse(
  statusCode: number,
  messageKey: MessageKey,
  text: string,
  data?: unknown,
): Response {
  return jsonResponse(statusCode, errorEnvelope(statusCode, messageKey, text, data));
}

export function htmlResponse(status: number, html: string): Response {
  return new Response(html, { status, headers: { "content-type": HTML_TYPE, "cache-control": "no-store" } });
}

export function redirectResponse(location: string): Response {
  // 303 so the browser follows a POST (the pay form) with a GET.
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

/** Short reason phrases for fault bodies the caller did not spell out. */
export function reasonPhrase(status: number): string {
  const phrases: Record<number, string> = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
  };
  return phrases[status] ?? (status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "OK");
}
