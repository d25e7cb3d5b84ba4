import { type FetchLike, ON_CANCEL } from "../../transport/send";
import { NULL_BODY_STATUSES } from "./answer";

// Types only: the modules are looked up at run time (below), so this file bundles for edge runtimes too.
type Http = typeof import("node:http");
type Https = typeof import("node:https");
type Zlib = typeof import("node:zlib");
type NodeBuffer = typeof import("node:buffer").Buffer;
type IncomingMessage = import("node:http").IncomingMessage;

export const TOO_LARGE = "MAYAR_PROXY_RESPONSE_TOO_LARGE";
export const ODD_STATUS = "MAYAR_PROXY_ODD_STATUS";

export const tooLargeError = (maxBytes: number) =>
  Object.assign(new Error(`Mayar's answer is larger than ${maxBytes} bytes`), { code: TOO_LARGE });
// The redactor keeps an error's message and code only: the status travels in the message.
export const oddStatusError = (status: number) =>
  Object.assign(new Error(`Mayar answered HTTP ${status}`), { code: ODD_STATUS });

export interface NodeBuiltins {
  http: Http;
  https: Https;
  zlib: Zlib;
  /** From node:buffer, not the global: not every runtime with node:http has a global Buffer. */
  Buffer: NodeBuffer;
}

/**
 * node:http, node:https and node:zlib where the runtime has them (Node 20.16+, Bun, Deno), else undefined
 * (an edge runtime: the proxy then uses the global fetch). `process.getBuiltinModule` rather than an import,
 * so a bundler for the edge never has to resolve them.
 */
export function nodeBuiltins(): NodeBuiltins | undefined {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  if (typeof getBuiltin !== "function") return undefined;
  try {
    const http = getBuiltin("node:http") as Http | undefined;
    const https = getBuiltin("node:https") as Https | undefined;
    const zlib = getBuiltin("node:zlib") as Zlib | undefined;
    const Buffer = (getBuiltin("node:buffer") as { Buffer?: NodeBuffer } | undefined)?.Buffer;
    return http?.request && https?.request && zlib?.createGunzip && Buffer
      ? { http, https, zlib, Buffer }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A decoder for the answer's Content-Encoding, as fetch decodes; none for identity or one it does not know. */
function decoderFor(zlib: Zlib, encoding: string | undefined) {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      // Mayar and proxies in front of it sometimes end a gzip stream early; fetch accepts that too.
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case "deflate":
      return zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case "br":
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      return undefined;
  }
}

const utf8 = new TextDecoder();

/**
 * The answer as the transport reads it (send.ts: `status`, `type`, `headers`, `text()`), without a Response:
 * on Node 20 building a Response and reading it back costs more than the rest of the exchange (web streams
 * over a body already in memory). The headers are read from Node's own (AnswerHeaders); the text is decoded as
 * `Response.text()` decodes (UTF-8, a leading BOM dropped, malformed bytes replaced).
 */
function answered(answer: IncomingMessage, status: number, text: string, decoded: boolean): Response {
  const read = {
    status,
    type: "basic",
    headers: new AnswerHeaders(answer, decoded),
    text: async () => text,
  };
  return read as unknown as Response;
}

/**
 * The answer's headers as the transport and the proxy read them (`get`, and iteration for a copy), looked up in
 * what Node already parsed instead of copied into a Headers. Values read as Headers gives them: several of
 * one name joined with ", ". The text is decoded, so the framing headers that described the encoded bytes
 * are left out.
 */
class AnswerHeaders {
  constructor(
    private readonly answer: IncomingMessage,
    private readonly decoded: boolean,
  ) {}

  get(name: string): string | null {
    const key = name.toLowerCase();
    if (this.decoded && (key === "content-encoding" || key === "content-length")) return null;
    const value = this.answer.headers[key];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : String(value);
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.answer.headers).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }
}

/**
 * The proxy's upstream client on Node: node:http(s) over keep-alive agents, in the shape the core transport
 * calls (`fetch(url, init)` with a plain header object and a string body, see send.ts). It exists for speed:
 * the global fetch (undici's web streams) costs the proxy about as much again as everything else it does,
 * and a proxy sits on every browser call. It behaves as the transport expects of fetch:
 * - no redirect is followed (the transport asks for `redirect: "manual"` and refuses them);
 * - gzip, deflate and br answers are decoded, and the cap counts DECODED bytes: once the answer passes
 *   `maxBytes` the connection is dropped and the call fails with TOO_LARGE, so nothing past the cap is held;
 * - a status outside 200-599 (600, 999; informational 1xx answers are passed over) fails with ODD_STATUS
 *   before its body is read: a Response cannot carry it;
 * - a cancelled attempt (the transport's ON_CANCEL) ends the exchange at any point, body included.
 * The answer is buffered and handed on as the transport reads it (`answered`).
 */
export function nodeUpstream({ http, https, zlib, Buffer }: NodeBuiltins, maxBytes: number): FetchLike {
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  const upstream: FetchLike = (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const protocol = target.protocol as keyof typeof agents;
      const body = init.body as string | undefined;
      const headers: Record<string, string | number> = {
        ...(init.headers as Record<string, string>),
        "accept-encoding": "gzip, deflate, br",
      };
      if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
      // Only the transport calls this, and it cancels through ON_CANCEL (the mark below): no AbortSignal.
      const onCancel = (init as { [ON_CANCEL]: (listener: () => void) => void })[ON_CANCEL];
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        request.destroy();
        reject(error);
      };
      const succeed = (response: Response) => {
        if (settled) return;
        settled = true;
        resolve(response);
      };
      const request = (protocol === "https:" ? https : http).request(
        target,
        { method: init.method, headers, agent: agents[protocol] },
        (answer) => {
          const status = answer.statusCode ?? 0;
          if (status < 200 || status > 599) return fail(oddStatusError(status));
          readAnswer(answer, status, succeed, fail);
        },
      );
      onCancel(() => fail(new DOMException("The call was cancelled.", "AbortError")));
      request.on("error", fail);
      request.end(body);
    });
  // Tells the transport to cancel attempts through ON_CANCEL rather than make an AbortSignal for each.
  return Object.assign(upstream, { [ON_CANCEL]: true });

  // Settles through `fail` synchronously: destroying the answer makes the request report a reset on the next
  // tick, which must not win over the reason the answer was dropped.
  function readAnswer(
    answer: IncomingMessage,
    status: number,
    resolve: (response: Response) => void,
    fail: (error: unknown) => void,
  ): void {
    const decoder = decoderFor(zlib, answer.headers["content-encoding"]);
    const declared = answer.headers["content-length"];
    if (!decoder && declared !== undefined && Number(declared) > maxBytes) {
      fail(tooLargeError(maxBytes));
      return;
    }
    const source = decoder ? answer.pipe(decoder) : answer;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stop = (error: unknown) => {
      fail(error);
      decoder?.destroy();
    };
    const cutShort = () => stop(new Error("Mayar closed the connection before the answer ended"));
    source.on("data", (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > maxBytes) stop(tooLargeError(maxBytes));
      else chunks.push(chunk);
    });
    source.on("error", stop);
    if (decoder) answer.on("error", stop);
    // A connection dropped mid-answer ends neither stream with "end".
    answer.on("aborted", cutShort);
    source.on("end", () => {
      if (!answer.complete) return cutShort();
      const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
      resolve(answered(answer, status, NULL_BODY_STATUSES.has(status) ? "" : utf8.decode(bytes), !!decoder));
    });
  }
}
