// Runs the example's own Next.js: `next build` when the build is missing or older than what it is built
// from, and `next start` on a free port of 127.0.0.1, stopped by the test. Telemetry is off.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const APP = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);
const NEXT = require.resolve("next/dist/bin/next");

export interface NextServer {
  port: number;
  stop(): Promise<void>;
}

/** Runs `next <args>` in the app; resolves once `ready` matches its output, or (without one) it exits 0. */
function runNext(args: string[], env: Record<string, string>, ready?: RegExp) {
  const child = spawn(process.execPath, [NEXT, ...args], {
    cwd: APP,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise<{ child: ChildProcess; match?: RegExpMatchArray }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready && output.match(ready);
      if (match) resolve({ child, match });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", reject);
    child.once("exit", (code) => {
      if (!ready && code === 0) resolve({ child });
      else reject(new Error(`next ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}

/** The newest modification time of the files under `path` (the path itself for a file). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * turbo's test task runs after the package's build (`next build`, after the packages' own builds), so the
 * build is fresh there. Run on its own, the test builds first when there is no build, or when the app or the
 * workspace packages it bundles changed since.
 */
export async function buildUnlessFresh(): Promise<void> {
  let built = 0;
  try {
    built = statSync(join(APP, ".next", "BUILD_ID")).mtimeMs;
  } catch {}
  const sources = [
    join(APP, "app"),
    join(APP, "next.config.mjs"),
    ...["@org/mayar-core", "@org/mayar-react"].map((name) =>
      join(dirname(require.resolve(`${name}/package.json`)), "dist"),
    ),
  ];
  if (built === 0 || sources.some((source) => newest(source) > built)) await runNext(["build"], {});
}

/** `next start` on a free port of 127.0.0.1 with these environment variables (the route reads them). */
export async function startNext(env: Record<string, string>): Promise<NextServer> {
  const { child, match } = await runNext(
    ["start", "--port", "0", "--hostname", "127.0.0.1"],
    env,
    /http:\/\/127\.0\.0\.1:(\d+)[\s\S]*Ready/,
  );
  return {
    port: Number(match?.[1]),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
