import { MayarError, MayarNetworkError, MayarTimeoutError } from "../errors/mayar-error";
import type { Redact } from "../errors/redact";
import { statusMayarMeant } from "./normalise-envelope";

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * Wraps `fetch` into the SDK's transport. Each call gets its own deadline (a fresh timer per request, not
 * one signal made when the client was created) covering the whole exchange, body included, so a server
 * that sends headers and then hangs still times out. Failures become the SDK's errors:
 * - the deadline passed            → MayarTimeoutError
 * - the caller aborted (`signal`)  → the caller's own AbortError, untouched: an abort stays an abort
 * - no connection, DNS, TLS, reset → MayarNetworkError
 * The answer is re-issued with the status Mayar meant (see normalise-envelope.ts).
 */
export function createTransport(fetchImpl: FetchLike, timeoutMs: number, redact: Redact): FetchLike {
  return async (request, init) => {
    const callerSignal = request.signal;
    const controller = new AbortController();
    const forwardAbort = () => controller.abort(callerSignal.reason);
    callerSignal.addEventListener("abort", forwardAbort);
    let timedOut = false;
    // Racing the abort as well as passing the signal keeps the deadline even for a custom fetch that
    // ignores signals; passing it through `init` avoids cloning the Request (the costliest step here).
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason));
    });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const where = `${request.method} ${request.url}`;
    try {
      if (callerSignal.aborted) forwardAbort();
      const exchange = async () => {
        const response = await fetchImpl(request, { ...init, signal: controller.signal });
        const text = await response.text();
        return new Response(text || null, {
          status: statusMayarMeant(response.status, text),
          headers: response.headers,
        });
      };
      return await Promise.race([exchange(), aborted]);
    } catch (error) {
      if (timedOut) {
        throw new MayarTimeoutError(
          `Mayar did not answer ${where} within ${timeoutMs} ms (it may still have processed it)`,
          timeoutMs,
        );
      }
      if (callerSignal.aborted || error instanceof MayarError) throw error;
      const reason = redact(String((error as Error)?.cause ?? (error as Error)?.message ?? error));
      throw new MayarNetworkError(`Could not reach Mayar for ${where}: ${reason}`, error);
    } finally {
      clearTimeout(timer);
      callerSignal.removeEventListener("abort", forwardAbort);
    }
  };
}
