// The `mayar-mock` bin as users run it (`npx @org/mayar-mock --port 0`): the built dist/cli.js in its own
// process on 127.0.0.1, called with fetch over real HTTP, stopped with a signal. Turbo builds before testing.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer as createNetServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { closeReceivers, startReceiver } from "./support/receiver.js";
import { expectSpecResponse } from "./support/spec.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const running = new Set<ChildProcess>();

interface Started {
  child: ChildProcess;
  baseUrl: string;
  /** Everything printed so far. */
  output: () => string;
  /** Resolves with the exit code (or the signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, output: () => output, exited };
}

/** Starts the bin and waits for the line that announces the address (or for it to exit). */
function start(args: string[]): Promise<Started> {
  const started = run(args);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: started.child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const match = /^Mayar mock listening on (http:\/\/\S+)$/.exec(line);
      if (match?.[1]) resolve({ ...started, baseUrl: match[1] });
    });
    started.exited.then(({ code }) =>
      reject(new Error(`exited with ${code} before listening:\n${started.output()}`)),
    );
  });
}

/** Resolves once the process has printed `text` (or rejects if it exits first). */
function untilOutput(started: Started, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!started.output().includes(text)) return false;
      started.child.stdout?.off("data", check);
      resolve();
      return true;
    };
    if (check()) return;
    started.child.stdout?.on("data", check);
    started.exited.then(() => reject(new Error(`exited before printing "${text}":\n${started.output()}`)));
  });
}

beforeAll(() => {
  expect(existsSync(cli), "dist/cli.js is missing: run `pnpm --filter @org/mayar-mock build` first").toBe(
    true,
  );
});

afterEach(async () => {
  for (const child of running) child.kill("SIGKILL");
  await closeReceivers();
});

