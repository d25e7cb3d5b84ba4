// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is arbitrary JSON
type Json = Record<string, any>;

/** One operation of the client's model (tooling/generate/model.mjs), as far as the reference uses it. */
export interface ModelOperation {
  id: string;
  namespace: string;
  method: string;
  httpMethod: string;
  path: string;
  pagination?: "cursor" | "page";
  cursorParam?: string;
  idFromBody: boolean;
  pathParams: string[];
  hasBody: boolean;
  bodyRequired: boolean;
  queryRule?: Json;
  queryRequired: boolean;
  examples: { params: Record<string, unknown>; query: Record<string, unknown>; body?: unknown };
}

export function buildModel(spec?: Json): { operations: ModelOperation[]; namespaces: { name: string }[] };
export function sourceMarkdown(source: string): string;
export function forReaders(document: Json): Json;
export const REDOC_OPTIONS: Json;
export const CONTENT_SECURITY_POLICY: string;
export function redocBundle(): string;
export function renderReference(document: Json, redoc?: string): string;
