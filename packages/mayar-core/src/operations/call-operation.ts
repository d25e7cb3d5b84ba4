import type { Client } from "openapi-fetch";
import { type RequestOptions, timeoutProblem } from "../client/options";
import { MayarApiError, MayarInputError } from "../errors/mayar-error";
import type { Redact } from "../errors/redact";
import { toApiError } from "../errors/to-api-error";
import type { paths } from "../generated/openapi";
import { createTransport, type FetchLike } from "../transport/transport";
import { checkBody, type FieldRules } from "./check-body";

/** The generated runtime description of one operation (see src/generated/operations.ts). */
export interface OperationDescriptor {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** Where the result lives in Mayar's envelope: inside `data`, or the envelope's other members. */
  readonly result: "data" | "root";
  readonly body?: FieldRules;
}

/** What a resource needs from the client to call an operation. */
export interface OperationContext {
  api: Client<paths>;
  fetch: FetchLike;
  redact: Redact;
}

type UntypedRequest = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: Record<string, unknown>; error?: unknown; response: Response }>;

/** Takes the result out of Mayar's envelope, as the spec's `x-mayar-result` says. */
function unwrap(result: OperationDescriptor["result"], body: Record<string, unknown>) {
  const { statusCode: _status, messages: _plural, message: _singular, ...rest } = body;
  return result === "data" ? body.data : rest;
}

/**
 * Calls one operation the way every resource method does: check the body, send it through the typed
 * client (auth, envelope and transport middleware apply), throw a MayarApiError for any error answer,
 * and return the unwrapped result. Per-call `timeoutMs` swaps in a fetch with that deadline.
 */
export async function callOperation<Result>(
  context: OperationContext,
  operation: OperationDescriptor,
  body: unknown,
  options: RequestOptions = {},
): Promise<Result> {
  if (operation.body) checkBody(operation.id, operation.body, body);
  const problem = timeoutProblem(options.timeoutMs);
  if (problem) throw new MayarInputError(`${operation.id}: ${problem}.`);
  // The descriptor comes from the spec, so the path and method are valid; the typed surface is the
  // resource method's signature, not this generic call.
  const request = context.api.request as unknown as UntypedRequest;
  const { data, error, response } = await request(operation.method, operation.path, {
    body,
    signal: options.signal,
    headers: options.headers,
    ...(options.timeoutMs
      ? { fetch: createTransport(context.fetch, options.timeoutMs, context.redact) }
      : {}),
  });
  if (!response.ok) throw toApiError(response.status, context.redact(error), response.headers);
  const result = data && typeof data === "object" ? unwrap(operation.result, data) : undefined;
  if (result === undefined || result === null) {
    throw new MayarApiError({
      message: `Mayar answered ${operation.id} with ${response.status} but no result`,
      kind: "unknown",
      status: response.status,
      body: context.redact(data),
    });
  }
  return result as Result;
}
