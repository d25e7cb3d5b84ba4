// A request for an operation built from the spec's own examples (read from specs/dist/openapi.json by the
// test, independently of the mock's generated table): path parameter `example`s, query parameter examples
// and the request body example.
import type { SpecOperation } from "../../src/spec/operations.js";
import { operationLocation, spec } from "./spec.js";

export interface ExampleRequest {
  method: string;
  /** Path and query, e.g. `/hl/v2/payments?limit=10&status=paid`. */
  url: string;
  body: string | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary JSON document
type Json = Record<string, any>;

const resolve = (node: Json | undefined): Json | undefined => {
  let current = node;
  while (current?.$ref) {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((parent: Json, key) => parent[key], spec);
  }
  return current;
};

export function exampleRequest(operation: SpecOperation): ExampleRequest {
  const [template, method] = operationLocation(operation.operationId);
  const parameters = ((spec.paths[template][method].parameters ?? []) as Json[]).map(
    (p) => resolve(p) as Json,
  );
  const example = (p: Json) => p.example ?? p.schema?.example;
  let path = operation.path;
  for (const param of parameters.filter((p) => p.in === "path")) {
    path = path.replace(`{${param.name}}`, encodeURIComponent(String(example(param))));
  }
  const query = new URLSearchParams();
  for (const param of parameters.filter((p) => p.in === "query")) {
    if (example(param) !== undefined) query.set(param.name, String(example(param)));
  }
  const search = query.toString();
  return {
    method: operation.method,
    url: `${path}${search ? `?${search}` : ""}`,
    body: operation.hasBody ? JSON.stringify(operation.requestExample ?? {}) : undefined,
  };
}
