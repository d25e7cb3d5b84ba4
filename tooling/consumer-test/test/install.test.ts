// The packages as a consumer meets them: each one packed with `pnpm pack` (workspace:* becomes a version),
// the tarballs installed with npm in a temporary directory outside the workspace (no workspace links, no
// hoisted devDependencies to lean on), then used: an ESM script against `npx mayar-mock`, and strict
// TypeScript type-checked with moduleResolution bundler and nodenext by the workspace's TypeScript.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const fixture = path.resolve(here, "../fixture");
const PACKAGES = ["mayar-core", "mayar-mock", "mayar-react"] as const;
// What the tarballs need besides each other, at the versions the workspace tests with (npm's cache
// usually has them after the first run: --prefer-offline).
const THIRD_PARTY = [
  "react@19.3.1",
  "@tanstack/react-query@5.108.0",
  "@types/react@19.3.0",
  "@types/node@20.19.43",
];

let app: string;

/**
 * The environment for npm in the consumer directory: this test runs under `pnpm run`, whose npm_* variables
 * (package, lifecycle, pnpm's own config) would steer npm; registry, cache and proxy settings are kept.
 */
function consumerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const kept = /^npm_config_(registry|cache|userconfig|https?_proxy|proxy|noproxy|strict_ssl|cafile)$/i;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)/i.test(name) || kept.test(name)),
  );
  return { ...env, ...extra };
}

beforeAll(async () => {
  app = await mkdtemp(path.join(tmpdir(), "mayar-consumer-"));
  const tarballs = path.join(app, "tarballs");
  await mkdir(tarballs);
  for (const name of PACKAGES) {
    await run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: path.join(root, "packages", name) });
  }
  await cp(fixture, app, { recursive: true });
  const packed = (await readdir(tarballs)).map((file) => `./tarballs/${file}`);
  expect(packed).toHaveLength(PACKAGES.length);
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...packed, ...THIRD_PARTY],
    { cwd: app, env: consumerEnv() },
  );
});

afterAll(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

describe("the tarballs", () => {
  it.each(PACKAGES)(
    "%s carries the repository's LICENSE, engines, and no workspace: ranges",
    async (name) => {
      const installed = path.join(app, "node_modules/@org", name);
      expect(await readFile(path.join(installed, "LICENSE"), "utf8")).toBe(
        await readFile(path.join(root, "LICENSE"), "utf8"),
      );
      const manifest = JSON.parse(await readFile(path.join(installed, "package.json"), "utf8"));
      expect(manifest.license).toBe("MIT");
      expect(manifest.engines).toEqual({ node: ">=20.19.0" });
      expect(JSON.stringify(manifest)).not.toContain("workspace:");
    },
  );
});

/** Starts `npx mayar-mock --port 0` in the consumer directory; resolves once it prints its URL and key. */
function startMock(): Promise<{ child: ChildProcess; baseUrl: string; apiKey: string }> {
  // Its own process group: npx runs the bin as a child, and stopping the group stops both.
  const child = spawn("npx", ["--no", "--", "mayar-mock", "--port", "0"], {
    cwd: app,
    env: consumerEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const baseUrl = /^ {2}base URL: (\S+)$/m.exec(output)?.[1];
      const apiKey = /^ {2}API key: +(\S+)$/m.exec(output)?.[1];
      if (baseUrl && apiKey) resolve({ child, baseUrl, apiKey });
    });
    child.once("exit", (code) => reject(new Error(`npx mayar-mock exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  return exited;
}

describe("an ESM script against npx mayar-mock", () => {
  it("creates payment requests, reads one back and walks the list with for await", async () => {
    const mock = await startMock();
    try {
      const { stdout } = await run(process.execPath, ["consumer.mjs"], {
        cwd: app,
        env: consumerEnv({ MAYAR_BASE_URL: mock.baseUrl, MAYAR_API_KEY: mock.apiKey }),
      });
      const seen = JSON.parse(stdout);
      expect(seen.created).toHaveLength(2);
      expect(seen.read).toBe(seen.created[0]);
      expect(seen.link).toMatch(new RegExp(`^${mock.baseUrl}/`));
      // One item per page (limit 1): the walk followed the cursor across pages and saw each once.
      expect([...seen.listed].sort()).toEqual([...seen.created].sort());
      expect(seen.refused).toBe("MayarInputError");
      expect(seen.errorClass).toBe("function");
      expect(seen.proxy).toBe("function");
    } finally {
      await stop(mock.child);
    }
  });
});

describe("strict TypeScript", () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

  it.each(["bundler", "nodenext"])("type-checks with moduleResolution %s", async (resolution) => {
    const result = await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: app }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { stdout?: string; code?: number | string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result).toEqual({ code: 0, stdout: "" });
  });
});
