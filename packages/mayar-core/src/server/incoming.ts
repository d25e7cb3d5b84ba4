// What the proxy reads from a request, whichever way it arrived. A fetch handler gets a Request; on Node,
// toNodeHandler reads the IncomingMessage directly and builds a web Request only if a policy hook asks for
// one, because a Request (its Headers, its body stream, the signal it follows) costs more than the proxy's
// checks do.
import type { AbortLike } from "../transport/send";
import { type BodyRead, type BufferedAnswer, readBody } from "./body";

export interface Incoming {
  readonly method: string;
  /** The full URL, as a Request's `url`. */
  readonly url: string;
  /** Read-only headers, answering as `Headers` does (names in lower case). */
  readonly headers: { get(name: string): string | null; has(name: string): boolean };
  /** Aborts when the client goes away: an AbortSignal, or toNodeHandler's lighter DisconnectSignal. */
  readonly signal: AbortLike;
  /** The body as UTF-8 text, at most `maxBytes` read (see body.ts `readBody`). */
  readBody(maxBytes: number): Promise<BodyRead>;
  /** The web Request, built on the first call (its body already read by then, when there was one). */
  webRequest(): Request;
}

/** A handler that can also be given an Incoming and answer a BufferedAnswer: toNodeHandler prefers that. */
export const INCOMING_ENTRY = Symbol("mayar.incomingEntry");
export type IncomingEntry = (incoming: Incoming) => Promise<BufferedAnswer>;

export const incomingOfRequest = (request: Request): Incoming => ({
  method: request.method,
  url: request.url,
  headers: request.headers,
  signal: request.signal,
  readBody: (maxBytes) => readBody(request, maxBytes),
  webRequest: () => request,
});
