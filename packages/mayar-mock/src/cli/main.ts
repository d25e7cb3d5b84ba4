#!/usr/bin/env node
// `npx @org/mayar-mock --port 4010`: the mock over HTTP, for teams on any stack. Prints the base URL and
// the API key to use, and stops cleanly on SIGINT (Ctrl+C) and SIGTERM.
import { parseArgs } from "node:util";
import { createMayarMock, type MayarMock, MOCK_API_KEY } from "../index.js";
import { type RunningServer, serve } from "./node-server.js";

const USAGE = `Usage: mayar-mock [options]

Serves an in-memory Mayar API (every operation of the SDK's spec) over HTTP.

Options:
  --port <n>          port to listen on; 0 picks a free one (default 4010)
  --host <host>       interface to bind (default 127.0.0.1)
  --api-key <key>     the API key the mock accepts (default ${MOCK_API_KEY})
  --public-url <url>  the URL clients and browsers reach the mock at (default http://<host>:<port>)
  --seed <examples>   start with the records the spec's examples describe
  --webhook-url <url> the merchant's webhook URL from the start (payment.received is POSTed there
                      when a hosted page is paid; webhooks.register replaces it)
  --shop-name <name>  the shop name on the hosted pages and in webhooks (default "Toko Mayar Demo")
  -h, --help          show this help

Point a client at the printed base URL with the printed key, e.g.
  curl -X POST <base URL>/hl/v2/payments/create -H "Authorization: Bearer <key>" \\
       -H "content-type: application/json" -d '{"name":"Kopi","amount":25000}'`;

class UsageError extends Error {}

/** A webhook URL's query usually holds the receiver's token: never print it. */
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search ? "?… (query not shown)" : ""}`;
}

function readArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "api-key": { type: "string", default: MOCK_API_KEY },
      "public-url": { type: "string" },
      seed: { type: "string" },
      "webhook-url": { type: "string" },
      "shop-name": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535; got "${values.port}".`);
  }
  if (values.seed !== undefined && values.seed !== "examples") {
    throw new UsageError(`--seed takes "examples"; got "${values.seed}".`);
  }
  return {
    help: values.help,
    port,
    host: values.host,
    apiKey: values["api-key"],
    publicUrl: values["public-url"],
    seed: values.seed === "examples" ? ("examples" as const) : ("none" as const),
    webhookUrl: values["webhook-url"],
    shopName: values["shop-name"],
  };
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (error) {
    process.stderr.write(`mayar-mock: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const mockOptions = {
    apiKey: args.apiKey,
    publicUrl: args.publicUrl,
    seed: args.seed,
    webhookUrl: args.webhookUrl,
    shopName: args.shopName,
  };
  try {
    // Checked before listening: a bad --api-key or --public-url is a usage error, not a crash later.
    createMayarMock({ ...mockOptions, publicUrl: args.publicUrl ?? "http://127.0.0.1" });
  } catch (error) {
    process.stderr.write(`mayar-mock: ${(error as Error).message.replace(/^createMayarMock: /, "")}\n`);
    return 2;
  }

  let mock: MayarMock | undefined;
  let running: RunningServer;
  try {
    running = await serve((request) => (mock as MayarMock).handle(request), {
      port: args.port,
      host: args.host,
      // The port is only known once listening; the mock's links need it, so it is created here.
      onListening: (origin) => {
        mock = createMayarMock({ ...mockOptions, publicUrl: args.publicUrl ?? origin });
      },
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const hint = code === "EADDRINUSE" ? ` (port ${args.port} is taken; --port 0 picks a free one)` : "";
    process.stderr.write(`mayar-mock: ${message}${hint}\n`);
    return 1;
  }

  const { publicUrl, apiKey } = mock as MayarMock;
  process.stdout.write(
    [
      `Mayar mock listening on ${running.origin}`,
      `  base URL: ${publicUrl}`,
      `  API key:  ${apiKey}`,
      ...(mock?.webhookUrl ? [`  webhooks: ${withoutQuery(mock.webhookUrl)}`] : []),
      `  e.g. createMayarClient({ baseUrl: "${publicUrl}", apiKey: "${apiKey}" })`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );

  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.stdout.write(`Received ${signal}, stopping.\n`);
      // Webhook deliveries still waiting to be retried would keep the process alive.
      mock?.reset();
      running.close().then(
        () => {
          process.stdout.write("Mayar mock stopped.\n");
          resolve(0);
        },
        (error: Error) => {
          process.stderr.write(`mayar-mock: ${error.message}\n`);
          resolve(1);
        },
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

process.exitCode = await main(process.argv.slice(2));
