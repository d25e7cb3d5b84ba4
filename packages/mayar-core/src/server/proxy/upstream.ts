import { MayarApiError, MayarNetworkError, MayarTimeoutError } from "../../errors/mayar-error";
import type { FetchLike, Sent } from "../../transport/send";
import type { BufferedAnswer } from "../body";
import { FORWARDED_RESPONSE_HEADERS, NULL_BODY_STATUSES } from "./answer";
import {
  nodeBuiltins,
  nodeUpstream,
  ODD_STATUS,
  oddStatusError,
  TOO_LARGE,
  tooLargeError,
} from "./node-upstream";

const REDACTED = "[redacted]";

/** True when the body arrives compressed: its Content-Length counts encoded bytes, not what fetch hands on. */
const isEncoded = (headers: Headers) => {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  return !!encoding && encoding !== "identity";
};

/**
 * The proxy's upstream as the core transport calls it (`fetch(url, init)`): the proxy's `fetch` option
 * when given, else node:http where the runtime has it (node-upstream.ts, which enforces the cap and the
 * status range itself), else the global fetch.
 */
export function upstreamFetch(
  fetchImpl: ((request: Request) => Promise<Response>) | undefined,
  maxBytes: number,
): FetchLike {
  const builtins = fetchImpl ? undefined : nodeBuiltins();
  if (builtins) return nodeUpstream(builtins, maxBytes);
  return cappedFetch(fetchImpl, maxBytes);
}

/**
 * A fetch as the core transport calls it (`fetch(url, init)`), over the proxy's `fetch` option
 * (which takes one Request) or the global fetch, with Mayar's answer capped at `maxBytes` of DECODED
 * body: fetch inflates gzip/deflate/br answers, so a 200 KiB answer can become 200 MiB, and the cap counts
 * what fetch hands on, not what crossed the wire. A declared Content-Length over the cap fails at once when
 * the body is not encoded, and a body that grows past the cap fails as soon as it does, cancelling the rest.
 * The global fetch holds an unencoded body to its Content-Length (HTTP framing), so only such an answer is
 * not counted again; a custom fetch's answers always are.
 * A status outside 200-599 (600, 999; fetch has already passed over informational 1xx answers) is no answer
 * a Response can carry: refused before its body is read. The transport reports either as a network error
 * whose cause carries the code (see `failureOf`).
 */
function cappedFetch(
  fetchImpl: ((request: Request) => Promise<Response>) | undefined,
  maxBytes: number,
): FetchLike {
  const tooLarge = () => tooLargeError(maxBytes);
  return async (url, init) => {
    const response = await (fetchImpl ? fetchImpl(new Request(url, init)) : globalThis.fetch(url, init));
    const refuse = (error: Error) => {
      response.body?.cancel().catch(() => {});
      throw error;
    };
    if (response.status < 200 || response.status > 599) {
      refuse(oddStatusError(response.status));
    }
    const encoded = isEncoded(response.headers);
    const declared = encoded ? null : response.headers.get("content-length");
    if (declared !== null && Number(declared) > maxBytes) refuse(tooLarge());
    // A Response cannot be rebuilt with these (and has no body to count): pass it on as it is.
    if (
      !response.body ||
      (!fetchImpl && declared !== null && /^\d+$/.test(declared)) ||
      NULL_BODY_STATUSES.has(response.status)
    ) {
      return response;
    }
    let size = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxBytes) controller.error(tooLarge());
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** What cappedFetch refused, found on the transport's network error (its code and message). */
const failureOf = (error: unknown): { code?: unknown; message?: unknown } | undefined => {
  const cause = (error as { cause?: { code?: unknown; cause?: { code?: unknown } } }).cause;
  for (const found of [cause, cause?.cause]) {
    if (found?.code === TOO_LARGE || found?.code === ODD_STATUS) return found;
  }
  return undefined;
};

/** An answer the proxy could not pass on: the status to give and the error to report. */
export class ProxyFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly error: unknown,
  ) {
    super(message);
  }
}

