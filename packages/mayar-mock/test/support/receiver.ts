// A webhook receiver on 127.0.0.1 (a random free port) that records every request: real HTTP, so the mock's
// deliveries go through the global fetch as they would to a merchant's server. Stop it in afterEach.
import { type RunningServer, serve } from "../../src/cli/node-server.js";

export interface ReceivedRequest {
  method: string;
  url: URL;
  headers: Headers;
  text: string;
  json: { event?: string; data?: Record<string, unknown> } | undefined;
}

export interface Receiver {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything received, in order. */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

const open = new Set<RunningServer>();

/** Starts a receiver; `answer` sees each request (body already read and recorded) and answers it. */
export async function startReceiver(
  answer: (request: Request, index: number) => Response | Promise<Response> = () =>
    Response.json({ ok: true }),
): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const running = await serve(
    async (request) => {
      const text = await request.clone().text();
      let json: ReceivedRequest["json"];
      try {
        json = JSON.parse(text);
      } catch {}
      const index = received.length;
      received.push({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        text,
        json,
      });
      return answer(request, index);
    },
    { port: 0, host: "127.0.0.1" },
  );
  open.add(running);
  return {
    origin: running.origin,
    received,
    close: async () => {
      open.delete(running);
      await running.close();
    },
  };
}

/** Stops every receiver still running (call from afterEach). */
export async function closeReceivers(): Promise<void> {
  await Promise.all([...open].map((running) => running.close()));
  open.clear();
}

/** A port nothing listens on: a receiver started and stopped at once. */
export async function closedPortUrl(): Promise<string> {
  const receiver = await startReceiver();
  await receiver.close();
  return `${receiver.origin}/webhook`;
}
