// The bench's Mayar: a tiny node:http server on 127.0.0.1, run in its own process (the benches fork it) so
// its work does not share the client's event loop. It answers Mayar's documented bodies, prepared once:
// - POST /hl/v2/payments/create: the createPaymentRequest success;
// - GET /hl/v2/payments[?startingAfter=…]: three pages of 10 payment requests, linked by nextStartingAfter.
// It tells its parent the port over IPC.
import { createServer } from "node:http";

const json = (value) => {
  const body = JSON.stringify(value);
  return { body, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } };
};

const CREATED = json({
  statusCode: 200,
  messages: "success",
  data: {
    id: "6f8c19ff-5b97-4792-aa89-d2a12797b356",
    transactionId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a",
  },
});

export const PAGES = 3;
export const PER_PAGE = 10;
const paymentRequest = (n) => ({
  id: `6f8c19ff-5b97-4792-aa89-${String(n).padStart(12, "0")}`,
  amount: 100000 + n,
  status: n % 3 ? "unpaid" : "paid",
  name: `Penagihan #${n}`,
  description: "Pembayaran jasa konsultasi",
  link: `https://testingmayar.myr.id/pl/rqp9x2k${n}`,
  customer: { name: "Budi Santoso", email: "budi@example.com", mobile: "081234567890" },
  createdAt: 1_752_000_000_000 - n * 1000,
  updatedAt: 1_752_000_000_000 - n * 1000,
  expiredAt: 1_752_900_000_000,
});
// Page p (1-based) is asked for with startingAfter=c<p-1> (none for the first).
const PAGE_BY_CURSOR = new Map();
for (let page = 1; page <= PAGES; page++) {
  PAGE_BY_CURSOR.set(
    page === 1 ? null : `c${page - 1}`,
    json({
      statusCode: 200,
      messages: "success",
      hasMore: page < PAGES,
      nextStartingAfter: page < PAGES ? `c${page}` : null,
      data: Array.from({ length: PER_PAGE }, (_, i) => paymentRequest((page - 1) * PER_PAGE + i)),
    }),
  );
}
const NOT_FOUND = json({ statusCode: 404, messages: "Not Found" });

function answerFor(method, url) {
  if (method === "POST" && url === "/hl/v2/payments/create") return [200, CREATED];
  const [path, search = ""] = url.split("?");
  if (method === "GET" && path === "/hl/v2/payments") {
    const page = PAGE_BY_CURSOR.get(new URLSearchParams(search).get("startingAfter"));
    if (page) return [200, page];
  }
  return [404, NOT_FOUND];
}

if (process.send) {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const [status, { body, headers }] = answerFor(req.method, req.url);
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
  // The parent going away (even killed) closes the IPC channel: stop with it, never linger.
  process.on("disconnect", () => process.exit(0));
}
