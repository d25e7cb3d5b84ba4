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
import { backoffMs, DEFAULT_MAX_RETRIES, shouldRetry } from "./retry";

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
  /**
   * The answer as it came, NOT redacted: for server code that passes it on and applies its own checks
   * (the proxy reads two headers and, when it cannot hold the key, the text). Never handed to users.
   */
  raw: { response: Response; text: string };
}

/** Sends one exchange; resolves only for a success, throws a MayarError (or the caller's abort) otherwise. */
export type Send = (exchange: Exchange, options?: SendOptions) => Promise<Sent>;

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

/**
 * What the transport reads of a caller's signal: an AbortSignal has it, and so can a lighter object (the
 * proxy's client-disconnect signal on Node), since making an AbortSignal costs more than a proxied call's
 * checks.
 */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** A call's options as the transport takes them: `signal` may be any AbortLike. */
export type SendOptions = Omit<RequestOptions, "signal"> & { signal?: AbortLike };

/**
 * How an upstream client that is not fetch learns that an attempt lost (its deadline passed, or the caller
 * aborted): it marks itself with an `ON_CANCEL` property, and is then called with `init[ON_CANCEL](listener)`
 * instead of `init.signal`, so no AbortController is made for the attempt. fetch gets `init.signal`.
 */
export const ON_CANCEL = Symbol();

/**
 * Settles with what `work` gives; or when `ms` have passed, rejecting with what `late` returns (resolving
 * when it returns nothing); or with the caller's abort reason as soon as `signal` aborts: whichever comes
 * first. `work` is cancelled if it loses: its signal (made only when `signalled`) aborts, and the listener it
 * gave `onCancel` is called.
 * Settling on the timer, not on fetch, keeps the deadline even with a fetch that ignores its signal. Used
 * for each attempt and the waits between them.
 */
const within = <T>(
  ms: number,
  signal: AbortLike | undefined,
  late: () => unknown,
  work?: (signal: AbortSignal | undefined, onCancel: (listener: () => void) => void) => Promise<T>,
  signalled?: boolean,
) =>
  new Promise<T>((resolve, reject) => {
    const controller = signalled ? new AbortController() : undefined;
    let cancelled: (() => void) | undefined;
    const settle = (ok: boolean, value: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      if (!ok) {
        controller?.abort();
        cancelled?.();
      }
      (ok ? resolve : reject)(value as T);
    };
    const abort = () => settle(false, signal?.reason);
    const timer = setTimeout(() => {
      const error = late();
      settle(!error, error);
    }, ms);
    signal?.addEventListener("abort", abort);
    // An already-aborted signal never fires: settle now, before any work starts.
    if (signal?.aborted) abort();
    else
      work?.(controller?.signal, (listener) => (cancelled = listener)).then(
        (value) => settle(true, value),
        (error) => settle(false, error),
      );
  });

/**
 * The SDK's one transport: every namespace method and `mayar.api` go through it.
 * - Each attempt has its own deadline covering the whole exchange, body included.
 * - Redirects are never followed: a Mayar API does not redirect, and following one would hand back
 *   another host's answer (and, for a 307/308, resend the body).
 * - The body is read and parsed once; Mayar's failures inside 2xx answers become errors
 *   (normalise-envelope.ts); everything kept from an answer is redacted, on every attempt (a success's
 *   body only when its text could hold the key, see `Redact.couldHold`).
 * - GETs are retried (retry.ts); other methods only when the call passes `maxRetries`.
 * - A caller's abort rejects with the signal's own reason, between attempts too.
 */
export function createSend(settings: SendSettings): Send {
  const { fetch: fetchImpl, redact, backoff = backoffMs } = settings;
  // An upstream client that takes ON_CANCEL (the proxy's node:http one) gets no AbortSignal at all; fetch
  // gets a plain init object with one, as it expects.
  const cancelAware = ON_CANCEL in fetchImpl;
  const base = lowerCased(settings.headers);
  const auth: Record<string, string> = settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {};
  const redactedHeaders = (headers: Headers) => redact(Object.fromEntries(headers));

  const exchangeOnce = async ({ method, url }: Exchange, init: RequestInit): Promise<Sent> => {
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, init);
      text = await response.text();
    } catch (error) {
      let reason: string;
      try {
        reason = String((error as Error)?.cause ?? (error as Error)?.message ?? error);
      } catch {
        reason = "an unprintable error";
      }
      throw new MayarNetworkError(
        redact(`Could not reach Mayar for ${method} ${url}: ${reason}`),
        redact(error, true),
      );
    }
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    // A browser reports a manual redirect as an opaque response with status 0.
    const status = response.type === "opaqueredirect" ? 0 : statusMayarMeant(response.status, parsed, text);
    if (status < 200 || status > 299) {
      throw toApiError(status, redact(parsed), redactedHeaders(response.headers));
    }
    // A success is copied only when its text could hold the key (Mayar echoing it): one search of the text
    // instead of a copy of every value of every answer, the SDK's main cost on a list walk.
    // Headers are copied on demand: the namespace methods never read them, `mayar.api` does.
    return {
      status,
      body: redact.couldHold(text) ? redact(parsed) : parsed,
      raw: { response, text },
      get headers() {
        return new Headers(redactedHeaders(response.headers));
      },
    };
  };

  return async (exchange, options = {}) => {
    const { method, url, body } = exchange;
    const problem = requestOptionsProblem(options as RequestOptions);
    if (problem) throw new MayarInputError(redact(`${method} ${url}: ${problem}.`));
    const { signal } = options;
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const maxRetries =
      options.maxRetries ?? (method === "GET" ? (settings.maxRetries ?? DEFAULT_MAX_RETRIES) : 0);
    // The key goes last, so no header a caller passes can replace it.
    const headers = {
      ...base,
      ...lowerCased(options.headers),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...auth,
    };
    const timedOut = () =>
      new MayarTimeoutError(
        redact(
          `Mayar did not answer ${method} ${url} within ${timeoutMs} ms (it may still have processed it)`,
        ),
        timeoutMs,
      );
    for (let retries = 0; ; retries++) {
      try {
        return await within(
          timeoutMs,
          signal,
          timedOut,
          (attemptSignal, onCancel) =>
            // fetch reads the signal (ignoring the symbol); an ON_CANCEL client gets no signal, and the hook.
            exchangeOnce(exchange, {
              method,
              headers,
              body,
              redirect: "manual",
              signal: attemptSignal,
              [ON_CANCEL]: onCancel,
            } as RequestInit),
          !cancelAware,
        );
      } catch (error) {
        if (!shouldRetry(error, retries, maxRetries)) throw error;
        await within(backoff(retries, (error as MayarApiError).retryAfter), signal, () => undefined);
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
