// The one generator: `node tooling/generate/index.mjs <core|core-docs|mock|react> [--check]` writes that
// package's src/generated/ (core-docs: packages/mayar-core/docs/) from the bundled spec (build it first:
// `pnpm --filter @org/mayar-spec build`). Each package's `generate` script calls it, so turbo runs it in
// dependency order. With `--check` (always under CI) it writes nothing and fails when a committed file is stale: CI never papers over a forgotten regeneration.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TARGETS = {
  core: ["../../packages/mayar-core/src/generated/", async () => (await import("./core.mjs")).renderCore()],
  mock: ["../../packages/mayar-mock/src/generated/", async () => (await import("./mock.mjs")).renderMock()],
  "core-docs": ["../../packages/mayar-core/docs/", async () => (await import("./docs.mjs")).renderDocs()],
  react: [
    "../../packages/mayar-react/src/generated/",
    async () => (await import("./react.mjs")).renderReact(),
  ],
};

/** Renders a target without writing: `{ fileName: contents }`. The drift tests compare it with the disk. */
export async function render(target) {
  const entry = TARGETS[target];
  if (!entry) throw new Error(`unknown target "${target}" (expected ${Object.keys(TARGETS).join(", ")})`);
  return entry[1]();
}

export const outputDir = (target) => new URL(TARGETS[target][0], import.meta.url);

async function main() {
  const [target] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const check = process.argv.includes("--check") || process.env.CI === "true";
  const dir = outputDir(target);
  const files = await render(target);
  const stale = [];
  mkdirSync(dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) {
    const file = new URL(name, dir);
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (current === contents) continue;
    if (check) stale.push(name);
    else {
      writeFileSync(file, contents);
      console.log(`wrote ${fileURLToPath(file)}`);
    }
  }
  // A file the generator no longer makes is stale too (a leftover would still be imported).
  for (const name of readdirSync(dir)) {
    if (name in files) continue;
    if (check) stale.push(`${name} (no longer generated)`);
    else rmSync(new URL(name, dir));
  }
  if (stale.length) {
    console.error(
      `stale generated code in ${fileURLToPath(dir)}: ${stale.join(", ")}. Run \`pnpm generate\` and commit.`,
    );
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
