// Copies the bundled spec (specs/dist/openapi.json, written by `pnpm --filter @org/mayar-spec build`) into
// src/generated/openapi.ts. The mock runs in browsers (Storybook), so it cannot read the spec from disk at
// run time: the document is compiled into the bundle instead, and the copy is committed so a fresh clone
// type-checks before anything is built.
//
// It also writes src/generated/types.ts, the spec's TypeScript types (openapi-typescript), so the request
// bodies the operations handle are typed from the spec rather than by hand.
//
//   node scripts/generate.mjs          write src/generated/openapi.ts and types.ts
//   node scripts/generate.mjs --check  exit 1 when a committed file is stale (nothing is written)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

export const specUrl = new URL("../../../specs/dist/openapi.json", import.meta.url);
export const generatedUrl = new URL("../src/generated/openapi.ts", import.meta.url);
export const typesUrl = new URL("../src/generated/types.ts", import.meta.url);

const HEADER = `// generated, do not edit: copied from specs/dist/openapi.json by scripts/generate.mjs.
// Edit specs/mayar.openapi.yaml, then run \`pnpm --filter @org/mayar-spec build\` and
// \`pnpm --filter @org/mayar-mock generate\`.
`;

/**
 * The exact text generate writes for a given spec JSON text. Pure, so the drift test can compare the
 * committed file against it without writing anything.
 * @param {string} specJson
 * @returns {string}
 */
export function renderGeneratedModule(specJson) {
  const document = JSON.parse(specJson);
  if (typeof document?.openapi !== "string" || typeof document.paths !== "object") {
    throw new Error("specs/dist/openapi.json is not an OpenAPI document (no `openapi` or `paths` member).");
  }
  return `${HEADER}\nexport const openapiDocument = ${JSON.stringify(document, null, 2)};\n`;
}

/**
 * The exact text of src/generated/types.ts for a given spec JSON text.
 * @param {string} specJson
 * @returns {Promise<string>}
 */
export async function renderGeneratedTypes(specJson) {
  return `${HEADER}\n${astToString(await openapiTS(JSON.parse(specJson)))}`;
}

/** @returns {string} */
export function readSpecJson() {
  try {
    return readFileSync(specUrl, "utf8");
  } catch (error) {
    throw new Error(
      `Cannot read ${fileURLToPath(specUrl)}: run \`pnpm --filter @org/mayar-spec build\` first (${error.code ?? error}).`,
    );
  }
}

async function main() {
  const specJson = readSpecJson();
  const files = [
    [generatedUrl, renderGeneratedModule(specJson)],
    [typesUrl, await renderGeneratedTypes(specJson)],
  ];
  // Under CI turbo runs this task before the build: check instead of write, so a stale committed copy fails
  // the run rather than being silently regenerated.
  const check = process.argv.includes("--check") || process.env.CI === "true";
  for (const [url, expected] of files) {
    let current = "";
    try {
      current = readFileSync(url, "utf8");
    } catch {}
    if (current === expected) continue;
    if (check) {
      console.error(`${fileURLToPath(url)} is stale: run \`pnpm --filter @org/mayar-mock generate\`.`);
      process.exitCode = 1;
    } else {
      mkdirSync(new URL(".", url), { recursive: true });
      writeFileSync(url, expected);
      console.log(`wrote ${fileURLToPath(url)}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
