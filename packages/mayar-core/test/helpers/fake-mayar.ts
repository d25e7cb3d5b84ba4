// A recording fake Mayar on a real HTTP server bound to 127.0.0.1: tests script its answers and read back
// exactly what the SDK sent (method, path, headers, raw body). Nothing global is mocked.
import { createServer, type IncomingMessage } from "node:http";
import { listen } from "./listen";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Answer =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; text: string; headers?: Record<string, string> }
  /** Sends headers, then never finishes the body. */
  | "hang-after-headers"
  /** Never answers at all. */
  | "hang";

export interface FakeMayar {
  url: string;
  requests: RecordedRequest[];
  /** Answers the next requests in order; when the queue is empty, a 200 success for the path. */
  answer(...answers: Answer[]): void;
  close(): Promise<void>;
}

const DEFAULT_SUCCESS: Record<string, unknown> = {
  "/hl/v2/payments/create": {
    statusCode: 200,
    messages: "success",
    data: {
      id: "6f8c19ff-5b97-4792-aa89-d2a12797b356",
      transactionId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
      link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a",
    },
  },
  "/credit/v1/credit/generate/immutable/checkout": {
    statusCode: 200,
    message: "success",
    creditUsageImmutableCheckoutUrl: "https://shop.myr.id/pl/credit?immutable=eyJ9.abc",
    paymentLinkUrl: "https://shop.myr.id/pl/credit",
  },
};

export async function startFakeMayar(): Promise<FakeMayar> {
  const queue: Answer[] = [];
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? "/";
    requests.push({
      method: req.method ?? "",
      path,
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    });
    const answer = queue.shift() ?? { status: 200, json: DEFAULT_SUCCESS[path] ?? { statusCode: 404 } };
    if (answer === "hang") return;
    if (answer === "hang-after-headers") {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"statusCode":200,');
      return;
    }
    const isJson = "json" in answer;
    res.writeHead(answer.status, {
      "content-type": isJson ? "application/json" : "text/html",
      ...answer.headers,
    });
    res.end(isJson ? JSON.stringify(answer.json) : answer.text);
  });
  return {
    ...(await listen(server)),
    requests,
    answer: (...answers) => queue.push(...answers),
  };
}

/** A port that refuses connections: bound, then closed, so nothing listens there. */
export async function refusedUrl(): Promise<string> {
  const { url, close } = await listen(createServer());
  await close();
  return url;
}
