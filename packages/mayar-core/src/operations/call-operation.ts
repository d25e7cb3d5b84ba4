import type { RequestOptions } from "../client/options";
import { MayarApiError, MayarInputError } from "../errors/mayar-error";
import type { Send } from "../transport/send";
import { checkFields } from "./check-fields";
import type { OperationDescriptor } from "./descriptor";
import { fillPath } from "./path-param";

/** What a namespace method needs from its client. */
export interface OperationContext {
  send: Send;
  baseUrl: string;
}

/** The inputs of one call, once the method's positional arguments are sorted out. */
export interface OperationInput {
  path: readonly unknown[];
  body?: unknown;
  query?: unknown;
  /** The query was checked already: a list's next page, where only Mayar's own cursor changed. */
  queryChecked?: boolean;
  options?: RequestOptions;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The URL of one call: path parameters checked and filled in (encoded), defined query values appended. */
function urlOf(
  context: OperationContext,
  operation: OperationDescriptor,
  values: readonly unknown[],
  query?: object,
) {
  const path = fillPath(
    operation.path,
    (_, index) => values[index],
    (problem) => new MayarInputError(`${operation.id}: ${problem}.`),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(name, String(value));
  }
  const text = search.toString();
  return `${context.baseUrl}${path}${text ? `?${text}` : ""}`;
}

/**
 * Takes the result out of Mayar's envelope, as the spec's `x-mayar-result` says, and refuses one that lacks
 * what the spec requires: a `data: {}` for a create is Mayar misbehaving, not a value to cast to the type.
 */
function resultOf(operation: OperationDescriptor, status: number, body: unknown) {
  const { statusCode: _status, messages: _plural, message: _singular, ...rest } = Object(body);
  const result = operation.result === "data" && !operation.page ? rest.data : rest;
  const { returns } = operation;
  const missing = !isPlainObject(body)
    ? ["a JSON object"]
    : operation.page || returns === "array"
      ? Array.isArray(operation.page ? rest.data : result)
        ? []
        : ["a list"]
      : returns
        ? isPlainObject(result)
          ? returns.filter((key) => result[key] === undefined)
          : ["a result"]
        : result === undefined
          ? ["a result"]
          : [];
  if (missing.length) {
    throw new MayarApiError({
      message: `Mayar answered ${operation.id} (HTTP ${status}) without ${missing.join(", ")}`,
      kind: "unknown",
      status,
      body,
    });
  }
  return result;
}

/**
 * Calls one operation the way every namespace method does: check the body and query against the spec's
 * rules and the path values against pathParamProblem, send through the client's transport (auth, deadline, retries, envelope, errors), and
 * return the result, refusing one that lacks what the spec requires.
 */
export async function callOperation(
  context: OperationContext,
  operation: OperationDescriptor,
  input: OperationInput,
): Promise<unknown> {
  const name = operation.id;
  const { options } = input;
  if (operation.body) checkFields(name, operation.body, input.body);
  if (operation.query && !input.queryChecked) checkFields(name, operation.query, input.query ?? {}, "query");
  const values = operation.idFromBody ? [(input.body as { id: unknown }).id] : input.path;
  if (operation.pathRule) {
    // pathParamProblem (in urlOf) refuses empty, dotted and separator-carrying values; the spec's own rules
    // (patterns, enums) are checked here, on the values that are strings or numbers.
    const path: Record<string, unknown> = {};
    (operation.params ?? []).forEach((param, i) => {
      const value = values[i];
      if (typeof value === "string" || typeof value === "number") path[param] = String(value);
    });
    checkFields(name, operation.pathRule, path, "path");
  }
  const sent = await context.send(
    {
      method: operation.method,
      url: urlOf(context, operation, values, input.query as object | undefined),
      ...(operation.body ? { body: JSON.stringify(input.body) } : {}),
    },
    options,
  );
  return resultOf(operation, sent.status, sent.body);
}
