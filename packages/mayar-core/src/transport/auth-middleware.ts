import type { Middleware } from "openapi-fetch";

/**
 * Adds `Authorization: Bearer <key>` last, after the caller's headers, so a stray header can't replace it.
 * The key lives only in this closure: the client object, its options and its errors never hold it.
 */
export function authMiddleware(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${apiKey}`);
      return request;
    },
  };
}
