// The API pipeline for one spec operation: fault → auth → path and query parameters → JSON body → handler
// (the operation's own, or the documented example). Parameters and bodies are read and validated with
// core's query reader, body reader and rules: the same the SDK's client and proxy use.
import { declaredQuery, jsonNestsDeeperThan, type PathMatch, readBody } from "@org/mayar-core/internal";
import type { FaultQueue } from "../faults.js";
import { serveFault } from "../faults.js";
import type { OperationContext } from "../operations/context.js";
import { exampleAnswer } from "../operations/generic.js";
import { invalidBodyAnswers, operationHandlers } from "../operations/index.js";
import type { MockOperationId } from "../operations/types.js";
import { inputRules, type SpecOperation } from "../spec/operations.js";
import { fieldErrors } from "../validation/field-errors.js";
import { isAuthorized } from "./auth.js";
import { errorResponse } from "./responses.js";

type Services = Pick<OperationContext, "options" | "state" | "webhooks">;

/** The body as JSON within the mock's limits, or the answer refusing it. */
async function readJsonBody(request: Request, operation: SpecOperation, services: Services) {
  const { messageKey } = operation;
  const { maxBodyBytes, maxJsonDepth } = services.options;
  const read = await readBody(request, maxBodyBytes);
  if ("status" in read && read.status === 413) return errorResponse(413, messageKey, "Payload Too Large");
  const invalid = (message: string) =>
    errorResponse(400, messageKey, "Validation Error", [{ type: "json", message, field: "" }]);
  if (!("text" in read)) return invalid("The request body must be valid JSON.");
  if (jsonNestsDeeperThan(read.text, maxJsonDepth)) {
    return invalid(`The request body is nested more than ${maxJsonDepth} levels deep.`);
  }
  try {
    return { value: JSON.parse(read.text) as unknown };
  } catch {
    return invalid("The request body must be valid JSON.");
  }
}

export async function handleOperation(
  request: Request,
  url: URL,
  { route: operation, params }: PathMatch<SpecOperation>,
  services: Services,
  faults: FaultQueue,
): Promise<Response> {
  const { messageKey } = operation;
  const fault = faults.take(operation.operationId as MockOperationId);
  if (fault) return serveFault(fault, messageKey);

  if (!isAuthorized(request, services.options.apiKey)) return errorResponse(401, messageKey, "Unauthorized");

  const rules = inputRules(operation);
  const query = declaredQuery(url.searchParams, rules.query);
  const parameterErrors = [...fieldErrors(rules.pathRule, params), ...fieldErrors(rules.query, query)];
  if (parameterErrors.length) return errorResponse(400, messageKey, "Validation Error", parameterErrors);

  let body: unknown;
  if (operation.hasBody) {
    const read = await readJsonBody(request, operation, services);
    if (read instanceof Response) return read;
    const errors = fieldErrors(rules.body, read.value);
    if (errors.length) {
      // A few operations document their own sentence for a bad body (the webhook URL ones).
      const documented = invalidBodyAnswers[operation.operationId]?.(read.value);
      return documented ?? errorResponse(400, messageKey, "Validation Error", errors);
    }
    body = read.value;
  }

  const context: OperationContext = { ...services, operation, params, query, body };
  const handler = operationHandlers[operation.operationId];
  return handler ? handler(context as OperationContext<never>) : exampleAnswer(context);
}
