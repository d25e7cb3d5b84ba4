import { type RequestOptions, requestOptionsProblem } from "../client/options";
import {
  type MayarApiError,
  MayarError,
  MayarInputError,
  MayarNetworkError,
  MayarTimeoutError,
} from "../errors/mayar-error";
import type { Redact } from "../errors/redact";
import { toApiError } from "../errors/to-api-error";
import { statusMayarMeant } from "./normalise-envelope";
import { backoffMs, DEFAULT_MAX_RETRIES, pause, shouldRetry } from "./retry";

/** What the SDK needs from `fetch`: it always calls `fetch(url, init)` with an absolute URL string. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

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
  /** The answer's headers, values redacted (a fresh copy on each read). */
  readonly headers: Headers;
}

/** Sends one exchange; resolves only for a success, throws a MayarError (or the caller's abort) otherwise. */
export type Send = (exchange: Exchange, options?: RequestOptions) => Promise<Sent>;

export interface SendSettings {
  fetch: FetchLike;
  apiKey?: string;
  headers?: Record<string, string>;
  /** Deadline per attempt. */
  timeoutMs: number;
  /** Retries for a GET when the call does not say (default 2). Other methods retry only when the call says. */
  maxRetries?: number;
  redact: Redact;
  /** Milliseconds before retry number `retries + 1` (default `backoffMs`); tests pass a tiny one. */
  backoff?: (retries: number, retryAfter?: number) => number;
}

const lowerCased = (headers?: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));

// String() can throw (a null-prototype object): a failure must still become a MayarNetworkError.
const describe = (error: unknown) => {
  try {
    return String((error as Error)?.cause ?? (error as Error)?.message ?? error);
  } catch {
    return "an unprintable error";
  }
};

/**
 * The SDK's one transport: every namespace method and `mayar.api` go through it.
 * - Each attempt has its own deadline covering the whole exchange, body included, kept even by a fetch
 *   that ignores signals (the attempt settles on the timer, not on fetch).
 * - Redirects are never followed: a Mayar API does not redirect, and following one would hand back
 *   another host's answer (and, for a same-origin hop, resend the key).
 * - The body is read and parsed once; Mayar's failures inside 2xx answers become errors
 *   (normalise-envelope.ts); everything kept from the answer is redacted, on every attempt.
 * - GETs are retried (retry.ts); writes only when the call passes `maxRetries`.
 * - A caller's abort rejects with the signal's own reason, between attempts too.
 */
export function createSend(settings: SendSettings): Send {
  const { fetch: fetchImpl, redact, backoff = backoffMs } = settings;
  const clientRetries = settings.maxRetries ?? DEFAULT_MAX_RETRIES;
  const base = lowerCased(settings.headers);
  const auth: Record<string, string> = settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {};
  // The key is added last, so no header the caller passes can replace it.
  const headersFor = (json: boolean, extra?: Record<string, string>): Record<string, string> => ({
    ...base,
    ...lowerCased(extra),
    ...(json ? { "content-type": "application/json" } : {}),
    ...auth,
  });
  const plain = headersFor(false);
  const json = headersFor(true);
  const redactedHeaders = (headers: Headers) => {
    const kept: Record<string, string> = {};
    headers.forEach((value, name) => {
      kept[name] = redact(value);
    });
    return kept;
  };

  const exchangeOnce = async (url: string, init: RequestInit): Promise<Sent> => {
    const response = await fetchImpl(url, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    // A browser reports a manual redirect as an opaque response with status 0.
    const status = response.type === "opaqueredirect" ? 0 : statusMayarMeant(response.status, body, text);
    body = redact(body);
    if (status < 200 || status > 299) throw toApiError(status, body, redactedHeaders(response.headers));
    // Copied on demand: the namespace methods never read them, `mayar.api` does.
    return {
      status,
      body,
      get headers() {
        return new Headers(redactedHeaders(response.headers));
      },
    };
  };

  const attempt = (
    exchange: Exchange,
    headers: Record<string, string>,
    timeoutMs: number,
    signal?: AbortSignal,
  ) =>
    new Promise<Sent>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const controller = new AbortController();
      const settle = (error?: unknown, sent?: Sent) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
        if (sent) return resolve(sent);
        controller.abort();
        reject(error);
      };
      const abort = () => settle(signal?.reason);
      const timer = setTimeout(() => {
        settle(
          new MayarTimeoutError(
            `Mayar did not answer ${redact(`${exchange.method} ${exchange.url}`)} within ${timeoutMs} ms (it may still have processed it)`,
            timeoutMs,
          ),
        );
      }, timeoutMs);
      signal?.addEventListener("abort", abort);
      exchangeOnce(exchange.url, {
        method: exchange.method,
        headers,
        body: exchange.body,
        signal: controller.signal,
        redirect: "manual",
      }).then(
        (sent) => settle(undefined, sent),
        (error) =>
          settle(
            error instanceof MayarError
              ? error
              : new MayarNetworkError(
                  redact(`Could not reach Mayar for ${exchange.method} ${exchange.url}: ${describe(error)}`),
                  redact(error),
                ),
          ),
      );
    });

  return async (exchange, options = {}) => {
    const problem = requestOptionsProblem(options);
    if (problem) throw new MayarInputError(redact(`${exchange.method} ${exchange.url}: ${problem}.`));
    const { signal } = options;
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const maxRetries = options.maxRetries ?? (exchange.method === "GET" ? clientRetries : 0);
    const hasBody = exchange.body !== undefined;
    // A copy per call: a custom fetch may mutate `init.headers`.
    const headers = options.headers ? headersFor(hasBody, options.headers) : { ...(hasBody ? json : plain) };
    for (let retries = 0; ; retries++) {
      try {
        return await attempt(exchange, headers, timeoutMs, signal);
      } catch (error) {
        if (!shouldRetry(error, retries, maxRetries)) throw error;
        await pause(backoff(retries, (error as MayarApiError).retryAfter), signal);
      }
    }
  };
}

/**
 * A fetch for openapi-fetch (`mayar.api`) over the same transport: Mayar's error answers come back as
 * Responses (openapi-fetch returns them as `error`), bodies and headers redacted like everything else.
 */
export function fetchOverSend(send: Send): (request: Request) => Promise<Response> {
  const answer = (status: number, body: unknown, headers: Headers | Record<string, string>) => {
    const kept = new Headers(headers);
    // The body is re-serialised, so the original framing headers no longer describe it.
    for (const name of ["content-length", "content-encoding", "transfer-encoding"]) kept.delete(name);
    return status === 204 || body === undefined
      ? new Response(null, { status, headers: kept })
      : Response.json(body, { status, headers: kept });
  };
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
      return answer(sent.status, sent.body, sent.headers);
    } catch (error) {
      const { status, body: errorBody, headers: errorHeaders } = error as MayarApiError;
      if (error instanceof MayarError && status >= 400) return answer(status, errorBody, errorHeaders);
      throw error;
    }
  };
}
