// `@org/mayar-core/server` holds the API key: bundling it for a browser (a "use client" module, a Vite or
// esbuild browser build) must fail the build with a message that says why and what to import instead, while
// Node and the server runtimes that also set the "browser" condition (Cloudflare Workers, Vercel Edge) still
// get the server entry. Checked with a real esbuild build and a real Node import of the built package,
// installed under node_modules/@org/mayar-core of a temporary directory as a consumer has it.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let app: string;

beforeAll(async () => {
  app = await mkdtemp(path.join(tmpdir(), "mayar-server-only-"));
  await mkdir(path.join(app, "node_modules/@org"), { recursive: true });
  await symlink(packageRoot, path.join(app, "node_modules/@org/mayar-core"), "dir");
  await writeFile(
    path.join(app, "checkout.tsx"),
    [
      '"use client";',
      'import { createMayarProxy } from "@org/mayar-core/server";',
      "export const proxy = createMayarProxy;",
    ].join("\n"),
  );
  await writeFile(
    path.join(app, "client.ts"),
    'import { createMayarClient } from "@org/mayar-core";\nexport const mayar = createMayarClient({ baseUrl: "/api/mayar" });\n',
  );
});
afterAll(() => rm(app, { recursive: true, force: true }));

/** Bundles `entry` of the temporary app as esbuild would for that platform; resolves with the errors' text. */
async function bundle(entry: string, options: { platform: "browser" | "node"; conditions?: string[] }) {
  try {
    await build({
      absWorkingDir: app,
      entryPoints: [entry],
      bundle: true,
      write: false,
      logLevel: "silent",
      format: "esm",
      platform: options.platform,
      ...(options.conditions ? { conditions: options.conditions } : {}),
    });
    return "";
  } catch (error) {
    const { errors } = error as { errors: Array<{ text: string }> };
    return errors.map((each) => each.text).join("\n");
  }
}

describe("@org/mayar-core/server in a browser build", () => {
  it('fails the build of a "use client" module, saying why and what to use instead', async () => {
    const errors = await bundle("checkout.tsx", { platform: "browser" });
    expect(errors).toContain("@org/mayar-core/server is server-only: it holds your Mayar API key");
    expect(errors).toContain("createMayarClient({ baseUrl: '/api/mayar' })");
  });

  it("leaves the browser entry alone", async () => {
    expect(await bundle("client.ts", { platform: "browser" })).toBe("");
  });

  it.each([
    ["Cloudflare Workers", ["workerd", "worker"]],
    ["Vercel Edge", ["edge-light", "worker"]],
  ])("still bundles for %s, whose conditions include browser", async (_runtime, conditions) => {
    expect(await bundle("checkout.tsx", { platform: "browser", conditions })).toBe("");
  });

  it("still bundles for Node", async () => {
    expect(await bundle("checkout.tsx", { platform: "node" })).toBe("");
  });
});

describe("@org/mayar-core/server in Node", () => {
  it("imports the server entry", async () => {
    const script =
      'const server = await import("@org/mayar-core/server"); console.log(Object.keys(server).sort().join(","));';
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      cwd: app,
    });
    expect(stdout.trim().split(",")).toEqual(
      expect.arrayContaining(["createMayarProxy", "createMayarWebhookHandler", "toNodeHandler"]),
    );
  });
});
