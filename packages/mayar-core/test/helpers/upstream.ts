// A scripted stand-in for Mayar on a real HTTP server bound to 127.0.0.1, for the proxy tests: it records what
// arrived (method, path with query, headers, raw body), answers from a script (a status and body, or a fault:
// hang, drop the connection mid-body, answer with a custom function), and tells when a caller gave up on a
// request (the connection closed before the answer was finished). Nothing global is mocked.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createMayarProxy, type MayarProxyOptions } from "../../src/server";
import { listen } from "./listen";

export interface Arrival {
  method: string;
  /** The path with its query string, as sent. */
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Resolves when the caller closed the connection before the answer was finished. */
  abandoned: Promise<void>;
}

export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  /** Never answers. */
  | "hang"
  /** Sends headers and part of a JSON body, then never finishes. */
  | "hang-after-headers"
  /** Sends headers and part of a JSON body, then drops the connection. */
  | "drop-after-headers"
  /** Closes the connection without an answer. */
  | "reset"
  /** Answers however it likes. */
  | ((req: IncomingMessage, res: ServerResponse, body: string) => void);

export const PAYMENT_CREATED = {
  statusCode: 200,
  messages: "success",
  data: {
    id: "6f8c19ff-5b97-4792-aa89-d2a12797b356",
    transactionId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a",
  },
};

export interface Upstream {
  url: string;
  arrivals: Arrival[];
  /** The next answers, in order; once the script runs out, every request gets the fallback (`PAYMENT_CREATED`). */
  script(...replies: Reply[]): void;
  /** Resolves when `count` requests in all have arrived. */
  arrived(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startUpstream(
  fallback: Reply = { status: 200, json: PAYMENT_CREATED },
): Promise<Upstream> {
  const queue: Reply[] = [];
  const arrivals: Arrival[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const server = createServer(async (req, res) => {
    let abandon = () => {};
    const abandoned = new Promise<void>((resolve) => {
      abandon = resolve;
    });
    res.on("close", () => {
      if (!res.writableFinished) abandon();
    });
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return;
    }
    const body = Buffer.concat(chunks).toString();
    arrivals.push({ method: req.method ?? "", path: req.url ?? "/", headers: req.headers, body, abandoned });
    for (const waiter of waiters.filter((w) => arrivals.length >= w.count)) waiter.resolve();

    const reply = queue.shift() ?? fallback;
    if (typeof reply === "function") return reply(req, res, body);
    if (reply === "hang") return;
    if (reply === "reset") return void req.socket.destroy();
    if (reply === "hang-after-headers" || reply === "drop-after-headers") {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"statusCode":200,"messages":"success","data":{"id":"');
      if (reply === "drop-after-headers") setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    const isJson = reply.json !== undefined;
    res.writeHead(reply.status, {
      ...(isJson
        ? { "content-type": "application/json" }
        : reply.text
          ? { "content-type": "text/html" }
          : {}),
      ...reply.headers,
    });
    res.end(isJson ? JSON.stringify(reply.json) : (reply.text ?? ""));
  });

  return {
    ...(await listen(server)),
    arrivals,
    script: (...replies) => queue.push(...replies),
    arrived: (count) =>
      arrivals.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
  };
}

/** createMayarProxy as the proxy tests mount it: forwarding to `baseUrl` under `/api/mayar`, errors silenced. */
export const testProxy = (baseUrl: string, apiKey: string, options: Partial<MayarProxyOptions> = {}) =>
  createMayarProxy({
    apiKey,
    baseUrl,
    basePath: "/api/mayar",
    allow: { createPaymentRequest: {} },
    onError: () => {},
    ...options,
  } as MayarProxyOptions);

/**
 * A request body that streams `total` bytes of JSON-ish filler in `chunk`-byte pieces and counts how many bytes
 * the reader pulled: the size tests assert the proxy stopped early instead of buffering the whole upload.
 */
export function countingBody(total: number, chunk = 16 * 1024) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        const size = Math.min(chunk, total - pulled);
        pulled += size;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    },
    { highWaterMark: 0 },
  ); // nothing is pulled until someone reads
  return {
    stream,
    get pulled() {
      return pulled;
    },
  };
}

/**
 * Runs `make` as on an edge runtime, where node:http is not there: `process.getBuiltinModule` is hidden while
 * it runs, so a proxy made inside falls back to the global fetch for its upstream calls.
 */
export function asOnTheEdge<T>(make: () => T): T {
  const saved = Object.getOwnPropertyDescriptor(process, "getBuiltinModule");
  Object.defineProperty(process, "getBuiltinModule", { value: undefined, configurable: true });
  try {
    return make();
  } finally {
    if (saved) Object.defineProperty(process, "getBuiltinModule", saved);
  }
}
