// A scripted HTTP server on 127.0.0.1 that can also misbehave: drop the connection, hang, redirect.
// Each request takes the next scripted fault (then a 200 `ok` answer once the script runs out); tests
// read back what arrived and can await the n-th arrival instead of sleeping.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Arrival {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Fault =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  /** Closes the connection without an answer: the client sees a network error. */
  | "reset"
  /** Never answers. */
  | "hang"
  /** Sends headers, then never finishes the body. */
  | "hang-after-headers";

export const OK = {
  statusCode: 200,
  messages: "success",
  data: { id: "pr_1", transactionId: "tr_1", link: "https://x.myr.id/pl/1" },
};

export interface FaultServer {
  url: string;
  arrivals: Arrival[];
  /** Scripts the next answers, in order. */
  script(...faults: Fault[]): void;
  /** Resolves when `count` requests in all have arrived. */
  arrived(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  const queue: Fault[] = [];
  const arrivals: Arrival[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    arrivals.push({
      method: req.method ?? "",
      path: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    });
    for (const waiter of waiters.filter((w) => arrivals.length >= w.count)) waiter.resolve();
    const fault = queue.shift() ?? { status: 200, json: OK };
    if (fault === "reset") return void req.socket.destroy();
    if (fault === "hang") return;
    if (fault === "hang-after-headers") {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.write('{"statusCode":200,');
    }
    const isJson = fault.json !== undefined;
    res.writeHead(fault.status, {
      ...(isJson
        ? { "content-type": "application/json" }
        : fault.text
          ? { "content-type": "text/html" }
          : {}),
      ...fault.headers,
    });
    res.end(isJson ? JSON.stringify(fault.json) : (fault.text ?? ""));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    script: (...faults) => queue.push(...faults),
    arrived: (count) =>
      arrivals.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
