// A request for an operation built from the spec's own examples: path parameter `example`s, query
// parameter examples and the request body example.
import type { SpecOperation } from "../../src/spec/operations.js";

export interface ExampleRequest {
  method: string;
  /** Path and query, e.g. `/hl/v2/payments?limit=10&status=paid`. */
  url: string;
  body: string | undefined;
}

export function exampleRequest(operation: SpecOperation): ExampleRequest {
  let path = operation.path;
  for (const param of operation.pathParams) {
    path = path.replace(`{${param.name}}`, encodeURIComponent(String(param.example)));
  }
  const query = new URLSearchParams();
  for (const param of operation.queryParams) {
    if (param.example !== undefined) query.set(param.name, String(param.example));
  }
  const search = query.toString();
  return {
    method: operation.method,
    url: `${path}${search ? `?${search}` : ""}`,
    body: operation.requestSchemaPointer ? JSON.stringify(operation.requestExample ?? {}) : undefined,
  };
}
