/** Statuses whose answers carry no body: a Response with one would throw. */
export const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Headers of Mayar's answer that the browser may see. Set-Cookie, Location and server details never pass. */
export const FORWARDED_RESPONSE_HEADERS = ["retry-after", "x-request-id"] as const;

/** A method and path for a message: long, hostile paths are cut so an answer never echoes a whole upload. */
export const described = (method: string, pathname: string) =>
  `${method.slice(0, 16)} ${pathname.length > 200 ? `${pathname.slice(0, 200)}...` : pathname}`;
