/**
 * Mayar sometimes reports a failure inside a 2xx answer: the body's `statusCode` says 400/404/500, or
 * `messages` is "failed" with a validator list in `data` (REFERENCE.md 1.3). The body is authoritative.
 * This is the single place that quirk is handled: the transport uses the status returned here, so the
 * error mapping and every hook downstream see an ordinary error.
 * A 2xx that is not JSON at all (a captive portal, a misconfigured baseUrl) becomes a 502.
 *
 * @param body - the parsed JSON body, or the raw text when it did not parse
 * @param text - the raw text (empty when there was no body)
 */
export function statusMayarMeant(status: number, body: unknown, text: string): number {
  // No text covers 204 and any other empty answer: nothing to contradict the status.
  if (status < 200 || status > 299 || !text) return status;
  if (typeof body !== "object" || body === null) return 502;
  const { statusCode, messages, message } = body as Record<string, unknown>;
  return typeof statusCode === "number" && statusCode >= 400 && statusCode <= 599
    ? statusCode
    : (messages ?? message) === "failed"
      ? 400
      : status;
}
