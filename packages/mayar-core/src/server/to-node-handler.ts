import {
  type BodyRead,
  type BufferedAnswer,
  declaresMoreThan,
  envelope,
  envelopeAnswer,
  tooLargeRead,
  utf8Text,
} from "./body";
import { DisconnectSignal } from "./disconnect-signal";
import { INCOMING_ENTRY, type Incoming, type IncomingEntry } from "./incoming";
import { isHostValue } from "./proxy/own-origin";

// Node's http (and Express, which builds on it) speak IncomingMessage/ServerResponse, not Request/Response.
// These structural types name only what the adapter uses, so the server entry needs no Node types at runtime
// or in its declarations; http.IncomingMessage/ServerResponse and Express's req/res satisfy them.

/** What toNodeHandler reads from Node's `IncomingMessage` (Express's `req` is one). */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Express: the URL before the mount path was stripped (`app.use("/api/mayar", ...)`). */
  originalUrl?: string;
  /** Express: `"http"` or `"https"`, honouring its `trust proxy` setting. */
  protocol?: string;
  /** A TLS socket has `encrypted: true`. */
  socket?: object | null;
  /** What a body parser (`express.json()`) made of the body, if one ran. */
  body?: unknown;
  readableEnded?: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** What toNodeHandler writes to: Node's `ServerResponse` (Express's `res` is one). */
export interface NodeResponseLike {
  readonly headersSent: boolean;
  readonly writableEnded: boolean;
  readonly writableFinished: boolean;
  readonly destroyed: boolean;
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array | string): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  destroy(error?: Error): unknown;
}

/** `(req, res, next?) => void`: a `node:http` request listener and an Express middleware. */
export type NodeHandler = (req: NodeRequestLike, res: NodeResponseLike, next?: unknown) => void;

// Connection-level headers describe the hop to this server, not the request.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "expect",
]);
const utf8 = new TextEncoder();

/** Bytes of `text` in UTF-8: Node's Buffer counts without encoding; elsewhere (a Node-like server) encode. */
const byteLength = (text: string): number => {
  const buffer = (globalThis as { Buffer?: { byteLength(text: string, encoding: "utf8"): number } }).Buffer;
  return buffer ? buffer.byteLength(text, "utf8") : utf8.encode(text).byteLength;
};

/**
 * The request body as a stream that reads from `req` only when pulled: nothing is buffered ahead of the
 * reader, and a reader that stops (the proxy's size limit) leaves the rest unread.
 */
function streamOf(req: NodeRequestLike): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onData = (chunk: Uint8Array | string) => {
          controller.enqueue(
            typeof chunk === "string"
              ? utf8.encode(chunk)
              : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength),
          );
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        const onEnd = () => {
          cleanup();
          controller.close();
        };
        const onError = (error: Error) => {
          cleanup();
          controller.error(error);
        };
        cleanup = () => {
          req.removeListener("data", onData);
          req.removeListener("end", onEnd);
          req.removeListener("error", onError);
        };
        // Paused first: adding a data listener to a paused stream does not start the flow.
        req.pause();
        req.on("data", onData);
        req.on("end", onEnd);
        req.on("error", onError);
      },
      pull() {
        req.resume();
      },
      cancel() {
        cleanup();
        req.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The body to hand on: a body parser's result re-serialised, or the unread stream, or none. */
function bodyOf(req: NodeRequestLike, headers: Headers): BodyInit | undefined {
  if (req.readableEnded) {
    // A body parser (express.json(), .text(), .raw()) consumed the stream: pass on what it made of it.
    const { body } = req;
    headers.delete("content-length");
    if (body === undefined) return undefined;
    if (typeof body === "string") return body;
    if (body instanceof Uint8Array) return new Uint8Array(body);
    try {
      return JSON.stringify(body);
    } catch {
      return undefined;
    }
  }
  return headers.has("content-length") || req.headers["transfer-encoding"] ? streamOf(req) : undefined;
}

function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const method = (req.method ?? "GET").toUpperCase();
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":") || HOP_BY_HOP.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {}
    }
  }
  const body = method === "GET" || method === "HEAD" ? undefined : bodyOf(req, headers);
  return new Request(requestUrl(req), {
    method,
    headers,
    signal,
    ...(body === undefined ? {} : { body, duplex: "half" }),
  } as RequestInit);
}

/** The full URL of `req`, as the Request built for it has it. */
function requestUrl(req: NodeRequestLike): string {
  const hostHeader = req.headers.host ?? req.headers[":authority"];
  const host = typeof hostHeader === "string" && isHostValue(hostHeader) ? hostHeader : "localhost";
  const protocol =
    req.protocol === "https" || req.protocol === "http"
      ? req.protocol
      : (req.socket as { encrypted?: boolean } | null | undefined)?.encrypted
        ? "https"
        : "http";
  const target = req.originalUrl ?? req.url ?? "/";
  return `${protocol}://${host}${target.startsWith("/") ? target : "/"}`;
}

/**
 * Reads `req`'s body as UTF-8 text straight off the socket (no web stream), counting bytes as they arrive and
 * pausing the socket the moment there are more than `maxBytes`: the rest stays unread, and the answer then
 * closes the connection (`closeIfUnread`).
 */
