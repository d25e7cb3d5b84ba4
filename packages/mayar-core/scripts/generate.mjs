// Generates everything in src/generated/ from the spec (specs/dist/openapi.json, built from the YAML):
//   openapi.ts     the TypeScript types of every path, operation and schema (openapi-typescript)
//   operations.ts  one small runtime descriptor per operation (method, path, where the result lives, and
//                  the body's field rules for the client's pre-flight check) plus the server URLs.
// The descriptors are separate named exports so a bundler keeps only the operations an app calls.
// Run `pnpm generate` after editing the spec and commit the result. With `--check` (and always under CI,
// where turbo runs this task before the build) it writes nothing and fails if the committed files are
// stale, so CI can never paper over a forgotten regeneration. test/generated-drift.test.ts checks the same.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const SPEC = new URL("../../../specs/dist/openapi.json", import.meta.url);
const OUT = new URL("../src/generated/", import.meta.url);
const HEADER =
  "// Generated from specs/mayar.openapi.yaml by packages/mayar-core/scripts/generate.mjs. Do not edit.\n";

const CHECKED_TYPES = new Set(["string", "integer", "number", "boolean", "object", "array"]);

const resolveRef = (spec, node) =>
  node?.$ref
    ? node.$ref
        .replace(/^#\//, "")
        .split("/")
        .reduce((n, k) => n[k], spec)
    : node;

/** Flattens a body schema into `{ "a.b": "string!" }`: the type the field must have, `!` when required. */
function fieldRules(spec, schema, prefix = "", rules = {}) {
  const resolved = resolveRef(spec, schema);
  const required = new Set(resolved.required ?? []);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const field = resolveRef(spec, property);
    const path = prefix + name;
    // The client checks only single JSON types; unions and untyped fields are left to Mayar ("").
    const type = CHECKED_TYPES.has(field.type) ? field.type : "";
    rules[path] = type + (required.has(name) ? "!" : "");
    if (field.type === "object" && field.properties) fieldRules(spec, field, `${path}.`, rules);
  }
  return rules;
}

function describeOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const result = operation["x-mayar-result"];
      if (result !== "data" && result !== "root") {
        throw new Error(`${operation.operationId}: x-mayar-result must be "data" or "root"`);
      }
      const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
      operations.push({
        id: operation.operationId,
        descriptor: {
          id: operation.operationId,
          method: method.toUpperCase(),
          path,
          result,
          ...(bodySchema ? { body: fieldRules(spec, bodySchema) } : {}),
        },
      });
    }
  }
  return operations.sort((a, b) => a.id.localeCompare(b.id));
}

/** Returns `{ fileName: contents }` without writing: the drift test compares it with what is on disk. */
export async function renderGenerated() {
  const spec = JSON.parse(readFileSync(SPEC, "utf8"));
  const types = astToString(await openapiTS(spec, { alphabetize: false }));

  const servers = Object.fromEntries(spec.servers.map((s) => [s["x-mayar-environment"], s.url]));
  const operations = describeOperations(spec);
  const lines = [
    HEADER,
    "/** Mayar's base URLs, by environment. */",
    `export const servers = ${JSON.stringify(servers)} as const;`,
    "",
    ...operations.flatMap(({ id, descriptor }) => [
      `export const ${id} = ${JSON.stringify(descriptor)} as const;`,
    ]),
    "",
    "/** Every operation, by operationId. Server-side code (the proxy) uses the whole table. */",
    `export const operations = { ${operations.map(({ id }) => id).join(", ")} } as const;`,
    "",
    "export type OperationId = keyof typeof operations;",
    "",
  ];
  return {
    "openapi.ts": `${HEADER}${types}`,
    "operations.ts": lines.join("\n"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check") || process.env.CI === "true";
  mkdirSync(OUT, { recursive: true });
  const stale = [];
  for (const [name, contents] of Object.entries(await renderGenerated())) {
    const target = new URL(name, OUT);
    const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    if (current === contents) continue;
    if (check) stale.push(name);
    else {
      writeFileSync(target, contents);
      console.log(`wrote src/generated/${name}`);
    }
  }
  if (stale.length) {
    console.error(
      `stale generated code: ${stale.join(", ")}. Run \`pnpm generate\` and commit src/generated/.`,
    );
    process.exit(1);
  }
}
