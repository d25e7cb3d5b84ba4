import type { RequestOptions } from "../client/options";
import { MayarApiError, MayarError, MayarNetworkError, MayarTimeoutError } from "../errors/mayar-error";
import type { Redact } from "../errors/redact";
import { toApiError } from "../errors/to-api-error";
import { statusMayarMeant } from "./normalise-envelope";

export type FetchLike = (input: Request | string, init?: RequestInit) => Promise<Response>;

/** One HTTP exchange with Mayar, as the operation layer describes it. */
export interface Exchange {
  method: string;
  /** Absolute URL, query included. */
  url: string;
  /** The JSON body, already serialised. */
  body?: string;
}

/** What came back: the status Mayar meant and the parsed, redacted body. */
export interface Sent {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Sends one exchange; resolves only for a success, throws a MayarError (or the caller's abort) otherwise. */
export type Send = (exchange: Exchange, options?: RequestOptions) => Promise<Sent>;

export interface SendSettings {
  fetch: FetchLike;
  apiKey?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  redact: Redact;
}

/**
 * The SDK's one transport: every namespace method and `mayar.api` go through it. Each call gets its own
 * deadline covering the whole exchange (body included), even with a fetch that ignores signals. The body is
 * read and parsed once; Mayar's failures inside 2xx answers become errors (normalise-envelope.ts).
 */
export function createSend(settings: SendSettings): Send {
  const { fetch: fetchImpl, apiKey, redact } = settings;
  return async (exchange, options = {}) => {
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const headers = new Headers(settings.headers);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    if (exchange.body !== undefined) headers.set("content-type", "application/json");
    if (apiKey) headers.set("authorization", `Bearer ${apiKey}`);
    const callerSignal = options.signal;
    const controller = new AbortController();
    const forwardAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener("abort", forwardAbort);
    let timedOut = false;
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason));
    });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const where = `${exchange.method} ${exchange.url}`;
    try {
      if (callerSignal?.aborted) forwardAbort();
      const run = async () => {
        const response = await fetchImpl(exchange.url, {
          method: exchange.method,
          headers,
          body: exchange.body,
          signal: controller.signal,
          redirect: "manual",
        });
        const text = await response.text();
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {}
        return { status: statusMayarMeant(response.status, body, text), body: redact(body), headers: response.headers };
      };
      const sent = await Promise.race([run(), aborted]);
      if (sent.status < 200 || sent.status > 299) throw toApiError(sent.status, sent.body, sent.headers);
      return sent;
    } catch (error) {
      if (timedOut) {
        throw new MayarTimeoutError(
          `Mayar did not answer ${where} within ${timeoutMs} ms (it may still have processed it)`,
          timeoutMs,
        );
      }
      if (callerSignal?.aborted || error instanceof MayarError) throw error;
      const reason = redact(String((error as Error)?.cause ?? (error as Error)?.message ?? error));
      throw new MayarNetworkError(`Could not reach Mayar for ${where}: ${reason}`, error);
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", forwardAbort);
    }
  };
}

/**
 * A fetch for openapi-fetch (`mayar.api`) over the same transport: Mayar's error answers come back as
 * Responses (openapi-fetch returns them as `error`), redacted like everything else.
 */
export function fetchOverSend(send: Send): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body ? await request.text() : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      if (name !== "authorization") headers[name] = value;
    });
    try {
      const sent = await send(
        { method: request.method, url: request.url, body },
        { signal: request.signal, headers },
      );
      return Response.json(sent.body ?? null, { status: sent.status });
    } catch (error) {
      if (error instanceof MayarApiError && error.status >= 400) {
        return Response.json(error.body ?? null, { status: error.status });
      }
      throw error;
    }
  };
}
