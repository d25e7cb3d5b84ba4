// A throwaway Debian `redis-server` for one test file: a free port on 127.0.0.1, no persistence, started as a
// child process and stopped by its PID. `npm test` (scripts/with-toolchain.sh) installs redis-server when it
// is missing; REDIS_SERVER_PATH points at another binary.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. */
  stop(): Promise<void>;
}

const READY = "Ready to accept connections";

/** A port nothing listens on right now (another process may still take it first: the caller retries). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

/** Starts redis-server and resolves once it logs that it accepts connections. */
async function startOnce(binary: string, port: number, timeoutMs: number): Promise<RedisServer> {
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server did not get ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners("data");
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk;
      if (output.includes(READY)) settle();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.once("error", (error: NodeJS.ErrnoException) =>
      settle(
        error.code === "ENOENT"
          ? new Error(
              `${binary} was not found. Install Debian's redis-server (apt-get install -y redis-server; npm test does it for you) or set REDIS_SERVER_PATH.`,
            )
          : error,
      ),
    );
    child.once("exit", (code, signal) =>
      settle(new Error(`redis-server exited (${signal ?? `code ${code}`}) before it was ready:\n${output}`)),
    );
  });
  // Drain the pipes so a chatty server never blocks on a full one.
  child.stdout?.resume();
  child.stderr?.resume();
  child.removeAllListeners("exit");
  const pid = child.pid as number;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    async stop() {
      const done = exited(child);
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, "SIGTERM");
      const force = setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) process.kill(pid, "SIGKILL");
      }, 5_000);
      await done;
      clearTimeout(force);
    },
  };
}

/** Starts a redis-server on a free loopback port (three tries, in case another process takes the port). */
export async function startRedisServer({
  binary = process.env.REDIS_SERVER_PATH || "redis-server",
  timeoutMs = 10_000,
} = {}): Promise<RedisServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(binary, await freePort(), timeoutMs);
    } catch (error) {
      lastError = error;
      if (!/Address already in use/i.test(String((error as Error).message))) break;
    }
  }
  throw lastError;
}

/** True while a process with this PID exists. */
export const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
