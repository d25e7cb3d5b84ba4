// The operation table: one generated row per spec operation (src/generated/operations.ts, from the same
// model as the SDK) joined with core's descriptor of that operation, which carries the validation rules the
// client and the proxy check with. Routing is core's path matcher. Nothing here reads the spec at run time.
import { createPathMatcher, operations, type PathMatch, type Rule } from "@org/mayar-core/internal";
import { specOperationTable } from "../generated/operations.js";

/** Mayar spells the envelope's message member `messages` (most families) or `message` (credit family). */
export type MessageKey = "messages" | "message";

/** One operation as the mock answers it (a generated row; see tooling/generate/mock.mjs). */
export interface SpecOperation {
  readonly operationId: string;
  /** Upper-case HTTP method, as `Request.method` spells it. */
  readonly method: string;
  /** The path template as written in the spec, e.g. `/hl/v2/payments/{id}/update`. */
  readonly path: string;
  /** Path parameter names, in path order. */
  readonly pathParams: readonly string[];
  /** Whether the operation takes a JSON body. */
  readonly hasBody: boolean;
  /** Read from the 200 schema's `required` list (or its example), so errors spell it as successes do. */
  readonly messageKey: MessageKey;
  /** `x-mayar-result`: the answer's payload is the envelope's `data`, or its other members. */
  readonly result: "data" | "root";
  /** `x-mayar-pagination`, for lists. */
  readonly pagination?: "cursor" | "page";
  /** The cursor's query name (`startingAfter` unless `x-mayar-cursor-param` says otherwise). */
  readonly cursorParam: string;
  /** `x-mayar-id-from-body`: the `{id}` path segment is cosmetic; the body's `id` selects the record. */
  readonly idFromBody: boolean;
  /** The documented 200 body (the first example not named `failed`). */
  readonly successExample?: Readonly<Record<string, unknown>>;
  /** The documented request body. */
  readonly requestExample?: unknown;
  /** The result's members the mock may write the caller's values into, each with its rule. */
  readonly echo: Readonly<Record<string, Rule>>;
}

/** The rules an operation's inputs must keep: core's, the same the client and the proxy check. */
export interface InputRules {
  readonly body?: Rule;
  readonly query?: Rule;
  readonly pathRule?: Rule;
}

export function inputRules(operation: SpecOperation): InputRules {
  return operations[operation.operationId as keyof typeof operations] as InputRules;
}

let byId: ReadonlyMap<string, SpecOperation> | undefined;
let byMethod: ReadonlyMap<string, (path: string) => PathMatch<SpecOperation> | undefined> | undefined;

/** Every operation in the spec. */
export function specOperations(): readonly SpecOperation[] {
  return specOperationTable;
}

export function findOperation(operationId: string): SpecOperation | undefined {
  byId ??= new Map(specOperationTable.map((operation) => [operation.operationId, operation]));
  return byId.get(operationId);
}

/**
 * The operation a request's method and path belong to, with its path parameters (percent-decoded), through
 * core's path matcher: the proxy's router, so the two never route a path differently.
 */
export function matchOperation(method: string, path: string): PathMatch<SpecOperation> | undefined {
  if (!byMethod) {
    const grouped = new Map<string, SpecOperation[]>();
    for (const operation of specOperationTable) {
      grouped.set(operation.method, [...(grouped.get(operation.method) ?? []), operation]);
    }
    byMethod = new Map([...grouped].map(([name, routes]) => [name, createPathMatcher(routes)]));
  }
  return byMethod.get(method)?.(path);
}
