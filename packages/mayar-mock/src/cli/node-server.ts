// node:http ⇄ fetch Request/Response: serves any `(Request) => Promise<Response>` handler, such as
// `mock.handle`. Node-only, so it lives beside the CLI and never in the browser bundle.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  // The body streams in, so the mock's size limit stops an oversized upload without buffering it.
  return new Request(new URL(incoming.url ?? "/", origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : null,
    duplex: "half",
  } as RequestInit);
}

async function send(response: Response, outgoing: ServerResponse, closing: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = Object.fromEntries(response.headers);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  // Once stopping, each answer closes its connection, so the last answer lets the server finish closing.
  if (closing) outgoing.shouldKeepAlive = false;
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

export interface RunningServer {
  /** `http://host:port` as bound (the real port when 0 was asked for). */
  readonly origin: string;
  readonly port: number;
  readonly server: Server;
  /**
   * Stops accepting, closes idle connections, answers the requests already in flight (each on a connection
   * closed after its answer), and resolves once every connection is closed. Requests still unanswered after
   * `graceMs` (a client that never finishes sending) are dropped.
   */
  close(): Promise<void>;
}

/** How long `close` waits for requests in flight before dropping their connections. */
export const CLOSE_GRACE_MS = 5_000;

export interface ServeOptions {
  port: number;
  host: string;
  /** How long `close` waits for requests in flight (default CLOSE_GRACE_MS). */
  graceMs?: number;
  /** Called once the port is known, before the first request is served. */
  onListening?: (origin: string) => void;
}

function originOf(host: string, port: number): string {
  const shown =
    host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Listens on `host:port` and answers each request with `handle`. */
export function serve(
  handle: (request: Request) => Promise<Response>,
  options: ServeOptions,
): Promise<RunningServer> {
  let origin = "";
  let closing = false;
  /** Open connections, and how many answers each still owes. */
  const owed = new Map<Socket, number>();
  const dropIfDone = (socket: Socket) => {
    if (closing && !owed.get(socket)) socket.destroy();
  };
  const server = createServer((incoming, outgoing) => {
    const { socket } = incoming;
    owed.set(socket, (owed.get(socket) ?? 0) + 1);
    outgoing.once("close", () => {
      owed.set(socket, (owed.get(socket) ?? 1) - 1);
      dropIfDone(socket);
    });
    Promise.resolve()
      .then(() => handle(toRequest(incoming, origin)))
      .then((response) => send(response, outgoing, closing))
      .catch(() => {
        // An injected network error (or a client gone mid-request): drop the connection, as a refused or
        // reset connection would.
        outgoing.destroy();
      });
  });
  server.on("connection", (socket: Socket) => {
    owed.set(socket, 0);
    socket.once("close", () => owed.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      origin = originOf(options.host, port);
      options.onListening?.(origin);
      resolve({
        origin,
        port,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            closing = true;
            const drop = setTimeout(() => server.closeAllConnections(), options.graceMs ?? CLOSE_GRACE_MS);
            server.close((error) => {
              clearTimeout(drop);
              if (error) fail(error);
              else done();
            });
            // Connections owing no answer (idle keep-alives, or an upload already answered, say with 413)
            // close now; the others once their answer is sent.
            for (const socket of owed.keys()) dropIfDone(socket);
          }),
      });
    });
  });
}
