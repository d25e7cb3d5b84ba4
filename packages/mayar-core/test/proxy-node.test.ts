// toNodeHandler for real: the proxy mounted on node:http and in Express on 127.0.0.1, called over sockets.
import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MayarProxyOptions, toNodeHandler } from "../src/server";
import { startUpstream, testProxy, type Upstream } from "./helpers/upstream";

const KEY = "sk_live_node_adapter_456";
const PAYMENT = { name: "Order 1", amount: 100_000 };
let upstream: Upstream;
const servers: Server[] = [];

beforeEach(async () => {
  upstream = await startUpstream();
});
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await upstream.close();
});

const proxyFor = (options: Partial<MayarProxyOptions> = {}) => testProxy(upstream.url, KEY, options);

/** A node:http server running `handler`, noting how many bytes of each request's socket Node had read when the answer finished. */
function measuredServer(handler: ReturnType<typeof toNodeHandler>, bytesRead: number[]) {
  return createServer((req, res) => {
    res.on("finish", () => bytesRead.push(req.socket.bytesRead));
    handler(req, res);
  });
}

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** Sends headers and then `chunk`-byte pieces, until the server answers or `total` bytes are written. */
function slowUpload(url: string, headers: Record<string, string>, total: number, chunk = 16 * 1024) {
  return new Promise<{ status: number; written: number; body: string }>((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(url, { method: "POST", headers });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.on("response", async (res: IncomingMessage) => {
      answered = true;
      let body = "";
      for await (const part of res) body += part;
      resolve({ status: res.statusCode ?? 0, written, body });
      req.destroy();
    });
    const pump = () => {
      if (answered || req.destroyed) return;
      if (written >= total) return void req.end();
      written += chunk;
      if (req.write(Buffer.alloc(chunk, 0x20))) setTimeout(pump, 1);
      else req.once("drain", pump);
    };
    req.flushHeaders();
    pump();
  });
}

