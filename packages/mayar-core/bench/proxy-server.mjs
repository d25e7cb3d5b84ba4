// The bench's proxy: createMayarProxy (the built dist) on node:http via toNodeHandler, on 127.0.0.1, in its
// own process (bench/proxy.mjs forks it) so its work does not share the client's event loop. It forwards to
// the upstream URL given as argv[2], mounted twice: /api/mayar as `{}` (no policy) and /api/policy with an
// authorize and a prepare that pins the amount, and tells its parent the port over IPC.
import { createServer } from "node:http";
import { createMayarProxy, toNodeHandler } from "../dist/server.js";

const upstream = process.argv[2];
const apiKey = "sk_bench_0123456789";
const plain = createMayarProxy({
  apiKey,
  baseUrl: upstream,
  basePath: "/api/mayar",
  allow: { createPaymentRequest: {} },
});
const policy = createMayarProxy({
  apiKey,
  baseUrl: upstream,
  basePath: "/api/policy",
  allow: {
    createPaymentRequest: {
      authorize: (request) => request.headers.get("x-session") === "bench",
      prepare: (body) => ({ ...body, amount: 100000 }),
    },
  },
});
// Each proxy mounted with its own toNodeHandler, as an app mounts it (app.use("/api/mayar", ...)).
const handlePlain = toNodeHandler(plain);
const handlePolicy = toNodeHandler(policy);

const server = createServer((req, res) =>
  req.url.startsWith("/api/policy/") ? handlePolicy(req, res) : handlePlain(req, res),
);
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
