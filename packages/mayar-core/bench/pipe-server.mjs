// The bench's anchor for the proxy: the least a forwarder on node:http can do. Under /api/mayar it pipes each
// request to the upstream URL given as argv[2] (same method, path and headers, the key added, over a
// keep-alive agent) and pipes the answer back, with no checks at all. Under /api/fetch (reported, no target)
// it does the same with the global fetch, reading the body and the answer as text, as the proxy's transport
// does: the part of the proxy's cost that is fetch's own. Runs in its own process on 127.0.0.1
// (bench/proxy.mjs forks it) and tells its parent the port over IPC.
import { Agent, createServer, request } from "node:http";

const upstream = new URL(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const PREFIX = "/api/mayar";

async function viaFetch(req, res) {
  let body = "";
  for await (const chunk of req) body += chunk;
  const answer = await fetch(`${upstream.origin}${req.url.slice("/api/fetch".length)}`, {
    method: req.method,
    headers: { "content-type": "application/json", authorization: "Bearer sk_bench_0123456789" },
    body,
    redirect: "manual",
  });
  const text = await answer.text();
  res.writeHead(answer.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.url.startsWith("/api/fetch/")) {
    viaFetch(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    return;
  }
  const headers = { ...req.headers, host: upstream.host, authorization: "Bearer sk_bench_0123456789" };
  const forwarded = request(
    {
      agent,
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url.startsWith(PREFIX) ? req.url.slice(PREFIX.length) : req.url,
      headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  forwarded.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(forwarded);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
