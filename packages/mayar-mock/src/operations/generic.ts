// The answer for every operation without behaviour of its own: the documented 200 example, with the ids
// the caller sent echoed back (`GET /members/{memberId}` answers that memberId; a v2 update answers the
// body's `id`) and lists cut to one final page. A value is echoed only into a member whose rule it keeps
// (the generated `echo` rules), so an echoed answer never breaks the 200 schema.

import { problemsOf } from "@org/mayar-core/internal";
import { jsonResponse } from "../http/responses.js";
import type { SpecOperation } from "../spec/operations.js";
import type { OperationContext } from "./context.js";
import { jsonCopy, rootResponse } from "./respond.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const isScalar = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** The object the SDK returns: `data` for `x-mayar-result: data` (not lists), else the envelope itself. */
function resultOf(operation: SpecOperation, answer: Json): Json | undefined {
  if (operation.result === "root" || operation.pagination) return answer;
  return isObject(answer.data) ? answer.data : undefined;
}

/**
 * Writes the caller's values over same-named scalar members of the documented result (`memberId`,
 * `productId`, a body's `email`), then the record's id over `id`: the body's `id` for v2 updates, else the
 * path's last parameter (`/tiers/{tierId}`, `/products/{productId}`) unless the result has a member of that
 * name, else `{id}`.
 */
function echo(target: Json, { operation, params, query, body }: OperationContext): void {
  const fits = (name: string, value: unknown) => {
    const rule = operation.echo[name];
    return rule !== undefined && typeof target[name] === typeof value && !problemsOf(rule, value).length;
  };
  const sent: Json = { ...(isObject(body) ? body : {}), ...query, ...params };
  for (const [name, value] of Object.entries(sent)) {
    if (isScalar(value) && name in target && fits(name, value)) target[name] = value;
  }
  const last = /^\{(.+)\}$/.exec(operation.path.split("/").pop() ?? "")?.[1];
  const lastParam = last && !(last in target) ? params[last] : undefined;
  const id = operation.idFromBody && isObject(body) ? body.id : (lastParam ?? params.id);
  if (typeof id === "string" && typeof target.id === "string" && fits("id", id)) target.id = id;
}

/** Lists answer the documented items as the only page: no cursor to follow, later pages empty. */
function asOnlyPage(operation: SpecOperation, answer: Json, query: Readonly<Json>): void {
  const items = Array.isArray(answer.data) ? answer.data : [];
  if (operation.pagination === "cursor") {
    const cursor = query[operation.cursorParam];
    const limit = typeof query.limit === "number" ? query.limit : items.length;
    answer.data = cursor === undefined ? items.slice(0, limit) : [];
    if ("hasMore" in answer) answer.hasMore = false;
    if ("nextStartingAfter" in answer) answer.nextStartingAfter = null;
  } else {
    const page = typeof query.page === "number" ? query.page : 1;
    answer.data = page === 1 ? items : [];
    if ("page" in answer) answer.page = page;
    if ("totalPages" in answer) answer.totalPages = 1;
    if ("total" in answer) answer.total = items.length;
    if ("hasMore" in answer) answer.hasMore = false;
  }
}

export function exampleAnswer(context: OperationContext): Response {
  const { operation, query } = context;
  const example = operation.successExample;
  if (!example) return rootResponse(operation);
  const answer = jsonCopy(example);
  const target = resultOf(operation, answer);
  if (target && !operation.pagination) echo(target, context);
  if (operation.pagination) asOnlyPage(operation, answer, query);
  return jsonResponse(200, answer);
}
