import type { MayarFieldError } from "../../errors/mayar-error";

/** Statuses whose answers carry no body: a Response with one would throw. */
export const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Headers of Mayar's answer that the browser may see. Set-Cookie, Location and server details never pass. */
export const FORWARDED_RESPONSE_HEADERS = ["retry-after", "x-request-id"] as const;

/**
 * One of the proxy's own answers, in Mayar's envelope (`{ statusCode, messages }`, plus `data` listing the
 * failing fields for a validation error), never cached.
 */
export function proxyAnswer(
  status: number,
  messages: string,
  options: { data?: MayarFieldError[]; headers?: Record<string, string> } = {},
): Response {
  const { data, headers } = options;
  return Response.json(
    { statusCode: status, messages, ...(data ? { data } : {}) },
    { status, headers: { ...headers, "cache-control": "no-store" } },
  );
}

/** A method and path for a message: long, hostile paths are cut so an answer never echoes a whole upload. */
export const described = (method: string, pathname: string) =>
  `${method.slice(0, 16)} ${pathname.length > 200 ? `${pathname.slice(0, 200)}...` : pathname}`;
