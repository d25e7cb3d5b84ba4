// The operation model every generated artefact is rendered from: one walk over the bundled spec
// (specs/dist/openapi.json) that turns each operation into the facts the SDK needs: namespace and method
// name, HTTP method and path, path parameters, validation rules for the body, the query and the path
// (rules.mjs: the spec's schemas, compiled for the one validator every runtime shares), where the result
// lives, what the result must contain, and how the list pages. Renderers (core.mjs, react.mjs, mock.mjs)
// only format this model; no renderer reads the spec on its own.
import { readFileSync } from "node:fs";
import { compileRule, parametersRule } from "./rules.mjs";

export const SPEC_URL = new URL("../../specs/dist/openapi.json", import.meta.url);

export function readSpec() {
  try {
    return JSON.parse(readFileSync(SPEC_URL, "utf8"));
  } catch (error) {
    throw new Error(
      `Cannot read specs/dist/openapi.json: run \`pnpm --filter @org/mayar-spec build\` first (${error.code ?? error}).`,
    );
  }
}

/** Follows `$ref`s (JSON pointers into the bundled spec) until a node that is not one. */
export const resolve = (spec, node) => {
  let current = node;
  while (current?.$ref) {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((n, k) => n[k], spec);
  }
  return current;
};

const firstUpper = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * The documented value of a media type: its `example`, else its first `examples` entry. A `failed` example
 * documents Mayar's failure-inside-200 quirk and is never the default answer.
 */
