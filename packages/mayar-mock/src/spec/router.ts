// Request path → spec operation. Several templates can match one path (`/hl/v2/transactions/unpaid` and
// `/hl/v2/transactions/{id}`; `/hl/v2/payments/{id}/update` and `/hl/v2/payments/{id}/{action}`); the more
// specific one wins: more literal segments first, then the one whose first literal comes earlier. Paths
// without parameters are looked up in a map, so most requests cost one hash lookup.
import { decodeSegment } from "../http/mount.js";
import type { PathSegment, SpecOperation } from "./operations.js";

export interface RouteMatch {
  operation: SpecOperation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

const literalCount = (segments: readonly PathSegment[]) => segments.filter((s) => "literal" in s).length;

/** Negative when `a` is more specific than `b` (so it sorts first). */
export function compareSpecificity(a: SpecOperation, b: SpecOperation): number {
  const byCount = literalCount(b.segments) - literalCount(a.segments);
  if (byCount !== 0) return byCount;
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const aLiteral = "literal" in (a.segments[i] ?? {});
    const bLiteral = "literal" in (b.segments[i] ?? {});
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

export class Router {
  readonly #exact = new Map<string, SpecOperation>();
  /** Templated operations by "METHOD segmentCount", most specific first. */
  readonly #templated = new Map<string, SpecOperation[]>();

  constructor(operations: readonly SpecOperation[]) {
    for (const operation of operations) {
      if (operation.segments.every((segment) => "literal" in segment)) {
        this.#exact.set(`${operation.method} ${operation.path}`, operation);
        continue;
      }
      const key = `${operation.method} ${operation.segments.length}`;
      const list = this.#templated.get(key) ?? [];
      list.push(operation);
      this.#templated.set(key, list);
    }
    for (const list of this.#templated.values()) list.sort(compareSpecificity);
  }

  match(method: string, path: string): RouteMatch | undefined {
    const exact = this.#exact.get(`${method} ${path}`);
    if (exact) return { operation: exact, params: {} };
    const parts = path.split("/").slice(1);
    for (const operation of this.#templated.get(`${method} ${parts.length}`) ?? []) {
      const params = this.#capture(operation.segments, parts);
      if (params) return { operation, params };
    }
    return undefined;
  }

  #capture(segments: readonly PathSegment[], parts: readonly string[]): Record<string, string> | undefined {
    const params: Record<string, string> = {};
    for (const [i, segment] of segments.entries()) {
      const part = parts[i] ?? "";
      if ("literal" in segment) {
        if (part !== segment.literal) return undefined;
        continue;
      }
      const value = part === "" ? undefined : decodeSegment(part);
      if (value === undefined) return undefined;
      params[segment.param] = value;
    }
    return params;
  }
}
