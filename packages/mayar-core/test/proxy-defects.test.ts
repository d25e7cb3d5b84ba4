// The defects a security probe found in the first createMayarProxy, one test each. Every test here failed
// against that proxy (it buffered whole uploads, threw on a stalled or dropped answer, trusted fetch to honour
// its signal, passed response headers and 205/304 answers through as they came, followed redirects, forwarded
// any query string, ignored the caller's disconnect, took 1500.5 ms and Infinity, passed answers of any size,
// and had no prepare hook to pin the amount).
import { pipeline, Readable } from "node:stream";
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MayarInputError } from "../src/index";
import type { MayarProxyOptions } from "../src/server";
import {
  asOnTheEdge,
  countingBody,
  PAYMENT_CREATED,
  startUpstream,
  testProxy,
  type Upstream,
} from "./helpers/upstream";

const KEY = "sk_live_server_only_987";
const ORIGIN = "https://shop.example";
const CREATE = `${ORIGIN}/api/mayar/hl/v2/payments/create`;
let upstream: Upstream;

beforeEach(async () => {
  upstream = await startUpstream();
});
afterEach(() => upstream.close());

const UPSTREAM_CLIENTS = ["node:http", "global fetch"] as const;
let upstreamClient: (typeof UPSTREAM_CLIENTS)[number] = "node:http";
const proxyFor = (options: Partial<MayarProxyOptions> = {}) =>
  upstreamClient === "node:http"
    ? testProxy(upstream.url, KEY, options)
    : asOnTheEdge(() => testProxy(upstream.url, KEY, options));