function readNodeBody(req: NodeRequestLike, maxBytes: number): Promise<BodyRead> {
  const declared = req.headers["content-length"];
  if (declaresMoreThan(typeof declared === "string" ? declared : null, maxBytes)) {
    return Promise.resolve(tooLargeRead(maxBytes));
  }
  if (declared === undefined && !req.headers["transfer-encoding"]) return Promise.resolve({ text: "" });
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const finish = (read: BodyRead) => {
      req.removeListener("data", onData);
      req.removeListener("end", onEnd);
      req.removeListener("error", onError);
      resolve(read);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === "string" ? utf8.encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size > maxBytes) {
        req.pause();
        return finish(tooLargeRead(maxBytes));
      }
      chunks.push(bytes);
    };
    const onEnd = () => finish(utf8Text(chunks, size));
    const onError = () => finish({ status: 400, messages: "Bad request: the body could not be read." });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.resume();
  });
}

/** `req` as the proxy reads it: headers looked up where Node put them, a Request built only when asked for. */
function incomingOf(req: NodeRequestLike, signal: DisconnectSignal): Incoming {
  let built: Request | undefined;
  const header = (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return {
    method: (req.method ?? "GET").toUpperCase(),
    url: requestUrl(req),
    headers: { get: header, has: (name) => header(name) !== null },
    signal,
    readBody: (maxBytes) => readNodeBody(req, maxBytes),
    webRequest: () => {
      built ??= toRequest(req, signal.signal);
      return built;
    },
  };
}

/** Resolves once `res` can take more, or has closed. */
const drained = (res: NodeResponseLike) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.removeListener("drain", done);
      res.removeListener("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });

/**
 * Answered before the upload was read to its end (413, 403, ...): close the connection rather than make Node
 * drain the rest of a body nobody wants.
 */
function closeIfUnread(req: NodeRequestLike, headers: Record<string, string | string[]>) {
  if (req.readableEnded === false && (req.headers["content-length"] || req.headers["transfer-encoding"])) {
    headers.connection = "close";
  }
}

/** An answer whose body is already text: written in one go, no stream or reader. */
function writeBuffered(req: NodeRequestLike, res: NodeResponseLike, answer: BufferedAnswer, method: string) {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | string[]> = { ...answer.headers };
  const body = answer.body === null ? undefined : answer.body;
  if (body !== undefined) headers["content-length"] = String(byteLength(body));
  closeIfUnread(req, headers);
  res.writeHead(answer.status, headers);
  // Node writes the text as UTF-8 itself: no encoded copy is made first.
  res.end(method === "HEAD" ? undefined : body);
}

async function writeResponse(
  req: NodeRequestLike,
  res: NodeResponseLike,
  response: Response,
  method: string,
) {
  if (res.headersSent || res.destroyed) {
    await response.body?.cancel().catch(() => {});
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  closeIfUnread(req, headers);
  res.writeHead(response.status, headers);
  if (!response.body || method === "HEAD") {
    await response.body?.cancel().catch(() => {});
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        await reader.cancel().catch(() => {});
        return;
      }
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error("the answer's body failed"));
  }
}

/**
 * Mounts a fetch handler (`(request: Request) => Promise<Response>`, like createMayarProxy's) on Node's
 * `http` server or in Express:
 *
 * ```ts
 * http.createServer(toNodeHandler(proxy)).listen(3000);
 * app.use("/api/mayar", toNodeHandler(proxy)); // Express: mount it before express.json()
 * ```
 *
 * - The Request's URL is the full original URL (Express's `originalUrl`, so `basePath` still matches),
 *   on the request's Host (http, or https on a TLS socket or when Express's `req.protocol` says so).
 * - The body streams from the socket as the handler reads it, nothing buffered ahead; when the handler
 *   answers without reading it all (a 413), the connection is closed instead of drained.
 * - If a body parser already read the body (`express.json()`), its `req.body` is re-serialised as JSON (a
 *   string or Buffer from `express.text()`/`raw()` is passed as it is): the handler still sees and checks a
 *   body, but the parser's own limit decided how much was buffered. Mount the proxy before body parsers.
 * - `request.signal` aborts when the client disconnects before the answer is written.
 * - Status, headers (each Set-Cookie kept apart) and body are written back with backpressure. A handler
 *   that throws answers a JSON 500 (never the framework's page); a body failing mid-way closes the
 *   connection. `next` is not called: the handler answers every request it is given.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return (req, res) => {
    const disconnect = new DisconnectSignal();
    const onClose = () => {
      if (!res.writableFinished) disconnect.abort(new DOMException("The client disconnected.", "AbortError"));
    };
    res.on("close", onClose);
    const method = (req.method ?? "GET").toUpperCase();
    const entry = (handler as { [INCOMING_ENTRY]?: IncomingEntry })[INCOMING_ENTRY];
    if (entry && !req.readableEnded) {
      // createMayarProxy's handler: it reads `req` directly and answers text, so no Request, Response or
      // stream is made unless a policy hook asks for the Request.
      const incoming = incomingOf(req, disconnect);
      // The entry answers a URL it cannot read with 400 itself.
      entry(incoming)
        .catch(() => envelope(500, "Internal server error."))
        .then((answer) => writeBuffered(req, res, answer, method))
        .catch((error) => res.destroy(error instanceof Error ? error : undefined));
      return;
    }
    const serve = async () => {
      let response: Response;
      try {
        const request = toRequest(req, disconnect.signal);
        try {
          response = await handler(request);
        } catch {
          response = envelopeAnswer(500, "Internal server error.");
        }
      } catch {
        response = envelopeAnswer(400, "Bad request: this request cannot be read.");
      }
      await writeResponse(req, res, response, method);
    };
    serve().catch((error) => {
      res.destroy(error instanceof Error ? error : undefined);
    });
  };
}
