// The operation table, read from the spec rather than hand-copied: routes, parameters, the request-body
// schema, the envelope's message key, the documented 200 example and the SDK conventions
// (x-mayar-result, x-mayar-pagination, x-mayar-id-from-body) all come from the document.
import {
  type HttpMethod,
  jsonPointer,
  type OperationObject,
  type ParameterObject,
  resolveWithLocation,
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

export interface SpecParameter {
  name: string;
  required: boolean;
  /** JSON pointer of the parameter's schema, for the validator. */
  schemaPointer: string;
  schema: SchemaObject;
  example: unknown;
}

/** One literal path segment, or a parameter's name. */
export type PathSegment = { literal: string } | { param: string };

export interface SpecOperation {
  operationId: string;
  /** Upper-case HTTP method, as `Request.method` spells it. */
  method: string;
  /** The path template as written in the spec, e.g. `/hl/v2/payments/create`. */
  path: string;
  segments: readonly PathSegment[];
  pathParams: readonly SpecParameter[];
  queryParams: readonly SpecParameter[];
  /** JSON pointer (into the spec) of the JSON request-body schema, or undefined when there is no body. */
  requestSchemaPointer: string | undefined;
  /** JSON pointer of the 200 response's JSON schema, or undefined when the spec has none. */
  successSchemaPointer: string | undefined;
  /** Read from the 200 schema's `required` list (or its example), so errors spell it as successes do. */
  messageKey: MessageKey;
  /** The documented 200 body (the first example not named `failed`), or undefined. */
  successExample: Readonly<Record<string, unknown>> | undefined;
  /** The documented request body, or undefined. */
  requestExample: unknown;
  /** `x-mayar-result`: the answer's payload is the envelope's `data`, or its other members. */
  result: "data" | "root";
  /** `x-mayar-pagination`, for lists. */
  pagination: "cursor" | "page" | undefined;
  /** The cursor's query name (`startingAfter` unless `x-mayar-cursor-param` says otherwise). */
  cursorParam: string;
  /** `x-mayar-id-from-body`: the `{id}` path segment is cosmetic; the body's `id` selects the record. */
  idFromBody: boolean;
}

function isParameter(value: ParameterObject | undefined): value is ParameterObject {
  return value !== undefined && (value.in === "path" || value.in === "query");
}

function readParameters(path: string, method: HttpMethod, operation: OperationObject) {
  const found = new Map<string, { parameter: ParameterObject; at: string[] }>();
  const lists: Array<[ParameterObject[] | undefined, string[]]> = [
    [spec.paths[path]?.parameters, ["paths", path, "parameters"]],
    [operation.parameters, ["paths", path, method, "parameters"]],
  ];
  // Operation-level parameters override path-level ones with the same name and location.
  for (const [list, base] of lists) {
    for (const [index, raw] of (list ?? []).entries()) {
      const { node, at } = resolveWithLocation(raw, [...base, String(index)]);
      if (isParameter(node)) found.set(`${node.in} ${node.name}`, { parameter: node, at });
    }
  }
  const read = (where: "path" | "query"): SpecParameter[] =>
    [...found.values()]
      .filter(({ parameter }) => parameter.in === where)
      .map(({ parameter, at }) => ({
        name: parameter.name,
        required: parameter.required === true || where === "path",
        schemaPointer: jsonPointer(...at, "schema"),
        schema: parameter.schema ?? {},
        example: parameter.example ?? parameter.schema?.example,
      }));
  return { path: read("path"), query: read("query") };
}

function readSegments(path: string): PathSegment[] {
  return path
    .split("/")
    .slice(1)
    .map((segment) => {
      const param = /^\{([^}/]+)\}$/.exec(segment)?.[1];
      return param === undefined ? { literal: segment } : { param };
    });
}

function firstExample(media: { example?: unknown; examples?: Record<string, { value?: unknown }> }) {
  if (media.example !== undefined) return media.example;
  for (const [name, example] of Object.entries(media.examples ?? {})) {
    // A `failed` example documents Mayar's failure-inside-200 quirk: never the mock's default answer.
    if (name === "failed") continue;
    const { node } = resolveWithLocation(example, []);
    if (node.value !== undefined) return node.value;
  }
  return undefined;
}

function readRequest(path: string, method: HttpMethod, operation: OperationObject) {
  if (!operation.requestBody) return { pointer: undefined, example: undefined };
  const { node, at } = resolveWithLocation(operation.requestBody, ["paths", path, method, "requestBody"]);
  const media = node.content?.[JSON_MEDIA_TYPE];
  if (!media?.schema) return { pointer: undefined, example: undefined };
  return { pointer: jsonPointer(...at, "content", JSON_MEDIA_TYPE, "schema"), example: firstExample(media) };
}

function readSuccess(path: string, method: HttpMethod, operation: OperationObject) {
  const response = operation.responses?.["200"];
  if (!response) return { pointer: undefined, schema: undefined, example: undefined };
  const { node, at } = resolveWithLocation(response, ["paths", path, method, "responses", "200"]);
  const media = node.content?.[JSON_MEDIA_TYPE];
  if (!media?.schema) return { pointer: undefined, schema: undefined, example: undefined };
  const example = firstExample(media);
  return {
    pointer: jsonPointer(...at, "content", JSON_MEDIA_TYPE, "schema"),
    schema: resolveWithLocation(media.schema, []).node,
    example:
      example !== null && typeof example === "object" && !Array.isArray(example)
        ? (example as Record<string, unknown>)
        : undefined,
  };
}

function messageKeyOf(schema: SchemaObject | undefined, example: Record<string, unknown> | undefined) {
  if (schema?.required?.includes("message")) return "message";
  if (schema?.required?.includes("messages")) return "messages";
  return example && "message" in example && !("messages" in example) ? "message" : "messages";
}

function readOperations(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const parameters = readParameters(path, method, operation);
      const request = readRequest(path, method, operation);
      const success = readSuccess(path, method, operation);
      const pagination = operation["x-mayar-pagination"];
      const cursorParam = operation["x-mayar-cursor-param"];
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        segments: readSegments(path),
        pathParams: parameters.path,
        queryParams: parameters.query,
        requestSchemaPointer: request.pointer,
        successSchemaPointer: success.pointer,
        messageKey: messageKeyOf(success.schema, success.example),
        successExample: success.example,
        requestExample: request.example,
        result: operation["x-mayar-result"] === "root" ? "root" : "data",
        pagination: pagination === "cursor" || pagination === "page" ? pagination : undefined,
        cursorParam: typeof cursorParam === "string" ? cursorParam : "startingAfter",
        idFromBody: operation["x-mayar-id-from-body"] === true,
      });
    }
  }
  return operations;
}

let cached: readonly SpecOperation[] | undefined;
let byId: ReadonlyMap<string, SpecOperation> | undefined;

/** Every operation in the spec (computed on first use, so importing the package does no work). */
export function specOperations(): readonly SpecOperation[] {
  cached ??= Object.freeze(readOperations());
  return cached;
}

export function findOperation(operationId: string): SpecOperation | undefined {
  byId ??= new Map(specOperations().map((operation) => [operation.operationId, operation]));
  return byId.get(operationId);
}