const post = (body: unknown, init: RequestInit & { url?: string } = {}) =>
  new Request(init.url ?? CREATE, {
    method: "POST",
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request(CREATE, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

// Each defect is tried on both upstream clients the proxy picks between: node:http where the runtime has it,
// the global fetch on edge runtimes (simulated by hiding process.getBuiltinModule while the proxy is made).
describe.each(UPSTREAM_CLIENTS)("upstream client: %s", (client) => {
  beforeEach(() => {
    upstreamClient = client;
  });

  it("is the client it names (undici's fetch marks its requests with sec-fetch-mode; node:http does not)", async () => {
    expect((await proxyFor()(post({ name: "x", amount: 1 }))).status).toBe(200);
    const mode = upstream.arrivals[0]?.headers["sec-fetch-mode"];
    expect(mode).toBe(client === "node:http" ? undefined : "cors");
  });

  describe("defect 1: uploads are measured before they are buffered", () => {
    it("refuses a declared Content-Length of 100 MB without reading a byte", async () => {
      const upload = countingBody(100 * 1024 * 1024);
      const response = await proxyFor()(
        streamed(upload.stream, { "content-length": String(100 * 1024 * 1024) }),
      );
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ statusCode: 413 });
      expect(upload.pulled).toBe(0);
      expect(upstream.arrivals).toEqual([]);
    });

    it("stops reading an upload without Content-Length as soon as it passes 64 KiB", async () => {
      const upload = countingBody(2 * 1024 * 1024);
      const response = await proxyFor()(streamed(upload.stream));
      expect(response.status).toBe(413);
      expect(upload.pulled).toBeLessThanOrEqual(64 * 1024 + 16 * 1024);
      expect(upstream.arrivals).toEqual([]);
    });
  });

  describe("defect 2: a stalled or dropped answer is our JSON 504/502, never a thrown error", () => {
    it("answers 504 when Mayar sends headers and then stalls", async () => {
      upstream.script("hang-after-headers");
      const response = await proxyFor({ timeoutMs: 150 })(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ statusCode: 504 });
      // The lost attempt is ended too: the connection to Mayar is closed, not left waiting.
      await upstream.arrivals[0]?.abandoned;
    });

    it("answers 502 when Mayar drops the connection mid-body", async () => {
      upstream.script("drop-after-headers");
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ statusCode: 502 });
    });
  });

  describe("defect 3: timeoutMs holds whatever fetch does", () => {
    it("answers 504 with a custom fetch that ignores its signal and never settles", async () => {
      // Without the proxy's own deadline this answer never comes and the test times out: the behaviour is
      // that an answer comes at all, not how fast (bench/proxy.mjs measures speed).
      const proxy = proxyFor({ timeoutMs: 100, fetch: () => new Promise<Response>(() => {}) });
      const response = await proxy(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(504);
    });
  });

  describe("defect 4: the key never reaches the browser in a response header", () => {
    it("drops a forwarded header that echoes the key, and every header not on the list", async () => {
      upstream.script({
        status: 200,
        json: { statusCode: 200, messages: "success", data: { id: "p", transactionId: "t", link: "l" } },
        headers: {
          "x-request-id": `req-${KEY}`,
          "retry-after": KEY,
          "set-cookie": `k=${KEY}`,
          "x-debug-auth": `Bearer ${KEY}`,
        },
      });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(200);
      for (const [name, value] of response.headers) {
        expect(value, name).not.toContain(KEY);
        expect(["content-type", "retry-after", "x-request-id", "cache-control"]).toContain(name);
      }
      expect(await response.text()).not.toContain(KEY);
    });

    // An answer is passed on as Mayar's own text only when that text cannot spell the key; JSON escapes can
    // spell it without containing it, so such an answer is parsed, redacted and written anew.
    it.each([
      ["verbatim", (key: string) => key],
      ["with \\u escapes", (key: string) => key.replace("_", "\\u005f")],
      [
        "fully \\u-escaped",
        (key: string) => [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
      ],
    ])("passes a success echoing the key %s on without it", async (_, spell) => {
      upstream.script({
        status: 200,
        text: `{"statusCode":200,"messages":"success","data":{"id":"p","transactionId":"t","link":"${spell(KEY)}"}}`,
        headers: { "content-type": "application/json" },
      });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(KEY);
      expect(JSON.stringify(JSON.parse(text))).not.toContain(KEY);
      expect(JSON.parse(text).data.link).toBe("[redacted]");
    });

    it("passes Mayar's retry-after and x-request-id on with an error answer, and no other header", async () => {
      upstream.script({
        status: 429,
        json: { statusCode: 429, messages: "Too many requests" },
        headers: { "Retry-After": "7", "X-Request-Id": "req-429", "X-Internal": "secret-ish" },
      });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("7");
      expect(response.headers.get("x-request-id")).toBe("req-429");
      expect(response.headers.get("x-internal")).toBeNull();
      expect(await response.json()).toEqual({ statusCode: 429, messages: "Too many requests" });
    });

    it("passes an answer that cannot hold the key on as Mayar wrote it", async () => {
      const text = '{ "statusCode": 200, "messages": "success", "data": { "id": "p", "link": "é" } }';
      upstream.script({ status: 200, text, headers: { "content-type": "application/json" } });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(text);
    });
  });

  describe("defect 5: null-body statuses, redirects, query strings, disconnects, options and sizes", () => {
    it.each([205, 304])("answers Mayar's %i without throwing", async (status) => {
      upstream.script({ status, headers: { "x-request-id": "r-1" } });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(status);
      expect(await response.text()).toBe("");
    });

    it.each([302, 307])(
      "does not follow a %i, and never passes another host's answer back",
      async (status) => {
        const other = await startUpstream();
        try {
          other.script({ status: 200, json: { statusCode: 200, messages: "from another host" } });
          upstream.script({ status, headers: { location: `${other.url}/hl/v2/payments/create` } });
          const response = await proxyFor()(post({ name: "x", amount: 1 }));
          expect(response.status).toBe(502);
          expect(await response.text()).not.toContain("another host");
          expect(other.arrivals).toEqual([]);
        } finally {
          await other.close();
        }
      },
    );

    it("forwards no query string to an operation that takes none", async () => {
      const response = await proxyFor()(
        post({ name: "x", amount: 1 }, { url: `${CREATE}?amount=1&debug=1` }),
      );
      expect(response.status).toBe(200);
      expect(upstream.arrivals[0]?.path).toBe("/hl/v2/payments/create");
    });

    it("aborts the upstream call when the browser disconnects", async () => {
      upstream.script("hang");
      const browser = new AbortController();
      const answer = proxyFor()(post({ name: "x", amount: 1 }, { signal: browser.signal }));
      await upstream.arrived(1);
      browser.abort();
      await upstream.arrivals[0]?.abandoned;
      const response = await answer;
      expect(response.status).toBeGreaterThanOrEqual(400);
    });

    it.each([1500.5, Number.POSITIVE_INFINITY, 0, -1, "100"])("refuses timeoutMs %s", (timeoutMs) => {
      expect(() => proxyFor({ timeoutMs } as unknown as MayarProxyOptions)).toThrow(MayarInputError);
      expect(() => proxyFor({ timeoutMs } as unknown as MayarProxyOptions)).toThrow(/timeoutMs/);
    });

    it("caps the answer it passes back (maxResponseBytes, default 1 MiB) with a 502", async () => {
      const huge = { statusCode: 200, messages: "success", data: { link: "x".repeat(2 * 1024 * 1024) } };
      upstream.script({ status: 200, json: huge });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      expect((await response.text()).length).toBeLessThan(1024);

      upstream.script({
        status: 200,
        json: { statusCode: 200, messages: "success", data: "y".repeat(2000) },
      });
      const small = await proxyFor({ maxResponseBytes: 1000 })(post({ name: "x", amount: 1 }));
      expect(small.status).toBe(502);
    });
  });

  describe("answer cap, however the answer is framed", () => {
    it("cuts a chunked answer (no Content-Length) off as it passes the cap", async () => {
      upstream.script((_, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"statusCode":200,"messages":"success","data":"');
        const chunk = "x".repeat(64 * 1024);
        let sent = 0;
        const more = () => {
          while (sent < 64 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once("drain", more);
          }
          if (!res.destroyed) res.end('"}');
        };
        more();
      });
      const response = await proxyFor({ maxResponseBytes: 256 * 1024 })(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({
        messages: expect.stringContaining("larger than 262144 bytes"),
      });
    });

    it("counts a custom fetch's answer even when its Content-Length says it is small", async () => {
      const big = JSON.stringify({ statusCode: 200, messages: "success", data: "y".repeat(100_000) });
      const proxy = proxyFor({
        maxResponseBytes: 10_000,
        fetch: async () =>
          new Response(big, { headers: { "content-type": "application/json", "content-length": "10" } }),
      });
      expect((await proxy(post({ name: "x", amount: 1 }))).status).toBe(502);
    });
  });

  describe("answer cap counts decoded bytes (Content-Encoding)", () => {
    // JSON whose text is `size` bytes once decoded: Mayar's envelope around a run of one letter, which
    // compresses about 1000:1.
    const envelopeOf = (size: number) => {
      const head = '{"statusCode":200,"messages":"success","data":"';
      return Buffer.from(`${head}${"x".repeat(size - head.length - 2)}"}`);
    };
    const encoders = {
      gzip: (bytes: Buffer) => gzipSync(bytes),
      deflate: (bytes: Buffer) => deflateSync(bytes),
      br: (bytes: Buffer) => brotliCompressSync(bytes),
    };

    it.each(Object.keys(encoders) as (keyof typeof encoders)[])(
      "refuses with 502 a small %s answer (Content-Length set) that inflates past maxResponseBytes",
      async (encoding) => {
        const decoded = envelopeOf(32 * 1024 * 1024);
        const encoded = encoders[encoding](decoded);
        expect(encoded.byteLength).toBeLessThan(200 * 1024); // what arrives is well under the 1 MiB cap
        upstream.script((_, res) => {
          res.writeHead(200, {
            "content-type": "application/json",
            "content-encoding": encoding,
            "content-length": String(encoded.byteLength),
          });
          res.end(encoded);
        });
        const response = await proxyFor()(post({ name: "x", amount: 1 }));
        expect(response.status).toBe(502);
        const text = await response.text();
        expect(text.length).toBeLessThan(1024);
        expect(JSON.parse(text)).toMatchObject({
          statusCode: 502,
          messages: expect.stringContaining("larger than 1048576 bytes"),
        });
      },
    );

    it("stops reading a streamed gzip answer once its decoded size passes the cap", async () => {
      // 1 GiB of JSON text, compressed as it is pulled: the upstream only produces what the proxy reads.
      const total = 1024 * 1024 * 1024;
      let produced = 0;
      upstream.script((_, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        const chunk = Buffer.alloc(64 * 1024, "x");
        const text = Readable.from(
          (function* () {
            yield Buffer.from('{"statusCode":200,"messages":"success","data":"');
            while (produced < total) {
              produced += chunk.byteLength;
              yield chunk;
            }
            yield Buffer.from('"}');
          })(),
        );
        pipeline(text, createGzip(), res, () => {});
      });
      const response = await proxyFor({ maxResponseBytes: 256 * 1024 })(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({
        messages: expect.stringContaining("larger than 262144 bytes"),
      });
      await upstream.arrivals[0]?.abandoned;
      expect(produced).toBeLessThan(total / 4);
    });

    it("still passes on a compressed answer under the cap, decoded", async () => {
      const body = { statusCode: 200, messages: "success", data: { id: "p-1", link: "y".repeat(50_000) } };
      const encoded = gzipSync(JSON.stringify(body));
      upstream.script((_, res) => {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
          "content-length": String(encoded.byteLength),
        });
        res.end(encoded);
      });
      const response = await proxyFor({ maxResponseBytes: 60_000 })(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(await response.json()).toEqual(body);
    });
  });

  describe("statuses outside HTTP's final range are Mayar's fault: 502", () => {
    it.each([600, 999, 700])("answers 502 (not 500) to an upstream status %i", async (status) => {
      upstream.script({ status, json: { statusCode: status, messages: "odd" } });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({
        statusCode: 502,
        messages: expect.stringContaining(`HTTP ${status}`),
      });
    });

    it("does not read the body of an answer with an odd status, however large", async () => {
      upstream.script((_, res) => {
        res.writeHead(600, { "content-type": "application/json" });
        res.write('{"data":"');
        const chunk = "x".repeat(64 * 1024);
        const more = () => {
          while (!res.destroyed) if (!res.write(chunk)) return void res.once("drain", more);
        };
        more();
      });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      await upstream.arrivals[0]?.abandoned;
    });

    it("passes on the final answer after an informational 103", async () => {
      upstream.script((_, res) => {
        res.writeEarlyHints({ link: "</style.css>; rel=preload" });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(PAYMENT_CREATED));
      });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(PAYMENT_CREATED);
    });

    it("answers 502 to an informational 1xx that no final answer follows", async () => {
      upstream.script((req) => {
        req.socket.end("HTTP/1.1 102 Processing\r\n\r\n");
      });
      const response = await proxyFor()(post({ name: "x", amount: 1 }));
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ statusCode: 502 });
    });
  });
});
describe("policies", () => {
  it("a tampered amount never reaches Mayar when prepare sets it", async () => {
    const prices: Record<string, number> = { "sku-1": 250_000 };
    const proxy = proxyFor({
      allow: {
        createPaymentRequest: {
          prepare: async (body) => ({
            ...body,
            amount: prices[(body.extraData as { sku: string }).sku] ?? 0,
          }),
        },
      },
    });
    const response = await proxy(post({ name: "Order 1", amount: 1, extraData: { sku: "sku-1" } }));
    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.arrivals[0]?.body ?? "")).toMatchObject({ amount: 250_000 });

    const unknown = await proxy(post({ name: "Order 2", amount: 1, extraData: { sku: "nope" } }));
    expect(unknown.status).toBe(400);
    expect(upstream.arrivals).toHaveLength(1);
  });

  it("never forwards an operation outside allow", async () => {
    const response = await proxyFor()(
      post({ productId: "p" }, { url: `${ORIGIN}/api/mayar/credit/v1/credit/generate/immutable/checkout` }),
    );
    expect(response.status).toBe(404);
    expect(upstream.arrivals).toEqual([]);
  });
});