describe("toNodeHandler on node:http", () => {
  it("forwards, answers with status, allow-listed headers and body", async () => {
    upstream.script({
      status: 200,
      json: { statusCode: 200, messages: "success", data: { id: "p", transactionId: "t", link: "l" } },
      headers: { "x-request-id": "r-1", "set-cookie": "a=b" },
    });
    const url = await listen(createServer(toNodeHandler(proxyFor())));
    const response = await postJson(`${url}/api/mayar/hl/v2/payments/create`, PAYMENT, { origin: url });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r-1");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ data: { link: "l" } });
    expect(upstream.arrivals[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(upstream.arrivals[0]?.body ?? "")).toEqual(PAYMENT);
  });

  it("gives the policy hooks a Request with the full URL and the browser's headers, and the parsed body", async () => {
    const seen: { url?: string; session?: string | null; sameRequest?: boolean; body?: unknown } = {};
    const proxy = proxyFor({
      allow: {
        createPaymentRequest: {
          authorize: (request, context) => {
            seen.url = request.url;
            seen.session = request.headers.get("X-Session");
            seen.sameRequest = context.request === request;
            return request instanceof Request && request.signal instanceof AbortSignal;
          },
          prepare: (body, { request }) => {
            seen.body = body;
            return { ...body, name: `${body.name} via ${new URL(request.url).pathname}` };
          },
        },
      },
    });
    const url = await listen(createServer(toNodeHandler(proxy)));
    const response = await postJson(`${url}/api/mayar/hl/v2/payments/create?x=1`, PAYMENT, {
      "x-session": "s-1",
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual({
      url: `${url}/api/mayar/hl/v2/payments/create?x=1`,
      session: "s-1",
      sameRequest: true,
      body: PAYMENT,
    });
    expect(JSON.parse(upstream.arrivals[0]?.body ?? "")).toEqual({
      ...PAYMENT,
      name: "Order 1 via /api/mayar/hl/v2/payments/create",
    });
  });

  it("answers a HEAD with the headers of its answer and no body", async () => {
    const url = await listen(createServer(toNodeHandler(proxyFor())));
    const response = await fetch(`${url}/api/mayar/hl/v2/payments/create`, { method: "HEAD" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await response.text()).toBe("");
  });

  it("takes the request's own origin by default, and refuses another with 403", async () => {
    const url = await listen(createServer(toNodeHandler(proxyFor())));
    const create = `${url}/api/mayar/hl/v2/payments/create`;
    expect((await postJson(create, PAYMENT, { origin: url })).status).toBe(200);
    expect((await postJson(create, PAYMENT, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("answers 413 to a declared 100 MB upload without reading it", async () => {
    const bytesRead: number[] = [];
    const url = await listen(measuredServer(toNodeHandler(proxyFor()), bytesRead));
    const size = 100 * 1024 * 1024;
    const result = await slowUpload(
      `${url}/api/mayar/hl/v2/payments/create`,
      { "content-type": "application/json", "content-length": String(size) },
      size,
    );
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ statusCode: 413 });
    expect(result.written).toBeLessThan(size);
    // Node had taken at most a socket read or two off the wire: the rest stayed in the kernel, unread.
    expect(bytesRead[0]).toBeLessThan(256 * 1024);
    expect(upstream.arrivals).toEqual([]);
  });

  it("answers 413 to a chunked upload once 64 KiB have arrived, reading no further", async () => {
    const bytesRead: number[] = [];
    const url = await listen(measuredServer(toNodeHandler(proxyFor()), bytesRead));
    const result = await slowUpload(
      `${url}/api/mayar/hl/v2/payments/create`,
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      64 * 1024 * 1024,
    );
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(64 * 1024 * 1024);
    expect(bytesRead[0]).toBeGreaterThan(64 * 1024);
    expect(bytesRead[0]).toBeLessThan(512 * 1024);
    expect(upstream.arrivals).toEqual([]);
  });

  it("aborts the upstream call when the browser disconnects", async () => {
    upstream.script("hang");
    const url = await listen(createServer(toNodeHandler(proxyFor())));
    const req = httpRequest(`${url}/api/mayar/hl/v2/payments/create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    req.on("error", () => {});
    req.end(JSON.stringify(PAYMENT));
    await upstream.arrived(1);
    req.destroy();
    await upstream.arrivals[0]?.abandoned;
  });

  it("answers a JSON 500 when the handler throws, and keeps serving", async () => {
    let calls = 0;
    const url = await listen(
      createServer(
        toNodeHandler(async () => {
          if (calls++ === 0) throw new Error("boom");
          return new Response("ok");
        }),
      ),
    );
    const failed = await fetch(`${url}/x`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ statusCode: 500, messages: "Internal server error." });
    expect(await (await fetch(`${url}/x`)).text()).toBe("ok");
  });

  it("closes the connection when an answer's body fails mid-way, and keeps serving", async () => {
    let calls = 0;
    const url = await listen(
      createServer(
        toNodeHandler(async () => {
          if (calls++ > 0) return new Response("fine");
          const body = new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode("partial"));
              setTimeout(() => controller.error(new Error("upstream died")), 10);
            },
          });
          return new Response(body, { status: 200 });
        }),
      ),
    );
    await expect(fetch(`${url}/x`).then((response) => response.text())).rejects.toThrow();
    expect(await (await fetch(`${url}/x`)).text()).toBe("fine");
  });

  it("writes every Set-Cookie apart, and no body for HEAD", async () => {
    const headers = new Headers({ "content-type": "text/plain" });
    headers.append("set-cookie", "a=1");
    headers.append("set-cookie", "b=2");
    const url = await listen(createServer(toNodeHandler(async () => new Response("hello", { headers }))));
    const response = await fetch(`${url}/`);
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    const head = await fetch(`${url}/`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("gives the handler the full URL, method, headers and streamed body", async () => {
    const seen: unknown[] = [];
    const url = await listen(
      createServer(
        toNodeHandler(async (request) => {
          seen.push([request.method, request.url, request.headers.get("x-a"), await request.text()]);
          return new Response(null, { status: 204 });
        }),
      ),
    );
    const response = await fetch(`${url}/a/b?c=1`, { method: "PUT", headers: { "x-a": "1" }, body: "data" });
    expect(response.status).toBe(204);
    expect(seen).toEqual([["PUT", `${url}/a/b?c=1`, "1", "data"]]);
  });
});

describe("toNodeHandler in Express", () => {
  it("works mounted under a path, without a body parser (body streamed, basePath matched)", async () => {
    const app = express();
    app.use("/api/mayar", toNodeHandler(proxyFor()));
    const url = await listen(createServer(app));
    const response = await postJson(`${url}/api/mayar/hl/v2/payments/create`, PAYMENT);
    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.arrivals[0]?.body ?? "")).toEqual(PAYMENT);
    const missing = await fetch(`${url}/api/mayar/hl/v2/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404 });
  });

  it("works after express.json(): the parsed body is re-serialised and still checked", async () => {
    const seen: unknown[] = [];
    const app = express();
    app.use(express.json());
    app.use(
      "/api/mayar",
      toNodeHandler(
        proxyFor({
          allow: {
            createPaymentRequest: {
              prepare: (body) => {
                seen.push(body);
                return body;
              },
            },
          },
        }),
      ),
    );
    const url = await listen(createServer(app));
    const create = `${url}/api/mayar/hl/v2/payments/create`;
    expect((await postJson(create, PAYMENT)).status).toBe(200);
    expect(seen).toEqual([PAYMENT]);
    expect(JSON.parse(upstream.arrivals[0]?.body ?? "")).toEqual(PAYMENT);
    const invalid = await postJson(create, { name: "x", amount: -1 });
    expect(invalid.status).toBe(400);
    expect(upstream.arrivals).toHaveLength(1);
  });

  it("after express.urlencoded(), a form post still answers 415: the content type is kept", async () => {
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    app.use("/api/mayar", toNodeHandler(proxyFor()));
    const url = await listen(createServer(app));
    const response = await fetch(`${url}/api/mayar/hl/v2/payments/create`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "name=x&amount=1",
    });
    expect(response.status).toBe(415);
    expect(upstream.arrivals).toEqual([]);
  });

  it("answers Mayar's 502/504 as JSON, never Express's error page", async () => {
    upstream.script("drop-after-headers", "hang-after-headers");
    const app = express();
    // Long enough that a busy machine still sees the drop (502) before the deadline; the stall then takes it.
    app.use("/api/mayar", toNodeHandler(proxyFor({ timeoutMs: 1_500 })));
    const url = await listen(createServer(app));
    const create = `${url}/api/mayar/hl/v2/payments/create`;
    const dropped = await postJson(create, PAYMENT);
    expect(dropped.status).toBe(502);
    expect(dropped.headers.get("content-type")).toContain("application/json");
    const stalled = await postJson(create, PAYMENT);
    expect(stalled.status).toBe(504);
    expect(await stalled.json()).toMatchObject({ statusCode: 504 });
  });
});
