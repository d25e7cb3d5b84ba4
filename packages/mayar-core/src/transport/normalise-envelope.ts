/**
 * Mayar sometimes reports a failure inside a 2xx answer: the body's `statusCode` says 400/404/500, or
 * `messages` is "failed" with a validator list in `data` (REFERENCE.md 1.3). The body is authoritative.
 * This is the single place that quirk is handled: the transport re-issues such answers with the status
 * returned here, so the typed client, the error mapping and every hook downstream see an ordinary error.
 * A 2xx that is not JSON at all (a captive portal, a misconfigured baseUrl) becomes a 502.
 */
export function statusMayarMeant(status: number, text: string): number {
  if (status < 200 || status > 299 || status === 204 || !text) return status;
  try {
    const body = JSON.parse(text);
    const claimed = body?.statusCode;
    if (claimed >= 400 && claimed <= 599) return claimed;
    return (body?.messages ?? body?.message) === "failed" ? 400 : status;
  } catch {
    return 502;
  }
}
