// Starts and stops servers for a test. Everything waits on events (a log line, "exit", "listening").
import { type ChildProcess, spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { APP_DIR } from "./paths";

/** The caller's environment less everything the demo server reads, so each test says exactly what it sets. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    "PORT",
    "HOST",
    "MAYAR_API_KEY",
    "MAYAR_ENVIRONMENT",
    "MAYAR_BASE_URL",
    "PUBLIC_ORIGIN",
    "MAYAR_WEBHOOK_TOKEN",
    "MAYAR_CREDIT_PRODUCT_ID",
    "CREATES_PER_CLIENT",
    "MAX_ORDERS",
  ]) {
    delete env[name];
  }
  return env;
}

export interface DemoProcess {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Sends `signal` (default SIGTERM) and waits for the exit; resolves with the exit code (SIGKILL after 5 s). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ExitedProcess {
  code: number | null;
  output: string;
}

function launch(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["server/main.js"], {
    cwd: APP_DIR,
    env: { ...cleanEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    text += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    text += chunk;
  });
  return { child, output: () => text };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

/** Runs `node server/main.js` with `env` and resolves once it prints the line with its address. */
export function startDemo(env: Record<string, string>): Promise<DemoProcess> {
  const { child, output } = launch({ HOST: "127.0.0.1", PORT: "0", ...env });
  const exit = exited(child);
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      const code = await exit;
      clearTimeout(timer);
      return code;
    }
    return exit;
  };
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /Demo shop running at (http:\/\/\S+) /.exec(output());
      if (match?.[1]) {
        child.stdout?.off("data", onData);
        resolve({ origin: match[1], output, stop });
      }
    };
    child.stdout?.on("data", onData);
    exit.then((code) =>
      reject(new Error(`The demo server exited (code ${code}) before listening:\n${output()}`)),
    );
  });
}

/** Runs `node server/main.js` with `env` and resolves when it exits (for configurations it must refuse). */
export async function runDemoToExit(env: Record<string, string>): Promise<ExitedProcess> {
  const { child, output } = launch(env);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  const code = await exited(child);
  clearTimeout(timer);
  return { code, output: output() };
}

export interface HttpServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `fetch` on a free port of 127.0.0.1 inside the test process. */
export function serveFetch(fetch: (request: Request) => Response | Promise<Response>): Promise<HttpServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}
