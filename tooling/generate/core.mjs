// Renders @org/mayar-core's src/generated/ from the operation model:
//   openapi.ts     the TypeScript types of every path, operation and schema (openapi-typescript): the one
//                  copy of the spec's types (the mock and the React bindings import them from the core)
//   operations.ts  one small runtime descriptor per operation (method, path, path parameters, the rules of
//                  its body, query and path (rules.mjs) for the pre-flight check, where the result lives and
//                  what it must hold, how it pages)
//   namespaces.ts  the SDK surface: per namespace, a typed interface and a table of its descriptors
// Descriptors and namespace tables are separate named exports so a bundler keeps only what an app uses.
import openapiTS, { astToString } from "openapi-typescript";
import { buildModel } from "./model.mjs";
import { renderCoreWebhooks } from "./webhooks.mjs";

export const HEADER =
  "// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.\n";

const jsdoc = (lines, indent = "") => {
  const body = lines
    .flatMap((line) => line.split("\n"))
    .map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  while (body.length && !body.at(-1)) body.pop();
  return [`${indent}/**`, ...body.map((line) => `${indent} *${line ? ` ${line}` : ""}`), `${indent} */`];
};

export function descriptorOf(op) {
  return {
    id: op.id,
    method: op.httpMethod,
    path: op.path,
    result: op.result,
    ...(op.pathParams.length ? { params: op.pathParams } : {}),
    ...(op.idFromBody ? { idFromBody: true } : {}),
    ...(op.bodyRule ? { body: op.bodyRule } : {}),
    ...(op.queryRule ? { query: op.queryRule } : {}),
    ...(op.pathRule ? { pathRule: op.pathRule } : {}),
    ...(op.returns ? { returns: op.returns } : {}),
    ...(op.pagination ? { page: op.pagination } : {}),
    ...(op.cursorParam ? { cursor: op.cursorParam } : {}),
  };
}

const CONFIDENCE_NOTE = {
  medium: "Confidence: medium (partly documented, or from Mayar's official CLI).",
  low: "Confidence: low (one source, or contradicted by live reports): check before relying on it.",
};

/**
 * The arguments of one namespace method, in the order specs/CONVENTIONS.md gives: path parameters (none when
 * the id comes from the body), then the body or the query, then the per-call options.
 */
export function argumentsOf(op) {
  const args = op.idFromBody
    ? []
    : op.pathParams.map((name) => ({ name, type: `PathOf<"${op.id}">["${name}"]` }));
  if (op.hasBody) args.push({ name: "body", optional: !op.bodyRequired, type: `BodyOf<"${op.id}">` });
  else if (op.queryRule)
    args.push({ name: "query", optional: !op.queryRequired, type: `QueryOf<"${op.id}">` });
  args.push({ name: "options", optional: true, type: "RequestOptions" });
  return args;
}

/** The TypeScript signature of one namespace method. */
export function signatureOf(op) {
  const args = argumentsOf(op).map(({ name, optional, type }) => `${name}${optional ? "?" : ""}: ${type}`);
  const returns = op.pagination
    ? `PageCall<PageOf<"${op.id}">, ItemOf<"${op.id}">>`
    : `Promise<${op.result === "data" ? "DataOf" : "RootOf"}<"${op.id}">>`;
  return `${op.method}(${args.join(", ")}): ${returns}`;
}

const interfaceName = (ns) => `${ns.name[0].toUpperCase()}${ns.name.slice(1)}Namespace`;

function renderNamespaces(model) {
  const lines = [
    HEADER,
    'import type { RequestOptions } from "../client/options";',
    'import type { BodyOf, DataOf, ItemOf, PageCall, PageOf, PathOf, QueryOf, RootOf } from "../operations/types";',
    'import * as operation from "./operations";',
    "",
  ];
  for (const ns of model.namespaces) {
    lines.push(...jsdoc([`\`mayar.${ns.name}\`: ${ns.description}`]));
    lines.push(`export interface ${interfaceName(ns)} {`);
    for (const op of ns.operations) {
      const doc = [`${op.summary}. ${op.description.trim()}`.replace(/\.\. /, ". ")];
      if (CONFIDENCE_NOTE[op.confidence]) doc.push("", CONFIDENCE_NOTE[op.confidence]);
      if (op.pagination) {
        doc.push(
          "",
          "`await` it for one page; `for await (const item of ...)` walks every item of every page.",
        );
      }
      doc.push("", `\`${op.httpMethod} ${op.path}\` (operationId \`${op.id}\`)`);
      lines.push(...jsdoc(doc, "  "), `  ${signatureOf(op)};`);
    }
    lines.push("}", "");
  }
  for (const ns of model.namespaces) {
    lines.push(
      `/** The descriptors behind \`mayar.${ns.name}\`, by method name. */`,
      `export const ${ns.name} = { ${ns.operations.map((op) => `${op.method}: operation.${op.id}`).join(", ")} } as const;`,
      "",
    );
  }
  lines.push(
    "/** Every namespace of the client, by name. */",
    "export interface MayarNamespaces {",
    ...model.namespaces.map((ns) => `  readonly ${ns.name}: ${interfaceName(ns)};`),
    "}",
    "",
    "/** Every namespace's descriptor table: what `createMayarClient` binds. */",
    `export const namespaces = { ${model.namespaces.map((ns) => ns.name).join(", ")} } as const;`,
    "",
  );
  return lines.join("\n");
}

function renderOperations(model) {
  return [
    HEADER,
    "/** Mayar's base URLs, by environment. */",
    `export const servers = ${JSON.stringify(model.servers)} as const;`,
    "",
    ...model.operations.map((op) => `export const ${op.id} = ${JSON.stringify(descriptorOf(op))} as const;`),
    "",
    "/** Every operation, by operationId. Server-side code (the proxy) uses the whole table. */",
    `export const operations = { ${model.operations.map((op) => op.id).join(", ")} } as const;`,
    "",
    "export type OperationId = keyof typeof operations;",
    "",
  ].join("\n");
}

/** `{ fileName: contents }` for packages/mayar-core/src/generated/. */
export async function renderCore(model = buildModel()) {
  const types = astToString(await openapiTS(model.spec, { alphabetize: false }));
  return {
    "openapi.ts": `${HEADER}${types}`,
    "operations.ts": renderOperations(model),
    "namespaces.ts": renderNamespaces(model),
    "webhook-events.ts": renderCoreWebhooks(model.spec),
  };
}
