// A typed view of the generated OpenAPI document: only the members the mock reads.
import { openapiDocument } from "../generated/openapi.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, SchemaObject>;
  [keyword: string]: unknown;
}

export interface ExampleObject {
  $ref?: string;
  summary?: string;
  value?: unknown;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
}

export interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: SchemaObject;
  example?: unknown;
}

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { $ref?: string; content?: Record<string, MediaTypeObject> };
  responses?: Record<string, ResponseObject>;
  [extension: `x-${string}`]: unknown;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: ParameterObject[];
};

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, PathItemObject>;
  components?: Record<string, Record<string, unknown>>;
}

export const spec = openapiDocument as unknown as OpenApiDocument;

/** Builds a JSON pointer (RFC 6901) from raw segments, escaping `~` and `/`. */
export function jsonPointer(...segments: string[]): string {
  return `#/${segments.map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

/** The raw path segments of a local `$ref` such as "#/components/responses/Unauthorized". */
export function refSegments(ref: string): string[] {
  if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported in the spec, got "${ref}".`);
  return ref
    .slice(2)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Follows a local `$ref` ("#/components/...") inside the spec. */
export function resolveRef<T>(node: T & { $ref?: string }): T {
  return resolveWithLocation(node, []).node;
}

/**
 * Follows a local `$ref` chain and says where it ended, as raw segments: Ajv needs the pointer of the schema
 * itself, not of the `$ref` that led to it. `at` is where `node` sits.
 */
export function resolveWithLocation<T>(node: T & { $ref?: string }, at: string[]): { node: T; at: string[] } {
  let current: unknown = node;
  let location = at;
  // A chain of refs is legal; a cycle is a broken spec, so give up after a few hops.
  for (let hops = 0; hops < 16; hops++) {
    const ref = (current as { $ref?: unknown })?.$ref;
    if (typeof ref !== "string") return { node: current as T, at: location };
    location = refSegments(ref);
    current = location.reduce<unknown>(
      (parent, key) => (parent as Record<string, unknown> | undefined)?.[key],
      spec,
    );
    if (current === undefined) throw new Error(`The spec's $ref "${ref}" points at nothing.`);
  }
  throw new Error("The spec has a $ref cycle.");
}