describe("mayar-mock (the bin)", { timeout: 30_000 }, () => {
  // Each test starts Node processes: seconds apiece when the other packages' tests share the 2 cores.
  it("is built with a node shebang and declared as the package's bin", () => {
    expect(readFileSync(cli, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.bin).toEqual({ "mayar-mock": "./dist/cli.js" });
  });

  it("serves the API on a random port, prints the base URL and key, and stops on SIGTERM", async () => {
    const server = await start(["--port", "0", "--api-key", "sk-cli-test"]);
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.output()).toContain(`  base URL: ${server.baseUrl}\n  API key:  sk-cli-test\n`);

    const created = await fetch(`${server.baseUrl}/hl/v2/payments/create`, {
      method: "POST",
      headers: { authorization: "Bearer sk-cli-test", "content-type": "application/json" },
      body: JSON.stringify({ name: "Kopi", amount: 25000 }),
    });
    expect(created.status).toBe(200);
    const body = await created.json();
    expectSpecResponse("createPaymentRequest", "200", body);
    expect(body.data.link.startsWith(`${server.baseUrl}/pl/`)).toBe(true);

    const page = await fetch(body.data.link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Bayar");

    const read = await fetch(`${server.baseUrl}/hl/v2/transactions/${body.data.transactionId}`, {
      headers: { authorization: "Bearer sk-cli-test" },
    });
    expect((await read.json()).data).toMatchObject({ id: body.data.transactionId, status: "unpaid" });

    const wrongKey = await fetch(`${server.baseUrl}/hl/v2/payments`, {
      headers: { authorization: "Bearer nope" },
    });
    expect(wrongKey.status).toBe(401);

    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain("Received SIGTERM, stopping.\nMayar mock stopped.\n");
  });

  it("stops on SIGINT (Ctrl+C) and refuses hostile bodies over the wire", async () => {
    const server = await start(["--port", "0", "--seed", "examples"]);
    const headers = { authorization: "Bearer mock-api-key", "content-type": "application/json" };
    const documented = await fetch(`${server.baseUrl}/hl/v2/payments/6f8c19ff-5b97-4792-aa89-d2a12797b356`, {
      headers,
    });
    expect(documented.status).toBe(200);

    const deep = await fetch(`${server.baseUrl}/hl/v2/payments/create`, {
      method: "POST",
      headers,
      body: `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    });
    expect(deep.status).toBe(400);
    const huge = await fetch(`${server.baseUrl}/hl/v2/payments/create`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "x".repeat(2_000_000), amount: 1 }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ statusCode: 413, messages: "Payload Too Large" });

    server.child.kill("SIGINT");
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });

  it("prints its usage for --help and refuses bad options with exit code 2", async () => {
    const help = run(["--help"]);
    expect((await help.exited).code).toBe(0);
    expect(help.output()).toMatch(/^Usage: mayar-mock \[options\]/);
    expect(help.output()).toContain("--port <n>");

    for (const [args, message] of [
      [["--port", "99999"], '--port must be a whole number from 0 to 65535; got "99999".'],
      [["--api-key", "has space"], "apiKey must be a non-empty string without whitespace"],
      [["--bogus"], "Unknown option '--bogus'"],
    ] as const) {
      const bad = run([...args]);
      expect((await bad.exited).code, args.join(" ")).toBe(2);
      expect(bad.output()).toContain(`mayar-mock: ${message}`);
    }
  });

  it("--webhook-url: paying POSTs payment.received there; the token is never printed", async () => {
    let delivered: () => void = () => {};
    const firstDelivery = new Promise<void>((resolve) => (delivered = resolve));
    const receiver = await startReceiver(() => {
      delivered();
      return new Response("down", { status: 500 });
    });
    const server = await start([
      "--port",
      "0",
      "--webhook-url",
      `${receiver.origin}/hook?token=cli-secret-token-123`,
      "--shop-name",
      "Warung CLI",
    ]);
    expect(server.output()).toContain(`  webhooks: ${receiver.origin}/hook?… (query not shown)\n`);
    expect(server.output()).not.toContain("cli-secret-token-123");
    const created = await fetch(`${server.baseUrl}/hl/v2/payments/create`, {
      method: "POST",
      headers: { authorization: "Bearer mock-api-key", "content-type": "application/json" },
      body: JSON.stringify({ name: "Kopi", amount: 25000 }),
    });
    const { link } = (await created.json()).data;
    expect((await fetch(`${link}/pay`, { method: "POST", redirect: "manual" })).status).toBe(303);
    await firstDelivery;
    expect(receiver.received[0]?.url.searchParams.get("token")).toBe("cli-secret-token-123");
    expect(receiver.received[0]?.json).toMatchObject({
      event: "payment.received",
      data: { amount: 25000, merchantName: "Warung CLI" },
    });

    // A retry is waiting (the receiver answered 500, 3 retries with backoff): stopping cancels it instead of
    // waiting for it, so the process exits having sent the one delivery and no retry.
    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain("Mayar mock stopped.\n");
    expect(receiver.received).toHaveLength(1);
  });

  it("answers a request still in flight when stopped, then exits and releases its port", async () => {
    const server = await start(["--port", "0"]);
    const { port } = new URL(server.baseUrl);
    const body = JSON.stringify({ name: "Kopi", amount: 25000 });
    // The headers now (`Expect: 100-continue`: the mock's "continue" proves it has read them), the body
    // once the mock has been told to stop: the request is in flight, not a new connection.
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(`${server.baseUrl}/hl/v2/payments/create`, {
        method: "POST",
        headers: {
          authorization: "Bearer mock-api-key",
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          expect: "100-continue",
        },
      });
      request.on("response", (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on("error", reject);
      request.on("continue", async () => {
        server.child.kill("SIGTERM");
        await untilOutput(server, "Received SIGTERM, stopping.");
        request.end(body);
      });
      request.flushHeaders();
    });
    const { status, text } = await answered;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.id).toEqual(expect.any(String));
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain("Mayar mock stopped.\n");
    // The port is free again: something else can listen on it.
    const reuse = createNetServer();
    await new Promise<void>((resolve, reject) => {
      reuse.once("error", reject);
      reuse.listen(Number(port), "127.0.0.1", resolve);
    });
    await new Promise((resolve) => reuse.close(resolve));
  });

  it("says so when the port is taken", async () => {
    const first = await start(["--port", "0"]);
    const port = new URL(first.baseUrl).port;
    const second = run(["--port", port]);
    expect((await second.exited).code).toBe(1);
    expect(second.output()).toContain(`port ${port} is taken; --port 0 picks a free one`);
    first.child.kill("SIGTERM");
    await first.exited;
  });
});
