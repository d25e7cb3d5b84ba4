// The bench's Mayar: a tiny node:http server on 127.0.0.1, run in its own process (bench/http.mjs forks
// it) so its work does not share the client's event loop. It answers every request with Mayar's
// documented createPaymentRequest success body and tells its parent the port over IPC.
import { createServer } from "node:http";

const BODY = JSON.stringify({
  statusCode: 200,
  messages: "success",
  data: {
    id: "6f8c19ff-5b97-4792-aa89-d2a12797b356",
    transactionId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    link: "https://testingmayar.myr.id/pl/rqp9x2k7m3a",
  },
});
const HEADERS = { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) };

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, HEADERS);
    res.end(BODY);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
// The parent going away (even killed) closes the IPC channel: stop with it, never linger.
process.on("disconnect", () => process.exit(0));
