// Starts the demo shop: `node server/main.js`. Configuration comes from the environment (see README.md).
import { serve } from "@hono/node-server";
import { createDemoApp, WEBHOOK_PATH } from "./app.js";
import { ConfigError, originFor, readConfig } from "./config.js";

const SHUTDOWN_GRACE_MS = 5_000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

for (const note of config.notes) console.warn(`Note: ${note}`);

/** Set once the port is known (PORT=0 picks one), before the first request can arrive. */
let demo;

const server = serve(
  {
    fetch: (request, env) => demo.app.fetch(request, env),
    port: config.port,
    hostname: config.host,
  },
  (info) => {
    const origin = originFor(config.host, info.port);
    demo = createDemoApp({ config, origin: config.publicOrigin ?? origin });
    if (!demo.hasBuild()) console.warn(`Warning: ${demo.missingBuild()}`);
    if (config.baseUrl) console.log(`Forwarding Mayar calls to ${config.baseUrl}`);
    if (config.mode !== "mock") {
      // The token itself is never printed: only where it goes.
      const receiver = `${config.publicOrigin ?? origin}${WEBHOOK_PATH}?token=<MAYAR_WEBHOOK_TOKEN>`;
      console.log(
        config.webhookToken
          ? `Mayar webhook receiver: register ${receiver} in Mayar's dashboard.`
          : "Note: MAYAR_WEBHOOK_TOKEN is not set, so this run made up a random one and Mayar cannot reach the " +
              `webhook: orders stay pending. Set it and register ${receiver} in Mayar's dashboard.`,
      );
    }
    console.log(`Demo shop running at ${origin} (mode: ${config.mode})`);
  },
);

server.on("error", (error) => {
  const reason =
    error.code === "EADDRINUSE"
      ? `port ${config.port} on ${config.host} is already in use (set PORT to another port)`
      : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
        ? `HOST ${config.host} is not an address of this machine`
        : error.message;
  fail(`Could not start the demo shop: ${reason}.`);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) {
    console.log(`${signal} again: exiting now.`);
    process.exit(1);
  }
  stopping = true;
  console.log(`${signal} received: shutting down.`);
  server.close(() => process.exit(0));
  // Keep-alive connections that stay busy must not hold the process open forever.
  server.closeIdleConnections?.();
  setTimeout(() => {
    server.closeAllConnections?.();
    process.exit(0);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