function firstExample(spec, media) {
  if (media?.example !== undefined) return media.example;
  for (const [name, example] of Object.entries(media?.examples ?? {})) {
    if (name === "failed") continue;
    const value = resolve(spec, example)?.value;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Mayar spells the envelope's message member `messages` (most families) or `message` (credit family). */
function messageKeyOf(schema, example) {
  if (schema?.required?.includes("message")) return "message";
  if (schema?.required?.includes("messages")) return "messages";
  return example && "message" in example && !("messages" in example) ? "message" : "messages";
}

/**
 * The members of an answer's result that the mock may overwrite with the caller's values (an id, an email),
 * each with its rule so an echoed value never breaks the answer's schema. The result's own properties and
 * its `allOf` parts' count; a member whose schema the rules cannot express (composition) is not echoed, nor
 * is anything of a result that is one of several shapes (`anyOf`, `oneOf`).
 */
function echoRules(spec, schema, where) {
  const target = resolve(spec, schema);
  if (!target || target.anyOf || target.oneOf) return {};
  const parts = [target, ...(target.allOf ?? []).map((part) => resolve(spec, part))];
  const rules = {};
  for (const part of parts) {
    for (const [name, member] of Object.entries(part.properties ?? {})) {
      try {
        rules[name] = compileRule((node) => resolve(spec, node), member, `${where}.${name}`);
      } catch {
        // Not expressible as a rule: the mock answers this member as documented.
      }
    }
  }
  return rules;
}

/** @returns the model: `{ servers, namespaces: [{ name, tag, description, operations: [...] }], operations }` */
export function buildModel(spec = readSpec()) {
  const follow = (node) => resolve(spec, node);
  const namespaceOfTag = new Map(spec.tags.map((tag) => [tag.name, tag]));
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [httpMethod, operation] of Object.entries(item)) {
      const id = operation.operationId;
      const where = `${httpMethod.toUpperCase()} ${path}`;
      if (!id) throw new Error(`${where} has no operationId`);
      const tag = namespaceOfTag.get(operation.tags?.[0]);
      const namespace = tag?.["x-mayar-namespace"];
      if (!namespace || operation.tags.length !== 1) {
        throw new Error(`${id}: needs exactly one tag, with x-mayar-namespace on the root's tag list`);
      }
      const method = operation["x-mayar-method"];
      if (!method) throw new Error(`${id}: x-mayar-method is missing`);
      const result = operation["x-mayar-result"];
      if (result !== "data" && result !== "root")
        throw new Error(`${id}: x-mayar-result must be data or root`);
      const pagination = operation["x-mayar-pagination"];
      if (pagination && pagination !== "cursor" && pagination !== "page") {
        throw new Error(`${id}: x-mayar-pagination must be cursor or page`);
      }
      const parameters = (operation.parameters ?? []).map((p) => resolve(spec, p));
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const queryParams = parameters.filter((p) => p.in === "query");
      const pathParameters = parameters.filter((p) => p.in === "path");
      const unsupported = parameters.find((p) => p.in !== "query" && p.in !== "path");
      if (unsupported)
        throw new Error(`${id}: ${unsupported.in} parameters (${unsupported.name}) are not supported`);
      const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
      const idFromBody = operation["x-mayar-id-from-body"] === true;
      if (idFromBody && !(pathParams.length === 1 && pathParams[0] === "id")) {
        throw new Error(`${id}: x-mayar-id-from-body needs exactly one path parameter, {id}`);
      }
      const success = resolve(spec, operation.responses?.["200"]);
      const successMedia = success?.content?.["application/json"];
      const successSchema = resolve(spec, successMedia?.schema);
      const successExample = firstExample(spec, successMedia);
      const resultSchema = result === "data" ? resolve(spec, successSchema?.properties?.data) : successSchema;
      const returns =
        pagination || !resultSchema
          ? undefined
          : resultSchema.type === "array"
            ? "array"
            : resultSchema.type === "object" && result === "data"
              ? (resultSchema.required ?? [])
              : result === "root"
                ? (resultSchema.required ?? []).filter(
                    (k) => !["statusCode", "messages", "message"].includes(k),
                  )
                : undefined;
      const examples = {
        params: Object.fromEntries(
          parameters.filter((p) => p.in === "path").map((p) => [p.name, p.example ?? p.schema?.example]),
        ),
        query: Object.fromEntries(
          queryParams.filter((p) => p.example !== undefined).map((p) => [p.name, p.example]),
        ),
        body: Object.values(operation.requestBody?.content?.["application/json"]?.examples ?? {})[0]?.value,
      };
      operations.push({
        id,
        namespace,
        method,
        httpMethod: httpMethod.toUpperCase(),
        path,
        summary: operation.summary ?? "",
        description: operation.description ?? "",
        confidence: operation["x-mayar-confidence"],
        result,
        pagination,
        cursorParam: operation["x-mayar-cursor-param"],
        idFromBody,
        pathParams,
        hasBody: Boolean(bodySchema),
        bodyRequired: operation.requestBody?.required === true,
        bodyRule: bodySchema ? compileRule(follow, bodySchema, `${id} body`) : undefined,
        queryRule: queryParams.length ? parametersRule(follow, queryParams, `${id} query`) : undefined,
        // Path parameters are non-empty strings by construction; a rule only where the spec says more.
        pathRule: pathParameters.some((p) =>
          Object.keys(compileRule(follow, p.schema, id)).some((k) => k !== "type"),
        )
          ? parametersRule(
              follow,
              pathParameters.map((p) => ({ ...p, required: true })),
              `${id} path`,
            )
          : undefined,
        queryRequired: queryParams.some((p) => p.required),
        returns,
        examples,
        typeName: firstUpper(id),
        // What the mock answers with: the envelope's message member, the documented answer and request,
        // and the result members it may echo the caller's values into.
        messageKey: messageKeyOf(successSchema, successExample),
        successExample,
        requestExample: firstExample(
          spec,
          resolve(spec, operation.requestBody)?.content?.["application/json"],
        ),
        echo:
          pagination || !successExample
            ? {}
            : echoRules(
                spec,
                result === "data" ? successSchema?.properties?.data : successSchema,
                `${id} answer`,
              ),
      });
    }
  }
  operations.sort((a, b) => a.id.localeCompare(b.id));

  const namespaces = spec.tags.map((tag) => ({
    name: tag["x-mayar-namespace"],
    tag: tag.name,
    description: tag.description ?? "",
    operations: operations.filter((op) => op.namespace === tag["x-mayar-namespace"]),
  }));
  for (const ns of namespaces) {
    const seen = new Set();
    for (const op of ns.operations) {
      if (seen.has(op.method)) throw new Error(`${ns.name}.${op.method} is defined by two operations`);
      seen.add(op.method);
    }
  }
  const servers = Object.fromEntries(spec.servers.map((s) => [s["x-mayar-environment"], s.url]));
  return { spec, servers, operations, namespaces: namespaces.filter((ns) => ns.operations.length) };
}
