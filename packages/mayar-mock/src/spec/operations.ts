// The operation table, read from the spec rather than hand-copied: routes, the request-body schema to
// validate against and the envelope's message key all come from the document.
import {
  type HttpMethod,
  jsonPointer,
  refSegments,
  resolveRef,
  type SchemaObject,
  spec,
} from "./document.js";

const HTTP_METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];
const JSON_MEDIA_TYPE = "application/json";

/** Mayar spells the envelope's message member `messages` (most families) or `message` (credit family). */
export type MessageKey = "messages" | "message";

export interface SpecOperation {
  operationId: string;
  /** Upper-case HTTP method, as `Request.method` spells it. */
  method: string;
  /** The path template as written in the spec, e.g. `/hl/v2/payments/create`. */
  path: string;
  /** Matches a request path (after the mount prefix is removed). */
  pattern: RegExp;
  /** JSON pointer (into the spec) of the JSON request-body schema, or undefined when there is no body. */
  requestSchemaPointer: string | undefined;
  /** JSON pointer of the 200 response's JSON schema, or undefined when the spec has none. */
  successSchemaPointer: string | undefined;
  /** Read from the 200 schema's `required` list, so errors use the same spelling as successes. */
  messageKey: MessageKey;
}

function pathPattern(path: string): RegExp {
  const escaped = path
    .split(/(\{[^}/]+\})/)
    .map((part) => (/^\{[^}/]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${escaped}$`);
}

function jsonSchemaPointer(
  content: Record<string, { schema?: SchemaObject }> | undefined,
  base: string[],
): string | undefined {
  return content?.[JSON_MEDIA_TYPE]?.schema
    ? jsonPointer(...base, "content", JSON_MEDIA_TYPE, "schema")
    : undefined;
}

function successResponse(path: string, method: HttpMethod) {
  const response = spec.paths[path]?.[method]?.responses?.["200"];
  if (!response) return { pointer: undefined, schema: undefined };
  // Point at the referenced component when the response is a $ref, so Ajv compiles the real schema.
  const base = response.$ref ? refSegments(response.$ref) : ["paths", path, method, "responses", "200"];
  const resolved = resolveRef(response);
  const pointer = jsonSchemaPointer(resolved.content, base);
  const schema = resolved.content?.[JSON_MEDIA_TYPE]?.schema;
  return { pointer, schema: schema ? resolveRef(schema) : undefined };
}

function readOperations(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const requestBody = operation.requestBody && resolveRef(operation.requestBody);
      const requestBase = operation.requestBody?.$ref
        ? refSegments(operation.requestBody.$ref)
        : ["paths", path, method, "requestBody"];
      const success = successResponse(path, method);
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pattern: pathPattern(path),
        requestSchemaPointer: jsonSchemaPointer(requestBody?.content, requestBase),
        successSchemaPointer: success.pointer,
        messageKey: success.schema?.required?.includes("message") ? "message" : "messages",
      });
    }
  }
  return operations;
}

let cached: readonly SpecOperation[] | undefined;

/** Every operation in the spec (computed on first use, so importing the package does no work). */
export function specOperations(): readonly SpecOperation[] {
  cached ??= Object.freeze(readOperations());
  return cached;
}

export function findOperation(operationId: string): SpecOperation | undefined {
  return specOperations().find((operation) => operation.operationId === operationId);
}