/**
 * Mayar's answer as the browser gets it: Mayar's status and JSON body (already redacted by the transport),
 * the allow-listed headers whose values do not carry the key, `cache-control: no-store`, and no body for the
 * null-body statuses. Throws a ProxyFailure (502) when the body would still reveal the key: the redactor
 * covers every string value, and this check covers the rest (an object key), so nothing holding it is sent.
 */
export function forwardedAnswer(
  status: number,
  body: unknown,
  header: (name: string) => string | null | undefined,
  secrets: readonly string[],
  extraHeaders: Record<string, string>,
  json?: string,
): BufferedAnswer {
  const kept: Record<string, string> = { ...extraHeaders, "cache-control": "no-store" };
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = header(name);
    if (value && !value.includes(REDACTED) && !secrets.some((secret) => value.includes(secret))) {
      kept[name] = value;
    }
  }
  if (NULL_BODY_STATUSES.has(status) || body === undefined) return { status, headers: kept, body: null };
  const text = json ?? JSON.stringify(body);
  if (secrets.some((secret) => text.includes(secret))) {
    throw new ProxyFailure(
      502,
      "Mayar's answer could not be passed on.",
      new Error("the answer held the API key"),
    );
  }
  return { status, headers: { ...kept, "content-type": "application/json" }, body: text };
}

/** The answer for a call the transport rejected: Mayar's error answer, or the proxy's own 502/504. */
export function failedAnswer(
  error: unknown,
  secrets: readonly string[],
  extraHeaders: Record<string, string>,
  maxBytes: number,
): BufferedAnswer {
  if (error instanceof MayarTimeoutError) {
    throw new ProxyFailure(
      504,
      "Mayar did not answer in time; it may still have processed the request.",
      error,
    );
  }
  if (error instanceof MayarNetworkError) {
    const refused = failureOf(error);
    if (refused?.code === TOO_LARGE) {
      throw new ProxyFailure(
        502,
        `Mayar's answer was larger than ${maxBytes} bytes (decoded); it was not passed on.`,
        error,
      );
    }
    if (refused?.code === ODD_STATUS) {
      const status = /HTTP (\d+)/.exec(String(refused.message))?.[1] ?? "with a status";
      throw new ProxyFailure(
        502,
        `Mayar answered HTTP ${status}, outside HTTP's 200-599; it was not passed on.`,
        error,
      );
    }
    throw new ProxyFailure(502, "Could not reach Mayar.", error);
  }
  if (error instanceof MayarApiError) {
    const { status, body } = error;
    const headers = (name: string) => error.headers[name];
    // 304 is a null-body answer, not a redirect: nothing from another host comes with it.
    if (status === 304) return forwardedAnswer(304, undefined, headers, secrets, extraHeaders);
    if (error.kind === "redirect") {
      throw new ProxyFailure(
        502,
        "Mayar answered with a redirect; the proxy does not follow redirects.",
        error,
      );
    }
    if (typeof body === "object" && body !== null) {
      return forwardedAnswer(status, body, headers, secrets, extraHeaders);
    }
    const messages =
      body === undefined
        ? `Mayar answered HTTP ${status} with no body.`
        : `Mayar answered HTTP ${status} with a body that is not JSON.`;
    return forwardedAnswer(status, { statusCode: status, messages }, headers, secrets, extraHeaders);
  }
  throw new ProxyFailure(500, "The proxy could not handle this request.", error);
}

/**
 * Successful answers: the body as the transport redacted it, or Mayar's own text when it cannot spell the
 * key (`couldHold`: no key, no escape that could write one), passed on without serialising it again. The two
 * headers read are raw: forwardedAnswer drops any that holds the key.
 */
export const sentAnswer = (
  sent: Sent,
  secrets: readonly string[],
  extraHeaders: Record<string, string>,
  couldHold: (text: string) => boolean,
) => {
  const { response, text } = sent.raw;
  const asItCame = typeof sent.body === "object" && sent.body !== null && !couldHold(text);
  return forwardedAnswer(
    sent.status,
    sent.body,
    (name) => response.headers.get(name),
    secrets,
    extraHeaders,
    asItCame ? text : undefined,
  );
};
